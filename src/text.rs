//! Byte spans, line/column lookup and text edits.
//!
//! Everything inside the crate works on byte offsets into the original text. Lines and columns exist
//! only at the edges (CLI output, a future editor protocol), and all conversions go through
//! [`LineIndex`], so there is exactly one place that knows about CRLF and character widths.

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn empty(at: usize) -> Self {
        Span { start: at, end: at }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub fn covers(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// How a column is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Bytes of UTF-8.
    Utf8,
    /// UTF-16 code units (the LSP default).
    Utf16,
    /// Unicode scalar values (what the CLI prints).
    Utf32,
}

/// A 0-based line and column in some [`Encoding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub col: usize,
}

/// Start offsets of every line of a text. A line ends before `\n`, or before `\r\n`.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text.as_bytes()).map(|i| i + 1));
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line holding `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len)
    }

    /// The span of a line's content, without its `\n` or `\r\n`.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.line_start(line);
        let mut end = self.starts.get(line + 1).map(|s| s - 1).unwrap_or(self.len);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }

    /// Line and column of a byte offset. An offset inside a character or past the end is clamped.
    pub fn line_col(&self, text: &str, offset: usize, encoding: Encoding) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let col = column_width(&text[start..offset], encoding);
        LineCol { line, col }
    }

    /// The byte offset of a line and column. Past the end of the line clamps to the line's end;
    /// past the last line clamps to the end of the text; inside a character clamps to its start.
    pub fn offset(&self, text: &str, at: LineCol, encoding: Encoding) -> usize {
        if at.line >= self.starts.len() {
            return text.len();
        }
        let line = self.line_span(text, at.line);
        let mut remaining = at.col;
        for (i, ch) in line.slice(text).char_indices() {
            let w = char_width(ch, encoding);
            if remaining < w {
                return line.start + i;
            }
            remaining -= w;
        }
        line.end
    }
}

/// The words of `text`, apostrophes inside them kept ("i'm", "don’t"), quotes around them not.
pub fn words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| !w.is_empty())
}

/// Whether `word` is in a word list, ignoring ASCII case.
pub fn listed(list: &[impl AsRef<str>], word: &str) -> bool {
    list.iter().any(|l| l.as_ref().eq_ignore_ascii_case(word))
}

/// Whether `word` is "I", alone or contracted ("I'm", "I’d", "I've").
pub fn is_i(word: &str) -> bool {
    let head = word.split(['\'', '’']).next().unwrap_or(word);
    head.eq_ignore_ascii_case("i")
}

/// The FNV-1a offset basis: the hash of no bytes.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes`, continuing from `hash` (start from [`FNV_OFFSET`]): stable across runs and
/// builds, unlike the standard library's hasher.
pub fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', bytes)
}

fn char_width(ch: char, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => ch.len_utf8(),
        Encoding::Utf16 => ch.len_utf16(),
        Encoding::Utf32 => 1,
    }
}

fn column_width(s: &str, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 => s.chars().map(char::len_utf16).sum(),
        Encoding::Utf32 => s.chars().count(),
    }
}

/// The largest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A sentence wrapped over lines, with each run of whitespace folded to one space, so that a
/// phrase written with single spaces matches across a line break ("isn't anybody's\n  fault").
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, its offset in the original.
    map: Vec<usize>,
}

impl Folded {
    /// `None` when `text` has no line break, tab or run of spaces: nothing to fold.
    pub fn of(text: &str) -> Option<Folded> {
        let bytes = text.as_bytes();
        let needs =
            bytes.iter().any(|&b| b.is_ascii_whitespace() && b != b' ') || text.contains("  ");
        if !needs {
            return None;
        }
        let mut folded = Vec::with_capacity(bytes.len());
        let mut map = Vec::with_capacity(bytes.len());
        let mut in_space = false;
        for (i, &b) in bytes.iter().enumerate() {
            if b.is_ascii_whitespace() {
                if !in_space {
                    folded.push(b' ');
                    map.push(i);
                }
                in_space = true;
            } else {
                folded.push(b);
                map.push(i);
                in_space = false;
            }
        }
        // Only ASCII bytes were dropped or replaced: the rest is valid UTF-8 as it was.
        let text = String::from_utf8(folded).unwrap_or_default();
        Some(Folded { text, map })
    }

    /// The span in the original of a span of the folded text.
    pub fn span_back(&self, span: Span) -> Span {
        let start = self.map.get(span.start).copied().unwrap_or(0);
        let end = match span.end.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some(&last) => last + 1,
            None => start,
        };
        Span::new(start, end.max(start))
    }
}

/// A replacement of a byte span with new text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edit {
    pub span: Span,
    pub content: String,
}

impl Edit {
    pub fn insert(at: usize, content: impl Into<String>) -> Self {
        Edit {
            span: Span::empty(at),
            content: content.into(),
        }
    }

