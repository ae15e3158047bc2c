//! The command line as a user runs it: a real process, real files, exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_interview-lsp"));
    c.env_remove("NO_COLOR").env_remove("FORCE_COLOR");
    c
}

fn run(dir: &Path, args: &[&str]) -> Output {
    bin().current_dir(dir).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const GOOD: &str = include_str!("../examples/well-prepared.interview.md");
const POOR: &str = include_str!("../examples/poorly-prepared.interview.md");

fn workspace(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
    dir
}

fn json(o: &Output) -> Vec<serde_json::Value> {
    serde_json::from_slice::<serde_json::Value>(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn exit_codes_follow_the_fail_level() {
    let dir = workspace(&[
        ("good.interview.md", GOOD.as_bytes()),
        ("poor.interview.md", POOR.as_bytes()),
    ]);
    assert_eq!(
        run(dir.path(), &["check", "good.interview.md"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(dir.path(), &["check", "poor.interview.md"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(dir.path(), &["check", "poor.interview.md", "--exit-zero"])
            .status
            .code(),
        Some(0)
    );
    // The poor document has warnings but no errors.
    assert_eq!(
        run(
            dir.path(),
            &["check", "poor.interview.md", "--fail-level", "error"]
        )
        .status
        .code(),
        Some(0)
    );
    assert_eq!(
        run(dir.path(), &["check", "--bogus"]).status.code(),
        Some(2)
    );
    let missing = run(dir.path(), &["check", "nope.interview.md"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("nope.interview.md: no such file or folder"));
}

#[test]
fn json_matches_the_documented_schema() {
    let text = "## Why this job\nZoë here 😩. Honestly my manager micromanages everything.\n";
    let dir = workspace(&[("prep/acme.interview.md", text.as_bytes())]);
    let out = run(
        dir.path(),
        &[
            "check",
            "prep",
            "--output-format",
            "json",
            "--select",
            "negative-framing",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let items = json(&out);
    assert_eq!(items.len(), 1);
    let f = &items[0];
    assert_eq!(f["filename"], "prep/acme.interview.md");
    assert_eq!(f["rule"], "negative-framing");
    assert_eq!(f["severity"], "warning");
    // Columns count Unicode scalar values: "Zoë here 😩. " is 12 of them.
    assert_eq!(f["location"], serde_json::json!({"row": 2, "column": 13}));
    assert_eq!(
        f["end_location"],
        serde_json::json!({"row": 2, "column": 57})
    );
    assert_eq!(f["fix"]["applicability"], "unsafe");
    let edit = &f["fix"]["edits"][0];
    assert_eq!(edit["location"], f["location"]);
    assert!(edit["content"]
        .as_str()
        .unwrap()
        .starts_with("I'm looking for"));
    assert_eq!(f["url"], "docs/rules/negative-framing.md");
    let keys: Vec<&String> = f.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 8, "{keys:?}");
    // A finding without a fix has "fix": null.
    let out = run(
        dir.path(),
        &[
            "check",
            "prep",
            "--output-format",
            "json",
            "--select",
            "missing-motivation",
        ],
    );
    assert!(json(&out).iter().all(|f| f["fix"].is_null()));
}

#[test]
fn select_and_ignore() {
    let dir = workspace(&[("poor.interview.md", POOR.as_bytes())]);
    let rules = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["check", "poor.interview.md", "--output-format", "json"];
        a.extend_from_slice(args);
        let mut r: Vec<String> = json(&run(dir.path(), &a))
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect();
        r.dedup();
        r
    };
    assert_eq!(
        rules(&["--select", "placeholder-text,missing-plan"]),
        vec!["missing-plan", "placeholder-text"]
    );
    assert!(!rules(&["--ignore", "negative-framing"]).contains(&"negative-framing".to_string()));
    let bad = run(
        dir.path(),
        &["check", "poor.interview.md", "--select", "no-such-rule"],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--select no-such-rule: no such rule"));
}

#[test]
fn folders_are_searched_honouring_gitignore_and_output_is_ordered() {
    let dir = workspace(&[
        (".gitignore", b"ignored/\n"),
        ("b/two.interview.md", POOR.as_bytes()),
        ("a/one.interview.md", POOR.as_bytes()),
        ("ignored/three.interview.md", POOR.as_bytes()),
        ("notes.md", POOR.as_bytes()),
    ]);
    let out = run(dir.path(), &["check", "--output-format", "concise", "-q"]);
    let files: Vec<String> = stdout(&out)
        .lines()
        .map(|l| l.split(':').next().unwrap().to_string())
        .collect();
    let mut unique = files.clone();
    unique.dedup();
    assert_eq!(unique, vec!["a/one.interview.md", "b/two.interview.md"]);
    // Within a file, findings are ordered by position.
    let rows: Vec<usize> = stdout(&out)
        .lines()
        .filter(|l| l.starts_with("a/"))
        .map(|l| l.split(':').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(rows.windows(2).all(|w| w[0] <= w[1]), "{rows:?}");
}

#[test]
fn unreadable_files_are_named_and_the_rest_still_checked() {
    let dir = workspace(&[
        ("bad.interview.md", b"# x\n\xff\xfe broken\n"),
        ("poor.interview.md", POOR.as_bytes()),
    ]);
    let out = run(dir.path(), &["check", ".", "--output-format", "concise"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad.interview.md: not UTF-8 text"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("poor.interview.md:"));
}

#[test]
fn stdin_with_a_filename() {
    let mut child = bin()
        .args([
            "check",
            "-",
            "--stdin-filename",
            "prep/acme.interview.md",
            "--output-format",
            "concise",
            "--select",
            "placeholder-text",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"## Why\nTBD\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with("prep/acme.interview.md:2:1: warning[placeholder-text]"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn configuration_is_found_applied_and_errors_are_located() {
    let dir = workspace(&[
        (
            "interview-lsp.toml",
            b"[rules]\nplaceholder-text = \"error\"\n",
        ),
        (
            "prep/.interview-lsp.toml",
            b"[rules]\nplaceholder-text = \"off\"\n",
        ),
        (
            "prep/interview-lsp.toml",
            b"[rules]\nplaceholder-text = \"hint\"\n",
        ),
        ("prep/a.interview.md", b"## Why\nTODO\n"),
        ("b.interview.md", b"## Why\nTODO\n"),
    ]);
    let levels = |args: &[&str]| -> Vec<(String, String)> {
        let mut a = vec![
            "check",
            "--output-format",
            "json",
            "--select",
            "placeholder-text",
        ];
        a.extend_from_slice(args);
        json(&run(dir.path(), &a))
            .iter()
            .map(|f| {
                (
                    f["filename"].as_str().unwrap().to_string(),
                    f["severity"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // The dotted file wins in prep/ and turned the rule off there (--select turns it back on at its default).
    assert_eq!(
        levels(&[]),
        vec![
            ("b.interview.md".into(), "error".into()),
            ("prep/a.interview.md".into(), "warning".into())
        ]
    );
    assert_eq!(
        levels(&["--isolated"]),
        vec![
            ("b.interview.md".into(), "warning".into()),
            ("prep/a.interview.md".into(), "warning".into())
        ]
    );
    std::fs::write(
        dir.path().join("bad.toml"),
        "\n[rules]\nplaceholder-text = \"loud\"\n",
    )
    .unwrap();
    let out = run(dir.path(), &["check", "--config", "bad.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad.toml:3:20: rules.placeholder-text: \"loud\" is not a level"),
        "{}",
        stderr(&out)
    );
    std::fs::write(dir.path().join("interview-lsp.toml"), "[rulez]\n").unwrap();
    let out = run(dir.path(), &["check", "b.interview.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("interview-lsp.toml:1:"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("unknown field `rulez`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn full_output_underlines_the_span_and_colour_follows_the_flags() {
    let dir = workspace(&[("a.interview.md", "## Why\n- 東京\tZoë: TODO\n".as_bytes())]);
    let out = run(
        dir.path(),
        &["check", "a.interview.md", "--select", "placeholder-text"],
    );
    let text = stdout(&out);
    assert!(
        text.contains("warning[placeholder-text]: Placeholder \"TODO\""),
        "{text}"
    );
    assert!(text.contains(" --> a.interview.md:2:11\n"), "{text}");
    // "- 東京<tab>Zoë: " is 2 + 4 + 4 + 5 columns wide on a terminal.
    assert!(text.contains("\n  |                ^^^^\n"), "{text}");
    assert!(!text.contains('\x1b'));
    let coloured = run(
        dir.path(),
        &["check", "a.interview.md", "--color", "always"],
    );
    assert!(stdout(&coloured).contains("\x1b["));
    let forced = bin()
        .current_dir(dir.path())
        .env("FORCE_COLOR", "1")
        .args(["check", "a.interview.md"])
        .output()
        .unwrap();
    assert!(stdout(&forced).contains("\x1b["));
    let no_color = bin()
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("FORCE_COLOR", "1")
        .args(["check", "a.interview.md"])
        .output()
        .unwrap();
    assert!(!stdout(&no_color).contains("\x1b["));
}

#[test]
fn rule_command_explains_rules() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["rule", "negative-framing"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out)
        .starts_with("# negative-framing\n\nDefault level: **warning** · Fix: **unsafe**"));
    let all = run(dir.path(), &["rule", "--all", "--output-format", "json"]);
    let items = json(&all);
    assert_eq!(items.len(), 16);
    assert!(items
        .iter()
        .all(|r| r["summary"].as_str().is_some_and(|s| !s.is_empty())));
    let bad = run(dir.path(), &["rule", "nope"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("no rule named \"nope\""));
}

#[test]
fn examples_read_like_a_coach_wrote_them() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = run(&root, &["check", "examples/", "--output-format", "json"]);
    let by_file = |name: &str| -> Vec<String> {
        json(&out)
            .iter()
            .filter(|f| f["filename"].as_str().unwrap().ends_with(name))
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        by_file("well-prepared.interview.md").is_empty(),
        "{:?}",
        by_file("well-prepared.interview.md")
    );
    let poor = by_file("poorly-prepared.interview.md");
    for rule in [
        "negative-framing",
        "missing-plan",
        "first-round-question",
        "placeholder-text",
        "unaddressed-concern",
    ] {
        assert!(poor.iter().any(|r| r == rule), "{rule} not in {poor:?}");
    }
    assert!(by_file("partly-prepared.interview.md").len() < poor.len() + 5);
}
