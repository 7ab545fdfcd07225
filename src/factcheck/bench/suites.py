"""Recall of the extractor on public extraction test suites the user has downloaded.

The suites are other projects' test files, recognised in a directory by name:
Recognizers-Text spec files (microsoft/Recognizers-Text, ``Specs/``) and
quantulum3's ``quantities.json``. None of their text ships with factcheck.

A gold mention is *found* when an extracted fact of a compatible kind overlaps
its span, *full span* when such a fact covers all of it. Where the gold gives a
plain number, the value is checked: equal within 1e-6 relative, or inside the
[low, high] of a range fact. *Spurious* counts facts of the suite's kinds that
overlap no gold mention, only for suites whose gold lists every mention.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document, Fact
from .extract import extractor

NUMERIC = frozenset({"money", "percent", "count", "age", "duration", "number"})
DATES = frozenset({"date", "duration"})
# Recognizers-Text TypeName (or Type) -> fact kinds that may match it
KINDS_BY_TYPE = {"currency": frozenset({"money"}), "percentage": frozenset({"percent"}), "number": NUMERIC,
                 "ordinal": NUMERIC, "age": frozenset({"age"}), "dimension": NUMERIC, "temperature": NUMERIC,
                 "date": DATES, "duration": DATES, "dateperiod": DATES, "daterange": DATES}
AGE_IN_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}


@dataclass(frozen=True)
class Suite:
    """One test suite: its file names, the fact kinds it annotates, how values are read."""

    name: str
    files: tuple[str, ...]
    kinds: frozenset[str]
    value: str | None = None  # "plain", "age" or None (no value check)
    complete: bool = False  # the gold lists every mention of its kinds, so spurious facts are counted
    quantulum: bool = False


SUITES = (
    Suite("Currency", ("CurrencyModel.json",), KINDS_BY_TYPE["currency"], "plain", complete=True),
    Suite("Percent", ("PercentModel.json",), KINDS_BY_TYPE["percentage"], "plain", complete=True),
    Suite("Number", ("NumberModel.json",), NUMERIC, "plain", complete=True),
    Suite("Age", ("AgeModel.json",), KINDS_BY_TYPE["age"], "age"),
    Suite("Dimension", ("DimensionModel.json",), NUMERIC),
    Suite("Temperature", ("TemperatureModel.json",), NUMERIC),
    Suite("Date", ("DateExtractor.json",), DATES),
    Suite("Duration", ("DurationExtractor.json",), DATES),
    Suite("DatePeriod", ("DatePeriodExtractor.json",), DATES),
    Suite("quantulum3", ("quantities.json", "quantulum3_quantities.json"), NUMERIC, "plain", quantulum=True),
)


@dataclass(frozen=True)
class Gold:
    """One annotated mention; `start` is None when its text is not in the input."""

    text: str
    start: int | None
    end: int | None
    kinds: frozenset[str]
    value: float | None = None


@dataclass(frozen=True)
class Case:
    """One input text, the publication date it is read with, and its gold mentions."""

    input: str
    published: dt.date
    gold: tuple[Gold, ...]


@dataclass
class Score:
    """Totals for one suite, and the gold mentions no fact was found for."""

    cases: int = 0
    skipped: int = 0  # entries marked as not supported in Python
    unscored: int = 0  # gold mentions whose value is null ("fahrenheit" alone)
    gold: int = 0
    found: int = 0
    full: int = 0
    checked: int = 0
    correct: int = 0
    spurious: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (gold text, input)


def _number(value: object) -> float | None:
    """A gold value as a float: 14300000, "1000000", "25%", "1,250"; None when not a plain number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().rstrip("%").replace(",", ""))
    except ValueError:
        return None


def _unsupported(entry: dict) -> bool:
    """True when the entry says it does not hold for the Python implementation (or for any)."""
    for key in ("NotSupported", "NotSupportedByDesign"):
        flag = entry.get(key)
        if flag is True or (isinstance(flag, str) and ("python" in flag.lower() or flag.strip().lower() in ("all", "true"))):
            return True
    return False


def _locate(text: str, needle: str, start: int | None, end: int | None, taken: set[int]) -> int | None:
    """Where `needle` starts in `text`: the given offsets when they agree with it, else its first unused occurrence."""
    if start is not None and end is not None and text[start:end] == needle:
        return start
    for hay, pin in ((text, needle), (text.lower(), needle.lower())):
        at = hay.find(pin)
        while at >= 0 and at in taken:
            at = hay.find(pin, at + 1)
        if at >= 0:
            return at
    return None


def _require(ok: bool, reason: str) -> None:
    if not ok:
        raise ValueError(reason)


def _offsets(r: dict) -> tuple[int | None, int | None]:
    """A Recognizers-Text result's [start, end) span: End is inclusive; the DateTime specs give Length instead."""
    start, end, length = (r.get(k) if isinstance(r.get(k), int) else None for k in ("Start", "End", "Length"))
    if start is None:
        return None, None
    return start, start + length if length is not None else (end + 1 if end is not None else None)


def _reference_day(entry: dict, published: dt.date) -> dt.date:
    """The case's Context ReferenceDateTime as a publication date, else `published`."""
    context = entry.get("Context")
    reference = context.get("ReferenceDateTime") if isinstance(context, dict) else None
    return dt.date.fromisoformat(reference[:10]) if isinstance(reference, str) else published


