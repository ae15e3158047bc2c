//! Analysis throughput: the whole check (parse, model, every rule) against a bare pulldown-cmark
//! parse of the same text, for a 10 KB and a 1 MB prep document.
//!
//!     cargo bench --bench analysis
//!
//! The `_varied` pair reads the written corpus's documents one after another instead of the
//! three examples repeated.

use divan::{black_box, Bencher};
use pulldown_cmark::{Options, Parser};

fn main() {
    divan::main();
}

/// A realistic prep document of about `bytes` bytes: the shipped examples, repeated.
fn document(bytes: usize) -> String {
    let parts = [
        include_str!("../examples/well-prepared.interview.md"),
        include_str!("../examples/partly-prepared.interview.md"),
        include_str!("../examples/poorly-prepared.interview.md"),
    ];
    let mut out = String::with_capacity(bytes + 4096);
    let mut i = 0;
    while out.len() < bytes {
        // Drop the front matter of the repeats: only one document start.
        let part = parts[i % parts.len()];
        let body = if i == 0 {
            part
        } else {
            part.split_once("\n# ").map(|(_, b)| b).unwrap_or(part)
        };
        if i > 0 {
            out.push_str("\n# ");
        }
        out.push_str(body);
        i += 1;
    }
    out
}

const SIZES: [usize; 2] = [10 * 1024, 1024 * 1024];

/// A prep document of about `bytes` bytes that never repeats itself: the written corpus's
/// documents one after another, as a coach's folder of many clients' notes reads. Repeated text
/// lets the regular expressions' lazy automata warm up once and flatters every figure.
fn varied_document(bytes: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/written");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the written corpus")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    let mut out = String::with_capacity(bytes + 8192);
    for path in paths {
        if out.len() >= bytes {
            break;
        }
        out.push_str(&std::fs::read_to_string(path).expect("a readable document"));
        out.push('\n');
    }
    assert!(
        out.len() >= bytes,
        "the written corpus holds {} bytes",
        out.len()
    );
    out
}

fn bare_parse(text: &str) -> usize {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    Parser::new_ext(text, options).into_offset_iter().count()
}

fn bench_bare(bencher: Bencher, text: &str) {
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| bare_parse(black_box(text)));
}

fn bench_check(bencher: Bencher, text: &str) {
    let settings = interview_lsp::Settings::default();
    // Lexicons are compiled once per process, like in the CLI and the server.
    let _ = interview_lsp::check("warm up", &settings);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| interview_lsp::check(black_box(text), &settings).len());
}

#[divan::bench(args = SIZES)]
fn bare_pulldown_cmark_varied(bencher: Bencher, size: usize) {
    bench_bare(bencher, &varied_document(size));
}

#[divan::bench(args = SIZES)]
fn full_analysis_varied(bencher: Bencher, size: usize) {
    bench_check(bencher, &varied_document(size));
}

#[divan::bench(args = SIZES)]
fn bare_pulldown_cmark(bencher: Bencher, size: usize) {
    bench_bare(bencher, &document(size));
}

#[divan::bench(args = SIZES)]
fn full_analysis(bencher: Bencher, size: usize) {
    bench_check(bencher, &document(size));
}

#[divan::bench(args = SIZES)]
fn parse_model_only(bencher: Bencher, size: usize) {
    let text = document(size);
    let options = interview_lsp::document::ParseOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| {
            interview_lsp::document::parse(black_box(&text), &options)
                .sentences
                .len()
        });
}

fn rule_names() -> impl Iterator<Item = &'static str> {
    interview_lsp::rules::RULES.iter().map(|r| r.name)
}

/// Each rule alone over an already parsed 10 KB document: where the rules' share goes.
#[divan::bench(args = rule_names())]
fn each_rule_10kb(bencher: Bencher, name: &str) {
    let text = document(10 * 1024);
    let options = interview_lsp::rules::RuleOptions::default();
    let doc =
        interview_lsp::document::parse(&text, &interview_lsp::document::ParseOptions::default());
    let rule = interview_lsp::rules::rule(name).expect("a registered rule");
    let ctx = interview_lsp::rules::Context {
        doc: &doc,
        options: &options,
    };
    bencher.bench(|| {
        let mut out = Vec::new();
        (rule.check)(black_box(&ctx), &mut out);
        out.len()
    });
}

/// The least any design that reads the text with the lexicons pays: one pass of the complaint
/// phrases, one of the complaint patterns and one of the learned weights over the whole text,
/// with no model and no rule. Beside `bare_pulldown_cmark`, it shows how far the whole analysis
/// can come down while it reads with these lexicons.
#[divan::bench(args = SIZES)]
fn lexicon_floor(bencher: Bencher, size: usize) {
    let text = document(size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| PARTS.map(|part| lexicon_pass(part, black_box(&text))));
}

/// The three parts of `lexicon_floor` alone, over the 10 KB document.
#[divan::bench(args = PARTS)]
fn lexicon_floor_parts_10kb(bencher: Bencher, part: &str) {
    let text = document(10 * 1024);
    bencher.bench(|| lexicon_pass(part, black_box(&text)));
}

const PARTS: [&str; 3] = ["phrases", "patterns", "weights"];

/// One pass of one lexicon over the whole text; what it finds, so nothing is optimised away.
fn lexicon_pass(part: &str, text: &str) -> f32 {
    let lexicon = interview_lsp::lexicon::lexicon();
    match part {
        "phrases" => lexicon.framing.find_phrases(text).len() as f32,
        "patterns" => lexicon
            .framing
            .gapped
            .matches(text.as_bytes())
            .iter()
            .count() as f32,
        _ => {
            let weights = interview_lsp::lexicon::complaint_weights();
            text.lines().map(|l| weights.logit(l)).sum()
        }
    }
}
