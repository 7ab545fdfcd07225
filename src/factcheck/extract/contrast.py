"""One sentence, one value per subject: a guessed owner gives way to a named one.

"The club's revenue reached €540 million, nearly three times Kellmoor's €188
million": when a sentence gives a figure of an entity it names and another
figure of the same attribute whose owner was only guessed ("the club", "it",
the organization the document names most), the guess cannot be that entity.
A sentence does not state two values of one subject unless it says one is
earlier ("up from"), a revision ("raised its offer to") or of another period,
and those are left alone; a period the sentence gives one figure and not the
other ("revenue of £2.9bn last year, against Brackwater's £3.4bn") is no other
period.
"""

from __future__ import annotations

import dataclasses

from ..model import Fact

GUESSED_OWNER = ("names most", "is about so far", "'it' or 'the company'", "pronoun")
"""Wordings of `why` for an owner read from salience or a pronoun rather than from a name beside the figure."""


def _guessed(fact: Fact) -> bool:
    why = fact.why or ""
    return any(mark in why for mark in GUESSED_OWNER)


def _same_name(a: str, b: str) -> bool:
    """Whether `a` and `b` name one entity: equal, or one is the other's first or last words ("Kellmoor" of
    "Kellmoor Rovers")."""
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return long[:len(short)] == short or long[-len(short):] == short


def _differ(a: Fact, b: Fact) -> bool:
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or qa.kind != qb.kind or qa.unit != qb.unit:
        return False
    return abs(qa.value - qb.value) > 0.01 * max(abs(qa.value), abs(qb.value))


REACH = 400
"""How far (characters) from a guessed figure a named figure of its sentence is looked for: a 20 MB line stays linear."""


def contrasted(facts: list[Fact]) -> list[Fact]:
    """`facts` (of one document, in text order), with each guessed owner that a named owner of the same sentence
    contradicts left unplaced."""
    out = list(facts)
    for i, guess in enumerate(facts):
        if not (guess.entity and guess.attribute and guess.quantity and _guessed(guess)) \
                or guess.earlier or guess.revised:
            continue
        lo, hi = i, i
        while lo > 0 and facts[lo - 1].start >= guess.start - REACH:
            lo -= 1
        while hi + 1 < len(facts) and facts[hi + 1].start <= guess.end + REACH:
            hi += 1
        named = next((f for f in facts[lo:hi + 1] if f is not guess and f.sentence is guess.sentence
                      and f.attribute == guess.attribute and f.object == guess.object
                      and (f.period == guess.period or f.period is None or guess.period is None)
                      and f.entity and not _guessed(f) and not f.earlier and not f.revised
                      and _same_name(f.entity, guess.entity) and _differ(f, guess)), None)
        if named is not None:
            out[i] = dataclasses.replace(
                guess, entity=None, object=None, attribute=None,
                why=f"{guess.why}; but the sentence gives {named.entity}'s own {named.attribute} as {named.text!r}: "
                    "the figure is someone else's, left unplaced")
    return out
