//! ## What it does
//! Reports a 30/60/90-day plan that lacks one of its three parts, or has a part with nothing in it
//! but placeholders ("TBD", "???").
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
//! first-interview breadcrumbs, in the form your other parts take (headings, `- 30 days:` items or
//! `30 days:` lines). Nothing you wrote changes. A plan written as a table gets no fix: a column or
//! a cell is yours to lay out.

use super::{
    breadcrumb_objects, content_end, part_title, placeholder_text, plan_item, with_newlines,
    Context,
};
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::{line_end, Document, PartShape, Plan};
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
                let finding = Finding::new(
                    "incomplete-plan",
                    plan_heading,
                    format!("The plan has no {days}-day part: say what you will have done by day {days}"),
                );
                // A column is not added to a table: that is the author's to lay out.
                let edit = insert_part(doc, plan, days, crumb);
                out.push(with_safe_fix(
                    finding,
                    format!("Add the {days}-day part"),
                    edit,
                ));
            }
            // "TBD" or "???" under a part is a part still to write.
            Some(part)
                if part
                    .items
                    .iter()
                    .all(|i| placeholder_text::only_placeholder(doc.prose(*i))) =>
            {
                let finding = Finding::new(
                    "incomplete-plan",
                    part.label,
                    format!("The {days}-day part of the plan is empty"),
                );
                let edit = match part.shape {
                    PartShape::Heading | PartShape::ListItem => {
                        let item = format!("\n{}- {}", part.indent, plan_item(days, crumb));
                        let lead = if part.indent.is_empty() { "\n" } else { "" };
                        Some(Edit::insert(
                            part.insert_at,
                            with_newlines(doc, &format!("{lead}{item}")),
                        ))
                    }
                    // "60 days:" on its own line: the item goes on that line.
                    PartShape::Line => {
                        let at = line_end(doc.text, part.label.start);
                        let space = if doc.text[..at].ends_with(char::is_whitespace) {
                            ""
                        } else {
                            " "
                        };
                        Some(Edit::insert(
                            at,
                            format!("{space}{}", plan_item(days, crumb)),
                        ))
                    }
                    // An empty table cell is the author's to fill: no edit inside a table. A
                    // sentence that names its days is never empty.
                    PartShape::TableColumn | PartShape::TableRow | PartShape::Sentence => None,
                };
                let title = format!("Add a first item to the {days}-day part");
                out.push(with_safe_fix(finding, title, edit));
            }
            Some(_) => {}
        }
    }
}

/// The finding with its safe fix, when there is an edit to make.
fn with_safe_fix(finding: Finding, title: String, edit: Option<Edit>) -> Finding {
    match edit {
        Some(edit) => finding.with_fix(Fix::new(Applicability::Safe, title, vec![edit])),
        None => finding,
    }
}

