"""Find a document's publication date in metadata values or a dateline.

The order every reader follows is in :func:`choose_published`: the file's own
metadata, then a dateline in the text, then the sources manifest, then
``--published``.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")]
    )
    for m in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_LEAD = r"^\s*(?:published|posted|updated|date)\s*(?:on|:)?\s*" + _WEEKDAY
_DATELINE = [
    # Published Jan 4, 2026 9:00 AM EST / Updated: 4 January 2026 / Updated: 2025-06-13
    re.compile(_LEAD + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})", re.I),
    re.compile(_LEAD + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I),
    re.compile(_LEAD + r"(?P<iso>\d{4}-\d{1,2}-\d{1,2})", re.I),
    # WASHINGTON, June 13 (Reuters) - / June 13, 2025 (Wire Service) —
    re.compile(r"^\s*(?:[A-Z][A-Za-z.'\u2019/ -]{0,40},\s+)?(?i:" + _MONTH + r")\s+(?P<day>\d{1,2})"
               r"(?:,?\s+(?P<year>\d{4}))?\s*\([^()\n]{1,40}\)\s*[-\u2013\u2014]"),
]
_MAX_DATELINE_LINES = 25
_MAX_DATELINE_CHARS = 300  # a dateline is short; longer lines are only looked at up to here


def coerce_date(value) -> dt.date | None:
    """Turn a metadata value (a date, a datetime, or a string naming one day) into a date, or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        value = value[:_MAX_DATELINE_CHARS]
        words = re.match(r"^\s*" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})", value, re.I) or \
            re.match(r"^\s*" + _WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})", value, re.I)
        if words:
            return _date(int(words["year"]), _MONTHS[words["month"].lower()], int(words["day"]))
        match = _ISO.match(value.strip())
        if match:
            return _date(int(match["y"]), int(match["m"]), int(match["d"]))
        return _other_date(value)
    return None


# "04/01/2026": April 1 or 4 January; the order cannot be told, so it is no date.
_DAY_MONTH_UNCLEAR = re.compile(r"\s*(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-]\d{2,4}\b")


def _other_date(value: str) -> dt.date | None:
    """A metadata date written another way ("Tue, 04 Jan 2026 09:00:00 GMT", "4 janvier 2026"), by dateparser.

    Only absolute dates with a day, month and year count: "soon", "yesterday"
    and "Jan 2026" are no date, nor is a numeric date whose day and month
    could be either way round.
    """
    unclear = _DAY_MONTH_UNCLEAR.match(value)
    if unclear and unclear["a"] != unclear["b"] and int(unclear["a"]) <= 12 and int(unclear["b"]) <= 12:
        return None
    import dateparser  # noqa: PLC0415 - slow import, needed only for dates written in no form read above

    parsed = dateparser.parse(value, settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["custom-formats", "absolute-time"]})
    return parsed.date() if parsed else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _head_lines(text: str):
    """The first lines of `text`, each cut to a dateline's length, without splitting all of it."""
    start = 0
    for _ in range(_MAX_DATELINE_LINES):
        if start > len(text) or (start == len(text) and start):
            return
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield text[start:min(end, start + _MAX_DATELINE_CHARS)]
        start = end + 1


def find_dateline(text: str, year_hint: dt.date | None = None) -> dt.date | None:
    """Look for a "Published ..." / "date: ..." / "June 13 (Reuters) -" line near the top of a text.

    A wire dateline without a year ("June 13 (Reuters) -") takes the year that
    puts it nearest to `year_hint` (the manifest or ``--published`` date); with
    no hint it is passed over.
    """
    for line in _head_lines(text):
        for pattern in _DATELINE:
            match = pattern.match(line)
            if not match:
                continue
            groups = match.groupdict()
            if groups.get("iso"):
                return coerce_date(groups["iso"])
            month, day = _MONTHS[groups["month"].lower().rstrip(".")], int(groups["day"])
            if groups.get("year"):
                return _date(int(groups["year"]), month, day)
            if year_hint is not None:
                return _nearest(month, day, year_hint)
    return None


def _nearest(month: int, day: int, hint: dt.date) -> dt.date | None:
    candidates = [d for year in (hint.year - 1, hint.year, hint.year + 1) if (d := _date(year, month, day))]
    return min(candidates, key=lambda d: abs((d - hint).days)) if candidates else None


def choose_published(
    own: dt.date | None, own_from: str | None, text: str,
    listed: dt.date | None, fallback: dt.date | None,
) -> tuple[dt.date | None, str | None]:
    """(date, where from) in the fixed order: own metadata, dateline, manifest, ``--published``."""
    if own is not None:
        return own, own_from
    found = find_dateline(text, year_hint=listed or fallback)
    if found is not None:
        return found, "dateline"
    if listed is not None:
        return listed, "manifest"
    if fallback is not None:
        return fallback, "--published"
    return None, None
