//! One pass over pulldown-cmark's events: prose blocks, headings (real and pseudo), sections, code,
//! HTML comments, and the prose mask.

use super::classify::{classify_heading, Context};
use super::{Block, BlockKind, Heading, ParseOptions, Section, SectionKind};
use crate::lexicon::HeadingClass;
use crate::text::{listed, words, Span};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;
use std::sync::OnceLock;

pub struct Walked {
    pub prose: String,
    pub sections: Vec<Section>,
    pub blocks: Vec<Block>,
    pub comments: Vec<Span>,
    pub code: Vec<Span>,
}

struct Open {
    kind: BlockKind,
    span: Option<Span>,
    outer: Span,
    list_depth: u8,
    in_quote: bool,
    heading_level: u8,
}

/// Where a label opening a block of text stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LabelPlace {
    Paragraph,
    Quote,
    ListItem,
}

struct Walker<'a> {
    text: &'a str,
    options: &'a ParseOptions,
    prose: Vec<u8>,
    sections: Vec<Section>,
    blocks: Vec<Block>,
    code: Vec<Span>,
    html: Vec<Span>,
    open: Option<Open>,
    list_depth: u8,
    quote_depth: u32,
    item_outer: Vec<Span>,
    title_level1: bool,
    last_real_level: u8,
    /// Of the current top-level list: whether its first item's label opened a section (a
    /// document written as one list of labelled items), once that item is read.
    labelled_list: Option<bool>,
    /// Cells begun in the current table row, and whether that row is the table's head.
    row_cells: u32,
    in_table_head: bool,
}

pub fn walk(text: &str, body_start: usize, options: &ParseOptions) -> Walked {
    let body = &text[body_start..];
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_TASKLISTS);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let level1_count = count_level_one_headings(body);
    let mut w = Walker {
        text,
        options,
        prose: vec![b' '; text.len()],
        sections: vec![Section {
            heading: None,
            level: 0,
            kind: None,
            own_kind: false,
            not_a_section: false,
            plan_part: None,
            parent: None,
            span: Span::new(0, text.len()),
        }],
        blocks: Vec::new(),
        code: Vec::new(),
        html: Vec::new(),
        open: None,
        list_depth: 0,
        quote_depth: 0,
        item_outer: Vec::new(),
        title_level1: level1_count == 1,
        last_real_level: 0,
        labelled_list: None,
        row_cells: 0,
        in_table_head: false,
    };
    // Keep line breaks in the mask so a span never runs across lines by accident of blanking.
    for i in crate::text::memchr_newlines(text.as_bytes()) {
        w.prose[i] = b'\n';
    }
    let mut events = Parser::new_ext(body, opts)
        .into_offset_iter()
        .map(|(e, r)| (e, Span::new(r.start + body_start, r.end + body_start)))
        .peekable();
    while let Some((event, span)) = events.next() {
        let next_is_list = matches!(events.peek(), Some((Event::Start(Tag::List(_)), _)));
        w.event(event, span, next_is_list);
    }
    w.flush(false);
    w.finish()
}

impl<'a> Walker<'a> {
    fn event(&mut self, event: Event<'_>, span: Span, next_is_list: bool) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.flush(false);
                self.start(BlockKind::Heading, span, level as u8);
            }
            Event::End(TagEnd::Heading(_)) => self.flush(false),
            Event::Start(Tag::Paragraph) => {
                self.flush(false);
                self.start(BlockKind::Paragraph, span, 0);
            }
            Event::End(TagEnd::Paragraph) => self.flush(next_is_list),
            Event::Start(Tag::Item) => {
                self.flush(false);
                self.item_outer.push(span);
            }
            Event::End(TagEnd::Item) => {
                self.flush(false);
                self.item_outer.pop();
            }
            Event::Start(Tag::List(_)) => {
                self.flush(false);
                self.list_depth = self.list_depth.saturating_add(1);
                if self.list_depth == 1 {
                    self.labelled_list = None;
                }
            }
            Event::End(TagEnd::List(_)) => {
                self.flush(false);
                self.list_depth = self.list_depth.saturating_sub(1);
            }
            Event::Start(Tag::TableHead) => {
                self.in_table_head = true;
                self.row_cells = 0;
            }
            Event::End(TagEnd::TableHead) => self.in_table_head = false,
            Event::Start(Tag::TableRow) => self.row_cells = 0,
            Event::Start(Tag::TableCell) => {
                self.flush(false);
                self.row_cells += 1;
                self.start(BlockKind::TableCell, span, 0);
            }
            Event::End(TagEnd::TableCell) => self.flush(false),
            Event::Start(Tag::BlockQuote(_)) => {
                self.flush(false);
                self.quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.flush(false);
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            Event::Start(Tag::CodeBlock(_)) => {
                self.flush(false);
                self.code.push(span);
            }
            Event::Text(_) => {
                if self.in_code(span) {
                    return;
                }
                self.mark_prose(span);
                self.extend(span);
            }
            Event::Code(_) => {
                self.code.push(span);
                self.extend(span);
            }
            Event::InlineHtml(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {
                self.html.push(span);
                self.extend(span);
            }
            Event::Html(_) => {
                self.flush(false);
                self.html.push(span);
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) | Event::Rule => {}
            Event::SoftBreak | Event::HardBreak => {}
            _ => {}
        }
    }

    fn in_code(&self, span: Span) -> bool {
        self.code.last().is_some_and(|c| c.covers(span))
    }

    fn prose_str(&self, span: Span) -> &str {
        std::str::from_utf8(&self.prose[span.start..span.end]).unwrap_or("")
    }

    fn mark_prose(&mut self, span: Span) {
        self.prose[span.start..span.end]
            .copy_from_slice(&self.text.as_bytes()[span.start..span.end]);
    }

    fn start(&mut self, kind: BlockKind, outer: Span, heading_level: u8) {
        self.open = Some(Open {
            kind,
            span: None,
            outer,
            list_depth: self.list_depth,
            in_quote: self.quote_depth > 0,
            heading_level,
        });
    }

    fn extend(&mut self, span: Span) {
        if self.open.is_none() {
            let kind = if self.item_outer.is_empty() {
                BlockKind::Paragraph
            } else {
                BlockKind::ListItem
            };
            let outer = self.item_outer.last().copied().unwrap_or(span);
            self.start(kind, outer, 0);
        }
        let open = self.open.as_mut().expect("opened above");
        open.span = Some(match open.span {
            Some(s) => Span::new(s.start.min(span.start), s.end.max(span.end)),
            None => span,
        });
    }

    fn flush(&mut self, next_is_list: bool) {
        let Some(open) = self.open.take() else {
            return;
        };
        let Some(span) = open.span else {
            if open.kind == BlockKind::Heading {
                // An empty heading still opens a section.
                self.open_section(
                    open.outer,
                    Span::empty(open.outer.end),
                    open.heading_level,
                    None,
                );
            }
            return;
        };
        let mut span = span;
        if open.kind == BlockKind::Paragraph
            && open.list_depth == 0
            && !open.in_quote
            && self.push_glyph_list(span)
        {
            return;
        }
        if open.kind == BlockKind::Paragraph && open.list_depth == 0 {
            if !open.in_quote {
                span = self.split_bold_first_line(&open, span);
            }
            let place = if open.in_quote {
                LabelPlace::Quote
            } else {
                LabelPlace::Paragraph
            };
            span = self.split_inline_label(span, place);
        } else if open.list_depth == 1 && !open.in_quote && self.labelled_list != Some(false) {
            let sections = self.sections.len();
            span = self.split_inline_label(span, LabelPlace::ListItem);
            // "- **Queue triage**: ..." first makes "- **Pushback**: ..." a story's title too.
            self.labelled_list
                .get_or_insert(self.sections.len() > sections);
            // "- **Questions:**" above its nested list is a heading and nothing else.
            if span.start == span.end {
                return;
            }
        }
        let mut kind = open.kind;
        let outer = if kind == BlockKind::ListItem {
            self.item_outer.last().copied().unwrap_or(open.outer)
        } else {
            open.outer
        };
        if kind == BlockKind::Heading {
            self.open_section(open.outer, span, open.heading_level, None);
        } else if kind == BlockKind::TableCell && self.row_cells == 1 && !self.in_table_head {
            if let Some((level, class)) = self.row_label(span) {
                self.open_section(open.outer, span, level, Some(class));
                kind = BlockKind::Heading;
            }
        } else if kind == BlockKind::Paragraph && open.list_depth == 0 && !open.in_quote {
            if let Some((level, class)) = self.pseudo_heading(
                span,
                is_bold_line(open.outer.slice(self.text)),
                next_is_list,
            ) {
                self.open_section(open.outer, span, level, Some(class));
                kind = BlockKind::Heading;
            }
        }
        let section = self.sections.len() - 1;
        self.blocks.push(Block {
            kind,
            span,
            section,
            list_depth: open.list_depth,
            in_quote: open.in_quote,
            outer,
        });
    }