    pub fn replace(span: Span, content: impl Into<String>) -> Self {
        Edit {
            span,
            content: content.into(),
        }
    }

    pub fn delete(span: Span) -> Self {
        Edit {
            span,
            content: String::new(),
        }
    }
}

/// Applies edits that do not overlap each other. Edits are applied in order of position; an edit that
/// overlaps one already taken is skipped and returned, so the caller can try it on the next pass.
pub fn apply_edits(text: &str, edits: &[Edit]) -> (String, Vec<Edit>) {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut skipped = Vec::new();
    let mut cursor = 0;
    for edit in sorted {
        let ok = edit.span.start >= cursor
            && edit.span.end <= text.len()
            && text.is_char_boundary(edit.span.start)
            && text.is_char_boundary(edit.span.end);
        if !ok {
            skipped.push(edit.clone());
            continue;
        }
        out.push_str(&text[cursor..edit.span.start]);
        out.push_str(&edit.content);
        cursor = edit.span.end;
    }
    out.push_str(&text[cursor..]);
    (out, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_spans_lead_back_to_the_original() {
        let text = "isn't anybody's\r\n  fault — é\tok";
        let folded = Folded::of(text).unwrap();
        assert_eq!(folded.text, "isn't anybody's fault — é ok");
        let at = folded.text.find("anybody's fault").unwrap();
        let back = folded.span_back(Span::new(at, at + "anybody's fault".len()));
        assert_eq!(back.slice(text), "anybody's\r\n  fault");
        let ok = folded.text.find("é ok").unwrap();
        let back = folded.span_back(Span::new(ok, folded.text.len()));
        assert_eq!(back.slice(text), "é\tok");
        assert!(Folded::of("one line, single spaces").is_none());
    }

    #[test]
    fn i_alone_or_contracted() {
        for word in ["I", "i", "I'm", "I’d", "I've"] {
            assert!(is_i(word), "{word}");
        }
        for word in ["it", "in", "we're", "Ian"] {
            assert!(!is_i(word), "{word}");
        }
    }

    fn round_trip(text: &str, encoding: Encoding) {
        let index = LineIndex::new(text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            if text[..offset].ends_with('\r') {
                continue; // between CR and LF is not a position
            }
            let lc = index.line_col(text, offset, encoding);
            assert_eq!(
                index.offset(text, lc, encoding),
                offset,
                "{text:?} at {offset}"
            );
        }
    }

    #[test]
    fn round_trips_in_every_encoding() {
        let samples = [
            "plain\nlines\n",
            "crlf\r\nline two\r\n",
            "emoji 😩 then\nZoë and 東京\ttab",
            "combining e\u{301} mark\n",
            "",
        ];
        for text in samples {
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                round_trip(text, enc);
            }
        }
    }

    #[test]
    fn columns_count_per_encoding() {
        let text = "a😩b\n東京x";
        let index = LineIndex::new(text);
        let b = text.find('b').unwrap();
        assert_eq!(index.line_col(text, b, Encoding::Utf8).col, 5);
        assert_eq!(index.line_col(text, b, Encoding::Utf16).col, 3);
        assert_eq!(index.line_col(text, b, Encoding::Utf32).col, 2);
        let x = text.find('x').unwrap();
        assert_eq!(
            index.line_col(text, x, Encoding::Utf16),
            LineCol { line: 1, col: 2 }
        );
    }

    #[test]
    fn crlf_is_not_part_of_the_line() {
        let text = "one\r\ntwo\r\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_span(text, 0).slice(text), "one");
        assert_eq!(index.line_span(text, 1).slice(text), "two");
        assert_eq!(index.line_count(), 3);
        // A column past the end of line 0 clamps before the CR, never between CR and LF.
        let at = index.offset(text, LineCol { line: 0, col: 99 }, Encoding::Utf16);
        assert_eq!(at, 3);
    }

    #[test]
    fn positions_past_the_end_clamp() {
        let text = "ab\ncd";
        let index = LineIndex::new(text);
        assert_eq!(
            index.offset(text, LineCol { line: 9, col: 0 }, Encoding::Utf16),
            5
        );
        assert_eq!(
            index.line_col(text, 99, Encoding::Utf32),
            LineCol { line: 1, col: 2 }
        );
        // Inside a surrogate pair clamps to the character's start.
        let text = "😩x";
        let index = LineIndex::new(text);
        assert_eq!(
            index.offset(text, LineCol { line: 0, col: 1 }, Encoding::Utf16),
            0
        );
    }

    #[test]
    fn edits_apply_in_order_and_overlaps_are_returned() {
        let text = "hello world";
        let edits = vec![
            Edit::replace(Span::new(6, 11), "there"),
            Edit::insert(0, ">> "),
            Edit::replace(Span::new(8, 9), "X"),
        ];
        let (out, skipped) = apply_edits(text, &edits);
        assert_eq!(out, ">> hello there");
        assert_eq!(skipped.len(), 1);
    }
}
