//! Positions in the negotiated encoding ↔ offsets in a rope, and findings → LSP types.
//!
//! Every LSP position goes through [`position_to_char`] and [`char_to_position`]: one clamped pair.

use crate::diagnostic::{Applicability, Finding, Fix, Level};
use crate::rules::RULES;
use crate::text::{floor_char_boundary, Encoding, LineIndex, Span};
use ropey::Rope;
use std::collections::HashMap;
use std::sync::OnceLock;
use tower_lsp::lsp_types::{
    self as lsp, CodeDescription, DiagnosticSeverity, NumberOrString, Position, Range, TextEdit,
    Url,
};

pub const DOCS_BASE: &str = "https://github.com/interview-lsp/interview-lsp/blob/main/";

/// The characters of a line, without its line break.
fn line_chars(rope: &Rope, line: usize) -> (usize, usize) {
    let start = rope.line_to_char(line);
    let slice = rope.line(line);
    let mut len = slice.len_chars();
    if len > 0 && slice.char(len - 1) == '\n' {
        len -= 1;
        if len > 0 && slice.char(len - 1) == '\r' {
            len -= 1;
        }
    }
    (start, start + len)
}

fn width(c: char, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => c.len_utf8(),
        Encoding::Utf16 => c.len_utf16(),
        Encoding::Utf32 => 1,
    }
}

/// The char index of an LSP position. A line past the end clamps to the end of the text, a column
/// past the end of its line to the line's end, a column inside a character to its start.
pub fn position_to_char(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line = position.line as usize;
    if line >= rope.len_lines() {
        return rope.len_chars();
    }
    let (start, end) = line_chars(rope, line);
    let mut remaining = position.character as usize;
    let mut at = start;
    for c in rope.slice(start..end).chars() {
        let w = width(c, encoding);
        if remaining < w {
            break;
        }
        remaining -= w;
        at += 1;
    }
    at
}

/// The LSP position of a char index (clamped to the text).
pub fn char_to_position(rope: &Rope, char_index: usize, encoding: Encoding) -> Position {
    let char_index = char_index.min(rope.len_chars());
    let line = rope.char_to_line(char_index);
    let (start, end) = line_chars(rope, line);
    let col: usize = rope
        .slice(start..char_index.min(end))
        .chars()
        .map(|c| width(c, encoding))
        .sum();
    Position::new(line as u32, col as u32)
}

/// A byte span of the rope's text as an LSP range.
pub fn span_to_range(rope: &Rope, span: Span, encoding: Encoding) -> Range {
    let to_char = |byte: usize| rope.byte_to_char(byte.min(rope.len_bytes()));
    Range::new(
        char_to_position(rope, to_char(span.start), encoding),
        char_to_position(rope, to_char(span.end), encoding),
    )
}

/// The LSP position of a byte offset of `text`, through the line index the analysis already built:
/// converting thousands of findings this way is one binary search each, not a rope walk. Agrees
/// with [`char_to_position`] on every offset (tested), clamping the same way.
pub fn text_position(lines: &LineIndex, text: &str, offset: usize, encoding: Encoding) -> Position {
    let offset = floor_char_boundary(text, offset);
    let line = lines.line_of(offset);
    let at = offset.min(lines.line_span(text, line).end);
    let col = lines.line_col(text, at, encoding).col;
    Position::new(line as u32, col as u32)
}

/// A byte span of `text` as an LSP range (see [`text_position`]).
pub fn text_range(lines: &LineIndex, text: &str, span: Span, encoding: Encoding) -> Range {
    Range::new(
        text_position(lines, text, span.start, encoding),
        text_position(lines, text, span.end, encoding),
    )
}

/// An LSP range as a byte span of the rope's text.
pub fn range_to_span(rope: &Rope, range: Range, encoding: Encoding) -> Span {
    let start = rope.char_to_byte(position_to_char(rope, range.start, encoding));
    let end = rope.char_to_byte(position_to_char(rope, range.end, encoding));
    Span::new(start.min(end), end.max(start))
}

pub fn severity(level: Level) -> DiagnosticSeverity {
    match level {
        Level::Error => DiagnosticSeverity::ERROR,
        Level::Warning => DiagnosticSeverity::WARNING,
        Level::Info => DiagnosticSeverity::INFORMATION,
        Level::Hint | Level::Off => DiagnosticSeverity::HINT,
    }
}

