//! `interview-lsp new PATH`: a prep document with every section, ready to fill in.

use super::NewArgs;
use crate::lexicon::lexicon;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(args: &NewArgs) -> ExitCode {
    let mut path = args.path.clone();
    if !path.to_string_lossy().ends_with(".interview.md") {
        path = PathBuf::from(format!("{}.interview.md", path.display()));
    }
    if path.exists() && !args.force {
        eprintln!(
            "error: {} already exists; use --force to overwrite it",
            path.display()
        );
        return ExitCode::from(2);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("error: cannot create {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    }
    let text = skeleton(args.company.as_deref(), args.role.as_deref());
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("error: cannot write {}: {e}", path.display());
        return ExitCode::from(2);
    }
    println!(
        "Wrote {}. Fill in the [fill in] parts, then run: interview-lsp check {}",
        path.display(),
        path.display()
    );
    ExitCode::SUCCESS
}

/// The skeleton: front matter, then every section with guidance in comments (never linted) and
/// `[fill in]` placeholders that `placeholder-text` reports until they are replaced.
pub fn skeleton(company: Option<&str>, role: Option<&str>) -> String {
    let company_name = company.unwrap_or("[fill in: company]");
    let pick = |group: &str| lexicon().first_question(group);
    format!(
        r#"---
company: {company}
role: {role}
round: 2
---

# {company_name} — second interview

## First interview notes

<!-- What the interviewers said, in their words. Listen for "It's really important for this person
to ...", "We are really struggling with ...", "We want to get to a place where ...": those are the
breadcrumbs your 30/60/90-day plan should pick up. -->

- [fill in: who you met, and what they said]

## Concerns they may have

<!-- Gaps in your experience they may probe, each with your answer after a dash. -->

- [fill in: a gap they may see] — [fill in: how you will address it]

## Examples

<!-- One story per kind, each with Situation, Task, Action and a Result with a number in it. -->

### A time I exceeded expectations

Situation: [fill in] Action: [fill in] Result: [fill in: a number]

### A time I saved money

Situation: [fill in] Action: [fill in] Result: [fill in: a number]

### A time I improved a process

Situation: [fill in] Action: [fill in] Result: [fill in: a number]

### A time I resolved a disagreement with a manager or co-worker

Situation: [fill in] Action: [fill in] Result: [fill in: a number]

## Why this job

<!-- What you are moving TO: the work, the team, the problem. Not what you are escaping. -->

I'm excited about [fill in: what draws you to this role at {company_name}].

## Questions for them

- {concerns}
- {role_q}
- {success}

## 30/60/90 day plan

<!-- Build each part from the breadcrumbs in your first-interview notes. -->

### First 30 days

- [fill in: what you will learn, and who you will meet]

### By day 60

- [fill in: what you will own]

### By day 90

- [fill in: what you will have delivered]
"#,
        company = company.unwrap_or(""),
        role = role.unwrap_or(""),
        concerns = pick("concerns"),
        role_q = pick("role"),
        success = pick("success"),
    )
}

#[cfg(test)]
mod tests {
    use super::skeleton;
    use crate::lint::{check, Settings};

    #[test]
    fn a_fresh_skeleton_reports_only_placeholders() {
        let text = skeleton(Some("Acme"), Some("Data Engineer"));
        let rules: std::collections::BTreeSet<&str> = check(&text, &Settings::default())
            .iter()
            .map(|d| d.finding.rule)
            .collect();
        assert_eq!(
            rules.into_iter().collect::<Vec<_>>(),
            vec!["placeholder-text"]
        );
    }
}
