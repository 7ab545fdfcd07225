"""Shared fixtures and the collector of data-driven YAML cases."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"


def load_cases(folder: str) -> list[dict]:
    """Every case in ``tests/cases/<folder>/*.yaml``, each tagged with its file."""
    cases = []
    for path in sorted((CASES / folder).glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            case["_file"] = path.name
            cases.append(case)
    return cases


def write_file(path: Path, content: str | bytes) -> Path:
    """Write text (as UTF-8, newlines kept) or bytes, creating folders; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT
