//! ## What it does
//! Reports a prep document with no answer to "why do you want this job?". A section about why you
//! are leaving answers it only when it also says what you want next ("I want to lead a team"); a
//! list of what is wrong with the current job is no answer.
//!
//! ## Why it matters
//! You may not have been asked it in the first interview, but in the second you answer it with every
//! response. Writing it down makes you decide what you are moving *to*, which changes how you talk
//! about everything else.
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
//! ## Why this job
//! I'm excited to move to a team where data quality is treated as a product.
//! ```
//!
//! ## Fix safety
//! Safe: appends a "Why this job" section with a prompt in a comment. Nothing you wrote changes.

use super::{append_block, heading, Context};
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::{Document, SectionKind};
use crate::lexicon::lexicon;
use regex::Regex;
use std::sync::OnceLock;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    if (0..doc.sections.len()).any(|i| answers_why(doc, i)) {
        return;
    }
    let company = doc.company().unwrap_or("this company");
    let block = format!(
        "{}\n\n<!-- What you are moving to at {company}: the work, the team, what you want to build there. -->\n",
        heading(doc, "Why this job")
    );
    out.push(
        Finding::new(
            "missing-why",
            doc.anchor(),
            "No answer to \"why do you want this job?\": write down what you are moving to",
        )
        .with_fix(Fix::new(
            Applicability::Safe,
            "Add a \"Why this job\" section",
            vec![append_block(doc, &block)],
        )),
    );
}

/// Whether section `i` answers "why this job": a why section, unless it is only about leaving
/// the current job and never says what the candidate wants next.
fn answers_why(doc: &Document, i: usize) -> bool {
    static LEAVING: OnceLock<Regex> = OnceLock::new();
    let leaving = LEAVING.get_or_init(|| {
        Regex::new(r"(?i)\b(leav(e|ing)|moving on|quit(ting)?|why (i'?m|i am) going)\b")
            .expect("valid")
    });
    if doc.sections[i].kind != Some(SectionKind::Why) {
        return false;
    }
    // The section whose heading named the kind: this one, or the one it inherits from.
    let mut naming = i;
    while !doc.sections[naming].own_kind {
        match doc.sections[naming].parent {
            Some(parent) => naming = parent,
            None => break,
        }
    }
    // "Why I'm leaving / why here" also asks the question that matters.
    let only_leaving = doc.sections[naming].heading.as_ref().is_some_and(|h| {
        let heading = h.text.slice(doc.text);
        leaving.is_match(heading)
            && !heading.contains('/')
            && !heading.to_lowercase().contains(" here")
    });
    !only_leaving
        || doc
            .sentences
            .iter()
            .filter(|s| s.section == i)
            .map(|s| doc.prose(s.span))
            .any(|text| {
                let stories = &lexicon().stories;
                stories.motivation.is_match(text) || stories.wants_next.is_match(text)
            })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply, findings};

    #[test]
    fn reports_and_fixes() {
        let text = "---\ncompany: Acme\n---\n# Prep\n";
        let found = findings("missing-why", text);
        assert_eq!(found.len(), 1);
        let fixed = apply(text, &found[0]);
        assert!(fixed.contains("## Why this job"), "{fixed}");
        assert!(fixed.contains("at Acme"));
        assert!(findings("missing-why", &fixed).is_empty());
    }

    #[test]
    fn why_headings() {
        for h in ["## Prep: why Acme?", "## Motivation", "**why this place**"] {
            let text = format!("{h}\n\nBecause.\n");
            assert!(findings("missing-why", &text).is_empty(), "{h}");
        }
    }

    #[test]
    fn leaving_answers_only_with_what_the_candidate_wants() {
        let complaints = "## Why I'm leaving\n- My manager cancels every one-to-one.\n";
        assert_eq!(findings("missing-why", complaints).len(), 1);
        let wants = "## Why I'm leaving\n- I want to lead a team of my own, and there is no such role here.\n";
        assert!(findings("missing-why", wants).is_empty());
        let both = format!("{complaints}\n## Why Acme\nBecause.\n");
        assert!(findings("missing-why", &both).is_empty());
    }
}
