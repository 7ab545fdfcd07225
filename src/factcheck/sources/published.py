"""Find a document's publication date in metadata values or a dateline."""

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
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_DATELINE = [
    # Published Jan 4, 2026 9:00 AM EST / Updated: 4 January 2026
    re.compile(r"^\s*(?:published|posted|updated|date)\s*(?:on|:)?\s*" + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})", re.I),
    re.compile(r"^\s*(?:published|posted|updated|date)\s*(?:on|:)?\s*(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I),
    re.compile(r"^\s*(?:published|posted|updated|date)\s*(?:on|:)?\s*(?P<iso>\d{4}-\d{1,2}-\d{1,2})", re.I),
]
_MAX_DATELINE_LINES = 25


def coerce_date(value) -> dt.date | None:
    """Turn a metadata value (date, datetime, or ISO-like string) into a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        words = re.match(r"^\s*" + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})", value, re.I) or \
            re.match(r"^\s*(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})", value, re.I)
        if words:
            try:
                return dt.date(int(words["year"]), _MONTHS[words["month"].lower()], int(words["day"]))
            except (ValueError, KeyError):
                return None
        match = _ISO.match(value.strip())
        if match:
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                return None
    return None


def find_dateline(text: str) -> dt.date | None:
    """Look for a "Published ..." or "date: ..." line near the top of a text."""
    for line in text.splitlines()[:_MAX_DATELINE_LINES]:
        for pattern in _DATELINE:
            match = pattern.match(line)
            if not match:
                continue
            groups = match.groupdict()
            if groups.get("iso"):
                return coerce_date(groups["iso"])
            month = _MONTHS[groups["month"].lower()]
            try:
                return dt.date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                return None
    return None
