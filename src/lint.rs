//! Runs the enabled rules over one document, applies suppressions, sorts; and applies fixes until
//! the text stops changing.

use crate::diagnostic::{Applicability, Diagnostic, Finding, Level};
use crate::document::{parse, Document, ParseOptions};
use crate::rules::{rule, unused_suppression, Context, RuleOptions, RULES};
use crate::suppression::{directives, suppressing};
use crate::text::{apply_edits, Edit};
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Everything that decides what a check reports, resolved from configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    levels: HashMap<&'static str, Level>,
    pub parse: ParseOptions,
    pub rules: RuleOptions,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            levels: RULES.iter().map(|r| (r.name, r.default_level)).collect(),
            parse: ParseOptions::default(),
            rules: RuleOptions::default(),
        }
    }
}

impl Settings {
    pub fn level(&self, rule: &str) -> Level {
        self.levels.get(rule).copied().unwrap_or(Level::Off)
    }

    /// Sets a rule's level. Unknown names are the caller's to reject.
    pub fn set_level(&mut self, rule_name: &str, level: Level) -> bool {
        match rule(rule_name) {
            Some(r) => {
                self.levels.insert(r.name, level);
                true
            }
            None => false,
        }
    }
}

/// Checks one text.
pub fn check(text: &str, settings: &Settings) -> Vec<Diagnostic> {
    let doc = parse(text, &settings.parse);
    check_document(&doc, settings)
}

/// Checks a parsed document. A rule that panics is skipped (and reported as an internal finding
/// would hide the others), so one bad rule never takes the whole check down.
pub fn check_document(doc: &Document, settings: &Settings) -> Vec<Diagnostic> {
    let ctx = Context {
        doc,
        options: &settings.rules,
    };
    let mut findings: Vec<Finding> = Vec::new();
    for r in RULES {
        if settings.level(r.name) == Level::Off {
            continue;
        }
        let mut out = Vec::new();
        if catch_unwind(AssertUnwindSafe(|| (r.check)(&ctx, &mut out))).is_ok() {
            findings.extend(out);
        }
    }
    let directives = directives(doc);
    let mut used = vec![false; directives.len()];
    findings.retain(|f| {
        let line = doc.lines.line_of(f.span.start);
        match suppressing(&directives, f.rule, line, f.span.start) {
            Some(i) => {
                used[i] = true;
                false
            }
            None => true,
        }
    });
    if settings.level("unused-suppression") != Level::Off {
        for (d, used) in directives.iter().zip(used) {
            let unknown: Vec<String> = d
                .rules
                .iter()
                .filter(|r| rule(r).is_none())
                .cloned()
                .collect();
            let any_off = d
                .rules
                .iter()
                .any(|r| rule(r).is_some() && settings.level(r) == Level::Off);
            let enable = d.kind == crate::suppression::DirectiveKind::Enable;
            if !unknown.is_empty() || (!used && !any_off && !enable) {
                findings.push(unused_suppression::unused(doc, d, &unknown));
            }
        }
    }
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .map(|finding| Diagnostic {
            level: settings.level(finding.rule),
            finding,
        })
        .collect();
    diagnostics.sort_by(|a, b| {
        (a.finding.span.start, a.finding.span.end, a.finding.rule).cmp(&(
            b.finding.span.start,
            b.finding.span.end,
            b.finding.rule,
        ))
    });
    diagnostics
}

/// Which fixes to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixMode {
    Safe,
    SafeAndUnsafe,
}

impl FixMode {
    fn allows(self, a: Applicability) -> bool {
        match self {
            FixMode::Safe => a == Applicability::Safe,
            FixMode::SafeAndUnsafe => a >= Applicability::Unsafe,
        }
    }
}

