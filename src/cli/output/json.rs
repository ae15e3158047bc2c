//! `--output-format json`: one array of findings, in the schema the specification gives.

use super::{locate, FileReport};
use crate::rules::rule;
use crate::text::LineIndex;
use serde::Serialize;

#[derive(Serialize)]
struct Position {
    row: usize,
    column: usize,
}

#[derive(Serialize)]
struct JsonEdit {
    content: String,
    location: Position,
    end_location: Position,
}

#[derive(Serialize)]
struct JsonFix {
    applicability: &'static str,
    message: String,
    edits: Vec<JsonEdit>,
}

#[derive(Serialize)]
pub struct JsonFinding<'a> {
    filename: &'a str,
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    location: Position,
    end_location: Position,
    fix: Option<JsonFix>,
    url: String,
}

pub fn render(reports: &[FileReport]) -> String {
    let mut out = serde_json::to_string_pretty(&items(reports)).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

/// Every finding of every report, in the documented schema.
pub fn items(reports: &[FileReport]) -> Vec<JsonFinding<'_>> {
    let mut items = Vec::new();
    for report in reports {
        let index = LineIndex::new(&report.text);
        for d in &report.diagnostics {
            let f = &d.finding;
            let at = locate(&index, &report.text, f.span);
            let fix = f.fix.as_ref().map(|fix| JsonFix {
                applicability: fix.applicability.as_str(),
                message: fix.message.clone(),
                edits: fix
                    .edits
                    .iter()
                    .map(|e| {
                        let loc = locate(&index, &report.text, e.span);
                        JsonEdit {
                            content: e.content.clone(),
                            location: Position {
                                row: loc.row,
                                column: loc.column,
                            },
                            end_location: Position {
                                row: loc.end_row,
                                column: loc.end_column,
                            },
                        }
                    })
                    .collect(),
            });
            items.push(JsonFinding {
                filename: &report.path,
                rule: f.rule,
                severity: d.level.as_str(),
                message: &f.message,
                location: Position {
                    row: at.row,
                    column: at.column,
                },
                end_location: Position {
                    row: at.end_row,
                    column: at.end_column,
                },
                fix,
                url: rule(f.rule).map(|r| r.url()).unwrap_or_default(),
            });
        }
    }
    items
}
