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
        .matches(&norm)
        .into_iter()
        .find(|&i| context.in_plan || !matches!(headings.rules[i], HeadingClass::PlanPart(_)));
    if let Some(i) = first {
        return Some(headings.rules[i]);
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
    }
}
