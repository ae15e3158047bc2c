//! Code actions: each finding's fix as a quick fix (preferred when safe), rewrite alternatives,
//! "disable this rule for this line", and `source.fixAll.interview-lsp` for every safe fix.

use super::analysis::{findings, Snapshot};
use super::convert::{diagnostic, text_edits};
use crate::diagnostic::Applicability;
use crate::document::line_end;
use crate::lint::{fix, FixMode};
use std::collections::HashMap;
use tower_lsp::lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, Url, WorkspaceEdit,
};

pub const FIX_ALL: &str = "source.fixAll.interview-lsp";

fn wants(only: &Option<Vec<CodeActionKind>>, kind: &str) -> bool {
    match only {
        None => true,
        Some(kinds) => kinds
            .iter()
            .any(|k| kind == k.as_str() || kind.starts_with(&format!("{}.", k.as_str()))),
    }
}

fn edit(uri: &Url, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

pub fn code_actions(
    snapshot: &Snapshot,
    uri: &Url,
    range: Range,
    only: &Option<Vec<CodeActionKind>>,
) -> Vec<CodeActionOrCommand> {
    let doc = snapshot.document();
    let Ok(found) = findings(&doc, &snapshot.settings) else {
        return Vec::new();
    };
    let span = crate::text::Span::new(snapshot.offset(range.start), snapshot.offset(range.end));
    let mut out = Vec::new();
    if wants(only, CodeActionKind::QUICKFIX.as_str()) {
        for d in &found {
            let f = &d.finding;
            let touches = if span.is_empty() {
                f.span.start <= span.start && span.start <= f.span.end
            } else {
                f.span.overlaps(span) || (f.span.is_empty() && span.contains(f.span.start))
            };
            if !touches {
                continue;
            }
            let lsp_diag = diagnostic(snapshot.range(f.span), d.level, f);
            for (i, fx) in f.fix.iter().chain(&f.alternatives).enumerate() {
                if fx.applicability == Applicability::DisplayOnly {
                    continue;
                }
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fx.message.clone(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![lsp_diag.clone()]),
                    edit: Some(edit(uri, text_edits(&snapshot.rope, fx, snapshot.encoding))),
                    is_preferred: Some(i == 0 && fx.applicability == Applicability::Safe),
                    ..Default::default()
                }));
            }
            // Appended to the line, so it also works inside a list item.
            let at = line_end(&snapshot.text, f.span.start);
            let comment = format!(" <!-- interview-lsp-disable-line {} -->", f.rule);
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Disable {} for this line", f.rule),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![lsp_diag]),
                edit: Some(edit(
                    uri,
                    vec![TextEdit::new(
                        Range::new(snapshot.position(at), snapshot.position(at)),
                        comment,
                    )],
                )),
                is_preferred: Some(false),
                ..Default::default()
            }));
        }
    }
    if wants(only, FIX_ALL) {
        out.extend(fix_all(snapshot, uri));
    }
    out
}

/// Every safe fix at once, as one edit of the whole document.
fn fix_all(snapshot: &Snapshot, uri: &Url) -> Option<CodeActionOrCommand> {
    let outcome = fix(&snapshot.text, &snapshot.settings, FixMode::Safe).ok()?;
    if outcome.text == snapshot.text {
        return None;
    }
    let whole = Range::new(snapshot.position(0), snapshot.position(snapshot.text.len()));
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title: "Apply every safe interview-lsp fix".into(),
        kind: Some(CodeActionKind::new(FIX_ALL)),
        edit: Some(edit(uri, vec![TextEdit::new(whole, outcome.text)])),
        ..Default::default()
    }))
}
