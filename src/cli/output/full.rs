//! `--output-format full`: rustc-style findings with the source line and the span underlined.

use super::{locate, FileReport, Style};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::text::LineIndex;
use unicode_width::UnicodeWidthChar;

const TAB: &str = "    ";

pub fn render(reports: &[FileReport], style: Style) -> String {
    let mut out = String::new();
    for report in reports {
        let index = LineIndex::new(&report.text);
        for d in &report.diagnostics {
            render_one(&mut out, report, &index, d, style);
        }
    }
    out
}

fn render_one(
    out: &mut String,
    report: &FileReport,
    index: &LineIndex,
    d: &Diagnostic,
    style: Style,
) {
    let f = &d.finding;
    let at = locate(index, &report.text, f.span);
    out.push_str(&format!(
        "{}{} {}\n",
        style.level(d.level),
        style.paint("1", &format!("[{}]:", f.rule)),
        style.paint("1", &f.message)
    ));
    let gutter = " ".repeat(at.end_row.to_string().len());
    out.push_str(&format!(
        "{gutter}{} {}:{}:{}\n",
        style.paint("1;34", "-->"),
        report.path,
        at.row,
        at.column
    ));
    out.push_str(&format!("{gutter} {}\n", style.paint("1;34", "|")));
    let first = at.row - 1;
    let last = (at.end_row - 1).min(first + 3);
    for line in first..=last {
        let span = index.line_span(&report.text, line);
        let source = span.slice(&report.text);
        let from = f.span.start.max(span.start) - span.start;
        let to = f.span.end.min(span.end).max(span.start) - span.start;
        let number = format!("{:>width$}", line + 1, width = gutter.len());
        out.push_str(&format!(
            "{} {} {}\n",
            style.paint("1;34", &number),
            style.paint("1;34", "|"),
            expand_tabs(source)
        ));
        let pad = display_width(&source[..from]);
        let width = display_width(&source[from..to.max(from)]).max(1);
        out.push_str(&format!(
            "{gutter} {} {}{}\n",
            style.paint("1;34", "|"),
            " ".repeat(pad),
            style.paint(underline_color(d), &"^".repeat(width))
        ));
    }
    if at.end_row - 1 > last {
        out.push_str(&format!("{gutter} {} ...\n", style.paint("1;34", "|")));
    }
    if !f.reasons.is_empty() {
        out.push_str(&format!(
            "{gutter} {} why: {}\n",
            style.paint("1;34", "="),
            f.reasons.join("; ")
        ));
    }
    if let Some(fix) = &f.fix {
        let label = match fix.applicability {
            Applicability::Safe => "fix",
            Applicability::Unsafe => "suggested rewrite (unsafe)",
            Applicability::DisplayOnly => "suggestion",
        };
        out.push_str(&format!(
            "{gutter} {} {}: {}\n",
            style.paint("1;34", "="),
            style.paint("1;32", label),
            fix.message
        ));
    }
    out.push_str(&format!(
        "{gutter} {} see: interview-lsp rule {}\n\n",
        style.paint("1;34", "="),
        f.rule
    ));
}

fn underline_color(d: &Diagnostic) -> &'static str {
    match d.level {
        crate::diagnostic::Level::Error => "1;31",
        crate::diagnostic::Level::Warning => "1;33",
        _ => "1;34",
    }
}

fn expand_tabs(s: &str) -> String {
    s.replace('\t', TAB)
}

/// Columns on a terminal: tabs as four, CJK and emoji as two, combining marks as zero.
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if c == '\t' {
                TAB.len()
            } else {
                c.width().unwrap_or(0)
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::display_width;

    #[test]
    fn widths() {
        assert_eq!(display_width("ab"), 2);
        assert_eq!(display_width("東京"), 4);
        assert_eq!(display_width("\tx"), 5);
        assert_eq!(display_width("e\u{301}"), 1);
    }
}
