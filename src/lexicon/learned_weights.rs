//! Learned weights of words and word pairs: those that say "a complaint about the employer"
//! (`data/complaint-weights.txt`, written by `tests/corpus/train_framing.py`) and those that say
//! "a question for the first interview or the offer stage" (`data/question-weights.txt`, written by
//! `tests/corpus/train_questions.py`), and those that say "do you have concerns about me?"
//! (`data/concerns-weights.txt`, written by `tests/corpus/train_concerns.py`).
//!
//! The hand-written lexicon explains itself but only knows the phrasings it lists; these weights
//! carry what the labeled sentences have in common, so a complaint or a question in new words still
//! adds up.
//! Features are read exactly as the training script reads them: ASCII words (letters, digits and
//! apostrophes, `’` counting as `'`, apostrophes at a word's ends dropped), lowercased, and each
//! pair of neighbouring words, each counted once per sentence. A weights file may name topics
//! (the question weights do: pay, time, place, ...): a word of a topic also counts as its topic.

use crate::text::{fnv1a, FNV_OFFSET};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const COMPLAINTS: &str = include_str!("../../data/complaint-weights.txt");
const QUESTIONS: &str = include_str!("../../data/question-weights.txt");
const CONCERNS: &str = include_str!("../../data/concerns-weights.txt");

/// The weights are keyed by an FNV-1a hash of the feature's bytes: a sentence's features are
/// hashed as they are read, with no string built per word pair.
pub struct LearnedWeights {
    bias: f32,
    shape: Shape,
    /// Each feature's weight and where its text starts in `source` (for explaining a score: an
    /// offset takes a quarter of the memory of a string slice per feature).
    weights: HashMap<u64, (f32, u32), BuildHasherDefault<Passthrough>>,
    source: &'static str,
    /// Sentences and the logit the training script gave them.
    pub checks: Vec<(f32, &'static str)>,
}

/// The keys are already FNV hashes: hashing them again would only cost time.
#[derive(Default)]
pub struct Passthrough(u64);

impl Hasher for Passthrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// How the features of a sentence's shape are read; the training script writes these settings
/// into the weights file, so both sides read a sentence by the same lists.
#[derive(Default)]
struct Shape {
    /// Hashes of the forms of "be" (and "get") that start a passive.
    auxiliaries: Vec<u64>,
    /// Hashes of the past participles that do not end in "-ed".
    participles: Vec<u64>,
    /// Words per length band, and the last band.
    band: (usize, usize),
    /// Hashes of "<len> 0", "<len> 1", ... up to the last band.
    bands: Vec<u64>,
    /// The hash of "<passive>".
    passive: u64,
    /// The hash of each topic's words, with the hash of its "<topic> name" feature.
    topics: HashMap<u64, u64, BuildHasherDefault<Passthrough>>,
}

impl Shape {
    /// A past participle: a word of five letters or more ending in "-ed", or an irregular one.
    fn participle(&self, word: &Word) -> bool {
        (word.len > 4 && word.last == *b"ed") || self.participles.contains(&word.hash)
    }
}

fn hashes(list: &str) -> Vec<u64> {
    list.split(' ')
        .map(|w| fnv1a(FNV_OFFSET, w.as_bytes()))
        .collect()
}

/// One word as it is read: its hash, its length and its last two bytes.
#[derive(Clone, Copy)]
struct Word {
    hash: u64,
    len: usize,
    last: [u8; 2],
}

impl Word {
    fn new() -> Word {
        Word {
            hash: FNV_OFFSET,
            len: 0,
            last: [0; 2],
        }
    }

