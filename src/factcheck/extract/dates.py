"""Date mentions: absolute, fuzzy and relative, resolved to calendar spans.

A deterministic grammar finds candidate spans; each becomes a
:class:`~factcheck.model.DateSpan`. Relative expressions are resolved
against the document's publication date and keep the resolution chain; with
no publication date they stay unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..model import DateSpan

MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}
ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
MODS = {"early": "early", "mid": "mid", "mid-": "mid", "middle of": "mid", "late": "late",
        "the end of": "late", "end of": "late", "the start of": "early", "the beginning of": "early",
        "the middle of": "mid", "start of": "early", "beginning of": "early",
        # "the first week of July", "the last week of May": the nearest third of the month
        **{f"{the}{which} week of": mod for the in ("the ", "") for which, mod in (
            ("first", "early"), ("second", "early"), ("third", "mid"), ("fourth", "late"), ("last", "late"), ("final", "late"))}}


def _first_three(words) -> str:
    """A lookahead on the first three letters of `words`, a class for each: "(?=[jf][ae][nb])".

    In front of an alternation of `words` it is a necessary condition: a word that cannot start one fails
    after three character tests instead of trying every alternative in turn. Under re.I a class matches
    what its letters do as literals ("ſ" and the Kelvin sign included).
    """
    return "(?=" + "".join(f"[{''.join(map(re.escape, sorted(set(column))))}]" for column in zip(*(w[:3] for w in words))) + ")"


_month = _first_three(MONTH_NAMES) + r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)(?![\w])"
_mod = _first_three(MODS) + r"(?:early|mid-?|late|(?:the\s)?(?:end|start|beginning|middle|(?:first|second|third|fourth|last|final)\sweek)\sof)"
_year = r"(?:19|20)\d\d"
# With a day or a month name beside it, a year of any century: "4 July 1776", "December 1891".
_full_year = r"(?:1\d|20)\d\d"
_day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
ORDINAL_DAYS = {w: n for n, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth"), start=1)}
ORDINAL_DAYS.update({f"twenty{sep}{w}": 20 + n for w, n in list(ORDINAL_DAYS.items())[:9] for sep in ("-", " ")})
ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
# A day of the month in words ("the fourth of July", "May twenty-first"), never part of a longer word
# ("May second-quarter sales").
_word_day = _first_three(ORDINAL_DAYS) + "(?:" + "|".join(w.replace(" ", r"\s") for w in sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")(?![\w-])"
# A day in figures or in words after a month name: "May 4", "May the 4th", "Jan first".
_month_day = rf"(?:the\s)?(?:{_day}\b|{_word_day}(?!\s[a-z]))"  # not "since March first responders"
_prep = r"(?:in|on|since|until|till|by|during|from|through|before|after|of|between|and|to|last|this|next|early|mid-?|late|that|each|every)"
_season = _first_three(SEASONS) + r"(?:spring|summer|autumn|fall|winter)"
# "Tues", "Weds", "Thurs": the short forms no other word shares ("Sun", "Sat" and "Mon" are left alone)
_weekday = _first_three(WEEKDAYS) + r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs)"
# "the coming week", "this upcoming month": the next one (but "he was coming Monday" is Monday)
_which = _first_three(("last", "this", "next", "earlier", "later", "past", "coming", "upcoming")) \
    + r"(?:last|this|next|earlier\sthis|later\sthis|past|(?:(?<=the\s)|(?<=this\s))(?:coming|upcoming))"
_day_word = _first_three(("yesterday", "today", "tomorrow")) + r"(?:yesterday|today|tomorrow)"
# "a" and "an" are shorter than three letters: a digit, or a first letter and the second character.
_count = r"(?=\d|[aotfsen][\snwhoie])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"

_WEEKDAY_STEMS = [w[:3] for w in WEEKDAYS]


def weekday_number(word: str) -> int:
    """Monday 0 to Sunday 6, from a weekday's name or its short form ("Tues", "Thurs")."""
    return _WEEKDAY_STEMS.index(word[:3].lower())


