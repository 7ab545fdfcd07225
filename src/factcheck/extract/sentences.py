"""Sentence splitting with character offsets."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st inc corp ltd co vs etc gen gov sen rep lt col sgt capt no fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m e.g i.e approx est dept univ".split()
)
MAX_SENTENCE = 1000
_BOUNDARY = re.compile(r"[.!?]+[\"')\]\u201d\u2019]*[ \t]+(?=[\"'(\[\u201c\u2018]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in `text`.

    A line break always ends a sentence (paragraphs and headings); a period
    ends one unless it follows a known abbreviation or a single initial.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0)[0] == ".":
            word = re.search(r"([\w.]+)$", text[max(start, match.start() - 24):match.start()])
            token = word.group(1).lower() if word else ""
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue
        end = match.start() + len(match.group(0).rstrip())
        if text[start:end].strip():
            spans.extend(_bounded(text, *_trim(text, start, end)))
        start = match.end()
    if text[start:].strip():
        spans.extend(_bounded(text, *_trim(text, start, len(text))))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run-on "sentence" (a table, a list, junk) into pieces of at most MAX_SENTENCE characters.

    # NOTE: every value does work proportional to its sentence; the cap keeps
    # extraction linear on adversarial input such as a 20 MB line.
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append(_trim(text, start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
