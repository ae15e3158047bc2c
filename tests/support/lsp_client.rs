//! A small LSP client for tests and the latency harness: spawns the real server binary and
//! speaks JSON-RPC to it over its standard input and output.
#![allow(dead_code)]

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(10);

pub struct Client {
    pub child: Child,
    stdin: Arc<Mutex<ChildStdin>>,
    rx: Receiver<(Instant, Value)>,
    pub seen: Vec<Value>,
    seen_at: Vec<Instant>,
    /// When the last message `wait_for` returned had been read off the pipe (before it was
    /// parsed): what a latency measurement should stop at.
    pub arrived: Instant,
    next_id: i64,
}

pub fn frame(msg: &Value) -> Vec<u8> {
    let body = serde_json::to_vec(msg).unwrap();
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend(body);
    out
}

impl Client {
    pub fn spawn(args: &[&str]) -> Client {
        Client::spawn_with_env(args, &[])
    }

    pub fn spawn_with_env(args: &[&str], env: &[(&str, &str)]) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_interview-lsp"))
            .arg("server")
            .args(args)
            .env_remove("INTERVIEW_LSP_LOG")
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = Arc::new(Mutex::new(child.stdin.take().unwrap()));
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = channel();
        let answer = stdin.clone();
        std::thread::spawn(move || loop {
            let mut length = 0;
            loop {
                let mut line = String::new();
                if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim();
                if line.is_empty() {
                    break;
                }
                if let Some(v) = line.strip_prefix("Content-Length:") {
                    length = v.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            if stdout.read_exact(&mut body).is_err() {
                return;
            }
            let arrived = Instant::now();
            let msg: Value = serde_json::from_slice(&body).unwrap();
            // Requests from the server (registrations, progress tokens) are answered at once.
            if msg.get("id").is_some() && msg.get("method").is_some() {
                let reply = json!({"jsonrpc": "2.0", "id": msg["id"], "result": null});
                let _ = answer.lock().unwrap().write_all(&frame(&reply));
            }
            if tx.send((arrived, msg)).is_err() {
                return;
            }
        });
        Client {
            child,
            stdin,
            rx,
            seen: Vec::new(),
            seen_at: Vec::new(),
            arrived: Instant::now(),
            next_id: 1,
        }
    }

    pub fn start(root: Option<&Path>, capabilities: Value, options: Value) -> Client {
        Client::start_with_env(root, capabilities, options, &[])
    }

    pub fn start_with_env(
        root: Option<&Path>,
        capabilities: Value,
        options: Value,
        env: &[(&str, &str)],
    ) -> Client {
        let mut c = Client::spawn_with_env(&["--stdio", "--log-level", "info"], env);
        let root_uri = root.map(|r| format!("file://{}", r.display()));
        let result = c.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "workspaceFolders": root_uri.as_ref().map(|u| json!([{"uri": u, "name": "ws"}])),
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        assert!(result["result"]["capabilities"].is_object(), "{result}");
        c.notify("initialized", json!({}));
        c
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.lock().unwrap().write_all(bytes).unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        let mut msg = json!({"jsonrpc": "2.0", "method": method});
        if !params.is_null() {
            msg["params"] = params;
        }
        self.send_raw(&frame(&msg));
    }

    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let mut msg = json!({"jsonrpc": "2.0", "id": id, "method": method});
        if !params.is_null() {
            msg["params"] = params;
        }
        self.send_raw(&frame(&msg));
        self.wait_for(|m| m["id"] == json!(id) && m.get("method").is_none())
    }

    /// The first message (already seen or arriving) matching `pred`; it is consumed.
    pub fn wait_for(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.seen.iter().position(&pred) {
            self.arrived = self.seen_at.remove(i);
            return self.seen.remove(i);
        }
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok((at, m)) if pred(&m) => {
                    self.arrived = at;
                    return m;
                }
                Ok((at, m)) => {
                    self.seen.push(m);
                    self.seen_at.push(at);
                }
                Err(RecvTimeoutError::Timeout) => panic!("timed out; seen: {:#?}", self.seen),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("server closed; seen: {:#?}", self.seen)
                }
            }
        }
    }

    /// Drops the messages seen so far and not waited for.
    pub fn forget_seen(&mut self) {
        self.seen.clear();
        self.seen_at.clear();
    }

    pub fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let m = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && version.is_none_or(|v| m["params"]["version"] == json!(v))
        });
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }

    pub fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
        self.diagnostics(uri, Some(1))
    }

    pub fn shutdown(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert!(r["error"].is_null(), "{r}");
        self.notify("exit", Value::Null);
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert_eq!(status.code(), Some(0));
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(1),
                "no exit within a second"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}
