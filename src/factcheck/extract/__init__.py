"""Extraction: from a document's text to facts with subjects as written.

:func:`extract_document` is the one entry point; it splits sentences, finds
dates and quantities with deterministic grammars, finds names, tells people
(:mod:`.people`) and the organization a document is about (:mod:`.salience`),
and attributes each value to an entity and an attribute from the rule pack's
vocabulary (:mod:`.subjects`, with market prices' wordings in :mod:`.markets`),
then reads some figures with the figure before them (:mod:`.listed`), as a
site's (:mod:`.sites`), a named structure's (:mod:`.structures`) or a product's (:mod:`.products`).
"""

from __future__ import annotations

import bisect
from collections import Counter
import dataclasses
import re
from typing import NamedTuple

from ..model import EVENT_NOUNS, Document, Fact, attribute_name, base_attribute
from .dates import find_dates
from .deals import deal_named
from .entities import (ORG_NOUN, ORG_NOUNS, ORG_SUFFIXES, ROLE_WORDS, NameMention, after_dateline, find_names, looks_like_person, names_a_thing,
                       sentence_initial_plurals)
from .quantities import MAX_AGE, PART_OF_WHOLE_BEFORE, changed_by, find_quantities
from .sentences import INNER_PERIOD, SentenceScan, mask_inner_periods, split_sentences, unmask
from .clauses import LABEL, before_aside, clause_bounds, label_of
from .contrast import contrasted
from .cues import ANY_CUE, Neighbours, cue_patterns
from .people import SHE_OR_HE, agreeing_people, family_firms, find_persons, last_person_before, person_genders, pronoun_referents
from .listed import read_with_before
from .salience import RELATED_AFTER_POSSESSIVE, aged_organization, outlet_names, salient_organizations, typed_organizations
from .sites import (SITE_FIGURES, SITE_NAMED, SITE_WHICH, at_head_office, named_sites, site_it_stands_for, site_of,
                    site_placed, which_site)
from .staff import counts_no_staff
from .products import named_products, product_figure, product_subject
from .structures import named_structures, structure_figure
from .tallies import Tally, read_tally
from .subjects import (AGED_OPENING, COMBINED, DEAL_NOUNS, FROM_TO_GAP, LOCAL_HEADCOUNT, NOT_PEOPLE, PERSON_NOUN_AFTER,
                       PREPOSITIONS, SINCE_BEFORE, _governed, attribute_fact, per_unit_of)

__all__ = ["extract_document", "Extractor", "common_words"]

# "In 2024, revenue ...", "During fiscal 2025 the group ...": a date that opens the sentence sets its period.
# So does the year before the noun a sentence opens on: "The 2019 heatwave, which ..., killed 143".
DATE_OPENING = re.compile(r"[\"'\u201c(]?(?:(?:in|during|for|by|through|as\sof|at\sthe\s(?:end|start)\sof|the)\s)?(?:fiscal\s)?", re.I)
# "rose 4 percent to $3.4 billion": a change, not a level; it does not keep the cue from the level.
CHANGE_BEFORE = re.compile(r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|climbed|dropped|increased|decreased|grew|jumped|"
                           r"slipped|declined|gained|lost|surged|slumped|plunged|soared|up|down|by)\s(?:only\s|just\s|a\smere\s)?"
                           r"(?:about\s|almost\s|nearly\s|roughly\s)?$")
# "Consumer prices rose 6.1 percent in the year to March": the rise of prices is the inflation rate, a figure itself
PRICES_ROSE = re.compile(r"\bprices\s(?:have\s|had\s)?(?:rose|risen|rise|rises|climbed|increased|grew|jumped)\s(?:by\s)?"
                         r"(?:about\s|almost\s|nearly\s|roughly\s)?$", re.I)
# "£365 million a year earlier": a figure for the year before the one it is compared with.
YEAR_EARLIER = re.compile(r"\s(?:a\syear\s(?:earlier|before|ago)|the\s(?:year\sbefore|previous\syear|prior\syear))\b", re.I)
# "bringing her gift to $265 million", "raised its commitment to €20 million", "cut its forecast for 2025 to":
# the figure replaces an earlier one.
REVISED_BEFORE = re.compile(r"\b(?:bringing|brought|brings|raising|raised|raises|lifting|lifted|increasing|increased|boosting|"
                            r"boosted|lowering|lowered|reducing|reduced|revising|revised|trimming|trimmed|cutting|cut|upping|upped)"
                            r"\s(?:(?:its|her|his|their|the|this|that)\s)?(?:[\w'-]+\s){0,5}?to\s(?:about\s|around\s|roughly\s|some\s)?$",
                            re.I)
# "The offer values the company at ...": after a takeover the document described, what the deal is worth.
NEXT_YEAR = re.compile(r"\bnext\s(?:year|season|financial\syear)\b", re.I)
# "to about 400 by the end of 2027", "a net profit of about €40m in 2026": a year right after the figure (one to come
# when it is after publication)
YEAR_AFTER = re.compile(r"[^.;,\d]{0,25}?\bby\s(?:the\s(?:end|middle|start)\sof\s)?(?:19|20)\d\d\b"
                        r"|\s(?:in|for)\s(?:(?:fiscal|financial\syear)\s)?(?:19|20)\d\d\b(?!\s*(?:,|and)\s*(?:19|20)\d\d)", re.I)
DEAL_VALUES = re.compile(r"\b(?:" + DEAL_NOUNS + r"|offers|offered|proposal|terms)\b[^;:]{0,60}"
                         r"\b(?:values|valued|valuing)\b[^;:]{0,60}$", re.I)
