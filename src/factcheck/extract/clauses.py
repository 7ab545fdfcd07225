"""Clauses: where the clause around an offset of a sentence starts and ends.

A clause ends at a semicolon, a colon, a dash, a reporting verb ("said"), a
comma before a conjunction, a relative pronoun or an "-ing" participle, "while"
before a name ("Orvane earned $96m while Sennick lost $412m"), and
after a sentence-initial subordinate clause ("When X took over in 2019, ...").
Cues, subjects and periods are looked for within the clause of a value.
"""

from __future__ import annotations

import bisect
import functools
import re

# "A and B, which hold 7.2 percent and 5.5 percent respectively", "in 2:06:48 and 2:21:10 respectively": figures given
# in the order of names before them
RESPECTIVELY_AFTER = re.compile(r"(?:[^.;:!?]|[.:](?=\d)){0,80}?,?\s\(?respectively\b")

CLAUSE_BREAK = re.compile(r";|:\s|,\s(?=(?:up|down)\sfrom\b|against\b|compared\s(?:with|to)\b)|\s[\u2014\u2013-]\s|,\s(?=[a-z]+ing\b)|\b(?:said|says|told\s\w+|warned|added|noted|argued|estimated)\s(?:that\s)?|\b(?:confirmed|confirms|announced|announces|disclosed|discloses|revealed|reveals|stated|insisted|insists|claimed|claims|acknowledged|admitted|predicted|predicts|explained|believes|believed|signalled|signaled|indicated|indicates)\s(?:(?:on|last|this)\s\w+\s)?that\s|,\s(?:and|but|while|whereas|although|though|when|after|before|as|since|because|until)\b|\s(?:while|whereas)\s(?=[A-Z])|,\s(?=(?:which|who|whose)\b)|\.\s")
# A sentence-initial subordinate clause ends at its first comma: "When Okafor took over in 2019, the company had 70 employees".
# So does a participial opening: "Founded in 1952, Maskell employs 4,300 people".
INTRO_CLAUSE = re.compile(r"^[\"'\u201c]?(?:When|After|Before|Since|While|Although|Though|If|Because|Until|Once|Despite|As"
                          r"|(?:[A-Z][a-z]{2,}(?:ed|ing)|Born|Built|Made|Known|Held|Led|Run|Set|Bought|Sold|Hit|Brought|Grown|Taken|Given|Written|Founded)(?=\s(?:in|by|on|at|from|with|to|after|for|under|as|during)\b))"
                          r"\s[^,;:]{3,120}?(,\s)")


def clause_bounds(sentence: str, at: int) -> tuple[int, int]:
    """Start and end, within `sentence`, of the clause around offset `at`."""
    return clause(sentence, at)


# "Coldwater, which reported revenue of $1.1 billion last year, is valued at $6 billion": the relative clause
# ends at the comma before the main clause's verb ("..., who quit last Monday, arrived in 2019"); so does a
# participle's ("The chain, founded in 1958 by Arthur Merriton, employs 5,800 people").
# A year written in digits, not part of a larger number or an amount: "in 2019", not "$2,019" or "12019".
YEAR = re.compile(r"(?<![\d,.$\u20ac\u00a3])\b(?:19|20)\d\d\b(?![\d]|[,.]\d)")
RELATIVE_OPEN = re.compile(r",\s(?:which|who|whose|(?:[a-z]{3,}ed|born|built|known|set\sup)\s(?:in|by|on|at|from|as|with|after)\b)")
MAIN_VERB_AFTER = re.compile(r",\s(?=(?:is|are|was|were|has|have|had|will|would|can|could|remains|remained|employs|employed|"
                             r"wants|plans|said|says|reported|expects|owns|holds|makes|made|took|became|left|rose|fell|grew|came|stood|hit|"
                             r"[a-z]{3,}ed)\b)")


