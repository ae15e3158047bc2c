#!/usr/bin/env python3
"""Writes the labeled corpus: *.interview.md documents and labels.json (SPEC section 9).

Every document is assembled from the sentence pools in pools.py, and every label comes from the
pool a line was taken from, so no line is ever labeled by hand. Deterministic: the same seed gives
the same corpus. `generate.py --check` exits 1 when the files on disk differ from what it would write.

    python3 tests/corpus/generate.py          # rewrite the corpus
    python3 tests/corpus/generate.py --check  # verify it is current (run by the test suite)
"""

import json
import random
import sys
import unicodedata
from pathlib import Path

import pools

HERE = Path(__file__).resolve().parent
SEED = 20261126
COUNT = 60

PROFESSIONS = [
    ("Senior Data Engineer", "Northwind Logistics", "data"),
    ("Product Designer", "Brightside Health", "design"),
    ("Nurse Manager", "St. Mary's Hospital", "care"),
    ("Maths Teacher", "Oakridge Academy", "teaching"),
    ("Financial Controller", "Zoë & Fils SARL", "finance"),
    ("Account Executive", "Kowalski Software", "sales"),
    ("Warehouse Supervisor", "Śląsk Freight", "ops"),
    ("Marketing Manager", "Café Nørrebro", "marketing"),
    ("Backend Engineer", "Tōkyō Robotics", "software"),
    ("Research Scientist", "Helix Bio", "science"),
    ("HR Business Partner", "Acme Corp", "people"),
    ("Customer Success Lead", "Orbital SaaS", "support"),
]

HEADINGS = {
    "notes": ["## First interview notes", "## Notes from the first interview", "## Breadcrumbs 🍞",
              "## What they said (round 1)", "**Notes from round one**", "notes:", "## Phone screen recap",
              "## 📝 Notes", "## Interview 1 debrief", "## Clues from round one"],
    "concerns": ["## Concerns they may have", "## My weaknesses", "## Gaps & objections",
                 "**Possible concerns**", "concerns", "## Red flags they might see",
                 "## Weak spots", "## Possible pushback"],
    "examples": ["## Examples", "## My stories", "## STAR stories", "## Accomplishments 🏆",
                 "**Stories**", "stories", "## War stories", "## Exmaples", "## Track record",
                 "## Evidence"],
    "why": ["## Why this job", "## Prep: why {company}?", "## Motivation", "## Why I'm leaving",
            "why this place", "**Why {company}?**", "## What excites me", "## Reasons for applying",
            "## What attracts me"],
    "questions": ["## Questions for them", "## Q's for the panel", "## Questions to ask",
                  "stuff to ask", "**Questions for the panel**", "## Things to ask", "## Qeustions",
                  "## Reverse interview", "## Ask"],
    "plan": ["## 30/60/90 day plan", "## Onboarding plan (30-60-90)", "## First 90 days",
             "## 90-day plan", "## 🗓️ 30-60-90", "## 🗺️ Game plan", "## Onboarding roadmap",
             "## Plan for my first term", "## Day 1 to day 90", "## Onboarding", "## 100-day plan"],
}
PART_HEADINGS = {
    30: ["### First 30 days", "### Days 1-30", "### Month 1", "### 30", "### Weeks 1-4"],
    60: ["### By day 60", "### Days 31-60", "### Month 2", "### 60", "### Weeks 5-8", "### Next 30 days"],
    90: ["### By day 90", "### Days 61-90", "### Month 3", "### 90", "### Weeks 9-12", "### Final 30 days"],
}
FILLER_SECTIONS = [
    ("## Logistics", ["Bring ID and a printed CV.", "Interview at 10:00, room 4B.", "Parking is behind the building."]),
    ("## About the company", ["Founded in 2009, about 400 people.", "They opened an office in Lisbon last year."]),
    ("## Questions they might ask me", ["Why are you leaving your current job?", "What do you like least about your role?",
                                        "Tell me about a time you failed?"]),
]


