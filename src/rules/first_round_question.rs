//! ## What it does
//! Finds questions for the interviewers that belong in a first interview ("How does this role fit
//! into the overall structure of the organization?"), that the company's website answers ("What does
//! the company do?"), or that are premature before an offer (salary, vacation, benefits). A question
//! that refers back to the first interview ("You mentioned ...", "In my first interview ...") is
//! exempt, whatever it asks, and so is one that asks about doubts over you ("Any doubts about my
//! lack of healthcare experience?"). A question no pattern of `data/question-patterns.txt` lists
//! is flagged when words learned from labeled questions (`data/question-weights.txt`) make it at
//! least 90% likely to be one of these ("Is the post band 6?"). Questions about the work itself
//! are not flagged, whatever they name: its load ("What's the caseload?"), who you would work
//! with, how far along a project is ("Where is the hybrid policy up to?"), what the interviewer
//! wants done. Your own hours, shifts, on-call and pay are the offer stage's ("How often would I
//! be on call?").
//!
//! ## Why it matters
//! The second interview is where the questions your first interview raised belong. Asking what you
//! could have read on the website, or what was covered in round one, suggests you did not listen or
//! did not prepare; leading with pay and holidays suggests what you care about most.
//!
//! ## Example
//! ```markdown
//! ## Questions for them
//! - How does this role fit into the overall structure of the organization?
//! - How much vacation do I get?
//! ```
//!
//! ## Better
//! ```markdown
//! ## Questions for them
//! - You mentioned the team is rebuilding on-call: what would you want this role to own there?
//! - What would you expect the person in this role to have achieved after six months?
//! ```
//!
//! ## Fix safety
//! Display only: a recommended second-round question is suggested, never written for you.

use super::Context;
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::lexicon::{lexicon, question_weights};
use crate::text::Edit;

