//! ## What it does
//! Reports a document whose answers and stories show you *can* do the job but never that you *want*
//! it: nothing outside your first-interview notes says what excites you, draws you, or what you want
//! to do there.
//!
//! ## Why it matters
//! Being able to do the job gets you to the second interview; showing you want this job in particular
//! is what sets you apart from the other candidates who can also do it.
//!
//! ## Example
//! ```markdown
//! ## Why this job
//! The role matches my experience with Kafka and Spark.
//! ```
//!
//! ## Better
//! ```markdown
//! ## Why this job
//! I'm excited about owning the ingestion platform end to end: it is the problem I most want to
//! spend the next years on.
//! ```
//!
//! ## Fix safety
//! No fix: only you can say what you want.

use super::Context;
use crate::diagnostic::Finding;
use crate::document::SectionKind;
use crate::lexicon::lexicon;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let motivation = &lexicon().stories.motivation;
    let wants = doc
        .sentences
        .iter()
        .filter(|s| doc.section_kind(s.section) != Some(SectionKind::Notes))
        .any(|s| motivation.is_match(doc.prose(s.span)));
    if !wants {
        out.push(Finding::new(
            "missing-motivation",
            doc.anchor(),
            "Nothing here says why you want this job: add what excites you about the role, team or problem",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    #[test]
    fn wants_a_sign_of_wanting() {
        assert_eq!(
            findings(
                "missing-motivation",
                "## Why\nThe role matches my experience.\n"
            )
            .len(),
            1
        );
        assert!(findings(
            "missing-motivation",
            "## Why\nI'm excited about the platform.\n"
        )
        .is_empty());
        assert!(findings(
            "missing-motivation",
            "## Why\nThe merger is exactly the kind of payroll challenge I want.\n"
        )
        .is_empty());
        // The interviewers being excited is not the candidate being excited.
        assert_eq!(
            findings(
                "missing-motivation",
                "## First interview notes\n- They are excited about AI.\n"
            )
            .len(),
            1
        );
    }
}