@functools.lru_cache(maxsize=256)
def _breaks(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    found = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence)]
    for relative in RELATIVE_OPEN.finditer(sentence):
        back = MAIN_VERB_AFTER.search(sentence, relative.end())
        if back:
            found.append(back.span())
    found = sorted(set(found))
    intro = INTRO_CLAUSE.match(sentence)
    if intro:
        found = sorted([*found, intro.span(1)])
    return tuple(a for a, _ in found), tuple(b for _, b in found)


def clause(sentence: str, at: int) -> tuple[int, int]:
    starts, ends = _breaks(sentence)
    before = bisect.bisect_right(ends, at) - 1
    start = ends[before] if before >= 0 else 0
    after = bisect.bisect_left(starts, at)
    # a break that straddles `at` belongs to neither side: skip to the first break starting at or after it
    end = starts[after] if after < len(starts) else len(sentence)
    return start, end


def main_opening(sentence: str, at: int) -> tuple[int, int] | None:
    """The words of the main clause before a clause between commas, for an offset after that clause.

    "Sales at the chain, founded in 1959, peaked at £1.1 billion": for the
    value, the span of "Sales at the chain"; None when the clause around `at`
    does not resume a main clause.
    """
    start, _ = clause(sentence, at)
    if start < 2 or not MAIN_VERB_AFTER.match(sentence, start - 2):
        return None
    opened = [m.start() for m in RELATIVE_OPEN.finditer(sentence, 0, start)]
    if not opened:
        return None
    return clause(sentence, opened[-1])[0], opened[-1]


# A word of a phrase of time or circumstance before a clause's subject: no name ("For Thornacre it is" is about
# Thornacre), though a month or a weekday ("By the June 7 filing it had")
_FRONTED_WORD = (r"(?:[a-z0-9$\u20ac\u00a3'\u2019-][^,;:.()\"\u201c\u201d\s]*|(?:January|February|March|April|May|June|July|August|"
                 r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# "During the pandemic ", "In the same quarter of 2025, ", "Five years ago, with offices shut, " (after a leading adverb): one
# or two phrases of time or circumstance before a clause's subject
FRONTED_PHRASES = (r"(?:(?i:in|during|at|by|for|over|after|before|until|through|throughout|with|without|under|since|across|"
                   r"despite|amid|on|from|within)\s(?:" + _FRONTED_WORD + r"\s){0,6}?" + _FRONTED_WORD + r",?\s){1,2}")


# "- Jobs lost: 1,200": a list item or a line that names its figure before a colon.
# "- 2025 revenue:", "- Valuation (March):"
LABEL = re.compile(r"[ \t]*(?:[-*\u2022\u2013]\s+)?(?P<label>(?:[A-Z]|(?:19|20)\d\d\s)[\w'\u2019 -]{1,40}?(?:\s\([\w ,]{1,20}\))?):(?:\s|$)")


# "- 2025 revenue: $1.38 billion; net loss: $212 million": a further label after a semicolon in a labelled line.
NEXT_LABEL = re.compile(r";\s(?P<label>[A-Za-z][\w'\u2019 -]{1,40}?):\s")


def label_of(sentence: str, at: int) -> tuple[int, int] | None:
    """The span of the label a line opens with ("Jobs lost" in "- Jobs lost: 1,200"), for an offset after its colon;
    in a line of several ("...; net loss: $212 million"), the last one before the offset."""
    match = LABEL.match(sentence)
    if not match or match.end() > at:
        return None
    later = [m for m in NEXT_LABEL.finditer(sentence, match.end(), at) if m.end() <= at]
    return later[-1].span("label") if later else match.span("label")


def before_aside(sentence: str, start: int, end: int) -> int:
    """`end`, or the opening bracket of an aside between `start` and `end` ("19 (Bretta, 2014: 31)"): what follows
    the bracket is the aside's, not the figure's before it."""
    aside = sentence.find("(", start, end)
    return aside if aside != -1 else end
