"""Counts of things that something happened to, which no attribute of the rule pack names.

"About 1,240 flights were cancelled", "stranding 86,000 passengers", "35 tonnes of solvent leaked",
"Kormoss won 14,520 votes": the things counted and what happened to them name the figure, and
two sources that count the same things done the same thing can be compared. The reading is the
rule pack's `tally` attribute, qualified by the things and the verb as a past participle:
"tally (flights cancelled)", "tally (passengers stranded)", "tally (votes won)".

It is conservative: a count is a tally only when a verb takes it as its object or its subject
right beside it, or when it is a count of things left without a utility ("40,000 homes without
power"). The tally is the story's (an event figure), or the name's that is the subject of the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import DATELINE, EVENT_NOUN, NAMED_EVENT, ORG_NOUN, NameMention
from .quantities import PART_OF_WHOLE_BEFORE, QUALIFIER_WORDS

# Simple past and participle forms that do not end in "-ed", and the participle each stands for.
IRREGULAR = {
    "sold": "sold", "won": "won", "lost": "lost", "left": "left", "built": "built", "cut": "cut", "shut": "shut",
    "hit": "hit", "kept": "kept", "held": "held", "made": "made", "took": "taken", "taken": "taken", "gave": "given",
    "given": "given", "sent": "sent", "spent": "spent", "brought": "brought", "bought": "bought", "flew": "flown",
    "flown": "flown", "struck": "struck", "sank": "sunk", "sunk": "sunk", "drove": "driven", "driven": "driven",
    "caught": "caught", "found": "found", "stole": "stolen", "stolen": "stolen", "shot": "shot", "broke": "broken",
    "broken": "broken", "threw": "thrown", "thrown": "thrown", "dug": "dug", "laid": "laid", "paid": "paid",
    "saw": "seen", "seen": "seen", "wrote": "written", "written": "written", "drew": "drawn", "drawn": "drawn",
    "grew": "grown", "grown": "grown", "shown": "shown", "ran": "run", "swept": "swept", "tore": "torn", "torn": "torn",
    "froze": "frozen", "frozen": "frozen", "chose": "chosen", "chosen": "chosen", "fed": "fed", "fled": "fled",
    "rebuilt": "rebuilt", "withdrew": "withdrawn", "withdrawn": "withdrawn", "overtook": "overtaken",
    "stuck": "stuck", "spread": "spread", "cast": "cast", "burnt": "burned",
}
IRREGULAR_ING = {
    "selling": "sold", "winning": "won", "losing": "lost", "leaving": "left", "building": "built", "cutting": "cut",
    "shutting": "shut", "hitting": "hit", "keeping": "kept", "holding": "held", "making": "made", "taking": "taken",
    "giving": "given", "sending": "sent", "spending": "spent", "bringing": "brought", "buying": "bought",
    "flying": "flown", "striking": "struck", "sinking": "sunk", "driving": "driven", "catching": "caught",
    "finding": "found", "stealing": "stolen", "shooting": "shot", "breaking": "broken", "throwing": "thrown",
    "digging": "dug", "laying": "laid", "paying": "paid", "seeing": "seen", "writing": "written", "drawing": "drawn",
    "growing": "grown", "running": "run", "sweeping": "swept", "tearing": "torn", "freezing": "frozen",
    "choosing": "chosen", "feeding": "fed", "fleeing": "fled", "spreading": "spread", "casting": "cast",
}
# Words in "-ed" or "-ing" that say how a figure is known or what it is part of, not what happened to the things:
# "an estimated 46,000", "including 300 children", "bringing the total to".
NOT_DONE = frozenset({
    "estimated", "expected", "projected", "reported", "believed", "thought", "said", "needed", "required", "compared",
    "added", "combined", "owned", "based", "related", "listed", "ranked", "aged", "limited", "dedicated", "forecast",
    "totalled", "totaled", "numbered", "exceeded", "surpassed", "reached", "topped", "passed", "doubled", "tripled",
    "increased", "decreased", "reduced", "raised", "lowered", "revised", "counted",
    "included", "involved", "involving", "concerned", "valued", "priced", "insured", "used", "planned", "proposed", "promised", "pledged", "targeted",
    "including", "excluding", "during", "according", "following", "totalling", "totaling", "numbering", "bringing",
    "making", "taking", "pushing", "lifting", "raising", "putting", "reaching", "exceeding", "topping", "passing",
    "concerning", "nothing", "something", "morning", "evening", "remaining", "outstanding",
    "existing", "rising", "falling", "being", "having", "seeing", "adding", "comparing", "representing",
    "employed", "employing", "killed", "killing", "injured", "injuring", "wounded", "hurt",
    "left", "leaving",  # "left 40,000 homes without power" is read by its "without"
    "built", "made", "found", "held", "kept", "given", "taken", "seen", "shown", "paid", "spent",
})
# Verbs news writers use for one outcome, and the one the tally names: "leaked", "spilled" and "escaped" are one spill.
SAME_OUTCOME = {
    "leaked": "spilled", "spilt": "spilled", "escaped": "spilled", "discharged": "spilled",
    "shipped": "sold",
    "scrapped": "cancelled", "grounded": "cancelled",
    "displaced": "evacuated", "relocated": "evacuated", "fled": "evacuated", "moved": "evacuated",
    "flattened": "destroyed", "razed": "destroyed", "levelled": "destroyed", "leveled": "destroyed",
    "hospitalized": "hospitalised", "admitted": "hospitalised",
    "sickened": "infected", "detained": "arrested", "saved": "rescued",
    "received": "won", "secured": "won", "polled": "won", "garnered": "won", "gained": "won",
    "hit": "affected", "shut": "closed",
}
# Adverbs and auxiliaries between a count and its verb: "flights were also cancelled", "homes have now been destroyed".
AUX = r"(?:(?:were|was|had|have|has|are|is|been|being|be|had\s+to\s+be|have\s+had\s+to\s+be|will\s+be|would\s+be|could\s+be)\s+)"
ADVERB = r"(?:(?:also|now|already|still|reportedly|later|since|all|so\s+far|officially|eventually|subsequently)\s+)"
_IRREGULAR_WORDS = "|".join(sorted(IRREGULAR, key=len, reverse=True))
VERB_WORD = r"(?P<verb>[a-z]+ed|" + _IRREGULAR_WORDS + r")\b"
# "flights were cancelled", "35 tonnes of solvent leaked", "passengers who were stranded"
# "40 homes there had been destroyed", "1,180 flights across the region were cancelled": where, between count and verb
WHERE = r"(?:\s+(?:there|here|nationwide|in\s+all|in\s+total|(?:across|around|in)\s+the\s+(?:region|country|island|city|town|area)))"
VERB_AFTER = re.compile(r"(?:\s+of(?:\s+[a-z-]+){1,4}?)?" + WHERE + r"?\s+(?:(?:who|that|which)\s+)?" + AUX + r"{0,2}" + ADVERB + r"?"
                        + VERB_WORD)
# "stranding 86,000 passengers", "Kormoss won 14,520 votes", "cancelled about 1,240 flights"
VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+(?:ed|ing)|" + _IRREGULAR_WORDS + r")\s+$")
# "handled 2.6 million passengers", "flew 6.8 million": the traffic an airport, airline or line carries, one tally
CARRIED = frozenset({"carried", "handled", "flown", "transported"})
TRAVELLERS = frozenset({"passengers", "people", "travellers", "travelers", "riders", "commuters", "containers", "vehicles"})
# "It carries about 2.3 million passengers a year", "handles 40,000 containers a day": the traffic an operator carries
# in every period, told in the present; the verb takes a count only with the period after it
CARRIES_BEFORE = re.compile(r"\b(?P<verb>carries|carry|handles|handle|flies|fly|transports|transport)\s+$")
PER_PERIOD_AFTER = re.compile(r"\s+(?:(?:a|per|each|every)\s+(?:year|day|week|month)|annually)\b")
# "Brisa Air, which carried 38 million passengers last year": the name a relative clause is about carried them
RELATIVE_SUBJECT_GAP = re.compile(r",\s+(?:which|that)\s+(?:(?:has|had|have|also|now|already)\s+){0,2}")
# "The airline, which flew 6.8 million passengers" (but not "The larger carrier, which flew": another one)
ORG_RELATIVE = re.compile(r"\b(?:the|its)\s+(?!(?:larger|smaller|bigger|rival|other|competing)\s)(?:[a-z-]+\s+)?" + ORG_NOUN
                          + r",\s+(?:which|that)\s+(?:(?:has|had|have|also|now|already)\s+){0,2}$", re.IGNORECASE)
# "homes had been damaged", "flights were cancelled": a finite verb after the count, which makes the count the subject of
# a reported clause ("said 12,000 homes had been damaged"), not the people a report comes from
FINITE_AFTER = re.compile(WHERE + r"?\s+" + AUX + r"{1,2}" + ADVERB + r"?" + VERB_WORD)
# "Korvel is recalling 38,400 vehicles": a verb in "-ing" after a form of "be" has the clause's subject
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:also|now|still)\s+)?$")
# "Marrach said a chartered catamaran would run a service, carrying": a reported clause with a subject of its own
REPORTED_CLAUSE = re.compile(r"\b(?:said|says|told|announced|added|that|which|who|where)\b")
# ", killing 23 people and stranding 86,000 passengers": a second participle clause joined to a first
JOINED = re.compile(r",\s+(?:[a-z]+\s+){0,2}?[a-z]+ing\s[^,;]*\band\s+$")
# "ordered the culling of about 610,000 birds": the act done to the things, named as a noun
NOMINAL_BEFORE = re.compile(r"\bthe\s+(?P<verb>[a-z]+ing)\s+of\s+$")
# "- Birds culled: more than 1.9 million": a line's label naming the things and what happened to them
LABEL_TALLY = re.compile(r"(?P<things>[A-Za-z]+(?:\s[a-z]+){0,2}?)\s(?P<verb>[a-z]+)")
# "and more than 21,000 damaged": a bare figure and the verb after it, the things of the tally before it
ELIDED_AFTER = re.compile(r"\s+" + ADVERB + r"?" + VERB_WORD + r"(?=\s*(?:[,.;)]|\s(?:according|across|in|on|by|as)\b|$))")
# "destroyed 4,300 homes and damaged 18,000 more": the verb before a bare figure and "more" after it
ELIDED_MORE = re.compile(r"\s+(?:more|others|further)\b")
# "40,000 homes without power", "left about 18,000 residents downstream without drinking water"
WITHOUT = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:(?:were|are|was|is|remain|remained|remaining|still|left)\s+){0,2}without\s+"
                     r"(?:[a-z]+\s+)?(?P<what>power|water|electricity|heating|heat|gas|shelter|food|internet|phone\s+service)\b")
# A subject that makes the verb the event's: "The storm cancelled", "the eruption forced". An "-ing" verb after a
# comma has the sentence's subject: "..., stranding 86,000 passengers".
EVENT_SUBJECT = re.compile(r"\b(?:storm|quake|earthquake|eruption|fire|wildfire|blaze|flood|floods|flooding|heatwave|strike|"
                           r"outage|attack|spill|leak|explosion|blast|collapse|crash|derailment|closure|closures|recall|"
                           r"hurricane|typhoon|cyclone|tornado|avalanche|landslide|drought|snow|snowfall|ash|cloud|"
                           r"disruption|shutdown|walkout|breach|outbreak|virus|disease|epidemic|pandemic)s?\s+(?:has\s+|had\s+|have\s+)?"
                           + ADVERB + r"?$",
                           re.IGNORECASE)
# "The Selby Gap fire of 2009 burned", "the Ashcombe Ridge fire, the worst in a decade, has destroyed": a named event,
# dated or told in an aside, as the verb's subject
NAMED_EVENT_GAP = re.compile(r"(?:\s(?:of|in)\s(?:19|20)\d\d)?(?:,\s[^,;]{1,80},)?\s" + AUX + r"{0,2}" + ADVERB + r"?")
# "A wildfire fanned by hot winds had burned": an event opening the sentence, and what drove or started it
EVENT_OPENING = re.compile(r"\W*(?:the|a|an)\s(?:[a-z-]+\s)?" + EVENT_NOUN + r"\s(?:[a-z]+ed|[a-z]+en|fed|blown)\s(?:by|in|on|along)\s"
                           r"(?:[a-z-]+\s){1,4}?" + AUX + r"?$", re.IGNORECASE)
# "212 homes the fire has destroyed", "the 40 homes that the flood damaged": things an event did something to,
# told in a clause after them
EVENT_DID = re.compile(r"\s(?:(?:that|which)\s)?(?:the|its)\s(?:[a-z-]+\s)?" + EVENT_NOUN + r"\s" + AUX + r"{0,2}" + ADVERB + r"?"
                       + VERB_WORD, re.IGNORECASE)
# "the number of homes destroyed at 231", "the number of people evacuated rose to 11,000": the things and the verb, named
# before the figure
NUMBER_OF = re.compile(r"\b[Tt]he\s(?:total\s)?number\sof\s(?P<things>[a-z]+)\s(?P<verb>[a-z]+ed|" + _IRREGULAR_WORDS + r")\s"
                       r"(?:(?:has|had|have)\s)?(?:(?:rose|risen|climbed|jumped|grew|stood|stands|reached|is|was)\s)?(?:at|to)\s"
                       + QUALIFIER_WORDS + r"$")
# Crews an event brings out: "1,340 firefighters were still on the lines", "more than 600 rescuers"
RESPONDERS = frozenset({"firefighter", "fire-fighter", "rescuer", "paramedic", "responder", "lifeguard"})
# "forced 2,000 people from their homes": an evacuation
FROM_HOMES = re.compile(r"\s(?:out\s)?(?:of|from)\s(?:their|his|her)\s(?:homes?|houses?)\b")
# "burned 14,000 hectares and destroyed 140 homes": a second verb of the subject of the tally before it
AND_VERB = re.compile(r"\s(?:and|as\s+well\s+as)\s+(?:also\s+)?$")
# "The company shipped", "It sold": the organization the document is about, when the sentence names no one.
ORG_SUBJECT = re.compile(r"(?:\b(?:the|its)\s+(?:[a-z-]+\s+)?" + ORG_NOUN + r"|\bit)\s+(?:(?:has|had|have|also|now|already)\s+){0,2}$",
                         re.IGNORECASE)
# "When it last woke, about 300 flights were cancelled": a count of an earlier time the event came.
EARLIER_TIME = re.compile(r"\b(?:when\s+(?:it|they|he|she|the\s+[a-z]+)\s+last|the\s+last\s+time|last\s+time|the\s+previous|"
                          r"years\s+ago|decades?\s+ago)\b", re.IGNORECASE)
# "according to two people who read it": the sources of a report, not a count of anything.
SOURCES_BEFORE = re.compile(r"\b(?:according\s+to|told|said)\s+$", re.IGNORECASE)
REACH = 300
"""How far (characters) before a count the words that make it a tally are looked for."""
# "The 7:42 service from Kellow to Port Averil was carrying": a name after a preposition is no subject
AFTER_PREPOSITION = re.compile(r"\b(?:to|from|in|at|of|for|by|with|near|into|on)\s+$", re.IGNORECASE)
NAME_SUBJECT_GAP = re.compile(r"[\"\u201d]?\s+(?:(?:has|had|have|also|now|already|eventually|then|only)\s+){0,2}")
# Things that people are: one tally for residents, people and inhabitants.
PEOPLE = frozenset({"people", "person", "resident", "inhabitant", "villager", "local", "citizen"})
IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "foot": "feet", "tooth": "teeth",
                     "mouse": "mice", "goose": "geese", "ox": "oxen", "life": "lives", "leaf": "leaves",
                     "shelf": "shelves", "wolf": "wolves", "calf": "calves", "half": "halves"}
# Units whose count is no thing an event touches: "three times", "two seasons", "6 goals".
NOT_THINGS = frozenset({"time", "season", "night", "day", "week", "month", "year", "hour", "minute", "second", "point",
                        "other", "one", "percent", "percentage", "degree", "mark", "goal", "share", "mph",
                        # "Varn recorded 42 centimetres of snow": a length or a depth, no things counted
                        "centimetre", "centimeter", "millimetre", "millimeter", "inch"})


@dataclass(frozen=True, slots=True)
class Tally:
    """A tally the sentence tells: its qualifier, its owner if a name is the verb's subject, and why."""

    qualifier: str
    owner: str | None
    why: str


def participle(verb: str) -> str | None:
    """The past participle a verb form stands for, or None for a word that says nothing happened to the things."""
    word = verb.lower()
    if word in NOT_DONE:
        return None
    if word in IRREGULAR or word in IRREGULAR_ING:
        done = IRREGULAR.get(word) or IRREGULAR_ING[word]
        return SAME_OUTCOME.get(done, done)
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        if stem.endswith("y") and stem[-2] not in "aeiou":
            return stem[:-1] + "ied"
        word = stem + "ed"
    elif not word.endswith("ed") or len(word) < 5:
        return None
    # "canceled" and "cancelled" are one verb
    word = re.sub(r"(?<=[^aeiou]e)led$", "lled", word)
    return SAME_OUTCOME.get(word, word)


def plural(unit: str) -> str:
    """The plural of a count's unit as the tally names it."""
    if unit in PEOPLE:
        return "people"
    if unit in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[unit]
    if unit.endswith(("s", "x", "ch", "sh")):
        return unit + "es"
    if unit.endswith("y") and unit[-2:-1] not in ("a", "e", "i", "o", "u"):
        return unit[:-1] + "ies"
    if unit in ("fish", "aircraft", "sheep", "deer", "cattle", "livestock", "people", "staff", "crew", "police"):
        return unit
    return unit + "s"


def _named(name: NameMention, base: int, sentence: str, persons: frozenset[str], salient: str | None) -> bool:
    """Whether a name can own a tally: not one capitalized word opening the sentence ("Thieves stole nine objects")
    unless it is a person's surname ("Kormoss won 14,520 votes") or the short form of the organization the
    document is about ("Brantwell has now cancelled 1,260 flights")."""
    if " " in name.name or sentence[:name.start - base].strip(" \"'\u201c"):
        return True
    if salient and (salient == name.name or salient.startswith(name.name + " ")):
        return True
    return any(p == name.name or p.endswith(" " + name.name) for p in persons)


def read_tally(sentence: str, base: int, s: int, e: int, unit: str | None, names: list[NameMention],
               salient: str | None = None, persons: frozenset[str] = frozenset(),
               label: tuple[int, int] | None = None, previous: Tally | None = None,
               product: str | None = None) -> Tally | None:
    """The tally a count at sentence offsets ``s:e`` (its text ends with its unit) is, if the words beside it tell one.

    `salient` is the organization the document is about so far: "the company" or "it" before the verb;
    `persons` are the people the document names, whose surnames may open a sentence ("Kormoss won").
    A figure with no unit is a tally only by the label of its line (`label`, its span in the sentence) or by
    the things of the tally told before it in the sentence (`previous`, "homes destroyed"). `product` is the product
    the sentence opens on as the subject of the verb before the count ("The game has now sold").
    """
    if not unit and label is None and previous is None and "number of" not in sentence[max(0, s - 80):s]:
        return None  # NOTE: checked first: most bare figures have neither, and the searches below cost time
    if EARLIER_TIME.search(sentence, max(0, s - REACH), s):  # NOTE: within reach, so a 20 MB line stays linear
        return None
    if PART_OF_WHOLE_BEFORE.search(sentence, max(0, s - 40), s):
        return None  # "roughly 900 of its 3,400 bikes were stolen": the whole the part before it is of, no tally
    counted = NUMBER_OF.search(sentence, max(0, s - 80), s)
    if counted and (done := participle(counted.group("verb"))):
        things = counted.group("things")
        things = "people" if things.rstrip("s") in PEOPLE else things
        return Tally(f"{things} {done}", None, f"a figure of 'the number of {counted.group('things')} {counted.group('verb')}'")
    if not unit:
        return _bare_tally(sentence, s, e, label, previous)
    if unit in NOT_THINGS or not unit.isalpha():
        return None
    source = SOURCES_BEFORE.search(sentence, max(0, s - 20), s) if unit.lower() not in RESPONDERS else None
    if source and not (source.group().lower().startswith("said") and FINITE_AFTER.match(sentence, e)):
        return None
    things = plural(unit.lower())
    without = WITHOUT.match(sentence, e)
    if without:
        return Tally(f"{things} without {without.group('what')}", None,
                     f"a count of {things} left without {without.group('what')}")
    did = EVENT_DID.match(sentence, e)
    if did and (done := participle(did.group("verb"))):
        return Tally(f"{things} {done}", None, f"a count of {things} and what the event did to them, '{did.group('verb')}'")
    after = VERB_AFTER.match(sentence, e)
    if after and (done := participle(after.group("verb"))):
        return Tally(f"{things} {done}", None, f"a count of {things} and the verb after it, '{after.group('verb')}'")
    nominal = NOMINAL_BEFORE.search(sentence, max(0, s - 30), s)
    if nominal and (done := participle(nominal.group("verb"))):
        return Tally(f"{things} {done}", None, f"a count of {things} and what was done to them, 'the {nominal.group('verb')} of'")
    before = VERB_BEFORE.search(sentence, max(0, s - 30), s)
    if not before and things in TRAVELLERS and (carries := CARRIES_BEFORE.search(sentence, max(0, s - 30), s)) \
            and PER_PERIOD_AFTER.match(sentence, e):
        before, done = carries, "carried"
    elif not before or (done := participle(before.group("verb"))) is None:
        if unit.lower() in RESPONDERS:
            return Tally(f"{things} deployed", None, f"a count of {things}, the crews an event brings out")
        return None
    at = before.start()
    traffic = things in TRAVELLERS and done in CARRIED
    done = "carried" if traffic else done
    if done in ("driven", "forced") and FROM_HOMES.match(sentence, e):
        done = "evacuated"  # "driving about 9,000 people from their houses": people evacuated
    if before.group("verb").endswith("ing"):
        progressive = PROGRESSIVE.search(sentence, max(0, at - 20), at)
        if progressive:  # "Korvel is recalling 38,400 vehicles": the subject before "is" owns it, as for "recalled"
            at = progressive.start()
        elif re.search(r",\s*$", sentence[max(0, at - 3):at]) or JOINED.search(sentence, max(0, at - REACH), at):
            opener = next((n for n in names if not n.possessive and not sentence[:n.start - base].strip(" \"'\u201c")), None)
            if opener is not None and salient and (opener.name == salient or salient.startswith(opener.name + " ")) \
                    and not REPORTED_CLAUSE.search(sentence, opener.end - base, at):
                # "Kestrel earned a profit of $14 million last year, carrying 1.87 million passengers": the
                # organization the sentence opens on, not the event
                return Tally(f"{things} {done}", salient, f"a count of {things} and the verb before it, "
                                                          f"'{before.group('verb')}', whose subject is the sentence's, {salient}")
            return Tally(f"{things} {done}", None, f"a count of {things} and the verb before it, '{before.group('verb')}'")
        else:
            return None  # "the remaining", "by cancelling": only a participle clause after a comma has the event as subject
    owner = next((n.name for n in names if not n.possessive and n.end - base <= at
                  and (NAME_SUBJECT_GAP.fullmatch(sentence, n.end - base, at)
                       or traffic and RELATIVE_SUBJECT_GAP.fullmatch(sentence, n.end - base, at))
                  and _named(n, base, sentence, persons, salient)
                  and not AFTER_PREPOSITION.search(sentence, max(0, n.start - base - 8), n.start - base)), None)
    if owner:
        return Tally(f"{things} {done}", owner, f"a count of {things} and the verb before it, '{before.group('verb')}', "
                                                f"whose subject is {owner}")
    event = next((n.name + found.group(1) for n in names if not n.possessive and n.end - base <= at
                  and (found := NAMED_EVENT.match(sentence, n.end - base)) and NAMED_EVENT_GAP.fullmatch(sentence, found.end(), at)),
                 None)
    if event:
        return Tally(f"{things} {done}", event, f"a count of {things} and the verb before it, '{before.group('verb')}', "
                                                f"whose subject is the {event}")
    if previous is not None and AND_VERB.search(sentence, max(0, at - 20), at) and " without " not in previous.qualifier:
        return Tally(f"{things} {done}", previous.owner, f"a count of {things} and the verb before it, '{before.group('verb')}', "
                                                         f"a second verb of the tally before it ({previous.qualifier})")
    if salient and not any(n.end - base <= at for n in names if not n.possessive) \
            and (ORG_SUBJECT.search(sentence, max(0, at - 40), at) or traffic and ORG_RELATIVE.search(sentence, max(0, at - 60), at)):
        return Tally(f"{things} {done}", salient, f"a count of {things} and the verb before it, '{before.group('verb')}', "
                                                  f"whose subject is the organization the document is about, {salient}")
    if product:
        return Tally(f"{things} {done}", product, f"a count of {things} and the verb before it, '{before.group('verb')}', "
                                                  f"whose subject is the product the document names, {product}")
    if EVENT_SUBJECT.search(sentence, max(0, at - 40), at) or (at < REACH and (
            EVENT_OPENING.match(sentence, 0, at) or (dateline := DATELINE.match(sentence))
            and EVENT_OPENING.match(sentence, dateline.end(), at))):  # "ELLISFORD, Aug 11 (Wire) - A wildfire fanned by"
        return Tally(f"{things} {done}", None, f"a count of {things} and the verb before it, '{before.group('verb')}', "
                                               "whose subject is the event")
    return None


