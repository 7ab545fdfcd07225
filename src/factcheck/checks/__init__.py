"""Comparison kinds: a small, closed vocabulary of pure functions.

Each takes two facts and the rule and returns a :class:`Relation`, or None
when the two cannot be compared (different units, unresolved dates).
"""

from __future__ import annotations

from collections.abc import Callable

from .age import compare_age
from .base import Relation
from .date import compare_date
from .exact import compare_exact
from .growing import compare_growing
from .interval import compare_interval
from .rounding import compare_rounding
from .tolerance import compare_tolerance

COMPARISONS: dict[str, Callable] = {
    "exact": compare_exact,
    "interval": compare_interval,
    "growing": compare_growing,
    "rounding": compare_rounding,
    "tolerance": compare_tolerance,
    "age": compare_age,
    "date": compare_date,
}

__all__ = ["COMPARISONS", "Relation"]
