//! Splitting prose into sentences, by byte offsets.

use crate::text::Span;

const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "jr", "sr", "st",
    "no", "approx", "dept", "est", "fig", "cf", "al", "co", "corp", "mt", "ca", "resp", "incl",
    "esp", "min", "max", "avg", "yrs", "hrs", "mins", "mos", "wks", "vol", "ed", "pp", "ave",
    "gen", "sec", "sen", "rep", "univ", "assoc", "div", "ref", "tel", "ext", "misc", "nos",
];

/// Splits `text[span]` into trimmed sentences. Survives "e.g.", "Dr.", "3.5", "U.S.", quotes after
/// the full stop, and text without any final punctuation.
pub fn split(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let chunk = &text[span.start..span.end];
    let bytes = chunk.as_bytes();
    let notes = is_line_per_thought(chunk);
    // The widest line, in characters, counted only when a break asks: hard-wrapped prose breaks a
    // line where the next word would not fit.
    let widest_line = std::cell::OnceCell::new();
    let widest =
        || *widest_line.get_or_init(|| chunk.lines().map(|l| l.chars().count()).max().unwrap_or(0));
    let mut start = 0;
    // Where the current line starts: a sentence may start inside it.
    let mut line_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Terminators: . ! ? and the three-byte … 。 ！ ？ (lead bytes E2 and E3/EF).
        let b = bytes[i];
        if b == b'\n' {
            if soft_break_ends_sentence(
                &chunk[start..i],
                &chunk[line_start..i],
                &chunk[i + 1..],
                notes,
                &widest,
            ) {
                push_trimmed(&mut out, chunk, span.start, start, i);
                start = i + 1;
            }
            line_start = i + 1;
            i += 1;
            continue;
        }
        if !matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF | 0xF0) {
            i += 1;
            continue;
        }
        let Some(c) = chunk[i..].chars().next() else {
            break;
        };
        if is_emoji(c) {
            // "...on-call at my job 😫 I'm proud of ...": an emoji ends a sentence when a new one
            // starts after it, with a capital letter.
            let mut end = i + c.len_utf8();
            while let Some(next) = chunk[end..].chars().next() {
                if is_emoji(next) || matches!(next, '\u{FE0F}' | '\u{200D}') {
                    end += next.len_utf8();
                } else {
                    break;
                }
            }
            i = end;
            let rest = &chunk[end..];
            let capital_next = rest
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if rest.starts_with(char::is_whitespace) && capital_next {
                push_trimmed(&mut out, chunk, span.start, start, end);
                start = end;
            }
            continue;
        }
        if !matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？') {
            i += c.len_utf8();
            continue;
        }
        let stop = i;
        let mut end = i + c.len_utf8();
        while let Some(next) = chunk[end..].chars().next() {
            if matches!(
                next,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
            ) {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        let rest = &chunk[end..];
        let cjk_stop = matches!(c, '。' | '！' | '？');
        if !cjk_stop && !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
            continue;
        }
        if c == '.' {
            let before = &chunk[..stop];
            let word_start = before
                .rfind(|ch: char| ch.is_whitespace() || ch == '(' || ch == '"' || ch == '“')
                .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
            let word = &before[word_start..];
            // "No." abbreviates "number" only before one ("No. 5"); "even when I've said no."
            // ends a sentence.
            let number_sign = ["no", "nos"].iter().any(|n| word.eq_ignore_ascii_case(n));
            let before_a_number = rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
            if is_abbreviation(word) && (!number_sign || before_a_number) {
                continue;
            }
            // A lowercase word after the stop follows an abbreviation ("mgmt. was"), unless the
            // word before is an ordinary one: notes written in lowercase ("listens. i want").
            let next = rest.trim_start().chars().next();
            let ordinary_word = word.chars().count() >= 2
                && word.chars().all(char::is_alphabetic)
                && word.chars().any(|c| "aeiouAEIOU".contains(c));
            if next.is_some_and(|n| n.is_lowercase()) && !ordinary_word {
                continue;
            }
        }
        push_trimmed(&mut out, chunk, span.start, start, end);
        start = end;
    }
    push_trimmed(&mut out, chunk, span.start, start, chunk.len());
    out
}

