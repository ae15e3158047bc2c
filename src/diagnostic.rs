//! Findings and fixes as plain data. Rendering them is the CLI's business.

use crate::text::{Edit, Span};
use std::fmt;

/// How loud a finding is. `Off` exists only as a configured level, never on a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Off,
    Hint,
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "off" => Level::Off,
            "hint" => Level::Hint,
            "info" => Level::Info,
            "warning" => Level::Warning,
            "error" => Level::Error,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Hint => "hint",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How safe a fix is to apply without asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Applicability {
    /// Only shown; never applied.
    DisplayOnly,
    /// Rewrites the person's own words: applied only with `--unsafe-fixes`.
    Unsafe,
    /// Additive and meaning-preserving: applied by `--fix`.
    Safe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
            Applicability::DisplayOnly => "display-only",
        }
    }
}

/// What fixes a rule can offer, for its documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAvailability {
    None,
    Always(Applicability),
}

impl FixAvailability {
    pub fn describe(self) -> &'static str {
        match self {
            FixAvailability::None => "none",
            FixAvailability::Always(a) => a.as_str(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    pub message: String,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn new(applicability: Applicability, message: impl Into<String>, edits: Vec<Edit>) -> Self {
        Fix {
            applicability,
            message: message.into(),
            edits,
        }
    }
}

/// One thing a rule found, before the configured level is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub span: Span,
    pub message: String,
    /// The preferred fix.
    pub fix: Option<Fix>,
    /// Further fixes an editor can offer (rewrite alternatives).
    pub alternatives: Vec<Fix>,
    /// Why it fired, in words (which signals of a scoring rule matched).
    pub reasons: Vec<String>,
}

impl Finding {
    pub fn new(rule: &'static str, span: Span, message: impl Into<String>) -> Self {
        Finding {
            rule,
            span,
            message: message.into(),
            fix: None,
            alternatives: Vec::new(),
            reasons: Vec::new(),
        }
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }
}

/// A finding with the level the configuration gave its rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub level: Level,
    pub finding: Finding,
}
