"""Alignment: resolve entity names across documents and give facts subject keys.

Resolution, in order, each step recorded in the fact's ``why``:

1. aliases from the rule pack ("Meta Platforms" -> "Meta"), and an acronym
   for the one name of the corpus with its initials ("BCT" -> "Brennholm
   Container Terminals");
2. a one-word name that is the first or last word of exactly one longer name
   in its own document, else in the corpus ("Wang" -> "Alexandr Wang",
   "Scale" -> "Scale AI"); when two longer names share that word and the
   document does not settle it, the fact is left without a subject; a
   multi-word name stands for the one longer name that adds a company
   suffix or what it is of ("Brantholm Museum" -> "Brantholm Museum of
   Natural History");
3. spelling variants of multi-word names with the same last word, scored
   with rapidfuzz ("Alexander Wang" -> "Alexandr Wang"), and a first name
   used alone for the only person of that first name ("Kofi" -> "Kofi
   Amankwah");
4. event figures ("the earthquake killed 118 people") with no name of their
   own take the story's name: documents that share at least two names form a
   story, named after the name the most of its documents mention;
5. relations: a person reported as the actor of a relation ("Zuckerberg
   poured $14 billion into Scale AI") is read as the one organization the
   corpus reports in that relation with that object (not for attributes
   people hold themselves, such as stakes), and a relation with no
   object takes the only object the corpus gives that entity and attribute
   when it is about the same amount, and is left unplaced when the corpus
   gives several.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz, process

from .extract.entities import (CLUB_WORDS, MODEL_WORDS, ORG_SUFFIXES, PLACE_AFTER_POSSESSIVE, THING_WORDS, TIER_WORDS,
                               looks_like_person)
from .extract.markets import COMMODITY
from .extract.salience import LEGAL_FORMS
from .extract.sites import SITE_NOUNS
from .extract.subjects import UNNAMED_BODIES
from .model import Fact, Subject, attribute_name, base_attribute, is_event_name, is_kind_first_event

FUZZY_THRESHOLD = 90
STORY_SHARE = 0.25
"""Share of the smaller document's names two documents must have in common to be one story."""




# "Harrowfield Stadium", "Ardlow Bridge": a building or road named after the place its first word names
# What only a person has: "Hume died in 2019" is Bertram Hume's, though Hume Maritime bears his name.
PERSONAL = frozenset({"age", "age at death", "birth", "death"})
# "St Alder's" of "St Alder's Children's Hospital": the institutions a possessive alone stands for.
POSSESSED_INSTITUTIONS = frozenset({"Hospital", "College", "Cathedral", "Church", "Chapel"})
NAMED_AFTER_A_PLACE = THING_WORDS | {w.lower() for w in PLACE_AFTER_POSSESSIVE} - {"college", "hospital"}


# How the extractor tells that a figure's entity is the organization a document is about ("the business", "it")
ORGANIZATION_MEANT = "the organization the document is about"


def _names_event(name: str) -> bool:
    """Whether `name` is an event's ("Kelmar earthquake", "Storm Ilvane"), fit to name a story."""
    return is_event_name(name) or is_kind_first_event(name)


class NameSet(frozenset):
    """Multi-word names, indexed by their first and last words and their initials.

    Whether a one-word name may stand for a longer one depends only on the
    longer names it begins or ends; the index finds those without a pass over
    every name of the corpus, which made resolving quadratic in its names.
    """

    def __init__(self, names=()) -> None:
        edges: dict[str, set[str]] = defaultdict(set)
        initials: dict[str, set[str]] = defaultdict(set)
        for name in self:
            words = name.split()
            edges[words[0]].add(name)
            edges[words[-1]].add(name)
            initials[_initials(name)].add(name)
        self._edges = {word: sorted(found) for word, found in edges.items()}
        self._initials = {letters: sorted(found) for letters, found in initials.items() if letters}

    def edged(self, word: str) -> list[str]:
        """The names whose first or last word is `word`, sorted."""
        return self._edges.get(word, [])

    def with_initials(self, letters: str) -> list[str]:
        """The names whose initials (see :func:`_initials`) are `letters`, sorted."""
        return self._initials.get(letters, [])


def _short_form(short: str, full: str) -> bool:
    """"Wang" of "Alexandr Wang" (a surname) or "Scale" of "Scale AI" (a name before a company suffix)."""
    words = full.split()
    if words[-1] == short:  # a surname, or a club's last word ("Wanderers" of "Kelsworth Wanderers")
        return (words[-1].lower() not in ORG_SUFFIXES or words[-1].lower() in CLUB_WORDS) and len(words) <= 4
    return words[0] == short and all(w.lower() in ORG_SUFFIXES for w in words[1:])


def _family(name: str) -> bool:
    """ "Merriton family": a family, which its one-word name does not stand for."""
    return name.endswith(" family")


# Second words that say what a venue is, not a model's name, even when a sentence opens with them ("Cottisford Lyceum"
# beside "The Lyceum"); a commodity says what a business is ("Corvanth Copper" beside "Copper traded at ...")
VENUE_WORDS = frozenset("lyceum theatre theater playhouse arena hall opera".split())


def _maker_and_model(name: str, alone) -> bool:
    """ "Aerostrand Meridian" where "Meridian" is also named on its own (`alone`), or "Solvane Lite", a tier: a maker's
    name and a model's, so "Aerostrand" is the maker, not the model (but "Wanderers" of "Kelsworth Wanderers" is the
    club)."""
    words = name.split()
    return len(words) == 2 and (words[1] in MODEL_WORDS or words[1] in TIER_WORDS
                                or (words[1] in alone and words[1].lower() not in ORG_SUFFIXES | CLUB_WORDS | VENUE_WORDS
                                    and not COMMODITY.fullmatch(words[1])))


