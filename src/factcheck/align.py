"""Alignment: resolve entity names across documents and give facts subject keys.

Resolution, in order, each step recorded in the fact's ``why``:

1. aliases from the rule pack ("Meta Platforms" -> "Meta");
2. a one-word name that is the first or last word of exactly one longer name
   in the corpus ("Wang" -> "Alexandr Wang", "Scale" -> "Scale AI"); when two
   longer names share that word, it stays ambiguous and is not merged;
3. spelling variants of multi-word names with the same last word, scored
   with rapidfuzz ("Alexander Wang" -> "Alexandr Wang");
4. relations: a person reported as the actor of a relation ("Zuckerberg
   poured $14 billion into Scale AI") is read as the one organization the
   corpus reports in that relation with that object, and a relation with no
   object takes the only object the corpus gives that entity and attribute.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from .model import Fact, Subject

FUZZY_THRESHOLD = 90
ORG_SUFFIXES = frozenset(
    "ai inc inc. corp corp. co co. ltd ltd. llc plc group holdings labs lab technologies systems "
    "partners capital ventures bank".split()
)


def _short_form(short: str, full: str) -> bool:
    """"Wang" of "Alexandr Wang" (a surname) or "Scale" of "Scale AI" (a name before a company suffix)."""
    words = full.split()
    if words[-1] == short:
        return words[-1].lower() not in ORG_SUFFIXES and len(words) <= 4
    return words[0] == short and all(w.lower() in ORG_SUFFIXES for w in words[1:])


def resolver(names, aliases: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Map every name to ``(canonical name, how)``."""
    counts = Counter(names)
    mapping: dict[str, tuple[str, str]] = {}
    canonical = {}
    for name in counts:
        if name.lower() in aliases:
            canonical[name] = (aliases[name.lower()], f"alias of {aliases[name.lower()]} in the rule pack")
    multi_names = sorted({canonical.get(n, (n,))[0] for n in counts if " " in canonical.get(n, (n,))[0]})
    by_last: dict[str, list[str]] = defaultdict(list)
    for name in multi_names:
        by_last[name.split()[-1]].append(name)
    for name in multi_names:  # spelling variants first, so that short forms see merged names
        words = name.split()
        peers = [m for m in by_last[words[-1]] if m != name and len(m.split()) == len(words)]
        for peer in peers:
            if fuzz.ratio(name, peer) >= FUZZY_THRESHOLD and (counts[peer], peer) > (counts[name], name):
                mapping[name] = (peer, f"spelling variant of {peer}")
                break
    multi = sorted({mapping.get(m, (m,))[0] for m in multi_names})
    for name in counts:
        if name in canonical:
            mapping[name] = canonical[name]
            continue
        if " " not in name:
            longer = sorted({m for m in multi if _short_form(name, m)})
            if len(longer) == 1:
                mapping[name] = (longer[0], f"'{name}' is the only short form of {longer[0]} in the corpus")
    return mapping


def align(facts, names=(), persons=(), aliases: dict[str, str] | None = None) -> list[Fact]:
    """Return `facts` with canonical entities, subject keys and reasons."""
    aliases = aliases or {}
    mapping = resolver(list(names) + [f.entity for f in facts if f.entity] + [f.object for f in facts if f.object], aliases)

    def canon(name: str | None) -> tuple[str | None, str | None]:
        if name is None:
            return None, None
        return mapping.get(name, (name, None))

    people = {canon(p)[0] for p in persons}
    resolved: list[Fact] = []
    for fact in facts:
        entity, how = canon(fact.entity)
        obj, obj_how = canon(fact.object)
        notes = [n for n in (how and f"{fact.entity} -> {how}", obj_how and f"{fact.object} -> {obj_how}") if n]
        why = "; ".join([fact.why or "", *notes]).strip("; ") or None
        resolved.append(dataclasses.replace(fact, entity=entity, object=obj, why=why))
    resolved = _complete_relations(resolved, people)
    return [
        dataclasses.replace(f, subject=Subject(f.entity, f.attribute, f.object).key if f.entity and f.attribute else None)
        for f in resolved
    ]


def _join(*notes: str | None) -> str:
    return "; ".join(n for n in notes if n)


def _complete_relations(facts: list[Fact], people: set[str]) -> list[Fact]:
    actors: dict[tuple[str, str], set[str]] = defaultdict(set)
    objects: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in facts:
        if f.entity and f.attribute and f.object:
            actors[(f.attribute, f.object)].add(f.entity)
            objects[(f.entity, f.attribute)].add(f.object)
    out = []
    for f in facts:
        if f.entity and f.attribute and f.object and f.entity in people:
            orgs = sorted(a for a in actors[(f.attribute, f.object)] if a not in people)
            if len(orgs) == 1:
                f = dataclasses.replace(f, entity=orgs[0], why=_join(f.why, f"{f.entity} read as {orgs[0]}, the only organization reported with this {f.attribute} in {f.object}"))
        elif f.entity and f.attribute and not f.object and len(objects[(f.entity, f.attribute)]) == 1:
            only = next(iter(objects[(f.entity, f.attribute)]))
            f = dataclasses.replace(f, object=only, why=_join(f.why, f"object {only}: the only one the corpus gives for {f.entity}'s {f.attribute}"))
        out.append(f)
    return out
