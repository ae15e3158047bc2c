use super::*;

fn doc(text: &str) -> Document<'_> {
    parse(text, &ParseOptions::default())
}

/// Whether any section of `d` is of `kind`.
fn has_section(d: &Document<'_>, kind: SectionKind) -> bool {
    d.sections.iter().any(|s| s.kind == Some(kind))
}

/// The text of the heading of the section that holds `needle`.
fn heading_over<'t>(d: &Document<'t>, needle: &str) -> &'t str {
    let section = &d.sections[section_holding(d, needle)];
    section.heading.as_ref().unwrap().text.slice(d.text)
}

/// The section of the prose block (not a heading) that holds `needle`.
fn section_holding(d: &Document<'_>, needle: &str) -> usize {
    let at = d.text.find(needle).unwrap();
    d.blocks
        .iter()
        .find(|b| b.span.start <= at && at < b.span.end && b.kind != BlockKind::Heading)
        .unwrap()
        .section
}

/// The kind of the section a heading opens, as the model sees it.
fn kind_of(heading: &str) -> Option<SectionKind> {
    let text = format!("# Acme prep\n\n{heading}\n\n- something here\n");
    let d = doc(&text);
    d.sections.last().and_then(|s| s.kind)
}

#[test]
fn recognises_real_world_headings() {
    use SectionKind::*;
    let cases: &[(&str, SectionKind)] = &[
        ("## First interview notes", Notes),
        ("## Notes from the first interview", Notes),
        ("## Notes from round 1", Notes),
        ("## 📝 Notes", Notes),
        ("## Breadcrumbs", Notes),
        ("## Brreadcrumbs", Notes),
        ("## What they said", Notes),
        ("## They said", Notes),
        ("## The panel told me", Notes),
        ("## Phone screen recap", Notes),
        ("## Takeaways", Notes),
        ("## Stage 1 feedback from client", Notes),
        ("## Feedback from the hiring manager", Notes),
        ("## Concerns they may have", Concerns),
        ("## My weaknesses", Concerns),
        ("## Gaps & objections", Concerns),
        ("## Red flags they might see", Concerns),
        ("## Conserns", Concerns),
        ("## Examples", Examples),
        ("## My stories", Examples),
        ("## STAR stories", Examples),
        ("## Accomplishments 🏆", Examples),
        ("## Exmaples", Examples),
        ("## War stories", Examples),
        ("## Key achievements", Examples),
        ("## Q: Tell me about a difficult completion", Examples),
        ("## Q: A time you improved a process", Examples),
        (
            "## Describe a situation where you disagreed with your manager",
            Examples,
        ),
        ("## Why this job", Why),
        ("## Prep: why Acme?", Why),
        ("## Why I'm leaving", Why),
        ("## Motivation", Why),
        ("## What excites me", Why),
        ("## WHY ACME", Why),
        // In the candidate's first language.
        ("## Beispiele", Examples),
        ("## Fragen", Questions),
        ("## Pourquoi Alstom", Why),
        ("## Notizen aus dem ersten Gespräch", Notes),
        ("## Questions for them", Questions),
        ("## Q's for the panel", Questions),
        ("## Heard in round 1", Notes),
        ("## Told at the first interview", Notes),
        ("## Q’s for the panel", Questions),
        ("## Questions to ask", Questions),
        ("## Qeustions", Questions),
        ("## Things to ask", Questions),
        ("## ❓ Questions", Questions),
        ("## 30/60/90 day plan", Plan),
        ("## 30-60-90", Plan),
        ("## Onboarding plan (30-60-90)", Plan),
        ("## First 90 days", Plan),
        ("## 90-day plan", Plan),
        ("## First three months", Plan),
        ("## Plan", Plan),
        ("## 🗺️ Game plan", Plan),
        ("## Onboarding roadmap", Plan),
        ("## Plan for my first term", Plan),
        ("## 🏆 Proof points", Examples),
        ("## What I heard in round 1", Notes),
        ("## Worries they might have", Concerns),
        ("## Reverse interview", Questions),
        ("## Ask", Questions),
        ("## Questions from round one", Questions),
        ("## Evidence", Examples),
        ("## Onboarding", Plan),
        ("## Day 1 to day 90", Plan),
        ("## Clues from round one", Notes),
        ("## From the first meeting", Notes),
        ("## From the screening call", Notes),
        ("## Interview 1", Notes),
        ("## Possible pushback", Concerns),
        ("**Stories**", Examples),
        ("**Why Acme?**", Why),
        ("stuff to ask", Questions),
        ("why this place", Why),
        ("notes:", Notes),
        ("stories", Examples),
    ];
    for (heading, kind) in cases {
        assert_eq!(kind_of(heading), Some(*kind), "{heading}");
    }
    assert!(cases.len() >= 40);
}