    fn push(&mut self, byte: u8) {
        self.hash = fnv1a(self.hash, &[byte]);
        self.len += 1;
        self.last = [self.last[1], byte];
    }
}

/// Calls `visit` with the hash of each feature of `text` as the training script reads them: each
/// word (ASCII letters, digits and apostrophes, `’` counting as `'`, apostrophes at a word's ends
/// dropped, lowercased), each pair of neighbouring words joined by a space, and the shape
/// features: the length band, the first two words, and a passive (a form of "be" with a past
/// participle right after it or one word later). Hashed as the text is read, with no copy.
fn features(text: &str, shape: &Shape, mut visit: impl FnMut(u64)) {
    let mut word = Word::new();
    let mut pair = 0;
    let mut first = fnv1a(FNV_OFFSET, b"<first> ");
    let mut previous: Option<u64> = None;
    let mut count = 0;
    let mut in_word = false;
    let mut apostrophes = 0;
    // Whether the word one and two before this one starts a passive.
    let mut auxiliary = [false; 2];
    let mut passive = false;
    let mut end_word = |word: Word, pair: u64, first: u64, count: &mut usize| {
        visit(word.hash);
        if let Some(&topic) = shape.topics.get(&word.hash) {
            visit(topic);
        }
        if *count > 0 {
            visit(pair);
        }
        if *count == 1 {
            visit(first);
        }
        passive |= shape.participle(&word) && (auxiliary[0] || auxiliary[1]);
        auxiliary = [shape.auxiliaries.contains(&word.hash), auxiliary[0]];
        *count += 1;
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        let byte = match c {
            b'a'..=b'z' | b'0'..=b'9' => c,
            b'A'..=b'Z' => c.to_ascii_lowercase(),
            // ’ (E2 80 99) reads as '.
            b'\'' | 0xE2 if c == b'\'' || bytes[i..].starts_with(&[0x80, 0x99]) => {
                if c == 0xE2 {
                    i += 2;
                }
                apostrophes += usize::from(in_word);
                continue;
            }
            _ => {
                if in_word {
                    end_word(word, pair, first, &mut count);
                    previous = Some(word.hash);
                    in_word = false;
                }
                continue;
            }
        };
        if !in_word {
            in_word = true;
            apostrophes = 0;
            word = Word::new();
            pair = previous.map_or(0, |p| fnv1a(p, b" "));
            if count == 1 {
                first = fnv1a(first, b" ");
            }
        }
        // Apostrophes inside the word go on only now, so the ones at its end never do.
        for _ in 0..apostrophes {
            word.push(b'\'');
            pair = fnv1a(pair, b"'");
            if count < 2 {
                first = fnv1a(first, b"'");
            }
        }
        apostrophes = 0;
        word.push(byte);
        pair = fnv1a(pair, &[byte]);
        if count < 2 {
            first = fnv1a(first, &[byte]);
        }
    }
    if in_word {
        end_word(word, pair, first, &mut count);
    }
    let band = (count / shape.band.0.max(1)).min(shape.band.1);
    if let Some(&band) = shape.bands.get(band) {
        visit(band);
    }
    if passive {
        visit(shape.passive);
    }
}

fn unreadable<T>(file: &str, number: usize, line: &str) -> T {
    panic!("{file}:{}: cannot read {line:?}", number + 1)
}

impl LearnedWeights {
    fn parse(file: &'static str, source: &'static str) -> Self {
        let mut bias = 0.0;
        let mut shape = Shape {
            passive: fnv1a(FNV_OFFSET, b"<passive>"),
            ..Shape::default()
        };
        let mut weights = HashMap::default();
        let mut checks = Vec::new();
        for (number, line) in source.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(value) = line.strip_prefix("bias ") {
                bias = value
                    .parse()
                    .unwrap_or_else(|_| unreadable(file, number, line));
            } else if let Some(list) = line.strip_prefix("auxiliaries ") {
                shape.auxiliaries = hashes(list);
            } else if let Some(list) = line.strip_prefix("participles ") {
                shape.participles = hashes(list);
            } else if let Some(list) = line.strip_prefix("topic ") {
                let (name, words) = list
                    .split_once(' ')
                    .unwrap_or_else(|| unreadable(file, number, line));
                let topic = fnv1a(FNV_OFFSET, format!("<topic> {name}").as_bytes());
                shape
                    .topics
                    .extend(hashes(words).into_iter().map(|word| (word, topic)));
            } else if let Some(band) = line.strip_prefix("length-band ") {
                let read = |n: Option<&str>| n.and_then(|n| n.parse().ok());
                let mut numbers = band.split(' ');
                shape.band = read(numbers.next())
                    .zip(read(numbers.next()))
                    .unwrap_or_else(|| unreadable(file, number, line));
                shape.bands = (0..=shape.band.1)
                    .map(|b| fnv1a(FNV_OFFSET, format!("<len> {b}").as_bytes()))
                    .collect();
            } else if let Some(rest) = line.strip_prefix("check ") {
                let (logit, sentence) = rest
                    .split_once('\t')
                    .unwrap_or_else(|| unreadable(file, number, line));
                checks.push((
                    logit
                        .parse()
                        .unwrap_or_else(|_| unreadable(file, number, line)),
                    sentence,
                ));
            } else {
                let (weight, feature) = line
                    .split_once('\t')
                    .unwrap_or_else(|| unreadable(file, number, line));
                let weight: f32 = weight
                    .parse()
                    .unwrap_or_else(|_| unreadable(file, number, line));
                // The feature is a slice of `source`: its offset names it.
                let at = feature.as_ptr() as usize - source.as_ptr() as usize;
                let at = u32::try_from(at).unwrap_or_else(|_| unreadable(file, number, line));
                weights.insert(fnv1a(FNV_OFFSET, feature.as_bytes()), (weight, at));
            }
        }
        LearnedWeights {
            bias,
            shape,
            weights,
            source,
            checks,
        }
    }