PATTERN = re.compile(
    rf"""
    (?<![\w])   # NOTE: every date starts at a word start; this makes the scan skip mid-word positions fast
    (?=[\dabcdefhjlmnopqrstuwy])   # the characters the alternatives below start with
    (?:
      # NOTE: alternatives are tried in order and the first that matches wins. Those that start with a digit
      # and those that start with a letter never match at the same place, so each set is tried only where
      # it can match, in its own order. Where "ago" matches ("two weeks ago", "3 days ago": a number word,
      # or one or two digits, then a space) no other alternative can, so its place among them is free.
      (?=\d)(?:
        (?P<iso>\b{_year}-[01]\d-[0-3]\d\b)
      | (?P<slashed>\b(?P<sl_a>\d{{1,4}})[/.-](?P<sl_b>[01]?\d|[23]\d)[/.-](?P<sl_c>\d{{4}}|\d{{1,2}})\b(?![/.-]\d))
      | (?P<nummonth>\b(?:(?:0?[1-9]|1[0-2])/{_year}|{_year}[/-](?:0?[1-9]|1[0-2]))\b(?![/.-]\d))
      | (?P<dmy>\b{_day}(?:\s(?:of\s)?|-){_month}(?:,?\s|-){_full_year}\b)
      | (?P<daymonth>(?<![$\u20ac\u00a3\u00a5])\b{_day}(?:\s(?:of\s)?|-){_month}\b(?!,?\s?(?:{_year}|\d)))
      | (?P<year>\b(?P<b_y>{_year}|1[6-8]\d\d(?!\s(?!as\b|is\b|was\b|has\b|its\b|his\b|this\b)[a-z]+s\b))\b(?![-/.]\d))
      )
    | (?P<ago>\b(?P<n>{_count})\s(?P<unit>day|week|month|year|decade)s?\sago\b)
    | (?!\d)(?:
        (?P<mdy>\b(?:{_weekday},?\s)?(?P<mdy_d>{_month}(?:\s{_month_day}|[-/]{_day}\b)(?:[-\u2013](?P<mdy_to>[0-3]?\d)\b)?,?\s{_full_year})\b)
      | (?P<wordday>\b(?:the\s)?{_word_day}\sof\s{_month}(?:,?\s{_full_year}\b)?)
      | (?P<nthwd>\bthe\s(?:first|second|third|fourth|last)\s{_weekday}\s(?:of|in)\s{_month}(?:,?\s{_full_year}\b)?)
      | (?P<wdmy>\b{_weekday},?\s(?P<wdmy_d>{_day}\s(?:of\s)?{_month},?\s{_full_year})\b)
      | (?P<quarter>\bQ(?P<q>[1-4])\s(?P<qy>{_year})\b|\bthe\s(?P<qord>first|second|third|fourth)\squarter\sof\s(?P<qoy>{_year})\b)
      | (?P<half>\bH(?P<hn>[12])\s(?P<hy>{_year})\b|\bthe\s(?P<hord>first|second)\shalf\sof\s(?P<hoy>{_year})\b)
      | (?P<relquarter>\bthe\s(?P<rqord>first|second|third|fourth)\squarter\b(?!\sof\b|-)|\bQ(?P<rqn>[1-4])\b(?![\s/-]?\d))
      | (?P<rest>\b(?:the\s)?rest\sof\s(?:the|this|my|our)\s(?P<rest_w>week|month|quarter|year)\b)
      | (?P<afternext>\bthe\s(?P<an_w>week|weekend|month|year)\safter\snext\b)
      | (?P<ytd>\b(?:the\s)?year[\s-]to[\s-]date\b)
      | (?P<day2>\bthe\sday\s(?P<d2>before\syesterday|after\stomorrow)\b)
      | (?P<thepart>\b(?P<tmod>{_mod})\sthe\s(?P<twhat>year|month)\b)
      | (?P<monthyear>(?:(?P<mmod>{_mod})\s)?\b(?P<my_m>{_month}),?\s(?:of\s)?(?P<my_y>{_full_year})\b)
      | (?P<season>(?:(?P<smod>{_mod})\s|\bthe\s(?={_season}\sof\s))?\b(?P<s_s>{_season})\s(?:of\s)?(?P<s_y>{_full_year})\b)
      | (?P<decade>\bthe\s(?P<dec>(?:19|20)\d0)'?s\b)
      | (?P<decade2>\bthe\s(?:'?[013-9]0'?s|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)\b)
      | (?P<modyear>(?P<ymod>{_mod})[\s-]?(?P<y_y>{_year})\b)
      | (?P<anaph>\b(?:that|the\s(?P<ana_w>same|following|previous|preceding|prior))\s(?P<ana_u>year|month)\b(?![\w-]|\s(?:of|before|after|to)\b)
                  |\bthe\s(?P<ana_u2>year|month)\s(?P<ana_dir>before|after|earlier|later)\b(?!\slast\b))
      | (?P<rel>\b(?:(?P<rmod>{_mod})\s)?(?P<which>{_which})\s(?P<what>week|weekend|month|year|quarter|decade|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|{_month})\b)
      | (?P<day>\b{_day_word}\b)
      | (?P<monthday>\b(?:{_weekday},?\s)?(?P<md>{_month}(?:\s{_month_day}|[-/][0-3]?\d\b))(?:[-\u2013](?P<md_to>[0-3]?\d))?\b(?!,?\s(?:{_full_year}|\d)))
      | (?P<wdaymonth>\b{_weekday},?\s(?P<dm>{_day}\s(?:of\s)?{_month})\b(?!,?\s?(?:{_full_year}|\d)))
      | (?P<wdthe>\b(?P<wdt_w>{_weekday})\sthe\s(?P<wdt_d>[0-3]?\d)(?:st|nd|rd|th)\b)
      | (?P<weekday>\b{_weekday}\b)
      | (?P<weekend>\bthe\sweekend\b)
      | (?P<theday>\bthe\s(?P<td>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s(?:of\s)?{_month}|[\w-]|\s(?!(?:and|or|to|at|when|if|but|after|before|until)\b)[a-z]))
      | (?P<month>(?:(?P<bmod>{_mod})\s?)?\b(?P<b_m>{_month})(?!\s?(?:{_year}|\d)))
      | (?P<bseason>(?:(?P<bsmod>{_mod})\s)?\b(?:the\s)?(?P<bs_s>{_season})\b(?![\w-]|\s(?:of|and|or)\b|,?\s?(?:{_full_year}|\d)))
      )
    )
    """,
    re.X | re.I,
)
# Bare month names need a preposition before them ("in May", not "he may"); so do seasons ("in the spring", "over the
# summer", not "a spring" of water or "the fall of the government", which "of" after it rules out).
_SEASON_BEFORE = re.compile(r"\b(?:in|over|during|through|throughout|by|until|till|since|before|after|from|for|this\spast)\s$", re.I)
# "set for the 27th", "over the weekend": a day of the month and a weekend alone are dates after these words only.
_THE_DAY_BEFORE = re.compile(r"\b(?:on|for|by|until|till|from|since|before|after|to|and|through|over|at|during|across|throughout)\s$", re.I)
_PREP_BEFORE = re.compile(rf"\b{_prep}\s$|mid-$", re.I)
# "founded 1951", "established 1888": a year right after the verb of an event, as lists write it.
_EVENT_VERB_BEFORE = re.compile(r"\b(?:founded|established|formed|incorporated|opened|built|born|died):?\s$", re.I)
# "revenue of $11.3 billion for 2025", but not "for 2000 workers"
_FOR_BEFORE = re.compile(r"\bfor\s$", re.I)
_COUNTED_AFTER = re.compile(r"\s(?!(?:and|or|of|to|was|were|is|are|will|would|as|at|in|on|from|by|than|with|rose|fell|grew)\b)"
                            r"[a-z]")
