//! The workspace scan: every `*.interview.md` in the workspace folders, opened or not, gets its
//! diagnostics at start-up, with `$/progress` where the client supports it.

use super::backend::{analyse_and_publish, State};
use std::path::PathBuf;
use std::sync::Arc;
use tower_lsp::lsp_types::notification::Progress;
use tower_lsp::lsp_types::request::WorkDoneProgressCreate;
use tower_lsp::lsp_types::*;
use tower_lsp::Client;

pub fn documents_in(folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for folder in folders {
        for entry in ignore::WalkBuilder::new(folder)
            .require_git(false)
            .build()
            .flatten()
        {
            if entry.file_type().is_some_and(|t| t.is_file())
                && entry
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".interview.md")
            {
                files.push(entry.into_path());
            }
        }
    }
    files.sort();
    files
}

pub async fn scan(state: Arc<State>, client: Client, folders: Vec<PathBuf>, progress: bool) {
    let files = tokio::task::spawn_blocking(move || documents_in(&folders))
        .await
        .unwrap_or_default();
    if files.is_empty() {
        return;
    }
    let token = NumberOrString::String("interview-lsp/workspace-scan".into());
    let progress = progress
        && client
            .send_request::<WorkDoneProgressCreate>(WorkDoneProgressCreateParams {
                token: token.clone(),
            })
            .await
            .is_ok();
    let send = |value: WorkDoneProgress| {
        let client = client.clone();
        let token = token.clone();
        async move {
            client
                .send_notification::<Progress>(ProgressParams {
                    token,
                    value: ProgressParamsValue::WorkDone(value),
                })
                .await
        }
    };
    if progress {
        send(WorkDoneProgress::Begin(WorkDoneProgressBegin {
            title: "Checking prep documents".into(),
            percentage: Some(0),
            ..Default::default()
        }))
        .await;
    }
    let total = files.len();
    for (i, path) in files.into_iter().enumerate() {
        let (Ok(uri), Ok(text)) = (Url::from_file_path(&path), std::fs::read_to_string(&path))
        else {
            continue;
        };
        analyse_and_publish(
            state.clone(),
            client.clone(),
            uri,
            None,
            ropey::Rope::from_str(&text),
        )
        .await;
        if progress {
            send(WorkDoneProgress::Report(WorkDoneProgressReport {
                message: Some(format!("{}/{total}", i + 1)),
                percentage: Some(((i + 1) * 100 / total) as u32),
                ..Default::default()
            }))
            .await;
        }
    }
    if progress {
        send(WorkDoneProgress::End(WorkDoneProgressEnd {
            message: Some(format!("{total} documents checked")),
        }))
        .await;
    }
}
