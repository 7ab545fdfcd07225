"""date: date spans agree when they overlap at each side's granularity."""

from __future__ import annotations

from .base import Relation


def compare_date(a, b, rule) -> Relation | None:
    """"late 2025" contains "November 2025": agree; disjoint spans contradict."""
    da, db = a.date, b.date
    if da is None or db is None or not da.resolved or not db.resolved:
        return None
    if max(da.start, db.start) <= min(da.end, db.end):
        return Relation("agree", f"{a.text} ({da.start}..{da.end}) and {b.text} ({db.start}..{db.end}) overlap")
    return Relation("contradiction", f"{a.text} ({da.start}..{da.end}) and {b.text} ({db.start}..{db.end}) do not overlap")
