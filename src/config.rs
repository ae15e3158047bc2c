//! `interview-lsp.toml`: the schema, finding the file that applies to a document, and turning it
//! into [`Settings`]. Every mistake is an error naming the file, line and key; nothing falls back to
//! a default silently.

use crate::diagnostic::Level;
use crate::document::SectionKind;
use crate::lint::Settings;
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const FILE_NAMES: [&str; 2] = [".interview-lsp.toml", "interview-lsp.toml"];

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    pub fail_level: Option<Spanned<String>>,
    pub include: Option<Vec<Spanned<String>>>,
    pub exclude: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    pub headings: BTreeMap<Spanned<String>, Vec<String>>,
    pub negative_framing: Option<FramingSection>,
    pub few_questions: Option<FewQuestionsSection>,
    pub questions: Option<QuestionsSection>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FramingSection {
    #[serde(default)]
    pub extra_phrases: Vec<String>,
    #[serde(default)]
    pub allowed_phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FewQuestionsSection {
    pub minimum: Spanned<i64>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct QuestionsSection {
    #[serde(default)]
    pub recommended: Vec<String>,
}

/// A configuration mistake, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based; 0 when the file could not be read at all.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path.display(),
                self.line,
                self.column,
                self.message
            )
        }
    }
}

impl std::error::Error for ConfigError {}

/// A configuration ready to use.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub settings: Settings,
    pub fail_level: Option<Level>,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Config {
    /// Whether a file (relative to the config's folder) is to be checked.
    pub fn wants(&self, relative: &Path) -> bool {
        if self.exclude.as_ref().is_some_and(|g| g.is_match(relative)) {
            return false;
        }
        self.include.as_ref().is_none_or(|g| g.is_match(relative))
    }

    pub fn base_dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            message: format!("cannot read the configuration file: {e}"),
        })?;
        Config::parse(&text, path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let error = |span: std::ops::Range<usize>, message: String| {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before
                .rsplit('\n')
                .next()
                .map(|l| l.chars().count())
                .unwrap_or(0)
                + 1;
            ConfigError {
                path: path.to_path_buf(),
                line,
                column,
                message,
            }
        };
        let file: ConfigFile = toml::from_str(text).map_err(|e| {
            let message = e.message().trim().to_string();
            error(e.span().unwrap_or(0..0), message)
        })?;
        let mut settings = Settings::default();
        for (name, level) in &file.rules {
            let parsed = Level::parse(level.get_ref()).ok_or_else(|| {
                error(
                    level.span(),
                    format!(
                        "rules.{}: \"{}\" is not a level; use one of off, hint, info, warning, error",
                        name.get_ref(),
                        level.get_ref()
                    ),
                )
            })?;
            if !settings.set_level(name.get_ref(), parsed) {
                return Err(error(
                    name.span(),
                    format!(
                        "rules.{}: no such rule; `interview-lsp rule --all` lists them",
                        name.get_ref()
                    ),
                ));
            }
        }
        for (kind, aliases) in &file.headings {
            let k = SectionKind::parse(kind.get_ref()).ok_or_else(|| {
                error(
                    kind.span(),
                    format!(
                        "headings.{}: not a section kind; use notes, concerns, examples, why, questions or plan",
                        kind.get_ref()
                    ),
                )
            })?;
            for alias in aliases {
                settings.parse.aliases.push((k, alias.to_lowercase()));
            }
        }
        if let Some(framing) = file.negative_framing {
            settings.rules.framing_extra = framing.extra_phrases;
            settings.rules.framing_allowed = framing.allowed_phrases;
        }
        if let Some(few) = file.few_questions {
            let n = *few.minimum.get_ref();
            if !(0..=100).contains(&n) {
                return Err(error(
                    few.minimum.span(),
                    format!(
                        "few-questions.minimum: {n} is out of range; use a number from 0 to 100"
                    ),
                ));
            }
            settings.rules.min_questions = n as usize;
        }
        if let Some(q) = file.questions {
            settings.rules.extra_questions = q.recommended;
        }
        let fail_level = match &file.fail_level {
            None => None,
            Some(l) => Some(
                Level::parse(l.get_ref())
                    .filter(|l| *l != Level::Off)
                    .ok_or_else(|| {
                        error(
                            l.span(),
                            format!(
                                "fail-level: \"{}\" is not a level; use one of hint, info, warning, error",
                                l.get_ref()
                            ),
                        )
                    })?,
            ),
        };
        let globs = |key: &str,
                     list: &Option<Vec<Spanned<String>>>|
         -> Result<Option<GlobSet>, ConfigError> {
            let Some(list) = list else { return Ok(None) };
            let mut builder = GlobSetBuilder::new();
            for g in list {
                let glob = Glob::new(g.get_ref()).map_err(|e| {
                    error(
                        g.span(),
                        format!("{key}: bad glob \"{}\": {e}", g.get_ref()),
                    )
                })?;
                builder.add(glob);
            }
            builder
                .build()
                .map(Some)
                .map_err(|e| error(0..0, format!("{key}: {e}")))
        };
        Ok(Config {
            path: Some(path.to_path_buf()),
            settings,
            fail_level,
            include: globs("include", &file.include)?,
            exclude: globs("exclude", &file.exclude)?,
        })
    }
}

/// The nearest configuration file at or above `dir`; the dotted name wins in the same folder.
pub fn find(dir: &Path) -> Option<PathBuf> {
    let mut current = Some(dir);
    while let Some(d) = current {
        for name in FILE_NAMES {
            let candidate = d.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        current = d.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("prep/interview-lsp.toml"))
    }

    #[test]
    fn reads_every_key() {
        let config = parse(
            r#"
fail-level = "error"
include = ["**/*.interview.md"]
exclude = ["drafts/**"]
[rules]
negative-framing = "error"
few-questions = "off"
[headings]
examples = ["war stories"]
[negative-framing]
extra-phrases = ["glad to leave"]
allowed-phrases = ["toxic waste"]
[few-questions]
minimum = 5
[questions]
recommended = ["What keeps you up at night?"]
"#,
        )
        .unwrap();
        assert_eq!(config.fail_level, Some(Level::Error));
        assert_eq!(config.settings.level("negative-framing"), Level::Error);
        assert_eq!(config.settings.level("few-questions"), Level::Off);
        assert_eq!(config.settings.rules.min_questions, 5);
        assert_eq!(
            config.settings.parse.aliases,
            vec![(SectionKind::Examples, "war stories".to_string())]
        );
        assert!(config.wants(Path::new("a/b.interview.md")));
        assert!(!config.wants(Path::new("drafts/b.interview.md")));
    }

    #[test]
    fn errors_name_the_line_and_key() {
        let e = parse("[rules]\nnegative-framing = \"loud\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 20));
        assert!(
            e.message.contains("rules.negative-framing"),
            "{}",
            e.message
        );
        assert!(e.to_string().starts_with("prep/interview-lsp.toml:2:20: "));

        let e = parse("\n\n[rules]\nnegative-framin = \"off\"\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.message.contains("no such rule"));

        let e = parse("fail-levle = \"error\"\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(
            e.message.contains("unknown field `fail-levle`"),
            "{}",
            e.message
        );

        let e = parse("[few-questions]\nminimum = -1\n").unwrap_err();
        assert_eq!(e.line, 2);

        let e = parse("[headings]\nstories = [\"x\"]\n").unwrap_err();
        assert!(e.message.contains("not a section kind"));
    }
}