    /// "➡️ Meet every adviser\n➡️ Listen to calls": lines that each open with the same arrow, emoji
    /// or bullet sign are a list to whoever wrote them, though Markdown reads one paragraph. Each
    /// line becomes an item of its own; returns whether the paragraph was such a list.
    fn push_glyph_list(&mut self, span: Span) -> bool {
        let source = span.slice(self.text);
        let mut lines = source.split('\n');
        let Some(glyph) = lines.next().and_then(glyph_bullet) else {
            return false;
        };
        if !source.contains('\n') || !lines.all(|l| glyph_bullet(l) == Some(glyph)) {
            return false;
        }
        let section = self.sections.len() - 1;
        let mut start = span.start;
        for line in source.split('\n') {
            let outer = Span::new(start, start + line.trim_end().len());
            let content = line[glyph.len()..].trim();
            let from = start + line.len() - line[glyph.len()..].trim_start().len();
            start += line.len() + 1;
            if content.is_empty() {
                continue;
            }
            self.blocks.push(Block {
                kind: BlockKind::ListItem,
                span: Span::new(from, from + content.len()),
                section,
                list_depth: 1,
                in_quote: false,
                outer,
            });
        }
        true
    }

    /// "**Why Acme?**" (or "Why Acme:") on the line right above its answer is one Markdown
    /// paragraph: when its first line is wholly bold, or a short label ending in a colon, and names
    /// a section, that line becomes the heading and the rest the body.
    fn split_bold_first_line(&mut self, open: &Open, span: Span) -> Span {
        let source = open.outer.slice(self.text);
        let Some(newline) = source.find('\n') else {
            return span;
        };
        let first = &source[..newline];
        let rest_start = open.outer.start + newline + 1;
        let bold = is_bold_line(first);
        let label = is_label_line(first);
        let rest = self.text.get(rest_start..span.end).unwrap_or_default();
        let short_line = is_short_line_above_sentence(first, rest);
        if !(bold || label || short_line) || rest.trim().is_empty() {
            return span;
        }
        let line = Span::new(open.outer.start, open.outer.start + first.trim_end().len());
        let heading_text = Span::new(span.start, line.end.max(span.start));
        let Some((level, class)) = self.pseudo_heading(heading_text, true, false) else {
            return span;
        };
        // A "Label:" line or a bare short line starts a section when it names one (not a story
        // title), or when it speaks of the candidate after a section a label opened ("Current
        // job (analyst):" or "Current job" after "Round 1 notes"); a bare short line naming a
        // plan part does not ("30 days: meet everyone" above the next part is a plan line).
        let about_me = (label || short_line) && class.is_none() && self.ends_pseudo_section(first);
        if !bold
            && !about_me
            && (class.is_none() || !label && !matches!(class, Some(HeadingClass::Kind(_))))
        {
            return span;
        }
        self.open_pseudo_heading(line, heading_text, level, class);
        let body = &self.prose[rest_start..span.end];
        let lead = body.iter().take_while(|b| b.is_ascii_whitespace()).count();
        Span::new(rest_start + lead, span.end)
    }

