//! The domain's word lists, compiled in from `data/` and parsed once.
//!
//! The files are written for career coaches to read and extend; this module only turns them into
//! matchers. A malformed data file is a build-time bug, caught by the tests of this module.

mod gated_set;
mod learned_weights;
mod phrases;

pub use learned_weights::{
    complaint_weights, concerns_weights, describe_feature, question_weights, LearnedWeights,
};
pub use phrases::{is_word_char, PhraseMatch, PhraseSet};

use crate::document::SectionKind;
pub use gated_set::{GatedSet, SetMatches};
use regex::Regex;
use regex_automata::meta::Regex as MultiRegex;
use std::collections::HashMap;
use std::sync::OnceLock;

const PAIN_GAIN: &str = include_str!("../../data/pain-gain.txt");
const FRAMING: &str = include_str!("../../data/framing.txt");
const HEADINGS: &str = include_str!("../../data/headings.txt");
const BREADCRUMBS: &str = include_str!("../../data/breadcrumbs.txt");
const QUESTIONS: &str = include_str!("../../data/questions.txt");
const QUESTION_PATTERNS: &str = include_str!("../../data/question-patterns.txt");
const STORIES: &str = include_str!("../../data/stories.txt");

/// The groups of signals the negative-framing score is built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Signal {
    Pain,
    Target,
    Escape,
    Marker,
    Sarcasm,
    Resolution,
    Negator,
    WideNegator,
    Contrast,
    Absolute,
    Praise,
    /// The role applied for offers what the sentence wishes for ("which this role offers"):
    /// the wish is about the new job.
    Forward,
    /// A part of the job (pay, hours, rota) that a pattern may complain about: it adds nothing
    /// by itself, it only makes the sentence worth matching the patterns against.
    Aspect,
}

impl Signal {
    fn from_group(name: &str) -> Option<Signal> {
        Some(match name {
            "targets" => Signal::Target,
            "escapes" => Signal::Escape,
            "markers" => Signal::Marker,
            "sarcasm" => Signal::Sarcasm,
            "resolutions" => Signal::Resolution,
            "negators" => Signal::Negator,
            "wide-negators" => Signal::WideNegator,
            "contrast" => Signal::Contrast,
            "absolutes" => Signal::Absolute,
            "praise" => Signal::Praise,
            "forward" => Signal::Forward,
            "aspects" => Signal::Aspect,
            _ => return None,
        })
    }

    pub fn describe(self) -> &'static str {
        match self {
            Signal::Pain => "a workplace pain",
            Signal::Target => "about the employer or job",
            Signal::Escape => "an escape phrase",
            Signal::Marker => "a complaint marker",
            Signal::Sarcasm => "sarcasm about the current place",
            Signal::Resolution => "a resolution (a story, not a complaint)",
            Signal::Negator | Signal::WideNegator => "a negation",
            Signal::Contrast => "a contrast with the current place",
            Signal::Absolute => "an absolute word",
            Signal::Praise => "praise of the current place",
            Signal::Forward => "what the new role offers",
            Signal::Aspect => "a part of the job",
        }
    }
}

/// The second field of a target entry whose noun needs an owner word before it.
pub const NEEDS_OWNER: u32 = 1;

/// One pain→gain pair: the pain's category and what to talk about instead.
#[derive(Debug, Clone)]
pub struct Gain {
    pub category: String,
    pub gain: String,
    /// The pain is about the job by itself (a commute, burnout): no employer needs naming.
    pub implies_target: bool,
}

