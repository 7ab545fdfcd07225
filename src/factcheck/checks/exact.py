"""exact: the values must be equal."""

from __future__ import annotations

from .base import Relation, comparable, fmt


def compare_exact(a, b, rule) -> Relation | None:
    """Agree when the point values are equal, else contradiction."""
    pair = comparable(a, b)
    if pair is None:
        return None
    qa, qb = pair
    if qa.value == qb.value:
        return Relation("agree", f"both give {fmt(qa.value)}")
    return Relation("contradiction", f"{a.text} and {b.text} are different values ({fmt(qa.value)} vs {fmt(qb.value)})")
