//! ## What it does
//! Reports a prep document with no answer to "why do you want this job?".
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
use crate::document::SectionKind;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    if doc.has_section(SectionKind::Why) {
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
        for h in [
            "## Prep: why Acme?",
            "## Motivation",
            "**why this place**",
            "## Why I'm leaving",
        ] {
            let text = format!("{h}\n\nBecause.\n");
            assert!(findings("missing-why", &text).is_empty(), "{h}");
        }
    }
}
