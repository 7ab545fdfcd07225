"""Extraction on random and hostile text: never an exception, every span exact, bounded time.

The property tests feed generated text to the extractor. The timed cases run
in a forked child that is killed past its limit, so a hang fails one test
instead of stalling the suite. A case marked xfail is known to be too slow in
``factcheck.extract`` (see its reason); drop the marker once it passes.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import Extractor
from factcheck.model import Document
from factcheck.rulepack import load_rulepack

EXTRACTOR = Extractor(load_rulepack().attributes)
PUBLISHED = dt.date(2026, 1, 5)

_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
_NUMERIC = "0123456789,.$%-()\u2013\u2014 \n"
_PIECES = ["$", "\u20ac", "1", "12", "000", ",", ".", "%", "-", "(", ")", " ", " ", "\n", "about ", "nearly ",
           "more than ", "billion", "million", "bn", "2025", "June ", "late ", "last April", "in November",
           "two years ago", "Acme ", "Borealis", "Ona Vetch, 41, ", "Mr. ", "aged ", "years old", "percent",
           "\u00a0", "\u2019s ", "invested ", "employs ", "revenue of ", "to ", "from ", "and ", "Q3 ", "1990s"]


def _runs(alphabet: str):
    """Long runs of one character, joined: "((((((1111,,,,"."""
    run = st.tuples(st.sampled_from(alphabet), st.integers(1, 400)).map(lambda t: t[0] * t[1])
    return st.lists(run, max_size=12).map("".join)


HOSTILE_TEXT = st.one_of(
    st.text(max_size=600),
    st.text(alphabet=_NUMERIC, max_size=1500),
    st.lists(st.sampled_from(_PIECES), max_size=300).map("".join),
    _runs(_NUMERIC + "aA.\u2019"),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=120).map("".join),
)


def _check(text: str, published: dt.date | None) -> None:
    facts = EXTRACTOR.extract(Document(id="x", path="x", text=text, published=published)).facts
    for fact in facts:
        assert 0 <= fact.start <= fact.end <= len(text), fact
        assert text[fact.start:fact.end] == fact.text, fact
        assert fact.line >= 1 and fact.column >= 1, fact


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=HOSTILE_TEXT, published=_dates)
def test_extraction_never_raises_and_spans_are_exact(text, published):
    _check(text, published)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prose=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map("".join), published=_dates)
def test_extraction_inside_ordinary_sentences(prose, published):
    _check(f"Acme said on Tuesday that {prose}. Borealis disagreed.\n\n{prose}\n", published)


# --- timed cases ---------------------------------------------------------------------------------

def _cycle(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _child(make, conn) -> None:
    text = make()
    started = time.perf_counter()
    facts = EXTRACTOR.extract(Document(id="x", path="x", text=text, published=PUBLISHED)).facts
    bad = [f for f in facts if text[f.start:f.end] != f.text]
    conn.send((time.perf_counter() - started, len(text), len(facts), len(bad)))


def _timed(make, limit: float):
    """(seconds, characters, facts, bad spans) from a forked child, or None past `limit` seconds."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(make, send))
    child.start()
    result = receive.recv() if receive.poll(limit) else None
    if child.is_alive():
        child.kill()
    child.join()
    return result


_SINGLE_LINE = "council 42 voted about 1,250 workers in 2025 and $14 billion Mara Belvik, 34, said "
_SENTENCES = "Council 42 voted about 1,250 workers in 2025 and $14 billion Mara Belvik, 34, said. "
DENSE_NUMBERS = ("every value scans every other value of its sentence (sentences are capped at 1,000 characters, "
                 "so up to ~500 values): extract/subjects.py attribute_fact (local_others) and choose_attribute "
                 "(others, between), extract/__init__.py (spans_by_sentence tuple concatenation); and "
                 "extract/quantities.py _classify copies the rest of the text for every number "
                 "(TIME_AFTER.match(text[m.end('num'):]))")

CASES = [
    pytest.param(lambda: ",".join(re.findall(r"\d{1,3}", _cycle("1234567890", 1_000_000))), 20, id="1e6-digits-commas"),
    pytest.param(lambda: "$" * 100_000, 20, id="1e5-dollar-signs"),
    pytest.param(lambda: "(" * 100_000, 20, id="1e5-open-parens"),
    # NOTE: about 22 s today; past ~2 MB quantities.py _classify (TIME_AFTER.match on
    # text[m.end("num"):], a copy of the rest of the text for every number) makes it quadratic.
    pytest.param(lambda: _cycle(_SINGLE_LINE, 2_000_000), 60, id="2MB-single-line"),
    pytest.param(lambda: _cycle(_SENTENCES, 400_000), 20, id="400kB-short-sentences"),
    pytest.param(lambda: "Mr. " * 25_000, 20, id="25000-abbreviations"),
    # Not strict: extract/ is not owned by these tests; drop the marker once it passes.
    pytest.param(lambda: "7 " * 100_000, 20, id="200kB-dense-numbers",
                 marks=pytest.mark.xfail(strict=False, reason=DENSE_NUMBERS)),
]


@pytest.mark.parametrize("make,limit", CASES)
def test_hostile_text_finishes_in_bounded_time(make, limit):
    result = _timed(make, limit)
    assert result is not None, f"extraction did not finish within {limit} s"
    seconds, _, _, bad = result
    assert bad == 0
    assert seconds < limit
