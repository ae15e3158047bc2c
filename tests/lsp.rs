//! The language server as an editor sees it: the real binary, JSON-RPC over its standard input and
//! output, exact ranges and contents for every capability, in both position encodings.

#[path = "support/lsp_client.rs"]
mod lsp_client;

use lsp_client::Client;
use serde_json::{json, Value};
use std::path::Path;
use std::time::{Duration, Instant};

fn utf8() -> Value {
    json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
}

fn by_rule<'a>(diags: &'a [Value], rule: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == rule).collect()
}

fn range(sl: u32, sc: u32, el: u32, ec: u32) -> Value {
    json!({"start": {"line": sl, "character": sc}, "end": {"line": el, "character": ec}})
}

const URI: &str = "file:///tmp/interview-lsp-test/acme.interview.md";

const DOC: &str = "# Acme prep

## First interview notes

- \"We are really struggling with flaky nightly jobs.\"
- \"It's really important for this person to own the ingestion pipeline.\"

## Why this job

- Zoë 😩 says: my manager micromanages everything.

## Questions for them

- What does the company do?
- 

## 30/60/90 day plan

### First 30 days

- Map the ingestion pipeline end to end

### By day 60

- Own on-call

### By day 90

- Ship the new scheduler
";

#[test]
fn negotiates_the_encoding_and_reports_exact_ranges_in_both() {
    // UTF-16 (no encodings offered): the emoji counts two, "Zoë" three.
    let mut c = Client::start(None, json!({}), Value::Null);
    let diags = c.open(URI, DOC);
    let framing = by_rule(&diags, "negative-framing");
    assert_eq!(framing.len(), 1, "{diags:#?}");
    // The list item is one sentence: after "- ", to the end (50 UTF-16 units: 😩 counts two).
    assert_eq!(framing[0]["range"], range(9, 2, 9, 50));
    assert_eq!(framing[0]["severity"], 2);
    assert_eq!(framing[0]["source"], "interview-lsp");
    assert!(framing[0]["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .ends_with("docs/rules/negative-framing.md"));
    assert_eq!(framing[0]["data"]["rule"], "negative-framing");
    assert_eq!(framing[0]["data"]["fix"], "unsafe");
    assert_eq!(framing[0]["data"]["alternatives"], 2);
    let frq = by_rule(&diags, "first-round-question");
    assert_eq!(frq[0]["range"], range(13, 2, 13, 27));
    c.shutdown();

    // UTF-8 offered: the emoji counts four bytes, "ë" two: 53 bytes.
    let mut c = Client::start(None, utf8(), Value::Null);
    let diags = c.open(URI, DOC);
    let framing = by_rule(&diags, "negative-framing");
    assert_eq!(framing[0]["range"], range(9, 2, 9, 53));
    c.shutdown();
}

#[test]
fn capabilities_are_negotiated_honestly() {
    let mut c = Client::spawn(&[]);
    let r = c.request("initialize", json!({"capabilities": {}}));
    let caps = &r["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
    let kinds = caps["codeActionProvider"]["codeActionKinds"]
        .as_array()
        .unwrap();
    assert!(kinds.contains(&json!("source.fixAll.interview-lsp")));
    for key in [
        "completionProvider",
        "hoverProvider",
        "documentSymbolProvider",
        "codeLensProvider",
        "definitionProvider",
        "referencesProvider",
    ] {
        assert!(!caps[key].is_null(), "{key}");
    }
    assert_eq!(r["result"]["serverInfo"]["name"], "interview-lsp");
    c.shutdown();
}

#[test]
fn incremental_edits_republish_with_the_version_and_never_go_back() {
    let mut c = Client::start(None, utf8(), Value::Null);
    c.open(URI, DOC);
    // Replace "micromanages everything." with "shares ownership." on line 9 (UTF-8 columns:
    // "- Zoë 😩 says: my manager " is 29 bytes).
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2},
               "contentChanges": [{"range": range(9, 29, 9, 53), "text": "shares ownership."}]}),
    );
    let diags = c.diagnostics(URI, Some(2));
    assert!(by_rule(&diags, "negative-framing").is_empty(), "{diags:#?}");
    // A burst of edits: only results for the newest text may be published last.
    for v in 3..=12 {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": v},
                   "contentChanges": [{"range": range(0, 2, 0, 2), "text": "x"}]}),
        );
    }
    let last = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 12
    });
    assert!(last["params"]["diagnostics"].is_array());
    let versions: Vec<i64> = c
        .seen
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .filter_map(|m| m["params"]["version"].as_i64())
        .collect();
    assert!(versions.windows(2).all(|w| w[0] <= w[1]), "{versions:?}");
    // The document text really is the edited one: the title starts with the ten x's.
    let symbols = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(
        symbols["result"][0]["name"], "xxxxxxxxxxAcme prep",
        "{symbols}"
    );
    c.shutdown();
}

