#!/usr/bin/env python3
"""Learns data/complaint-weights.txt: how much each word and each pair of neighbouring words of a
sentence says "a complaint about the employer", from the labeled sentences of this folder.

The negative-framing rule adds up the weights of a sentence's words and word pairs; a high total
catches complaints phrased in ways the hand-written lexicon has never seen. The examples are every
sentence of pools.py (complaints against hard negatives, stories, notes, questions), the lines of
workplace_lines.py (complaints told only by the conditions against plain facts of the same
shapes) and every prose line of the hand-written documents in written/ (a line labeled
negative-framing against every other line). Logistic regression, trained the same way every time (fixed seed, sorted
features), so `--check` can tell whether the file on disk is current.

    python3 tests/corpus/train_framing.py                    # rewrite data/complaint-weights.txt
    python3 tests/corpus/train_framing.py --check            # exit 1 when it is stale (test suite)
    python3 tests/corpus/train_framing.py --cross-validate   # precision and recall on unseen rounds
"""

import json
import math
import random
import re
import sys
from pathlib import Path

import pools
import workplace_lines

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "data" / "complaint-weights.txt"
WRITTEN = HERE / "written"
SEED = 20261126
EPOCHS = 30
RATE = 0.1
L2 = 1e-4
# Weights smaller than this change no decision and only make the file larger.
KEEP = 0.1
# Documents of these rounds and later are held out by --cross-validate.
FIRST_UNSEEN_ROUND = 62

NEUTRAL_POOLS = [
    "HARD_NEGATIVE", "WHY", "FLAT_WHY", "STORIES", "UNQUANTIFIED_STORIES", "CONCERNS",
    "BREADCRUMBS", "PLAIN_NOTES", "GOOD_QUESTIONS", "FIRST_ROUND_QUESTIONS", "CONCERNS_QUESTIONS",
]
# Sentences whose scores the file records, so the Rust side can prove it reads words the same way.
CHECKS = [
    "My manager hasn't replied to my request for training since June.",
    "I want to lead a team that ships every week — that’s why Quillpay.",
    "Our CEO's \"open door\" is shut, and nobody's asked us anything in 2 yrs!",
    "Rotas are usually released six weeks late, and overtime isn't paid.",
]


# Words that say who or how rather than what: on their own they would teach the weights that any
# sentence about "my manager" is a complaint. Who it is about is the lexicon's part; the weights
# learn what is said. A pair of two such words is dropped too; a pair with one is kept ("never
# listens", "my manager" is not).
FUNCTION_WORDS = set("""
a an the my our their his her its your i i'm i've i'd we we're we've they they're he she it it's
you me us them him this that these those there here is are was were be been being am has have had
do does did to of in on at for with from by about as into than then and or so if when while which
who whom what where how just also very really still all some any one s t d ll ve re m
manager managers boss bosses company employer job role team firm director directors leadership
management ceo owner owners supervisor lead head office work place department organisation
organization business current previous last old former
""".split())


# Forms of "be" (and "get") that start a passive: "rotas are released late", "I got moved".
PASSIVE_AUXILIARIES = set("""
is are was were be been being get gets got getting isn't aren't wasn't weren't
""".split())
# Past participles that do not end in "-ed". These lists and the length bands are written into the
# weights file, so the Rust side reads sentences by the same ones.
IRREGULAR_PARTICIPLES = set("""
done made given taken chosen written rewritten sold bought cut put kept left sent told seen shown
run set paid spent brought thought held known found lost meant built reset shut hit led hidden
forgotten broken stolen driven drawn thrown withheld overseen dealt read
""".split())
# Sentences are put in one of three length bands by their number of words, eight words a band.
LENGTH_BAND = 8
LAST_LENGTH_BAND = 2


def words_of(sentence):
    """Lowercase ASCII words, digits and apostrophes inside them kept, ’ read as '."""
    text = sentence.replace("\u2019", "'")
    words = [w.strip("'") for w in re.findall(r"[A-Za-z0-9']+", text)]
    return [w.lower() for w in words if w]


def is_participle(word):
    return (len(word) > 4 and word.endswith("ed")) or word in IRREGULAR_PARTICIPLES


def features(sentence, topics=None):
    """The words and neighbouring pairs, without the words and pairs that only say who or how;
    "<topic> t" for each topic of `topics` (a map of word to topic) that one of its words names;
    and three features of the sentence's shape, which carry over to words never seen:
    "<passive>" when a form of "be" has a past participle right after it or one word later (what
    is done to people, by nobody in particular, is how a complaint told by the conditions reads);
    "<first> w w", its first two words (an opening "I'm a" or "I've led" says what the sentence
    is for); and "<len> n", its length band (a complaint tends to carry its consequence)."""
    words = words_of(sentence)
    pairs = {a + " " + b for a, b in zip(words, words[1:])
             if a not in FUNCTION_WORDS or b not in FUNCTION_WORDS}
    shape = {f"<len> {min(len(words) // LENGTH_BAND, LAST_LENGTH_BAND)}"}
    if len(words) > 1:
        shape.add(f"<first> {words[0]} {words[1]}")
    if any(w in PASSIVE_AUXILIARIES and any(is_participle(p) for p in words[i + 1:i + 3])
           for i, w in enumerate(words)):
        shape.add("<passive>")
    named = {"<topic> " + topics[w] for w in words if w in (topics or {})}
    return sorted({w for w in words if w not in FUNCTION_WORDS} | pairs | shape | named)


