//! Completion: recommended questions and follow-ups from the breadcrumbs in the questions section,
//! missing sections at a heading, plan items from unused breadcrumbs in the plan, front matter keys.

use super::analysis::{findings, Snapshot};
use crate::document::{Document, SectionKind};
use crate::lexicon::lexicon;
use crate::rules::plan_item;
use tower_lsp::lsp_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, InsertTextFormat, Position, Range,
    TextEdit,
};

const FRONT_MATTER_KEYS: [(&str, &str); 6] = [
    ("company", "The company you are interviewing with"),
    ("role", "The role's title"),
    (
        "round",
        "Which interview round this prepares (2 for a second interview)",
    ),
    ("interviewers", "Who you will meet"),
    ("date", "When the interview is"),
    (
        "current_employer",
        "Your current employer: complaints about it are recognised by name",
    ),
];

pub fn complete(snapshot: &Snapshot, position: Position) -> Vec<CompletionItem> {
    let doc = snapshot.document();
    let offset = snapshot.offset(position);
    let line_start = snapshot.text[..offset]
        .rfind('\n')
        .map(|i| i + 1)
        .unwrap_or(0);
    let prefix = &snapshot.text[line_start..offset];
    let replace_from = |skip: usize| Range::new(snapshot.position(line_start + skip), position);
    if let Some(fm) = &doc.front_matter {
        if fm.span.contains(offset) && !prefix.contains(':') {
            return front_matter_keys(&doc, replace_from(0));
        }
    }
    let trimmed = prefix.trim_start();
    if trimmed.starts_with('#') || (trimmed.is_empty() && section_kind_at(&doc, offset).is_none()) {
        return missing_sections(snapshot, &doc, replace_from(prefix.len() - trimmed.len()));
    }
    // After a list marker: replace what was typed after it.
    let marker = ["- ", "* ", "+ "]
        .iter()
        .find_map(|m| trimmed.strip_prefix(m).map(|_| m.len()))
        .unwrap_or(0);
    let typed_from = prefix.len() - trimmed.len() + marker;
    let bullet = if marker == 0 { "- " } else { "" };
    match section_kind_at(&doc, offset) {
        Some(SectionKind::Questions) => questions(snapshot, &doc, replace_from(typed_from), bullet),
        Some(SectionKind::Plan) => {
            plan_items(snapshot, &doc, offset, replace_from(typed_from), bullet)
        }
        _ => Vec::new(),
    }
}

fn section_kind_at(doc: &Document, offset: usize) -> Option<SectionKind> {
    doc.sections
        .iter()
        .rev()
        .find(|s| s.span.start <= offset)
        .and_then(|s| s.kind)
}

fn item(
    label: String,
    detail: &str,
    range: Range,
    text: String,
    kind: CompletionItemKind,
) -> CompletionItem {
    CompletionItem {
        label,
        kind: Some(kind),
        detail: Some(detail.to_string()),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, text))),
        ..Default::default()
    }
}

fn front_matter_keys(doc: &Document, range: Range) -> Vec<CompletionItem> {
    let fm = doc.front_matter.as_ref();
    FRONT_MATTER_KEYS
        .iter()
        .filter(|(k, _)| fm.is_none_or(|fm| fm.get(k).is_none()))
        .map(|(k, d)| {
            item(
                k.to_string(),
                d,
                range,
                format!("{k}: "),
                CompletionItemKind::PROPERTY,
            )
        })
        .collect()
}

fn questions(
    snapshot: &Snapshot,
    doc: &Document,
    range: Range,
    bullet: &str,
) -> Vec<CompletionItem> {
    let asked: Vec<String> = doc
        .questions
        .iter()
        .map(|q| doc.prose(q.span).trim().to_lowercase())
        .collect();
    let mut out = Vec::new();
    let mut sort = 0;
    for crumb in &doc.breadcrumbs {
        let object = doc.prose(crumb.object).trim();
        for q in [
            format!("You mentioned {object}: what has the team tried so far?"),
            format!("How would you measure progress on {object} in the first 90 days?"),
        ] {
            if !asked.contains(&q.to_lowercase()) {
                let mut it = item(
                    q.clone(),
                    "follow-up on what they said",
                    range,
                    format!("{bullet}{q}"),
                    CompletionItemKind::TEXT,
                );
                it.sort_text = Some(format!("0{sort:03}"));
                sort += 1;
                out.push(it);
            }
        }
    }
    let lex = lexicon();
    let recommended = lex
        .questions
        .iter()
        .map(|q| (q.group.as_str(), q.text.as_str()))
        .chain(
            snapshot
                .settings
                .rules
                .extra_questions
                .iter()
                .map(|q| ("yours", q.as_str())),
        );
    for (group, q) in recommended {
        if asked.iter().any(|a| a == &q.to_lowercase()) {
            continue;
        }
        let mut it = item(
            q.to_string(),
            &format!("recommended: {group}"),
            range,
            format!("{bullet}{q}"),
            CompletionItemKind::TEXT,
        );
        it.sort_text = Some(format!(
            "{}{sort:03}",
            if group == "concerns" { "0" } else { "1" }
        ));
        sort += 1;
        out.push(it);
    }
    out
}

fn plan_items(
    snapshot: &Snapshot,
    doc: &Document,
    offset: usize,
    range: Range,
    bullet: &str,
) -> Vec<CompletionItem> {
    let days = doc
        .plan
        .as_ref()
        .and_then(|p| p.parts.iter().rev().find(|part| part.label.start <= offset))
        .map(|p| p.days)
        .unwrap_or(30);
    let Ok(found) = findings(doc, &snapshot.settings) else {
        return Vec::new();
    };
    let unused: Vec<&str> = found
        .iter()
        .filter(|d| d.finding.rule == "unused-breadcrumb")
        .map(|d| doc.prose(d.finding.span).trim())
        .collect();
    unused
        .into_iter()
        .map(|object| {
            let text = plan_item(days, Some(object));
            item(
                text.clone(),
                "picks up a breadcrumb",
                range,
                format!("{bullet}{text}"),
                CompletionItemKind::TEXT,
            )
        })
        .collect()
}

/// The sections the document lacks, each as the same skeleton its rule's fix would add.
fn missing_sections(snapshot: &Snapshot, doc: &Document, range: Range) -> Vec<CompletionItem> {
    let Ok(found) = findings(doc, &snapshot.settings) else {
        return Vec::new();
    };
    found
        .iter()
        .filter(|d| {
            matches!(
                d.finding.rule,
                "missing-examples" | "missing-why" | "missing-questions" | "missing-plan"
            )
        })
        .filter_map(|d| {
            let fix = d.finding.fix.as_ref()?;
            let block = fix.edits.first()?.content.trim().to_string();
            let title = block
                .lines()
                .next()?
                .trim_start_matches('#')
                .trim()
                .to_string();
            Some(CompletionItem {
                label: title,
                kind: Some(CompletionItemKind::SNIPPET),
                detail: Some(format!("add the section ({})", d.finding.rule)),
                insert_text_format: Some(InsertTextFormat::PLAIN_TEXT),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, block))),
                ..Default::default()
            })
        })
        .collect()
}
