"""Plain text and Markdown: YAML front matter and the text after it."""

from __future__ import annotations

import datetime as dt
import re
import reprlib

import yaml

from ..yamlspan import TolerantLoader
from .assemble import Parts
from .published import coerce_date

MARKDOWN = (".md", ".markdown")
_DATE_KEYS = ("published", "date", "published_at", "datePublished")


_SCALARS = (str, int, float, dt.date)


def split_front_matter(text: str) -> tuple[dict, str, int, str | None]:
    """Split YAML front matter from a Markdown text.

    Returns ``(metadata, body, lines before body, problem)``. Malformed front
    matter yields empty metadata and a problem description; the body is kept.
    """
    if not text.startswith("---"):
        return {}, text, 0, None
    lines = re.split(r"(?<=\n)", text)  # NOTE: only '\n' ends a line, as in fact line numbers
    if lines[0].strip() != "---":
        return {}, text, 0, None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            head = "".join(lines[1:index])
            body = "".join(lines[index + 1:])
            try:
                meta = yaml.load(head, Loader=TolerantLoader) or {}  # noqa: S506 - a safe loader
            except RecursionError:
                return {}, body, index + 1, "front matter nested too deeply: ignored"
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


def read_text(text: str, suffix: str) -> Parts:
    """A text file; for Markdown suffixes, with its front matter split off and read.

    Line endings are normalized to ``\\n``; facts index into the text after the
    front matter, and `line_offset` counts the front matter's lines.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = Parts(text=text)
    if suffix not in MARKDOWN:
        return parts
    meta, parts.text, parts.line_offset, problem = split_front_matter(text)
    if problem:
        parts.warnings.append(problem)
    for key in _DATE_KEYS:
        if key in meta:
            date = coerce_date(meta[key])
            if date is None:
                parts.warnings.append(f"front matter {key}: {reprlib.repr(meta[key])} is not a date")
            else:
                parts.published, parts.published_from = date, "front matter"
                break
    title = meta.get("title")
    source = meta.get("source") or meta.get("outlet")
    for key, value in (("title", title), ("source", source)):
        if value and not isinstance(value, _SCALARS):  # "source: {a: 1}": no name to show
            parts.warnings.append(f"front matter {key}: not a single value, ignored")
    parts.title = str(title) if title and isinstance(title, _SCALARS) else None
    parts.source = str(source) if source and isinstance(source, _SCALARS) else None
    return parts
