//! The registry: one table of every rule, and the helpers rules share for building fixes.
//!
//! A rule is a pure function of the parsed document and its options. Its documentation is the `//!`
//! comment at the top of its file, shown by `interview-lsp rule NAME` and written to
//! `docs/rules/NAME.md`.

mod example_coverage;
mod few_questions;
mod first_round_question;
mod incomplete_plan;
mod missing_concerns_question;
mod missing_examples;
mod missing_motivation;
mod missing_plan;
mod missing_questions;
mod missing_why;
mod negative_framing;
pub mod placeholder_text;
mod unaddressed_concern;
mod unquantified_result;
mod unused_breadcrumb;
pub mod unused_suppression;

use crate::diagnostic::{Applicability, Finding, FixAvailability, Level};
use crate::document::{line_end, Document, SectionKind};
use crate::text::{Edit, Span};

/// What rules may be told by the configuration.
#[derive(Debug, Clone)]
pub struct RuleOptions {
    /// Phrases that always make a sentence negative framing.
    pub framing_extra: Vec<String>,
    /// Phrases that make a sentence never negative framing.
    pub framing_allowed: Vec<String>,
    /// The fewest questions `few-questions` accepts.
    pub min_questions: usize,
    /// Extra recommended questions (completion, suggestions).
    pub extra_questions: Vec<String>,
}

impl Default for RuleOptions {
    fn default() -> Self {
        RuleOptions {
            framing_extra: Vec::new(),
            framing_allowed: Vec::new(),
            min_questions: 3,
            extra_questions: Vec::new(),
        }
    }
}

pub struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub options: &'d RuleOptions,
}

pub type CheckFn = fn(&Context, &mut Vec<Finding>);

pub struct Rule {
    pub name: &'static str,
    pub default_level: Level,
    pub fix: FixAvailability,
    pub check: CheckFn,
    source: &'static str,
}

impl Rule {
    /// The rule's documentation: its source file's leading `//!` comment, as Markdown.
    pub fn documentation(&self) -> String {
        let mut out = String::new();
        for line in self.source.lines() {
            let Some(rest) = line.strip_prefix("//!") else {
                break;
            };
            out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            out.push('\n');
        }
        out.trim_end().to_string()
    }

    /// The first sentence of the documentation.
    pub fn summary(&self) -> String {
        let doc = self.documentation();
        let what = doc
            .split("## What it does")
            .nth(1)
            .unwrap_or(&doc)
            .trim_start()
            .lines()
            .take_while(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        what.trim().to_string()
    }

    /// The documentation as the page `docs/rules/NAME.md`.
    pub fn page(&self) -> String {
        format!(
            "# {}\n\nDefault level: **{}** · Fix: **{}**\n\n{}\n",
            self.name,
            self.default_level,
            self.fix.describe(),
            self.documentation()
        )
    }

    pub fn url(&self) -> String {
        format!("docs/rules/{}.md", self.name)
    }
}

macro_rules! rule {
    ($module:ident, $name:literal, $level:ident, $fix:expr) => {
        Rule {
            name: $name,
            default_level: Level::$level,
            fix: $fix,
            check: $module::check,
            source: include_str!(concat!(stringify!($module), ".rs")),
        }
    };
}

const SAFE: FixAvailability = FixAvailability::Always(Applicability::Safe);
const UNSAFE: FixAvailability = FixAvailability::Always(Applicability::Unsafe);
const DISPLAY: FixAvailability = FixAvailability::Always(Applicability::DisplayOnly);
const NONE: FixAvailability = FixAvailability::None;

/// Every rule, in the order of the documentation.
pub static RULES: &[Rule] = &[
    rule!(negative_framing, "negative-framing", Warning, UNSAFE),
    rule!(missing_examples, "missing-examples", Warning, SAFE),
    rule!(missing_why, "missing-why", Warning, SAFE),
    rule!(missing_questions, "missing-questions", Warning, SAFE),
    rule!(missing_plan, "missing-plan", Warning, SAFE),
    rule!(incomplete_plan, "incomplete-plan", Warning, SAFE),
    rule!(unused_breadcrumb, "unused-breadcrumb", Warning, UNSAFE),
    rule!(
        first_round_question,
        "first-round-question",
        Warning,
        DISPLAY
    ),
    rule!(
        missing_concerns_question,
        "missing-concerns-question",
        Info,
        SAFE
    ),
    rule!(few_questions, "few-questions", Info, NONE),
    rule!(unquantified_result, "unquantified-result", Info, NONE),
    rule!(example_coverage, "example-coverage", Info, NONE),
    rule!(missing_motivation, "missing-motivation", Info, NONE),
    rule!(unaddressed_concern, "unaddressed-concern", Warning, NONE),
    rule!(placeholder_text, "placeholder-text", Warning, NONE),
    rule!(unused_suppression, "unused-suppression", Info, SAFE),
];

pub fn rule(name: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.name == name)
}

/// Text with the document's own line breaks.
pub fn with_newlines(doc: &Document, text: &str) -> String {
    if doc.newline() == "\r\n" {
        text.replace('\n', "\r\n")
    } else {
        text.to_string()
    }
}

/// The end of the last non-blank content before `offset`.
pub fn content_end(text: &str, offset: usize) -> usize {
    text[..offset].trim_end().len()
}

/// An edit that appends a Markdown block (a new section) at the end of the document, after one
/// blank line, leaving the file ending in a single newline.
pub fn append_block(doc: &Document, block: &str) -> Edit {
    let end = content_end(doc.text, doc.text.len());
    let lead = if end == 0 { "" } else { "\n\n" };
    let body = format!("{lead}{}\n", block.trim_end());
    Edit::replace(Span::new(end, doc.text.len()), with_newlines(doc, &body))
}

