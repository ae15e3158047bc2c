//! Output formats of `check`, one file each. They share [`FileReport`] and the location helpers.

pub mod concise;
pub mod full;
pub mod github;
pub mod json;
pub mod json_lines;
pub mod junit;
pub mod sarif;

use crate::diagnostic::{Applicability, Diagnostic, Level};
use crate::text::{Encoding, LineIndex, Span};

/// One checked file and what was found in it.
pub struct FileReport {
    pub path: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    /// Fixes applied by `--fix`, per rule.
    pub fixed: std::collections::BTreeMap<&'static str, usize>,
}

impl FileReport {
    pub fn new(path: String, text: String, diagnostics: Vec<Diagnostic>) -> Self {
        FileReport {
            path,
            text,
            diagnostics,
            fixed: Default::default(),
        }
    }
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

/// `--show-fixes`: the fixes applied, per file and rule.
pub fn applied_fixes(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports.iter().filter(|r| !r.fixed.is_empty()) {
        out.push_str(&format!("Fixed in {}:\n", report.path));
        for (rule, n) in &report.fixed {
            out.push_str(&format!("{n:>5}  {rule}\n"));
        }
    }
    out
}

/// `--statistics`: findings per rule, most first, with how many have a fix.
pub fn statistics(reports: &[FileReport]) -> String {
    let mut counts: std::collections::BTreeMap<&str, (usize, usize, usize)> = Default::default();
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        let entry = counts.entry(d.finding.rule).or_default();
        entry.0 += 1;
        match d.finding.fix.as_ref().map(|f| f.applicability) {
            Some(Applicability::Safe) => entry.1 += 1,
            Some(Applicability::Unsafe) => entry.2 += 1,
            _ => {}
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (rule, (n, safe, unsafe_)) in rows {
        let fixable = match (safe, unsafe_) {
            (0, 0) => String::new(),
            (s, 0) => format!(" [{s} fixable]"),
            (0, u) => format!(" [{u} fixable with --unsafe-fixes]"),
            (s, u) => format!(" [{s} fixable, {u} more with --unsafe-fixes]"),
        };
        out.push_str(&format!("{n:>5}  {rule}{fixable}\n"));
    }
    out
}

/// The closing lines: counts, fixes applied, and how many findings the fix flags would fix.
pub fn summary(reports: &[FileReport], style: Style) -> String {
    let all: Vec<&Diagnostic> = reports.iter().flat_map(|r| &r.diagnostics).collect();
    let fixed: usize = reports.iter().flat_map(|r| r.fixed.values()).sum();
    let fixed_line = if fixed > 0 {
        let files = reports.iter().filter(|r| !r.fixed.is_empty()).count();
        format!(
            "Fixed {fixed} finding{} in {files} file{}.\n",
            if fixed == 1 { "" } else { "s" },
            if files == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    fixed_line + &summary_of_findings(&all, reports, style)
}

fn summary_of_findings(all: &[&Diagnostic], reports: &[FileReport], style: Style) -> String {
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
    if safe > 0 {
        out.push_str(&format!("[*] {safe} fixable with `--fix`.\n"));
    }
    if unsafe_ > 0 {
        out.push_str(&format!(
            "{unsafe_} more can be rewritten with `--fix --unsafe-fixes` (review them with `--diff` first).\n"
        ));
    }
    out
}