def _fuller(short: str, multi: NameSet, people=frozenset(), alone=frozenset()) -> list[str]:
    """The longer names a one-word name may stand for: a surname, a name before a company suffix, the
    first word of a two-word name that is not a person's ("Halden" of "Halden Grid"), nor a family's
    ("Merriton" is not the Merriton family), nor a place's building or road ("Harrowfield" is not Harrowfield
    Stadium), nor a maker's model whose second word `alone` holds ("Aerostrand" is not Aerostrand Meridian), or,
    when none of these is, the first word of a body named for its members ("Corvenna" of "Corvenna Growers'
    Co-operative")."""
    edged = multi.edged(short)
    found = [m for m in edged if _short_form(short, m) or _legal_name_of(short, m, people)
             or (m not in people and len(m.split()) == 2 and m.split()[0] == short and not _family(m)
                 and m.split()[1].lower() not in NAMED_AFTER_A_PLACE and not _maker_and_model(m, alone))]
    # NOTE: only when nothing else fits: "Albion" is Wexley Albion, not the Albion Supporters' Trust
    return found or [m for m in edged if len(m.split()) == 3 and m.split()[0] == short and _members_body(m)]


# Words a company's name may end in past the name itself: "Group" of "Bellhaven Grill Group", "ASA" of "Tollaksen Line ASA"
NAME_ENDINGS = ORG_SUFFIXES | LEGAL_FORMS


def _legal(name: str) -> bool:
    """ "Fjordlyn Air AS", "Pellmore Foods plc": a name that ends in a company's legal form."""
    return name.rsplit(None, 1)[-1].lower() in LEGAL_FORMS


def _legal_name_of(short: str, full: str, people=frozenset()) -> bool:
    """ "Fjordlyn" of "Fjordlyn Air AS": the first word of a two-word name written with its legal form."""
    words = full.split()
    return len(words) == 3 and words[0] == short and _legal(full) and full not in people and not _family(full)