#[derive(Debug)]
pub struct Framing {
    /// Pains and every other signal in one automaton; the payload indexes `entries`.
    pub phrases: PhraseSet,
    /// Words that make an owned noun ([`NEEDS_OWNER`]) a target: "my", "our", "the" ...
    pub owners: Vec<String>,
    /// Word lists the rule reads around a signal, lowercase: the places a negation can describe
    /// as wished for, the people the work serves, what a "zero" can measure.
    pub wished_for_places: Vec<String>,
    pub people_served: Vec<String>,
    /// Words of a heading whose section is about the current job or leaving it.
    pub current_job_headings: Vec<String>,
    /// Words that make a target word a kind of work: "asset management", "thought leadership".
    pub fields_of_work: Vec<String>,
    /// The same words in one automaton: every section's heading is tried against all of them.
    pub current_job_heading_set: PhraseSet,
    pub measures: Vec<String>,
    /// What the candidate brings, after "my" ("My English ..."): said of the candidate.
    pub own_attributes: Vec<String>,
    /// Signals that are patterns rather than phrases: pains written with a gap ("nobody ...
    /// appreciates") and `re:` lines, matched on bytes, so a gap of "any words" can use ASCII
    /// classes (Unicode ones repeated six times made these automata megabytes).
    pub gapped: GatedSet,
    /// What each pattern of `gapped` signals: an index of `entries`.
    gapped_payloads: Vec<u32>,
    /// Which patterns of `gapped` are `re:` pains of pain-gain.txt ("the pay is rubbish") or
    /// sarcasm patterns of framing.txt: whether a sentence that only names a part of the job, or a
    /// place wished for, says something harsh of it. (A set of their own would hold a second copy
    /// of nearly every pattern's automaton.)
    is_aspect_pain: Vec<bool>,
    pub entries: Vec<(Signal, u32)>,
    pub gains: Vec<Gain>,
    pub weights: HashMap<Signal, f32>,
    pub scalars: HashMap<String, f32>,
}

/// The nouns that, after "the" (or "this"), name the job applied for in a prep document.
pub const JOB_APPLIED_FOR: [&str; 4] = ["role", "job", "position", "vacancy"];

/// "The role", "the job", "the position": with "the", the one applied for.
fn the_applied_for(owned: &str) -> bool {
    let mut words = owned.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && words
            .next_back()
            .is_some_and(|noun| JOB_APPLIED_FOR.iter().any(|n| noun.eq_ignore_ascii_case(n)))
}

impl Framing {
    /// Every phrase signal in `text`, in order of start. An owned noun counts only after an owner
    /// word, with at most one word between ("my manager", "the creative director", "my current
    /// boss"); its span then starts at the owner.
    pub fn find_phrases(&self, text: &str) -> Vec<PhraseMatch> {
        let mut out = self.phrases.find_all(text);
        out.retain_mut(|m| {
            let entry = self.entries[m.payload as usize];
            if entry.0 == Signal::Target
                && self.names_a_field_of_work(text, m.span.slice(text), m.span.start)
            {
                return false;
            }
            if entry != (Signal::Target, NEEDS_OWNER) {
                return true;
            }
            match self.owner_before(text, m.span.start) {
                // In a prep document "the role" is the one applied for.
                Some(start) if the_applied_for(&text[start..m.span.end]) => false,
                Some(start) => {
                    m.span.start = start;
                    true
                }
                // Notes drop the owner at the start of a line: "manager keeps moving my accounts".
                None => !text[..m.span.start].contains(char::is_alphanumeric),
            }
        });
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }

    /// Whether the word right before `target`, starting at `start`, makes it a kind of work
    /// ("asset management", "thought leadership"), not the employer. Only the collective nouns: a
    /// "project manager" is a person.
    fn names_a_field_of_work(&self, text: &str, target: &str, start: usize) -> bool {
        ["management", "leadership"]
            .iter()
            .any(|t| target.eq_ignore_ascii_case(t))
            && text[..start]
                .strip_suffix(' ')
                .and_then(|before| before.rsplit(' ').next())
                .is_some_and(|word| {
                    self.fields_of_work
                        .iter()
                        .any(|f| f.eq_ignore_ascii_case(word))
                })
    }