# "the 2009 earthquake", "its 2024 revenue": a year used as an adjective.
DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s$", re.I)
# "will", "is due to", and a present-tense scheduling verb before the date ("starts in September", "due in shops on").
FUTURE = re.compile(r"\b(?:will|'ll|shall|is\s(?:expected|set|scheduled|due|slated)\sto|are\s(?:expected|set|scheduled|due)\sto|(?:is|are)\s(?:set|scheduled|slated)\sfor|plans?\sto|upcoming|next"
                    # "expects to open the plant in April", "projects 90 cases before it ends, most likely in April"
                    r"|(?:expects?|aims?|intends?|hopes?|likely)\sto|most\slikely|(?:projects|forecasts|predicts)\s(?:that\s|a\s|an\s|the\s|about\s|around\s|between\s|up\sto\s|\d)"
                    r"|(?:starts|begins|opens|arrives|joins|leaves|retires|departs|steps\sdown|takes\s(?:over|office|up)|goes\son\ssale)"
                    r"\s(?:in|on|at\sthe\s(?:end|start|beginning)\sof|at(?=\s*$)|(?=" + _day + r"\s" + _month + r"|" + _month + r"\s" + _day + r"\b))"
                    r"|due(?:\sin\s\w+|\sout|\sback)?\s(?:in|on|by)|becomes\s(?:[\w-]+\s){1,4}?(?:on|in|from)|(?:stays|remains)\suntil)\b", re.I)  # "leaves 30 June"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text."""

    start: int
    end: int
    text: str
    span: DateSpan


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int, mod: str | None) -> tuple[dt.date, dt.date]:
    months = {None: (1, 12), "early": (1, 4), "mid": (5, 8), "late": (9, 12)}[mod]
    return dt.date(year, months[0], 1), _month_span(year, months[1])[1]


def _month_mod(year: int, month: int, mod: str | None) -> tuple[dt.date, dt.date]:
    first, last = _month_span(year, month)
    days = {None: (1, last.day), "early": (1, 10), "mid": (11, 20), "late": (21, last.day)}[mod]
    return dt.date(year, month, days[0]), dt.date(year, month, days[1])


def _season_span(year: int, season: str) -> tuple[dt.date, dt.date]:
    first, last = SEASONS[season]
    if season == "winter":
        return dt.date(year, 12, 1), _month_span(year + 1, 2)[1]
    return dt.date(year, first, 1), _month_span(year, last)[1]


def _norm_mod(text: str | None) -> str | None:
    if not text:
        return None
    return MODS.get(re.sub(r"\s+", " ", text.lower()).strip())


def _month_number(text: str) -> int:
    return MONTH_NAMES[text.lower().rstrip(".")]


_MONTH_WORD = re.compile(_month, re.I)
_NTH_WEEKDAY = re.compile(rf"the\s(first|second|third|fourth|last)\s({_weekday})\s(?:of|in)\s({_month})", re.I)
_YEAR_AT_END = re.compile(r"[,\s-]*(\d{4})$")


