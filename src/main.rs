use clap::Parser;
use interview_lsp::cli::{run, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    run(Cli::parse())
}
