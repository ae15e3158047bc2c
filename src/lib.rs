//! interview-lsp: reads second-interview prep documents (`*.interview.md`) the way a coach would.
//!
//! Data flows one way: text → [`document::Document`] → findings → CLI output or LSP messages.
//! The core does no I/O; `cli` and `server` are thin adapters over it.

pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod lexicon;
pub mod lint;
pub mod rules;
pub mod server;
pub mod suppression;
pub mod text;

pub use lint::{check, fix, FixMode, Settings};
