//! What the sections hold: questions, stories, breadcrumbs and the plan.

use super::classify::{classify_heading, Context};
use super::{
    Block, BlockKind, Breadcrumb, Document, PartShape, Plan, PlanPart, Question, SectionKind, Story,
};
use crate::lexicon::{lexicon, HeadingClass};
use crate::text::Span;
use regex::Regex;
use std::sync::OnceLock;

pub fn build(doc: &mut Document) {
    infer_kinds(doc);
    doc.questions = questions(doc);
    doc.stories = stories(doc);
    doc.breadcrumbs = breadcrumbs(doc);
    doc.plan = plan(doc);
}

/// A section under a heading that names no kind ("Stuff I pulled off", "For the panel", "The big
/// picture") takes the kind its text shows: mostly questions, mostly things done, or a short answer
/// that says what the candidate wants. Its sub-sections without a kind of their own take it too.
fn infer_kinds(doc: &mut Document) {
    // The text under the document's title, before its first section, may say why in a paragraph
    // of its own ("I want Thistle because ..."); the title passes no kind down.
    let is_title = |s: &super::Section| {
        s.not_a_section && s.level == 1 && s.heading.as_ref().is_some_and(|h| !h.pseudo)
    };
    let candidate = |s: &super::Section| {
        s.kind.is_none() && (!s.not_a_section || is_title(s)) && s.heading.is_some()
    };
    plans_by_their_parts(doc, &candidate, &is_title);
    plan_of_bare_parts(doc, &is_title);
    // Blocks, questions, things done, wants: counted in one pass over the blocks.
    let mut counts = vec![[0usize; 4]; doc.sections.len()];
    // The plan parts its lines open with ("first 30 days: ...", "day 60: ..."), as bits.
    let mut plan_days = vec![0u8; doc.sections.len()];
    let motivation = &lexicon().stories.motivation;
    for b in &doc.blocks {
        if b.kind == BlockKind::Heading || !candidate(&doc.sections[b.section]) {
            continue;
        }
        let text = doc.prose(b.span).trim();
        let c = &mut counts[b.section];
        c[0] += 1;
        c[1] += usize::from(reads_as_question(text));
        c[2] += usize::from(reads_as_result(text));
        c[3] += usize::from(motivation.is_match(text));
        if b.list_depth <= 1 && !is_title(&doc.sections[b.section]) {
            for line in text.lines() {
                if let Some(caps) = part_label().captures(line) {
                    plan_days[b.section] |= match label_days(&caps) {
                        30 => 1,
                        60 => 2,
                        _ => 4,
                    };
                }
            }
        }
    }
    // Parents come before their sub-sections: one pass passes an inferred kind down.
    let mut inferred = vec![false; doc.sections.len()];
    for i in 1..doc.sections.len() {
        if !candidate(&doc.sections[i]) {
            continue;
        }
        if let Some(p) = doc.sections[i].parent.filter(|&p| inferred[p]) {
            doc.sections[i].kind = doc.sections[p].kind;
            inferred[i] = true;
            continue;
        }
        let [blocks, questions, results, wants] = counts[i];
        // Two different parts of a plan, each opening a line, under a heading of its own ("##
        // First weeks").
        let kind = if plan_days[i].count_ones() >= 2 {
            SectionKind::Plan
        } else if blocks >= 2 && questions * 10 >= blocks * 7 {
            SectionKind::Questions
        } else if blocks >= 2 && results * 10 >= blocks * 6 && questions == 0 {
            SectionKind::Examples
        } else if (1..=4).contains(&blocks) && wants * 2 > blocks && questions == 0 {
            SectionKind::Why
        } else {
            continue;
        };
        doc.sections[i].kind = Some(kind);
        doc.sections[i].own_kind = true;
        inferred[i] = !is_title(&doc.sections[i]);
    }
}

