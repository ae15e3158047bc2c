//! Emacs 28 with eglot (Debian's emacs-nox and elpa-eglot), in batch mode: diagnostics after open
//! at their exact place, and after an edit (editors/emacs/tests/e2e.el). `scripts/test` installs
//! both; a missing Emacs fails the test.

use std::process::Command;

#[test]
fn emacs_eglot_diagnostics_after_open_and_edit() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("acme.interview.md");
    std::fs::write(
        &doc,
        "# Acme prep\n\n## Why this job\n\n- Zoë 😩 says: my manager micromanages everything.\n\n## Questions for them\n\n- What does the company do?\n",
    )
    .unwrap();
    let version = Command::new("emacs").arg("--version").output().unwrap_or_else(|e| {
        panic!("emacs cannot run ({e}): run ./scripts/test, which installs emacs-nox and elpa-eglot")
    });
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("GNU Emacs 28"));
    let out = Command::new("emacs")
        .args([
            "--batch",
            "-l",
            "editors/emacs/interview-lsp.el",
            "-l",
            "editors/emacs/tests/e2e.el",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("INTERVIEW_LSP_BIN", env!("CARGO_BIN_EXE_interview-lsp"))
        .env("DOC", &doc)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("E2E PASSED") && !text.contains("FAIL:"),
        "{text}"
    );
}