    /// Calls `visit` with the weight and name offset of each weighted feature of `text`, each once.
    fn weighed(&self, text: &str, mut visit: impl FnMut(f32, u32)) {
        // A feature seen before in the sentence counts once; a 256-bit mask of the hashes' top
        // byte answers "new" for most features without searching the list.
        let mut seen = [0u64; 4];
        let mut keys: Vec<u64> = Vec::with_capacity(64);
        features(text, &self.shape, |key| {
            let top = (key >> 56) as usize;
            let bit = 1u64 << (top % 64);
            if seen[top / 64] & bit == 0 || !keys.contains(&key) {
                seen[top / 64] |= bit;
                keys.push(key);
                if let Some(&(weight, name)) = self.weights.get(&key) {
                    visit(weight, name);
                }
            }
        });
    }

    /// The log-odds that `text` is what the weights were learned to find.
    pub fn logit(&self, text: &str) -> f32 {
        let mut sum = self.bias;
        self.weighed(text, |weight, _| sum += weight);
        sum
    }

    /// The probability that `text` is what the weights were learned to find.
    pub fn probability(&self, text: &str) -> f32 {
        1.0 / (1.0 + (-self.logit(text)).exp())
    }

    /// What the passive voice adds to the log-odds of `text`: 0 for a sentence without one.
    pub fn passive_weight(&self, text: &str) -> f32 {
        let mut passive = false;
        features(text, &self.shape, |key| {
            passive |= key == self.shape.passive
        });
        match self.weights.get(&self.shape.passive) {
            Some(&(weight, _)) if passive => weight,
            _ => 0.0,
        }
    }

    /// Whether `word` reads as a past participle ("fuelled", "sent"), by the same lists as the
    /// passive feature.
    pub fn is_participle(&self, word: &str) -> bool {
        let mut read = Word::new();
        for c in word.chars() {
            match c {
                '’' => read.push(b'\''),
                // The features read no other letters as part of a word.
                c if c.is_ascii() => read.push(c.to_ascii_lowercase() as u8),
                _ => return false,
            }
        }
        self.shape.participle(&read)
    }

    /// The words of `text` that weigh most towards what the weights find, heaviest first.
    pub fn strongest(&self, text: &str, count: usize) -> Vec<&'static str> {
        let mut found = Vec::new();
        self.weighed(text, |weight, name| {
            if weight > 0.0 {
                found.push((weight, name));
            }
        });
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        found
            .iter()
            .take(count)
            .map(|(_, at)| self.source[*at as usize..].lines().next().unwrap_or(""))
            .collect()
    }
}

/// A feature as a finding names it: a word or pair in quotes, a shape feature in words.
pub fn describe_feature(feature: &str) -> String {
    if feature == "<passive>" {
        "a passive".to_string()
    } else if let Some(pair) = feature.strip_prefix("<first> ") {
        format!("opening \"{pair}\"")
    } else if feature.starts_with("<len> ") {
        "its length".to_string()
    } else if let Some(topic) = feature.strip_prefix("<topic> ") {
        format!("a word of {topic}")
    } else {
        format!("\"{feature}\"")
    }
}

/// The weights of a complaint about the employer.
pub fn complaint_weights() -> &'static LearnedWeights {
    static WEIGHTS: std::sync::OnceLock<LearnedWeights> = std::sync::OnceLock::new();
    WEIGHTS.get_or_init(|| LearnedWeights::parse("data/complaint-weights.txt", COMPLAINTS))
}

/// The weights of a question that belongs in a first interview or at the offer stage.
pub fn question_weights() -> &'static LearnedWeights {
    static WEIGHTS: std::sync::OnceLock<LearnedWeights> = std::sync::OnceLock::new();
    WEIGHTS.get_or_init(|| LearnedWeights::parse("data/question-weights.txt", QUESTIONS))
}

