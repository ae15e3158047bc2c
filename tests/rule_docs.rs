//! `docs/rules/<name>.md` is generated from each rule's doc comment. This test fails when a page is
//! stale or missing; `UPDATE_DOCS=1 cargo test --test rule_docs` rewrites them.

use interview_lsp::rules::RULES;
use std::path::Path;

#[test]
fn rule_pages_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    for rule in RULES {
        let path = dir.join(format!("{}.md", rule.name));
        let expected = rule.page();
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &expected).unwrap();
            continue;
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(expected.as_str()) {
            stale.push(rule.name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale rule pages {stale:?}: run `UPDATE_DOCS=1 cargo test --test rule_docs`"
    );
    let pages = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(
        pages,
        RULES.len(),
        "docs/rules has pages for rules that do not exist"
    );
}

#[test]
fn every_rule_documents_the_five_parts() {
    for rule in RULES {
        let doc = rule.documentation();
        for part in [
            "## What it does",
            "## Why it matters",
            "## Example",
            "## Better",
            "## Fix safety",
        ] {
            assert!(doc.contains(part), "{} lacks {part}", rule.name);
        }
        assert!(!rule.summary().is_empty());
    }
}

/// The first fenced block after a documentation heading.
fn block_after(doc: &str, heading: &str) -> String {
    let at = doc.find(&format!("{heading}\n")).expect("heading present");
    let after = &doc[at + heading.len()..];
    let start = after.find("```markdown\n").expect("a markdown block") + "```markdown\n".len();
    let end = after[start..].find("```").expect("closed block");
    after[start..start + end].to_string()
}

/// Each rule's documented Example triggers it and its Better example does not.
#[test]
fn documented_examples_behave_as_documented() {
    let settings = interview_lsp::Settings::default();
    for rule in RULES {
        let doc = rule.documentation();
        let fires = |text: &str| {
            interview_lsp::check(text, &settings)
                .iter()
                .any(|d| d.finding.rule == rule.name)
        };
        let example = block_after(&doc, "## Example");
        let better = block_after(&doc, "## Better");
        assert!(
            fires(&example),
            "{}: the Example does not trigger it:\n{example}",
            rule.name
        );
        assert!(
            !fires(&better),
            "{}: the Better example triggers it:\n{better}",
            rule.name
        );
    }
}
