"""Periods: the year a figure of a changing attribute is for, which keeps figures of different years apart."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import Extractor
from factcheck.model import Document
from factcheck.rulepack import load_rulepack

EXTRACTOR = Extractor(load_rulepack().attributes)


def periods(text: str, kinds=("money",)) -> dict[str, int | None]:
    doc = Document(id="d", path="d", text=text, published=dt.date(2026, 3, 2))
    return {f.text: f.period for f in EXTRACTOR.extract(doc).facts if f.kind in kinds}


@pytest.mark.parametrize("text", [
    "Calloway Mills' revenue fell to £510 million last year from £560 million in 2024.",
    "Calloway Mills' revenue rose to £510 million last year, up from £560 million in 2024.",
    "Calloway Mills had revenue of £510 million last year, against £560 million in 2024.",
])
def test_a_compared_figure_is_for_the_year_stated_with_it(text):
    assert periods(text) == {"£510 million": 2025, "£560 million": 2024}


def test_a_figure_is_for_the_year_stated_in_its_sentence():
    assert periods("In 2024, Calloway Mills had revenue of £510 million.") == {"£510 million": 2024}


def test_a_figure_under_a_label_is_for_the_labels_year():
    text = "Pennick Markets has gone into administration.\n- Loss in 2025: £21 million, against £12 million in 2024\n"
    assert periods(text) == {"£21 million": 2025, "£12 million": 2024}


def test_a_figure_the_year_before_another_is_for_the_year_before_it():
    assert periods("Lissard lost €1.9 million in 2025 after losing €2.6 million the year before.") == \
        {"€1.9 million": 2025, "€2.6 million": 2024}


def test_earlier_figures_listed_each_with_a_year_keep_their_years():
    text = "Solmere Motors is in trouble. Revenue climbed to $9.58 billion in 2025, from $7.9 billion in 2024 and $5.2 billion in 2023."
    assert periods(text) == {"$9.58 billion": 2025, "$7.9 billion": 2024, "$5.2 billion": 2023}


def test_a_year_in_an_aside_after_a_figure_is_the_asides():
    doc = Document(id="d", path="d", text="Storm Ilvane hit the valley.\n- Deaths: 19 (Bretta, 2014: 31)\n",
                   published=dt.date(2026, 11, 4))
    facts = {f.text: f for f in EXTRACTOR.extract(doc).facts}
    assert facts["19"].attribute == "death toll"
    assert facts["19"].period is None


@pytest.mark.parametrize("text, expected", [
    ("Tarrow Freight moves parcels.\n- Revenue: $540 million in 2025 (2024: $471 million)\n", {"$540 million": 2025, "$471 million": 2024}),
    ("Tarrow Freight moves parcels.\n- Revenue: $540 million in 2025 (previous year: $471 million)\n",
     {"$540 million": 2025, "$471 million": 2024}),
    # no year for the figure, so none for its "previous year"
    ("Tarrow Freight moves parcels.\n- Revenue: $540 million (previous year: $471 million)\n", {"$540 million": None, "$471 million": None}),
])
def test_an_aside_gives_an_earlier_year_of_the_figure_before_it(text, expected):
    assert periods(text) == expected


def test_a_year_in_brackets_in_a_label_is_the_figures():
    text = "Corvenna Growers makes wine.\n- Revenue (2025): €135.6 million\n- Revenue (2024): €77 million\n"
    assert periods(text) == {"€135.6 million": 2025, "€77 million": 2024}


def test_a_compared_figure_from_last_year_is_for_the_year_before_publication():
    assert periods("Calloway Mills said revenue rose to £510 million, up from £460 million last year.") == \
        {"£510 million": None, "£460 million": 2025}


def test_last_years_figure_after_a_forecast_is_for_the_year_before_publication():
    assert periods("Calloway Mills expects profit of about £30 million, well below last year's £41m.")["£41m"] == 2025


def test_a_tally_of_an_earlier_year_has_that_year():
    # a count of things an event touched changes with time, so a dated one is kept apart from today's
    assert periods("In 2017, roughly 6 tonnes of acid escaped into the river from the same plant.", ("count",)) == \
        {"roughly 6 tonnes": 2017}


def test_the_year_of_a_compared_figure_is_not_the_event_figure_before_its():
    assert periods("Turnout of 41.3%, up from 36.8% in 2022, was the highest in years.", ("percent",)) == \
        {"41.3%": None, "36.8%": 2022}


def test_a_figure_after_a_year_and_when_is_for_that_year():
    text = "Bird flu has reached 14 farms. It is the worst outbreak since 2019, when about 2.4 million birds were culled."
    assert periods(text, kinds=("count",))["about 2.4 million birds"] == 2019


def test_a_figure_is_not_for_the_year_of_a_figure_it_is_compared_with():
    text = "Storm Orla flooded the valley. Insurers put insured losses at about €700 million, well short of the €1.1 billion left by Storm Amarin in 2013."
    assert periods(text)["about €700 million"] is None


def test_a_year_after_since_is_no_period_nor_the_year_of_the_event():
    text = ("The storm killed 27 people, the worst toll since 2011. "
            "The Varrow plant has operated since 1979 and employs about 600 people.")
    assert periods(text, kinds=("count",)) == {"27 people": None, "about 600 people": None}


def test_an_election_result_is_for_the_year_of_its_election():
    text = ("Turnout was about 52 percent, up from 46.1 percent at the last election in 2022, when Rosalind Achterberg "
            "was re-elected with 51.3 percent of the vote. Rosalind Achterberg, who had won in 2022 with 44,930 votes, "
            "finished on 41,905 votes this time.")
    assert periods(text, ("percent",))["51.3 percent"] == 2022
    assert periods(text, ("count",)) == {"44,930 votes": 2022, "41,905 votes": None}


def test_a_plans_price_when_it_was_launched_is_for_that_year():
    text = "Vireo Media lifted its Standard plan to £10.99 a month. The Standard plan cost £6.99 when it was launched in 2019."
    assert periods(text) == {"£10.99": None, "£6.99": 2019}


def test_a_changing_figure_of_an_earlier_event_is_for_that_events_year():
    text = "Caldor Energy runs Thornsby Head. The 2009 coolant leak kept a reactor offline for 14 months and led to a " \
           "£2.4 million fine for Caldor Energy."
    assert periods(text) == {"£2.4 million": 2009}


def test_a_year_after_a_figure_compared_as_above_or_below_is_the_compared_figures():
    text = ("Nova Aldren won the election. Turnout was 68.9 percent, the highest since 2004 and well above the 61.2 percent "
            "recorded at the last election in 2021.")
    assert periods(text, kinds=("percent",)) == {"68.9 percent": None, "61.2 percent": 2021}


def test_the_year_of_the_start_of_a_change_is_not_the_end_figures():
    doc = Document(id="d", path="d", text="Wendral Foods makes soups. Its revenue fell from £410 million in 2023 to about £380 million.",
                   published=dt.date(2026, 3, 2))
    facts = {f.text: (f.attribute, f.period) for f in EXTRACTOR.extract(doc).facts if f.kind == "money"}
    assert facts == {"£410 million": ("revenue", None), "about £380 million": ("revenue", None)}


@pytest.mark.parametrize("text, expected", [
    # the earlier event is the sentence's subject, its year in the opening, far from the figure
    ("The flood killed eight people on Sunday. The last major flood in the valley, in 1996, cost insurers about "
     "€60 million at today's prices, damaged about 900 homes and killed 14 people.", {"14 people": 1996}),
    # "N years ago, when": the year that many years before publication
    ("The flood killed eight people on Sunday. The town last suffered a flood on this scale 29 years ago, when 13 people "
     "died.", {"13 people": 1997}),
    ("The flood killed eight people on Sunday. The town last flooded two years ago, when three people died.",
     {"three people": 2024}),
    # "N years ago, which": a relative clause about the earlier event, other figures before the one asked about
    ("The flood killed eight people on Sunday. Residents compare it with the Vallon Sec flood eight years ago, which "
     "destroyed 60 homes and killed five people.", {"five people": 2018}),
])
def test_an_event_figure_of_an_earlier_event_told_by_the_opening_or_years_ago_has_its_year(text, expected):
    found = periods(text, kinds=("count",))
    assert {figure: found[figure] for figure in expected} == expected
    assert found["eight people"] in (None, 2026)  # the event now keeps its own year
