"""What "it", "the company" and "the club" stand for in a document.

News keeps returning to its subject: "it" and "the company" stand for the
organization the document has named most so far, and "the club" or "the
museum" for the organization of that kind it names most overall. A sentence
opening with "It" or "Its" goes on with the organization the sentence before
opened with ("Pellham General, the second-largest insurer, bought cover. Its
profit fell"), whichever the document names most, and so does one opening
with a kind of organization the document gives no one ("Torvanne Aerospace
agreed to pay. The manufacturer, founded in 1952, ...").
"""

from __future__ import annotations

import re
from collections import Counter

from .entities import ORG_NOUN, ORG_NOUNS, PLACE_WORDS, THING_WORDS, TIER_WORDS, NameMention, _sentence_initial, find_names, names_a_thing
from .plans import TIER_NOUNS
from .staff import is_union
from .sites import SITE_NAMED  # "the Castrel plant": a place name used for one site, not an organization the text is about
from .subjects import DESCRIBED_AFTER, DESCRIBED_AS_SOMEONES, DESCRIBED_BEFORE, ORG_KINDS, PLACE_PREPOSITIONS, SOURCE_BEFORE, _governed

# "It reported", "Its profit": a sentence opening that goes on with the organization the sentence before opened with
REFERS_BACK_OPENING = re.compile(r"\s*(?:It|Its)\b")
# "Torvanne Aerospace has agreed to pay. The manufacturer, founded in 1952, ...": a kind of organization opening a
# sentence goes on with the organization the sentence before opened with, when it is named as a name is (but not
# "Greyhollow, the firm that bought into the chain in 2021, ... The chain reported": the kind that sentence gave another)
KIND_OPENING = re.compile(r"\s*The\s(?:[a-z-]+\s)?(?P<kind>" + "|".join(
    sorted(set(ORG_NOUNS) - {"company", "firm", "group", "business", "startup", "start-up"}, key=len, reverse=True)) + r")(?:'s|\u2019s)?\b")
# "Financially, it has ...": a capitalized adverb opening a sentence, which names no one
SENTENCE_ADVERB = re.compile(r"\b[A-Z][a-z]+ly,$")
# What may come before the name a sentence opens with: "Rival Pellham General said", "The smaller Kestow reported"
OPENING_WORDS = re.compile(r"[\s\"'\u201c]*(?:[A-Za-z][a-z-]*\s(?:[a-z-]+\s){0,2})?")
# "Harrier-2", "Falcon 9", "A320": a model of a product, which "it" and "the company" do not stand for.
MODEL_NUMBER = re.compile(r"[A-Za-z][-\s]?\d+[a-z]?$|\s[A-Z]$"  # and a grade or band: "Band D", "Class A"
                          r"|^[A-Z0-9]{1,3}-[A-Z0-9]{2,5}$")  # and a registration: "OS-KRV", "G-EUPT"
# "the Basic plan", "its Premium tier": the name of a product's plan, not an organization
TIER_AFTER = re.compile(r"\s(?:" + TIER_NOUNS + r")\b(?!\s(?:to|for|of)\b)", re.I)
# A name a thing noun introduces: "her previous tour, Paper Moons", "its new model, the Wren".
THING_BEFORE = re.compile(r"\b(?:the|a|an|her|his|its|their)\s(?:[\w-]+\s){0,2}?(?:" + "|".join(sorted(THING_WORDS)) + r"),\s(?:the\s)?$",
                          re.I)
# "the hamlets of Lonjas and Santa Brea", "the town of Pradomar": places, named by what they are.
# "in Tessaly County, Westhaven": the state or country a county or province is in, a place too
PLACE_OF = re.compile(r"\b(?:town|village|hamlet|city|suburb|district|region|province|county|island|port|parish|municipality|"
                      r"state|borough|neighbourhood|neighborhood)s?\sof\s(?:[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)*(?:,\s|\sand\s))*$"
                      r"|\b[A-Z][a-z]+\s(?:County|Province|Parish|Prefecture|Oblast),\s$")
# "the Auvela valley", "the Corran river": a name before the kind of place it names.
# "Shares in Bellacourt Pharmaceuticals", "a stake in Kestrel": "in" before a company held, not a place
HELD_IN_BEFORE = re.compile(r"\b(?:shares|stock|stake|holding|interest|investment)\sin\s$", re.I)
# "Kitchenlark's rival SimmerBox", "Ardent's parent Norvale Holdings": another organization, named after how it is related
RELATED_AFTER_POSSESSIVE = re.compile(r"['\u2019]s?\s(?:(?:biggest|main|larger|smaller|closest|nearest|chief|former|new)\s)?"
                                      r"(?:rival|competitor|subsidiary|parent|owner|partner|supplier|customer)\s")
