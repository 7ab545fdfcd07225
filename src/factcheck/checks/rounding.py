"""rounding: tell a rounded figure from a different one.

Equal values agree; values whose intervals meet only through surface
precision are a rounding ("$14 billion" is "$14.3 billion" rounded);
qualified values ("about", "more than") that overlap agree; disjoint
intervals contradict.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from .base import Relation, comparable, interval_text, overlaps


def _significant(q) -> int:
    if q.step <= 0 or q.value == 0:
        return 0
    return max(1, int(math.floor(math.log10(abs(q.value)))) - int(round(math.log10(q.step))) + 1)


def _round_half_up(value: float, step: float) -> float:
    steps = Decimal(repr(value)) / Decimal(repr(step))
    return float(steps.quantize(Decimal(1), rounding=ROUND_HALF_UP) * Decimal(repr(step)))


def compare_rounding(a, b, rule) -> Relation | None:
    """Compare two quantities at their stated precision."""
    pair = comparable(a, b)
    if pair is None:
        return None
    qa, qb = pair
    if qa.value == qb.value and qa.low == qb.low and qa.high == qb.high:
        return Relation("agree", f"both give {a.text}")
    if not overlaps(qa, qb):
        return Relation("contradiction", f"{a.text} {interval_text(qa)} and {b.text} {interval_text(qb)} do not overlap even at their stated precision")
    if qa.qualifier or qb.qualifier or qa.value == qb.value:
        return Relation("agree", f"{a.text} and {b.text} are compatible as worded")
    coarse, fine, coarse_fact, fine_fact = (qa, qb, a, b) if qa.step >= qb.step else (qb, qa, b, a)
    if coarse.step > 0 and math.isclose(_round_half_up(fine.value, coarse.step), coarse.value, rel_tol=1e-9):
        digits = _significant(coarse)
        return Relation("rounding", f"{coarse_fact.text} is {fine_fact.text} rounded to {digits} significant figure{'s' if digits != 1 else ''}")
    return Relation("rounding", f"{a.text} and {b.text} differ but overlap at their stated precision")
