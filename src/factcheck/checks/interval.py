"""interval: the intervals the wording allows must overlap."""

from __future__ import annotations

from .base import Relation, comparable, interval_text, overlaps


def compare_interval(a, b, rule) -> Relation | None:
    """Agree when the intervals intersect ("more than 10" and "12"), else contradiction."""
    pair = comparable(a, b)
    if pair is None:
        return None
    qa, qb = pair
    if overlaps(qa, qb):
        return Relation("agree", f"{a.text} {interval_text(qa)} and {b.text} {interval_text(qb)} overlap")
    return Relation("contradiction", f"{a.text} {interval_text(qa)} and {b.text} {interval_text(qb)} do not overlap")
