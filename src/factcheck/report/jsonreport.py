"""The versioned JSON report."""

from __future__ import annotations

import json

from ..facts import fact_record
from ..model import RunResult
from .summary import summary

SCHEMA_VERSION = 1


def document_record(doc) -> dict:
    """The documented record of one document."""
    return {
        "id": doc.id, "path": doc.path, "published": doc.published.isoformat() if doc.published else None,
        "published_from": doc.published_from, "title": doc.title, "source": doc.source,
        "warnings": list(doc.warnings),
    }


def finding_record(finding) -> dict:
    """The documented record of one finding."""
    return {
        "fingerprint": finding.fingerprint, "rule": finding.rule, "severity": finding.severity,
        "verdict": finding.verdict, "subject": finding.subject, "facts": list(finding.facts),
        "message": finding.message, "explanation": finding.explanation, "advice": finding.advice,
        "status": finding.status,
    }


def report_dict(result: RunResult) -> dict:
    """The report as plain data, in a fixed order."""
    return {
        "schema": "factcheck-report",
        "version": SCHEMA_VERSION,
        "tool_version": result.version,
        "rules_digest": result.rules_digest,
        "summary": summary(result),
        "documents": [document_record(d) for d in result.documents],
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "findings": [finding_record(f) for f in result.findings],
        "fixed": [finding_record(f) for f in result.fixed],
        "agreements": [{"subject": a.subject, "facts": list(a.facts), "values": list(a.values)} for a in result.agreements],
        "facts": [fact_record(f) for f in result.facts],
    }


def format(result: RunResult) -> str:  # noqa: A001 - the formatter interface
    """Render the JSON report; the same result always gives the same bytes."""
    return json.dumps(report_dict(result), indent=2, ensure_ascii=False) + "\n"
