"""Deals a sentence names without a figure: "Vantel agreed to buy Kestrel Mobile", "the merger of Vantel and Kestrel".

A takeover story often names the buyer and the target in its first sentence
and gives the price later, as "the deal, worth almost €5 billion". The
figure then has no names of its own; the deal the document named before
supplies them. Only wordings that leave no doubt which party buys are read.
"""

from __future__ import annotations

import re

from .entities import NameMention

# "Vantel agreed to buy", "Orvell will acquire", "Harlen has agreed to take over", "Marlow bought"
_BUYS = (r"(?:has\s|have\s|had\s)?(?:(?:agreed|agrees|plans|is\sset|was\sset|is\sto|offered|offers|moved)\sto\s|will\s|would\s)?"
         r"(?:buy|acquire|take\sover|bought|acquired|buys|acquires|took\sover|takes\sover|merge\swith|merged\swith|merges\swith)\s"
         r"(?:(?:its\s|the\s)?(?:rival|smaller\srival|larger\srival|competitor|peer)\s)?")
BUYS = re.compile(r"(?:,\s[^,;]{1,80},)?\s(?:on\s[A-Z][a-z]+day\s)?" + _BUYS)
# "the merger of Vantel and Kestrel"
MERGER_OF = re.compile(r"\b(?:merger|combination|tie-up)\sof\s$", re.I)
# "Orvell's takeover of Hollinsworth"
OWN_DEAL_OF = re.compile(r"['\u2019]s?\s(?:planned\s|proposed\s|agreed\s)?(?:takeover|acquisition|purchase)\sof\s(?:the\s)?", re.I)
AND_GAP = re.compile(r"\s(?:and|with)\s")
# "Skerrin's sale to Halvorsen", "the sale of Skerrin to Halvorsen", "Kestrel was bought by Vantel": the buyer second
SOLD_TO = re.compile(r"(?:['\u2019]s?\s(?:planned\s|proposed\s|agreed\s)?sale\sto|(?:,\s[^,;]{1,80},)?\s(?:is|was|has\sbeen|had\sbeen|"
                     r"will\sbe|is\sbeing|was\sbeing)\s(?:bought|acquired|taken\sover|sold)\s(?:by|to))\s(?:the\s)?(?:[a-z-]+\s){0,3}?")
SALE_OF = re.compile(r"\bsale\sof\s$", re.I)
TO_GAP = re.compile(r"\sto\s(?:the\s)?(?:[a-z-]+\s){0,3}?")
# "its sale to Marlowe", "it is being bought by Tidemark": the organization "its" stands for, sold to the one named
ITS_SALE_TO = re.compile(r"\b(?:its\s(?:planned\s|proposed\s|agreed\s)?sale\sto|it\s(?:is|was|has\sbeen|will\sbe|is\sbeing)\s"
                         r"(?:bought|acquired|taken\sover)\sby)\s(?:the\s)?(?:[a-z-]+\s){0,3}?$", re.I)


def deal_named(sentence: str, base: int, names: list[NameMention], persons: frozenset[str],
               its: str | None = None) -> tuple[str, str] | None:
    """(buyer, target) of a deal sentence `sentence` (at document offset `base`) names, or None.

    "Vantel Communications agreed to buy Kestrel Mobile": (Vantel Communications, Kestrel Mobile); "the merger of
    Vantel and Kestrel": (Vantel, Kestrel), the first named taken as the buyer; "Skerrin's sale to Halvorsen":
    (Halvorsen, Skerrin); "its sale to Marlowe": (Marlowe, `its`), `its` the organization "its" stands for.
    """
    orgs = [n for n in names if n.name not in persons]
    for n in orgs:
        sale = ITS_SALE_TO.search(sentence, max(0, n.start - base - 60), n.start - base)
        # "Harrow Games said that its sale to": the organization named before "its" in the sentence, else `its`
        owner = next((m.name for m in reversed(orgs) if m.end - base <= sale.start()), its) if sale else None
        if owner and owner not in persons and owner != n.name:
            return n.name, owner
    for first, second in zip(orgs, orgs[1:]):
        gap_start, gap_end = first.end - base, second.start - base
        if gap_end - gap_start > 90:
            continue
        if (OWN_DEAL_OF if first.possessive else BUYS).fullmatch(sentence, gap_start, gap_end):
            return first.name, second.name
        if SOLD_TO.fullmatch(sentence, gap_start, gap_end) or (
                TO_GAP.fullmatch(sentence, gap_start, gap_end) and SALE_OF.search(sentence, max(0, first.start - base - 12), first.start - base)):
            return second.name, first.name
        if AND_GAP.fullmatch(sentence, gap_start, gap_end) and MERGER_OF.search(sentence, max(0, first.start - base - 30), first.start - base):
            return first.name, second.name
    return None
