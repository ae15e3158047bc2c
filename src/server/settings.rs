//! Settings an editor passes (`initializationOptions`, `workspace/didChangeConfiguration`), and the
//! configuration files, resolved per document. A document's own config file wins over the editor.

use crate::config::{self, Config, ConfigError};
use crate::diagnostic::Level;
use crate::document::SectionKind;
use crate::lint::Settings;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The editor's settings, the same keys as `interview-lsp.toml` in camelCase (kebab-case works too).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EditorSettings {
    #[serde(default)]
    pub rules: BTreeMap<String, String>,
    #[serde(default)]
    pub headings: BTreeMap<String, Vec<String>>,
    #[serde(default, alias = "negative-framing")]
    pub negative_framing: Option<FramingSettings>,
    #[serde(default, alias = "few-questions")]
    pub few_questions: Option<FewQuestions>,
    #[serde(default)]
    pub questions: Option<Questions>,
    /// Read by the editor extension, not here.
    #[serde(default)]
    pub server: Option<serde_json::Value>,
    #[serde(default)]
    pub trace: Option<serde_json::Value>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct FramingSettings {
    #[serde(default, alias = "extra-phrases")]
    pub extra_phrases: Vec<String>,
    #[serde(default, alias = "allowed-phrases")]
    pub allowed_phrases: Vec<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FewQuestions {
    pub minimum: usize,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questions {
    #[serde(default)]
    pub recommended: Vec<String>,
}

impl EditorSettings {
    /// Reads settings sent by an editor: either the settings object itself or one wrapped in
    /// `{"interviewLsp": ...}` / `{"interview-lsp": ...}`. An error says which key is wrong.
    pub fn from_json(value: &serde_json::Value) -> Result<EditorSettings, String> {
        let inner = value
            .get("interviewLsp")
            .or_else(|| value.get("interview-lsp"))
            .or_else(|| value.get("interview_lsp"))
            .unwrap_or(value);
        if inner.is_null() {
            return Ok(EditorSettings::default());
        }
        let settings: EditorSettings =
            serde_json::from_value(inner.clone()).map_err(|e| format!("editor settings: {e}"))?;
        settings.resolve()?;
        Ok(settings)
    }

    /// These settings on top of the defaults.
    pub fn resolve(&self) -> Result<Settings, String> {
        let mut settings = Settings::default();
        for (rule, level) in &self.rules {
            let level = Level::parse(level).ok_or_else(|| {
                format!("editor settings: rules.{rule}: \"{level}\" is not one of off, hint, info, warning, error")
            })?;
            if !settings.set_level(rule, level) {
                return Err(format!("editor settings: rules.{rule}: no such rule"));
            }
        }
        for (kind, aliases) in &self.headings {
            let kind = SectionKind::parse(kind)
                .ok_or_else(|| format!("editor settings: headings.{kind}: not a section kind"))?;
            for alias in aliases {
                settings.parse.aliases.push((kind, alias.to_lowercase()));
            }
        }
        if let Some(f) = &self.negative_framing {
            settings.rules.framing_extra = f.extra_phrases.clone();
            settings.rules.framing_allowed = f.allowed_phrases.clone();
        }
        if let Some(q) = &self.few_questions {
            settings.rules.min_questions = q.minimum;
        }
        if let Some(q) = &self.questions {
            settings.rules.extra_questions = q.recommended.clone();
        }
        Ok(settings)
    }
}

/// Configuration files found so far, by folder; dropped when a config file changes.
#[derive(Default)]
pub struct ConfigCache {
    nearest: HashMap<PathBuf, Option<PathBuf>>,
    loaded: HashMap<PathBuf, Result<Config, ConfigError>>,
}

impl ConfigCache {
    pub fn clear(&mut self) {
        self.nearest.clear();
        self.loaded.clear();
    }

    /// The config file that applies to a document, loaded (or its error).
    pub fn for_document(&mut self, path: &Path) -> Option<Result<Config, ConfigError>> {
        let dir = path.parent()?.to_path_buf();
        let found = self
            .nearest
            .entry(dir.clone())
            .or_insert_with(|| config::find(&dir))
            .clone()?;
        Some(
            self.loaded
                .entry(found.clone())
                .or_insert_with(|| Config::load(&found))
                .clone(),
        )
    }
}