    /// Where the owner word of a noun starting at `noun` starts, if there is one.
    fn owner_before(&self, text: &str, noun: usize) -> Option<usize> {
        // Only the last few words before the noun matter.
        let from = crate::text::floor_char_boundary(text, noun.saturating_sub(48));
        let before = &text[from..noun];
        let mut words: Vec<(usize, &str)> = Vec::with_capacity(4);
        let mut end = before.len();
        for _ in 0..3 {
            let Some(head) = before[..end].strip_suffix(' ') else {
                break;
            };
            let start = head
                .rfind(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
                .map(|i| i + head[i..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
            if start == head.len() {
                break;
            }
            words.push((start, &head[start..]));
            end = start;
        }
        // The owner directly before the noun, or before one modifier word.
        for skip in 0..2 {
            for owner in &self.owners {
                let n = owner.split(' ').count();
                if words.len() < skip + n {
                    continue;
                }
                let candidate = &words[skip..skip + n];
                let matches = candidate
                    .iter()
                    .rev()
                    .map(|(_, w)| *w)
                    .zip(owner.split(' '))
                    .all(|(w, o)| w.eq_ignore_ascii_case(o));
                if matches {
                    return Some(from + candidate[n - 1].0);
                }
            }
        }
        None
    }

    /// Matches of the pattern signals in `text`, shifted by `base`. Cheap when nothing matches:
    /// one pass of a regex set decides which patterns are worth locating.
    pub fn find_patterns(&self, text: &str, base: usize) -> Vec<PhraseMatch> {
        self.locate_patterns(text, base, &self.pattern_candidates(text))
    }

    /// Which pattern signals match in `text`, for [`Framing::has_aspect_pain`] and
    /// [`Framing::locate_patterns`] to share.
    pub fn pattern_candidates(&self, text: &str) -> SetMatches {
        self.gapped.matches(text.as_bytes())
    }

    /// Matches of the `candidates` patterns in `text`, shifted by `base`.
    pub fn locate_patterns(
        &self,
        text: &str,
        base: usize,
        candidates: &SetMatches,
    ) -> Vec<PhraseMatch> {
        candidates
            .iter()
            .flat_map(|i| {
                let payload = &self.gapped_payloads[i];
                self.gapped
                    .regex(i)
                    .find_iter(text.as_bytes())
                    .filter(|m| text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()))
                    .map(move |m| PhraseMatch {
                        span: crate::text::Span::new(base + m.start(), base + m.end()),
                        payload: *payload,
                    })
            })
            .collect()
    }

    /// Whether the `candidates` of a sentence hold a pain said of a part of the job ("the hours
    /// are insane") or a sarcasm pattern ("somewhere where 'strategy' isn't ...").
    pub fn has_aspect_pain(&self, candidates: &SetMatches) -> bool {
        candidates.iter().any(|i| self.is_aspect_pain[i])
    }

    /// What a match found: a pain, a target, praise ...
    pub fn signal_of(&self, m: &PhraseMatch) -> Signal {
        self.entries[m.payload as usize].0
    }

    pub fn weight(&self, signal: Signal) -> f32 {
        self.weights.get(&signal).copied().unwrap_or(0.0)
    }

    /// A setting of `[weights]` in `framing.txt`; a name the file lacks reads as 0, so a test
    /// checks that every name the rules ask for is there.
    pub fn scalar(&self, name: &str) -> f32 {
        self.scalars.get(name).copied().unwrap_or(0.0)
    }
}

/// How a heading is classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingClass {
    Kind(SectionKind),
    PlanPart(u16),
    NotASection,
}

#[derive(Debug)]
pub struct Headings {
    /// What each pattern of `set` makes a heading, in the data file's order.
    pub rules: Vec<HeadingClass>,
    /// Every heading pattern in one set, so a heading is tried against all of them at once.
    pub set: GatedSet,
    pub fuzzy: Vec<(SectionKind, String)>,
}

#[derive(Debug, Clone)]
pub struct RecommendedQuestion {
    pub group: String,
    pub text: String,
}

/// The groups of `data/question-patterns.txt`. Compiled case-sensitive (`lowercase_data_regex`):
/// match them against the question lowered with `to_ascii_lowercase`, never the text as written.
#[derive(Debug)]
pub struct QuestionPatterns {
    pub website: GatedSet,
    pub first_round: GatedSet,
    pub premature: GatedSet,
    pub exempt: GatedSet,
    pub concerns: GatedSet,
    pub not_concerns: GatedSet,
}

/// The four story categories, in the order the documentation lists them.
pub const STORY_CATEGORIES: [&str; 4] = [
    "exceeded-expectations",
    "saved-money",
    "improved-process",
    "disagreement",
];

#[derive(Debug)]
pub struct Stories {
    /// Payload: index into [`STORY_CATEGORIES`].
    pub categories: PhraseSet,
    pub result_cues: PhraseSet,
    pub motivation: PhraseSet,
    /// What the candidate wants next ("I'm ready to lead"): a reason for leaving that looks ahead.
    pub wants_next: PhraseSet,
}

#[derive(Debug)]
pub struct Lexicon {
    pub framing: Framing,
    pub headings: Headings,
    /// Every breadcrumb shape in one automaton: one pass finds where a shape ends (the object is
    /// what follows).
    pub breadcrumbs: MultiRegex,
    pub questions: Vec<RecommendedQuestion>,
    pub question_patterns: QuestionPatterns,
    pub stories: Stories,
}

impl Lexicon {
    /// The first recommended question of a group ("concerns", "role", "team", "culture", "success").
    pub fn first_question(&self, group: &str) -> &str {
        self.questions
            .iter()
            .find(|q| q.group == group)
            .map(|q| q.text.as_str())
            .unwrap_or_default()
    }
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon {
        framing: load_framing(),
        headings: load_headings(),
        breadcrumbs: load_breadcrumbs(),
        questions: load_questions(),
        question_patterns: load_question_patterns(),
        stories: load_stories(),
    })
}

