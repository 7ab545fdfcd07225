"""age: ages compared as birth windows, so that time can explain a difference.

Age N on date D means a birth date in (D - N - 1 years, D - N years]. Two
ages agree when they are equal; when they differ but their windows
intersect, the difference is explained by a birthday between the two
publication dates (verdict ``time-explained``); disjoint windows contradict.
Without publication dates ages are compared as plain numbers.
"""

from __future__ import annotations

import datetime as dt

from .base import Relation


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def birth_window(age: int, published: dt.date) -> tuple[dt.date, dt.date]:
    """Earliest and latest possible birth dates (inclusive) for `age` on `published`."""
    return _years_before(published, age + 1) + dt.timedelta(days=1), _years_before(published, age)


def compare_age(a, b, rule) -> Relation | None:
    """Compare two ages, using publication dates when both have one."""
    if a.quantity is None or b.quantity is None:
        return None
    qa, qb = a.quantity, b.quantity
    if qa.low != qa.high or qb.low != qb.high:  # "in his 60s"
        if max(qa.low, qb.low) <= min(qa.high, qb.high):
            return Relation("agree", f"{a.text} and {b.text} overlap")
        return Relation("contradiction", f"{a.text} and {b.text} do not overlap")
    if qa.value == qb.value and (a.published is None or b.published is None or a.published == b.published):
        return Relation("agree", f"both give {int(qa.value)}")
    if a.published is None or b.published is None:
        return Relation("contradiction", f"{int(qa.value)} and {int(qb.value)} differ and a publication date is missing, so time cannot explain it")
    if a.published > b.published:
        a, b, qa, qb = b, a, qb, qa
    first_a, last_a = birth_window(int(qa.value), a.published)
    first_b, last_b = birth_window(int(qb.value), b.published)
    first, last = max(first_a, first_b), min(last_a, last_b)
    if first > last:
        if qa.value == qb.value:
            return Relation("contradiction", f"age {int(qa.value)} on both {a.published} and {b.published} allows no common birth date")
        return Relation("contradiction", f"age {int(qa.value)} on {a.published} and age {int(qb.value)} on {b.published} allow no common birth date")
    if qa.value == qb.value:
        return Relation("agree", f"both give {int(qa.value)}, consistent with a birth between {_day(first)} and {_day(last)}")
    return Relation(
        "time-explained",
        f"consistent if born between {_day(first)} and {_day(last)} "
        f"(a birthday between {a.published} and {b.published})",
    )
