"""JSON Lines and JSON files of records: ``text`` plus optional ``id``, ``published``, ``source``, ``title``, ``url``.

Each record is its own document, ``"<file id>#<record id or number>"``; a bad
record is skipped on its own, as ``"<path>#<line>"``, and the others are read.
A record's own ``published`` comes first, then a dateline in its text, then the
manifest's entry for the file (shared by all its records), then ``--published``.
``url`` is accepted but not kept: the Document model has no field for it.

Line numbers: a record's text is one JSON string on one line of the file, so
every fact of a record reports that line (an escaped ``\\n`` breaks the text,
not the file), and its column counts characters of the text, not of the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from .assemble import Parts
from .jsonwalk import JSONProblem, walk_json
from .published import coerce_date

JSON_LINES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class Record:
    """One record, or a bad one, as found in the file."""

    line: int
    """Line of the record's ``text`` (JSON) or of the record (JSON Lines)."""
    number: int
    """1-based position among the file's records (0 for a file-level problem)."""
    value: object = None
    """The parsed record."""
    problem: str | None = None
    """Why the record cannot be read, if it cannot."""


def iter_records(text: str, suffix: str) -> Iterator[Record]:
    """Records of a JSON Lines file (one a line, blank lines skipped) or a JSON file.

    A JSON file holds one record object or a list of them; when it is not
    valid JSON, the records before the error are read and one bad record at
    the error's line says why.
    """
    if suffix in JSON_LINES:
        start, number, line = 0, 0, 0
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            raw, start, line = text[start:end].rstrip("\r"), end + 1, line + 1
            if not raw.strip():
                continue
            number += 1
            try:
                yield Record(line, number, json.loads(raw, strict=False))
            except json.JSONDecodeError as exc:
                yield Record(line, number, problem=f"invalid JSON at column {exc.colno}: {exc.msg}")
            except RecursionError:
                yield Record(line, number, problem="invalid JSON: nested too deeply")
            except ValueError as exc:  # e.g. an integer with more digits than Python converts
                yield Record(line, number, problem=f"invalid JSON: {str(exc)[:120]}")
        return
    try:
        for number, (line, value) in enumerate(walk_json(text), start=1):
            yield Record(line, number, value)
    except JSONProblem as exc:
        yield Record(exc.line, 0, problem=str(exc))


def record_parts(record: Record) -> tuple[str | None, Parts] | str:
    """(record id or None, parts) for a good record, or the reason to skip it."""
    value = record.value
    if record.problem:
        return record.problem
    if not isinstance(value, dict):
        return f"the record is a JSON {_kind(value)}, not an object with a 'text' field"
    if "text" not in value:
        return "the record has no 'text' field"
    text = value["text"]
    if not isinstance(text, str):
        return f"the record's 'text' is a JSON {_kind(text)}, not a string"
    parts = Parts(text=text, line_offset=record.line - 1, one_line=True)
    published = value.get("published")
    if published not in (None, ""):
        date = coerce_date(published) if isinstance(published, str) else None
        if date is None:
            parts.warnings.append(f"record published: {str(published)[:80]!r} is not a date")
        else:
            parts.published, parts.published_from = date, "record metadata"
    for key in ("title", "source"):
        if isinstance(value.get(key), (str, int, float)) and str(value[key]).strip():
            setattr(parts, key, str(value[key]).strip()[:200])
    record_id = value.get("id")
    if isinstance(record_id, bool) or not isinstance(record_id, (str, int)) or not str(record_id).strip():
        if record_id not in (None, ""):
            parts.warnings.append(f"record id {str(record_id)[:40]!r} is not a string or integer: numbered instead")
        record_id = None
    return (str(record_id).strip() if record_id is not None else None), parts


def _kind(value) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")