def _month_and_day(text: str) -> tuple[int, int]:
    """Month and day of a month name written with a day in figures or words, either way round ("June 30", "30th of
    June", "May the fourth", "28-Nov"). Raises ValueError when no day is there."""
    m = _MONTH_WORD.search(text)
    if m is None:
        raise ValueError(f"no month in {text!r}")
    rest = " ".join(re.sub(r"\b(?:the|of)\b|[,/]", " ", text[:m.start()] + " " + text[m.end():]).split()).strip(" -")
    digits = re.match(r"(\d+)(?:st|nd|rd|th)?$", rest)
    day = int(digits[1]) if digits else ORDINAL_DAYS.get(rest.lower())
    if day is None:
        raise ValueError(f"no day in {text!r}")
    return _month_number(m[0]), day


def parse_day(text: str) -> dt.date | None:
    """The day of a span the grammar matched as one ("Jan 4, 2026", "4th of July 2025", "1-Jan-2025"); None for no
    such day.

    The grammar fixes the shape (day, month name, year in either order), so the
    parts are read directly; "April 31, 2025" is None, not a guess.
    """
    text = text.strip()
    year = _YEAR_AT_END.search(text)
    if year is None:
        return None
    try:
        month, day = _month_and_day(text[:year.start()])
        return dt.date(int(year[1]), month, day)
    except ValueError:
        return None


def _slashed_day(a: str, b: int, c: str, sep: str = "/") -> dt.date | None:
    """The day of "2015/08/12", "02/22/2016", "22/02/2016", "18.09.2015" or "21/04/16"; None where day and month could
    be either way round ("04/05/2026") or where there is no such day.

    With dots or dashes the year is one of 1800-2099 and the first part at most two figures ("020-12-1234" is a
    telephone number); a two-figure year takes slashes or dashes and is 2000-2049 or 1950-1999.
    """
    first, last = int(a), int(c)
    try:
        if first >= 1000:  # the year first: "2015/08/12", "2015-8-12"
            return dt.date(first, b, last) if len(a) == 4 and len(c) <= 2 else None
        if len(c) == 2 and sep != ".":
            year = last + (2000 if last < 50 else 1900)
        elif len(c) == 4 and (1000 if sep == "/" else 1800) <= last <= 2099:
            year = last
        else:
            return None
        if len(a) > 2 or first > 31:
            return None
        if first > 12 and b <= 12:
            return dt.date(year, b, first)
        if b > 12 and first <= 12:
            return dt.date(year, first, b)
        return dt.date(year, first, b) if first == b else None
    except ValueError:
        return None


DECADE_WORDS = {"thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
                "nineties": 90, "noughties": 0}


def _nth_weekday(year: int, month: int, nth: str, weekday: str) -> dt.date | None:
    """"The first Tuesday of November", "the last Friday in May" of `year`; None for a fifth one that is not there."""
    target = weekday_number(weekday)
    if nth.lower() == "last":
        last = _month_span(year, month)[1]
        return last - dt.timedelta(days=(last.weekday() - target) % 7)
    first = dt.date(year, month, 1)
    first += dt.timedelta(days=(target - first.weekday()) % 7)
    day = first + dt.timedelta(weeks=ORDINAL_QUARTERS[nth.lower()] - 1)
    return day if day.month == month else None


