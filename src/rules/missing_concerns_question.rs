//! ## What it does
//! Reports a questions section that never asks whether the interviewer has concerns about you: about
//! your ability to do the job or how you would fit with the team. Any wording counts ("Is there
//! anything in my background that makes you hesitate?", "How do I stack up?"), a question that
//! points back to what you said before it ("My experience is only with forwarders. Do you think
//! this is a problem?"), and the question written elsewhere, in a closing section or a script
//! ("Before I leave: is there anything that worries you about me?"), or asked for a client in a
//! coach's notes ("Is there anything in her background that gives Marcus pause?"), though not a
//! worry of your own in your concerns, nor a question about where to take a worry ("Who would I go
//! to with concerns about safety?") or about what to read or send ("Is there anything I should read
//! before starting?").
//!
//! ## Why it matters
//! It feels risky, but it is the most useful question of a second interview: the answer tells you what
//! they think is missing while you are still in the room to address it, and it shows confidence.
//!
//! ## Example
//! ```markdown
//! ## Questions for them
//! - What does success look like after six months?
//! ```
//!
//! ## Better
//! ```markdown
//! ## Questions for them
//! - What does success look like after six months?
//! - Do you have any concerns about my ability to do the job, or about how I would work with your team?
//! ```
//!
//! ## Fix safety
//! Safe: appends the question to the end of your questions section.

use super::{append_item, section_anchor, Context};
use crate::diagnostic::{Applicability, Finding, Fix};
use crate::document::{reads_as_question, SectionKind};
use crate::lexicon::{concerns_weights, lexicon};
use crate::text::{is_i, listed, words, Span};

/// How sure the learned weights must be before they count a question no pattern lists. Trained
/// without the later rounds, no question of those rounds' documents without one (and naming the
/// candidate) comes above 0.16 (`train_concerns.py --cross-validate`).
const LEARNED_BAR: f32 = 0.6;

/// Whether `question` is asked about the candidate: "the concerns of the team" or "doubts about the
/// funding" are no concerns about them, whatever the weights make of the words. The candidate may
/// speak of themselves as "someone who's only worked for main contractors".
fn about_me(question: &str) -> bool {
    const ME: &[&str] = &[
        "me",
        "my",
        "myself",
        "mine",
        "someone",
        "somebody",
        "candidate",
    ];
    // "Is there anything about coming from a teaching lab that makes you unsure?": the move
    // named is the candidate's own.
    const MY_MOVE: &[&str] = &[
        "coming from",
        "moving from",
        "switching from",
        "coming into",
        "moving into",
        "stepping up",
        "stepping into",
    ];
    let lowered = question.to_ascii_lowercase();
    words(question).any(|w| is_i(w) || listed(ME, w)) || MY_MOVE.iter().any(|m| lowered.contains(m))
}

