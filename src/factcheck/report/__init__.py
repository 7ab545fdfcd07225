"""Formatters: each renders a RunResult to a string and does nothing else."""

from __future__ import annotations

from collections.abc import Callable

from ..model import RunResult
from . import csvfacts, github, jsonl, jsonreport, markdown, sarif, text

FORMATS: dict[str, Callable[[RunResult], str]] = {
    "markdown": markdown.format,
    "json": jsonreport.format,
    "text": text.format,
    "jsonl": jsonl.format,
    "csv": csvfacts.format,
    "github": github.format,
    "sarif": sarif.format,
}

__all__ = ["FORMATS"]