#[test]
fn completion_offers_questions_follow_ups_sections_and_front_matter() {
    let mut c = Client::start(None, json!({}), Value::Null);
    c.open(URI, DOC);
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": 14, "character": 2}}),
    );
    let items = r["result"].as_array().unwrap();
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(labels.len() >= 25, "{labels:?}");
    assert!(labels.contains(&"Do you have any concerns about my ability to do the job, or about how I would work with your team?"));
    assert!(
        labels.contains(&"You mentioned flaky nightly jobs: what has the team tried so far?"),
        "{labels:?}"
    );
    let first = &items[0]["textEdit"];
    assert_eq!(first["range"], range(14, 2, 14, 2));
    // At a new heading: the missing sections as their skeletons.
    let text = "# Prep\n\n## \n";
    let uri2 = "file:///tmp/interview-lsp-test/b.interview.md";
    c.open(uri2, text);
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri2}, "position": {"line": 2, "character": 3}}),
    );
    let labels: Vec<String> = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_string())
        .collect();
    for l in [
        "Examples",
        "Why this job",
        "Questions for them",
        "30/60/90 day plan",
    ] {
        assert!(labels.contains(&l.to_string()), "{l} not in {labels:?}");
    }
    // In front matter: the keys not yet there.
    let uri3 = "file:///tmp/interview-lsp-test/c.interview.md";
    c.open(uri3, "---\ncompany: Acme\n\n---\n# Prep\n");
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri3}, "position": {"line": 2, "character": 0}}),
    );
    let labels: Vec<&str> = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"role") && !labels.contains(&"company"),
        "{labels:?}"
    );
    c.shutdown();
}

#[test]
fn code_actions_fix_rewrite_disable_and_fix_all() {
    let mut c = Client::start(None, json!({}), Value::Null);
    c.open(URI, DOC);
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": URI}, "range": range(9, 20, 9, 20), "context": {"diagnostics": []}}),
    );
    let actions = r["result"].as_array().unwrap();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(
            &"Rewrite as: I'm looking for a team that trusts people with ownership and autonomy."
        ),
        "{titles:?}"
    );
    assert!(
        titles
            .iter()
            .filter(|t| t.starts_with("Rewrite as:"))
            .count()
            >= 3,
        "alternatives: {titles:?}"
    );
    assert!(titles.contains(&"Disable negative-framing for this line"));
    let rewrite = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap()
                .starts_with("Rewrite as: I'm looking")
        })
        .unwrap();
    assert_eq!(rewrite["kind"], "quickfix");
    assert_eq!(
        rewrite["isPreferred"], false,
        "unsafe fixes are never preferred"
    );
    let edit = &rewrite["edit"]["changes"][URI][0];
    assert_eq!(edit["range"], range(9, 2, 9, 50));
    let disable = actions
        .iter()
        .find(|a| a["title"] == "Disable negative-framing for this line")
        .unwrap();
    assert_eq!(
        disable["edit"]["changes"][URI][0]["range"],
        range(9, 50, 9, 50)
    );
    assert_eq!(
        disable["edit"]["changes"][URI][0]["newText"],
        " <!-- interview-lsp-disable-line negative-framing -->"
    );
    // Safe fixes are preferred: the concerns question.
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": URI}, "range": range(11, 0, 11, 0), "context": {"diagnostics": []}}),
    );
    let concerns = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Add the concerns question")
        .unwrap()
        .clone();
    assert_eq!(concerns["isPreferred"], true);
    // Fix all: every safe fix as one edit of the document.
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": URI}, "range": range(0, 0, 0, 0),
               "context": {"diagnostics": [], "only": ["source.fixAll.interview-lsp"]}}),
    );
    let all = r["result"].as_array().unwrap();
    assert_eq!(all.len(), 1, "{all:#?}");
    let new_text = all[0]["edit"]["changes"][URI][0]["newText"]
        .as_str()
        .unwrap();
    assert!(new_text.contains("## Examples") && new_text.contains("Do you have any concerns"));
    assert!(
        new_text.contains("micromanages everything"),
        "fix-all never changes the person's words"
    );
    c.shutdown();
}