/// Lines of a data file grouped under their `[header]`, without comments and blank lines.
fn groups(text: &str) -> Vec<(&str, Vec<&str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push((header.trim(), Vec::new()));
        } else if let Some((_, lines)) = out.last_mut() {
            lines.push(line);
        } else {
            out.push(("", vec![line]));
        }
    }
    out
}

/// A regex from a data file: case-insensitive, and `'` also matching `’`. Word boundaries and
/// `\w` are ASCII ones: Unicode `\b` would keep the regex engine off its fast paths on non-ASCII
/// text, and Unicode `\w` made the lexicon's automata several megabytes.
fn data_regex(pattern: &str) -> String {
    format!(
        "(?i){}",
        ascii_classes(pattern)
            .replace('\'', "['’]")
            .replace(r"\b", r"(?-u:\b)")
            .replace(r"\w", r"(?-u:\w)")
    )
}

/// A pattern of the data files for a bytes regex, in ASCII mode: case folded for ASCII letters
/// only, classes and gaps matched byte by byte. Unicode case folding gives every `k` and `s` a
/// three-way branch (the Kelvin sign, the long s), which made the patterns' automata a third
/// larger. A class with a non-ASCII character in it ("[“'‘]") becomes an alternation; a negated
/// one ("[^"”]") cannot, and the pattern keeps Unicode mode (`data_regex`).
fn bytes_data_regex(pattern: &str) -> String {
    ascii_mode(pattern).unwrap_or_else(|| data_regex(pattern))
}

/// A pattern of the data files for a bytes regex matched against text lowercased first
/// (`to_ascii_lowercase`), as a question is: in ASCII mode and case-sensitive. Case folding made
/// the question patterns' automata, with the literal prefilters they are searched by, a third
/// larger (about 1 MB of a server's memory) for no match they need.
fn lowercase_data_regex(pattern: &str) -> String {
    match ascii_mode(pattern) {
        Some(ascii) => ascii.replacen("(?i-u)", "(?-u)", 1),
        None => data_regex(pattern).replacen("(?i)", "", 1),
    }
}

fn ascii_mode(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len() + 32);
    out.push_str("(?i-u)");
    for piece in pieces(pattern) {
        match piece {
            Piece::Text(text) => out.push_str(&text.replace('\'', "(?:'|’)")),
            Piece::Class { body, .. } if body.contains(['\\', '[']) => return None,
            Piece::Class { raw, .. } if raw.is_ascii() && !raw.contains('\'') => out.push_str(raw),
            Piece::Class { negated: true, .. } => return None,
            Piece::Class { body, .. } => {
                // "[“'‘]" → "(?:['\"]|“|‘|’)": the ASCII members as a class, the rest as
                // alternatives.
                let ascii: String = body.chars().filter(char::is_ascii).collect();
                let mut others: Vec<String> = body
                    .chars()
                    .filter(|c| !c.is_ascii())
                    .map(String::from)
                    .collect();
                if body.contains('\'') {
                    others.push("’".to_string());
                }
                if !ascii.is_empty() {
                    others.insert(0, format!("[{ascii}]"));
                }
                out.push_str(&format!("(?:{})", others.join("|")));
            }
        }
    }
    Some(out)
}

/// A class of ASCII characters matched byte by byte: a gap such as `[^.;]{0,60}` as a Unicode
/// class makes each repetition a small UTF-8 automaton of its own, and sixty of them fill the lazy
/// DFA's cache with states; `[a-z]` folded for Unicode case also holds the Kelvin sign and the long
/// s. A class with any other character is left as written.
fn ascii_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    for piece in pieces(pattern) {
        match piece {
            Piece::Class { body, raw, .. }
                if body
                    .chars()
                    .all(|c| c.is_ascii() && !matches!(c, '[' | '\'' | '\\')) =>
            {
                out.push_str("(?-u:");
                out.push_str(raw);
                out.push(')');
            }
            Piece::Text(text) | Piece::Class { raw: text, .. } => out.push_str(text),
        }
    }
    out
}