/// Three lines or more with no sentence stop at all, neither at a line's end nor inside one:
/// notes written a thought per line ("band 6 staff nurse, ED, 7 years\ntriage is done by ...").
/// Hard-wrapped prose has its full stops somewhere.
fn is_line_per_thought(chunk: &str) -> bool {
    let mut lines = 0;
    for line in chunk.lines() {
        let line = line.trim_end();
        if line.ends_with(['.', '!', '?', '…']) || line.contains(". ") {
            return false;
        }
        lines += usize::from(!line.is_empty());
    }
    lines >= 3
}

/// Notes written a thought per line without full stops ("current job is a clown show\ntbh i'd
/// take anything ..."): a line break ends a sentence when the next line opens like a new one
/// ("I", "tbh", "honestly"), or any line does in a block of such `notes`, and the line before
/// does not stop mid-clause ("... for\nI ..."), so hard-wrapped prose stays one sentence. A line
/// that opens with who a complaint is about ("they", "my manager") opens a new one too when the
/// line before (`line_before`, the whole of it, though a sentence may start inside it) ended short
/// of the `widest` line, with room for that word: a break by choice.
fn soft_break_ends_sentence(
    before: &str,
    line_before: &str,
    after: &str,
    notes: bool,
    widest: &dyn Fn() -> usize,
) -> bool {
    const OPENERS: &[&str] = &[
        "i",
        "i'm",
        "i’m",
        "i'd",
        "i’d",
        "i've",
        "i’ve",
        "i'll",
        "i’ll",
        "tbh",
        "honestly",
        "frankly",
        "also",
        "plus",
        "btw",
        "ngl",
        "imo",
        "lol",
        "anyway",
        "basically",
    ];
    const MID_CLAUSE: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "nor", "to", "of", "for", "with", "in", "on", "at",
        "by", "from", "into", "about", "as", "so", "than", "that", "which", "who", "whom", "whose",
        "where", "when", "while", "until", "because", "since", "if", "unless", "although",
        "though", "after", "before", "my", "our", "your", "their", "his", "her", "its", "is",
        "are", "was", "were", "be", "been", "am", "i", "we", "they", "he", "she", "it", "me", "us",
        "them", "not", "very", "really", "more", "most", "then", "like",
    ];
    // Called at every line break of every paragraph: compared in place, nothing allocated.
    let one_of = |list: &[&str], word: &str| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    let Some(opener) = after.split_whitespace().next() else {
        return false;
    };
    const SUBJECTS: &[&str] = &[
        "they",
        "we",
        "my",
        "our",
        "nobody",
        "everyone",
        "management",
        "leadership",
    ];
    let opener = opener.trim_end_matches([',', ':']);
    let line_before = line_before.trim_end();
    let room_left = || line_before.chars().count() + 1 + opener.chars().count() <= widest();
    let opens = notes || one_of(OPENERS, opener) || opens_with_label(after);
    let by_subject = !opens && one_of(SUBJECTS, opener) && room_left();
    if !opens && !by_subject {
        return false;
    }
    let last = before.trim_end();
    if last.is_empty() || last.ends_with([',', ';', ':', '-', '–', '—', '(', '/', '&']) {
        return false;
    }
    let last_word = last.rsplit(char::is_whitespace).next().unwrap_or_default();
    // "... I'm not one of them\nthey keep ...": an object ends its clause.
    !one_of(MID_CLAUSE, last_word)
        || by_subject && one_of(&["me", "us", "them", "it", "her", "him"], last_word)
}

/// A line that opens with a short capitalised label and a colon ("A:", "Result:", "A (draft,
/// don't say):"): a rehearsed answer or a story's part of its own, never the rest of a wrapped
/// sentence.
fn opens_with_label(after: &str) -> bool {
    let line = after.split('\n').next().unwrap_or(after).trim_start();
    let Some((label, rest)) = line.split_once(':') else {
        return false;
    };
    label.len() <= 40
        && label.chars().next().is_some_and(char::is_uppercase)
        && label.split_whitespace().count() <= 4
        && !label.contains(['.', '!', '?'])
        && (rest.is_empty() || rest.starts_with([' ', '\t']))
}