/// "## After I start" over "### Month 1", "### Month 2", "### Month 3": sub-headings that read as
/// two or more different parts of a plan make their parent the plan, and themselves its parts.
fn plans_by_their_parts(
    doc: &mut Document,
    candidate: &dyn Fn(&super::Section) -> bool,
    is_title: &dyn Fn(&super::Section) -> bool,
) {
    let in_plan = Context { in_plan: true };
    let mut parts: Vec<(usize, usize, u16)> = Vec::new();
    for (i, section) in doc.sections.iter().enumerate() {
        let (Some(p), Some(h)) = (section.parent, &section.heading) else {
            continue;
        };
        let parent = &doc.sections[p];
        if section.kind.is_some() || !candidate(parent) || is_title(parent) {
            continue;
        }
        if let Some(HeadingClass::PlanPart(days)) =
            classify_heading(h.text.slice(doc.text), in_plan, &[])
        {
            parts.push((p, i, days));
        }
    }
    // Per parent: the first part's days, and whether another part differs from it.
    let mut seen: Vec<Option<(u16, bool)>> = vec![None; doc.sections.len()];
    for &(p, _, days) in &parts {
        let entry = seen[p].get_or_insert((days, false));
        entry.1 |= entry.0 != days;
    }
    for (p, entry) in seen.iter().enumerate() {
        if entry.is_some_and(|(_, differ)| differ) {
            doc.sections[p].kind = Some(SectionKind::Plan);
            doc.sections[p].own_kind = true;
        }
    }
    for (p, i, days) in parts {
        if doc.sections[p].kind == Some(SectionKind::Plan) {
            doc.sections[i].kind = Some(SectionKind::Plan);
            doc.sections[i].plan_part = Some(days);
        }
    }
}

/// "## 30 days", "## 60 days", "## 90 days" under the title with no plan heading over them: one
/// after another they are the plan, and a lone "## First 30 days" is a plan that stops there. Only
/// in a document with no plan yet, and only headings that say what they count ("days", "month",
/// "weeks"), so "## 60-minute presentation" stays what it is.
fn plan_of_bare_parts(doc: &mut Document, is_title: &dyn Fn(&super::Section) -> bool) {
    if doc
        .sections
        .iter()
        .any(|s| s.kind == Some(SectionKind::Plan))
    {
        return;
    }
    let in_plan = Context { in_plan: true };
    let part_of = |doc: &Document, s: &super::Section| -> Option<u16> {
        let heading = s.heading.as_ref()?.text.slice(doc.text);
        let lower = heading.to_lowercase();
        let counts = ["day", "month", "week", "日"]
            .iter()
            .any(|w| lower.contains(w));
        let top = s.parent.is_none_or(|p| {
            let parent = &doc.sections[p];
            parent.heading.is_none() || is_title(parent)
        });
        if s.kind.is_some() || !counts || !top {
            return None;
        }
        match classify_heading(heading, in_plan, &[]) {
            Some(HeadingClass::PlanPart(days)) => Some(days),
            _ => None,
        }
    };
    let Some(first) = doc.sections.iter().position(|s| part_of(doc, s).is_some()) else {
        return;
    };
    let (parent, level) = (doc.sections[first].parent, doc.sections[first].level);
    let mut parts = Vec::new();
    for i in first..doc.sections.len() {
        let s = &doc.sections[i];
        if s.level > level {
            continue;
        }
        match part_of(doc, s) {
            Some(days) if s.level == level && s.parent == parent => parts.push((i, days)),
            _ => break,
        }
    }
    for (n, (i, days)) in parts.into_iter().enumerate() {
        let s = &mut doc.sections[i];
        s.kind = Some(SectionKind::Plan);
        s.own_kind = n == 0;
        s.plan_part = Some(days);
    }
}

/// "Raised our review score from 8.2 to 8.9", "Built a clinic day; revenue up 35%", "Set up the
/// monthly review": something done, opening the line or told with a number.
fn reads_as_result(text: &str) -> bool {
    const DONE: &[&str] = &[
        "built", "led", "ran", "cut", "won", "grew", "made", "wrote", "rewrote", "took", "brought",
        "sold", "taught", "drew", "kept", "set", "hit", "beat", "gave", "got", "found", "spoke",
        "met", "held", "became", "began", "paid", "drove", "chose", "sent", "spent", "told",
    ];
    let done = |w: &str| {
        let w = w.to_ascii_lowercase();
        (w.len() > 4 && w.ends_with("ed")) || DONE.contains(&w.as_str())
    };
    let mut words = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let opens_with_deed = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && done(w));
    opens_with_deed || (text.contains(|c: char| c.is_ascii_digit()) && words.any(done))
}