def _an(noun: str) -> str:
    """ "an age", "a birth": the noun with its indefinite article."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _members_body(name: str) -> bool:
    """ "Corvenna Growers' Co-operative": a body named after a place and its members, which the place's name stands for
    (but not "Tregarrow Supporters' Trust", named after the club its members support, which "Tregarrow" is)."""
    word = name.split()[1]
    return word.endswith(("s'", "s\u2019")) and word[:-1].lower() not in ("supporters", "fans")


def _settled(short: str, candidates: list[str]) -> str | None:
    """The one longer name `short` stands for among `candidates` (from `_fuller`), or None.

    A name before a company suffix, or a registered company's name, wins over
    other two-word names that start with the same word ("Lumenar" is Lumenar
    Systems, not its product Lumenar Halo; "Fjordlyn" is Fjordlyn Air AS, not
    its unit Fjordlyn Technics); a surname next to any other candidate is left
    unsettled.
    """
    if len(candidates) == 1:
        return candidates[0]
    company = [m for m in candidates if m.split()[0] == short and _short_form(short, m)] \
        or [m for m in candidates if m.split()[0] == short and _legal(m)]
    surname = [m for m in candidates if m.split()[-1] == short]
    return company[0] if len(company) == 1 and not surname else None


def resolver(names, aliases: dict[str, str], people=frozenset()) -> dict[str, tuple[str, str]]:
    """Map every name to ``(canonical name, how)``."""
    counts = Counter(names)
    mapping: dict[str, tuple[str, str]] = {}
    canonical = {}
    for name in counts:
        if name.lower() in aliases:
            canonical[name] = (aliases[name.lower()], f"'{name}' read as {aliases[name.lower()]}, an alias in the rule pack")
    multi_names = sorted({canonical.get(n, (n,))[0] for n in counts if " " in canonical.get(n, (n,))[0]})
    alike: dict[tuple[str, int], list[str]] = defaultdict(list)  # names of as many words, ending in the same word
    for name in multi_names:
        words = name.split()
        alike[(words[-1], len(words))].append(name)
    for name in multi_names:  # spelling variants first, so that short forms see merged names
        words = name.split()
        peers = alike[(words[-1], len(words))]
        close = process.extract(name, peers, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_THRESHOLD,
                                limit=None) if len(peers) > 1 else []
        fits = sorted(i for peer, _, i in close if peer != name and (counts[peer], peer) > (counts[name], name))
        if fits:  # NOTE: the first in sorted order, as a pass over the peers would find it
            peer = peers[fits[0]]
            mapping[name] = (peer, f"'{name}' read as {peer}, a spelling variant")
    multi = NameSet(mapping.get(m, (m,))[0] for m in multi_names)
    for name in sorted(multi):  # "Skipper Tom Aldous" of "Tom Aldous": a person's name after a title or a trade
        if (titled := _after_title(name, multi, people)) and name not in mapping:
            mapping[name] = (titled, f"'{name}' read as {titled}, the person's name after the words before it")
    multi = NameSet(mapping.get(m, (m,))[0] for m in multi)
    for name in sorted(multi):  # "Bellhaven Grill" of "Bellhaven Grill Group", "Tollaksen Line" of "Tollaksen Line ASA":
        # the name without its company suffix or legal form
        words = name.split()
        longer = [m for m in multi.edged(words[0]) if len(m.split()) > len(words) and m.split()[:len(words)] == words
                  and all(w.lower() in NAME_ENDINGS for w in m.split()[len(words):])]
        if len(longer) == 1 and name not in people and name not in mapping:
            ending = "legal form" if _legal(longer[0]) else "company suffix"
            mapping[name] = (longer[0], f"'{name}' read as {longer[0]}, its name without the {ending}")
            continue
        # "Brantholm Museum" of "Brantholm Museum of Natural History", "Ostrander Institute" of "Ostrander Institute
        # for Ocean Biology": the name without what it is of or for
        of = [m for m in multi.edged(words[0]) if m.startswith((name + " of ", name + " for ")) and m not in people]
        if len(of) == 1 and name not in people and name not in mapping:
            mapping[name] = (of[0], f"'{name}' read as {of[0]}, its name without what it is {of[0][len(name):].split()[0]}")
    multi = NameSet(mapping.get(m, (m,))[0] for m in multi)
    possessed: dict[str, list[str]] = defaultdict(list)
    for name in sorted(multi):
        owner, apostrophe, _ = name.replace("\u2019s ", "'s ").partition("'s ")
        if apostrophe and name.split()[-1] in POSSESSED_INSTITUTIONS:
            possessed[owner].append(name)
    for name in counts:
        if name in canonical:
            mapping[name] = canonical[name]
            continue
        if len(possessed.get(name, ())) == 1 and name not in people:
            mapping[name] = (possessed[name][0], f"'{name}' read as {possessed[name][0]}, the one institution named for it")
            continue
        expanded = multi.with_initials(name) if name.isupper() and 2 <= len(name) <= 6 else []
        if len(expanded) == 1 and name not in people:  # "BCT" of "Brennholm Container Terminals"
            mapping[name] = (expanded[0], f"'{name}' read as {expanded[0]}, the only name of the corpus with those initials")
            continue
        if " " not in name:
            longer = [m for m in multi.edged(name) if _short_form(name, m)]
            if len(longer) == 1 and _settled(name, _fuller(name, multi, people)) == longer[0]:  # NOTE: "Marrowby" of "Edwin Marrowby"
                mapping[name] = (longer[0], f"'{name}' read as {longer[0]}, the only full name for it in the corpus")
            elif not longer and name not in people and (only := _only_two_word_name(name, multi, people, counts)):
                # "Copperleaf" in a document that never writes "Copperleaf Coffee", which the others do
                mapping[name] = (only, f"'{name}' read as {only}, the only two-word name it begins in the corpus")
            elif not longer and name not in people and (firm := _only_firm_name(name, multi, people)):
                # "Tallowfield" in a document that never writes "Tallowfield Coffee Company", which another does
                mapping[name] = (firm, f"'{name}' read as {firm}, the only company name it begins in the corpus")
    return mapping


def _after_title(name: str, multi, people) -> str | None:
    """The person's name that ends `name` after one or two words before it, when the corpus names that person
    alone: "Tom Aldous" of "Skipper Tom Aldous", "Felix Ambrose" of "State Sen. Felix Ambrose"."""
    words = name.split()
    for cut in (1, 2):
        rest = " ".join(words[cut:])
        if len(words) - cut >= 2 and rest in multi and rest in people and all(w[:1].isupper() for w in words[:cut]):
            return rest
    return None


def _initials(name: str) -> str:
    """ "BCT" of "Brennholm Container Terminals", "LCA" of "Lanmark Competition Authority" (small words left out)."""
    words = [w for w in name.replace("&", " ").split() if w[:1].isupper() and w.lower() not in ("the", "of", "and", "for")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _only_two_word_name(short: str, multi, people, alone) -> str | None:
    """The one two-word name, no person's nor an event's, that `short` may stand for (see :func:`_fuller`), when no other
    name of the corpus begins or ends with `short`."""
    fuller = _fuller(short, multi, people, alone)
    if len(fuller) != 1 or len(fuller[0].split()) != 2 or is_event_name(fuller[0]) or not _alone_in(short, fuller[0], multi):
        return None  # "Kesterford" of Kesterford General and of Kesterford Regional Health Service: a place, neither
    return fuller[0]


def _alone_in(short: str, name: str, multi) -> bool:
    """Whether `name` is the only name of `multi` that begins or ends with the word `short`."""
    return not any(m != name for m in multi.edged(short))


# Last words that make a three-word name a company's, as "Group" does "Marlowe Toys Group"
FIRM_WORDS = frozenset("company group holdings corporation corp inc ltd limited plc llc co".split())


def _only_firm_name(short: str, multi, people) -> str | None:
    """The one three-word company name ("Tallowfield Coffee Company") that `short` begins, when no other name of the
    corpus begins or ends with `short` ("Lennmark" of Lennmark State Railways stays the country)."""
    firms = [m for m in multi.edged(short) if len(m.split()) == 3 and m.split()[0] == short and m.split()[-1].lower() in FIRM_WORDS
             and m not in people]
    return firms[0] if len(firms) == 1 and _alone_in(short, firms[0], multi) else None


def _introduced(short: str, first_seen: dict[str, int], people=frozenset()) -> str | None:
    """The one longer name, not a person's, that starts with `short` and that a document names before `short`.

    News introduces "Corrisk Ferry Lines" and then writes "Corrisk"; a
    document that writes "Meta" before "Meta Superintelligence Labs" keeps
    them apart.
    """
    if " " in short or short not in first_seen:
        return None
    longer = [name for name in first_seen if name.split()[0] == short and 2 <= len(name.split()) <= 4 and name not in people
              and not _family(name) and not _maker_and_model(name, first_seen)]
    if len(longer) == 1 and first_seen[longer[0]] < first_seen[short]:
        return longer[0]
    return None


def _local(names_by_doc: dict[str, set[str]], mapping: dict, people=frozenset()) -> dict[str, dict[str, str]]:
    """Per document, one-word names settled by the one longer name the document itself gives.

    Besides surnames and names before a company suffix, a document that names
    "Halcyon Grid" may call it "Halcyon": the first word of the only two-word
    name, not a person's, that starts with it in the document; but not when
    the corpus names a company with a legal form that the word stands for
    ("Pellmore Foods plc" beside the document's "Pellmore Local").
    """
    local: dict[str, dict[str, str]] = {}
    everywhere = NameSet(mapping.get(n, (n,))[0] for names in names_by_doc.values() for n in names if " " in n)
    for doc, names in names_by_doc.items():
        multi = NameSet(mapping.get(n, (n,))[0] for n in names if " " in n)
        local[doc] = {}
        for name in names:
            if " " not in name:
                if name.isupper() and multi.with_initials(name):
                    continue  # "VSR" of Valdoran State Railways, which the document names, not of its unit "VSR Cargo"
                # NOTE: "Marrowby" with "Edwin Marrowby" and "Marrowby Appliances": neither
                longer = _settled(name, _fuller(name, multi, people, names))
                if longer and not _legal(longer) and not _short_form(name, longer) \
                        and (company := _settled(name, _fuller(name, everywhere, people))) and _legal(company):
                    # "Pellmore" in a document that names only the chain's "Pellmore Local" shops, while the corpus
                    # names "Pellmore Foods plc": the company, not its brand
                    longer = company
                if longer:
                    local[doc][name] = longer
    return local


def stories(names_by_doc: dict[str, set[str]], people=frozenset(), mentions=None, past=frozenset(),
            beside=None) -> dict[str, tuple[str, int]]:
    """Per document, (story name, documents in the story).

    Documents that share at least two names, and at least a quarter of the
    smaller one's names, are in one story (transitively);
    a story is named after the name, not a person's nor an earlier event's
    (`past`: "Storm Bretta" in 2014, which the coverage of this storm recalls): an
    event's name ("Storm Ilvane", "Kelmar earthquake") that two or more of its
    documents mention, else the name the most of its documents mention (ties: the
    one most often in the sentences of the event's own figures, per `beside`, then the
    most mentioned in the corpus, per `mentions`, then the alphabetically first).
    """
    mentions, beside = mentions or {}, beside or {}
    docs = sorted(names_by_doc)
    parent = {d: d for d in docs}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    by_name: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for n in names_by_doc[d]:
            by_name[n].append(d)
    shared: Counter = Counter()
    for found in by_name.values():
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                shared[(a, b)] += 1
    for (a, b), count in shared.items():
        # NOTE: two names and a quarter of the smaller document's names, so that "Reuters" and
        # "United States" do not join two unrelated stories
        if count >= 2 and count >= STORY_SHARE * min(len(names_by_doc[a]), len(names_by_doc[b])):
            parent[root(a)] = root(b)
    members: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        members[root(d)].append(d)
    out = {}
    for group in members.values():
        frequency = Counter(n for d in group for n in names_by_doc[d] if n not in people and n not in past)
        if frequency:
            label = min(frequency, key=lambda n: (not (_names_event(n) and frequency[n] >= 2), -frequency[n], -beside.get(n, 0), -mentions.get(n, 0), n))
            out.update({d: (label, len(group)) for d in group})
    return out


def align(facts, names=(), persons=(), aliases: dict[str, str] | None = None, positions=None,
          events=frozenset(), mentions=None, personal=frozenset(), pronouns=None, first_seen=None,
          relations=frozenset(), corporate=frozenset(), occasions=frozenset()) -> list[Fact]:
    """Return `facts` with canonical entities, subject keys and reasons.

    `names` is every name mentioned, either one iterable for the corpus or a
    mapping from document id to that document's names. `positions` maps a
    document id to the (offset, name) of its multi-word names, so that a
    surname is read as the nearest full name before it. Facts of the
    attributes in `events` with no entity take their story's name; `mentions`
    counts how often each name is mentioned, to name stories. `pronouns` maps
    a document id to (offset, name, "he" or "she") of person mentions, so that
    a surname shared by two people is read as the one the pronoun fits.
    A one-word name read as a person's surname is the organization the document
    names with that first word ("Bellhaven" of "Bellhaven Grill Group", beside its
    founder Royce Bellhaven) when the figure is of one of the `corporate`
    attributes, which only organizations have, or a relation's object.
    `first_seen` maps a document id to the offset of each name's first
    mention, so that "Corrisk" is read as "Corrisk Ferry Lines" in a document
    that names it in full first. A figure of one of the `relations` with no
    object is left unplaced when its entity's figures with no object come
    from unrelated stories ("European Union / investment" in two disasters).
    A figure of one of the `occasions` attributes (an election's votes) dated
    to a year before its document's is keyed apart with that year.
    """
    positions = positions or {}
    aliases = aliases or {}
    by_doc = {doc: set(found) for doc, found in names.items()} if isinstance(names, dict) else {}
    every = [n for found in by_doc.values() for n in found] if by_doc else list(names)
    every += [f.entity for f in facts if f.entity] + [f.object for f in facts if f.object]
    mapping = resolver(every, aliases, frozenset(persons))
    local = _local(by_doc, mapping, frozenset(persons))
    multi = NameSet(mapping.get(n, (n,))[0] for n in every if " " in n)
    people_raw = frozenset(persons)

    def canon(name: str | None, doc: str = "", offset: int = 0) -> tuple[str | None, str | None]:
        if name is None:
            return None, None
        if " " not in name and positions.get(doc):
            candidates = [(start, mapping.get(full, (full,))[0]) for start, full in positions[doc]
                          if _short_form(name, mapping.get(full, (full,))[0])]
            if len({full for _, full in candidates}) > 1 and all(full in people_raw for _, full in candidates):
                # NOTE: news names a person in full first and by surname after; with two people of one
                # surname, the one the document names most often is its subject, then the nearest before.
                counts = Counter(full for _, full in candidates)
                nearest = {full: start for start, full in candidates if start < offset}
                if len(nearest) == 1:  # "Fairleigh, 30," before the document names her grandmother Edith Fairleigh
                    full = next(iter(nearest))
                    return full, f"'{name}' read as {full}, the one person of that name the document has named before it"
                full = max(counts, key=lambda f: (counts[f], nearest.get(f, -1)))
                return full, f"'{name}' read as {full}, the person of that name this document names most"
        if name in local.get(doc, {}):
            full = local[doc][name]
            return mapping.get(full, (full,))[0], f"'{name}' read as {full}, the only full name for it in this document"
        if name in mapping:
            return mapping[name]
        introduced = _introduced(name, (first_seen or {}).get(doc, {}), people_raw)
        if introduced:
            full = mapping.get(introduced, (introduced,))[0]
            return full, f"'{name}' read as {full}, the name this document gives in full before it"
        if " " not in name and len(_fuller(name, multi, people_raw)) > 1:
            return None, f"'{name}' could be {' or '.join(_fuller(name, multi, people_raw))}: left unplaced"
        return name, None

    people = {canon(p)[0] for p in persons}
    by_first: dict[str, set[str]] = defaultdict(set)
    for person in people:
        if person and " " in person:
            by_first[person.split()[0]].add(person)

    def first_name(name: str | None, how: str | None) -> tuple[str | None, str | None]:
        """"Kofi" read as "Kofi Amankwah" when he is the only person of that first name and no name ends with it."""
        if name is None or " " in name or len(by_first.get(name, ())) != 1 or any(_short_form(name, m) for m in multi.edged(name)):
            return name, how
        full = next(iter(by_first[name]))
        return full, f"'{name}' read as {full}, the only person with that first name in the corpus"

    pronouns = pronouns or {}
    evidence: dict[str, Counter] = defaultdict(Counter)
    for found in pronouns.values():
        for _, name, pronoun in found:
            if " " in name:
                evidence[canon(name)[0]][pronoun] += 1
    pronoun_of = {name: seen.most_common(1)[0][0] for name, seen in evidence.items() if len(seen) == 1}

    def by_pronoun(name: str | None, how: str | None, raw: str | None, doc: str, offset: int) -> tuple[str | None, str | None]:
        """A surname two people share, read as the one whose pronoun ("she") follows this mention."""
        if name is None or raw is None or " " in raw or name not in pronoun_of:
            return name, how
        near = [(start, p) for start, n, p in pronouns.get(doc, ()) if n == raw and offset - 400 <= start <= offset]
        sharing = [m for m in multi.edged(raw) if _short_form(raw, m)]
        if not near or len(sharing) < 2 or near[-1][1] == pronoun_of[name]:
            return name, how
        fits = [m for m in sharing if pronoun_of.get(m) == near[-1][1]]
        if len(fits) == 1:
            return fits[0], f"'{raw}' read as {fits[0]}: '{near[-1][1]}' refers back to it, as to {fits[0]} elsewhere"
        return None, f"'{raw}' could be {' or '.join(sharing)}, and '{near[-1][1]}' does not fit {name}: left unplaced"

    counts: Counter = Counter()
    for name, count in (mentions or {}).items():
        counts[canon(name)[0]] += count
    past = {canon(f.entity, f.document)[0] for f in facts  # "since Storm Bretta in 2014, which killed 31": an earlier event
            if f.entity and attribute_name(f.attribute or "") in events and f.period and f.published and f.period < f.published.year}
    past |= {name.rsplit(None, 1)[0] for name in past if name and is_event_name(name)}  # "Gralsbach" of "the Gralsbach disaster"
    names_of = {doc: {canon(n, doc)[0] for n in found} - {None} for doc, found in by_doc.items()}
    # "the avalanche that struck Vellhorn killed 16": the names told with the story's unnamed event figures
    beside = Counter(n for f in facts if not f.entity and attribute_name(f.attribute or "") in events
                     for n in names_of.get(f.document, ()) if n in f.sentence)
    story = (stories(names_of, people, counts, frozenset(past), beside) if events or relations else {})
    # A named event ("the Skelda fire") is the story's: its own when no document dates it, an earlier one, keyed
    # by the year documents give it ("the 2009 Skelda fire"), when one does
    event_years: dict[str, Counter] = defaultdict(Counter)
    for f in facts:
        if is_event_name(f.entity) and f.period and f.published and f.period < f.published.year:
            event_years[f.entity][f.period] += 1
    for name, year in _dated_events(facts):  # "the 2019 Coppice Run fire" in a sentence whose figure is another's
        event_years[name][year] += 1
    # "the Gralsbach disaster of 1999": an earlier event a story's documents name is labeled by its own place
    earlier_named: dict[tuple[str, int], Counter] = defaultdict(Counter)
    for f in facts:
        name = canon(f.entity, f.document)[0]
        if is_event_name(name) and f.document in story and event_years.get(name):
            year = min(event_years[name], key=lambda y: (-event_years[name][y], y))
            earlier_named[(story[f.document][0], year)][name.rsplit(None, 1)[0]] += 1
    def only_name(doc: str, keep) -> str | None:
        """The one multi-word name of `doc` (as resolved) that `keep` accepts; None when there is none or several."""
        found = {mapping.get(n, (n,))[0] for n in by_doc.get(doc, ()) if " " in n and keep(n)}
        return next(iter(found)) if len(found) == 1 else None

    def firm_of(raw: str | None, doc: str, read_as: str | None, only_firms: bool = False) -> str | None:
        """The one organization of `doc` whose name starts with `raw`, when `raw` was read as a surname. With
        `only_firms` (a figure only an organization has), also when `raw` was left unplaced between people and
        organizations of that name, and then else the corpus's one such organization, else `raw` itself when it
        was read as a person."""
        if raw is None or " " in raw:
            return None
        if read_as is None:
            if not only_firms or not any(p.split()[-1] == raw for p in people_raw if " " in p):
                return None
        elif read_as.split()[-1] != raw or not (
                read_as in people_raw or looks_like_person(read_as) and all(w[:1].isupper() for w in read_as.split())):
            return None

        def firm(n: str) -> bool:  # not "Pellingham Marlowe Baines site", a site keyed with its owner's name before it
            return n.split()[0] == raw and n not in people_raw and not n.endswith(" family") and n.split()[-1] not in SITE_NOUNS

        in_doc = only_name(doc, firm)
        if in_doc or not only_firms:
            return in_doc
        named = _twice_as_often({m: counts[m] for m in {mapping.get(n, (n,))[0] for n in by_doc.get(doc, ())
                                                        if " " in n and firm(n)}})
        if named:
            return named  # "Solmere" of "Solmere Motors", which the corpus names far more than "Solmere Kites"
        # "Marrowby made a profit" in a document that names only the family: the corpus's one organization of that
        # name, or the one of several it names most, else the name itself, which is no person's, even when two
        # people share it, but not when companies of that name compete
        in_corpus = {m for m in multi.edged(raw) if firm(m) and m not in people}
        if len(in_corpus) == 1:
            return next(iter(in_corpus))
        return (organization_among(raw) if in_corpus else None) or (raw if read_as or not in_corpus else None)

    def organization_among(raw: str) -> str | None:
        """Of the longer names `raw` may stand for, the one that is no person's, or the one of those the corpus
        names at least twice as often as any other."""
        return _twice_as_often({m: counts[m] for m in _fuller(raw, multi, people_raw)
                                if m not in people and m not in people_raw and not looks_like_person(m)})

    def one_person_among(raw: str) -> str | None:
        """Of the longer names `raw` may stand for, the one person's, when exactly one is a person's."""
        found = [m for m in _fuller(raw, multi, people_raw) if m in people or m in people_raw]
        return found[0] if len(found) == 1 else None

    def person_of(raw: str | None, doc: str, read_as: str | None) -> str | None:
        """The one person of `doc` whose surname is `raw`, when `raw` was read as an organization named after them."""
        if raw is None or " " in raw or read_as is None or read_as in people_raw or read_as.split()[0] != raw:
            return None
        return only_name(doc, lambda n: n in people_raw and n.split()[-1] == raw)

    def public_body(raw: str, doc: str) -> tuple[str | None, str]:
        """The council or government a document does not name ("the council"): the one of its kind the documents of
        its story name, else the story's own, named after the story; no one's outside a story."""
        if doc not in story:
            return None, f"'the {raw}', a public body no document names: left unplaced"
        label = story[doc][0]
        noun = raw.rsplit(None, 1)[-1]
        named = {n for d, (other, _) in story.items() if other == label for n in names_of.get(d, ())
                 if n and n.rsplit(None, 1)[-1].lower() == noun and n not in people and LOCAL_BODY.search(n)}
        if len(named) == 1:
            return next(iter(named)), f"'the {raw}', the one {noun} its story names"
        return f"the {raw} ({label} story)", f"'the {raw}', keyed by its story, named after {label}"

    resolved: list[Fact] = []
    for fact in facts:
        entity, how = by_pronoun(*first_name(*canon(fact.entity, fact.document, fact.start)), fact.entity, fact.document,
                                 fact.start)
        if fact.entity in UNNAMED_BODIES:
            entity, how = public_body(fact.entity, fact.document)
        plain = base_attribute(fact.attribute or "")
        meant = ORGANIZATION_MEANT in (fact.why or "")
        firm = firm_of(fact.entity, fact.document, entity, only_firms=True) if plain in corporate else None
        if firm and firm == fact.entity:
            entity, how = firm, f"'{firm}' read as an organization, not the person of that name: only an organization has a {plain}"
        elif firm:  # "Bellhaven's revenue": the company, though its founder Royce Bellhaven shares the name
            entity, how = firm, f"'{fact.entity}' read as {firm}, not the person of that name: only an organization has a {plain}"
        elif entity in people_raw and entity != fact.entity and meant \
                and (firm := firm_of(fact.entity, fact.document, entity, only_firms=True)):
            # "the 140-year-old business" of Pellingham's: the store the document is about, not Edmund Pellingham
            entity, how = firm, f"'{fact.entity}' read as {firm}, not the person of that name: the text means an organization"
        elif entity is None and plain in corporate and how and how.startswith(f"'{fact.entity}' could be"):
            firm = organization_among(fact.entity)
            if firm:  # "Coldridge had revenue of almost £3bn" beside Walter Coldridge and the Coldridge Arms
                entity, how = firm, f"'{fact.entity}' read as {firm}, the organization of that name the corpus names most: " \
                                    f"only an organization has a {plain}"
        person = person_of(fact.entity, fact.document, entity) if plain in PERSONAL and not meant else None
        if person:  # "Hume died in March 2019": Bertram Hume, though Hume Maritime bears his name
            entity, how = person, f"'{fact.entity}' read as {person}, not the organization of that name: only a person has {_an(plain)}"
        elif entity is None and plain in PERSONAL and how and how.startswith(f"'{fact.entity}' could be"):
            person = one_person_among(fact.entity)
            if person:  # "Halvorsen, 56," beside Erik Halvorsen and his firm Halvorsen Capital
                entity, how = person, f"'{fact.entity}' read as {person}, the one person of that name: only a person has {_an(plain)}"
        period, named = fact.period, None
        if is_event_name(entity) and fact.document in story:
            named, entity = entity, None
            if event_years.get(named):
                period = min(event_years[named], key=lambda year: (-event_years[named][year], year))
        if entity is None and fact.attribute and attribute_name(fact.attribute) in events and fact.document in story:
            entity, size = story[fact.document]
            how = f"keyed by its story ({size} document(s) sharing names), named after {entity}, " + (
                "the event they name" if _names_event(entity) else "the name they mention most")
            if period and fact.published and period < fact.published.year:
                # "killed six workers in 2011": the story's earlier event, apart from this one
                own = earlier_named.get((entity, period))
                label = own.most_common(1)[0][0] if own else entity
                entity, how = f"{label} ({period})", f"{how}; the event of {period}" + (f", as documents date {named}" if named else "")
        if entity and attribute_name(fact.attribute or "") in occasions and period and fact.published \
                and period < fact.published.year and not entity.endswith(f" ({period})"):
            # "re-elected in 2022 with 51.3 percent": that election's, not this one's (once: a story's event of 2022 has it)
            entity, how = f"{entity} ({period})", _join(how, f"the occasion of {period}")
        obj, obj_how = canon(fact.object, fact.document, fact.start)
        firm = firm_of(fact.object, fact.document, obj) if plain in relations else None
        if firm:  # "Greyhollow Partners bought Bellhaven in 2018": the company
            obj, obj_how = firm, f"'{fact.object}' read as {firm}, the organization of that name the deal is for"
        notes = [n for n in (how, obj_how) if n]
        why = "; ".join([fact.why or "", *notes]).strip("; ") or None
        resolved.append(dataclasses.replace(fact, entity=entity, object=obj, why=why))
    mentioned = {n for found in by_doc.values() for n in found} if by_doc else set(names)
    organizations = {n for n in mentioned if n not in people_raw}

    def owner(name: str, doc: str) -> str | None:
        """The organization `name` stands for in `doc`, or None when it names none."""
        full = canon(name, doc)[0] if name in organizations else None
        return full if full and full not in people else None

    resolved = _sites_together(resolved, owner, people | mentioned)
    resolved = _complete_relations(resolved, people, personal)
    story_of = {doc: label for doc, (label, _) in story.items()}
    resolved = _apart_by_story(resolved, relations, story_of)
    resolved = _merger_figures(resolved, story_of)
    return [
        dataclasses.replace(f, subject=Subject(f.entity, f.attribute, f.object).key if f.entity and f.attribute else None)
        for f in resolved
    ]


def _dated_events(facts: list[Fact]) -> list[tuple[str, int]]:
    """(event name, year) for each sentence of the facts that dates an event some fact is about to a year before its
    document's: "the 2019 Coppice Run fire", "the Gralsbach disaster of 1999"."""
    names = {f.entity for f in facts if is_event_name(f.entity)}
    if not names:
        return []
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    dated = re.compile(rf"\b(?P<before>(?:19|20)\d\d)\s(?P<a>{pattern})\b|\b(?P<b>{pattern})\s(?:of|in)\s(?P<after>(?:19|20)\d\d)\b")
    seen, found = set(), []
    for f in facts:
        if (f.document, f.sentence) in seen or not f.published:
            continue
        seen.add((f.document, f.sentence))
        for m in dated.finditer(f.sentence):
            year = int(m.group("before") or m.group("after"))
            if year < f.published.year:
                found.append((m.group("a") or m.group("b"), year))
    return found


def _merger_figures(facts: list[Fact], story_of: dict[str, str]) -> list[Fact]:
    """A story's figures of a merged company, under its one takeover: "up to 1,200 jobs could go across the merged
    group" (no takeover in its own document) and "Greyloch expects to cut about 1,100 jobs" (the buyer's cuts to come,
    with no object) are the cuts of the company Greyloch's takeover of Tamsen makes, as "the combined group expects to
    cut"."""
    deals: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for f in facts:
        if f.entity and f.object and f.attribute and " (combined)" in f.attribute and f.document in story_of:
            deals[story_of[f.document]].add((f.entity, f.object))
    out = []
    for f in facts:
        one = deals.get(story_of.get(f.document, ""), set())
        if len(one) == 1 and f.attribute and base_attribute(f.attribute) == "job cuts" and not f.earlier \
                and not (f.period and f.published and f.period < f.published.year):
            (buyer, target), base = next(iter(one)), base_attribute(f.attribute)
            rest = f.attribute[len(base):].replace(" (combined)", "")
            if f.entity is None and " (combined)" in f.attribute:
                f = dataclasses.replace(f, entity=buyer, object=target, attribute=f"{base} (combined){rest}",
                                        why=_join(f.why, f"of {buyer} and {target} together, the takeover its story describes"))
            elif f.entity == buyer and f.object in (None, target) and " (combined)" not in f.attribute \
                    and f.attribute.endswith(" (projected)"):  # but "when Marbeck bought Tolland Bio, it cut 1,800 jobs"
                f = dataclasses.replace(f, object=target, attribute=f"{base} (combined){rest}",
                                        why=_join(f.why, f"{buyer}'s cuts in a story of its takeover of {target}: the "
                                                         f"merged company's"))
        out.append(f)
    return out


def _twice_as_often(counted: dict[str, int]) -> str | None:
    """The one name counted, or the one counted at least twice as often as any other; None when none leads so."""
    top = Counter(counted).most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] >= 2 * top[1][1]) else None