#[test]
fn recognises_the_heading_list() {
    let list = include_str!("../../tests/fixtures/headings.txt");
    let (count, wrong) = crate::rules::test_support::misjudged(list, |heading| {
        kind_of(&format!("## {heading}"))
            .map(|k| format!("{k:?}").to_lowercase())
            .unwrap_or_else(|| "none".into())
    });
    assert!(count >= 140);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn headings_that_must_not_be_recognised() {
    for heading in [
        "## Questions they might ask me",
        "## Likely questions",
        "## Questions to prepare for",
        "## Behavioral questions",
        "## Tell me about the company",
        "## Logistics",
        "## Salary research",
        "## About the company",
        "## Travel",
        "## Misc",
        "a short line that is not a heading",
        "**Just bold text with no meaning**",
    ] {
        assert_eq!(kind_of(heading), None, "{heading}");
    }
}

#[test]
fn a_lone_level_one_heading_is_the_title() {
    let d = doc("# Why Acme — prep\n\n## Logistics\n\n- Bring ID\n");
    assert_eq!(d.sections[1].kind, None);
    assert_eq!(d.sections[2].kind, None);
}

#[test]
fn sub_headings_inherit_their_sections_kind() {
    let d = doc("## Examples\n### Why I pushed back on the rollout\nText.\n## Plan\n### Questions to settle\n- x\n");
    let kinds: Vec<_> = d.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![
            None,
            Some(SectionKind::Examples),
            Some(SectionKind::Examples),
            Some(SectionKind::Plan),
            Some(SectionKind::Plan)
        ]
    );
}

#[test]
fn code_html_and_link_targets_are_not_prose() {
    let text = "## Why\nSee [my site](https://example.com/toxic) and `toxic()`.\n\n```\nmy boss is toxic\n```\n<!-- toxic -->\n";
    let d = doc(text);
    assert!(!d.prose.contains("toxic"), "{:?}", d.prose);
    assert!(d.prose.contains("my site"));
    assert_eq!(d.prose.len(), text.len());
    assert_eq!(d.comments.len(), 1);
}

#[test]
fn questions_stories_breadcrumbs_and_plan() {
    let text = "\
---
company: Acme
---
# Acme
## First interview notes
- \"It's really important for this person to own the ingestion pipeline.\"
- We are really struggling with flaky nightly jobs
- They use Airflow.
## Examples
- Situation: spend doubled.
- Action: profiled queries.
- Result: cut spend by 32%.
- Led the migration ahead of schedule.
## Questions for them
Ask near the end:
- What would success look like? And who decides?
- ask about on-call
- About the team:
## 30/60/90 day plan
### First 30 days
- Map the pipeline
### By day 60
- Fix the top three failures
### By day 90
";
    let d = doc(text);
    assert_eq!(d.company(), Some("Acme"));
    let crumbs: Vec<&str> = d.breadcrumbs.iter().map(|b| b.object.slice(text)).collect();
    assert_eq!(
        crumbs,
        vec!["own the ingestion pipeline", "flaky nightly jobs"]
    );
    let questions: Vec<&str> = d.questions.iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(
        questions,
        vec![
            "What would success look like?",
            "And who decides?",
            "ask about on-call"
        ]
    );
    assert_eq!(d.stories.len(), 2);
    assert_eq!(d.stories[0].blocks.len(), 3);
    assert_eq!(
        d.stories[0].result.map(|r| r.slice(text)),
        Some("Result: cut spend by 32%.")
    );
    let plan = d.plan.as_ref().unwrap();
    let parts: Vec<(u16, usize)> = plan.parts.iter().map(|p| (p.days, p.items.len())).collect();
    assert_eq!(parts, vec![(30, 1), (60, 1), (90, 0)]);
}