def load_cases(path: Path, suite: Suite, published: dt.date, all_entries: bool = False) -> tuple[list[Case], int, int]:
    """(cases, entries skipped, gold mentions not scored) of one suite file; ValueError when it has the wrong shape.

    Entries marked as not supported in Python are skipped unless `all_entries`.
    """
    entries = json.loads(path.read_text(encoding="utf-8-sig"))
    _require(isinstance(entries, list), "not a JSON list")
    text_key, results_key, mention_key = ("req", "res", "surface") if suite.quantulum else ("Input", "Results", "Text")
    cases, skipped, unscored = [], 0, 0
    for n, entry in enumerate(entries):
        _require(isinstance(entry, dict) and isinstance(entry.get(text_key), str)
                 and isinstance(entry.get(results_key), list), f"entry {n} has no {text_key!r} text and {results_key!r} list")
        if not suite.quantulum and not all_entries and _unsupported(entry):
            skipped += 1
            continue
        text, gold, taken = entry[text_key], [], set()
        for r in entry[results_key]:
            _require(isinstance(r, dict) and isinstance(r.get(mention_key), str), f"entry {n} has a result without {mention_key!r}")
            mention, kinds = r[mention_key], suite.kinds
            if suite.quantulum:
                (start, end), value = (None, None), _number(r.get("value"))
            else:
                resolution = r.get("Resolution") if isinstance(r.get("Resolution"), dict) else {}
                if "value" in resolution and resolution["value"] is None:
                    unscored += 1  # a bare unit ("fahrenheit"): nothing to extract
                    continue
                (start, end), value = _offsets(r), _number(resolution.get("value"))
                kinds = KINDS_BY_TYPE.get(str(r.get("TypeName") or r.get("Type") or "").lower(), kinds)
                if suite.value == "age" and value is not None:
                    value *= AGE_IN_YEARS.get(str(resolution.get("unit", "year")).lower(), 1.0)
            at = _locate(text, mention, start, end, taken)
            if at is not None:
                taken.add(at)
            gold.append(Gold(mention, at, None if at is None else at + len(mention), kinds,
                             value if suite.value else None))
        cases.append(Case(text, _reference_day(entry, published), tuple(gold)))
    return cases, skipped, unscored


def _overlaps(g: Gold, f: Fact) -> bool:
    return g.start is not None and f.start < g.end and g.start < f.end


def _value_ok(gold: float, f: Fact) -> bool:
    q = f.quantity
    if math.isclose(gold, q.value, rel_tol=1e-6, abs_tol=1e-12):
        return True
    return q.qualifier == "range" and q.low <= gold <= q.high


def score(suite: Suite, cases: list[Case]) -> Score:
    """Run the extractor on every case and total the suite's figures."""
    s = Score(cases=len(cases))
    for case in cases:
        doc = Document(id="case", path="case", text=case.input, published=case.published)
        facts = extractor().extract(doc).facts
        for g in case.gold:
            s.gold += 1
            hits = [f for f in facts if f.kind in g.kinds and _overlaps(g, f)]
            if not hits:
                s.missed.append((g.text, case.input))
                continue
            s.found += 1
            s.full += any(f.start <= g.start and f.end >= g.end for f in hits)
            valued = [f for f in hits if f.quantity is not None]
            if g.value is not None and valued:
                s.checked += 1
                s.correct += any(_value_ok(g.value, f) for f in valued)
        if suite.complete:
            s.spurious += sum(f.kind in suite.kinds and not any(_overlaps(g, f) for g in case.gold) for f in facts)
    return s


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _short(text: str, width: int = 150) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def suites_bench(directory: Path, published: dt.date, examples: int = 0, out: Callable[[str], None] = print,
                 err: Callable[[str], None] = print, all_entries: bool = False) -> int:
    """Score every suite file found in `directory`; print the table. Return 2 when there is none.

    With `all_entries`, entries marked as not supported in Python are scored too.
    """
    found = [(suite, directory / name) for suite in SUITES for name in suite.files if (directory / name).is_file()]
    if not found:
        names = ", ".join(name for suite in SUITES for name in suite.files)
        err(f"suites: no suite file in {directory}; expected one or more of: {names}")
        return 2
    out(f"factcheck extractor on the suites in {directory} (published {published}"
        " unless a case gives a ReferenceDateTime)")
    rows: list[tuple[Suite, Score]] = []
    for suite, path in found:
        try:
            cases, skipped, unscored = load_cases(path, suite, published, all_entries)
        except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            out(f"{path.name}: skipped: {exc}")
            continue
        s = score(suite, cases)
        s.skipped, s.unscored = skipped, unscored
        rows.append((suite, s))
    head = f"{'suite':<12}{'cases':>6}{'gold':>6}{'found':>7}{'recall':>8}{'full span':>10}{'value ok':>11}{'spurious':>9}  notes"
    out(head)
    out("-" * len(head))
    for suite, s in rows:
        value = f"{s.correct}/{s.checked}" if suite.value else "-"
        spurious = str(s.spurious) if suite.complete else "-"
        notes = [f"{s.skipped} skipped as not supported in Python"] if s.skipped else []
        notes += [f"{s.unscored} gold without a value not scored"] if s.unscored else []
        out(f"{suite.name:<12}{s.cases:>6}{s.gold:>6}{s.found:>7}{_pct(s.found, s.gold):>8}{s.full:>10}{value:>11}"
            f"{spurious:>9}  {'; '.join(notes)}".rstrip())
    out("found = a fact of a compatible kind overlaps the gold mention; full span = such a fact covers it all;"
        " value ok = correct/checked among found mentions with a plain gold value;"
        " spurious = facts of the suite's kinds overlapping no gold (suites with complete gold only).")
    for suite, s in rows:
        if examples > 0 and s.missed:
            out(f"\n{suite.name}: {len(s.missed)} missed, first {min(examples, len(s.missed))}:")
            for mention, text in s.missed[:examples]:
                out(f"  {mention!r} in {_short(text)!r}")
    return 0
