"""Named products: "Tidebreaker, the naval adventure game", and figures a sentence gives for "the game".

A product is no organization, but news gives its release date and its price
as it gives a company's figures, often through its kind: "The game was
released on Thursday", "The phone costs $899". Such a figure is the one
product of that kind the document names ("Tidebreaker, the long-delayed
adventure game from ...", "its new phone, the Arlo 5"), or none when it names
several of that kind.
"""

from __future__ import annotations

import re
from collections import Counter

from .quantities import QUALIFIER_WORDS
from .structures import NamedFigure, dominant

PRODUCT_NOUNS = ("game", "film", "movie", "album", "phone", "smartphone", "handset", "console", "headset", "laptop", "tablet",
                 "car", "hatchback", "saloon", "sedan", "truck", "drug", "vaccine", "novel", "book", "app", "device", "model")
_NOUN = r"(?P<noun>" + "|".join(sorted(PRODUCT_NOUNS, key=len, reverse=True)) + r")"
_NAME = r"(?P<name>[A-Z][\w'\u2019-]*(?:\s(?:[A-Z][\w'\u2019-]*|\d+[A-Za-z]?)){0,3})"
# "Tidebreaker, the long-delayed naval adventure game": a name described as a product of a kind.
# (but "Pinfeather, the developer behind the hit game": a preposition or another article starts another thing)
DESCRIBED_AFTER = re.compile(r"(?<![\w-])" + _NAME + r",\s(?:the|a|an|its|their|his|her)\s"
                             r"(?:(?!(?:the|a|an|of|behind|from|by|for|with|at|in|on|to|and|who|which|that)\s)[\w-]+\s){0,5}?"
                             + _NOUN + r"\b")
# "the game Tidebreaker", "its new phone, the Arlo 5": a product kind, then its name.
DESCRIBED_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s(?:new\s|latest\s|first\s|debut\s|flagship\s)?(?:[\w-]+\s){0,2}?" + _NOUN
                              + r",?\s(?:the\s)?[\"\u201c]?" + _NAME)
# "The drug, taken as a monthly jab, will": a clause between commas after the product
ASIDE = re.compile(r",\s[^,;]{1,60},")
# The product a sentence opens on: "The game", "The new phone".
SUBJECT = re.compile(r"[\"'\u201c\s]*(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?:new\s|latest\s)?" + _NOUN + r"\b")
RELEASED_GAP = re.compile(r"\s(?:was|were|has\sbeen)\s(?:first\s|finally\s)?(?:released|launched|published)\s(?:[a-z]+\s){0,3}?"
                          r"(?:on|in)\s$|\s(?:went|goes|go)\son\ssale\s(?:[a-z]+\s){0,2}?(?:on|in)\s$|\s(?:came|comes)\sout\s(?:on|in)\s$")
DUE_GAP = re.compile(r"\s(?:is|was|are|were)\s(?:now\s|still\s|originally\s|first\s)?(?:due\sout|due|slated|scheduled|planned|set)"
                     r"(?:\sto\s(?:be\sreleased|launch|go\son\ssale|come\sout))?\s(?:for|in|on|by)\s$")
PRICE_GAP = re.compile(r"\s(?:costs|cost|will\scost|sells\sfor|sold\sfor|retails\sfor|is\spriced\sat|was\spriced\sat)\s$"
                       r"|\s[^.;]{0,60}?\bat\sa\s(?:standard\s|list\s|retail\s|launch\s|starting\s)?price\sof\s$"
                       # "will carry a list price of", "has a retail price of"
                       r"|\s(?:will\s)?(?:carry|carries|carried|has|had|have)\sa\s(?:list\s|retail\s|launch\s|starting\s)?price"
                       r"\s(?:tag\s)?of\s" + QUALIFIER_WORDS + r"$")


def named_products(text: str, persons: frozenset[str] = frozenset()) -> dict[str, str]:
    """For each kind of product ("game"), the one of that kind the text names, when it names only one or
    one at least twice as often as any other: {"game": "Tidebreaker"}. People are no products."""
    lowered = text.lower()
    if not any(noun in lowered for noun in PRODUCT_NOUNS):
        return {}
    found: dict[str, Counter] = {}
    for pattern in (DESCRIBED_AFTER, DESCRIBED_BEFORE):
        for m in pattern.finditer(text):
            name = m.group("name")
            if name not in persons and not name.startswith(("The ", "A ", "An ")):
                found.setdefault(m.group("noun").lower(), Counter())[name] += 1
    return dominant(found)


# "The game has now sold 4.3 million": the verb between the product a sentence opens on and a count
SUBJECT_VERB_GAP = re.compile(r"\s(?:(?:has|had|have)\s)?(?:(?:now|already|so\sfar|since)\s)?[a-z]+\s" + QUALIFIER_WORDS)


def product_subject(sentence: str, s: int, products: dict[str, str]) -> str | None:
    """The product a sentence opens on ("The game has now sold") when it is the subject of the verb right before the
    count at sentence offset `s`: the one product of that kind the document names."""
    subject = SUBJECT.match(sentence) if products else None
    if subject is None or subject.end() > s or not SUBJECT_VERB_GAP.fullmatch(sentence, subject.end(), s):
        return None
    return products.get(subject.group("noun").lower())


def product_figure(sentence: str, s: int, kind: str, products: dict[str, str]) -> NamedFigure | None:
    """The product a date or price at sentence offset `s` is of, when the sentence opens on "the <kind>" and
    says it was released or went on sale then, is due then, or costs that much ("The game was released on
    Thursday", "The phone costs $899")."""
    if not products or kind not in ("date", "money"):
        return None
    subject = SUBJECT.match(sentence)
    if subject is None or subject.end() > s:
        return None
    noun = subject.group("noun").lower()
    product = products.get(noun)
    if product is None:
        return None
    aside = ASIDE.match(sentence, subject.end())  # "The drug, taken as a monthly jab, will carry"
    gap = aside.end() if aside else subject.end()
    if kind == "date":
        if RELEASED_GAP.fullmatch(sentence, gap, s):
            return NamedFigure(product, "release", f"the date the {noun} came out: {product}, the {noun} the document names")
        if DUE_GAP.fullmatch(sentence, gap, s):
            return NamedFigure(product, "release (projected)", f"the date the {noun} is due: {product}, the {noun} the document names")
        return None
    if PRICE_GAP.fullmatch(sentence, gap, s):
        return NamedFigure(product, "price", f"what the {noun} costs: {product}, the {noun} the document names")
    return None
