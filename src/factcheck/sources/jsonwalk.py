"""Walk a JSON document of records, keeping the file line of each record's ``text``.

The standard library parses every value; this module only walks the top-level
array and the top level of each record object, so it can say on which line a
record's ``text`` string starts. Linear in the size of the document.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder(strict=False)


class JSONProblem(ValueError):
    """The document is not valid JSON; `line` is where parsing stopped."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


class _Lines:
    """Line numbers of increasing offsets, counted incrementally."""

    def __init__(self, text: str) -> None:
        self.text, self.offset, self.line = text, 0, 1

    def at(self, offset: int) -> int:
        """The 1-based line of `offset` (offsets must not decrease)."""
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def walk_json(text: str) -> Iterator[tuple[int, object]]:
    """(line, record) for each element of a top-level array, or for a single top-level value.

    For an object, the line is where its ``text`` value starts (else where the object starts).
    Raises :class:`JSONProblem` when the text is not one valid JSON value.
    """
    lines = _Lines(text)
    at = _skip(text, 0)
    if not text.startswith("[", at):
        line = lines.at(at)
        value, text_at, end = _value(text, at)
        _end_of_document(text, end)
        yield (lines.at(text_at) if text_at is not None else line), value
        return
    at = _skip(text, at + 1)
    if text.startswith("]", at):
        _end_of_document(text, at + 1)
        return
    while True:
        line = lines.at(at)
        value, text_at, at = _value(text, at)
        yield (lines.at(text_at) if text_at is not None else line), value
        at = _skip(text, at)
        if text.startswith(",", at):
            at = _skip(text, at + 1)
            continue
        if text.startswith("]", at):
            _end_of_document(text, at + 1)
            return
        raise _fail(text, at, "expected ',' or ']' between records")


def _skip(text: str, at: int) -> int:
    return _SPACE.match(text, at).end()


def _fail(text: str, at: int, what: str) -> JSONProblem:
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return JSONProblem(f"invalid JSON at line {line} column {column}: {what}", line)


def _end_of_document(text: str, at: int) -> None:
    at = _skip(text, at)
    if at < len(text):
        raise _fail(text, at, "extra data after the records")


def _decode(text: str, at: int):
    try:
        return _DECODER.raw_decode(text, at)
    except json.JSONDecodeError as exc:
        raise JSONProblem(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", exc.lineno) from None
    except (ValueError, RecursionError) as exc:  # over-long integers, deep nesting
        raise _fail(text, at, str(exc)[:120] or "nested too deeply") from None


def _value(text: str, at: int) -> tuple[object, int | None, int]:
    """(value, offset of its "text" member if an object, end offset)."""
    if not text.startswith("{", at):
        value, end = _decode(text, at)
        return value, None, end
    record: dict = {}
    text_at = None
    at = _skip(text, at + 1)
    if text.startswith("}", at):
        return record, None, at + 1
    while True:
        if not text.startswith('"', at):
            raise _fail(text, at, "expected a member name in double quotes")
        key, at = _decode(text, at)
        at = _skip(text, at)
        if not text.startswith(":", at):
            raise _fail(text, at, "expected ':' after a member name")
        at = _skip(text, at + 1)
        if key == "text":
            text_at = at
        record[key], at = _decode(text, at)
        at = _skip(text, at)
        if text.startswith(",", at):
            at = _skip(text, at + 1)
        elif text.startswith("}", at):
            return record, text_at, at + 1
        else:
            raise _fail(text, at, "expected ',' or '}' in a record")
