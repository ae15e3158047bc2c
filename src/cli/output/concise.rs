//! `--output-format concise`: `path:row:col: level[rule] message`, one line each.

use super::{locate, FileReport, Style};
use crate::text::LineIndex;

pub fn render(reports: &[FileReport], style: Style) -> String {
    let mut out = String::new();
    for report in reports {
        let index = LineIndex::new(&report.text);
        for d in &report.diagnostics {
            let at = locate(&index, &report.text, d.finding.span);
            out.push_str(&format!(
                "{}:{}:{}: {}[{}] {}\n",
                style.paint("1", &report.path),
                at.row,
                at.column,
                style.level(d.level),
                d.finding.rule,
                d.finding.message
            ));
        }
    }
    out
}
