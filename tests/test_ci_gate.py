"""The CI cycle: baseline, new and known findings, exit codes, configuration."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """---
published: {date}
---
{padding}Northwind Foods invested {amount} in Harbor Mills, the two companies said on Tuesday.

The deal gives Northwind Foods a {stake} stake in Harbor Mills.
"""


def _write(folder: Path, name: str, date: str, amount: str, stake: str = "30 percent", padding: str = "") -> None:
    (folder / name).write_text(ARTICLE.format(date=date, amount=amount, stake=stake, padding=padding), encoding="utf-8")


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def _json(cwd: Path, *args: str) -> tuple[int, dict]:
    proc = _run(cwd, "check", *args, "--json", "out.json", "--report", "out.md", "-q")
    return proc.returncode, json.loads((cwd / "out.json").read_text(encoding="utf-8"))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "a.md", "2025-03-01", "$2.1 billion")
    _write(folder, "b.md", "2025-03-02", "$2.1 billion")
    return tmp_path


def test_full_cycle(corpus: Path):
    code, data = _json(corpus, "corpus")
    assert code == 0 and data["findings"] == []

    _write(corpus / "corpus", "c.md", "2025-03-05", "$2.9 billion")
    code, data = _json(corpus, "corpus")
    assert code == 1
    assert [f["verdict"] for f in data["findings"]] == ["contradiction"]

    proc = _run(corpus, "baseline", "corpus", "--output", "baseline.json")
    assert proc.returncode == 0, proc.stderr
    code, data = _json(corpus, "corpus", "--baseline", "baseline.json")
    assert code == 0
    assert [f["status"] for f in data["findings"]] == ["known"]

    # Editing elsewhere in a file moves every line: identity must not change.
    _write(corpus / "corpus", "c.md", "2025-03-05", "$2.9 billion", padding="An opening paragraph.\n\nAnother one.\n\n")
    code, data = _json(corpus, "corpus", "--baseline", "baseline.json")
    assert code == 0

    # A second contradiction on another subject is the only new finding.
    _write(corpus / "corpus", "b.md", "2025-03-02", "$2.1 billion", stake="45 percent")
    code, data = _json(corpus, "corpus", "--baseline", "baseline.json")
    assert code == 1
    new = [f for f in data["findings"] if f["status"] == "new"]
    assert [f["subject"] for f in new] == ["Northwind Foods → Harbor Mills / stake"]
    assert data["summary"]["known"] == 1


def test_fixed_findings_are_listed(corpus: Path):
    _write(corpus / "corpus", "c.md", "2025-03-05", "$2.9 billion")
    _run(corpus, "baseline", "corpus", "--output", "baseline.json")
    (corpus / "corpus" / "c.md").unlink()
    code, data = _json(corpus, "corpus", "--baseline", "baseline.json")
    assert code == 0
    assert len(data["fixed"]) == 1 and data["fixed"][0]["status"] == "fixed"


def test_baseline_is_sorted_one_entry_per_line(corpus: Path):
    _write(corpus / "corpus", "c.md", "2025-03-05", "$2.9 billion", stake="45 percent")
    _run(corpus, "baseline", "corpus", "--output", "baseline.json")
    text = (corpus / "baseline.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["schema"] == "factcheck-baseline" and data["version"] == 1 and data["rules_digest"]
    entries = [line for line in text.splitlines() if '"fingerprint"' in line]
    assert len(entries) == len(data["findings"]) == 2
    assert [e["fingerprint"] for e in data["findings"]] == sorted(e["fingerprint"] for e in data["findings"])
    assert str(corpus) not in text


@pytest.mark.parametrize("content, reason", [
    ("{not json", "not valid JSON"),
    ('{"schema": "factcheck-baseline", "version": 99, "findings": []}', "version 99"),
    ('{"findings": []}', "not a factcheck baseline"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"schema": "factcheck-baseline", "version": 1' + "9" * 5000 + "}", "not valid JSON"),
])
def test_corrupt_baseline_stops_the_run(corpus: Path, content: str, reason: str):
    (corpus / "baseline.json").write_text(content, encoding="utf-8")
    proc = _run(corpus, "check", "corpus", "--baseline", "baseline.json", "--report", "out.md")
    assert proc.returncode == 2
    assert reason in proc.stderr and "baseline.json" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_fixed_entry_with_values_that_are_not_strings_is_still_listed(corpus: Path):
    (corpus / "baseline.json").write_text('{"schema": "factcheck-baseline", "version": 1, "findings": ['
                                          '{"fingerprint": "gone", "values": [1, ["2"]]}, {"fingerprint": "old", "values": 5}]}',
                                          encoding="utf-8")
    code, data = _json(corpus, "corpus", "--baseline", "baseline.json")
    assert [f["fingerprint"] for f in data["fixed"]] == ["gone", "old"]
    assert [f["explanation"] for f in data["fixed"]] == ["1, ['2']", ""]


def test_missing_baseline_is_an_error(corpus: Path):
    proc = _run(corpus, "check", "corpus", "--baseline", "nope.json", "--report", "out.md")
    assert proc.returncode == 2 and "not found" in proc.stderr


def test_configuration_file_supplies_the_options(corpus: Path):
    _write(corpus / "corpus", "c.md", "2025-03-05", "$2.9 billion")
    (corpus / "factcheck.toml").write_text('paths = ["corpus"]\nreport = "reports/check.md"\nfail-on = "never"\n', encoding="utf-8")
    proc = _run(corpus, "check")
    assert proc.returncode == 0, proc.stderr
    assert (corpus / "reports" / "check.md").is_file()
    proc = _run(corpus, "check", "--fail-on", "error")  # the command line wins
    assert proc.returncode == 1


def test_pyproject_table_is_read(corpus: Path):
    (corpus / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck]\npaths = ["corpus"]\n', encoding="utf-8")
    proc = _run(corpus, "check", "--report", "out.md")
    assert proc.returncode == 0, proc.stderr


def test_configuration_errors_name_file_and_line(corpus: Path):
    (corpus / "factcheck.toml").write_text('paths = ["corpus"]\nfail_on = "error"\n', encoding="utf-8")
    proc = _run(corpus, "check")
    assert proc.returncode == 2
    assert "factcheck.toml:2" in proc.stderr and "did you mean 'fail-on'" in proc.stderr
    (corpus / "factcheck.toml").write_text('paths = ["corpus"]\nfail-on = "sometimes"\n', encoding="utf-8")
    proc = _run(corpus, "check")
    assert proc.returncode == 2 and "factcheck.toml:2" in proc.stderr and "never" in proc.stderr


def test_github_annotations(corpus: Path):
    _write(corpus / "corpus", "c.md", "2025-03-05", "$2.9 billion")
    proc = _run(corpus, "check", "corpus", "--format", "github", "--report", "out.md")
    assert proc.returncode == 1
    lines = [line for line in proc.stdout.splitlines() if line.startswith("::error ")]
    assert len(lines) == 3
    assert all("file=corpus/" in line and ",line=4," in line for line in lines)
