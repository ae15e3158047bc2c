//! `--output-format github`: GitHub Actions workflow commands, so findings show as annotations.

use super::{locate, FileReport};
use crate::diagnostic::Level;
use crate::text::LineIndex;

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        let index = LineIndex::new(&report.text);
        for d in &report.diagnostics {
            let at = locate(&index, &report.text, d.finding.span);
            let command = match d.level {
                Level::Error => "error",
                Level::Warning => "warning",
                _ => "notice",
            };
            // Columns only when the finding stays on one line: GitHub ignores them otherwise.
            let columns = if at.row == at.end_row {
                format!(",col={},endColumn={}", at.column, at.end_column)
            } else {
                String::new()
            };
            out.push_str(&format!(
                "::{command} file={},line={},endLine={}{columns},title={}::{}\n",
                property(&report.path),
                at.row,
                at.end_row,
                property(&format!("interview-lsp ({})", d.finding.rule)),
                data(&d.finding.message),
            ));
        }
    }
    out
}

/// Escapes a command's message.
pub fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
pub fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("100% sure\r\nnext"), "100%25 sure%0D%0Anext");
        assert_eq!(property("a,b:c"), "a%2Cb%3Ac");
    }
}
