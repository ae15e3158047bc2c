//! Fast matching of many phrases at once, at word boundaries, ignoring ASCII case.

use crate::text::Span;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// A phrase as written in a data file. A trailing `*` matches the rest of the word.
#[derive(Debug, Clone)]
struct Pattern {
    payload: u32,
    wildcard: bool,
    check_start: bool,
    check_end: bool,
}

/// A match of one phrase, with the payload it was added with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub span: Span,
    pub payload: u32,
}

#[derive(Debug, Clone)]
pub struct PhraseSet {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
}

impl PhraseSet {
    /// Builds a set from `(phrase, payload)` pairs. A `'` in a phrase also matches `’`.
    pub fn new<'a>(phrases: impl IntoIterator<Item = (&'a str, u32)>) -> PhraseSet {
        let mut needles = Vec::new();
        let mut patterns = Vec::new();
        for (phrase, payload) in phrases {
            let phrase = phrase.trim();
            let (body, wildcard) = match phrase.strip_suffix('*') {
                Some(body) => (body, true),
                None => (phrase, false),
            };
            if body.is_empty() {
                continue;
            }
            let first = body.chars().next().unwrap();
            let last = body.chars().next_back().unwrap();
            let pattern = Pattern {
                payload,
                wildcard,
                check_start: is_word_char(first),
                check_end: !wildcard && is_word_char(last),
            };
            let mut variants = vec![body.to_string()];
            // "Zero room to grow" says what "no room to grow" says.
            if let Some(rest) = body.strip_prefix("no ") {
                variants.push(format!("zero {rest}"));
            }
            if body.contains('\'') {
                for v in variants.clone() {
                    variants.push(v.replace('\'', "\u{2019}"));
                    // Typed without the apostrophe: "they dont pay".
                    if let Some(bare) = without_contraction_apostrophes(&v) {
                        variants.push(bare);
                    }
                }
            }
            for v in variants {
                needles.push(v);
                patterns.push(pattern.clone());
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&needles)
            .expect("phrase lists are small enough for an automaton");
        PhraseSet {
            automaton,
            patterns,
        }
    }

    /// Every match at word boundaries, overlapping ones included, in order of start.
    pub fn find_all(&self, text: &str) -> Vec<PhraseMatch> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let pattern = &self.patterns[m.pattern().as_usize()];
            let (start, mut end) = (m.start(), m.end());
            if pattern.check_start && start > 0 && is_word_char(char_before(text, start)) {
                continue;
            }
            if pattern.wildcard {
                end += text[end..]
                    .char_indices()
                    .find(|(_, c)| !is_word_char(*c))
                    .map(|(i, _)| i)
                    .unwrap_or(text.len() - end);
            } else if pattern.check_end && end < bytes.len() && is_word_char(char_at(text, end)) {
                continue;
            }
            out.push(PhraseMatch {
                span: Span::new(start, end),
                payload: pattern.payload,
            });
        }
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.automaton.find_overlapping_iter(text).any(|m| {
            let pattern = &self.patterns[m.pattern().as_usize()];
            let (start, end) = (m.start(), m.end());
            let glued_before =
                pattern.check_start && start > 0 && is_word_char(char_before(text, start));
            let glued_after =
                pattern.check_end && end < text.len() && is_word_char(char_at(text, end));
            !glued_before && !glued_after
        })
    }
}

/// "don't" → "dont", "can't" → "cant": negations typed without their apostrophe. `None` when the
/// phrase has any other apostrophe ("boss's", "we're"), whose bare form is another word.
fn without_contraction_apostrophes(phrase: &str) -> Option<String> {
    let mut out = String::with_capacity(phrase.len());
    let mut rest = phrase;
    while let Some(i) = rest.find('\'') {
        let after = &rest[i + 1..];
        let ending = after
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        // Only "n't": a bare "were", "ill" or "id" is another word.
        if ending != "t" || !rest[..i].ends_with('n') {
            return None;
        }
        out.push_str(&rest[..i]);
        rest = after;
    }
    out.push_str(rest);
    Some(out)
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn char_before(text: &str, offset: usize) -> char {
    text[..offset].chars().next_back().unwrap_or(' ')
}

fn char_at(text: &str, offset: usize) -> char {
    text[offset..].chars().next().unwrap_or(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_at_word_boundaries_only() {
        let set = PhraseSet::new([
            ("bored", 0),
            ("micromanag*", 1),
            ("$", 2),
            ("can't stand", 3),
        ]);
        let found = |t: &str| -> Vec<u32> { set.find_all(t).iter().map(|m| m.payload).collect() };
        assert_eq!(found("I'm Bored."), vec![0]);
        assert_eq!(found("snowboarded"), Vec::<u32>::new());
        assert_eq!(found("unbored"), Vec::<u32>::new());
        assert_eq!(found("he micromanages"), vec![1]);
        assert_eq!(found("saved $120k"), vec![2]);
        assert_eq!(found("I can’t stand it"), vec![3]);
        assert_eq!(found("i cant stand it"), vec![3]);
        let possessive = PhraseSet::new([("boss's son", 4)]);
        assert!(possessive.find_all("the bosss son").is_empty());
        assert_eq!(possessive.find_all("the boss’s son").len(), 1);
        let growth = PhraseSet::new([("no room to grow", 7)]);
        assert_eq!(growth.find_all("There's zero room to grow").len(), 1);
    }

    #[test]
    fn wildcard_extends_to_the_end_of_the_word() {
        let set = PhraseSet::new([("micromanag*", 0)]);
        let text = "Micromanagement, again";
        let m = set.find_all(text);
        assert_eq!(m[0].span.slice(text), "Micromanagement");
    }
}