fn questions(doc: &Document) -> Vec<Question> {
    let mut out = Vec::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        if block.kind == BlockKind::Heading
            || doc.section_kind(block.section) != Some(SectionKind::Questions)
        {
            continue;
        }
        let mut found = false;
        for s in doc.sentences_of(i) {
            if reads_as_question(doc.prose(s.span)) {
                out.push(Question {
                    span: s.span,
                    section: block.section,
                    block: i,
                });
                found = true;
            }
        }
        let text = doc.prose(block.span).trim();
        if !found
            && block.kind == BlockKind::ListItem
            && !text.ends_with(':')
            && text.split_whitespace().count() >= 2
        {
            out.push(Question {
                span: block.span,
                section: block.section,
                block: i,
            });
        }
    }
    out
}

/// The words of a STAR label; "outcome" and "impact" name the result.
const STAR_WORDS: &str = "situation|task|actions?|results?|outcome|impact";

/// The part a label's word names: 's', 't', 'a' or 'r'.
fn star_part(word: &str) -> char {
    match word.to_ascii_lowercase().as_str() {
        "outcome" | "impact" => 'r',
        w => w.chars().next().unwrap_or('s'),
    }
}

/// A STAR label at the start of a block: "Situation:", "**A:**", "Result —".
pub fn star_label(text: &str) -> Option<char> {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let re = LABEL.get_or_init(|| {
        Regex::new(&format!(r"(?i)^\s*({STAR_WORDS}|[star])\s*(:|-|–|—)")).expect("valid")
    });
    re.captures(text).map(|caps| star_part(&caps[1]))
}

/// The parts named by STAR labels anywhere in `text`, whole words only: "A: Situation: ...
/// Action: ... Result: ..." under a practice question.
pub fn star_labels_in(text: &str) -> impl Iterator<Item = char> + '_ {
    static LABELS: OnceLock<Regex> = OnceLock::new();
    let re = LABELS
        .get_or_init(|| Regex::new(&format!(r"(?i)\b({STAR_WORDS})\s*(:|-|–|—)")).expect("valid"));
    re.captures_iter(text).map(|caps| star_part(&caps[1]))
}

fn stories(doc: &Document) -> Vec<Story> {
    let mut out = Vec::new();
    for (root, section) in doc.sections.iter().enumerate() {
        let parent_is_examples = section
            .parent
            .is_some_and(|p| doc.sections[p].kind == Some(SectionKind::Examples));
        if section.kind != Some(SectionKind::Examples) || parent_is_examples {
            continue;
        }
        let end = doc.section_end(root);
        let children: Vec<usize> = (root + 1..doc.sections.len())
            .take_while(|&c| doc.sections[c].span.start < end)
            .filter(|&c| doc.sections[c].parent == Some(root))
            .collect();
        // Blocks directly in the root: grouped into stories by STAR labels and list structure.
        // A table row is one story ("What | Result"); its header row is none.
        let mut current: Option<Story> = None;
        let mut row: Option<usize> = None;
        for i in doc.blocks_within(Span::new(section.span.start, end)) {
            let block = &doc.blocks[i];
            if block.section != root || block.kind == BlockKind::Heading {
                continue;
            }
            let cell_row =
                (block.kind == BlockKind::TableCell).then(|| doc.lines.line_of(block.span.start));
            if cell_row.is_some_and(|line| {
                is_delimiter_row(doc.lines.line_span(doc.text, line + 1).slice(doc.text))
            }) {
                continue;
            }
            let same_row = cell_row.is_some() && cell_row == row;
            row = cell_row;
            let label = star_label(doc.prose(block.span));
            let continues =
                same_row || block.list_depth > 1 || matches!(label, Some('t' | 'a' | 'r'));
            match (&mut current, continues) {
                (Some(story), true) => add_block(story, i, block.outer.end.max(block.span.end)),
                _ => {
                    if let Some(done) = current.take() {
                        out.push(done);
                    }
                    current = Some(Story {
                        title: None,
                        span: Span::new(block.span.start, block.span.end),
                        blocks: vec![i],
                        result: None,
                    });
                }
            }
        }
        out.extend(current);
        for child in children {
            let child_end = doc.section_end(child);
            let heading = doc.sections[child].heading.as_ref();
            let mut story = Story {
                title: heading.map(|h| h.text),
                span: Span::new(
                    doc.sections[child].span.start,
                    doc.sections[child].span.start,
                ),
                blocks: Vec::new(),
                result: None,
            };
            for i in doc.blocks_within(Span::new(story.span.start, child_end)) {
                let block = &doc.blocks[i];
                if block.kind != BlockKind::Heading && block.span.end <= child_end {
                    add_block(&mut story, i, block.span.end);
                }
            }
            story.span.end = story.span.end.max(heading.map(|h| h.span.end).unwrap_or(0));
            out.push(story);
        }
    }
    for story in &mut out {
        story.result = story_result(doc, story);
    }
    out.sort_by_key(|s| s.span.start);
    out
}