/// Inserts a missing part in order: before the first later part, else at the end of the plan, in
/// the form the other parts take (headings, labelled list items or labelled lines). None for a
/// plan written as a table.
fn insert_part(doc: &Document, plan: &Plan, days: u16, crumb: Option<&str>) -> Option<Edit> {
    let item = plan_item(days, crumb);
    let title = part_title(days);
    let shape = plan.parts.first().map(|p| p.shape);
    if matches!(shape, Some(PartShape::TableColumn | PartShape::TableRow)) {
        return None;
    }
    // A plan told in prose gets a sentence: after the part before it, or before the first. Parts
    // told as clauses of one sentence ("In the first 30 days, ...; by 90 days, ...") get a clause.
    if shape == Some(PartShape::Sentence) {
        let lower = lowercase_first(&item);
        return Some(match plan.parts.iter().rev().find(|p| p.days < days) {
            Some(earlier) if doc.text[earlier.insert_at..].starts_with(';') => {
                Edit::insert(earlier.insert_at, format!("; by day {days}, {lower}"))
            }
            Some(earlier) => Edit::insert(earlier.insert_at, format!(" By day {days}: {item}.")),
            None => {
                let first = plan.parts.first().expect("a shape means a part");
                if doc.text[..first.label.start].trim_end().ends_with(';') {
                    Edit::insert(first.label.start, format!("by day {days}, {lower}; "))
                } else {
                    Edit::insert(first.label.start, format!("By day {days}: {item}. "))
                }
            }
        });
    }
    if shape == Some(PartShape::Line) {
        let line = format!("{days} days: {item}");
        return Some(match plan.parts.iter().find(|p| p.days > days) {
            Some(later) => Edit::insert(
                doc.lines.line_start(doc.lines.line_of(later.label.start)),
                with_newlines(doc, &format!("{line}\n")),
            ),
            None => {
                let last = plan.parts.last().expect("a shape means a part");
                Edit::insert(
                    line_end(doc.text, last.label.start),
                    with_newlines(doc, &format!("\n{line}")),
                )
            }
        });
    }
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
        // The parts' own indent: "  " in from the label of a plan that is itself an item.
        let lead = plan.parts[0].indent.strip_suffix("  ").unwrap_or_default();
        format!("{lead}- {title}:\n{lead}  - {item}")
    } else {
        format!("{} {title}\n\n- {item}", "#".repeat(level.clamp(1, 6)))
    };
    if let Some(later) = plan.parts.iter().find(|p| p.days > days) {
        let at = doc.lines.line_start(doc.lines.line_of(later.label.start));
        let sep = if as_list { "\n" } else { "\n\n" };
        return Some(Edit::insert(
            at,
            with_newlines(doc, &format!("{block}{sep}")),
        ));
    }
    let end = content_end(doc.text, plan.end);
    let sep = if as_list { "\n" } else { "\n\n" };
    Some(Edit::insert(
        end,
        with_newlines(doc, &format!("{sep}{block}")),
    ))
}

