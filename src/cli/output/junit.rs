//! `--output-format junit`: one test case per file; its findings at or above the fail level are
//! its failure.

use super::{locate, FileReport};
use crate::diagnostic::Level;
use crate::text::LineIndex;

pub fn render(reports: &[FileReport], fail_level: Level) -> String {
    let failures = reports
        .iter()
        .filter(|r| r.diagnostics.iter().any(|d| d.level >= fail_level))
        .count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"interview-lsp\" tests=\"{}\" failures=\"{failures}\">\n",
        reports.len()
    ));
    out.push_str(&format!(
        "  <testsuite name=\"interview-lsp\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">\n",
        reports.len()
    ));
    for report in reports {
        let index = LineIndex::new(&report.text);
        out.push_str(&format!(
            "    <testcase name=\"{}\" classname=\"interview-lsp\" file=\"{}\">\n",
            escape(&report.path),
            escape(&report.path)
        ));
        let failing: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.level >= fail_level)
            .map(|d| {
                let at = locate(&index, &report.text, d.finding.span);
                format!(
                    "{}:{}:{}: {}[{}] {}",
                    report.path, at.row, at.column, d.level, d.finding.rule, d.finding.message
                )
            })
            .collect();
        if !failing.is_empty() {
            out.push_str(&format!(
                "      <failure message=\"{} finding(s)\" type=\"interview-lsp\">{}</failure>\n",
                failing.len(),
                escape(&failing.join("\n"))
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}
