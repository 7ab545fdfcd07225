"""Baselines: finding identity, the baseline file, and the new/known/fixed split.

A finding's identity is its rule, subject key and the multiset of normalized
values; never line numbers, timestamps or paths, so editing elsewhere in a
file or checking the repo out in another folder keeps it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from pathlib import Path

from .errors import BaselineError
from .model import Fact, Finding, RunResult


def normalized_value(fact: Fact) -> str:
    """A value as compared: kind, unit and number, or the date span."""
    if fact.date is not None:
        return f"date:{fact.date.start}..{fact.date.end}"
    q = fact.quantity
    return f"{q.kind}:{q.unit}:{q.value:.12g}:{q.low:.12g}:{q.high:.12g}"


def fingerprint(rule: str, subject: str, facts) -> str:
    """Stable 16-hex-digit identity of a finding."""
    counts = Counter(normalized_value(f) for f in facts)
    body = "\n".join([rule, subject, *(f"{v}*{n}" for v, n in sorted(counts.items()))])
    return hashlib.sha256(body.encode()).hexdigest()[:16]


BASELINE_SCHEMA = "factcheck-baseline"
BASELINE_VERSION = 1


def baseline_entry(finding: Finding, facts: dict[str, Fact]) -> dict:
    """What the baseline keeps of a finding: identity plus enough to show it when fixed."""
    values = sorted(normalized_value(facts[i]) for i in finding.facts)
    return {"fingerprint": finding.fingerprint, "rule": finding.rule, "verdict": finding.verdict,
            "severity": finding.severity, "subject": finding.subject, "values": values}


def dump_baseline(result: RunResult) -> str:
    """The baseline file for a result: sorted, one finding per line, no timestamps."""
    facts = {f.id: f for f in result.facts}
    entries = sorted((baseline_entry(f, facts) for f in result.findings), key=lambda e: e["fingerprint"])
    head = {"schema": BASELINE_SCHEMA, "version": BASELINE_VERSION, "tool_version": result.version,
            "rules_digest": result.rules_digest}
    lines = ["{"] + [f"  {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    lines.append('  "findings": [')
    lines += [f"    {json.dumps(e, sort_keys=True, ensure_ascii=False)}{',' if i < len(entries) - 1 else ''}"
              for i, e in enumerate(entries)]
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def load_baseline(path: str | Path) -> list[dict]:
    """Read a baseline file; any problem is a :class:`BaselineError` (exit 2), never "all new"."""
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError("baseline file not found", where,
                            hint="create it with `factcheck baseline PATH... --output FILE`") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"cannot read baseline: {exc}", where) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline is not valid JSON: {exc.msg}", where, exc.lineno, exc.colno,
                            hint="restore it from version control or recreate it with `factcheck baseline`") from None
    except (RecursionError, ValueError) as exc:  # nested past the parser's depth, or an integer of too many digits
        raise BaselineError(f"baseline is not valid JSON: {'nested too deeply' if isinstance(exc, RecursionError) else exc}",
                            where, hint="restore it from version control or recreate it with `factcheck baseline`") from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise BaselineError("not a factcheck baseline (missing \"schema\": \"factcheck-baseline\")", where)
    version = data.get("version")
    if not isinstance(version, int) or version > BASELINE_VERSION:
        raise BaselineError(f"baseline version {version!r} is not supported (this factcheck reads up to {BASELINE_VERSION})",
                            where, hint="upgrade factcheck or recreate the baseline")
    findings = data.get("findings")
    if not isinstance(findings, list) or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in findings):
        raise BaselineError("baseline \"findings\" must be a list of entries with a \"fingerprint\"", where)
    return findings


def split(result: RunResult, entries: list[dict]) -> RunResult:
    """Mark findings known (in the baseline) or new, and list baseline entries no longer found as fixed."""
    known = {e["fingerprint"] for e in entries}
    current = {f.fingerprint for f in result.findings}
    findings = tuple(dataclasses.replace(f, status="known" if f.fingerprint in known else "new") for f in result.findings)
    fixed = tuple(
        Finding(rule=str(e.get("rule", "?")), severity=str(e.get("severity", "note")), verdict=str(e.get("verdict", "?")),
                subject=str(e.get("subject", "?")), facts=(), message="no longer found", explanation=_values(e),
                fingerprint=e["fingerprint"], status="fixed")
        for e in sorted(entries, key=lambda e: e["fingerprint"]) if e["fingerprint"] not in current
    )
    return dataclasses.replace(result, findings=findings, fixed=fixed)


def _values(entry: dict) -> str:
    """The values a baseline entry lists, as text; an entry edited by hand may hold anything there."""
    values = entry.get("values")
    return ", ".join(map(str, values)) if isinstance(values, list) else ""
