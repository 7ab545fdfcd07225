"""Read one file into Documents: size limit, decoding, then the reader for its format.

Text and Markdown files (and any file given explicitly whose suffix is not
known) are one document each; an HTML page is one document of its main text;
a JSON or JSON Lines file is one document per record.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..model import Document, SkippedDocument
from .assemble import make_document
from .directives import suppressions
from .encoding import decode
from .plaintext import split_front_matter, read_text
from .records import JSON_LINES, iter_records, record_parts
from .webpage import read_html

HTML = (".html", ".htm")
JSON = (".json",) + JSON_LINES
SUFFIXES = (".txt", ".md", ".markdown") + HTML + JSON

__all__ = ["SUFFIXES", "decode", "read_path", "read_document", "split_front_matter", "suppressions"]


def read_path(
    path: Path,
    doc_id: str,
    *,
    max_bytes: int,
    fallback_published: dt.date | None = None,
    listed: tuple[dt.date | None, str | None] | None = None,
) -> list[Document | SkippedDocument]:
    """Read `path` into its documents; never raises for bad input, returns skips instead.

    `listed` is the manifest's (published, source) for the file, if any;
    `fallback_published` is the ``--published`` date.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return [SkippedDocument(str(path), f"file is {size} bytes, over the limit of {max_bytes}")]
        data = path.read_bytes()
    except OSError as exc:
        return [SkippedDocument(str(path), f"cannot read: {exc.strerror or exc}")]
    decoded = decode(data)
    if decoded.text is None:
        return [SkippedDocument(str(path), decoded.note or "binary file")]
    notes = (decoded.note,) if decoded.note else ()
    suffix = path.suffix.lower()
    if suffix in JSON:
        return _read_records(path, doc_id, decoded.text, suffix, listed, fallback_published, notes)
    if suffix in HTML:
        parts = read_html(decoded.text)
        if isinstance(parts, str):
            return [SkippedDocument(str(path), parts)]
    else:
        parts = read_text(decoded.text, suffix)
    return [make_document(str(path), doc_id, parts, listed=listed, fallback=fallback_published, warnings=notes)]


def _read_records(path, doc_id, text, suffix, listed, fallback, notes) -> list[Document | SkippedDocument]:
    out: list[Document | SkippedDocument] = []
    seen: dict[str, int] = {}
    for record in iter_records(text, suffix):
        found = record_parts(record)
        if isinstance(found, str):
            out.append(SkippedDocument(f"{path}#{record.line}", found))
            continue
        record_id, parts = found
        key = record_id if record_id is not None else str(record.number)
        if key in seen:
            out.append(SkippedDocument(f"{path}#{record.line}",
                                       f"record id {key!r} is used twice (first at line {seen[key]})"))
            continue
        seen[key] = record.line
        out.append(make_document(str(path), f"{doc_id}#{key}", parts, listed=listed, fallback=fallback,
                                 warnings=notes))
    return out or [SkippedDocument(str(path), "no records in the file")]


def read_document(
    path: Path,
    doc_id: str,
    *,
    max_bytes: int,
    fallback_published: dt.date | None = None,
    listed: tuple[dt.date | None, str | None] | None = None,
) -> Document | SkippedDocument:
    """The first result of :func:`read_path` (kept for callers that read one-document files)."""
    results = read_path(path, doc_id, max_bytes=max_bytes, fallback_published=fallback_published, listed=listed)
    return results[0] if results else SkippedDocument(str(path), "no records in the file")
