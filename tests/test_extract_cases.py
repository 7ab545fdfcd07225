"""Extraction cases from tests/cases/extract/*.yaml: one test per case.

Each case gives a text, an optional publication date and the facts expected
in order; only the fields a case lists are checked (a field ending in ``_not``
names a value the field must not have). Unless the case says
``partial: true`` the listed facts must be all the facts found.
"""

from __future__ import annotations

import datetime as dt
import math

from factcheck.extract import Extractor
from factcheck.facts import fact_record
from factcheck.model import Document
from factcheck.rulepack import load_rulepack

from .conftest import load_cases

CASES = load_cases("extract")
EXTRACTOR = Extractor(load_rulepack().attributes)


def pytest_generate_tests(metafunc):
    if "extract_case" in metafunc.fixturenames:
        metafunc.parametrize("extract_case", CASES, ids=[c["id"] for c in CASES])


def _same(expected, actual) -> bool:
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(expected, actual, rel_tol=1e-6, abs_tol=1e-9)
    return expected == actual


def test_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) >= 300


def test_extract_case(extract_case):
    case = extract_case
    doc = Document(id="case", path="case", text=case["text"], published=case.get("published"), source=case.get("source"),
                   title=case.get("title"))
    records = [fact_record(f) for f in EXTRACTOR.extract(doc).facts]
    expected = case.get("facts") or []
    found = [(r["text"], r["kind"]) for r in records]
    if case.get("partial"):
        texts = [r["text"] for r in records]
        for fact in expected:
            assert fact["text"] in texts, f"missing {fact['text']!r}; found {found}"
        # `occurrence: N` picks the Nth fact with that text ("$312 million" told twice)
        records = [[r for r in records if r["text"] == fact["text"]][fact.get("occurrence", 1) - 1] for fact in expected]
    else:
        assert [f["text"] for f in expected] == [r["text"] for r in records], f"found {found}"
    for fact, record in zip(expected, records):
        for key, value in fact.items():
            if key == "occurrence":
                continue
            if key.endswith("_not"):  # "attribute_not: valuation": any reading but that one
                assert not _same(value, record[key[:-4]]), f"{fact['text']!r} {key[:-4]}: got {value!r}"
                continue
            assert _same(value, record[key]), f"{fact['text']!r} {key}: expected {value!r}, got {record[key]!r}"
