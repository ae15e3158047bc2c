//! The `LanguageServer` implementation: each handler a few lines that delegate.
//!
//! tower-lsp runs up to four handlers at once, so `didOpen`/`didChange`/`didClose` change the
//! document store before their first `.await`; analysis runs in a task keyed by the document's
//! version and its result is dropped when a newer version arrived meanwhile.

use super::actions::{code_actions, FIX_ALL};
use super::analysis::{findings, Snapshot};
use super::completion::complete;
use super::convert::{diagnostic, text_range};
use super::documents::Documents;
use super::hover::hover;
use super::navigation::{definition, references};
use super::outbox::Outbox;
use super::settings::{ConfigCache, EditorSettings};
use super::symbols::{document_symbols, readiness};
use super::workspace;
use super::LogLevel;
use crate::config::ConfigError;
use crate::document::parse;
use crate::lint::Settings;
use crate::text::Encoding;
use ropey::Rope;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer};

/// What the client said it supports, as far as this server cares.
#[derive(Default, Clone, Copy)]
struct ClientSupport {
    progress: bool,
    watch_registration: bool,
}

pub struct State {
    documents: Mutex<Documents>,
    encoding: RwLock<Encoding>,
    editor: RwLock<EditorSettings>,
    configs: Mutex<ConfigCache>,
    reported_config_errors: Mutex<HashSet<PathBuf>>,
    folders: RwLock<Vec<PathBuf>>,
    support: RwLock<ClientSupport>,
    /// The last version published per document (None for files read from disk), so an older
    /// analysis never overwrites a newer one.
    published: tokio::sync::Mutex<HashMap<Url, Option<i32>>>,
    outbox: Outbox,
    log_level: LogLevel,
}

pub struct Backend {
    client: Client,
    state: Arc<State>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn read<T>(m: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    m.read().unwrap_or_else(|e| e.into_inner())
}

fn write<T>(m: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    m.write().unwrap_or_else(|e| e.into_inner())
}

impl Backend {
    pub fn new(client: Client, outbox: Outbox, log_level: LogLevel) -> Backend {
        Backend {
            client,
            state: Arc::new(State {
                documents: Mutex::new(Documents::default()),
                encoding: RwLock::new(Encoding::Utf16),
                editor: RwLock::new(EditorSettings::default()),
                configs: Mutex::new(ConfigCache::default()),
                reported_config_errors: Mutex::new(HashSet::new()),
                folders: RwLock::new(Vec::new()),
                support: RwLock::new(ClientSupport::default()),
                published: tokio::sync::Mutex::new(HashMap::new()),
                outbox,
                log_level,
            }),
        }
    }

    /// A snapshot of an open document, or None for a document the client never opened.
    fn snapshot(&self, uri: &Url) -> Option<Snapshot> {
        let rope = lock(&self.state.documents).get(uri)?.rope.clone();
        let (settings, _) = self.state.settings_for(uri);
        Some(Snapshot::new(rope, *read(&self.state.encoding), settings))
    }

    /// Analyses a document in the background and publishes its diagnostics, unless a newer
    /// version arrived meanwhile.
    fn schedule(&self, uri: Url, version: Option<i32>, rope: Rope) {
        let state = self.state.clone();
        let client = self.client.clone();
        tokio::spawn(async move {
            analyse_and_publish(state, client, uri, version, rope).await;
        });
    }

    fn recheck_open_documents(&self) {
        let open: Vec<(Url, i32, Rope)> = {
            let docs = lock(&self.state.documents);
            docs.uris()
                .into_iter()
                .filter_map(|u| {
                    let d = docs.get(&u)?;
                    Some((u, d.version, d.rope.clone()))
                })
                .collect()
        };
        for (uri, version, rope) in open {
            self.schedule(uri, Some(version), rope);
        }
    }

    async fn log(&self, level: LogLevel, message: String) {
        log(&self.state, &self.client, level, message).await;
    }

