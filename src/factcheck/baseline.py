"""Finding identity for baselines.

A finding's identity is its rule, subject key and the multiset of normalized
values; never line numbers, timestamps or paths, so editing elsewhere in a
file or checking the repo out in another folder keeps it.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from .model import Fact


def normalized_value(fact: Fact) -> str:
    """A value as compared: kind, unit and number, or the date span."""
    if fact.date is not None:
        return f"date:{fact.date.start}..{fact.date.end}"
    q = fact.quantity
    return f"{q.kind}:{q.unit}:{q.value:.10g}:{q.low:.10g}:{q.high:.10g}"


def fingerprint(rule: str, subject: str, facts) -> str:
    """Stable 16-hex-digit identity of a finding."""
    counts = Counter(normalized_value(f) for f in facts)
    body = "\n".join([rule, subject, *(f"{v}*{n}" for v, n in sorted(counts.items()))])
    return hashlib.sha256(body.encode()).hexdigest()[:16]
