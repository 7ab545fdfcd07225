"""Extraction throughput on the generated corpus, against dateparser and a regex floor.

Timings come from a pass without tracemalloc; the tracemalloc peak comes from
a second, identical pass, since tracing slows allocation-heavy code several
times over. The hostile-input benchmark is in :mod:`.hostile`.
"""

from __future__ import annotations

import re
import resource
import time
import tracemalloc
from collections.abc import Callable

from ..extract import Extractor
from ..model import Document
from ..rulepack import load_rulepack
from .corpus import corpus, megabytes

_EXTRACTOR: list[Extractor] = []


def extractor() -> Extractor:
    """The extractor for the shipped rule pack, built once per process."""
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor(load_rulepack().attributes))
    return _EXTRACTOR[0]


def _timed(fn: Callable[[Document], int], docs: list[Document]) -> tuple[float, int]:
    """Seconds to apply `fn` to every document, and the sum of what it returned."""
    found, t0 = 0, time.perf_counter()
    for doc in docs:
        found += fn(doc)
    return time.perf_counter() - t0, found


def _extract_all(docs: list[Document]) -> int:
    kept = [extractor().extract(doc).facts for doc in docs]  # NOTE: kept, as pipeline.collect_facts keeps them
    return sum(map(len, kept))


def _row(name: str, mb: float, secs: float, found: int, ratio: str = "") -> str:
    return f"{name:<18}{mb:>9.3f}{secs:>10.2f}{mb / secs:>10.3f}{found:>11,}{found / secs:>12,.0f}{ratio:>12}".rstrip()


def extract_bench(mb: float = 20, seed: int = 1, sample_mb: float = 0.5, out: Callable[[str], None] = print,
                  trace: bool = True) -> dict:
    """Time extraction over `mb` MB of generated text; compare with dateparser and a regex floor on a sample.

    With `trace` false the second, traced pass is skipped and the tracemalloc peak is None.
    """
    from dateparser.search import search_dates  # noqa: PLC0415 - only this benchmark needs it

    docs = corpus(mb, seed)
    size = megabytes(docs)
    extractor().extract(docs[0])  # warms the extractor outside the timing
    search_dates("on Jan 4, 2026", languages=["en"])
    t0 = time.perf_counter()
    facts = _extract_all(docs)
    secs = time.perf_counter() - t0
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux; read before tracing adds its own
    peak = None
    if trace:
        tracemalloc.start()
        _extract_all(docs)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    sample = corpus(sample_mb, seed)
    small = megabytes(sample)
    digits = re.compile(r"\d+")
    ours = _timed(lambda d: len(extractor().extract(d).facts), sample)
    theirs = _timed(lambda d: len(search_dates(d.text, languages=["en"]) or ()), sample)
    floor = _timed(lambda d: sum(1 for _ in digits.finditer(d.text)), sample)
    speed = {k: small / v[0] for k, v in (("ours", ours), ("dateparser", theirs), ("regex", floor))}
    header = f"{'':<18}{'MB':>9}{'seconds':>10}{'MB/s':>10}{'found':>11}{'found/s':>12}"
    out(f"extract: {len(docs):,} documents, seed {seed}; MB = 10^6 bytes of UTF-8")
    out(header)
    out(_row("factcheck", size, secs, facts))
    traced = f"{peak:,.1f} MB (extraction phase)" if peak is not None else "not measured"
    out(f"peak memory: tracemalloc {traced}, maxrss {maxrss:,.1f} MB (untraced pass)")
    out("")
    out(f"sample: {len(sample):,} documents; found = facts / dates / digit runs; ours/this = ratio of MB/s")
    out(header + f"{'ours/this':>12}")
    out(_row("factcheck", small, ours[0], ours[1], "1.00x"))
    out(_row("dateparser search", small, theirs[0], theirs[1], f"{speed['ours'] / speed['dateparser']:.2f}x"))
    out(_row(r"regex floor \d+", small, floor[0], floor[1], f"{speed['ours'] / speed['regex']:.4f}x"))
    return {"mb": size, "seconds": secs, "mb_per_s": size / secs, "facts": facts, "facts_per_s": facts / secs,
            "tracemalloc_peak_mb": peak, "maxrss_mb": maxrss, "sample_mb": small, "speed": speed,
            "vs_dateparser": speed["ours"] / speed["dateparser"], "vs_regex": speed["ours"] / speed["regex"]}