/// The text blocks of the first section of a kind, headings left out.
fn section_body<'t>(d: &Document, kind: SectionKind, text: &'t str) -> Vec<&'t str> {
    let section = d.section_of(kind).unwrap();
    d.blocks
        .iter()
        .filter(|b| b.section == section && b.kind != BlockKind::Heading)
        .map(|b| b.span.slice(text))
        .collect()
}

#[test]
fn a_label_line_names_the_section_its_text_answers() {
    // Above its text, or opening the paragraph; a label that names no section is prose.
    for (text, body) in [
        (
            "# Prep\n\nWhy Lumen:\nI want to build fraud models.\n\nNote to self:\nbring ID.\n",
            vec!["I want to build fraud models.", "Note to self:\nbring ID."],
        ),
        (
            "# Prep\n\nWhy I want it: more money and a bigger team.\n\nTip: arrive early.\n",
            vec!["more money and a bigger team.", "Tip: arrive early."],
        ),
        (
            "# Prep\n\n**Why Meridian.** I want to move closer to operations.\n\n**Tip.** Arrive early.\n",
            vec!["I want to move closer to operations.", "Tip.** Arrive early."],
        ),
        // A question opens the paragraph; "plan?? TBD" asks nothing.
        (
            "# Prep\n\nWhy Orbitel? I want to lead a team.\n\nplan?? TBD\n",
            vec!["I want to lead a team.", "plan?? TBD"],
        ),
        // A short line above a new sentence labels it; a wrapped line, or one that ends a
        // sentence, is prose.
        (
            "# Prep\n\nwhy I apply\nI want to work on international routes.\n\nwhy it matters to\nme is the team.\n\nPrep done.\nThen the why.\n",
            vec![
                "I want to work on international routes.",
                "why it matters to\nme is the team.",
                "Prep done.\nThen the why.",
            ],
        ),
        // Notes written in lower case throughout.
        (
            "# prep\n\nwhy kestrel\nwant to move into maintenance, less travel\n\nwhy it matters to\nme is the team.\n",
            vec![
                "want to move into maintenance, less travel",
                "why it matters to\nme is the team.",
            ],
        ),
    ] {
        let d = doc(text);
        let kinds: Vec<SectionKind> = d.sections.iter().filter_map(|s| s.kind).collect();
        assert_eq!(kinds, vec![SectionKind::Why], "{text:?}");
        assert_eq!(section_body(&d, SectionKind::Why, text), body, "{text:?}");
    }
}

#[test]
fn a_plain_label_about_the_candidate_ends_the_notes_it_follows() {
    let text = "# Prep\n\nnotes\n- they move to Snowflake\n\nmy current job\n- no tests, just Dave\n\nTeam\n- four people\n";
    let d = doc(text);
    let notes = d
        .sections
        .iter()
        .position(|s| s.kind == Some(SectionKind::Notes))
        .expect("a notes section");
    let of = |needle: &str| section_holding(&d, needle);
    assert_eq!(of("they move"), notes);
    assert_ne!(of("no tests"), notes);
    assert_eq!(d.sections[of("no tests")].kind, None);
    // A label that names nothing opens no section of its own.
    assert_eq!(of("four people"), of("no tests"));
    let bold = "# Prep\n\n**From interview one**\n- pick rate 95\n\n**About my current site**\n- spares wait weeks\n";
    let d = doc(bold);
    assert_eq!(d.sections[section_holding(&d, "spares")].kind, None);
    let text = text.replace("my current job", "Team size");
    let d = doc(&text);
    assert_eq!(
        d.sections[section_holding(&d, "no tests")].kind,
        Some(SectionKind::Notes)
    );
    // The same label above sentences instead of a list.
    let prose = "# Prep\n\nRound 1 notes\n- home claims\n\nCurrent job\nI'm a motor claims handler.\nThe systems crash.\n";
    let d = doc(prose);
    assert_ne!(
        d.sections[section_holding(&d, "The systems")].kind,
        Some(SectionKind::Notes)
    );
    let other = prose.replace("Current job", "Phone call");
    let d = doc(&other);
    assert_eq!(
        d.sections[section_holding(&d, "The systems")].kind,
        Some(SectionKind::Notes)
    );
}