# "turned down €1.9 billion from Brightmoor", "rejected a $38 offer": a deal that did not happen
REFUSED = re.compile(r"\b(?:turned\sdown|rejected|rebuffed|spurned|refused|walked\saway\sfrom|abandoned)\b", re.I)
# "the Dunlarren company", "the Orvale-based group": a place describing an organization named elsewhere, not a name of it.
PLACE_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|its|northern|southern|eastern|western|central)\s$", re.I)
# (but "the Aldmark government" is Aldmark's: a country's government stands for the country)
ORG_NOUN_AFTER = re.compile(r"\s(?!government\b)" + ORG_NOUN + r"\b")
# "the Nordic countries", "the Ardovian town": a word describing a place, no name of its own.
PLACE_NOUN_AFTER = re.compile(r"\s(?:countries|country|states|nations|regions?|towns?|city|cities|coast|markets?|islands|border|"
                              r"capital|villages?|provinces?)\b")
COMBINED_SUBJECT = re.compile(r"\b(?:the|a)\s" + COMBINED + r"\s" + ORG_NOUN
                              + r"\s(?:would|will|is|was|has|had|could|can)\b", re.I)
# "a majority stake", "half of": a deal for part of a company (a percentage before it in the sentence says so too).
PART_WORDS = re.compile(r"\b(?:stake|half|majority|minority)\b", re.I)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")


def _alternatives(body: str) -> list[str] | None:
    """`body` split at its top-level "|", or None if it has groups, classes or escapes but re.escape's and \\w."""
    parts, start, i = [], 0, 0
    while i < len(body):
        if body[i] == "\\":
            if body[i + 1:i + 2].isalnum() and body[i:i + 2] != "\\w":
                return None
            i += 2
            continue
        if body[i] in "()[]{}":
            return None
        if body[i] == "|":
            parts.append(body[start:i])
            start = i + 1
        i += 1
    return parts + [body[start:]]


def fast_cue_pattern(pattern: re.Pattern) -> re.Pattern:
    """The cue pattern ``\\b(?:cue|cue|...)\\b`` with the same matches, tried faster.

    Case-insensitive alternatives are each tried in turn at every word
    boundary, ~140 of them for the shipped rules. Grouped by first letter,
    keeping their order within a group (alternatives with different first
    letters never match at the same place), and behind a lookahead for any
    first letter, a position needs a few tests instead.
    """
    source = pattern.pattern
    alternatives = _alternatives(source[len("\\b(?:"):-len(")\\b")]) if source.startswith("\\b(?:") and source.endswith(")\\b") else None
    if not alternatives or not all(a[:1].isascii() and a[:1].isalnum() for a in alternatives):
        return pattern
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0].lower(), []).append(alternative)
    branches = "|".join(f"{first}(?:{'|'.join(a[1:] for a in group)})" for first, group in groups.items())
    return re.compile(f"\\b(?=[{''.join(groups)}])(?:{branches})\\b", pattern.flags)


# The nouns an earlier event is named by beside the disasters' ("the 2019 outbreak", "That season"), and the opening of
# a sentence about the event the sentence before names ("That outbreak reached 114 cases", "That episode, which ...")
EARLIER_EVENT_NOUN = r"(?:" + "|".join(sorted(EVENT_NOUNS | {"episode", "event", "spill", "strike", "season", "edition", "race"},
                                               key=len, reverse=True)) + r")"
THAT_EVENT = re.compile(r"[\"'\u201c]?That\s(?:" + EARLIER_EVENT_NOUN + r"|one)\b")
# "the 2019 outbreak", "Talcott's 2019 outbreak", "its 2011 spill": an earlier event, named by its year
YEAR_NAMED_EVENT = re.compile(r"\b(?:the|its|their|[A-Z][\w-]*['\u2019]s?)\s((?:19|20)\d\d)\s(?:[a-z-]+\s)?" + EARLIER_EVENT_NOUN + r"\b")