    /// "Why I want it: more money and ..." or "**Why Meridian.** I want ..." — a short label (and
    /// a colon, or a bold run) opening a paragraph names the section its text answers: the label
    /// becomes the heading, the rest the body. In a block quote only a label about the candidate
    /// does ("> Where I am: ..." set off under the notes): a quote is otherwise someone's words.
    /// A list of labelled items ("- **Why Hollowbrook:** payments at scale ...") is a document
    /// of sections when the labels are bold; "- Why: ..." is an item of its list.
    fn split_inline_label(&mut self, span: Span, place: LabelPlace) -> Span {
        let text = span.slice(self.text);
        let first_line = text.split('\n').next().unwrap_or_default();
        let opener = &self.text[..span.start];
        let bold_close = if opener.ends_with("**") || opener.ends_with("__") {
            let mark = &opener[opener.len() - 2..];
            // A bold label with nothing after it closes past the text ("- **Questions:**").
            first_line.find(mark).or_else(|| {
                (first_line.len() == text.len() && self.text[span.end..].starts_with(mark))
                    .then_some(first_line.len())
            })
        } else {
            None
        };
        // "Why Orbitel? I'm ...": a label may be a question ("plan?? TBD" is no plan).
        let question = first_line.find('?').filter(|_| {
            let first_word = first_line.split_whitespace().next().unwrap_or_default();
            ["why", "what", "how", "who", "which", "where", "when"]
                .iter()
                .any(|w| first_word.eq_ignore_ascii_case(w))
        });
        if place == LabelPlace::ListItem && bold_close.is_none() {
            return span;
        }
        // "Why Greystone. They test ...", "My plan. ...": a few words closed by a full stop, not
        // a sentence with a subject ("I have concerns about the gap. ...").
        let stop = first_line.find(". ").filter(|&at| {
            let mut label = first_line[..at].split_whitespace();
            let first = label.next().unwrap_or_default();
            label.count() < LABEL_WORDS
                && !["i", "i'm", "i’m", "we", "they", "it", "this", "that", "you"]
                    .iter()
                    .any(|p| first.eq_ignore_ascii_case(p))
        });
        let label_mark = [first_line.find(':'), question, stop]
            .into_iter()
            .flatten()
            .min();
        let (label_end, body_start) = match (bold_close, label_mark) {
            (Some(close), _) => (close, (close + 2).min(text.len())),
            (None, Some(mark)) => (mark, mark + 1),
            (None, None) => return span,
        };
        let label = first_line[..label_end].trim_end_matches(['.', ':', '?', '!', ' ']);
        // The body starts at its first prose character: markup around the label is not text.
        let Ok(body) = std::str::from_utf8(&self.prose[span.start + body_start..span.end]) else {
            return span;
        };
        let rest_len = body
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—'))
            .len();
        if label.trim().is_empty()
            || rest_len == 0 && place != LabelPlace::ListItem
            || !is_short_label(label)
        {
            return span;
        }
        let heading_text = Span::new(span.start, span.start + label.len());
        let Some((level, class)) = self.pseudo_heading(heading_text, true, false) else {
            return span;
        };
        // Only a label that names a kind of section, or one about the candidate that ends the
        // section a label opened ("Current role: ..." after "From the first interview: ..."):
        // "30 days:" lines are a plan's parts, and "Note:" or a story's first words are prose.
        let about_me = class.is_none() && self.ends_pseudo_section(self.prose_str(heading_text));
        // A quote's label names a section only when the candidate quotes their own reasons
        // ("> Why Greenway: I hike every weekend ...") or sets the interviewers' words off as
        // notes ("> notes from round 1 with Bea:"): the interviewers do not ask themselves why
        // the candidate wants them.
        let names_kind = match class {
            Some(HeadingClass::Kind(kind)) => {
                place != LabelPlace::Quote
                    || kind == SectionKind::Notes
                    || kind == SectionKind::Why && speaks_as_me(&body[body.len() - rest_len..])
            }
            _ => false,
        };
        if !(about_me || names_kind) {
            return span;
        }
        let outer = Span::new(span.start, span.start + body_start);
        self.open_pseudo_heading(outer, heading_text, level, class);
        Span::new(span.end - rest_len, span.end)
    }

    /// Opens the section a line inside a paragraph names, and records that line as its heading.
    fn open_pseudo_heading(
        &mut self,
        outer: Span,
        heading_text: Span,
        level: u8,
        class: Option<HeadingClass>,
    ) {
        self.open_section(outer, heading_text, level, Some(class));
        self.blocks.push(Block {
            kind: BlockKind::Heading,
            span: heading_text,
            section: self.sections.len() - 1,
            list_depth: 0,
            in_quote: false,
            outer,
        });
    }

