"""Extraction of many documents, in worker processes when that pays, always in document order.

Extraction is per document and pure, so documents can be extracted in any
process; results come back in the order given, so a run's output is the same
with one process or many.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .extract import Extraction, Extractor
from .model import Document

# With `jobs` 0 (automatic), one worker per this many characters of text, up to one per CPU: below it, starting
# a process costs more than it saves (extraction runs at about 70,000 characters a second).
CHARS_PER_WORKER = 150_000

_WORKER: list[Extractor] = []


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # NOTE: not on macOS or Windows
        return os.cpu_count() or 1


def workers_for(jobs: int, documents: Sequence[Document]) -> int:
    """How many processes extract `documents`: `jobs` (at most one per document), or with 0 as many as pay."""
    if jobs > 0:
        return max(1, min(jobs, len(documents)))
    size = sum(len(d.text) for d in documents)
    return max(1, min(available_cpus(), len(documents), size // CHARS_PER_WORKER))


def _extract(extractor: Extractor, doc: Document) -> Extraction | str:
    try:
        return extractor.extract(doc)
    except Exception as exc:  # noqa: BLE001 - one document's fault must not end the run; the caller lists it
        return f"{type(exc).__name__}: {str(exc)[:200]}"


def _start_worker(attributes, common_words) -> None:
    _WORKER[:] = [Extractor(attributes, common_words)]


def _in_worker(doc: Document) -> Extraction | str:
    return _extract(_WORKER[0], doc)


def _context():
    # NOTE: fork is fast and needs no imports, but is unsafe in a process running other threads
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def extract_documents(documents: Sequence[Document], extractor: Extractor, jobs: int = 1,
                      progress: Callable[[int, int], None] | None = None) -> Iterator[tuple[Document, Extraction | str]]:
    """(document, its extraction or the error that stopped it) for each of `documents`, in their order.

    With more than one worker (see :func:`workers_for`), documents are extracted in
    processes each holding a copy of `extractor`. If a worker dies, the documents
    not yet returned are extracted in this process.
    """
    total, done = len(documents), 0

    def step(doc: Document, result: Extraction | str) -> tuple[Document, Extraction | str]:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)
        return doc, result

    workers = workers_for(jobs, documents)
    if workers > 1:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_start_worker,
                                   initargs=(extractor.attributes, extractor.common_words))
        try:
            chunk = max(1, min(16, total // (workers * 8)))
            for doc, result in zip(documents, pool.map(_in_worker, documents, chunksize=chunk)):
                yield step(doc, result)
        except BrokenProcessPool:
            pass  # NOTE: the rest is extracted below
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    for doc in documents[done:]:
        yield step(doc, _extract(extractor, doc))
