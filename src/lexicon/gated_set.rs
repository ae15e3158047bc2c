//! Which of many regular expressions match a text, found through the literals each one must start
//! and end with.
//!
//! One regex set over the 364 complaint patterns, many with counted gaps ("nobody ...
//! appreciates"), builds its lazy DFA from states that mix every pattern's partial matches. On
//! varied prose those states fill the DFA's cache faster than they pay off, and the set falls back
//! to a PikeVM that costs milliseconds a sentence: 77% of a `check` of the written corpus's 1,751
//! documents. Repeated text (a benchmark's) never shows it, because its states are built once.
//!
//! Here one Aho-Corasick pass over the starting and ending literals of every pattern finds where a
//! match can start and whether it can end after that; only there is a pattern tried, anchored,
//! with its own small automaton: a few bytes of search instead of the whole text once per
//! pattern. A pattern with no finite set of starting literals (one that opens with a gap) is
//! searched for in every text.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_automata::meta::{Config, Regex};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::Hir;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A pattern compiled on first use: most never become candidates in a session, so their
/// automata are not kept in memory for nothing.
#[derive(Debug)]
struct Lazy {
    source: String,
    compiled: OnceLock<Regex>,
}

impl Lazy {
    fn regex(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            compile(&self.source).expect("every pattern of the data files compiles (tested)")
        })
    }
}

/// A pattern matched on bytes, as `regex::bytes::Regex` would be: UTF-8 need not hold.
fn compile(source: &str) -> Result<Regex, String> {
    Regex::builder()
        .syntax(syntax::Config::new().utf8(false))
        .configure(Config::new().utf8_empty(false))
        .build(source)
        .map_err(|e| format!("{source}: {e}"))
}

#[derive(Debug)]
pub struct GatedSet {
    patterns: Vec<Lazy>,
    /// Every pattern's starting and ending literals in one automaton, ASCII case ignored.
    literals: AhoCorasick,
    /// The patterns each literal opens: every match of theirs starts with one of their literals.
    opens: Vec<Vec<u32>>,
    /// The patterns each literal closes: every match of theirs ends with one of their literals.
    closes: Vec<Vec<u32>>,
    /// Whether a pattern has ending literals, so that none after a start rules the start out.
    closed: Vec<bool>,
    /// Patterns that can start anywhere: tried on every text.
    ungated: Vec<u32>,
}

/// The patterns of a [`GatedSet`] that match one text, in the order they were given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetMatches(Vec<usize>);

impl SetMatches {
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().copied()
    }
}

