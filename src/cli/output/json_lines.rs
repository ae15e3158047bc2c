//! `--output-format json-lines`: one JSON object per finding per line, the same schema as `json`.

use super::{json, FileReport};

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for item in json::items(reports) {
        out.push_str(&serde_json::to_string(&item).unwrap_or_default());
        out.push('\n');
    }
    out
}