/// A data-file pattern cut at its character classes: `[...]` and `[^...]` with a body, up to the
/// first `]`. An escaped `[` is text.
#[derive(Debug, PartialEq)]
enum Piece<'p> {
    Text(&'p str),
    Class {
        negated: bool,
        body: &'p str,
        raw: &'p str,
    },
}

fn pieces(pattern: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let (mut text_start, mut i) = (0, 0);
    let bytes = pattern.as_bytes();
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'[' => {
                let negated = pattern[i + 1..].starts_with('^');
                let start = i + 1 + usize::from(negated);
                match pattern[start..].find(']').filter(|&end| end > 0) {
                    Some(end) => {
                        if text_start < i {
                            out.push(Piece::Text(&pattern[text_start..i]));
                        }
                        out.push(Piece::Class {
                            negated,
                            body: &pattern[start..start + end],
                            raw: &pattern[i..start + end + 1],
                        });
                        i = start + end + 1;
                        text_start = i;
                    }
                    None => i = start,
                }
            }
            _ => i += 1,
        }
    }
    if text_start < pattern.len() {
        out.push(Piece::Text(&pattern[text_start..]));
    }
    out
}

/// Groups of framing.txt that are word lists read by the rule, not signals of their own.
const WORD_LISTS: [&str; 7] = [
    "target-owners",
    "fields-of-work",
    "wished-for-places",
    "people-served",
    "measures",
    "own-attributes",
    "current-job-headings",
];

fn load_framing() -> Framing {
    let mut phrases: Vec<(String, u32)> = Vec::new();
    let mut entries = Vec::new();
    let mut gains = Vec::new();
    let mut gapped = Vec::new();
    let mut aspect_patterns = Vec::new();
    for (category, lines) in groups(PAIN_GAIN) {
        for line in lines {
            let (pains, gain) = line
                .split_once("=>")
                .unwrap_or_else(|| panic!("pain-gain.txt: no '=>' in {line:?}"));
            let gain_index = gains.len() as u32;
            let mut words = category.split_whitespace();
            gains.push(Gain {
                category: words.next().unwrap_or_default().to_string(),
                gain: gain.trim().to_string(),
                implies_target: words.any(|w| w == "implies-target"),
            });
            // A "re:" line is one regular expression: its "|" are alternatives, not separators.
            let pains: Vec<&str> = match pains.trim().strip_prefix("re:") {
                Some(pattern) => {
                    aspect_patterns.push(gapped.len());
                    gapped.push((bytes_data_regex(pattern.trim()), entries.len() as u32));
                    entries.push((Signal::Pain, gain_index));
                    Vec::new()
                }
                None => pains.split('|').collect(),
            };
            for pain in pains {
                let pain = pain.trim();
                if let Some((first, second)) = pain.split_once("...") {
                    gapped.push((gap_regex(first.trim(), second.trim()), entries.len() as u32));
                } else {
                    phrases.push((pain.to_string(), entries.len() as u32));
                }
                entries.push((Signal::Pain, gain_index));
            }
        }
    }
    let mut weights = HashMap::new();
    let mut scalars = HashMap::new();
    weights.insert(Signal::Pain, 0.0);
    let framing_groups = groups(FRAMING);
    let group = |name: &str| {
        framing_groups
            .iter()
            .find(|(h, _)| *h == name)
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    };
    // A noun of [target-nouns] is a target only after an owner word; the owner is looked for when
    // the noun is found, so "my manager" and "the creative director" need no phrase of their own.
    let lowercase = |name: &str| -> Vec<String> {
        group(name).iter().map(|w| w.to_ascii_lowercase()).collect()
    };
    let owners = lowercase("target-owners");
    let fields_of_work = lowercase("fields-of-work");
    let wished_for_places = lowercase("wished-for-places");
    let people_served = lowercase("people-served");
    let measures = lowercase("measures");
    let own_attributes = lowercase("own-attributes");
    let current_job_headings = lowercase("current-job-headings");
    for noun in group("target-nouns") {
        phrases.push((noun.to_string(), entries.len() as u32));
        entries.push((Signal::Target, NEEDS_OWNER));
    }
    for (header, lines) in framing_groups.iter().cloned() {
        if WORD_LISTS.contains(&header) || header == "target-nouns" {
            continue;
        }
        if header == "weights" {
            for line in lines {
                let (k, v) = line
                    .split_once('=')
                    .expect("framing.txt: weights are k = v");
                let v: f32 = v.trim().parse().expect("framing.txt: a weight is a number");
                scalars.insert(k.trim().to_string(), v);
            }
            continue;
        }
        let mut words = header.split_whitespace();
        let name = words.next().unwrap_or_default();
        let signal = Signal::from_group(name)
            .unwrap_or_else(|| panic!("framing.txt: unknown group [{header}]"));
        let weight: f32 = words.next().map(|w| w.parse().unwrap()).unwrap_or(0.0);
        weights.insert(signal, weight);
        for line in lines {
            if let Some(pattern) = line.strip_prefix("re:") {
                // Sarcasm patterns can stand in a sentence that names no employer ("somewhere
                // where 'strategy' isn't ..."): they are tried with the aspect pains.
                if signal == Signal::Sarcasm {
                    aspect_patterns.push(gapped.len());
                }
                gapped.push((bytes_data_regex(pattern.trim()), entries.len() as u32));
            } else {
                phrases.push((line.to_string(), entries.len() as u32));
            }
            entries.push((signal, 0));
        }
    }
    weights.insert(Signal::Pain, scalars.get("pain").copied().unwrap_or(2.0));
    let phrases = PhraseSet::new(phrases.iter().map(|(p, i)| (p.as_str(), *i)));
    let mut is_aspect_pain = vec![false; gapped.len()];
    for i in aspect_patterns {
        is_aspect_pain[i] = true;
    }
    let gapped_payloads = gapped.iter().map(|(_, payload)| *payload).collect();
    let gapped = GatedSet::new(gapped.iter().map(|(source, _)| source.as_str()))
        .unwrap_or_else(|e| panic!("framing.txt or pain-gain.txt: {e}"));
    Framing {
        phrases,
        owners,
        fields_of_work,
        wished_for_places,
        people_served,
        current_job_heading_set: PhraseSet::new(
            current_job_headings.iter().map(|w| (w.as_str(), 0)),
        ),
        current_job_headings,
        measures,
        own_attributes,
        gapped,
        gapped_payloads,
        is_aspect_pain,
        entries,
        gains,
        weights,
        scalars,
    }
}