/// Whether a sentence ends in a question mark, closing quotes and brackets aside.
pub fn reads_as_question(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')' | '*')
    });
    text.ends_with('?') || text.ends_with('？')
}

/// A table's delimiter row (`|---|:--|`), which makes the row above it the header.
fn is_delimiter_row(line: &str) -> bool {
    let line = line.trim().trim_start_matches('>').trim();
    line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

fn add_block(story: &mut Story, block: usize, end: usize) {
    story.blocks.push(block);
    story.span.end = story.span.end.max(end);
}

fn story_result(doc: &Document, story: &Story) -> Option<Span> {
    let labelled = story
        .blocks
        .iter()
        .map(|&b| doc.blocks[b].span)
        .find(|&span| star_label(doc.prose(span)) == Some('r'));
    labelled.or_else(|| {
        let cues = &lexicon().stories.result_cues;
        story
            .blocks
            .iter()
            .flat_map(|&b| doc.sentences_of(b))
            .find(|s| cues.is_match(doc.prose(s.span)))
            .map(|s| s.span)
    })
}

fn breadcrumbs(doc: &Document) -> Vec<Breadcrumb> {
    let lex = lexicon();
    let mut out = Vec::new();
    for s in doc.sentences_in(SectionKind::Notes) {
        let text = doc.prose(s.span);
        // The leftmost shape in the sentence whose object is not empty.
        for shape in lex.breadcrumbs.find_iter(text) {
            let raw = &text[shape.end()..];
            // What follows a dash, a semicolon or a bracket explains the need ("vet retention —
            // three vets left last year"): the need itself is what a plan item picks up.
            let raw = [" — ", " – ", " - ", "; ", " ("]
                .iter()
                .filter_map(|sep| raw.find(sep))
                .min()
                .filter(|&cut| raw[..cut].chars().any(char::is_alphanumeric))
                .map_or(raw, |cut| &raw[..cut]);
            let trimmed = raw.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
            if trimmed.trim().is_empty() {
                continue;
            }
            let start = s.span.start + shape.end();
            let object = Span::new(start, start + trimmed.len());
            out.push(Breadcrumb {
                sentence: s.span,
                object,
                keywords: keywords(trimmed),
            });
            break;
        }
    }
    out
}

const STOPWORDS: &[&str] = &[
    "this", "that", "with", "from", "have", "more", "really", "very", "they", "them", "their",
    "there", "what", "when", "where", "which", "while", "will", "would", "should", "could",
    "about", "into", "than", "then", "also", "just", "some", "like", "make", "able", "need",
    "want", "place", "person", "people", "thing", "things", "work", "much", "many", "each",
    "every", "other", "over", "under", "these", "those", "your", "ours", "well", "good", "better",
    "being", "been", "does", "done", "doing", "want", "someone", "somebody", "here", "team",
    "teams", "actually", "right", "know", "first", "days", "last", "next", "only", "even", "still",
    "because", "around", "across", "through", "without", "within", "among", "between", "during",
    "before", "after",
];

/// Whether a text (given as its [`keywords`]) picks up a breadcrumb: it shares one of the
/// breadcrumb's content words when there are up to three, else two.
pub fn picks_up(crumb: &Breadcrumb, words: &[String]) -> bool {
    let need = crumb.needed_matches();
    !crumb.keywords.is_empty()
        && crumb.keywords.iter().filter(|k| words.contains(k)).count() >= need
}

impl Breadcrumb {
    /// How many of its content words a plan item must share to pick it up.
    pub fn needed_matches(&self) -> usize {
        if self.keywords.len() <= 3 {
            1
        } else {
            2
        }
    }
}

/// Stemmed content words, for matching a breadcrumb against plan items.
pub fn keywords(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out: Vec<String> = Vec::new();
    for word in lower.split(|c: char| !c.is_alphanumeric()) {
        if word.chars().count() < 4 || STOPWORDS.contains(&word) {
            continue;
        }
        let stem = stem_of(word);
        if !out.iter().any(|w| w == stem) {
            out.push(stem.to_string());
        }
    }
    out
}

/// A crude stem of a lower-case word: common suffixes off, then at most six characters.
pub fn stem_of(word: &str) -> &str {
    let mut w = word;
    for suffix in [
        "ing", "ies", "ied", "ed", "es", "s", "ly", "ment", "ion", "ity",
    ] {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w = &w[..w.len() - suffix.len()];
            break;
        }
    }
    // "nurse" and "nurses" ("nurs" once "es" is off), "release" and "released".
    if w.len() >= 5 && w.ends_with('e') {
        w = &w[..w.len() - 1];
    }
    match w.char_indices().nth(6) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

fn part_label() -> &'static Regex {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    LABEL.get_or_init(|| {
        Regex::new(
            r"(?i)^\s*(?:(?:first|by|the first|within|in the first|until|till|up to|to)\s+)?(?:days?\s+)?(?:(?:0|1|30|31|60|61)\s*(?:-|–|to)\s*)?(30|60|90)(?:\s*-?\s*(?:days?|d\b|tage|jours|d[ií]as|dagen|dagar|dager|giorni|dni))?\s*(?::|-|–|—|\)|$|→|->|=>|👉|➡|>|\|)|^\s*(?:(?:in\s+)?(?:the\s+)?(first|second|third)\s+month|months?\s*(1|2|3|one|two|three)(?:\s*(?:-|–|—|to|and|&)\s*(?:2|3|4|two|three|four))?)\b\s*(?::|-|–|—|$)?|^\s*[^:\n]{0,30}?\(?(?:\b(30|60|90)\s*days?|\bdays?\s*(?:(?:0|1|30|31|60|61)\s*(?:-|–|to)\s*)?(30|60|90))\)?\s*:|^\s*weeks?\s*(?:1|5|9)\s*(?:-|–|—|to)\s*(4|8|12|13)\b\s*(?::|-|–|—|$)?",
        )
        .expect("valid")
    })
}

