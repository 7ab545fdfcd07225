"""The benchmark package: a deterministic corpus, plausible figures, hostile inputs that neither raise nor escape."""

from __future__ import annotations

import pytest

from factcheck.bench.alignment import labeled_corpora, score_all
from factcheck.bench.corpus import corpus, megabytes
from factcheck.bench.extract import extract_bench
from factcheck.bench.hostile import HOSTILE, run_case
from factcheck.bench.pipeline import PHASES, pipeline_bench


def test_corpus_is_deterministic_for_a_seed():
    first, again, other = corpus(0.02, seed=7), corpus(0.02, seed=7), corpus(0.02, seed=8)
    assert megabytes(first) >= 0.02
    assert [(d.id, d.text, d.published) for d in first] == [(d.id, d.text, d.published) for d in again]
    assert [d.text for d in first] != [d.text for d in other]
    assert all(2_000 < len(d.text.encode()) < 4_500 and d.published for d in first)


def test_pipeline_bench_times_each_phase_and_compares_the_runs():
    lines: list[str] = []
    rows = pipeline_bench(mb=0.02, seed=3, jobs=(1, 2), out=lines.append)
    assert [r["jobs"] for r in rows] == [1, 2]
    assert all(r["same_as_first"] and r["facts"] > 0 for r in rows)
    assert all(r[phase] >= 0 for r in rows for phase in PHASES) and all(r["seconds"] > 0 for r in rows)
    assert lines[0].startswith("pipeline: ") and len(lines) == 4 and not any("DIFFERENT" in line for line in lines)


def _labeled(folder, articles: dict[str, str], labels: list[tuple[str, str, str | None]]):
    (folder / "corpus").mkdir(parents=True)
    for name, text in articles.items():
        (folder / "corpus" / name).write_text(f"---\npublished: 2026-01-05\nsource: {name}\n---\n{text}\n", encoding="utf-8")
    entries = "".join(f"  - {{document: {d}, text: \"{t}\", occurrence: 1, subject: {s or 'null'}}}\n" for d, t, s in labels)
    (folder / "labels.yaml").write_text("labels:\n" + entries, encoding="utf-8")


def test_align_all_scores_each_corpus_and_adds_them_up(tmp_path):
    _labeled(tmp_path / "one", {"a.md": "Acme Robotics employs 1,200 people.", "b.md": "Acme Robotics employs 1,300 people."},
             [("a.md", "1,200 people", "Acme Robotics / headcount"), ("b.md", "1,300 people", "Acme Robotics / headcount")])
    _labeled(tmp_path / "two", {"a.md": "Brill Foods employs 400 people.", "b.md": "Brill Foods, 51, said so."},
             [("a.md", "400 people", "Brill Foods / headcount"), ("b.md", "51", "Brill Foods / headcount")])
    (tmp_path / "notes").mkdir()  # a folder with no labels is no corpus
    assert [name for name, _, _ in labeled_corpora(tmp_path)] == ["one", "two"]
    lines: list[str] = []
    assert score_all(tmp_path, out=lines.append) == (1, 0, 1)
    assert lines == ["one 1 0 0 1.000 1.000", "two 0 0 1 0.000 0.000",
                     "pooled over 2 corpora: TP 1   FP 0   FN 1   precision 1.000   recall 0.500"]


def test_extract_bench_reports_plausible_figures():
    lines: list[str] = []
    # NOTE: 0.1 MB and no tracemalloc pass keep this under 5 s at today's ~0.1 MB/s on number-dense text.
    figures = extract_bench(mb=0.1, seed=3, sample_mb=0.004, out=lines.append, trace=False)
    assert figures["mb"] >= 0.1 and figures["facts"] > 0
    assert figures["mb_per_s"] > 0 and figures["facts_per_s"] > 0 and figures["maxrss_mb"] > 0
    assert figures["vs_dateparser"] > 0 and figures["vs_regex"] > 0
    assert any(line.startswith("factcheck") for line in lines)
    assert any(line.startswith("dateparser search") for line in lines)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_case_at_small_size(name):
    # NOTE: 1/1000 of the benchmark's size (20 KB for the single line); timing is `python -m factcheck.bench hostile`.
    text = HOSTILE[name](0.001)
    assert text
    for fact in run_case(text).facts:
        assert 0 <= fact.start < fact.end <= len(text), fact
        assert text[fact.start:fact.end] == fact.text, fact
