//! The command line: `check`, `rule`. Parses arguments and hands over; output formats live in
//! `output/`.

mod check;
pub mod fixes;
mod new;
pub mod output;
mod rule;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "interview-lsp",
    version,
    about = "A coach for second-interview prep documents (*.interview.md): a linter for CI and a language server"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check prep documents and report what will hurt you in a second interview.
    Check(CheckArgs),
    /// Explain a rule, or every rule with --all.
    Rule(RuleArgs),
    /// Write a new prep document with every section ready to fill in.
    New(NewArgs),
    /// Run the language server over standard input and output.
    Server(ServerArgs),
}

#[derive(Debug, clap::Args)]
pub struct ServerArgs {
    /// Accepted for clients that pass it; standard input and output are always used.
    #[arg(long)]
    pub stdio: bool,
    /// error, warn, info, debug or trace [default: warn, or INTERVIEW_LSP_LOG]
    #[arg(long, value_enum)]
    pub log_level: Option<crate::server::LogLevel>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Each finding with a source snippet, the span underlined.
    Full,
    /// One line per finding.
    Concise,
    /// One JSON array of findings.
    Json,
    /// One JSON object per line.
    JsonLines,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// JUnit XML, one test case per file.
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailLevel {
    Error,
    Warning,
    Info,
    Hint,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or folders to check ("-" reads standard input). Folders are searched for
    /// *.interview.md, honouring .gitignore.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Full, env = "INTERVIEW_LSP_OUTPUT_FORMAT")]
    pub output_format: OutputFormat,
    /// Write the findings to this file instead of standard output.
    #[arg(long, value_name = "PATH")]
    pub output_file: Option<PathBuf>,
    /// Apply the safe fixes (additive ones that never change your words).
    #[arg(long)]
    pub fix: bool,
    /// Also apply the unsafe fixes (rewrites of your words) with --fix or --diff.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff instead of writing them.
    #[arg(long)]
    pub diff: bool,
    /// List the fixes applied, per file and rule.
    #[arg(long)]
    pub show_fixes: bool,
    /// Print how many findings each rule has, and how many are fixable.
    #[arg(long)]
    pub statistics: bool,
    /// Only these rules (comma-separated names, or ALL).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Never these rules (comma-separated names).
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// The lowest level that makes the exit code 1 [default: warning, or the config's fail-level].
    #[arg(long, value_enum)]
    pub fail_level: Option<FailLevel>,
    /// Exit 0 even when there are findings.
    #[arg(long)]
    pub exit_zero: bool,
    /// Use this configuration file for every document.
    #[arg(long, value_name = "PATH", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    pub isolated: bool,
    /// The file name to report (and to find the configuration from) when reading standard input.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print only the findings, no summary.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// Where to write the document (".interview.md" is added when missing).
    pub path: PathBuf,
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    /// Overwrite an existing file.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct RuleArgs {
    /// The rule's name.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub name: Option<String>,
    /// Every rule.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value_t = RuleFormat::Text)]
    pub output_format: RuleFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RuleFormat {
    Text,
    Json,
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Rule(args) => rule::run(&args),
        Command::New(args) => new::run(&args),
        Command::Server(args) => {
            let from_env = std::env::var("INTERVIEW_LSP_LOG").ok();
            let level = match (args.log_level, from_env.as_deref()) {
                (Some(level), _) => level,
                (None, Some(v)) => match crate::server::LogLevel::parse(v) {
                    Some(level) => level,
                    None => {
                        eprintln!("error: INTERVIEW_LSP_LOG={v} is not one of error, warn, info, debug, trace");
                        return ExitCode::from(2);
                    }
                },
                (None, None) => crate::server::LogLevel::Warn,
            };
            crate::server::run(level)
        }
    }
}
