//! Recognising a section's kind from free-form heading text.

use super::SectionKind;
use crate::lexicon::{lexicon, HeadingClass};

/// Where a heading stands, which changes what it can mean ("First 30 days" inside a plan is a part).
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    pub in_plan: bool,
}

/// Lower case, emoji and punctuation folded to single spaces; `30/60/90` becomes `30 60 90`.
pub fn normalise_heading(text: &str) -> String {
    let text = without_outline_number(text);
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_alphanumeric() || c == '&' || c == '#' {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            // Apostrophes fold to spaces too: "Q's" reads "q s".
            pending_space = true;
        }
    }
    out
}

/// A heading without the outline number it opens with: "6. Plan", "2) Why Acme", "1.2 Questions".
/// "30/60/90 plan" and "90 days" keep theirs: a number is an outline number only when a full stop
/// or a bracket ends it, or it has parts ("1.2").
fn without_outline_number(text: &str) -> &str {
    let trimmed = text.trim_start();
    let bytes = trimmed.as_bytes();
    let mut i = 0;
    let mut parts = 0;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() && i - start < 2 {
            i += 1;
        }
        if i == start || (i < bytes.len() && bytes[i].is_ascii_digit()) {
            return text;
        }
        parts += 1;
        match bytes.get(i) {
            Some(b'.') if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 1,
            Some(b'.' | b')') => {
                i += 1;
                break;
            }
            Some(b' ' | b'\t') if parts > 1 => break,
            _ => return text,
        }
    }
    match bytes.get(i) {
        Some(b' ' | b'\t') => trimmed[i..].trim_start(),
        _ => text,
    }
}

/// What a heading's text makes of its section, or `None` when it says nothing about the kind.
pub fn classify_heading(
    text: &str,
    context: Context,
    aliases: &[(SectionKind, String)],
) -> Option<HeadingClass> {
    let norm = normalise_heading(text);
    if norm.is_empty() {
        return None;
    }
    for (kind, alias) in aliases {
        if norm.contains(&normalise_heading(alias)) {
            return Some(HeadingClass::Kind(*kind));
        }
    }
    let headings = &lexicon().headings;
    let first = headings
        .set
        .matches(norm.as_bytes())
        .iter()
        .find(|&i| context.in_plan || !matches!(headings.rules[i], HeadingClass::PlanPart(_)));
    if let Some(i) = first {
        return Some(headings.rules[i]);
    }
    // "What Joanna (head of design) said": an aside in brackets may split the words that name
    // the section.
    if let Some(bare) = without_asides(text) {
        if let Some(class) = classify_heading(&bare, context, aliases) {
            return Some(class);
        }
    }
    // One typo in a long keyword: "Qeustions", "Exmaples", "Brreadcrumbs".
    for word in norm.split(' ').filter(|w| w.chars().count() >= 5) {
        for (kind, keyword) in &headings.fuzzy {
            if within_one_edit(word, keyword) {
                return Some(HeadingClass::Kind(*kind));
            }
        }
    }
    None
}

/// The heading without its bracketed asides, when it has any.
fn without_asides(text: &str) -> Option<String> {
    let mut bare = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    (bare.len() < text.len() && !bare.trim().is_empty()).then_some(bare)
}

/// Damerau–Levenshtein distance of at most one (one insertion, deletion, substitution or swap),
/// compared byte by byte: the keywords are ASCII.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if la == lb {
        // substitution, or a swap of two neighbours
        a[prefix + 1..] == b[prefix + 1..]
            || (prefix + 1 < la
                && a[prefix] == b[prefix + 1]
                && a[prefix + 1] == b[prefix]
                && a[prefix + 2..] == b[prefix + 2..])
    } else if la > lb {
        a[prefix + 1..] == b[prefix..]
    } else {
        b[prefix + 1..] == a[prefix..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit() {
        assert!(within_one_edit("qeustions", "questions"));
        assert!(within_one_edit("exmaples", "examples"));
        assert!(within_one_edit("storis", "stories"));
        assert!(within_one_edit("questionss", "questions"));
        assert!(!within_one_edit("quests", "questions"));
    }

    #[test]
    fn normalises_punctuation_and_emoji() {
        assert_eq!(
            normalise_heading("🗓️ 30/60/90-Day Plan!"),
            "30 60 90 day plan"
        );
        assert_eq!(normalise_heading("Q’s for the panel"), "q s for the panel");
        assert_eq!(normalise_heading("Prep: why Acme?"), "prep why acme");
        assert_eq!(normalise_heading("6. Plan"), "plan");
        assert_eq!(normalise_heading("2) Why Acme"), "why acme");
        assert_eq!(normalise_heading("1.2 Questions"), "questions");
        assert_eq!(normalise_heading("30. Plan"), "plan");
        assert_eq!(normalise_heading("30 60 90 plan"), "30 60 90 plan");
        assert_eq!(normalise_heading("90 days"), "90 days");
        assert_eq!(normalise_heading("30/60/90"), "30 60 90");
        assert_eq!(normalise_heading("1.2.3 Plan"), "plan");
    }
}