    /// A wholly bold line, or a short line directly followed by a list, acts as a heading when it
    /// names a section (or, in the examples, titles a story).
    /// Returns the level the pseudo-heading takes and what its text says.
    fn pseudo_heading(
        &self,
        span: Span,
        bold: bool,
        next_is_list: bool,
    ) -> Option<(u8, Option<HeadingClass>)> {
        let line = span.slice(self.text);
        if line.contains('\n') {
            return None;
        }
        let words = line.split_whitespace().count();
        let short = is_short_label(line) && !line.trim_end().ends_with('.');
        if !(bold && words <= 12 || next_is_list && short) {
            return None;
        }
        let level = self.last_real_level + 1;
        let parent = self.parent_for(level);
        let context = self.context(parent);
        let heading_text = self.prose_str(span);
        let parent_kind = self.sections[parent].kind;
        let class = classify_heading(heading_text, context, &self.options.aliases);
        let level = match class {
            // "**Why Acme?**" after "## Examples" starts a new section beside it, not a story.
            Some(HeadingClass::Kind(k)) if parent != 0 && parent_kind.is_some_and(|p| p != k) => {
                let mut owner = parent;
                while let Some(up) = self.sections[owner].parent {
                    if up == 0 || self.sections[up].kind != parent_kind {
                        break;
                    }
                    owner = up;
                }
                self.sections[owner].level.max(1)
            }
            Some(HeadingClass::Kind(_)) | Some(HeadingClass::PlanPart(_)) => level,
            None if bold && parent_kind == Some(SectionKind::Examples) => level,
            None if self.ends_pseudo_section(line) => self.sections[self.sections.len() - 1].level,
            _ => return None,
        };
        Some((level, class))
    }

