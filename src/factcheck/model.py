"""The data model shared by every stage of the pipeline.

All records are frozen, slotted dataclasses: stages pass them along and never
mutate them, so a stage can be tested on its own with hand-made inputs.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

KINDS = ("money", "percent", "age", "count", "duration", "number", "date")
SEVERITIES = ("error", "warning", "note")
VERDICTS = ("contradiction", "rounding", "time-explained", "agree")


@dataclass(frozen=True, slots=True)
class Document:
    """One readable source text."""

    id: str
    """Stable identifier: the path relative to the corpus root, POSIX style."""
    path: str
    """Path as given on the command line (or discovered under it)."""
    text: str
    """The decoded text that facts index into (front matter removed)."""
    published: dt.date | None = None
    """Publication date, if one was found."""
    published_from: str | None = None
    """Where the publication date came from: "front matter", "html metadata", "record metadata",
    "dateline", "manifest" or "--published"."""
    title: str | None = None
    """Title from metadata or the first line, if any."""
    source: str | None = None
    """The outlet or publisher named in metadata."""
    line_offset: int = 0
    """Number of lines that precede `text` in the file (front matter), for line numbers."""
    one_line: bool = False
    """The text is one string on one line of the file (a JSON Lines record): every fact is on line `line_offset` + 1."""
    warnings: tuple[str, ...] = ()
    """Problems met while reading that did not prevent reading (bad front matter, ...)."""
    suppressions: tuple[tuple[str, str], ...] = ()
    """(attribute or "all", reason) from inline ``factcheck: ignore`` comments."""


@dataclass(frozen=True, slots=True)
class SkippedDocument:
    """A file that could not be read; listed in every report."""

    path: str
    """Path of the file."""
    reason: str
    """Why it was skipped, in words a user can act on."""


MEASURE_UNITS = frozenset({
    "kilometre", "kilometer", "mile", "metre", "meter", "centimetre", "millimetre", "foot", "feet", "inch", "yard",
    "square kilometre", "square mile", "acre", "hectare", "gram", "kilogram", "tonne", "ton", "lb", "ounce",
    "litre", "liter", "gallon", "barrel", "mph", "km/h", "knot", "\u00b0", "\u00b0C", "\u00b0F", "degree",
})
"""Units of measure: counts in two of them are not compared as if both counted the same thing."""


def is_measure(unit: str | None) -> bool:
    """Whether `unit` is a unit of measure, a rate of one included ("metre per second")."""
    return unit in MEASURE_UNITS or (unit is not None and " per " in unit)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its kind, unit and the interval its wording allows."""

    kind: str
    """One of money, percent, age, count, duration, number."""
    unit: str | None
    """ISO currency code, "%", "pp", "year", the counted noun, or None."""
    value: float
    """Point value in base units (billions multiplied out)."""
    low: float
    """Lowest value the wording allows (``-inf`` when unbounded)."""
    high: float
    """Highest value the wording allows (``inf`` when unbounded)."""
    step: float = 0.0
    """Place value of the last written significant digit (0 when exact)."""
    qualifier: str | None = None
    """Normalized qualifier: about, nearly, more-than, at-least, up-to, less-than, range."""

    @property
    def precise_low(self) -> float:
        """Lower end of the interval implied by surface precision alone."""
        return self.value - self.step / 2

    @property
    def precise_high(self) -> float:
        """Upper end of the interval implied by surface precision alone."""
        return self.value + self.step / 2

    @property
    def bounded(self) -> bool:
        """True when both ends of the interval are finite."""
        return math.isfinite(self.low) and math.isfinite(self.high)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A calendar span a date expression denotes."""

    start: dt.date | None
    """First day of the span, or None when a relative date could not be resolved."""
    end: dt.date | None
    """Last day of the span (inclusive)."""
    granularity: str
    """day, week, month, quarter, season, year or decade."""
    mod: str | None = None
    """early, mid or late when the wording narrows the span."""
    resolution: str | None = None
    """How a relative expression was resolved, e.g. "last April + published 2026-01-04 -> 2025-04"."""

    @property
    def resolved(self) -> bool:
        """True when the span has calendar bounds."""
        return self.start is not None and self.end is not None


EVENT_NOUNS = frozenset("fire wildfire blaze bushfire earthquake quake flood floods flooding storm hurricane typhoon cyclone "
                        "tornado outbreak epidemic explosion blast collapse crash derailment disaster landslide eruption "
                        "capsizing sinking avalanche mudslide rockfall tsunami stampede".split())
"""Nouns that make a name an event's: "the Skelda fire", "the Kelmar earthquake"."""


EVENT_PREFIXES = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical"})
"""Words that name an event with its kind first: "Storm Ilvane", "Hurricane Dora", "Cyclone Hessa"."""


def is_kind_first_event(name: str | None) -> bool:
    """Whether `name` names an event with its kind first ("Storm Ilvane", "Cyclone Hessa")."""
    return bool(name) and " " in name and name.split(None, 1)[0].lower() in EVENT_PREFIXES


def is_event_name(name: str | None) -> bool:
    """Whether `name` names an event ("Skelda fire") rather than a party."""
    return bool(name) and " " in name and name.rsplit(None, 1)[-1].lower() in EVENT_NOUNS


ATTRIBUTE_QUALIFIERS = (" (projected)", " (total)", " (per share)", " (combined)")
"""Suffixes that keep plans, running totals, per-share amounts and the figures of a merged company apart from
single, whole figures."""