/// Whether `question` asks the interviewer about what was said before it: "Do you think this is a
/// problem?", "Does that worry you?" ("Is it far from the station?" asks them nothing of it.)
fn points_back(question: &str) -> bool {
    let any = |list: &[&str]| words(question).any(|w| listed(list, w));
    any(&["this", "that", "it", "these"]) && any(&["you", "your"])
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let Some(section) = doc.section_of(SectionKind::Questions) else {
        return;
    };
    let lex = lexicon();
    let asks = |span| {
        let question = doc.prose(span);
        let lowered = question.to_ascii_lowercase();
        let patterns = &lex.question_patterns;
        !patterns.not_concerns.is_match(lowered.as_bytes())
            && (patterns.concerns.is_match(lowered.as_bytes())
                || about_me(question) && concerns_weights().probability(question) >= LEARNED_BAR)
    };
    // The question may stand in a closing section or a script ("Before I leave: is there anything
    // that worries you about me?"); the candidate's concerns and the interviewers' notes are not
    // questions to them.
    let asked_elsewhere = || {
        doc.sentences.iter().any(|s| {
            !matches!(
                doc.section_kind(s.section),
                Some(SectionKind::Concerns | SectionKind::Notes)
            ) && reads_as_question(doc.prose(s.span))
                && asks(s.span)
        })
    };
    // "My experience is only with forwarders. Do you think this is a problem for the role?": a
    // question that points back ("this", "that") is asked about the sentence before it.
    let asks_with_what_it_points_to = |q: &crate::document::Question| {
        let question = doc.prose(q.span);
        if about_me(question) || !points_back(question) {
            return false;
        }
        let before = doc
            .sentences_of(q.block)
            .iter()
            .take_while(|s| s.span.start < q.span.start)
            .last();
        before.is_some_and(|s| asks(Span::new(s.span.start, q.span.end)))
    };
    if doc
        .questions
        .iter()
        .any(|q| asks(q.span) || asks_with_what_it_points_to(q))
        || asked_elsewhere()
    {
        return;
    }
    let question = lex.first_question("concerns");
    out.push(
        Finding::new(
            "missing-concerns-question",
            section_anchor(doc, SectionKind::Questions),
            "Ask whether they have concerns about you: it lets you address them while you are still in the room",
        )
        .with_fix(Fix::new(
            Applicability::Safe,
            "Add the concerns question",
            vec![append_item(doc, section, question)],
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{apply, findings, misjudged, unshown_patterns};

    #[test]
    fn the_candidates_move_named_without_me_is_about_them() {
        let text = "## Questions\n- Is there anything about coming from a teaching lab that makes you unsure?\n";
        assert!(findings("missing-concerns-question", text).is_empty());
        let lab =
            "## Questions\n- Is there anything about the teaching lab that makes you unsure?\n";
        assert_eq!(findings("missing-concerns-question", lab).len(), 1);
    }

    #[test]
    fn a_concerns_question_counts_whatever_its_case() {
        let text =
            "## Questions\n- How big is the backlog?\n- DO YOU HAVE ANY CONCERNS ABOUT ME?\n";
        assert!(findings("missing-concerns-question", text).is_empty());
    }

    #[test]
    fn appends_the_question_after_the_last_one() {
        let text = "## Questions for them\n- What does success look like?\n* Who would I work with?\n\n## Plan\n";
        let found = findings("missing-concerns-question", text);
        assert_eq!(found.len(), 1);
        let fixed = apply(text, &found[0]);
        assert!(
            fixed.contains("* Who would I work with?\n* Do you have any concerns about my ability"),
            "{fixed}"
        );
        assert!(findings("missing-concerns-question", &fixed).is_empty());
    }

    #[test]
    fn any_paraphrase_counts() {
        for q in [
            "Is there anything in my background that would make you hesitate?",
            "Do you have any reservations about me?",
            "How do I stack up against other candidates?",
            "Any concerns about my fit with the team?",
            "Do you see any risk in hiring me?",
            "Is there anything about me you'd want to hear more about?",
        ] {
            let text = format!("## Questions to ask\n- {q}\n");
            assert!(
                findings("missing-concerns-question", &text).is_empty(),
                "{q}"
            );
        }
    }

    #[test]
    fn the_learned_weights_count_new_words_about_the_candidate_only() {
        let counts = |q: &str| {
            findings(
                "missing-concerns-question",
                &format!("## Questions to ask\n- {q}\n"),
            )
            .is_empty()
        };
        // No pattern lists these; the weights know their words.
        assert!(counts(
            "Is there a part of the job you're not convinced I could handle?"
        ));
        assert!(counts("Do you see me fitting in with the crew?"));
        // The same words about something else are no question about the candidate.
        assert!(!counts(
            "Is there anything the team is unsure of about the new system?"
        ));
        assert!(!counts(
            "Are there any doubts about the funding for the project?"
        ));
        // The weights alone would count these two.
        assert!(!counts("Is anything still unclear about the budget?"));
        assert!(!counts(
            "Are there any reservations about the new supplier?"
        ));
        // Where to take a worry is no concerns question, whoever is in it.
        assert!(!counts("Who would I go to with concerns about safety?"));
    }

    #[test]
    fn a_question_about_me_names_the_candidate() {
        assert!(super::about_me("Am I ready?"));
        assert!(super::about_me(
            "Is there anything you’d change about how I’m coming across?"
        ));
        assert!(super::about_me("Concerns about MY background?"));
        assert!(super::about_me(
            "Any hesitation about someone new to the trade?"
        ));
        assert!(!super::about_me("Is the team unsure of it?"));
        assert!(!super::about_me("Is it in the iMac budget?"));
    }

    #[test]
    fn a_question_that_points_back_is_read_with_the_sentence_before() {
        let counts = |item: &str| {
            findings(
                "missing-concerns-question",
                &format!("## Questions to ask\n- What does success look like?\n- {item}\n"),
            )
            .is_empty()
        };
        assert!(counts(
            "My experience is only with a freight forwarder. Do you think this is a problem for the role?"
        ));
        assert!(!counts("Do you think this is a problem for the role?"));
        // The candidate's own worry, then a question that asks the interviewer nothing of it.
        assert!(!counts(
            "I'm worried about my commute. Is it far from the station?"
        ));
        assert!(super::points_back("Does that worry you?"));
    }

    #[test]
    fn a_question_asked_in_a_closing_section_counts_but_a_worry_in_the_concerns_does_not() {
        let closing = "## Questions\n- What does success look like?\n\n## Closing\nBefore I leave: is there anything that worries you about me?\n";
        assert!(findings("missing-concerns-question", closing).is_empty());
        let worry = "## Questions\n- What does success look like?\n\n## Concerns\n- Will they have doubts about my experience?\n";
        assert_eq!(findings("missing-concerns-question", worry).len(), 1);
    }

    #[test]
    fn every_pattern_recognises_a_labeled_question() {
        let list = include_str!("../../tests/fixtures/concerns-questions.txt");
        let patterns = &crate::lexicon::lexicon().question_patterns;
        let unshown = [
            unshown_patterns(&patterns.concerns, list, "yes"),
            unshown_patterns(&patterns.not_concerns, list, "no"),
        ]
        .concat();
        assert!(unshown.is_empty(), "{}", unshown.join("\n"));
    }

    #[test]
    fn the_question_list_is_told_apart() {
        let list = include_str!("../../tests/fixtures/concerns-questions.txt");
        let (count, wrong) = misjudged(list, |q| {
            let text = format!("## Questions to ask\n- {q}\n");
            let asks_concerns = findings("missing-concerns-question", &text).is_empty();
            if asks_concerns { "yes" } else { "no" }.to_string()
        });
        assert!(count >= 50);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