/// How sure the learned weights must be before they flag a question no pattern lists: held-out
/// rounds lose few real second-round questions at this bar (`train_questions.py --cross-validate`).
const LEARNED_BAR: f32 = 0.9;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let lex = lexicon();
    let patterns = &lex.question_patterns;
    for q in &doc.questions {
        let text = doc.prose(q.span);
        // The patterns are written in lower case and matched against the lowered text.
        let lowered = text.to_ascii_lowercase();
        let asks = |set: &crate::lexicon::GatedSet| set.is_match(lowered.as_bytes());
        // Asking about doubts over oneself is the second round's question, whatever it names
        // ("any doubts about my lack of healthcare experience?").
        if asks(&patterns.exempt) || asks(&patterns.concerns) {
            continue;
        }
        let (message, group) = if asks(&patterns.premature) {
            ("This question is premature before an offer; save pay, time off and benefits for the offer stage", "success")
        } else if asks(&patterns.website) {
            ("The company's website answers this; ask what the first interview made you wonder about instead", "role")
        } else if asks(&patterns.first_round) {
            (
                "This is a first-round question; ask something your first interview raised instead",
                "role",
            )
        } else if question_weights().probability(text) >= LEARNED_BAR {
            (
                "This reads like a question for a first interview or for the offer stage; ask something your first interview raised instead",
                "role",
            )
        } else {
            continue;
        };
        let suggestion = lex.first_question(group).to_string();
        out.push(
            Finding::new("first-round-question", q.span, message).with_fix(Fix::new(
                Applicability::DisplayOnly,
                format!("Ask instead: {suggestion}"),
                vec![Edit::replace(q.span, suggestion.clone())],
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{findings, flagged, misjudged, unshown_patterns};

    #[test]
    fn the_question_list_is_told_apart() {
        let list = include_str!("../../tests/fixtures/first-round-questions.txt");
        let (count, wrong) = misjudged(list, |q| {
            let text = format!("## Questions to ask\n- {q}\n");
            let is_flagged = !flagged("first-round-question", &text).is_empty();
            if is_flagged { "yes" } else { "no" }.to_string()
        });
        assert!(count >= 50);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// Wordings the learned weights may have seen in the corpus are still read by the patterns
    /// alone.
    #[test]
    fn the_patterns_alone_read_the_hours_the_rota_and_the_perks() {
        let patterns = &crate::lexicon::lexicon().question_patterns;
        for q in [
            "What does the on-call rota look like?",
            "What's the study support for CTA?",
            "How many Saturdays would I work a month?",
            "Is there a share of the service charge?",
            "Is there a training budget for certifications?",
        ] {
            let lowered = q.to_ascii_lowercase();
            let asks = |set: &crate::lexicon::GatedSet| set.is_match(lowered.as_bytes());
            assert!(
                (asks(&patterns.premature)
                    || asks(&patterns.website)
                    || asks(&patterns.first_round))
                    && !asks(&patterns.exempt),
                "{q}"
            );
        }
    }

    #[test]
    fn every_pattern_recognises_a_labeled_question() {
        let list = include_str!("../../tests/fixtures/first-round-questions.txt");
        let patterns = &crate::lexicon::lexicon().question_patterns;
        let unshown = [
            unshown_patterns(&patterns.website, list, "yes"),
            unshown_patterns(&patterns.first_round, list, "yes"),
            unshown_patterns(&patterns.premature, list, "yes"),
            unshown_patterns(&patterns.exempt, list, "no"),
        ]
        .concat();
        assert!(unshown.is_empty(), "{}", unshown.join("\n"));
    }

    #[test]
    fn flags_first_round_website_and_premature_questions() {
        let text = "\
## Questions for them
- How does this role fit into the overall structure of the organization?
- What does the company do?
- What's the salary range?
- How much vacation do I get?
- What's the remote working policy?
- Is the car provided or do I use my own?
- Do I need my own car for the role?
- What is the study support package?
- Is hybrid working possible?
- Do I get paid for travel between visits?
- What's the shift pattern for supervisors?
- How many weddings does each venue host a year?
- Does the company offer share options?
- What's the mileage rate?
- Is there an on-call allowance?
- How many drivers on the depot?
- What shift would I be on?
- You mentioned a reorg: how does this role fit into the overall structure now?
- What would you expect me to have achieved after six months?
- Do you have any concerns about my ability to do the job?
";
        assert_eq!(
            flagged("first-round-question", text),
            vec![
                "How does this role fit into the overall structure of the organization?",
                "What does the company do?",
                "What's the salary range?",
                "How much vacation do I get?",
                "What's the remote working policy?",
                "Is the car provided or do I use my own?",
                "Do I need my own car for the role?",
                "What is the study support package?",
                "Is hybrid working possible?",
                "Do I get paid for travel between visits?",
                "What's the shift pattern for supervisors?",
                "How many weddings does each venue host a year?",
                "Does the company offer share options?",
                "What's the mileage rate?",
                "Is there an on-call allowance?",
                "How many drivers on the depot?",
                "What shift would I be on?",
            ]
        );
    }

    #[test]
    fn perks_asked_in_other_words_are_premature() {
        let text = "\
## Questions
- Is there staff parking at the depot?
- Does the role come with a pension?
- What's the sick pay like?
- Will I get a bonus?
- Is there a budget for the new depot's equipment?
- Is there a plan for the first quarter?
";
        assert_eq!(
            flagged("first-round-question", text),
            vec![
                "Is there staff parking at the depot?",
                "Does the role come with a pension?",
                "What's the sick pay like?",
                "Will I get a bonus?",
            ]
        );
    }

    #[test]
    fn questions_are_matched_whatever_their_case() {
        let text = "## Questions\n- WHAT'S THE SALARY RANGE?\n";
        let found = findings("first-round-question", text);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.starts_with("This question is premature"));
    }

    #[test]
    fn the_learned_weights_flag_what_no_pattern_lists() {
        let text = "\
## Questions
- Is the post band 6?
- Is there a uniform?
- You mentioned the band 6 posts: how are they shared between the wards?
- What would you want the new band 6 to change on the ward?
";
        let found = findings("first-round-question", text);
        let lines: Vec<&str> = found.iter().map(|f| f.span.slice(text)).collect();
        assert_eq!(lines, vec!["Is the post band 6?", "Is there a uniform?"]);
        // The first by the weights, the second by a pattern: each says which it is.
        assert!(
            found[0].message.starts_with("This reads like"),
            "{}",
            found[0].message
        );
        assert!(found[1].message.starts_with("This question is premature"));
    }

    #[test]
    fn pay_that_is_the_work_is_no_premature_question() {
        let text = "\
## Questions for them
- How will the seven companies' pay rules be brought together?
- How are pay award back-dates handled?
- What's the salary for this role?
";
        assert_eq!(
            flagged("first-round-question", text),
            vec!["What's the salary for this role?"]
        );
    }

    #[test]
    fn what_the_hours_ask_at_a_hard_time_is_no_premature_question() {
        let text = "\
## Questions for them
- What is the night rota like in foaling season?
- What's the night rota?
";
        assert_eq!(
            flagged("first-round-question", text),
            vec!["What's the night rota?"]
        );
    }

    #[test]
    fn dental_care_as_the_work_is_no_benefit_question() {
        let text = "\
## Questions for them
- What would you want from a nurse in the dental clinic's first year?
- Is dental cover included?
";
        assert_eq!(
            flagged("first-round-question", text),
            vec!["Is dental cover included?"]
        );
    }

    #[test]
    fn only_questions_for_them_count() {
        let text = "## Questions they might ask me\n- What does the company do?\n";
        assert!(flagged("first-round-question", text).is_empty());
    }
}
