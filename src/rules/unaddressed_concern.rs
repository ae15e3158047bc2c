//! ## What it does
//! Finds concerns, weaknesses or gaps you listed without an answer to them: a bare "Limited Airflow
//! experience" with nothing after it, no sub-points, no explanation.
//!
//! ## Why it matters
//! Listing the weaknesses the interviewer may probe is half the work; the other half is the answer you
//! will give when they do. Interviewers use the second round to test their doubts, and a prepared,
//! honest answer turns a doubt into a strength.
//!
//! ## Example
//! ```markdown
//! ## Concerns they may have
//! - Limited Airflow experience
//! ```
//!
//! ## Better
//! ```markdown
//! ## Concerns they may have
//! - Limited Airflow experience — I have run Dagster in production for two years, the same concepts,
//!   and I built a DAG in Airflow this weekend to check.
//! ```
//!
//! ## Fix safety
//! No fix: the answer is yours.

use super::Context;
use crate::diagnostic::Finding;
use crate::document::{BlockKind, SectionKind};
use regex::Regex;
use std::sync::OnceLock;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let blocks: Vec<(usize, &crate::document::Block)> = doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| doc.section_kind(b.section) == Some(SectionKind::Concerns))
        .filter(|(_, b)| b.kind != BlockKind::Heading)
        .collect();
    for (n, (_, block)) in blocks.iter().enumerate() {
        if block.kind != BlockKind::ListItem || block.list_depth != 1 {
            continue;
        }
        let text = doc.prose(block.span).trim();
        if text.ends_with(':') && blocks.get(n + 1).is_some_and(|(_, b)| b.list_depth > 1) {
            continue;
        }
        let followed = blocks.get(n + 1).is_some_and(|(_, next)| {
            next.list_depth > 1 || (next.kind == BlockKind::Paragraph && next.list_depth == 0)
        });
        if followed || answered(text) {
            continue;
        }
        out.push(Finding::new(
            "unaddressed-concern",
            block.span,
            "This concern has no answer yet: write how you will address it if they raise it",
        ));
    }
}

/// A separator followed by an answer of three words or more, or words that start one.
fn answered(text: &str) -> bool {
    static CUES: OnceLock<Regex> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(but|however|although|though|i have|i've|i had|i'd|i will|i'll|i am|i'm|i plan|plan to|mitigat\w*|address\w*|to counter|my answer|answer:|response:|since i|because i|which i|instead|offset)(?-u:\b)")
            .expect("valid")
    });
    let after_separator = [" — ", " – ", " - ", ": ", "->", "→", "=>", ". "]
        .iter()
        .filter_map(|sep| text.find(sep).map(|i| &text[i + sep.len()..]))
        .any(|rest| rest.split_whitespace().count() >= 3);
    after_separator || cues.is_match(text)
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::flagged;

    #[test]
    fn bare_concerns_are_flagged() {
        let text = "\
## Concerns they may have
- Limited Airflow experience
- No people management — I mentored two juniors and ran the guild for a year.
- Short tenure at last job
  - The startup ran out of money; I stayed to the end to hand over.
- Never used Go but I wrote Rust daily
- Gap year in 2022
";
        assert_eq!(
            flagged("unaddressed-concern", text),
            vec!["Limited Airflow experience", "Gap year in 2022"]
        );
    }
}
