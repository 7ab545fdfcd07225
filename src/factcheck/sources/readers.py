"""Read one file into a Document: decode, split front matter, find the date."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from pathlib import Path

import yaml

from ..model import Document, SkippedDocument
from .published import coerce_date, find_dateline

SUFFIXES = (".txt", ".md", ".markdown")
# <!-- factcheck: ignore investment, job cuts -- the figure is disputed -->
DIRECTIVE = re.compile(r"factcheck:\s*ignore\s+(?P<what>[^\n>]*?)(?:\s+--\s+(?P<reason>[^\n>]*?))?\s*(?:-->|$)", re.M)


def suppressions(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Inline ``factcheck: ignore ATTRIBUTE[, ATTRIBUTE] -- reason`` directives, and problems with them."""
    found, problems = [], []
    for match in DIRECTIVE.finditer(text):
        reason = (match["reason"] or "").strip()
        line = text.count("\n", 0, match.start()) + 1
        if not reason:
            problems.append(f"line {line}: 'factcheck: ignore' without a reason (add '-- reason')")
            reason = "no reason given"
        for what in match["what"].split(","):
            if what.strip():
                found.append((what.strip().lower(), reason))
    return found, problems


def decode(data: bytes) -> str | None:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 with BOM.

    Falls back to cp1252 for legacy single-byte text. Returns None for data
    that looks binary (NUL bytes outside UTF-16).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def split_front_matter(text: str) -> tuple[dict, str, int, str | None]:
    """Split YAML front matter from a Markdown text.

    Returns ``(metadata, body, lines before body, problem)``. Malformed front
    matter yields empty metadata and a problem description; the body is kept.
    """
    if not text.startswith("---"):
        return {}, text, 0, None
    lines = text.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return {}, text, 0, None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            head = "".join(lines[1:index])
            body = "".join(lines[index + 1:])
            try:
                meta = yaml.safe_load(head) or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" at line {mark.line + 2}" if mark else ""
                return {}, body, index + 1, f"malformed front matter{where}: ignored"
            if isinstance(meta, str):
                return {}, text, 0, None  # prose between two horizontal rules, not front matter
            if not isinstance(meta, dict):
                return {}, body, index + 1, "front matter is not a mapping: ignored"
            return meta, body, index + 1, None
    return {}, text, 0, "front matter is not closed by '---': read as text"


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:200]
    return None


def read_document(
    path: Path,
    doc_id: str,
    *,
    max_bytes: int,
    fallback_published: dt.date | None = None,
    listed: tuple[dt.date | None, str | None] | None = None,
) -> Document | SkippedDocument:
    """Read `path`; never raises for bad input, returns a skip instead."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return SkippedDocument(str(path), f"file is {size} bytes, over the limit of {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        return SkippedDocument(str(path), f"cannot read: {exc.strerror or exc}")
    text = decode(data)
    if text is None:
        return SkippedDocument(str(path), "binary file (contains NUL bytes)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    warnings: list[str] = []
    meta: dict = {}
    offset = 0
    if path.suffix.lower() in (".md", ".markdown"):
        meta, text, offset, problem = split_front_matter(text)
        if problem:
            warnings.append(problem)
    published, published_from = None, None
    for key in ("published", "date", "published_at", "datePublished"):
        if key in meta:
            published = coerce_date(meta[key])
            if published is None:
                warnings.append(f"front matter {key}: {meta[key]!r} is not a date")
            else:
                published_from = "front matter"
                break
    if published is None:
        published = find_dateline(text)
        published_from = "dateline" if published else None
    if published is None and listed and listed[0]:
        published, published_from = listed[0], "manifest"
    if published is None and fallback_published is not None:
        published, published_from = fallback_published, "--published"
    ignores, problems = suppressions(text)
    warnings.extend(problems)
    title = meta.get("title")
    source = meta.get("source") or meta.get("outlet") or (listed[1] if listed else None)
    return Document(
        id=doc_id,
        path=str(path),
        text=text,
        published=published,
        published_from=published_from,
        title=str(title) if title else _first_line(text),
        source=str(source) if source else None,
        line_offset=offset,
        warnings=tuple(warnings),
        suppressions=tuple(ignores),
    )