/// The weights of a question that asks the interviewer's concerns about the candidate.
pub fn concerns_weights() -> &'static LearnedWeights {
    static WEIGHTS: std::sync::OnceLock<LearnedWeights> = std::sync::OnceLock::new();
    WEIGHTS.get_or_init(|| LearnedWeights::parse("data/concerns-weights.txt", CONCERNS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_as_the_training_script_does() {
        for (file, weights) in [
            ("complaint-weights.txt", complaint_weights()),
            ("question-weights.txt", question_weights()),
            ("concerns-weights.txt", concerns_weights()),
        ] {
            assert!(weights.checks.len() >= 3, "{file}");
            for (logit, sentence) in &weights.checks {
                let ours = weights.logit(sentence);
                assert!(
                    (ours - logit).abs() < 0.01,
                    "{file}: {sentence}: {ours} vs {logit}"
                );
            }
        }
    }

    fn hashes(features: &[&str]) -> Vec<u64> {
        features
            .iter()
            .map(|f| fnv1a(FNV_OFFSET, f.as_bytes()))
            .collect()
    }

    #[test]
    fn words_are_read_as_the_training_script_reads_them() {
        let shape = &complaint_weights().shape;
        let mut read = Vec::new();
        features("'Quoted' CEO's café ''don’t''", shape, |k| read.push(k));
        let expected = hashes(&[
            "quoted",
            "ceo's",
            "quoted ceo's",
            "<first> quoted ceo's",
            "caf",
            "ceo's caf",
            "don't",
            "caf don't",
            "<len> 0",
        ]);
        assert_eq!(read, expected);
    }

    #[test]
    fn a_sentence_has_the_shape_features_the_training_script_gives_it() {
        let shape = &complaint_weights().shape;
        let read = |text: &str| {
            let mut read = Vec::new();
            features(text, shape, |k| read.push(k));
            read
        };
        let passive = hashes(&["<passive>"])[0];
        // The participle right after "be", one word later, or not within reach.
        assert!(read("Rotas are released late").contains(&passive));
        assert!(read("Posts are only advertised when someone retires").contains(&passive));
        assert!(read("Overtime isn't paid").contains(&passive));
        assert!(!read("Posts are not always internally advertised").contains(&passive));
        // Eight words a band, the third band the last.
        let band = |n: usize| hashes(&[&format!("<len> {n}")])[0];
        let eight = "one two three four five six seven eight";
        assert!(read(&eight[..eight.len() - 6]).contains(&band(0)));
        assert!(read(eight).contains(&band(1)));
        assert!(read(&[eight; 2].join(" ")).contains(&band(2)));
        assert!(read(&[eight; 5].join(" ")).contains(&band(2)));
        assert_eq!(read("Single"), hashes(&["single", "<len> 0"]));
    }

    #[test]
    fn a_word_of_a_topic_also_counts_as_its_topic() {
        let shape = &question_weights().shape;
        let topic = hashes(&["<topic> pay"])[0];
        let read = |text: &str| {
            let mut read = Vec::new();
            features(text, shape, |k| read.push(k));
            read
        };
        assert_eq!(read("Tips?"), hashes(&["tips", "<topic> pay", "<len> 0"]));
        assert!(!read("Is the team growing?").contains(&topic));
        // The complaint weights name no topics.
        assert!(complaint_weights().shape.topics.is_empty());
    }

    #[test]
    fn shape_features_are_named_in_words() {
        assert_eq!(describe_feature("<passive>"), "a passive");
        assert_eq!(describe_feature("<first> i'm a"), "opening \"i'm a\"");
        assert_eq!(describe_feature("<len> 2"), "its length");
        assert_eq!(describe_feature("<topic> pay"), "a word of pay");
        assert_eq!(describe_feature("never listens"), "\"never listens\"");
    }

    #[test]
    fn a_complaint_outweighs_a_plain_wish() {
        let weights = complaint_weights();
        let complaint = weights.probability("My boss never reads the reports I send him.");
        let wish = weights.probability("I want to lead a team that builds reports people read.");
        assert!(complaint > 0.8 && wish < 0.2, "{complaint} {wish}");
        let strongest = weights.strongest("My boss never reads the reports I send him.", 3);
        assert!(strongest.contains(&"never"), "{strongest:?}");
        assert!(
            strongest
                .iter()
                .all(|name| !name.is_empty() && !name.contains(['\t', '\n'])),
            "{strongest:?}"
        );
    }
}