class Extractor:
    """Extraction bound to one rule pack's attribute vocabulary."""

    def __init__(self, attributes=(), common_words: frozenset[str] = frozenset()) -> None:
        """`common_words` are words the corpus writes in lowercase somewhere (see :func:`common_words`): a one-word
        name that opens a sentence and is one of them ("Half the village works there") names nothing, unless the
        document names it again."""
        self.attributes = tuple(attributes)
        self.common_words = common_words
        self.patterns = cue_patterns(self.attributes)
        literals = [c.removesuffix("*") for a in self.attributes for c in a.cues]
        # NOTE: the cue pattern is \b(?:cue|cue\w*|...)\b: a match is a literal part, maybe a word's rest
        self.cue_reach = max(map(len, literals)) if literals and all(literals) else None
        self.fast_cues = fast_cue_pattern(self.patterns[ANY_CUE]) if ANY_CUE in self.patterns else None
        self.cue_word_tail = any(c.endswith("*") for a in self.attributes for c in a.cues)
        self.changing = frozenset(a.name for a in self.attributes if a.changes_with_time and "age" not in a.kinds)
        self.relations = {a.name: True for a in self.attributes if a.relation}
        self.tallies = any(a.name == "tally" for a in self.attributes)
        self.event_attributes = frozenset(a.name for a in self.attributes if a.event)
        self.cue_words = frozenset(c for a in self.attributes for c in a.cues if c.isalpha())

    def extract(self, doc: Document) -> Extraction:
        """All facts in `doc`, in text order, and the names it mentions."""
        text = doc.text
        sentences = split_sentences(text)
        starts = [s for s, _ in sentences]
        newlines = [m.start() for m in _NEWLINE.finditer(text)]

        def sentence_index(offset: int) -> int:
            return max(0, bisect.bisect_right(starts, offset) - 1)

        def sentence_of(offset: int) -> str:
            s, e = sentences[sentence_index(offset)] if sentences else (0, len(text))
            return text[s:e]

        urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if "://" in text or "www." in text else []
        # "https://example.com/news/2025/06/13/...?id=2020%20x": a link's digits are no date and no percentage
        dates = [d for d in find_dates(text, doc.published, sentence_of) if not _inside(urls, d.start)]
        quantities = [q for q in find_quantities(text, blocked=[(d.start, d.end) for d in dates] + urls)
                      if not _inside(urls, q.start)]
        mentions = sorted(
            [(d.start, d.end, d.text, "date", None, d.span, "date") for d in dates]
            + [(q.start, q.end, q.text, q.quantity.kind, q.quantity, None, q.form) for q in quantities],
            key=lambda m: m[0],
        )
        text = mask_inner_periods(text, sentences)  # what follows reads "Brewing Co. for" as one clause
        # "Turnout was 41 percent": a capitalized first word that is a cue of the rule pack names no one
        # and "Underwriters had paid" opens with a plural of people the text capitalizes only there
        lowercase = common_words((text,)) | self.cue_words | sentence_initial_plurals(text)
        outlet = outlet_names(doc.source)  # "The Gazette understands ...": the outlet speaks, it is no subject
        found = [[(n, w) for n, w in _sentence_names(text, s, e, lowercase) if n.name not in outlet] for s, e in sentences]
        # "- Jobs lost: 1,200" opens with a common word, "- Ardlow workforce: 1,450" with a name the text uses elsewhere
        elsewhere = Counter(word for names_of in found for n, _ in names_of for word in n.name.split())
        # "Fashion retailer Pellham Hart said", "Outgoing mayor Tom Benneck": a sentence's first word before a role or
        # a kind of organization and a name describes the name, unless the text names it again ("Meta chief scientist");
        # "Fuel and maintenance costs rose": a common word paired with another
        names = [[n for n, label_word in names_of
                  if not ((label_word or (" " not in n.name and n.start == after_dateline(text, s) and (DESCRIPTOR_AFTER.match(text, n.end)
                                                                                   or COMMON_PAIR_AFTER.match(text, n.end)
                                                                                   or n.name.lower() in self.common_words)))
                          and elsewhere[n.name] < 2)]
                 for names_of, (s, _) in zip(found, sentences)]
        subjects = [_subject(text, s, e, found) for (s, e), found in zip(sentences, names)]
        # "For Imogen Tarrant, the cheque is a budget. The 57-year-old chief executive ...": with no subject of its own,
        # a sentence before "The N-year-old" is about the one person it names, whatever governs the name
        subjects = [subject or (_fronted_person(names[i], sentences[i][0]) if i + 1 < len(sentences) and AGED_OPENING.match(
                        text[sentences[i + 1][0]:sentences[i + 1][1]].lstrip(" \"'\u201c")) else None)
                    for i, subject in enumerate(subjects)]
        name_starts = [[n.start for n in found] for found in names]
        persons = find_persons(text, sentences, names, subjects)
        families = family_firms(text, names, persons)
        # a headline in title case ("Sonnery Labs and Pelliton Devices Settle Earbud Patent Fight") runs its names together
        title = doc.title if doc.title and not is_heading(doc.title) else None
        salient = salient_organizations(text, sentences, names, persons, doc.source, families, title)
        # "the combined airline would have had revenue of ... It will fly 210 aircraft": "it" is the new group, no one named
        salient = [None if i and COMBINED_SUBJECT.search(text, *sentences[i - 1]) else org for i, org in enumerate(salient)]
        # "- 2025 revenue: $1.38 billion": a key-figures list is about the organization the lede names, however often
        # the article goes on to name a rival
        lede = next((org for org in salient[1:3] if org), None)
        salient = [lede if lede and LABEL.match(text, s, e) else org for org, (s, e) in zip(salient, sentences)]
        typed_orgs = typed_organizations(text, names, persons)
        sites = named_sites(text)
        doc_names = {n.name for found in names for n in found}
        about = set(salient)  # the organizations the document is about somewhere, which are no places
        structures = named_structures(text, frozenset(persons))
        products = named_products(text, frozenset(persons))
        last_person = last_person_before(names, persons)
        named_deals = [deal_named(text[s:e], s, found, frozenset(persons), org)
                       for (s, e), found, org in zip(sentences, names, salient)]
        # "She will step down in May. The 53-year-old ...": a sentence led by "she" or "he" is about the person named last
        subjects = [subject or (last_person[i] if not names[i] and SHE_OR_HE.match(text, s) else None)
                    for i, (subject, (s, _)) in enumerate(zip(subjects, sentences))]
        # "He is 48" after a sentence about a woman: the man named before her, when the text gives each their pronoun
        genders = person_genders(pronoun_referents(text, sentences, names, persons), persons) if sentences else {}
        previous_subjects = [subjects[i - 1] if i else None for i in range(len(subjects))]
        if genders:
            previous_subjects = agreeing_people(previous_subjects, text, sentences, names, persons, genders)
            last_person = agreeing_people(last_person, text, sentences, names, persons, genders)

        spans_by_sentence: dict[int, list[tuple[int, int, str, bool]]] = {}  # quantity spans by sentence, by start
        for m in mentions:
            # dates and "the 11-year-old company" claim a cue but do not block one
            # nor do durations ("profit for the three months to March fell to") and changes ("rose 4 percent to $3.4 billion")
            blocks = m[3] not in ("date", "duration") and m[6] != "year-old" and not (
                m[3] == "percent" and CHANGE_BEFORE.search(text, max(0, m[0] - 20), m[0])
                and not PRICES_ROSE.search(text, max(0, m[0] - 40), m[0])) \
                and not changed_by(text, m[0])  # "rose by $40 million to $1.2 billion"
            spans_by_sentence.setdefault(sentence_index(m[0]), []).append((m[0], m[1], m[3], blocks))
        neighbours: dict[int, Neighbours] = {}

        def neighbours_of(index: int, base: int) -> Neighbours:
            """The values of sentence `index`, in sentence offsets, built once per sentence."""
            if index not in neighbours:
                neighbours[index] = Neighbours((a - base, b - base, kind, blocks)
                                               for a, b, kind, blocks in spans_by_sentence.get(index, ()))
            return neighbours[index]

        patterns = self.patterns
        if patterns.get(ANY_CUE) is not None and self.cue_reach is not None:  # NOTE: one per call: it remembers a sentence
            # choose_attribute scans the clause around each value for cues: one scan per sentence instead
            patterns = {**patterns, ANY_CUE: SentenceScan(self.fast_cues, self.cue_reach, self.cue_word_tail)}
        known_persons = frozenset(persons)
        last_index, sentence, one_line = -1, "", ""  # NOTE: one string object per sentence, and its one-line form
        facts: list[Fact] = []
        deals: dict[str, tuple[str, str | None]] = {}  # the last actor and object of each relation, for "the deal"
        merged: list[int] = []  # figures of a merged company told before the takeover that makes it
        takeover: list[tuple[str, str]] = []  # the first price paid for a named company: the takeover the document reports
        # offsets of dates that are facts of their own ("founded in 2015"), or a time a figure is compared with ("the
        # worst since 2019"): not periods
        claimed: set[int] = {d.start for d in dates if SINCE_BEFORE.search(text, max(0, d.start - 8), d.start)}
        founded: dict[int, str] = {}  # year -> the organization the document says was founded then, as read so far
        holders: set[str] = set()  # entities with a stake: a deal of theirs may be for part of a company
        shares_in: set[int] = set()  # sentences with a percentage ("for four-fifths of the club") so far
        same_sentence: dict[str, tuple[int, str]] = {}  # entity -> (sentence index, object) of its last relation figure
        last_tally: tuple[int, Tally] | None = None  # the sentence and reading of the last tally, for "and 18,000 more"
        for start, end, surface, kind, quantity, span, form in mentions:
            index = sentence_index(start)
            s, e = sentences[index] if sentences else (0, len(text))
            if index != last_index:  # mentions are in text order
                last_index, sentence = index, text[s:e]
                one_line = " ".join(sentence.split())
            near = _names_near(names[index], name_starts[index], start, end, e - s) if sentences else []
            attribution = attribute_fact(sentence, s, start, end, kind, form, near,
                                         previous_subjects[index] if sentences else None, self.attributes, patterns,
                                         known_persons, neighbours_of(index, s),
                                         salient[index] if sentences else None,
                                         doc.published.year if doc.published else None,
                                         last_person[index] if sentences else None, typed_orgs, families)
            attribute, why, period = attribution.attribute, attribution.why, attribution.dated
            entity, obj = attribution.entity, attribution.object
            if entity and index and entity == previous_subjects[index] != subjects[index - 1] and "pronoun" in (why or ""):
                why = f"{why}; {entity}, as the pronoun agrees with the one the text uses for {entity}, not {subjects[index - 1]}"
            if period is None and entity is None and attribute and sentences and index \
                    and attribute_name(attribute) in self.event_attributes and (that := THAT_EVENT.match(sentence)) \
                    and (earlier := YEAR_NAMED_EVENT.search(text, *sentences[index - 1])):
                # "The comparison with the 2019 outbreak is stark. That outbreak reached 114 cases": the earlier event's
                period = int(earlier.group(1))
                why = f"{why}; '{that.group(0).strip()}', the event of {period} the sentence before names"
            built = structure_figure(sentence, start - s, end - s, kind, structures) \
                if structures and not attribution.earlier else None
            if built:  # "The dam was completed in 1984 at a cost of $96 million": the dam the document names
                entity, attribute, obj, why = built.entity, built.attribute, None, f"{built.why}: {built.entity}"
            sold = product_figure(sentence, start - s, kind, products) if products and entity is None and not built else None
            if sold:  # "The game was released on Thursday", "The phone costs $899": the product the document names
                entity, attribute, obj, why = sold.entity, sold.attribute, None, sold.why
                if attribute == "price" and (unit := per_unit_of(sentence, end - s)):
                    attribute = f"price (per {unit})"  # "will carry a list price of €1,450 a dose": one dose's price
            if attribute and kind == "count" and quantity is not None and counts_no_staff(attribute, quantity.unit, text[start:end]):
                # "Brenmark's 131,000 employees in 14 countries", "Up to 3,000 construction workers": no one's staff
                attribute, entity, obj, why = None, None, None, f"'{text[start:end]}' counts no organization's staff"
            tally = read_tally(sentence, s, start - s, end - s, quantity.unit, near, salient[index] if sentences else None,
                               known_persons, label_of(sentence, start - s),
                               last_tally[1] if last_tally and last_tally[0] == index else None,
                               product_subject(sentence, start - s, products) if products else None) \
                if self.tallies and attribute is None and (why is None or attribution.things) and kind in ("count", "number") \
                and quantity is not None else None
            if tally:  # "About 1,240 flights were cancelled": a count of things and what happened to them
                entity, attribute, obj, why = tally.owner, f"tally ({tally.qualifier})", None, tally.why
                last_tally = (index, tally)
            if attribution.combined and attribute:  # "1,100 jobs could go across the combined group"
                if takeover:
                    entity, obj, attribute, why = _of_merger(takeover[0], attribute, why, "before it")
                else:
                    merged.append(len(facts))
            elif attribution.refers_back and attribute:
                before = deals.get(base_attribute(attribute)) or (
                    # "Vantel agreed to buy Kestrel ... The deal, worth almost €5 billion": a deal named with no figure
                    next((d for d in reversed(named_deals[:index + 1]) if d), None) if base_attribute(attribute) == "price" else None)
                if before:
                    entity, obj = before
                    why = f"{why}: {entity}" + (f" in {obj}" if obj else "")
                else:
                    attribute, why = None, f"{why}, but none came before: left unplaced"
            elif attribute == "valuation" and "price" in deals and DEAL_VALUES.search(text, max(s, start - 140), start) \
                    and index not in shares_in and not PART_WORDS.search(text, max(s, start - 300), start) \
                    and deals["price"][0] not in holders:
                # but "£138.5 million for four-fifths of the club, a deal that values it at £173 million": the whole club's value
                # "offers €4.65 per share, which values the whole of Skyvane at €1.33 billion": what the takeover is worth
                attribute, (entity, obj) = "price", deals["price"]
                why = f"{why.split(';')[0]}; an offer or deal values it: the deal the document described before, {entity}" \
                    + (f" in {obj}" if obj else "")
            elif entity is None and attribute == "price (per share)" and (before := _deal_before(deals, named_deals, index)):
                # "Corlane agreed to buy Pennock ... Shareholders will receive £3.85 for each share": the deal's price by the share
                entity, obj = before
                why = f"{why}; a price by the share with no buyer named: the deal the document described before, {entity}" \
                    + (f" in {obj}" if obj else "")
            elif entity and attribute and (obj or attribute.endswith(" (per share)")) and self.relations.get(base_attribute(attribute)):
                if obj or not (deals.get(base_attribute(attribute)) or (None, None))[1]:  # keep the deal's object
                    deals[base_attribute(attribute)] = (entity, obj)  # a price with no object or shares is a product's
                if obj and base_attribute(attribute) == "price" and not takeover and not REFUSED.search(text, s, start):
                    takeover.append((entity, obj))  # but "Two years ago Threlfall turned down €1.9 billion from Brightmoor"
            if kind == "date" and attribute and base_attribute(attribute) == attribute and doc.published \
                    and span is not None and span.resolved and span.start > doc.published:
                attribute += " (projected)"  # "will step down on July 31": not yet happened when written
                why = f"{why}, a date after publication"
            plain = base_attribute(attribute or "")
            changing = attribute_name(attribute or "") in self.changing  # "death toll (fish)" changes as "death toll" does
            earlier = attribution.earlier
            compared = next((f for f in reversed(facts) if f.start >= s and f.entity
                             and base_attribute(f.attribute or "") == plain), None) if earlier and attribute and not entity else None
            if compared:  # "The builder ... had revenue of £410 million, up from £365 million": whose the figure it follows is
                entity, obj = compared.entity, compared.object
                why = f"{why}; entity {entity}, as for {compared.text}, the figure it is compared with"
            # "£410 million last year, up from £365 million a year earlier", "after losing €2.6 million the year before":
            # the year before the figure's it follows
            main = next((f for f in reversed(facts) if f.start >= s and f.entity == entity
                         and base_attribute(f.attribute or "") == plain and f.period), None) \
                if changing and not period and kind != "date" and YEAR_EARLIER.match(text, end) else None
            if main:
                period = main.period - 1
                why = f"{why}; period {period}, a year before {main.text}'s"
            elif changing and kind != "date" and not earlier:
                c_start, c_end = clause_bounds(sentence, start - s)
                c_end = before_aside(sentence, end - s, c_end)  # "- Deaths: 19 (Bretta, 2014: 31)": not the aside's year
                compared = neighbours_of(index, s).first_blocking_from(end - s)
                if compared and COMPARED_NEXT.fullmatch(sentence, end - s, compared[0]):
                    c_end = min(c_end, compared[0])  # "about €750 million, well short of the €1.1 billion ... in 2013"
                prior = neighbours_of(index, s).last_blocking_before(start - s)
                if prior and FROM_TO_GAP.fullmatch(sentence, prior[1], start - s):
                    c_start = start - s  # "fell from 10,400 in 2023 to about 9,100 today": the year is the earlier figure's
                other_event = OTHER_EVENT_AFTER.search(sentence, end - s, c_end)
                if other_event:  # "£3.2 million, its largest since Brennock Water was fined £7 million in 2024": not 2024
                    c_end = other_event.start()
                label = label_of(sentence, start - s)  # "- Loss in 2025: £38 million"
                when = YEAR_WHEN.search(text, max(s, start - 160), start)  # "since 2019, when about 2.4 million birds"
                found = _period(dates, s + c_start, s + c_end, start, claimed=claimed) \
                    or _period(dates, s, start, start, text, claimed) \
                    or (int(when.group(1)) if when else None) \
                    or (_period(dates, s + label[0], s + label[1], start, claimed=claimed) if label else None)
                period = period or found
                if found and not attribution.dated:  # "revenue of $310 million in 2024" is not compared with 2025's
                    why = f"{why}; period {period} from the same sentence"
                if found and period == found and doc.published and period > doc.published.year and attribute \
                        and base_attribute(attribute) == attribute and _next_year_of(sentence, c_start, c_end, start - s, end - s):
                    attribute += " (projected)"  # "puts the shortfall next year closer to €300 million": a forecast
                    why = f"{why}, next year's"
            attribute, entity, obj, period, why = read_with_before(
                text, facts, near, s, e, start, end, kind, attribute, entity, obj, period, why,
                attribution.refers_back, known_persons, quantity.unit if quantity is not None else None, self.attributes)
            local_staff = attribute == LOCAL_HEADCOUNT  # the staff of one place: all the staff of a site it names
            owner = (entity if entity and entity not in known_persons else salient[index] if sentences else None) \
                if attribute and (base_attribute(attribute) in SITE_FIGURES or local_staff) else None
            which = SITE_WHICH.search(text, max(s, start - 60), start) if owner else None
            placed = site_placed(entity, sites) if owner and owner == entity and entity not in about \
                and not any(other.startswith(f"{entity} ") for other in doc_names) else None
            site = None
            # "Production at Greyfield, which employs about 900 workers": the Greyfield plant's, not Greyfield's, and the
            # organization's the sentence names before it, or the one the document is about
            placed_owner = next((n.name for n in names[index] if n.start < start and n.name not in known_persons
                                 and n.name != entity and not site_placed(n.name, sites)), salient[index]) if placed else None
            about_site = site_of(text, s, start, sites) if owner and not placed_owner and not which else None
            if about_site is None and owner and not placed_owner and not which and sentences and "'it'" in (why or ""):
                about_site = site_it_stands_for(text, sentences, index, start, sites)  # "It employs 780 people"
            named, site_at = about_site or (None, None)
            if placed_owner:
                site, owner = placed, placed_owner
            elif owner and (which or not entity):
                site = which_site(which, sites) if which else named
            elif owner and salient[index] and named \
                    and (named.startswith(f"{entity} ") or salient[index].split()[0] == entity
                         or entity == salient[index] or site_at == entity):
                # "The company's Kessington plant now employs": not Kessington's; "The plant, Korvel's first, opened": the
                # site's, not the organization's; "The plant on the Norbury Road estate employs": not Norbury Road's
                site, owner = named, salient[index]
            if owner and not site and at_head_office(text, s, start, end):
                site = "head office"  # "its head office on Mill Road employed 150 people": not the whole company's staff
            if site:  # "The plant employs 1,450 workers", "the plant, which employed 382 people"
                # but "the Vessani Chemicals plant" names its owner already
                entity = site if site.split()[0] == owner.split()[0] else f"{owner} {site}"
                attribute = "headcount" if local_staff else attribute
                why = f"{why}; entity {entity}, the site the sentence is about, of {owner}"
            if entity and attribute and not obj and self.relations.get(base_attribute(attribute)) \
                    and same_sentence.get(entity, (None, None))[0] == index and not UNNAMED_OBJECT_AFTER.match(text, end):
                # but "owns a fifth of Tolvern and will hold a quarter of the new mine": an object of its own, unnamed
                obj = same_sentence[entity][1]  # "poured $14 billion into Scale AI to buy a 49 percent stake": the same party
                why = f"{why}; object {obj}, as for {entity}'s figure before it in the sentence"
            elif entity and obj and self.relations.get(base_attribute(attribute or "")):
                same_sentence[entity] = (index, obj)
            aged = aged_organization(text, (s, e), start, founded, doc.published.year) \
                if founded and doc.published and not any(n.name == entity for n in near) else None
            if aged and aged != entity and (attribute or kind == "age"):
                # "Bramwell was founded in 1923 ... Today the 103-year-old chain has 390 shops": Bramwell's shops
                entity, attribute = aged, attribute or "age"
                why = f"{why}; entity {aged}, which the document says was founded as many years ago as 'the N-year-old' says"
            if kind == "date" and attribute == "founding" and entity and entity not in known_persons \
                    and span is not None and span.resolved:
                founded.setdefault(span.start.year, entity)
            if kind == "date" and attribute:
                claimed.add(start)
            if entity and base_attribute(attribute or "") == "stake":
                holders.add(entity)
            if (attribution.kind or kind) == "percent":
                shares_in.add(index)
            revised = REVISED_BEFORE.search(text, max(s, start - 60), start) if attribute else None
            suppressed = next((reason for what, reason in doc.suppressions
                               if attribution.attribute and what in ("all", plain)), None)
            line_index = bisect.bisect_left(newlines, start)
            line_start = newlines[line_index - 1] + 1 if line_index else 0
            facts.append(Fact(
                id=f"{doc.id}:{start}", document=doc.id, start=start, end=end,
                line=doc.line_offset + (1 if doc.one_line else line_index + 1),
                column=start + 1 if doc.one_line else start - line_start + 1,
                text=surface, sentence=one_line, kind=attribution.kind or kind,
                quantity=_as_kind(quantity, attribution.kind), date=span,
                published=doc.published, entity=entity, attribute=attribute,
                object=obj, why=why, suppressed=suppressed, period=period,
                revised=" ".join(revised.group(0).split()) if revised else None, earlier=earlier,
            ))
        for i in merged:  # the takeover is described only after the figure, or not at all
            if takeover:
                entity, obj, attribute, why = _of_merger(takeover[0], facts[i].attribute, facts[i].why, "after it")
            else:  # "up to 1,200 jobs could go across the merged group": the corpus may say whose takeover it is
                base = base_attribute(facts[i].attribute)
                entity, obj, attribute, why = None, None, f"{base} (combined){facts[i].attribute[len(base):]}", facts[i].why
            facts[i] = dataclasses.replace(facts[i], entity=entity, object=obj, attribute=attribute, why=why)
        facts = contrasted(facts)  # "The club's €540 million, three times Kellmoor's €188 million": not Kellmoor's
        mentions = Counter(name.name for found in names for name in found)
        spans = tuple(sorted((name.start, name.name) for found in names for name in found if " " in name.name))
        persons.update(f.entity for f in facts if f.kind == "age" and f.entity and not (
            (noun := PERSON_NOUN_AFTER.match(text, f.end)) and noun.group(1).lower() in NOT_PEOPLE)  # "the 142-year-old museum"
            and f.entity.rsplit(None, 1)[-1].lower() not in ORG_SUFFIXES  # "the 39-year-old Sundale Air"
            and not (f.quantity is not None and f.quantity.value > MAX_AGE))  # "the 142-year-old daily": no one's age
        pronouns = pronoun_referents(text, sentences, names, persons)
        first_seen: dict[str, int] = {}
        for found in names:
            for name in found:
                first_seen.setdefault(name.name, name.start)
        extraction = Extraction(tuple(facts), frozenset(mentions), frozenset(persons), spans, tuple(sorted(mentions.items())),
                                pronouns, tuple(sorted(first_seen.items())))
        return _unmasked(extraction) if text is not doc.text else extraction