#[test]
fn hover_explains_findings_sections_and_breadcrumbs() {
    let mut c = Client::start(None, json!({}), Value::Null);
    c.open(URI, DOC);
    let hover = |c: &mut Client, line: u32, character: u32| -> String {
        let r = c.request("textDocument/hover", json!({"textDocument": {"uri": URI}, "position": {"line": line, "character": character}}));
        r["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let finding = hover(&mut c, 9, 30);
    assert!(
        finding.contains("**negative-framing**") && finding.contains("Why it matters"),
        "{finding}"
    );
    assert!(finding.contains("micromanages"), "signals: {finding}");
    let section = hover(&mut c, 16, 5);
    assert!(
        section.contains("30/60/90-day plan") && section.contains("checklist"),
        "{section}"
    );
    let crumb = hover(&mut c, 5, 20);
    assert!(
        crumb.contains("Picked up by your plan") && crumb.contains("Map the ingestion pipeline"),
        "{crumb}"
    );
    let unused = hover(&mut c, 4, 20);
    assert!(
        unused.contains("No item of your 30/60/90-day plan picks this up yet")
            || unused.contains("unused-breadcrumb"),
        "{unused}"
    );
    c.shutdown();
}

#[test]
fn outline_readiness_lens_and_navigation() {
    let mut c = Client::start(None, json!({}), Value::Null);
    c.open(URI, DOC);
    let r = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    let top = &r["result"][0];
    assert_eq!(top["name"], "Acme prep");
    let sections: Vec<&str> = top["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        sections,
        vec![
            "First interview notes",
            "Why this job",
            "Questions for them",
            "30/60/90 day plan"
        ]
    );
    let plan = &top["children"][3];
    let parts: Vec<&str> = plan["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["detail"].as_str().unwrap())
        .collect();
    assert_eq!(
        parts,
        vec!["plan: 30 days", "plan: 60 days", "plan: 90 days"]
    );
    let questions = &top["children"][2]["children"];
    assert_eq!(questions[0]["name"], "What does the company do?");

    let r = c.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": URI}}),
    );
    let title = r["result"][0]["command"]["title"].as_str().unwrap();
    assert!(
        title.starts_with(
            "Readiness: 4/6 sections · 0 stories (0/4 kinds) · plan 30/60/90 · 1 question"
        ),
        "{title}"
    );
    assert_eq!(r["result"][0]["range"], range(0, 0, 0, 0));

    let r = c.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": URI}, "position": {"line": 20, "character": 10}}),
    );
    assert_eq!(r["result"][0]["range"], range(5, 2, 5, 72), "{r}");
    let r = c.request("textDocument/references", json!({"textDocument": {"uri": URI}, "position": {"line": 5, "character": 10}, "context": {"includeDeclaration": false}}));
    assert_eq!(r["result"].as_array().unwrap().len(), 1, "{r}");
    assert_eq!(r["result"][0]["range"], range(20, 2, 20, 39));
    c.shutdown();
}

#[test]
fn nothing_a_client_sends_crashes_the_server() {
    let mut c = Client::start(None, json!({}), Value::Null);
    // Malformed JSON: an error answer, and the server keeps serving.
    c.send_raw(b"Content-Length: 12\r\n\r\n{not json!!}");
    let logged = c.wait_for(|m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap()
                .contains("not JSON")
    });
    assert_eq!(logged["params"]["type"], 1);
    let r = c.request("no/suchMethod", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    // Requests for documents never opened, positions past the end, edits before open.
    let unknown = "file:///tmp/interview-lsp-test/never-opened.interview.md";
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": unknown}, "position": {"line": 0, "character": 0}}),
    );
    assert!(r["result"].is_null() && r["error"].is_null(), "{r}");
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": unknown, "version": 2}, "contentChanges": [{"text": "x"}]}),
    );
    c.open(URI, DOC);
    for (line, character) in [(999, 0), (9, 999), (0, 4_000_000_000u32)] {
        let r = c.request("textDocument/hover", json!({"textDocument": {"uri": URI}, "position": {"line": line, "character": character}}));
        assert!(r["error"].is_null(), "{r}");
        let r = c.request("textDocument/completion", json!({"textDocument": {"uri": URI}, "position": {"line": line, "character": character}}));
        assert!(r["error"].is_null(), "{r}");
    }
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2},
        "contentChanges": [{"range": range(500, 3, 900, 1), "text": "tail"}]}),
    );
    let diags = c.diagnostics(URI, Some(2));
    assert!(!diags.is_empty());
    // Arbitrary bytes as a document.
    let noise: String = (0..3000u32)
        .map(|i| char::from_u32(0x20 + (i * 7919) % 0x2FF0).unwrap_or('x'))
        .collect();
    c.open("file:///tmp/interview-lsp-test/noise.interview.md", &noise);
    let r = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": "file:///tmp/interview-lsp-test/noise.interview.md"}}),
    );
    assert!(r["error"].is_null());
    c.shutdown();
}