class Doc:
    """Lines with the labels of the pools they came from."""

    def __init__(self):
        self.lines = []
        self.neg = set()
        self.hard = set()
        self.frq = set()

    def add(self, text, kind=None):
        self.lines.append(text)
        n = len(self.lines)
        if kind == "neg":
            self.neg.add(n)
        elif kind == "hard":
            self.hard.add(n)
        elif kind == "frq":
            self.frq.add(n)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


def pick_heading(rng, kind, company):
    return rng.choice(HEADINGS[kind]).format(company=company)


def add_items(doc, rng, items, terse):
    """items: (sentence, kind). Terse documents get one bullet per sentence; others paragraphs."""
    if terse or len(items) == 1:
        for text, kind in items:
            doc.add(f"- {text}", kind)
        return
    i = 0
    while i < len(items):
        group = items[i:i + rng.choice([1, 2, 3])]
        i += len(group)
        text = " ".join(t for t, _ in group)
        kinds = {k for _, k in group}
        kind = "neg" if "neg" in kinds else ("hard" if "hard" in kinds else None)
        doc.add(text, kind)
        doc.blank()


def bare(heading):
    """A short line acting as a heading: only a list directly after it makes it one."""
    return not heading.startswith(("#", "**"))


def section(doc, heading):
    doc.blank()
    doc.add(heading)
    if heading.startswith("#"):
        doc.add("")


