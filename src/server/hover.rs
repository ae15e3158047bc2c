//! Hover: a finding's explanation, a section's checklist, where the plan picks up a breadcrumb.

use super::analysis::{findings, Snapshot};
use crate::document::{Document, SectionKind};
use crate::rules::rule;
use tower_lsp::lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

pub fn hover(snapshot: &Snapshot, position: Position) -> Option<Hover> {
    let doc = snapshot.document();
    let offset = snapshot.offset(position);
    let found = findings(&doc, &snapshot.settings).ok()?;
    if let Some(d) = found.iter().find(|d| {
        d.finding.span.start <= offset && offset <= d.finding.span.end && !d.finding.span.is_empty()
    }) {
        let f = &d.finding;
        let mut text = format!("**{}** ({})\n\n{}\n", f.rule, d.level, f.message);
        if let Some(r) = rule(f.rule) {
            text.push_str(&format!("\n{}\n", r.summary()));
            if let Some(why) = section(&r.documentation(), "## Why it matters") {
                text.push_str(&format!("\n*Why it matters:* {why}\n"));
            }
        }
        if !f.reasons.is_empty() {
            text.push_str(&format!("\n*Signals:* {}\n", f.reasons.join("; ")));
        }
        if let Some(url) = super::convert::rule_url(f.rule) {
            text.push_str(&format!("\n[Rule documentation]({url})\n"));
        }
        return Some(markdown(snapshot, text, f.span));
    }
    if let Some(s) = doc.sections.iter().find(|s| {
        s.heading
            .as_ref()
            .is_some_and(|h| h.span.start <= offset && offset <= h.span.end)
    }) {
        let kind = s.kind?;
        let h = s.heading.as_ref()?;
        return Some(markdown(snapshot, checklist(kind).to_string(), h.span));
    }
    let crumb = doc.breadcrumb_at(offset)?;
    Some(markdown(
        snapshot,
        breadcrumb_text(&doc, snapshot, crumb),
        crumb.sentence,
    ))
}

fn breadcrumb_text(
    doc: &Document,
    snapshot: &Snapshot,
    crumb: &crate::document::Breadcrumb,
) -> String {
    let object = doc.prose(crumb.object).trim();
    let items: Vec<String> = doc
        .items_picking_up(crumb)
        .into_iter()
        .map(|i| {
            format!(
                "- line {}: {}",
                snapshot.position(i.start).line + 1,
                doc.prose(i).trim()
            )
        })
        .collect();
    if items.is_empty() {
        format!("**Breadcrumb:** {object}\n\nNo item of your 30/60/90-day plan picks this up yet.")
    } else {
        format!(
            "**Breadcrumb:** {object}\n\nPicked up by your plan:\n{}",
            items.join("\n")
        )
    }
}

fn markdown(snapshot: &Snapshot, value: String, span: crate::text::Span) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(snapshot.range(span)),
    }
}

/// The paragraph under a documentation heading.
fn section(doc: &str, heading: &str) -> Option<String> {
    let after = &doc[doc.find(heading)? + heading.len()..];
    let body: Vec<&str> = after
        .trim_start()
        .lines()
        .take_while(|l| !l.starts_with("##") && !l.trim().is_empty())
        .collect();
    Some(body.join(" "))
}

pub fn checklist(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Notes => "**First-interview notes** checklist\n\n- Write down what each interviewer said, in their words\n- Mark the breadcrumbs: \"It's really important for this person to...\", \"We are struggling with...\", \"We want to get to a place where...\"\n- Note the questions the first interview raised for you",
        SectionKind::Concerns => "**Concerns** checklist\n\n- List the gaps or weaknesses they may probe\n- Give each one your answer: experience that covers it, or how you will close it\n- Prepare to ask them directly whether they have concerns",
        SectionKind::Examples => "**Examples** checklist\n\n- A story each for: exceeding expectations, saving money, improving a process, overcoming a disagreement with a manager or co-worker\n- Situation, Task, Action, Result for each\n- A number in every result\n- Aim the stories at what the role needs, as the first interview described it",
        SectionKind::Why => "**Why this job** checklist\n\n- Say what you are moving *to*: the work, the team, the problem\n- Leave out what you are escaping from\n- Show you *want* this job, not only that you can do it",
        SectionKind::Questions => "**Questions for them** checklist\n\n- Questions your first interview raised (\"You mentioned...\")\n- Ask whether they have concerns about your ability or fit\n- At least three, since some get answered before you ask\n- Nothing the website answers, nothing about pay or holidays yet",
        SectionKind::Plan => "**30/60/90-day plan** checklist\n\n- Three parts: first 30 days, by day 60, by day 90\n- Build each from the breadcrumbs of the first interview\n- Learn first, then own, then deliver something measurable",
    }
}
