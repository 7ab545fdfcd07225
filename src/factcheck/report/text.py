"""The short terminal summary."""

from __future__ import annotations

from ..model import RunResult
from .summary import summary


def format(result: RunResult) -> str:  # noqa: A001 - the formatter interface
    """A few lines: counts, then one line per finding with its sources."""
    s = summary(result)
    facts = {f.id: f for f in result.facts}
    docs = {d.id: d for d in result.documents}
    lines = [
        f"factcheck: {s['documents']} documents read, {s['skipped']} skipped, {s['facts']} facts, "
        f"{s['subjects_compared']} subjects compared"
    ]
    for finding in result.findings:
        if finding.status == "known":
            continue
        lines.append(f"  {finding.severity:<7} {finding.verdict:<14} {finding.subject}: {finding.explanation}")
        for fact_id in finding.facts:
            fact = facts[fact_id]
            lines.append(f"          {fact.text!r:<18} {docs[fact.document].path}:{fact.line}")
    for skipped in result.skipped:
        lines.append(f"  skipped {skipped.path}: {skipped.reason}")
    counts = s["findings"]
    lines.append(f"findings: {counts['error']} error, {counts['warning']} warning, {counts['note']} note")
    if s["known"]:
        lines.append(f"{s['known']} known findings suppressed by the baseline")
    for fixed in result.fixed:
        lines.append(f"  fixed   {fixed.subject} ({fixed.rule})")
    return "\n".join(lines) + "\n"
