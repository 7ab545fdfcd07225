"""Escaping of text quoted from sources into Markdown."""

from __future__ import annotations

import html
import re

_MARKDOWN = re.compile(r"([\\`*_\[\]{}|#!~$])")


def md(text: str | None) -> str:
    """Quote source text safely inside Markdown and table cells.

    HTML is entity-escaped, Markdown punctuation is backslash-escaped, and
    line breaks become spaces, so a source cannot break a table, open a code
    span, add a link or inject markup when the report is rendered.
    """
    if text is None:
        return ""
    flat = " ".join(str(text).split())
    return _MARKDOWN.sub(r"\\\1", html.escape(flat, quote=False))
