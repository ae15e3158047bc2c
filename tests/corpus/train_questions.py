#!/usr/bin/env python3
"""Learns the weights of words and word pairs that say "a question for the first interview or the
offer stage" from the labeled questions of tests/corpus/written and of
tests/fixtures/first-round-questions.txt, and writes data/question-weights.txt.

The first-round-question rule asks the patterns of data/question-patterns.txt first; the weights
catch what they do not list: a perk, a term of the contract or a fact about the team asked in new
words ("Is the post band 6?", "Is it a Monday to Friday job?"). Words and shape are read exactly
as for the complaint weights (train_framing.py), so the Rust side reads both files alike.

    python3 tests/corpus/train_questions.py                    # rewrite the weights
    python3 tests/corpus/train_questions.py --check            # fail when the file is stale
    python3 tests/corpus/train_questions.py --cross-validate   # learn without the later rounds
"""

import re
import sys
from pathlib import Path

import train_framing
from train_framing import logit, report, train, write_or_check, written

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "data" / "question-weights.txt"
FIXTURE = HERE.parent / "fixtures" / "first-round-questions.txt"
# Documents of these rounds and later are held out by --cross-validate.
FIRST_UNSEEN_ROUND = 238
# The terms of a job by topic. A question that names one of these words also carries its topic as a
# feature, so a word the labeled questions rarely or never use ("Is there a tip share?") weighs as
# its topic's other words do. Words only; pairs and the patterns carry the phrases.
TOPICS = {
    "pay": """salary salaries pay paid wage wages rate rates hourly band grade bonus bonuses
        commission tips tip allowance allowances raise payscale compensation package equity shares
        pension benefits perks perk discount discounts expenses mileage money earn earnings""",
    "time": """hours shift shifts rota rotas roster rosters rostered nights weekends weekend saturdays sundays evenings
        lates earlies holiday holidays leave vacation pto flexi flexitime flexible lunch breaks""",
    "place": "home remote remotely hybrid office wfh commute parking relocation relocate",
    "kit": "laptop phone car van uniform uniforms desk",
    "contract": "contract permanent temporary probation notice visa",
    "learning": "funding fund fees funded sponsor sponsored cpd",
}
WORD_TOPICS = {word: topic for topic, words in TOPICS.items() for word in words.split()}
# Questions whose scores the file records, so the Rust side can prove it reads words the same way.
CHECKS = [
    "Is the post band 6?",
    "Is it a Monday to Friday job?",
    "You mentioned the backlog: what would you want cleared first?",
    "Do you have any concerns about my lack of retail experience?",
    "Is there a tip share?",
]


def questions(path, first_round):
    """(question, 1 if labeled first-round) for each line of a document that asks one: a line,
    or list item, ending in a question mark that is no heading."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        text = re.sub(r"^([-*+]|\d+[.)])\s+", "", line.strip())
        if text.endswith("?") and not text.startswith("#"):
            out.append((text, 1 if number in first_round else 0))
    return out


def written_questions(keep_round):
    return written(keep_round, lambda path, label: questions(
        path, set(label.get("first_round_question_lines", []))))


def labeled_lines(path):
    """(question, 1 if labeled yes) for each "yes|..." or "no|..." line of a fixture file."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        answer, _, question = line.partition("|")
        if answer in ("yes", "no") and question:
            out.append((question, 1 if answer == "yes" else 0))
    return out


def fixture_questions():
    return labeled_lines(FIXTURE)


def render(model, comment=None, checks=None):
    """The weights file: `comment` (the lines saying what the weights are, without "# ") over the
    shape, the topics, the `checks` questions' scores and the weights."""
    weights, bias, topics = model
    comment = comment or [
        "Learned weights of words and word pairs that say \"a question for the first interview or",
        "the offer stage\". Written by tests/corpus/train_questions.py from the labeled questions of",
        "tests/corpus/written and tests/fixtures/first-round-questions.txt; never edit by hand.",
    ]
    head = [f"# {line}" for line in comment] + [
        "#",
        "# Format: as data/complaint-weights.txt.",
        f"bias {bias}",
        "auxiliaries " + " ".join(sorted(train_framing.PASSIVE_AUXILIARIES)),
        "participles " + " ".join(sorted(train_framing.IRREGULAR_PARTICIPLES)),
        f"length-band {train_framing.LENGTH_BAND} {train_framing.LAST_LENGTH_BAND}",
    ]
    head += [f"topic {t} " + " ".join(sorted(w for w in topics if topics[w] == t))
             for t in sorted(set(topics.values()))]
    head += [f"check {logit(model, s):.3f}\t{s}" for s in (checks or CHECKS)]
    body = [f"{w}\t{f}" for f, w in sorted(weights.items())]
    return "\n".join(head + body) + "\n"


def cross_validate():
    """Train without the later rounds of written/; report what the weights find on those rounds'
    questions at several probabilities."""
    model, unseen = without_later_rounds(written_questions, fixture_questions(), WORD_TOPICS,
                                         "labeled first-round")
    report(model, unseen, (0.5, 0.8, 0.9, 0.95))


def without_later_rounds(read_written, fixture, topics, kind):
    """Weights trained without the rounds of written/ from FIRST_UNSEEN_ROUND on (nor any fixture
    question they hold), and those rounds' labeled questions."""
    unseen = read_written(lambda r: r >= FIRST_UNSEEN_ROUND)
    unseen_text = {t for t, _ in unseen}
    seen = [(t, y) for t, y in read_written(lambda r: r < FIRST_UNSEEN_ROUND) + fixture
            if t not in unseen_text]
    positives = sum(y for _, y in unseen)
    print(f"trained on {len(seen)} questions; {len(unseen)} unseen, {positives} {kind}")
    return train(seen, topics), unseen


def run(module):
    """What each question-weights script does: cross-validate, or train on every labeled question
    and write (or --check) its weights file. `module` names the script's own reading of them."""
    if "--cross-validate" in sys.argv:
        module.cross_validate()
        return
    examples = module.written_questions(lambda r: True) + module.fixture_questions()
    text = module.render(train(examples, module.WORD_TOPICS))
    write_or_check(module.OUT, text, Path(module.__file__).name)


def main():
    run(sys.modules[__name__])


if __name__ == "__main__":
    main()
