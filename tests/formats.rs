//! Every output format parsed the way its consumer parses it, plus `--output-file`,
//! `INTERVIEW_LSP_OUTPUT_FORMAT`, `--statistics` and `interview-lsp new`.

use std::path::Path;
use std::process::{Command, Output};

fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_interview-lsp"));
    c.current_dir(dir)
        .args(args)
        .env_remove("INTERVIEW_LSP_OUTPUT_FORMAT");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    run_env(dir, args, &[])
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A document with findings of several levels, one spanning two lines, and a 100% in a message.
const DOC: &str = "# Acme, prep: 100%\n\n## Why this job\n\nHonestly my manager\nmicromanages everything.\nTODO\n\n## Questions for them\n\n- What does the company do?\n";

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("prep dir")).unwrap();
    std::fs::write(dir.path().join("prep dir/acme.interview.md"), DOC).unwrap();
    std::fs::write(
        dir.path().join("good.interview.md"),
        include_str!("../examples/well-prepared.interview.md"),
    )
    .unwrap();
    dir
}

#[test]
fn json_lines_is_one_object_per_finding() {
    let dir = workspace();
    let out = run(dir.path(), &["check", "--output-format", "json-lines"]);
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 5);
    let json = run(dir.path(), &["check", "--output-format", "json"]);
    let array: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(lines, array);
}

#[test]
fn github_annotations_escape_and_drop_columns_across_lines() {
    let dir = workspace();
    let out = run(dir.path(), &["check", "--output-format", "github"]);
    let text = stdout(&out);
    let framing = text
        .lines()
        .find(|l| l.contains("negative-framing"))
        .expect("a negative-framing annotation");
    assert!(
        framing.starts_with("::warning file=prep dir/acme.interview.md,line=5,endLine=6,title=interview-lsp (negative-framing)::"),
        "{framing}"
    );
    assert!(
        !framing.contains("col="),
        "a finding across lines has no columns: {framing}"
    );
    let placeholder = text
        .lines()
        .find(|l| l.contains("placeholder-text"))
        .unwrap();
    assert!(
        placeholder.contains(",line=7,endLine=7,col=1,endColumn=5,"),
        "{placeholder}"
    );
    let notice = text.lines().find(|l| l.contains("few-questions")).unwrap();
    assert!(notice.starts_with("::notice "), "{notice}");
    for line in text.lines() {
        assert!(line.starts_with("::"), "{line}");
        assert!(!line[2..].contains('\r'));
    }
    assert_eq!(
        interview_lsp::cli::output::github::property("a:b,c"),
        "a%3Ab%2Cc"
    );
}

#[test]
fn sarif_has_what_github_code_scanning_requires() {
    let dir = workspace();
    let out = run(dir.path(), &["check", "--output-format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(sarif["$schema"].as_str().unwrap().contains("sarif"));
    let run0 = &sarif["runs"][0];
    let driver = &run0["tool"]["driver"];
    assert_eq!(driver["name"], "interview-lsp");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), 16);
    for rule in rules {
        for key in [
            "id",
            "shortDescription",
            "fullDescription",
            "help",
            "helpUri",
        ] {
            assert!(!rule[key].is_null(), "rule lacks {key}: {rule}");
        }
        assert!(!rule["shortDescription"]["text"]
            .as_str()
            .unwrap()
            .is_empty());
    }
    let results = run0["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(
            !uri.starts_with('/') && !uri.contains("://"),
            "relative uri: {uri}"
        );
        assert!(
            uri == "prep%20dir/acme.interview.md" || uri == "good.interview.md",
            "{uri}"
        );
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(loc["region"]["startColumn"].as_u64().unwrap() >= 1);
        assert!(r["partialFingerprints"]["primaryLocationLineHash"].is_string());
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
    }
    // Fingerprints are stable across runs, and across lines added above the finding.
    let again: serde_json::Value =
        serde_json::from_slice(&run(dir.path(), &["check", "--output-format", "sarif"]).stdout)
            .unwrap();
    assert_eq!(sarif["runs"][0]["results"], again["runs"][0]["results"]);
    let fingerprints = |v: &serde_json::Value| -> Vec<String> {
        v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["partialFingerprints"]["primaryLocationLineHash"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let before = fingerprints(&sarif);
    std::fs::write(
        dir.path().join("prep dir/acme.interview.md"),
        format!("<!-- notes -->\n\n{DOC}"),
    )
    .unwrap();
    let moved: serde_json::Value =
        serde_json::from_slice(&run(dir.path(), &["check", "--output-format", "sarif"]).stdout)
            .unwrap();
    let after = fingerprints(&moved);
    assert!(before.iter().filter(|f| after.contains(f)).count() >= before.len() - 1);
}

#[test]
fn junit_is_xml_with_one_testcase_per_file() {
    let dir = workspace();
    let out = run(dir.path(), &["check", "--output-format", "junit"]);
    let xml = stdout(&out);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let cases: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 2);
    let names: Vec<&str> = cases.iter().map(|c| c.attribute("name").unwrap()).collect();
    assert_eq!(
        names,
        vec!["good.interview.md", "prep dir/acme.interview.md"]
    );
    assert!(cases[0].children().all(|c| !c.has_tag_name("failure")));
    let failure = cases[1]
        .children()
        .find(|c| c.has_tag_name("failure"))
        .unwrap();
    assert!(failure.text().unwrap().contains("[negative-framing]"));
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("tests"), Some("2"));
    assert_eq!(suite.attribute("failures"), Some("1"));
}

#[test]
fn output_file_and_environment_variable() {
    let dir = workspace();
    let out = run_env(
        dir.path(),
        &["check", "--output-file", "report.json"],
        &[("INTERVIEW_LSP_OUTPUT_FORMAT", "json")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    let report: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    assert!(!report.is_empty());
    // The flag wins over the variable.
    let out = run_env(
        dir.path(),
        &["check", "--output-format", "concise", "-q"],
        &[("INTERVIEW_LSP_OUTPUT_FORMAT", "json")],
    );
    assert!(stdout(&out).starts_with("prep dir/acme.interview.md:"));
    let bad = run_env(
        dir.path(),
        &["check"],
        &[("INTERVIEW_LSP_OUTPUT_FORMAT", "yaml")],
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn statistics_count_per_rule() {
    let dir = workspace();
    let out = run(
        dir.path(),
        &["check", "--statistics", "-q", "--output-format", "concise"],
    );
    let text = stdout(&out);
    assert!(
        text.contains("    1  negative-framing [1 fixable with --unsafe-fixes]"),
        "{text}"
    );
    assert!(text.contains("    1  missing-plan [1 fixable]"), "{text}");
}

#[test]
fn new_writes_a_skeleton_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "new",
            "prep/acme",
            "--company",
            "Acme",
            "--role",
            "Data Engineer",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.path().join("prep/acme.interview.md");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("---\ncompany: Acme\nrole: Data Engineer\n"));
    let again = run(dir.path(), &["new", "prep/acme.interview.md"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists; use --force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert_eq!(
        run(dir.path(), &["new", "prep/acme.interview.md", "--force"])
            .status
            .code(),
        Some(0)
    );
    // A fresh skeleton only asks for its placeholders to be filled in.
    let check = run(dir.path(), &["check", "prep", "--output-format", "json"]);
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&check.stdout).unwrap();
    assert!(!findings.is_empty());
    assert!(
        findings.iter().all(|f| f["rule"] == "placeholder-text"),
        "{findings:?}"
    );
}
