"""tolerance: values within a relative or absolute tolerance set by the rule."""

from __future__ import annotations

from .base import Relation, comparable, fmt


def compare_tolerance(a, b, rule) -> Relation | None:
    """Agree when |a - b| is within `rule.tolerance` (a fraction when `rule.relative`)."""
    pair = comparable(a, b)
    if pair is None:
        return None
    qa, qb = pair
    allowed = rule.tolerance * max(abs(qa.value), abs(qb.value)) if rule.relative else rule.tolerance
    gap = abs(qa.value - qb.value)
    what = f"{rule.tolerance * 100:g}%" if rule.relative else fmt(rule.tolerance)
    if gap <= allowed:
        return Relation("agree", f"{a.text} and {b.text} are within the {what} tolerance")
    return Relation("contradiction", f"{a.text} and {b.text} differ by {fmt(gap)}, more than the {what} tolerance")