# "rival publisher Greyfin", ", a competing chain,": an organization set against the one a kind noun stands for
RIVAL = re.compile(r"\b(?:rival|fellow|competing|competitor)\b", re.I)
# First words of places: "River Vessa", "Lake Orrin", "Mount Karuun".
PLACE_FIRST_WORDS = frozenset("river lake loch mount".split())
PLACE_WORD_AFTER = re.compile(r"\s(" + "|".join(sorted(PLACE_WORDS)) + r"|residents|households|homeowners|taxpayers|voters|"
                              r"commuters|families)\b")  # "Glenhollow households that stream Brightwave": the place's people


def outlet_names(outlet: str | None) -> frozenset[str]:
    """What a text calls the outlet that published it: "Pellbridge Courier", and "Courier" as in "told the Courier";
    "Evening Star" and "Star" of the Wyndmoor Evening Star."""
    words = (outlet or "").split()
    words = words[1:] if words[:1] == ["The"] else words
    return frozenset(" ".join(words[i:]) for i in range(len(words)))


def salient_organizations(text: str, sentences: list[tuple[int, int]], names: list[list[NameMention]],
                          persons: set[str] | frozenset[str], outlet: str | None,
                          families: frozenset[str] = frozenset(), title: str | None = None) -> list[str | None]:
    """For each sentence, the organization named most before it (the latest named on a tie), or, for one opening with
    "It" or "Its", the organization the sentence before opens with; likewise for one opening with a kind of
    organization ("The manufacturer"), when the sentence before opens with a name and gives that kind to no one.

    A short form counts for its full name; the subject of a sentence counts
    double. People, surnames of people, the outlet's own name, sites ("the
    Castrel plant"), places, things ("the Glasshouse Tour"), product models ("Harrier-2") and sources
    ("according to PitchBook") never count, nor do families ("the Halloran family", no company), nor do unions
    ("Pellavian Academic Staff Union", "Valdoran Pilots' Association"), which a strike story names most but whose
    figures it seldom gives; a surname in `families` (a
    company named after the family, see :func:`.people.family_firms`) does. An organization the document's
    `title` names counts once before the text begins, if the text counts it too: a headline names what the
    article is about.
    """
    salient: list[str | None] = []
    counts: Counter = Counter()
    last_seen: dict[str, int] = {}
    full_of: dict[str, str] = {}
    best: str | None = None
    person_words = {w for p in persons for w in p.split()[-1:]}
    own = outlet_names(outlet)
    things = {n.name for found in names for n in found if THING_BEFORE.search(text, max(0, n.start - 50), n.start)}
    # "Everyone knows someone.", "Half the street works there", "Mountain rescuers said": a one-word "name" only ever seen
    # opening a sentence or a quote may be any capitalized word; it counts a quarter, so it is the organization the text
    # is about only when no name the text also uses mid-sentence, or as part of a longer name, competes with it
    named_inside = {n.name for index, found in enumerate(names) for n in found
                    if not _sentence_initial(text, sentences[index][0], n.start)}
    named_inside |= {w for found in names for n in found if " " in n.name for w in n.name.split()}

    def key_of(name: NameMention, s: int, e: int, full_of: dict[str, str]) -> str | None:
        """The organization `name` counts for, or None when it names no organization the text is about."""
        if name.name in persons or name.name in own or (_governed(text[s:e], name, s, PLACE_PREPOSITIONS, past_place_word=True)
                                                        and not HELD_IN_BEFORE.search(text, max(s, name.start - 30), name.start)) \
                or SITE_NAMED.match(text, name.end, e) or name.name.rsplit(None, 1)[-1].lower() in PLACE_WORDS \
                or name.name.split(None, 1)[0].lower() in PLACE_FIRST_WORDS \
                or names_a_thing(text, name) \
                or PLACE_OF.search(text, max(s, name.start - 80), name.start) or PLACE_WORD_AFTER.match(text, name.end, e) \
                or SOURCE_BEFORE.search(text, max(s, name.start - 20), name.start) \
                or name.name.rsplit(None, 1)[-1].lower() in THING_WORDS or name.name in things \
                or MODEL_NUMBER.search(name.name) or (not name.possessive and TIER_AFTER.match(text, name.end)) \
                or name.name in TIER_WORDS \
                or is_union(name.name) or name.name.endswith(" family"):
            return None  # NOTE: nor the outlet itself ("according to a filing seen by the Daily Ledger")
        words = name.name.split()
        if len(words) > 1:
            full_of.setdefault(words[0], name.name)
            full_of.setdefault(words[-1], name.name)
        key = full_of.get(name.name, name.name) if len(words) == 1 else name.name
        if key in persons or key in person_words and key not in families:
            return None  # "Aubrecht leaves": a surname of a person
        return key

    if title:
        counted: set[str] = set()
        whole: dict[str, str] = {}
        for (s, e), found in zip(sentences, names):
            counted.update(k for n in found if (k := key_of(n, s, e, whole)))
        for key in sorted({whole.get(n.name, n.name) for n in find_names(title, 0, len(title))} & counted):
            counts[key], last_seen[key] = 1, -1  # "Kelby depot among Pellworth closures": the headline's Pellworth
            if best is None or (counts[key], key) > (counts[best], best):
                best = key
    opener: str | None = None  # the organization the sentence before opened with
    opener_named = False  # and whether it was named as names are (not a capitalized word opening the sentence)
    opener_end = 0  # and where its name ends
    for index, (s, e) in enumerate(sentences):
        kind = KIND_OPENING.match(text, s, e) if opener_named else None
        kind_before = kind is not None and index and re.search(r"\bthe\s(?:[a-z-]+\s)?" + kind.group("kind") + r"\b",
                                                               text[sentences[index - 1][0]:sentences[index - 1][1]], re.I)
        refers_back = REFERS_BACK_OPENING.match(text, s, e)
        salient.append(opener if opener and opener != best and (refers_back or kind is not None and not kind_before) else best)
        subject_name = next((n for n in names[index] if not _governed(text[s:e], n, s, past_article=True)), None)
        # "Hovermail offers the comparison. It was grounded in 2024 ... Its revenue reached $140 million": a sentence
        # that opens with "It" and names no one goes on with the organization the sentence before it opened with (but
        # not with an adverb the text capitalizes only there: "Financially, it ...")
        if not (refers_back and opener and not names[index]
                and (opener_named or not SENTENCE_ADVERB.search(text, max(0, opener_end - 40), opener_end + 1))):
            opener, opener_named = None, False
        if subject_name is not None and subject_name.possessive:
            # "Oskaria's Vastrel Metals is buying": Vastrel Metals (but "Bellhaven Grill Group's Chapter 11 filing" is Bellhaven's)
            # and "Kitchenlark's rival SimmerBox, the category leader, is": the rival
            subject_name = next((n for n in names[index] if n.name not in persons and (
                sum(w[:1].isupper() for w in n.name.split()) >= 2 and text[subject_name.end:n.start] in ("'s ", "\u2019s ", "' ", "\u2019 ")
                or RELATED_AFTER_POSSESSIVE.fullmatch(text, subject_name.end, n.start))), subject_name)
        for name in names[index]:
            key = key_of(name, s, e, full_of)
            if key is None:
                continue
            weight = 1 if " " in name.name or name.name in named_inside else 4
            if name is subject_name and OPENING_WORDS.fullmatch(text, s, name.start):
                opener, opener_named, opener_end = key, weight == 1, name.end
            counts[key] += (2 if name is subject_name else 1) / weight
            last_seen[key] = index
            if best is None or (counts[key], last_seen[key]) >= (counts[best], last_seen[best]):
                best = key
    return salient