#[test]
fn a_label_opening_a_paragraph_about_the_candidate_ends_the_notes_it_follows() {
    let text = "# Prep\n\nFrom the first interview: they want more site time.\n\nCurrent role: \
        graduate engineer. I haven't been to a site in 18 months.\n\nTip: arrive early.\n";
    let d = doc(text);
    let section_of = |needle: &str| section_holding(&d, needle);
    assert_eq!(
        d.sections[section_of("they want")].kind,
        Some(SectionKind::Notes)
    );
    let mine = section_of("graduate engineer");
    assert_ne!(mine, section_of("they want"));
    assert_eq!(d.sections[mine].kind, None);
    assert_eq!(heading_over(&d, "graduate engineer"), "Current role");
    // A label that says nothing of the candidate is prose of the section before it.
    assert_eq!(section_of("Tip: arrive"), mine);
}

#[test]
fn a_label_about_the_candidate_ends_the_notes_also_as_now_or_in_a_quote() {
    for (text, label) in [
        (
            "# Prep\n\nBreadcrumbs: they want a pass lead.\n\nNow: chef de partie. Menus wait \
             for head office.\n",
            "Now",
        ),
        (
            "# Prep\n\nFirst interview: they want pharmacists.\n\n> Where I am: relief \
             pharmacist. Menus wait for head office.\n",
            "Where I am",
        ),
    ] {
        let d = doc(text);
        assert_eq!(heading_over(&d, "Menus wait"), label, "{text}");
    }
    // A quote is someone's words: a label naming a kind of section does not split it.
    let text = "# Prep\n\nFirst interview: notes.\n\n> Questions: ask what they need.\n";
    let d = doc(text);
    assert!(!has_section(&d, SectionKind::Questions));
    // Unless the candidate quotes their own reasons.
    let d = doc("# Prep\n\n> Why Greenway: I hike every weekend in their kit.\n");
    assert!(has_section(&d, SectionKind::Why));
    let d = doc("# Prep\n\n> Why Greenway: their buyers choose well.\n");
    assert!(!has_section(&d, SectionKind::Why));
    // Or sets the interviewers' words off as notes, whatever the aside in brackets.
    let text =
        "# Prep\n\n> notes from round 1 with Bea (eng manager):\n> \"our on-call is rough\"\n";
    let d = doc(text);
    assert_eq!(
        d.sections[section_holding(&d, "our on-call")].kind,
        Some(SectionKind::Notes)
    );
}

#[test]
fn the_first_cell_of_a_row_labels_it_when_it_names_a_section() {
    let text = "# Prep\n\n| Topic | Notes |\n|---|---|\n| Why Osprey | payroll comes in-house |\n\
        | Current job | timesheets arrive late |\n| Planning | done in Excel |\n\n## Questions\n\n\
        | question | why ask |\n|---|---|\n| Any concerns about me? | close |\n";
    let d = doc(text);
    let section_of = |needle: &str| &d.sections[section_holding(&d, needle)];
    assert_eq!(section_of("payroll comes").kind, Some(SectionKind::Why));
    assert_eq!(heading_over(&d, "timesheets arrive"), "Current job");
    // A topic row stays in the section the row above opened.
    assert_eq!(heading_over(&d, "done in Excel"), "Current job");
    // A question to ask is not a label of its row.
    assert_eq!(
        section_of("Any concerns about").kind,
        Some(SectionKind::Questions)
    );
}