#[test]
fn a_panicking_analysis_is_logged_and_the_document_served_again() {
    let mut c = Client::start_with_env(
        None,
        utf8(),
        Value::Null,
        &[("INTERVIEW_LSP_PANIC_ON", "PANIC-HERE")],
    );
    let poisoned = format!("{DOC}\nPANIC-HERE\n");
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": URI, "languageId": "markdown", "version": 1, "text": poisoned}}),
    );
    let logged = c.wait_for(|m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap()
                .contains("injected fault")
    });
    assert_eq!(logged["params"]["type"], 1, "{logged}");
    let message = logged["params"]["message"].as_str().unwrap();
    assert!(
        message.contains(URI) && message.contains("served again"),
        "{message}"
    );
    // Requests on the poisoned text answer without a result instead of an error or a crash.
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 9, "character": 5}}),
    );
    assert!(r["error"].is_null(), "{r}");
    // The next edit removes the marker: the document is analysed and published again.
    let end = poisoned.lines().count() as u32;
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2},
        "contentChanges": [{"range": range(end - 1, 0, end, 0), "text": ""}]}),
    );
    let diags = c.diagnostics(URI, Some(2));
    let framing = by_rule(&diags, "negative-framing");
    assert_eq!(framing.len(), 1, "{diags:#?}");
    assert_eq!(framing[0]["range"], range(9, 2, 9, 53));
    assert_eq!(by_rule(&diags, "first-round-question").len(), 1);
    // Nothing was ever published for the version whose analysis panicked.
    assert!(c.seen.iter().all(
        |m| !(m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 1)
    ));
    c.shutdown();
}

#[test]
fn exit_without_shutdown_is_an_error_status() {
    let mut c = Client::start(None, json!({}), Value::Null);
    c.notify("exit", Value::Null);
    let start = Instant::now();
    while c.child.try_wait().unwrap().is_none() {
        assert!(start.elapsed() < Duration::from_secs(1));
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(c.child.try_wait().unwrap().unwrap().code(), Some(1));
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.interview.md"),
        include_str!("../examples/poorly-prepared.interview.md"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/b.interview.md"), "## Why\nTODO\n").unwrap();
    std::fs::write(dir.path().join("notes.md"), "my boss is toxic\n").unwrap();
    dir
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

#[test]
fn unopened_documents_are_checked_with_progress_and_watched() {
    let dir = workspace();
    let caps = json!({
        "window": {"workDoneProgress": true},
        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}},
    });
    let mut c = Client::start(Some(dir.path()), caps, Value::Null);
    let registration = c.wait_for(|m| m["method"] == "client/registerCapability");
    let reg = &registration["params"]["registrations"][0];
    assert_eq!(reg["method"], "workspace/didChangeWatchedFiles");
    let globs: Vec<&str> = reg["registerOptions"]["watchers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["globPattern"].as_str().unwrap())
        .collect();
    assert!(globs.contains(&"**/*.interview.md") && globs.contains(&"**/interview-lsp.toml"));
    c.wait_for(|m| m["method"] == "window/workDoneProgress/create");
    let a = file_uri(&dir.path().join("a.interview.md"));
    let b = file_uri(&dir.path().join("sub/b.interview.md"));
    let diags = c.diagnostics(&a, None);
    assert!(!by_rule(&diags, "negative-framing").is_empty());
    let diags = c.diagnostics(&b, None);
    assert_eq!(by_rule(&diags, "placeholder-text").len(), 1);
    let end = c.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    assert_eq!(end["params"]["value"]["message"], "2 documents checked");
    // A watched file changes on disk: checked again; deleted: cleared.
    std::fs::write(
        dir.path().join("sub/b.interview.md"),
        "## Why\nTBD and TODO\n",
    )
    .unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": b, "type": 2}]}),
    );
    let diags = c.diagnostics(&b, None);
    assert_eq!(by_rule(&diags, "placeholder-text").len(), 2);
    std::fs::remove_file(dir.path().join("sub/b.interview.md")).unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": b, "type": 3}]}),
    );
    assert!(c.diagnostics(&b, None).is_empty());
    c.shutdown();
}

