"""The pipeline: settings in, :class:`~factcheck.model.RunResult` out. Never prints."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

from . import __version__
from .align import align
from .baseline import load_baseline, split
from .evaluate import SEVERITY_RANK, evaluate
from .extract import Extractor, common_words
from .model import Fact, RunResult, SkippedDocument
from .rulepack import RulePack, load_rulepack
from .settings import Settings
from .sources import load
from .workers import extract_documents


def collect_facts(settings: Settings, pack: RulePack, progress: Callable[[int, int], None] | None = None,
                  timings: dict[str, float] | None = None):
    """Read, extract and align: documents, skipped files and aligned facts.

    `timings`, when given, receives the seconds each phase took ("read", "extract", "align").
    """
    timings = {} if timings is None else timings
    clock = time.perf_counter()
    documents, skipped = load(settings.paths, published=settings.published, max_bytes=settings.max_bytes,
                              exclude=settings.exclude, manifest=settings.manifest)
    extractor = Extractor(pack.attributes, common_words(d.text for d in documents))
    timings["read"], clock = time.perf_counter() - clock, time.perf_counter()
    facts: list[Fact] = []
    names: dict[str, frozenset[str]] = {}
    positions: dict[str, tuple] = {}
    pronouns: dict[str, tuple] = {}
    first_seen: dict[str, dict[str, int]] = {}
    persons: set[str] = set()
    mentions: Counter = Counter()
    read: list = []
    for doc, found in extract_documents(documents, extractor, settings.jobs, progress):
        if isinstance(found, str):
            skipped.append(SkippedDocument(doc.path, f"extraction failed ({found}); "
                                                     "the file was not checked, please report this"))
            continue
        read.append(doc)
        facts.extend(found.facts)
        names[doc.id] = found.names
        positions[doc.id] = found.full_names
        pronouns[doc.id] = found.pronouns
        first_seen[doc.id] = dict(found.first_seen)
        persons.update(found.persons)
        mentions.update(dict(found.mentions))
    documents = read
    timings["extract"], clock = time.perf_counter() - clock, time.perf_counter()
    skipped = sorted(skipped, key=lambda s: s.path)
    aligned = align(facts, names, persons, pack.aliases, positions, frozenset(a.name for a in pack.attributes if a.event),
                    mentions, frozenset(a.name for a in pack.attributes if a.personal), pronouns, first_seen,
                    relations=frozenset(a.name for a in pack.attributes if a.relation),
                    corporate=frozenset(a.name for a in pack.attributes if a.organization),
                    occasions=frozenset(a.name for a in pack.attributes if a.per_occasion))
    timings["align"] = time.perf_counter() - clock
    return documents, skipped, aligned


def run(settings: Settings, progress: Callable[[int, int], None] | None = None,
        timings: dict[str, float] | None = None) -> RunResult:
    """Run the whole check and return its result.

    `timings`, when given, receives the seconds each phase took (see :func:`collect_facts`, and "compare").
    """
    timings = {} if timings is None else timings
    pack = load_rulepack(settings.rules)
    accepted = load_baseline(settings.baseline) if settings.baseline is not None else None
    documents, skipped, facts = collect_facts(settings, pack, progress, timings)
    clock = time.perf_counter()
    findings, agreements = evaluate(facts, pack, {d.id: d.source for d in documents if d.source})
    timings["compare"] = time.perf_counter() - clock
    result = RunResult(
        documents=tuple(documents), skipped=tuple(skipped), facts=tuple(facts), findings=tuple(findings),
        agreements=tuple(agreements), rules_digest=pack.digest, version=__version__,
        rules=tuple((r.id, r.description) for r in pack.rules),
    )
    return split(result, accepted) if accepted is not None else result


def extract_only(settings: Settings) -> RunResult:
    """Read, extract and align without comparing: for ``factcheck extract``."""
    pack = load_rulepack(settings.rules)
    documents, skipped, facts = collect_facts(settings, pack)
    return RunResult(documents=tuple(documents), skipped=tuple(skipped), facts=tuple(facts), findings=(),
                     rules_digest=pack.digest, version=__version__)


def failing(result: RunResult, fail_on: str) -> list:
    """New findings at or above the `fail_on` severity."""
    if fail_on == "never":
        return []
    limit = SEVERITY_RANK[fail_on]
    return [f for f in result.findings if f.status == "new" and SEVERITY_RANK[f.severity] <= limit]
