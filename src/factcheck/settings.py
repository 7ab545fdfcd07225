"""Run settings: what to read, which rules, which fallback date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

FAIL_ON = ("error", "warning", "note", "never")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run needs; built by the CLI or by library callers."""

    paths: tuple[Path, ...]
    """Files and folders to read."""
    rules: Path | None = None
    """Rule folder; None means the pack shipped with the package."""
    published: dt.date | None = None
    """Publication date for documents that carry none."""
    fail_on: str = "error"
    """Lowest severity of a new finding that fails the run ("never" never fails)."""
    max_bytes: int = 5_000_000
    """Files larger than this are skipped."""
    exclude: tuple[str, ...] = field(default=())
    """Glob patterns of files not to read."""