def _bare_tally(sentence: str, s: int, e: int, label: tuple[int, int] | None, previous: Tally | None) -> Tally | None:
    """The tally a figure with no unit is: by its line's label ("- Birds culled: more than 1.9 million"), or by the
    tally before it in the sentence ("5,100 homes were destroyed and more than 21,000 damaged", "destroyed 4,300
    homes and damaged 18,000 more")."""
    if label and re.fullmatch(r":\s*", sentence[label[1]:s]):
        named = LABEL_TALLY.fullmatch(sentence, *label)
        if named and (done := participle(named.group("verb"))):
            things = named.group("things").lower().split()
            if things[-1].rstrip("s") in PEOPLE:  # "Residents evacuated" as "4,000 residents were evacuated"
                things[-1] = "people"
            things = " ".join(things)
            return Tally(f"{things} {done}", None, f"a figure under the label '{sentence[label[0]:label[1]]}'")
        return None
    if previous is None or " without " in previous.qualifier:
        return None
    things = previous.qualifier.rsplit(" ", 1)[0]
    after = ELIDED_AFTER.match(sentence, e)
    if after and re.search(r"\band\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|at\s+least)\s+)?$",
                           sentence[max(0, s - 20):s]) and (done := participle(after.group("verb"))):
        return Tally(f"{things} {done}", previous.owner, f"a figure and the verb after it, '{after.group('verb')}', "
                                                         f"of the {things} counted before it")
    before = VERB_BEFORE.search(sentence, max(0, s - 30), s)
    if before and ELIDED_MORE.match(sentence, e) and re.search(r"\band\s+$", sentence[max(0, before.start() - 6):before.start()]) \
            and (done := participle(before.group("verb"))):
        return Tally(f"{things} {done}", previous.owner, f"a figure and the verb before it, '{before.group('verb')}', "
                                                         f"of the {things} counted before it")
    return None