def _unmasked(extraction: Extraction) -> Extraction:
    """`extraction` with every period inside a sentence written as a period again, in names and in facts."""
    def fact(f: Fact) -> Fact:
        changed = {field.name: unmask(value) for field in dataclasses.fields(f)
                   if isinstance(value := getattr(f, field.name), str) and INNER_PERIOD in value}
        return dataclasses.replace(f, **changed) if changed else f
    facts, names, persons, spans, mentions, pronouns, first_seen = extraction
    return Extraction(tuple(map(fact, facts)), frozenset(map(unmask, names)), frozenset(map(unmask, persons)),
                      tuple((at, unmask(name)) for at, name in spans),
                      tuple(sorted((unmask(name), n) for name, n in mentions)),
                      tuple(tuple(unmask(v) if isinstance(v, str) else v for v in p) for p in pronouns),
                      tuple(sorted((unmask(name), at) for name, at in first_seen)))


def _next_year_of(sentence: str, c_start: int, c_end: int, s: int, e: int) -> bool:
    """Whether "next year" in the clause is the figure at `s:e`'s, with no other figure between them ("the shortfall
    next year closer to €300 million", but not "from about 430 people to roughly 600 by the end of next year"), or a year
    follows right after it ("to about 400 by the end of 2027", but not "employs 1,350 people and plans to ... by 2030",
    nor the whole in "to cut about 2,100 of its 31,500 jobs by 2028")."""
    m = NEXT_YEAR.search(sentence, c_start, c_end)
    if m is not None:
        between = sentence[e:m.start()] if m.start() >= e else sentence[m.end():s]
        return not any(ch.isdigit() for ch in between)
    by = YEAR_AFTER.match(sentence, e, c_end)
    return by is not None and " and " not in by.group(0) and not PART_OF_WHOLE_BEFORE.search(sentence, max(0, s - 40), s)