impl GatedSet {
    /// Builds the set; the error names the pattern that does not compile.
    pub fn new<'a>(sources: impl IntoIterator<Item = &'a str>) -> Result<GatedSet, String> {
        let mut patterns = Vec::new();
        let mut gates = Gates::default();
        let mut closed = Vec::new();
        let mut ungated = Vec::new();
        for (i, source) in sources.into_iter().enumerate() {
            // Parsed, not compiled, to reject a bad pattern with its text: compiling every
            // pattern up front is most of the lexicon's start-up. A test compiles them all.
            let hir = parse(source)?;
            let id = i as u32;
            let case_blind = gated_hir(source, hir);
            let literals = |kind| case_blind.as_ref().and_then(|h| gate_literals(h, kind));
            match literals(ExtractKind::Prefix) {
                Some(starts) => starts.into_iter().for_each(|l| gates.of(l).0.push(id)),
                None => ungated.push(id),
            }
            let ends = literals(ExtractKind::Suffix);
            closed.push(ends.is_some());
            ends.into_iter()
                .flatten()
                .for_each(|l| gates.of(l).1.push(id));
            patterns.push(Lazy {
                source: source.to_string(),
                compiled: OnceLock::new(),
            });
        }
        let (opens, closes) = gates.gates.into_iter().unzip();
        let literals = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&gates.literals)
            .map_err(|e| e.to_string())?;
        Ok(GatedSet {
            patterns,
            literals,
            opens,
            closes,
            closed,
            ungated,
        })
    }

    /// The compiled pattern `index`, to locate its matches.
    pub fn regex(&self, index: usize) -> &Regex {
        self.patterns[index].regex()
    }

    /// Which patterns match somewhere in `text`.
    pub fn matches(&self, text: &[u8]) -> SetMatches {
        let mut matched = Vec::new();
        self.scan(text, |id| {
            matched.push(id);
            true
        });
        matched.sort_unstable();
        SetMatches(matched)
    }

    /// Whether any pattern matches somewhere in `text`; stops at the first that does.
    pub fn is_match(&self, text: &[u8]) -> bool {
        let mut any = false;
        self.scan(text, |_| {
            any = true;
            false
        });
        any
    }

    /// The sources of the patterns, in the order they were given.
    pub fn patterns(&self) -> impl Iterator<Item = &str> {
        self.patterns.iter().map(|p| p.source.as_str())
    }

    /// Calls `found` with each pattern that matches in `text`, each once, until it returns false.
    fn scan(&self, text: &[u8], mut found: impl FnMut(usize) -> bool) {
        // Where each gated pattern can start, and where the last of its ending literals ends.
        let mut starts: Vec<(u32, usize)> = Vec::new();
        let mut last_end = vec![0; self.patterns.len()];
        for m in self.literals.find_overlapping_iter(text) {
            let literal = m.pattern().as_usize();
            starts.extend(self.opens[literal].iter().map(|&id| (id, m.start())));
            for &id in &self.closes[literal] {
                last_end[id as usize] = m.end().max(last_end[id as usize]);
            }
        }
        starts.sort_unstable();
        starts.dedup();
        let mut last = None;
        for &(id, at) in &starts {
            // A match starting at `at` ends with an ending literal after it.
            if last == Some(id) || (self.closed[id as usize] && last_end[id as usize] <= at) {
                continue;
            }
            let input = Input::new(text).range(at..).anchored(Anchored::Yes);
            if self.patterns[id as usize].regex().is_match(input) {
                last = Some(id);
                if !found(id as usize) {
                    return;
                }
            }
        }
        for &id in &self.ungated {
            if self.patterns[id as usize].regex().is_match(text) && !found(id as usize) {
                return;
            }
        }
    }
}

/// The literals of a set being built, each with the patterns it opens and closes.
#[derive(Default)]
struct Gates {
    literals: Vec<Vec<u8>>,
    gates: Vec<(Vec<u32>, Vec<u32>)>,
    index_of: HashMap<Vec<u8>, usize>,
}

impl Gates {
    fn of(&mut self, literal: Vec<u8>) -> &mut (Vec<u32>, Vec<u32>) {
        let at = *self.index_of.entry(literal.clone()).or_insert_with(|| {
            self.literals.push(literal);
            self.gates.push(Default::default());
            self.gates.len() - 1
        });
        &mut self.gates[at]
    }
}

/// `source` parsed; the error names it.
fn parse(source: &str) -> Result<Hir, String> {
    regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(source)
        .map_err(|e| format!("{source}: {e}"))
}

/// `source` read with its ASCII case folding turned off, for literals compared ignoring ASCII
/// case; `hir` is `source` as parsed. `None` when it folds case by Unicode rules (`(?i)` without
/// `-u`): a Kelvin sign matches its `k`, which no ASCII-insensitive search of "k" finds.
fn gated_hir(source: &str, hir: Hir) -> Option<Hir> {
    match source.strip_prefix("(?i-u)") {
        Some(rest) if !rest.contains("(?i") => parse(&format!("(?-u){rest}")).ok(),
        None if !source.contains("(?i") => Some(hir),
        _ => None,
    }
}

/// How many bytes of a literal are kept before a space may end it: long enough that "the pay"
/// gates fewer patterns than "the", short enough that a pattern's alternatives of its third word
/// do not multiply the automaton.
const WORDS_KEPT: usize = 8;

