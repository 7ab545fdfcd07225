"""Votes and vote shares, and whose they are.

"Kormoss, 47, had 61,412 votes, or 48.2 percent": the share is the same candidate's as the votes.
"48% of the vote to 42% for Gideon Rusk": the share after "for" is Rusk's. "and Amos Pellegrin with
12,940 votes": the name right before "with" took them. A margin of victory is "votes (margin)".
"""

from __future__ import annotations

import re

from .entities import NameMention

# "42% for Gideon Rusk", "31 percent for the Green candidate Ana Ruiz": the share the name after "for" took.
FOR_TAKER = re.compile(r",?\s+(?:or\s+[\d.]+\s?(?:%|percent|per\scent),\s+)?for\s+(?:(?:the\s+)?[a-z-]+\s+){0,2}")
# "and Amos Pellegrin with 12,940 votes": the name right before "with" took them.
NAME_WITH = re.compile(r"\s+(?:finished\s+|came\s+second\s+|came\s+third\s+|trailed\s+|was\s+second\s+)?with\s+$")
# "a margin of nearly seven points and more than 8,500 votes", "margin of victory at 8,510 votes"
# "beat the three-term incumbent by fewer than 3,400 votes", "won by 9,814 votes": the margin too
MARGIN_BEFORE = re.compile(r"\bmargins?\b[^.;]{0,40}$|\b(?:beat|beats|beating|won|wins|winning|defeated|defeats|lost|loses|"
                           r"losing|trailed|trails|led|leads|leading)\s[^.;,]{0,40}?\bby\s(?:(?:fewer|less|more)\sthan\s|"
                           r"about\s|around\s|roughly\s|nearly\s|almost\s|just\s(?:over\s|under\s)?|only\s)?$", re.I)
# "... and Salgado 42.9 percent", ", Ruiz 31 percent": a name listed with its own figure right after it
AND_BEFORE_NAME = re.compile(r"(?:\band|,)\s$")
# "61,412 votes, or 48.2 percent,": the share the votes before it are.
SHARE_OF_VOTES = re.compile(r",\s+(?:or\s+)?$")


def follows_votes(sentence: str, votes_end: int, start: int) -> bool:
    """Whether a share at `start` follows a count ending at `votes_end` as its apposition (", or 48.2 percent")."""
    return bool(SHARE_OF_VOTES.fullmatch(sentence, votes_end, start))


def read_votes(sentence: str, base: int, start: int, end: int, attribute: str, why: str,
               names: list[NameMention]) -> tuple[str, str, str | None]:
    """(attribute, why, taker) for votes or a vote share at sentence offsets ``start:end``.

    The attribute is "votes (margin)" for a margin of victory; the taker is the name the sentence gives
    the figure to ("for Gideon Rusk", "Amos Pellegrin with"), or None when the usual reading decides.
    """
    if attribute == "votes" and MARGIN_BEFORE.search(sentence, max(0, start - 60), start):
        attribute, why = "votes (margin)", f"{why}; a margin of victory"
    taker = next((n for n in names if not n.possessive and FOR_TAKER.fullmatch(sentence, end, n.start - base)), None)
    if taker is not None:
        return attribute, f"{why}; entity {taker.name}, named after 'for'", taker.name
    taker = next((n for n in names if not n.possessive and NAME_WITH.fullmatch(sentence, n.end - base, start)), None)
    if taker is not None:
        return attribute, f"{why}; entity {taker.name}, named right before 'with'", taker.name
    taker = next((n for n in names if not n.possessive and n.end - base + 1 == start and sentence[n.end - base] == " "
                  and AND_BEFORE_NAME.search(sentence, max(0, n.start - base - 6), n.start - base)), None)
    if taker is not None:  # "Achterberg 52.5 percent of the vote and Salgado 42.9 percent": the name right before it
        return attribute, f"{why}; entity {taker.name}, named right before the figure after 'and'", taker.name
    return attribute, why, None
