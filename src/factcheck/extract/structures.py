"""Named structures: "the Tavrin Dam", "the Harnock levee", "Velmora's Eastlink metro line".

A dam, a bridge or a railway line is no organization, yet news gives its
figures as it would a company's: when it was built or opened, what it cost,
and when it is due to open. A sentence about "the dam" or "the line" is about
the one structure of that kind the document names, keyed by its name
("Tavrin Dam", "Eastlink Line"), so that two outlets' figures for it line up.
A structure the document does not name, or one of several of a kind, keeps no
subject.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

# Kinds of structure a name stands before ("the Gullhaven Bridge", "the Harnock levee"). An organization's plants
# and mines are its sites (.sites), keyed by their owner; these have no owner a figure would be compared under.
STRUCTURE_NOUNS = ("dam", "bridge", "levee", "tunnel", "canal", "stadium", "arena", "line", "railway", "airport",
                   "tower", "reactor", "pipeline", "wing", "barrage", "viaduct", "motorway", "highway", "station", "gondola",
                   "terminal", "pier")
_NOUN = r"(?P<noun>" + "|".join(sorted(STRUCTURE_NOUNS, key=len, reverse=True)) + r")"
# A modifier between the name and the noun: "Eastlink metro line", "Millbank Quay football stadium".
_MODIFIER = r"(?:metro|rail|railway|tram|light-rail|underground|subway|commuter|high-speed|suspension|road|river|flood|" \
            r"earth|football|east|west|north|south|new|nuclear|power|ferry|container)\s"
# "the Sarvin Canal Authority": the body that runs a structure, whose name carries the structure's name
_BODY = r"(?!(?:Authority|Company|Trust|Board|Corporation|Commission|Operator)\b)"
_NOT_NAME = r"(?!(?:The|A|An|Its|Their|This|That|Our|His|Her|In|On|At|By|For|From|When|After|Before|Since|Until)\s)"
NAMED_STRUCTURE = re.compile(r"(?<![\w'\u2019-])(?P<name>" + _NOT_NAME + r"[A-Z][\w-]+(?:\s" + _NOT_NAME + r"[A-Z][\w-]+){0,2})\s(?:"
                             + _MODIFIER + r"){0,2}(?i:" + _NOUN + r")\b(?!['\u2019]?\s?" + _BODY + r"[A-Z])")
# The structure a sentence opens on: "The dam", "The 52-metre earth dam", "The Harnock levee", "The line's final price".
_PLAIN_WORD = r"(?!(?:of|to|in|on|at|for|from|with|and|or|by|than|as)\s)[\w.\u2024-]+\s"
_SUBJECT = r"[\"'\u201c\s]*(?:(?:[Tt]he\s|[A-Z][\w-]+['\u2019]s\s)?(?P<named>(?:" + _NOT_NAME + r"[A-Z][\w-]+\s){1,3})(?:" + _MODIFIER + r")?" \
           r"|(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?:" + _PLAIN_WORD + r"){0,3}?)(?i:" + _NOUN + r")(?P<possessive>['\u2019]s)?"
SUBJECT = re.compile(_SUBJECT)
# "The Harnock levee, built in 1997," / "the bridge, opened in 1963,": the structure right before the figure.
APPOSITIVE = re.compile(r"\b[Tt]he\s(?:(?P<named>(?:" + _NOT_NAME + r"[A-Z][\w-]+\s){1,3})(?:" + _MODIFIER + r")?|(?:"
                        + _PLAIN_WORD + r"){0,2})(?i:" + _NOUN + r")(?P<possessive>)"
                        r"(?=,?\s(?:which\s|that\s)?(?:was\s|were\s|had\sbeen\s|has\sbeen\s)?(?:first\s|only\s|finally\s)?"
                        r"(?:built|completed|finished|opened|constructed|commissioned)\s)")
# What comes between the structure and a date of its building: "was completed in", ", built in", "opened in".
BUILT_GAP = re.compile(r"(?:,\s(?:which|that)\s[^,;]{0,100},)?,?\s(?:which\s|that\s)?(?:was\s|were\s|had\sbeen\s|has\sbeen\s)?"
                       r"(?:first\s|only\s|finally\s)?(?:built|completed|finished|opened|constructed|inaugurated|commissioned)"
                       r"\s(?:to\s(?:passengers|traffic|the\spublic|visitors|shipping|ships|trains|cars|vehicles|fans)\s)?(?:in|on)\s(?:the\s)?$")
DUE_GAP = re.compile(r"(?:,\s(?:which|that)\s[^,;]{0,100},)?,?\s(?:which\s|that\s)?(?:is\s|was\s|are\s|were\s)?(?:still\s|now\s)?"
                     r"(?:due|expected|scheduled|set|planned)\sto\s(?:open|be\scompleted|be\sfinished)\s(?:in|by|on)\s(?:the\s)?$")
# What comes between the structure and its cost: "cost", ", which links ..., cost", "is expected to cost", "was
# completed in 1984 at a cost of", "'s final price tag is".
COST_GAP = re.compile(r"(?:,\s(?:which|that)\s[^,;]{0,140},)?\s(?:(?P<planned>will\s|would\s|could\s|might\s|(?:is|was|are|were)\s"
                      r"(?:expected|likely|set|due)\sto\s|should\s)?(?:eventually\s|now\s|also\s)?(?:cost|costs)\s"
                      r"|(?:was|were)\s(?:built|completed|finished|opened)\sin\s[\w ]{4,20}?\s(?:at\sa\scost\sof|for)\s"
                      r"|(?P<budgeted>(?:is|was)\sbudgeted\sat\s))$")
COST_OF_POSSESSIVE = re.compile(r"\s(?:final\s|total\s|original\s)?(?:price\stag|cost|bill)\s(?:is|was|came\sto|stands\sat|rose\sto)\s$")
# "The £62 million wing", "a €4.1 billion line": a price written before the structure.
PRICE_BEFORE_NOUN = re.compile(r"\s(?:" + _MODIFIER + r")?(?i:" + _NOUN + r")\b")
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s|\n")
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s$", re.I)
# "were promised a €2.2 billion line", "approved a £40 million wing": a price before the thing was built
PROMISED_BEFORE = re.compile(r"\b(?:promised|planned|proposed|budgeted|approved|envisaged|estimated|offered)\s(?:the|a|an)\s$", re.I)


class NamedFigure(NamedTuple):
    """The subject a figure of a named thing (a structure, a product) gets, and why."""

    entity: str
    attribute: str
    why: str


def _key(name: str, noun: str) -> str:
    """One key however the text capitalizes the noun: "Tavrin Dam" for "the Tavrin dam", "Eastlink Line" for "Eastlink metro line"."""
    name = " ".join(name.split())
    return name if name.rsplit(None, 1)[-1].lower() == noun else f"{name} {noun.capitalize()}"


def named_structures(text: str, persons: frozenset[str] = frozenset()) -> dict[str, str]:
    """For each kind of structure ("dam"), the one of that kind the text names, when it names only one, one at
    least twice as often as any other, or one it names alone in a sentence before any other, as a lead names the
    structure a story is about, and no less often than any other: {"dam": "Tavrin Dam", "line": "Eastlink Line"}."""
    if not any(noun in text.lower() for noun in STRUCTURE_NOUNS):
        return {}
    found: dict[str, Counter] = {}
    first: dict[str, tuple[str, int]] = {}  # noun -> (the name first written, where)
    lead: dict[str, str] = {}
    for m in NAMED_STRUCTURE.finditer(text):
        name, noun = m.group("name"), m.group("noun").lower()
        if name in persons or name.rsplit(None, 1)[-1].lower() in STRUCTURE_NOUNS and name.rsplit(None, 1)[-1].lower() != noun:
            continue
        key = _key(name, noun)
        if noun not in first:
            first[noun] = (key, m.end())
        elif noun not in found or key not in found[noun]:  # another name of the kind, first written here
            if SENTENCE_END.search(text, first[noun][1], m.start()) and len(found[noun]) == 1:
                lead[noun] = first[noun][0]
        found.setdefault(noun, Counter())[key] += 1
    return dominant(found, lead)


def dominant(found: dict[str, Counter], lead: dict[str, str] | None = None) -> dict[str, str]:
    """For each kind, its one name, the name written at least twice as often as any other, or its `lead` name when
    no other is written more often; kinds with no such name are left out."""
    chosen = {}
    for noun, keys in found.items():
        top = keys.most_common(2)
        if len(top) == 1 or top[0][1] >= 2 * top[1][1]:
            chosen[noun] = top[0][0]
        elif lead and lead.get(noun) and keys[lead[noun]] >= top[0][1]:
            chosen[noun] = lead[noun]
    return chosen


def structure_figure(sentence: str, s: int, e: int, kind: str, structures: dict[str, str]) -> NamedFigure | None:
    """The structure a date or money figure at sentence offsets `s:e` is of, when the sentence opens on it and
    says it was built, opened or completed then, is due to open then, or cost that much ("The bridge opened in
    1962", "The Harnock levee, built in 1997,", "The line cost €4.1 billion", "The £62 million wing").
    These wordings leave no other reading: the structure is the figure's subject whatever else the sentence names."""
    if not structures or kind not in ("date", "money"):
        return None
    if kind == "money":
        after = PRICE_BEFORE_NOUN.match(sentence, e)
        if after and ARTICLE_BEFORE.search(sentence, max(0, s - 6), s) and structures.get(after.group("noun").lower()):
            noun = after.group("noun").lower()
            if PROMISED_BEFORE.search(sentence, max(0, s - 16), s):
                return NamedFigure(structures[noun], "price (projected)",
                                   f"the price a {noun} was to cost, the {noun} the document names")
            return NamedFigure(structures[noun], "price", f"the price before '{noun}', the {noun} the document names")
    subject = SUBJECT.match(sentence)
    if subject is None:
        subject = _appositive(sentence, s)
        if subject is None:
            return None
    noun = subject.group("noun").lower()
    named = subject.group("named")
    entity = _key(named, noun) if named and named.split()[-1].lower() not in ("the", "a", "an") else structures.get(noun)
    if entity is None or (named and structures.get(noun) not in (None, entity)):
        return None
    gap_start = subject.end()
    if kind == "date":
        if BUILT_GAP.fullmatch(sentence, gap_start, s):
            return NamedFigure(entity, "founding", f"the date the {noun} was built or opened")
        if DUE_GAP.fullmatch(sentence, gap_start, s):
            return NamedFigure(entity, "founding (projected)", f"the date the {noun} is due to open")
        return None
    cost = (COST_OF_POSSESSIVE.fullmatch(sentence, gap_start, s) if subject.group("possessive")
            else COST_GAP.fullmatch(sentence, gap_start, s))
    if cost is None:
        return None
    planned = cost.re is COST_GAP and (cost.group("planned") or cost.group("budgeted"))
    return NamedFigure(entity, "price (projected)" if planned else "price", f"what the {noun} " + ("is to cost" if planned else "cost"))


def _appositive(sentence: str, s: int) -> re.Match | None:
    """ "the bridge, opened in 1963," right before the figure at `s`."""
    return next((m for m in APPOSITIVE.finditer(sentence, max(0, s - 80), s)
                 if BUILT_GAP.fullmatch(sentence, m.end(), s)), None)
