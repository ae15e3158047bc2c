//! Learned weights of words and word pairs that say "a complaint about the employer"
//! (`data/complaint-weights.txt`, written by `tests/corpus/train_framing.py`).
//!
//! The hand-written lexicon explains itself but only knows the phrasings it lists; these weights
//! carry what the labeled sentences have in common, so a complaint in new words still adds up.
//! Features are read exactly as the training script reads them: ASCII words (letters, digits and
//! apostrophes, `’` counting as `'`, apostrophes at a word's ends dropped), lowercased, and each
//! pair of neighbouring words, each counted once per sentence.

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

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// The words of `text` as the training script reads them, lowercased into `buffer`; returns
/// each word's range in `buffer`.
fn words(text: &str, buffer: &mut Vec<u8>) -> Vec<(usize, usize)> {
    buffer.clear();
    let mut ranges = Vec::new();
    let mut start = None;
    let mut close = |buffer: &mut Vec<u8>, start: &mut Option<usize>| {
        if let Some(s) = start.take() {
            // Apostrophes at either end are quotes, not part of the word.
            let mut a = s;
            let mut b = buffer.len();
            while a < b && buffer[a] == b'\'' {
                a += 1;
            }
            while b > a && buffer[b - 1] == b'\'' {
                b -= 1;
            }
            if a < b {
                ranges.push((a, b));
            }
        }
    };
    for c in text.chars() {
        let byte = match c {
            'a'..='z' | '0'..='9' | '\'' => Some(c as u8),
            'A'..='Z' => Some(c.to_ascii_lowercase() as u8),
            '\u{2019}' => Some(b'\''),
            _ => None,
        };
        match byte {
            Some(b) => {
                start.get_or_insert(buffer.len());
                buffer.push(b);
            }
            None => close(buffer, &mut start),
        }
    }
    close(buffer, &mut start);
    ranges
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
                    fnv(FNV_OFFSET, feature.as_bytes()),
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

    /// The weighted features of `text`, each once: (weight, index into the names).
    fn found(&self, text: &str) -> Vec<(f32, u32)> {
        let mut buffer = Vec::with_capacity(text.len());
        let ranges = words(text, &mut buffer);
        let mut keys: Vec<u64> = Vec::with_capacity(ranges.len() * 2);
        for (i, &(a, b)) in ranges.iter().enumerate() {
            let word = fnv(FNV_OFFSET, &buffer[a..b]);
            keys.push(word);
            if let Some(&(c, d)) = ranges.get(i + 1) {
                keys.push(fnv(fnv(word, b" "), &buffer[c..d]));
            }
        }
        keys.sort_unstable();
        keys.dedup();
        keys.iter()
            .filter_map(|k| self.weights.get(k).copied())
            .collect()
    }

    /// The log-odds that `text` is a complaint about the employer.
    pub fn logit(&self, text: &str) -> f32 {
        self.bias + self.found(text).iter().map(|(w, _)| w).sum::<f32>()
    }

    /// The probability that `text` is a complaint about the employer.
    pub fn probability(&self, text: &str) -> f32 {
        1.0 / (1.0 + (-self.logit(text)).exp())
    }

    /// The words of `text` that weigh most towards a complaint, heaviest first.
    pub fn strongest(&self, text: &str, count: usize) -> Vec<&'static str> {
        let mut found = self.found(text);
        found.retain(|(w, _)| *w > 0.0);
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
        let mut buffer = Vec::new();
        let text = "'Quoted' CEO's café 2yrs—don’t  l'été";
        let read: Vec<String> = words(text, &mut buffer)
            .iter()
            .map(|&(a, b)| String::from_utf8_lossy(&buffer[a..b]).into_owned())
            .collect();
        assert_eq!(
            read,
            ["quoted", "ceo's", "caf", "2yrs", "don't", "l", "t"].map(String::from)
        );
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