def _nearest_month(month: int, published: dt.date, future: bool) -> int:
    """Year of a bare month: the latest one not after publication (earliest not before, if future)."""
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _nearest_day(day_of_month: int, published: dt.date, future: bool, weekday: int | None = None) -> dt.date:
    """The day `day_of_month` (of a month within three of publication, on `weekday` if given) nearest publication, on
    the tense's side first. Raises ValueError when no month has it."""
    index = published.year * 12 + published.month - 1
    days = []
    for month_index in range(index - 3, index + 4):
        try:
            days.append(dt.date(month_index // 12, month_index % 12 + 1, day_of_month))
        except ValueError:
            continue
    days = [d for d in days if weekday is None or d.weekday() == weekday]
    days = [d for d in days if (d > published) == future] or days  # the tense's side first, else the nearest
    if not days:
        raise ValueError(f"no day {day_of_month} near {published}")
    return min(days, key=lambda d: abs((d - published).days))


def _resolve_relative(m: re.Match, published: dt.date, future: bool) -> tuple[dt.date, dt.date, str, str | None]:
    """Return (start, end, granularity, mod) for relative expressions."""
    g = m.groupdict()
    if g["day"] or g["day2"]:
        delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["day"].lower()] if g["day"] else \
            (-2 if g["d2"].lower().startswith("before") else 2)
        day = published + dt.timedelta(days=delta)
        return day, day, "day", None
    if g["wdthe"]:  # "Wednesday the 27th": the 27th nearest publication that is a Wednesday, on the tense's side if any
        day = _nearest_day(int(g["wdt_d"]), published, future, weekday_number(g["wdt_w"]))
        return day, day, "day", None
    if g["theday"]:  # "set for the 27th": the 27th nearest publication, on the tense's side if any
        day = _nearest_day(int(g["td"]), published, future)
        return day, day, "day", None
    if g["weekend"]:  # "over the weekend": the last one before publication, or the next one if future
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)  # this one, or today if a Saturday
        if not future and saturday >= published:
            saturday -= dt.timedelta(weeks=1)
        return saturday, saturday + dt.timedelta(days=1), "day", None
    if g["weekday"]:
        target = weekday_number(g["weekday"])
        if future:
            ahead = (target - published.weekday()) % 7 or 7
            day = published + dt.timedelta(days=ahead)
        else:
            back = (published.weekday() - target) % 7 or 7
            day = published - dt.timedelta(days=back)
        return day, day, "day", None
    if g["thepart"]:  # "by the end of the year": of the year of publication
        mod = _norm_mod(g["tmod"])
        if g["twhat"].lower() == "year":
            return (*_year_span(published.year, mod), "year", mod)
        return (*_month_mod(published.year, published.month, mod), "month", mod)
    if g["rest"]:  # "for the rest of the year": from publication to the end of its year (month, week, quarter)
        what = g["rest_w"].lower()
        if what == "week":
            return published, published + dt.timedelta(days=6 - published.weekday()), "day", None
        if what == "month":
            return published, _month_span(published.year, published.month)[1], "day", None
        if what == "quarter":
            return published, _month_span(published.year, 3 * ((published.month - 1) // 3) + 3)[1], "day", None
        return published, dt.date(published.year, 12, 31), "day", None
    if g["ytd"]:  # "down 20% in the year to date": from January 1 to publication
        return dt.date(published.year, 1, 1), published, "day", None
    if g["relquarter"]:  # "the second quarter", "Q2": the latest one begun by publication (the next one, if future)
        q = int(g["rqn"]) if g["rqn"] else ORDINAL_QUARTERS[g["rqord"].lower()]
        if future:
            year = published.year if 3 * q >= published.month else published.year + 1
        else:
            year = published.year if 3 * q - 2 <= published.month else published.year - 1
        return dt.date(year, 3 * q - 2, 1), _month_span(year, 3 * q)[1], "quarter", None
    if g["ago"]:
        n = NUMBER_WORDS.get(g["n"].lower()) if not g["n"].isdigit() else int(g["n"])
        unit = g["unit"].lower()
        if n is None:
            raise ValueError("vague count")
        if unit == "day":
            day = published - dt.timedelta(days=n)
            return day, day, "day", None
        if unit == "week":
            day = published - dt.timedelta(weeks=n)
            monday = day - dt.timedelta(days=day.weekday())
            return monday, monday + dt.timedelta(days=6), "week", None
        if unit == "month":
            index = published.year * 12 + published.month - 1 - n
            return (*_month_span(index // 12, index % 12 + 1), "month", None)
        years = n * (10 if unit == "decade" else 1)
        return (*_year_span(published.year - years, None), "year", None)
    if g["nthwd"]:  # "the first Tuesday of November": in the nearest such month, on the tense's side
        nth, weekday, month = _NTH_WEEKDAY.match(g["nthwd"]).group(1, 2, 3)
        month = _month_number(month)
        day = _nth_weekday(_nearest_month(month, published, future), month, nth, weekday)
        if day is None:
            raise ValueError(f"no {g['nthwd']}")
        return day, day, "day", None
    if g["monthday"] or g["daymonth"] or g["wdaymonth"] or g["wordday"]:
        month, day = _month_and_day(g["md"] or g["daymonth"] or g["dm"] or g["wordday"])  # "June 30" / "30 June"
        year = _nearest_month(month, published, future)
        return _days_to(dt.date(year, month, day), g["md_to"] if g["monthday"] else None)
    if g["bseason"]:  # "in the spring": the latest one begun by publication, or the one not yet over if future
        season, mod = g["bs_s"].lower(), _norm_mod(g["bsmod"])
        years = [published.year - 1, published.year, published.year + 1]
        if future:
            year = next(y for y in years if _season_span(y, season)[1] >= published)
        else:
            year = [y for y in years if _season_span(y, season)[0] <= published][-1]
        start, end = _season_span(year, season)
        return start, end, "season", mod
    if g["month"]:
        month = _month_number(g["b_m"])
        year = _nearest_month(month, published, future)
        mod = _norm_mod(g["bmod"])
        return (*_month_mod(year, month, mod), "month", mod)
    which, what = ("after next", g["an_w"].lower()) if g["afternext"] else (g["which"].lower(), g["what"].lower())
    mod = _norm_mod(g["rmod"]) if g["rel"] else None
    shift = {"last": -1, "past": -1, "this": 0, "earlier this": 0, "later this": 0, "next": 1, "coming": 1, "upcoming": 1,
             "after next": 2}[which]
    if what == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        return monday, monday + dt.timedelta(days=6), "week", None
    if what == "weekend":  # the Saturday and Sunday of the week of publication, or of the week before or after
        saturday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift, days=5)
        return saturday, saturday + dt.timedelta(days=1), "day", None
    if what == "month":
        index = published.year * 12 + published.month - 1 + shift
        start, end = _month_mod(index // 12, index % 12 + 1, mod)
        if which == "earlier this":
            end = published
        return start, end, "month", mod
    if what == "year":
        start, end = _year_span(published.year + shift, mod)
        if which == "earlier this":
            end = published
        elif which == "later this":
            start = published
        return start, end, "year", mod
    if what == "decade":  # "this decade": the 2020s; "the past decade": the ten years to publication
        if shift == 0:
            first = published.year - published.year % 10
            return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", None
        if shift < 0:
            return _years_on(published, -10) + dt.timedelta(days=1), published, "decade", None
        return published, _years_on(published, 10) - dt.timedelta(days=1), "decade", None
    if what == "quarter":
        q = (published.month - 1) // 3 + shift
        year, q = published.year + q // 4, q % 4
        return dt.date(year, 3 * q + 1, 1), _month_span(year, 3 * q + 3)[1], "quarter", None
    if what in SEASONS:
        year = published.year + shift
        if shift < 0:  # the most recent such season that ended before publication
            year = published.year if _season_span(published.year, what)[1] < published else published.year - 1
            if what == "winter":
                year -= 1
        return (*_season_span(year, what), "season", None)
    if what in WEEKDAYS:
        target = WEEKDAYS.index(what)
        if shift < 0:
            day = published - dt.timedelta(days=(published.weekday() - target) % 7 or 7)
        else:
            day = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
        return day, day, "day", None
    month = _month_number(what)
    if shift < 0:
        year = published.year if month < published.month else published.year - 1
    elif shift > 0:
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year
    return (*_month_mod(year, month, mod), "month", mod)


def _years_on(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (earlier when negative); February 29 becomes February 28 in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _days_to(first: dt.date, last_day: str | None) -> tuple[dt.date, dt.date, str, None]:
    """The day `first`, or the days from it to `last_day` of its month ("November 19-20").

    Raises ValueError for days that are not a span of the month ("March 5-3", "June 29-31").
    """
    if last_day is None:
        return first, first, "day", None
    last = first.replace(day=int(last_day))
    if last <= first:
        raise ValueError(f"day {last_day} is not after {first.day}")
    return first, last, "day", None


def _absolute(m: re.Match) -> tuple[dt.date, dt.date, str, str | None] | None:
    g = m.groupdict()
    if g["iso"]:
        try:
            day = dt.date.fromisoformat(g["iso"])
        except ValueError:
            return None
        return day, day, "day", None
    if g["mdy"] or g["dmy"] or g["wdmy"]:
        written = re.sub(r"[-\u2013]\d+", "", g["mdy_d"]) if g["mdy_to"] else g["mdy_d"] or g["dmy"] or g["wdmy_d"]
        day = parse_day(written)  # "Tuesday, March 3, 2015": the date, its weekday aside
        try:
            return _days_to(day, g["mdy_to"]) if day else None
        except ValueError:
            return None
    if g["slashed"]:
        separators = m.string[m.end("sl_a")], m.string[m.end("sl_b")]
        day = _slashed_day(g["sl_a"], int(g["sl_b"]), g["sl_c"], separators[0]) if separators[0] == separators[1] else None
        return (day, day, "day", None) if day else None
    if g["nummonth"]:  # "11/2016", "2016-11"; not the seasons "2010-11" and "2009/10"
        first, second = re.split(r"[/-]", g["nummonth"])
        year, month = (int(first), int(second)) if len(first) == 4 else (int(second), int(first))
        if len(first) == 4 and month > year % 100:
            return None
        return (*_month_span(year, month), "month", None)
    if g["wordday"] or g["nthwd"]:  # "the fourth of July 1776", "the first Tuesday of November 2026"; without a year, relative
        written = g["wordday"] or g["nthwd"]
        year = _YEAR_AT_END.search(written)
        if year is None:
            return None
        if g["nthwd"]:
            nth, weekday, month = _NTH_WEEKDAY.match(written).group(1, 2, 3)
            day = _nth_weekday(int(year[1]), _month_number(month), nth, weekday)
        else:
            day = parse_day(written)
        return (day, day, "day", None) if day else None
    if g["decade2"]:  # "the '70s", "the 90's", "the seventies": 1930-1999 and the 2000s, 2010s ("the '20s" is either)
        word = g["decade2"].split()[-1].lower()
        start = DECADE_WORDS[word] if word in DECADE_WORDS else int(word.strip("'s"))
        start += 2000 if start < 20 else 1900
        return dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade", None
    if g["quarter"]:
        q = int(g["q"]) if g["q"] else ORDINAL_QUARTERS[g["qord"].lower()]
        year = int(g["qy"] or g["qoy"])
        return dt.date(year, 3 * q - 2, 1), _month_span(year, 3 * q)[1], "quarter", None
    if g["half"]:  # "the first half of 2029", "H2 2025"
        first = (int(g["hn"]) if g["hn"] else {"first": 1, "second": 2}[g["hord"].lower()]) == 1
        year = int(g["hy"] or g["hoy"])
        if first:
            return dt.date(year, 1, 1), dt.date(year, 6, 30), "half", None
        return dt.date(year, 7, 1), dt.date(year, 12, 31), "half", None
    if g["monthyear"]:
        mod = _norm_mod(g["mmod"])
        return (*_month_mod(int(g["my_y"]), _month_number(g["my_m"]), mod), "month", mod)
    if g["season"]:
        return (*_season_span(int(g["s_y"]), g["s_s"].lower()), "season", _norm_mod(g["smod"]))
    if g["decade"]:
        start = int(g["dec"])
        return dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade", None
    if g["modyear"]:
        mod = _norm_mod(g["ymod"].replace("-", "")) or _norm_mod(g["ymod"])
        return (*_year_span(int(g["y_y"]), mod), "year", mod)
    if g["year"]:
        year = int(g["b_y"] or g["c_y"])
        return (*_year_span(year, None), "year", None)
    return None


# A verb in the past tense: "started", "exploded", "was", "had", "said", "took".
# An "-ed" word after an article or a possessive is an adjective: "the combined group", "its planned listing".
_PAST = re.compile(r"\b(?:(?:was|were|had|did|said|took|made|went|came|left|began|rose|fell|grew|paid|sold|bought|won|lost)\b"
                   r"|(?P<before>\w+\s)?[a-z]{3,}ed\b)", re.I)
# After "be", "been" or "being" it is a participle, whatever the tense: "will be played on Friday" is future.
_ADJECTIVE_BEFORE = frozenset({"the ", "a ", "an ", "its ", "their ", "his ", "her ", "our ", "be ", "been ", "being "})


def _past_verbs(text: str, lo: int, hi: int):
    """The past-tense verbs in ``text[lo:hi]``, "-ed" adjectives left out."""
    return (p for p in _PAST.finditer(text, lo, hi) if (p["before"] or "").lower() not in _ADJECTIVE_BEFORE)

# Where a clause ends: "who started work on Monday, is paid ... and will receive": "will" is another clause's.
_CLAUSE_END = re.compile(r"[,;:!?\u2014]|\.(?:\s|$)")


def _clause_of(text: str, m: re.Match, sentence: str) -> str:
    """The words that tell the tense of the date `m`: the tense word nearest before it in its clause ("will" when it is
    a future one), else its clause, the one after it when the date opens the sentence alone ("On Monday, the company
    will ..."), else the whole sentence."""
    lo = max(0, m.start() - 200)
    start = max((at + len(mark) for mark in (",", ";", ":", "!", "?", "\u2014", ". ")
                 if (at := text.rfind(mark, lo, m.start())) != -1), default=lo)
    tail = _CLAUSE_END.search(text, m.end(), min(len(text), m.end() + 200))
    end = tail.start() if tail else min(len(text), m.end() + 200)
    if tail and not text[m.end():end].strip() and len(text[start:m.start()].split()) <= 2:
        after = _CLAUSE_END.search(text, tail.end(), min(len(text), tail.end() + 200))
        end = after.start() if after else min(len(text), tail.end() + 200)
    clause = text[start:end]
    if not clause.strip() or clause.strip() not in sentence:
        return sentence
    # the tense nearest before the date in its clause: "learned on Tuesday that 236 positions will disappear" is past,
    # "said he will leave on Monday" future
    markers = [(f.end(), "will") for f in FUTURE.finditer(text, start, m.start())] + \
              [(p.end(), "") for p in _past_verbs(text, start, m.start())]
    if markers:
        return max(markers)[1]
    # a clause with no tense of its own ("When Amara Quist takes over ... on September 1, she will find") takes the sentence's
    return clause if FUTURE.search(clause) or any(_past_verbs(text, start, end)) else sentence


# Month names that are also common lower-case words: written in lower case they are months only after "of"
# ("the 4th of march"); the others are months in either case ("on june 5").
_WORDLIKE_MONTHS = frozenset({"may", "march", "mar", "august"})
_TEMPERATURE_BEFORE = re.compile(r"\b(?:temperatures?|highs?|lows?|degrees?|readings?|thermometers?|mercury)\b[^.]*$", re.I)


def _month_written(text: str) -> bool:
    """Whether the month name in `text` (a match of the grammar) reads as a month: capitalised, or in lower case
    one that is no other word, or after "of"."""
    m = _MONTH_WORD.search(text)
    word = m[0]
    return word[0].isupper() or word.rstrip(".").lower() not in _WORDLIKE_MONTHS or text[:m.start()].endswith("of ")


# "the following year": one after the date the text gave last; "that year", "the same month": that date's own
ANAPHORIC_SHIFT = {"that": 0, "same": 0, "following": 1, "after": 1, "later": 1, "previous": -1, "preceding": -1,
                   "prior": -1, "before": -1, "earlier": -1}
# How far back, in characters, the date "that year" or "the following year" refers to may be
ANAPHORIC_REACH = 400


def _anaphoric(m: re.Match, found: list[DateMention], text: str) -> DateSpan | None:
    """The span of "that year", "the following year", "the month before": the year or month of the resolved date
    the text gave last, within the same paragraph and ANAPHORIC_REACH characters, moved by the words; None when there
    is no such date, or the last one is coarser than the unit ("the same month" after "in 2019")."""
    unit = (m.group("ana_u") or m.group("ana_u2")).lower()
    word = (m.group("ana_dir") or m.group("ana_w") or "that").lower()
    last = next((d for d in reversed(found) if d.end <= m.start()), None)
    if last is None or not last.span.resolved or m.start() - last.end > ANAPHORIC_REACH \
            or "\n\n" in text[last.end:m.start()]:
        return None
    if last.span.granularity not in (("day", "week", "month") if unit == "month" else
                                     ("day", "week", "month", "quarter", "season", "year")):
        return None
    shift = ANAPHORIC_SHIFT[word]
    if unit == "year":
        year = last.span.start.year + shift
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        label = str(year)
    else:
        index = last.span.start.year * 12 + last.span.start.month - 1 + shift
        start, end = _month_span(index // 12, index % 12 + 1)
        label = start.isoformat()[:7]
    return DateSpan(start, end, unit, None, f"{m.group(0)} after {last.text} -> {label}")


def find_dates(text: str, published: dt.date | None, sentence_of=None) -> list[DateMention]:
    """Find date mentions in `text`.

    `sentence_of(offset)` returns the sentence around an offset; it is used to
    tell past from future tense for bare months and weekdays.
    """
    found: list[DateMention] = []
    for m in PATTERN.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        if m.group("month") and not m.group("bmod") and not _PREP_BEFORE.search(before):
            continue
        if (m.group("theday") or m.group("weekend")) and not _THE_DAY_BEFORE.search(before):
            continue
        if m.group("bseason") and not m.group("bsmod") and not _SEASON_BEFORE.search(before):
            continue
        if (m.group("month") and not _month_written(m.group("b_m"))) \
                or ((m.group("weekday") or m.group("wdthe")) and not m.group(0)[0].isupper()) \
                or (m.group("daymonth") and not _month_written(m.group("daymonth"))) \
                or (m.group("monthday") and not _month_written(m.group("md"))) \
                or (m.group("wdaymonth") and not (_month_written(m.group("dm")) and m.group(0)[0].isupper())):
            continue  # "he may", "5 may be": not months
        if m.group("decade2") and m.group(0)[4] != "'" and _TEMPERATURE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "highs in the 70s": degrees, not a decade
        if m.group("year") and not (_PREP_BEFORE.search(before) or text[m.end():m.end() + 1] == ","
                                    or (_FOR_BEFORE.search(before) and not _COUNTED_AFTER.match(text, m.end()))
                                    or (before.endswith("(") and text[m.end():m.end() + 1] == ")")  # "- Revenue (2025):"
                                    or DETERMINER_BEFORE.search(before) or _EVENT_VERB_BEFORE.search(before)):
            continue
        if m.group("anaph"):
            span = _anaphoric(m, found, text)
            if span is not None:
                found.append(DateMention(m.start(), m.end(), m.group(0), span))
            continue
        absolute = _absolute(m)
        surface = m.group(0)
        if absolute is None and (m.group("iso") or m.group("mdy") or m.group("dmy") or m.group("wdmy") or m.group("slashed")
                                 or m.group("nummonth") or ((m.group("wordday") or m.group("nthwd")) and surface[-1].isdigit())):
            continue  # "April 31, 2025", "2025-02-30", "04/05/2026": no such day or no one day, so no date rather than a guess
        if absolute is not None:
            start, end, granularity, mod = absolute
            span = DateSpan(start, end, granularity, mod)
        elif published is None:
            granularity = "day" if (m.group("day") or m.group("weekday") or m.group("wordday") or m.group("nthwd") or m.group("wdthe") or m.group("theday") or m.group("weekend") or m.group("monthday") or m.group("daymonth") or m.group("wdaymonth")) \
                else "month" if m.group("month") else "quarter" if m.group("relquarter") else "year"
            span = DateSpan(None, None, granularity, None, f"{surface}: no publication date, left unresolved")
        else:
            sentence = sentence_of(m.start()) if sentence_of else text
            try:
                start, end, granularity, mod = _resolve_relative(m, published, bool(FUTURE.search(_clause_of(text, m, sentence))))
            except ValueError:
                continue
            label = start.isoformat()[:7] if granularity in ("month",) else f"{start.isoformat()}..{end.isoformat()}"
            if granularity == "day" and start == end:
                label = start.isoformat()
            span = DateSpan(start, end, granularity, mod, f"{surface} + published {published.isoformat()} -> {label}")
        found.append(DateMention(m.start(), m.end(), surface, span))
    return found
