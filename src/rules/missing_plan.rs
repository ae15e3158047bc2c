//! ## What it does
//! Reports a prep document with no 30/60/90-day plan.
//!
//! ## Why it matters
//! "What would you accomplish in your first 30, 60 and 90 days?" is a classic second-interview
//! question. The interviewers left breadcrumbs in the first interview ("It's really important for this
//! person to ...", "We are struggling with ...", "We want to get to a place where ..."); a plan built
//! from them shows how much of their organisation you already understand.
//!
//! ## Example
//! ```markdown
//! ## First interview notes
//! - "We are really struggling with flaky nightly jobs."
//! ```
//!
//! ## Better
//! ```markdown
//! ## 30/60/90 day plan
//! ### First 30 days
//! - Learn how the nightly jobs run today and why they fail
//! ### By day 60
//! - Agree on a plan with the team for the flaky nightly jobs
//! ### By day 90
//! - Cut nightly failures in half
//! ```
//!
//! ## Fix safety
//! Safe: appends a plan with its three parts, pre-filled with one item per breadcrumb found in your
//! first-interview notes (or general items where there are none). Nothing you wrote changes.

use super::{append_block, breadcrumb_objects, heading, part_title, plan_item, Context};
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::SectionKind;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    if doc.has_section(SectionKind::Plan) {
        return;
    }
    let sub = "#".repeat(doc.section_level() as usize + 1);
    let crumbs = breadcrumb_objects(doc);
    let mut block = format!("{}\n", heading(doc, "30/60/90 day plan"));
    for days in [30, 60, 90] {
        block.push_str(&format!("\n{sub} {}\n\n", part_title(days)));
        if crumbs.is_empty() {
            block.push_str(&format!("- {}\n", plan_item(days, None)));
        }
        for crumb in &crumbs {
            block.push_str(&format!("- {}\n", plan_item(days, Some(crumb))));
        }
    }
    out.push(
        Finding::new(
            "missing-plan",
            doc.anchor(),
            "No 30/60/90-day plan: build one from what the interviewers said they need",
        )
        .with_fix(Fix::new(
            Applicability::Safe,
            "Add a 30/60/90-day plan pre-filled from your first-interview notes",
            vec![append_block(doc, &block)],
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply, findings};

    #[test]
    fn the_fix_is_prefilled_from_breadcrumbs() {
        let text = "# Prep\n## First interview notes\n- \"We are really struggling with flaky nightly jobs.\"\n";
        let found = findings("missing-plan", text);
        assert_eq!(found.len(), 1);
        let fixed = apply(text, &found[0]);
        assert!(
            fixed.contains(
                "### First 30 days\n\n- Learn how things stand today with: flaky nightly jobs\n"
            ),
            "{fixed}"
        );
        assert!(findings("missing-plan", &fixed).is_empty());
        assert!(findings("incomplete-plan", &fixed).is_empty());
        assert!(findings("unused-breadcrumb", &fixed).is_empty());
    }

    #[test]
    fn plan_headings() {
        for h in [
            "## Onboarding plan (30-60-90)",
            "## First 90 days",
            "## 30/60/90",
            "## 🗓 90-day plan",
        ] {
            let text = format!("{h}\n- learn\n");
            assert!(findings("missing-plan", &text).is_empty(), "{h}");
        }
    }
}
