"""Extraction in worker processes: the same facts in the same order as in one process, and nothing lost."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck import workers
from factcheck.extract import Extractor
from factcheck.model import Document
from factcheck.pipeline import collect_facts, run
from factcheck.rulepack import load_rulepack
from factcheck.settings import Settings

STORIES = [
    "Published 2026-01-05.\n\nAcme Robotics employs 1,200 people, its chief executive Dana Whitlow, 52, said on Monday.",
    "Published 2026-01-06.\n\nAcme Robotics has 1,300 employees. Whitlow, 53, said revenue rose 4% to $2.1 billion.",
    "Published 2026-01-07.\n\nThe flood killed 14 people in Arlen, and 200 homes were lost, officials said last April.",
    "Published 2026-01-08.\n\nThe Arlen flood killed 15 people. Insurers put losses at EUR 48.6 million.",
    "Published 2026-01-09.\n\nBrightmoor paid $14.3 billion for a 49% stake in Scale Labs, valued at $29 billion.",
]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for index, text in enumerate(STORIES):
        (folder / f"doc{index}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def _docs(count: int, size: int) -> list[Document]:
    return [Document(id=f"d{i}", path=f"d{i}", text="x" * size) for i in range(count)]


def test_jobs_given_are_used_up_to_one_per_document():
    assert workers.workers_for(4, _docs(10, 10)) == 4
    assert workers.workers_for(4, _docs(2, 10)) == 2
    assert workers.workers_for(1, _docs(50, 10**6)) == 1


def test_automatic_jobs_follow_the_corpus_size_and_the_cpus(monkeypatch):
    monkeypatch.setattr(workers, "available_cpus", lambda: 4)
    per = workers.CHARS_PER_WORKER
    assert workers.workers_for(0, _docs(12, 3_000)) == 1  # a small corpus stays in this process
    assert workers.workers_for(0, _docs(10, per // 5)) == 2
    assert workers.workers_for(0, _docs(100, per)) == 4
    assert workers.workers_for(0, _docs(1, per * 10)) == 1  # one document is one process's work
    assert workers.workers_for(0, []) == 1


def test_several_workers_find_the_same_facts_in_the_same_order(corpus):
    pack = load_rulepack()
    one = collect_facts(Settings(paths=(corpus,), jobs=1), pack)
    three = collect_facts(Settings(paths=(corpus,), jobs=3), pack)
    assert [d.id for d in three[0]] == [d.id for d in one[0]]
    assert three[2] == one[2]
    assert len(one[2]) > 10


def test_progress_counts_every_document_in_order(corpus):
    seen = []
    collect_facts(Settings(paths=(corpus,), jobs=2), load_rulepack(), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, len(STORIES)) for i in range(1, len(STORIES) + 1)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_fault_in_one_document_is_listed_with_its_reason(corpus, monkeypatch, jobs):
    extract = Extractor.extract

    def failing(self, doc):
        if doc.path.endswith("doc2.txt"):
            raise ValueError("a fault in one document")
        return extract(self, doc)

    monkeypatch.setattr(Extractor, "extract", failing)
    result = run(Settings(paths=(corpus,), jobs=jobs))
    assert [d.path.rsplit("/", 1)[-1] for d in result.documents] == ["doc0.txt", "doc1.txt", "doc3.txt", "doc4.txt"]
    assert [(s.path.rsplit("/", 1)[-1], s.reason.split(";")[0]) for s in result.skipped] == [
        ("doc2.txt", "extraction failed (ValueError: a fault in one document)")]
    assert result.facts and {f.document.rsplit("/", 1)[-1] for f in result.facts} <= {"doc0.txt", "doc1.txt", "doc3.txt", "doc4.txt"}


def test_a_worker_that_dies_loses_no_document(corpus, monkeypatch):
    parent, extract = os.getpid(), Extractor.extract

    def dying(self, doc):
        if os.getpid() != parent and doc.path.endswith("doc1.txt"):
            os._exit(3)  # a worker killed mid-document, as by the out-of-memory killer
        return extract(self, doc)

    pack = load_rulepack()
    expected = collect_facts(Settings(paths=(corpus,), jobs=1), pack)
    monkeypatch.setattr(Extractor, "extract", dying)
    documents, skipped, facts = collect_facts(Settings(paths=(corpus,), jobs=2), pack)
    assert [d.id for d in documents] == [d.id for d in expected[0]] and not skipped
    assert facts == expected[2]


def test_cli_jobs_give_the_same_report_and_a_negative_count_is_a_usage_error(root, tmp_path, corpus):
    outputs = []
    for jobs in ("1", "3"):
        proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(corpus), "-q", "--jobs", jobs,
                               "--report", str(tmp_path / "r.md"), "--json", str(tmp_path / f"{jobs}.json")],
                              cwd=root, capture_output=True, text=True, timeout=120)
        assert proc.returncode in (0, 1), proc.stderr
        outputs.append((tmp_path / f"{jobs}.json").read_bytes())
    assert outputs[0] == outputs[1]
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(corpus), "--jobs", "-1",
                           "--report", str(tmp_path / "r.md")], cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "--jobs -1" in proc.stderr and "Traceback" not in proc.stderr


def test_jobs_in_the_configuration_file_are_checked(root, tmp_path, corpus):
    (tmp_path / "factcheck.toml").write_text(f'paths = ["{corpus.name}"]\njobs = "many"\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "--report", "r.md"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "factcheck.toml:2" in proc.stderr and "jobs" in proc.stderr
    assert "Traceback" not in proc.stderr