fn label_days(caps: &regex::Captures) -> u16 {
    // "Weeks 1–4", "weeks 5-8", "weeks 9–12": the week a part ends says which it is.
    if let Some(week) = caps.get(6) {
        return match week.as_str() {
            "4" => 30,
            "8" => 60,
            _ => 90,
        };
    }
    // "30 days:", "Month 2", "Months 2–3", "Second month:", "First half term (30 days):".
    (1..=5)
        .find_map(|i| caps.get(i))
        .map_or(30, |m| days_named(m.as_str()))
}

/// The plan part a number or an ordinal names: "60", "sixty", "second", "two" are the 60-day part.
fn days_named(word: &str) -> u16 {
    match word.to_ascii_lowercase().as_str() {
        "60" | "sixty" | "second" | "two" | "2" => 60,
        "90" | "ninety" | "third" | "three" | "3" => 90,
        _ => 30,
    }
}

fn plan(doc: &Document) -> Option<Plan> {
    let root = doc
        .sections
        .iter()
        .position(|s| s.own_kind && s.kind == Some(SectionKind::Plan))?;
    let mut end = doc.section_end(root);
    if doc.sections[root].plan_part.is_some() {
        // Parts with no plan over them: the plan runs to the end of the last of them.
        let level = doc.sections[root].level;
        for (i, s) in doc.sections.iter().enumerate().skip(root + 1) {
            if s.level > level {
                continue;
            }
            if s.level < level || s.plan_part.is_none() {
                break;
            }
            end = doc.section_end(i);
        }
    }
    let in_plan = |span: Span| span.start >= doc.sections[root].span.start && span.end <= end;
    let mut parts: Vec<PlanPart> = Vec::new();
    let mut items = Vec::new();
    // Parts given as headings (the plan's own, when its parts have no plan over them).
    for (i, section) in doc.sections.iter().enumerate().skip(root) {
        if section.span.start >= end {
            break;
        }
        if let (Some(days), Some(h)) = (section.plan_part, &section.heading) {
            let part_end = doc.section_end(i);
            let mut part = PlanPart {
                days,
                label: h.span,
                items: Vec::new(),
                insert_at: line_end(doc.text, h.span.end),
                indent: String::new(),
                shape: PartShape::Heading,
            };
            for block in &doc.blocks[doc.blocks_within(Span::new(section.span.start, part_end))] {
                if block.kind != BlockKind::Heading && block.span.end <= part_end {
                    part.items.push(block.span);
                    part.insert_at = line_end(doc.text, block.span.end);
                }
            }
            parts.push(part);
        }
    }
    // Parts given as labelled list items ("- 30 days: ...") or lines directly in the plan: each
    // line of a paragraph is tried on its own ("30 days: ...\n60 days: ..." is one paragraph).
    let mut current: Option<usize> = None;
    let plan_blocks = doc.blocks_within(Span::new(doc.sections[root].span.start, end));
    let units = doc.blocks[plan_blocks.clone()]
        .iter()
        .filter(|b| {
            b.section == root && !matches!(b.kind, BlockKind::Heading | BlockKind::TableCell)
        })
        .flat_map(|b| {
            // New items go after the whole paragraph: a list started inside it would swallow the
            // lines that follow.
            let lines: Vec<(Span, u8, usize)> = if b.kind == BlockKind::Paragraph {
                line_spans(doc.text, b.span)
                    .map(|l| (l, b.list_depth, b.span.end))
                    .collect()
            } else {
                vec![(b.span, b.list_depth, b.span.end)]
            };
            lines
        });
    // A plan that is itself an item ("- **Plan:**") has its parts one list deeper.
    let top = doc.blocks[plan_blocks.clone()]
        .iter()
        .filter(|b| b.section == root && b.list_depth > 0)
        .map(|b| b.list_depth)
        .min()
        .unwrap_or(1);
    for (span, list_depth, block_end) in units {
        let text = doc.prose(span);
        if list_depth <= top {
            if let Some(caps) = part_label().captures(text) {
                let label_end = span.start + caps.get(0).map(|m| m.end()).unwrap_or(0);
                // A part's own items sit one step in from its label's line.
                let line = &doc.text[doc.lines.line_start(doc.lines.line_of(span.start))..];
                let leading = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
                let indent = if list_depth >= 1 {
                    format!("{leading}  ")
                } else {
                    String::new()
                };
                let mut part = PlanPart {
                    days: label_days(&caps),
                    label: Span::new(span.start, label_end),
                    items: Vec::new(),
                    insert_at: line_end(doc.text, block_end),
                    indent,
                    shape: if list_depth >= 1 {
                        PartShape::ListItem
                    } else {
                        PartShape::Line
                    },
                };
                let rest = Span::new(label_end, span.end);
                if doc.prose(rest).chars().any(char::is_alphanumeric) {
                    part.items.push(rest);
                    items.push(rest);
                }
                parts.push(part);
                current = Some(parts.len() - 1);
                continue;
            }
            if list_depth == 0 {
                current = None;
            }
        }
        if let Some(p) = current.filter(|_| list_depth >= 1) {
            parts[p].items.push(span);
            parts[p].insert_at = line_end(doc.text, span.end);
        }
    }
    table_parts(doc, root, &mut parts, &mut items);
    sentence_parts(doc, root, &mut parts);
    for block in &doc.blocks[plan_blocks] {
        if block.kind != BlockKind::Heading
            && in_plan(block.span)
            && !parts
                .iter()
                .any(|p| p.label.covers(block.span) || block.span.covers(p.label))
        {
            items.push(block.span);
        }
    }
    items.sort();
    items.dedup();
    parts.sort_by_key(|p| p.label.start);
    Some(Plan {
        section: root,
        end,
        parts,
        items,
    })
}