def build(index, rng, profile):
    role, company, field = PROFESSIONS[index % len(PROFESSIONS)]
    terse = rng.random() < 0.45
    doc = Doc()
    missing = []
    if rng.random() < 0.7:
        doc.add("---")
        doc.add(f"company: {company}")
        doc.add(f"role: {role}")
        doc.add("round: 2")
        doc.add("---")
    doc.add(f"# {company} — second interview ({role})")

    if profile == "well":
        absent = set()
    elif profile == "partly":
        absent = set(rng.sample(["why", "examples", "questions", "plan", "concerns"], rng.choice([0, 1, 1, 2])))
    else:
        absent = set(rng.sample(["why", "examples", "questions", "plan", "concerns", "notes"], rng.choice([2, 3, 4])))
    n_neg = {"well": 0, "partly": rng.choice([1, 2, 3, 4]), "poor": rng.choice([3, 4, 5, 6, 8])}[profile]
    negatives = rng.sample(pools.NEGATIVE, n_neg)
    hards = rng.sample(pools.HARD_NEGATIVE, rng.choice([4, 6, 8, 10]))
    crumbs = rng.sample(pools.BREADCRUMBS, rng.choice([1, 2, 3]))
    long_doc = rng.random() < 0.2

    # First-interview notes: the interviewers' words, breadcrumbs among them.
    if "notes" not in absent:
        heading = pick_heading(rng, "notes", company)
        section(doc, heading)
        quote_style = rng.random() < 0.25 and not bare(heading)
        notes = [(c[0], "hard") for c in crumbs] + [(n, None) for n in rng.sample(pools.PLAIN_NOTES, 2)]
        rng.shuffle(notes)
        for text, kind in notes:
            doc.add(f"> {text}" if quote_style else f"- {text}", kind)
        if rng.random() < 0.2 and not quote_style:
            doc.add("")
            doc.add("| who | said |")
            doc.add("|---|---|")
            doc.add("| Priya | the team is small and busy |")
    else:
        crumbs = []

    if "concerns" not in absent:
        section(doc, pick_heading(rng, "concerns", company))
        for text, answer in rng.sample(pools.CONCERNS, 2):
            answered = profile == "well" or rng.random() < 0.5
            doc.add(f"- {text}{answer if answered else ''}")

    # Stories.
    if "examples" not in absent:
        heading = pick_heading(rng, "examples", company)
        section(doc, heading)
        terse_here = terse or bare(heading)
        if profile == "well":
            by_cat = {}
            for s in pools.STORIES:
                by_cat.setdefault(s[2], []).append(s)
            stories = [rng.choice(v) for v in by_cat.values()]
        else:
            stories = rng.sample(pools.STORIES, rng.choice([1, 2, 3])) + rng.sample(pools.UNQUANTIFIED_STORIES, 1)
        if long_doc:
            stories += rng.sample(pools.STORIES, 4)
        story_hards = [h for h in hards if any(w in h for w in (" so ", "agreed", "until", "after a spike", "settled", "helped"))]
        for title, body, _ in stories:
            if terse_here:
                doc.add(f"- **{title}**: {body}")
            else:
                doc.add(f"### {title}")
                doc.add(body)
                doc.add("")
        for h in story_hards:
            doc.add(f"- {h}" if terse_here else h, "hard")
            if not terse_here:
                doc.add("")
        hards = [h for h in hards if h not in story_hards]

    # Why: motivation, and for the less prepared, complaints.
    if "why" not in absent:
        heading = pick_heading(rng, "why", company)
        section(doc, heading)
        items = []
        if profile != "poor" or rng.random() < 0.5:
            items += [(w, None) for w in rng.sample(pools.WHY, 2)]
        else:
            items += [(rng.choice(pools.FLAT_WHY), None)]
        statements = [h for h in hards if not h.endswith("?")]
        items += [(h, "hard") for h in statements[:2]]
        items += [(n, "neg") for n in negatives]
        negatives = []
        rng.shuffle(items)
        add_items(doc, rng, items, terse or bare(heading))
        hards = [h for h in hards if h not in statements[:2]]

    # Complaints that land elsewhere when there is no why section.
    if negatives:
        section(doc, rng.choice(["## What do you like least about your role?", "## Tell me about yourself",
                                 "## Answers to practise"]))
        add_items(doc, rng, [(n, "neg") for n in negatives], terse)

    if "questions" not in absent:
        heading = pick_heading(rng, "questions", company)
        section(doc, heading)
        qs = []
        n_good = {"well": rng.choice([3, 4]), "partly": rng.choice([1, 2, 3]), "poor": rng.choice([0, 1])}[profile]
        qs += [(q, None) for q in rng.sample(pools.GOOD_QUESTIONS, n_good)]
        n_frq = {"well": 0, "partly": rng.choice([0, 1, 2]), "poor": rng.choice([1, 2, 3])}[profile]
        qs += [(q, "frq") for q in rng.sample(pools.FIRST_ROUND_QUESTIONS, n_frq)]
        restated = [h for h in hards if h.endswith("?")]
        qs += [(h, "hard") for h in restated[:1]]
        has_concerns_q = profile == "well" or rng.random() < 0.4
        if has_concerns_q:
            qs.append((rng.choice(pools.CONCERNS_QUESTIONS), None))
        rng.shuffle(qs)
        if not qs:
            qs = [("What are the next steps?", None)]
        if rng.random() < 0.15 and heading.startswith("#"):
            doc.add("| question | why ask |")
            doc.add("|---|---|")
            for q, kind in qs:
                doc.add(f"| {q} | follow-up |", kind)
        else:
            for q, kind in qs:
                doc.add(f"{rng.choice(['-', '*', '-'])} {q}", kind)
        if not has_concerns_q:
            missing.append("missing-concerns-question")

    if "plan" not in absent:
        section(doc, pick_heading(rng, "plan", company))
        parts = [30, 60, 90]
        incomplete = profile != "well" and rng.random() < 0.5
        empty = None
        if incomplete:
            if rng.random() < 0.5:
                parts.remove(rng.choice([60, 90]))
            else:
                empty = rng.choice([60, 90])
        crumb_items = [c[1] for c in crumbs]
        shape = rng.random()
        list_labels = shape < 0.2
        as_table = 0.2 <= shape < 0.3
        as_lines = 0.3 <= shape < 0.38
        columns = {}
        for days in parts:
            items = []
            if days != empty:
                items = [crumb_items.pop(0)] if crumb_items else []
                items.append({30: "Meet the team and the people the role serves",
                              60: "Take ownership of the first project",
                              90: "Deliver a first measurable result"}[days])
            if as_table:
                columns[days] = items
            elif as_lines:
                doc.add(f"{days} days: {'; '.join(items)}")
            elif list_labels:
                label = {30: "30 days", 60: "60 days", 90: "90 days"}[days]
                if items:
                    doc.add(f"- {label}: {items[0]}")
                    for extra in items[1:]:
                        doc.add(f"  - {extra}")
                else:
                    doc.add(f"- {label}:")
            else:
                doc.add(rng.choice(PART_HEADINGS[days]))
                doc.add("")
                for item in items:
                    doc.add(f"- {item}")
                doc.blank()
        if as_table:
            doc.add("| " + " | ".join(f"{d} days" for d in columns) + " |")
            doc.add("|" + "---|" * len(columns))
            for row in range(max(len(v) for v in columns.values())):
                doc.add("| " + " | ".join(v[row] if row < len(v) else "" for v in columns.values()) + " |")
        if as_table or as_lines:
            doc.blank()
        if incomplete:
            missing.append("incomplete-plan")

    for heading, lines in rng.sample(FILLER_SECTIONS, rng.choice([0, 1, 2])):
        section(doc, heading)
        for line in lines:
            doc.add(f"- {line}", "hard" if "?" in line else None)

    if long_doc:
        section(doc, "## Extra notes")
        for i in range(rng.randint(40, 120)):
            doc.add(f"- Reading list item {i + 1}: chapter {i % 12 + 1} of the team handbook.")

    for kind, rule in [("examples", "missing-examples"), ("why", "missing-why"),
                       ("questions", "missing-questions"), ("plan", "missing-plan")]:
        if kind in absent:
            missing.append(rule)
    while doc.lines and doc.lines[-1] == "":
        doc.lines.pop()
    text = "\n".join(doc.lines) + "\n"
    label = {
        "negative_framing_lines": sorted(doc.neg),
        "hard_negative_lines": sorted(doc.hard),
        "missing": sorted(missing),
        "first_round_question_lines": sorted(doc.frq),
        "notes": f"{profile} prepared; {role} at {company}; {'terse bullets' if terse else 'paragraphs'}",
    }
    slug = unicodedata.normalize("NFKD", company.lower()).encode("ascii", "ignore").decode().replace("'", "").replace("&", "and")
    slug = "-".join(w for w in slug.replace(".", " ").split() if w)
    return f"{index + 1:02d}-{profile}-{slug}.interview.md", text, label