/// A heading of the document's top section level.
pub fn heading(doc: &Document, title: &str) -> String {
    format!("{} {title}", "#".repeat(doc.section_level() as usize))
}

/// An edit that adds a list item at the end of a section (after its last block).
pub fn append_item(doc: &Document, section: usize, item: &str) -> Edit {
    let end = doc.section_end(section);
    let last = doc
        .blocks
        .iter()
        .rfind(|b| b.span.start >= doc.sections[section].span.start && b.span.end <= end);
    let (at, lead, marker) = match last {
        Some(b) if b.kind == crate::document::BlockKind::ListItem => {
            let marker = doc.text[b.outer.start..]
                .chars()
                .next()
                .filter(|c| matches!(c, '*' | '+'))
                .unwrap_or('-');
            let indent = doc.text
                [doc.lines.line_start(doc.lines.line_of(b.outer.start))..b.outer.start]
                .to_string();
            let at = line_end(doc.text, b.span.end);
            (at, format!("\n{indent}"), marker)
        }
        Some(b) => (line_end(doc.text, b.span.end), "\n\n".to_string(), '-'),
        None => {
            let h = doc.sections[section]
                .heading
                .as_ref()
                .map(|h| h.span.end)
                .unwrap_or(0);
            (line_end(doc.text, h), "\n\n".to_string(), '-')
        }
    };
    Edit::insert(at, with_newlines(doc, &format!("{lead}{marker} {item}")))
}

/// The span document-level findings about a section point at: its heading, else the document's.
pub fn section_anchor(doc: &Document, kind: SectionKind) -> Span {
    doc.section_of(kind)
        .and_then(|s| doc.sections[s].heading.as_ref().map(|h| h.span))
        .unwrap_or_else(|| doc.anchor())
}

/// A plan item for one part of a 30/60/90 plan, built from what the interviewers said.
pub fn plan_item(days: u16, breadcrumb: Option<&str>) -> String {
    match (days, breadcrumb) {
        (30, Some(b)) => format!("Learn how things stand today with: {b}"),
        (60, Some(b)) => format!("Agree on a plan with the team for: {b}"),
        (_, Some(b)) => format!("Deliver a first measurable result on: {b}"),
        (30, None) => {
            "Meet the team and the people the role serves; learn how work gets done today".into()
        }
        (60, None) => "Take ownership of a first piece of work and propose one improvement".into(),
        (_, None) => {
            "Deliver a first measurable result and agree on goals for the next quarter".into()
        }
    }
}

/// The breadcrumb objects of a document, as plain text.
pub fn breadcrumb_objects<'d>(doc: &'d Document) -> Vec<&'d str> {
    doc.breadcrumbs
        .iter()
        .map(|b| doc.prose(b.object).trim())
        .collect()
}

/// The heading text of a plan part.
pub fn part_title(days: u16) -> String {
    match days {
        30 => "First 30 days".into(),
        d => format!("By day {d}"),
    }
}

#[cfg(test)]
pub mod test_support {
    use super::*;
    use crate::document::{parse, ParseOptions};

    /// Runs one rule over a text and returns what it found.
    pub fn findings(name: &str, text: &str) -> Vec<Finding> {
        findings_with(name, text, &RuleOptions::default())
    }

    pub fn findings_with(name: &str, text: &str, options: &RuleOptions) -> Vec<Finding> {
        let doc = parse(text, &ParseOptions::default());
        let mut out = Vec::new();
        (rule(name).expect("known rule").check)(&Context { doc: &doc, options }, &mut out);
        out
    }

    /// The texts of what one rule flagged.
    pub fn flagged<'t>(name: &str, text: &'t str) -> Vec<&'t str> {
        findings(name, text)
            .into_iter()
            .map(|f| &text[f.span.start..f.span.end])
            .collect()
    }

    /// Judges every `label|item` line of a fixture list (blank lines and `#` comments skipped):
    /// returns how many there were and each item whose judged label differs from its own.
    pub fn misjudged(list: &str, judge: impl Fn(&str) -> String) -> (usize, Vec<String>) {
        let mut count = 0;
        let mut wrong = Vec::new();
        for line in list
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (want, item) = line.split_once('|').expect("label|item");
            count += 1;
            let got = judge(item);
            if got != want {
                wrong.push(format!("{item:?}: {got}, want {want}"));
            }
        }
        (count, wrong)
    }

    /// The patterns of `set` that no item labeled `label` in a fixture list matches, lowered as
    /// the question rules lower a question. A pattern no labeled question shows is one no test
    /// checks: a slip in the data file (two lines run together) would go unnoticed.
    pub fn unshown_patterns(
        set: &crate::lexicon::GatedSet,
        list: &str,
        label: &str,
    ) -> Vec<String> {
        let items: Vec<String> = list
            .lines()
            .filter_map(|l| l.strip_prefix(label)?.strip_prefix('|'))
            .map(str::to_ascii_lowercase)
            .collect();
        set.patterns()
            .filter(|source| {
                let pattern = regex::bytes::Regex::new(source).expect("compiled in the set");
                !items.iter().any(|q| pattern.is_match(q.as_bytes()))
            })
            .map(str::to_string)
            .collect()
    }

    /// Applies a finding's preferred fix.
    pub fn apply(text: &str, finding: &Finding) -> String {
        let fix = finding.fix.as_ref().expect("a fix");
        crate::text::apply_edits(text, &fix.edits).0
    }
}
