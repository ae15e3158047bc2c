//! The VS Code extension, as far as it can be exercised without VS Code: it type-checks, its own
//! logic passes its unit tests, `npm run package` builds a platform .vsix with the server inside
//! (run bit set), and the packaged server answers VS Code's client library with the extension's
//! initialization options (editors/vscode/test). `scripts/test` runs `npm ci` first.

use std::path::Path;
use std::process::Command;

fn npm(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = Command::new("npm");
    c.current_dir(dir).args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().expect("npm runs");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "npm {args:?} failed:\n{text}");
    text
}

#[test]
fn extension_typechecks_tests_and_packages_with_the_binary() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/vscode");
    assert!(
        dir.join("node_modules/vscode-languageclient").is_dir(),
        "the extension's npm dependencies are missing: run ./scripts/test (it runs npm ci)"
    );
    npm(&dir, &["run", "typecheck"], &[]);
    let out = tempfile::tempdir().unwrap();
    let vsix = out.path().join("interview-lsp.vsix");
    npm(
        &dir,
        &["run", "package"],
        &[
            ("BIN", env!("CARGO_BIN_EXE_interview-lsp")),
            ("TARGET", "linux-x64"),
            ("OUT", vsix.to_str().unwrap()),
        ],
    );
    let tests = npm(&dir, &["test"], &[]);
    assert!(
        tests.contains("# fail 0") && tests.contains("# pass 5"),
        "{tests}"
    );
    // The .vsix: manifest, bundled extension, and the server with its run bit.
    let listing = Command::new("python3")
        .arg("-c")
        .arg(
            "import sys, zipfile\n\
             z = zipfile.ZipFile(sys.argv[1])\n\
             for i in z.infolist(): print(oct((i.external_attr >> 16) & 0o777), i.filename)",
        )
        .arg(&vsix)
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout);
    for entry in [
        "extension.vsixmanifest",
        "extension/package.json",
        "extension/dist/extension.js",
    ] {
        assert!(
            listing.lines().any(|l| l.ends_with(entry)),
            "{entry} not in:\n{listing}"
        );
    }
    let server = listing
        .lines()
        .find(|l| l.ends_with(" extension/server/interview-lsp"))
        .unwrap_or_else(|| panic!("no server in:\n{listing}"));
    assert!(
        server.starts_with("0o755") || server.starts_with("0o775"),
        "{server}"
    );
    let manifest = Command::new("python3")
        .arg("-c")
        .arg("import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('extension.vsixmanifest').decode())")
        .arg(&vsix)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&manifest.stdout).contains("TargetPlatform=\"linux-x64\""));
}
