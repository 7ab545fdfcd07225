"""Facts as JSON Lines: one fact record per line."""

from __future__ import annotations

import json

from ..facts import fact_record
from ..model import RunResult


def format(result: RunResult) -> str:  # noqa: A001 - the formatter interface
    """One JSON object per fact, in document and offset order."""
    return "".join(json.dumps(fact_record(f), ensure_ascii=False) + "\n" for f in result.facts)
