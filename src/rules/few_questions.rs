//! ## What it does
//! Reports a questions section with fewer than three questions (the minimum is configurable as
//! `few-questions.minimum`).
//!
//! ## Why it matters
//! Some of your questions will be answered before you get to ask them. With only one or two prepared
//! you may end up with none left, which reads as lack of interest.
//!
//! ## Example
//! ```markdown
//! ## Questions for them
//! - What are the next steps?
//! ```
//!
//! ## Better
//! ```markdown
//! ## Questions for them
//! - Do you have any concerns about my ability to do the job?
//! - You mentioned the release process is manual: what has the team tried?
//! - What would you expect me to have achieved after six months?
//! ```
//!
//! ## Fix safety
//! No fix: only you know which questions your first interview raised. Editors complete recommended
//! questions in the questions section.

use super::{section_anchor, Context};
use crate::diagnostic::Finding;
use crate::document::SectionKind;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    if !doc.has_section(SectionKind::Questions) {
        return;
    }
    let count = doc.questions.len();
    let minimum = ctx.options.min_questions;
    if count < minimum {
        out.push(Finding::new(
            "few-questions",
            section_anchor(doc, SectionKind::Questions),
            format!("Only {count} question(s) prepared; have at least {minimum}, since some will be answered before you ask"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{findings, findings_with};

    #[test]
    fn counts_questions() {
        let text = "## Questions\n- One thing?\n- Another thing?\n";
        assert_eq!(findings("few-questions", text).len(), 1);
        assert!(findings(
            "few-questions",
            "## Questions\n- A one?\n- A two?\n- A three?\n"
        )
        .is_empty());
        let options = crate::rules::RuleOptions {
            min_questions: 2,
            ..Default::default()
        };
        assert!(findings_with("few-questions", text, &options).is_empty());
        assert!(findings("few-questions", "# No questions section\n").is_empty());
    }
}
