//! Everything the server writes to standard output goes through one queue of whole frames.
//!
//! tower-lsp turns every outgoing message into a `serde_json::Value` tree before writing it; for
//! the thousands of diagnostics of a large document that tree costs as much as the analysis
//! itself. Diagnostics are therefore serialised straight to bytes and queued here, and tower-lsp's
//! own messages are read back frame by frame from a pipe and queued beside them, so frames never
//! interleave and each source keeps its order.

use serde::Serialize;
use tokio::io::{
    AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt,
};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tower_lsp::lsp_types::{Diagnostic, PublishDiagnosticsParams, Url};

/// Frames bigger than this are not LSP messages anyone sends; they are skipped, not buffered.
pub const MAX_FRAME: usize = 256 << 20;

#[derive(Clone)]
pub struct Outbox(UnboundedSender<Vec<u8>>);

impl Outbox {
    pub fn new() -> (Outbox, UnboundedReceiver<Vec<u8>>) {
        let (tx, rx) = unbounded_channel();
        (Outbox(tx), rx)
    }

    pub fn publish_diagnostics(
        &self,
        uri: Url,
        diagnostics: Vec<Diagnostic>,
        version: Option<i32>,
    ) {
        #[derive(Serialize)]
        struct Notification {
            jsonrpc: &'static str,
            method: &'static str,
            params: PublishDiagnosticsParams,
        }
        let message = Notification {
            jsonrpc: "2.0",
            method: "textDocument/publishDiagnostics",
            params: PublishDiagnosticsParams::new(uri, diagnostics, version),
        };
        if let Ok(body) = serde_json::to_vec(&message) {
            // The writer is gone only when the process is ending.
            let _ = self.0.send(frame(&body));
        }
    }

    fn queue(&self, framed: Vec<u8>) -> bool {
        self.0.send(framed).is_ok()
    }
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// The next frame's body: `Ok(None)` at the end of the input. A frame without a usable
/// `Content-Length` is skipped; one over [`MAX_FRAME`] is read past without being kept.
pub async fn read_frame<R: AsyncBufRead + Unpin>(
    input: &mut R,
) -> std::io::Result<Option<Vec<u8>>> {
    loop {
        let mut length: Option<usize> = None;
        loop {
            let mut line = String::new();
            if input.read_line(&mut line).await? == 0 {
                return Ok(None);
            }
            let line = line.trim();
            if line.is_empty() {
                if length.is_some() {
                    break;
                }
                continue;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.trim().eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().ok();
                }
            }
        }
        let Some(length) = length else { continue };
        if length > MAX_FRAME {
            tokio::io::copy(&mut input.take(length as u64), &mut tokio::io::sink()).await?;
            continue;
        }
        let mut body = vec![0; length];
        input.read_exact(&mut body).await?;
        return Ok(Some(body));
    }
}

/// Queues tower-lsp's frames (written to `from_tower`) beside the direct ones; when tower-lsp is
/// done, queues the end.
pub async fn collect<R: AsyncRead + Unpin>(from_tower: R, outbox: Outbox) {
    let mut from_tower = tokio::io::BufReader::new(from_tower);
    while let Ok(Some(body)) = read_frame(&mut from_tower).await {
        if !outbox.queue(frame(&body)) {
            return;
        }
    }
    outbox.queue(Vec::new());
}

/// Writes queued frames to `output`, one whole frame at a time, until the end (an empty frame).
pub async fn write_all<W: AsyncWrite + Unpin>(
    mut frames: UnboundedReceiver<Vec<u8>>,
    mut output: W,
) {
    while let Some(framed) = frames.recv().await {
        if framed.is_empty()
            || output.write_all(&framed).await.is_err()
            || output.flush().await.is_err()
        {
            return;
        }
    }
}
