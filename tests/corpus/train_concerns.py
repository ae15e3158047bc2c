#!/usr/bin/env python3
"""Learns the weights of words and word pairs that say "do you have concerns about me?" and writes
data/concerns-weights.txt.

The missing-concerns-question rule asks the [concerns] patterns of data/question-patterns.txt
first; the weights catch the question in words no pattern lists ("Is there a part of the job
you're not convinced I could handle?"). They learn from:
- tests/fixtures/concerns-questions.txt, labeled by hand;
- the questions of tests/corpus/written: every question of a document labeled
  missing-concerns-question says no; in the other documents, a question the patterns recognise
  says yes and the rest say no (a document where no pattern recognises one is left out).
Words and shape are read exactly as for the complaint weights (train_framing.py), so the Rust side
reads all three files alike.

    python3 tests/corpus/train_concerns.py                    # rewrite the weights
    python3 tests/corpus/train_concerns.py --check            # fail when the file is stale
    python3 tests/corpus/train_concerns.py --cross-validate   # learn without the later rounds
"""

import math
import re
import sys
from pathlib import Path

import train_framing
import train_questions
from train_framing import logit, report, written
from train_questions import FIRST_UNSEEN_ROUND, labeled_lines, questions, without_later_rounds

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "data" / "concerns-weights.txt"
PATTERNS = ROOT / "data" / "question-patterns.txt"
FIXTURE = HERE.parent / "fixtures" / "concerns-questions.txt"
# Words by what they say in a concerns question: the interviewer's doubt, a shortfall of the
# candidate, the fit between candidate and job, the interviewer's judgement of them. A word never seen in training weighs as its
# topic's other words do.
TOPICS = {
    "doubt": """concern concerns concerned worry worries worried worrying doubt doubts doubtful
        hesitate hesitant hesitation hesitations reservation reservations unsure unconvinced
        convinced convince confident confidence sure surer certain pause misgivings reluctant wary
        risk risky gamble bet leap problem issue unclear uncertain qualms nervous uneasy
        apprehensive anxious cautious comfortable uncomfortable sceptical skeptical niggle
        niggles nagging reassure reassured reassurance flag flags alarm wondering unknowns
        sceptic sceptics skeptic skeptics chance""",
    "shortfall": """gap gaps short shortfall weak weaker weakest weakness weaknesses lack lacking
        missing struggle struggling improve strengthen develop underqualified overqualified
        stretch hard hardest harder difficult tough toughest challenging adjustment adjust
        unfamiliar inexperience inexperienced junior furthest""",
    "fit": "fit fits fitting match matches suited suitable ready enough right candidate candidacy",
    "judgement": """offer offering hire hiring decision decide deciding pick choose bar panel
        advert shortlist proof prove sold trust believe gut feeling impression opinion
        view honest honestly factor weighing weigh against reason tip stronger reject
        rejecting decline verdict compare comparison choice""",
}
WORD_TOPICS = {word: topic for topic, words in TOPICS.items() for word in words.split()}
# Questions whose scores the file records, so the Rust side can prove it reads words the same way.
CHECKS = [
    "Do you have any concerns about my ability to do the job?",
    "Is there a part of the job you're not convinced I could handle?",
    "What are the biggest concerns of the team right now?",
    "Is the post band 6?",
]


def patterns(name):
    """The patterns of one group, matched as the Rust side does: ASCII word boundaries, against
    the question lowered."""
    out, group = [], None
    for line in PATTERNS.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif group == name and line and not line.startswith("#"):
            out.append(re.compile(line, re.ASCII))
    return out


def written_questions(keep_round):
    concerns, not_concerns = patterns("concerns"), patterns("not-concerns")

    def asks(text):
        lowered = text.lower()
        return (any(p.search(lowered) for p in concerns)
                and not any(p.search(lowered) for p in not_concerns))

    def read(path, label):
        asked = [(text, int(asks(text))) for text, _ in questions(path, set())]
        if "missing-concerns-question" in label.get("missing", []):
            return [(text, 0) for text, _ in asked]
        # A document that asks in words no pattern knows: which question asks is not labeled, so
        # none of them is learned from (the fixture holds such questions, labeled).
        return asked if any(y for _, y in asked) else []
    return written(keep_round, read)


def about_me(question):
    """Whether the question names the candidate, as the rule asks before it weighs it."""
    words = train_framing.words_of(question)
    return any(w in ("i", "me", "my", "myself", "mine", "someone", "somebody", "candidate")
               or w.startswith("i'") for w in words)


def fixture_questions():
    return labeled_lines(FIXTURE)


def render(model):
    return train_questions.render(model, [
        "Learned weights of words and word pairs that say \"do you have concerns about me?\".",
        "Written by tests/corpus/train_concerns.py from the questions of tests/corpus/written and",
        "tests/fixtures/concerns-questions.txt; never edit by hand.",
    ], CHECKS)


def cross_validate():
    """Train without the later rounds of written/; report what the weights find on those rounds'
    questions at several probabilities. A file named on the command line after the flag, in the
    fixture's format, is measured too (paraphrases never trained on)."""
    model, unseen = without_later_rounds(written_questions, fixture_questions(), WORD_TOPICS,
                                         "concerns")
    report(model, unseen, (0.5, 0.8, 0.9, 0.95))
    # What decides the bar: a question of a document without a concerns question that the
    # weights would count hides the missing question.
    lacking = written(lambda r: r >= FIRST_UNSEEN_ROUND, lambda path, label: [
        text for text, _ in questions(path, set()) if about_me(text)
    ] if "missing-concerns-question" in label.get("missing", []) else [])
    top = max(lacking, key=lambda q: logit(model, q))
    p = 1 / (1 + math.exp(-logit(model, top)))
    print(f"highest of {len(lacking)} questions naming the candidate in unseen documents "
          f"without a concerns question: {p:.2f} ({top})")
    for extra in sys.argv[2:]:
        labeled = labeled_lines(extra)
        print(f"{extra}: {len(labeled)} questions")
        report(model, labeled, (0.5, 0.8, 0.9, 0.95))


def main():
    train_questions.run(sys.modules[__name__])


if __name__ == "__main__":
    main()
