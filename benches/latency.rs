//! Edit-to-diagnostics latency of the language server, and its memory.
//!
//!     cargo bench --bench latency
//!
//! Starts the release server, opens a 10 KB and a 1 MB prep document, sends 200 single-character
//! edits to each (waiting for each edit's diagnostics), and prints the didChange → publishDiagnostics
//! times and the server's resident memory with both documents open.

#[path = "../tests/support/lsp_client.rs"]
mod lsp_client;

use lsp_client::Client;
use serde_json::{json, Value};
use std::time::Instant;

fn document(bytes: usize) -> String {
    let parts = [
        include_str!("../examples/well-prepared.interview.md"),
        include_str!("../examples/partly-prepared.interview.md"),
        include_str!("../examples/poorly-prepared.interview.md"),
    ];
    let mut out = String::new();
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(parts[i % parts.len()]);
        out.push('\n');
        i += 1;
    }
    out
}

fn resident_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn measure(c: &mut Client, uri: &str, size: usize) {
    let text = document(size);
    let lines = text.lines().count() as u64;
    let start = Instant::now();
    c.open(uri, &text);
    println!(
        "{uri}: {} bytes, first diagnostics after {:.1} ms",
        text.len(),
        start.elapsed().as_secs_f64() * 1e3
    );
    let mut times = Vec::new();
    for i in 0..200u64 {
        let version = 2 + i as i64;
        // A character typed at the start of a line spread over the document.
        let line = (i * 37) % lines;
        let edit = json!({"textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": "x"}]});
        let sent = Instant::now();
        c.notify("textDocument/didChange", edit);
        c.diagnostics(uri, Some(version));
        // Until the notification has arrived, not until this harness has parsed it.
        times.push(c.arrived.duration_since(sent).as_secs_f64() * 1e3);
        c.forget_seen();
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "  200 edits: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing useful: run either way.
    let mut c = Client::start(None, json!({}), Value::Null);
    let pid = c.child.id();
    println!(
        "server resident memory after start: {} KiB",
        resident_kib(pid)
    );
    measure(&mut c, "file:///bench/ten-kb.interview.md", 10 * 1024);
    println!(
        "server resident memory with the 10 KB document open: {} KiB",
        resident_kib(pid)
    );
    measure(&mut c, "file:///bench/one-mb.interview.md", 1024 * 1024);
    println!(
        "server resident memory with both documents open, right after the last edit: {} KiB",
        resident_kib(pid)
    );
    // The server returns freed memory once edits pause.
    std::thread::sleep(std::time::Duration::from_millis(500));
    println!(
        "server resident memory with both documents open, after 0.5 s without edits: {} KiB",
        resident_kib(pid)
    );
    c.shutdown();
}
