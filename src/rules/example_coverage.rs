//! ## What it does
//! Checks that your stories cover the four kinds recruiters ask candidates to prepare: a time you
//! exceeded expectations, saved money, improved a process, and overcame a disagreement with a manager
//! or co-worker. It reports the kinds no story covers. It runs only when there is an examples
//! section; without one, `missing-examples` reports that.
//!
//! ## Why it matters
//! Second-interview questions dig into these situations, aimed at what the role needs. Having one
//! prepared story per kind means you are never improvising the answer that matters most.
//!
//! ## Example
//! ```markdown
//! ## Examples
//! ### Cut cloud spend
//! Result: saved $120k a year.
//! ```
//!
//! ## Better
//! ```markdown
//! ## Examples
//! ### Cut cloud spend
//! ### Automated the release checklist
//! ### Disagreed with my manager about the rollout
//! ### Shipped the migration a month ahead of schedule
//! ```
//!
//! ## Fix safety
//! No fix: the stories are yours to tell.

use std::sync::OnceLock;

use regex::Regex;

use super::{section_anchor, Context};
use crate::diagnostic::Finding;
use crate::document::SectionKind;
use crate::lexicon::{lexicon, STORY_CATEGORIES};

const IMPROVED_PROCESS: usize = 2;

/// A measured before and after ("from 92 to 118 units an hour", "12 → 7 days") shows something
/// made better, whatever words tell it.
fn before_and_after() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\bfrom [£$€]?[0-9][0-9.,]*\S*( [a-z/%]+){0,2} to [£$€]?[0-9]|[0-9]\S* ?(→|->|=>) ?[£$€]?[0-9]")
            .expect("valid")
    })
}

const DESCRIPTIONS: [&str; 4] = [
    "exceeded expectations",
    "saved money",
    "improved a process",
    "overcame a disagreement with a manager or co-worker",
];

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    if !doc.has_section(SectionKind::Examples) {
        return;
    }
    let categories = &lexicon().stories.categories;
    let mut covered = [false; STORY_CATEGORIES.len()];
    for story in &doc.stories {
        let text = doc.prose(story.span);
        for m in categories.find_all(text) {
            covered[m.payload as usize] = true;
        }
        covered[IMPROVED_PROCESS] |= !covered[IMPROVED_PROCESS]
            && text.bytes().any(|b| b.is_ascii_digit())
            && before_and_after().is_match(text);
    }
    let missing: Vec<&str> = DESCRIPTIONS
        .iter()
        .zip(covered)
        .filter(|(_, c)| !c)
        .map(|(d, _)| *d)
        .collect();
    if missing.is_empty() {
        return;
    }
    out.push(Finding::new(
        "example-coverage",
        section_anchor(doc, SectionKind::Examples),
        format!("No story yet for a time you {}", join_or(&missing)),
    ));
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{}, or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::findings;

    #[test]
    fn reports_the_categories_no_story_covers() {
        let text = "## Examples\n### Cut cloud spend\nSaved $120k a year.\n### Release checklist\nAutomated the release process.\n";
        let found = findings("example-coverage", text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "No story yet for a time you exceeded expectations, or overcame a disagreement with a manager or co-worker"
        );
        let full = format!("{text}### Rollout\nI disagreed with my manager.\n### Launch\nShipped a month ahead of schedule.\n");
        assert!(findings("example-coverage", &full).is_empty());
        assert!(findings("example-coverage", "# nothing\n").is_empty());
    }

    #[test]
    fn a_measured_before_and_after_is_an_improvement() {
        for story in [
            "Took the night pick rate from 92 to 118 units/hour.",
            "Month-end close: 12 → 7 days.",
        ] {
            let text = format!("## Examples\n- {story}\n");
            let found = findings("example-coverage", &text);
            assert!(
                !found[0].message.contains("improved a process"),
                "{story}: {}",
                found[0].message
            );
        }
        let text = "## Examples\n- Ran the pass for six months.\n";
        let found = findings("example-coverage", text);
        assert!(found[0].message.contains("improved a process"));
    }
}
