//! A prep document as a model: front matter, sections with their kind, prose blocks, sentences,
//! questions, stories, breadcrumbs and the 30/60/90-day plan, all located by byte spans.
//!
//! [`parse`] never fails and does no I/O: whatever the bytes, the result is a (possibly empty) model.

mod blocks;
mod classify;
mod front_matter;
pub mod sentences;
mod structure;

pub use classify::{classify_heading, normalise_heading};
pub use front_matter::{Field, FrontMatter};
pub use structure::{
    keywords, line_end, picks_up, reads_as_question, star_label, star_labels_in, stem_of,
};

use crate::text::{LineIndex, Span};

/// The kinds of section a prep document has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKind {
    Notes,
    Concerns,
    Examples,
    Why,
    Questions,
    Plan,
}

impl SectionKind {
    pub const ALL: [SectionKind; 6] = [
        SectionKind::Notes,
        SectionKind::Concerns,
        SectionKind::Examples,
        SectionKind::Why,
        SectionKind::Questions,
        SectionKind::Plan,
    ];

    pub fn parse(s: &str) -> Option<SectionKind> {
        Some(match s {
            "notes" => SectionKind::Notes,
            "concerns" => SectionKind::Concerns,
            "examples" => SectionKind::Examples,
            "why" => SectionKind::Why,
            "questions" => SectionKind::Questions,
            "plan" => SectionKind::Plan,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Notes => "notes",
            SectionKind::Concerns => "concerns",
            SectionKind::Examples => "examples",
            SectionKind::Why => "why",
            SectionKind::Questions => "questions",
            SectionKind::Plan => "plan",
        }
    }
}

/// Options that change how a document is read: the user's own heading aliases.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// Lower-case phrases that, found in a heading, make it a section of that kind.
    pub aliases: Vec<(SectionKind, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// The whole heading line (or the bold / short line acting as one).
    pub span: Span,
    /// The heading's words, without `#` markers.
    pub text: Span,
    pub level: u8,
    /// A bold line or a short line before a list, not a Markdown heading.
    pub pseudo: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// `None` for the part of the document before its first heading.
    pub heading: Option<Heading>,
    pub level: u8,
    /// The kind, own or inherited from the enclosing section.
    pub kind: Option<SectionKind>,
    /// Whether the heading itself named the kind (as opposed to inheriting it), or the section's
    /// text showed it under a heading that names no kind.
    pub own_kind: bool,
    /// The document's title, or a heading that says it is no section of a prep document
    /// ("Questions they might ask", "Logistics"): its text never gives it a kind.
    pub not_a_section: bool,
    /// For a part of a plan: 30, 60 or 90.
    pub plan_part: Option<u16>,
    pub parent: Option<usize>,
    /// From the heading to the start of the next heading.
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    ListItem,
    Heading,
    TableCell,
}

/// A leaf of prose: a paragraph, the text of a list item, a heading, a table cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// From the first to the last character of its inline content.
    pub span: Span,
    pub section: usize,
    /// 0 outside lists, 1 in a top-level item, 2 in a nested one, ...
    pub list_depth: u8,
    pub in_quote: bool,
    /// The list item or paragraph's whole source, markers included.
    pub outer: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub block: usize,
    pub section: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub span: Span,
    pub section: usize,
    pub block: usize,
}

/// A story in the examples section, with its STAR parts when they are labelled or cued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    pub title: Option<Span>,
    pub span: Span,
    pub blocks: Vec<usize>,
    pub result: Option<Span>,
}

/// Something the interviewers said that tells what the job needs ("We are struggling with X").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breadcrumb {
    pub sentence: Span,
    /// The X: what a plan should pick up.
    pub object: Span,
    /// Stemmed content words of the object, for matching against plan items.
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanPart {
    pub days: u16,
    pub label: Span,
    pub items: Vec<Span>,
    /// Where a new item for this part goes, and the indent it takes there.
    pub insert_at: usize,
    pub indent: String,
    pub shape: PartShape,
}

/// How a plan part is written, which decides how a fix can add to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartShape {
    /// `### First 30 days` and the blocks under it.
    Heading,
    /// `- 30 days: ...` and the items nested under it.
    ListItem,
    /// `30 days: ...` on its own line of a paragraph.
    Line,
    /// A column of a table whose header names it.
    TableColumn,
    /// A row of a table whose first cell names it.
    TableRow,
    /// A sentence of a plan told in prose that names its days ("By day 60 I'd ...").
    Sentence,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The plan's section: its heading's, or its first part's when no heading is over its parts.
    pub section: usize,
    /// Where the plan ends: after its section, or after the last of its parts.
    pub end: usize,
    pub parts: Vec<PlanPart>,
    /// Every item of the plan, in any part or none.
    pub items: Vec<Span>,
}

#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    /// The text with everything that is not prose (markup, code, HTML, link targets) blanked to
    /// spaces, byte for byte, so spans into it are spans into `text`.
    pub prose: String,
    pub lines: LineIndex,
    pub front_matter: Option<FrontMatter>,
    pub sections: Vec<Section>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub questions: Vec<Question>,
    pub stories: Vec<Story>,
    pub breadcrumbs: Vec<Breadcrumb>,
    pub plan: Option<Plan>,
    /// HTML comments outside code, for suppression directives.
    pub comments: Vec<Span>,
    /// Code blocks and code spans.
    pub code: Vec<Span>,
    /// Where each section ends, its subsections included.
    section_ends: Vec<usize>,
    /// The line break the document uses, found once.
    newline: &'static str,
    /// For each block, the range of `sentences` it holds.
    block_sentences: Vec<std::ops::Range<usize>>,
}