#[test]
fn a_list_of_bold_labelled_items_is_a_document_of_sections() {
    let text = "# Prep\n\n- **Why Hollowbrook:** payments at scale.\n- **Breadcrumbs:** alerts \
        page people.\n- **Now:** DevOps engineer. Outages repeat.\n- **Questions:**\n  - What \
        are the SLOs?\n- Why: a plain item of the list.\n";
    let d = doc(text);
    let section_of = |needle: &str| &d.sections[section_holding(&d, needle)];
    assert_eq!(section_of("payments at").kind, Some(SectionKind::Why));
    assert_eq!(section_of("alerts page").kind, Some(SectionKind::Notes));
    assert_eq!(heading_over(&d, "DevOps"), "Now");
    // Nested under numbered bold labels: "Leaving the Army" ends the section "Why" opened.
    let army = "# Prep\n\n1. **Why Halden**\n   - I want to run a night shift.\n2. **Leaving the \
        Army**\n   - Promotion boards are a lottery.\n";
    assert_eq!(
        heading_over(&doc(army), "Promotion boards"),
        "Leaving the Army"
    );
    assert_eq!(
        section_of("What are the").kind,
        Some(SectionKind::Questions)
    );
    // Without bold, a label is an item's own words.
    assert_eq!(
        section_of("a plain item").kind,
        Some(SectionKind::Questions)
    );
    // A list whose first label is a story's title is a list of stories ("Pushback" names the
    // concerns, but here it titles a story).
    let stories =
        "## Stories\n\n- **Queue triage**: the queue fell.\n- **Pushback**: I disagreed.\n";
    let d = doc(stories);
    assert!(!has_section(&d, SectionKind::Concerns));
}

#[test]
fn a_few_words_closed_by_a_full_stop_label_a_paragraph() {
    let text =
        "# Prep\n\nWhy Greystone. They test drinking water.\n\nWhat they said in round one. \
        They need a supervisor.\n\nWhere I work now. Our supervisor left.\n\nQuestions. How will \
        testing continue?\n";
    let d = doc(text);
    let section_of = |needle: &str| &d.sections[section_holding(&d, needle)];
    assert_eq!(section_of("They test").kind, Some(SectionKind::Why));
    assert_eq!(section_of("They need").kind, Some(SectionKind::Notes));
    assert_eq!(heading_over(&d, "Our supervisor"), "Where I work now");
    assert_eq!(section_of("How will").kind, Some(SectionKind::Questions));
    // A sentence with a subject is no label, whatever it names.
    let own = "# Prep\n\nWhy Acme: I want it.\n\nI have concerns. They may ask about the gap.\n";
    let d = doc(own);
    assert!(!has_section(&d, SectionKind::Concerns));
}

#[test]
fn a_label_line_above_its_text_may_carry_an_aside_in_brackets() {
    let text = "# Prep\n\nWhy Hexa: I want to own the claims journey.\n\nCurrent job (business \
        analyst, claims, at a large insurer, 4 years):\nI write user stories. Requirements wait \
        six weeks.\n";
    let d = doc(text);
    let at = text.find("I write").unwrap();
    let block = d.blocks.iter().find(|b| b.span.start == at).unwrap();
    let section = &d.sections[block.section];
    assert_eq!(section.kind, None);
    assert!(section
        .heading
        .as_ref()
        .unwrap()
        .text
        .slice(text)
        .starts_with("Current job (business"));
    // Six words is still the most a label has outside its brackets.
    let long =
        "# Prep\n\nWhy Hexa: I want it.\n\nMy current job is one I have had for years:\nI write \
        stories.\n";
    let d = doc(long);
    let at = long.find("I write").unwrap();
    assert!(d.blocks.iter().all(|b| b.span.start != at));
}