def _of_merger(deal: tuple[str, str], attribute: str, why: str | None, when: str) -> tuple[str, str, str, str]:
    """(entity, object, attribute, why) of a figure of the company a takeover (buyer, target) makes."""
    base = base_attribute(attribute)
    return deal[0], deal[1], f"{base} (combined){attribute[len(base):]}", \
        f"{why}: of {deal[0]} and {deal[1]} together, the takeover the document describes {when}"


def _sentence_names(text: str, start: int, end: int, lowercase: frozenset[str]) -> list[tuple[NameMention, bool]]:
    """The names of one sentence; none in a heading or a wire dateline, none for a place describing a kind ("the Dunlarren company").

    Each comes with whether it is a one-word name that opens a list label ("Debts" of "- Debts: £230 million"),
    a name only if the text names it elsewhere.
    """
    if is_heading(text[start:end]):
        return []
    start = after_dateline(text, start)  # what follows a dateline opens the sentence: "LONDON - Officials said"
    label = LABEL.match(text, start, end)
    opening_word = label.start("label") if label else None  # "- Jobs lost: 1,200", "- Debts: £230 million"
    return [(n, n.start == opening_word and " " not in n.name and not n.possessive)  # but "- Tervane's price:"
            for n in find_names(text, start, end, lowercase)
            if not (PLACE_MODIFIER_BEFORE.search(text, max(start, n.start - 4), n.start)
                    and (ORG_NOUN_AFTER.match(text, n.end) or (" " not in n.name and PLACE_NOUN_AFTER.match(text, n.end))))]


