"""Quantity mentions: money, percentages, ages, counts, durations, plain numbers.

One compiled pattern finds a number with whatever precedes and follows it
(qualifier, currency, scale, unit); :func:`find_quantities` then decides the
kind, filters what is not a fact (times, versions, ranks, names) and turns the
wording into an interval. Every pattern is linear: bounded repetitions only.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from dataclasses import dataclass

from ..model import MEASURE_UNITS, Quantity
from .numerals import DIGITS, FIXED, TENS, UNITS, VAGUE, VULGAR_FRACTIONS, WORD_NUMBER, parse_digits, parse_words, scale_of

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "c$": "CAD", "a$": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD",
    "r$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "rs": "INR", "rs.": "INR",
    "₦": "NGN", "₱": "PHP", "₺": "TRY", "₴": "UAH", "₫": "VND", "₪": "ILS", "฿": "THB", "₽": "RUB", "₡": "CRC", "₾": "GEL",
    "₭": "LAK", "₮": "MNT", "元": "CNY",
}
# Written after the number ("10 €", "100₾", "100元")
SYMBOLS_AFTER = "".join(sorted(symbol for symbol in CURRENCY_SYMBOLS if len(symbol) == 1 and symbol != "$"))
# NOTE: no code that is also a word in lower case ("try", "rub", "pen"), as numbers are matched regardless of case
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "CNY", "INR", "HKD", "SGD", "NZD", "BRL", "KRW", "SEK", "NOK", "DKK",
                  "RMB", "ZAR", "MXN", "PLN", "CZK", "HUF", "ILS", "AED", "THB", "IDR", "MYR", "NGN", "KES", "EGP", "UAH", "VND",
                  "TWD", "CLP", "ARS")
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "chinese yuan": "CNY", "rupees": "INR", "francs": "CHF", "swiss francs": "CHF", "pence": "GBP",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "u.s. dollars": "USD", "cents": "USD", "roubles": "RUB", "rubles": "RUB",
    "kronor": "SEK", "rand": "ZAR", "shekels": "ILS", "ringgit": "MYR", "baht": "THB", "reais": "BRL", "zlotys": "PLN",
    "naira": "NGN", "rupiah": "IDR", "cent": "USD", "penny": "GBP", "pesetas": "ESP", "guilders": "NLG",
    "dutch guilders": "NLG", "markka": "FIM", "finnish markka": "FIM", "lire": "ITL", "escudos": "PTE", "drachmas": "GRD",
    "deutschmarks": "DEM", "deutsche marks": "DEM", "d-marks": "DEM", "danish kroner": "DKK", "norwegian kroner": "NOK",
    "swedish kronor": "SEK", "forints": "HUF", "forint": "HUF", "turkish lira": "TRY", "dirhams": "AED", "riyals": "SAR",
    # NOTE: a currency several countries use is read as one code; a corpus seldom has two of the same name
    "pesos": "MXN", "peso": "MXN", "kroner": "DKK", "krone": "DKK", "krona": "SEK", "crowns": "CZK", "dinars": "RSD",
    "shillings": "KES", "rupee": "INR",
    "marka": "BAM", "convertible marks": "BAM", "zloty": "PLN", "koruna": "CZK", "lira": "TRY", "lei": "RON", "leva": "BGN",
    "kuna": "HRK", "hryvnias": "UAH", "hryvnia": "UAH", "tenge": "KZT",
}
# "2:06:14", "1:59:40.2": hours, minutes and seconds a race or a task took (not "14:30:00 GMT", a time of day)
CLOCK_DURATION = re.compile(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)(?![\d:])"
                            r"(?!\s?(?:[ap]\.?m\b|GMT|UTC|BST|CET|EST|EDT|PST|local|hours?\b|h\b))", re.I)
# A money figure right before "(": what follows in parentheses is the same sum in another currency.
CONVERTED_BEFORE = re.compile(r"\d(?:\s?(?:bn|m|k|million|billion|trillion|thousand)|[\d.,]*)\s?(?:[A-Za-z]{0,3}|[$\u20ac\u00a3\u00a5])?\s$")
SUBUNITS = {"pence": 0.01, "penny": 0.01, "cents": 0.01, "cent": 0.01}  # "212 pence" is £2.12, "50 cents" $0.50
DURATION_UNITS = {
    "year": ("year", 1), "decade": ("year", 10), "century": ("year", 100), "centuries": ("year", 100),
    "month": ("month", 1), "week": ("week", 1), "day": ("day", 1), "hour": ("hour", 1),
    "minute": ("minute", 1), "quarter": ("quarter", 1), "hr": ("hour", 1), "min": ("minute", 1), "h": ("hour", 1),
    "second": ("second", 1), "sec": ("second", 1),
}
QUALIFIERS = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "approx.": "about", "some": "about", "an estimated": "about", "estimated": "about", "~": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "closer to": "about", "nearer to": "about", "well over": "more-than", "well above": "more-than",
    "well under": "less-than", "well below": "less-than",
    "as many as": "up-to", "as much as": "up-to",
    "more than": "more-than", "over": "more-than", "above": "more-than", "upwards of": "more-than",
    "just over": "more-than", "in excess of": "more-than",
    "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least",
    "up to": "up-to", "at most": "up-to", "no more than": "up-to",
    "less than": "less-than", "under": "less-than", "fewer than": "less-than", "below": "less-than",
    "between": "between", "from": "from",
}
# The words of a qualifier as a pattern for what may come between a cue and its figure: "employs about 640",
# "will take on up to 800" (the figure's own qualifier is usually in its text; a wording before it may hold one too)
QUALIFIER_WORDS = r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(
    (w for w in QUALIFIERS if w not in ("between", "from", "~")), key=len, reverse=True)) + r")\s)?"
# Words after a number that look plural but are not counted nouns.
NOT_NOUNS = frozenset(
    "was is has does as us this his its plus less always perhaps thus yes across unless whereas "
    "besides towards afterwards was has gas bus news series means basis analysis crisis "
    "percent earlier later ago".split()
)
COLLECTIVE = ("people", "staff", "personnel", "crew", "faculty", "children", "police", "men", "women", "cattle", "feet", "teeth", "mice", "species",
              # nouns whose plural is the singular: "20,000 fish", "118 aircraft"
              "fish", "sheep", "deer", "livestock", "poultry", "aircraft", "salmon", "trout", "offspring")
IRREGULAR = {"children": "child", "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth", "mice": "mouse"}
# Plurals in "-ses" of nouns in "-s": "buses", not "buse"
PLURALS_IN_SES = {"buses": "bus", "gases": "gas", "bonuses": "bonus", "viruses": "virus", "campuses": "campus",
                  "censuses": "census", "lenses": "lens", "minibuses": "minibus", "trolleybuses": "trolleybus"}
# Words before a number that make it a label, not a quantity.
LABEL_WORDS = ("page", "pages", "section", "chapter", "no.", "number", "rank", "ranked", "version", "v.",
               "room", "route", "flight", "gate", "platform", "item", "article", "paragraph", "figure",
               "table", "step", "level", "season", "episode", "act", "verse", "line", "exit", "highway")
STREET = r"(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square)"


def _first_two(words) -> str:
    """The first two characters of `words` as alternatives, one class per first character: "a[bp]|~".

    A one-character word leaves its first character alone; a space becomes \\s. Under re.I a class
    matches what its characters do as literals.
    """
    seconds: dict[str, set[str]] = {}
    for word in words:
        seconds.setdefault(word[0].lower(), set()).add(word[1:2].lower())
    return "|".join(re.escape(first) if "" in rest else
                    re.escape(first) + "[" + "".join(r"\s" if c == " " else re.escape(c) for c in sorted(rest)) + "]"
                    for first, rest in sorted(seconds.items()))


def _words(words, escape=True) -> str:
    """`words`, longest first, as alternatives behind a lookahead on their first two characters.

    The lookahead is a necessary condition: where it fails, after two character tests, the
    alternation would have tried each word in turn.
    """
    # NOTE: the patterns are verbose (re.X), where a bare space is ignored: "tens of thousands" needs \s
    alternatives = "|".join(re.escape(w) if escape else w.replace(" ", r"\s") for w in sorted(words, key=len, reverse=True))
    return f"(?={_first_two(words)})(?:{alternatives})"


_qual = _words(QUALIFIERS)
_cur_sym = _words(CURRENCY_SYMBOLS)
_codes = f"(?={_first_two(CURRENCY_CODES)})(?:{'|'.join(CURRENCY_CODES)})"
_fixed = _words(FIXED)
_vague = _words(VAGUE, escape=False)
_cur_words = _words(CURRENCY_WORDS)
_word_number = f"(?={_first_two([*UNITS, *TENS])}){WORD_NUMBER}"
_num = rf"(?:{DIGITS}|(?:{_fixed})\b|(?:{_word_number})(?:\s+hundred(?:\s+(?:and\s+)?(?:{_word_number}))?)?\b)"
_scale = r"(?:(?<=\d)(?:bn|bln|mn|mln|tn|trln|[kmb])\b|\s?(?:thousand|million|billion|trillion|dozen|crores?|lakhs?)\b|\s?(?:bn|bln|mn|mln|tn|trln)\b)"
# After a currency, "T" is trillions too ("$2.17T"); after a bare number it may be tonnes ("a 40t lorry").
_money_scale = _scale.replace("[kmb]", "[kmb]|(?(cur)t|(?!))")
# "$8.3 billion", "€2.6bn", "£35m": a number written with a scale word
SCALED = re.compile(r"\d" + _scale, re.I)
# Whatever a match starts with: a digit, ".", a sign, a qualifier, a currency, a vague plural or a number word.
_starts = rf"\d|[.\-\u2212{''.join(VULGAR_FRACTIONS)}]|{_first_two([*QUALIFIERS, 'minus', *CURRENCY_SYMBOLS, *CURRENCY_CODES, *VAGUE, *FIXED, *UNITS, *TENS])}"

PATTERN = re.compile(
    rf"""
    (?<![^\W\d])  # NOTE: never start inside a word (a digit may precede: "14" in "$14" is tried after "$")
    (?={_starts})  # NOTE: most other words fail here after two character tests, not after every alternative below
    (?P<qual>(?<![\w$])(?:(?=between\s)(?P<between>))?(?:{_qual})\s+|~\s?)?  # NOTE: "between" alone allows "A and B"
    (?P<neg>[-\u2212]|minus\s)?
    (?P<cur>(?<![\w$])(?!(?-i:RS|rs)[\s.\d])(?:{_cur_sym})\s?|\b(?:{_codes})\s?)?  # NOTE: "Rs 500", not an "RS 6" car
    (?:
        (?P<vague>\b(?:{_vague})\b)(?:\s(?P<vscale>thousands|millions))?(?:\sof)?
      | (?P<num>{_num})(?P<frac>\sand\sa\s(?:half|quarter)\b)?(?P<scale>{_money_scale})?  # NOTE: the dash of a range never joins two lines ("6,400\n- 2025 revenue")
        (?:(?:[ \t]?[-–][ \t]?|\s?to\s?|(?(between)\s?and\s?|(?!)))(?:{_cur_sym})?(?P<num2>{DIGITS}|(?:{_word_number})\b)(?P<scale2>{_money_scale})?)?
    )
    (?P<unit>
        \s?(?P<pct>%|\bper\s?cents?\b|\bpct\b|\bpercentage\b(?![\s-]points?))  # "30 percentage", "100 percents"
      | \s(?P<pp>percentage[\s-]points?)\b
      | \s(?P<curword>(?:{_cur_words}))\b
      | \s(?P<curcode>{_codes})\b
      | \s?(?P<cursym>[{SYMBOLS_AFTER}])(?![\w$\u20ac\u00a3\u00a5])  # "10 \u20ac", "2.5 million \u20ac": a symbol after
      | (?P<age>-year-olds?|\s(?:years?|yrs)\s(?:old|of\sage)|\syear-old)\b
      | (?:-(?P<agesub>month|week|day)-olds?|\s(?P<agesub2>month|week|day)s?\s(?:old|of\sage))\b
      | [\s-](?P<dur>years?|decades?|centur(?:y|ies)|months?|weeks?|days?|hours?|minutes?|seconds?(?![-\w])|hrs?|mins?|secs?)\b
      | (?<=\d)(?P<dur2>years?|months?|weeks?|days?|hours?|minutes?|hrs?|mins?|secs?|h)\b(?!-)  # \"3.5years\", \"3h\"
      | (?<=\d)(?P<pence>p)\b
      | -(?P<centadj>cents?|pence)\b  # "a 12-cent dividend"
      | \s?(?P<temp>\u00b0\s?[CF]\b|\u00b0|(?<=\d)[CF]\b|\sdegrees?\s(?:Celsius|Fahrenheit|centigrade|C|F)\b)
      | (?:\s|(?<=\d))(?P<measure>km|cm|mm|kg|mph|km/h|kmh|sq\s?km|ft|lbs?|[kMGT]Wh|[kMG]W)\b(?!-)
      | -(?P<hyph>(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|fold|strong|odd|something|plus|for|to|and|or|in|on|of|by|up|down|off|out|way|time|times|old|olds)\b)[a-z]{{2,15}})\b(?![-'])
      | \s(?:of\s(?-i:(?=[a-z])))?(?!(?:and|or|but|nor|than|then|while|with|from|into|for|in|on|at|by|to|the|its|their|his|her|this|that|these|those)\s)(?P<noun>[a-z][a-z-]{{2,24}}(?:\s[a-z][a-z-]{{2,24}})?)\b
    )?
    """,
    re.X | re.I,
)
# "stands at 27", "put the toll at 340": a figure's level, never "at the age of".
LEVEL_BEFORE = re.compile(r"\b(?:stands?|stood|remains?|remained|rose|risen|rises|fell|fallen|climbed|put|puts|pegged|"
                          r"estimated|set|capped|is|was|are|were|now)\s+(?:[a-z]+\s+){0,3}?at\s+$"
                          r"|\b(?:number|count|total|tally|toll)\sof\s(?:[a-z-]+\s+){1,3}at\s+$", re.I)  # "the number of injuries at 11"
MAX_AGE = 120
"""The oldest age a bare number is read as."""
# A numeral longer than this, or with more whole digits, is a run of digits (a serial, a hash, junk), not a figure;
# a figure that large would also overflow a float or Python's limit on converting digits to an int.
MAX_NUMERAL_CHARS = 40
MAX_WHOLE_DIGITS = 21
AGE_BEFORE = re.compile(r"(?:\baged?\s|\bat\s(?:the\s)?age\s(?:of\s)?|\bat\s)$", re.I)
# NOTE: the longest AGE_BEFORE wording, "at the age of ", is 14 characters, and "$" may stand before a final
# newline: a match starts within 16 characters of where it is searched back from.
_AGE_BEFORE_REACH = 16
AGE_DECADE = re.compile(r"\bin\s(?:his|her|their)\s(?:early\s|mid-?|late\s)?(?P<d>[1-9]0)s\b", re.I)
APPOSITION_BEFORE = re.compile(r"[A-Z][\w'-]*,\s(?:now\s|then\s|still\s|who\s(?:is|was)\s|was\s|is\s)?$")  # "Emil Petrel, who was 24,"
# "a woman, 81,", "the driver, 45,", "his wife, 74,": a person the text does not name, then the age
APPOSITION_PERSON_BEFORE = re.compile(r"\b(?i:a|an|the|his|her|their|its|one|another)\s(?:[a-z-]+\s)?(?:man|woman|boy|girl|"
                                      r"driver|pilot|passenger|mother|father|wife|husband|son|daughter|grandmother|"
                                      r"grandfather|teenager|victim|resident|pensioner|widow|widower|brother|sister|"
                                      r"partner|neighbour|neighbor|friend|owner|skier|climber|hiker|cyclist|pedestrian|"
                                      r"motorist|fisherman|walker|tourist|worker|patient|suspect|defendant),\s$")
# "He is 71.": a sentence of its own; not "when he was 33" or "since he was 19", an age at a moment past
PRONOUN_AGE_BEFORE = re.compile(r"(?:^|[.!?;\"\u201c]\s*)(?:he|she)\s(?:is|was|turns|will\sbe)\s$", re.I)
# "Armitage is 22.", "whose chief executive Jonas Ekberg is 47,", "Eberhart, who became chief executive in 2022, is 51.",
# "who is now 51 and": an age now, after "is" and the person named or meant before it
IS_AGE_BEFORE = re.compile(r"(?:(?-i:(?!(?:It|This|That|There|Here|What|Which|Who|Each|One|All|None|Total|Turnout|Age)\s)"
                           r"[A-Z][\w'\u2019-]+)|\bwho(?:\s[^.;!?,\n]{1,80}?\sand)?"
                           r"|(?-i:[A-Z])[\w'\u2019-]*,\s(?:who|whose)\s[^.;!?\n]{3,120}?,)\s(?:is|turns)\s(?:now\s)?$", re.I)
_IS_AGE_REACH = 220
IS_NOW_BEFORE = re.compile(r"\s(?:is|turns)\s(?:now\s)?$")  # the cheap test before IS_AGE_BEFORE
IS_AGE_AFTER = re.compile(r"(?:[.;!?,:\u201d\"')]|\s(?:and|according)\b|\s[\u2014\u2013]|\s*$)")
# "who turned 59 this month", "Brandvik turns 60 in May": a birthday, the age it brings
TURNED_BEFORE = re.compile(r"(?:\bwho\s(?:has\s|had\s|just\s|only\s){0,2}|(?-i:[A-Z])[\w'\u2019-]*\s(?:has\s|had\s|just\s)?)"
                           r"(?:turned|turns|will\sturn)\s$", re.I)
# "turned 40 pages", "turned 3 goals into": a count of things turned, no birthday
_NOUN_AFTER_TURNED = re.compile(r"\s(?!in\b|on\b|this\b|last\b|next\b|while\b|when\b|and\b|before\b|after\b|during\b|at\b)[a-z]{3,}\b")
SENTENCE_END_AFTER = re.compile(r"[.;!?]|[,\u201d\"']?\s*$")
# NOTE: APPOSITION_AFTER, TIME_AFTER and _AGE_END are matched at a position with match(text, pos, endpos),
# which reads the text after a number without copying it; "$" stands for `endpos`.
APPOSITION_AFTER = re.compile(r"(?:,|[.;](?:\s|$)|[ \t]*\n|\s(?:and|who|is|was|has|had|says|said|told|will)\b)")  # "- Successor: Odile Brassington, 49" ends a line
# NOTE: "(?=[+(\d])": every phone number starts with one of these; other positions fail after one test.
PHONE = re.compile(r"(?=[+(\d])(?:\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}|\(?\b\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b|\b\d{3}-\d{4}\b)")
TIME_AFTER = re.compile(r"(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock))", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """A quantity found in a text, before subject attribution."""

    start: int
    end: int
    text: str
    quantity: Quantity
    form: str
    """How the wording signalled the kind: "apposition", "at-age", "noun", "symbol", ..."""


NOT_MODIFIERS = frozenset("when where while who which that than then and or but were are was is had has have will would "
                          "could should may might can did does in on at of to for from with by before after during since "
                          "until without within per into onto over under once".split())


_COLLECTIVE = frozenset(COLLECTIVE)
_NOT_COUNTED_FIRST = NOT_NOUNS | NOT_MODIFIERS


# Words in "-men" that are no plural of "-man": "specimen", "abdomen".
NOT_MEN = frozenset("specimen specimens abdomen regimen acumen hymen stamen semen albumen bitumen omen amen yemen".split())


def _compound_men(low: str) -> bool:
    """Plurals in "-men" of compounds in "-man": "fishermen", "firemen", "gunmen", "crewmen"."""
    return low.endswith("men") and len(low) > 5 and low not in NOT_MEN


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    return low not in NOT_NOUNS and (low in _COLLECTIVE or _compound_men(low)
                                     or (low.endswith("s") and not low.endswith("ss") and len(low) > 3))


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun in _COLLECTIVE:
        return IRREGULAR.get(noun, noun)
    if _compound_men(noun):
        return noun[:-3] + "man"
    if noun in PLURALS_IN_SES:
        return PLURALS_IN_SES[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


# Fixed phrases that are durations, and their unit: "a decade" is 10 years, "half an hour" 0.5 hours.
FIXED_DURATIONS = {"a decade": "year", "a century": "year", "a year": "year", "a month": "month", "a week": "week",
                   "a day": "day", "an hour": "hour", "half an hour": "hour", "half a year": "year"}
# "a 3-month-old baby", "ten weeks old": an age in months, weeks or days, as years
AGE_UNITS = {"month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}


@functools.lru_cache(maxsize=4096)
def _number(text: str) -> tuple[float, float] | None:
    """(value, step) of a numeral as written; cached, as the same numerals recur in a text."""
    low = text.lower()
    if low in FIXED:
        return float(FIXED[low]), 0.0
    if low[0].isdigit() or low[0] == "." or low[0] in VULGAR_FRACTIONS:
        return parse_digits(low)
    words = parse_words(low)
    return (words, 1.0) if words is not None else None


def _interval(value: float, step: float, qualifier: str | None) -> tuple[float, float]:
    half = step / 2
    band = max(half, abs(value) * 0.1)
    if qualifier == "about":
        return value - band, value + band
    if qualifier == "nearly":
        return value - abs(value) * 0.1, value
    if qualifier in ("more-than", "at-least"):
        return value, math.inf
    if qualifier in ("up-to", "less-than"):
        return 0.0, value
    return value - half, value + half


# NOTE: a label word before a number ("page 4") and a capitalized word before it ("Llama 4") end where the
# window before the number ends, but for whitespace. Matched on the window read backwards, each pattern is
# tried at that one place instead of at every start in the window.
# r"\b(?:page|pages|...)\s*$" reversed, the trailing whitespace stripped first: a label word, then no word character.
_LABEL_REVERSED = re.compile(r"(?:" + "|".join(re.escape(w[::-1]) for w in LABEL_WORDS) + r")(?!\w)", re.I)
# r"(?:^|[\s(])([A-Za-z]*[A-Z][\w.\u2024&-]*) $" reversed: the space (before a final newline, as "$" allows), the
# run of [\w.\u2024&-] before it (the only place the word can be), then "(", whitespace or the window's start.
_CAPITAL_BEFORE_REVERSED = re.compile(r"\n? ([\w.\u2024&-]*+)(?![^\s(])")
_CAPITAL_WORD = re.compile(r"[A-Za-z]*[A-Z][\w.\u2024&-]*")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_DECIMAL_AFTER = re.compile(r"[.:]\d")
_SLASH_AFTER = re.compile(r"/\d")
# "goes up to", "went up to", "was moved up to", "rounds up to": "up to" is the verb's, not a bound
MOVED_BEFORE = re.compile(r"\b(?:go|goes|going|gone|went|move[sd]?|moving|bump(?:s|ed)?|put|puts|push(?:es|ed)?|"
                          r"round(?:s|ed|ing)?|add(?:s|ed)?|cre(?:pt|ep|eps|eping)|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|"
                          r"tick(?:s|ed|ing)?|crawl(?:s|ed|ing)?)\s$", re.I)
# "rose from $11.99 to $13.99", "took it from", "cut the fee from": a verb of change before "from X to Y"
# ("lifts the average bill from £486 to £587", "expanded the chain from 40 to 120 shops", "will go from £468 to £512";
# but not "now range from $49 to $175": a range, though "raised the bottom of the range from €12.50 to €13.00" is a change)
CHANGE_BEFORE = re.compile(r"\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|"
                           r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|cut|cuts|cutting|"
                           r"lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
                           r"drop(?:s|ped|ping)?|slip(?:s|ped|ping)?|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|"
                           r"expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|shr(?:ank|unk|inks?|inking)|swell(?:s|ed|ing)?|swollen|"
                           r"soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|slump(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|"
                           r"balloon(?:s|ed|ing)?|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|declin(?:e|es|ed|ing)|"
                           r"hik(?:e|es|ed|ing)|trim(?:s|med|ming)?|revis(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|"
                           r"took|taking|takes|take|mov(?:e|es|ed|ing)|went\sup|gone\sup|going\sup|went\sdown)"
                           r"\b(?:(?!\b(?:rang(?:es|ed|ing)|(?<!the\s)(?<!a\s)(?<!its\s)(?<!their\s)range|var(?:y|ies|ied|ying)|anywhere|between)\b)"
                           r"[^.;:]){0,40}$"
                           r"|\b(?:go|goes|going|gone|went)\s(?:up\s|down\s)?$", re.I)
# "rose by $40 million", "has fallen by more than £100 million": the size of a change comes next.
CHANGED_BY = re.compile(r"\b(?:rose|risen|rises|rise|rising|fell|fallen|falls|fall|falling|grew|grown|grow|increased|decreased|climbed|jumped|dropped|drops|"
                        r"slipped|declined|gained|lost|cut|raised|lifted|lowered|reduced|widened|narrowed|shrank|shrunk|"
                        r"swelled)\s(?:[a-z]+\s)?by\s$"
                        # "will raise the price of its standard plan by $2", "has cut costs across the group by": a verb of change, its
                        # object, then "by"
                        r"|\b(?:raise|raises|raising|raised|increase|increases|increasing|increased|lift|lifts|lifting|lower|"
                        r"lowers|lowering|reduce|reduces|reducing|cut|cuts|cutting|boost|boosts|boosted|boosting|"
                        # "inflating the maker's revenue by about €312 million": by how much a figure was misstated
                        r"inflat(?:e|es|ed|ing)|overstat(?:e|es|ed|ing)|understat(?:e|es|ed|ing)|exaggerat(?:e|es|ed|ing))"
                        # ("cut its 2026 revenue forecast by": a year in the object is no figure)
                        r"\s(?:(?:the|its|their|his|her|our)\s)?(?:[^.;:,$\u20ac\u00a3\d]|(?:19|20)\d\d){0,60}?"
                        r"\sby\s$"
                        # "marked its stake down by 70%", "wrote the value of the loans down by": a change of a value
                        r"|\b(?:mark|marks|marked|marking|write|writes|wrote|written|writing)\s(?:[^.;:,$\u20ac\u00a3\d]{0,60}?\s)?"
                        r"(?:down|up)\sby\s$", re.I)


# "4.1 million of its", "900 of its", "about 900 out of the": a part, right before the whole it is of
PART_OF_WHOLE_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?(?:\s(?:million|billion|thousand|[mb]n))?\s(?:of|out\sof)\s"
                                  r"(?:its|their|the|his|her|our)\s(?:about\s|roughly\s|some\s)?$")


def changed_by(text: str, at: int) -> bool:
    """Whether "rose by", "has fallen by" ... ends right before offset `at` (cheap when it does not: "by " first)."""
    return text[max(0, at - 3):at].lower() == "by " and CHANGED_BY.search(text, max(0, at - 90), at) is not None
TO_BEFORE = re.compile(r"\s?(?:to|[-\u2013])\s?$")
CURRENCY_BEFORE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, CURRENCY_SYMBOLS), key=len, reverse=True)) + r")$", re.I)
_STREET_AFTER = re.compile(rf"\s{STREET}")
_AGE_END = re.compile(r"(?:[,.;)]|\s(?:and|when|in|to|with|after|before)\b|$)")
NOT_NAME_WORDS = frozenset(("In", "At", "On", "By", "Of", "About", "Some", "Over", "Nearly", "Just", "Only", "Around", "Since",
                            "From", "To", "And", "Aged", "Age"))


def _is_label(text: str, start: int) -> bool:
    """A label word ("page", "flight") at a word boundary in the 14 characters before `start`, then only whitespace."""
    low = max(0, start - 14)
    first = max(0, low - 1)  # NOTE: one character more, to see the word boundary at `low`
    tail = text[first:start].rstrip()
    match = _LABEL_REVERSED.match(tail[::-1])
    return match is not None and first + len(tail) - match.end() >= low


# "5,400" in "and Greyloch 5,400": a number written with thousands separators is a figure, never a model number
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _in_name(text: str, start: int) -> bool:
    """A number right after a capitalized word is part of a name ("Llama 4")."""
    match = _CAPITAL_BEFORE_REVERSED.match(text[max(0, start - 30):start][::-1])
    if not match:
        return False
    word = match.group(1)[::-1]
    if not _CAPITAL_WORD.fullmatch(word):
        return False
    months, function_words = _name_exceptions()
    if word.endswith("ing") and _SENTENCE_START_BEFORE.search(text, max(0, start - len(word) - 4), start - len(word) - 1):
        return False  # "Closing 38 stores will cost": a verb opening the sentence, not a name
    return word.lower().rstrip(".") not in months and word.lower() not in function_words and word not in NOT_NAME_WORDS


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][\"'\u201d\u2019]?\s|\n|[\"\u201c])$")


@functools.cache
def _name_exceptions() -> tuple[dict, frozenset]:
    from .dates import MONTH_NAMES  # noqa: PLC0415 - avoid an import cycle at module load
    from .entities import FUNCTION_WORDS  # noqa: PLC0415

    return MONTH_NAMES, FUNCTION_WORDS


# "four-fifths of the club", "a third of its staff", "his stake of about a fifth": a share written as a fraction.
# NOTE: found by its denominator, a rare word; the numerator and any qualifier are read in the few characters before it.
DENOMINATOR = re.compile(r"\b(?P<d>half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
                         r"(?=\sof\b|\s(?:stake|share|holding)\b|[.,;)]|$)", re.I)
NUMERATOR_BEFORE = re.compile(r"(?:\b(?P<qual>about|around|roughly|nearly|almost|some|more\sthan|less\sthan|just\sover|just\sunder)\s)?"
                              r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]$", re.I)
AND_BEFORE = re.compile(r"\band\s$")
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def find_fractions(text: str) -> list[Mention]:
    """Shares written as fractions ("two-thirds of", "about a fifth"), as percentages."""
    found = []
    for m in DENOMINATOR.finditer(text):
        before = NUMERATOR_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before is None or AND_BEFORE.search(text, max(0, before.start() - 5), before.start()):
            continue  # "an hour and a half": part of a number, not a share
        n, d = _NUMERATORS[before["n"].lower()], _DENOMINATORS[m["d"].lower().removesuffix("s")]
        if n >= d or (n > 1) != m["d"].lower().endswith("s") and d != 2:
            continue  # "five-fifths", "two-third", "a thirds": not a share
        qualifier = QUALIFIERS.get(" ".join((before["qual"] or "").lower().split()))
        start = before.start("qual") if before["qual"] else before.start("n")
        value = round(100 * n / d, 1)
        low, high = _interval(value, 0.0, qualifier)
        found.append(Mention(start, m.end(), text[start:m.end()], Quantity("percent", "%", value, low, high, 0.0, qualifier),
                             "fraction"))
    return found


def _blocker(spans: list[tuple[int, int]]):
    """A test of whether a span overlaps any of `spans`, by bisection."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))

    def is_blocked(start: int, end: int) -> bool:
        index = bisect.bisect_left(starts, end) - 1  # spans starting before `end`
        return index >= 0 and reach[index] > start

    return is_blocked


# The ordinal that ends a compound after a tens word: "twenty-first", "thirty-second".
ORDINAL_UNITS = re.compile(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)


def find_quantities(text: str, blocked: list[tuple[int, int]] = ()) -> list[Mention]:
    """Find quantity mentions in `text`, skipping spans in `blocked` (dates)."""
    spans = list(blocked) + [(p.start(), p.end()) for p in PHONE.finditer(text)]
    is_blocked = _blocker(spans)
    mentions: list[Mention] = [f for f in find_fractions(text) if not is_blocked(f.start, f.end)]
    if mentions:  # "four" of "four-fifths" is no number of its own
        is_blocked = _blocker(spans + [(f.start, f.end) for f in mentions])

    pos = 0
    while (match := PATTERN.search(text, pos)) is not None:
        num2, qual = match.group("num2", "qual")
        if num2 and ((qual or "").strip().lower() == "from" and (match.group("scale") or not match.group("scale2"))
                     and CHANGE_BEFORE.search(text, max(0, match.start() - 50), match.start())  # not "from 3 to 5 million"
                     or not qual and (match.group("cur") or match.group("scale")) and changed_by(text, match.start())):
            # "took it from $11.99 to $13.99", "raised the fee from £4 to £6": a change between two figures, not a
            # range; "rose by $40 million to $1.2 billion": the change, then the figure it reached (but "cut its
            # workforce by 10 to 15 percent" is a range)
            pos = _split_change(text, match, mentions, is_blocked)
            continue
        if num2 and not match.group("scale") and not match.group("scale2") and _descending(match) \
                and "to" in text[match.end("num"):match.start("num2")]:  # but "lost 3-1": a score, no figure
            pos = _split_change(text, match, mentions, is_blocked)  # "voting 131 to 97": two counts, not a range
            continue
        if match.group("num") and ORDINAL_UNITS.match(text, match.end("num")) and match.group("num")[-2:].lower() == "ty":
            pos = match.end()  # "its twenty-first store", "the thirty-second floor": an ordinal, no figure
            continue
        mention = _classify(text, match)
        if mention and not is_blocked(mention.start, mention.end):
            mentions.append(mention)
            pos = max(match.end(), mention.end)  # "5 miles a day": the rate's words are no duration of their own
        else:  # NOTE: "in 2022 injured six workers": a year read with words after it must not swallow the next figure
            pos = max(match.end("num") if match.group("num") else match.end(), match.start() + 1)
    for match in CLOCK_DURATION.finditer(text):
        if not is_blocked(match.start(), match.end()):  # "crossing the line in 2:06:14": a time taken, in seconds
            hours, minutes, seconds = int(match["h"]), int(match["m"]), float(match["s"])
            value = hours * 3600 + minutes * 60 + seconds
            q = Quantity("duration", "second", value, value, value, 0.0)  # a timed result is exact as written
            mentions.append(Mention(match.start(), match.end(), match.group(0), q, "clock"))
    for match in AGE_DECADE.finditer(text):
        decade = float(match["d"])
        if not is_blocked(match.start(), match.end()):
            q = Quantity("age", "year", decade + 5, decade, decade + 9, 10.0, "decade")
            mentions.append(Mention(match.start(), match.end(), match.group(0), q, "decade"))
    mentions.sort(key=lambda m: m.start)
    return _join_compound_durations(text, mentions)


SECONDS_IN = {"day": 86400, "hour": 3600, "minute": 60, "second": 1}
# What joins the parts of a time told in words: "8 hours and 47 minutes", "8 hours, 12 minutes and 40 seconds"
COMPOUND_GAP = re.compile(r",?\s(?:and\s)?")


def _join_compound_durations(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each time told in parts of falling units ("8 hours and 47 minutes", "2 hours 5 minutes 12
    seconds") made one duration in seconds, exact as written: the parts are no figures of their own."""
    def part(m: Mention) -> bool:
        return m.form == "duration" and m.quantity.unit in SECONDS_IN and m.text[-1:].isalpha()

    joined: list[Mention] = []
    run: list[Mention] = []
    for m in mentions + [None]:
        if m is not None and run and part(m) and m.text[:1].isdigit() and m.quantity.qualifier is None \
                and SECONDS_IN[m.quantity.unit] < SECONDS_IN[run[-1].quantity.unit] \
                and COMPOUND_GAP.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        if len(run) > 1:
            seconds = sum(r.quantity.value * SECONDS_IN[r.quantity.unit] for r in run)
            qualifier = run[0].quantity.qualifier
            low, high = _interval(seconds, 0.0, qualifier)
            joined.append(Mention(run[0].start, run[-1].end, text[run[0].start:run[-1].end],
                                  Quantity("duration", "second", seconds, low, high, 0.0, qualifier), "compound"))
        else:
            joined.extend(run)
        run = [m] if m is not None and part(m) else []
        if m is not None and not run:
            joined.append(m)
    return joined


def _overlong(raw: str) -> bool:
    """Whether a numeral is too long to be a figure: "77777...", 5,000 digits of it."""
    whole = raw.split(".", 1)[0]
    return len(raw) > MAX_NUMERAL_CHARS or sum(c.isdigit() for c in whole) > MAX_WHOLE_DIGITS


def _descending(match: re.Match) -> bool:
    """Whether the two numbers of a would-be range go down ("131 to 97"), which no range does."""
    first, second = _number(match.group("num")), _number(match.group("num2"))
    return first is not None and second is not None and second[0] < first[0]


def _split_change(text: str, match: re.Match, mentions: list[Mention], is_blocked) -> int:
    """Read "from X to Y" after a verb of change, or "by X to Y", as two figures; return where to scan on."""
    second = match.start("num2")
    symbol = CURRENCY_BEFORE.search(text, max(match.start(), second - 4), second)
    second = symbol.start() if symbol else second
    separator = TO_BEFORE.search(text, match.start(), second)
    parts = (PATTERN.match(text, match.start(), separator.start()), PATTERN.match(text, second, match.end())) \
        if separator else (match,)
    for part in parts:
        mention = _classify(text, part) if part else None
        if mention and not is_blocked(mention.start, mention.end):
            mentions.append(mention)
    return match.end()


def _classify(text: str, m: re.Match) -> Mention | None:  # noqa: C901 - one decision table
    # NOTE: all groups in one call; the text around the number is read with match(text, pos, endpos), not copied
    qual, cur_text, raw, vague, scale_text, unit_text, pct, pp, curword, curcode, age, dur, noun = m.group(
        "qual", "cur", "num", "vague", "scale", "unit", "pct", "pp", "curword", "curcode", "age", "dur", "noun")
    agesub, pence, centadj = m.group("agesub") or m.group("agesub2"), m.group("pence"), m.group("centadj")
    dur = dur or m.group("dur2")
    curword = curword or m.group("cursym")
    if raw is None and vague is None:
        return None
    if raw and len(raw) > MAX_WHOLE_DIGITS and _overlong(raw):
        return None
    num_start = m.start("num") if raw else m.start("vague")
    if raw and len(raw) > 1 and raw[0] == "0" and raw[1].isdigit() and num_start >= 2 and text[num_start - 1] == " " \
            and text[num_start - 2].isdigit():
        return None  # "10 000 dollars": a group of a number written with spaces, never a number of its own
    start, end = m.span()

    qual_word = (qual or "").strip().lower()
    qualifier = QUALIFIERS.get(qual_word)
    if qual_word == "up to" and MOVED_BEFORE.search(text, max(0, start - 12), start):
        qualifier, start = None, start + len(qual)  # "the premium tier goes up to $22.99": a new level, not a bound
    # Things that are not quantities at all.
    if raw and (raw[0].isdigit() or raw[0] == "." or raw[0] in VULGAR_FRACTIONS):
        num_end = m.end("num")
        prev = text[num_start - 1] if num_start else " "
        nxt = text[num_end] if num_end < len(text) else " "
        if prev.isalnum() or prev in "_./#@:+" or (prev == "-" and num_start > 1 and text[num_start - 2].isalnum()):
            return None
        if nxt.isalpha() and not scale_text and not unit_text or _ORDINAL_AFTER.match(text, num_end, num_end + 3) \
                or _SLASH_AFTER.match(text, num_end, num_end + 2):  # "3/4", "04/05/2026": a fraction or a date
            return None
        if _DECIMAL_AFTER.match(text, num_end, num_end + 2) or TIME_AFTER.match(text, num_end, num_end + 12):
            return None
        # "Llama 4" is a name; "Dufresne-Ray 7 percent" and "Acme 2 million" are a name and a figure
        if _is_label(text, num_start) or (not cur_text and not qual and not pct and not scale_text
                                          and not _GROUPED.fullmatch(raw) and _in_name(text, num_start)):
            return None
        if _STREET_AFTER.match(text, num_end, num_end + 40):
            return None
    cur = (cur_text or "").strip().lower()
    kind, unit, form = None, None, "number"
    mult = 1.0
    temp, measure, hyph = m.group("temp", "measure", "hyph")
    if temp:  # "43C", "109\u00b0F", "43 degrees Celsius": a temperature, in its own scale
        word = temp.strip().lower()
        scale = "C" if word.endswith(("c", "celsius", "centigrade")) else "F" if word.endswith(("f", "fahrenheit")) else ""
        kind, unit, form = "count", "\u00b0" + scale, "measure"
    elif measure:  # "1.6 km", "30kg": a measure, in its own unit
        kind, unit, form = "count", MEASURE_ABBREVIATIONS[re.sub(r"\s", "", measure.lower())], "measure"
    elif hyph:  # "a 25-kilometre stretch", "the 520-bed hospital": what is counted, as the adjective names it
        kind, unit, form = "count", hyph.lower(), "measure"
    elif pct:
        kind, unit, form = "percent", "%", "percent"
    elif pp:
        kind, unit, form = "percent", "pp", "points"
    elif pence or centadj:  # "85p", "a 12-cent dividend"
        kind, unit, form, mult = "money", "GBP" if pence or centadj.lower() == "pence" else "USD", "currency", 0.01
    elif cur or curword or curcode:
        kind, form = "money", "currency"
        unit = CURRENCY_SYMBOLS.get(cur) or (cur.upper() if cur else None)
        unit = unit or CURRENCY_WORDS.get((curword or "").lower()) or CURRENCY_SYMBOLS.get(curword or "") or (curcode or "").upper()
        unit = "CNY" if unit == "RMB" else unit  # renminbi, by its other code
        mult = SUBUNITS.get((curword or "").lower(), 1.0) if not cur else 1.0
        if (noun or dur or age) and unit_text:
            end -= len(unit_text)
    elif age:
        kind, unit, form = "age", "year", "year-old"
    elif agesub:  # "a 3-month-old", "ten weeks old"
        kind, unit, form, mult = "age", "year", "year-old", AGE_UNITS[agesub.lower()]
    elif dur:
        word = dur.lower().rstrip("s")
        word = "century" if word.startswith("centur") else word
        unit, mult = DURATION_UNITS[word]
        kind, form = "duration", "duration"
        aged = AGE_BEFORE.search(text, max(0, start - _AGE_BEFORE_REACH), start) if unit in AGE_UNITS else None
        if aged and not aged.group(0).lower().startswith("at "):  # "a girl aged ten months"
            start -= len(aged.group(0))
            kind, unit, form, mult = "age", "year", "aged", AGE_UNITS[unit]
    elif noun and raw and raw.lower() in FIXED_DURATIONS:  # "A year of doses", "a week of talks": the time, not a count
        end -= len(unit_text)
        kind, unit, form = "duration", FIXED_DURATIONS[raw.lower()], "duration"
    elif noun:
        words = noun.split()
        chosen = None
        for i, w in enumerate(words):
            if _is_plural_noun(w):
                chosen = i
                break
        if chosen is not None and chosen + 1 < len(words) and words[chosen].lower() in _COLLECTIVE \
                and words[chosen + 1].lower() not in _COLLECTIVE and _is_plural_noun(words[chosen + 1]):
            chosen += 1  # "22 crew members", "30 police officers": the compound's head, not the collective before it
        if chosen == 1 and words[0].lower() in _NOT_COUNTED_FIRST:
            chosen = None
        elif chosen and raw and raw[0].isdigit() and any(w.lower() in UNITS or w.lower() in TENS for w in words[:chosen]):
            chosen = None  # "up from 3,500 five years ago": another number's noun, not this one's
        if chosen is None and raw and (raw[0].isdigit() or raw[0] in VULGAR_FRACTIONS) and words[0].lower() in SPELLED_MEASURES:
            end -= len(unit_text) - len(words[0]) - 1  # "a 5 metre shark": the measure, in its unit
            kind, unit, form = "count", words[0].lower(), "measure"
        elif chosen is None:
            end -= len(unit_text)
        else:
            end -= len(" ".join(words[chosen + 1:])) + (1 if chosen + 1 < len(words) else 0)
            kind, unit, form = "count", _singular(words[chosen]), "noun"
            if raw and raw.lower() in ("one", "a", "an") and words[chosen].lower() not in _COLLECTIVE:
                return None  # "one of the", "one sales region"
    if kind == "count" and unit in MEASURE_UNITS and (rate := _RATE_AFTER.match(text, end, end + 20)):
        per = rate["per"].lower()  # "200 kilometres per hour", "3 metres a second": a speed or a rate, in its own unit
        unit, end = _RATES.get((unit, per), f"{unit} per {per}"), rate.end()
    if kind is None:
        age_at = AGE_BEFORE.search(text, max(0, start - _AGE_BEFORE_REACH), start) if raw and not scale_text else None
        if age_at and age_at.group(0).lower().startswith("at ") and LEVEL_BEFORE.search(text[max(0, start - 40):start]):
            age_at = None  # "the death toll stands at 27": a level, not an age
        explicit = age_at is not None and not age_at.group(0).lower().startswith("at ")
        if age_at and (raw[0].isdigit() or explicit) and (explicit or _AGE_END.match(text, end, end + 12)) \
                and not (raw.isdigit() and int(raw) > MAX_AGE):  # "the number of homes destroyed at 231": no one's age
            start -= len(age_at.group(0))
            kind, unit, form = "age", "year", "at-age" if not explicit else "aged"
        elif raw and raw.isdigit() and 1 <= int(raw) <= MAX_AGE and PRONOUN_AGE_BEFORE.search(text, max(0, start - 18), start) \
                and SENTENCE_END_AFTER.match(text, end, end + 3):
            kind, unit, form = "age", "year", "apposition"  # "He is 71.", "She was 67."
        elif raw and raw.isdigit() and 1 <= int(raw) <= MAX_AGE and IS_NOW_BEFORE.search(text, max(0, start - 12), start) \
                and IS_AGE_AFTER.match(text, end, end + 12) and IS_AGE_BEFORE.search(text, max(0, start - _IS_AGE_REACH), start):
            kind, unit, form = "age", "year", "apposition"  # "Armitage is 22.", "Eberhart, who joined in 2015, is 51."
        elif raw and raw.isdigit() and "turn" in text[max(0, start - 12):start] and 1 <= int(raw) <= MAX_AGE \
                and TURNED_BEFORE.search(text, max(0, start - 40), start) \
                and not _NOUN_AFTER_TURNED.match(text, end, end + 20):
            kind, unit, form = "age", "year", "turned"  # "Teodora Brandvik, who turned 59 this month,"
        elif raw and raw.isdigit() and APPOSITION_AFTER.match(text, end, end + 12) \
                and (APPOSITION_BEFORE.search(text, max(0, start - 40), start)
                     or APPOSITION_PERSON_BEFORE.search(text, max(0, start - 40), start)) and 1 <= int(raw) <= MAX_AGE:
            kind, unit, form = "age", "year", "apposition"
        elif raw and raw.lower() in FIXED_DURATIONS:
            kind, unit, form = "duration", FIXED_DURATIONS[raw.lower()], "duration"
            mult = 1.0
        elif raw and not raw[0].isdigit() and (scale_text or raw.lower() not in (
                "one", "a", "an", "a quarter", "a half", "a third", "a couple of", "a pair of")):  # but "one billion"
            kind, unit = "number", None
        elif raw and raw[0].isdigit() and not vague:
            if raw.isdigit() and (len(raw) >= 5 or 1800 <= int(raw) <= 2100) and not scale_text:
                return None
            if m.group("num2") and not scale_text:
                return None  # "3-1": scores and unlabeled ranges are not facts
            kind, unit = "number", None
        else:
            return None
    return _build(text, m, start, end, kind, unit, form, qualifier, mult)


_VAGUE_SCALES = {"thousands": 1e3, "millions": 1e6}
# Units of measure written singular after a number, as an adjective: "a 5 metre shark", "a 40 tonne lorry".
SPELLED_MEASURES = frozenset({"metre", "meter", "kilometre", "kilometer", "centimetre", "millimetre", "mile", "foot", "inch",
                              "yard", "tonne", "ton", "litre", "liter", "gallon", "acre", "hectare", "gram", "kilogram"})
_RATE_AFTER = re.compile(r"\s(?:per|an|a)\s(?P<per>hour|minute|second|day|week|month|year)\b", re.I)
_RATES = {("kilometre", "hour"): "km/h", ("kilometer", "hour"): "km/h", ("mile", "hour"): "mph"}
MEASURE_ABBREVIATIONS = {"km": "kilometre", "cm": "centimetre", "mm": "millimetre", "kg": "kilogram", "mph": "mph",
                         "km/h": "km/h", "kmh": "km/h", "sqkm": "square kilometre", "ft": "foot", "lb": "lb", "lbs": "lb",
                         "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt-hour", "mwh": "megawatt-hour",
                         "gwh": "gigawatt-hour", "twh": "terawatt-hour"}


def _exact(value: float) -> float:
    """`value` rounded to 12 significant digits, dropping the error of a float product."""
    return float(f"{value:.12g}")


def _build(text, m, start, end, kind, unit, form, qualifier, mult) -> Mention | None:
    neg, cur, vague, vscale, raw, scale_text, num2, scale2_text = m.group("neg", "cur", "vague", "vscale", "num", "scale", "num2", "scale2")
    scale = scale_of((scale_text or scale2_text or "").strip()) if (scale_text or scale2_text) else 1.0
    if vague:
        low, high = VAGUE[vague.lower()]
        factor = _VAGUE_SCALES.get((vscale or "").lower(), 1.0) * mult
        q = Quantity(kind, unit, (low + high) / 2 * factor, low * factor, high * factor, 0.0, "vague")
        return Mention(start, end, text[start:end].rstrip(), q, form)
    parsed = _number(raw)
    if parsed is None:
        return None
    value, step = parsed
    if m.group("frac"):  # "one and a half million", "an hour and a half"
        part = 0.5 if m.group("frac").lower().endswith("half") else 0.25
        value, step = value + part, min(step, part) if step else part
    if kind == "age":
        step = 0.0
    sign = -1.0 if neg else 1.0
    if kind == "money" and text[max(0, start - 1):start] == "(" and text[end:end + 1] == ")" and not qualifier \
            and not CONVERTED_BEFORE.search(text, max(0, start - 24), start - 1):
        # "a loss of ($4.2m)": an accountant's negative; but "€62m (roughly $72m)", "€62m ($72m)" give it in another currency
        sign, start, end = -1.0, start - 1, end + 1
    # "$4.1 billion" is 4100000000, not the float product 4099999999.9999995
    value, step = _exact(sign * value * scale * mult), _exact(step * scale * mult)
    if num2:
        second = _number(num2)
        if second is None:
            return None
        scale2 = scale_of(scale2_text.strip()) if scale2_text else scale
        low, high = value if scale_text else _exact(value * scale2 / scale), _exact(second[0] * scale2 * mult)
        if high < low:
            return None
        q = Quantity(kind, unit, (low + high) / 2, low, high, 0.0, "range")
    else:
        low, high = _interval(value, step, qualifier)
        if qualifier in ("between", "from"):
            qualifier, start = None, m.start("neg") if neg else (m.start("cur") if cur else m.start("num"))
        q = Quantity(kind, unit, value, low, high, step, qualifier)
    surface = text[start:end]
    stripped = surface.rstrip(" ,")
    return Mention(start, start + len(stripped), stripped, q, form)