def _site_parts(entity: str, owner_of) -> tuple[str, str, str | None] | None:
    """(owner, place, noun) of a site's key: "Seldon Alloys Harth mill" -> ("Seldon Alloys", "Harth", "mill"),
    "Seldon Harth" -> ("Seldon Alloys", "Harth", None) when `owner_of` reads "Seldon" as Seldon Alloys. The owner is the
    longest run of first words that names an organization; the place, the capitalized words after it."""
    words = entity.split()
    noun = words[-1] if words[-1] in SITE_NOUNS else None
    words = words[:-1] if noun else words
    if owner_of(" ".join(words)):  # "Brackwater Steel works": the owner's site with no place named
        return None
    for cut in range(len(words) - 1, 0, -1):
        owner, place = owner_of(" ".join(words[:cut])), words[cut:]
        if owner and all(w[:1].isupper() for w in place):
            return owner, " ".join(place), noun
    return None


def _sites_together(facts: list[Fact], owner_of, named) -> list[Fact]:
    """One key for one site, however each source names it: "Seldon Harth" (its staff "at Harth"), "Seldon Alloys
    Harth mill" and "Seldon Alloys Harth works" are one site, keyed by the noun the sources use most. Only keys made
    of an owner and a place are read so, never a name a text gives (`named`: "Korvath Agrochem")."""
    parts = {(f.document, f.entity): _site_parts(f.entity, lambda name, doc=f.document: owner_of(name, doc)) for f in facts
             if f.entity and f.attribute and f.entity not in named and " " in f.entity}
    groups: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for f in facts:
        if parts.get((f.document, f.entity)):
            owner, place, noun = parts[(f.document, f.entity)]
            groups[(owner, place)][noun] += 1
    keys = {}
    for (owner, place), nouns in groups.items():
        given = [n for n in nouns if n]
        noun = min(given, key=lambda n: (-nouns[n], n)) if given else None
        keys[(owner, place)] = f"{owner} {place} {noun}" if noun else f"{owner} {place}"
    out = []
    for f in facts:
        found = parts.get((f.document, f.entity))
        key = keys[found[:2]] if found else None
        if key and key != f.entity:
            f = dataclasses.replace(f, entity=key, why=_join(f.why, f"'{f.entity}' read as {key}, the site other sources name so"))
        out.append(f)
    return out


