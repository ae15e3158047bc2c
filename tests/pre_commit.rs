//! The pre-commit hook for real: `pre-commit try-repo` builds this repository with cargo (as a
//! user's pre-commit does) and runs the hook in a temporary git repository.
//! `scripts/test` installs pre-commit from PyPI when it is missing; a missing pre-commit fails.

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

#[test]
fn pre_commit_try_repo_runs_the_hook() {
    let version = Command::new("pre-commit").arg("--version").output();
    assert!(
        version.is_ok_and(|o| o.status.success()),
        "pre-commit is not installed: run ./scripts/test, which installs it with pip"
    );
    let repo = tempfile::tempdir().unwrap();
    std::fs::write(
        repo.path().join("poor.interview.md"),
        include_str!("../examples/poorly-prepared.interview.md"),
    )
    .unwrap();
    std::fs::write(
        repo.path().join("good.interview.md"),
        include_str!("../examples/well-prepared.interview.md"),
    )
    .unwrap();
    std::fs::write(
        repo.path().join("README.md"),
        "not a prep document: my boss is toxic\n",
    )
    .unwrap();
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "prep"]);
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pre-commit-home");
    let try_repo = |files: &[&str]| {
        Command::new("pre-commit")
            .current_dir(repo.path())
            .env("PRE_COMMIT_HOME", &home)
            .args([
                "try-repo",
                env!("CARGO_MANIFEST_DIR"),
                "interview-lsp",
                "--files",
            ])
            .args(files)
            .output()
            .unwrap()
    };
    let failing = try_repo(&["poor.interview.md", "good.interview.md", "README.md"]);
    let text = String::from_utf8_lossy(&failing.stdout);
    assert_eq!(
        failing.status.code(),
        Some(1),
        "{text}\n{}",
        String::from_utf8_lossy(&failing.stderr)
    );
    assert!(text.contains("Failed"), "{text}");
    assert!(text.contains("poor.interview.md:12:3"), "{text}");
    assert!(
        !text.contains("README.md:"),
        "only *.interview.md files are checked: {text}"
    );
    let passing = try_repo(&["good.interview.md"]);
    let text = String::from_utf8_lossy(&passing.stdout);
    assert_eq!(passing.status.code(), Some(0), "{text}");
    assert!(text.contains("Passed"), "{text}");
}