/// "nobody ... appreciat*": the two parts in order, at most six words apart, at word boundaries.
fn gap_regex(first: &str, second: &str) -> String {
    let part = |p: &str| {
        let (body, wildcard) = match p.strip_suffix('*') {
            Some(b) => (b, true),
            None => (p, false),
        };
        let words: Vec<String> = body.split_whitespace().map(regex::escape).collect();
        format!(
            "{}{}",
            words.join(r"\s+"),
            if wildcard { r"\w*" } else { r"\b" }
        )
    };
    let pattern = format!(
        r"\b{}(?:(?-u:\s)+(?-u:\S)+){{0,6}}?(?-u:\s)+{}",
        part(first),
        part(second)
    );
    bytes_data_regex(&pattern)
}

fn load_headings() -> Headings {
    let mut rules = Vec::new();
    let mut patterns = Vec::new();
    let mut fuzzy = Vec::new();
    for line in HEADINGS.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (kind, pattern) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("headings.txt: no ':' in {line:?}"));
        if let Some(kind) = kind.strip_prefix('~') {
            let kind = SectionKind::parse(kind).expect("headings.txt: fuzzy kind");
            fuzzy.push((kind, pattern.trim().to_string()));
            continue;
        }
        let class = match kind {
            "none" => HeadingClass::NotASection,
            "plan-30" => HeadingClass::PlanPart(30),
            "plan-60" => HeadingClass::PlanPart(60),
            "plan-90" => HeadingClass::PlanPart(90),
            other => HeadingClass::Kind(
                SectionKind::parse(other)
                    .unwrap_or_else(|| panic!("headings.txt: unknown kind {other}")),
            ),
        };
        // Headings are matched after normalising to lower case: no case folding needed, which
        // keeps the automaton small.
        rules.push(class);
        patterns.push(data_regex(pattern.trim()).replacen("(?i)", "", 1));
    }
    // The set's error names the pattern.
    let set = GatedSet::new(patterns.iter().map(String::as_str))
        .unwrap_or_else(|e| panic!("headings.txt: {e}"));
    Headings { rules, set, fuzzy }
}

