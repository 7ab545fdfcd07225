"""Evaluation: apply the rule pack to each subject's facts.

For every subject with two or more facts, the first rule that applies
compares every pair of facts; the worst verdict decides the finding. Pairs
from one document and pairs with equal values are compared too, so a
document that contradicts itself is reported.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from .baseline import fingerprint, normalized_value
from .checks import COMPARISONS
from .checks.base import VERDICT_RANK, Relation
from .facts import group_by_subject
from .model import Agreement, Fact, Finding, attribute_name
from .rulepack import RulePack

SEVERITY_RANK = {"error": 0, "warning": 1, "note": 2}
PERIOD_DAYS = 400


def _values(facts: list[Fact]) -> str:
    seen: dict[str, list[str]] = {}
    for f in facts:
        seen.setdefault(normalized_value(f), []).append(f.text)
    return " vs ".join(f'"{texts[0]}"' for texts in seen.values())


def _advice(facts: list[Fact], outlets: dict[str, str] | None = None) -> str | None:
    """Which value most independent sources give, when three or more sources disagree.

    A source is an outlet (the document's ``source`` metadata) when `outlets`
    names one, else a document: two articles from one outlet count once.
    """
    outlets = outlets or {}
    sources: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, str] = {}
    for f in facts:
        value = normalized_value(f)
        sources[value].add(outlets.get(f.document) or f.document)
        texts.setdefault(value, f.text)
    documents = {outlets.get(f.document) or f.document for f in facts}
    if len(documents) < 3 or len(sources) < 2:
        return None
    ranked = sorted(((len(docs), value) for value, docs in sources.items()), reverse=True)
    if ranked[0][0] == ranked[1][0]:
        return f"no value is given by more sources than the others ({len(documents)} sources)"
    return (f"{ranked[0][0]} of {len(documents)} sources give \"{texts[ranked[0][1]]}\"; "
            "a count of sources, not a verdict")


def same_period(a: Fact, b: Fact) -> bool:
    """Whether two values of an attribute that changes with time can refer to the same period.

    Explicit years must match; a value without a year is taken to be about
    its publication year or the year before; two values without years must be
    published within about a year of each other.
    """
    if a.period and b.period:
        return a.period == b.period
    if a.period or b.period:
        dated, other = (a, b) if a.period else (b, a)
        return other.published is None or dated.period in (other.published.year, other.published.year - 1)
    if a.published and b.published:
        return abs((a.published - b.published).days) <= PERIOD_DAYS
    return True


def _explained_by_time(relation: Relation | None, a: Fact, b: Fact) -> Relation | None:
    """A disagreement the wording puts down to time is `time-explained`, not a contradiction.

    Either the later source words its figure as a change ("bringing her gift
    to $265 million"), or one source gives its figure as the earlier one it
    compares another with ("up from $410 million") and the two have no
    periods to tell them apart.
    """
    if relation is None or relation.verdict not in ("contradiction", "rounding"):
        return relation
    if a.published and b.published:
        early, late = (a, b) if a.published <= b.published else (b, a)
        if late.revised and late.published > early.published:
            return Relation("time-explained", f"{late.text} on {late.published} is worded as a change (\"{late.revised}\") "
                                              f"of {early.text} on {early.published}")
    if bool(a.earlier) != bool(b.earlier) and not (a.period and b.period):
        old, new = (a, b) if a.earlier else (b, a)
        return Relation("time-explained", f"{old.text} is given as an earlier figure (\"{old.earlier}\" in {old.document}), "
                                          f"not as the current one {new.text} is")
    return relation


def _finding(rule, subject: str, verdict: str, severity: str, pairs: list, group: list[Fact],
             outlets: dict[str, str] | None = None) -> Finding:
    """One finding for all pairs of a subject that share a verdict."""
    ids = {f.id for _, a, b in pairs for f in (a, b)}
    members = [f for f in group if f.id in ids]
    relation = pairs[0][0]
    message = rule.message.format(subject=subject, entity=group[0].entity or subject, attribute=group[0].attribute,
                                  values=_values(members), verdict=verdict)
    return Finding(
        rule=rule.id, severity=severity, verdict=verdict, subject=subject, facts=tuple(f.id for f in members),
        message=message, explanation=relation.explanation,
        fingerprint=fingerprint(f"{rule.id}:{verdict}", subject, members),
        advice=_advice(group, outlets) if verdict == "contradiction" else None,
    )


def evaluate(facts, pack: RulePack, outlets: dict[str, str] | None = None) -> tuple[list[Finding], list[Agreement]]:
    """Findings and agreements for the placed facts, in a deterministic order.

    `outlets` maps a document id to its outlet, so that advice counts outlets, not articles.
    """
    findings: list[Finding] = []
    agreements: list[Agreement] = []
    ignored_subjects = {value: reason for field, value, reason in pack.ignore if field == "subject"}
    for subject, group in group_by_subject(f for f in facts if not f.suppressed):
        if subject in ignored_subjects:
            continue
        first = group[0]
        rule = pack.rule_for(first.attribute or "", first.kind, subject)
        if rule is None:
            continue
        compare = COMPARISONS[rule.compare]
        by_verdict: dict[str, list] = defaultdict(list)
        definition = pack.attribute(attribute_name(first.attribute or ""))
        changing = definition is not None and definition.changes_with_time and first.kind not in ("age", "date")
        daily = definition is not None and definition.changes_daily
        for a, b in itertools.combinations(group, 2):
            if a.document == b.document:
                # NOTE: a source is checked against other sources; two figures one article gives for a subject
                # ("initially pledged €25 million, raised to €40 million"; "210 workers on the night shift" and
                # "employs 640") are different quantities far more often than the article contradicting itself
                continue
            if changing and not same_period(a, b):
                continue  # figures for different years of a changing attribute
            if daily and not (a.published and a.published == b.published):
                continue  # a market price on different days, or on days not known
            relation = _explained_by_time(compare(a, b, rule), a, b)
            if relation is not None:
                by_verdict[relation.verdict].append((relation, a, b))
        reported = False
        for verdict in sorted(by_verdict, key=VERDICT_RANK.get, reverse=True):
            severity = rule.severity_of(verdict) if verdict != "agree" else None
            if severity is None:
                continue
            findings.append(_finding(rule, subject, verdict, severity, by_verdict[verdict], group, outlets))
            reported = True
        if not reported and by_verdict:
            agreeing = [f for f in group if any(f in (a, b) for pairs in by_verdict.values() for _, a, b in pairs)]
            agreements.append(Agreement(subject, tuple(f.id for f in agreeing), tuple(dict.fromkeys(f.text for f in agreeing))))
    ignored = {value for field, value, _ in pack.ignore if field == "fingerprint"}
    findings = [f for f in findings if f.fingerprint not in ignored]
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.subject, f.rule))
    agreements.sort(key=lambda a: a.subject)
    return findings, agreements
