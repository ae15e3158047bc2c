//! Output formats of `check`, one file each. They share [`FileReport`] and the location helpers.

pub mod concise;
pub mod full;
pub mod json;

use crate::diagnostic::{Applicability, Diagnostic, Level};
use crate::text::{Encoding, LineIndex, Span};

/// One checked file and what was found in it.
pub struct FileReport {
    pub path: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn level(&self, level: Level) -> String {
        let code = match level {
            Level::Error => "1;31",
            Level::Warning => "1;33",
            Level::Info => "1;34",
            Level::Hint | Level::Off => "1;36",
        };
        self.paint(code, level.as_str())
    }
}

/// 1-based row and column (in Unicode scalar values) of a span's start and end.
pub struct Location {
    pub row: usize,
    pub column: usize,
    pub end_row: usize,
    pub end_column: usize,
}

pub fn locate(index: &LineIndex, text: &str, span: Span) -> Location {
    let start = index.line_col(text, span.start, Encoding::Utf32);
    let end = index.line_col(text, span.end, Encoding::Utf32);
    Location {
        row: start.line + 1,
        column: start.col + 1,
        end_row: end.line + 1,
        end_column: end.col + 1,
    }
}

/// The closing lines: counts, and how many findings the fix flags would fix.
pub fn summary(reports: &[FileReport], style: Style) -> String {
    let all: Vec<&Diagnostic> = reports.iter().flat_map(|r| &r.diagnostics).collect();
    if all.is_empty() {
        let files = reports.len();
        return format!(
            "{} ({files} file{} checked)\n",
            style.paint("1;32", "All checks passed!"),
            if files == 1 { "" } else { "s" }
        );
    }
    let count = |l: Level| all.iter().filter(|d| d.level == l).count();
    let mut parts = Vec::new();
    for (level, name) in [
        (Level::Error, "error"),
        (Level::Warning, "warning"),
        (Level::Info, "info"),
        (Level::Hint, "hint"),
    ] {
        let n = count(level);
        if n > 0 {
            parts.push(format!(
                "{n} {name}{}",
                if n == 1 || name == "info" { "" } else { "s" }
            ));
        }
    }
    let with = |a: Applicability| {
        all.iter()
            .filter(|d| d.finding.fix.as_ref().is_some_and(|f| f.applicability == a))
            .count()
    };
    let mut out = format!(
        "Found {} finding{} ({}) in {} file{}.\n",
        all.len(),
        if all.len() == 1 { "" } else { "s" },
        parts.join(", "),
        reports.iter().filter(|r| !r.diagnostics.is_empty()).count(),
        if reports.iter().filter(|r| !r.diagnostics.is_empty()).count() == 1 {
            ""
        } else {
            "s"
        },
    );
    let (safe, unsafe_) = (with(Applicability::Safe), with(Applicability::Unsafe));
    if safe + unsafe_ > 0 {
        out.push_str(&format!(
            "{safe} with a safe fix, {unsafe_} with a rewrite to review (`interview-lsp rule NAME` explains each rule).\n"
        ));
    }
    out
}
