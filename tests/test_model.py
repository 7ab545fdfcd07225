"""The data model: subject keys, quantity intervals, frozen records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pytest

from factcheck.model import (
    base_attribute,
    Agreement,
    DateSpan,
    Document,
    Fact,
    Finding,
    Quantity,
    RunResult,
    SkippedDocument,
    Subject,
)


def _fact(**changes) -> Fact:
    base = dict(id="a.md:0", document="a.md", start=0, end=4, line=1, column=1, text="$2 billion",
                sentence="Acme invested $2 billion in Borealis.", kind="money",
                quantity=Quantity("money", "USD", 2e9, 1.5e9, 2.5e9, step=1e9))
    base.update(changes)
    return Fact(**base)


# --- Subject.key ------------------------------------------------------------------------------

def test_subject_key_with_object_uses_arrow_and_slash():
    assert Subject("Meta", "investment", "Scale AI").key == "Meta \u2192 Scale AI / investment"


def test_subject_key_without_object_is_entity_and_attribute():
    assert Subject("Alexandr Wang", "age").key == "Alexandr Wang / age"


def test_subject_key_with_empty_object_has_no_arrow():
    assert Subject("Alexandr Wang", "age", "").key == "Alexandr Wang / age"


def test_subject_key_is_stable_and_distinguishes_objects():
    one = Subject("Acme", "investment", "Borealis")
    assert one.key == Subject("Acme", "investment", "Borealis").key
    assert one.key != Subject("Acme", "investment", "Trellis Labs").key
    assert one.key != Subject("Borealis", "investment", "Acme").key


def test_equal_subjects_are_equal_and_hash_alike():
    a, b = Subject("Acme", "valuation"), Subject("Acme", "valuation")
    assert a == b
    assert len({a, b}) == 1


# --- Quantity -------------------------------------------------------------------------------

@pytest.mark.parametrize("attribute, base", [
    ("valuation (projected)", "valuation"), ("price (per share) (projected)", "price"),
    ("funding (total)", "funding"), ("death toll", "death toll"),
])
def test_base_attribute_strips_every_qualifier(attribute, base):
    assert base_attribute(attribute) == base


def test_precise_bounds_follow_the_last_written_digit():
    q = Quantity("money", "USD", 14.3e9, 14.25e9, 14.35e9, step=0.1e9)
    assert q.precise_low == pytest.approx(14.25e9)
    assert q.precise_high == pytest.approx(14.35e9)


def test_precise_bounds_ignore_qualifier_interval():
    # "about 300": the rule pack widens low/high, the surface precision stays at the units digit.
    q = Quantity("count", "employees", 300, 270, 330, step=1, qualifier="about")
    assert q.precise_low == pytest.approx(299.5)
    assert q.precise_high == pytest.approx(300.5)


def test_exact_quantity_has_point_precise_interval():
    q = Quantity("percent", "%", 49.0, 49.0, 49.0)
    assert q.precise_low == q.precise_high == 49.0


def test_bounded_true_for_finite_interval():
    assert Quantity("money", "USD", 2e9, 1.5e9, 2.5e9, step=1e9).bounded is True


@pytest.mark.parametrize("low,high", [(10.0, math.inf), (-math.inf, 10.0), (-math.inf, math.inf)])
def test_bounded_false_when_an_end_is_infinite(low, high):
    assert Quantity("duration", "year", 10.0, low, high, qualifier="more-than").bounded is False


def test_bounded_false_for_nan_end():
    assert Quantity("number", None, 1.0, math.nan, 2.0).bounded is False


# --- other derived properties -------------------------------------------------------------------

def test_datespan_resolved_needs_both_ends():
    assert DateSpan(dt.date(2025, 11, 1), dt.date(2025, 11, 30), "month").resolved is True
    assert DateSpan(None, None, "month", resolution="in November: no publication date").resolved is False
    assert DateSpan(dt.date(2025, 11, 1), None, "month").resolved is False


def test_fact_unit_comes_from_quantity_and_is_none_for_dates():
    assert _fact().unit == "USD"
    date_fact = _fact(kind="date", quantity=None, date=DateSpan(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year"))
    assert date_fact.unit is None


def test_runresult_fact_lookup_by_id_and_missing_id():
    f1, f2 = _fact(), _fact(id="b.md:7", document="b.md", start=7)
    result = RunResult(documents=(), skipped=(), facts=(f1, f2), findings=())
    assert result.fact("b.md:7") is f2
    with pytest.raises(KeyError):
        result.fact("c.md:0")


# --- frozen, slotted records ---------------------------------------------------------------------

def _instances():
    q = Quantity("money", "USD", 2e9, 1.5e9, 2.5e9, step=1e9)
    return [
        Document(id="a.md", path="corpus/a.md", text="Acme grew."),
        SkippedDocument(path="corpus/b.bin", reason="binary file"),
        q,
        DateSpan(dt.date(2025, 1, 1), dt.date(2025, 1, 31), "month"),
        Subject("Acme", "investment", "Borealis"),
        _fact(),
        Finding(rule="money-amount", severity="error", verdict="contradiction", subject="Acme / revenue",
                facts=("a.md:0",), message="m", explanation="e", fingerprint="0" * 16),
        Agreement(subject="Acme / revenue", facts=("a.md:0",), values=("$2 billion",)),
        RunResult(documents=(), skipped=(), facts=(), findings=()),
    ]


@pytest.mark.parametrize("record", _instances(), ids=lambda r: type(r).__name__)
def test_records_are_frozen(record):
    field = dataclasses.fields(record)[0].name
    before = getattr(record, field)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, field, before)
    assert getattr(record, field) == before


@pytest.mark.parametrize("record", _instances(), ids=lambda r: type(r).__name__)
def test_records_are_slotted(record):
    assert not hasattr(record, "__dict__")
    with pytest.raises((dataclasses.FrozenInstanceError, AttributeError, TypeError)):
        record.extra = 1  # type: ignore[attr-defined]


def test_replace_returns_a_new_record_and_leaves_the_old_one():
    fact = _fact()
    moved = dataclasses.replace(fact, entity="Acme", subject="Acme \u2192 Borealis / investment")
    assert fact.entity is None and fact.subject is None
    assert moved.entity == "Acme"
    assert moved.id == fact.id
