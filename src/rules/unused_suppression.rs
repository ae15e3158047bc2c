//! ## What it does
//! Reports an `interview-lsp-disable...` comment that silenced nothing, or that names a rule that
//! does not exist.
//!
//! ## Why it matters
//! A suppression outlives the sentence it was written for. Once the text is fixed, the leftover
//! comment would silently hide the next real finding on that line.
//!
//! ## Example
//! ```markdown
//! <!-- interview-lsp-disable-next-line negative-framing -->
//! I'm excited to move to a team that ships weekly.
//! ```
//!
//! ## Better
//! ```markdown
//! I'm excited to move to a team that ships weekly.
//! ```
//!
//! ## Fix safety
//! Safe: removes the comment (and its line, when the comment was alone on it).

use super::Context;
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::Document;
use crate::suppression::Directive;
use crate::text::{Edit, Span};

/// The linter reports this rule itself, after the other rules ran: it needs to know what the
/// suppressions silenced.
pub fn check(_ctx: &Context, _out: &mut Vec<Finding>) {}

pub fn unused(doc: &Document, directive: &Directive, unknown: &[String]) -> Finding {
    let message = if unknown.is_empty() {
        "This suppression comment silences nothing: remove it".to_string()
    } else {
        format!(
            "Unknown rule name(s) in suppression comment: {}; see `interview-lsp rule --all`",
            unknown.join(", ")
        )
    };
    Finding::new("unused-suppression", directive.span, message).with_fix(Fix::new(
        Applicability::Safe,
        "Remove the suppression comment",
        vec![removal(doc, directive.span)],
    ))
}

/// Deletes a comment, and its whole line when nothing else is on it.
fn removal(doc: &Document, span: Span) -> Edit {
    let first = doc.lines.line_of(span.start);
    let last = doc.lines.line_of(span.end);
    let line_start = doc.lines.line_start(first);
    let line = doc.lines.line_span(doc.text, last);
    let alone = doc.text[line_start..span.start].trim().is_empty()
        && doc.text[span.end..line.end].trim().is_empty();
    if alone {
        let next = doc.lines.line_start(last + 1);
        Edit::delete(Span::new(line_start, next.max(line.end)))
    } else {
        let end = span.end
            + doc.text[span.end..line.end].len().min(
                doc.text[span.end..line.end].len()
                    - doc.text[span.end..line.end].trim_start().len(),
            );
        Edit::delete(Span::new(span.start, end))
    }
}
