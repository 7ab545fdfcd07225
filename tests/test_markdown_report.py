"""The Markdown report: escaping of quoted text, tables, skips, summary, byte stability."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from factcheck import Settings, run
from factcheck.report import markdown
from factcheck.report.escape import md

HOSTILE = ("Acme invested $2.9 billion in Borealis, a figure the memo | called `final` "
           "<script>alert(1)</script> and [link](http://x) from C:\\ drive.")


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.md").write_text(
        "---\n"
        "title: Acme Backs Borealis\n"
        "published: 2025-11-02\n"
        "---\n"
        "# Acme and Borealis strike a deal\n"
        "\n"
        "Acme invested $2.1 billion in Borealis.\n",  # line 7
        encoding="utf-8",
    )
    (root / "b.md").write_text(
        "---\n"
        "title: Borealis | the recap\n"
        "---\n"
        + HOSTILE + "\n",  # line 4
        encoding="utf-8",
    )
    (root / "scan.txt").write_bytes(b"GIF89a\x00\x01\x00\x00binary")
    return root


@pytest.fixture
def result(corpus):
    res = run(Settings(paths=(corpus,)))
    # Precondition: the corpus really disagrees, once.
    assert [(f.severity, f.verdict, f.subject) for f in res.findings] == [
        ("error", "contradiction", "Acme \u2192 Borealis / investment")]
    return res


@pytest.fixture
def report(result) -> str:
    return markdown.format(result)


def _unescaped(line: str, char: str) -> int:
    """Occurrences of `char` in `line` not made literal by a backslash escape."""
    count, i = 0, 0
    while i < len(line):
        if line[i] == "\\":
            i += 2
            continue
        count += line[i] == char
        i += 1
    return count


def _tables(report: str) -> list[list[str]]:
    tables, current = [], []
    for line in report.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def _section(report: str, title: str) -> str:
    start = report.index(f"## {title}\n")
    nxt = report.find("\n## ", start + 1)
    return report[start:] if nxt == -1 else report[start:nxt]


def _finding_rows(report: str) -> list[str]:
    (table,) = [t for t in _tables(_section(report, "Findings")) if t[0].startswith("| Value |")]
    return table[2:]


# --- tables are not broken by quoted text ---------------------------------------------------------

def test_every_table_row_has_as_many_separators_as_its_header(report):
    tables = _tables(report)
    assert len(tables) >= 4  # summary, finding, documents, skipped
    for table in tables:
        expected = _unescaped(table[0], "|")
        for row in table:
            assert _unescaped(row, "|") == expected, row


def test_finding_rows_have_five_columns(report):
    rows = _finding_rows(report)
    assert len(rows) == 2
    for row in rows:
        assert _unescaped(row, "|") == 6, row


def test_hostile_sentence_is_quoted_escaped(report):
    (row,) = [r for r in _finding_rows(report) if "2.9 billion" in r]
    assert "\\|" in row
    assert "\\`final\\`" in row
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in row
    assert "\\[link\\](http://x)" in row
    assert "C:\\\\ drive" in row


def test_no_raw_html_reaches_the_report(report):
    assert "<script" not in report.lower()
    assert "</script" not in report.lower()


def test_backticks_and_brackets_in_table_rows_are_escaped(report):
    for table in _tables(report):
        for row in table:
            for char in "`[]<>":
                assert _unescaped(row, char) == 0, (char, row)


def test_escaped_pipe_in_title_keeps_documents_table(report):
    docs = _section(report, "Documents")
    assert "Borealis \\| the recap" in docs


def test_md_escape_helper_handles_the_hostile_sentence():
    escaped = md(HOSTILE + "\nsecond line")
    assert "\n" not in escaped
    assert _unescaped(escaped, "|") == 0
    assert _unescaped(escaped, "`") == 0
    assert _unescaped(escaped, "[") == 0
    assert "<" not in escaped and ">" not in escaped


# --- content of a finding ----------------------------------------------------------------------

def test_finding_rows_cite_file_line_and_publication(report, corpus):
    rows = _finding_rows(report)
    a_row = next(r for r in rows if "2.1 billion" in r)
    b_row = next(r for r in rows if "2.9 billion" in r)
    assert f"{md(str(corpus / 'a.md'))}:7 | 2025-11-02 |" in a_row
    assert f"{md(str(corpus / 'b.md'))}:4 | unknown |" in b_row
    assert a_row.startswith("| \\$2.1 billion |")
    assert b_row.startswith("| \\$2.9 billion |")


def test_finding_heading_names_severity_verdict_and_subject(report):
    findings = _section(report, "Findings")
    assert "### 1. error: contradiction: Acme \u2192 Borealis / investment" in findings
    assert findings.count("### ") == 1


# --- skipped files ------------------------------------------------------------------------------

def test_skipped_binary_file_listed_with_reason(report, corpus):
    skipped = _section(report, "Skipped files")
    (table,) = _tables(skipped)
    assert table[0] == "| File | Reason |"
    assert table[2:] == [f"| {md(str(corpus / 'scan.txt'))} | binary file (contains NUL bytes) |"]


def test_no_skips_says_none(tmp_path):
    (tmp_path / "only.md").write_text("Acme invested $2 billion in Borealis.\n", encoding="utf-8")
    text = markdown.format(run(Settings(paths=(tmp_path,))))
    assert _section(text, "Skipped files").split("\n", 2)[2].strip() == "None."


# --- summary ------------------------------------------------------------------------------------

def _summary_rows(report: str) -> dict[str, str]:
    (table,) = _tables(_section(report, "Summary"))
    rows = {}
    for row in table[2:]:
        name, value = [cell.strip() for cell in row.strip("|").split("|")]
        rows[name] = value
    return rows


def test_summary_counts(report, result):
    rows = _summary_rows(report)
    placed = sum(1 for f in result.facts if f.subject)
    assert rows["Documents read"] == "2"
    assert rows["Documents skipped"] == "1"
    assert rows["Documents without a publication date"] == "1"
    assert rows["Facts extracted"] == f"{len(result.facts)} ({placed} placed on a subject)"
    assert len(result.facts) >= 2 and placed >= 2
    assert rows["Subjects compared across facts"] == "1"
    assert rows["Findings"] == "1 error, 0 warning, 0 note"
    assert "Baseline" not in rows


def test_documents_table_lists_both_with_date_source(report, corpus):
    (table,) = _tables(_section(report, "Documents"))
    assert table[2:] == [
        f"| {md(str(corpus / 'a.md'))} | 2025-11-02 | front matter | Acme Backs Borealis |",
        f"| {md(str(corpus / 'b.md'))} | none | - | Borealis \\| the recap |",
    ]


# --- byte stability -------------------------------------------------------------------------------

def test_rendering_twice_is_identical(result):
    assert markdown.format(result) == markdown.format(result)


def test_two_runs_render_identically(corpus, report):
    again = markdown.format(run(Settings(paths=(corpus,))))
    assert again == report


def test_report_has_no_timestamps(report):
    assert dt.date.today().isoformat() not in report
    assert not re.search(r"\b\d{1,2}:\d{2}(:\d{2})?\b", report)
    assert report.startswith("<!-- Generated by factcheck ")
    assert report.endswith("\n") and not report.endswith("\n\n")