impl<'a> Document<'a> {
    pub fn prose(&self, span: Span) -> &str {
        &self.prose[span.start..span.end]
    }

    pub fn section_kind(&self, section: usize) -> Option<SectionKind> {
        self.sections.get(section).and_then(|s| s.kind)
    }

    pub fn has_section(&self, kind: SectionKind) -> bool {
        self.sections.iter().any(|s| s.kind == Some(kind))
    }

    /// The first section that names `kind` itself.
    pub fn section_of(&self, kind: SectionKind) -> Option<usize> {
        self.sections
            .iter()
            .position(|s| s.own_kind && s.kind == Some(kind))
            .or_else(|| self.sections.iter().position(|s| s.kind == Some(kind)))
    }

    /// The end of a section including its subsections.
    pub fn section_end(&self, section: usize) -> usize {
        self.section_ends
            .get(section)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The sentences of one block.
    pub fn sentences_of(&self, block: usize) -> &[Sentence] {
        self.block_sentences
            .get(block)
            .map(|r| &self.sentences[r.clone()])
            .unwrap_or(&[])
    }

    /// The indexes of the blocks that lie within `span`.
    pub fn blocks_within(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.blocks.partition_point(|b| b.span.start < span.start);
        let end = self.blocks.partition_point(|b| b.span.start < span.end);
        start..end.max(start)
    }

    /// Sentences within a section of this kind.
    pub fn sentences_in(&self, kind: SectionKind) -> impl Iterator<Item = &Sentence> {
        self.sentences
            .iter()
            .filter(move |s| self.section_kind(s.section) == Some(kind))
    }

    /// The first heading, where document-level findings point; else the first line.
    pub fn anchor(&self) -> Span {
        self.sections
            .iter()
            .find_map(|s| s.heading.as_ref().map(|h| h.span))
            .unwrap_or_else(|| self.lines.line_span(self.text, 0))
    }

    /// The heading level new top-level sections should get.
    pub fn section_level(&self) -> u8 {
        self.sections
            .iter()
            .filter(|s| s.own_kind && s.heading.as_ref().is_some_and(|h| !h.pseudo))
            .map(|s| s.level)
            .min()
            .unwrap_or(2)
    }

    /// The plan items that pick a breadcrumb up.
    pub fn items_picking_up(&self, crumb: &Breadcrumb) -> Vec<Span> {
        self.plan
            .iter()
            .flat_map(|p| &p.items)
            .filter(|i| picks_up(crumb, &keywords(self.prose(**i))))
            .copied()
            .collect()
    }

    /// The breadcrumb whose sentence holds `offset`.
    pub fn breadcrumb_at(&self, offset: usize) -> Option<&Breadcrumb> {
        self.breadcrumbs
            .iter()
            .find(|b| b.sentence.start <= offset && offset <= b.sentence.end)
    }

    /// The company from the front matter, if any.
    pub fn company(&self) -> Option<&str> {
        let fm = self.front_matter.as_ref()?;
        fm.get("company").filter(|c| !c.is_empty())
    }

    /// The newline this document uses.
    pub fn newline(&self) -> &'static str {
        self.newline
    }
}

/// For each section, the start of the next section at its level or above (or the end of the text).
fn section_ends(sections: &[Section], len: usize) -> Vec<usize> {
    let mut ends = vec![len; sections.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, s) in sections.iter().enumerate() {
        while let Some(&top) = open.last() {
            if sections[top].level >= s.level {
                ends[top] = s.span.start;
                open.pop();
            } else {
                break;
            }
        }
        open.push(i);
    }
    ends
}

/// Reads a prep document. Never fails, never panics.
pub fn parse<'a>(text: &'a str, options: &ParseOptions) -> Document<'a> {
    let (front_matter, body_start) = front_matter::split(text);
    let walked = blocks::walk(text, body_start, options);
    let mut doc = Document {
        text,
        prose: walked.prose,
        lines: LineIndex::new(text),
        front_matter,
        sections: walked.sections,
        blocks: walked.blocks,
        sentences: Vec::new(),
        questions: Vec::new(),
        stories: Vec::new(),
        breadcrumbs: Vec::new(),
        plan: None,
        comments: walked.comments,
        code: walked.code,
        section_ends: Vec::new(),
        block_sentences: Vec::new(),
        newline: if text.contains("\r\n") { "\r\n" } else { "\n" },
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        let first = doc.sentences.len();
        doc.sentences.extend(
            sentences::split(&doc.prose, b.span)
                .into_iter()
                .map(|span| Sentence {
                    span,
                    block: i,
                    section: b.section,
                }),
        );
        doc.block_sentences.push(first..doc.sentences.len());
    }
    doc.section_ends = section_ends(&doc.sections, text.len());
    structure::build(&mut doc);
    doc
}

#[cfg(test)]
mod tests;