    /// "| Why Osprey | 14 hotels, payroll brought in-house |": the first cell of a table's row
    /// labels the row when it names a kind of section, or speaks of the candidate after a row that
    /// did ("| Current job | ... |"), in at most six words. A story's title, a topic ("| Planning |
    /// done in Excel |" under the current job) or a question to ask labels nothing.
    fn row_label(&self, span: Span) -> Option<(u8, Option<HeadingClass>)> {
        // A question of a table of questions is asked, not a label: only "Why ...?" labels.
        let cell = span.slice(self.text).trim();
        let asked = cell.ends_with('?')
            && !cell
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("why"));
        if asked || !is_short_label(cell) {
            return None;
        }
        let (level, class) = self.pseudo_heading(span, true, false)?;
        match class {
            Some(HeadingClass::Kind(_)) => Some((level, class)),
            None if self.ends_pseudo_section(span.slice(self.text)) => Some((level, None)),
            _ => None,
        }
    }

    /// "notes" above a list, then "my current job" (or "Now:") above another (or "**About my
    /// current site**"): in a document of plain-line or bold labels, a label that speaks of the
    /// candidate ends the section the previous label opened, even when it names no kind;
    /// otherwise the candidate's lines would read as the notes'.
    fn ends_pseudo_section(&self, line: &str) -> bool {
        let last = &self.sections[self.sections.len() - 1];
        let opened_by_label = last.heading.as_ref().is_some_and(|h| h.pseudo) && last.own_kind;
        const MINE: [&str; 9] = [
            "my",
            "me",
            "i",
            "i'm",
            "i’m",
            "mine",
            "now",
            "current",
            "currently",
        ];
        let mine = words(line).any(|w| listed(&MINE, w));
        // "Leaving the Army": why the candidate goes, said of the place they leave.
        let leaving = words(line)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("leaving"));
        opened_by_label
            && (mine || leaving)
            && !matches!(last.kind, Some(SectionKind::Examples | SectionKind::Plan))
    }

    fn parent_for(&self, level: u8) -> usize {
        let mut p = self.sections.len() - 1;
        while self.sections[p].level >= level {
            match self.sections[p].parent {
                Some(up) => p = up,
                None => break,
            }
        }
        p
    }

    fn context(&self, parent: usize) -> Context {
        Context {
            in_plan: self.sections[parent].kind == Some(SectionKind::Plan),
        }
    }

    /// Opens a section at a heading. `pseudo` carries the class already found for a bold or short
    /// line acting as a heading; Markdown headings are classified here.
    fn open_section(
        &mut self,
        line: Span,
        text: Span,
        level: u8,
        pseudo: Option<Option<HeadingClass>>,
    ) {
        let is_pseudo = pseudo.is_some();
        if !is_pseudo {
            self.last_real_level = level;
        }
        let parent = self.parent_for(level);
        let is_title = !is_pseudo && level == 1 && self.title_level1;
        let class = match pseudo {
            _ if is_title => Some(HeadingClass::NotASection),
            Some(class) => class,
            None => classify_heading(
                self.prose_str(text),
                self.context(parent),
                &self.options.aliases,
            ),
        };
        // Stories may be titled anything ("Why I pushed back"), and a plan's sub-headings are its
        // parts: inside those two, a sub-heading keeps the section's kind.
        let class = match (self.sections[parent].kind, class) {
            (Some(SectionKind::Examples), _) => None,
            (Some(SectionKind::Plan), Some(HeadingClass::PlanPart(d))) => {
                Some(HeadingClass::PlanPart(d))
            }
            (Some(SectionKind::Plan), _) => None,
            (_, class) => class,
        };
        let inherited = self.sections[parent].kind.filter(|_| !is_title);
        let (kind, own_kind, plan_part) = match class {
            Some(HeadingClass::Kind(k)) => (Some(k), true, None),
            Some(HeadingClass::PlanPart(d)) => (Some(SectionKind::Plan), false, Some(d)),
            Some(HeadingClass::NotASection) => (None, false, None),
            None => (inherited, false, None),
        };
        let start = line.start;
        if let Some(prev) = self.sections.last_mut() {
            prev.span.end = start;
        }
        self.sections.push(Section {
            heading: Some(Heading {
                span: line_span(self.text, line),
                text,
                level,
                pseudo: is_pseudo,
            }),
            level,
            kind,
            own_kind,
            not_a_section: class == Some(HeadingClass::NotASection),
            plan_part,
            parent: Some(parent),
            span: Span::new(start, self.text.len()),
        });
    }

    fn finish(self) -> Walked {
        let prose = String::from_utf8(self.prose).unwrap_or_else(|e| {
            // Cannot happen (only whole characters are copied), but never panic on input.
            " ".repeat(e.into_bytes().len())
        });
        let comments = html_comments(self.text, &self.html);
        Walked {
            prose,
            sections: self.sections,
            blocks: self.blocks,
            comments,
            code: self.code,
        }
    }
}

/// The most words and characters a label has: "Why I want to work at Acme" is one, a sentence
/// is not.
const LABEL_WORDS: usize = 6;
const LABEL_CHARS: usize = 60;

/// A label's length leaves out an aside in brackets: "Current job (analyst, claims, 4 years)"
/// and "notes from round 1 with Bea (eng manager)" are short.
fn is_short_label(text: &str) -> bool {
    let (mut depth, mut chars, mut words, mut in_word) = (0usize, 0, 0, false);
    for c in text.trim().chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                chars += 1;
                words += usize::from(!c.is_whitespace() && !in_word);
                in_word = !c.is_whitespace();
            }
            _ => {}
        }
    }
    words <= LABEL_WORDS && chars <= LABEL_CHARS
}

/// "Why Acme:" — a short line ending in a colon, the way people label a section in plain text.
fn is_label_line(line: &str) -> bool {
    let line = line.trim();
    line.ends_with(':') && is_short_label(line)
}

