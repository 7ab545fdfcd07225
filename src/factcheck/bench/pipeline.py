"""Whole-run time on a generated corpus written to files: each phase, with one process and with several.

The corpus is the extraction benchmark's (:mod:`.corpus`), one Markdown file
per document with its publication date and an outlet in front matter, so the
run reads, extracts, aligns and compares as ``factcheck check`` does.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..pipeline import run
from ..settings import Settings
from ..workers import available_cpus
from .corpus import corpus, megabytes

PHASES = ("read", "extract", "align", "compare")


def write_corpus(folder: Path, mb: float, seed: int) -> tuple[int, float]:
    """Write the generated corpus of `mb` MB into `folder`; return (documents, MB of text)."""
    docs = corpus(mb, seed)
    for index, doc in enumerate(docs):
        front = f"---\ntitle: Document {index}\npublished: {doc.published.isoformat()}\nsource: Outlet {index % 7}\n---\n"
        (folder / f"doc{index:05d}.md").write_text(front + doc.text, encoding="utf-8")
    return len(docs), megabytes(docs)


def pipeline_bench(mb: float = 1.0, seed: int = 1, jobs: tuple[int, ...] = (1, 0),
                   out: Callable[[str], None] = print) -> list[dict]:
    """Run the whole check on `mb` MB of generated files once per entry of `jobs`; print and return each run's phases."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        folder = Path(tmp)
        count, size = write_corpus(folder, mb, seed)
        out(f"pipeline: {count:,} files, {size:.3f} MB of text, seed {seed}; {available_cpus()} CPUs; seconds per phase")
        out(f"{'jobs':<10}" + "".join(f"{p:>10}" for p in PHASES) + f"{'total':>10}{'MB/s':>9}{'facts':>10}{'findings':>10}")
        first = None
        for job in jobs:
            timings: dict[str, float] = {}
            t0 = time.perf_counter()
            result = run(Settings(paths=(folder,), jobs=job), timings=timings)
            total = time.perf_counter() - t0
            label = f"{job}" if job else "0 (auto)"
            out(f"{label:<10}" + "".join(f"{timings.get(p, 0.0):>10.2f}" for p in PHASES)
                + f"{total:>10.2f}{size / total:>9.3f}{len(result.facts):>10,}{len(result.findings):>10,}")
            same = first is None or (result.facts, result.findings) == first
            first = first or (result.facts, result.findings)
            rows.append({"jobs": job, "seconds": total, **timings, "facts": len(result.facts),
                         "findings": len(result.findings), "same_as_first": same})
        if not all(r["same_as_first"] for r in rows):
            out("DIFFERENT: the runs did not find the same facts and findings")
    return rows
