"""GitHub Actions workflow commands: one annotation per fact of each new finding."""

from __future__ import annotations

from ..model import RunResult

LEVELS = {"error": "error", "warning": "warning", "note": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def format(result: RunResult) -> str:  # noqa: A001 - the formatter interface
    """``::error file=...,line=...::message`` lines for new findings."""
    facts = {f.id: f for f in result.facts}
    docs = {d.id: d for d in result.documents}
    lines = []
    for finding in result.findings:
        if finding.status != "new":
            continue
        for fact_id in finding.facts:
            fact = facts[fact_id]
            title = f"factcheck {finding.verdict}: {finding.subject}"
            lines.append(
                f"::{LEVELS[finding.severity]} file={_prop(docs[fact.document].path)},line={fact.line},"
                f"col={fact.column},title={_prop(title)}::{_data(finding.message + ' ' + finding.explanation)}"
            )
    for skipped in result.skipped:
        lines.append(f"::warning file={_prop(skipped.path)},title=factcheck skipped a file::{_data(skipped.reason)}")
    return "".join(line + "\n" for line in lines)