def corpus():
    rng = random.Random(SEED)
    profiles = ["well", "partly", "poor"]
    files = {}
    labels = {}
    for i in range(COUNT):
        name, text, label = build(i, rng, profiles[i % 3])
        files[name] = text
        labels[name] = label
    return files, labels


def probe(out_dir):
    """Two documents that take the section away as a help: every negative sentence of the pools
    under a heading that names no section, every hard negative under the why heading (where a
    complaint is likeliest). Each sentence has to be judged right on its own words."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = {}
    for name, heading, pool, key in [
        ("probe-neutral.interview.md", "## Answers to practise", pools.NEGATIVE, "negative_framing_lines"),
        ("probe-why.interview.md", "## Why this job", pools.HARD_NEGATIVE, "hard_negative_lines"),
    ]:
        lines = ["# Probe", "", heading, ""]
        numbers = []
        for sentence in pool:
            lines.append("- " + sentence)
            numbers.append(len(lines))
        (out_dir / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        labels[name] = {"negative_framing_lines": [], "hard_negative_lines": [], key: numbers}
    (out_dir / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote the probe documents to {out_dir}")
    return 0


def main():
    if "--probe" in sys.argv:
        return probe(sys.argv[sys.argv.index("--probe") + 1])
    files, labels = corpus()
    labels_text = json.dumps(labels, indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        on_disk = {p.name: p.read_text(encoding="utf-8") for p in HERE.glob("*.interview.md")}
        stale = sorted(set(on_disk) ^ set(files)) + sorted(n for n in files if on_disk.get(n) != files[n])
        if (HERE / "labels.json").read_text(encoding="utf-8") != labels_text:
            stale.append("labels.json")
        if stale:
            print("corpus is stale, run: python3 tests/corpus/generate.py\n  " + "\n  ".join(stale))
            return 1
        print(f"corpus is current: {len(files)} documents")
        return 0
    for old in HERE.glob("*.interview.md"):
        old.unlink()
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8")
    (HERE / "labels.json").write_text(labels_text, encoding="utf-8")
    print(f"wrote {len(files)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