#[test]
fn plan_parts_titled_by_bare_numbers() {
    for text in [
        "## 30/60/90\n### 30\n- a\n### 60\n- b\n### 90\n- c\n",
        "## 30/60/90\n- 30d: a\n- 60d: b\n- 90d: c\n",
        "## Plan\n- first 30 days: a\n- until day 60: b\n- until day 90: c\n",
        "## 🗓 30/60/90\n- 30 👉 a\n- 60 👉 b\n- 90 → c\n",
        "## 30/60/90\n### 30日 / 30 days\n- a\n### 60日 / 60 days\n- b\n### 90日 / 90 days\n- c\n",
        "## Month-by-month plan\n### Month 1\n- a\n### Month 2\n- b\n### Month 3\n- c\n",
        "## Plan\n- First month: a\n- Second month: b\n- In the third month: c\n",
        "## Plan\n- First month: a\n- Day 60: b\n- By 90 days: c\n",
        "## Plan\n- First half term (30 days): a\n- Up to the end of day 60: b\n- Autumn term (90 days): c\n",
        "## Plan\n- Weeks 1–4: a\n- Weeks 5-8: b\n- Weeks 9 to 12: c\n",
        "## Plan\n* first month: a\n* months 2–3: b\n* by 90 days: c\n",
        "My first 90 days: in the first 30 days, a; by 60 days, b; by 90 days, c.\n",
        "## 30/60/90\n- 30 Tage: a\n- 60 jours: b\n- 90 días: c\n",
        "## Phase plan\n- **Phase 1 (days 1–30):** a\n- **Phase 2 (days 31–60):** b\n- **Phase 3 (days 61–90):** c\n",
        // A heading that names no plan, over sub-headings that are its parts.
        "## Weeks\n### Weeks 1–4\n- a\n### Weeks 5–8\n- b\n### Weeks 9–12\n- c\n",
        "## After I start\n### Month 1\n- a\n### Month 2\n- b\n### Month 3\n- c\n",
    ] {
        let d = doc(text);
        let plan = d.plan.as_ref().unwrap();
        let parts: Vec<(u16, usize)> = plan.parts.iter().map(|p| (p.days, p.items.len())).collect();
        assert_eq!(parts, vec![(30, 1), (60, 1), (90, 1)], "{text}");
    }
}

#[test]
fn a_section_whose_lines_open_with_plan_parts_is_the_plan() {
    let text = "## Questions\n- Who leads it?\n\n## First weeks\n- first 30 days: learn every section\n- day 60: write the rota\n";
    let d = doc(text);
    let plan = d.plan.as_ref().unwrap();
    let parts: Vec<u16> = plan.parts.iter().map(|p| p.days).collect();
    assert_eq!(parts, vec![30, 60]);
    // One part's label is no plan: "30 days in, I'd know" under a heading of its own.
    let one = doc("## First weeks\n- first 30 days: learn every section\n- meet the team\n");
    assert!(one.plan.is_none());
}

#[test]
fn parts_with_no_plan_heading_over_them_are_the_plan() {
    for text in [
        "# Prep\n\n## Why Acme\nI want it.\n\n## 30 days\n- a\n\n## 60 days\n- b\n\n## 90 days\n- c\n\n## Questions\n- d?\n",
        "## First 30 days\n- a\n### Detail\n- more\n## Next 30 days\n- b\n## Final 30 days\n- c\n",
    ] {
        let d = doc(text);
        let plan = d.plan.as_ref().unwrap();
        let parts: Vec<u16> = plan.parts.iter().map(|p| p.days).collect();
        assert_eq!(parts, vec![30, 60, 90], "{text}");
        assert!(text[plan.end..].is_empty() || text[plan.end..].starts_with("## Questions"));
    }
    // A lone part is a plan that stops there.
    let d = doc("# Prep\n\n## Why\nI want it.\n\n## 30 days\n- Meet the managers\n");
    let plan = d.plan.as_ref().unwrap();
    assert_eq!(plan.parts.len(), 1);
    assert_eq!(plan.parts[0].items.len(), 1);
    // A heading that counts no days, weeks or months is no part; nor is one under a section.
    assert!(doc("## 60-minute presentation\n- slides\n").plan.is_none());
    assert!(doc("## Why\n### 30 days\n- a\n").plan.is_none());
}

#[test]
fn one_sub_heading_like_a_part_makes_no_plan() {
    let d = doc("## After I start\n### Month 1\n- a\n### People\n- b\n");
    assert!(d.plan.is_none());
    assert_eq!(d.sections[1].kind, None);
}