_NEWLINE = re.compile("\n")
# "the worst outbreak since 2019, when about 2.4 million birds were culled": the year the clause after it is of, though
# an apposition comes between ("since 2017, when another ship, the Corran Bay, ran aground and 9 people died")
YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d),\s(?:when|as)\s[^;.]{0,140}$")
# "since Brennock Water was fined", "when the company last raised prices": another event, with a subject of its own,
# whose date is not the figure's (but "since 2019", "since the start of 2024" give the figure's own time)
OTHER_EVENT_AFTER = re.compile(r"\s(?:since|when|after)\s(?:(?-i:[A-Z])[\w&'\u2019-]*|the\s(?!start|end|beginning|middle)[a-z]+|it|they)\s"
                               r"(?:[\w&'\u2019-]+\s){0,3}?(?:was|were|had|has|is|did|[a-z]+ed)\b")
# What leads from a figure to one it is compared with, whose year is its own: ", well short of the", ", against", " than"
COMPARED_NEXT = re.compile(r"[^.;]{0,40}?\b(?:against|than|compare[sd]?\s(?:with|to)|versus|short\sof|up\sfrom|down\sfrom|above|below)\s"
                           r"(?:the\s|a\s|its\s|their\s)?[^\d]{0,12}")
# "a quarter of the new mine", "a 25 percent interest in the mine": a figure's own object, a thing with no name
# (but "a 49 percent stake in the company" is in the organization named before)
UNNAMED_OBJECT_AFTER = re.compile(r"(?:\s(?:stake|interest|holding|share))?\s(?:of|in)\s(?:the|its|their|this|that|a|an)\s"
                                  r"(?!(?:[a-z-]+\s){0,2}?" + ORG_NOUN + r"\b)(?:[a-z-]+\s){0,2}?[a-z-]+\b(?!\s[A-Z])")