def base_attribute(attribute: str) -> str:
    """The attribute without its qualifiers: "price (per share) (projected)" -> "price"."""
    if not attribute.endswith(")"):  # NOTE: every qualifier ends so; most attributes have none, and this runs per figure
        return attribute
    stripped = True
    while stripped:
        stripped = False
        for qualifier in ATTRIBUTE_QUALIFIERS:
            if attribute.endswith(qualifier):
                attribute, stripped = attribute[: -len(qualifier)], True
    return attribute


def attribute_name(attribute: str) -> str:
    """The attribute the rule pack names, without any qualifier: "death toll (fish)" -> "death toll"."""
    return attribute.split(" (", 1)[0]


@dataclass(frozen=True, slots=True)
class Subject:
    """What a fact is about: entity, attribute and, for relations, an object."""

    entity: str
    """Canonical entity name, e.g. "Alexandr Wang"."""
    attribute: str
    """Canonical attribute name, e.g. "age", "investment"."""
    object: str | None = None
    """The other party of a relation, e.g. "Scale AI" in Meta -> Scale AI : investment."""

    @property
    def key(self) -> str:
        """Stable string identity, e.g. "Meta → Scale AI / investment"."""
        head = f"{self.entity} \u2192 {self.object}" if self.object else self.entity
        return f"{head} / {self.attribute}"


@dataclass(frozen=True, slots=True)
class Fact:
    """One numeric or dated mention in one document."""

    id: str
    """Stable id: "<document id>:<start>"."""
    document: str
    """Id of the document it comes from."""
    start: int
    """Character offset of the mention in the document text."""
    end: int
    """Character offset one past the mention."""
    line: int
    """1-based line in the file."""
    column: int
    """1-based column in the line."""
    text: str
    """The mention exactly as written."""
    sentence: str
    """The sentence that contains it."""
    kind: str
    """money, percent, age, count, duration, number or date."""
    quantity: Quantity | None = None
    """The number, for every kind but date."""
    date: DateSpan | None = None
    """The span, for dates."""
    published: dt.date | None = None
    """Publication date of the document (copied for the comparisons)."""
    entity: str | None = None
    """Entity the fact is about, as named in the text (resolved by align)."""
    attribute: str | None = None
    """Attribute the fact gives a value for."""
    object: str | None = None
    """Other party of a relation, as named in the text."""
    subject: str | None = None
    """Subject key after alignment; None when the fact cannot be placed."""
    why: str | None = None
    """How the subject was found: cue, alias, rule."""
    suppressed: str | None = None
    """Reason given by an inline suppression comment covering this fact."""
    period: int | None = None
    """Year the value refers to, for attributes that change with time ("revenue in 2024")."""
    revised: str | None = None
    """The wording that makes the value a change of an earlier figure ("bringing her gift to"), if any."""
    earlier: str | None = None
    """The wording that makes the value an earlier figure the text compares another with ("up from"), if any."""

    @property
    def unit(self) -> str | None:
        """Unit of the quantity (None for dates)."""
        return self.quantity.unit if self.quantity else None


@dataclass(frozen=True, slots=True)
class Finding:
    """A disagreement between facts on one subject."""

    rule: str
    """Id of the rule that produced it."""
    severity: str
    """error, warning or note."""
    verdict: str
    """contradiction, rounding or time-explained."""
    subject: str
    """Subject key."""
    facts: tuple[str, ...]
    """Ids of the facts involved, in document order."""
    message: str
    """One sentence that says what disagrees and why it matters."""
    explanation: str
    """One line on how the values relate (rounding, birthday window, disjoint intervals)."""
    fingerprint: str
    """Identity for baselines: rule, subject and the set of normalized values."""
    advice: str | None = None
    """Which value most independent sources give, when three or more disagree."""
    status: str = "new"
    """new, known (in the baseline) or fixed (baseline only)."""


@dataclass(frozen=True, slots=True)
class Agreement:
    """A subject on which two or more facts agree."""

    subject: str
    """Subject key."""
    facts: tuple[str, ...]
    """Ids of the facts that agree."""
    values: tuple[str, ...]
    """Surface texts of the values, de-duplicated."""


@dataclass(frozen=True, slots=True)
class RunResult:
    """Everything a run found; the only input formatters receive."""

    documents: tuple[Document, ...]
    """Documents read, sorted by id."""
    skipped: tuple[SkippedDocument, ...]
    """Files that could not be read, sorted by path."""
    facts: tuple[Fact, ...]
    """All facts, sorted by document and offset."""
    findings: tuple[Finding, ...]
    """Findings, sorted by severity, subject and rule."""
    agreements: tuple[Agreement, ...] = ()
    """Subjects on which sources agree."""
    fixed: tuple[Finding, ...] = ()
    """Findings in the baseline that the corpus no longer has."""
    suppressed: tuple[tuple[str, str], ...] = ()
    """(fingerprint or subject, reason) pairs that hid findings."""
    rules_digest: str = ""
    """Hash of the rule pack used."""
    rules: tuple[tuple[str, str], ...] = ()
    """(rule id, description) of every rule in the pack, for formats that describe rules."""
    version: str = ""
    """Tool version."""

    def fact(self, fact_id: str) -> Fact:
        """Look a fact up by id."""
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)
