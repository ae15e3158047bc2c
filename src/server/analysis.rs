//! One analysed snapshot of a document: its text, its model's findings, and helpers the features
//! share. Analysis is pure and cheap (well under a millisecond for a typical prep document), so
//! each request analyses the text it is about instead of trusting a possibly stale cache.

use super::convert::{char_to_position, position_to_char, span_to_range};
use crate::diagnostic::Diagnostic;
use crate::document::{parse, Document};
use crate::lint::{check_document, Settings};
use crate::text::{Encoding, Span};
use ropey::Rope;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;
use tower_lsp::lsp_types::{Position, Range};

pub struct Snapshot {
    pub rope: Rope,
    pub text: String,
    pub encoding: Encoding,
    pub settings: Settings,
}

impl Snapshot {
    pub fn new(rope: Rope, encoding: Encoding, settings: Settings) -> Snapshot {
        let text = rope.to_string();
        Snapshot {
            rope,
            text,
            encoding,
            settings,
        }
    }

    pub fn document(&self) -> Document<'_> {
        parse(&self.text, &self.settings.parse)
    }

    pub fn offset(&self, position: Position) -> usize {
        self.rope
            .char_to_byte(position_to_char(&self.rope, position, self.encoding))
    }

    pub fn range(&self, span: Span) -> Range {
        span_to_range(&self.rope, span, self.encoding)
    }

    pub fn position(&self, offset: usize) -> Position {
        let c = self.rope.byte_to_char(offset.min(self.text.len()));
        char_to_position(&self.rope, c, self.encoding)
    }
}

/// Runs the check, catching a panic so one bad input never takes the server down.
pub fn findings(doc: &Document, settings: &Settings) -> Result<Vec<Diagnostic>, String> {
    catch_unwind(AssertUnwindSafe(|| {
        injected_fault(doc.text);
        check_document(doc, settings)
    }))
    .map_err(|e| panic_message(e.as_ref()))
}

/// What a caught panic said, for the log.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "analysis panicked".into())
}

/// Fault injection for the test suite: with `INTERVIEW_LSP_PANIC_ON=MARKER` in the environment,
/// analysing a text that contains MARKER panics, which is the only way to show from outside that
/// a panic is caught and the server keeps serving (no real input is known to panic).
fn injected_fault(text: &str) {
    static MARKER: OnceLock<Option<String>> = OnceLock::new();
    let marker = MARKER.get_or_init(|| {
        std::env::var("INTERVIEW_LSP_PANIC_ON")
            .ok()
            .filter(|m| !m.is_empty())
    });
    if let Some(m) = marker {
        if text.contains(m.as_str()) {
            panic!("injected fault: the text contains {m:?}");
        }
    }
}