/// The text with its first letter in lower case, to follow a comma.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
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
    fn parts_with_no_plan_heading_get_their_missing_part_after_them() {
        let text = "# Prep\n\n## First 30 days\n- Meet the managers\n\n## Next 30 days\n- Ship a fix\n\n## Questions\n- Any concerns about me?\n";
        assert!(findings("missing-plan", text).is_empty());
        let found = findings("incomplete-plan", text);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("90-day"));
        let fixed = apply(text, &found[0]);
        assert!(
            fixed.contains("- Ship a fix\n\n## By day 90\n\n- Deliver"),
            "{fixed}"
        );
        assert!(
            fixed.ends_with("\n\n## Questions\n- Any concerns about me?\n"),
            "{fixed}"
        );
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
    }

    /// Applies the first finding's fix, again and again, as an editor's quick fix would.
    fn fix_one_at_a_time(text: &str) -> String {
        let mut fixed = text.to_string();
        for _ in 0..3 {
            let Some(f) = findings("incomplete-plan", &fixed).into_iter().next() else {
                break;
            };
            fixed = apply(&fixed, &f);
        }
        fixed
    }

    #[test]
    fn empty_part_and_missing_last_part() {
        let text = "## 30/60/90 day plan\n### First 30 days\n- Meet the leads\n### By day 60\n";
        assert_eq!(
            flagged("incomplete-plan", text),
            vec!["### By day 60", "## 30/60/90 day plan"]
        );
        let fixed = fix_one_at_a_time(text);
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
    }

    #[test]
    fn a_part_holding_only_a_placeholder_is_empty() {
        let text = "## 30/60/90 day plan\n### First 30 days\n- Meet the leads\n### By day 60\n- TBD\n### By day 90\n- Own the TBD migration\n";
        assert_eq!(flagged("incomplete-plan", text), vec!["### By day 60"]);
        let fixed = fix_one_at_a_time(text);
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
        assert!(fixed.contains("- TBD\n"), "{fixed}");
    }

    #[test]
    fn labelled_lines_get_their_missing_part_and_first_item_as_lines() {
        let text = "## 30/60/90 plan\n\n30 days: meet everyone\n60 days:\n";
        let fixed = fix_one_at_a_time(text);
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
        let lines: Vec<&str> = fixed.lines().skip(2).collect();
        assert_eq!(lines.len(), 3, "{fixed}");
        assert!(lines[0] == "30 days: meet everyone", "{fixed}");
        assert!(
            lines[1].starts_with("60 days: ") && lines[1].len() > 10,
            "{fixed}"
        );
        assert!(lines[2].starts_with("90 days: "), "{fixed}");
    }

    /// `whole` is complete; `text`, the same plan without its 60-day part, is reported at
    /// `heading` and complete once fixed. Returns the fixed text.
    fn only_the_60_day_part_missing(whole: &str, text: &str, heading: &str) -> String {
        assert!(findings("incomplete-plan", whole).is_empty());
        assert_eq!(flagged("incomplete-plan", text), vec![heading]);
        let fixed = fix_one_at_a_time(text);
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
        fixed
    }

    #[test]
    fn a_plan_told_in_prose_gets_its_missing_part_as_a_sentence() {
        let fixed = only_the_60_day_part_missing(
            "## First 90 days\nIn my first 30 days I'd read every paper. By day 60 I'd draft the consultation. By day 90 I'd clear the first submission.\n",
            "## First 90 days\nIn my first 30 days I'd read every paper. By day 90 I'd clear the first submission.\n",
            "## First 90 days",
        );
        assert!(fixed.contains("read every paper. By day 60: "), "{fixed}");
    }

    #[test]
    fn a_plan_told_in_months_counts_its_parts() {
        let fixed = only_the_60_day_part_missing(
            "## 30/60/90\nIn the first month I'd learn the standards. By two months I'd run a workshop. By three months I'd have a plan signed off.\n",
            "## 30/60/90\nIn the first month I'd learn the standards. By three months I'd have a plan signed off.\n",
            "## 30/60/90",
        );
        assert!(fixed.contains("60 days: "), "{fixed}");
    }

    #[test]
    fn a_plan_told_in_clauses_of_one_sentence_gets_a_clause() {
        let fixed = only_the_60_day_part_missing(
            "## Plan\nIn the first 30 days, get to know the class; by 60 days, lead maths talk; by 90 days, share what works.\n",
            "## Plan\nIn the first 30 days, get to know the class; by 90 days, share what works.\n",
            "## Plan",
        );
        assert!(
            fixed.contains("get to know the class; by day 60, "),
            "{fixed}"
        );
        // Under a label of its own inside the plan, and missing the first part.
        let fixed = fix_one_at_a_time(
            "## Plan\nMy plan: settle in; by 60 days, lead maths talk; by 90 days, share it.\n",
        );
        assert!(fixed.contains("settle in; by day 30, "), "{fixed}");
        assert!(fixed.contains("; by 60 days, lead maths talk"), "{fixed}");
    }

    #[test]
    fn labels_may_open_sentences_of_one_line() {
        only_the_60_day_part_missing(
            "## Plan\n30 days: learn the system. 60 days: take over the clinic. 90 days: a proposal to grow it.\n",
            "## Plan\n30 days: learn the system. 90 days: a proposal to grow it.\n",
            "## Plan",
        );
    }

    #[test]
    fn a_table_plan_is_reported_without_a_fix() {
        let text = "## 30/60/90 plan\n\n| 30 days | 60 days |\n|---|---|\n| Meet everyone | |\n";
        let found = findings("incomplete-plan", text);
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(found.len(), 2, "{messages:?}");
        assert!(found.iter().all(|f| f.fix.is_none()));
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

    #[test]
    fn a_plan_that_is_itself_an_item_has_its_parts_one_list_deeper() {
        let text = "- **Why Acme:** I want to run the platform.\n- **Plan:**\n  - 30 days: \
            shadow on-call\n  - 90 days: SLOs for two services\n";
        let found = findings("incomplete-plan", text);
        assert_eq!(found.len(), 1, "{found:?}");
        let fixed = apply(text, &found[0]);
        assert!(
            fixed.contains("\n  - By day 60:\n    - Take ownership"),
            "{fixed}"
        );
        assert!(findings("incomplete-plan", &fixed).is_empty(), "{fixed}");
        let empty =
            "- **Plan:**\n  - 30 days: shadow on-call\n  - 60 days: ???\n  - 90 days: SLOs\n";
        let found = findings("incomplete-plan", empty);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(apply(empty, &found[0]).contains("  - 60 days: ???\n    - "));
    }
}
