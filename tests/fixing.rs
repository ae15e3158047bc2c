//! `--fix`, `--unsafe-fixes`, `--diff`, `--show-fixes` on real files.

use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_interview-lsp"))
        .current_dir(dir)
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("INTERVIEW_LSP_OUTPUT_FORMAT")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const DOC: &str = "# Acme prep\n\n## First interview notes\n\n- \"We are really struggling with flaky nightly jobs.\"\n\n## Why this job\n\nMy manager micromanages everything.\n";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn fix_adds_sections_without_changing_a_word() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "a.interview.md", DOC);
    let out = run(
        dir.path(),
        &["check", "a.interview.md", "--fix", "--show-fixes"],
    );
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(fixed.starts_with(DOC.trim_end()), "{fixed}");
    assert!(
        fixed.contains("My manager micromanages everything."),
        "unsafe rewrite applied by --fix"
    );
    for heading in [
        "## Examples",
        "## Questions for them",
        "## 30/60/90 day plan",
    ] {
        assert!(fixed.contains(heading), "{heading} missing:\n{fixed}");
    }
    assert!(fixed.contains("- Learn how things stand today with: flaky nightly jobs"));
    let text = stdout(&out);
    assert!(text.contains("Fixed in a.interview.md:"), "{text}");
    assert!(text.contains("Fixed 3 findings in 1 file."), "{text}");
    // What is left is still reported, so the exit code says the document needs work.
    assert_eq!(out.status.code(), Some(1));
    assert!(text.contains("negative-framing"));
}

#[test]
fn unsafe_fixes_rewrite_and_diff_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "a.interview.md", DOC);
    let out = run(
        dir.path(),
        &["check", "a.interview.md", "--diff", "--unsafe-fixes"],
    );
    assert_eq!(out.status.code(), Some(1));
    let diff = stdout(&out);
    assert!(
        diff.starts_with("--- a/a.interview.md\n+++ b/a.interview.md\n"),
        "{diff}"
    );
    assert!(diff.contains("-My manager micromanages everything.\n+I'm looking for a team that trusts people with ownership and autonomy.\n"), "{diff}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        DOC,
        "--diff must not write"
    );
    run(
        dir.path(),
        &["check", "a.interview.md", "--fix", "--unsafe-fixes"],
    );
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(!fixed.contains("micromanages"));
    assert!(
        fixed.contains("I'm looking for a team that trusts people with ownership and autonomy.")
    );
}

#[test]
fn line_endings_bom_and_permissions_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = format!("\u{feff}{}", DOC.replace('\n', "\r\n"));
    let path = write(dir.path(), "crlf.interview.md", &crlf);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    run(dir.path(), &["check", "crlf.interview.md", "--fix"]);
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(fixed.starts_with('\u{feff}'), "BOM lost");
    assert!(fixed.len() > crlf.len());
    assert!(
        !fixed.replace("\r\n", "").contains('\n'),
        "a bare LF was written into a CRLF file"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["crlf.interview.md"]);
}

#[test]
fn a_file_with_nothing_to_fix_is_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let good = include_str!("../examples/well-prepared.interview.md");
    let path = write(dir.path(), "good.interview.md", good);
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let out = run(dir.path(), &["check", "good.interview.md", "--fix"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), old);
}

#[test]
fn stdin_fix_prints_the_fixed_document() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_interview-lsp"))
        .args(["check", "-", "--fix", "--select", "missing-why"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"# Prep\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(stdout(&out), "# Prep\n\n## Why this job\n\n<!-- What you are moving to at this company: the work, the team, what you want to build there. -->\n");
}

/// Over every corpus document and example: safe fixes never bring a rule that was not there.
#[test]
fn fixing_never_introduces_a_new_finding() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let settings = interview_lsp::Settings::default();
    let mut checked = 0;
    for dir in ["tests/corpus", "examples", "tests/fixtures"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if !path.to_string_lossy().ends_with(".interview.md") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let before: std::collections::BTreeSet<&str> = interview_lsp::check(&text, &settings)
                .iter()
                .map(|d| d.finding.rule)
                .collect();
            for mode in [
                interview_lsp::FixMode::Safe,
                interview_lsp::FixMode::SafeAndUnsafe,
            ] {
                let out = interview_lsp::fix(&text, &settings, mode).expect("converges");
                let new: Vec<&str> = out
                    .remaining
                    .iter()
                    .map(|d| d.finding.rule)
                    .filter(|r| !before.contains(r))
                    .collect();
                assert!(
                    new.is_empty(),
                    "{}: fixing brought {new:?}\n{}",
                    path.display(),
                    out.text
                );
                // Fixing again changes nothing: the fixes converged.
                let again = interview_lsp::fix(&out.text, &settings, mode).unwrap();
                assert_eq!(again.text, out.text, "{}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 60);
}