#[derive(Debug, Clone)]
pub struct FixOutcome {
    pub text: String,
    /// How many fixes were applied, per rule.
    pub applied: HashMap<&'static str, usize>,
    /// What is left after fixing.
    pub remaining: Vec<Diagnostic>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotConverged {
    pub passes: usize,
}

const MAX_PASSES: usize = 20;

/// Applies fixes again and again until the text stops changing. Within a pass, fixes whose edits
/// overlap an earlier fix wait for the next pass, so the result does not depend on luck.
pub fn fix(text: &str, settings: &Settings, mode: FixMode) -> Result<FixOutcome, NotConverged> {
    let mut current = text.to_string();
    let mut applied: HashMap<&'static str, usize> = HashMap::new();
    for _ in 0..MAX_PASSES {
        let diagnostics = check(&current, settings);
        let mut edits: Vec<Edit> = Vec::new();
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for d in &diagnostics {
            let Some(fix) = &d.finding.fix else { continue };
            if !mode.allows(fix.applicability) || fix.edits.is_empty() {
                continue;
            }
            let ranges: Vec<(usize, usize)> = fix
                .edits
                .iter()
                .map(|e| (e.span.start, e.span.end))
                .collect();
            let clashes = ranges.iter().any(|&(s, e)| {
                taken.iter().any(|&(ts, te)| {
                    (s < te && ts < e) || (s == e && s == ts) || (s == ts && e == te)
                })
            });
            if clashes {
                continue;
            }
            taken.extend(ranges);
            edits.extend(fix.edits.iter().cloned());
            *applied.entry(d.finding.rule).or_default() += 1;
        }
        if edits.is_empty() {
            return Ok(FixOutcome {
                text: current,
                applied,
                remaining: diagnostics,
            });
        }
        let (next, _) = apply_edits(&current, &edits);
        if next == current {
            return Ok(FixOutcome {
                text: current,
                applied,
                remaining: diagnostics,
            });
        }
        current = next;
    }
    Err(NotConverged { passes: MAX_PASSES })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# Prep\n\n## Why\n<!-- interview-lsp-disable-next-line negative-framing -->\nMy manager micromanages everything.\nMy boss is a clown show. <!-- interview-lsp-disable-line -->\n\n<!-- interview-lsp-disable negative-framing -- venting, on purpose -->\n- I'm sick of my job\n<!-- interview-lsp-enable negative-framing -->\n- They don't value engineers.\n<!-- interview-lsp-disable-line placeholder-text -->\n";

    fn rules_at_lines(text: &str) -> Vec<(usize, &'static str)> {
        let doc = parse(text, &ParseOptions::default());
        check_document(&doc, &Settings::default())
            .into_iter()
            .map(|d| (doc.lines.line_of(d.finding.span.start) + 1, d.finding.rule))
            .filter(|(_, r)| matches!(*r, "negative-framing" | "unused-suppression"))
            .collect()
    }

    #[test]
    fn suppression_comments_work_inside_lists_and_without_blank_lines() {
        assert_eq!(
            rules_at_lines(DOC),
            vec![(11, "negative-framing"), (12, "unused-suppression")]
        );
    }

    #[test]
    fn disable_file_and_unknown_names() {
        let text = "<!-- interview-lsp-disable-file negative-framing -->\n## Why\nMy boss is a clown show.\n<!-- interview-lsp-disable-line no-such-rule -->\n";
        assert_eq!(rules_at_lines(text), vec![(4, "unused-suppression")]);
    }

    #[test]
    fn fixing_converges_and_keeps_the_text() {
        let text = "# Prep\n\n## Why\n\nI'm excited to build data products.\n";
        let out = fix(text, &Settings::default(), FixMode::Safe).unwrap();
        assert!(out.text.starts_with(text.trim_end()));
        for rule in ["missing-examples", "missing-questions", "missing-plan"] {
            assert_eq!(out.applied.get(rule), Some(&1), "{rule}");
            assert!(out.remaining.iter().all(|d| d.finding.rule != rule));
        }
        // A second run finds nothing more to fix.
        let again = fix(&out.text, &Settings::default(), FixMode::Safe).unwrap();
        assert_eq!(again.text, out.text);
        assert!(again.applied.is_empty());
    }

    #[test]
    fn unused_suppression_fix_removes_the_line() {
        let text = "## Why\n<!-- interview-lsp-disable-next-line -->\nI'm excited to join.\n";
        let out = fix(text, &Settings::default(), FixMode::Safe).unwrap();
        assert!(
            out.text.starts_with("## Why\nI'm excited to join.\n"),
            "{}",
            out.text
        );
    }

    #[test]
    fn a_rule_turned_off_reports_nothing() {
        let mut settings = Settings::default();
        assert!(settings.set_level("missing-plan", Level::Off));
        assert!(!settings.set_level("no-such-rule", Level::Off));
        let found = check("# Prep\n", &settings);
        assert!(found.iter().all(|d| d.finding.rule != "missing-plan"));
        assert!(found.iter().any(|d| d.finding.rule == "missing-why"));
    }
}
