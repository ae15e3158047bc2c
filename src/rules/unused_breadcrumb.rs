//! ## What it does
//! Finds breadcrumbs in your first-interview notes — "It's really important for this person to ...",
//! "We are really struggling with ...", "We want to get to a place where ...", "The biggest challenge
//! is ...", "We need someone who ...", "Success looks like ..." — that no item of your 30/60/90-day
//! plan (and no story) picks up. It runs when the document has a plan; without one, `missing-plan`
//! reports that instead.
//!
//! ## Why it matters
//! These sentences are the interviewers telling you what the job really is. A plan that answers them,
//! in their words, shows you listened; a plan that ignores them looks generic.
//!
//! ## Example
//! ```markdown
//! ## First interview notes
//! - "We are really struggling with flaky nightly jobs."
//! ## 30/60/90 day plan
//! ### First 30 days
//! - Meet the team
//! ```
//!
//! ## Better
//! ```markdown
//! ### First 30 days
//! - Meet the team and map why the nightly jobs fail
//! ```
//!
//! ## Fix safety
//! Unsafe: adds an item to your plan that quotes the breadcrumb; you will want to reword it, so it is
//! only applied with `--unsafe-fixes` or from an editor.

use super::{plan_item, with_newlines, Context};
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::{stem_of, Breadcrumb, Document};
use crate::text::Edit;
use std::collections::HashMap;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let Some(plan) = &doc.plan else {
        return;
    };
    if doc.breadcrumbs.is_empty() {
        return;
    }
    // The plan items and stories that could pick a breadcrumb up, in lower case, and for each
    // word stem the items holding it (in increasing order).
    let pickers: Vec<String> = plan
        .items
        .iter()
        .copied()
        .chain(doc.stories.iter().map(|s| s.span))
        .map(|span| doc.prose(span).to_lowercase())
        .collect();
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, text) in pickers.iter().enumerate() {
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4)
        {
            let holders = index.entry(stem_of(word)).or_default();
            if holders.last() != Some(&i) {
                holders.push(i);
            }
        }
    }
    for crumb in &doc.breadcrumbs {
        if crumb.keywords.is_empty() || picked_up(crumb, &index) {
            continue;
        }
        let object = doc.prose(crumb.object).trim();
        let edit = add_item(doc, object);
        out.push(
            Finding::new(
                "unused-breadcrumb",
                crumb.object,
                format!("The interviewers said this matters (\"{object}\"), but no plan item picks it up"),
            )
            .with_fix(Fix::new(
                Applicability::Unsafe,
                "Add a plan item for it",
                vec![edit],
            )),
        );
    }
}

/// Enough of the breadcrumb's content words appear in one item: one of up to three, else two.
fn picked_up(crumb: &Breadcrumb, index: &HashMap<&str, Vec<usize>>) -> bool {
    let holders: Vec<&[usize]> = crumb
        .keywords
        .iter()
        .filter_map(|w| index.get(w.as_str()).map(Vec::as_slice))
        .collect();
    if crumb.needed_matches() == 1 {
        return !holders.is_empty();
    }
    holders
        .iter()
        .enumerate()
        .any(|(i, a)| holders[i + 1..].iter().any(|b| sorted_lists_meet(a, b)))
}

fn sorted_lists_meet(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    false
}

fn add_item(doc: &Document, object: &str) -> Edit {
    let plan = doc.plan.as_ref().expect("checked by the caller");
    let (at, indent) = match plan
        .parts
        .iter()
        .find(|p| p.days == 30)
        .or(plan.parts.first())
    {
        Some(part) => (part.insert_at, part.indent.clone()),
        None => {
            let last = plan.items.last().map(|s| s.end).unwrap_or_else(|| {
                doc.sections[plan.section]
                    .heading
                    .as_ref()
                    .map(|h| h.span.end)
                    .unwrap_or(0)
            });
            (crate::document::line_end(doc.text, last), String::new())
        }
    };
    Edit::insert(
        at,
        with_newlines(doc, &format!("\n{indent}- {}", plan_item(30, Some(object)))),
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply, findings, flagged};

    const NOTES: &str = "## First interview notes\n- \"It's really important for this person to own the ingestion pipeline.\"\n- \"We are really struggling with flaky nightly jobs.\"\n";

    #[test]
    fn breadcrumbs_the_plan_ignores() {
        let text = format!("{NOTES}## 30/60/90 plan\n### First 30 days\n- Map the ingestion pipeline end to end\n### By day 60\n- x\n### By day 90\n- y\n");
        assert_eq!(
            flagged("unused-breadcrumb", &text),
            vec!["flaky nightly jobs"]
        );
        let f = &findings("unused-breadcrumb", &text)[0];
        let fixed = apply(&text, f);
        assert!(fixed.contains("- Map the ingestion pipeline end to end\n- Learn how things stand today with: flaky nightly jobs\n"), "{fixed}");
        assert!(findings("unused-breadcrumb", &fixed).is_empty());
    }

    #[test]
    fn the_need_before_its_explanation_is_what_a_plan_picks_up() {
        let text = "## Notes\n- \"We're really struggling with vet retention — three vets left last year.\"\n- \"It's important for this person to support new nurses.\"\n## Plan\n- 30 days: meet every vet\n- 60 days: buddy for one new nurse\n- 90 days: retention plan agreed with the board\n";
        assert!(findings("unused-breadcrumb", text).is_empty());
    }

    #[test]
    fn a_story_can_pick_it_up_and_no_plan_means_no_finding() {
        let text = format!("{NOTES}## Examples\n### Nightly\nI fixed flaky nightly jobs and owned an ingestion pipeline, cutting failures 80%.\n## Plan\n- 30 days: meet people\n");
        assert!(findings("unused-breadcrumb", &text).is_empty());
        assert!(findings("unused-breadcrumb", NOTES).is_empty());
    }
}
