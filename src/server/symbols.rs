//! The outline: sections (nested by level) with their stories, questions and plan parts, and the
//! readiness code lens at the top of the document.

use super::analysis::{findings, Snapshot};
use crate::document::{Document, SectionKind};
use crate::lexicon::{lexicon, STORY_CATEGORIES};
use crate::text::Span;
use tower_lsp::lsp_types::{CodeLens, Command, DocumentSymbol, Range, SymbolKind};

#[allow(deprecated)] // `deprecated` is a required field of the protocol type
fn symbol(
    snapshot: &Snapshot,
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    span: Span,
    selection: Span,
) -> DocumentSymbol {
    DocumentSymbol {
        name: if name.trim().is_empty() {
            "(untitled)".into()
        } else {
            name
        },
        detail,
        kind,
        tags: None,
        deprecated: None,
        range: snapshot.range(span),
        selection_range: snapshot.range(selection),
        children: None,
    }
}

pub fn document_symbols(snapshot: &Snapshot) -> Vec<DocumentSymbol> {
    let doc = snapshot.document();
    // Sections with a heading, nested by level.
    let mut roots: Vec<(u8, DocumentSymbol)> = Vec::new();
    let mut stack: Vec<(u8, DocumentSymbol)> = Vec::new();
    for (i, s) in doc.sections.iter().enumerate() {
        let Some(h) = &s.heading else { continue };
        let end = doc.section_end(i);
        let mut sym = symbol(
            snapshot,
            doc.prose(h.text).trim().to_string(),
            s.kind.map(|k| match s.plan_part {
                Some(d) => format!("plan: {d} days"),
                None => k.as_str().to_string(),
            }),
            if s.plan_part.is_some() {
                SymbolKind::EVENT
            } else {
                SymbolKind::NAMESPACE
            },
            Span::new(
                h.span.start,
                crate::rules::content_end(&snapshot.text, end).max(h.span.end),
            ),
            h.span,
        );
        sym.children = Some(children(snapshot, &doc, i, Span::new(h.span.start, end)));
        while stack.last().is_some_and(|(level, _)| *level >= s.level) {
            let (level, done) = stack.pop().expect("checked");
            attach(&mut stack, &mut roots, level, done);
        }
        stack.push((s.level, sym));
    }
    while let Some((level, done)) = stack.pop() {
        attach(&mut stack, &mut roots, level, done);
    }
    roots.into_iter().map(|(_, s)| s).collect()
}

fn attach(
    stack: &mut [(u8, DocumentSymbol)],
    roots: &mut Vec<(u8, DocumentSymbol)>,
    level: u8,
    done: DocumentSymbol,
) {
    match stack.last_mut() {
        Some((_, parent)) => parent.children.get_or_insert_with(Vec::new).push(done),
        None => roots.push((level, done)),
    }
}

/// Stories and questions directly under a section (not under its subsections).
fn children(
    snapshot: &Snapshot,
    doc: &Document,
    section: usize,
    span: Span,
) -> Vec<DocumentSymbol> {
    let mut out = Vec::new();
    let own = |s: Span| {
        doc.blocks
            .iter()
            .any(|b| b.section == section && b.span.covers(s))
    };
    for story in doc
        .stories
        .iter()
        .filter(|s| span.covers(s.span) && s.title.is_none() && own(s.span))
    {
        let first = story
            .blocks
            .first()
            .map(|b| doc.blocks[*b].span)
            .unwrap_or(story.span);
        let name: String = doc.prose(first).trim().chars().take(60).collect();
        out.push(symbol(
            snapshot,
            name,
            Some("story".into()),
            SymbolKind::OBJECT,
            story.span,
            first,
        ));
    }
    for q in doc.questions.iter().filter(|q| q.section == section) {
        out.push(symbol(
            snapshot,
            doc.prose(q.span).trim().to_string(),
            Some("question".into()),
            SymbolKind::STRING,
            q.span,
            q.span,
        ));
    }
    out
}

/// "Readiness: 6/6 sections · 4 stories (4/4 kinds) · plan 30/60/90 · 4 questions · 2 findings"
pub fn readiness(snapshot: &Snapshot) -> Vec<CodeLens> {
    let doc = snapshot.document();
    let sections = SectionKind::ALL
        .iter()
        .filter(|k| doc.has_section(**k))
        .count();
    let categories = lexicon().stories.categories.clone();
    let mut covered = [false; STORY_CATEGORIES.len()];
    for story in &doc.stories {
        for m in categories.find_all(doc.prose(story.span)) {
            covered[m.payload as usize] = true;
        }
    }
    let kinds = covered.iter().filter(|c| **c).count();
    let plan = match &doc.plan {
        None => "no plan".to_string(),
        Some(p) => {
            let parts: Vec<String> = [30, 60, 90]
                .iter()
                .filter(|d| {
                    p.parts
                        .iter()
                        .any(|part| part.days == **d && !part.items.is_empty())
                })
                .map(|d| d.to_string())
                .collect();
            if parts.is_empty() {
                "plan without parts".into()
            } else {
                format!("plan {}", parts.join("/"))
            }
        }
    };
    let open = findings(&doc, &snapshot.settings)
        .map(|f| f.len())
        .unwrap_or(0);
    let title = format!(
        "Readiness: {sections}/6 sections · {} stor{} ({kinds}/4 kinds) · {plan} · {} question{} · {open} finding{}",
        doc.stories.len(),
        if doc.stories.len() == 1 { "y" } else { "ies" },
        doc.questions.len(),
        if doc.questions.len() == 1 { "" } else { "s" },
        if open == 1 { "" } else { "s" },
    );
    let top = Range::new(snapshot.position(0), snapshot.position(0));
    vec![CodeLens {
        range: top,
        command: Some(Command {
            title,
            command: "interview-lsp.readiness".into(),
            arguments: None,
        }),
        data: None,
    }]
}
