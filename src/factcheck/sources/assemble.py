"""What every format reader hands over, and how it becomes a Document."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Document
from .directives import suppressions
from .published import choose_published

_FIRST_WORDS = re.compile(r"[^\s#][^\n]{0,300}")


@dataclass(slots=True)
class Parts:
    """One readable text and what its own format says about it."""

    text: str
    """The text facts will index into."""
    published: dt.date | None = None
    """Publication date from the file's own metadata."""
    published_from: str | None = None
    """Name of that metadata: "front matter", "html metadata", "record metadata"."""
    title: str | None = None
    """Title from metadata; the first line of the text is used when None."""
    source: str | None = None
    """Outlet from metadata; the manifest's outlet is used when None."""
    line_offset: int = 0
    """Lines of the file before the text."""
    one_line: bool = False
    """The whole text sits on one line of the file (a JSON Lines record)."""
    warnings: list[str] = field(default_factory=list)
    """Problems met while reading."""
    directives: str | None = None
    """Where to look for ``factcheck: ignore`` directives, when not in `text` (raw HTML)."""


def first_line(text: str) -> str | None:
    """The first non-blank line without Markdown heading marks, cut to 200 characters."""
    match = _FIRST_WORDS.search(text)
    return match.group().strip()[:200] if match else None


def make_document(
    path: str, doc_id: str, parts: Parts, *,
    listed: tuple[dt.date | None, str | None] | None = None,
    fallback: dt.date | None = None,
    warnings: tuple[str, ...] = (),
) -> Document:
    """Build the Document: date in the fixed order, title and outlet fallbacks, directives.

    `warnings` (e.g. the encoding used) come first in the document's warnings.
    """
    published, published_from = choose_published(parts.published, parts.published_from, parts.text,
                                                 listed[0] if listed else None, fallback)
    ignores, problems = suppressions(parts.directives if parts.directives is not None else parts.text)
    source = parts.source or (listed[1] if listed else None)
    return Document(
        id=doc_id,
        path=path,
        text=parts.text,
        published=published,
        published_from=published_from,
        title=parts.title or first_line(parts.text),
        source=source,
        line_offset=parts.line_offset,
        one_line=parts.one_line,
        warnings=tuple(warnings) + tuple(parts.warnings) + tuple(problems),
        suppressions=tuple(ignores),
    )