/// "why I apply" above "I want to work ..." in one paragraph: a few words with no closing
/// punctuation, and the next line opening a new sentence. Wrapped prose breaks after a full
/// line, so a short first line followed by a capital is a label, not a sentence's start; in
/// notes written in lower case, so is one followed by a lower-case word.
fn is_short_line_above_sentence(line: &str, rest: &str) -> bool {
    let line = line.trim();
    // A writer who starts their labels in lower case ("why kestrel") starts sentences so too;
    // a line that stops on a word that needs the next ("why it matters to") is wrapped prose.
    const CARRIES_ON: [&str; 20] = [
        "a", "an", "and", "are", "at", "but", "for", "in", "is", "my", "of", "on", "or", "our",
        "that", "the", "to", "was", "which", "with",
    ];
    let lower_case_notes = line.chars().next().is_some_and(char::is_lowercase)
        && line
            .rsplit(' ')
            .next()
            .is_some_and(|last| !CARRIES_ON.contains(&last));
    let opens_sentence = rest.trim_start().chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || lower_case_notes && c.is_lowercase()
    });
    opens_sentence
        && !line.is_empty()
        && line.split_whitespace().count() <= 5
        && line.chars().count() <= 40
        && !line.ends_with(['.', ',', ';', '!', '-', '\u{2014}', '\u{2013}'])
}

/// Level-1 headings outside fenced code, by a line scan (a second Markdown parse would cost as
/// much as the first). Decides whether a lone `# Title` is the document's title.
fn count_level_one_headings(body: &str) -> usize {
    let mut count = 0;
    let mut fence: Option<&str> = None;
    let mut previous_blank = true;
    for line in body.lines() {
        let trimmed = line.trim_start_matches(' ');
        let indent_ok = line.len() - trimmed.len() <= 3;
        if indent_ok && (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
            let marker = &trimmed[..3];
            fence = match fence {
                Some(open) if open == marker => None,
                Some(open) => Some(open),
                None => Some(marker),
            };
            continue;
        }
        if fence.is_none() && indent_ok {
            let atx = trimmed.starts_with('#')
                && !trimmed.starts_with("##")
                && trimmed[1..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ' ' || c == '\t');
            let setext = !previous_blank
                && !trimmed.is_empty()
                && trimmed.trim_end().chars().all(|c| c == '=');
            if atx || setext {
                count += 1;
            }
        }
        previous_blank = line.trim().is_empty();
    }
    count
}

/// The sign a line opens with when it stands for a bullet ("➡️ ", "• ", "✅ "): neither a letter,
/// a digit nor ASCII (Markdown's own bullets are lists already), then a space.
fn glyph_bullet(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if first.is_ascii() || first.is_alphanumeric() {
        return None;
    }
    let mut end = first.len_utf8();
    // An emoji's variation selector belongs to it.
    if line[end..].starts_with('\u{FE0F}') {
        end += '\u{FE0F}'.len_utf8();
    }
    line[end..].starts_with([' ', '\t']).then(|| &line[..end])
}

/// A paragraph that is one strong run, perhaps with a colon: `**Stories**`, `__Why Acme?__:`.
fn is_bold_line(source: &str) -> bool {
    let s = source.trim().trim_end_matches(':').trim_end();
    let inner = s
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .or_else(|| s.strip_prefix("__").and_then(|r| r.strip_suffix("__")));
    inner.is_some_and(|i| !i.is_empty() && !i.contains("**") && !i.contains('\n'))
}

/// A heading's source without its trailing newline.
fn line_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let trimmed = s.trim_end_matches(['\n', '\r']);
    Span::new(span.start, span.start + trimmed.len())
}

fn html_comments(text: &str, html: &[Span]) -> Vec<Span> {
    static COMMENT: OnceLock<Regex> = OnceLock::new();
    let re = COMMENT.get_or_init(|| Regex::new(r"(?s)<!--.*?-->").expect("valid"));
    // Block HTML arrives line by line: merge touching pieces so multi-line comments are whole.
    let mut merged: Vec<Span> = Vec::new();
    for &s in html {
        match merged.last_mut() {
            Some(last) if last.end >= s.start => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
        .iter()
        .flat_map(|m| {
            re.find_iter(m.slice(text))
                .map(move |f| Span::new(m.start + f.start(), m.start + f.end()))
        })
        .collect()
}

/// Whether a text speaks in the first person singular ("I", "I'm", "my", "me").
fn speaks_as_me(text: &str) -> bool {
    words(text).any(|w| {
        let w = w.split(['\'', '’']).next().unwrap_or(w);
        w == "I" || w.eq_ignore_ascii_case("my") || w.eq_ignore_ascii_case("me")
    })
}