/// Each plan part's days and its items' text, trimmed.
fn plan_items(text: &str) -> Vec<(u16, Vec<&str>)> {
    let d = doc(text);
    let plan = d.plan.as_ref().unwrap();
    plan.parts
        .iter()
        .map(|p| {
            (
                p.days,
                p.items.iter().map(|i| i.slice(text).trim()).collect(),
            )
        })
        .collect()
}

#[test]
fn plan_parts_as_labelled_lines_or_a_table() {
    let lines =
        "## 30/60/90 plan\n\n30 days: learn the pack.\n60 days: automate it.\n90 days: own it.\n";
    assert_eq!(
        plan_items(lines),
        vec![
            (30, vec!["learn the pack."]),
            (60, vec!["automate it."]),
            (90, vec!["own it."])
        ]
    );
    let table = "## 30/60/90 plan\n\n| 30 days | 60 days | 90 days |\n|---|---|---|\n| Learn | Automate | Own |\n| Map | | Report |\n";
    assert_eq!(
        plan_items(table),
        vec![
            (30, vec!["Learn", "Map"]),
            (60, vec!["Automate"]),
            (90, vec!["Own", "Report"])
        ]
    );
    let rows = "## 30 / 60 / 90\n| Days | What |\n|---|---|\n| 30 | Work every shift once |\n| 60 | Scan-to-confirm trial |\n| 90 | Night forum monthly |\n";
    assert_eq!(
        plan_items(rows),
        vec![
            (30, vec!["Work every shift once"]),
            (60, vec!["Scan-to-confirm trial"]),
            (90, vec!["Night forum monthly"])
        ]
    );
}

#[test]
fn sentences_keep_exact_spans_with_emoji_cjk_tabs_and_crlf() {
    let text = "## Why\r\n- Zoë 😩 said\thi. 東京 is great!\r\n";
    let d = doc(text);
    let s: Vec<&str> = d.sentences.iter().map(|s| s.span.slice(text)).collect();
    assert_eq!(s, vec!["Why", "Zoë 😩 said\thi.", "東京 is great!"]);
}

#[test]
fn never_fails_on_odd_input() {
    let big_line = "word ".repeat(200_000);
    let nested: String = (0..300)
        .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
        .collect();
    let quotes = ">".repeat(500) + " deep";
    let inputs: Vec<String> = vec![
        String::new(),
        "---\ncompany: x\n---\n".into(),
        "---\n".into(),
        big_line,
        nested,
        quotes,
        "\u{feff}# BOM\r\n".into(),
        "#\n##\n###\n".into(),
        "**\n__\n".into(),
        "\0\u{1}\u{7f}".into(),
    ];
    for input in &inputs {
        let d = doc(input);
        assert_eq!(d.prose.len(), input.len());
        let _ = crate::lint::check(input, &crate::lint::Settings::default());
    }
    // One line of thousands of complaints, with and without full stops: every one is judged,
    // in time linear in the line (each sentence's signals are compared with each other).
    for (line, expected) in [
        ("my boss never listens and the pay is rubbish. ", 4000),
        (
            "my boss never listens and the pay is rubbish, ",
            4000 * 46 / 1000 + 1,
        ),
    ] {
        let text = format!("## Why\n{}\n", line.repeat(4000));
        let found = crate::lint::check(&text, &crate::lint::Settings::default())
            .into_iter()
            .filter(|f| f.finding.rule == "negative-framing")
            .count();
        assert!(found >= expected, "{found} < {expected} for {line:?}");
    }
    // Arbitrary bytes, decoded the way an editor would.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..300 {
        let bytes: Vec<u8> = (0..200)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let alphabet = b"#-*_>`[]()!<>\n\r\t :?.0123456789abc";
                alphabet[(state % alphabet.len() as u64) as usize]
                    .wrapping_add(if state % 11 == 0 { 128 } else { 0 })
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let d = doc(&text);
        for s in &d.sentences {
            assert!(s.span.end <= text.len() && text.is_char_boundary(s.span.start));
        }
        let _ = crate::lint::check(&text, &crate::lint::Settings::default());
    }
}

