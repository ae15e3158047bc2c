//! ## What it does
//! Reports a prep document with no section of examples (stories, STAR answers, accomplishments)
//! and no story told with its labels elsewhere ("A: Situation: ... Action: ... Result: ..." under a
//! practice question).
//!
//! ## Why it matters
//! The second interview puts your experience under a bigger microscope. Interviewers ask for concrete
//! examples aimed at what the role needs, and answers without a prepared story drift into
//! generalities.
//!
//! ## Example
//! ```markdown
//! # Acme — second interview
//! ## Why this job
//! ...
//! ```
//!
//! ## Better
//! ```markdown
//! ## Examples
//! ### A time I saved money
//! Situation: ... Action: ... Result: cut monthly spend by 32%.
//! ```
//!
//! ## Fix safety
//! Safe: appends an Examples section with one story skeleton for each category interviewers ask
//! about (exceeded expectations, saved money, improved a process, resolved a disagreement). Nothing
//! you wrote changes.

use super::{append_block, heading, Context};
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::{star_labels_in, SectionKind};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    if doc.has_section(SectionKind::Examples) || tells_a_star_story(doc) {
        return;
    }
    let sub = "#".repeat(doc.section_level() as usize + 1);
    let mut block = heading(doc, "Examples");
    block.push('\n');
    for title in [
        "A time I exceeded expectations",
        "A time I saved money",
        "A time I improved a process",
        "A time I resolved a disagreement with a manager or co-worker",
    ] {
        block.push_str(&format!(
            "\n{sub} {title}\n<!-- Situation, Task, Action, and a Result with a number in it. -->\n"
        ));
    }
    out.push(
        Finding::new(
            "missing-examples",
            doc.anchor(),
            "No examples section: prepare stories that show you can do this job, each with a measurable result",
        )
        .with_fix(Fix::new(
            Applicability::Safe,
            "Add an Examples section with a story skeleton per category",
            vec![append_block(doc, &block)],
        )),
    );
}

/// A story told with its labels wherever it stands ("A: Situation: ... Action: ... Result: ..."
/// under a practice question): the document has an example, even with no section for them.
fn tells_a_star_story(doc: &crate::document::Document) -> bool {
    doc.blocks.iter().any(|block| {
        let (mut situation, mut result) = (false, false);
        for part in star_labels_in(doc.prose(block.span)) {
            situation |= part == 's';
            result |= part == 'r';
        }
        situation && result
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply, findings};

    #[test]
    fn reports_and_fixes_a_missing_examples_section() {
        let text = "# Prep\n## Why this job\nI want to build things.\n";
        let found = findings("missing-examples", text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.start..found[0].span.end], "# Prep");
        let fixed = apply(text, &found[0]);
        assert!(fixed.starts_with(text));
        assert!(fixed.contains("\n\n## Examples\n\n### A time I exceeded expectations\n"));
        assert!(findings("missing-examples", &fixed).is_empty());
    }

    #[test]
    fn a_labelled_story_anywhere_is_an_example() {
        let text = "**Q: Tell me about a time you solved a problem.**\nA: Situation: a design failed its energy check. Action: I redesigned the controls. Result: it passed with a 15% margin.\n";
        assert!(findings("missing-examples", text).is_empty());
        let unlabelled =
            "**Q: What would you change first?**\nA: The situation was hard and the result good.\n";
        assert_eq!(findings("missing-examples", unlabelled).len(), 1);
        // A behavioural question as a title makes its answer a story.
        let asked =
            "**Q: Tell me about a time.**\nA: The situation was hard and the result good.\n";
        assert!(findings("missing-examples", asked).is_empty());
    }

    #[test]
    fn recognises_free_form_headings() {
        for h in [
            "## My stories",
            "## STAR examples",
            "**Accomplishments**",
            "## Exmaples",
        ] {
            let text = format!("{h}\n\nSomething.\n");
            assert!(findings("missing-examples", &text).is_empty(), "{h}");
        }
    }
}