/// Each shape without its final `(?P<x>.+)`: the object is whatever follows the match, so a plain
/// search finds it (capture groups would need a slower regex engine).
fn load_breadcrumbs() -> MultiRegex {
    let shapes: Vec<String> = BREADCRUMBS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let shape = l
                .strip_suffix("(?P<x>.+)")
                .unwrap_or_else(|| panic!("breadcrumbs.txt: {l}: must end with (?P<x>.+)"));
            let shape = data_regex(shape);
            // Compiled alone first for an error that names the line.
            Regex::new(&shape).unwrap_or_else(|e| panic!("breadcrumbs.txt: {l}: {e}"));
            shape
        })
        .collect();
    MultiRegex::new_many(&shapes).expect("compiled one by one above")
}

fn load_questions() -> Vec<RecommendedQuestion> {
    groups(QUESTIONS)
        .into_iter()
        .flat_map(|(group, lines)| {
            lines.into_iter().map(move |q| RecommendedQuestion {
                group: group.to_string(),
                text: q.to_string(),
            })
        })
        .collect()
}

fn load_question_patterns() -> QuestionPatterns {
    let mut sets: HashMap<&str, GatedSet> = HashMap::new();
    for (group, lines) in groups(QUESTION_PATTERNS) {
        let sources: Vec<String> = lines.iter().map(|l| lowercase_data_regex(l)).collect();
        let set = GatedSet::new(sources.iter().map(String::as_str))
            .unwrap_or_else(|e| panic!("question-patterns.txt [{group}]: {e}"));
        sets.insert(group, set);
    }
    let mut take = |name: &str| {
        sets.remove(name)
            .unwrap_or_else(|| panic!("question-patterns.txt: no [{name}] group"))
    };
    QuestionPatterns {
        website: take("website"),
        first_round: take("first-round"),
        premature: take("premature"),
        exempt: take("exempt"),
        concerns: take("concerns"),
        not_concerns: take("not-concerns"),
    }
}

