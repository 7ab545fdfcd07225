"""SARIF 2.1.0 for code scanning: one run, one result per finding.

Each fact a finding involves is one location (file, line, column range and
the quoted text), so a reviewer sees every side of the disagreement. The
baseline fingerprint goes into ``partialFingerprints`` so code scanning keeps
an alert's identity across edits, and skipped files and reading problems are
tool notifications, so a skip shows here as in every other report.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from urllib.parse import quote

from ..model import SEVERITIES, Document, Fact, Finding, RunResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "factcheck/v1"
BASELINE_STATE = {"new": "new", "known": "unchanged"}


def _artifact(path: str) -> dict:
    """An artifactLocation for a path as given: relative paths hang off %SRCROOT%.

    NOTE: an absolute path cannot be made relative without knowing the
    checkout root, which a formatter does not know; it becomes a file: URI.
    """
    pure = PurePath(path)
    if pure.is_absolute():
        return {"uri": pure.as_uri()}
    return {"uri": quote(pure.as_posix(), safe="/"), "uriBaseId": SRCROOT}


def _region(fact: Fact) -> dict:
    """Line and 1-based code-point columns of the mention, with its text."""
    lines = fact.text.split("\n")
    region = {"startLine": fact.line, "startColumn": fact.column}
    if len(lines) == 1:
        region["endColumn"] = fact.column + len(fact.text)
    else:
        region["endLine"] = fact.line + len(lines) - 1
        region["endColumn"] = len(lines[-1]) + 1
    region["snippet"] = {"text": fact.text}
    return region


def _location(fact: Fact, docs: dict[str, Document]) -> dict:
    doc = docs.get(fact.document)
    path = doc.path if doc is not None else fact.document
    return {"physicalLocation": {"artifactLocation": _artifact(path), "region": _region(fact)}}


def _rules(findings: tuple[Finding, ...], descriptions: dict[str, str] | None = None) -> list[dict]:
    """One descriptor per rule id, sorted; default level = the most severe seen."""
    levels: dict[str, str] = {}
    for finding in findings:
        seen = levels.get(finding.rule)
        if seen is None or SEVERITIES.index(finding.severity) < SEVERITIES.index(seen):
            levels[finding.rule] = finding.severity
    return [
        {
            "id": rule_id,
            "shortDescription": {"text": (descriptions or {}).get(rule_id) or f"Sources disagree on a fact (factcheck rule {rule_id})"},
            "defaultConfiguration": {"level": levels[rule_id]},
        }
        for rule_id in sorted(levels)
    ]


def _result(finding: Finding, rule_index: int, facts: dict[str, Fact], docs: dict[str, Document]) -> dict:
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": finding.severity,
        "message": {"text": f"{finding.message} {finding.explanation}"},
        "locations": [_location(facts[i], docs) for i in finding.facts if i in facts],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {"subject": finding.subject, "verdict": finding.verdict, "status": finding.status},
    }
    if finding.status in BASELINE_STATE:
        result["baselineState"] = BASELINE_STATE[finding.status]
    return result


def _notifications(result: RunResult) -> list[dict]:
    """Skipped files (warnings) and problems met while reading (notes)."""
    notes = [
        {"level": "warning", "message": {"text": f"skipped: {s.reason}"},
         "locations": [{"physicalLocation": {"artifactLocation": _artifact(s.path)}}]}
        for s in result.skipped
    ]
    notes += [
        {"level": "note", "message": {"text": warning},
         "locations": [{"physicalLocation": {"artifactLocation": _artifact(doc.path)}}]}
        for doc in result.documents for warning in doc.warnings
    ]
    return notes


def sarif_dict(result: RunResult) -> dict:
    """The SARIF log as plain data.

    Fixed findings are left out: they have no location in the corpus, and
    code scanning closes an alert when its result no longer appears.
    """
    facts = {f.id: f for f in result.facts}
    docs = {d.id: d for d in result.documents}
    rules = _rules(result.findings, dict(result.rules))
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    driver: dict = {"name": "factcheck", "rules": rules}
    if result.version:
        driver["version"] = result.version
    invocation: dict = {"executionSuccessful": True}
    notifications = _notifications(result)
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        # NOTE: fact columns count Python characters (code points), not the
        # UTF-16 units SARIF assumes unless told otherwise.
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule], facts, docs) for f in result.findings],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def format(result: RunResult) -> str:  # noqa: A001 - the formatter interface
    """Render SARIF; the same result always gives the same bytes."""
    return json.dumps(sarif_dict(result), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