/// Pictographs and symbols people end a thought with (😫, 🙄, ✅, ☕).
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF)
}

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    let mut letters = lower.chars();
    let single_initial =
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_alphabetic());
    // "U.S", "e.g", "a.m" are abbreviations; "£1.1m", "3.5" and "v2.0" are numbers that can end a
    // sentence.
    let dotted = lower.contains('.') && !is_decimal(&lower);
    single_initial || dotted || ABBREVIATIONS.contains(&lower.as_str())
}

/// A digit right before a full stop inside the word: "1.1m", "3.30pm", "v2.0".
fn is_decimal(word: &str) -> bool {
    word.as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'.')
}

/// Longer than any real sentence: a run-on line is judged in pieces of about this size, so a
/// pasted megabyte without full stops costs linear time in the rules.
const MAX_SENTENCE: usize = 1000;

fn push_trimmed(out: &mut Vec<Span>, chunk: &str, base: usize, start: usize, end: usize) {
    let mut start = start;
    while end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !chunk.is_char_boundary(limit) {
            limit -= 1;
        }
        // Cut after the last clause mark or space before the limit, else at the limit.
        let window = &chunk[start..limit];
        let cut = window
            .rfind([',', ';', ':'])
            .map(|p| p + 1)
            .filter(|&p| p > MAX_SENTENCE / 2)
            .or_else(|| window.rfind(char::is_whitespace).filter(|&p| p > 0))
            .map_or(limit, |p| start + p);
        push_piece(out, chunk, base, start, cut);
        start = cut;
    }
    push_piece(out, chunk, base, start, end);
}