/// Each heading's text with the kind its section has.
fn heading_kinds<'t>(d: &Document, text: &'t str) -> Vec<(&'t str, Option<SectionKind>)> {
    d.sections
        .iter()
        .filter_map(|s| Some((s.heading.as_ref()?.text.slice(text), s.kind)))
        .collect()
}

#[test]
fn a_heading_that_names_no_kind_takes_the_kind_its_text_shows() {
    let text = "# Prep\n\n## The big picture\nI want to build a dental list, and Fernleigh funds the certificate.\n\n## Stuff I pulled off\n- Raised our review score from 8.2 to 8.9.\n- Set up a weekly audit.\n\n## For the panel\n- What went wrong with the relaunch?\n- Who owns onboarding?\n\n## Questions they might ask\n- Why are you leaving?\n- What is your biggest weakness?\n\n## Odds and ends\n- Bring ID.\n- Parking is at the back.\n";
    let d = doc(text);
    let kinds = heading_kinds(&d, text);
    assert_eq!(
        kinds,
        vec![
            ("Prep", None),
            ("The big picture", Some(SectionKind::Why)),
            ("Stuff I pulled off", Some(SectionKind::Examples)),
            ("For the panel", Some(SectionKind::Questions)),
            ("Questions they might ask", None),
            ("Odds and ends", None),
        ]
    );
    assert_eq!(d.questions.len(), 2);
}

#[test]
fn wants_right_under_the_title_are_the_why_and_the_title_passes_no_kind_down() {
    let text = "# Store Manager — Thistle Home\n\nI want to join Thistle because they let managers choose part of the range. I want to run a shop that feels local.\n\n## Plans for the store\nA display in the window.\n";
    let d = doc(text);
    let kinds = heading_kinds(&d, text);
    assert_eq!(
        kinds,
        vec![
            ("Store Manager — Thistle Home", Some(SectionKind::Why)),
            ("Plans for the store", None),
        ]
    );
    // A title over the whole document, or over text that wants nothing, names no kind.
    for text in [
        "# Prep\n\nI want to join Thistle.\n\nCurrent job: deputy.\n\n- a\n- b\n- c\n- d\n",
        "# Prep\n\nDeputy manager at a discount retailer, 3 years.\n",
    ] {
        assert_eq!(doc(text).sections[1].kind, None, "{text:?}");
    }
}

#[test]
fn lines_that_open_with_the_same_arrow_or_emoji_are_a_list() {
    let text = "## Questions\n➡️ What's behind the 22-minute wait?\n➡️ How do team leaders coach?\n➡️ Is there free parking?\n\n## 30/60/90\n• 30: meet all 12\n• 60: a coaching plan\n• 90: wait time down\n";
    let d = doc(text);
    let asked: Vec<&str> = d.questions.iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(
        asked,
        [
            "What's behind the 22-minute wait?",
            "How do team leaders coach?",
            "Is there free parking?"
        ]
    );
    let parts: Vec<u16> = d
        .plan
        .as_ref()
        .unwrap()
        .parts
        .iter()
        .map(|p| p.days)
        .collect();
    assert_eq!(parts, [30, 60, 90]);
    // Mixed signs, or one line alone, stay a paragraph.
    let mixed = doc("## Questions\n➡️ What's behind the wait?\n✅ How do team leaders coach?\n");
    assert_eq!(
        mixed
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::ListItem)
            .count(),
        0
    );
    let crlf = "## Plan\r\n→ 30: meet all 12\r\n→ 60: a coaching plan\r\n→ 90: wait time down\r\n";
    let d = doc(crlf);
    assert_eq!(d.plan.as_ref().unwrap().parts.len(), 3);
    let items: Vec<&str> = d
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::ListItem)
        .map(|b| b.span.slice(crlf))
        .collect();
    assert_eq!(
        items,
        [
            "30: meet all 12",
            "60: a coaching plan",
            "90: wait time down"
        ]
    );
}