# "Aldermoss Brewing Group plc": a legal form after the word that says what a name names
LEGAL_FORMS = frozenset("plc inc inc. corp corp. co co. ltd ltd. llc lp sa ag nv bv se spa gmbh asa ab oy as kg".split())
# "Grupo Arriaga Cocina SA": a name in a language that puts the word for a group first
HEAD_FIRST = {"grupo": "group", "groupe": "group", "gruppo": "group"}


def _head_word(name: str) -> str:
    """The word that says what a name names: its last ("Halden Maritime Museum"), or the one before "of"
    ("Brantholm Museum of Natural History", "Bank of Lendria"), past a legal form ("Tollbrook Group plc"), or a
    first word that comes first in its language ("Grupo Arriaga Cocina SA")."""
    words = (name.split(" of ", 1)[0] if " of " in name else name).split()
    if words[0].lower() in HEAD_FIRST:
        return HEAD_FIRST[words[0].lower()]
    while len(words) > 1 and words[-1].lower() in LEGAL_FORMS:
        words.pop()
    return words[-1].lower()


# "Today the 103-year-old chain has 390 shops": an organization told by its age
AGED_ORGANIZATION = re.compile(r"\b[Tt]he\s(\d{1,3})-year-old\s(?:[a-z-]+\s)?" + ORG_NOUN + r"\b")


def aged_organization(text: str, sentence: tuple[int, int], at: int, founded: dict[int, str], year: int) -> str | None:
    """The organization "the 103-year-old chain" stands for, when the sentence names it so at or before offset `at`:
    the one the document says was founded that many years before `year`, or a year more (an age may be told before
    the anniversary); None when the sentence gives no such phrase there, or no one organization fits."""
    m = AGED_ORGANIZATION.search(text, sentence[0], sentence[1]) if founded else None
    if m is None or m.start() > at:
        return None
    age = int(m.group(1))
    found = {founded[y] for y in (year - age, year - age - 1) if y in founded}
    return found.pop() if len(found) == 1 else None


