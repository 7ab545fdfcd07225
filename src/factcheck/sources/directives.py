"""Inline ``factcheck: ignore ATTRIBUTE[, ATTRIBUTE] -- reason`` directives.

Usually written as an HTML comment, ``<!-- factcheck: ignore investment -- disputed -->``;
a directive ends at ``-->`` or at the end of its line.
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"factcheck:[^\S\n]*ignore[^\S\n]+")
_SEPARATOR = re.compile(r"--")


def suppressions(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Inline directives as (attribute, reason) pairs, and problems with them.

    Linear in the length of `text`, however many directives or dashes it holds.
    """
    found: list[tuple[str, str]] = []
    problems: list[str] = []
    line, counted = 1, 0
    for match in _HEAD.finditer(text):
        start = match.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        stop = text.find(">", start, end)
        if stop >= 0:
            if not text.startswith("--", stop - 2) or stop - 2 < start:
                continue  # a '>' that does not close a comment: not a directive
            end = stop - 2
        body = text[start:end]
        what, reason = _split(body)
        line += text.count("\n", counted, match.start())
        counted = match.start()
        if not reason:
            problems.append(f"line {line}: 'factcheck: ignore' without a reason (add '-- reason')")
            reason = "no reason given"
        for item in what.split(","):
            if item.strip():
                found.append((item.strip().lower(), reason))
    return found, problems


def _split(body: str) -> tuple[str, str]:
    """``what -- reason``: split at the first ``--`` with whitespace on both sides."""
    for dash in _SEPARATOR.finditer(body):
        before, after = dash.start() - 1, dash.end()
        if before >= 0 and body[before].isspace() and (after == len(body) or body[after].isspace()):
            return body[:dash.start()].strip(), body[after:].strip()
    return body.strip(), ""