DESCRIPTOR_AFTER = re.compile(r"\s(?:" + "|".join(sorted(map(re.escape, (ROLE_WORDS | frozenset(ORG_NOUNS)) - {"mr", "mrs", "ms", "dr"}),
                                                                     key=len, reverse=True)) + r")\s(?-i:[A-Z])", re.I)
# "Fuel and maintenance costs", "Tourism and fishing": a sentence's first word joined to a common word (not "Meta and
# its partners")
COMMON_PAIR_AFTER = re.compile(r"\s(?:and|or)\s(?!(?:its|their|the|a|an|his|her|other|rival|partner|partners|parent|owner)\b)"
                               r"[a-z]")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'\])]+", re.I)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` falls within one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
LONG_SENTENCE = 4000
"""A "sentence" longer than this is text with no sentence breaks: a figure is read with the names near it only."""
NAME_REACH = 2000


def _names_near(names: list[NameMention], starts: list[int], start: int, end: int, length: int) -> list[NameMention]:
    """The names of a sentence, or in a run of text with no sentence breaks, those within reach of the figure:
    a 20 MB line stays linear. `starts` are the names' offsets, in text order."""
    if length <= LONG_SENTENCE:
        return names
    return names[bisect.bisect_left(starts, start - NAME_REACH):bisect.bisect_right(starts, end + NAME_REACH)]