/// Literals one of which every match of `hir` starts with (`Prefix`) or ends with (`Suffix`);
/// `None` when there is no short finite list of them.
fn gate_literals(hir: &Hir, kind: ExtractKind) -> Option<Vec<Vec<u8>>> {
    let prefix = matches!(kind, ExtractKind::Prefix);
    let mut extractor = Extractor::new();
    extractor.kind(kind);
    let seq = extractor.extract(hir);
    // A gap of white space multiplies the literals by six ("was\t", "was\n", ... "was "), and
    // every alternative of a further word multiplies them again. Cut there (or at a space
    // `WORDS_KEPT` bytes in), a start of a starting literal still starts every match, and an end
    // of an ending one ends it; a literal that starts (ends) with another adds nothing.
    let cut = |i: usize, b: u8| {
        matches!(b, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') || (b == b' ' && i >= WORDS_KEPT)
    };
    let mut literals: Vec<Vec<u8>> = seq
        .literals()?
        .iter()
        .map(|l| {
            let bytes = l.as_bytes();
            if prefix {
                let end = (0..bytes.len())
                    .find(|&i| cut(i, bytes[i]))
                    .unwrap_or(bytes.len());
                bytes[..end].to_vec()
            } else {
                let start = (0..bytes.len())
                    .rev()
                    .find(|&i| cut(bytes.len() - 1 - i, bytes[i]))
                    .map_or(0, |i| i + 1);
                bytes[start..].to_vec()
            }
        })
        .collect();
    if prefix {
        literals.sort_unstable();
        literals.dedup_by(|later, kept| later.starts_with(kept));
    } else {
        literals.sort_unstable_by(|a, b| a.iter().rev().cmp(b.iter().rev()));
        literals.dedup_by(|later, kept| later.ends_with(kept));
    }
    // An empty literal would make every text a candidate, and so would one letter. One digit or
    // mark ('"', ',') is tried where it stands and fails within a byte or two when it is no match.
    let too_short = |l: &Vec<u8>| {
        l.is_empty() || (l.len() == 1 && (l[0].is_ascii_alphabetic() || l[0] == b' '))
    };
    if literals.is_empty() || literals.iter().any(too_short) {
        return None;
    }
    Some(literals)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(patterns: &[&str]) -> GatedSet {
        GatedSet::new(patterns.iter().copied()).expect("valid patterns")
    }

    #[test]
    fn finds_what_a_regex_set_finds() {
        let patterns = [
            r"(?i-u)\bnobody(?:(?-u:\s)+(?-u:\S)+){0,6}?(?-u:\s)+appreciat\w*",
            r"(?i-u)\b(and )?then (they|management) (wonders?|asks?) why\b",
            r"(?i-u)(?:'|’)(paused|parked)(?:'|’)",
            r"(?-u)[a-z]+ly ignored",
            r"(?i)\bkeeps? moving\b",
            r"^(great|brilliant)[,!.]+ so (now )?(my|our)\b",
        ];
        let gated = set(&patterns);
        let reference = regex::bytes::RegexSet::new(patterns).unwrap();
        for text in [
            "Nobody here ever really appreciates the work.",
            "NOBODY APPRECIATES IT",
            "nobody, as far as I know, appreciates",
            "And then management asks why we missed it",
            "then they wonder why",
            "the project was ‘paused’ again",
            "it was 'parked'",
            "completely ignored",
            "the manager KEEPS MOVING targets",
            "the manager \u{212A}eeps moving targets",
            "great, so now my weekend is gone",
            "so great, so now my weekend is gone",
            "",
            "nothing to see",
        ] {
            let want: Vec<usize> = reference.matches(text.as_bytes()).into_iter().collect();
            let got: Vec<usize> = gated.matches(text.as_bytes()).iter().collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn gates_patterns_by_their_first_and_last_words() {
        let gated = set(&[
            r"(?i-u)\bnobody\b",
            r"(?-u)[a-z]+ly ignored",
            r"(?i)\bkeeps\b",
        ]);
        assert_eq!(
            gated.ungated,
            vec![1, 2],
            "a gap or Unicode case folding opens no gate"
        );
        assert_eq!(gated.closed, vec![true, true, false]);
        let opened: Vec<&[u32]> = gated.opens.iter().map(Vec::as_slice).collect();
        let closed: Vec<&[u32]> = gated.closes.iter().map(Vec::as_slice).collect();
        // "nobody" opens and closes the first pattern; "ignored" closes the second.
        assert_eq!(opened, [&[0][..], &[]]);
        assert_eq!(closed, [&[0][..], &[1]]);
        let matched = |text: &[u8], id| gated.matches(text).iter().any(|i| i == id);
        assert!(matched(b"ignored, nobody", 0));
        assert!(!matched(b"ignored: barely", 1));
        assert!(matched(b"barely ignored", 1));
        // A start with no ending literal after it is never tried: the pattern is not even
        // compiled.
        let gapped = set(&[r"(?i-u)\bnobody(?:(?-u:\s)+(?-u:\S)+){0,6}?(?-u:\s)+appreciates\b"]);
        assert!(gapped
            .matches(b"appreciates it? nobody does")
            .iter()
            .next()
            .is_none());
        assert!(gapped.patterns[0].compiled.get().is_none());
        assert_eq!(
            gapped.matches(b"nobody here appreciates it").iter().count(),
            1
        );
        assert!(gapped.patterns[0].compiled.get().is_some());
    }

    fn lexicon_sets() -> [&'static GatedSet; 8] {
        let lex = crate::lexicon::lexicon();
        let q = &lex.question_patterns;
        [
            &lex.framing.gapped,
            &lex.headings.set,
            &q.website,
            &q.first_round,
            &q.premature,
            &q.exempt,
            &q.concerns,
            &q.not_concerns,
        ]
    }

    /// Every set of the lexicon, against one regex set of the same patterns, over the lines of the
    /// examples and of every twentieth written corpus document, as written and lowered (the question
    /// and heading patterns are matched against lowered text).
    #[test]
    fn the_lexicon_sets_find_what_regex_sets_find() {
        let sets = lexicon_sets();
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts: Vec<String> = Vec::new();
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/tests/corpus/written"))
            .expect("the written corpus")
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        paths.sort();
        let examples = std::fs::read_dir(format!("{root}/examples")).expect("the examples");
        paths.extend(examples.map(|e| e.expect("a directory entry").path()));
        for (i, path) in paths.iter().enumerate() {
            if i % 20 != 0 && !path.starts_with(format!("{root}/examples")) {
                continue;
            }
            let text = std::fs::read_to_string(path).expect("a readable document");
            for line in text
                .lines()
                .map(|l| l.trim_start_matches(['#', '-', '*', ' ']))
            {
                texts.push(line.to_string());
                texts.push(line.to_ascii_lowercase());
            }
        }
        assert!(texts.len() > 2000, "{} lines", texts.len());
        let mut found = 0;
        for set in sets {
            let reference = regex::bytes::RegexSet::new(set.patterns()).expect("valid patterns");
            for text in &texts {
                let want: Vec<usize> = reference.matches(text.as_bytes()).into_iter().collect();
                let got: Vec<usize> = set.matches(text.as_bytes()).iter().collect();
                assert_eq!(got, want, "{text:?}");
                assert_eq!(set.is_match(text.as_bytes()), !want.is_empty(), "{text:?}");
                found += want.len();
            }
        }
        assert!(found > 300, "only {found} matches: the texts test little");
    }

    #[test]
    fn every_pattern_of_the_data_files_compiles() {
        let sets = lexicon_sets();
        for source in sets.iter().flat_map(|set| set.patterns()) {
            assert!(compile(source).is_ok(), "{source}");
        }
    }

    #[test]
    fn rejects_a_bad_pattern_by_its_text() {
        let err = GatedSet::new(["fine", "(unclosed"]).unwrap_err();
        assert!(err.starts_with("(unclosed:"), "{err}");
    }
}
