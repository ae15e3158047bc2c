//! `interview-lsp check`: find the documents, check them in parallel, print, and choose the exit code.

use super::fixes::{unified_diff, write_atomic, BOM};
use super::output::{self, FileReport, Style};
use super::{CheckArgs, ColorChoice, FailLevel, OutputFormat};
use crate::config::{self, Config, ConfigError};
use crate::diagnostic::Level;
use crate::lint::{self, FixMode};
use crate::rules::{rule, RULES};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

const EXTENSION: &str = ".interview.md";

/// A problem that stops one file (or the whole run) from being checked.
struct RunError(String);

pub fn run(args: &CheckArgs) -> ExitCode {
    match execute(args) {
        Ok(code) => code,
        Err(RunError(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// What `--fix` and `--diff` ask for.
#[derive(Clone, Copy)]
struct FixRequest {
    mode: Option<FixMode>,
    diff: bool,
}

impl FixRequest {
    fn new(args: &CheckArgs) -> FixRequest {
        let mode = (args.fix || args.diff).then_some(if args.unsafe_fixes {
            FixMode::SafeAndUnsafe
        } else {
            FixMode::Safe
        });
        FixRequest {
            mode,
            diff: args.diff,
        }
    }
}

/// One file's result: its report, and the diff of its fixes under `--diff`.
struct Checked {
    report: FileReport,
    diff: Option<String>,
}

fn execute(args: &CheckArgs) -> Result<ExitCode, RunError> {
    let selection = Selection::new(args)?;
    let configs = Configs::new(args)?;
    let request = FixRequest::new(args);
    let mut errors: Vec<String> = Vec::new();
    let mut checked: Vec<Checked> = Vec::new();

    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| RunError(format!("cannot read standard input: {e}")))?;
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("-"));
        let config = configs
            .for_file(&name)
            .map_err(|e| RunError(e.to_string()))?;
        let outcome =
            check_text(&name, text, &config, &selection, request, None).map_err(RunError)?;
        if request.mode.is_some() && !request.diff {
            // Fixing standard input writes the fixed document to standard output, like ruff.
            print!("{}", outcome.report.text);
            return Ok(ExitCode::SUCCESS);
        }
        checked.push(outcome);
    }
    let (files, discovery_errors) = discover(args.paths.iter().filter(|p| p.as_os_str() != "-"));
    errors.extend(discovery_errors);

    let progress = progress_bar(args, files.len());
    let results: Vec<Result<Option<Checked>, String>> = files
        .par_iter()
        .map(|file| {
            let result = check_file(file, &configs, &selection, request);
            if let Some(bar) = &progress {
                bar.inc(1);
            }
            result
        })
        .collect();
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    for r in results {
        match r {
            Ok(Some(c)) => checked.push(c),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    // Configuration errors stop the run: a wrong config must never look like a clean check.
    if let Some(e) = configs.first_error() {
        return Err(RunError(e.to_string()));
    }
    checked.sort_by(|a, b| a.report.path.cmp(&b.report.path));

    let fail = fail_level(args, &configs);
    let style = Style {
        color: args.output_file.is_none() && use_color(args.color),
    };
    let mut rendered = String::new();
    if request.diff {
        for c in &checked {
            rendered.push_str(c.diff.as_deref().unwrap_or_default());
        }
    } else {
        let reports: Vec<FileReport> = checked.into_iter().map(|c| c.report).collect();
        rendered = render(args, &reports, style, fail);
        if args.show_fixes {
            rendered.push_str(&output::applied_fixes(&reports));
        }
        if args.statistics {
            rendered.push_str(&output::statistics(&reports));
        }
        let human = matches!(
            args.output_format,
            OutputFormat::Full | OutputFormat::Concise
        );
        if !args.quiet && human {
            rendered.push_str(&output::summary(&reports, style));
        }
        checked = reports
            .into_iter()
            .map(|report| Checked { report, diff: None })
            .collect();
    }
    emit(args, &rendered)?;
    for e in &errors {
        eprintln!("error: {e}");
    }
    if !errors.is_empty() {
        return Ok(ExitCode::from(2));
    }
    if !stdin && checked.is_empty() && !args.quiet {
        eprintln!(
            "warning: no *{EXTENSION} files found under {}",
            args.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let failing = if request.diff {
        checked.iter().any(|c| c.diff.is_some())
    } else {
        checked
            .iter()
            .flat_map(|c| &c.report.diagnostics)
            .any(|d| d.level >= fail)
    };
    Ok(if failing && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn render(args: &CheckArgs, reports: &[FileReport], style: Style, fail: Level) -> String {
    match args.output_format {
        OutputFormat::Full => output::full::render(reports, style),
        OutputFormat::Concise => output::concise::render(reports, style),
        OutputFormat::Json => output::json::render(reports),
        OutputFormat::JsonLines => output::json_lines::render(reports),
        OutputFormat::Github => output::github::render(reports),
        OutputFormat::Sarif => output::sarif::render(reports),
        OutputFormat::Junit => output::junit::render(reports, fail),
    }
}

fn emit(args: &CheckArgs, rendered: &str) -> Result<(), RunError> {
    match &args.output_file {
        Some(path) => std::fs::write(path, rendered).map_err(|e| {
            RunError(format!(
                "{}: cannot write the output file: {e}",
                path.display()
            ))
        }),
        None => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(rendered.as_bytes());
            let _ = stdout.flush();
            Ok(())
        }
    }
}

/// A progress bar on standard error for long runs on a terminal; never in CI, with `-q`, or when
/// standard error is not a terminal.
fn progress_bar(args: &CheckArgs, files: usize) -> Option<ProgressBar> {
    let in_ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
    if args.quiet || in_ci || files < 50 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(files as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}") {
        bar.set_style(style);
    }
    Some(bar)
}

fn check_file(
    file: &File,
    configs: &Configs,
    selection: &Selection,
    request: FixRequest,
) -> Result<Option<Checked>, String> {
    let config = configs.for_file(&file.path).map_err(|e| e.to_string())?;
    if !file.explicit && !config_wants(&config, &file.path) {
        return Ok(None);
    }
    let bytes = std::fs::read(&file.path)
        .map_err(|e| format!("{}: cannot read the file: {e}", file.path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and check again",
            file.path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    check_text(
        &file.path,
        text,
        &config,
        selection,
        request,
        Some(&file.path),
    )
    .map(Some)
}

/// Checks one text; with a fix request, fixes it first (writing `write_to` unless diffing) and
/// reports what is left.
fn check_text(
    path: &Path,
    text: String,
    config: &Config,
    selection: &Selection,
    request: FixRequest,
    write_to: Option<&Path>,
) -> Result<Checked, String> {
    let mut settings = config.settings.clone();
    selection.apply(&mut settings);
    let display = display_path(path);
    // A byte order mark is not part of the document: positions count from after it.
    let (bom, body) = match text.strip_prefix(BOM) {
        Some(rest) => (BOM, rest.to_string()),
        None => ("", text),
    };
    let Some(mode) = request.mode else {
        let diagnostics = lint::check(&body, &settings);
        return Ok(Checked {
            report: FileReport::new(display, body, diagnostics),
            diff: None,
        });
    };
    let outcome = lint::fix(&body, &settings, mode).map_err(|e| {
        format!(
            "{}: the fixes did not settle after {} passes, so nothing was written; please report this with the file",
            path.display(),
            e.passes
        )
    })?;
    if outcome.text == body {
        return Ok(Checked {
            report: FileReport::new(display, body, outcome.remaining),
            diff: None,
        });
    }
    if request.diff {
        let diff = unified_diff(&display, &body, &outcome.text);
        return Ok(Checked {
            report: FileReport::new(display, body, Vec::new()),
            diff: Some(diff),
        });
    }
    if let Some(target) = write_to {
        write_atomic(target, &format!("{bom}{}", outcome.text))
            .map_err(|e| format!("{}: cannot write the fixed file: {e}", path.display()))?;
    }
    let mut report = FileReport::new(display, outcome.text, outcome.remaining);
    report.fixed = outcome.applied.into_iter().collect();
    Ok(Checked { report, diff: None })
}

fn display_path(path: &Path) -> String {
    let s = path.display().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

fn config_wants(config: &Config, path: &Path) -> bool {
    let Some(base) = config.base_dir() else {
        return true;
    };
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let base = std::path::absolute(base).unwrap_or_else(|_| base.to_path_buf());
    match absolute.strip_prefix(&base) {
        Ok(relative) => config.wants(relative),
        Err(_) => config.wants(path),
    }
}

fn fail_level(args: &CheckArgs, configs: &Configs) -> Level {
    if let Some(l) = args.fail_level {
        return match l {
            FailLevel::Error => Level::Error,
            FailLevel::Warning => Level::Warning,
            FailLevel::Info => Level::Info,
            FailLevel::Hint => Level::Hint,
        };
    }
    configs.fail_level().unwrap_or(Level::Warning)
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if std::env::var_os("FORCE_COLOR").is_some_and(|v| !v.is_empty()) {
                true
            } else {
                std::io::stdout().is_terminal()
            }
        }
    }
}

/// Which rules `--select` and `--ignore` leave on.
struct Selection {
    select: Option<Vec<String>>,
    ignore: Vec<String>,
}

impl Selection {
    fn new(args: &CheckArgs) -> Result<Selection, RunError> {
        let known = |names: &[String], flag: &str| -> Result<Vec<String>, RunError> {
            for n in names {
                if n != "ALL" && rule(n).is_none() {
                    return Err(RunError(format!(
                        "{flag} {n}: no such rule; `interview-lsp rule --all` lists them"
                    )));
                }
            }
            Ok(names.to_vec())
        };
        let select = if args.select.is_empty() {
            None
        } else {
            Some(known(&args.select, "--select")?)
        };
        Ok(Selection {
            select,
            ignore: known(&args.ignore, "--ignore")?,
        })
    }

    fn apply(&self, settings: &mut lint::Settings) {
        for r in RULES {
            let selected = self
                .select
                .as_ref()
                .is_none_or(|s| s.iter().any(|n| n == r.name || n == "ALL"));
            let ignored = self.ignore.iter().any(|n| n == r.name || n == "ALL");
            if !selected || ignored {
                settings.set_level(r.name, Level::Off);
            } else if self.select.is_some() && settings.level(r.name) == Level::Off {
                // Selecting a rule by name turns it on even where the config turned it off.
                settings.set_level(r.name, r.default_level);
            }
        }
    }
}

/// The configuration that applies to each file, loaded once per folder.
struct Configs {
    fixed: Option<Config>,
    isolated: bool,
    by_path: Mutex<HashMap<PathBuf, Result<Config, ConfigError>>>,
    dirs: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
}

impl Configs {
    fn new(args: &CheckArgs) -> Result<Configs, RunError> {
        let fixed = match &args.config {
            Some(path) => Some(Config::load(path).map_err(|e| RunError(e.to_string()))?),
            None => None,
        };
        Ok(Configs {
            fixed,
            isolated: args.isolated,
            by_path: Mutex::new(HashMap::new()),
            dirs: Mutex::new(HashMap::new()),
        })
    }

    fn for_file(&self, file: &Path) -> Result<Config, ConfigError> {
        if let Some(c) = &self.fixed {
            return Ok(c.clone());
        }
        if self.isolated {
            return Ok(Config::default());
        }
        let dir = std::path::absolute(file)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        let found = {
            let mut dirs = self.dirs.lock().unwrap_or_else(|e| e.into_inner());
            dirs.entry(dir.clone())
                .or_insert_with(|| config::find(&dir))
                .clone()
        };
        let Some(path) = found else {
            return Ok(Config::default());
        };
        let mut cache = self.by_path.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(path.clone())
            .or_insert_with(|| Config::load(&path))
            .clone()
    }

    fn first_error(&self) -> Option<ConfigError> {
        let cache = self.by_path.lock().unwrap_or_else(|e| e.into_inner());
        let mut errors: Vec<&ConfigError> =
            cache.values().filter_map(|r| r.as_ref().err()).collect();
        errors.sort_by(|a, b| a.path.cmp(&b.path));
        errors.first().map(|e| (*e).clone())
    }

    /// The fail level of a single config in play (`--config`, or the one every file shares).
    fn fail_level(&self) -> Option<Level> {
        if let Some(c) = &self.fixed {
            return c.fail_level;
        }
        let cache = self.by_path.lock().unwrap_or_else(|e| e.into_inner());
        let levels: Vec<Level> = cache
            .values()
            .filter_map(|r| r.as_ref().ok().and_then(|c| c.fail_level))
            .collect();
        levels.into_iter().min()
    }
}

struct File {
    path: PathBuf,
    /// Named on the command line: checked whatever its name or the include globs say.
    explicit: bool,
}

fn discover<'a>(paths: impl Iterator<Item = &'a PathBuf>) -> (Vec<File>, Vec<String>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_file() {
            files.push(File {
                path: path.clone(),
                explicit: true,
            });
            continue;
        }
        if !path.exists() {
            errors.push(format!("{}: no such file or folder", path.display()));
            continue;
        }
        let walker = ignore::WalkBuilder::new(path)
            .require_git(false)
            .hidden(true)
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    let is_doc = e.file_type().is_some_and(|t| t.is_file())
                        && e.file_name().to_string_lossy().ends_with(EXTENSION);
                    if is_doc {
                        files.push(File {
                            path: e.into_path(),
                            explicit: false,
                        });
                    }
                }
                Err(e) => errors.push(format!("{e}")),
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    (files, errors)
}