fn push_piece(out: &mut Vec<Span>, chunk: &str, base: usize, start: usize, end: usize) {
    let piece = &chunk[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    let (s, e) = (start + lead, end - trail);
    if s >= e {
        return;
    }
    if chunk[s..e].chars().any(char::is_alphanumeric) {
        out.push(Span::new(base + s, base + e));
    } else if let Some(last) = out.last_mut().filter(|_| chunk[s..e].chars().any(is_emoji)) {
        // "... five minutes before it goes live. 🙄": the emoji comments on the sentence before.
        last.end = base + e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn survives_abbreviations_numbers_and_quotes() {
        assert_eq!(
            sentences("I met Dr. Smith, e.g. at the U.S. office. It grew 3.5 times! Did it?"),
            vec![
                "I met Dr. Smith, e.g. at the U.S. office.",
                "It grew 3.5 times!",
                "Did it?"
            ]
        );
        assert_eq!(
            sentences("She said \"We are struggling.\" Then we left."),
            vec!["She said \"We are struggling.\"", "Then we left."]
        );
        assert_eq!(sentences("no full stop here"), vec!["no full stop here"]);
        // A number with a decimal point can end a sentence; a dotted abbreviation does not.
        assert_eq!(
            sentences("I raised £1.1m. The charity grew. We met at 3.30pm. Then v2.0. Done"),
            vec![
                "I raised £1.1m.",
                "The charity grew.",
                "We met at 3.30pm.",
                "Then v2.0.",
                "Done"
            ]
        );
        assert_eq!(
            sentences("He signs off anything, even when I've said no. Nobody asks QA. See No. 5."),
            vec![
                "He signs off anything, even when I've said no.",
                "Nobody asks QA.",
                "See No. 5."
            ]
        );
        assert_eq!(
            sentences("We met at 9 a.m. Monday. Ph.D. Students came."),
            vec!["We met at 9 a.m. Monday.", "Ph.D. Students came."]
        );
        assert_eq!(
            sentences("J. R. R. Tolkien wrote. Next"),
            vec!["J. R. R. Tolkien wrote.", "Next"]
        );
        assert_eq!(sentences("Ist gut。次です"), vec!["Ist gut。", "次です"]);
        assert_eq!(
            sentences("He said “see Dr. Who.” Then left… Done?! Yes"),
            vec!["He said “see Dr. Who.”", "Then left…", "Done?!", "Yes"]
        );
        assert!(sentences("  ...  ").is_empty());
        assert_eq!(
            sentences("my boss never listens. i want more. approx. five, mgmt. was ok"),
            vec![
                "my boss never listens.",
                "i want more.",
                "approx. five, mgmt. was ok"
            ]
        );
        let run_on = "no stop here, ".repeat(1000);
        let pieces = sentences(&run_on);
        assert!(pieces.len() > 10 && pieces.iter().all(|p| p.len() <= MAX_SENTENCE));
        assert_eq!(
            pieces.concat().len() + pieces.len() - 1,
            run_on.trim_end().len()
        );
        assert_eq!(
            sentences("It goes live in five minutes. 🙄 Fine."),
            vec!["It goes live in five minutes. 🙄", "Fine."]
        );
        assert_eq!(
            sentences("current job is a clown show\ntbh i'd take anything\nI mean it"),
            vec![
                "current job is a clown show",
                "tbh i'd take anything",
                "I mean it"
            ]
        );
        // Three lines and no stop anywhere: a thought per line, whatever each opens with.
        assert_eq!(
            sentences("band 6 nurse, ED, 7 years\ntriage is done by the nurse in charge\nwe've had corridor care every winter"),
            vec![
                "band 6 nurse, ED, 7 years",
                "triage is done by the nurse in charge",
                "we've had corridor care every winter"
            ]
        );
        // A stop somewhere makes it wrapped prose.
        assert_eq!(
            sentences("We have one nurse for\nthe whole ward at night and agency\nstaff change weekly. It is hard."),
            vec![
                "We have one nurse for\nthe whole ward at night and agency\nstaff change weekly.",
                "It is hard."
            ]
        );
        assert_eq!(
            sentences("My manager and\nI disagreed about the rollout,\nI proposed a pilot"),
            vec!["My manager and\nI disagreed about the rollout,\nI proposed a pilot"]
        );
        // A line that opens with who it is about, after a line that left room for that word.
        assert_eq!(
            sentences("current: practitioner, 3 yrs.\nmy manager has favourites and I'm not one of them\nthey keep promising me the room leader job and then giving it away"),
            vec![
                "current: practitioner, 3 yrs.",
                "my manager has favourites and I'm not one of them",
                "they keep promising me the room leader job and then giving it away"
            ]
        );
        // Wrapped where the next word did not fit: one sentence.
        assert_eq!(
            sentences("The ward is overflow for whoever waits in ED, and the managers said\nthey would fix it. Nothing changed."),
            vec![
                "The ward is overflow for whoever waits in ED, and the managers said\nthey would fix it.",
                "Nothing changed."
            ]
        );
        // The room left is that of the whole line, not of the sentence that starts inside it.
        assert_eq!(
            sentences("I want to work where the analysis changes what happens on the road. At my company\nmy reports go into a shared folder and nobody opens them."),
            vec![
                "I want to work where the analysis changes what happens on the road.",
                "At my company\nmy reports go into a shared folder and nobody opens them."
            ]
        );
        // A line that opens with a label and a colon: an answer of its own.
        assert_eq!(
            sentences("A: it trained me well\nA (draft, don't say): nobody there has had a raise"),
            vec![
                "A: it trained me well",
                "A (draft, don't say): nobody there has had a raise"
            ]
        );
        for wrapped in [
            "we moved the office to\nLondon in May, and then to Leeds",
            "we meet on\nMonday 10:30 to plan the week",
            "the one thing I asked for\nwas time: nothing else",
        ] {
            assert_eq!(sentences(wrapped), vec![wrapped]);
        }
        assert_eq!(
            sentences("I need out 😫 I'm proud of my team 👍🏽 really. Zoë 😩 said hi"),
            vec![
                "I need out 😫",
                "I'm proud of my team 👍🏽 really.",
                "Zoë 😩 said hi"
            ]
        );
    }
}
