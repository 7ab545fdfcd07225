"""What every comparison returns, and the unit handling they share."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Fact, Quantity, is_measure

# Durations are compared in days.
DAYS = {"year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400,
        "quarter": 91.3125}
VERDICT_RANK = {"agree": 0, "time-explained": 1, "rounding": 2, "contradiction": 3}


@dataclass(frozen=True, slots=True)
class Relation:
    """How two facts relate."""

    verdict: str
    """agree, rounding, time-explained or contradiction."""
    explanation: str
    """One line a reader can check by hand."""


def comparable(a: Fact, b: Fact) -> tuple[Quantity, Quantity] | None:
    """Both quantities in one unit, or None when units differ (no comparison)."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None:
        return None
    if qa.unit == qb.unit or (qa.kind == qb.kind == "count" and not is_measure(qa.unit) and not is_measure(qb.unit)):
        # NOTE: counts on one subject are compared whatever the noun ("600 roles", "600 jobs"):
        # the attribute already says what is counted.
        return qa, qb
    if qa.kind == qb.kind == "duration" and qa.unit in DAYS and qb.unit in DAYS:
        return _scaled(qa, DAYS[qa.unit]), _scaled(qb, DAYS[qb.unit])
    return None


def _scaled(q: Quantity, factor: float) -> Quantity:
    return Quantity(q.kind, "day", q.value * factor, q.low * factor, q.high * factor, q.step * factor, q.qualifier)


def _closed(q: Quantity) -> tuple[bool, bool]:
    """Whether the interval includes its low and high ends.

    Precision intervals are half-open ("$14 billion" is [13.5, 14.5) bn);
    "more than" and "fewer than" exclude their number; "at least" and "up to"
    include it; exact values and approximations are closed.
    """
    if q.low == q.high:
        return True, True
    return {
        None: (True, False), "more-than": (False, True), "less-than": (True, False),
    }.get(q.qualifier, (True, True)) if q.step or q.qualifier else (True, True)


def _contains(q: Quantity, point: float) -> bool:
    low_closed, high_closed = _closed(q)
    above = q.low < point or (low_closed and q.low == point)
    below = point < q.high or (high_closed and q.high == point)
    return above and below


def overlaps(qa: Quantity, qb: Quantity) -> bool:
    """The intervals share more than an excluded end point."""
    low, high = max(qa.low, qb.low), min(qa.high, qb.high)
    if low < high:
        return True
    return low == high and _contains(qa, low) and _contains(qb, low)


def fmt(number: float) -> str:
    """A compact rendering of a number for explanations."""
    if math.isinf(number):
        return "unbounded" if number > 0 else "-unbounded"
    for scale, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(number) >= scale:
            return f"{number / scale:.4g}{word}"
    return f"{number:.6g}"


def interval_text(q: Quantity) -> str:
    """"[low, high]" with units left to the caller."""
    return f"[{fmt(q.low)}, {fmt(q.high)}]"