    /// A message that was not JSON: logged, and the session goes on.
    pub async fn malformed(&self, params: serde_json::Value) {
        self.log(
            LogLevel::Error,
            format!(
                "ignored a message that is not JSON ({} bytes)",
                params["bytes"]
            ),
        )
        .await;
    }
}

async fn log(state: &State, client: &Client, level: LogLevel, message: String) {
    if level > state.log_level {
        return;
    }
    eprintln!("[interview-lsp {}] {message}", level.as_str());
    let kind = match level {
        LogLevel::Error => MessageType::ERROR,
        LogLevel::Warn => MessageType::WARNING,
        LogLevel::Info => MessageType::INFO,
        LogLevel::Debug | LogLevel::Trace => MessageType::LOG,
    };
    client.log_message(kind, message).await;
}

impl State {
    /// The settings for a document: its config file when there is one, else the editor's. A
    /// broken config file is returned as an error to report (and the editor's settings are used).
    fn settings_for(&self, uri: &Url) -> (Settings, Option<ConfigError>) {
        let editor = read(&self.editor).resolve().unwrap_or_default();
        let Ok(path) = uri.to_file_path() else {
            return (editor, None);
        };
        match lock(&self.configs).for_document(&path) {
            Some(Ok(config)) => (config.settings, None),
            Some(Err(e)) => (editor, Some(e)),
            None => (editor, None),
        }
    }

    fn is_current(&self, uri: &Url, version: Option<i32>) -> bool {
        let docs = lock(&self.documents);
        match version {
            Some(v) => docs.version(uri) == Some(v),
            // A disk analysis is current only while the file is not open.
            None => !docs.is_open(uri),
        }
    }
}

pub async fn analyse_and_publish(
    state: Arc<State>,
    client: Client,
    uri: Url,
    version: Option<i32>,
    rope: Rope,
) {
    if !state.is_current(&uri, version) {
        return;
    }
    let (settings, config_error) = state.settings_for(&uri);
    if let Some(e) = config_error {
        report_config_error(&state, &client, e).await;
    }
    let encoding = *read(&state.encoding);
    let current = (state.clone(), uri.clone());
    let result = super::analyser::analyse(move || {
        // Edits that arrived while this one waited its turn make it moot.
        if !current.0.is_current(&current.1, version) {
            return Ok(None);
        }
        let text = rope.to_string();
        let doc = parse(&text, &settings.parse);
        findings(&doc, &settings)
            .map(|found| {
                found
                    .iter()
                    .map(|d| {
                        let range = text_range(&doc.lines, &text, d.finding.span, encoding);
                        diagnostic(range, d.level, &d.finding)
                    })
                    .collect::<Vec<_>>()
            })
            .map(Some)
    })
    .await;
    release_freed_memory_when_idle();
    let diagnostics = match result {
        Ok(Ok(Some(d))) => d,
        Ok(Ok(None)) => return,
        Ok(Err(panic)) => {
            log(&state, &client, LogLevel::Error, format!("analysis of {uri} failed: {panic}; the document is served again on its next change")).await;
            return;
        }
        Err(e) => {
            log(
                &state,
                &client,
                LogLevel::Error,
                format!("analysis of {uri} failed: {e}"),
            )
            .await;
            return;
        }
    };
    let mut published = state.published.lock().await;
    if !state.is_current(&uri, version) {
        return;
    }
    state
        .outbox
        .publish_diagnostics(uri.clone(), diagnostics, version);
    published.insert(uri, version);
}

/// Returns freed memory once the analyses pause: trimming after every keystroke's analysis of a
/// large document costs milliseconds the next keystroke waits for, and while typing the next
/// analysis reuses the same memory anyway.
fn release_freed_memory_when_idle() {
    static LATEST: AtomicU64 = AtomicU64::new(0);
    let mine = LATEST.fetch_add(1, Ordering::SeqCst) + 1;
    tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_millis(IDLE_BEFORE_TRIM_MS)).await;
        if LATEST.load(Ordering::SeqCst) == mine {
            let _ = tokio::task::spawn_blocking(release_freed_memory).await;
        }
    });
}