def _fronted_person(names: list[NameMention], start: int) -> str | None:
    """The name a sentence opens with ("For Imogen Tarrant, ..."), if it looks like a person's."""
    first = names[0] if names else None
    return first.name if first and first.start - start <= 20 and not first.possessive and looks_like_person(first.name) else None


# Words that govern a name that is not a sentence's subject: "A week after the ARDEN-3 results, Bellacourt is".
SUBJECT_PREPOSITIONS = PREPOSITIONS + ("after", "before", "since", "during", "despite", "following", "until", "amid", "among",
                                       "without", "within", "behind", "beside")


# "the company's new Westhaven fab", "its Harth plant": whose the site is, before its name
OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her)|['\u2019]s)\s(?:[a-z]+\s){0,2}$")


def _subject(text: str, start: int, end: int, names: list[NameMention]) -> str | None:
    """The first name of a sentence no preposition governs: the sentence's subject, as a later "She" reads it. The name
    of someone's site is not ("whether the company's new Westhaven fab will arrive in time")."""
    subject = next((name for name in names if not _governed(text[start:end], name, start, SUBJECT_PREPOSITIONS, past_article=True)
                    and not names_a_thing(text, name)
                    and not (SITE_NAMED.match(text, name.end, end) and OWNER_BEFORE.search(text, max(start, name.start - 30), name.start))),
                   None)
    if subject is not None and subject.possessive:  # "Kitchenlark's rival SimmerBox, the category leader, is": the rival
        subject = next((n for n in names if RELATED_AFTER_POSSESSIVE.fullmatch(text, subject.end, n.start)), subject)
    return subject.name if subject is not None else None


def _period(dates, sentence_start: int, sentence_end: int, offset: int, text: str | None = None,
            claimed: frozenset[int] | set[int] = frozenset()) -> int | None:
    """The year of the date nearest `offset` within [start, end), when it lies within one year.

    `dates` is sorted by offset. With `text`, only a date that opens the
    sentence counts ("In 2024, revenue ..."), not one another verb governs
    ("Founded in 1952, Maskell employs ..."). Dates at the offsets in
    `claimed` are another fact's ("was founded in 2015 and has 3,000 employees").
    """
    first = bisect.bisect_left(dates, sentence_start, key=lambda d: d.start)
    last = bisect.bisect_left(dates, sentence_end, key=lambda d: d.start)
    near = [d for d in dates[first:last] if d.span.resolved and d.span.start.year == d.span.end.year
            and d.start not in claimed and (text is None or DATE_OPENING.fullmatch(text, sentence_start, d.start))]
    if not near:
        return None
    return min(near, key=lambda d: abs(d.start - offset)).span.start.year


def _as_kind(quantity, kind: str | None):
    if quantity is None or kind is None or quantity.kind == kind:
        return quantity
    return dataclasses.replace(quantity, kind=kind)


def _deal_before(deals: dict, named_deals: list, index: int) -> tuple[str, str] | None:
    """(buyer, target) of the deal between two parties the document described up to sentence `index`: a price with an
    object, else a deal a sentence named without a figure; never a listing's price, which has no object."""
    price = deals.get("price")
    if price and price[1]:
        return price
    return next((d for d in reversed(named_deals[:index + 1]) if d), None)


def is_heading(sentence: str) -> bool:
    """A title-case line with no closing punctuation: its capitals are style, not names."""
    if sentence.lstrip().startswith("#"):
        return True
    label = LABEL.match(sentence)
    sentence = sentence[label.end():] if label else sentence  # "- Successor: Odile Brassington, 49": a list item's value
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", sentence)
    if len(words) < 3 or sentence.rstrip().endswith((".", "?", "!", '"', ":", ",")):
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


class Extraction(NamedTuple):
    """What extraction found in one document."""

    facts: tuple[Fact, ...]
    names: frozenset[str]
    """Every name mentioned, for resolving surnames across documents."""
    persons: frozenset[str]
    """Names the text shows to be people (a role word before, an age, "who" after)."""
    full_names: tuple[tuple[int, str], ...] = ()
    """(offset, name) of every multi-word name, for reading surnames by the nearest full name."""
    mentions: tuple[tuple[str, int], ...] = ()
    """(name, times mentioned) for every name, sorted by name."""
    pronouns: tuple[tuple[int, str, str], ...] = ()
    """(offset, name, "he" or "she") for person mentions a personal pronoun refers back to."""
    first_seen: tuple[tuple[str, int], ...] = ()
    """(name, offset of its first mention) for every name, sorted by name."""


def common_words(texts) -> frozenset[str]:
    """The words written in lowercase anywhere in `texts` (a corpus): "half", "local", "finance"."""
    return frozenset(w.lower() for text in texts for w in _LOWER_WORD.findall(text))


def extract_document(doc: Document, attributes=()) -> Extraction:
    """Facts in `doc` using the given attribute definitions."""
    return Extractor(attributes).extract(doc)
