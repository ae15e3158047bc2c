//! `interview-lsp rule NAME | --all`: a rule's documentation, as text or JSON.

use super::{RuleArgs, RuleFormat};
use crate::rules::{rule, Rule, RULES};
use std::process::ExitCode;

pub fn run(args: &RuleArgs) -> ExitCode {
    let selected: Vec<&Rule> = match &args.name {
        Some(name) => match rule(name) {
            Some(r) => vec![r],
            None => {
                eprintln!(
                    "error: no rule named \"{name}\"; the rules are: {}",
                    RULES.iter().map(|r| r.name).collect::<Vec<_>>().join(", ")
                );
                return ExitCode::from(2);
            }
        },
        None => RULES.iter().collect(),
    };
    match args.output_format {
        RuleFormat::Text => {
            let pages: Vec<String> = selected.iter().map(|r| r.page()).collect();
            print!("{}", pages.join("\n"));
        }
        RuleFormat::Json => {
            let items: Vec<serde_json::Value> = selected
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "name": r.name,
                        "default_level": r.default_level.as_str(),
                        "fix": r.fix.describe(),
                        "summary": r.summary(),
                        "explanation": r.documentation(),
                        "url": r.url(),
                    })
                })
                .collect();
            let value = if args.all {
                serde_json::Value::Array(items)
            } else {
                items.into_iter().next().unwrap_or_default()
            };
            println!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
    }
    ExitCode::SUCCESS
}