fn load_stories() -> Stories {
    let all = groups(STORIES);
    let group = |name: &str| -> Vec<&str> {
        all.iter()
            .find(|(h, _)| *h == name)
            .map(|(_, l)| l.clone())
            .unwrap_or_else(|| panic!("stories.txt: no [{name}] group"))
    };
    let categories = STORY_CATEGORIES
        .iter()
        .enumerate()
        .flat_map(|(i, name)| group(name).into_iter().map(move |p| (p, i as u32)))
        .collect::<Vec<_>>();
    Stories {
        categories: PhraseSet::new(categories),
        result_cues: PhraseSet::new(group("result-cues").into_iter().map(|p| (p, 0))),
        motivation: PhraseSet::new(group("motivation").into_iter().map(|p| (p, 0))),
        wants_next: PhraseSet::new(group("wants-next").into_iter().map(|p| (p, 0))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::bytes::Regex as BytesRegex;

    #[test]
    fn every_setting_the_rules_ask_for_is_in_the_data_file() {
        let source = include_str!("../rules/negative_framing.rs");
        let names: Vec<&str> = source
            .split("scalar(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(names.len() >= 10, "{names:?}");
        let framing = &lexicon().framing;
        for name in names {
            assert!(
                framing.scalars.contains_key(name),
                "framing.txt has no setting {name:?}"
            );
        }
    }

    #[test]
    fn gaps_of_ascii_classes_are_matched_on_bytes() {
        assert_eq!(
            ascii_classes("a [^.;]{0,60} b [^\"”]{2} [^'x]"),
            "a (?-u:[^.;]){0,60} b [^\"”]{2} [^'x]"
        );
        let gap = BytesRegex::new(&data_regex("by [^.;]{0,40} who")).unwrap();
        assert!(gap.is_match("chosen by the group’s procurement team, who".as_bytes()));
        assert!(!gap.is_match(b"chosen by the group. The team who"));
    }

    #[test]
    fn patterns_run_in_ascii_mode_with_typographic_characters_kept() {
        let compiled = |p: &str| BytesRegex::new(&bytes_data_regex(p)).unwrap();
        let quoted = compiled(r#"\b(is|are) ["“'‘](paused|parked)["”'’]"#);
        for text in [
            "it is \"paused\"",
            "it is “paused”",
            "IT IS ‘PAUSED’",
            "it is 'paused'",
        ] {
            assert!(quoted.is_match(text.as_bytes()), "{text}");
        }
        assert!(compiled(r"\bdon't care\b").is_match("They DON’T care".as_bytes()));
        assert!(compiled(r"[£$€][0-9]+ a year").is_match("€500 a year".as_bytes()));
        assert!(ascii_mode(r"[a-z ]{2,4}").is_some_and(|p| p.starts_with("(?i-u)")));
        // A negated class with a character beyond ASCII cannot be matched byte by byte.
        assert_eq!(ascii_mode(r#"["“][^"”]{2,9}["”]"#), None);
        assert!(compiled(r#"["“][^"”]{2,9}["”]"#).is_match("“done”".as_bytes()));
        // An escaped bracket is text, not a class.
        assert_eq!(
            pieces(r"a\[b[^.;]c"),
            vec![
                Piece::Text(r"a\[b"),
                Piece::Class {
                    negated: true,
                    body: ".;",
                    raw: "[^.;]"
                },
                Piece::Text("c"),
            ]
        );
    }

    #[test]
    fn the_word_lists_of_framing_txt_are_loaded() {
        let framing = &lexicon().framing;
        for (name, list) in [
            ("target-owners", &framing.owners),
            ("wished-for-places", &framing.wished_for_places),
            ("people-served", &framing.people_served),
            ("measures", &framing.measures),
            ("own-attributes", &framing.own_attributes),
            ("current-job-headings", &framing.current_job_headings),
            ("fields-of-work", &framing.fields_of_work),
        ] {
            assert!(list.len() > 3, "[{name}] is missing or nearly empty");
            assert!(
                list.iter().all(|w| *w == w.to_ascii_lowercase()),
                "[{name}]"
            );
        }
    }

    /// The targets `find_phrases` sees in `text`.
    fn targets(text: &str) -> Vec<String> {
        let framing = &lexicon().framing;
        framing
            .find_phrases(text)
            .into_iter()
            .filter(|m| framing.signal_of(m) == Signal::Target)
            .map(|m| m.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn an_owned_noun_is_a_target_only_after_an_owner_word_or_opening_a_line() {
        assert!(targets("My manager hovers").contains(&"My manager".to_string()));
        assert!(targets("Zoë said the creative director yelled")
            .contains(&"the creative director".to_string()));
        assert!(targets("(my current boss)").contains(&"my current boss".to_string()));
        assert!(!targets("A manager hovers")
            .iter()
            .any(|t| t.contains("manager")));
        // Terse notes drop the owner at the start of a line.
        assert!(targets("manager keeps moving my accounts").contains(&"manager".to_string()));
        assert!(!targets("Then a manager hovers")
            .iter()
            .any(|t| t.contains("manager")));
        // Two words between the owner and the noun are too many.
        assert!(!targets("my very new shiny manager")
            .iter()
            .any(|t| t.contains("manager")));
    }

    #[test]
    fn management_named_as_a_kind_of_work_is_not_the_employer() {
        assert!(targets("nine years in asset management").is_empty());
        assert!(targets("Project management is my strength").is_empty());
        assert!(targets("management keeps changing its mind").contains(&"management".to_string()));
        assert!(targets("senior management never listens")
            .iter()
            .any(|t| t.contains("management")));
        // A person named by their field is still a person.
        assert!(targets("my project manager hovers")
            .iter()
            .any(|t| t.contains("manager")));
    }

    #[test]
    fn data_files_load_with_the_promised_sizes() {
        let lex = lexicon();
        assert!(lex.framing.gains.len() >= 40, "pain→gain pairs");
        let categories: std::collections::HashSet<_> = lex
            .framing
            .gains
            .iter()
            .map(|g| g.category.as_str())
            .collect();
        for c in [
            "management",
            "growth",
            "pay",
            "culture",
            "workload",
            "boredom",
            "commute",
            "instability",
            "colleagues",
            "recognition",
        ] {
            assert!(categories.contains(c), "category {c}");
        }
        assert!(lex.questions.len() >= 25);
        let groups: std::collections::HashSet<_> =
            lex.questions.iter().map(|q| q.group.as_str()).collect();
        assert_eq!(groups.len(), 5);
        assert!(lex.breadcrumbs.pattern_len() >= 6);
        assert!(lex.framing.scalar("threshold") > 0.0);
    }
}
