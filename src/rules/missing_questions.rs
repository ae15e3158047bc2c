//! ## What it does
//! Reports a prep document with no questions to ask the interviewers.
//!
//! ## Why it matters
//! "What questions do you have for me?" comes in every second interview. Questions that the first
//! interview raised show you listened and are already thinking about the job; having none reads as
//! lack of interest.
//!
//! ## Example
//! ```markdown
//! # Acme — second interview
//! ## Examples
//! ...
//! ```
//!
//! ## Better
//! ```markdown
//! ## Questions for them
//! - Do you have any concerns about my ability to do the job, or about how I would work with your team?
//! - You mentioned the nightly jobs are flaky: what has the team tried so far?
//! ```
//!
//! ## Fix safety
//! Safe: appends a questions section with the concerns question and two recommended second-round
//! questions. Nothing you wrote changes.

use super::{append_block, heading, Context};
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::SectionKind;
use crate::lexicon::lexicon;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    if doc.has_section(SectionKind::Questions) {
        return;
    }
    let pick = |group: &str| lexicon().first_question(group);
    let block = format!(
        "{}\n\n- {}\n- {}\n- {}\n",
        heading(doc, "Questions for them"),
        pick("concerns"),
        pick("role"),
        pick("success"),
    );
    out.push(
        Finding::new(
            "missing-questions",
            doc.anchor(),
            "No questions for the interviewers: prepare questions your first interview raised",
        )
        .with_fix(Fix::new(
            Applicability::Safe,
            "Add a questions section with recommended second-round questions",
            vec![append_block(doc, &block)],
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply, findings};

    #[test]
    fn reports_and_fixes_with_the_concerns_question() {
        let text = "# Prep\n\n## Examples\n\nA story.";
        let found = findings("missing-questions", text);
        assert_eq!(found.len(), 1);
        let fixed = apply(text, &found[0]);
        assert!(fixed.contains("## Questions for them\n\n- Do you have any concerns"));
        assert!(fixed.ends_with("?\n"));
        assert!(findings("missing-questions", &fixed).is_empty());
        assert!(findings("missing-concerns-question", &fixed).is_empty());
        assert!(findings("few-questions", &fixed).is_empty());
    }

    #[test]
    fn question_headings_and_non_headings() {
        for h in [
            "## Q's for the panel",
            "## Questions to ask",
            "stuff to ask:",
            "## Qeustions",
        ] {
            let text = format!("{h}\n- What would success look like?\n");
            assert!(findings("missing-questions", &text).is_empty(), "{h}");
        }
        for h in [
            "## Questions they might ask me",
            "## Likely questions",
            "## Questions to prepare for",
        ] {
            let text = format!("{h}\n- Tell me about yourself?\n");
            assert_eq!(findings("missing-questions", &text).len(), 1, "{h}");
        }
    }
}