def _apart_by_story(facts: list[Fact], relations, story_of: dict[str, str]) -> list[Fact]:
    """Relation figures with no object, unplaced when their entity has such figures in unrelated stories."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in facts:
        if f.entity and f.attribute and not f.object and base_attribute(f.attribute) in relations and f.document in story_of:
            seen[(f.entity, base_attribute(f.attribute))].add(story_of[f.document])
    out = []
    for f in facts:
        key = (f.entity, base_attribute(f.attribute or ""))
        if not f.object and len(seen.get(key, ())) > 1:
            f = dataclasses.replace(f, entity=None, why=_join(f.why, f"no object, and {f.entity}'s {f.attribute} with no object "
                                                                     f"comes from unrelated stories: left unplaced"))
        out.append(f)
    return out


# "Wexley County Council", "Ostvik Regional Government": a council or government of a place (not "Regional Marine
# Research Council")
LOCAL_BODY = re.compile(r"\b(?:City|Town|County|Borough|District|Regional|Parish|Municipal|Metropolitan|Village|Island|State|"
                        r"Provincial|National|Federal)\s(?:Council|Government)$")


def _join(*notes: str | None) -> str:
    return "; ".join(n for n in notes if n)


def _per_share(attribute: str) -> bool:
    """Whether the attribute is a price for one share, never near a whole deal's amount."""
    return attribute.endswith(" (per share)") or " (per share) " in attribute


