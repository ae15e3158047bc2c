//! Learned weights of words and word pairs that say "a complaint about the employer"
//! (`data/complaint-weights.txt`, written by `tests/corpus/train_framing.py`).
//!
//! The hand-written lexicon explains itself but only knows the phrasings it lists; these weights
//! carry what the labeled sentences have in common, so a complaint in new words still adds up.
//! Features are read exactly as the training script reads them: ASCII words (letters, digits and
//! apostrophes, `’` counting as `'`, apostrophes at a word's ends dropped), lowercased, and each
//! pair of neighbouring words, each counted once per sentence.

use crate::text::{fnv1a, FNV_OFFSET};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const WEIGHTS: &str = include_str!("../../data/complaint-weights.txt");

/// The weights are keyed by an FNV-1a hash of the feature's bytes: a sentence's features are
/// hashed as they are read, with no string built per word pair.
pub struct ComplaintWeights {
    bias: f32,
    weights: HashMap<u64, (f32, u32), BuildHasherDefault<Passthrough>>,
    /// The feature texts, for explaining a score; indexed by the second field of `weights`.
    names: Vec<&'static str>,
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

fn fnv_byte(hash: u64, byte: u8) -> u64 {
    fnv1a(hash, &[byte])
}

/// Calls `visit` with the hash of each feature of `text` as the training script reads them: each
/// word, and each pair of neighbouring words joined by a space. Hashed as the text is read, with
/// no lowercase copy: apostrophes inside a word are added when the word goes on, so the ones at
/// its ends never are.
fn features(text: &str, mut visit: impl FnMut(u64)) {
    let mut word = FNV_OFFSET;
    let mut pair = 0;
    let mut previous: Option<u64> = None;
    let mut in_word = false;
    let mut apostrophes = 0;
    let mut end_word = |word: u64, pair: u64, previous: &mut Option<u64>| {
        visit(word);
        if previous.is_some() {
            visit(pair);
        }
        *previous = Some(word);
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
                    end_word(word, pair, &mut previous);
                    in_word = false;
                }
                continue;
            }
        };
        if !in_word {
            in_word = true;
            apostrophes = 0;
            word = FNV_OFFSET;
            pair = previous.map_or(0, |p| fnv_byte(p, b' '));
        }
        for _ in 0..apostrophes {
            word = fnv_byte(word, b'\'');
            pair = fnv_byte(pair, b'\'');
        }
        word = fnv_byte(word, byte);
        pair = fnv_byte(pair, byte);
        apostrophes = 0;
    }
    if in_word {
        end_word(word, pair, &mut previous);
    }
}

fn unreadable<T>(number: usize, line: &str) -> T {
    panic!("complaint-weights.txt:{}: cannot read {line:?}", number + 1)
}

impl ComplaintWeights {
    fn parse(source: &'static str) -> Self {
        let mut bias = 0.0;
        let mut weights = HashMap::default();
        let mut names = Vec::new();
        let mut checks = Vec::new();
        for (number, line) in source.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(value) = line.strip_prefix("bias ") {
                bias = value.parse().unwrap_or_else(|_| unreadable(number, line));
            } else if let Some(rest) = line.strip_prefix("check ") {
                let (logit, sentence) = rest
                    .split_once('\t')
                    .unwrap_or_else(|| unreadable(number, line));
                checks.push((
                    logit.parse().unwrap_or_else(|_| unreadable(number, line)),
                    sentence,
                ));
            } else {
                let (weight, feature) = line
                    .split_once('\t')
                    .unwrap_or_else(|| unreadable(number, line));
                let weight: f32 = weight.parse().unwrap_or_else(|_| unreadable(number, line));
                weights.insert(
                    fnv1a(FNV_OFFSET, feature.as_bytes()),
                    (weight, names.len() as u32),
                );
                names.push(feature);
            }
        }
        ComplaintWeights {
            bias,
            weights,
            names,
            checks,
        }
    }

    /// Calls `visit` with the weight and name index of each weighted feature of `text`, each once.
    fn weighed(&self, text: &str, mut visit: impl FnMut(f32, u32)) {
        // A feature seen before in the sentence counts once; a 256-bit mask of the hashes' top
        // byte answers "new" for most features without searching the list.
        let mut seen = [0u64; 4];
        let mut keys: Vec<u64> = Vec::with_capacity(64);
        features(text, |key| {
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

    /// The log-odds that `text` is a complaint about the employer.
    pub fn logit(&self, text: &str) -> f32 {
        let mut sum = self.bias;
        self.weighed(text, |weight, _| sum += weight);
        sum
    }

    /// The probability that `text` is a complaint about the employer.
    pub fn probability(&self, text: &str) -> f32 {
        1.0 / (1.0 + (-self.logit(text)).exp())
    }

    /// The words of `text` that weigh most towards a complaint, heaviest first.
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
            .map(|(_, i)| self.names[*i as usize])
            .collect()
    }
}

pub fn complaint_weights() -> &'static ComplaintWeights {
    static WEIGHTS_: std::sync::OnceLock<ComplaintWeights> = std::sync::OnceLock::new();
    WEIGHTS_.get_or_init(|| ComplaintWeights::parse(WEIGHTS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_as_the_training_script_does() {
        let weights = complaint_weights();
        assert!(weights.checks.len() >= 3);
        for (logit, sentence) in &weights.checks {
            let ours = weights.logit(sentence);
            assert!((ours - logit).abs() < 0.01, "{sentence}: {ours} vs {logit}");
        }
    }

    #[test]
    fn words_are_read_as_the_training_script_reads_them() {
        let mut read = Vec::new();
        features("'Quoted' CEO's café ''don’t''", |k| read.push(k));
        let expected: Vec<u64> = [
            "quoted",
            "ceo's",
            "quoted ceo's",
            "caf",
            "ceo's caf",
            "don't",
            "caf don't",
        ]
        .iter()
        .map(|f| fnv1a(FNV_OFFSET, f.as_bytes()))
        .collect();
        assert_eq!(read, expected);
    }

    #[test]
    fn a_complaint_outweighs_a_plain_wish() {
        let weights = complaint_weights();
        let complaint = weights.probability("My boss never reads the reports I send him.");
        let wish = weights.probability("I want to lead a team that builds reports people read.");
        assert!(complaint > 0.8 && wish < 0.2, "{complaint} {wish}");
        assert!(!weights
            .strongest("My boss never reads the reports I send him.", 3)
            .is_empty());
    }
}