/// "In my first 30 days I'd read every paper. By day 60 I'd ...": a plan told in prose, each
/// sentence naming the days it is about or opening with a part's label. Only sentences of the
/// plan's own text that no other part's label covers.
fn sentence_parts(doc: &Document, root: usize, parts: &mut Vec<PlanPart>) {
    let labelled: Vec<Span> = parts.iter().map(|p| p.label).collect();
    // The plan's own text, also under a label inside it that is no part ("## Plan" above "My
    // plan: in the first 30 days, ...").
    let end = doc.section_end(root);
    let own = |i: usize| {
        i == root
            || i > root && doc.sections[i].span.start < end && doc.sections[i].plan_part.is_none()
    };
    for sentence in doc.sentences.iter().filter(|s| own(s.section)) {
        let block = &doc.blocks[sentence.block];
        if block.kind != BlockKind::Paragraph
            || block.list_depth > 0
            || labelled.iter().any(|l| l.overlaps(sentence.span))
        {
            continue;
        }
        // "30 days: learn the system. 60 days: take over the clinic.": a label may open a
        // sentence in the middle of a line, too. "In the first 30 days, ...; by 60 days, ...":
        // each clause after a semicolon may name its own part.
        let text = doc.prose(sentence.span);
        let mut found = Vec::new();
        let mut start = 0;
        for clause in text.split(';') {
            if let Some(days) = clause_days(clause) {
                let lead = clause.len() - clause.trim_start().len();
                let span = Span::new(
                    sentence.span.start + start + lead,
                    sentence.span.start + start + clause.trim_end().len(),
                );
                found.push((days, span));
            }
            start += clause.len() + 1;
        }
        // One part per sentence unless its clauses name different parts.
        if found.windows(2).all(|pair| pair[0].0 == pair[1].0) {
            found.truncate(1);
            if let Some(part) = found.first_mut() {
                part.1 = sentence.span;
            }
        }
        for (days, span) in found {
            parts.push(PlanPart {
                days,
                label: span,
                items: vec![span],
                insert_at: span.end,
                indent: String::new(),
                shape: PartShape::Sentence,
            });
        }
    }
}

