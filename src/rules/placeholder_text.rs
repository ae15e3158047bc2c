//! ## What it does
//! Finds placeholders left in the text: TODO, TBD, TBC, FIXME, XXX, "???", "[fill in]", "[insert ...]",
//! "lorem ipsum". Code and HTML comments are not checked, so guidance kept in `<!-- comments -->` is
//! fine.
//!
//! ## Why it matters
//! A placeholder is an answer you have not prepared yet. Finding them the day before the interview is
//! better than finding them in the room.
//!
//! ## Example
//! ```markdown
//! ## Why this job
//! TODO
//! ```
//!
//! ## Better
//! ```markdown
//! ## Why this job
//! I'm excited to own the ingestion platform end to end.
//! ```
//!
//! ## Fix safety
//! No fix: the missing text is yours to write.

use super::Context;
use crate::diagnostic::Finding;
use crate::text::Span;
use regex::Regex;
use std::sync::OnceLock;

fn pattern() -> &'static Regex {
    static PLACEHOLDER: OnceLock<Regex> = OnceLock::new();
    PLACEHOLDER.get_or_init(|| {
        Regex::new(r"\b(?:TODO|TBD|TBC|FIXME|XXX)\b|\btbd\b|\btodo:|\?{3,}|\[(?i:fill(?: me)? in[^\]\n]{0,60}|fill|insert[^\]\n]{0,40}|placeholder|your [^\]\n]{1,30}|add [^\]\n]{1,30}|tk)\]|(?i:lorem ipsum)|<(?i:fill in|insert [^>\n]{1,40})>")
            .expect("valid")
    })
}

/// Whether a text still holds a placeholder (other rules leave such unfinished parts alone).
pub fn has_placeholder(text: &str) -> bool {
    pattern().is_match(text)
}

/// Whether a text is nothing but a bare placeholder ("TBD", "???", "todo") or punctuation. A
/// bracketed prompt ("[fill in: ...]") says what to write and is left to this rule alone.
pub fn only_placeholder(text: &str) -> bool {
    let word = text.trim_matches(|c: char| !c.is_alphanumeric() && c != '?');
    word.chars().all(|c| c == '?')
        || ["tbd", "tbc", "todo", "xxx", "fixme"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let re = pattern();
    let doc = ctx.doc;
    for block in &doc.blocks {
        let text = doc.prose(block.span);
        for m in re.find_iter(text) {
            let span = Span::new(block.span.start + m.start(), block.span.start + m.end());
            let word = m.as_str().trim_end_matches(':');
            out.push(Finding::new(
                "placeholder-text",
                Span::new(span.start, span.start + word.len()),
                format!("Placeholder \"{word}\" left in the text: write the answer before the interview"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::flagged;

    #[test]
    fn finds_placeholders_but_not_in_code_or_comments() {
        let text = "## Why\nTODO: write this. Salary ??? and [fill in] here.\n\n```\nTODO in code\n```\n<!-- TODO in a comment -->\nInline `TBD` code.\nMy todo list app, date tbd.\n";
        assert_eq!(
            flagged("placeholder-text", text),
            vec!["TODO", "???", "[fill in]", "tbd"]
        );
    }
}