def prose_lines(path, labeled):
    """(line text, 1 if labeled negative-framing) for each prose line of a document."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out, front = [], False
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if number == 1 and stripped == "---":
            front = True
            continue
        if front:
            front = stripped != "---"
            continue
        if not stripped or stripped.startswith("#") or stripped.startswith("|---"):
            continue
        text = re.sub(r"^([-*+]|\d+[.)])\s+", "", stripped)
        text = re.sub(r"^\|\s*|\s*\|$", "", text)
        if len(text) >= 12:
            out.append((text, 1 if number in labeled else 0))
    return out


def written(keep_round, read):
    """What `read(path, label)` gives for each document of written/ whose round `keep_round`
    keeps, in the order of their names."""
    labels = json.loads((WRITTEN / "labels.json").read_text(encoding="utf-8"))
    out = []
    for name, label in sorted(labels.items()):
        if keep_round(int(re.match(r"r(\d+)-", name).group(1))):
            out += read(WRITTEN / name, label)
    return out


def written_lines(keep_round):
    return written(keep_round, lambda path, label: prose_lines(
        path, set(label["negative_framing_lines"])))


def pool_lines():
    out = [(s, 1) for s in pools.NEGATIVE]
    for name in NEUTRAL_POOLS:
        out += [(s, 0) for s in getattr(pools, name) if isinstance(s, str)]
    out += [(s, 1) for s in workplace_lines.COMPLAINTS]
    out += [(s, 0) for s in workplace_lines.FACTS]
    return out


def logit(model, sentence):
    weights, bias, topics = model
    return bias + sum(weights.get(f, 0.0) for f in features(sentence, topics))


def train(examples, topics=None):
    """Stochastic gradient descent on the log loss, both labels weighted to count equally. The
    model is (weights, bias, topics): the words whose topic is a feature of its own, so a word
    never seen in training still weighs as its topic does."""
    data = [(features(s, topics), y) for s, y in examples]
    positives = sum(y for _, y in data)
    balance = {1: len(data) / (2 * positives), 0: len(data) / (2 * (len(data) - positives))}
    weights, bias = {}, 0.0
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(data)
        rate = RATE / (1 + epoch * 0.2)
        for feats, y in data:
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * balance[y]
            bias -= rate * g
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + L2 * w)
    kept = {f: round(w, 3) for f, w in weights.items() if abs(w) >= KEEP}
    return kept, round(bias, 3), topics or {}


def render(model):
    weights, bias, _ = model
    head = [
        "# Learned weights of words and word pairs that say \"a complaint about the employer\".",
        "# Written by tests/corpus/train_framing.py from the labeled sentences of tests/corpus;",
        "# never edit by hand: add sentences to pools.py or documents to written/ and run it again.",
        "#",
        "# Format: \"bias <number>\"; how the shape features are read (\"auxiliaries\" and",
        "# \"participles\" of a passive, \"length-band <words> <last band>\"); \"check <logit>\\t<sentence>\"",
        "# lines the Rust side must score the same; then one \"<weight>\\t<feature>\" per line, a feature",
        "# being a lowercase word, two neighbouring words joined by a space, or a shape feature",
        "# (\"<passive>\", \"<first> <word> <word>\", \"<len> <band>\").",
        f"bias {bias}",
        "auxiliaries " + " ".join(sorted(PASSIVE_AUXILIARIES)),
        "participles " + " ".join(sorted(IRREGULAR_PARTICIPLES)),
        f"length-band {LENGTH_BAND} {LAST_LENGTH_BAND}",
    ]
    head += [f"check {logit(model, s):.3f}\t{s}" for s in CHECKS]
    body = [f"{w}\t{f}" for f, w in sorted(weights.items())]
    return "\n".join(head + body) + "\n"


def cross_validate():
    """Train without the later rounds of written/ (and without any pool sentence they contain);
    report precision and recall on those rounds' lines at several probabilities."""
    unseen = written_lines(lambda r: r >= FIRST_UNSEEN_ROUND)
    unseen_text = {t for t, _ in unseen}
    seen = [(t, y) for t, y in written_lines(lambda r: r < FIRST_UNSEEN_ROUND) + pool_lines()
            if t not in unseen_text]
    model = train(seen)
    positives = sum(y for _, y in unseen)
    print(f"trained on {len(seen)} lines; {len(unseen)} unseen lines, {positives} labeled complaints")
    report(model, unseen, (0.5, 0.7, 0.8, 0.9, 0.95))


def report(model, unseen, probabilities):
    """Precision and recall of the model on the unseen labeled texts, at each probability."""
    positives = sum(y for _, y in unseen)
    for p in probabilities:
        z = math.log(p / (1 - p))
        hits = [y for t, y in unseen if logit(model, t) >= z]
        tp = sum(hits)
        print(f"  p >= {p}: recall {tp}/{positives} = {tp / positives:.2f}, "
              f"precision {tp}/{len(hits)} = {tp / max(1, len(hits)):.2f}")


def write_or_check(out, text, script):
    """Writes the weights, or with --check fails when the file on disk is not this text."""
    if "--check" in sys.argv:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is stale: run python3 tests/corpus/{script}")
            sys.exit(1)
        return
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10))} lines)")


def main():
    if "--cross-validate" in sys.argv:
        cross_validate()
        return
    text = render(train(pool_lines() + written_lines(lambda r: True)))
    write_or_check(OUT, text, "train_framing.py")


if __name__ == "__main__":
    main()