/// The part a clause of a prose plan opens with or names. A label naming the whole plan ("My
/// first 90 days: in the first 30 days, ...") gives way to the part the clause then names.
fn clause_days(clause: &str) -> Option<u16> {
    match part_label().captures(clause) {
        Some(caps) => {
            let days = label_days(&caps);
            let whole = caps.get(0).map_or("", |m| m.as_str());
            let rest = &clause[caps.get(0).map_or(0, |m| m.end())..];
            if days == 90 && whole.to_ascii_lowercase().contains("first") {
                part_mention(rest).or(Some(days))
            } else {
                Some(days)
            }
        }
        None => part_mention(clause),
    }
}

/// The days a sentence of a prose plan is about: "in my first 30 days", "by day 60", "by the
/// end of the third month", "within 90 days", "by two months".
fn part_mention(text: &str) -> Option<u16> {
    static MENTION: OnceLock<Regex> = OnceLock::new();
    let re = MENTION.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:(?:first|1st|initial|next)\s+(30|thirty|60|sixty|90|ninety)\s+days|(?:by|until|at|on|around|after|within|before)\s+(?:the\s+end\s+of\s+)?day\s+(30|60|90)|(?:by|after|within|in)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(30|60|90)\s+days|(first|second|third)\s+month|month\s+(one|two|three|1|2|3)|(?:by|after|within|in|at|around)\s+(?:the\s+end\s+of\s+)?(one|two|three|1|2|3)\s+months?)\b",
        )
        .expect("valid")
    });
    let caps = re.captures(text)?;
    (1..=6)
        .find_map(|i| caps.get(i))
        .map(|m| days_named(m.as_str()))
}