class TypedOrganizations(dict):
    """Kind -> organization, knowing where the document first names each organization."""

    def __init__(self, typed: dict[str, str], first_at: dict[str, int]):
        super().__init__(typed)
        self.first_at = first_at

    def named_before(self, name: str, offset: int) -> bool:
        """Whether the document names `name` before document offset `offset`: "the trust" refers back, not ahead."""
        return self.first_at.get(name, -1) < offset


def typed_organizations(text: str, names: list[list[NameMention]], persons: set[str] | frozenset[str]) -> TypedOrganizations:
    """Kind ("club", "chain", ...) -> the organization of that kind, for "the club" or "the chain".

    An organization the document describes as one ("Merriton Stores, the
    regional supermarket chain,", "the discounter Kestow", "Hadrava's team,
    Aurane-Kilvane,") is that kind when
    it is the only one so described; otherwise the kind goes to the
    organization the document names most (on a tie, first) whose name ends in a word of it
    ("Kelsworth Wanderers" for "the club"), or has it before "of" ("Brantholm Museum of Natural History").
    The result knows where each organization is first named, so that "the trust" is not one named only after it. An
    organization named as a rival ("Rival Castellan Music Group") is never "the group".
    """
    named: Counter = Counter()  # mentions of each multi-word name, its short forms ("Wanderers") included
    first: dict[str, int] = {}  # the order in which names first appear
    first_at: dict[str, int] = {}  # where each name is first written as it is ("Trust" is no mention of Kelbourne Hospitals Trust)
    longer: dict[str, set[str]] = {}
    for found in names:
        for n in found:
            if " " in n.name:
                for word in (n.name.split()[0], n.name.split()[-1]):
                    longer.setdefault(word, set()).add(n.name)
    for found in names:
        for n in found:
            key = n.name if " " in n.name else (next(iter(longer[n.name])) if len(longer.get(n.name, ())) == 1 else None)
            if key and key not in persons:
                named[key] += 1
                first.setdefault(key, len(first))
            first_at.setdefault(n.name, n.start)
    # "Rival Castellan Music Group settled": an organization set against the one the document is about is never "the group"
    rivals = {n.name for found in names for n in found
              if RIVAL.search(text, max(0, n.start - 12), n.start) or RIVAL.match(n.name)}  # "Rival Castellan ..." opening a sentence
    typed: dict[str, str] = {}
    for kind, suffixes in ORG_KINDS.items():
        fitting = [key for key in named if _head_word(key) in suffixes and key not in rivals]
        if fitting:
            typed[kind] = max(fitting, key=lambda key: (named[key], -first[key]))  # on a tie, the one named first
    described: dict[str, set[str]] = {}
    for found in names:
        for n in found:
            if n.name in persons or n.possessive:
                continue
            for match in (DESCRIBED_AFTER.match(text, n.end), DESCRIBED_BEFORE.search(text, max(0, n.start - 40), n.start),
                          DESCRIBED_AS_SOMEONES.search(text, max(0, n.start - 40), n.start)):
                if match and not RIVAL.search(match.group(0)):  # "rival publisher Greyfin": not "the publisher"
                    described.setdefault(match.group(1).lower(), set()).add(n.name)
    typed.update({kind: next(iter(found)) for kind, found in described.items() if len(found) == 1})
    # "the terminal company" for Veldhaven Terminal Company: the last two words of the one name that ends in them
    ending: dict[str, set[str]] = {}
    for key in named:
        words = key.split()
        if len(words) >= 3 and words[-1].lower() in ORG_NOUNS and words[-2][:1].isupper():
            ending.setdefault(" ".join(words[-2:]).lower(), set()).add(key)
    typed.update({pair: next(iter(found)) for pair, found in ending.items() if len(found) == 1})
    # "the brewery", "the fish market" for Gaskell Brewery, Skerrow Fish Market: the one name that ends in a noun that is
    # no generic organization noun ("the company" stays the one the document is about)
    heads: dict[str, set[str]] = {}
    for key in named:
        words = key.split()
        if len(words) >= 2 and words[-1].isalpha() and words[-1][:1].isupper() and words[-1].lower() not in ORG_NOUNS:
            heads.setdefault(words[-1].lower(), set()).add(key)
            if len(words) >= 3 and words[-2].isalpha():
                heads.setdefault(" ".join(words[-2:]).lower(), set()).add(key)
    typed.update({head: next(iter(found)) for head, found in heads.items() if len(found) == 1 and head not in typed})
    return TypedOrganizations(typed, first_at)
