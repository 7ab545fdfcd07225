"""Counts every report shows, computed once from a RunResult."""

from __future__ import annotations

from collections import Counter

from ..model import RunResult


def summary(result: RunResult) -> dict:
    """Documents, skips, facts, subjects and findings by severity and status."""
    severities = Counter(f.severity for f in result.findings)
    statuses = Counter(f.status for f in result.findings)
    subjects = {f.subject for f in result.findings} | {a.subject for a in result.agreements}
    return {
        "documents": len(result.documents),
        "documents_without_date": sum(1 for d in result.documents if d.published is None),
        "skipped": len(result.skipped),
        "facts": len(result.facts),
        "placed_facts": sum(1 for f in result.facts if f.subject),
        "unresolved_dates": sum(1 for f in result.facts if f.date is not None and not f.date.resolved),
        "subjects_compared": len(subjects),
        "findings": {level: severities.get(level, 0) for level in ("error", "warning", "note")},
        "new": statuses.get("new", 0),
        "known": statuses.get("known", 0),
        "fixed": len(result.fixed),
    }
