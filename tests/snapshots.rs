//! Snapshot tests of what users read: the `full` and `json` output over the examples and fixtures.
//! `INSTA_UPDATE=always cargo test --test snapshots` rewrites them after an intended change.

use interview_lsp::cli::output::{full, json, FileReport, Style};
use interview_lsp::{check, Settings};
use std::path::Path;

fn report(path: &Path) -> FileReport {
    let text = std::fs::read_to_string(path).unwrap();
    let relative = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/");
    let diagnostics = check(&text, &Settings::default());
    FileReport::new(relative, text, diagnostics)
}

fn documents() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["examples", "tests/fixtures"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.to_string_lossy().ends_with(".interview.md") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn full_output() {
    for path in documents() {
        let name = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".interview.md", "");
        let out = full::render(&[report(&path)], Style { color: false });
        insta::assert_snapshot!(format!("full-{name}"), out);
    }
}

#[test]
fn json_output() {
    for path in documents() {
        let name = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".interview.md", "");
        let out = json::render(&[report(&path)]);
        // The JSON must parse; the snapshot then pins every field.
        let _: serde_json::Value = serde_json::from_str(&out).unwrap();
        insta::assert_snapshot!(format!("json-{name}"), out);
    }
}

/// Every other format over all the documents at once, one snapshot each.
#[test]
fn other_formats() {
    use interview_lsp::cli::output::{concise, github, json_lines, junit, sarif};
    use interview_lsp::diagnostic::Level;
    let reports: Vec<FileReport> = documents().iter().map(|p| report(p)).collect();
    insta::assert_snapshot!("concise", concise::render(&reports, Style { color: false }));
    insta::assert_snapshot!("json-lines", json_lines::render(&reports));
    insta::assert_snapshot!("github", github::render(&reports));
    insta::assert_snapshot!("junit", junit::render(&reports, Level::Warning));
    // The tool's version moves with releases; the rest of the log is pinned.
    let sarif = sarif::render(&reports).replace(env!("CARGO_PKG_VERSION"), "[version]");
    insta::assert_snapshot!("sarif", sarif);
}