/// The documentation page of a rule, parsed once per rule.
pub fn rule_url(rule: &str) -> Option<Url> {
    static URLS: OnceLock<HashMap<&'static str, Url>> = OnceLock::new();
    URLS.get_or_init(|| {
        RULES
            .iter()
            .filter_map(|r| {
                let url = Url::parse(&format!("{DOCS_BASE}docs/rules/{}.md", r.name)).ok()?;
                Some((r.name, url))
            })
            .collect()
    })
    .get(rule)
    .cloned()
}

pub fn text_edits(rope: &Rope, fix: &Fix, encoding: Encoding) -> Vec<TextEdit> {
    fix.edits
        .iter()
        .map(|e| TextEdit::new(span_to_range(rope, e.span, encoding), e.content.clone()))
        .collect()
}

/// A finding as an LSP diagnostic. `data` names the rule and how safe its fix is; the edits are
/// computed when a code action is asked for, on the text as it is then, so that the diagnostics of
/// a large document stay small.
pub fn diagnostic(range: Range, level: Level, f: &Finding) -> lsp::Diagnostic {
    let fix = f
        .fix
        .as_ref()
        .filter(|fix| fix.applicability != Applicability::DisplayOnly)
        .map(|fix| fix.applicability.as_str());
    lsp::Diagnostic {
        range,
        severity: Some(severity(level)),
        code: Some(NumberOrString::String(f.rule.to_string())),
        code_description: rule_url(f.rule).map(|href| CodeDescription { href }),
        source: Some("interview-lsp".into()),
        message: f.message.clone(),
        related_information: None,
        tags: None,
        data: Some(
            serde_json::json!({ "rule": f.rule, "fix": fix, "alternatives": f.alternatives.len() }),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str, encoding: Encoding) {
        let rope = Rope::from_str(text);
        for c in 0..=rope.len_chars() {
            // Between CR and LF is not a position.
            if c > 0 && rope.char(c - 1) == '\r' {
                continue;
            }
            let p = char_to_position(&rope, c, encoding);
            assert_eq!(
                position_to_char(&rope, p, encoding),
                c,
                "{text:?} char {c} at {p:?}"
            );
        }
    }

    #[test]
    fn round_trips_with_emoji_cjk_combining_tabs_and_crlf() {
        for text in [
            "a😩b\r\n東京\tx\ne\u{301}z",
            "",
            "\n\n",
            "last line without newline 🎉",
        ] {
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                round_trip(text, enc);
            }
        }
    }

    #[test]
    fn the_text_conversion_agrees_with_the_rope_on_every_offset() {
        for text in [
            "a😩b\r\n東京\tx\ne\u{301}z",
            "",
            "\n\r\n\n",
            "last line without newline 🎉",
            "Zoë 😩 says:\r\n\r\n- 東京 \t é\r\n",
        ] {
            let rope = Rope::from_str(text);
            let lines = LineIndex::new(text);
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                for offset in 0..=text.len() + 2 {
                    let byte = floor_char_boundary(text, offset);
                    let expected = char_to_position(&rope, rope.byte_to_char(byte), enc);
                    assert_eq!(
                        text_position(&lines, text, offset, enc),
                        expected,
                        "{text:?} byte {offset} {enc:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn clamps_and_counts_per_encoding() {
        let rope = Rope::from_str("a😩b\r\nx");
        assert_eq!(
            char_to_position(&rope, 2, Encoding::Utf16),
            Position::new(0, 3)
        );
        assert_eq!(
            char_to_position(&rope, 2, Encoding::Utf8),
            Position::new(0, 5)
        );
        // Inside the surrogate pair: the emoji's start.
        assert_eq!(
            position_to_char(&rope, Position::new(0, 2), Encoding::Utf16),
            1
        );
        // Past the line's end: before the CR.
        assert_eq!(
            position_to_char(&rope, Position::new(0, 99), Encoding::Utf16),
            3
        );
        // Past the last line: the end.
        assert_eq!(
            position_to_char(&rope, Position::new(7, 0), Encoding::Utf16),
            rope.len_chars()
        );
        let span = Span::new("a😩".len(), "a😩b".len());
        assert_eq!(
            span_to_range(&rope, span, Encoding::Utf16),
            Range::new(Position::new(0, 3), Position::new(0, 4))
        );
    }
}
