//! `--output-format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.

use super::{locate, FileReport};
use crate::diagnostic::Level;
use crate::rules::RULES;
use crate::text::LineIndex;
use serde_json::{json, Value};
use std::collections::HashMap;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const REPOSITORY: &str = "https://github.com/interview-lsp/interview-lsp";

pub fn render(reports: &[FileReport]) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.name,
                "name": r.name,
                "shortDescription": {"text": r.summary()},
                "fullDescription": {"text": r.documentation()},
                "help": {"text": r.documentation(), "markdown": r.page()},
                "helpUri": format!("{REPOSITORY}/blob/main/{}", r.url()),
                "defaultConfiguration": {"level": sarif_level(r.default_level)},
                "properties": {"tags": ["interview-prep"]},
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        let index = LineIndex::new(&report.text);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for d in &report.diagnostics {
            let f = &d.finding;
            let at = locate(&index, &report.text, f.span);
            let rule_index = RULES.iter().position(|r| r.name == f.rule).unwrap_or(0);
            // Stable across runs and line moves: the rule, the file and the flagged words,
            // numbered when the same words are flagged twice.
            let key = format!(
                "{}\u{0}{}\u{0}{}",
                f.rule,
                report.path,
                report.text[f.span.start..f.span.end].trim()
            );
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            let fingerprint = format!(
                "{:016x}:{}",
                crate::text::fnv1a(crate::text::FNV_OFFSET, key.as_bytes()),
                n
            );
            results.push(json!({
                "ruleId": f.rule,
                "ruleIndex": rule_index,
                "level": sarif_level(d.level),
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&report.path), "uriBaseId": "%SRCROOT%"},
                        "region": {
                            "startLine": at.row,
                            "startColumn": at.column,
                            "endLine": at.end_row,
                            "endColumn": at.end_column,
                        }
                    }
                }],
                "partialFingerprints": {"primaryLocationLineHash": fingerprint},
            }));
        }
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "interview-lsp",
                "informationUri": REPOSITORY,
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///"}},
            "results": results,
        }]
    });
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info | Level::Hint => "note",
        Level::Off => "none",
    }
}

/// A relative URI: forward slashes, spaces and other reserved characters percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.replace('\\', "/").bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(
            uri("prep/Zoë notes.interview.md"),
            "prep/Zo%C3%AB%20notes.interview.md"
        );
    }
}