/// The lines of a span, each without its line break.
fn line_spans(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let mut start = span.start;
    std::iter::from_fn(move || {
        if start >= span.end {
            return None;
        }
        let end = line_end(text, start).min(span.end);
        let line = Span::new(start, end);
        start = text[end..span.end]
            .find('\n')
            .map(|i| end + i + 1)
            .unwrap_or(span.end);
        Some(line)
    })
}

/// A plan written as a table whose header row names the parts ("30 days | 60 days | 90 days"):
/// each column's cells are that part's items; or whose rows open with the part ("| 30 | ... |").
fn table_parts(doc: &Document, root: usize, parts: &mut Vec<PlanPart>, items: &mut Vec<Span>) {
    let cells: Vec<&Block> = doc
        .blocks
        .iter()
        .filter(|b| b.section == root && b.kind == BlockKind::TableCell)
        .collect();
    let mut rows: Vec<Vec<&Block>> = Vec::new();
    for cell in cells {
        let line = doc.lines.line_of(cell.span.start);
        match rows.last_mut() {
            Some(row) if doc.lines.line_of(row[0].span.start) == line => row.push(cell),
            _ => rows.push(vec![cell]),
        }
    }
    let table_end = rows
        .last()
        .and_then(|row| row.last())
        .map(|cell| line_end(doc.text, cell.span.end))
        .unwrap_or(0);
    // A cell's column is the number of pipes before it on its line: empty cells make no block.
    let column_of = |cell: &Block| {
        let line_start = doc.lines.line_start(doc.lines.line_of(cell.span.start));
        doc.text[line_start..cell.span.start]
            .bytes()
            .filter(|b| *b == b'|')
            .count()
    };
    let mut columns: Vec<(usize, usize)> = Vec::new();
    for row in rows {
        let labels: Vec<Option<regex::Captures>> = row
            .iter()
            .map(|c| part_label().captures(doc.prose(c.span)))
            .collect();
        if labels.iter().filter(|l| l.is_some()).count() >= 2 {
            columns.clear();
            for (cell, caps) in row.iter().zip(labels) {
                let Some(caps) = caps else { continue };
                parts.push(PlanPart {
                    days: label_days(&caps),
                    label: cell.span,
                    items: Vec::new(),
                    // New items go after the table, not into a row.
                    insert_at: table_end,
                    indent: String::new(),
                    shape: PartShape::TableColumn,
                });
                columns.push((column_of(cell), parts.len() - 1));
            }
            continue;
        }
        // A row that its first cell labels ("| 30 | Work every shift |"): the rest are its items.
        if let (Some(Some(caps)), 1) = (labels.first(), labels.iter().flatten().count()) {
            if column_of(row[0]) == 1 {
                let row_items: Vec<Span> = row[1..]
                    .iter()
                    .map(|c| c.span)
                    .filter(|s| doc.prose(*s).chars().any(char::is_alphanumeric))
                    .collect();
                items.extend(&row_items);
                parts.push(PlanPart {
                    days: label_days(caps),
                    label: row[0].span,
                    items: row_items,
                    insert_at: table_end,
                    indent: String::new(),
                    shape: PartShape::TableRow,
                });
                continue;
            }
        }
        for cell in row {
            let column = column_of(cell);
            if let Some(&(_, p)) = columns.iter().find(|(c, _)| *c == column) {
                if doc.prose(cell.span).chars().any(char::is_alphanumeric) {
                    parts[p].items.push(cell.span);
                    items.push(cell.span);
                }
            }
        }
    }
}

/// The end of the line holding `offset`, before its line break.
pub fn line_end(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    let end = text[offset..]
        .find('\n')
        .map(|i| offset + i)
        .unwrap_or(text.len());
    if end > offset && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}
