"""Numerals: digits, number words and scale words, with their surface precision."""

from __future__ import annotations

import functools
import re
from decimal import Decimal

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000,
    "bn": 1_000_000_000, "tn": 1_000_000_000_000, "t": 1_000_000_000_000, "mil": 1_000_000, "dozen": 12,
    "bln": 1_000_000_000, "trln": 1_000_000_000_000,
    # the Indian scales: "Rs 4,000 crore" is 40 billion rupees, "12 lakh" is 1.2 million
    "crore": 10_000_000, "crores": 10_000_000, "lakh": 100_000, "lakhs": 100_000,
}
# Vague plurals: "hundreds of researchers" -> [200, 999].
VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 999_999_999), "billions": (2e9, 999e9),
}
# Words that stand for a number only in these fixed phrases.
FIXED = {"a dozen": 12, "a decade": 10, "a century": 100, "half a dozen": 6, "a couple of": 2,
         "a hundred": 100, "a thousand": 1000, "a million": 1e6, "a billion": 1e9,
         "half a million": 5e5, "a year": 1, "a month": 1, "a week": 1, "a day": 1, "half a billion": 5e8, "a quarter": 0.25, "a half": 0.5,
         "a third": 1 / 3, "a pair of": 2, "a score of": 20, "a trillion": 1e12, "half a trillion": 5e11,
         "an hour": 1, "half an hour": 0.5, "half a year": 0.5}

_word = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
WORD_NUMBER = rf"(?:{_word})(?:[- ](?:{'|'.join(UNITS)}))?"
# Fractions written as one character: "2\u00bd years", "\u00bc percent".
VULGAR_FRACTIONS = {"\u00bd": (1, 2), "\u2153": (1, 3), "\u2154": (2, 3), "\u00bc": (1, 4), "\u00be": (3, 4),
                    "\u2155": (1, 5), "\u2156": (2, 5), "\u2157": (3, 5), "\u2158": (4, 5), "\u2159": (1, 6),
                    "\u215a": (5, 6), "\u215b": (1, 8), "\u215c": (3, 8), "\u215d": (5, 8), "\u215e": (7, 8)}
_vulgar = "[" + "".join(VULGAR_FRACTIONS) + "]"
# A fraction of halves, thirds, quarters or eighths in figures: "2 1/2 years", "a 1/4 inch gap" (before a unit only:
# "3/4" alone is as often a date).
_slash_fraction = r"(?:1/[2348]|[23]/[34]|[357]/8)(?![/\d])"
_SLASH_UNIT = (r"(?=[\s-](?:inch|inches|foot|feet|ft|yards?|miles?|acres?|cups?|teaspoons?|tablespoons?|tsp|tbsp|pounds?|lbs?"
               r"|ounces?|oz|gallons?|pints?|hours?|percent|per\scent|percentage|points?|mph)\b)")
# "1,250", "14.3", and "10\u202f000" with a narrow or no-break space between groups, as some styles print it
DIGITS = (rf"\d+(?:[ -]?{_vulgar}|[ -]{_slash_fraction})|{_vulgar}|{_slash_fraction}{_SLASH_UNIT}|"
          r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


def parse_digits(text: str) -> tuple[float, float]:
    """Parse "1,250" or "14.3" into ``(value, step)``.

    `step` is the place value of the last significant digit: 1 for "28", 0.1
    for "14.3", 100 for "1,200" (trailing zeros of an integer are not taken
    as significant).
    """
    if text[-1] in VULGAR_FRACTIONS or "/" in text:
        return _parse_fraction(text)
    plain = text.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    # NOTE: float(Decimal(s)) converts through the decimal's string, so for plain ASCII digits float(s) is the
    # same correctly rounded double, without building a Decimal; anything else still goes through Decimal.
    number = float(plain) if plain.isascii() and plain.replace(".", "", 1).isdigit() else float(Decimal(plain))
    if "." in plain:
        decimals = len(plain.split(".", 1)[1])
        step = _place(-decimals)
    else:
        stripped = plain.rstrip("0")
        zeros = len(plain) - len(stripped) if stripped else 0
        step = _place(zeros)
    return number, step


def _parse_fraction(text: str) -> tuple[float, float]:
    """(value, step) of "2\u00bd", "\u00be", "2 1/2" or "1/4": the step is one part of the denominator."""
    if text[-1] in VULGAR_FRACTIONS:
        whole, (numerator, denominator) = text[:-1].rstrip(" -"), VULGAR_FRACTIONS[text[-1]]
    else:
        whole, _, fraction = text.rpartition(" ") if " " in text else text.rpartition("-")
        numerator, denominator = map(int, fraction.split("/"))
    return (int(whole) if whole else 0) + numerator / denominator, 1 / denominator


@functools.lru_cache(maxsize=256)
def _place(exponent: int) -> float:
    """10 ** `exponent` as a float, computed as a Decimal; a text has few distinct ones."""
    return float(Decimal(1).scaleb(exponent))


def parse_words(text: str) -> float | None:
    """Parse "twenty-one" or "four" into a number; None if not a number word."""
    parts = re.split(r"[- ]+", text.lower().strip())
    total = 0
    for part in parts:
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        elif part == "hundred" and total:
            total *= 100
        elif part != "and":
            return None
    return float(total)


def scale_of(word: str | None) -> float:
    """Multiplier of a scale word or abbreviation ("billion", "bn", "m")."""
    if not word:
        return 1.0
    return float(SCALES.get(word.lower().rstrip("."), 1))
