"""What an attribution is, and what the rule pack's attribute definitions say about one.

An :class:`Attribution` is where a figure belongs as its sentence tells it:
entity, attribute, object and why. The helpers read the rule pack's
definitions: which attributes are relations, which only an organization has,
and which a cue names for a person or for a thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import attribute_name, base_attribute

# Dates of a person's life and posts: "arrived in 2019" is a person's joining, never a thing's release.
PERSON_EVENTS = frozenset({"joining", "departure", "birth", "death", "arrest"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Where a fact belongs, as written in the text (before alignment)."""

    entity: str | None
    attribute: str | None
    object: str | None
    why: str | None
    kind: str | None = None
    """The fact's kind, when attribution changed it (a plain number read as a count)."""
    dated: int | None = None
    """The year of an earlier event the figure is about ("killed six workers in 2011")."""
    refers_back: bool = False
    """True for a relation figure of "the deal" or "the offer": the one the document described before."""
    earlier: str | None = None
    """The wording that makes the figure an earlier one another is compared with ("up from")."""
    combined: bool = False
    """True for a figure of the company a merger makes ("across the combined group"), which no name stands for."""
    things: bool = False
    """True for a count of things a cue of jobs or people was read on ("... about 40 homes and cutting the road"),
    which a tally may still read."""


def reading_for(attribute: str, cue: str, person: bool, attributes, patterns) -> str:
    """`attribute`, or the other attribute its cue also names that fits the entity: "Averill arrived in 2019" is
    his joining, "ChatGPT arrived in late 2022" its release."""
    plain = base_attribute(attribute)
    if (plain in PERSON_EVENTS) == person:
        return attribute
    for other in attributes:
        if other.name != plain and (other.name in PERSON_EVENTS) == person and "date" in other.kinds \
                and patterns.get(other.name) is not None and patterns[other.name].fullmatch(cue):
            return other.name + attribute[len(plain):]
    return attribute


def given_attribute(attributes, kind: str) -> str | None:
    """The relation for money one party gives another ("investment"): the one received as another attribute."""
    return next((a.name for a in attributes if a.relation and a.received_as and kind in a.kinds), None)


def is_relation(attribute: str, attributes) -> bool:
    """Whether the rule pack makes `attribute` a relation, one party's figure about another ("investment")."""
    definition = definitions(attributes).get(base_attribute(attribute))
    return definition is not None and definition.relation


_DEFINITIONS: dict[int, tuple[object, dict, frozenset]] = {}


def _known(attributes) -> tuple[object, dict, frozenset]:
    """(attributes, definitions by name, names of attributes only an organization has), built once per attributes
    tuple (found by identity, not by hashing it)."""
    known = _DEFINITIONS.get(id(attributes))
    if known is None or known[0] is not attributes:
        known = _DEFINITIONS[id(attributes)] = (attributes, {a.name: a for a in attributes},
                                                frozenset(a.name for a in attributes if a.organization))
        while len(_DEFINITIONS) > 8:
            del _DEFINITIONS[next(iter(_DEFINITIONS))]
    return known


def definitions(attributes) -> dict:
    """Attribute definitions by name."""
    return _known(attributes)[1]


def is_estimate(attribute: str, attributes) -> bool:
    """Whether the rule pack makes `attribute`'s figures estimates (`estimate: true`), whatever its qualifiers."""
    return bool(getattr(definitions(attributes).get(attribute_name(attribute)), "estimate", False))


def org_figures(attributes) -> frozenset[str]:
    """The attributes only an organization has (`organization: true` in the rule pack): a person named as their
    subject speaks or decides for one."""
    return _known(attributes)[2]
