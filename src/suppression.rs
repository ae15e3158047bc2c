//! Inline suppression comments, in markdownlint's grammar:
//! `<!-- interview-lsp-disable RULE... -->` … `<!-- interview-lsp-enable RULE... -->`,
//! `-disable-line`, `-disable-next-line`, `-disable-file`. No rule names means every rule;
//! `-- reason` may follow.

use crate::document::Document;
use crate::text::Span;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    Disable,
    Enable,
    DisableLine,
    DisableNextLine,
    DisableFile,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// Empty: every rule.
    pub rules: Vec<String>,
    pub span: Span,
    /// The 0-based line the comment starts on, and the one it ends on.
    pub line: usize,
    pub end_line: usize,
}

impl Directive {
    pub fn names(&self, rule: &str) -> bool {
        self.rules.is_empty() || self.rules.iter().any(|r| r == rule)
    }
}

pub fn directives(doc: &Document) -> Vec<Directive> {
    static DIRECTIVE: OnceLock<Regex> = OnceLock::new();
    let re = DIRECTIVE.get_or_init(|| {
        Regex::new(r"(?s)^<!--\s*interview-lsp-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*?)-->$")
            .expect("valid")
    });
    let mut out = Vec::new();
    for &span in &doc.comments {
        let Some(caps) = re.captures(span.slice(doc.text)) else {
            continue;
        };
        let kind = match &caps[1] {
            "disable" => DirectiveKind::Disable,
            "enable" => DirectiveKind::Enable,
            "disable-line" => DirectiveKind::DisableLine,
            "disable-next-line" => DirectiveKind::DisableNextLine,
            _ => DirectiveKind::DisableFile,
        };
        let names = caps[2].split(" --").next().unwrap_or_default();
        let rules = names
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        out.push(Directive {
            kind,
            rules,
            span,
            line: doc.lines.line_of(span.start),
            end_line: doc.lines.line_of(span.end),
        });
    }
    out
}

/// Which directive (if any) silences a finding of `rule` starting on `line` at `offset`.
pub fn suppressing(
    directives: &[Directive],
    rule: &str,
    line: usize,
    offset: usize,
) -> Option<usize> {
    let mut disabled_by: Option<usize> = None;
    for (i, d) in directives.iter().enumerate() {
        if !d.names(rule) {
            continue;
        }
        match d.kind {
            DirectiveKind::DisableFile => return Some(i),
            DirectiveKind::DisableLine if d.line <= line && line <= d.end_line => return Some(i),
            DirectiveKind::DisableNextLine if d.end_line + 1 == line => return Some(i),
            DirectiveKind::Disable if d.span.start <= offset => disabled_by = Some(i),
            DirectiveKind::Enable if d.span.start <= offset => disabled_by = None,
            _ => {}
        }
    }
    disabled_by
}
