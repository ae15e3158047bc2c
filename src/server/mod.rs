//! The language server: the only code that sees tower-lsp and lsp-types.

mod actions;
mod analyser;
mod analysis;
mod backend;
mod completion;
pub mod convert;
mod documents;
mod hover;
mod navigation;
mod outbox;
mod settings;
mod symbols;
mod workspace;

pub use settings::EditorSettings;

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use tower_lsp::jsonrpc::{Request, Response};
use tower_lsp::{LspService, Server};
use tower_service::Service;

/// Set when the client asked to shut down; `exit` then ends the process with status 0.
static SHUT_DOWN: AtomicBool = AtomicBool::new(false);

pub(crate) fn mark_shut_down() {
    SHUT_DOWN.store(true, Ordering::SeqCst);
}

/// Ends the process on `exit`: tower-lsp would otherwise keep reading standard input until the
/// client closes it.
struct ExitOnExit<S>(S);

impl<S> Service<Request> for ExitOnExit<S>
where
    S: Service<Request, Response = Option<Response>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        if request.method() == "exit" {
            std::process::exit(if SHUT_DOWN.load(Ordering::SeqCst) {
                0
            } else {
                1
            });
        }
        self.0.call(request)
    }
}

/// How much the server logs (to standard error and `window/logMessage`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

impl LogLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            LogLevel::Error => "error",
            LogLevel::Warn => "warn",
            LogLevel::Info => "info",
            LogLevel::Debug => "debug",
            LogLevel::Trace => "trace",
        }
    }

    pub fn parse(s: &str) -> Option<LogLevel> {
        Some(match s.to_ascii_lowercase().as_str() {
            "error" => LogLevel::Error,
            "warn" | "warning" => LogLevel::Warn,
            "info" => LogLevel::Info,
            "debug" => LogLevel::Debug,
            "trace" => LogLevel::Trace,
            _ => return None,
        })
    }
}

/// What a message that is not JSON becomes, so that it is logged instead of ending the session.
pub(crate) const MALFORMED: &str = "$/interview-lsp/malformedMessage";

/// Copies framed messages from `input` to `output`, replacing a body that is not JSON by a
/// notification the server logs: tower-lsp stops reading at the first undecodable message.
async fn sanitise<R, W>(input: R, mut output: W)
where
    R: tokio::io::AsyncRead + Unpin,
    W: tokio::io::AsyncWrite + Unpin,
{
    use tokio::io::AsyncWriteExt;
    let mut input = tokio::io::BufReader::new(input);
    while let Ok(Some(mut body)) = outbox::read_frame(&mut input).await {
        if serde_json::from_slice::<serde::de::IgnoredAny>(&body).is_err() {
            body = serde_json::to_vec(&serde_json::json!({
                "jsonrpc": "2.0",
                "method": MALFORMED,
                "params": {"bytes": body.len()},
            }))
            .unwrap_or_default();
        }
        if output.write_all(&outbox::frame(&body)).await.is_err() {
            return;
        }
    }
}

/// One malloc arena instead of one per thread: analyses run on one thread, and every extra arena
/// keeps its own freed memory (measured: 58 MB → 47 MB resident with a 1 MB document open after
/// 28 edits going from one arena per thread to two; 41.1 → 38.1 MB once edits pause going from
/// two to one, with the 1 MB p95 no slower). And a fixed mmap threshold: glibc otherwise raises
/// it after each large free, so the next analysis' megabyte-sized buffers land in the heap and
/// fragment it.
fn tune_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const M_ARENA_MAX: i32 = -8;
        const M_MMAP_THRESHOLD: i32 = -3;
        extern "C" {
            fn mallopt(param: i32, value: i32) -> i32;
        }
        // SAFETY: mallopt only sets an allocator tunable; called before any other thread starts.
        unsafe {
            mallopt(M_ARENA_MAX, 1);
            mallopt(M_MMAP_THRESHOLD, 64 * 1024);
        }
    }
}

/// Serves LSP over standard input and output until the client says `exit`.
pub fn run(log_level: LogLevel) -> ExitCode {
    tune_malloc();
    // Analyses, for diagnostics and for requests, run on one thread of their own (see
    // `analyser`); the blocking pool only walks folders and returns freed memory.
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the server's runtime: {e}");
            return ExitCode::from(2);
        }
    };
    runtime.block_on(async {
        let (outbox, frames) = outbox::Outbox::new();
        let writer = tokio::spawn(outbox::write_all(frames, tokio::io::stdout()));
        let (service, socket) = LspService::build({
            let outbox = outbox.clone();
            move |client| backend::Backend::new(client, outbox, log_level)
        })
        .custom_method(MALFORMED, backend::Backend::malformed)
        .finish();
        let (input, to_server) = tokio::io::duplex(1 << 16);
        tokio::spawn(sanitise(tokio::io::stdin(), to_server));
        let (from_server, server_output) = tokio::io::duplex(1 << 16);
        tokio::spawn(outbox::collect(from_server, outbox));
        Server::new(input, server_output, socket)
            .serve(ExitOnExit(service))
            .await;
        // Whatever tower-lsp wrote last still reaches the client.
        let _ = tokio::time::timeout(std::time::Duration::from_secs(1), writer).await;
    });
    // Standard input closed without `exit`.
    std::process::exit(if SHUT_DOWN.load(Ordering::SeqCst) {
        0
    } else {
        1
    })
}
