//! The documents the editor has open: a rope and a version each, edits applied in arrival order.

use super::convert::position_to_char;
use crate::text::Encoding;
use ropey::Rope;
use std::collections::HashMap;
use tower_lsp::lsp_types::{TextDocumentContentChangeEvent, Url};

pub struct OpenDocument {
    pub rope: Rope,
    pub version: i32,
}

#[derive(Default)]
pub struct Documents {
    open: HashMap<Url, OpenDocument>,
}

impl Documents {
    pub fn open(&mut self, uri: Url, text: &str, version: i32) {
        self.open.insert(
            uri,
            OpenDocument {
                rope: Rope::from_str(text),
                version,
            },
        );
    }

    /// Applies a batch of changes. Returns false for a document that is not open (an edit before
    /// open), which is then ignored.
    pub fn change(
        &mut self,
        uri: &Url,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: Encoding,
    ) -> bool {
        let Some(doc) = self.open.get_mut(uri) else {
            return false;
        };
        for change in changes {
            match change.range {
                Some(range) => {
                    let start = position_to_char(&doc.rope, range.start, encoding);
                    let end = position_to_char(&doc.rope, range.end, encoding);
                    let (start, end) = (start.min(end), end.max(start));
                    doc.rope.remove(start..end);
                    doc.rope.insert(start, &change.text);
                }
                None => doc.rope = Rope::from_str(&change.text),
            }
        }
        doc.version = version;
        true
    }

    pub fn close(&mut self, uri: &Url) {
        self.open.remove(uri);
    }

    pub fn get(&self, uri: &Url) -> Option<&OpenDocument> {
        self.open.get(uri)
    }

    pub fn is_open(&self, uri: &Url) -> bool {
        self.open.contains_key(uri)
    }

    pub fn version(&self, uri: &Url) -> Option<i32> {
        self.open.get(uri).map(|d| d.version)
    }

    pub fn uris(&self) -> Vec<Url> {
        self.open.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp::lsp_types::{Position, Range};

    #[test]
    fn incremental_edits_in_utf16_after_emoji_and_crlf() {
        let uri = Url::parse("file:///a.interview.md").unwrap();
        let mut docs = Documents::default();
        docs.open(uri.clone(), "😩 ab\r\nZoë\r\n", 1);
        let change = |line, from, to, text: &str| TextDocumentContentChangeEvent {
            range: Some(Range::new(
                Position::new(line, from),
                Position::new(line, to),
            )),
            range_length: None,
            text: text.into(),
        };
        assert!(docs.change(
            &uri,
            2,
            vec![change(0, 3, 4, "X"), change(1, 3, 3, "!")],
            Encoding::Utf16
        ));
        assert_eq!(
            docs.get(&uri).unwrap().rope.to_string(),
            "😩 Xb\r\nZoë!\r\n"
        );
        assert_eq!(docs.version(&uri), Some(2));
        // Positions past the end clamp instead of panicking.
        assert!(docs.change(&uri, 3, vec![change(9, 0, 99, "end")], Encoding::Utf16));
        assert!(docs.get(&uri).unwrap().rope.to_string().ends_with("end"));
        let other = Url::parse("file:///b.interview.md").unwrap();
        assert!(!docs.change(&other, 1, vec![change(0, 0, 0, "x")], Encoding::Utf16));
    }
}
