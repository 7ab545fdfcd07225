"""The facts table: the one place the fact record schema lives.

Every output that lists facts (JSON report, ``factcheck extract`` as JSON
Lines or CSV) goes through :func:`fact_record`; grouping by subject goes
through the pandas table built by :func:`to_frame`.
"""

from __future__ import annotations

import math

import pandas as pd

from .model import Fact

COLUMNS = (
    "id", "document", "line", "column", "start", "end", "text", "sentence", "kind", "unit", "value",
    "low", "high", "precision", "qualifier", "date_start", "date_end", "granularity", "resolution",
    "entity", "attribute", "object", "subject", "why", "published", "suppressed", "revised",
    "earlier",
)


def _number(value: float | None) -> float | int | None:
    if value is None or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else round(value, 10)


def fact_record(fact: Fact) -> dict:
    """The documented record of one fact; unbounded ends are None."""
    q, d = fact.quantity, fact.date
    return {
        "id": fact.id, "document": fact.document, "line": fact.line, "column": fact.column,
        "start": fact.start, "end": fact.end, "text": fact.text, "sentence": fact.sentence,
        "kind": fact.kind, "unit": q.unit if q else None,
        "value": _number(q.value) if q else None, "low": _number(q.low) if q else None,
        "high": _number(q.high) if q else None, "precision": _number(q.step) if q else None,
        "qualifier": q.qualifier if q else None,
        "date_start": d.start.isoformat() if d and d.start else None,
        "date_end": d.end.isoformat() if d and d.end else None,
        "granularity": d.granularity if d else None, "resolution": d.resolution if d else None,
        "entity": fact.entity, "attribute": fact.attribute, "object": fact.object,
        "subject": fact.subject, "why": fact.why,
        "published": fact.published.isoformat() if fact.published else None,
        "suppressed": fact.suppressed, "revised": fact.revised, "earlier": fact.earlier,
    }


def to_frame(facts) -> pd.DataFrame:
    """The facts table with the fixed column order."""
    return pd.DataFrame([fact_record(f) for f in facts], columns=list(COLUMNS))


def group_by_subject(facts) -> list[tuple[str, list[Fact]]]:
    """Facts with a subject, grouped by subject key and kind, sorted by key.

    Facts without a subject are never compared and are left out.
    """
    facts = list(facts)
    if not facts:
        return []
    table = to_frame(facts)[["id", "subject", "kind"]]
    table["position"] = range(len(facts))
    placed = table[table["subject"].notna()]
    groups = []
    for (subject, _kind), rows in placed.groupby(["subject", "kind"], sort=True):
        members = [facts[i] for i in rows["position"]]
        if len(members) > 1:
            groups.append((subject, members))
    return groups
