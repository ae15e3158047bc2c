//! ## What it does
//! Reports a 30/60/90-day plan that lacks one of its three parts, or has a part with nothing in it.
//!
//! ## Why it matters
//! The question is about a progression: what you learn first, what you take on next, what you will
//! have delivered by day 90. A plan that stops at day 30 or leaves day 90 empty answers only part of
//! it, and interviewers notice where the thinking stopped.
//!
//! ## Example
//! ```markdown
//! ## 30/60/90 day plan
//! ### First 30 days
//! - Meet every team lead
//! ### By day 60
//! ```
//!
//! ## Better
//! ```markdown
//! ## 30/60/90 day plan
//! ### First 30 days
//! - Meet every team lead
//! ### By day 60
//! - Own the on-call rota
//! ### By day 90
//! - Cut paging alerts by half
//! ```
//!
//! ## Fix safety
//! Safe: inserts the missing part (or a first item in an empty part), pre-filled from your
//! first-interview breadcrumbs. Nothing you wrote changes.

use super::{breadcrumb_objects, content_end, part_title, plan_item, with_newlines, Context};
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::{Document, Plan};
use crate::text::Edit;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let Some(plan) = &doc.plan else {
        return;
    };
    let crumb = breadcrumb_objects(doc).first().copied();
    let plan_heading = doc.sections[plan.section]
        .heading
        .as_ref()
        .map(|h| h.span)
        .unwrap_or_else(|| doc.anchor());
    for days in [30u16, 60, 90] {
        match plan.parts.iter().find(|p| p.days == days) {
            None => {
                let edit = insert_part(doc, plan, days, crumb);
                out.push(
                    Finding::new(
                        "incomplete-plan",
                        plan_heading,
                        format!("The plan has no {days}-day part: say what you will have done by day {days}"),
                    )
                    .with_fix(Fix::new(
                        Applicability::Safe,
                        format!("Add the {days}-day part"),
                        vec![edit],
                    )),
                );
            }
            Some(part) if part.items.iter().all(|i| doc.prose(*i).trim().is_empty()) => {
                let item = format!("\n{}- {}", part.indent, plan_item(days, crumb));
                let lead = if part.indent.is_empty() { "\n" } else { "" };
                out.push(
                    Finding::new(
                        "incomplete-plan",
                        part.label,
                        format!("The {days}-day part of the plan is empty"),
                    )
                    .with_fix(Fix::new(
                        Applicability::Safe,
                        format!("Add a first item to the {days}-day part"),
                        vec![Edit::insert(
                            part.insert_at,
                            with_newlines(doc, &format!("{lead}{item}")),
                        )],
                    )),
                );
            }
            Some(_) => {}
        }
    }
}

/// Inserts a missing part in order: before the first later part, else at the end of the plan, in
/// the form the other parts take (headings or labelled list items).
fn insert_part(doc: &Document, plan: &Plan, days: u16, crumb: Option<&str>) -> Edit {
    let item = plan_item(days, crumb);
    let title = part_title(days);
    let as_list = plan.parts.first().is_some_and(|p| !p.indent.is_empty());
    let level = plan
        .parts
        .iter()
        .find_map(|p| {
            let label = p.label.slice(doc.text);
            label
                .starts_with('#')
                .then(|| label.chars().take_while(|c| *c == '#').count())
        })
        .unwrap_or(doc.sections[plan.section].level as usize + 1);
    let block = if as_list {
        format!("- {title}:\n  - {item}")
    } else {
        format!("{} {title}\n\n- {item}", "#".repeat(level.clamp(1, 6)))
    };
    if let Some(later) = plan.parts.iter().find(|p| p.days > days) {
        let at = doc.lines.line_start(doc.lines.line_of(later.label.start));
        let sep = if as_list { "\n" } else { "\n\n" };
        return Edit::insert(at, with_newlines(doc, &format!("{block}{sep}")));
    }
    let end = content_end(doc.text, doc.section_end(plan.section));
    let sep = if as_list { "\n" } else { "\n\n" };
    Edit::insert(end, with_newlines(doc, &format!("{sep}{block}")))
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply, findings, flagged};

    #[test]
    fn missing_part_is_inserted_in_order() {
        let text = "## 30/60/90 day plan\n\n### First 30 days\n\n- Meet the leads\n\n### By day 90\n\n- Ship it\n\n## Questions\n- Any concerns about me?\n";
        let found = findings("incomplete-plan", text);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("60-day"));
        let fixed = apply(text, &found[0]);
        assert!(
            fixed.contains("- Meet the leads\n\n### By day 60\n\n- Take ownership"),
            "{fixed}"
        );
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
    }

    #[test]
    fn empty_part_and_missing_last_part() {
        let text = "## 30/60/90 day plan\n### First 30 days\n- Meet the leads\n### By day 60\n";
        assert_eq!(
            flagged("incomplete-plan", text),
            vec!["### By day 60", "## 30/60/90 day plan"]
        );
        let mut fixed = text.to_string();
        for _ in 0..3 {
            let Some(f) = findings("incomplete-plan", &fixed).into_iter().next() else {
                break;
            };
            fixed = apply(&fixed, &f);
        }
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
    }

    #[test]
    fn labelled_list_items_are_parts() {
        let text = "## First 90 days\n- 30 days: meet everyone\n- 60 days: own on-call\n- Day 61-90:\n  - cut pages by half\n";
        assert!(findings("incomplete-plan", text).is_empty());
        let text = "## First 90 days\n- 30 days: meet everyone\n- 90 days: cut pages\n";
        let found = findings("incomplete-plan", text);
        assert_eq!(found.len(), 1);
        let fixed = apply(text, &found[0]);
        assert!(
            fixed.contains("- By day 60:\n  - Take ownership"),
            "{fixed}"
        );
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
    }
}
