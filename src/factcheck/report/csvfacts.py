"""Facts as CSV with the fact record columns."""

from __future__ import annotations

import csv
import io

from ..facts import COLUMNS, fact_record
from ..model import RunResult


def format(result: RunResult) -> str:  # noqa: A001 - the formatter interface
    """A header row and one row per fact."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for fact in result.facts:
        writer.writerow(fact_record(fact))
    return buffer.getvalue()
