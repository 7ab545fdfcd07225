"""growing: figures that only rise over time, such as death tolls and running totals."""

from __future__ import annotations

from .base import Relation, comparable, interval_text, overlaps


def compare_growing(a, b, rule) -> Relation | None:
    """Agree when the intervals intersect; time-explained when the later source reports more.

    A death toll of 312 on 6 March and 340 on 10 March is an update, not a
    conflict. A later, lower figure, or two different figures published the
    same day (or without dates), is a contradiction.
    """
    pair = comparable(a, b)
    if pair is None:
        return None
    qa, qb = pair
    shown = f"{a.text} {interval_text(qa)} and {b.text} {interval_text(qb)}"
    if overlaps(qa, qb):
        return Relation("agree", f"{shown} overlap")
    if a.published and b.published and a.published != b.published:
        (early, q_early), (late, q_late) = sorted([(a, qa), (b, qb)], key=lambda p: p[0].published)
        if q_late.low is not None and q_early.high is not None and q_late.low > q_early.high:
            return Relation("time-explained", f"{late.text} on {late.published} is higher than {early.text} on "
                                              f"{early.published}: the figure rose between the reports")
        return Relation("contradiction", f"{late.text} on {late.published} is lower than {early.text} on "
                                         f"{early.published}, though the figure can only rise")
    return Relation("contradiction", f"{shown} do not overlap")
