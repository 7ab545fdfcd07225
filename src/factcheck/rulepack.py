"""Load and validate the rule pack: ``rules/*.yaml``.

A rule pack has four sections, each optional in any one file:

- ``attributes``: what facts can be about (cue words, allowed kinds);
- ``aliases``: entity names that mean the same thing;
- ``rules``: which facts are compared, how, and how severe a difference is;
- ``ignore``: subjects or finding fingerprints to leave out, with a reason.

Every error names the file, line and column, what is allowed, and a
"did you mean" where one fits. See ``rules/README.md`` for the format.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .checks import COMPARISONS
from .errors import RuleError
from .model import KINDS, SEVERITIES, VERDICTS, attribute_name
from .yamlspan import load_yaml, position, value_position

SECTIONS = ("attributes", "aliases", "rules", "ignore")
ATTRIBUTE_KEYS = {"name": str, "kinds": list, "cues": list, "relation": bool, "patient": bool, "event": bool, "personal": bool, "organization": bool, "received_as": str, "changes_with_time": bool, "changes_daily": bool,
                  "per_occasion": bool, "default_for": list, "description": str, "counts": list, "estimate": bool}
ALIAS_KEYS = {"name": str, "aliases": list}
RULE_KEYS = {"id": str, "description": str, "attributes": list, "kinds": list, "subject": str, "compare": str,
             "tolerance": (int, float), "relative": bool, "severity": dict, "message": str, "examples": list}
IGNORE_KEYS = {"subject": str, "fingerprint": str, "reason": str}
EXAMPLE_KEYS = {"values": list, "published": list, "verdict": str}
VERDICTS_WITH_SEVERITY = ("contradiction", "rounding", "time-explained")
MESSAGE_FIELDS = ("subject", "entity", "attribute", "values", "verdict")
_ID = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass(frozen=True, slots=True)
class AttributeDef:
    """An attribute facts can give a value for."""

    name: str
    kinds: tuple[str, ...]
    cues: tuple[str, ...]
    relation: bool
    changes_with_time: bool
    default_for: tuple[str, ...]
    where: str
    patient: bool = False
    """Dates belong to the thing the cue verb acts on ("X launched Y in 2020": Y's launch)."""
    event: bool = False
    """Figures of the story's event ("killed 118 people"): keyed by the story unless a name owns them ("Perrow's death toll")."""
    personal: bool = False
    """People hold it in their own name (a stake): a person's figure is not read as their company's."""
    organization: bool = False
    """Only an organization has it (revenue, headcount): "Bellhaven's revenue" is the company's, not the founder's."""
    received_as: str | None = None
    """For a relation: the attribute the object gets when no giver is named ("investors put $5M into X": X's funding)."""
    changes_daily: bool = False
    """The value changes from day to day (a market share price): only sources published the same day are compared."""
    per_occasion: bool = False
    """Each figure is of one occasion (an election): one dated to a year before its document's is keyed apart with
    that year ("Rosalind Achterberg (2022) / votes")."""
    counts: tuple[str, ...] = ()
    """For a count, the nouns it may count ("cases", "people"); a count of another noun ("11 districts") is not placed."""
    estimate: bool = False
    """Its figures are estimates ("insured losses could reach €600 million"): no plan is kept apart from them, and an
    organization named beside one made the estimate, it does not own it."""


@dataclass(frozen=True, slots=True)
class Rule:
    """How to compare facts on one kind of subject."""

    id: str
    description: str
    attributes: tuple[str, ...]
    kinds: tuple[str, ...]
    subject: str | None
    compare: str
    tolerance: float
    relative: bool
    severity: tuple[tuple[str, str], ...]
    message: str
    examples: tuple[dict, ...]
    where: str

    def severity_of(self, verdict: str) -> str | None:
        """Severity for a verdict, or None when the verdict is not reported."""
        return dict(self.severity).get(verdict)

    def applies(self, attribute: str, kind: str, subject: str) -> bool:
        """True when this rule covers facts of `kind` about `attribute` of `subject`."""
        if self.attributes and attribute_name(attribute) not in self.attributes and "*" not in self.attributes:
            return False
        if self.kinds and kind not in self.kinds:
            return False
        return not self.subject or re.search(self.subject, subject) is not None


@dataclass(frozen=True, slots=True)
class RulePack:
    """The loaded rule pack."""

    attributes: tuple[AttributeDef, ...]
    aliases: dict[str, str]
    """Alias (lower case) -> canonical name."""
    rules: tuple[Rule, ...]
    ignore: tuple[tuple[str, str, str], ...]
    """(field, value, reason) with field "subject" or "fingerprint"."""
    digest: str
    """SHA-256 of the rule files' contents, for baselines."""
    files: tuple[str, ...]

    def rule_for(self, attribute: str, kind: str, subject: str) -> Rule | None:
        """The first rule, in pack order, that applies; specific rules come first."""
        for rule in self.rules:
            if rule.applies(attribute, kind, subject):
                return rule
        return None

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id, if any."""
        return next((r for r in self.rules if r.id == rule_id), None)

    def attribute(self, name: str) -> AttributeDef | None:
        """The attribute definition with this name, if any."""
        return next((a for a in self.attributes if a.name == name), None)


def default_rules_dir() -> Path:
    """The rule pack shipped inside the package."""
    return Path(str(resources.files("factcheck") / "rules"))


def _hint(word: str, allowed) -> str:
    close = difflib.get_close_matches(str(word), list(allowed), n=1, cutoff=0.6)
    listed = ", ".join(sorted(allowed))
    return f"did you mean {close[0]!r}? allowed: {listed}" if close else f"allowed: {listed}"


def _check_keys(entry, allowed: dict, path: str, what: str, required=()) -> None:
    if not isinstance(entry, dict):
        line, col = position(entry, None)
        raise RuleError(f"each {what} must be a mapping", path, line, col)
    for key, value in entry.items():
        line, col = position(entry, key)
        if key not in allowed:
            raise RuleError(f"unknown key {key!r} in {what}", path, line, col, hint=_hint(key, allowed))
        expected = allowed[key]
        if expected in (int, float) or expected == (int, float):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            ok = isinstance(value, expected)
        if not ok:
            name = getattr(expected, "__name__", "number")
            name = {"str": "a string", "list": "a list", "dict": "a mapping", "bool": "true or false"}.get(name, name)
            actual = next(t.__name__ for t in type(value).__mro__ if t.__module__ == "builtins")
            raise RuleError(f"{what} key {key!r} must be {name}, got {actual}", path, line, col)
    for key in required:
        if key not in entry:
            line, col = position(entry, None)
            raise RuleError(f"{what} is missing required key {key!r}", path, line, col)


def _check_values(entry, key: str, values, allowed, path: str, what: str) -> None:
    for index, value in enumerate(values):
        if value not in allowed:
            line, col = position(entry[key], index)
            raise RuleError(f"{what} {key}: unknown value {value!r}", path, line, col, hint=_hint(value, allowed))


def load_rulepack(directory: str | Path | None = None) -> RulePack:
    """Load every ``*.yaml`` file in `directory` (default: the shipped pack)."""
    root = Path(directory) if directory else default_rules_dir()
    if not root.is_dir():
        raise RuleError("rules folder not found", str(root), hint="pass --rules DIR pointing at a folder of *.yaml files")
    files = sorted(p for p in root.iterdir() if p.suffix in (".yaml", ".yml"))
    if not files:
        raise RuleError("no *.yaml rule files in the rules folder", str(root))
    attributes: list[AttributeDef] = []
    aliases: dict[str, str] = {}
    rules: list[Rule] = []
    ignore: list[tuple[str, str, str]] = []
    rule_entries: list[tuple[Rule, dict, str]] = []
    attribute_entries: list[tuple[AttributeDef, dict, str]] = []
    digest = hashlib.sha256()
    for file in files:
        text = file.read_text(encoding="utf-8")
        digest.update(file.name.encode() + b"\0" + text.encode())
        data = load_yaml(text, str(file))
        if data is None:
            continue
        _check_keys(data, {s: list for s in SECTIONS}, str(file), "rule file")
        for entry in data.get("attributes", []):
            attributes.append(_attribute(entry, str(file)))
            attribute_entries.append((attributes[-1], entry, str(file)))
        for entry in data.get("aliases", []):
            _check_keys(entry, ALIAS_KEYS, str(file), "alias", required=("name", "aliases"))
            for alias in entry["aliases"]:
                aliases[str(alias).lower()] = str(entry["name"])
        for entry in data.get("rules", []):
            rules.append(_rule(entry, str(file), rules))
            rule_entries.append((rules[-1], entry, str(file)))
        for entry in data.get("ignore", []):
            _check_keys(entry, IGNORE_KEYS, str(file), "ignore entry", required=("reason",))
            field = "subject" if "subject" in entry else "fingerprint" if "fingerprint" in entry else None
            if field is None:
                line, col = position(entry, None)
                raise RuleError("ignore entry needs a 'subject' or a 'fingerprint'", str(file), line, col)
            ignore.append((field, str(entry[field]), str(entry["reason"])))
    names = [a.name for a in attributes]
    for attribute, entry, path in attribute_entries:
        if attribute.received_as is not None and attribute.received_as not in names:
            line, col = value_position(entry, "received_as")
            raise RuleError(f"attribute {attribute.name!r} is received as unknown attribute {attribute.received_as!r}",
                            path, line, col, hint=_hint(attribute.received_as, names))
    for rule, entry, path in rule_entries:
        for index, attr in enumerate(rule.attributes):
            if attr != "*" and attr not in names:
                line, col = position(entry["attributes"], index)
                raise RuleError(f"rule {rule.id!r} names unknown attribute {attr!r}", path, line, col, hint=_hint(attr, names))
    return RulePack(tuple(attributes), aliases, tuple(rules), tuple(ignore), digest.hexdigest(), tuple(str(f) for f in files))


def _attribute(entry, path: str) -> AttributeDef:
    _check_keys(entry, ATTRIBUTE_KEYS, path, "attribute", required=("name", "kinds"))
    _check_values(entry, "kinds", entry["kinds"], KINDS, path, "attribute")
    _check_values(entry, "default_for", entry.get("default_for", []), KINDS, path, "attribute")
    line, _ = position(entry, None)
    return AttributeDef(
        name=str(entry["name"]), kinds=tuple(entry["kinds"]), cues=tuple(str(c).lower() for c in entry.get("cues", [])),
        relation=bool(entry.get("relation", False)), changes_with_time=bool(entry.get("changes_with_time", False)),
        default_for=tuple(entry.get("default_for", [])), where=f"{path}:{line}", patient=bool(entry.get("patient", False)),
        event=bool(entry.get("event", False)), personal=bool(entry.get("personal", False)),
        organization=bool(entry.get("organization", False)),
        received_as=str(entry["received_as"]) if entry.get("received_as") else None,
        changes_daily=bool(entry.get("changes_daily", False)),
        per_occasion=bool(entry.get("per_occasion", False)),
        counts=tuple(str(c).lower() for c in entry.get("counts", [])),
        estimate=bool(entry.get("estimate", False)),
    )


def _rule(entry, path: str, earlier: list[Rule]) -> Rule:
    _check_keys(entry, RULE_KEYS, path, "rule", required=("id", "description", "compare", "message"))
    line, col = position(entry, "id")
    rule_id = str(entry["id"])
    if not _ID.match(rule_id):
        raise RuleError(f"rule id {rule_id!r} is malformed", path, line, col, hint="use lower-case words joined by '-'")
    for other in earlier:
        if other.id == rule_id:
            raise RuleError(f"duplicate rule id {rule_id!r} (first defined at {other.where})", path, line, col)
    if entry["compare"] not in COMPARISONS:
        line, col = value_position(entry, "compare")
        raise RuleError(f"unknown comparison {entry['compare']!r}", path, line, col, hint=_hint(entry["compare"], COMPARISONS))
    _check_values(entry, "kinds", entry.get("kinds", []), KINDS, path, "rule")
    try:
        str(entry["message"]).format(**{name: "x" for name in MESSAGE_FIELDS})
    except (KeyError, IndexError, ValueError) as exc:
        line, col = value_position(entry, "message")
        raise RuleError(f"message template has an unknown or malformed placeholder: {exc}", path, line, col,
                        hint="placeholders: " + ", ".join("{" + f + "}" for f in MESSAGE_FIELDS)) from None
    severity = entry.get("severity", {"contradiction": "error", "rounding": "warning", "time-explained": "note"})
    if not isinstance(severity, dict):
        line, col = position(entry, "severity")
        raise RuleError("rule key 'severity' must be a mapping of verdict to level", path, line, col)
    marks = severity
    severity = {verdict: "off" if level is False else level for verdict, level in severity.items()}
    for verdict, level in severity.items():
        line, col = position(marks, verdict)
        if verdict not in VERDICTS_WITH_SEVERITY:
            raise RuleError(f"unknown verdict {verdict!r} in severity", path, line, col, hint=_hint(verdict, VERDICTS_WITH_SEVERITY))
        if level not in SEVERITIES and level != "off":
            raise RuleError(f"unknown severity {level!r} for {verdict}", path, line, col, hint=_hint(level, (*SEVERITIES, "off")))
    subject = entry.get("subject")
    if subject:
        try:
            re.compile(subject)
        except re.error as exc:
            line, col = position(entry, "subject")
            raise RuleError(f"subject is not a valid regular expression: {exc}", path, line, col) from None
    for example in entry.get("examples", []):
        _check_keys(example, EXAMPLE_KEYS, path, "example", required=("values", "verdict"))
        if example["verdict"] not in VERDICTS:
            line, col = value_position(example, "verdict")
            raise RuleError(f"unknown verdict {example['verdict']!r} in example", path, line, col, hint=_hint(example["verdict"], VERDICTS))
    return Rule(
        id=rule_id, description=str(entry["description"]), attributes=tuple(entry.get("attributes", [])),
        kinds=tuple(entry.get("kinds", [])), subject=subject, compare=str(entry["compare"]),
        tolerance=float(entry.get("tolerance", 0.0)), relative=bool(entry.get("relative", True)),
        severity=tuple(sorted((str(k), str(v)) for k, v in severity.items() if v != "off")),
        message=str(entry["message"]), examples=tuple(dict(e) for e in entry.get("examples", [])),
        where=f"{path}:{position(entry, None)[0]}",
    )