/// How long no analysis must finish before freed memory is returned.
const IDLE_BEFORE_TRIM_MS: u64 = 150;

/// Gives the memory an analysis freed back to the system: glibc keeps freed blocks of every
/// thread's arena otherwise, and a large document's analysis is tens of megabytes.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim only returns free heap pages to the kernel; it takes no pointers.
        unsafe {
            malloc_trim(0);
        }
    }
}

/// A config error is shown once (until the file changes) and put on the config file itself.
async fn report_config_error(state: &State, client: &Client, e: ConfigError) {
    if !lock(&state.reported_config_errors).insert(e.path.clone()) {
        return;
    }
    client
        .show_message(MessageType::ERROR, format!("interview-lsp: {e}"))
        .await;
    if let Ok(uri) = Url::from_file_path(&e.path) {
        let line = e.line.saturating_sub(1) as u32;
        let col = e.column.saturating_sub(1) as u32;
        let d = Diagnostic {
            range: Range::new(Position::new(line, col), Position::new(line, col + 1)),
            severity: Some(DiagnosticSeverity::ERROR),
            source: Some("interview-lsp".into()),
            message: e.message.clone(),
            ..Default::default()
        };
        state.outbox.publish_diagnostics(uri, vec![d], None);
    }
}

fn negotiate_encoding(params: &InitializeParams) -> Encoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = negotiate_encoding(&params);
        *write(&self.state.encoding) = encoding;
        let caps = &params.capabilities;
        *write(&self.state.support) = ClientSupport {
            progress: caps
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false),
            watch_registration: caps
                .workspace
                .as_ref()
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
        };
        let mut folders: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| f.uri.to_file_path().ok())
            .collect();
        #[allow(deprecated)] // root_uri is still what many clients send
        if folders.is_empty() {
            folders.extend(params.root_uri.as_ref().and_then(|u| u.to_file_path().ok()));
        }
        *write(&self.state.folders) = folders;
        if let Some(options) = &params.initialization_options {
            match EditorSettings::from_json(options) {
                Ok(s) => *write(&self.state.editor) = s,
                Err(e) => {
                    self.client
                        .show_message(MessageType::ERROR, format!("interview-lsp: {e}"))
                        .await
                }
            }
        }
        let encoding_kind = match encoding {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            _ => PositionEncodingKind::UTF16,
        };
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "interview-lsp".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding_kind),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..Default::default()
                    },
                )),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec!["-".into(), "#".into(), " ".into()]),
                    ..Default::default()
                }),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![
                            CodeActionKind::QUICKFIX,
                            CodeActionKind::new(FIX_ALL),
                        ]),
                        ..Default::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                code_lens_provider: Some(CodeLensOptions {
                    resolve_provider: Some(false),
                }),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                ..Default::default()
            },
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let support = *read(&self.state.support);
        if support.watch_registration {
            let watchers = [
                "**/*.interview.md",
                "**/interview-lsp.toml",
                "**/.interview-lsp.toml",
            ]
            .iter()
            .map(|g| FileSystemWatcher {
                glob_pattern: GlobPattern::String(g.to_string()),
                kind: None,
            })
            .collect();
            let registration = Registration {
                id: "interview-lsp-watch".into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                    watchers,
                })
                .ok(),
            };
            if let Err(e) = self.client.register_capability(vec![registration]).await {
                self.log(LogLevel::Warn, format!("could not watch files: {e}"))
                    .await;
            }
        }
        let folders = read(&self.state.folders).clone();
        let state = self.state.clone();
        let client = self.client.clone();
        tokio::spawn(async move {
            workspace::scan(state, client, folders, support.progress).await;
        });
        self.log(LogLevel::Info, "interview-lsp ready".into()).await;
    }

    async fn shutdown(&self) -> Result<()> {
        super::mark_shut_down();
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        lock(&self.state.documents).open(doc.uri.clone(), &doc.text, doc.version);
        self.schedule(doc.uri, Some(doc.version), Rope::from_str(&doc.text));
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        let encoding = *read(&self.state.encoding);
        let rope = {
            let mut docs = lock(&self.state.documents);
            if !docs.change(&uri, version, params.content_changes, encoding) {
                None
            } else {
                docs.get(&uri).map(|d| d.rope.clone())
            }
        };
        match rope {
            Some(rope) => self.schedule(uri, Some(version), rope),
            None => {
                self.log(
                    LogLevel::Warn,
                    format!("change for {uri}, which is not open: ignored"),
                )
                .await
            }
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        lock(&self.state.documents).close(&uri);
        // A file that still exists keeps its findings (as on disk); a deleted one loses them.
        match uri
            .to_file_path()
            .ok()
            .and_then(|p| std::fs::read_to_string(p).ok())
        {
            Some(text) => self.schedule(uri, None, Rope::from_str(&text)),
            None => self.state.outbox.publish_diagnostics(uri, Vec::new(), None),
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        match EditorSettings::from_json(&params.settings) {
            Ok(s) => {
                *write(&self.state.editor) = s;
                self.recheck_open_documents();
            }
            Err(e) => {
                self.client
                    .show_message(MessageType::ERROR, format!("interview-lsp: {e}"))
                    .await
            }
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let mut config_changed = false;
        for change in params.changes {
            let path = change.uri.to_file_path().ok();
            let name = path
                .as_ref()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if crate::config::FILE_NAMES.contains(&name.as_str()) {
                config_changed = true;
                if let Some(p) = &path {
                    lock(&self.state.reported_config_errors).remove(p);
                }
                self.state
                    .outbox
                    .publish_diagnostics(change.uri, Vec::new(), None);
                continue;
            }
            if lock(&self.state.documents).is_open(&change.uri) {
                continue;
            }
            if change.typ == FileChangeType::DELETED {
                self.state
                    .outbox
                    .publish_diagnostics(change.uri, Vec::new(), None);
            } else if let Some(text) = path.and_then(|p| std::fs::read_to_string(p).ok()) {
                self.schedule(change.uri, None, Rope::from_str(&text));
            }
        }
        if config_changed {
            lock(&self.state.configs).clear();
            self.recheck_open_documents();
            let folders = read(&self.state.folders).clone();
            let state = self.state.clone();
            let client = self.client.clone();
            tokio::spawn(async move {
                workspace::scan(state, client, folders, false).await;
            });
        }
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        let Some(snapshot) = self.snapshot(&at.text_document.uri) else {
            return Ok(None);
        };
        let items = guard(move || complete(&snapshot, at.position))
            .await
            .unwrap_or_default();
        Ok(Some(CompletionResponse::Array(items)))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let Some(snapshot) = self.snapshot(&uri) else {
            return Ok(None);
        };
        let only = params.context.only;
        Ok(guard(move || code_actions(&snapshot, &uri, params.range, &only)).await)
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let Some(snapshot) = self.snapshot(&at.text_document.uri) else {
            return Ok(None);
        };
        Ok(guard(move || hover(&snapshot, at.position)).await.flatten())
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        Ok(guard(move || document_symbols(&snapshot))
            .await
            .map(DocumentSymbolResponse::Nested))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        Ok(guard(move || readiness(&snapshot)).await)
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        let uri = at.text_document.uri;
        let Some(snapshot) = self.snapshot(&uri) else {
            return Ok(None);
        };
        let found = guard(move || definition(&snapshot, &uri, at.position))
            .await
            .unwrap_or_default();
        Ok((!found.is_empty()).then_some(GotoDefinitionResponse::Array(found)))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let uri = at.text_document.uri;
        let Some(snapshot) = self.snapshot(&uri) else {
            return Ok(None);
        };
        Ok(guard(move || references(&snapshot, &uri, at.position)).await)
    }
}

/// Runs a request's work on the analysis thread (its automaton caches are the ones already warm),
/// turning a panic into "no result" so the server keeps serving.
async fn guard<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    match super::analyser::analyse(work).await {
        Ok(v) => Some(v),
        Err(e) => {
            eprintln!("[interview-lsp error] a request failed ({e}); answered with no result");
            None
        }
    }
}
