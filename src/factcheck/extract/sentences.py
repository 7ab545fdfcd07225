"""Sentence splitting with character offsets, and pattern scans over windows of a sentence."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st inc corp ltd co vs etc gen gov sen rep lt col sgt capt no fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m e.g i.e approx est dept univ".split()
)
MAX_SENTENCE = 1000
# "Series C", "Class B", "Phase A": a letter naming a round or a grade, which a sentence may end on
_LETTER_LABEL = re.compile(r"\b(?:Series|Class|Round|Type|Category|Grade|Tier|Phase|Stage|Part|Plan)\s[A-Z]$")
# "... in 1987.** The bridge": Markdown emphasis may close after the period and open before the next sentence
_BOUNDARY = re.compile(r"[.!?]+[\"')\]\u201d\u2019*_]*[ \t]+(?=[\"'(\[\u201c\u2018*_]{0,3}[A-Z0-9])|\n+")


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
            possessive = len(token) == 1 and text[match.start() - 2:match.start() - 1] in ("'", "\u2019")  # "Pettigrew's."
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha() and not possessive and not _LETTER_LABEL.search(
                    text, max(start, match.start() - 12), match.start())) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue  # but "led a $300 million Series C. Greyharrow ...": a letter that labels, no initial
        end = match.start() + len(match.group(0).rstrip())
        if text[start:end].strip():
            spans.extend(_bounded(text, *_trim(text, start, end)))
        start = match.end()
    if text[start:].strip():
        spans.extend(_bounded(text, *_trim(text, start, len(text))))
    return spans


# "Tidewick Brewing Co. for £86 million", "the U.S. carmaker", "Mr. Okafor said": a period inside a sentence, which ends
# nothing, is read as this one-dot leader, so that no pattern that stops at a sentence's end stops there
INNER_PERIOD = "\u2024"
# a period followed by a space inside a sentence (and the next character), and the first periods of an initialism
# ("U.S.", "a.m.")
_INNER_PERIOD = re.compile(r"\.(?=\s+(\S))|(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)")
# Abbreviations written before a name, whose period a capital may follow inside a sentence: "Mr. Okafor", "St. Louis"
# (but "bought by Acme Inc. The deal", "at 3 a.m. Ruark took": a period there may end a sentence the splitter kept whole)
_BEFORE_A_NAME = frozenset("mr mrs ms dr prof st sen gov rep gen lt col sgt capt".split())
_WORD_BEFORE = re.compile(r"(?<![\w\u2024])(\w+)$")


def mask_inner_periods(text: str, sentences: list[tuple[int, int]]) -> str:
    """`text` with each period inside one of `sentences` (not the one that ends it) written as INNER_PERIOD.

    The text keeps its length, so offsets hold; a text that already has the character is returned as it is.
    """
    if "." not in text or INNER_PERIOD in text:
        return text
    cuts = [m.start() for s, e in sentences for m in _INNER_PERIOD.finditer(text, s, e)
            if not (m.group(1) or "a").isupper() or _before_a_name(text, s, m.start())]
    if not cuts:
        return text
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        pieces.append(INNER_PERIOD)
        last = cut + 1
    pieces.append(text[last:])
    return "".join(pieces)


def _before_a_name(text: str, start: int, at: int) -> bool:
    """Whether the period at `at` closes an initial or a title: "Quorra J. Dyne", "Dr. Ruth Mbeki"."""
    word = _WORD_BEFORE.search(text, max(start, at - 8), at)
    if word is None:
        return False
    if len(word.group(1)) == 1:  # an initial, not the last letter of "a.m." or "U.S."
        return word.group(1).isupper() and (word.start() == start or text[word.start() - 1].isspace())
    return word.group(1).lower() in _BEFORE_A_NAME


def unmask(value: str) -> str:
    """`value` with INNER_PERIOD written as the period it stands for."""
    return value.replace(INNER_PERIOD, ".") if INNER_PERIOD in value else value


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


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # NOTE: what \w matches in a str pattern


def _widest(pattern: re.Pattern) -> int | None:
    """The longest match of `pattern`, or None when unbounded or unknown."""
    try:
        from re import _parser  # noqa: PLC0415 - private, hence guarded; only the width is read
        width = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except Exception:  # noqa: BLE001 - without it every window is scanned, as without this class
        return None
    return width if width < 10_000 else None


class SentenceScan:
    """Matches of `pattern` in windows of one sentence, from one scan of the whole sentence.

    Code that looks at the clause around every value would scan a dense
    sentence once per value: quadratic up to MAX_SENTENCE. A scan of the
    window ``[pos, endpos)`` finds what the scan of the whole sentence finds
    there, except at the window's edges: a match across `pos` (the window is
    then scanned as before) and the last `reach` characters, where an attempt
    can read the cut at `endpos` (those are scanned again).

    For patterns whose only assertion is ``\\b`` (no lookaround, no anchors).
    `reach` is the longest match; `word_tail` allows a ``\\w*`` at the end of
    a match, which may run on to the end of the word that `endpos` cuts. The
    last sentence scanned is remembered, so an instance serves one caller at
    a time.
    """

    def __init__(self, pattern: re.Pattern, reach: int | None = None, word_tail: bool = False) -> None:
        self.pattern = pattern
        self.reach = _widest(pattern) if reach is None else reach
        self.word_tail = word_tail
        self.last: tuple[str, list[re.Match], list[int]] = ("", [], [])
        """(sentence, its matches, their starts), as one tuple so it is replaced at once."""

    def finditer(self, sentence: str, pos: int = 0, endpos: int | None = None):
        """What ``pattern.finditer(sentence, pos, endpos)`` gives (as an iterator of matches)."""
        n = len(sentence)
        endpos = n if endpos is None else min(endpos, n)
        pos = max(pos, 0)
        if self.reach is None or endpos <= pos:
            return self.pattern.finditer(sentence, pos, endpos)
        text, found, starts = self.last
        if sentence is not text and sentence != text:
            found = list(self.pattern.finditer(sentence))
            starts = [m.start() for m in found]
            self.last = (sentence, found, starts)
        first = bisect.bisect_left(starts, pos)
        if first and found[first - 1].end() > pos:
            return self.pattern.finditer(sentence, pos, endpos)
        tail = endpos
        if self.word_tail:
            while tail > pos and _is_word(sentence[tail - 1]):
                tail -= 1
        # NOTE: an attempt starting before `tail` reads nothing at or past `endpos`
        tail = max(pos, tail - self.reach)
        last = bisect.bisect_left(starts, tail, first)
        resume = max(tail, found[last - 1].end()) if last > first else tail
        head = found[first:last]
        return itertools.chain(head, self.pattern.finditer(sentence, resume, endpos)) if resume < endpos else iter(head)

    def search_slice(self, sentence: str, start: int, end: int) -> bool:
        """Whether ``pattern.search(sentence[start:end])`` finds a match."""
        if start < 0 or end < 0 or (0 < start < len(sentence) and _is_word(sentence[start - 1])):
            # NOTE: the slice sees no word before it, where \b in the sentence would
            return self.pattern.search(sentence[start:end]) is not None
        return next(self.finditer(sentence, start, end), None) is not None


@functools.cache
def scanner(pattern: re.Pattern) -> SentenceScan:
    """The shared :class:`SentenceScan` of `pattern` (its width read from the pattern)."""
    return SentenceScan(pattern)