#[test]
fn clients_without_progress_or_dynamic_registration_get_neither() {
    let dir = workspace();
    let mut c = Client::start(Some(dir.path()), json!({}), Value::Null);
    let a = file_uri(&dir.path().join("a.interview.md"));
    c.diagnostics(&a, None);
    c.request("shutdown", Value::Null);
    assert!(
        !c.seen
            .iter()
            .any(|m| m["method"] == "client/registerCapability"
                || m["method"] == "window/workDoneProgress/create"
                || m["method"] == "$/progress"),
        "{:#?}",
        c.seen
    );
}

#[test]
fn configuration_files_editor_settings_and_their_errors() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("a.interview.md");
    std::fs::write(&doc, "## Why\nTODO\n").unwrap();
    let uri = file_uri(&doc);
    // Editor settings apply where there is no config file.
    let options = json!({"rules": {"placeholder-text": "error", "missing-plan": "off"}});
    let mut c = Client::start(None, json!({}), options);
    let diags = c.open(&uri, "## Why\nTODO\n");
    assert_eq!(by_rule(&diags, "placeholder-text")[0]["severity"], 1);
    assert!(by_rule(&diags, "missing-plan").is_empty());
    // Changed settings re-check open documents.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"interviewLsp": {"rules": {"placeholder-text": "hint"}}}}),
    );
    let diags = c.diagnostics(&uri, Some(1));
    assert_eq!(by_rule(&diags, "placeholder-text")[0]["severity"], 4);
    // A bad setting is shown, never silently replaced by a default.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"rules": {"placeholder-text": "loud"}}}),
    );
    let shown = c.wait_for(|m| m["method"] == "window/showMessage");
    assert!(
        shown["params"]["message"]
            .as_str()
            .unwrap()
            .contains("rules.placeholder-text"),
        "{shown}"
    );
    // A config file next to the document wins over the editor.
    std::fs::write(
        dir.path().join("interview-lsp.toml"),
        "[rules]\nplaceholder-text = \"off\"\n",
    )
    .unwrap();
    let config_uri = file_uri(&dir.path().join("interview-lsp.toml"));
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 1}]}),
    );
    let diags = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == json!(uri)
            && m["params"]["version"] == 1
            && !m["params"]["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["code"] == "placeholder-text")
    });
    assert!(diags["params"]["diagnostics"].is_array());
    // A broken config file: a message, and a diagnostic on the file at the bad line.
    std::fs::write(
        dir.path().join("interview-lsp.toml"),
        "\n[rules]\nplaceholder-text = \"loud\"\n",
    )
    .unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    let shown = c.wait_for(|m| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap()
                .contains("interview-lsp.toml:3:")
    });
    assert_eq!(shown["params"]["type"], 1);
    let on_config = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == json!(config_uri)
            && !m["params"]["diagnostics"].as_array().unwrap().is_empty()
    });
    assert_eq!(
        on_config["params"]["diagnostics"][0]["range"]["start"]["line"],
        2
    );
    c.shutdown();
}

#[test]
fn logs_go_to_the_client_at_the_chosen_level() {
    let mut c = Client::start(None, json!({}), Value::Null);
    let log = c.wait_for(|m| m["method"] == "window/logMessage");
    assert_eq!(log["params"]["message"], "interview-lsp ready");
    c.shutdown();
}