def _near(a: float, b: float) -> bool:
    """Whether two amounts are within a quarter of each other (unknown amounts are near anything)."""
    if math.isnan(a) or math.isnan(b):
        return True
    return abs(a - b) <= 0.25 * max(abs(a), abs(b))


def _complete_relations(facts: list[Fact], people: set[str], personal=frozenset()) -> list[Fact]:
    actors: dict[tuple[str, str], set[tuple[str, float]]] = defaultdict(set)
    objects: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in facts:
        if f.entity and f.attribute and f.object and f.entity != f.object:  # no one is reported paying for itself
            actors[(f.attribute, f.object)].add((f.entity, f.quantity.value if f.quantity else math.nan))
            objects[(f.entity, base_attribute(f.attribute))].add(f.object)  # "price (per share)" is in the deal's object
    buyers: dict[tuple[str, str], set[tuple[str, float]]] = defaultdict(set)
    for f in facts:
        if f.entity and f.attribute and f.object and f.entity != f.object:
            buyers[(base_attribute(f.attribute), f.object)].add((f.entity, f.quantity.value if f.quantity else math.nan,
                                                                 _per_share(f.attribute)))
    out = []
    for f in facts:
        sole = set()
        if f.entity and f.attribute and not f.object:  # the one buyer reported at about this amount
            value = f.quantity.value if f.quantity else math.nan
            sole = {a for a, v, share in buyers.get((base_attribute(f.attribute), f.entity), ())
                    if _near(v, value) and share == _per_share(f.attribute)
                    and not (f.quantity and f.quantity.unit == "%" and abs(v + value - 100) < 1)}  # "sells 49 percent, keeps 51"
        if f.entity and f.attribute and f.entity == f.object:
            # "its 11.5 per cent stake in Talvesca" with "its" guessed as Talvesca: no one's stake in itself, but the one
            # other party the corpus reports with about this figure in it
            value = f.quantity.value if f.quantity else math.nan
            others = sorted({a for a, v in actors[(f.attribute, f.object)] if _near(v, value)})
            f = dataclasses.replace(f, entity=others[0] if len(others) == 1 else None, why=_join(
                f.why, f"{f.object} both holder and held: read as {others[0]}, the only other party reported with this "
                       f"{f.attribute} in it" if len(others) == 1 else f"{f.object} both holder and held: left unplaced"))
        elif len(sole) == 1 and not objects[(f.entity, base_attribute(f.attribute))]:
            # "the striker cost £38.5 million": the price of what the corpus says one party bought
            actor = next(iter(sole))
            f = dataclasses.replace(f, entity=actor, object=f.entity,
                                    why=_join(f.why, f"{f.entity} is what {actor} is reported to have paid about as much for: {actor} \u2192 {f.entity}"))
        elif f.entity and f.attribute and f.object and f.entity in people and base_attribute(f.attribute) not in personal:
            # the organization must report about the same amount: "Zuckerberg put $14 billion into Scale" is
            # Meta's $14.3 billion; a donor's $250 million is not another family's $90 million
            value = f.quantity.value if f.quantity else math.nan
            orgs = sorted({a for a, v in actors[(f.attribute, f.object)] if a not in people and _near(v, value)})
            if len(orgs) == 1:
                f = dataclasses.replace(f, entity=orgs[0], why=_join(f.why, f"{f.entity} read as {orgs[0]}, the only organization reported with this {f.attribute} in {f.object}"))
        elif f.entity and f.attribute and not f.object and len(objects[(f.entity, base_attribute(f.attribute))]) == 1:
            only = next(iter(objects[(f.entity, base_attribute(f.attribute))]))
            value = f.quantity.value if f.quantity else math.nan
            if any(a == f.entity and _near(v, value) and share == _per_share(f.attribute)  # $54 a share is not $5.4 billion
                   for a, v, share in buyers[(base_attribute(f.attribute), only)]):
                f = dataclasses.replace(f, object=only, why=_join(f.why, f"object {only}: the only one the corpus gives for {f.entity}'s {f.attribute}"))
            else:  # "paid £27 million for 35 Halsey's shops" does not make "buy 61 stores for £38 million" Halsey's
                f = dataclasses.replace(f, why=_join(f.why, f"not {only}, the only object the corpus gives for {f.entity}'s "
                                                            f"{f.attribute}: no figure for it is about as much"))
        elif f.entity and f.attribute and not f.object and len(objects[(f.entity, base_attribute(f.attribute))]) > 1:
            # NOTE: "Redmoor paid £25 million" and "Redmoor paid £40 million" may be two different purchases
            value = f.quantity.value if f.quantity else math.nan
            near = sorted(o for o in objects[(f.entity, base_attribute(f.attribute))]
                          if any(a == f.entity and _near(v, value) and share == _per_share(f.attribute)
                                 for a, v, share in buyers[(base_attribute(f.attribute), o)]))
            choices = " or ".join(sorted(objects[(f.entity, base_attribute(f.attribute))]))
            if len(near) == 1 and not math.isnan(value):  # "$58 a share" beside "$58 a share for Quennel" and "$4.2 billion for Tolland"
                f = dataclasses.replace(f, object=near[0], why=_join(
                    f.why, f"object {near[0]}: of {choices}, the one {f.entity} is reported to have paid about as much for"))
            else:
                f = dataclasses.replace(f, entity=None, why=_join(f.why, f"no object, and {f.entity}'s {f.attribute} could be in {choices}: left unplaced"))
        out.append(f)
    return out
