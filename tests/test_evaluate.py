"""Evaluation over a small corpus: periods, suppression, ignore entries, advice."""

from __future__ import annotations

from pathlib import Path

from factcheck import Settings, run


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for index, (name, body) in enumerate(sorted(texts.items()), 1):
        (folder / name).write_text(f"---\npublished: 2025-0{index}-10\n---\n{body}\n", encoding="utf-8")
    return folder


def _subjects(result) -> list[tuple[str, str]]:
    return [(f.subject, f.verdict) for f in result.findings]


def test_figures_for_different_years_are_not_compared(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Corvane Bio reported revenue of $310 million in 2024.",
        "b.md": "Corvane Bio reported revenue of $420 million in 2025.",
    })
    assert _subjects(run(Settings(paths=(folder,)))) == []


def test_figures_for_the_same_year_are_compared(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Corvane Bio reported revenue of $310 million in 2024.",
        "b.md": "Corvane Bio reported revenue of $420 million in 2024.",
    })
    assert _subjects(run(Settings(paths=(folder,)))) == [("Corvane Bio / revenue", "contradiction")]


def _dated(tmp_path: Path, texts: dict[str, tuple[str, str]]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, (published, body) in texts.items():
        (folder / name).write_text(f"---\npublished: {published}\n---\n{body}\n", encoding="utf-8")
    return folder


def test_market_share_prices_are_compared_only_within_a_day(tmp_path):
    body = "Karrow Resources runs mines. Karrow shares fell 9 percent to {} in Korvell."
    folder = _dated(tmp_path, {"a.md": ("2025-03-10", body.format("$21.35")), "b.md": ("2025-03-10", body.format("$23.90")),
                               "c.md": ("2025-03-11", body.format("$19.80"))})
    result = run(Settings(paths=(folder,)))
    assert {f.text: f.subject for f in result.facts if f.kind == "money"} == {
        "$21.35": "Karrow Resources / share price", "$23.90": "Karrow Resources / share price",
        "$19.80": "Karrow Resources / share price"}
    [finding] = result.findings  # the same day's two prices disagree; the next day's is another day's price
    assert (finding.subject, finding.verdict) == ("Karrow Resources / share price", "contradiction")
    assert {f.text for f in result.facts if f.id in finding.facts} == {"$21.35", "$23.90"}


def test_inline_suppression_takes_facts_out_of_comparison(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Acme invested $2.1 billion in Borealis.\n<!-- factcheck: ignore investment -- corrected later -->",
        "b.md": "Acme invested $2.9 billion in Borealis.",
    })
    result = run(Settings(paths=(folder,)))
    assert result.findings == ()
    assert [f.suppressed for f in result.facts if f.text == "$2.1 billion"] == ["corrected later"]


def test_ignore_entries_in_the_rule_pack(tmp_path, root):
    folder = _corpus(tmp_path, {
        "a.md": "Acme invested $2.1 billion in Borealis.",
        "b.md": "Acme invested $2.9 billion in Borealis.",
    })
    rules = tmp_path / "rules"
    rules.mkdir()
    for path in (root / "rules").glob("*.yaml"):
        (rules / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (rules / "zz-ignore.yaml").write_text(
        'ignore:\n  - subject: "Acme \u2192 Borealis / investment"\n    reason: reviewed\n', encoding="utf-8")
    assert run(Settings(paths=(folder,), rules=rules)).findings == ()


def test_advice_names_the_value_most_sources_give(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Acme invested $2.1 billion in Borealis.",
        "b.md": "Acme invested $2.1 billion in Borealis.",
        "c.md": "Acme invested $2.9 billion in Borealis.",
    })
    (finding,) = run(Settings(paths=(folder,))).findings
    assert finding.verdict == "contradiction"
    assert finding.advice.startswith('2 of 3 sources give "$2.1 billion"')


def test_advice_counts_outlets_not_articles(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, outlet, amount in [("a.md", "Daily Ledger", "2.1"), ("b.md", "Daily Ledger", "2.1"),
                                 ("c.md", "Harbor Post", "2.9"), ("d.md", "Valley Wire", "2.9")]:
        (folder / name).write_text(f"---\npublished: 2025-03-10\nsource: {outlet}\n---\n"
                                   f"Acme invested ${amount} billion in Borealis.\n", encoding="utf-8")
    (finding,) = run(Settings(paths=(folder,))).findings
    assert finding.advice.startswith('2 of 3 sources give "$2.9 billion"')  # the Ledger's two articles count once


def test_a_later_higher_death_toll_is_an_update(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "A storm hit Perrow and Dalmir on Monday, killing 41 people.",
        "b.md": "The storm that struck Perrow and Dalmir has killed 57 people, officials in Perrow said.",
    })
    assert _subjects(run(Settings(paths=(folder,)))) == [("Perrow / death toll", "time-explained")]


def test_one_articles_own_figures_are_not_compared_with_each_other(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Acme invested $2.1 billion in Borealis in March.\n\nLater, Acme invested $0.4 billion in Borealis.",
        "b.md": "Borealis employs 300 people.",
    })
    result = run(Settings(paths=(folder,)))
    assert len([f for f in result.facts if f.subject == "Acme \u2192 Borealis / investment"]) == 2
    assert _subjects(result) == []


def test_a_later_figure_worded_as_a_change_updates_an_earlier_one(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Dunlin College has received $40 million from the banker Ines Calloway.",
        "b.md": "Ines Calloway added $5 million for scholarships, bringing her gift to Dunlin College to $45 million.",
    })
    result = run(Settings(paths=(folder,)))
    assert _subjects(result) == [("Ines Calloway \u2192 Dunlin College / investment", "time-explained")]
    assert "worded as a change" in result.findings[0].explanation


def test_an_earlier_figure_worded_as_a_change_does_not_excuse_a_later_one(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Ines Calloway added $5 million for scholarships, bringing her gift to Dunlin College to $45 million.",
        "b.md": "Dunlin College has received $32 million from the banker Ines Calloway.",
    })
    assert _subjects(run(Settings(paths=(folder,)))) == [("Ines Calloway \u2192 Dunlin College / investment", "contradiction")]


def test_a_figure_given_as_the_earlier_one_is_not_a_contradiction(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Calder Media will pay €105 million for Orrin Studios.",
        "b.md": "Calder Media agreed to pay €105 million for Orrin Studios, up from €95 million.",
    })
    result = run(Settings(paths=(folder,)))
    assert _subjects(result) == [("Calder Media \u2192 Orrin Studios / price", "time-explained")]
    assert "earlier figure" in result.findings[0].explanation


def test_two_sources_disagreeing_on_an_earlier_figure_still_contradict(tmp_path):
    folder = _corpus(tmp_path, {
        "a.md": "Orrin Studios was valued at $600 million, up from $250 million.",
        "b.md": "Orrin Studios was valued at $600 million, up from $400 million.",
    })
    assert ("Orrin Studios / valuation", "contradiction") in _subjects(run(Settings(paths=(folder,))))


def test_a_later_higher_estimate_of_insured_losses_is_an_update(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, day, amount in [("a.md", "2026-03-02", "€600 million"), ("b.md", "2026-03-12", "€720 million")]:
        (folder / name).write_text(f"---\npublished: {day}\n---\nStorm Orla flooded the Dunmere valley. Insurers put "
                                   f"insured losses from Storm Orla at {amount}.\n", encoding="utf-8")
    findings = run(Settings(paths=(folder,))).findings
    assert [(f.rule, f.verdict) for f in findings] == [("estimates", "time-explained")]
