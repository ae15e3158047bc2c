//! ## What it does
//! Finds stories in your examples with no measurable result: no percentage, amount, count or
//! before-and-after figure. Numbers that are years ("in 2021"), quarters ("Q3"), "30/60/90" or plan
//! days do not count.
//!
//! ## Why it matters
//! "Improved the process" is a claim; "cut the release from two days to four hours" is evidence.
//! Interviewers remember numbers, and a number shows you watched the outcome of your work.
//!
//! ## Example
//! ```markdown
//! ## Examples
//! ### Faster releases
//! I streamlined our release process and everyone was happier.
//! ```
//!
//! ## Better
//! ```markdown
//! ## Examples
//! ### Faster releases
//! I streamlined our release process: releases went from two days to four hours, weekly instead of
//! monthly.
//! ```
//!
//! ## Fix safety
//! No fix: only you know the figure.

use super::Context;
use crate::diagnostic::Finding;
use regex::Regex;
use std::sync::OnceLock;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for story in &doc.stories {
        let body_has_prose = story.blocks.iter().any(|&b| {
            doc.prose(doc.blocks[b].span)
                .chars()
                .any(char::is_alphanumeric)
        });
        if !body_has_prose {
            continue;
        }
        let mut text = String::new();
        if let Some(t) = story.title {
            text.push_str(doc.prose(t));
            text.push('\n');
        }
        for &b in &story.blocks {
            text.push_str(doc.prose(doc.blocks[b].span));
            text.push('\n');
        }
        // An unfinished story is placeholder-text's business, not a missing number.
        if has_measure(&text) || super::placeholder_text::has_placeholder(&text) {
            continue;
        }
        let span = story.title.unwrap_or(doc.blocks[story.blocks[0]].span);
        out.push(Finding::new(
            "unquantified-result",
            span,
            "This story has no measurable result: add a number (%, time, money, count, before and after)",
        ));
    }
}

/// Whether the text holds a figure that measures something.
pub fn has_measure(text: &str) -> bool {
    static NUMBER: OnceLock<Regex> = OnceLock::new();
    static WORDS: OnceLock<Regex> = OnceLock::new();
    let number = NUMBER.get_or_init(|| {
        Regex::new(r"(?i)(?:[$€£¥]\s?)?\b\d[\d,.]*(?:\s?(?:%|percent|x\b|k\b|m\b|bn\b))?")
            .expect("valid")
    });
    let words = WORDS.get_or_init(|| {
        Regex::new(r"(?i)\b(doubled|tripled|quadrupled|halved|by half|in half|by (?:a|one) (?:third|quarter|fifth|tenth)|by (?:two|three) (?:thirds|quarters)|twice as|three times|ten times|tenfold|zero (?:defects|incidents|downtime|outages|complaints|errors)|percent|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)\s+\w+|from (?:hourly|daily|weekly|monthly|quarterly|yearly) to (?:hourly|daily|weekly|monthly|quarterly|yearly)|about half|(?:a|one) (?:third|quarter) of|from an? (?:minute|hour|day|week|month|year) to an? (?:minute|hour|day|week|month|year)|an? (?:day|week|month) (?:early|ahead|sooner)|(?:a|one) (?:day|week|month) ahead of)\b")
            .expect("valid")
    });
    if words.is_match(text) {
        return true;
    }
    number
        .find_iter(text)
        .any(|m| !is_non_measure(text, m.start(), m.end()))
}

/// Years, quarters, "30/60/90" and plan days are numbers that measure nothing.
fn is_non_measure(text: &str, start: usize, end: usize) -> bool {
    let token = &text[start..end];
    let before = text[..start].to_lowercase();
    let after = &text[end..];
    if token.starts_with(['$', '€', '£', '¥']) || token.ends_with('%') {
        return false;
    }
    let digits: String = token.chars().filter(|c| c.is_ascii_digit()).collect();
    let is_year = digits.len() == 4
        && (digits.starts_with("19") || digits.starts_with("20"))
        && !token.contains([',', '.']);
    let quarter = before.ends_with('q') || before.ends_with('h') || before.ends_with("fy");
    let plan = matches!(digits.as_str(), "30" | "60" | "90")
        && (after.starts_with('/')
            || before.ends_with('/')
            || before.trim_end().ends_with("day")
            || after.trim_start().to_lowercase().starts_with("day"));
    is_year || quarter || plan
}

#[cfg(test)]
mod tests {
    use super::has_measure;
    use crate::rules::test_support::flagged;

    #[test]
    fn what_counts_as_a_measure() {
        for yes in [
            "from monthly to weekly",
            "took four hours",
            "cut spend by 32%",
            "saved $120k",
            "from 40 to 9 minutes",
            "3x faster",
            "doubled signups",
            "served 12 customers",
            "cut waste by about half",
            "cut prep from a day to an hour",
            "we filed a day early",
        ] {
            assert!(has_measure(yes), "{yes}");
        }
        for no in [
            "in 2021 I led it",
            "shipped in Q3",
            "my 30/60/90 plan",
            "by day 60 it worked",
            "everyone was happier",
        ] {
            assert!(!has_measure(no), "{no}");
        }
    }

    #[test]
    fn flags_stories_without_numbers() {
        let text = "## Examples\n### Faster releases\nI streamlined our releases in 2022 and everyone was happier.\n### Spend\nResult: saved $40k a year.\n";
        assert_eq!(
            flagged("unquantified-result", text),
            vec!["Faster releases"]
        );
    }

    #[test]
    fn a_table_row_is_one_story_and_its_header_none() {
        let text = "## Examples\n\n| What | Result |\n|---|---|\n| Resurfacing at Eastbury | 38 sites, 3 weeks early |\n| Drainage redesign | everyone was happier |\n";
        assert_eq!(
            flagged("unquantified-result", text),
            vec!["Drainage redesign"]
        );
    }
}
