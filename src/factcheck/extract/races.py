"""Finishing times: "Abel Karimi won in 2:06:14", "Mbeki was second in 2:07:31".

A time written as hours, minutes and seconds is how long someone took to
finish a race. It is the finishing time of the runner the sentence names before
it, or of the one "he", "she" or "the 27-year-old" stands for. A record ("the
old record of 2:07:02") or a time another runner is beaten by ("beating the
2:05:37 that Taruk ran") is the runner's named right after it, or nobody's.
"""

from __future__ import annotations

import re

from .attribution import Attribution, definitions
from .clauses import RESPECTIVELY_AFTER
from .entities import INSTITUTION_WORDS, ORG_SUFFIXES, PLACE_WORDS, NameMention, looks_like_person

# "the course record of", "a record", "the old mark of", "her personal best is": a best time, no finishing time of this race
RECORD_BEFORE = re.compile(r"\b(?:record|mark|best)\s(?:of\s|time\sof\s|is\s|was\s|stands\sat\s|remains\s)?(?:just\s|only\s)?$",
                           re.I)
# "beating the", "ahead of", "behind": a time another runner set, compared with
OTHERS_BEFORE = re.compile(r"\b(?:beating|beat|bettering|broke|breaking|ahead\sof|behind|than|eclipsing|erasing|lowering)\s"
                           r"(?:the\s|his\s|her\s)?$", re.I)
# "the 2:05:37 that Gideon Taruk ran", "2:05:37, set by Taruk": the runner named right after
RUNNER_AFTER = re.compile(r"(?:,)?\s(?:that|which|set\sby|run\sby|by)\s$", re.I)
RAN_AFTER = re.compile(r"\s(?:ran|set|clocked|recorded|posted)\b")
# "The 27-year-old's winning time", "He finished in", "She crossed the line in": the person named before
PERSON_OPENING = re.compile(r"[\"'\u201c]?(?:he|she|the\s\d{1,3}-year-old(?:['\u2019]s)?)\b", re.I)
POSSESSIVE_GAP = re.compile(r"['\u2019]s?\s(?:winning\s|finishing\s)?(?:time\sof\s)?")
ATTRIBUTE = "finishing time"
# Last and first words of names that are no runner's: "Port Averill Marathon", "St Brannoc's Hospital"
NOT_RUNNER_LAST = frozenset({"marathon", "race", "games", "open", "cup", "championship", "championships", "classic", "hospital",
                             "run", "half", "city", "club", "harriers"})
NOT_RUNNER_FIRST = frozenset({"port", "st", "saint", "mount", "lake", "fort", "cape", "new", "north", "south", "east", "west"})


def runner_like(name: str) -> bool:
    """Whether `name` reads as a person's ("Nadia Ostrova"), not a race's, a place's or an organization's."""
    words = name.split()
    last, first = words[-1].lower(), words[0].lower().rstrip(".")
    return 2 <= len(words) <= 3 and looks_like_person(name) and all(w.isalpha() for w in words) \
        and last not in NOT_RUNNER_LAST and last not in ORG_SUFFIXES and last not in INSTITUTION_WORDS \
        and last not in PLACE_WORDS and first not in NOT_RUNNER_FIRST


def finishing_time(sentence: str, base: int, s: int, e: int, names: list[NameMention], persons,
                   previous_person: str | None, attributes) -> Attribution | None:
    """The runner whose finishing time the clock-style duration at sentence offsets `s:e` is, or an Attribution with
    no subject when it is a record or another runner's time that names no one; None when the rule pack has no
    finishing time."""
    if ATTRIBUTE not in definitions(attributes):
        return None
    surnames = {p.rsplit(None, 1)[-1] for p in persons}

    def person(n: NameMention) -> bool:
        return n.name in persons or n.name in surnames or runner_like(n.name)

    own = next((n for n in names if n.possessive and person(n) and POSSESSIVE_GAP.fullmatch(sentence, n.end - base, s)), None)
    if own is not None:  # "Nadia Ostrova's 2:23:40"
        return Attribution(own.name, ATTRIBUTE, None, f"a time, {own.name}'s", "duration")
    after = next((n for n in names if n.start - base >= e and person(n)
                  and RUNNER_AFTER.fullmatch(sentence, e, n.start - base) and RAN_AFTER.match(sentence, n.end - base)), None)
    if after is not None:
        return Attribution(after.name, ATTRIBUTE, None, f"a time, the one {after.name} ran", "duration")
    if RESPECTIVELY_AFTER.match(sentence, e):  # "finished in 2:06:48 and 2:21:10 respectively": each another runner's
        return Attribution(None, None, None, "one of several times given in turn", "duration")
    if RECORD_BEFORE.search(sentence, max(0, s - 30), s) or OTHERS_BEFORE.search(sentence, max(0, s - 30), s):
        return Attribution(None, None, None, "a record or another runner's time, with no runner named", "duration")
    before = [n for n in names if n.end - base <= s and person(n)]
    if before:
        runner = before[-1]
        return Attribution(runner.name, ATTRIBUTE, None, f"a time, of {runner.name}, the runner named before it", "duration")
    if previous_person and PERSON_OPENING.match(sentence):
        return Attribution(previous_person, ATTRIBUTE, None,
                           f"a time, of {previous_person}, the person the sentence's opening stands for", "duration")
    return Attribution(None, None, None, "a time with no runner named", "duration")
