"""Attribute a fact to an entity, an attribute and, for relations, an object.

Works on one sentence at a time with the names found in it. The attribute
comes from the cue words near the value (see :mod:`.cues`); then:

- a plan or target gets the attribute with " (projected)", a running total
  (" has raised $400 million to date") " (total)"; a compared figure ("up from
  $900 million in 2023") takes the subject of the figure it is compared with,
  for its own year when one is stated, else marked as the earlier figure; a
  figure of an earlier, dated event is keyed by that year;
- an event figure (a death toll) belongs to the story unless a name owns it
  ("Perrow's death toll"); alignment keys it;
- the entity is, in order: the name an age is in apposition to; the
  organization behind "it was founded", "the company", "whose company"; a
  name between the figure and its verb ("the £25 million Redmoor paid");
  the thing a creation verb acts on; the antecedent of "which"/"who"; an
  agent after "by"; a possessive; a possessive pronoun's person; the subject
  of the clause or, for a participle clause, of the sentence; a pronoun's
  person; the organization that "said" it; "the N-year-old" of the sentence
  before; the organization the document names most, for "it";
- the object of a relation is a purchase's direct object, else the name
  after "in", "into", "of", "for", "to", "from" or "on" near the figure, or
  the person "him" or "her" stands for; a stake or price "sold to" a buyer
  is the buyer's;
- a change "from 60 percent to 35 percent" gives the second figure the
  first one's subject and marks the first as the earlier figure; a named
  site's figure is keyed by organization and site ("Calder Motors Tessaly
  plant"); a figure a correction note withdraws stays unplaced.

Every decision is recorded in ``why`` so a reader can see why two facts met.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from ..model import attribute_name, base_attribute, is_event_name, is_kind_first_event
from .attribution import (PERSON_EVENTS, Attribution, definitions, given_attribute, is_estimate, is_relation, org_figures,
                          reading_for)
from .clauses import FRONTED_PHRASES, MAIN_VERB_AFTER, RELATIVE_OPEN, YEAR, before_aside, clause, label_of
from .cues import AUX_ADVERB, Neighbours, choose_attribute
from .entities import (INSTITUTION_WORDS, NAMED_EVENT, ORG_NOUN, ORG_NOUNS, ORG_SUFFIXES, ROLE_WORDS, THING_WORDS, NameMention,
                       after_dateline, looks_like_person, person_before_of)
from .elections import follows_votes, read_votes
from .fines import WAS_FINED, fine_payer, ordered_after_fine
from .markets import commodity_price, its_shares, share_owner, shares_traded
from .quantities import IS_NOW_BEFORE, PART_OF_WHOLE_BEFORE, QUALIFIER_WORDS, SCALED, STREET, changed_by
from .races import finishing_time
from .numerals import SCALES, TENS, UNITS, WORD_NUMBER, parse_words
from .sentences import scanner
from .sites import SITE_FIGURES, SITE_NAMED, SITE_OPENING, SITE_PLACE_AFTER, SITE_SUBJECT, SITE_WHICH, SITE_WORDS
from .outlets import changed_outlets, some_of_them
from .plans import plan_price
from .staff import (CUT_JOBS, JOB_NOUN, OUT_OF_GAP, STAFF_UNIT, is_union, cuts_of_named_staff, some_of_the_staff, staff_share_owner,
                    whole_of_staff)

PREPOSITIONS = ("in", "into", "from", "of", "at", "with", "for", "to", "by", "on", "about", "than", "like", "against", "over", "under",
                "outside", "inside", "near", "across", "around", "beyond", "throughout", "towards", "toward", "off", "via")
# Words that describe a place between its preposition and its name: "in neighbouring Tessholm", "in rural Kessel".
PLACE_ADJECTIVES = frozenset({"neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western",
                              "central", "rural", "coastal", "suburban", "downtown", "north-east", "north-west",
                              "south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern"})
PLACE_PREPOSITIONS = ("in", "at", "from", "near", "across", "outside", "inside", "around", "off")
# "in Tarnov", "near Dunmore": a place, where "at Brightwater" or "from Halden Bank" may be where someone works
NOT_AN_EMPLOYER_BEFORE = tuple(p for p in PLACE_PREPOSITIONS if p not in ("at", "from"))
# "an analyst at Aurich Partners": the firm of someone who comments on the figure, not the figure's organization
ANALYST_AT = re.compile(r"\b(?:analysts?|economists?|strategists?|researchers?|consultants?|professor|fellow)\s(?:at|with|from)\s"
                        r"(?:the\s)?$", re.I)
PROJECTION = re.compile(r"\b(?:target(?:s|ed|ing)?|budgeted|(?:un)?likely\sto|seek(?:s|ing)?|aim(?:s|ed|ing)?|hop(?:es|ed|ing)|wants?|plan(?:ned|ning|s?\s(?:to\s(?![$\u20ac\u00a3\d])|is\b|was\b|would\b|calls\b|envisages\b))|project(?:s|ed|ing|ion)?|forecast(?:s|ed|ing)?|(?:profit|revenue|sales|earnings|turnover)\sestimates?|estimates?\sof\s(?:[\w'\u2019-]+\s){0,4}?(?:profit|revenue|sales|earnings|turnover)|estimat(?:e|es|ing)\s(?!last\b)(?:[\w'\u2019-]+\s){0,4}?(?:profit|revenue|sales|earnings|turnover)|peak\s(?:annual\s|yearly\s)?sales|expect(?:s|ed|ing)?|promis(?:e|es|ed|ing)|could|would|should|might|(?-i:may)|possibly|probably|goal|guidance|outlook"
                        r"|due\sto\s(?:open|close|start|begin|finish|be|launch|complete|end)|(?:scheduled|slated)\sto"
                        r"|guid(?:e|es|ed|ing)\s(?:[a-z]+\s)?(?:to|for|towards)|heading\sfor|on\s(?:course|track)\sfor)\b", re.I)  # "is guiding to revenue of $45 million"
# "has pledged to employ 2,500 there by 2027": a promise of a figure to come (but money pledged is given, an aid pledge)
PLEDGED_TO = re.compile(r"\bpledg(?:e|es|ed|ing)\sto\s(?:[a-z]+\s){1,3}$", re.I)
# "had set aside €20 million", "released €1.5 million from its emergency fund", "a provision of": money put by
SET_ASIDE_BEFORE = re.compile(r"\b(?:set(?:s|ting)?\saside|earmark(?:s|ed|ing)?|reserv(?:es|ed|ing)|releas(?:es|ed|ing)|"
                              r"provisions?\sof|provided|allocat(?:es|ed|ing))\s(?:(?:about|around|roughly|some|nearly|almost|"
                              r"more\sthan|another|a\sfurther|an\sextra)\s)?$", re.I)
# "the plant, opened in 1987", "which first opened in 1962": a past participle or simple past right before the date
DONE_IN_BEFORE = re.compile(r"(?:\b(?P<before>[\w'-]+)\s|[,(]\s?)(?:first\s)?(?:opened|founded|established|built|completed|launched)"
                            r"\sin\s$", re.I)
# "the £368 million it earned last year", "the 1,200 it employed in 2019": a figure already reached, in a sentence of plans
DONE_AFTER = re.compile(r"\s(?:that\s|which\s)?(?:it|they|the\s(?:company|group|firm))\s(?:earned|made|reported|posted|booked|"
                        r"recorded|generated|achieved|delivered|employed|had|paid|spent|raised|sold|lost)\s(?:in\s(?:the\s)?"
                        r"(?:last|previous|prior)\b|last\s(?:year|quarter|month|season)\b|a\syear\s(?:earlier|ago|before)\b|"
                        r"in\s(?:19|20)\d\d\b)", re.I)
# but "will be opened in", "would have opened in", "due to be built in": still to come
FUTURE_AUXILIARIES = frozenset("will would could might may should must shall to be have".split())
# "In the final she beat Amara Whitlock": a subject pronoun, which stands for someone named before the sentence
SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
PRONOUN_SUBJECT = re.compile(r"^(?:[\"'\u201c]?)(?:he|she|his|her)\b", re.I)
POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her)\s+(?:[a-z-]+\s+){0,2}$", re.I)
# "officials warned of more than 20 deaths", "fears of up to 300 job losses": a figure feared, not counted yet
FEARED_BEFORE = re.compile(r"\b(?:warned\sof|warn\sof|warning\sof|fears?\sof|feared)\s" + QUALIFIER_WORDS + r"$", re.I)
# "$3 billion target", "about 800 jobs would go": a plan, not a fact yet.
# The verbs of a party's own forecast: "the £380 million it had guided to", "the figure it forecast"
FORECAST_VERBS = r"guided\sto|forecast|projected|predicted|targeted|budgeted"
PROJECTION_AFTER = re.compile(r"^\s(?:target|goal|forecast|projection|estimate|(?:[a-z]+\s)?(?:would|could|might)\s(?!have\b)"
                              # "employ about 600 people when it opens in 2029": a figure once something yet to open runs
                              r"|(?:(?!and\s|but\s|or\s)[a-z-]+\s){0,3}(?:when|once)\s(?:it|they|the\s(?:plant|factory|furnace|"
                              r"mine|line|site|hub|centre|center|terminal|station|facility|project|store|stadium|hospital))\s"
                              r"(?:opens|open|reopens|is\s(?:completed|finished|built|running|fully\soperational))\b"
                              # "as many as 60 people may have died": a fear not yet confirmed
                              r"|(?:may|might|could)\shave\s(?:died|been\s(?:killed|injured|hurt))"
                              r"|(?:it|they|the\s(?:company|group|bank|airline))\s(?:had\s|has\s)?(?:" + FORECAST_VERBS + r")\b)",
                              re.I)
# An adverbial before a clause's subject: "Today it has 230 staff".
LEAD_ADVERB = (r"(?:(?:today|now|currently|still|also|meanwhile|separately|elsewhere|additionally|since then|by then|at the time|so far"
               r"|yet|but|however|even so|(?:a|one|two|three|four|five|\d+)\s(?:year|month|week|decade)s?\s(?:ago|earlier|later)"
               r"|this year|last year|in total|overall|(?:earlier|later)\sthis\s(?:week|month|year)|this\s(?:week|month)"
               r"|(?:on\s|last\s|this\s|early\s|late\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
               r"|(?:in\s|last\s|early\s|late\s)(?:january|february|march|april|may|june|july|august|september|october|november|december)"
               r"|in\s(?:19|20)\d\d|last\s(?:week|month|quarter)|(?:[\w-]+\s)?(?:years?|months?|weeks?|days?|decades?)\slater|later"
               # "In the year to January 31 it reported", "In the first quarter, it", "In all it is letting go"
               r"|in\sall|in\sthe\s(?:first|second|third|fourth|last|latest)\s(?:quarter|half)(?:\sof\s(?:19|20)\d\d)?"
               r"|(?:in|for)\sthe\s(?:year|(?:three|six|nine|twelve)\smonths)\sto\s[A-Z]?[a-z]+(?:\s\d{1,2})?(?:,?\s(?:19|20)\d\d)?"
               r"),?\s)?")
LEAD = re.compile(r"^[\"'\u201c]?" + LEAD_ADVERB, re.I)
IT_SUBJECT = re.compile(r"^(?:it|its)\b", re.I)
# "During the pandemic it lost", "In the same quarter of 2025, it made": a phrase of time or circumstance before the
# "it" that is the clause's subject
FRONTED_BEFORE_PRONOUN = re.compile(r"^" + FRONTED_PHRASES + r"(?=it\s)")
IT_PRONOUN = re.compile(r"^it\s", re.I)  # "It employs": the pronoun, not "Its"
# "Management expects revenue of about $500 million": those who run the organization, speaking for it
MANAGEMENT = re.compile(r"^(?:(?:the|its)\s)?(?:management|executives|bosses)\s(?!of\b)", re.I)
# "Its 31,500-seat stadium", "Its new terminal": a thing of the organization's, whose dates are its own
ITS_THING = re.compile(r"^its\s(?:(?:\d{1,3}(?:,\d{3})+)?[\w-]+\s){0,3}?(?:" + "|".join(sorted(
    THING_WORDS | {"ground", "bridge", "terminal", "headquarters", "museum", "ship", "vessel", "theatre", "theater", "hall"}))
                       + r")\b", re.I)
THE_AGED = re.compile(r"^(?:the|a)\s$", re.I)
# "The 48-year-old stands to collect", "the 82-year-old came back": a verb after "the N-year-old", which stands for a person.
AGED_VERB = re.compile(r",\s(?:who|whose)\s|\s(?:[a-z]+ed|will|would|could|can|may|might|must|should|says|said|stands|stood|came|comes|went|goes|left|"
                       r"leaves|told|tells|took|takes|made|makes|gave|gives|won|wins|spent|began|became|becomes|remains|now|also|"
                       r"still|then|never|knows|knew|thinks|thought|wants|hopes|plans)\b")
# "The 51-year-old, who ...", "learned that the 59-year-old will", "Yesterday, ..., the 77-year-old confirmed": "the
# N-year-old" opening a sentence or a clause.
AGED_REFERENCE = re.compile(r"(?:^[\"'\u201c]?|\b(?:that|but|and|when|while|as|after|before|because|although|since)\s|,\s)the\s$", re.I)
# "sacked the 52-year-old", "have appointed the 44-year-old": "the N-year-old" as the object of a verb.
AGED_OBJECT = re.compile(r"\b[a-z]{3,}(?:ed|s|t)\s(?:the|a)\s$")
# ", but the 81-year-old widow's ...": a later clause about someone named before.
LATER_AGED = re.compile(r",\s(?:but|and|yet|so|while)$", re.I)
# "the 24-year-old midfielder": a noun that makes the N-year-old a person.
PERSON_NOUNS = ROLE_WORDS | frozenset("man woman boy girl player executive founder veteran star singer actor actress "
                                      "runner cyclist swimmer climber hiker athlete sprinter boxer golfer footballer "
                                      "mountaineer skier rider jockey student pupil passenger patient resident "
                                      "firefighter soldier motorist pedestrian volunteer "
                                      "mother father grandmother grandfather son daughter officer pilot driver "
                                      "worker engineer entrepreneur politician lawmaker billionaire brother sister "
                                      "husband wife widow widower uncle aunt nephew niece cousin philanthropist donor "
                                      "investor banker teacher doctor nurse scientist researcher oceanographer "
                                      "chemist physicist biologist economist lawyer architect designer farmer chef "
                                      "author writer artist musician journalist surgeon pharmacist accountant heir heiress tycoon "
                                      "magnate benefactor collector".split())
# "Its chief executive earned", "its new finance director was paid": a person the clause opens with, by role
ITS_PERSON = re.compile(r"[\"'\u201c]?its\s(?:[a-z-]+\s){0,2}?(?:" + "|".join(sorted(map(re.escape, PERSON_NOUNS), key=len, reverse=True))
                        + r")\b", re.I)
# "the 95-year-old former flag carrier": the noun after the words that only describe it.
PERSON_NOUN_AFTER = re.compile(r"\s(?:(?:former|onetime|one-time|flag|listed|private|public|national|"
                               r"regional|local|independent|historic|[a-z]+-(?:owned|controlled|run|based|listed|backed))\s){0,2}"
                               r"([a-z\u00e0-\u00ff-]+)")  # "château" too; "the 77-year-old family-controlled company"
# "the combined company", "the merged group": the organization a merger makes, which no name stands for.
COMBINED = r"(?:combined|merged|enlarged)"
# "the 115-year-old works": a site, whose age is not its owner's nor anyone's
SITE_NOUNS = frozenset("works mill mine pit hotel shop store site depot yard warehouse".split())
# "the 114-year-old ground", "the 28-year-old ferry": a thing whose age is its own, not its owner's
AGED_THINGS = frozenset("building bridge plant factory stadium ground stand arena ship vessel ferry aircraft jet plane "
                        "engine tunnel dam tower car vehicle locomotive airport terminal runway station port harbour "
                        "harbor pier canal railway motorway road line reactor rig platform lighthouse cathedral castle "
                        "palace hall painting picture canvas portrait sculpture manuscript violin statue organ boat liner tanker "
                        "fleet network pipeline hut cabin lodge chalet refuge château chateau manor abbey mill theatre "
                        "theater winery furnace kiln smelter refinery resort yacht".split())
# A thing whose age is its own, unless a person's role follows it: "resort", but not "plant manager"
_AGED_THING = (r"(?:" + "|".join(sorted(AGED_THINGS)) + r")\b(?!\s(?:" + "|".join(sorted(w for w in PERSON_NOUNS if w.isalpha()))
               + r")\b)")
# "the 52-year-old blast furnace", "the 40-year-old cable car": a thing after one word of kind
AGED_THING_AFTER = re.compile(r"\s[a-z-]+\s" + _AGED_THING)
# Nouns after "N-year-old" that are not people: "the 11-year-old company".
NOT_PEOPLE = frozenset(ORG_NOUNS) | frozenset("railroad newspaper paper magazine brewery distillery "
                                              "building bridge plant factory program programme project law policy record "
                                              "tradition rule product model car vehicle system organization organisation "
                                              "charity church school stadium treaty contract brand recipe farm estate vineyard "
                                              "restaurant pub bakery house home tournament championship race "
                                              "festival event competition contest fair marathon league cup institution museum "
                                              "gallery library theatre theater hospital university college prison jail".split()) | SITE_NOUNS \
    | AGED_THINGS
AGENT_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:reported|posted|generated|earned|recorded|booked|announced|disclosed)\sby\s(?:the\s|its\s|their\s|[a-z]+\s){0,3}$")
# "the company", "the club": a generic noun standing for the organization named just before.
# "the combined company", "the merged group": not any one organization named before.
GENERIC_ORG = re.compile(r"^(?:the|its)\s(?!" + COMBINED + r"\s)(?:\d+-year-old\s|new\s|former\s|parent\s|[A-Z][\w-]*\s)?" + ORG_NOUN + r"(?:'s|\u2019s)?\b",
                         re.I)
# "the £540m that the private equity firm Stourmede Equity paid for Wonderlane": the buyer and what it bought
THAT_BUYER_GAP = re.compile(r"\s(?:that|which)\s(?:the\s(?:[a-z-]+\s){0,3}?)?")
PAID_FOR_VERB = re.compile(r"\s(?:had\s|has\s)?(?:paid|spent|offered|agreed\sto\spay)\sfor\s(?:the\s)?")
# "The brewery, founded", "The new centre employs": a clause that opens with a noun, perhaps the last word of a name
NOUN_OPENING = re.compile(r"(?:[Tt]he|[Ii]ts)\s(?:\d+-year-old\s)?([a-z][a-z-]*)(?!['\u2019]\s|[\w-])(?:\s([a-z][a-z-]*)(?!['\u2019]\s|[\w-]))?")
# Values after these are earlier or compared figures: "up from $900 million".
COMPARED_BEFORE = re.compile(r"(?:\b(?:up|down|rose|fell|grew|climbed|dropped|increased|decreased|rising|falling)\s+from|"
                             # "more than doubled to" is no comparison
                             r"\bcompared\s+(?:with|to)|\bversus|\bvs[.\u2024]?|\bthan(?!\s(?:doubled|tripled|trebled|quadrupled|halved)\b)"
                             r"|,\s(?:against|compared\swith|from)|\binstead\sof"
                             r"|\bagainst(?=\s[A-Z][\w&.\u2024-]*(?:\s[A-Z][\w&.\u2024-]*){0,3}['\u2019]s\s)"  # "19,000 staff against Marrowby's 31,400"
                             r"|(?:,|\band)\s(?:(?:far|well|just|slightly)\s)?(?:below|above|short\sof)"
                             r"(?!\s(?:last|the\sprevious|the\sprior)\syear))\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
                             r"(?:[A-Z][\w&.\u2024-]*(?:\s[A-Z][\w&.\u2024-]*){0,3}['\u2019]s\s+)?(?:[a-z]+\s+){0,2}(?:(?<=forecast\s)of\s+|(?<=guidance\s)of\s+)?$",
                             re.I)
AGAINST_OWNERS = re.compile(r"against\s[A-Z][\w&.\u2024-]*(?:\s[A-Z][\w&.\u2024-]*){0,3}['\u2019]s\s(?:[a-z-]+\s)?")
# "a figure she raised this month from", "a forecast it cut from": an earlier value of a figure just given, revised
_REVISED_FROM = (r"\b(?:figure|forecast|estimate|target|guidance|outlook)\s(?:that\s|which\s)?(?:she|he|it|they|"
                 r"the\s(?:company|group|firm|bank))\s(?:had\s|has\s)?(?:raised|lifted|increased|cut|lowered|trimmed|"
                 r"revised(?:\s(?:up|down|upwards|downwards))?)\s(?:[\w'\u2019]+\s){0,3}?from\s+(?:a\s+|an\s+|the\s+)?$")
# "fell to £940 million last year from £1.02 billion in 2024", "raised its grant to €55 million from €40 million":
# the figure after "from" is the earlier one.
CHANGED_FROM = re.compile(r"\b(?:rose|fell|grew|climbed|dropped|increased|decreased|declined|jumped|slipped|slid|sank|shrank|"
                          r"rising|falling|growing|raised|lifted|boosted|cut|reduced|lowered|trimmed|narrowed|widened|"
                          r"eased|improved|deepened|swelled|soared|surged|plunged|tumbled|"
                          r"rises?|falls?|grows?|climbs?|drops?|increases?|decreases?|jumps?|raises?|lifts?|cuts|"
                          r"doubled|tripled|trebled|halved)"
                          r"\s+(?:[\w'\u2019.\u2024%$\u00a3\u20ac-]+\s){0,5}?"
                          r"to\s+[^,;:]{1,50}?,?\sfrom\s+(?:a\s+|an\s+|the\s+)?$"  # "to $9.58 billion in 2025, from"
                          # "peak sales of €2.6 billion, a figure she raised this month from": the figure before, revised
                          r"|" + _REVISED_FROM, re.I)
REVISED_FROM = re.compile(_REVISED_FROM, re.I)
# Wordings that make a figure without a year of its own an earlier value of the same subject (not "than", "versus").
EARLIER_WORDING = re.compile(r"(?:(?:up|down|rose|fell|grew|climbed|dropped|increased|decreased|rising|falling)\s)?from|"
                             r"against|compared\s(?:with|to)|instead\sof|rather\sthan", re.I)
PARTICIPLE = re.compile(r"[a-z]+ing\s")
# "Norrock produced 1.76 million tonnes last year, and booked revenue of €3.4 billion": a second verb of the sentence's
# subject after ", and"; the words a clause so opened may start with before its verb
SHARED_SUBJECT_BREAK = re.compile(r",\s(?:and|but)$")
SHARED_SUBJECT_VERB = re.compile(r"\s(?:now\s|also\s|then\s|still\s|later\s|last\syear\s|this\syear\s)?"
                                 r"(?:[a-z]{3,}ed|reports|posts|books|makes|made|has|had|sells|sold|took|takes|employs|expects|"
                                 r"forecasts|won|paid|spent|raised|grew|cut|kept|holds|held|owns)\s")
# "took 24.8 percent and 28 seats", "won 31.4 percent, giving it 35 of the 101 seats": the seats a vote share won
SEATS_AFTER = re.compile(r"(?:\sand|,\s(?:giving|leaving|worth|for|and)(?:\sit|\sthem|\sthe\sparty)?)\s(?:about\s|some\s)?"
                         r"(?:\d[\d,]*|[a-z]+)\s(?:of\s(?:the\s)?\d+\s)?(?:[a-z]+\s)?seats\b")
AT_NAME = re.compile(r"\sat\s(?:rival\s|the\s)?")  # "a net profit of €95 million at Quorrell"
OWNER_OF_GAP = re.compile(r"(?:'s|\u2019s)?\s(?:[a-z-]+\s){1,2}of\s(?:about\s|nearly\s|some\s|roughly\s|around\s|almost\s)?")
OWNER_GAP = re.compile(r"(?:'s|\u2019s)?\s(?:[a-z-]+\s)?")
PASSIVE_ORG = re.compile(r"\b(?:it|the\s" + ORG_NOUN + r")\s(?:was|were|had\sbeen|has\sbeen)\s$", re.I)
# "launched it", "started the airline": the verb acts on the organization named elsewhere.
# "values it at", "values the second-tier club at", "value the whole of the 12-year-old studio at"
IT_AFTER_VERB = re.compile(r"\s(?:it|(?:the\swhole\sof\s)?the\s(?:[a-z\d]+-[a-z]+(?:-[a-z]+)?\s|new\s|former\s|whole\s)?"
                           + ORG_NOUN + r")\b", re.I)
# "invested $5 million in the company"
GENERIC_OBJECT = re.compile(r"\b(in|into|for|of)\s+(?:the|its)\s+(?:whole\s+|entire\s+)?" + ORG_NOUN + r"\b", re.I)
_SEVERAL_ROUNDS = r"(?:two|three|four|five|six|seven|eight|several|multiple|\d+)\s"
# A running total, kept apart from single amounts: "has raised $400 million since it was founded".
CUMULATIVE = re.compile(r"\b(?:to\sdate|a\scombined\s(?=[$\u20ac\u00a3]?\d)|in\stotal|(?-i:In)\sall(?=,)|all\stold|altogether|a\stotal\sof"
                        r"|cumulative(?:ly)?|since\s(?:it\swas\s|being\s)?(?:founded|set\sup|created|established|its\sfounding|inception"
                        r"|its\slaunch|launch)|(?:over|across|in)\s" + _SEVERAL_ROUNDS
                        + r"(?:(?:funding|investment|financing)\srounds|rounds\sof\s(?:funding|investment|financing))"
                        # "raised $410 million across three rounds", "over six rounds" (but not "over two rounds of restructuring")
                        r"|(?:over|across)\s" + _SEVERAL_ROUNDS + r"rounds(?!\sof\b)"
                        r"|over\s(?:its|their)\s(?:life|lifetime|history))\b", re.I)
# "will shrink the chain to 176 outlets and roughly 9,750 staff", "will leave Solvane with about 3,650 employees",
# "headcount will fall to about 1,270": what a
# change still to come leaves, a figure not reached yet (but "will cut 300 jobs" is the cut announced, a fact,
# and a stake or a price a change leaves is what the deal or the plan sets)
TO_COME = r"\b(?:will|would|is\sto|are\sto|set\sto|expected\sto)\s"  # what still has to happen: "will", "is expected to"
RESULT_TO_COME = re.compile(TO_COME + r"(?:[a-z]+ly\s)?(?:shrink|cut|reduce|bring|take|lift|raise|leave|"
                            r"lower|trim|swell|grow|expand|fall|rise|drop|climb|increase|decrease|go\sup|go\sdown)\s(?:[^,;.\d]{0,50}?\s)?(?:to|with)\s"
                            r"(?:[\d,.]+\s[a-z]+\sand\s)?" + QUALIFIER_WORDS + r"$", re.I)
# The staff of one place, kept apart from the whole organization's
LOCAL_HEADCOUNT = "headcount (local)"
# "employs about 450 people in the town", "employs 61 people locally", "in and around Sorenza": staff in one place
LOCAL_STAFF_AFTER = re.compile(r"\s(?:locally|at\shome|in\sthe\s(?:town|city|region|area|district|valley|county|borough)|"
                               r"in\sand\saround\s[A-Z][\w'\u2019-]*)\b")
# "the plant will employ about 1,300 people once it reaches full capacity": a workforce still to come
WILL_EMPLOY = re.compile(TO_COME + r"(?:[a-z]+ly\s|then\s|still\s)?employ\s" + QUALIFIER_WORDS + r"$", re.I)
# "After the cuts it will have about 1,880 employees": the workforce left once a change is made
WILL_HAVE = re.compile(TO_COME + r"(?:[a-z]+ly\s|then\s|still\s)?(?:have|be\sleft\swith)\s" + QUALIFIER_WORDS + r"$", re.I)
MORE_OR_FEWER = re.compile(r"\b(?:fewer|more|extra|additional)\b")  # "1,200 fewer workers": a change, not a workforce
COMBINED_WORD = re.compile(r"\b" + COMBINED + r"\b", re.I)  # "the combined company will have": two together
# "it will lose about £2.2 million next year": a figure for a period still to come
WILL_BEFORE = re.compile(r"\bwill\s(?:[a-z]+\s){1,3}$", re.I)
NEXT_PERIOD = re.compile(r"\s(?:a\syear\s|each\syear\s|a\smonth\s)?(?:next\s(?:year|season|month|quarter)|in\sthe\scoming\s(?:year|months))\b", re.I)
# What a workforce is counted in: "2,100 of its 31,500 jobs", "418 of the 610 staff"
STAFF_NOUNS = frozenset({"jobs", "employees", "staff", "workers", "posts", "roles", "positions", "people", "workforce"})
# "will take on about 700 workers", "hired 120 engineers": people added to a staff
HIRED_BEFORE = re.compile(r"\b(?:take\son|takes\son|taking\son|took\son|hire|hires|hiring|hired|recruit|recruits|recruiting|"
                          r"recruited)\s(?:another\s|a\sfurther\s|an\sextra\s)?" + QUALIFIER_WORDS + r"$", re.I)
# "hired Hana Lindvall", "poached its new finance chief, Ravi Mehta,": the person who joins is the one hired
HIRED_NAME_BEFORE = re.compile(r"\b(?:hired|recruited|poached|appointed)\s(?:(?:its|their|a|the|new|[a-z-]+)\s){0,4}?"
                               r"(?:[a-z-]+,\s)?$", re.I)
# "will build an €11.2 billion chip factory", "opened its €9.8 billion plant": a price written before what is built
BUILDS_BEFORE = re.compile(r"\b(?:(?P<plan>(?:will\s(?:\w+\s)?|plans?\sto\s|planning\sto\s|is\sto\s|are\sto\s|to\s)"
                           r"(?:build|construct|open|develop)|(?:is|are)\s(?:building|constructing|developing))"
                           r"|built|constructed|opened|developed)\s(?:a|an|its|their|the)\s(?:new\s)?$", re.I)
THING_AFTER = re.compile(r"\s(?:[a-z-]+\s){0,2}?(factory|plant|mine|terminal|stadium|arena|bridge|tunnel|ship|site|campus|"
                         r"headquarters|hospital|refinery|smelter|warehouse|airport|runway|line|complex|facility|centre|center|"
                         r"port|data\scentre|hub|mill|reactor|pipeline)\b")
# "0.3 percentage points", "seven points": a percent figure that is a difference of two rates
POINTS = re.compile(r"\bpoints?$|\bpp$|\bbps$", re.I)
# "raised $145 million in equity, by our count, across a seed round, a $22 million Series A and ...": the sum of the
# rounds listed after it
ACROSS_ROUNDS = re.compile(r"[^.;]{0,40}?\bacross\s(?:a|an|its|the)\s(?:(?:pre-)?seed|Series\s[A-H])\b")
# "has raised $430 million in all": a sum so far (but "employs 2,600 people in all" is a headcount, no running total)
IN_ALL = re.compile(r"\bin\sall(?![\s\u00a0]+\w)", re.I)
# "It has since raised more than $400 million", "has now raised about $532m", "has raised $430 million from
# investors" (but not "has raised $140 million from investors in a Series B round"): all a company has raised, not
# one round
RAISED_SO_FAR = re.compile(r"\bha(?:s|ve)\s(?:since\s(?:raised|collected|received)|now\sraised|(?P<plain>raised))\s"
                           + QUALIFIER_WORDS + r"$", re.I)
FROM_INVESTORS = re.compile(r"\sfrom\s(?:its\s|outside\s|private\s)?investors\b(?![^.;]{0,40}\b(?:round|Series|seed)\b)")
COMPARED_YEAR = re.compile(r"\b(?:in|for|during|of)\s(?:fiscal\s)?((?:19|20)\d\d)\b")
# ", the 29-year-old", ", Skyvane's 46-year-old", ", the federation's 62-year-old president": right after a name
APPOSITION_GAP = re.compile(r",\s(?:the\s|a\s|now\s|who\s(?:is|was)\s|[A-Z][\w&.\u2024-]*(?:\s[A-Z][\w&.\u2024-]*){0,3}['\u2019]s\s|"
                            r"(?:the|its)\s(?:[a-z-]+\s)?" + ORG_NOUN + r"['\u2019]s\s)?")
# "whose company": the organization the document is about; not "whose trust", a person's own vehicle
WHOSE_ORG = re.compile(r"whose\s(?:" + "|".join(sorted(set(ORG_NOUNS) - {"trust", "fund", "foundation", "charity"}, key=len, reverse=True))
                       + r")\b", re.I)
# "The 45-year-old, who ...": an age opening a sentence, of a person (not "the 12-year-old company", "the 59-year-old resort")
AGED_OPENING = re.compile(r"the\s\d{1,3}-year-old\b(?!\s" + ORG_NOUN + r"\b|\s(?:[a-z-]+\s)?" + _AGED_THING + r")", re.I)
REPORTING_VERBS = r"(?:said|says|told\s\w+|announced|confirmed|reported|disclosed|added|stated)"
# Words that may come before a count opening its clause: "Of the 1,150 staff made redundant", "About 800 jobs".
# "1,100 of the mine's workers", "300 of its staff": a part of a workforce.
# "a minimum price, reportedly $45 million", "its asking price of £2 million": a bound or a wish, not a price paid
BOUND_PRICE = re.compile(r"\b(?:minimum|reserve|asking|guaranteed|floor|target|maximum)\s$", re.I)
# Nouns that count all of an organization's staff; "nurses" or "engineers" count one trade among them.
WHOLE_STAFF = frozenset("people staff employees workers workforce jobs positions roles posts personnel members hands "
                        "persons".split())
# "leaving about 6 million customers without calls", "customers affected": some customers, the ones something hit
AFFECTED_BEFORE = re.compile(r"\b(?:leaving|left|affecting|affected|hitting|hit|stranding|disrupting|cutting\soff|cut\soff|"
                             # "had restored supply to about 60,000 customers": those an outage hit
                             r"restored\s(?:power|supply|service|electricity|water)\sto|"
                             # "a temporary use ban on roughly 1.65 million customers", "the restrictions will cover"
                             r"(?:ban|restrictions?|notice|curbs?)\s(?:on|(?:will\s|would\s)?(?:covers?|covered|covering|"
                             r"appl(?:y|ies|ied)\sto)))\s$", re.I)
# "customers affected", "640 branch staff will be affected": some of them, the ones something hit
AFFECTED_AFTER = re.compile(r"\s(?:(?:(?:will|would|could|may)\sbe|are|were|have\sbeen|had\sbeen)\s(?:directly\s|also\s)?"
                            r"(?:affected|hit|impacted)|without|affected|hit|stranded|cut\soff|impacted|who\slost|caught\sup\sin"
                            # "nearly 2.4 million customers lost service", "were left without power": those it hit
                            r"|(?:(?:had|have|were)\s)?(?:lost|losing|left\swithout)\s(?:service|power|signal|connection|"
                            r"coverage|access|water|heating|supply|supplies)"
                            # "21,400 customers had reported damage", "26,000 customers had filed claims": those it hit
                            r"|(?:(?:had|have|has)\s)?(?:already\s|now\s)?(?:filed|lodged|made|submitted|reported)\s"
                            r"(?:claims?|complaints?|damage|losses))\b")
# "cut off calls and data for about 8.2 million customers", "knocked out power for 40,000 homes": those an outage hit
# "cut mobile and home broadband service to about 2.3 million subscribers": the same, told by what was cut
OUTAGE_FOR = re.compile(r"(?:\b(?:cut\soff|cutting\soff|knocked\sout|knocking\sout|disrupted|disrupting)\s[^.;]{0,40}?\sfor\s"
                        r"|\b(?:cut|cuts|cutting)\s(?:[\w-]+\s){0,5}?(?:service|services|power|supply|access|signal|coverage|"
                        r"connections?)\sto\s)" + QUALIFIER_WORDS + r"$", re.I)
HIT = "the customers something hit, not all of them"
# "about 260,000 subscribers had cancelled since the increase": customers lost or won, no count of them all
CHURNED_AFTER = re.compile(r"\s(?:had\s|have\s|has\s)?(?:since\s|already\s)?(?:cancelled|canceled|left|quit|unsubscribed|"
                           r"signed\sup|joined|switched)\b", re.I)
# "a similar firm with 60 staff", "another company employing about 400": an organization no name stands for (but
# "Tressel, a state-owned company with about 5,400 staff," is Tressel)
UNNAMED_FIRM_WITH = re.compile(r"\b(?:an?\s(?:similar|rival|smaller|larger|bigger|different|separate|comparable|other)|another)\s"
                               r"(?:[a-z-]+\s)?(?:firm|company|business|rival|competitor|supplier|"
                               r"contractor|operator)\s(?:with|employing|that\s(?:employs|has)|which\s(?:employs|has))\s"
                               r"(?:about\s|around\s|some\s|roughly\s|nearly\s|almost\s|more\sthan\s|revenue\sof\s|sales\sof\s)?$",
                               re.I)
# "leaves Vantreese in control with about", "leaving Farrow Holdings with": whom a deal leaves holding a stake
LEFT_WITH = re.compile(r"\b(?P<verb>leaves|leaving|left|leave)\s(?-i:[A-Z])[\w'.\u2024&-]*(?:\s(?-i:[A-Z])[\w'.\u2024&-]*){0,3}"
                       r"(?:\s(?:in\scontrol|still|alone))?\swith\s(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s"
                       r"|just\s(?:over|under)\s)?$")
# "accounts for 158 of the cases", "accounted for nearly 40 of them": a part of a total
ACCOUNTS_FOR = re.compile(r"\baccount(?:s|ed|ing)?\sfor\s(?:about\s|around\s|nearly\s|almost\s|roughly\s|some\s|more\sthan\s)?$")
OF_THE_AFTER = re.compile(r"\sof\s(?:the|all|its|their|them|those)\b")
# "Wednesday alone saw", "On the first day alone,": one day's share of a running total
ONE_DAY_ALONE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|that\sday|"
                           r"the\s(?:first|second|third|last)\sday)\salone\b[^.;]{0,40}$", re.I)
# "exposed the personal details of 3.4 million customers", "customers of Parcelwick whose names ... were stolen"
# What a breach takes of its customers: "the personal details of", "whose names ... were stolen"
_CUSTOMER_DATA = r"(?:personal\s)?(?:names|data|details|records|information|addresses|accounts|passwords|card)"
EXPOSED_BEFORE = re.compile(r"\b(?:exposed|exposing|leaked|stole|stolen|compromised)\s(?:the\s)?(?:[\w-]+,?\s(?:and\s)?){0,6}?"
                            + _CUSTOMER_DATA + r"\s(?:of\s|belonging\sto\s)?$", re.I)  # "stolen names, addresses and records belonging to"
WHOSE_DATA_AFTER = re.compile(r"(?:\sof\s(?:[A-Z][\w&'-]*\s?){1,3})?\swhose\s" + _CUSTOMER_DATA + r"\b")
CAUGHT_UP = re.compile(r"\b(?:customers|subscribers|users|clients|accounts|people|patients)\s(?:who\s(?:were|had\sbeen)\s)?"
                       r"(?:caught\sup\sin|affected\sby|hit\sby|exposed\s(?:in|by)|involved\sin|whose\s" + _CUSTOMER_DATA
                       + r")\b[^.;]{0,70}$", re.I)
# "raised its count of affected customers to 3.24 million": the customers an event hit, named before the figure
AFFECTED_NOUN = re.compile(r"\b(?:affected|impacted|disconnected|stranded)\s(?:customers|subscribers|users|clients|accounts|households)\b"
                           r"[^.;]{0,50}$", re.I)
PAID_TO = re.compile(r"\b(?:repay|repays|repaid|refund|refunds|refunded|pay|pays|paid|return|returns|returned|credit|credits|"
                     r"credited|compensate|compensates|compensated|owes|owed)\b[^.;]{0,60}?\sto\s$", re.I)
GAINED_OR_LOST = re.compile(r"\b(?:(?:lost|losing|loses|lose|added|adding|adds|add|gained|gaining|gains|shed|shedding|signed\sup|"
                            r"won|winning|attracted)(?:\sthe|\sanother)?|net|"
                            # "cost it about 800,000 subscribers": those it lost
                            r"cost(?:s|ing)?\s(?:it|them|the\s(?:company|service|group|firm|chain|bank)))\s$", re.I)
PART_OF_STAFF = re.compile(r"\s(?:of|among)\s(?:the|its|their|his|her|[A-Z][\w&.\u2024-]*(?:\s[A-Z][\w&.\u2024-]*){0,3}['\u2019]s)\s(?:[a-z-]+(?:['\u2019]s)?\s){0,2}?"
                           r"(?:workers|staff|employees|workforce|miners|nurses|drivers|engineers)\b")
# "About 212 workers were underground", "300 staff walked out": the workers a clause is about, where they were or what they did.
PRESENT_AT = re.compile(r"\s(?:were|are|was|had\sbeen|have\sbeen)\s(?!employed|on\sthe\spayroll|paid|(?:being\s)?(?:laid|made|cut|let)\b)"
                        r"(?:underground|(?:below|under)\sground|inside|on\s(?:the\s(?:[a-z]+\s)?)?(?:site|shift|duty|board|strike)|in\sthe\s|at\sthe\s|"
                        r"trapped|evacuated|"
                        r"rescued|missing)"
                        r"|\s(?:walked\sout|went\son\sstrike|gathered|marched|protested|stayed|joined\sthe)\b", re.I)
# "..., where about 210 workers were on the night shift": a count opening a clause of place or time
WHEN_BEFORE = re.compile(r"\b(?:where|when|while|as)\s$", re.I)
COUNT_OPENING = re.compile(r"[\"'\u201c]?(?:(?:of\s)?the\s|another\s|a\sfurther\s)?", re.I)
SAID_BEFORE = re.compile(r"\b" + REPORTING_VERBS + r"\s(?:that\s)?$")
# "Halden warned on Tuesday that profit would fall": a company speaking of its own figure (but a union's warning about
# jobs is no union's job cuts, so only the speaker rule reads these)
WARNED_BEFORE = re.compile(r"\b(?:warned|warns|cautioned|admitted|revealed|conceded)\s(?:that\s)?$")
OBJECT_PRONOUN = re.compile(r"\b(for|bought|signed|sold)\s(?:him|her)\b")
# "into the squad", "for the new stand": what money goes to, when the text gives it no name.
_THING_WORD = r"(?!(?:the|a|an|of|and|or|over|from|by|in|at|on|to|this|next|last|with|which|that)\b)[a-z-]"
THING_OBJECT = re.compile(r"\s(?:in|into|for|towards?)\s(?:the|its|their|a|an)\s(?:" + _THING_WORD + r"+\s){0,2}(" + _THING_WORD + r"{3,})"
                          r"(?=\s(?:over|from|by|in|at|on|to|this|next|last|until|after|before|during|within|with|which|that)\b|[,.;:)]|$)")
SPENT_ON = re.compile(r"(?:\s(?:last|this)\s(?:year|month|week|season|summer|winter|spring|autumn))?\son\s"
                      r"((?:[a-z-]+\s(?:and\s)?){0,2}[a-z-]{3,})(?=[,.;]|$|\s(?:across|at|in|last|this|over|since|from|during|for|a|each|"
                      r"that|which|including|focused|aimed)\b)")
# "a break fee of £110 million", "the £110 million termination fee": owed if a deal fails
PENALTY_FEE = re.compile(r"\b(?:break(?:-up)?|termination|walk-away)\sfees?\b", re.I)
# "spend about £90 million enlarging Fallowmere Park": money spent doing something to a thing, named or not
_NOT_THING_WORD = r"(?!(?:since|in|at|on|last|this|over|from|during|for|across|to|by|with|and|before|after|until)\b)"
SPENT_DOING = re.compile(r"\s(?:on\s)?([a-z]{3,}ing)\s(?:the\s|its\s|a\s|an\s)?((?:[A-Z][\w'\u2019-]*\s?){1,4}|(?:" + _NOT_THING_WORD
                         + r"[a-z-]+\s){0,2}" + _NOT_THING_WORD + r"[a-z-]{3,})")  # not "developing the drug since"
# "put the cost of the expansion at £97 million": what a thing costs, a thing the text names by its kind
COST_OF_THING = re.compile(r"\b(?:cost|price|bill|price\stag)\sof\s(?:the|its|their|this|that|a|an)\s((?:[a-z-]+\s){0,2}?[a-z-]{3,})"
                           r"\s(?:at|to|of|is|was|will|would|has|had|rose|rises|jumped|climbed)\b[^.;:]{0,40}$")
NOT_THINGS = frozenset(ORG_NOUNS) | frozenset(
    "year years quarter month week period time first past future end rest half deal offer bid move plan region area country world "
    "market sector industry economy total sum amount cash share shares stake majority minority whole part same next last "
    "year-end purchase acquisition takeover merger transaction agreement contract round themselves itself".split())
OBJECT_REACH = 40
"""How far past the figure (or its cue) the object of a relation may be named."""
ACROSS_GAP = re.compile(r"\s(?:[a-z-]+\s){0,2}across\s(?:the\s)?")
AT_ORG = re.compile(r"\s(?:[a-z]+\s){0,3}at\s")
DIRECT_OBJECT = re.compile(r"\b(?:buy|bought|buying|acquire|acquired|acquiring|purchase|purchased|sign|signed|signing)\s"
                           r"(?:(?:the|its|their)\s)?(?:(?!(?:in|into|for|from|of|on|at|to|with|by)\s)[a-z-]+\s){0,2}$")  # "bought the vaccine maker Tolland Bio"
# "approached Marrowby with a 240p offer": whom an offer was made to, named right after the verb
APPROACHED = re.compile(r"\b(?:approached|approaches|approach|approaching)\s$")
WITH_OFFER_GAP = re.compile(r"\swith\s(?:a|an|its|their)\s(?:[\w-]+\s){0,2}?[^\s,;]*$")
# how an entity named after its figure and before the figure's verb was found ("the $345 million Brindmoor earned")
NAMED_BEFORE_VERB = "named between the figure and its verb"
# "the average Ostmere employee earned", "Brackwater's median worker earns": people who earn, not the organization
EARNER_NOUN = re.compile(r"\b(?:employees?|workers?|staff|members?|teachers?|nurses?|drivers?|players?|lecturers?|pilots?|"
                         r"captains?|crew|chefs?|bankers?|traders?|partners?|graduates?|apprentices?|agents?|officials?|"
                         r"miners?|engineers?|doctors?|officers?|executives?|bosses|boss|managers?|directors?|earners?)\b", re.I)
# "earned EUR 6.9 million from ticket sales": what came in from sales, not what was left
EARNED_FROM_SALES = re.compile(r"(?:\s(?:a|per|each|this|last)\s\w+)?\s(?:from|in)\s(?:(?!on\s)[a-z-]+\s){0,2}?(?:sales|fees|tolls|fares|"
                               r"tickets|rents?|royalties|subscriptions|advertising|licensing|revenue|income)\b", re.I)
# "Aldervane paid Meridian Launch Services about $62 million": whom the money was paid to, named between verb and figure
PAID_TO_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying)\s(?:the\s)?$")
PAID_TO_GAP = re.compile(r"\s(?:[^\s,;]+\s){0,3}[^\s,;]*$")
# (but "paid the Tarrow family £14 million for it", "paid SC Arlow £6 million for him": what or whom the money bought
# is the object, not the seller)
PAID_FOR_IT = re.compile(r"\s(?:in\s\S+\s)?for\s(?:it|them|him|her)\b")
# "Halcyon Grid, the storage start-up founded in", "Halvorsen Leisure Holdings AG, a hotel and travel group with revenue
# of": an appositive describing the name before it, up to the cue
APPOSITIVE = re.compile(r",\s(?:the|a|an)\s(?:[\w-]+\s){0,4}(?:with\s|whose\s)?")
# "launched the three-day desert festival in 2014": what a verb of founding made, before the date
FOUNDING_VERB = re.compile(r"(?:co-?)?founded|launched|started|established|created|opened|set\sup", re.I)
MADE_OBJECT = re.compile(r"\s(?:the|its|their|a|an)\s(?:[\w-]+\s){0,3}?(?P<kind>" + ORG_NOUN + r")\s(?:back\s)?(?:in|on)\s", re.I)
# Kinds of organization that are places of their own, which a company the document is about owns or runs but is not
VENUE_KINDS = frozenset("museum gallery library theatre zoo stadium school college university hospital clinic park "
                        "festival orchestra infirmary".split())
# "the 67-year-old chain, founded in 1959": a kind of organization a participle describes.
NOUN_BEFORE_PARTICIPLE = re.compile(r"\b(?:the|its)\s(?:[\w,-]+\s){0,2}?" + ORG_NOUN + r",\s$", re.I)  # "the 1,240-seat theatre,"
# "... owed to landlords and ": the next item of a list of parts.
LIST_GAP = re.compile(r"(?:\s[a-z]+){0,5}(?:,\s(?:and\s)?|\sand\s)")
PART_OF = re.compile(r"\b(?:including|includes|include|included|of\swhich)\s(?:a\s|an\s|the\s)?(?:(?:[a-z-]+\s){1,2}of\s)?$")
# "Ebury's gift includes a", "The package included": a sum, told by a noun, that includes the figure after it
NOUN_INCLUDES = re.compile(r"\b(?:gift|donation|pledge|package|deal|total|sum|bill|payment|payout|settlement|award|grant|budget|"
                           r"offer|bid|figure)s?\s(?:includes|included|include)\s(?:a\s|an\s|the\s)?(?:[a-z-]+\s){0,2}$")
SUBJECT_POSITION = re.compile(r"(?:^[\"'\u201c]?|\b(?:since|when|after|before|as|until|where|while)\s|[,;:]\s)$", re.I)
# "the £45 million Dunhollow first offered": a name right after a figure, then its verb.
FIGURE_NAME_GAP = re.compile(r"\s(?:the\s)?")
VERB_AFTER_NAME = re.compile(r"\s" + AUX_ADVERB)
VERB_WORD = re.compile(r"\s" + AUX_ADVERB + r"(?:[a-z]+(?:ed|id)|gave|spent|bid|got|won|took|made)\b")  # "Greyfield Farm gave"
# "agreed to sell a 40 percent stake in itself to the private equity firm Pennick Capital for €210 million"
# "a stake of about 9 percent worth around $610 million": what someone's shares are worth
HOLDING_WORTH = re.compile(r"\b(?:stakes?|holdings?|shareholdings?|shares)\b[^.;:]{0,50}\bworth\s$", re.I)  # "Their stakes are worth"
# "chief executive since 2019", "provost at Tervane University since 2019": when the person took the role
ROLE_SINCE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, (ROLE_WORDS - {"mr", "mrs", "ms", "dr", "sir", "dame", "mr.", "mrs.", "ms.",
                                                                          "dr.", "prof."}) | {"engineer", "officer"}),
                                                 key=len, reverse=True))
                        + r")(?:\s(?:of|at)\s(?:the\s)?[A-Z][\w&.\u2024'-]*(?:\s[A-Z][\w&.\u2024'-]*){0,3})?\ssince\s$"
                        # "has been in the job since 2022", "has been with the company since 2009", "has worked at Orvane since"
                        r"|\b(?:ha(?:s|ve|d)\sbeen|been)\s(?:in\s(?:the\s)?(?:job|post|role|office|charge)|at\sthe\s(?:helm|club|company|firm)"
                        r"|with\s(?:the\s(?:company|firm|group|club|bank|airline|orchestra)|(?-i:[A-Z])[\w&.\u2024'-]*(?:\s(?-i:[A-Z])[\w&.\u2024'-]*){0,3}))\ssince\s$"
                        r"|\bha(?:s|ve|d)\sworked\s(?:at|for)\s(?:the\s(?:company|firm|group|club|bank)|(?-i:[A-Z])[\w&.\u2024'-]*(?:\s(?-i:[A-Z])[\w&.\u2024'-]*){0,3})\ssince\s$"
                        # "Paulo Ferrante, in charge at Kingsmere since 2023"
                        r"|\bin\scharge(?:\s(?:at|of)\s(?:the\s)?(?-i:[A-Z])[\w&.\u2024'-]*(?:\s(?-i:[A-Z])[\w&.\u2024'-]*){0,3})?\ssince\s$", re.I)
# The cue words of a role taken, which only a person takes (see ROLE_SINCE and ROLE_TAKEN)
ROLE_TAKEN_CUES = frozenset({"since", "became", "becomes", "becoming", "came", "took", "takes", "taking"})
# "became Corlane's chief executive in 2020", "came to Ardell from a trust in the capital in 2020", "took the top job in March
# 2022": when the person took the role (a cue word would need the words between, or would take "came to an end")
ROLE_TAKEN = re.compile(r"\b(?:bec(?:ame|omes|oming)\s(?:(?-i:[A-Z])[\w&.\u2024'-]*(?:\s(?-i:[A-Z])[\w&.\u2024'-]*){0,3}['\u2019]s|its|their)\s"
                        r"(?:[a-z-]+\s){0,2}?(?:chief|chair(?:man|woman|person)?|president|head|director|manager|coach|editor|leader|governor)"
                        r"|\bcame\sto\s(?-i:[A-Z])[\w&.\u2024'-]*(?:\s(?-i:[A-Z])[\w&.\u2024'-]*){0,3}"
                        r"|\b(?:took|takes|taking)\sthe\s(?:top\s)?job)"
                        r"(?:\s[^,;.]{0,50}?)?\s(?:in|on)\s$", re.I)
# "at the complex, which opened in 2018": a relative clause about a thing the text does not name
# "for the 61-year-old company, which": an organization told by its age before a relative clause
AGED_ORG_BEFORE = re.compile(r"\b(?:the|its)\s\d{1,3}-year-old\s(?:[a-z-]+\s)?" + ORG_NOUN + r",\s$")
UNNAMED_ANTECEDENT = re.compile(r"\b(?:at|in|on|near|from|to|of|into|inside|outside|by|for)\s(?:the|a|an|its|their|this|that)\s"
                                r"(?:[a-z-]+\s){0,2}([a-z]+),\s$")
# "taken her daughter, who is 4", "with his two sons, who": someone the text does not name, after the person it names
KIN_BEFORE_WHO = re.compile(r"\b(?:his|her|their|my|our)\s(?:[a-z-]+\s){0,2}[a-z]+,\s$")
# "Wexbury City Council, which gave £9 million, and private donors, who gave": others the text does not name, listed
# after "and" with a relative clause of their own
UNNAMED_LISTED = re.compile(r"(?:,|\sand|\sor)\s(?:(?:some|several|other|two|three|four|many|local)\s)?(?:[a-z-]+\s)?[a-z]+s,\s$")
# "a coastal villa that the liquidator values at", "a plant in its home town of Orlenz that opened": a figure of
# something the text does not name, told in a relative clause right before it
UNNAMED_RELATIVE = re.compile(r"\b(?:a|an|the|its|his|her|their)\s(?:[\w$\u20ac\u00a3.\u2024-]+\s){0,3}?([a-z]+)"
                              r"(?:\s(?:in|at|on|near|outside|of)\s(?:[\w'\u2019-]+\s){0,5}?[\w'\u2019-]+)?"
                              r",?\s(?P<rel>(?:that|which)\s(?:[\w-]+\s){0,3})$")
CUE_TO_VALUE = re.compile(r"\s(?:at|in|for|to)\s(?:about\s|around\s|roughly\s|some\s|nearly\s)?")
# "At $3.45 billion, Quarry Lane Partners' takeover of Marlowe Hotels is", "At $42 a share, Marlowe is paying":
# a price put before the main clause that names the deal
FRONTED_AT = re.compile(r"[\"'\u201c]?At\s[^,;]{1,40}?,\s(?:or\s[^,;]{1,40}?,\s)?")
DEAL_OF = re.compile(r"(?:['\u2019]s|['\u2019])?\s(?:[a-z-]+\s)?(?:takeover|purchase|acquisition|offer|bid)\s(?:of|for)\s(?:the\s)?")
PAYING_AFTER = re.compile(r"\s(?:is\s|was\s|will\sbe\s)?(?:paying|offering|bidding)\b")
# "the $2.9 billion, or $36 a share, that rival Castellan Group offered", "the $38 Stellan offered": whose offer
AGENT_GAP = re.compile(r"(?:[\s-](?:a|per)[\s-]share)?(?:,\s(?:or\s)?[^,;]{1,30},)?,?\s(?:(?:that|which)\s)?(?:(?:rival|the|its)\s)?")
AGENT_VERB = re.compile(r"\s(?:had\s|has\s)?(?:offered|paid|bid|proposed|put\sforward|agreed\sto\spay)\b")
# "Crispin Penwarden's resignation", "Tarrow's planned retirement": the name whose event the cue noun is
POSSESSOR_GAP = re.compile(r"['\u2019]s\s(?:(?:planned|surprise|sudden|abrupt|early|expected|formal|long-awaited)\s)?")
# "stands to collect roughly $610 million from its sale": what a seller takes home, not the price of the sale
PROCEEDS = re.compile(r"\s(?:from|out\sof)\s(?:the|its|his|her|their)\s(?:[\w-]+\s)?(?:sale|takeover|flotation|listing|deal)\b", re.I)
PROCEEDS_VERB = re.compile(r"\b(?:collect|collects|collected|collecting|pocket|pockets|pocketed|receive|receives|received|net|nets|netted|"
                           r"make|makes|made|get|gets|got|take\shome|takes\shome|walk\saway\swith|walks\saway\swith)\s$", re.I)
SELLING = re.compile(r"\b(?:sell|sells|selling|sold|sale)\b", re.I)
SOLD_TO = re.compile(r"[^.;:]{0,60}?\bto\s(?:the\s|a\s|an\s)?(?:[a-z-]+\s){0,3}")
TO_BUYER = re.compile(r"\bto\s(?:the\s|a\s|an\s)?(?:[a-z-]+\s){0,3}$")
# "The toll rose to nine, after two passengers died": the figures of what made a total rise.
ROSE_TO = re.compile(r"\b(?:rose|risen|rises|climbed|increased|jumped|reached|reaches)\s(?:to\s)?$", re.I)
CAUSE_OPENING = re.compile(r"\s*(?:after|as|when|following)\b", re.I)
CAUSE_BEFORE = re.compile(r"\b(?:after|as|when|following)\s*$", re.I)
# A correction note: "An earlier version of this article said ... 14 percent": the figures it withdraws.
RETRACTED = re.compile(r"\bearlier\sversion\sof\s(?:this|the)\s(?:article|story|report|piece)\b|\b(?:incorrectly|wrongly|mistakenly)\s"
                       r"(?:said|stated|reported|gave)\b|\bmisstated\b", re.I)
# "Including debt, the deal values", "$4.9 billion with debt": an enterprise value
WITH_DEBT = re.compile(r"\b(?:including|includes|with|plus)\s(?:its\s|their\s|net\s|assumed\s)?debts?\b", re.I)
# "two employees who asked not to be named", "three people familiar with the plans": who told the reporter
UNNAMED_SOURCES_AFTER = re.compile(r",?\s(?:who\s(?:asked|spoke|declined|did\snot\swant|requested)\s(?:not\s)?(?:to\sbe\s(?:named|identified)|"
                                   r"on\s(?:the\s)?condition\sof\sanonymity|anonymity)|(?:familiar|with\sknowledge)\s(?:with|of)\s)", re.I)
# "has sent 80 workers", "deployed 600 soldiers": people sent somewhere.
SENT_BEFORE = re.compile(r"\b(sent|sends|send|deployed|deploys|dispatched|flew|flown|brought|bused|moved|mobili[sz]ed|evacuated|"
                         r"rescued|trained|injured|injuring|injures|hurt|killed|killing|kills|trapped|poisoned|infected|"
                         r"leads|led|represents|represented|organises|organizes)\s(?:the\s)?"
                         r"(?:in\s)?(?:about\s|around\s|some\s|nearly\s|more\sthan\s|another\s|at\sleast\s)?$", re.I)
# Words before "cost" that name no thing: determiners ("the cost"), verbs of saying and believing, and other parts of speech
NOT_A_THING = frozenset("the a an its their his her our your this that these those says said estimates estimated believes "
                        "thinks reckons expects expected understands argues warns instead single".split())
# "repairs will cost", "the new stand could cost": a thing as the subject of "cost".
THING_COSTS = re.compile(r"(?<![\w'\u2019])(?!(?:it|they|this|that|which|who|what|will|would|could|and|or|but|also|eventually|"
                         r"had|has|have|was|were|is|are|did|does|not|then|only|already|ever)\b)"
                         r"([a-z]{3,})\s(?:(?:will|would|could|may|might|should|is\sexpected\sto|are\sexpected\sto|"
                         r"is\slikely\sto|are\slikely\sto)\s)?(?:eventually\s|now\s|also\s)?$")
# "a similar plant for Las Tunas would cost", "a new stand could cost": a thing not yet there, whoever estimates it
A_THING_COSTS = re.compile(r"\b(?:a|an)\s(?:[a-z-]+\s){0,2}?([a-z]{3,})(?:\s(?:for|at|in|on)\s(?:[A-Z][\w'-]*\s){1,3}?)?\s?"
                           r"(?:will|would|could|might|may)\s(?:also\s|eventually\s)?$")
COMBINED_BEFORE_CUE = re.compile(r"\b(?:joint|" + COMBINED + r")\s$", re.I)
# "the two companies, which together employ", "employ about 4,300 people between them": several parties' figure
TOGETHER_BEFORE_CUE = re.compile(r"\btogether\s(?:still\s)?$", re.I)
BETWEEN_THEM_AFTER = re.compile(r"\sbetween\s(?:them|the\s(?:two|three|four|five)\b)")
# "Revenue at Corvenna", "profit of Acme": the organization a figure noun is of.
OF_AT_AFTER_CUE = re.compile(r"\s(?:at|of|for)\s(?:the\s)?")
ORG_FIGURE_NOUN = re.compile(r"(?:revenues?|sales|turnover|profits?|losses|loss|net\sincome|earnings|headcount|workforce|staff|"
                             r"employees|valuation)", re.I)
HER_OWN = re.compile(r"\b(?:her|his)\s(?:own\s)?$", re.I)
# "Jason Pryor, who runs a roofing business with eight employees", "whose prop-hire company had 14 employees": a
# person's own business, which the text does not name, not the organization the document is about
OWN_BUSINESS = re.compile(r"\b(?:runs|ran|owns|owned|started|founded|set\sup|manages|managed|whose|his|her|their)\s(?:own\s|an?\s|"
                          r"[a-z-]+\s){0,3}(?:business|company|firm|shop|store|restaurant|caf[e\u00e9]|bakery|farm|practice|studio|"
                          r"agency|workshop|garage|salon|pub|bar|hotel|charity|shelter)\b", re.I)
# "bringing the toll to nine": the figure before is part of the rise, not the toll.
BRINGING_TOLL = re.compile(r"\b(?:bringing|taking|raising|pushing)\s(?:the\s)?(?:death\s)?toll\b", re.I)
# Units of measure: "6.2 metres", "41,000 tonnes", "900 metres underground" count nothing a rule compares.
MEASURES = frozenset("metres meters metre meter kilometres kilometers km miles mile feet foot inches tonnes tons tonne ton "
                     "kilograms kg litres liters gallons barrels acres hectares degrees megawatts gigawatts kilowatts mw gw "
                     "kwh mwh centimetres millimetres".split())
TIME_UNITS = frozenset("days weeks months years hours minutes".split())
AT_THE_TIME = re.compile(r"\b(?:at\sthe\stime|back\sthen|in\sthose\sdays)\b", re.I)
# "Harlo's 20-year-old striker Emil Dravec": a possessive, a few words in lower case, and whom they describe
POSSESSED_GAP = re.compile(r"(?:'s|\u2019s)?\s(?:[a-z0-9][\w-]*\s){1,3}")
SPEAKER = "the organization that said it"
TOLD_BEFORE = re.compile(r"\b(?:told|tells|informed|informs|warned|warns|notified|wrote\sto|emailed|briefed)\s(?:its\s|the\s|their\s)?$", re.I)
# "in groups of six and eight": the size of each group
GROUP_SIZE = re.compile(r"\b(?:in\s)?(groups|batches|teams|rows|sets|waves|shifts|squads)\sof\s(?:up\sto\s|about\s|around\s)?$", re.I)
# "claimed by 18 workers": the people who did it
BY_PEOPLE = re.compile(r"(?<!\brun\s)(?<!staffed\s)(?<!operated\s)(?<!manned\s)(?<!crewed\s)\bby\s$")  # but "is run by 450 staff"
# "About 1,150 workers are now on site": the people at work on one project
ON_SITE = re.compile(r"\s(?:(?:are|were|is|was|now|currently|still|working|employed|at\swork)\s){0,3}"
                     r"(?:on\s(?:the\s)?site|on\sthe\sproject|on\sthe\sbuilding\ssite)\b", re.I)
PEOPLE_SHARE = re.compile(r"\sof\s(?:the|its|their)\s(?:[a-z-]+\s)?(passengers|customers|subscribers|users|voters|viewers|"
                          r"workers|workforce|staff|employees|residents|members|students|patients|"
                          # "holds about 20 percent of the risk": a part of a cover, a bill or a vote, no holding either
                          r"risk|policy|cover|payout|claim|claims|losses|loss|bill|cost|costs|vote|votes|seats|budget|"
                          # "held 14 percent of its capacity": how full something is; "bought about 40 percent of its
                          # crop": a share of what a supplier makes
                          r"capacity|crop|crops|harvest|output|production|produce|everything)\b", re.I)
# "wiping about €800 million off the company's market value", "erasing $4.6 billion of market value", "will take 4.3p a
# litre off its price": the size of a change
WIPED_OFF = re.compile(r"\b(?:wip(?:e|es|ed|ing)|trim(?:s|med|ming)?|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|slash(?:es|ed|ing)?|eras(?:e|es|ed|ing)|"
                       r"lop(?:s|ped|ping)?|(?P<take>tak(?:e|es|en|ing)|took))\s(?:[a-z]+\s){0,2}$", re.I)
OFF_AFTER = re.compile(r"(?:\s(?:a|an|per)\s[a-z]+)?\s(?P<off>off|from)\b|\sof\s(?:its\s|the\s)?(?:[a-z]+['\u2019]s\s)?market\s"
                       r"(?:value|capitali[sz]ation)\b")
# what a market is measured in: "a 24 percent share of current accounts", "took 22 percent of television viewing"
MARKET_NOUNS = r"market|segment|connections|subscriptions|sales|spending|orders|viewing|audience|deposits|accounts|insurance|" \
    r"volumes?|traffic|shipments|bookings|lending|mortgages|listening"
MARKET_SHARE = re.compile(rf"\bof\s(?:the\s|its\s)?(?:[\w-]+\s){{0,2}}?(?:{MARKET_NOUNS})\b|\bmarket\sshare\b|"
                          r"\b(?:global|world|worldwide|national|domestic|european|regional)\s(?:market\s)?share\b|"
                          r"(?:%|\bpercent|\bper\scent)\sshare\b(?!\s(?:in|of)\b)|"  # "shipped 58 million units, for a 20.1 percent share"
                          r"['\u2019]s\s(?:market\s)?share\sat\b", re.I)
IN_NAME_GAP = re.compile(r"\s(?:in|for|at)\s(?:the\s)?(?:(?:neighbou?ring|nearby|rival|competing)\s)?")  # "at neighbouring Northmere"
# ", against €11.2 billion at its larger rival Pellmont Agro": the compared figure's owner, named with what it is to the first
# ", against €7.9 billion at the market leader, Tolvane Markets"
# "for Arcwave's.": a possessive with its noun left out, the figure of that party's like thing
ELLIPTIC_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)?(?:[.,;:)]|$)")
RIVAL_NAME_GAP = re.compile(r"\s(?:in|for|at)\s(?:the|its|their)\s(?:[a-z-]+\s){0,3}?[a-z-]+,?\s")
# "Three of the dead", "two among the injured": some of the victims, never the toll.
# Those an event's toll counts, as a text names them: "the dead", "the injured"
VICTIMS = r"dead|victims|killed|injured|hurt|missing|deaths|cases|infections|infected|sick"
PART_OF_THE_DEAD = re.compile(r"\s(?:of|among)\s(the\s(?:(?:most\s)?(?:seriously|badly|critically|severely)\s)?(?:" + VICTIMS
                              + r")|them|those|whom)\b", re.I)
# "about 310,000 of its customers live in", "1.2 million of the new subscribers": some of them, not all
OF_ITS_CUSTOMERS = re.compile(r"\s(?:of|among)\s(?:its|their|the)\s(?:[\d,.]+\s(?:million\s)?|(?:new|existing|current|paying|paid)\s)?"
                              r"(?:customers|subscribers|users|accounts|clients|members)\b", re.I)
# "$11.4 billion in revenue", "€2 billion of annual sales": a cue right after the figure, told of it
IN_CUE_GAP = re.compile(r"\s(?:in|of)\s(?:[a-z-]+\s)?")
# "paid her": money paid to a person is pay.
PAID_PERSON = re.compile(r"(?<=paid|pays)\s(him|her)\b|(?<=paying)\s(him|her)\b")
# "a contract worth $2.4 billion with Ellisar Cells": the other party to a contract.
CONTRACT_CUES = frozenset({"contract", "contracts"})
WITH_PARTY = re.compile(r"\s(?:[a-z-]+\s){0,3}?with\s(?:the\s)?")
# "fall from 88 percent to 43 percent", "fell from 10,400 in 2023 to about 9,100": a change from one figure to another.
FROM_BEFORE = re.compile(r"\bfrom\s(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?$", re.I)
FROM_TO_GAP = re.compile(r"(?:\s(?:in|at\sthe\s(?:end|start)\sof)\s(?:[A-Z][a-z]+\s)?(?:19|20)\d\d|\s(?:a|one|two|three|five|ten)\s"
                         r"(?:year|decade)s?\sago|\slast\syear)?,?\sto\s(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|"
                         r"just\s(?:over|under)\s)?")
# "Aldmoor has now recorded 63 cases": a name, then the verb of counting the figure's noun after it
RECORDED_GAP = re.compile(r"\s(?:has\s|have\s|had\s)?(?:now\s|so\sfar\s|already\s|also\s)?(?:recorded|reported|confirmed|registered|"
                          r"logged|counted)\s" + QUALIFIER_WORDS)
VERB_SUBJECT_GAP = re.compile(r"\s(?:has\s|had\s|have\s)?")
# "will hire about 750 people, lifting", "would recruit roughly 750 workers, bringing": a plan, then the change it brings
_PLAN_THEN_CHANGE = (r"\b(?:will|would|is\sto|are\sto|plans?\sto|expects?\sto|aims?\sto|intends?\sto)\s[^,;.]{1,80},\s(?:lifting|"
                     r"raising|taking|bringing|pushing|cutting|reducing|increasing|(?P<leaving>leaving))")
# "roughly 71 per worker", "£310 a head", "losing roughly €1.10 on each": a figure for each one of many, not the whole
FOR_EACH_ONE = re.compile(r"\s(?:on|for|from)\s(?:each|every)\b|\seach\b(?!\s(?:year|month|week|day|quarter|season)\b)"
                          r"|\s(?:per|a|an|each)\s(?:worker|employee|person|head|member|resident|household|customer|patient|pupil|"
                          r"student|capita|inhabitant|passenger|unit|order|item)\b", re.I)
# "will raise the price of a single ticket from", "clearing the way for the price to rise from": a change to come
FUTURE_CHANGE = re.compile(r"\b(?:(?:will|would|is\sto|are\sto|set\sto|due\sto|plans?\sto|planning\sto|intends?\sto)\s(?:[a-z]+\s)?"
                           r"|for\s[^,;.]{1,60}\sto\s)(?:raise|rise|increase|lift|go\sup|climb|cut|lower|reduce|fall|drop|shrink|grow|expand|"
                           r"take|bring)\b"
                           r"(?:[^,;.]|\.(?=\d)){0,80}$"
                           # "will hire about 750 people, lifting the workforce from 1,350 to": a change a plan brings
                           r"|" + _PLAN_THEN_CHANGE + r"\b(?:[^,;.]|\.(?=\d)){0,80}$", re.I)
# "would recruit roughly 750 workers, bringing its headcount above 2,000": the level a plan brings a figure to
PLAN_BRINGS_TO = re.compile(_PLAN_THEN_CHANGE + r"\s[^,;.$\u20ac\u00a3\d]{1,60}?\s(?P<to>(?:to|above|past|beyond|over|below)\s)?$",
                            re.I)
# "cut the permitted noisy days from 40 to 18": what a bare change counts, named right before "from" (but "staff
# numbers from" names no thing)
NOUN_BEFORE_FROM = re.compile(r"\b((?!(?:numbers|levels|totals|figures|counts|ranks|rolls)\b)[a-z]+s)\sfrom\s$")
# "sell its 24 percent stake", "selling their entire 30 percent holding": the seller's own stake, before the sale
HELD_BY_SELLER = re.compile(r"\b(?:its|their|his|her|our)\s(?:entire\s|whole\s|remaining\s|existing\s)?$", re.I)
# "the toll at 31, the worst since 2019": a year the figure is compared with, not the year of its event
SINCE_BEFORE = re.compile(r"\bsince\s$", re.I)
# "the government's", "the ministry's": a national body, whose money is never the company's a document is about
GOVERNMENT_NOUN = re.compile(r"\b(?:government|ministry|treasury)\b", re.I)
# "four more than the figure released on Tuesday", "$2 less than a year ago", "on £460 million less in sales", "$1.50
# cheaper than Northstar's": the gap between two figures
# "4.75p, or nearly 12 percent, lower than": a share of the gap may come between
DIFFERENCE_AFTER = re.compile(r"(?:,\s(?:or\s)?(?:about\s|nearly\s|almost\s|roughly\s|some\s)?[\d.]+\s?(?:%|percent|per\scent),)?"
                              r"\s(?:more|fewer|less|higher|lower|greater|bigger|smaller|larger|cheaper|dearer|costlier|"
                              r"more\sexpensive|less\sexpensive)\s(?:than|in)\b", re.I)
# "finished 191 votes ahead of the mayor", "two points clear of": a margin over a rival (but "$97 million ahead of
# Wednesday's draw" is a figure before a time)
MARGIN_AFTER = re.compile(r"\s(?:ahead\sof|behind|clear\sof)\s")
# "Among the dead were four fishermen", "among those killed were two children", "Twenty-three people, among them eight
# prison officers": some of a toll, or of those the figure before counts
AMONG_DEAD_BEFORE = re.compile(r"\b(?i:among)\s(?:the\s(?:" + VICTIMS + r")|those\s(?:killed|who\sdied|injured|hurt|missing))"
                               r"\s(?:were|was|are|is)\s$|\b(?i:among|of)\s(?:them|whom)\s(?:(?:were|are)\s)?$")
# "a revenue decline of about $8 million", "an increase of £2 million": the size of a change, told as a noun
CHANGE_NOUN_OF = re.compile(r"\b(?:decline|drop|fall|rise|increase|decrease|jump|slump|slide|dip|surge|swing|gain)\sof\s"
                            r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|more\sthan\s|up\sto\s)?$", re.I)
# "a growth fund that manages about $3 billion", "$40 billion of assets under management": money a fund runs for others
MANAGES_BEFORE = re.compile(r"\b(?:manag(?:es|ed|ing)|oversee(?:s|ing)?|oversaw|overseen)\s(?:about\s|around\s|roughly\s|some\s|"
                            r"nearly\s|almost\s|more\sthan\s|over\s)?$", re.I)
UNDER_MANAGEMENT = re.compile(r"\s(?:(?:of|in)\s)?(?:client\s)?(?:assets\s)?under\smanagement\b", re.I)
# "after losing what she estimates was €1,800 in takings": sales missed, no figure of the accounts (but "the strike cost
# Ostrand about €38 million in lost business" is what the strike cost)
LOST_IN_SALES = re.compile(r"\sin\s(?:lost\s)?(?:takings|sales|revenue|revenues|business|trade|bookings|income|earnings|fares|"
                           r"ticket\ssales|custom)\b", re.I)
LOSS_VERB_BEFORE = re.compile(r"\b(?:lost|losing|lose|loses)\b(?:\s[\w']+){0,5}\s$", re.I)
# "operators with more than 1 million customers", "employers with at least 250 staff": a class of parties a threshold
# defines, none of them named
THRESHOLD = re.compile(r"(?:more\sthan|over|at\sleast|fewer\sthan|less\sthan|under|up\sto|above|below|past|beyond)\s", re.I)
THRESHOLD_CLASS = re.compile(r"\b[A-Za-z][a-z]{2,}s\s(?:with|employing|that\s(?:have|employ)|which\s(?:have|employ))\s"
                             r"(?P<bound>" + THRESHOLD.pattern + r")?$")
# "cost and revenue synergies of $45 million", "annual cost savings of €180 million", "$45 million in synergies"
SAVINGS_BEFORE = re.compile(r"\b(?:savings|synergies)\s(?:of\s)?(?:about\s|around\s|roughly\s|some\s|up\sto\s)?$", re.I)
SAVINGS_AFTER = re.compile(r"\s(?:(?:a|per)\syear\s)?(?:in|of)\s(?:annual\s|yearly\s)?(?:cost\s)?(?:savings|synergies)\b", re.I)
# "about 120 of the posts being cut were already vacant": some of the cuts
PART_OF_CUTS = re.compile(r"\s(?:of|among)\s(?:the|those)\s(?:[a-z-]+\s)?(?:posts|jobs|roles|positions|staff|employees|workers)\s"
                          r"(?:being|to\sbe|that\swill\sbe|that\sare|set\sto\sbe|due\sto\sbe)\s(?:cut|lost|axed|shed|eliminated|go)\b")
# "Most of the dead were over 75": the victims' ages, no toll
AGES_OF_DEAD_BEFORE = re.compile(r"\b(?:the\s(?:" + VICTIMS + r")|those\s(?:killed|who\sdied))\s(?:were|was)\s(?:mostly\s|all\s)?"
                                 r"(?P<than>(?:over|under|aged|older\sthan|younger\sthan|between)\s)?$", re.I)
AGE_BOUND = re.compile(r"(?:over|under|aged|older\sthan|younger\sthan|between)\s", re.I)
# "in 1970, aged 17": an age at the year just named (but "died in 1986, aged 81" is the age the person reached)
YEAR_THEN_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d,\s$")
DIED_BEFORE = re.compile(r"\b(?:died|death|killed|passed\saway)\b", re.I)
# "31 injured among the 450 people aboard": the whole a part is counted among
AMONG_BEFORE = re.compile(r"\bamong\s(?:the\s|its\s|their\s)?$", re.I)
# "an order for 12 jets worth $3.7 billion", "the contract's value of": the value of an order is what it costs
ORDER_VALUED = re.compile(r"\b(order|contract)s?\b[^;:]{0,80}?\b(?:values?|valued|worth)\b[^;:.]{0,30}$", re.I)
# "placed an order for 40 jets with Halden Aerospace": the one an order is placed with, who sells
ORDER_WITH = re.compile(r"\border\s(?:for\s)?[^.;,]{0,50}?\s(with)\s$", re.I)
# "signed the Dalvish international from", "bought him from": a person bought from a club, who is the price's object
PERSON_BOUGHT = re.compile(r"\s(?:him|her|the\s(?:[\w-]+\s){0,2}(?:international|striker|forward|midfielder|defender|goalkeeper|"
                           r"winger|player|playmaker|youngster|teenager))\s(?:[^,;.]{0,30}\s)?from\s")
# "for Amankwah", "in the company", "of rival firm", "in bakery chain": the words between a preposition and its object
OBJECT_BEFORE = re.compile(r"\b(in|into|of|for|to|from|on|at)\s+(?:the\s+|[a-z]+\s+|\d[\d,]*\s+|rival\s[a-z]+\s|"
                           r"(?:the\s|a\s)?[a-z-]+\s" + ORG_NOUN + r"\s)?$")
# "€150 million of government support", "£20m of public money": money a public purse gives
PUBLIC_MONEY_AFTER = re.compile(r"\sof\s(?:(?:national|regional|federal|central|local)\s)?(?:government|state|public|federal|"
                                r"taxpayers?['\u2019]?|council)\s(?:support|aid|funding|money|subsid(?:y|ies)|grants?|backing|"
                                r"cash|loans?)\b", re.I)
# "Pennakett's share of grocery spending", "churn, the share of subscribers who cancel", "as a share of premiums": a
# share of a measure named with no article (a holding is a share of the company, of its plant or of a named party)
SHARE_OF_MEASURE = re.compile(r"\sof\s(?!(?:the|its|their|his|her|this|that|these|those|our|a|an|any|one|about|around|roughly|"
                              r"nearly|almost|some|just|more|less|over|under|up|only|close|well|at)\b)"
                              r"((?:[a-z][a-z-]*\s){0,3}[a-z][a-z-]*)\b")
MARKET_MEASURE = re.compile(rf"\b(?:{MARKET_NOUNS}|capacity|cover|seats)\b")  # "its share of global container capacity"
VOTES_MEASURE = re.compile(r"votes?\b|ballots\b")  # "the party's share of votes": a vote share, read elsewhere
# "core inflation held at 3.9 percent": a level that stayed, no holding
HELD_AT = re.compile(r"(?:held|holds|hold|kept|keeps|keep)\s(?:steady\s|unchanged\s|firm\s|flat\s)?at\s"
                     r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?", re.I)
# "25 crew members", "board members": the people on a crew or a board, not a membership
NOT_MEMBERSHIP = re.compile(r"\b(?:crew|staff|family|board|team|cabinet|jury|panel|faculty|band|cast|committee|council)"
                            r"[\s-]members?$", re.I)
# What job cuts count: jobs and the people who hold them ("1,200 jobs", "450 redundancies", "300 engineers")
CUT_NOUNS = frozenset("jobs job posts post roles role positions position cuts losses redundancies layoffs lay-offs staff "
                      "employees workers people persons personnel crew percent".split())
# Things closed or cut that are no jobs: "close seven elementary schools"
# "a 12-person accounting firm", "a 40-strong team": the size of the noun after it
SIZE_OF_NOUN = re.compile(r"-(?:person|people|man|woman|strong|member)$")
NOUN_AFTER_SIZE = re.compile(r"\s(?:[a-z-]+\s){0,2}[a-z]+")
# "six of the Harwick Valley School District's 14 schools": a bare number of the things named after it
PART_OF_THINGS = re.compile(r"\sof\s(?:the|its|their)\s(?:[\w'\u2019-]+\s){0,5}?(?:\d[\d,]*\s)?([a-z]+)\b")
# Things customers make, counted in their own right: "some 30,000 inquiries", "41,000 complaints"
NOT_CUSTOMERS = frozenset("inquiries enquiries calls complaints orders claims messages emails requests tickets transactions "
                          "payments parcels deliveries applications visits bookings reservations refunds".split())
NOT_JOBS = frozenset("schools school stores store shops shop branches branch plants plant factories factory sites site "
                     "routes route flights flight services trains buses vehicles cars products offices office hospitals "
                     "clinics libraries pubs restaurants mines farms stations beds wards lines depots outlets ships vessels "
                     "boats ferries aircraft planes jets trucks lorries warehouses hotels homes houses".split())
# "Pieter Hallgren, now 70,": the age now, which makes another age of the sentence an earlier one
NOW_AGE = re.compile(r",\snow\s\d{1,3},")
# "less than £2 million in the bank": cash held (but "$6.8 billion in cash and stock" is paid)
IN_THE_BANK = re.compile(r"\s(?:in\sthe\sbank|in\sreserves|in\sits\saccounts?|of\scash\b(?!\sflow))\b", re.I)  # "had $2.3bn of cash"
# "raised its single fare to", "to raise prices from": a price raised, not money raised
RAISED_PRICE = re.compile(r"\s(?:(?:its|the|their|his|her)\s)?(?:[a-z-]+\s){0,2}?(prices?|fares?|rents?|fees?|tariffs?|charges?|"
                          r"premiums?|subscriptions?)\b", re.I)
# "... and now expects $4.9 billion": a forecast of the figure the sentence gave before
EXPECTS_NEXT = re.compile(r"\band\s(?:now\s|still\s|also\s)?(?:expects|forecasts|sees|predicts|projects)\s" + QUALIFIER_WORDS + r"$")
# "aims to keep inflation at 2 percent": a target
AIMED = re.compile(r"\b(?:aims?|aiming|seeks?|seeking|targets?|targeting|goal\sis|mandated)\sto\s", re.I)
# "... fire killed", "... fire, which killed", "... fire, as it is still known in the valley, claimed"
EVENT_VERB_GAP = re.compile(r"(?:\s(?:has\s|had\s|have\s)?|,\s(?:which|that)\s(?:has\s|had\s)?|,\s(?:as|then|still)\s[^,;]{0,60},\s)"
                            r"(?:[a-z]+ed\s)?")
# "the death toll from the Varda wildfire", "deaths in the Kelmar earthquake"
EVENT_AFTER_CUE = re.compile(r"[a-z\s]{0,12}?\s(?:from|in|of)\s(?:the\s)?(?:\d{4}\s)?")
# "Net profit for the quarter fell to ...", "Revenue rose 4 percent to ...": a figure's own noun opens the
# sentence, and the figure belongs to the organization the document is about.
FIGURE_OPENING = re.compile(r"(?:(?:the|its|their)\s(?:[a-z-]+\s)?(?:filing|prospectus|report|results|accounts|statement|figures|data)\s"
                            r"(?:shows?|showed|reveals?|revealed|lists?|listed|puts?|gives?|gave|includes?|included)\s)?"
                            r"(?:(?:the|its|their)\s)?(?:(?:net|gross|total|annual|quarterly|operating|pre-tax|adjusted|"
                            r"underlying|core|group|global|full-year|half-year|[a-z]+-quarter|[a-z]+-half)\s){0,3}"
                            # "and a £6 million profit in 2024 turned into a £38 million loss": the figure before its noun
                            r"(?:(?:a|an)\s[$\u20ac\u00a3\u00a5]?\d[\d.,]*(?:\s?(?:million|billion|thousand|trillion|bn|m))?\s"
                            r"(?:(?:net|pre-tax|operating|annual|full-year)\s)?)?", re.I)
INTRO_PARTICIPLE = re.compile(r"[\"'\u201c]?(?:[A-Z][a-z]{2,}ed|Born|Built|Made|Known|Held|Led|Run|Set|Bought|Sold|Hit|Brought|Grown|Taken|Given|Written|Founded)\s(?:in|by|on|at|from|with|after|for|under|as|during)\b[^,;:]{3,120}?,\s"
                              r"(?:(?:now\s|aged\s|then\s)?\d{1,3},\s)?")  # "Founded in 1991 by Declan Rourke, now 74, Fennick"
# "at the Orvale campus", "at its Dunlin plant", "in the Velmora mine": one site of an organization.
SITE_AFTER = re.compile(r"(?:\s[a-z]+){0,2}?\s(?:at|in)\s(?:the|its|their|a)\s(?:[A-Z][\w-]*\s|[a-z]+\s){0,3}?"
                        r"(campus|plant|site|factory|headquarters|head\soffice|office|offices|mine|facility|depot|warehouse|"
                        r"hub|store|refinery|mill|yard|works|complex|centre|center|base|shipyard|terminal|port|airport)\b")
COMBINED_AFTER = re.compile(r"(?:\s[a-z]+){0,2}?\s(?:across|at|in|of|for)\s(?:the\s" + COMBINED + r"\s" + ORG_NOUN
                            + r"|(?:the\stwo|both)\s(?:companies|groups|firms|businesses|airlines|banks))\b")
# "the combination would cut", "The companies expect to cut": the parties to a merger, together, as a clause's subject
COMBINED_CLAUSE = re.compile(r"\b((?:the|a)\scombination|(?:the|both)\s(?:two\s)?companies|the\s" + COMBINED + r"\s" + ORG_NOUN
                             + r")\s(?:would|will|could|can|may|might|expects?|plans?|intends?|aims?|ha(?:ve|s)\s(?:promised|pledged|said|"
                             r"announced|agreed)|promised|pledged|said|say)\b", re.I)
# "two festivals it launched": a plural noun, then the verb's subject, is a clause about the noun (its "that" left out).
THINGS_IT_VERBED = re.compile(r"\b(?!(?:as|has|was|is|this|thus|its|his|hers|does|always|perhaps|whereas|unless|plus|less|yes)\b)"
                              r"([a-z]{2,}s)\s(?:it|they|he|she|we)\s(?:had\s|has\s|have\s)?$")
# "Her price-cutting campaign, launched last April", "Pellworth's loyalty scheme, which was launched in 2019": the date of
# a thing someone has, which the text does not name, not the founding of whoever has it
POSSESSED_THING_DONE = re.compile(r"(?:\b(?i:his|her|its|their)|[a-z]['\u2019]s?)\s((?:[a-z-]+\s){0,3}[a-z-]+)"
                                  # "The airline's maintenance hangar on the north side of the airfield, opened in 2009"
                                  # or "its headquarters on Canal Street, opened in 2019"
                                  r"(?:\s(?:on|at|in|near|outside)\s(?:(?:[a-z-]+\s){0,5}?[a-z-]+|" + STREET + r"))?"
                                  r",\s(?:which\s(?:was|were)\s)?$")
# "his first shop", "her first restaurant": the first premises of a business, where its founder started it
FIRST_PREMISES = re.compile(r"first\s(?:[a-z-]+\s)?(?:shop|store|inn|hotel|restaurant|caf[e\u00e9]|bakery|grocery|grocer's|pub|"
                            r"salon|surgery|clinic|workshop|garage|stall|kiosk|boutique|branch|pharmacy|chemist's|draper's|bar)")
# "opened his first savings account at Tessford in 1970", "launched her campaign in May": a person's own thing
HIS_THING_AFTER = re.compile(r"\s(?:his|her)\s((?:[a-z-]+\s){0,3}?[a-z-]+)(?=\s(?:at|in|on|for|with|to|from|as|last|this)\b|[,.;])")
# "Korvel's first", "its largest", "their own": no thing of its own, but one the sentence names before
NO_THING_WORDS = frozenset("first second third fourth fifth last latest newest oldest biggest largest own only".split())
# "In the village of Olt, where 26 people died", "In the town of Harl, 40 people", "In Luccano, where Verenza runs three
# hotels": a sentence that opens with one place, whose figures are that place's share
ONE_PLACE_OPENING = re.compile(r"[\"'\u201c]?In\s(?P<kind>the\s(?:village|town|hamlet|district|suburb|neighbou?rhood|parish)\sof\s)?"
                               r"(?P<place>(?-i:[A-Z])[\w'\u2019-]*(?:\s(?-i:[A-Z])[\w'\u2019-]*)?),\s(?P<where>where\s)?")
# "and the family will keep 15 percent", "with the family retaining roughly 15 percent", "The family's 68 percent
# holding", "The family, which holds about 80 percent": a stake held by a family the clause names only as "the family"
FAMILY_HOLDS = re.compile(r"\b(?:the|its|their|his|her)\s(?:founding\s|controlling\s)?family(?:['\u2019]s\s$|(?:['\u2019]s\s"
                          r"(?:holding\scompany|trust|investment\svehicle|vehicle))?,?\s(?:which\s)?(?:(?:will|would|still|also|"
                          r"has|had|is|was|to)\s){0,2}(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|own|owns|"
                          r"owned|owning|hold|holds|held|holding|control|controls|controlled)\s(?:on\sto\s)?(?:about\s|"
                          r"roughly\s|around\s|nearly\s|almost\s|some\s|just\s(?:over|under)\s|the\sremaining\s)?$)", re.I)
# "who won in 1991 aged 19", "made her debut with the Philharmonic aged 13", "learned the moves aged 5": an age at a past
# event, dated, a first or a beginning
AGED_THEN_BEFORE = re.compile(r"\b(?:(?:in|since)\s(?:19|20)\d\d|debut|debuted|first|learned|learnt|began|started|took\sup|"
                              r"picked\sup|emigrated|left\sschool)\b[^.;,]{0,40}$", re.I)
# "the deal's real value at", "the list value of the agreement": the value of a deal, which is its price
DEAL_VALUE = re.compile(r"\b(?:deal|order|contract|agreement|transaction|takeover|acquisition)['\u2019]s\s(?:[a-z]+\s)?value\b|"
                        r"\bvalue\sof\s(?:the|this|that)\s(?:[a-z]+\s)?(?:deal|order|contract|agreement|transaction|takeover|"
                        r"acquisition)\b", re.I)
AGED_THEN_AFTER = re.compile(r",?\s(?:in|back\sin)\s(?:19|20)\d\d\b")
# "the £121,000 median for charities of its size", "a $54,000 average": a figure of many, no one's own
STATISTIC_AFTER = re.compile(r"\s(?:median|average|mean)\b(?!\s(?:of|for)\s(?:its|his|her|their)\b)")
# "a 164-unit scheme that Orrin acquired": a name after "that", the subject of a relative clause
RELATIVE_OBJECT_BEFORE = re.compile(r"\sthat\s$")
# "a separate cluster of 19 cases", "Dorne County's separate outbreak": another event than the story's
SEPARATE_EVENT = re.compile(r"\b(?:separate|unrelated|second)\s(?:[a-z-]+\s)?(?:cluster|outbreak|fire|blaze|incident|crash|"
                            r"accident|attack|explosion|storm|flood|landslide|earthquake|quake|collapse|derailment)\b", re.I)
# "The rival Juniper Cash game, run by Brightfen Gaming, has a jackpot of": a rival's figure, not the story's event's
# "after running the business at rival Nordvent": a rival governed by a preposition, not what "it" or "the company" is
RIVAL_BEFORE = re.compile(r"\b(?:at|of|from|to|than|with|for|over|against|like|unlike)\s(?:its\s|their\s|the\s)?"
                          r"(?:rival|competing)\s$", re.I)
RIVAL_NAMED = re.compile(r"\b(?:[Rr]ival|[Cc]ompeting)\s(?:[a-z-]+\s)?(?=[A-Z])")
# "pays its vice-chancellor, Ruth Castellane, £305,000": the pay of the person named after the payer's verb and their role
PAYS_ROLE_BEFORE = re.compile(r"\b(?:pays|paid|paying|pay)\s(?:its|their|his|her|the)\s(?:[a-z-]+\s){0,3}?[a-z-]+,?\s$")
# "the £418,000 paid to its vice-chancellor, Gideon Markwell", "the £410,000 paid to Ashby": the payee after the figure
PAID_TO_ROLE_AFTER = re.compile(r"\s(?:paid|awarded|given)\sto\s(?:(?:its|their|his|her|the)\s(?:[a-z-]+\s){0,3}?[a-z-]+,?\s)?")
# "Campaign finance filings show Tillery raised $1.1 million", "raised $2.1 million, including $600,000 of his own money":
# money a person raised for a campaign or a cause, the person's own
CAMPAIGN_MONEY = re.compile(r"\b(?:campaign|candidates?|donations?|donors?|fundrais\w*|election|own\s(?:money|savings|funds))\b",
                            re.I)
# "About 110 staff have applied for voluntary redundancy": some staff doing something, not all of them
SOME_STAFF_AFTER = re.compile(r"\swhose\sjobs\b"  # "roughly 200 staff whose jobs were at risk"
                              r"|\s(?:have\s|has\s|had\s|were\s|are\s|will\s|would\s)?(?:already\s|now\s|so\sfar\s)?"
                              r"(?:applied|signed|volunteered|accepted|walked|quit|voted|registered|taken\svoluntary|took\svoluntary|"
                              r"(?:been\s)?(?:treated|injured|hurt|evacuated)|stay|stayed|gathered|marched|rallied)\b"
                              r"|\sat\sa\s(?:rally|meeting|protest|vigil)\b"  # "around 600 workers at a rally"
                              # "two employees said", "several staff told the Gazette": the sources, not the staff
                              r"|\s(?:(?:familiar\swith|with\sknowledge\sof|close\sto|briefed\son)\s(?:\w+\s){0,3}?)?"
                              r"(?:said|say|says|told|tell)\b")
# "10 percent of tickets", "a third of its seats", "60 per cent of the mine's output": a share of things, never a holding
SHARE_OF_THINGS = re.compile(r"\sof\s(?:the\s|its\s|their\s|all\s)?(?:[a-z]+['\u2019]s\s)?(tickets|seats|rooms|flights|orders|sales|revenue|"
                             r"customers|users|votes|homes|cars|vehicles|passengers|beds|places|output|production|supply|capacity)\b", re.I)
# "compliance headcount", "engineering headcount": the staff of one part of an organization
UNIT_HEADCOUNT = re.compile(r"\b(?!(?:total|overall|group|global|worldwide|company|its|the|their|our|whole|combined|own|current|"
                            r"permanent|full-time)\s)[a-z-]{4,}\sheadcount\b")
# "whose mother Maureen died aged 71": a name right before "died", the one who died at that age
DIED_AGED_BEFORE = re.compile(r"\s(?:died|dies)\s$")
# "suffered serious injuries", "were critically injured", "71 serious": the worst hurt
SERIOUS_AFTER = re.compile(r"\s(?:[a-z]+\s){0,3}?(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|life-threatening|grave(?:ly)?|badly)"
                           r"\s(?:injur|hurt|wound|burn)", re.I)
SERIOUS_END = re.compile(r"\s(?:serious|critical|severe)$", re.I)
DOUBTED_CASES = re.compile(r"\s(probable|suspected|possible)\s(?:[a-z]+\s)?cases$", re.I)  # "six probable cases"
# "paid $2.3 million in 2018 for dust-control breaches", "paid $74 million over failings": money paid for a wrong, a penalty
PAID_FOR_WRONG = re.compile(r"(?:\s(?:in|on)\s(?:\d{4}|[A-Z][a-z]+(?:\s\d{4})?))?\s(?:for|over)\s(?:[\w-]+\s){0,4}?"
                            r"(breach(?:es)?|violations?|offen[cs]es|infringements?|misconduct|wrongdoing|failings)\b")
FINE_APPOSITION = re.compile(r",\s(?:the|a|an)\s(?:[a-z-]+\s){0,3}?(?:fine|penalty)\b")  # ", the largest fine ever imposed"
PAID_BEFORE_FIGURE = re.compile(r"\b(?:paid|pays|pay|paying|to\spay|ordered\sto\spay)\s(?:another\s|a\sfurther\s)?"
                                + QUALIFIER_WORDS + r"$", re.I)
# "owes landlords", "owes it", "owed the bank": the one creditor a debt figure after it is owed to
OWES_SOMEONE_BEFORE = re.compile(r"\bow(?:es|ed|ing)\s(?!(?:creditors|its\screditors|about|around|roughly|some|nearly|almost|more|"
                                 r"less|over|under|an?|at|up|close|just|only|another|a\sfurther)\s)(?:[\w'&-]+\s){1,4}"
                                 + QUALIFIER_WORDS + r"$", re.I)
# "$214 million in unpaid rent", "£3m in back taxes": what a debt is for
OWED_FOR_AFTER = re.compile(r"\sin\s(?:unpaid\s|back\s|overdue\s|outstanding\s|missed\s|late\s)?"
                            r"(rent|wages|taxes|tax|fees|bills|invoices|salaries|royalties|interest|pensions?)\b", re.I)
# "shares slumped 18 percent", "the stock has fallen by about 9%": a move of a share price
SHARE_MOVE_BEFORE = re.compile(r"\b(?:shares|stock)\s(?:(?:have|has|had)\s)?(?:fell|fallen|rose|risen|sank|slid|dropped|jumped|slumped|"
                               r"surged|tumbled|plunged|climbed|gained|lost|soared|dipped|rallied|slipped|eased)\s(?:by\s)?"
                               + QUALIFIER_WORDS + r"$", re.I)
# "launched its first branded butter": a thing the organization began, not the organization (but "opened its first
# store in 1958" is how a shop's history is told)
LAUNCHED_A_THING = re.compile(r"\b(?:launched|introduced|unveiled)\s(?:its|their)\s(?:first|new|own)\s", re.I)
# "Fenwycke Children's Hospital on Tuesday launched a $60 million public appeal": the date of what it launched
LAUNCHED_AFTER = re.compile(r"\s(?:launched|introduced|unveiled)\s(?:an?|its|their)\s", re.I)
# "a final dividend", "its interim dividends": one of the payments a company makes for a year
DIVIDEND_KIND = re.compile(r"\b(final|interim|special)\s(?:cash\s)?dividends?\b", re.I)
PENCE_END = re.compile(r"\dp$|\spence$")  # "412p", "412 pence"
# "placed on paid leave", "has been on leave since": away for a while, which is no departure
ON_LEAVE = re.compile(r"\bon\s(?:(?:paid|unpaid|gardening|medical|sick|extended|compassionate|administrative|maternity|paternity)\s)?"
                      r"leave\b", re.I)
# "families who gave birth at the unit": a birth someone gave, not when the one named was born
GAVE_BIRTH = re.compile(r"\b(?:gave|give|gives|giving|given)\sbirth\b", re.I)
# "his two children, aged 6 and 9", "two sons at the school, aged 9 and 13": the ages of others the sentence counts, not
# of its subject
OTHERS_AGED_BEFORE = re.compile(r"\b(?:children|kids|sons|daughters|grandchildren|twins|brothers|sisters|boys|girls)"
                                r"(?:\s(?:at|in|from)\s(?:the\s|a\s|their\s|his\s|her\s)?[a-z-]+)?,?\s$")
# "players aged 21 or younger", "children aged 12 and under": people of an age, no one's age
AGE_CLASS_AFTER = re.compile(r"\s(?:or|and)\s(?:younger|older|under|over|above|below)\b")
# "who turns 58 next month": the age someone will be (but "turns 40 today" is the age now)
TURNS_BEFORE = re.compile(r"\b(?:turns|will\sturn|is\sturning|turning)\s$")
TODAY_AFTER = re.compile(r"\s(?:today|on\s(?:the\sday|publication))\b")
# "Two other miners died": some of the dead, told apart from others counted before (but "killing three and injuring 12
# other people": all the injured, told apart from the dead)
OTHER_ONES = re.compile(r"\S+\s(?:other|more)\s[a-z]+$", re.I)
# "whose 24-year-old son is serving four years", "his 81-year-old mother": a relative's age, not the person's
KIN_NOUNS = (r"(?:son|daughter|wife|husband|partner|mother|father|brother|sister|child|grandson|granddaughter|nephew|niece|"
             r"cousin|stepson|stepdaughter|boy|girl|baby)")
KIN_BEFORE = re.compile(r"\b(?:his|her|their|whose|my|our)\s$", re.I)
KIN_AFTER = re.compile(r"\s" + KIN_NOUNS + r"\b(?!,?\s[A-Z])")
# "its average store is", "the typical vessel was": an average of many things, whose age is no one's
AVERAGE_OF_MANY = re.compile(r"\b(?:average|typical|median|mean)\s(?:[a-z-]+\s){0,2}?(?:is|are|was|were)\s(?:now\s|about\s|around\s|nearly\s)?$",
                             re.I)
# "Her brother, 53,", "his late wife, 71,": a relative's age in apposition
KIN_APPOSITION = re.compile(r"\b(?:his|her|their|whose)\s(?:(?:elder|older|younger|late|twin|eldest|youngest)\s)?" + KIN_NOUNS
                            + r",\s$", re.I)
# "a 30-year-old ... her 74-year-old predecessor, Gregor Hallström": another age between an age and a name
ANOTHER_AGE = re.compile(r"\d-year-old\b|\baged\s\d")
# "when Varga, then 18, finished fourth", "Marguerite Osei, then a 31-year-old programmer": the age someone was at the time
# told of
THEN_AGE_BEFORE = re.compile(r"\bthen\s(?:only\s|just\s|aged\s|an?\s)?$")
# "Corvath takes 51% of the venture and Tessaly keeps 49%": a verb of holding that agrees with the one name before it
HOLDING_VERB_BEFORE = re.compile(r"\s(?:keeps|holds|owns|retains|takes|gets|will\s(?:keep|hold|own|retain|take|get))\s"
                                 r"(?:about\s|roughly\s|around\s|nearly\s|almost\s|some\s|the\sremaining\s|the\sother\s)?$")
# "With 8.4 million customers, it is the country's largest operator": a phrase opening the sentence, about the main
# clause's subject
FRONTED_WITH = re.compile(r"[\"'\u201c]?With\s[^,;]{1,80},\s")
AS_A_BEFORE = re.compile(r"\bas\san?\s$", re.I)
# "When Marbeck bought ..., it cut": a clause that opens the sentence, whose subject "it" in the main clause is.
SUBORDINATE_OPENING = re.compile(r"[\"'\u201c]?(when|after|as|since|because|although|though|while|once|before|if|until)\s", re.I)
# "2,100 people at Lorcaster": a count of one named place ("in Velmora" may be a whole country's).
PLACE_AFTER = re.compile(r"(?:\s[a-z]+){0,2}?\s(?:at|in(?=\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)?[,.;]))\s")
# "640 of the group's roughly 4,500 workers", "About 600 of the 1,800 jobs": a part of the next figure.
SHARE_OF = re.compile(r"\s(?:out\s)?of\s(?:(?:the|its|their|his|her)\s)?(?:[\w-]+['\u2019]s\s)?(?:[a-z-]+\s)?"
                      r"(?:about|roughly|around|some|nearly|almost|more\sthan|over)?\s?")
# "The offer of €4.20 a share", "The deal is worth ...": the transaction the document already named.
DEAL_WORDS = r"offer|deal|bid|takeover|acquisition|agreement|merger|transaction"
DEAL_NOUNS = r"(?:" + DEAL_WORDS + r")"
NAMED_DEAL = re.compile(r"\s" + DEAL_NOUNS + r"\b", re.I)
# "the $6.75 billion deal", "the $312 million price": the deal, told by its price.
FIGURE_DEAL = re.compile(r"\s(?:[a-z-]+\s)?(?:" + DEAL_WORDS + r"|price|purchase|sale)\b", re.I)
THE_BEFORE = re.compile(r"\b(?:the|this|that)\s$", re.I)
THE_DEAL = re.compile(r"\b(?:the|this|that|its|their)\s(?:[a-z]+\s)?" + DEAL_NOUNS + r"\b",
                      re.I)
# "the deal includes a $75 million retention pool": money the figure's noun names, a part of the deal, not its price
PART_OF_DEAL = re.compile(r"\s(?:[a-z-]+\s)?(?:pool|fund|loan|facility|bonus|bonuses|package|grant|payment|payout|"
                          r"charge|provision|reserve|budget|bond|dividend|buyback|earn-out|write-down)\b")
# "giving it a market value of about €41 billion": the value of the organization "it" stands for
GIVING_IT = re.compile(r"\bgiv(?:ing|es|e)\s(?:it|the\s(?:company|group|firm|business))\sa\s(?:[a-z]+\s)?(?:value|valuation|"
                       r"capitali[sz]ation)\s(?:of\s)?(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?$")
# "revenue per subscriber", "cost per kilometre": a figure for one unit, not the total (not "per cent", "per share",
# nor a time: "revenue per year" is the revenue)
# "$12,230 a dose", "€1.85 a litre": a price for one unit (but "$4 million a year", "$2 billion a few weeks ago").
# A capitalized word before a noun, in a pattern that ignores case elsewhere: "Ploverton" of "each Ploverton share"
CAPITALIZED_WORD = r"(?-i:[A-Z][\w&-]*)\s"
PER_UNIT_A = re.compile(r"\s(?:a|an)\s(?!(?:cent|share|year|annum|month|week|day|quarter|season|hour|few|lot|little|bit|record|"
                        r"further|total|new|person|head|piece|time|decade)\b)([a-z]{3,})(?=[\s.,;:)]|$)(?!\s(?:of|ago|earlier|later|after|before)\b)")
PER_UNIT_AFTER_CUE = re.compile(r"\s(?:per|for\seach|(?:to|for)\severy|to\seach)\s(?!(?:cent|share|year|annum|month|week|day|quarter|season|hour)\b)"
                                r"(?!" + CAPITALIZED_WORD + r"(?:ordinary\s)?shares?\b)"  # "for each Ploverton share": by the share
                                r"([a-z]+)\b", re.I)
# "selling shares at around $19 each": the price of one share, which "a share" names elsewhere
SHARES_AT = re.compile(r"\b(?:shares|stock)\s(?:[a-z]+\s){0,2}(?:at|for)\s(?:between\s|about\s|around\s|roughly\s)?$", re.I)
# "£10.8m apiece", "Each member will receive": one share of a whole
EACH_AFTER = re.compile(r",?\s(?:each|apiece|a\shead|per\shead|per\sperson|a\sperson|per\swinner|per\smember)\b", re.I)
EACH_BEFORE = re.compile(r"(?:^|[.;:]\s|\s)(?:each|every)\s(?:of\s(?:the|them)\s)?(?:[a-z-]+\s){0,2}(?:will\s|would\s|is\sto\s)?"
                         r"(?:receive|receives|received|get|gets|got|take\shome|takes\shome|took\shome|pocket|pockets|pocketed)\s"
                         r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|more\sthan\s)?$"
                         # "will pay each evacuated household $1,500": what one of them is given
                         r"|\b(?:pay|pays|paid|paying|give|gives|gave|giving|offer|offers|offered|offering)\s(?:each|every)\s"
                         r"(?:[a-z-]+\s){1,3}(?:about\s|around\s|roughly\s|some\s|up\sto\s)?$", re.I)
# "Her prize money", "his winner's cheque" (but "her career prize money": all she has won, no one prize)
HER_PRIZE = re.compile(r"\b(?:her|his)\s(?:first\s|top\s|total\s)?$", re.I)
# "Kerero takes home", "receives the same": a winner and the prize
WON_BEFORE = re.compile(r"\b(?:takes?\shome|took\shome|won|wins|receives?|received|collects?|collected|pockets?|pocketed|"
                        r"earns?|earned|gets|got|took)\s(?:a\s|the\s|her\s|his\s|their\s)?(?:record\s|top\s|first\s|same\s)?"
                        r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|more\sthan\s)?$", re.I)
# "her pay package ... was valued at", "valued her package at": the worth of someone's pay
BASE_PAY_CUES = frozenset({"base pay", "basic pay", "base salary", "basic salary"})
PAY_VALUED = re.compile(r"\b(?:pay\spackage|pay|package|salary|compensation|remuneration|bonus|award)\b", re.I)
PAY_WORTH = re.compile(r"\b((?:pay\s)?package|salary|pay)\b[^.;,$\u20ac\u00a3]{0,30}?\b(?:was|is|were|are|will\sbe)\s"
                       r"(?:worth|valued\sat)\s(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?$", re.I)
OR_BEFORE = re.compile(r",\s(?:or|and)\s(?:about\s|roughly\s|some\s)?$")
# "€4.65 a share", "$12 per share": a price for one share.
OFFER_CUES = frozenset({"offer", "offers", "offered", "bid", "bids", "proposal", "approach"})
SUBUNIT = re.compile(r"\d[\s-]?(?:p|pence|cents?|c|\u00a2)$")
# "€4.65 a share", "412 pence for each Ploverton share": the price of one share
PER_SHARE = re.compile(r"[\s-](?:a|per|each|for\s(?:each|every))[\s-](?:" + CAPITALIZED_WORD + r"){0,2}(?:share|unit|ordinary\sshare)\b", re.I)
# "Tomas Heidecker took charge", "Ilse Marrow has led": between a person's name and the verb it is the subject of
VERB_GAP = re.compile(r"\s(?:(?:has|had|have|was|were|is|will|would|then|also|first|finally|only)\s){0,2}")
# "Dunmore Pharmaceuticals' campus", "Kestrel's Hollins Cross hub": a site of the organization, after its possessive
POSSESSED_SITE = re.compile(r"(?:['\u2019]s?)?\s(?:[A-Z][\w-]*\s){0,2}(?:"
                            + "|".join(sorted(SITE_WORDS | {"shipyard", "smelter", "headquarters", "offices?", "branch", "store",
                                                            "hotel"}, key=len, reverse=True)) + r")\b")
# "whose 2017-2019 Compass Tour", "whose rival kidney drug Corlitra": between "whose" and the name of what it owns
WHOSE_GAP = re.compile(r"\s(?:(?:\d{4}(?:[-\u2013]\d{2,4})?|[a-z-]+)\s){0,3}")
# the prepositions before a name that make it no party a participle after it describes: a place ("in Brevik, founded
# in 1998"), or a part of a longer phrase ("run by Colette Varga of Varga Literary, opened on October 5"); but "is
# paying €780 million for Brisquet Sensors, founded in 2008", "made by Kestrow Plastics Ltd, founded in 1994"
NOT_A_PARTY_BEFORE = PLACE_PREPOSITIONS + ("of", "to", "on", "into", "via", "throughout")
# ", founded in 1872", ", launched in 2011": a participle clause set after the name it describes
FOUNDED_PARTICIPLE = re.compile(r"(?:founded|co-founded|established|launched|formed|built|opened|set\sup|created|started)\s"
                                r"(?:in|on|as|by)\b(?<!started\son)")  # but "The race, organised by X, started on Saturday"
# between a name and the participle its clause opens with: "Brisquet Sensors, founded in 2008 and employing"
PARTICIPLE_GAP = re.compile(r",\s(?:" + FOUNDED_PARTICIPLE.pattern + r"[^,;()]{1,30}?\sand\s)?")
# "The Carrick Open, first held in 1972, carries": when the contest began, not the year of another of its editions
FIRST_HELD_BEFORE = re.compile(r"\b(?:inaugurated|first\s(?:held|run|staged|contested|raced|awarded))"
                               r"\s(?:in\s)?$", re.I)
# "received a state subsidy of": money given to the clause's subject, not money it invested
RECEIVED_AID = re.compile(r"\b(?:received|receives|receiving|got|gets|was\sgiven|were\sgiven|won|secured)\s(?:a\s|an\s)?"
                          r"(?:[a-z-]+\s){0,2}(?:subsid(?:y|ies)|grants?|aid|support)\s(?:of\s|worth\s|totalling\s)?"
                          r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?$", re.I)
# "has received $250 million", "accepted $5 million": money that came from someone.
RECEIVED_BEFORE = re.compile(r"\b(?:received|receives|receiving|accepted|accepts|got|gets)\s(?:a\s|an\s)?(?:[a-z-]+\s)?$")
# "The sovereign wealth fund contributed", "The bank has put": a giver the sentence describes but does not name
DESCRIBED_GIVER = re.compile(r"((?:the|its)\s(?:[a-z-]+\s){0,3}?(?:fund|investor|backer|bank|lender|foundation|trust|donor))\s"
                             r"(?:[a-z]+\s){0,2}?(?:has\s|had\s|will\s|would\s)?[a-z]+\s(?:another\s|a\sfurther\s)?"
                             + QUALIFIER_WORDS + r"$", re.I)
# "$90 million from the Pellingham family", "$10 million promised by the Pellham Foundation": the giver follows "from"
# or "by", with at most a title or noun before the name.
GIVER_GAP = re.compile(r"(?:[\s-](?:a|per)[\s-]share)?\s(?:in\s[a-z]+\s|[a-z]+\s)?(?:from|(?:promised|pledged|given|donated|provided|"
                       r"committed|put\sup)\sby)\s(?:(?:the|a|an|its|his|her|their)\s)?"
                       r"(?:(?!(?:in|at|of|for|to|on|by|and|or)\s)[a-z-]+\s){0,2}")
# "The ChatGPT maker", "the Halo's developer": a company described by what it makes.
DESCRIBED_ORG = re.compile(r"(?:[Tt]he|[Ii]ts)\s((?:[A-Z][\w.\u2024&'-]*\s){1,3})(maker|owner|parent|developer|operator|creator|producer|"
                           r"manufacturer|supplier|publisher|builder|designer)\b")
GAPPED = re.compile(r"\s")
# "holds 12 percent and", "employs 5,400 people and": a figure, perhaps with its noun, then "and"
GAPPED_BEFORE = re.compile(r"(?:\d|%|percent|million|billion)\S*(?:\s[a-z]+)?,?\sand\s$")
# "revenue of €2.83 billion last year, while Korsten Drive Systems, its closest rival, reported €3.1 billion", "fell to $3.4
# billion, while rival Blackfen Entertainment's rose to $4.1 billion": the same figure of another organization
OTHER_PARTY_GAP = re.compile(r"(?:\s[^,;.]{0,40})?,?\s(?:while|whereas|but)\s(?:(?:its|their)\s(?:[a-z-]+\s){0,3}?)?"
                             r"(?:(?:rival|competitor|peer)\s)?(?P<name>(?-i:[A-Z])[\w&'\u2019.\u2024-]*(?:\s(?-i:[A-Z])[\w&'\u2019.\u2024-]*){0,3}?)"
                             r"(?:['\u2019]s)?(?:,\s[^,;]{1,60},)?\s(?:reported|posted|made|booked|recorded|earned|had|"
                             r"(?:rose|fell|grew|climbed|increased|dropped|slipped|jumped)\sto)\s"
                             + QUALIFIER_WORDS)
# "about 3,000 staff and Greyloch 5,400", "$40 million to Serevu and the European Union", "and the philanthropist
# Anselm Gravett £15.5 million": a figure's noun or object, then "and" or a comma and a name with a figure of its own
GAPPED_AND = re.compile(r"(?:(?:\s[a-z]+){1,4}(?:\s[A-Z][\w&.\u2024-]*){0,4})?(?:,?\sand|,)\s(?:the\s(?:[a-z]+\s){0,2}?)?")
PRONOUN_BETWEEN = re.compile(r"\s(?:she|he)\s(?:(?:was|is|had\sbeen|has\sbeen|will\sbe|would\sbe)\s)?", re.I)
# "the venture firm that led Pallister's Series B with $85 million": the leader's own money in another's round.
LED_ROUND = re.compile(r"\bled\s(?:(?:the|its|a|an)\s|([A-Z][\w&.\u2024-]*(?:\s[A-Z][\w&.\u2024-]*){0,3})['\u2019]s\s)(?:[\w-]+\s){0,3}?"
                       r"(?:round|Series\s[A-Z]|raise|financing|fundraising)\s(?:\w+\s){0,2}?with\s(?:about\s|roughly\s|some\s)?$")
# "The offering raised ...", "Its IPO raised ...", "The round brought in ...": a fundraising as the subject.
RAISING_OPENING = re.compile(r"(?:the|its|their|this|that)\s(?:[a-z-]+\s){0,2}?(?:offering|ipo|listing|flotation|round|fundraising|share\ssale)\b",
                             re.I)
# "cost $210 million to develop": the cost of making a product, not its price.
MAKING_COST = re.compile(r"\s(?:in\sorder\s)?(to\s(?:develop|make|produce|film|shoot|design|research))\b")
# "paying €400 million for a bank that held about €14bn of deposits": a figure of something the clause does not name
# (but "Acme, a company that employs", "Acme is a company that employs" are Acme's).
INDEFINITE_RELATIVE = re.compile(r"(?<!,\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bremains\s)(?<!\bbecame\s)(?<!\bbecomes\s)\b(?:a|an)\s(?:[\w-]+\s){0,2}?([a-z]+)\s"
                                 r"(?:that|which|whose)\s(?:[\w-]+\s){1,4}?$")
# "puts the damage at more than $3 billion", "put the cost at": an estimate of something, never money put into it.
PUT_AT = re.compile(r"\s(?:the|its|their|total|a)\s(?:[\w-]+\s){0,3}?at\s(?:about\s|around\s|roughly\s|some\s|more\sthan\s|"
                    r"less\sthan\s|nearly\s|almost\s|over\s|up\sto\s)?$")
# ", against $13.50 for the comparable burger at Riverlark Cafés": a compared figure of another party, named after it.
FOR_OTHER_GAP = re.compile(r"\s(?:for|at)\s(?:the\s|a\s|an\s|its\s)?(?:[\w-]+\s){0,4}?(?:at|from|of|in)\s(?:the\s)?")
# "from €262 million last year": the figure compared with, a year before publication.
# "below the £310 million it forecast in April", "short of the £452 million it made last year": the same party's own
# earlier figure or forecast, which the verb after it gives
OWN_EARLIER = re.compile(r"\s(?:that\s|which\s)?(?:it|they|the\s(?:company|group|bank|firm))\s(?:had\s|has\s)?"
                         r"(?:made|earned|reported|posted|booked|recorded|(?P<kept>announced|promised|pledged|proposed|offered)|"
                         r"(?P<plan>" + FORECAST_VERBS + r"|expected|planned))\b", re.I)
# "the €1.1 billion left by Storm Amarin": a figure another party left, caused or put on something
BY_NAME_GAP = re.compile(r"\s(?:[a-z]+\s){1,3}by\s(?:the\s)?")
# "the £265,000 she was paid", "the $231 million a jury awarded": a figure the clause after gives a subject of its own
SUBJECT_VERB_AFTER = re.compile(r"\s(?:that\s|which\s)?(?:(?:she|he|they)\s(?:was\s|were\s|had\s|has\s|is\s)?"
                                r"|(?:a|the)\s(?!(?:company|group|firm|bank|business)\b)[a-z]+\s)"
                                r"(?!have\b|has\b|had\b)[a-z]+(?:ed|id|ew|ave|ook|old)\b", re.I)
# "far above the €180 million budget approved in 2018", "the €540 million approved by the council": a plan's figure
PLANNED_AFTER = re.compile(r"\s(?:budget\b|(?:initially\s|originally\s|first\s)?(?:approved|budgeted|earmarked|planned)\b)", re.I)
LAST_YEAR_AFTER = re.compile(r"\s(?:a\syear\searlier\s)?(?:last|the\sprevious|the\sprior)\syear\b")
# "down from its previous forecast of €235 million": the figure compared with was a forecast.
FORECAST_NOUN = re.compile(r"\b(?:forecasts?|guidance|targets?|outlook|projections?)\b", re.I)
FORECAST_OF_BEFORE = re.compile(r"\b(?:forecast|guidance|target|outlook|projection)\s(?:of\s)?(?:about\s|around\s|roughly\s)?$", re.I)
# "well below last year's £412m", "against the previous year's $3.1 billion": the figure before it, a year earlier.
LAST_YEARS = re.compile(r"\b(?:last|the\sprevious|the\sprior)\syear['\u2019]s\s(?:[a-z-]+\s)?$", re.I)
# "counted 3,000 dead fish on a single bend", "40 in one village": a count in one spot, some of the event's.
ONE_SPOT_AFTER = re.compile(r"\s(?:[\w-]+\s){0,3}?(?:on|in|at|along|from)\s(?:a\ssingle|one|a\ssmall|just\sone)\s[a-z]+")
# Animals an event can kill or hurt, whose count is never the toll of people.
ANIMALS = frozenset("fish sheep cattle cows pigs chickens hens birds animals horses dogs livestock poultry salmon trout seals "
                    "whales dolphins deer goats".split())
# "Nine injured Aldhaven passengers remain in hospital there, three in intensive care", "12 are still in critical
# condition": some of the injured, not all.
IN_CARE = r"(?:in\s(?:a\s)?(?:hospital|critical|serious|intensive)|being\streated)"
STILL_IN_HOSPITAL = re.compile(r"\s(?:[\w-]+\s){0,4}?(?:(?:remain(?:s|ed)?|(?:are|were|is|was)\sstill|still)\s)?" + IN_CARE)
# "the 260 jobs it plans to cut", "the 90 posts that the firm will cut", "the 40 roles to be cut": a relative clause
# whose verb the figure is the object of
CUTS_CLAUSE_GAP = re.compile(r"\s(?:(?:that|which)\s)?(?:it|they|we|the\s[a-z]+|[A-Z][\w-]+)\s(?:[a-z]+\s){0,3}|"
                             r"\s(?:(?:that|which)\s(?:are|were|will\sbe)\s)?(?:to\sbe|being|due\sto\sbe|set\sto\sbe)\s")
# "about 150 million years old", "some 4,000 years old": older than any person, a fossil's or a building's age
OLDER_THAN_ANYONE = re.compile(r"\b(?:million|billion|thousand|[2-9]\d\d|\d{1,3},\d{3})\b")
# "six workers remain in hospital", "12 staff were in a serious condition": those hurt, some of the staff
IN_HOSPITAL_NOW = re.compile(r"\s(?:remain(?:s|ed)?\s|(?:are|were|is|was)\s(?:still\s)?|still\s)" + IN_CARE + r"\b")
# "annual cost savings of €180 million", "cost overruns of $90 million": money saved or overrun, not what something costs.
COST_CHANGE_AFTER_CUE = re.compile(r"\s(?:savings?|cuts|reductions?|synergies|overruns?)\b", re.I)
# "in 47 percent of those taking Duvarna", "among 38 percent of respondents": a share of people, never a stake or a cut.
OF_PEOPLE = re.compile(r"\s(?:of|among)\s(?:all\s|the\s)?(?:those|them|people|patients|participants|respondents|voters|users|adults|"
                       r"children|subjects|volunteers|the\spopulation)\b")
# "spent about $1.4 billion developing Duvarna over 11 years": the cost of developing what it names.
DEVELOPING_AFTER = re.compile(r"\s(?:(?:over|in)\s(?:the\s)?(?:past\s|last\s)?[\w-]+\s(?:years?|decades?)\s)?(?:on\s)?developing\s")
# "Duvarna's development cost at $1.36 billion", "a development budget of $230 million": what developing it cost.
DEVELOPMENT_BEFORE = re.compile(r"\bdevelopment\s(?:costs?|budget|bill|spending)\b[^.;,$\u20ac\u00a3\d]{0,24}$", re.I)
# "has paid about $6 million in refunds", "€21 million in bill credits", "$2.6 million in local property and payroll
# taxes": a payment of another kind, no price
PAID_AS = re.compile(r"\s(?:in|as)\s(?:[a-z-]+\s){0,4}?(?:refunds?|compensation|damages|fines?|penalties|dividends?|tax(?:es)?|"
                     r"bonus(?:es)?|severance|settlements?|interest|royalties|aid|donations?|wages|salaries|credits|rebates|redress|"
                     r"payouts?|grants?)\b"
                     # "ordered to pay £700,000 of the farm's legal costs": a share of someone's costs
                     r"|\sof\s(?:the\s|its\s|their\s|[\w&.\u2024-]+['\u2019]s\s){1,2}(?:[a-z-]+\s)?(?:costs|fees|expenses)\b")
# "paid its shareholders dividends of £98 million": the kind of payment, named before the figure
PAID_AS_BEFORE = re.compile(r"\b(?:dividends?|refunds?|compensation|damages|bonus(?:es)?|severance|royalties|donations?)\s"
                            r"(?:of|worth|totalling|totaling)\s(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?$")
# "paid £98m to its owners": money handed to those who own it, no price
PAID_TO_OWNERS = re.compile(r"\sto\s(?:its|their|the\scompany['\u2019]s)\s(?:owners|shareholders|investors|parent(?:\scompany)?)\b")
# "a $150 million charge", "a provision": an amount set against profit
ACCOUNTING_CHARGE = re.compile(r"\s(?:(?:pre-tax|one-off|one-time|non-cash|restructuring|legal)\s)?"
                               r"(charge|provision|write-?down|impairment|write-?off)\b", re.I)
# "the fund paid out €2.1 million": money handed out
PAID_OUT = re.compile(r"\b(?:paid|pays|paying|pay)\sout\s(?:(?:about|around|roughly|some|nearly|almost|more\sthan|over)\s)?$")
# "said on Monday that it had hired ...": the day of the telling, not of what is told.
# "was a 27-year-old then;", "who was 41 at the time": an age at an earlier time, not the age now.
AGE_THEN = re.compile(r"\s(?:then|at\sthe\stime)(?=\s*[;,.)]|$)")
# "on 2 March, six days before she died": a date some time before or after the event the cue names.
OFFSET_TO_CUE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?)\s(?:before|after|earlier\sthan|later\sthan|prior\sto)\b")
# "has now killed one child and infected 214 people": another verb takes the figure, not the cue before it.
OTHER_VERB_BEFORE = re.compile(r"\b(?:and|but|while)\s(?:has\s|have\s|had\s)?(?:also\s)?([a-z]+ed)\s"
                               r"(?:(?:about|almost|nearly|more\sthan|over|some|at\sleast|roughly|around)\s)?$")
# "in the city's eastern wards, where Kormoss took almost 60 percent": a figure for one place, some of the whole.
PLACE_WHERE = re.compile(r"\b(?:wards?|districts?|precincts?|constituenc(?:y|ies)|count(?:y|ies)|regions?|areas?|provinces?|"
                         r"neighbou?rhoods?|suburbs?|villages?|towns?|states?|boroughs?|parishes?),?\s+where\s[^.;]*$", re.I)
# "Calvania, a country of 6.8 million people", "a town of about 9,000": how many live in a place
POPULATION_OF = re.compile(r"\b(?:country|nation|city|town|village|region|state|island|province|district|county|municipality)"
                           r"\sof\s(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|more\sthan\s|just\sover\s|"
                           r"just\sunder\s)?$", re.I)
# "870 jobs would go, most of them at the factory, where about 1,150 people assemble panels": a clause of its own
WHERE_CLAUSE = re.compile(r",\s(?:where|in\swhich)\s[^.;,]*$", re.I)
# "the nine votes needed to issue bonds", "the 50 signatures required": a threshold, no one's figure.
NEEDED_AFTER = re.compile(r"\s(?:needed|required|necessary)\s+(?:to|for)\b")
# "is capped at €90 million", "a cap of 40 percent", "limited to 300 tickets": a ceiling, not a figure anything reached
# (but "the energy price cap of £1,849" is a regulated price, a figure of its own)
CAP_BEFORE = re.compile(r"\b(?:(?:capped|limited)\s(?:at|to)|(?:a|the|its)\s(?:cap|ceiling)\s(?:of|at))\s$", re.I)
# "if copper stays above $9,000 a tonne", "as long as prices remain below": a level a condition names, no figure of anything
CONDITION_BEFORE = re.compile(r"\b(?:if|unless|while|as\slong\sas)\s(?:[\w'\u2019-]+\s){1,4}?(?:stays?|remains?|holds?|keeps?|"
                              r"falls?|drops?|rises?|climbs?|goes)\s(?:(?:above|below|under|over|beyond)\s)?$", re.I)
WHOLE_OF = re.compile(r"\d\s+of\s+(?:its|the|their|[A-Z][\w-]*['\u2019]s)\s+$"
                      # "shed about 1,500 jobs from a workforce of 11,200": the workforce now, which the cuts come out of
                      r"|\b(?:from|out\sof)\s(?:a|its|their|the)\s(?:total\s)?(?:workforce|staff|headcount|payroll)\sof\s"
                      + QUALIFIER_WORDS + r"$")
# "new cases a day", "deaths per week": an event's figure by the day or the week.
EVENT_RATE = re.compile(r"\s(?:a|per|each)\s(day|week|month)\b")
# "after the company reported a £31.2 million loss", "the retailer posted revenue of": a report of the organization's
ORG_NOUN_VERB = re.compile(r"\b(?:the|its)\s+" + ORG_NOUN + r"\s+(?:has\s+|had\s+|also\s+|now\s+)?(?:reported|posted|recorded|"
                           r"booked|announced|reports|posts|records|books|announces|made|makes)\s+(?:a\s+|an\s+|its\s+)?"
                           r"(?:[a-z-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
NUMBER_OF = re.compile(r"\bthe\s+number\s+of\s+(?:[a-z-]+\s+){0,2}[a-z-]+")
# "Orrenfell made €138 million on revenue of €1.9 billion": what it earned on the sales, its profit.
ON_SALES_AFTER = re.compile(r"\s(?:on|from)\s(?:(?:record|annual|total|higher|lower)\s)?(?:revenue|revenues|sales|turnover)\s(?:of\s)?")
# "the enterprise value comes to almost €1.5 billion": a value with debt, not what the shares are worth
ENTERPRISE_VALUE = re.compile(r"\benterprise\svalue\b[^.;]{0,40}$", re.I)
# "two silver chalices valued at £180,000": a thing's worth, no organization's valuation
THING_VALUED = re.compile(r"\b(?!(?:company|firm|group|business|start-?up|club|bank|lab|maker|chain|airline|retailer|it|which|that|"
                          r"was|is|were|are|been|be|being|and|or)\b)[a-z]+s?\s(?:(?:were|was|are|is|have\sbeen|has\sbeen)\s)?"
                          r"valued\sat\s(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|more\sthan\s|over\s)?$")
GIFT_VALUED = re.compile(r"\b(gift|donation|bequest|collection|paintings|artworks|works|sculptures|drawings|jewels|jewellery|"
                         r"jewelry|library|archive|haul)\b(?:(?!\bwhich\b)[^.;\"\u201c\u201d]){0,160}?\b(?:valued|values|valuing)\s(?:it\s|them\s)?"
                         r"(?:at\s)?(?:the\stime\sat\s)?(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|more\sthan\s|"
                         r"over\s)?$")
QUALIFIED_BOUND = re.compile(r"\b(?:more\sthan|over|above|less\sthan|under|below|as\smuch\sas|up\sto)\b", re.I)
# "No work of his has sold for more than £10 million since": a bound no figure reached
NONE_HAS = re.compile(r"\s*(?:[\"'\u201c]\s*)?(?:no|none\sof|not\sone|nothing)\b", re.I)
REPORTED_ON = re.compile(r"\b" + REPORTING_VERBS + r"\s(?:on\s|late\s|early\s)?$")
# "According to PitchBook, the startup was valued at": who reports the figure, never what it is about.
SOURCE_BEFORE = re.compile(r"\b(?:according\sto|cited\sby|reported\sby|data\sfrom|estimates\sfrom)\s(?:the\s)?$", re.I)
# "another 200 jobs", "a further $15 million", "Two more patients": an increase on a figure given elsewhere.
INCREMENT_BEFORE = re.compile(r"\b(?:another|a\sfurther|an\sadditional|an\sextra|a\sfresh)\s$", re.I)
# "has added $45 million to her gift": the increase, not the gift
ADDED_BEFORE = re.compile(r"\badd(?:s|ed|ing)\s$", re.I)
TO_AFTER = re.compile(r"\s(?:to|onto)\s")
OWN_CUE_GAP = re.compile(r"\s(?:at\s|of\s|to\s)?")
# Public bodies among those nouns: "the government" or "the regulator" is never the company a document is about.
PUBLIC_BODY = re.compile(r"^(?:the|its)\s(?:[a-z-]+\s)?(?:government|council|city|authority|agency|ministry|regulator|union|"
                         r"league|exchange)\b", re.I)
# "Her pension arrangements, a cash allowance of £290,000 a year": a pension, one part of pay, not the whole
PENSION_BEFORE = re.compile(r"\bpensions?\b[^.;]{0,50}$", re.I)
# What may qualify a public body: "the regional government", "the county council" (a national, federal or central
# government is the government)
BODY_QUALIFIERS = ("state", "regional", "provincial", "island", "city", "town", "county", "borough", "district", "local", "municipal")
NATIONAL = ("national", "federal", "central")
# "The council", "the regional government": a public body a clause opens with and does not name
UNNAMED_BODY = re.compile(r"(?:the|its)\s(?:(?P<q>" + "|".join(NATIONAL + BODY_QUALIFIERS) + r")\s)?(?P<body>government|council)\b"
                          r"(?!['\u2019]s\s(?:leader|chief|head))", re.I)
# "The government has set aside €600m", "The council approved £4.5 million": money a public body opening the sentence
# allots (not "the agency has promised £92m and the council has set aside £31m", whose subject the clause does not give)
BODY_ALLOTTED = re.compile(r"^\W*" + UNNAMED_BODY.pattern + r"\s"
                           r"(?:(?:has|had|have|will|would|also|then|now|already)\s){0,2}"
                           r"(?P<verb>set\saside|earmarked|allocated|released|approved)\s"
                           r"(?:(?:about|around|roughly|some|nearly|a\sfurther|an\sextra|another)\s)?$", re.I)
# "topped up with EUR 15 million from the regional government": the public body the money comes from
BODY_GIVER_AFTER = re.compile(r"\s(?:[a-z-]+\s){0,3}?from\s(?P<b>" + UNNAMED_BODY.pattern + r")", re.I)
UNNAMED_BODIES = frozenset(f"{q} {body}".strip() for body in ("government", "council") for q in ("", *BODY_QUALIFIERS))


def unnamed_body(match: re.Match) -> str:
    """The key of a public body the text does not name: "council", "regional government" (a national, federal or central
    government is the government)."""
    q = (match.group("q") or "").lower()
    q = "" if q in NATIONAL else q
    return f"{q} {match.group('body').lower()}".strip()


# "about £19m a year of extra revenue", "$40 million in additional sales": an increase, not the level
EXTRA_OF = re.compile(r"(?:\s(?:a|per)\s(?:year|month|week|day))?\s(?:of|in)\s(?:extra|additional|incremental)\s", re.I)
INCREMENT_IN = re.compile(r"\s(?:more|further|additional|extra|new)\b")
# "in about one in 1,000 cases", "1 in 5 adults": a ratio, not a count of anything
RATIO_BEFORE = re.compile(r"\b(?:one|1)\sin\s(?:every\s)?$", re.I)
# "The weekly count of new cases has fallen from 14", "daily deaths peaked at 31": a count for each day or week, not the total
# (in lower case, or opening the sentence: "Dining Trade Weekly" is a name; and not "the weekly newspaper employs 40")
PER_PERIOD_BEFORE = re.compile(r"(?:\b(?:daily|weekly|monthly)|^(?:Daily|Weekly|Monthly))\s(?:(?:count|number|tally|total)\sof\s[a-z]+|"
                               r"(?:new\s)?(?:cases|deaths|infections|admissions|hospitali[sz]ations|arrivals|visitors|passengers|"
                               r"riders|users|orders|downloads))\s[^,;.]{0,40}$")
# "an average of 23", "the ten-year average of 19 deaths": an average, no one figure
AVERAGE_BEFORE = re.compile(r"\b(?:(?:an|the)\s(?:[\w-]+\s)?average\sof|on\saverage)\s$", re.I)
# "before the Kingfisher jackpot passed $500m": the moment a figure crossed a mark, not a figure of its own
CROSSED_MARK = re.compile(r"\b(?:before|after|when|once|until|since)\s(?:[\w'\u2019-]+\s){1,5}?"
                          r"(?:passed|topped|crossed|surpassed|exceeded|broke)\s(?:the\s)?$", re.I)
# "€600,000 a year", "£95,000 a week", "$40 an hour": a rate of pay.
# "at $55m post-money", "the $450m at which it was valued in 2023": what a company was valued at
VALUED_AFTER = re.compile(r"\s(?:(?:pre|post)-money\b|at\swhich\s(?:it|they|the\s[a-z]+|(?P<name>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3}))"
                          r"\s(?:was|were|had\sbeen|is)\svalued\b)")
# "a $48m Series B in February 2024 at $410m": the valuation a round was raised at
ROUND_AT_BEFORE = re.compile(r"\b(?:Series\s[A-Z]|round)\b[^,;$\u20ac\u00a3]{0,40}\bat\s(?:an?\s)?$")
RATE_AFTER = re.compile(r"\s(?:a|an|per|each|every)\s(year|season|week|month|hour|annum|day)\b(?!\s(?:earlier|before|ago|later|on|after)\b)")
# "would charge $318,000 a year", "a list price of $395,000 a year", "Lorvexa costs $395,000 a year": what a thing costs
# by the year, not anyone's pay.
THING_PRICE_CUES = frozenset({"will charge", "would charge", "to charge", "charging", "charges", "charged", "price", "priced", "list price", "costs",
                              "cost", "sells for", "sell for", "lists at", "listed at", "retails at", "retails for", "fee",
                              "fees", "tuition", "fare", "fares", "rent"})
# "to save $900 million a year", "costs of £40 million a year": a company's money by the year, not anyone's pay.
SAVING_BEFORE = re.compile(r"\b(?:sav(?:e|es|ed|ing|ings)|costs?|spend(?:s|ing)?|spent|rent|revenue|sales|income|synerg\w*)\b[^.;]*$",
                           re.I)
# "was signed from Port Ellery FC", "were bought": the subject is what was paid for.
PASSIVE_DEAL = re.compile(r"\b(?:was|were|been|is|are)\s(?:[a-z]+\s)?(?:signed|bought|acquired|sold|purchased)\b")
# Kinds of organization a generic noun names, and the last words of names of that kind.
ORG_KINDS = {
    "club": ("fc", "afc", "united", "wanderers", "rovers", "rangers", "albion", "athletic", "hotspur", "villa", "harriers", "club"),
    "team": ("fc", "united", "wanderers", "rovers", "rangers", "albion", "athletic", "harriers", "team", "motorsport", "racing"),
    "university": ("university",), "college": ("college",), "museum": ("museum",), "gallery": ("gallery", "collection"),
    "hospital": ("hospital",), "trust": ("trust",), "council": ("council",), "union": ("union",), "league": ("league",),
    "foundation": ("foundation",), "institute": ("institute", "science", "studies", "research"),
    "exchange": ("exchange",), "service": ("service",), "authority": ("authority",), "agency": ("agency",),
    "inspectorate": ("inspectorate",), "commission": ("commission",),
    # "the regulator", "the watchdog": a body named as one that regulates ("Online Safety Commission")
    "regulator": ("authority", "commission", "regulator", "ombudsman"), "watchdog": ("authority", "commission", "regulator", "ombudsman"),
    "zoo": ("zoo",), "park": ("park",), "festival": ("festival",), "orchestra": ("orchestra",),
    "theatre": ("theatre", "theater"), "library": ("library",), "school": ("school", "academy"),
    "cooperative": ("cooperative", "co-operative", "co-op"), "railway": ("railway", "railways", "railroad"),
    "railroad": ("railroad", "railway", "railways"), "brewery": ("brewery", "brewers"), "distillery": ("distillery",),
    "federation": ("federation",), "association": ("association",), "society": ("society",), "mutual": ("mutual",),
    "alliance": ("alliance",), "coalition": ("coalition",), "consortium": ("consortium",), "airport": ("airport",),
    "group": ("group",),  # "The group, which employs about 14,000 people": Tollbrook Industrial Group, not its unit Ardevane
    "family": ("family",),  # for a family's stake (FAMILY_HOLDS) only: a family is no organization "the company" stands for
}  # NOTE: not airlines, banks, insurers or studios, whose names often carry no such word ("Skyvane Regional", "Corvel Pictures")
# "the larger carrier", "the rival bank": an organization set against another, not the one the document is about
OTHER_ONE = frozenset({"larger", "smaller", "bigger", "rival", "other", "competing"})
# "the club", "the chain": a kind of organization, which the document may name by its suffix or describe ("Merriton
# Stores, the regional supermarket chain,")
TYPED_NOUN = re.compile(r"\b(?:the|its|their)\s(?:(?P<modifier>[\w-]+)\s)?(?P<kind>" + "|".join(sorted((set(ORG_KINDS) - {"family"}) | set(ORG_NOUNS), key=len, reverse=True))
                        + r")(?:'s|\u2019s)?\b", re.I)
# "The airport, which handled 2.6 million passengers last year, ": a kind of organization opening the sentence, with a
# relative clause about it before the verb
TYPED_RELATIVE_SUBJECT = re.compile(r"\W*[Tt]he\s(?P<kind>" + "|".join(sorted(set(ORG_KINDS) - {"family"}, key=len, reverse=True))
                                    + r"),\s(?:which|that)\s[^,;:]{1,100},\s$")
# "said Oyelaran-Webb, 41, who employs nine people": a person employing people, a business of her own
WHO_EMPLOYS = re.compile(r"who\semploy")
# "a magnitude 6.6 earthquake", "a 6.6-magnitude quake": a strength, no count of anything
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:-|\sof\s|\s)$", re.I)
MAGNITUDE_AFTER = re.compile(r"[\s-]magnitude\b", re.I)
# "the game's $20 million minimum jackpot", "the jackpot reset to $20 million": what a new run of draws starts from
STARTING_JACKPOT = re.compile(r"\b(?:minimum|starting)\s(?:[a-z]+\s)?jackpots?\b|\bjackpots?\s(?:[a-z]+\s)?(?:reset|resets|will\sreset)\sto\b"
                              r"|\bstart(?:s|ed)?\sagain\sfrom\b", re.I)
# "Of the 1,142 people it employed", "who work for the company": staff the clause says are the organization's
IT_EMPLOYED = re.compile(r"\b(?:it|the\s(?:company|group|firm|business|chain))\s(?:employs|employed|had\semployed|has\semployed)\b"
                         r"|\b(?:work|worked|working)\sfor\s(?:it|the\s(?:company|group|firm|business|chain))\b")
# "a $40,000 course-record bonus", "the $75,000 he received for second place": a part of the prize money after the figure
PRIZE_PART_AFTER = re.compile(r"\s(?:[a-z-]+\s){0,2}(?P<bonus>bonus(?:es)?)\b"
                              r"|\s(?:(?:he|she|they|it)\s)?(?:received|got|earned|won|was\spaid|were\spaid)\sfor\s(?:second|runner-up)\b")
# "valuing the group at": the value a share price gives, of the company whose shares they are
VALUING_BEFORE = re.compile(r"\bvalu(?:ing|ed|es)\s$")
# "Merriton Stores, the regional supermarket chain," / "the discounter Kestow": a name described as a kind of organization
DESCRIBED_AFTER = re.compile(r",\s(?:the|a|an)\s(?:[\w-]+\s){0,3}(" + ORG_NOUN + r")(?=[,.;)])", re.I)
DESCRIBED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|rival|fellow)\s(?:[\w-]+\s){0,2}?(" + ORG_NOUN + r")\s$", re.I)
# "Hadrava's team, Aurane-Kilvane,": a name set after what it is to someone named before
DESCRIBED_AS_SOMEONES = re.compile(r"\b[A-Z][\w-]*['\u2019]s\s(?:[\w-]+\s){0,2}?(" + ORG_NOUN + r"),\s$")
# "about $410 million of its $3.6 billion": the whole a part of the clause's subject is of, its owner's, when that
# subject is a product line or a unit ("the Tern line brought in"); "Orvessa, which employs 310 of its 490 staff": its own
PART_OF_ITS = re.compile(r"\d(?:\s(?:million|billion|trillion)|bn|m)?\sof\sits\s(?:total\s|overall\s|annual\s)?$", re.I)
PART_HOLDER_NOUN = re.compile(r"\s(?:line|unit|division|brand|business|range|segment|franchise|arm|product|products|model|"
                              r"models|subsidiary|label|chain)\b", re.I)
# "of the group's $3.8 billion", "the company's total": the whole organization, right before its figure
GROUP_POSSESSIVE = re.compile(r"\b(?:of\s)?the\s(?:group|company|parent|parent\scompany|wider\sgroup)['\u2019]s\s(?:total\s|overall\s|annual\s)?$", re.I)
GENERIC_POSSESSIVE = re.compile(r"\b(?:the|its)\s(?!" + COMBINED + r"\s)(?:[a-z-]+\s)?" + ORG_NOUN
                                + r"['\u2019]s\s(?:(?!(?:and|or)\s)[\w.\u2024,-]+\s){0,3}$",
                                re.I)  # but "the combined group's revenue": no one organization's; "the city's streets and"
# the word a generic possessive holds: "director" of "the museum's director, who is"
POSSESSED_ROLE = re.compile(r"['\u2019]s\s(?:[a-z-]+\s)?([a-z-]+)\W", re.I)
RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose)\b")
# "died in avalanches across the country this winter", "road deaths so far this year": many events' toll together.
MANY_EVENTS = re.compile(r"\b(?:in|from)\s(?:(?:road|traffic|separate|other)\s)?(?:avalanches|floods|fires|wildfires|storms|"
                         r"accidents|crashes|attacks|earthquakes|landslides|incidents|outbreaks)\b"
                         r"|\b(?:across|around|throughout)\sthe\s(?:country|region|continent|state|province|world)\b"
                         r"|\bnationwide\b|\bso\sfar\sthis\s(?:year|winter|summer|season)\b"
                         r"|\bin\s[A-Z][\w-]+\sthis\s(?:year|winter|summer|season)\b"  # "avalanche deaths in Alvenia this winter"
                         r"|\b(?:nationally|globally|worldwide|countrywide)\b"  # "Nationally, 238 cases have been confirmed"
                         # "The national toll for this winter", "the season's death toll": the total of all of them
                         r"|\b(?:national|season['\u2019]s|winter['\u2019]s|year['\u2019]s)\s(?:death\s)?toll\b", re.I)
# "The closures will eliminate", "The restructuring will cut": a plan of cuts as the clause's subject.
CUTTING_PLAN = re.compile(r"[\"'\u201c\s]*(?:the|its|these|this|that)\s(?:[\w-]+\s)?(closures|closure|restructuring|overhaul|"
                          r"reorgani[sz]ation|shake-up|shakeup|cost-cutting|cutbacks|cuts|redundancies|plan|programme|program)\s"
                          r"(?:will|would|could|are|is|was|were|should|may|might)\b", re.I)
# "the 2009 quake that claimed 1,100 lives": a figure of an earlier, year-named event.
# "Storm Bretta in 2014, which killed", "Storm Bretta twelve years ago, which killed": an event dated, then its verb
DATED_WHICH = re.compile(r"\s(?:(?:in|of)\s(?:19|20)\d\d|(?:[\w-]+\s){1,2}(?:years?|decades?)\sago),\s(?:which|that)\s")
EARLIER_EVENT = re.compile(r"\b(?:the|a|an)\s((?:19|20)\d\d)\s(?!percent\b|per\b)[A-Za-z]", re.I)
# "Farrow Park, the 32,500-seat stadium that opened in", "Trennick Safety Systems, a supplier founded in 1987 that
# employs", "Parrowind, the rival that listed in 2022 and now employs": a description in apposition, then a relative
# clause that ends at the figure
DESCRIBED_THAT = re.compile(r",\s(?:the|a|an|its)\s(?:(?:\d{1,3}(?:,\d{3})+)?[\w-]+\s){0,4}?(?:that|which)\s(?:(?:[a-z]+|(?:19|20)\d\d)\s){1,6}$")
RELATIVE_START = re.compile(r"^(?:which|who|whose)\b", re.I)
# Between an event verb and the thing it creates: "launched a new LLM-focused Superintelligence Labs".
PATIENT_GAP = re.compile(r"^\s(?:the\swhole\sof\s)?(?:(?:a|an|the|its|his|her|their|new|[A-Za-z]+-[a-z-]+)\s){0,4}$")


def _governed(sentence: str, name: NameMention, base: int, prepositions=PREPOSITIONS, past_article: bool = False,
              past_place_word: bool = False) -> bool:
    """Whether a preposition comes right before the name ("in Scale AI"), or, with `past_article`, before
    an article before it ("on the Calloway Exchange"), or, with `past_place_word`, before a word describing a
    place ("in neighbouring Tessholm")."""
    start = name.start - base
    words = sentence[max(0, start - 24):start].lower().split()[-2:]
    if past_article and len(words) == 2 and words[1] in ("the", "a", "an"):
        words = words[:1]
    elif past_place_word and len(words) == 2 and words[1] in PLACE_ADJECTIVES and sentence[start - 1:start] == " " \
            and not sentence[max(0, start - 24):start].rstrip().split()[-1][0].isupper():
        words = words[:1]  # "from the transit authority in neighbouring Tessholm": a place, however described
    word = words[-1] if words else ""
    return word.strip("(\"'") in prepositions


def _changed_things(sentence: str, s: int, e: int, attribute: str | None) -> str | None:
    """The noun of the figure at ``sentence[s:e]`` that starts a change "from ... to" when it counts things that are no
    jobs ("from 84 firms to 52", or "the permitted noisy days from 40 to 18", the noun before "from"), else None."""
    counted = sentence[s:e]
    if not count_noun(counted).isalpha() and (named := NOUN_BEFORE_FROM.search(sentence, max(0, s - 30), s)):
        counted = named.group(1)
    return _things_not_jobs(attribute, counted)


def _things_not_jobs(attribute: str | None, text: str) -> str | None:
    """The noun of a count of things that are no jobs ("seven elementary schools", "84 firms") when `attribute` counts
    jobs or staff, else None."""
    noun = count_noun(text) if attribute and base_attribute(attribute) in ("job cuts", "headcount") else ""
    if noun in NOT_JOBS:
        return noun
    # "cut the competition slate from 24 films to 16": cuts are of jobs or of people, whatever else is cut
    if base_attribute(attribute or "") == "job cuts" and noun.isalpha() and noun not in CUT_NOUNS \
            and not (noun.endswith("s") and noun[:-1] in PERSON_NOUNS):
        return noun
    return None


# "a $184 million contract to rebuild the waterfront", "the £86m contract for the ferry service": a contract for work
WORKS_CONTRACT_AFTER = re.compile(r"\s(?:[a-z-]+\s)?contract\s(?:to\s(?!run\b|the\send\b)[a-z]+|for\s(?:the|a|an)\s(?!club\b|team\b|side\b))")
# "The winning bidder ... will receive a contract worth", "won a contract worth": a contract a firm wins
WORKS_CONTRACT_BEFORE = re.compile(r"\b(?:won|wins|win|winning|awarded|secured|bidder|tender)\b")
# "£31,000 spent on a chauffeur service", "£9,800 paid for hotel stays": money spent on things, its spender not named
# beside it (but "the £38 million paid for Amankwah" is the buying club's fee)
SPENT_ON_AFTER = re.compile(r"\s(?:spent|paid)\s(?:on|for)\s(?:(?:a|an|the|his|her|their|its)\s)?[a-z](?![^.;]{0,60}\bby\s[A-Z])")
# "Kestrel Cargo, which she has run since 2021": a person the clause is about, not what "which" stands for
WHICH_PRONOUN = re.compile(r",\s(?:which|that)\s(she|he)\b(?![^,;]*,\s)")


# "At Osterby Labs, Pelloran's larger rival, he oversaw ...": the organization a sentence is set at
AT_ORGANIZATION = re.compile(r"\s*At\s")


def _aside_end(sentence: str, after: int) -> int:
    """The end of the aside between commas that starts at `after` (a comma), or `after` when none closes."""
    close = sentence.find(",", after + 1)
    return close if close != -1 else after


def attribute_fact(sentence: str, base: int, start: int, end: int, kind: str, form: str, names: list[NameMention],
                   previous_subject: str | None, attributes, patterns, persons: frozenset[str] = frozenset(),
                   neighbours: Neighbours | None = None, *context, of_earlier_event: bool = True) -> Attribution:
    """Attribute the value at document offsets ``start:end``; see :func:`_attribute_fact` for the arguments.

    A change "from X to Y" ("whose holding will fall from 88 percent to 43
    percent") gives Y the subject found for X, and marks X as the earlier figure.
    """
    neighbours = neighbours or Neighbours()
    s, e = start - base, end - base
    args = (names, previous_subject, attributes, patterns, persons, neighbours, *context)
    before = neighbours.last_blocking_before(s)
    if before is not None and FROM_TO_GAP.fullmatch(sentence, before[1], s) \
            and FROM_BEFORE.search(sentence, max(0, before[0] - 8), before[0]):
        main = _attribute_fact(sentence, base, before[0] + base, before[1] + base, kind, "", *args)
        if main.attribute and (noun := _changed_things(sentence, before[0], before[1], main.attribute)):
            # "cut its roster of managers from 84 firms to 52": firms both, no jobs
            return Attribution(None, None, None, f"{sentence[before[0]:before[1]]!r} changes to it, a count of {noun}, "
                                                 f"not of jobs or people", kind)
        if main.attribute:
            attribute, why = _unit_of_change(main.attribute, sentence, e, kind), \
                f"{sentence[before[0]:before[1]]!r} changes to it: {main.why}"
            if not base_attribute(attribute).startswith(("stake", "plan price")) and not attribute.endswith(" (projected)") \
                    and FUTURE_CHANGE.search(sentence, max(0, before[0] - 120), before[0]):
                # "will raise the price of a single ticket from €2.40 to €2.90", "will shrink from 318 employees to
                # 223": the figure to come, not the figure now (but "whose holding will fall from 88 percent to 43
                # percent" is the stake the deal leaves, and a plan's new price is its announced list price)
                attribute, why = f"{attribute} (projected)", f"{why}; a change still to come"
            return dataclasses.replace(main, attribute=attribute, earlier=None, dated=None, why=why)
    gapped = next((n for n in names if before is not None and n.end - base + 1 == s and before[1] < n.start - base
                   and not n.possessive and (n.name not in persons or kind == "money")
                   and GAPPED_AND.fullmatch(sentence, before[1], n.start - base)),
                  None) if kind in ("count", "number", "money", "percent") else None
    if gapped is not None:  # "Tamsen has about 3,000 staff and Greyloch 5,400", "..., Brekke Foods 8,500 and Tindal 3,200"
        first_kind = neighbours.kind_at(before[0]) or kind
        main = attribute_fact(sentence, base, before[0] + base, before[1] + base, first_kind, "", *args)
        if main.attribute and main.entity and main.entity != gapped.name and (first_kind == kind or kind == "number"):
            return Attribution(gapped.name, main.attribute, main.object if main.object != gapped.name else None,
                               f"{main.attribute} of {gapped.name}, the verb of {sentence[before[0]:before[1]]!r} left out: "
                               f"{main.why.rsplit(' left out: ', 1)[-1]}", first_kind)
    other = OTHER_PARTY_GAP.fullmatch(sentence, before[1], s) if before is not None and kind == "money" else None
    rival = next((n for n in names if other and n.start - base == other.start("name") and n.name not in persons), None)
    if rival is not None:
        main = _attribute_fact(sentence, base, before[0] + base, before[1] + base, kind, "", *args)
        if main.attribute and main.entity and main.entity != rival.name and not main.object \
                and base_attribute(main.attribute) in org_figures(attributes):
            # "revenue of €2.83 billion last year, while Korsten Drive Systems, its closest rival, reported €3.1 billion"
            return Attribution(rival.name, main.attribute, None, f"{main.attribute} of {rival.name}, told after "
                               f"{sentence[before[0]:before[1]]!r} of {main.entity} with its verb: {main.why}", kind)
    if kind == "percent" and before is not None and follows_votes(sentence, before[1], s) and "vote share" in definitions(attributes):
        votes = _attribute_fact(sentence, base, before[0] + base, before[1] + base, "count", "", *args)
        if votes.attribute == "votes" and votes.entity:  # "61,412 votes, or 48.2 percent": Kormoss's share
            return Attribution(votes.entity, "vote share", None, f"the share the votes before it are "
                               f"({sentence[before[0]:before[1]]!r}): {votes.why}", kind)
    found = _attribute_fact(sentence, base, start, end, kind, form, *args, of_earlier_event=of_earlier_event)
    if kind == "age" and form == "aged" and found.attribute and (AGED_THEN_BEFORE.search(sentence, max(0, s - 60), s)
                                                                 or AGED_THEN_AFTER.match(sentence, e)) \
            and not DIED_BEFORE.search(sentence, max(0, s - 40), s):
        # "who won in 1991 aged 19", "started at the works aged 25 in 1995", "made her debut ... aged 13": an age at
        # something done then, not the age now (but "who died in November aged 91" is the age at death, the last)
        return Attribution(None, None, None, f"{found.why}; but an age at something done then, not the age now", kind)
    if kind == "money" and found.attribute and base_attribute(found.attribute) == "valuation" \
            and DEAL_VALUE.search(sentence, max(0, s - 80), s):
        # "would put the deal's real value at roughly $4.5 billion", "the list value of the agreement": a price
        return dataclasses.replace(found, attribute=found.attribute.replace("valuation", "price", 1),
                                   why=f"{found.why}; the value of a deal, its price")
    if found.attribute and found.entity and not found.attribute.endswith(")") and kind in ("count", "number", "money") \
            and (brings := PLAN_BRINGS_TO.search(sentence, max(0, s - 200), s)) \
            and (brings.group("to") and kind != "money" or THRESHOLD.match(sentence, s) or brings.group("leaving")):
        # "would recruit roughly 750 workers, bringing its headcount above 2,000": a level still to come; "expects to
        # cut 380 jobs, leaving a workforce of about 3,700": what the cut leaves (but "will also take on €45 million of
        # its pension obligations, bringing the total cost to €455 million": what an agreed deal comes to)
        return dataclasses.replace(found, attribute=f"{found.attribute} (projected)",
                                   why=f"{found.why}; the level a plan brings it to")
    if found.attribute and STATISTIC_AFTER.match(sentence, e):
        return Attribution(None, None, None, f"{found.why}; but a median or average of many, no one's own figure", kind)
    if found.attribute and base_attribute(found.attribute) in ("death toll", "injured") \
            and PART_OF_WHOLE_BEFORE.search(sentence, max(0, s - 40), s):
        # "In Karsun, 23 of the roughly 400 residents were killed": the residents, of whom the 23 were killed
        return Attribution(None, None, None, f"{found.why}; but the whole the figure before is part of, no toll", kind)
    if found.attribute == "compensation" and (found.why or "").startswith("cue 'contract'") \
            and (WORKS_CONTRACT_AFTER.match(sentence, e) or found.entity and found.entity not in persons
                 and found.entity not in _surnames(persons) and WORKS_CONTRACT_BEFORE.search(sentence, max(0, s - 80), s)):
        # "The winning bidder, Bluewater Crossings, will receive a contract worth nearly £86 million", "steering it a
        # $184 million contract to rebuild the waterfront": work a contractor is paid for, no one's pay
        return Attribution(None, None, None, f"{found.why}; but a contract for work, no one's pay", kind)
    if found.attribute and kind in ("count", "number") and SIZE_OF_NOUN.search(sentence, s, e) and NOUN_AFTER_SIZE.match(sentence, e):
        # "a 12-person accounting firm": the size of what the noun after it names
        return Attribution(None, None, None, f"{found.why}; but the size of what the words after it name", kind)
    if found.attribute and kind in ("count", "number") and not count_noun(sentence[s:e]).isalpha() \
            and (things := PART_OF_THINGS.match(sentence, e)) and things.group(1) in NOT_JOBS:
        # "confirmed at six of the district's 14 schools": a count of schools, whatever the clause counts
        return Attribution(None, None, None, f"{found.why}; but a count of {things.group(1)}", kind)
    if found.attribute and base_attribute(found.attribute) == "customers" and count_noun(sentence[s:e]) in NOT_CUSTOMERS:
        # "had fielded some 30,000 inquiries from Veradyne users": what customers did, no count of them
        return Attribution(None, None, None, f"{found.why}; but a count of {count_noun(sentence[s:e])}, not of customers", kind)
    if kind == "money" and found.attribute and base_attribute(found.attribute) == "price" and SPENT_ON_AFTER.match(sentence, e):
        # "identified £31,000 spent on a chauffeur service": money someone spent, whom the clause's subject found
        return Attribution(None, None, None, f"{found.why}; but money spent on something, by no one the sentence names", kind)
    if found.attribute == "joining" and found.entity and kind == "date":
        c_start, c_end = clause(sentence, s)
        hired = next((n for n in names if (n.name in persons or looks_like_person(n.name)) and n.name != found.entity
                      and c_start <= n.start - base < c_end
                      and HIRED_NAME_BEFORE.search(sentence, max(0, n.start - base - 40), n.start - base)), None)
        if hired is not None:  # "in July hired Hana Lindvall from Brixel as its security chief": when she joined
            return Attribution(hired.name, "joining", None, f"{found.why.split('; entity')[0]}; entity {hired.name}, "
                                                            f"the one hired", kind)
    which_she = WHICH_PRONOUN.search(sentence, max(0, s - 60), s) if found.attribute and base_attribute(found.attribute) in (
        "joining", "departure") and (found.why or "").endswith("antecedent of 'which'/'who'") else None
    if which_she:  # "Kestrel Cargo, which she has run since 2021": when she came, not the company
        named = [n.name for n in names if n.name in persons and n.end - base <= which_she.start()]
        previous_person = context[2] if len(context) > 2 else None  # context: previous_org, year, previous_person, ...
        person = named[-1] if named else previous_person
        return Attribution(person, found.attribute, None, f"{found.why.rsplit('; entity', 1)[0]}; entity "
                           f"'{which_she.group(1)}' of the clause after 'which', the person named before", kind) \
            if person else Attribution(None, None, None, f"{found.why}; but the date of '{which_she.group(1)}', "
                                                         f"whom the text does not name", kind)
    at = AT_ORGANIZATION.match(sentence)
    host = next((n for n in names if at and n.start - base == at.end() and sentence[n.end - base:n.end - base + 1] == ","
                 and " " in n.name and not n.possessive and n.name not in persons), None)
    if host is not None and found.attribute and found.entity != host.name and s > host.end - base and not found.object \
            and base_attribute(found.attribute) in org_figures(attributes) \
            and (found.entity is None or found.entity in persons or "is about so far" in (found.why or "")
                 or any(n.name == found.entity and n.start - base < _aside_end(sentence, host.end - base) for n in names)):
        # "At Osterby Labs, Pelloran's larger rival, he oversaw ... the loss of 1,400 jobs": the organization the
        # sentence opens at, not one its aside names, the person acting there or the one the document is about
        return Attribution(host.name, found.attribute, None, f"{found.why}; but the organization the sentence opens "
                                                               f"'At', {host.name}", kind)
    if kind == "money" and "compensation" in definitions(attributes):
        paid = next((n for n in names if sentence[n.end - base:s] in (", ", " ") and not n.possessive
                     and (n.name in persons or looks_like_person(n.name))
                     and PAYS_ROLE_BEFORE.search(sentence, max(0, n.start - base - 50), n.start - base)), None) \
            or next((n for n in names if (role := PAID_TO_ROLE_AFTER.match(sentence, e)) and n.start - base == role.end()
                     and not n.possessive and (n.name in persons or looks_like_person(n.name) or n.name in _surnames(persons))),
                    None)  # "the £410,000 paid to Ashby": the surname of a person the document names in full
        if paid is not None:
            return Attribution(paid.name, "compensation", None, f"pay of {paid.name}, named as the one paid", kind)
    if found.attribute and base_attribute(found.attribute) == "stake" and SHARE_OF_THINGS.match(sentence, e):
        # "fewer than 10 percent of tickets were sold at dynamic prices": a share of things sold, no one's stake
        return Attribution(None, None, None, f"{found.why}; but a share of {SHARE_OF_THINGS.match(sentence, e).group(1)}", kind)
    if found.attribute and base_attribute(found.attribute) == "headcount" and UNIT_HEADCOUNT.search(sentence, max(0, s - 60), s):
        # "the bank's compliance headcount had reached 620": one function's staff, not the whole organization's
        return Attribution(None, None, None, f"{found.why}; but one function's headcount, not the organization's", kind)
    if found.attribute and base_attribute(found.attribute) == "headcount" and SOME_STAFF_AFTER.match(sentence, e):
        return Attribution(None, None, None, f"{found.why}; but some staff doing something, not all of them", kind)
    if kind == "age" and form == "aged" and (died := DIED_AGED_BEFORE.search(sentence, max(0, s - 16), s)):
        named = next((n for n in names if n.end - base == died.start() and not n.possessive), None)
        if named is not None and named.name != found.entity:  # "whose mother Maureen died aged 71": hers
            return Attribution(named.name, "age", None, "age value; entity named right before 'died aged'", kind)
    if kind == "money" and found.attribute and base_attribute(found.attribute) == "valuation" \
            and PENCE_END.search(sentence, s, e) and "share price" in definitions(attributes):
        if PER_SHARE.match(sentence, e):  # "At 245p a share it values the brewer at 12.7 times its earnings": an offer
            return Attribution(None, None, None, f"{found.why}; but a price for each share, no market price", kind)
        # "at 412p the market values the group at £887 million": a price in pence is one share's, never a company's worth
        return dataclasses.replace(found, attribute="share price", why=f"{found.why}; but a price in pence, one share's")
    if kind == "percent" and found.attribute and SHARE_MOVE_BEFORE.search(sentence, max(0, s - 60), s):
        # "Tessaline Software shares slumped 18 percent after the maker cut its forecast": how far the shares moved
        return Attribution(None, None, None, f"{found.why}; but how far a share price moved", kind)
    launched = (LAUNCHED_A_THING.search(sentence, clause(sentence, s)[0], s) or LAUNCHED_AFTER.match(sentence, e)) \
        if found.attribute == "founding" else None
    if kind == "date" and launched:
        # "Fenmoor launched its first branded butter in 2024", "on Tuesday launched a $60 million appeal": the launch of a
        # product or a campaign, not when the organization began
        return Attribution(None, None, None, f"{found.why}; but the launch of something it started ('{launched.group(0).strip()}')", kind)
    if kind == "money" and found.attribute == "dividend":
        if kind_of := DIVIDEND_KIND.search(sentence, max(0, s - 40), min(len(sentence), e + 30)):
            # "a final dividend of 14 cents a share", "its interim dividend": one payment of the year's, apart from the total
            found = dataclasses.replace(found, attribute=f"dividend ({kind_of.group(1).lower()})",
                                        why=f"{found.why}; the {kind_of.group(1).lower()} dividend")
        elif PER_SHARE.match(sentence, e) or SUBUNIT.search(sentence, s, e):
            # "a dividend of 29 pence", "€0.84 a share": what one share is paid, apart from all the company paid out
            found = dataclasses.replace(found, attribute="dividend (per share)", why=f"{found.why}; by the share")
    elif kind == "money" and found.attribute and base_attribute(found.attribute) in org_figures(attributes) \
            and PENCE_END.search(sentence, s, e):
        # "suppliers are losing money at 35.25p": a price of one unit, never an organization's profit or revenue
        return Attribution(None, None, None, f"{found.why}; but a price in pence, of one unit", kind)
    if kind == "money" and found.attribute and base_attribute(found.attribute) in ("profit", "revenue") \
            and (each := FOR_EACH_ONE.match(sentence, e)):
        # "losing roughly €1.10 on each order", "a profit of $3 per customer": a figure for one, never the whole
        return Attribution(None, None, None, f"{found.why}; but a figure for one unit ('{each.group(0).strip()}')", kind)
    if found.attribute and base_attribute(found.attribute) == "departure" and ON_LEAVE.search(sentence, max(0, s - 60), e):
        # "was placed on paid leave on Tuesday": away for a while, not gone
        return Attribution(None, None, None, f"{found.why}; but a leave of absence, not a departure", kind)
    if found.attribute == "birth" and GAVE_BIRTH.search(sentence, max(0, s - 80), e):
        return Attribution(None, None, None, f"{found.why}; but a birth someone gave, not the birth of the one named", kind)

    if found.attribute and base_attribute(found.attribute) == "price" and found.entity and "fine" in definitions(attributes) \
            and FINE_APPOSITION.match(sentence, e) and PAID_BEFORE_FIGURE.search(sentence, max(0, s - 20), s):
        # "Tessaly Terminals will pay €3.2 million, the largest fine ever imposed": the fine the apposition names
        return dataclasses.replace(found, attribute="fine", object=None, why=f"{found.why}; a fine, as the apposition after it says")
    if found.attribute and base_attribute(found.attribute) == "price" and found.entity and "fine" in definitions(attributes) \
            and PAID_FOR_WRONG.match(sentence, e) and PAID_BEFORE_FIGURE.search(sentence, max(0, s - 20), s):
        # "Ardmoor paid $2.3 million in 2018 for dust-control breaches": a penalty paid, not a price
        return dataclasses.replace(found, attribute="fine", object=None,
                                   why=f"{found.why}; a penalty, paid for '{PAID_FOR_WRONG.match(sentence, e).group(1)}'")
    if found.attribute == "cases" and (doubt := DOUBTED_CASES.search(sentence, s, e)):
        # "51 confirmed cases, plus six probable cases": the probable ones kept apart from those confirmed
        return dataclasses.replace(found, attribute=f"cases ({doubt.group(1).lower()})",
                                   why=f"{found.why}; {doubt.group(1).lower()} cases, not confirmed ones")
    if found.attribute == "injured" and (SERIOUS_AFTER.match(sentence, e) or SERIOUS_END.search(sentence, s, e)):
        # "Three passengers suffered serious injuries": the worst hurt, some of the injured kept apart from all of them
        return dataclasses.replace(found, attribute="injured (serious)", why=f"{found.why}; the seriously hurt, some of the injured")
    if found.attribute and base_attribute(found.attribute) == "debt" and found.entity:
        creditor = OWES_SOMEONE_BEFORE.search(sentence, max(0, s - 40), s)
        if creditor:  # "Palisade owes landlords roughly $220m", "says Palisade owes it $1.3 million": what one creditor is owed
            return Attribution(None, None, None, f"{found.why}; but what one creditor is owed ('{creditor.group(0).strip()}')", kind)
        owed_for = OWED_FOR_AFTER.match(sentence, e)
        if owed_for:  # "owes $214 million in unpaid rent": one kind of debt, kept apart from all it owes
            return dataclasses.replace(found, attribute=f"debt ({owed_for.group(1).lower()})",
                                       why=f"{found.why}; one kind of debt ('{owed_for.group(0).strip()}')")
    if kind == "age" and form == "apposition" and (is_now := IS_NOW_BEFORE.search(sentence, max(0, s - 12), s)):
        named = next((n for n in names if n.end - base == is_now.start() and not n.possessive), None)
        if named is not None and named.name != found.entity and (named.name in persons or looks_like_person(named.name)):
            # "Halden Ridge, whose head of infrastructure Marcus Oyelaran is 47,": his, not the firm's
            return Attribution(named.name, "age", None, "age value; entity named right before 'is'", kind)
    if kind == "age" and found.attribute and AGE_CLASS_AFTER.match(sentence, e):
        return Attribution(None, None, None, f"{found.why}; but people of an age ('{sentence[s:e]}"
                                             f"{AGE_CLASS_AFTER.match(sentence, e).group(0)}'), no one's age", kind)
    if kind == "age" and found.attribute and found.attribute == "age" and TURNS_BEFORE.search(sentence, max(0, s - 12), s) \
            and not TODAY_AFTER.match(sentence, e):
        return dataclasses.replace(found, attribute="age (projected)", why=f"{found.why}; the age to be reached ('turns')")
    if kind == "age" and found.attribute and (average := AVERAGE_OF_MANY.search(sentence, max(0, s - 50), s)):
        # "Fenwarde's average store is 31 years old": an average of many things, not the organization's age
        return Attribution(None, None, None, f"{found.why}; but an average of many ('{average.group(0).strip()}')", kind)
    if kind == "age" and found.attribute and (kin := KIN_APPOSITION.search(sentence, max(0, s - 40), s)):
        # "Her brother, 53, has run Pellow's since 2016": the age of a relative the sentence does not name
        return Attribution(None, None, None, f"{found.why}; but the age of a relative ('{kin.group(0).strip(', ')}')", kind)
    if found.attribute and base_attribute(found.attribute) == "death toll" and OTHER_ONES.match(sentence, s, e):
        # "Two other miners died at the scene": some of the dead, told apart from one named before
        return Attribution(None, None, None, f"{found.why}; but some of them ('other'), not the toll", kind)
    if kind == "age" and found.attribute and KIN_BEFORE.search(sentence, max(0, s - 8), s) and KIN_AFTER.match(sentence, e):
        return Attribution(None, None, None, f"{found.why}; but the age of a relative ('{sentence[s:e]}"
                                             f"{KIN_AFTER.match(sentence, e).group(0)}'), not of the one named", kind)
    if kind == "age" and found.attribute and OTHERS_AGED_BEFORE.search(sentence, max(0, s - 40), s):
        return Attribution(None, None, None, f"{found.why}; but the ages of the others counted before it", kind)
    if kind == "age" and found.attribute and THEN_AGE_BEFORE.search(sentence, max(0, s - 12), s):
        return Attribution(None, None, None, f"{found.why}; but the age someone was then, not the age now", kind)
    stake = kind == "percent" and bool(found.attribute) and base_attribute(found.attribute) == "stake"
    verb = HOLDING_VERB_BEFORE.search(sentence, max(0, s - 40), s) if stake and found.entity else None
    holder = next((n for n in names if verb and n.end - base == verb.start() and not n.possessive
                   and sentence.endswith(" and ", 0, n.start - base)), None)
    if holder is not None and holder.name != found.entity:
        # "Corvath takes 51% of the venture and Tessaly keeps 49%": the one that keeps it, not the clause's first name
        return dataclasses.replace(found, entity=holder.name, object=found.object if found.object != holder.name else None,
                                   why=f"{found.why.split(';')[0]}; entity {holder.name}, named after 'and' before its verb")
    family = FAMILY_HOLDS.search(sentence, max(0, s - 80), s) if stake else None
    if family and not (found.entity or "").endswith(" family"):
        typed = context[3] if len(context) > 3 else None
        named = typed.get("family") if typed else None
        if named and typed.named_before(named, base + family.start()):
            # "Greyfriar will own 85 percent, with the family retaining roughly 15 percent": the Halloran family's
            return Attribution(named, found.attribute, found.object if found.object != named else None,
                               f"{found.why.split(';')[0]}; entity {named}, the family the document names", kind)
        return Attribution(None, None, None, f"{found.why.split(';')[0]}; but a family's stake, a family the document "
                                             f"does not name", kind)
    if kind == "date" and found.entity is None and context and context[0] and "founding" in definitions(attributes) \
            and (opened := SITE_WHICH.search(sentence, max(0, s - 60), s)) and opened.group(0).endswith(" in "):
        # "the pit, opened in 1979": when a site of the organization the document is about opened (keyed to the site)
        return Attribution(context[0], "founding", None, "when the site opened, of the organization the document names most", kind)
    if found.attribute == "age" and form == "year-old" and found.entity and found.entity not in persons \
            and AGED_OBJECT.search(sentence, max(0, s - 40), s) and not re.match(r"\s[A-Z]", sentence[e:e + 2]) \
            and not ((noun := PERSON_NOUN_AFTER.match(sentence, e)) and noun.group(1) in NOT_PEOPLE):
        # "Harwick Rovers sacked the 52-year-old": the person the verb acts on, not the organization acting
        if previous_subject in persons:
            return Attribution(previous_subject, "age", None, "'the N-year-old' a verb acts on, the person of the "
                               "previous sentence", kind)
        return dataclasses.replace(found, entity=None, attribute=None,
                                   why=f"{found.why}; but 'the N-year-old' a verb acts on is a person, not {found.entity}")
    if found.entity is None and found.attribute and base_attribute(found.attribute) == "headcount" \
            and (employer := WORK_FOR.match(sentence, e)):
        named = next((n for n in names if n.start - base == employer.end() and n.name not in persons), None)
        if named:  # "About 530 people work for Tern & Lowry": the staff of the one they work for
            return dataclasses.replace(found, entity=named.name, why=f"{found.why}; entity {named.name}, the one they work for")
    if found.attribute and base_attribute(found.attribute) == "valuation" and kind == "money" \
            and (order := ORDER_VALUED.search(sentence, max(0, s - 140), s)):
        # "Skellan Airways' order for 12 Meridians carries a headline value of $3.72 billion": what the order costs
        owner = next((n.name for n in names if n.possessive and n.name not in persons
                      and sentence[n.end - base:order.start()].strip() in ("'s", "\u2019s", "'", "\u2019")), None)
        return Attribution(owner, "price", None, f"the value of an {order.group(1).lower()}, a price"
                           + (f"; entity {owner}, whose {order.group(1).lower()} it is" if owner else ""), kind)
    rate = RATE_AFTER.match(sentence, e) if found.attribute and base_attribute(found.attribute) == "compensation" else None
    if rate and found.entity and not found.object and (found.why or "").startswith(f"cue '{rate.group(0).strip()}'") \
            and found.entity not in persons and not looks_like_person(found.entity):
        # "Analysts expect Nerovant to earn up to €1.2 billion a year": read as pay only for its "a year", and of what
        # is no person: no pay (but "Rossi earns £2 million a year" has a cue of pay)
        return Attribution(None, None, None, f"{found.why}; but money by the year of {found.entity}, which is no "
                                             f"person's pay", kind)
    if found.entity and kind == "money" and (public := PUBLIC_MONEY_AFTER.match(sentence, e)):
        # "a deal backed by €150 million of government support": public money, not the deal maker's
        return dataclasses.replace(found, entity=None, object=None,
                                   why=f"{found.why}; but public money ('{public.group(0).strip()}'), not {found.entity}'s")
    if found.attribute and base_attribute(found.attribute) == "profit" and (sales := IN_SALES_AFTER.match(sentence, e)):
        # "had lost about €2 million in sales", "would lose about $40 million a year in revenue": takings lost, no loss
        return Attribution(None, None, None, f"{found.why}; but takings lost ('in {sales.group(1)}'), not a loss of the business", kind)
    local = ONE_PLACE_OPENING.match(sentence) if found.attribute and kind in ("count", "number") \
        and base_attribute(found.attribute) in org_figures(attributes) else None
    if local and local["where"] and s > local.end():
        # "In Luccano, where Verenza runs three hotels and employs about 1,100 people": one place's share, not the whole
        return Attribution(None, None, None, f"{found.why}; but a figure of one place, {local['place']}", kind)
    if found.entity and found.attribute and " as a whole" in sentence and base_attribute(found.attribute) in org_figures(attributes) \
            and (whole := WHILE_THE_WHOLE.search(sentence, 0, s)) \
            and not any(whole.end() <= n.start - base < s for n in names) \
            and any(n.name == found.entity and n.end - base <= whole.start() for n in names) \
            and not PART_NOUN_WORD.search(sentence, 0, whole.start()):
        # "Tidewhistle will lose 190 of its 580 employees, while the group as a whole is cutting 1,900 positions from a
        # workforce of 23,600": the whole Tidewhistle belongs to, which the sentence does not name (but "Corvanta's
        # network division employs 1,900, while the group as a whole has 8,400": Corvanta's own; "It lost €210 million,
        # while the group as a whole made": the organization the document is about, not named in the sentence)
        return Attribution(None, None, None, f"{found.why}; but the figure of the whole ('{whole['whole']}') that "
                                             f"{found.entity} is part of, which the sentence does not name", kind)
    fronted = FRONTED_WITH.match(sentence) if found.entity is None and found.attribute and kind != "date" else None
    if fronted and s < fronted.end():
        # "With 8.4 million customers, Corvex is the largest operator", "With 400 staff, it is": the main clause's subject
        named = next((n.name for n in names if n.start - base == fronted.end() and not n.possessive and n.name not in persons
                      and not (base_attribute(found.attribute) in org_figures(attributes) and looks_like_person(n.name))), None)
        rest = sentence[fronted.end():]
        owner = named or (context[0] if context and (IT_SUBJECT.match(rest) or GENERIC_ORG.match(rest)) else None)
        if owner:
            return dataclasses.replace(found, entity=owner, why=f"{found.why}; entity {owner}, the subject of the clause "
                                                                f"after the opening 'With ...,'")
    reread = _reread(found, sentence, base, s, e, kind, names, persons, context)
    if reread is not None:
        return reread
    if kind == "count" and (noun := _things_not_jobs(found.attribute, sentence[s:e])):
        # "will close seven elementary schools and eliminate 228 positions": schools, not jobs; the entity stays, for
        # the figures listed with it
        return dataclasses.replace(found, attribute=None, why=f"{found.why}; but a count of {noun}, not of jobs or people",
                                   things=True)
    if found.attribute and base_attribute(found.attribute) == "price" \
            and PENALTY_FEE.search(sentence, max(0, s - 40), min(len(sentence), e + 30)):
        # "must pay Bramwell a break fee of £110 million": a penalty if the deal fails, not what anything costs
        return Attribution(None, None, None, f"{found.why}; but a fee owed if a deal fails, not a price", kind)
    if found.attribute is None and found.why is None and kind == "money" and "price" in definitions(attributes) \
            and (built := BUILDS_BEFORE.search(sentence, max(0, s - 60), s)) and THING_AFTER.match(sentence, e):
        # "Talvane will build an €11.2 billion chip factory", "opened its €9.8 billion plant": what the thing costs
        org, where = _organization(sentence, base, names, built.start(), persons, None)
        if org:
            plan = bool(built.group("plan"))
            return Attribution(org, "price (projected)" if plan else "price", None,
                               f"what the {THING_AFTER.match(sentence, e).group(1)} it {'is to build' if plan else 'built'} "
                               f"costs; entity {where}", kind)
    if found.attribute and base_attribute(found.attribute) == "headcount" and kind == "count" \
            and HIRED_BEFORE.search(sentence, max(0, s - 40), s) and "jobs created" in definitions(attributes):
        # "says it will take on about 700 workers", "hired 120 engineers": staff added, not the whole staff
        return dataclasses.replace(found, attribute="jobs created", why=f"{found.why}; staff taken on, not the whole staff")
    if found.attribute and kind == "percent" and POINTS.search(sentence, s, e) and "(" not in found.attribute:
        # "will add 0.3 percentage points to consumer prices", "won by nearly seven points": a difference of two
        # rates, kept apart from the rate itself
        return dataclasses.replace(found, attribute=f"{found.attribute} (change)",
                                   why=f"{found.why}; in percentage points, a change or gap, not the rate itself")
    after = neighbours.first_blocking_from(e)
    if found.attribute and not found.earlier and after is not None and FROM_TO_GAP.fullmatch(sentence, e, after[0]) \
            and FROM_BEFORE.search(sentence, max(0, s - 8), s):
        if found.attribute.endswith(" (projected)"):  # "take the workforce from about 430 people to roughly 600": now
            return dataclasses.replace(found, attribute=found.attribute.removesuffix(" (projected)"),
                                       why=f"{found.why}; the figure now, which a planned change 'from ... to' starts from")
        if noun := _changed_things(sentence, s, e, found.attribute):
            return Attribution(None, None, None, f"the start of a change 'from ... to', a count of {noun}, not of jobs or "
                                                 f"people", kind)
        return dataclasses.replace(found, earlier="from", attribute=_unit_of_change(found.attribute, sentence, after[1], kind),
                                   why=f"{found.why}; the earlier figure of a change 'from ... to'")
    return found


def _unit_of_change(attribute: str, sentence: str, e: int, kind: str) -> str:
    """`attribute` with the unit told after the later figure of a change, which both figures are of, the figure
    ending at `e`: "from 38.9 pence to 37.3 pence a litre" is a price per litre twice."""
    if kind != "money" or "(" in attribute:
        return attribute
    unit = PER_UNIT_AFTER_CUE.match(sentence, e) or PER_UNIT_A.match(sentence, e)
    return f"{attribute} (per {unit.group(1).lower()})" if unit else attribute


# "The loss included a write-down of SEK 380 million": a charge within the result, not the result
CHARGE_BEFORE = re.compile(r"\b(?:write-?downs?|write-?offs?|impairments?|(?:impairment|restructuring|one-off|one-time|exceptional|"
                           r"non-cash)\scharges?|provisions?)\s(?:of\s)?" + QUALIFIER_WORDS + r"$", re.I)
# "adds roughly £190m a year to revenue": an amount a change adds to a result, with the verb before the figure
ADDED_TO_RESULT = re.compile(r"(?:\s(?:a|per|each)\s(?:year|month|quarter))?\s(?:to|onto)\s(?:(?:its|the|their|his|her)\s)?"
                             r"(?:(?:annual|yearly|group|quarterly)\s)?(?:revenues?|sales|turnover|profits?|earnings|takings)\b")
ADDS_BEFORE = re.compile(r"\b(?:add|adds|added|adding|contribute|contributes|contributed|contributing)\s(?:[a-z]+\s){0,2}?"
                         + QUALIFIER_WORDS + r"$", re.I)
# "of which its heat-pump division contributed", "of which exports contributed": a part of the figure named before
PART_CONTRIBUTED_BEFORE = re.compile(r"\bof\swhich\s(?:[\w'\u2019-]+\s){1,5}?(?:contributed|contributes|contribute)\s"
                                     + QUALIFIER_WORDS + r"$", re.I)
# "412 excess deaths", "excess mortality at about 410 deaths": deaths above the usual number for the time of year
EXCESS_DEATHS = re.compile(r"\bexcess\s(?:deaths|mortality)\b", re.I)
# "joined Quillford as commercial director in 2017 and took the top job in 2021", "joined the firm in 1989 and has
# chaired it since 2012": a later step of a career the sentence dates the joining of first
PROMOTED_AFTER_JOINING = re.compile(
    r"\b(?:joined|started\s(?:at|with|out\sat|as)|came\sto)\b[^.;:\d]{0,80}?\b(?:in\s(?:(?:1[89]|20)\d\d)|[\w-]+\s(?:years?|months?)\sago)"
    r"(?:\s(?:as|from)\s[^.;:,\d]{1,40}?)?,?\s(?:and|before|then)\s(?:then\s|later\s)?(?:(?:has|had)\s(?:since\s)?(?:been\s)?)?"
    r"(?P<step>became|become|took|taken|rose|risen|was\s(?:made|named|appointed|promoted)|run|ran|led|chaired|headed|managed|"
    r"edited|in\scharge|chief|head|the\shead)\b[^.;:\d]{0,70}?$")


def _local_staff(found: Attribution, how: str) -> Attribution:
    """`found`, a headcount, as the staff of one place ("headcount (local)"), kept apart from the whole organization's;
    a site the sentence names makes it that site's whole staff again (see the extractor)."""
    return dataclasses.replace(found, attribute=found.attribute.replace("headcount", LOCAL_HEADCOUNT, 1),
                               why=f"{found.why}; {how}")


def _reread(found: Attribution, sentence: str, base: int, s: int, e: int, kind: str, names, persons, context) -> Attribution | None:
    """A second reading of an attributed figure whose wording around it changes what it is: a charge within a loss, an
    amount added to revenue, excess deaths, a career step after the joining, a price from a date to come, staff of one
    place or part, staff a change affects, a union's count of job cuts, jobs counted across the company. None when none
    applies.
    `context` is (previous_org, year, previous_person, typed_orgs), as :func:`attribute_fact` takes it."""
    if found.attribute and base_attribute(found.attribute) == "profit" and kind == "money" \
            and (charge := CHARGE_BEFORE.search(sentence, max(0, s - 50), s)):
        # "The loss included a write-down of SEK 380 million": one charge within the result
        return Attribution(None, None, None, f"{found.why}; but a charge the result includes ('{charge.group(0).strip()}'), "
                                             f"not the result", kind)
    if found.attribute and base_attribute(found.attribute) in ("revenue", "profit") and kind == "money" \
            and ADDED_TO_RESULT.match(sentence, e) and ADDS_BEFORE.search(sentence, max(0, s - 60), s):
        # "adds roughly £190m a year to revenue", "will add about $1.6 billion to annual revenue": a change, not the result
        return Attribution(None, None, None, f"{found.why}; but an amount added to the {found.attribute}, not the "
                                             f"{found.attribute} itself", kind)
    if found.attribute and base_attribute(found.attribute) == "investment" and kind == "money" \
            and (part := PART_CONTRIBUTED_BEFORE.search(sentence, max(0, s - 80), s)):
        # "sales of EUR 1.9 billion, of which its heat-pump division contributed EUR 1.1 billion": a part of the figure
        # before, no money put into anything
        return Attribution(None, None, None, f"{found.why}; but a part of the figure before ('{part.group(0).strip()}'), "
                                             f"no investment", kind)
    if found.attribute and attribute_name(found.attribute) == "death toll" and "(" not in found.attribute \
            and EXCESS_DEATHS.search(sentence, max(0, s - 40), min(len(sentence), e + 20)):
        # "412 excess deaths", "put excess mortality at about 410 deaths": deaths above the usual number, an estimate
        # kept apart from the deaths counted one by one
        return dataclasses.replace(found, attribute=f"{found.attribute} (excess)",
                                   why=f"{found.why}; excess deaths, above the usual number, not deaths counted")
    if found.attribute == "joining" and kind == "date" and (step := PROMOTED_AFTER_JOINING.search(sentence, max(0, s - 220), s)):
        # "joined the company as finance director in 2016 and took the top job in 2020": the joining is the first date
        return Attribution(None, None, None, f"{found.why}; but a later step ('{sentence[step.start('step'):s].strip()}'), "
                                             f"after the joining the sentence dates first", kind)
    if not found.attribute:
        return None
    previous_org, typed = (context[0], context[3]) if len(context) >= 4 else (None, None)
    if base_attribute(found.attribute) == "price" and found.attribute == base_attribute(found.attribute) \
            and not found.earlier and WILL_COST.search(sentence, max(0, s - 24), s) and FROM_A_DATE.match(sentence, e):
        # "A standard Goldleaf bar will cost £1.85 from April": the price to come, not the price now
        return dataclasses.replace(found, attribute=found.attribute + " (projected)", why=f"{found.why}; a price from a date to come")
    if base_attribute(found.attribute) == "headcount" and kind == "count" and (local := LOCAL_STAFF_AFTER.match(sentence, e)):
        # "employs about 450 people in the town", "61 people locally": the staff in one place, kept apart from the whole
        return _local_staff(found, f"the staff in one place ('{local.group(0).strip()}')")
    if (found.attribute in ("revenue", "profit") and kind == "money" or found.attribute == "headcount" and kind in ("count", "number")) \
            and (part := _business_part(sentence, s, found)):
        # "Its refining division lost $310 million", "automotive revenue rose to $5.2 billion", "its network division,
        # which now employs about 1,900 people": one part's, kept apart
        return dataclasses.replace(found, attribute=f"{found.attribute} ({part})",
                                   why=f"{found.why}; the figure of one part of the organization ('{part}')")
    if base_attribute(found.attribute) == "investment" and found.entity and not found.object \
            and RECEIVED_AID.search(sentence, max(0, s - 80), s):
        # "Coastway received a state subsidy of €412 million": what it was given, not what it invested
        return Attribution(None, None, None, f"{found.why}; but aid {found.entity} received, from no giver named", kind)
    if base_attribute(found.attribute) in ("headcount", "customers") and kind == "count" and OUT_OF_AFTER.match(sentence, e):
        # "about 5,200 staff in the city out of a workforce of roughly 21,000": a part, the whole follows; staff are
        # those of one place, which a site named with them may still own
        if base_attribute(found.attribute) == "headcount":
            return _local_staff(found, "the staff of one place, a part of the whole after 'out of'")
        return dataclasses.replace(found, entity=None, attribute=None, why=f"{found.why}; but a part of the whole after 'out of'")
    if base_attribute(found.attribute) == "headcount" and kind == "count" and AFFECTED_AFTER.match(sentence, e):
        # "About 640 branch staff will be affected": the staff a change touches, not the whole staff
        return dataclasses.replace(found, entity=None, attribute=None, why=f"{found.why}; but the staff a change affects")
    if found.entity and base_attribute(found.attribute) == "job cuts" and is_union(found.entity):
        # "The Valley Bank Workers' Union says 1,150 jobs are at risk": the employer's cuts, as the union counts them
        org, where = _organization(sentence, base, names, s, persons, previous_org, exclude=found.entity, typed=typed)
        if org and org != found.entity and not is_union(org):
            return dataclasses.replace(found, entity=org, object=None, why=f"{found.why}; a union's count of the cuts at {where}")
        return dataclasses.replace(found, entity=None, attribute=None, why=f"{found.why}; a union's count, of no employer named")
    if found.entity is None and base_attribute(found.attribute) in ("job cuts", "headcount") \
            and (across := ACROSS_THE_FIRM.search(sentence, max(0, s - 60), min(len(sentence), e + 60))) \
            and not re.search(r"\d", sentence[e:across.start()]):  # but "650 workers, out of about 5,000 across the group"
        # "1,380 roles will go across the company": the staff of the company the document is about
        org, where = _organization(sentence, base, names, s, persons, previous_org, typed=typed)
        if org:
            return dataclasses.replace(found, entity=org, why=f"{found.why}; '{across.group(0)}', {where}")
    return None


# "Among the dead are ...", "Among the injured were": some of those counted, named one by one
AMONG_THE_DEAD = re.compile(r"[\"'\u201c\s]*(?:Among|Of)\s(?:all\s)?(?:the\s)?(?:dead|victims|injured|missing|those\s(?:killed|hurt|injured))\b",
                            re.I)  # "Of all the dead, the department said, 168 were aged over 75": some of them too
# "floated on the exchange in 2015 at", "its initial public offering at": a price shares were first sold at
LISTING_BEFORE = re.compile(r"\b(?:floated|floating|flotation|listed|listing|went\spublic|IPO|initial\spublic\soffering|market\sdebut)\b"
                            r"(?:[^.;]|\.\d){0,110}?\b(?:at|for|of)\s(?:about\s|around\s)?$")
# The nouns that name a part of an organization: "its refining division", "Vallorin's eye-care arm"
PART_NOUN = r"(?:division|unit|arm|business|operations|segment)"
# "Its refining division lost", "its Kovanian business lost", "whose eye-care division brought in": a part of the
# organization, the subject of the figure's verb
DIVISION_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|whose|[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2}['\u2019]s)\s(?P<segment>(?:[A-Za-z-]+\s){1,2})"
                             r"(?P<noun>" + PART_NOUN + r")(?:,\s(?:which|that)\s[^.;:,\d$€£¥]{1,90},\s|,\s(?:which|that|with)\s|\s)"
                             r"(?:(?!million|billion)[^.;:,$€£¥]){0,50}$")  # "its automotive division, which makes chips, reported"
# "Sales at the football division rose 11 percent to", "the loss at its refining unit": a part's figure, named after it
DIVISION_FIGURE_AT = re.compile(r"\b(?:[Ss]ales|[Rr]evenues?|[Tt]urnover|[Pp]rofits?|[Ll]oss(?:es)?|[Ee]arnings)\s(?:at|of|from|in)\s"
                                r"(?:the|its|their)\s(?P<segment>(?:[A-Za-z-]+\s){1,2})(?P<noun>" + PART_NOUN + r")\b"
                                r"(?:(?!million|billion)[^.;:$€£¥]){0,50}$")
# "employs 410 of the group's roughly 5,300 staff": the whole the part's figure is taken from
OF_THE_WHOLE = re.compile(r"\b(?:of|from)\s(?:the\s(?:group|company|firm|bank|business)['\u2019]s|its|their)\s(?:total\s|entire\s|whole\s)?"
                          + QUALIFIER_WORDS + r"$")
# "automotive revenue rose 14 percent last year to", "its advertising sales of": revenue a word before it narrows
SEGMENT_REVENUE = re.compile(r"(?:^|[,:]\s|\b(?:its|their|the|whose|and|said|says|that)\s|['\u2019]s\s)(?P<segment>[a-z][a-z-]{2,})\s"
                             r"(?P<cue>revenues?|sales|turnover)\b(?:(?!million|billion)[^.;:$€£¥]){0,60}$")
# the words before "revenue" that name the whole, a period, a change or the verb, not a part of the business
WHOLE_REVENUE = frozenset("""the a an its their his her our whose this that these those of in on at for from with by to and or
but as than while which who where when after before over under about around total annual group net gross quarterly yearly
overall combined consolidated record operating underlying organic comparable like-for-like same-store full-year half-year
first-half second-half first-quarter second-quarter third-quarter fourth-quarter nine-month fiscal calendar global
worldwide statutory adjusted headline weekly monthly daily average current previous last next latest same extra
additional new more less lower higher strong stronger weak weaker flat rising falling slowing solid robust core expected
forecast projected estimated lost had has have was were is are be been will would could generate generates drive drives
boost boosts raise raises lift lifts company company-wide group-wide all year's annualised annualized pre-tax
twelve-month three-month six-month own peak made make makes show shows post posts book books report
reports see sees saw expect expects earn earns bring brings take takes took achieve achieves log logs record records put
puts grow grows""".split())


# "a premium of 34 percent", "a discount of about 20%": how far an offer is from a price, no stake
PREMIUM_BEFORE = re.compile(r"\b(premium|discount)\s(?:of\s)?" + QUALIFIER_WORDS + r"$", re.I)
# "group revenue of", "group net profit was": the figure of the whole organization (lower case: not "Tavisham Group")
GROUP_FIGURE = re.compile(r"\bgroup\s(?:(?:net|operating|pre-tax|pretax|underlying|adjusted|gross)\s)?$")
# "a tenth of group revenue", "on group revenue of", "against group revenue of": the whole a part is measured against
WHOLE_BEFORE = re.compile(r"\b(?:of|on|against)\s$", re.I)
# "Thorncastle's refining division", "Vallorin's eye-care arm": the organization a part named in the sentence belongs to
PART_OWNER = re.compile(r"(?:['\u2019]s?)?(?:\s[a-z-]+){0,2}\s(?:" + PART_NOUN + r"|brand|subsidiary)\b")


def _group_of(sentence, base, at, names, persons, previous_org, entity) -> tuple[str, str] | None:
    """Whose group figure the words "group revenue" at sentence offset `at` begin: the organization named with a
    possessive right before ("Halveston's group revenue") or owning a part the sentence names ("Thorncastle's
    refining division"), else the one the document is about so far; never `entity`, the part or product the sentence
    is about."""
    orgs = [n for n in names if n.end - base <= at and n.name not in persons and not looks_like_person(n.name)]
    own = next((n for n in reversed(orgs) if n.possessive and (sentence[n.end - base:at].strip(" \u2019's") == ""
                                                               or PART_OWNER.match(sentence, n.end - base))), None)
    if own is not None:
        return own.name, f"group figure, of {own.name}, the whole organization"
    if previous_org and previous_org != entity and WHOLE_BEFORE.search(sentence, max(0, at - 12), at):
        # "about 7 percent of group revenue", "on group revenue of": the whole beside the part (but "Vornach reported
        # group revenue": Vornach's own)
        return previous_org, "group figure, of the organization the document is about so far"
    return None


def _business_part(sentence: str, s: int, found: Attribution) -> str | None:
    """The part of an organization a revenue, profit or staff figure at sentence offset `s` is of, or None: a division
    named as the subject ("Its refining division lost", "its network division, which employs") unless the figure is the
    whole the part is counted in ("410 of the group's 5,300 staff"), or, for revenue, a word narrowing the cue it was
    read on ("automotive revenue")."""
    if (division := DIVISION_BEFORE.search(sentence, max(0, s - 180), s) or DIVISION_FIGURE_AT.search(sentence, max(0, s - 110), s)) \
            and not OF_THE_WHOLE.search(sentence, max(0, s - 50), s):
        return f"{division['segment'].strip()} {division['noun']}"
    m = SEGMENT_REVENUE.search(sentence, max(0, s - 90), s) if found.attribute == "revenue" else None
    if not m or not (found.why or "").startswith(f"cue '{m['cue']}'"):
        return None
    word = m["segment"]
    return None if word in WHOLE_REVENUE or word.endswith(("ed", "ly")) else word


PART_NOUN_WORD = re.compile(r"\b" + PART_NOUN + r"\b")
# ", while the group as a whole": the whole that what the sentence is about belongs to
WHILE_THE_WHOLE = re.compile(r"[,;]\s(?:while|whereas|but|and)\s(?P<whole>the\s(?:group|trust|company|firm|bank|parent|business|"
                             r"organi[sz]ation|network|chain)\sas\sa\swhole)\b")
# "staff in the city out of a workforce of roughly 21,000": one place's part of the whole that follows
# "employs 1,800 people, out of a global workforce of about 14,500": the same, with the place in the subject
OUT_OF_AFTER = re.compile(r"(?:\s(?:in|at|on)\s[^,.;:\d]{1,40}?)?,?\sout\sof\s(?:a|an|its|the|their|his|her)?\s?"
                          r"(?:(?:total|global|worldwide|group|overall|combined)\s)?(?:(?:workforce|staff|base|payroll|headcount)\s(?:of\s)?)?"
                          r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|more\sthan\s)?\d")
# "About 530 people work for Tern & Lowry", "1,200 staff are employed by Acme": whom a count of staff works for, after it
WORK_FOR = re.compile(r"(?:\s(?:now|still|currently))?\s(?:work|works|worked|are\semployed|were\semployed)\s(?:for|by)\s")
# "lost about €2 million in sales", "lose $40 million a year in revenue": money not taken in, after the figure
IN_SALES_AFTER = re.compile(r"(?:\s(?:a|per)\s(?:year|month|week|day))?\sin\s(?:lost\s)?(sales|revenue|turnover|business|bookings|"
                            r"takings|fares|tolls|fees)\b")
# "will cost £1.85 from April", "will rise to €2.90 from next month": a price that starts at a date to come
WILL_COST = re.compile(r"\bwill\s(?:now\s|then\s)?(?:cost|costs|rise\sto|go\sup\sto|increase\sto|be)\s" + QUALIFIER_WORDS + r"$", re.I)
FROM_A_DATE = re.compile(r"\s(?:from|starting|as\sof|beginning)\s(?:(?:next\s)?(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December|month|week|year|spring|summer|autumn|winter)|the\sstart\sof|"
                         r"\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December))\b")
# "1,380 roles will go across the company": the whole of the organization the document is about
ACROSS_THE_FIRM = re.compile(r"\b(?:across|throughout)\sthe\s(?:company|group|business|firm|bank|chain|retailer|organisation|organization)\b",
                             re.I)


# "The last major flood in the valley, in 1996, ...": a sentence about an earlier event, dated in its opening
EARLIER_EVENT_OPENING = re.compile(r"\W*(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?:last|previous|worst|deadliest|most\srecent)\s[^,.;:\d]{0,60}?"
                                   r"(?:,\s)?\bin\s(?P<year>(?:1[89]|20)\d\d)\b")
# "last suffered a flood on this scale 29 years ago, when 13 people died", "the Vallon Sec fire eight years ago, which
# destroyed 60 homes and killed five people": an event that many years before publication
YEARS_AGO_WHEN = re.compile(r"\b(?P<n>\d{1,3}|" + WORD_NUMBER + r")\syears\sago,?\s(?:when|as|which)\s[^,.;:]{0,80}$", re.I)


def _earlier_event_year(sentence: str, s: int, published_year: int | None) -> int | None:
    """The year of an earlier event the figure at sentence offset `s` belongs to, told before it other than by a year
    close by: an opening naming the last such event and its year, or "N years ago, when"; None for the event now."""
    opening = EARLIER_EVENT_OPENING.match(sentence)
    if opening and opening.end() <= s and (published_year is None or int(opening["year"]) < published_year):
        return int(opening["year"])
    ago = YEARS_AGO_WHEN.search(sentence, max(0, s - 100), s) if published_year else None
    if ago:
        n = int(ago["n"]) if ago["n"].isdigit() else parse_words(ago["n"].lower())
        return published_year - int(n) if n and n >= 1 else None
    return None


def _first_premises_opener(sentence, base, cue_at, names, persons, previous_person) -> str | None:
    """Who opened "his first shop": the person named right before the verb, or the one "he" or "she" stands for."""
    before = sentence[:cue_at].rstrip()
    named = next((n.name for n in reversed(names) if n.end - base <= cue_at and (n.name in persons or looks_like_person(n.name)
                                                                                 or n.name in _surnames(persons))
                  and re.fullmatch(r"(?:,\s[^,]{1,60},)?\s(?:who\s)?", sentence[n.end - base:cue_at])), None)
    if named:
        return named
    return previous_person if re.search(r"(?:^|[\s,;])(?:he|she)$", before, re.I) else None


def _attribute_fact(
    sentence: str,
    base: int,
    start: int,
    end: int,
    kind: str,
    form: str,
    names: list[NameMention],
    previous_subject: str | None,
    attributes,
    patterns,
    persons: frozenset[str] = frozenset(),
    neighbours: Neighbours | None = None,
    previous_org: str | None = None,
    year: int | None = None,
    previous_person: str | None = None,
    typed_orgs: dict[str, str] | None = None,
    families: frozenset[str] = frozenset(),
    *,
    of_earlier_event: bool = True,
) -> Attribution:
    """Attribute the value at document offsets ``start:end`` in a sentence starting at `base`.

    `neighbours` holds the values of the sentence (this one included), in sentence offsets;
    `year` is the document's publication year, if known; `previous_person` is the
    last person named in an earlier sentence, for "him" or "her"; `typed_orgs` maps a
    kind of organization ("club") to the one of that kind the document names most; `families` are surnames the
    document also uses for a company named after the family ("Marrowby made a profit").
    """
    s, e = start - base, end - base
    neighbours = neighbours or Neighbours()
    # NOTE: each wording is looked for only when a word it needs is there: dense text stays cheap per figure
    before = sentence[max(0, s - 200):s].lower()
    retracted = RETRACTED.search(sentence, max(0, s - 200), s) \
        if "earlier version" in before or "misstated" in before or "ly " in before else None
    if retracted:
        return Attribution(None, None, None, f"a figure a correction withdraws ('{retracted.group(0)}')", kind)
    if kind in ("number", "count") and "magnitude" in sentence[max(0, s - 12):e + 12] \
            and (MAGNITUDE_BEFORE.search(sentence, max(0, s - 12), s) or MAGNITUDE_AFTER.match(sentence, e)
                 or "magnitude" in sentence[s:e].lower()):
        return Attribution(None, None, None, "the magnitude of an earthquake, no count", kind)  # "a magnitude 6.6 earthquake"
    if kind == "percent" and ("premium" in before or "discount" in before):
        if premium := PREMIUM_BEFORE.search(sentence, max(0, s - 40), s):  # "a premium of 34 percent to Friday's close"
            return Attribution(None, None, None, f"a {premium.group(1).lower()} to a price, not a stake", kind)
    if form == "clock":  # "crossing the line in 2:06:14": a finishing time
        found = finishing_time(sentence, base, s, e, names, persons, previous_person, attributes)
        if found is not None:
            return found
    found = plan_price(sentence, base, s, names, persons, previous_org, attributes) \
        if kind == "money" and not DIFFERENCE_AFTER.match(sentence, e) else None  # not "$1.50 cheaper than"
    if found is not None:  # "lifting its Standard plan to £10.99": the price of a named plan
        return found
    near = before[-40:]
    compared = COMPARED_BEFORE.search(sentence, max(0, s - 40), s) \
        if any(w in near for w in ("from", "compared", "versus", "vs", "than", "against", "below", "above", "short of", "instead")) else None
    if compared and compared.group(0).startswith("against"):  # "19,000 staff against Marrowby's 31,400", but not
        prior = neighbours.last_blocking_before(s)  # "small against Meridian Star's revenue of $5.76 billion"
        compared = compared if prior is not None and 0 <= compared.start() - prior[1] <= 16 \
            and AGAINST_OWNERS.fullmatch(sentence, compared.start(), s) else None
    changed = CHANGED_FROM.search(sentence, max(0, s - 90), s) if not compared and "from" in before[-14:] else None
    if kind in ("count", "number", "money") and UNNAMED_FIRM_WITH.search(sentence, max(0, s - 60), s):
        # "Ekberg's cousin runs a similar firm with 60 staff": a firm the text does not name
        return Attribution(None, None, None, "a figure of a firm the text does not name", kind)
    if kind == "age" and AS_A_BEFORE.search(sentence, max(0, s - 8), s):
        # "came to Vellmoor in 2014 as a 32-year-old assistant", "As a 17-year-old, she ...": an age at a moment past
        return Attribution(None, None, None, "an age at another moment ('as a'), not the age now", kind)
    if kind in ("count", "number") and "alone" in before[-60:] and ONE_DAY_ALONE.search(sentence, max(0, s - 60), s):
        # "Wednesday alone saw 310 flights scrapped": one day's part of a running total, not the total
        return Attribution(None, None, None, "one day's part of a total ('alone')", kind)
    if kind in ("count", "number") and "account" in before[-40:] and ACCOUNTS_FOR.search(sentence, max(0, s - 40), s) \
            and OF_THE_AFTER.match(sentence, e):
        # "Corran Bridge accounts for 158 of the cases": a place's part of a total, not the total
        return Attribution(None, None, None, "a part of a total ('accounts for ... of the')", kind)
    if kind == "money" and (SAVINGS_BEFORE.search(sentence, max(0, s - 40), s) or SAVINGS_AFTER.match(sentence, e)):
        # "annual cost savings of €180 million", "$45 million of synergies": what a plan saves, no party's figure
        return Attribution(None, None, None, "savings or synergies, not a figure of any party", kind)
    if kind == "money" and (change := CHANGE_NOUN_OF.search(sentence, max(0, s - 40), s)):
        # "a revenue decline of about $8 million": how much a figure changed, not the figure
        return Attribution(None, None, None, f"the size of a change ('{change.group(0).strip()}'), not the figure itself", kind)
    if kind == "money" and (MANAGES_BEFORE.search(sentence, max(0, s - 24), s) or UNDER_MANAGEMENT.match(sentence, e)):
        return Attribution(None, None, None, "money a fund manages for others, no investment or price", kind)
    if kind == "money" and LOST_IN_SALES.match(sentence, e) and LOSS_VERB_BEFORE.search(sentence, max(0, s - 50), s):
        return Attribution(None, None, None, "sales or business lost, not a figure of the accounts", kind)
    if kind in ("count", "number", "money") and (bound := THRESHOLD_CLASS.search(sentence, max(0, s - 50), s)) \
            and (bound.group("bound") or THRESHOLD.match(sentence, s)):
        return Attribution(None, None, None, "a threshold that defines a class of parties, none of them named", kind)
    if kind in ("count", "number") and PART_OF_CUTS.match(sentence, e):
        return Attribution(None, None, None, "some of the cuts ('of the posts being cut'), not the total", kind)
    if kind in ("count", "number") and (ages := AGES_OF_DEAD_BEFORE.search(sentence, max(0, s - 60), s)) \
            and (ages.group("than") or AGE_BOUND.match(sentence, s)):
        return Attribution(None, None, None, "the ages of those counted, not a count", kind)
    if kind in ("count", "number") and AMONG_DEAD_BEFORE.search(sentence, max(0, s - 60), s):
        # "Among the dead were four fishermen from Oruvel", "among them eight prison officers": some, not the total
        return Attribution(None, None, None, "some of those counted ('among ...'), not the total", kind)
    if kind == "age" and sentence[s:e].lower().startswith("aged") and YEAR_THEN_BEFORE.search(sentence, max(0, s - 12), s) \
            and not DIED_BEFORE.search(sentence, max(0, s - 40), s):
        # "opened his first savings account at Tessford in 1970, aged 17": an age at that year (but "He died in 1986,
        # aged 81" is the age the person reached)
        return Attribution(None, None, None, "an age at a year the clause names, not the age now", kind)
    if kind in ("count", "number") and AMONG_BEFORE.search(sentence, max(0, s - 16), s) \
            and neighbours.last_blocking_before(s) is not None:
        # "counted 31 injured among the 450 people aboard": everyone aboard, not the injured
        return Attribution(None, None, None, "the whole a figure before it is counted among", kind)
    if kind in ("money", "count", "number", "percent") and DIFFERENCE_AFTER.match(sentence, e) \
            or kind == "count" and sentence[s:e][-1:].isalpha() and MARGIN_AFTER.match(sentence, e):
        # "41 children have been hurt, four more than the figure released on Tuesday": the gap between two figures
        return Attribution(None, None, None, "a difference from another figure, not the figure itself", kind)
    if kind in ("money", "count", "number") and CROSSED_MARK.search(sentence, max(0, s - 70), s):
        return Attribution(None, None, None, "the moment a figure crossed a mark, not a figure of its own", kind)
    if kind in ("money", "count", "number") and AVERAGE_BEFORE.search(sentence, max(0, s - 36), s):
        # "against an average of 23 a winter", "an average of €56 each": an average, no one figure
        return Attribution(None, None, None, "an average, not the figure itself", kind)
    if kind in ("money", "count", "percent") and "and " in before[-40:] and (expects := EXPECTS_NEXT.search(sentence, max(0, s - 40), s)):
        # "earned revenue of $4.62 billion in 2025 and now expects $4.9 billion this year": the same figure, forecast
        prior = neighbours.last_blocking_before(expects.start())
        main = attribute_fact(sentence, base, prior[0] + base, prior[1] + base, kind, "", names, previous_subject, attributes,
                              patterns, persons, neighbours, previous_org, year, previous_person, typed_orgs, families) \
            if prior is not None and neighbours.kind_at(prior[0]) == kind and prior[0] >= clause(sentence, prior[0])[0] else None
        if main is not None and main.attribute and main.entity:
            return Attribution(main.entity, base_attribute(main.attribute) + " (projected)", main.object,
                               f"'{expects.group(0).strip()}' the figure of {sentence[prior[0]:prior[1]]!r} before it: "
                               f"{main.entity}'s {base_attribute(main.attribute)}, forecast", kind)
    if kind == "money" and (paid := _paid_for_after(sentence, base, e, names, persons)) is not None \
            and "price" in definitions(attributes):
        # "less than half the £540m that the private equity firm Stourmede Equity paid for Wonderlane in 2019"
        return Attribution(paid[0], "price", paid[1], f"what {paid[0]} paid for {paid[1]}, in the clause after the figure", kind)
    if kind == "money" and (paid := _paid_for_whom_before(sentence, base, s, names, persons)) is not None \
            and "price" in definitions(attributes):
        # "behind only Ivo Marzec, for whom Halbury City paid £105 million": the buyer after "for whom", the one bought
        # before it, not the sentence's subject
        return Attribution(paid[0], "price", paid[1], f"what {paid[0]} paid for {paid[1]}, in a clause 'for whom' before the "
                                                      f"figure", kind)
    if compared or changed:
        words = (compared or changed).group(0).strip(", ").split()
        wording = "from" if changed else words[0] if words[0].lower() in ("against", "versus", "vs", "vs.", "than") \
            else " ".join(words[:2])
        at = compared.start() if compared else changed.start() + changed.group(0).lower().rindex("from")
        found = _compared(sentence, base, s, e, kind, names, previous_subject, attributes, patterns, persons,
                          neighbours, previous_org, at, wording, year, previous_person, typed_orgs, families)
        if found is not None:
            return found
    if kind in ("count", "number"):
        its_org = lambda: _organization(sentence, base, names, s, persons, previous_org, typed=typed_orgs)[0]  # noqa: E731
        found = cuts_of_named_staff(sentence, base, s, e, names, neighbours, attributes, its_org) \
            or whole_of_staff(sentence, s, neighbours, its_org)
        if found is not None:
            return found
    if kind == "date" and REPORTED_ON.search(sentence, max(0, s - 30), s):
        return Attribution(None, None, None, "the day it was said or announced", kind)
    if kind not in ("age", "date"):
        c_start, _ = clause(sentence, s)
        earlier = EARLIER_EVENT.search(sentence, max(0, c_start - 60, s - 160), s) if of_earlier_event else None
    else:
        earlier = None
    if kind == "age" and AGE_THEN.match(sentence, e):
        return Attribution(None, None, None, f"an age at an earlier time ('{AGE_THEN.match(sentence, e).group(0).strip()}')", kind)
    attribute, cue_at, cue, kind = choose_attribute(sentence, s, e, kind, form, attributes, patterns, neighbours)
    if kind == "money" and attribute == "price" and cue_at is not None and cue_at < s and "fine" in definitions(attributes) \
            and (ordered := ordered_after_fine(sentence, base, cue_at, cue, names, persons)) is not None:
        # "last fined LSR in 2023, when it ordered the company to pay EUR 21 million": the fine, no price
        attribute = "fine"
        if ordered[0] is not None:
            return Attribution(ordered[0], "fine", None, "the one 'ordered to pay' after a fine, named right before", kind)
        cue_at, cue = ordered[1], ordered[2]
    if attribute == "stake" and kind == "percent" and SEATS_AFTER.match(sentence, e) and "vote share" in definitions(attributes):
        attribute, cue = "vote share", "seats"  # "took 24.8 percent and 28 seats": a party's share of the vote
    if attribute == "stake" and kind == "percent" and "leav" in before[-60:] \
            and (left := LEFT_WITH.search(sentence, max(0, s - 60), s)):
        # "Strathcombe's 12.5 percent stake leaves Vantreese in control with about 38 percent": the one left holding it
        holder = next((n for n in names if n.start - base == left.end("verb") + 1), None)
        if holder is not None:
            return Attribution(holder.name, "stake", None, f"cue '{cue}'; entity {holder.name}, the one it leaves with it", kind)
    if attribute == "stake" and cue_at is not None and cue_at < s and HELD_AT.fullmatch(sentence, cue_at, s):
        # "core inflation held at 3.9 percent", "rates were kept at 4 percent": a level that stayed, no holding
        return Attribution(None, None, None, f"cue '{cue}', but '{sentence[cue_at:s].strip()}' a level that stayed", kind)
    if attribute == "stake" and cue_at is not None and cue.lower() == "share" \
            and (measure := SHARE_OF_MEASURE.match(sentence, cue_at + len(cue))) \
            and not VOTES_MEASURE.match(measure.group(1)):
        if (market := MARKET_MEASURE.search(measure.group(1))) and "market share" in definitions(attributes):
            attribute, cue = "market share", f"share of {measure.group(1)[:market.end()]}"  # "Forkhop's share of online food orders"
        else:  # "the share of subscribers who cancel", "claims and costs as a share of premiums": a rate, no holding
            return Attribution(None, None, None, f"cue 'share', but a share of {measure.group(1)}, not a holding", kind)
    if attribute == "funding" and cue_at is not None and cue_at < s and cue.lower().startswith("rais") \
            and (raised := RAISED_PRICE.match(sentence, cue_at + len(cue))) and "price" in definitions(attributes):
        # "raised its single fare to €2.90", "to raise prices from $5": a price raised, not money raised from investors
        attribute, cue = "price", raised.group(1)
    if attribute and kind == "date" and cue_at is not None and cue_at > e and OFFSET_TO_CUE.search(sentence, e, cue_at):
        # "was taken to hospital on 2 March, six days before she died": not the day of the death
        return Attribution(None, None, None, f"cue '{cue}', but '{OFFSET_TO_CUE.search(sentence, e, cue_at).group(0)}' it: "
                                             "another day", kind)
    if attribute and cue_at is not None and cue_at < s and kind in ("count", "money", "percent") \
            and (other := OTHER_VERB_BEFORE.search(sentence, max(cue_at, s - 40), s)) \
            and not any(p is not None and p.fullmatch(other.group(1)) for name, p in patterns.items() if name in definitions(attributes)):
        # "killed one child and stranded 214 people": the count is the stranded, whatever the cue before says; with no
        # reason given, a tally may still read it
        return Attribution(None, None, None, None, kind)
    if kind == "money" and attribute and ON_SALES_AFTER.match(sentence, e) and "profit" in definitions(attributes) and (
            base_attribute(attribute) == "revenue" and cue_at is not None and cue_at > e
            or base_attribute(attribute) == "compensation" and cue and cue.lower().startswith("earn")):
        # "made €138 million on revenue of €1.9 billion", "earned $690 million on revenue of $5.1 billion": a profit
        attribute, cue = "profit", "made ... on revenue"
    if kind == "money" and attribute and base_attribute(attribute) == "price" and cue_at is not None and cue_at < s:
        estimated = _estimate_costing(sentence, clause(sentence, s)[0], cue_at, attributes, patterns)
        if estimated:  # "rebuilding could cost as much as €4bn": what rebuilding costs, whoever says so
            attribute, cue_at, cue = estimated
    if kind == "money" and attribute and base_attribute(attribute) == "valuation" \
            and ENTERPRISE_VALUE.search(sentence, max(0, s - 60), s):
        return Attribution(None, None, None, "an enterprise value, debt included, not a valuation", kind)
    if kind == "money" and attribute and base_attribute(attribute) == "valuation" \
            and (thing := THING_VALUED.search(sentence, max(0, s - 40), s)) and thing.group(0).split()[0].lower() not in ORG_NOUNS:
        return Attribution(None, None, None, f"the worth of a thing ('{thing.group(0).strip()}'), no valuation", kind)
    if kind == "money" and attribute and base_attribute(attribute) == "valuation" \
            and (gift := GIFT_VALUED.search(sentence, max(0, s - 200), s)):
        # "214 paintings ... from the collector Ottoline Varga, valued at about $410 million", "a gift the Harland values
        # at": what a gift or a collection is worth
        return Attribution(None, None, None, f"the worth of a gift or collection ('{gift.group(1)}'), no valuation", kind)
    if attribute and kind in ("money", "count", "percent") and NONE_HAS.match(sentence, clause(sentence, s)[0]) \
            and QUALIFIED_BOUND.search(sentence, max(0, s - 12), e):
        return Attribution(None, None, None, "a bound in a sentence that no figure reached ('No ...')", kind)
    if attribute and kind in ("count", "percent") and NEEDED_AFTER.match(sentence, e):
        return Attribution(None, None, None, f"cue '{cue}', but a threshold ('{NEEDED_AFTER.match(sentence, e).group(0).strip()}')", kind)
    if kind in ("count", "number") and POPULATION_OF.search(sentence, max(0, s - 30), s):
        return Attribution(None, None, None, "the people who live in a place, no one's figure", kind)
    if attribute and kind in ("count", "number") and cue_at is not None and cue_at < s \
            and (where := WHERE_CLAUSE.search(sentence, max(cue_at, s - 80), s)):
        return Attribution(None, None, None, f"cue '{cue}', but the figure is in a clause of its own "
                                             f"('{where.group(0).lstrip(', ').split()[0]} ...')", kind)
    if attribute and kind in ("count", "percent") and PLACE_WHERE.search(sentence, max(0, s - 80), s):
        return Attribution(None, None, None, f"cue '{cue}', but a figure for one place "
                                             f"('{PLACE_WHERE.search(sentence, max(0, s - 80), s).group(0).split(',')[0]}, where')", kind)
    per_unit = PER_UNIT_AFTER_CUE.match(sentence, cue_at + len(cue)) if attribute and cue_at is not None and cue else None
    if per_unit is None and kind == "money" and attribute and not attribute.endswith(")"):
        # "it paid €118,000 per room", "a list price of $12,230 a dose": the price of one room, one dose
        per_unit = PER_UNIT_AFTER_CUE.match(sentence, e) or PER_UNIT_A.match(sentence, e)
    if per_unit:  # "Average revenue per subscriber ... was $13.10": a figure for one of them, kept apart from the total
        attribute = f"{attribute} (per {per_unit.group(1).lower()})"
    elif kind == "money" and attribute and not attribute.endswith(")") and not SHARES_AT.search(sentence, max(0, s - 40), s) and (
            EACH_AFTER.match(sentence, e) or EACH_BEFORE.search(sentence, max(0, s - 60), s)):
        # "worth £10.8m apiece", "Each member will receive about £10.8 million": one share of it, not the whole
        attribute = f"{attribute} (each)"
    if kind == "money" and (pay := PAY_WORTH.search(sentence, max(0, s - 60), s)):
        # "whose 2025 package was worth $41 million once a retention grant is included": the package, whatever follows
        attribute, cue_at, cue = "compensation", pay.start(), pay.group(1)
    elif attribute and base_attribute(attribute) == "valuation" and cue_at is not None \
            and (pay := PAY_VALUED.search(sentence, max(0, cue_at - 50), s)) and not neighbours.blocking_within(pay.end(), s):
        # "whose pay package for 2025 was valued at $38.5 million", "valued her package at": what the pay is worth
        attribute, cue_at, cue = "compensation", pay.start(), pay.group(0)
    if attribute and cue and cue.lower() in ("put", "puts", "putting") and cue_at is not None and cue_at < s \
            and PUT_AT.fullmatch(sentence, cue_at + len(cue), s):
        return Attribution(None, None, None, f"'{cue} ... at': an estimate, not money put into anything", kind)
    if (attribute is None or (cue_at is not None and cue_at > s)) and kind == "date" and "since" in before[-8:] \
            and ROLE_SINCE.search(sentence, max(0, s - 70), s):
        # "Corin Malvey, Drellin's chief executive since 2019", "has been provost at Tervane University since 2019", and
        # "Lorna Fisk, the chief executive since 2021, left in February": the role's start, whatever verb comes after
        attribute, cue_at, cue = "joining", s - 6, "since"
    elif attribute is None and kind == "date" and (taken := ROLE_TAKEN.search(sentence, max(0, s - 110), s)):
        attribute, cue_at, cue = "joining", taken.start(), taken.group(0).split()[0]
    elif (attribute is None or (cue_at is not None and cue_at > s)) and kind == "money" \
            and (allotted := BODY_ALLOTTED.search(sentence, max(0, s - 90), s)):
        # "The national government has set aside €600m to rebuild roads": money a public body puts into something
        attribute, cue_at, cue = "investment", allotted.start("verb"), allotted.group("verb")
    things = THINGS_IT_VERBED.search(sentence, max(0, cue_at - 40), cue_at) if kind == "date" and cue_at is not None else None
    if things and attribute:  # "two festivals it launched in 2022": the festivals' date, not the company's founding
        return Attribution(None, None, None, f"cue '{cue}', but of the {things.group(1)} '{things.group(0).split()[1]}' "
                                             f"{cue} (a clause about them): left unplaced", kind)
    held = (POSSESSED_THING_DONE.search(sentence, max(0, cue_at - 100), cue_at)
            or HIS_THING_AFTER.match(sentence, cue_at + len(cue or ""), s)) \
        if attribute == "founding" and kind == "date" and cue_at is not None and cue_at < s else None
    if held and not re.search(r"\b" + ORG_NOUN + r"\b", held.group(1), re.I) and held.group(1).split()[-1] not in NO_THING_WORDS:
        # but "its parent company, founded in 1950", and "The plant, Korvel's first, opened in 2017": the plant's
        opener = _first_premises_opener(sentence, base, cue_at, names, persons, previous_person) \
            if previous_org and held.re is HIS_THING_AFTER and FIRST_PREMISES.fullmatch(held.group(1)) else None
        if opener and (opener.split()[-1] in previous_org.split() or "founder" in sentence[:s].lower()):
            # "Arthur Merriton opened his first grocery in 1958": the start of the business named after him, or of the
            # one he founded
            return Attribution(previous_org, "founding", None, f"cue '{cue}', the {held.group(1)} {opener} opened: the "
                                                               f"founding of {previous_org}, the organization the document is "
                                                               f"about so far", kind)
        return Attribution(None, None, None, f"cue '{cue}', but of the {held.group(1)} someone has, which has no name: "
                                             "left unplaced", kind)
    if kind == "money" and "worth" in before[-12:] and HOLDING_WORTH.search(sentence, max(0, s - 80), s):
        return Attribution(None, None, None, "what a holding is worth, not a price or a valuation", kind)
    if attribute and base_attribute(attribute) == "price" and cue_at is not None \
            and (bound := BOUND_PRICE.search(sentence, max(0, cue_at - 14), cue_at)):
        word = bound.group(0).strip().lower()
        return Attribution(None, None, None, f"cue '{cue}', but {'an' if word[0] in 'aeiou' else 'a'} {word} price, "
                                             "not one paid", kind)
    if attribute and kind == "money" and PROCEEDS.match(sentence, e) and PROCEEDS_VERB.search(sentence, max(0, s - 40), s):
        return Attribution(None, None, None, f"cue '{cue}', but what a seller takes from a sale, not its price", kind)
    if earlier:
        definition = definitions(attributes).get(base_attribute(attribute or ""))
        if attribute and definition is not None and definition.event and not attribute.endswith(")"):
            # "the 2009 quake that claimed 1,100 lives": that event's figure, kept apart from this one's
            owner = _owner(sentence, base, min(s, cue_at) if cue_at is not None else s, names, cue_at)
            return Attribution(owner, attribute, None, f"cue '{cue}'; a figure of an earlier event ({earlier.group(1)})"
                               + (f"; entity {owner}, named right before the figure" if owner else ""), kind,
                               int(earlier.group(1)))
        if attribute and definition is not None and definition.changes_with_time and not attribute.endswith(")"):
            # "the 2009 coolant leak ... led to a £2.4 million fine for Caldor Energy": that year's figure, whoever's it is
            found = attribute_fact(sentence, base, start, end, kind, form, names, previous_subject, attributes, patterns,
                                   persons, neighbours, previous_org, year, previous_person, typed_orgs, families,
                                   of_earlier_event=False)
            if found.entity and found.attribute == attribute and not found.dated:
                return dataclasses.replace(found, dated=int(earlier.group(1)),
                                           why=f"{found.why}; a figure of an earlier event ({earlier.group(1)})")
        return Attribution(None, None, None, f"a figure of an earlier event ({earlier.group(1)})", kind)
    whole = neighbours.last_blocking_before(s) if attribute and PART_OF.search(sentence, max(0, s - 44), s) else None
    listed = neighbours.last_blocking_before(s) if attribute and whole is None else None
    if listed is not None and PART_OF.search(sentence, max(0, listed[0] - 44), listed[0]) \
            and LIST_GAP.fullmatch(sentence, listed[1], s):
        # "$418 million of debt, including $95 million owed to landlords and $27 million owed to suppliers": parts too
        whole = neighbours.last_blocking_before(listed[0])
    if whole is not None:  # "earned $4.6 million, including a $1.9 million bonus": a part of the figure before
        first = choose_attribute(sentence, whole[0], whole[1], kind, "", attributes, patterns, neighbours)[0]
        if first == attribute:
            return Attribution(None, None, None, f"a part of {sentence[whole[0]:whole[1]]!r}", kind)
    elif attribute and (part := NOUN_INCLUDES.search(sentence, max(0, s - 60), s)):
        # "Ebury's gift includes a $5 million endowment": a part of a whole the sentence gives no figure for
        return Attribution(None, None, None, f"a part of what '{part.group(0).strip()}' names", kind)
    if attribute is None and kind == "money" and RECEIVED_BEFORE.search(sentence, max(0, s - 40), s):
        giver = _giver(sentence, base, e, names)
        given = given_attribute(attributes, kind)
        if giver and given:  # "Carrowmere University has received $250 million from Ottilie Varga-Hume"
            attribute, cue_at, cue = given, None, sentence[max(0, s - 40):s].split()[-1]
    if kind == "money" and "debt" in before and WITH_DEBT.search(sentence, max(0, s - 120), s):
        # "Including debt, the deal values the business at about $4.9 billion": an enterprise value, not the price
        return Attribution(None, None, None, "a value including debt, not the price paid", kind)
    window = sentence[max(0, s - 60):s].lower()
    if ("if " in window or "unless " in window or "while " in window or "as long as " in window) \
            and CONDITION_BEFORE.search(sentence, max(0, s - 60), s):  # "if copper stays above $9,000 a tonne": no price
        return Attribution(None, None, None, "a level a condition names", kind)
    if kind in ("money", "count", "percent") and ("cap" in window or "limited" in window) \
            and CAP_BEFORE.search(sentence, max(0, s - 30), s):
        return Attribution(None, None, None, "a cap, not a figure reached", kind)  # "the jackpot is capped at €90 million"
    commodity = commodity_price(sentence, s, e) if kind == "money" else None
    if commodity and "market price" in definitions(attributes):  # "cocoa futures hit a record $12,900 a tonne"
        return Attribution(commodity[0], "market price", None, f"a price of {commodity[0]} {commodity[1]}", kind)
    traded = shares_traded(sentence, s) if kind == "money" else None
    if traded:  # "Quennel shares have settled at $56.80": a market price, the day's, of the company whose shares they are
        return _share_price(sentence, base, traded, names, persons, previous_org, typed_orgs, attributes, kind)
    if attribute and base_attribute(attribute) == "headcount" and cue_at is not None and s <= cue_at < e \
            and SENT_BEFORE.search(sentence, max(0, s - 30), s):
        # "has sent 80 workers to help": people sent somewhere, not how many it employs
        return Attribution(None, None, None, f"'{SENT_BEFORE.search(sentence, max(0, s - 30), s).group(1)}' people, not a headcount", kind)
    if attribute and kind == "count" and (source := UNNAMED_SOURCES_AFTER.match(sentence, e)):
        # "two employees who asked not to be named said": the sources of a report, not a headcount
        return Attribution(None, None, None, f"people '{source.group(0).strip()}', the sources of a report", kind)
    if attribute and cue_at is not None and COMBINED_BEFORE_CUE.search(sentence, max(0, cue_at - 12), cue_at):
        # "a group with combined revenue of about €136 million": the sum of several, no one party's figure
        return Attribution(None, attribute, None, f"cue '{cue}', a combined figure of several parties", kind, combined=True)
    together = ((TOGETHER_BEFORE_CUE.search(sentence, max(0, cue_at - 16), cue_at) if cue_at is not None else None)
                or BETWEEN_THEM_AFTER.match(sentence, e)) if attribute and base_attribute(attribute) != "stake" else None
    if together:
        # "its two mills, which together employ 1,450 people", "its head office and depot employ 4,300 people between
        # them": the sum over parties or sites the sentence counts together, none of them (nor any merger) named as its
        # owner; but "the founders hold about 20 percent between them" is a stake the founders hold
        return Attribution(None, None, None, f"cue '{cue}', '{together.group(0).strip()}': a figure of several together", kind)
    cost_cue = cue_at is not None and cue and cue.lower() in ("cost", "costs") and kind == "money"
    costing = THING_COSTS.search(sentence, max(0, cue_at - 40), cue_at) if cost_cue else None
    thing_costs = costing.group(1) if costing and costing.group(1).lower() not in ORG_NOUNS \
        and costing.group(1).lower() not in PERSON_NOUNS else None  # "repairs will cost around €60 million"
    if thing_costs and thing_costs.endswith("ly") and (before_adverb := THING_COSTS.search(sentence, max(0, costing.start() - 40),
                                                                                          costing.start())):
        thing_costs = before_adverb.group(1)  # "the subscription currently costs"
    if thing_costs and (thing_costs.lower() in NOT_A_THING or thing_costs.endswith("ly")):
        # "put the cost at", "the subscription currently costs", "the agency says the work will cost": the word before
        # the cue names nothing, but the figure is still the cost of something, not a party's price
        thing_costs = "thing"
    new_thing = A_THING_COSTS.search(sentence, max(0, cue_at - 70), cue_at) if cost_cue else None
    new_thing = new_thing if new_thing and new_thing.group(1).lower() not in ORG_NOUNS \
        and new_thing.group(1).lower() not in PERSON_NOUNS else None
    if new_thing:  # "Corvallo estimates that a plant for Las Tunas would cost": a plant's cost, whoever estimates it
        thing_costs = new_thing.group(1)
    if attribute and kind in ("count", "number") and BRINGING_TOLL.search(sentence, e, min(len(sentence), e + 80)):
        # "The two miners trapped were found dead yesterday, bringing the toll to nine": part of the rise
        return Attribution(None, None, None, "the deaths a toll rose by, not the toll", kind)
    if attribute and kind == "count" and base_attribute(attribute) in ("death toll", "injured") \
            and sentence[s:e].rsplit(None, 1)[-1].lower() in ANIMALS:
        # "killing more than 20,000 fish": the fish, kept apart from the people the event killed
        attribute = f"{attribute} ({sentence[s:e].rsplit(None, 1)[-1].lower()})"
    if kind == "age" and (sentence[s:e].endswith("-olds") or sentence[e:e + 1] == "s"):
        # "on the backs of eight-year-olds": children of an age, no one's age
        return Attribution(None, None, None, "people of an age, no one's age", kind)
    if kind == "age" and form == "aged" and NOW_AGE.search(sentence, max(0, s - 200), s):
        # "Pieter Hallgren, now 70, was a ball boy at that first tournament, aged 13": an age at an earlier time
        return Attribution(None, None, None, "an age at an earlier time, the sentence giving the age now", kind)
    counted = definitions(attributes).get(attribute_name(attribute)) if attribute and kind == "count" else None
    if counted is not None and counted.counts and (noun := count_noun(sentence[s:e])).isalpha() \
            and noun not in counted.counts:
        # "Cases have since been recorded in 11 districts", "create 40 new stores": not what the attribute counts
        return Attribution(None, None, None, f"cue '{cue}', but a count of {noun}", kind)
    if attribute == "members" and (re.match(r"\s(?:of|from|in|on)\s", sentence[e:e + 6])
                                   or NOT_MEMBERSHIP.search(sentence, s, e)):
        # "Five members of the crew died", "25 crew members", "two members from the committee": some of a group, or
        # the people on a crew or a board, not a membership
        return Attribution(None, None, None, f"cue '{cue}', but some members of a group, not how many it has", kind)
    if attribute and kind in ("count", "number") and cue_at is not None and cue \
            and definitions(attributes).get(base_attribute(attribute)) is not None \
            and definitions(attributes)[base_attribute(attribute)].event \
            and (daily := EVENT_RATE.match(sentence, cue_at + len(cue)) or EVENT_RATE.match(sentence, e)):
        # "new cases a day had fallen to about 12", "from about 20 a week": a rate, kept apart from the total
        attribute = f"{attribute} (per {daily.group(1).lower()})"
    if attribute and kind == "count" and sentence[s:e].rsplit(None, 1)[-1].lower() in MEASURES | TIME_UNITS:
        # "the river peaked at 6.2 metres", "refunded within 10 working days": a measurement or a time, never a count of
        # people, jobs or deaths
        return Attribution(None, None, None, f"a measurement in {sentence[s:e].rsplit(None, 1)[-1]}", kind)
    part_of = PART_OF_THE_DEAD.match(sentence, e) if attribute and kind in ("count", "number") else None
    if part_of and not part_of.group(1).startswith("the ") \
            and not getattr(definitions(attributes).get(base_attribute(attribute)), "event", False):
        part_of = None  # but "employs some 1,450 of them": all the staff, who are some of the town's people
    if part_of:  # "Three of the dead were contract workers", "16 people died, 11 of them from Aldhaven": not the toll
        return Attribution(None, None, None, f"a part of {part_of.group(1)}, not a total", kind)
    if attribute and kind in ("count", "number") and (among := AMONG_THE_DEAD.match(sentence)) and s > among.end():
        # "Among the dead are a mother and her three children": some of them, not the toll
        return Attribution(None, None, None, f"a part of '{among.group(0).strip()}', not a total", kind)
    if kind == "money" and PER_SHARE.match(sentence, e) and attribute is None and OR_BEFORE.search(sentence, max(0, s - 14), s) \
            and (whole := neighbours.last_blocking_before(s)) is not None \
            and base_attribute(choose_attribute(sentence, whole[0], whole[1], kind, "", attributes, patterns, neighbours)[0]
                               or "price") != "price":
        # "lost $212 million on revenue of $1.38 billion, or 91 cents a share": a figure before it, by the share
        return Attribution(None, None, None, "a figure before it, by the share, not a price", kind)
    if kind == "money" and PER_SHARE.match(sentence, e) and base_attribute(attribute or "price") == "price":
        # "€4.65 a share": a price for one share, never compared with the whole deal's
        attribute = f"{attribute or 'price'} (per share)"
        if LISTING_BEFORE.search(sentence, max(0, s - 150), s):  # "floated in 2015 at 200 pence a share": the offer price
            attribute = attribute.replace("(per share)", "(per share, at listing)")
        cue = cue or "a share"
    elif kind == "money" and attribute and base_attribute(attribute) == "price" and not attribute.endswith(")") \
            and cue and cue.lower() in OFFER_CUES and SUBUNIT.search(sentence, s, e):
        attribute = "price (per share)"  # "a 240p offer", "a 95-cent bid": a takeover offer told in pence is by the share
    led = LED_ROUND.search(sentence, max(0, s - 80), s) if kind == "money" else None
    if led:
        given = given_attribute(attributes, kind)
        leader = next((n.name for n in names if n.end - base <= led.start() and not n.possessive
                       and not _governed(sentence, n, base)), None)
        if given and leader:
            return Attribution(leader, given, led.group(1), f"'led ... with': the money {leader} put into the round"
                               + (f" of {led.group(1)}" if led.group(1) else ""), kind)
    if kind in ("count", "number") and RATIO_BEFORE.search(sentence, max(0, s - 16), s):
        return Attribution(None, None, None, "one in so many, a ratio, not a count", kind)
    if kind in ("count", "number") and attribute and PER_PERIOD_BEFORE.search(sentence, max(0, s - 80), s):
        return Attribution(None, None, None, "a count for each day, week or month, not the total", kind)
    if INCREMENT_BEFORE.search(sentence, max(0, s - 16), s) \
            or (ADDED_BEFORE.search(sentence, max(0, s - 8), s) and TO_AFTER.match(sentence, e)) \
            or (INCREMENT_IN.search(sentence, s, e) and kind == "count"
                                                               and attribute != "jobs created") \
            or (kind == "money" and EXTRA_OF.match(sentence, e)):  # "creating 300 new jobs", "£19m a year of extra revenue"
        # "Two more patients died", "added a further $15 million", "has hired 85 new staff": an increase, not the figure
        return Attribution(None, None, None, "an increment, not the figure itself", kind)
    if (kind in ("money", "count") or kind == "percent" and attribute and base_attribute(attribute) == "stake") \
            and changed_by(sentence, s):
        # "a stake whose value has fallen by more than £100 million", "marked its stake down by 70%": how much it
        # changed, not what it is
        return Attribution(None, None, None, "the size of a change, not the figure itself", kind)
    if kind == "count" and attribute and base_attribute(attribute) == "headcount" \
            and (told := TOLD_BEFORE.search(sentence, max(0, s - 24), s)):
        # "The company told 420 agency workers that their contracts would not be renewed": those it spoke to
        return Attribution(None, None, None, f"the people spoken to ('{told.group(0).strip()}'), not a workforce", kind)
    if kind in ("count", "number") and (group := GROUP_SIZE.search(sentence, max(0, s - 20), s)):
        # "ferrying the injured out in groups of six and eight": how many each group holds, not a count of anything
        return Attribution(None, None, None, f"the size of each of several {group.group(1)}, not a count", kind)
    if kind == "count" and attribute and base_attribute(attribute) == "headcount":
        doers = BY_PEOPLE.search(sentence, max(0, s - 12), s)
        if doers or ON_SITE.match(sentence, e):
            # "the jackpot claimed by 18 workers from a bus depot": who did it; "About 1,150 workers are now on site":
            # the people at work on one project, not an employer's workforce
            if doers:
                return Attribution(None, None, None, "the people who did it ('by'), not a workforce", kind)
            tally = "tally" in definitions(attributes)
            planned = " (projected)" if _planned(sentence, s, e, *clause(sentence, s), neighbours) else ""
            return Attribution(None, f"tally (workers on site){planned}" if tally else None, None,
                               "the people at work on a site, not a workforce" + (": a tally of the story" if tally else ""), kind)
    if kind in ("money", "count") and (wiped := WIPED_OFF.search(sentence, max(0, s - 24), s)) \
            and (off := OFF_AFTER.match(sentence, e)) and not (wiped.group("take") and off.group("off") != "off"):
        # "wiping about €800 million off the company's market value": what was lost, not the value
        return Attribution(None, None, None, f"the size of a change ('{wiped.group(0).strip()} ... "
                                             f"{off.group(0).split()[0]}'), not the figure itself", kind)
    if kind == "percent" and attribute and base_attribute(attribute) == "stake" \
            and (share := re.search(r"\d+(?:\.\d+)?", sentence[s:e])) and (
            float(share.group(0)) > 100 or share.group(0) == "100" and re.match(r"(?:above|over|more\sthan|beyond)\s", sentence[s:e])):
        return Attribution(None, None, None, "a percentage no holding can be, past 100", kind)  # "growth above 100%"
    if kind == "percent" and attribute and base_attribute(attribute) == "stake" and PEOPLE_SHARE.match(sentence, e):
        # "kept about 40 percent of the passengers it won": some of the people it serves, no holding; "holds 20 percent
        # of the risk": a part of a policy
        return Attribution(None, None, None, f"a share of {PEOPLE_SHARE.match(sentence, e).group(1)}, not a holding", kind)
    if kind == "percent" and attribute and base_attribute(attribute) == "stake" and "market share" in definitions(attributes) \
            and (market := MARKET_SHARE.search(sentence, max(0, s - 60), min(len(sentence), e + 60))):
        # "Veyra holds 29 percent of the market", "puts Skarn's share at 16 percent": a share of a market, no holding
        attribute, cue = "market share", f"{cue}' with '{market.group(0).strip()}"
    if attribute == "stores" and (changed := changed_outlets(sentence, s)):
        attribute = f"stores ({changed})"  # "would close 52 stores", "agreed to buy 61 stores": not all of them
    elif attribute == "stores" and (some := some_of_them(sentence, e)):
        return Attribution(None, None, None, f"cue '{cue}', but some of them ('{some}')", kind)
    if attribute == "stores" and kind == "count" and (noun := count_noun(sentence[s:e])).isalpha() \
            and not any(noun.rstrip("s") == c.lower().rstrip("s") for c in definitions(attributes)["stores"].cues):
        # "made at least 67 people ill to food served at its branches": people, whatever the branches are
        return Attribution(None, None, None, f"cue '{cue}', but a count of {noun}, not of outlets", kind)
    if attribute == "prize" and kind == "money" and STARTING_JACKPOT.search(sentence, max(0, s - 60), min(len(sentence), e + 30)):
        # "will start again from the game's $20 million minimum jackpot", "the jackpot reset to $20 million": the sum a
        # new run of draws starts from, not the jackpot won
        attribute = "prize (starting)"
    elif attribute == "prize" and kind == "money" and (part := PRIZE_PART_AFTER.match(sentence, e)):
        # "a $40,000 course-record bonus", "the $75,000 he received for second place": one part of the prize money, not
        # the winner's prize
        attribute = "prize (bonus)" if part.group("bonus") else "prize (second place)"
    if attribute == "compensation" and cue and cue.lower() in ("bonus", "bonuses"):
        attribute = "compensation (bonus)"  # "will receive a bonus of £1 million": a bonus, kept apart from the pay
    elif attribute == "compensation" and cue and cue.lower() in BASE_PAY_CUES:
        attribute = "compensation (salary)"  # "his base pay rose 4% to £1.08m": the fixed part, apart from the total
    if kind == "money" and attribute and (held := IN_THE_BANK.match(sentence, e)):
        # "had debts of about £19 million and less than £2 million in the bank": cash it holds, no debt
        return Attribution(None, None, None, f"cash held ('{held.group(0).strip()}'), not the figure of cue '{cue}'", kind)
    if attribute == "debt" and cue and cue.lower() in ("owes", "owe", "owed", "owing") and cue_at is not None and cue_at < s:
        creditor = next((n.name for n in names if cue_at + len(cue) < n.start - base < s and not n.possessive), None)
        if creditor:  # "Quillon owes Trussline about £1.1 million": what it owes one creditor, not all its debt
            attribute = f"debt (to {creditor})"
    if kind == "money" and attribute and base_attribute(attribute) in ("funding", "price", "investment") \
            and ((valued := VALUED_AFTER.match(sentence, e)) or ROUND_AT_BEFORE.search(sentence, max(0, s - 60), s)):
        # "a $12m Series A at $55m post-money", "the $450m at which it was valued": no round, no price, a valuation
        if valued and (named := _valued_as(sentence, base, valued, names, kind)):
            return named
        attribute = "valuation"
    if kind == "money" and attribute in ("profit", "revenue") \
            and (short := RATE_AFTER.match(sentence, e)) and short.group(1) in ("day", "week", "month", "hour"):
        # "was losing close to £1.2 million a day": a rate, never compared with a year's loss
        attribute = f"{attribute} (per {short.group(1)})"
    rate = RATE_AFTER.match(sentence, e) if kind == "money" and base_attribute(attribute or "price") == "price" else None
    if rate and rate.group(1) != "day" and not (attribute and (cue or "").lower() in THING_PRICE_CUES) \
            and not SAVING_BEFORE.search(sentence, max(0, s - 40), s):
        attribute, cue = "compensation", cue or "a year"  # "€600,000 a year", "£95,000 a week": pay, not a price
        if PENSION_BEFORE.search(sentence, max(0, s - 60), s):
            attribute = "compensation (pension)"  # "Her pension arrangements, a cash allowance of £290,000 a year": one part
    elif rate and attribute and not attribute.endswith(")"):
        # "would charge $318,000 a year", "the strike will cost it £14 million a day": a cost by the year or the day,
        # never compared with a whole cost
        attribute = f"{attribute} (per {'year' if rate.group(1) == 'annum' else rate.group(1)})"
    if attribute is None and kind == "count" and before.endswith("loss of ") and JOB_NOUN.search(sentence, s, e) \
            and "job cuts" in definitions(attributes):
        attribute, cue_at, cue = "job cuts", s - 8, "loss of"  # "with the loss of 418 jobs", but not "the loss of 41 lives"
    if attribute and base_attribute(attribute) == "job cuts" and cue_at is not None and cue_at < s \
            and (number_of := NUMBER_OF.search(sentence, cue_at, s)) and not JOB_NOUN.search(number_of.group(0)):
        # "has cut the number of cheap models in the range, from 14 to six": models, not jobs
        return Attribution(None, None, None, f"cue '{cue}', but of '{number_of.group(0).strip()}', not jobs", kind)
    if attribute and kind == "percent" and base_attribute(attribute) == "job cuts" \
            and not JOB_NOUN.search(sentence, *clause(sentence, s)):
        return Attribution(None, None, None, f"cue '{cue}', but no jobs in the clause ('cut prices by 10 percent')", kind)
    if attribute and base_attribute(attribute) == "price" and cue and cue.lower() in ("cost", "costs") and cue_at is not None \
            and COST_CHANGE_AFTER_CUE.match(sentence, cue_at + len(cue)):
        return Attribution(None, None, None, f"cost {COST_CHANGE_AFTER_CUE.match(sentence, cue_at + len(cue)).group(0).strip()}, "
                                             "not a price", kind)
    if attribute and kind == "percent" and OF_PEOPLE.match(sentence, e):
        return Attribution(None, None, None, f"cue '{cue}', but a share of people ('{OF_PEOPLE.match(sentence, e).group(0).strip()}')", kind)
    if attribute is None and year and kind in ("money", "count", "percent") and "year" in before[-20:] \
            and LAST_YEARS.search(sentence, max(0, s - 30), s) and (prior := neighbours.last_blocking_before(s)) is not None:
        main = attribute_fact(sentence, base, prior[0] + base, prior[1] + base, kind, "", names, previous_subject, attributes,
                              patterns, persons, neighbours, previous_org)
        if main.earlier and (first := neighbours.last_blocking_before(prior[0])) is not None:  # "down from the £380 million
            prior = first  # it had guided to and well below last year's £412m": the figure the sentence is about
            main = attribute_fact(sentence, base, prior[0] + base, prior[1] + base, kind, "", names, previous_subject, attributes,
                                  patterns, persons, neighbours, previous_org)
        definition = definitions(attributes).get(base_attribute(main.attribute or ""))
        if main.entity and definition is not None and definition.changes_with_time and not main.earlier:
            # "profit is now expected at about £330 million, ... well below last year's £412m": last year's profit
            return Attribution(main.entity, main.attribute.replace(" (projected)", ""), main.object,
                               f"last year's figure of {sentence[prior[0]:prior[1]]!r}: "
                               + (main.why or "").replace(", worded as a plan or target", ""), kind, year - 1)
    if attribute is None:
        return Attribution(None, None, None, None, kind)
    making = MAKING_COST.match(sentence, e) if attribute == "price" else None
    if making:  # "Tidebreaker cost about $210 million to develop": a budget, kept apart from the price a buyer pays
        attribute = f"price ({making.group(1).lower()})"
    elif attribute == "price" and DEVELOPMENT_BEFORE.search(sentence, max(0, s - 60), s):
        attribute = "price (to develop)"  # "puts Duvarna's development cost at $1.36 billion"
    paid_as = (PAID_AS.match(sentence, e) or PAID_AS_BEFORE.search(sentence, max(0, s - 40), s)
               or PAID_TO_OWNERS.match(sentence, e)) if base_attribute(attribute) == "price" else None
    if paid_as:  # "has paid about $6 million in refunds": a payment of another kind, not what something cost
        return Attribution(None, None, None, f"a payment ('{paid_as.group(0).strip()}'), not a price", kind)
    if kind == "money" and (charge := ACCOUNTING_CHARGE.match(sentence, e)):
        # "had taken a $150 million charge to cover the settlement": an amount set against profit, no price or sale
        return Attribution(None, None, None, f"an accounting {charge.group(1)}, not the figure itself", kind)
    if base_attribute(attribute) == "price" and PAID_OUT.search(sentence, max(0, s - 24), s):
        # "the council's support fund paid out €2.1 million": money handed out, not what something cost
        return Attribution(None, None, None, "money paid out, not a price", kind)
    why = f"cue '{cue}'" if cue else f"{kind} value"
    developing = DEVELOPING_AFTER.match(sentence, e) if attribute == "price" else None
    product = next((n.name for n in names if developing and n.start - base == developing.end() and n.name not in persons
                    and not n.possessive), None)
    if product:  # "Maresby spent about $1.4 billion developing Duvarna": what developing Duvarna cost
        return Attribution(product, "price (to develop)", None, f"{why}; what developing {product} cost, the name after 'developing'", kind)
    c_start, c_end = clause(sentence, s)
    anchor = min(s, cue_at) if cue_at is not None else s
    estimated = is_estimate(attribute, attributes)
    set_aside = SET_ASIDE_BEFORE.search(sentence, max(0, s - 40), s) if estimated and kind == "money" else None
    if set_aside:  # "had set aside €20 million to cover the clean-up": money put by for it, no estimate of what it costs
        return Attribution(None, None, None, f"money set aside ('{set_aside.group(0).strip()}'), not an estimate", kind)
    if kind != "age" and not estimated and (_planned(sentence, s, e, c_start, c_end, neighbours)
                                            or (RESULT_TO_COME.search(sentence, max(c_start, s - 90), s)
                                                and not base_attribute(attribute).startswith(("stake", "plan price", "price")))
                                            or (base_attribute(attribute) == "headcount"
                                                and WILL_EMPLOY.search(sentence, max(c_start, s - 40), s))
                                            # but "will have 1,200 fewer workers" is a cut, "the combined company will
                                            # have 47,000 employees" a combined figure
                                            or (attribute == "headcount" and WILL_HAVE.search(sentence, max(c_start, s - 40), s)
                                                and not MORE_OR_FEWER.search(sentence, s, e)
                                                and not COMBINED_WORD.search(sentence, c_start, s))
                                            or (PLEDGED_TO.search(sentence, max(c_start, s - 40), s)
                                                and base_attribute(attribute) not in ("investment", "funding"))
                                            or WILL_BEFORE.search(sentence, max(c_start, s - 60), s) and NEXT_PERIOD.match(sentence, e)) \
            and not LAST_YEAR_AFTER.match(sentence, e) \
            and not WHOLE_OF.search(sentence, max(0, s - 30), s):  # "would close 52 of its 213 stores": the 213 are now
        attribute += " (projected)"
        why += ", worded as a plan or target"
        if attribute == "inflation (projected)" and AIMED.search(sentence, c_start, s) and "inflation target" in definitions(attributes):
            attribute, why = "inflation target", f"{why}: what inflation is aimed at"  # "aims to keep inflation at 2 percent"
    elif kind in ("money", "count") and not attribute.endswith(" (per share)") \
            and (((total := CUMULATIVE.search(sentence, max(c_start, s - 40), min(c_end, e + 60)))
                  # "a subsidy of £4.6 million a year and has put in £38 million in total": the later figure's total
                  and not (total.start() >= e and (later := neighbours.first_blocking_from(e)) and later[1] <= total.start()))
                 or (kind == "money" and (IN_ALL.search(sentence, e, min(c_end, e + 30)) or ACROSS_ROUNDS.match(sentence, e)))
                 or (attribute == "funding" and (so_far := RAISED_SO_FAR.search(sentence, max(0, s - 40), s))
                     and (not so_far.group("plain") or FROM_INVESTORS.match(sentence, e)))
                 or ((label := label_of(sentence, s)) and CUMULATIVE.search(sentence, *label))):  # "- Funding raised to date:"
        attribute += " (total)"
        why += ", a running total"
    cue_end = cue_at + len(cue) if cue_at is not None else None
    definition = definitions(attributes).get(base_attribute(attribute))
    patient = definition is not None and definition.patient
    if kind == "count" and base_attribute(attribute) == "job cuts" and (some := some_of_the_staff(sentence, s)) \
            and not (cue_at is not None and cue_at > e and CUTS_CLAUSE_GAP.fullmatch(sentence, e, cue_at)):
        # "putting most of its 1,140 employees out of work": the workforce some of which goes, not the cuts (but "how
        # many of the 260 jobs it plans to cut": some of the cuts)
        attribute, why = "headcount", f"{why}, but '{some}' the figure: the whole workforce"
    elif kind == "count" and base_attribute(attribute) == "headcount" and " fewer " in sentence[s:e] \
            and "job cuts" in definitions(attributes):
        # "the new line will need about 140 fewer workers": how many jobs go, not how many there are
        attribute, why = "job cuts" + attribute[len("headcount"):], f"{why}; 'fewer': jobs that go"
    whole_after = neighbours.next_start_of_kind(kind, e) if kind == "count" else None
    if whole_after is not None and SHARE_OF.fullmatch(sentence, e, whole_after) and not (
            base_attribute(attribute) == "job cuts"
            and count_noun(sentence[whole_after:neighbours.end_of(whole_after)]) in STAFF_NOUNS):
        # but "will cut about 2,100 of its 31,500 jobs", "418 of the 610 staff were made redundant": the cuts
        return Attribution(None, None, None, f"a part of the figure after it ({sentence[whole_after:neighbours.end_of(whole_after)]!r})", kind)
    site = SITE_AFTER.match(sentence, e) if kind == "count" and not (definition is not None and definition.event) \
        and not WHOLE_OF.search(sentence, max(0, s - 30), s) else None  # but "4,800 of its 11,500 staff at the airport"
    if site:  # "cut 1,100 jobs at its Brenmoor plant": one site's figure, not the organization's
        place = re.search(r"((?:[A-Z][\w-]*\s){1,3})" + re.escape(site.group(1)) + r"$", sentence[site.start():site.end()]) \
            or SITE_PLACE_AFTER.match(sentence, site.end())  # "at its research centre on Tiller Hill in Rensby"
        owner, _ = _entity(sentence, base, s, e, kind, form, names, previous_subject, anchor, c_start, persons, cue_end,
                           False, previous_org, cue_at, previous_person, typed_orgs, families) if place else (None, None)
        if owner and owner not in persons:
            site_name = f"{owner} {place.group(1).strip()} {site.group(1)}"
            return Attribution(site_name, attribute, None, f"{why}; a figure for one site, {site_name}", kind)
        return Attribution(None, None, None, f"a figure for one site ('{site.group(1)}')", kind)
    if kind in ("count", "money", "percent") and COMBINED_AFTER.match(sentence, e):
        # "cut as many as 3,400 jobs across the combined company": the group a merger makes, named by no one
        return Attribution(None, attribute, None, f"{why}; a figure for the combined group, which has no name", kind, combined=True)
    merged = COMBINED_CLAUSE.search(sentence, c_start, anchor) \
        if base_attribute(attribute) in org_figures(attributes) and kind in ("count", "money", "percent") else None
    if merged and not any(merged.end() <= n.start - base < anchor for n in names):
        # "said the combination would cut about 400 jobs", "The companies expect to cut 1,500 jobs": both parties together
        return Attribution(None, attribute, None, f"{why}; '{merged.group(1)}', the parties to a merger together", kind, combined=True)
    place_at = PLACE_AFTER.match(sentence, e) if kind == "count" and not (definition is not None and definition.event) else None
    place = next((n for n in names if place_at and n.start - base == place_at.end() and not n.possessive
                  and n.name not in persons), None)
    if place is not None:  # "employs about 2,100 people at Lorcaster": the staff of one place, not all of them
        owner, _ = _entity(sentence, base, s, e, kind, form, names, previous_subject, anchor, c_start, persons, cue_end,
                           False, previous_org, cue_at, previous_person, typed_orgs, families)
        if owner and owner not in persons and owner != place.name and not owner.startswith(place.name) \
                and not place.name.startswith(owner):
            site_name = f"{owner} {place.name}"
            return Attribution(site_name, attribute, None, f"{why}; a figure for one place, {site_name}", kind)
    # "death toll (fish)" is an event figure with any qualifier; elsewhere `definition` goes by the base attribute only,
    # so "revenue (per subscriber)" is not read as the organization's revenue
    event = definitions(attributes).get(attribute_name(attribute))
    if event is not None and event.event:
        risen = neighbours.last_blocking_before(s)
        if risen is not None and ROSE_TO.search(sentence, max(0, risen[0] - 24), risen[0]) \
                and (CAUSE_OPENING.match(sentence, c_start) or CAUSE_BEFORE.search(sentence, max(0, c_start - 12), c_start)):
            # "The toll rose to nine yesterday, after two passengers died in hospital": part of the rise
            return Attribution(None, None, None, f"part of the rise to {sentence[risen[0]:risen[1]]!r}", kind)
        # "- Deaths: 19 (Bretta, 2014: 31)": the aside's year is another event's
        following = neighbours.first_blocking_from(e)  # "Turnout of 41.3%, up from 36.8% in 2022": the year of the next figure
        dated = next((int(y.group(0)) for y in YEAR.finditer(sentence, max(0, s - 80), before_aside(
                          sentence, e, min(len(sentence), e + 40, following[0] if following else len(sentence))))
                      if (year is None or int(y.group(0)) < year)
                      and not (y.start() >= e and SINCE_BEFORE.search(sentence, max(0, y.start() - 8), y.start()))
                      and not FIRST_HELD_BEFORE.search(sentence, max(0, y.start() - 30), y.start())), None)
        if dated is None:
            dated = _earlier_event_year(sentence, s, year)
        owner = _owner(sentence, base, anchor, names, cue_at)
        rebuilt = next((n.name for n in names if cue_end is not None and not n.possessive
                        and re.fullmatch(r"\s(?:the\s)?", sentence[cue_end:n.start - base])), None) \
            if owner is None and attribute_name(attribute) == "rebuilding cost" and cue_at is not None and cue_at < s else None
        owned = "named right before the figure"
        if rebuilt:  # "Rebuilding the Hollin Ridge Lodge alone could cost $14 million": that building's, not the event's
            owner, owned = rebuilt, "what rebuilding it costs"
        if owner is None and attribute_name(attribute) == "prize" and WON_BEFORE.search(sentence, max(0, s - 30), s):
            # "Kerero takes home €40,000 in prize money": the winner's prize, not the event's
            owner = next((n.name for n in reversed(names) if n.end - base <= s and not n.possessive
                          and (n.name in persons or looks_like_person(n.name) or " " not in n.name)), None)
        if owner is None and attribute_name(attribute) == "prize" and cue_at is not None and cue_at < s \
                and HER_PRIZE.search(sentence, max(0, cue_at - 24), cue_at):
            # "Her prize money rises from $50,000 to $100,000", "His winner's cheque was $10,000": the person's prize
            people = [n.name for n in names if n.end - base <= cue_at and (n.name in persons or looks_like_person(n.name))]
            owner, owned = (people[-1], "'her' or 'his' prize, the person named before") if people else \
                (previous_person, "'her' or 'his' prize, the person the document named last")
        if owner is None and attribute_name(attribute) == "prize" and cue_at is not None:
            # "the Crestmoor Cash jackpot stood at $97 million": the game or contest named right before the noun
            owner = next((n.name for n in names if not n.possessive and n.end - base + 1 == cue_at
                          and sentence[n.end - base] == " "), None)
        if owner is None and SEPARATE_EVENT.search(sentence, c_start, s):
            # "Neighbouring Dorne County is handling a separate cluster of 19 cases": another event's, the clause's name's
            other = next((n.name for n in names if c_start <= n.start - base < s and n.name not in persons), None)
            if other is None:
                return Attribution(None, None, None, f"{why}; a figure of a separate event", kind)
            owner, owned = other, "named in the clause of a separate event"
        rival = next(RIVAL_NAMED.finditer(sentence, 0, s), None) if owner is None else None
        if rival is not None and (rival.start() >= c_start or _sentence_opening(sentence, rival.start())):
            # the subject of the figure's clause or of the sentence
            other = next((n.name for n in names if n.start - base == rival.end() and n.name not in persons), None)
            if other is not None:
                owner, owned = other, "a rival named before the figure"
        if owner and event.estimate and _estimator(owner):
            owner = None  # "The Coastal Nations Development Bank's rebuilding estimate": who estimates it, not whose it is
        then = AT_THE_TIME.search(sentence, e, c_end) if owner is None and dated is None else None
        if then:  # "the $410 million in damage recorded at the time": an earlier event's, with no year to key it by
            return Attribution(None, None, None, f"{why}; a figure of an earlier time ('{then.group(0)}')", kind)
        place = next((n.name for n in names if cue_end is not None and cue_at > e and IN_NAME_GAP.fullmatch(sentence, cue_end, n.start - base)
                      and not n.possessive), None) if owner is None else None
        if place is None and owner is None and (local := ONE_PLACE_OPENING.match(sentence)) and local.end() == s \
                and (local["kind"] or local["where"]):
            place = local["place"]  # "In the village of Olt, where 26 people died": one village's toll
        if place:  # "one of 11 people killed in Essingby, and one of 17 across the valley": one place's toll, not the event's
            return Attribution(None, None, None, f"{why}; the toll of one place, {place}", kind)
        if kind in ("count", "number") and STILL_IN_HOSPITAL.match(sentence, e):
            return Attribution(None, None, None, f"{why}; those still in hospital, some of the total", kind)
        if kind in ("count", "number") and ONE_SPOT_AFTER.match(sentence, e):
            return Attribution(None, None, None, f"{why}; those in one spot ('{ONE_SPOT_AFTER.match(sentence, e).group(0).strip()}'), "
                                                 "some of the total", kind)
        many = MANY_EVENTS.search(sentence, c_start, c_end) if owner is None else None
        if many:  # "at least 35 people have died in avalanches across the country this winter": a season's, not the event's;
            # still the story's, apart from the event's own figure
            return Attribution(None, f"{attribute_name(attribute)} (all events)", None,
                               f"{why}; a total over many events ('{many.group(0).strip()}')", kind)
        if dated is not None:  # "since 1979, when 41 miners died": another, dated event
            return Attribution(owner, attribute, None, f"{why}; a figure of an event dated {dated}"
                               + (f"; entity {owner}, {owned}" if owner else ""), kind, dated)
        return Attribution(owner, attribute, None, f"{why}; " + (f"entity {owner}, {owned}" if owner
                                                               else "an event figure with no name of its own"), kind)
    if attribute_name(attribute) in ("vote share", "votes"):
        attribute, why, taker = read_votes(sentence, base, s, e, attribute, why, names)
        if taker is not None:  # "42% for Gideon Rusk", "and Amos Pellegrin with 12,940 votes"
            return Attribution(taker, attribute, None, why, kind)
    at_org = next((n for n in names if n.start - base > e and AT_NAME.fullmatch(sentence, e, n.start - base)
                   and n.name not in persons and not n.possessive), None) \
        if kind == "money" and base_attribute(attribute) in ("profit", "revenue") and cue_at is not None and cue_at < s else None
    if at_org is not None:  # "compares with a net profit of €95 million at Quorrell": the organization it is 'at'
        return Attribution(at_org.name, attribute, None, f"{why}; entity {at_org.name}, the organization the figure is 'at'", kind)
    entity, how = _entity(sentence, base, s, e, kind, form, names, previous_subject, anchor, c_start, persons, cue_end, patient,
                          previous_org, cue_at, previous_person, typed_orgs, families)
    if kind == "age" and entity and (entity in persons or looks_like_person(entity)) and OLDER_THAN_ANYONE.search(sentence, s, e):
        return Attribution(None, None, None, f"{why}; an age no person reaches ('{sentence[s:e]}')", kind)  # a fossil's, a rock's
    if how == SPEAKER and base_attribute(attribute) in SITE_FIGURES and SITE_OPENING.match(sentence, c_start):
        entity, how = None, None  # "Tolvern says the mine will employ 1,200 people": the site's figure, read as a site's
    if entity and how and how.startswith("'it'") and definition is not None and definition.personal \
            and ITS_PERSON.match(sentence, c_start):
        entity, how = None, None  # "Its chief executive earned €1.2 million": the pay of someone unnamed, not the company's
    unnamed = INDEFINITE_RELATIVE.search(sentence, max(0, s - 60), s) if entity and kind in ("money", "count") \
        and any(w in sentence[max(0, s - 60):s] for w in (" that ", " which ", " whose ")) else None
    if unnamed and unnamed.group(1).lower() in ORG_NOUNS and not any(unnamed.start() <= n.start - base < s for n in names):
        return Attribution(None, attribute, None, f"{why}; of an unnamed {unnamed.group(1)} ('{unnamed.group(0).strip()}')", kind)
    staff_of = staff_share_owner(sentence, base, e, names, persons) \
        if entity is None and base_attribute(attribute) == "job cuts" and kind == "count" else None
    if staff_of:  # "cutting 1,100 positions, about 40 percent of Caskell's 2,750 staff": Caskell's cuts
        entity, how = staff_of, "the organization whose staff the cuts are a share of"
    if entity is None and previous_org and base_attribute(attribute) == "job cuts" \
            and CUTTING_PLAN.match(sentence, c_start) and not any(c_start <= n.start - base < anchor for n in names):
        # "The closures will eliminate 1,870 positions": the cuts of the organization the document is about
        entity, how = previous_org, f"'{CUTTING_PLAN.match(sentence, c_start).group(1)}', a plan of the organization the document is about so far"
    if entity is None and base_attribute(attribute) == "valuation" and GIVING_IT.search(sentence, max(0, s - 60), s):
        # "Its shares rose 5 percent on Monday, giving it a market value of about €41 billion"
        entity, where = _organization(sentence, base, names, s, persons, previous_org, typed=typed_orgs)
        how = f"'giving it a value', {where}" if entity else how
    fronted = FRONTED_AT.match(sentence) if kind == "money" else None
    if fronted and s < fronted.end():  # "At $3.45 billion, Quarry Lane Partners' takeover of Marlowe Hotels is ..."
        deal = _fronted_deal(sentence, base, fronted.end(), names, persons)
        if deal:
            entity, obj, how = deal[0], deal[1], f"'{fronted.group(0).strip()}': the price of the deal of {deal[0]} the clause names"
            attribute = "price (per share)" if PER_SHARE.match(sentence, e) else "price"
            return Attribution(entity, attribute, obj, f"{how}" + (f" for {obj}" if obj else ""), kind)
    agent = _agent_after(sentence, base, e, names) if kind == "money" else None
    if agent and agent != entity and agent not in persons:  # "the $2.9 billion, or $36 a share, that rival Castellan offered"
        entity, how = agent, "the bidder the relative clause names"
        if base_attribute(attribute) != "price":  # "values each share at $42, against the $38 Stellan offered": Stellan's price
            attribute = "price (per share)" if PER_SHARE.match(sentence, e) else "price"
    holder = next((n.name for n in names if n.possessive and cue_at is not None and n.end - base < cue_at
                   and POSSESSOR_GAP.fullmatch(sentence, n.end - base, cue_at)), None) if kind == "date" else None
    if holder and holder != entity:  # "news of Crispin Penwarden's resignation yesterday": whose resignation it is
        entity, how = holder, f"whose {cue} it is"
    if thing_costs and (new_thing or not any(n.start - base < cue_at for n in names)):  # but "Marrowby estimates the recall will cost"
        return Attribution(None, attribute, None, f"{why}; what " + ("something" if thing_costs == "thing" else f"the {thing_costs}")
                           + " costs, a thing with no name", kind)
    if entity and cue and kind == "date":
        attribute = reading_for(attribute, cue, entity in persons or looks_like_person(entity), attributes, patterns)
        if base_attribute(attribute) in PERSON_EVENTS and entity not in persons and entity.rsplit(None, 1)[-1].lower() in ORG_SUFFIXES:
            person = next((n.name for n in reversed(names) if n.end - base <= anchor and not n.possessive
                           and (n.name in persons or looks_like_person(n.name))), None)
            if person is None:  # "Aldstone Bank agreed on Sunday to take over Caskell": a bank takes over a bank, it joins no one
                return Attribution(None, None, None, f"cue '{cue}', but {entity} is an organization, not a person", kind)
            # "Northmere Power chief executive Ingrid Pallister resigned on Monday": hers, not the company's
            entity, how = person, f"{person}, the person named before '{cue}', {entity} being an organization"
    own_subject = next((n.name for n in names if n.start - base < c_start and n.name not in persons and not n.possessive
                        and not _governed(sentence, n, base, PLACE_PREPOSITIONS + ("by",))), None) if c_start else None
    if entity is None and cue_at is not None and kind != "age" and definition is not None and definition.changes_with_time \
            and (previous_org or own_subject) and not is_relation(attribute, attributes) \
            and not any(c_start <= n.start - base < s for n in names) and not SITE_SUBJECT.fullmatch(sentence, 0, s) \
            and FIGURE_OPENING.fullmatch(sentence[c_start:cue_at].lstrip()[LEAD.match(sentence[c_start:cue_at].lstrip()).end():]):
        typed_subject = TYPED_RELATIVE_SUBJECT.match(sentence, 0, c_start) if typed_orgs else None
        if typed_subject and (kind_named := typed_orgs.get(typed_subject["kind"].lower())) \
                and typed_orgs.named_before(kind_named, base):
            # "The airport, which handled 2.6 million passengers last year, employs 410 people": the airport named before
            entity, how = kind_named, f"'the {typed_subject['kind'].lower()}' before the clause about it, the one name in the " \
                                      f"document ending in it"
        elif own_subject and not looks_like_person(own_subject):
            # "Solmere Motors said its loss narrowed ..., as revenue rose to $9.6 billion": the sentence's subject
            entity, how = own_subject, f"the clause opens with '{cue}', the organization the sentence is about"
        elif previous_subject and previous_subject not in persons and not looks_like_person(previous_subject) and c_start == 0:
            # "Wanderers, founded in 1883, play at ... . Revenue rose to €34 million": the organization just named
            entity, how = previous_subject, f"the sentence opens with '{cue}', the organization the sentence before is about"
        elif previous_org:
            entity, how = previous_org, f"the clause opens with '{cue}', the organization the document is about so far"
    if base_attribute(attribute) == "fine" and cue_at is not None:
        # "the authority fined the utility €62 million", "the €40 million penalty it levied on Aldbrook": who pays
        entity, how = fine_payer(sentence, base, s, e, cue_at, cue, names, persons, previous_org, entity, how)
        if attribute.endswith(" (projected)") and WAS_FINED.search(sentence, max(0, s - 30), s):
            attribute = "fine"  # "Stanmere plans to close 48 branches after it was fined €285m": a fine imposed
    if cue_at is not None and cue_at < s and base_attribute(attribute) in ("revenue", "profit") \
            and (group := GROUP_FIGURE.search(sentence, max(0, cue_at - 30), cue_at)):
        # "Tessaril generated sales of EUR 430 million, about 7 percent of group revenue of EUR 6.2 billion": the whole
        # organization's, not the product's or the division's the sentence is about
        entity, how = _group_of(sentence, base, group.start(), names, persons, previous_org, entity) or (entity, how)
    if is_relation(attribute, attributes):
        giver = _giver(sentence, base, e, names)
        if giver and giver != entity:  # "a $90 million gift from the Pellingham family": the giver is the actor
            receiver = entity or _object(sentence, base, anchor, e, [n for n in names if n.name != giver], None, c_end,
                                         None, persons)
            receiver = receiver[0] if isinstance(receiver, tuple) else receiver
            return Attribution(giver, attribute, receiver, f"{why}; entity the giver named after it ('from' or 'by')"
                               + (f"; object {receiver}, the receiver" if receiver else ""), kind)
    # "Nwankwo-Reyes's campaign raised", "... while Achterberg's raised": a candidate's campaign
    campaign = entity and "campaign" in sentence[:s] and re.search(
        re.escape(entity.split()[-1]) + r"['\u2019]s\s(?:(?:[a-z-]+\s)?campaign\b|raised\b|spent\b)", sentence[:s]) \
        or (entity and base_attribute(attribute) == "funding" and CAMPAIGN_MONEY.search(sentence) is not None)
    if base_attribute(attribute) in org_figures(attributes) and entity and entity in families and not campaign:
        how = f"{how}; '{entity}', the company named after the family" if how else how  # "Marrowby made a profit"
    elif base_attribute(attribute) in org_figures(attributes) and entity and (entity in persons or entity in _surnames(persons)) \
            and not campaign:  # but "Nwankwo-Reyes's campaign raised $318,000": a candidate's own funds
        # "his decision to cut 900 jobs": a person's decision, the organization's jobs; but "cut her staff from six
        # to two": her own business's staff, which the text does not name
        own = cue_at is not None and (HER_OWN.search(sentence, max(0, cue_at - 12), cue_at)
                                      or WHO_EMPLOYS.match(sentence, max(0, cue_at - 4), cue_at + 12)) \
            or OWN_BUSINESS.search(sentence, 0, s)  # "said Oyelaran-Webb, 41, who employs nine people": her own staff
        lost = (cue or "").lower() in ("lost", "lose", "loses", "losing")  # "Doreen Hatchard, 79, lost $18,400": her own
        # "Dale Prentiss, who runs Prentiss & Sons Roofing with 22 staff": another organization the sentence names
        surnames = _surnames(persons)
        other = bool(previous_org) and any(
            n.name not in persons and n.name not in surnames and not previous_org.startswith(n.name)
            and not _governed(sentence, n, base, NOT_AN_EMPLOYER_BEFORE)
            and not ANALYST_AT.search(sentence, max(0, n.start - base - 30), n.start - base) for n in names)
        entity, how = (previous_org, "the organization the document is about so far, the figure being an organization's") \
            if previous_org and not own and not lost and not other else (None, None)
    if base_attribute(attribute) == "founding" and cue_at is not None and cue_at >= e \
            and FOUNDED_THING_AFTER.fullmatch(sentence, e, cue_at):
        # "On Tuesday the company she co-founded, Tindrel, announced": the founder's company described, founded some other day
        return Attribution(None, None, None, f"cue '{cue}', but in a clause describing what comes after the date", kind)
    if base_attribute(attribute) == "founding" and entity and (cue or "").lower() in ("started", "began") \
            and (entity in persons or entity in _surnames(persons)) and cue_at is not None \
            and STARTING_OUT.match(sentence, cue_at + len(cue)):
        return Attribution(None, None, None, f"cue '{cue}', but a person starting out, no founding", kind)  # "She started on
        # the haberdashery counter in 1979"
    made = cue_end is not None and cue_at < s and base_attribute(attribute) == "founding" and kind == "date"
    if made and (begun := ACTIVITY_MADE.match(sentence, cue_end, s)):
        # "opened its inquiry in April", "when it launched the deal earlier this month": a process begun, not a founding
        return Attribution(None, None, None, f"cue '{cue}', but a process begun ('{begun.group(0).strip()}'), "
                                             "nothing founded", kind)
    # (but "launched a new LLM-focused Vesta Labs last year": the thing made is named, and the date is its own)
    thing = made and A_THING_MADE.match(sentence, cue_end, s) \
        and not any(n.name == entity and cue_end <= n.start - base < s for n in names)
    if made and entity and (entity in persons or looks_like_person(entity)) and previous_org \
            and (thing or BUSINESS_MADE.match(sentence, cue_end, s)) \
            and _named_for(previous_org, entity, sentence[cue_end:s]):
        # "Edmund Brackwell opened the first shop in 1961", "who opened the first Aurelline property in 1987": a person
        # has no founding date; the business they founded is the organization the document is about, named after them
        # or in the words that say what they founded
        entity, how = previous_org, (f"not {entity}, a person: {previous_org}, the organization the document is about so "
                                     f"far, named after them or what they {cue}")
    elif thing:
        # "Wonderlane opened a large store at the retail park in 2023", "set up a diner in 2019": the date is the
        # thing's, which has no name, not the founding of whoever made it
        return Attribution(None, None, None, f"cue '{cue}', but of a thing it made, which has no name: left unplaced", kind)
    if base_attribute(attribute) == "joining" and cue_at is not None and (cue or "").lower().endswith(("start", "starts")) \
            and sentence.startswith(" up", cue_at + len(cue)):
        return Attribution(None, None, None, f"cue '{cue} up', a plant or a line starting up, no one joining", kind)
    if base_attribute(attribute) in ("death", "birth") and entity and entity not in persons \
            and entity.rsplit(None, 1)[-1].lower() in set(ORG_NOUNS) | ORG_SUFFIXES:
        entity, how = None, None  # "patients at the Hospital died on Wednesday": not the hospital's death
    paid_whom = PAID_PERSON.match(sentence, cue_end) if cue_end is not None and base_attribute(attribute) == "price" else None
    if paid_whom and entity:  # "the £260,000 Brellin paid her": pay, the person's, from the payer
        people = [n.name for n in names if n.start - base < s and n.name in persons]
        person = people[-1] if people else previous_person
        if person and person != entity:
            return Attribution(person, "compensation", entity, f"{why}; {entity} paid '{paid_whom.group(1)}', {person}: pay", kind)
    partner = next((n.name for n in names if e <= n.start - base <= e + 40 and n.name not in persons and not looks_like_person(n.name)
                    and WITH_PARTY.fullmatch(sentence, e, n.start - base)), None) if cue in CONTRACT_CUES else None
    if base_attribute(attribute) == "compensation" and partner and entity and entity not in persons and not looks_like_person(entity):
        # "Solmere signed a contract worth $2.4 billion with Ellisar Cells": a contract between companies, its price
        return Attribution(entity, "price" + attribute[len("compensation"):], partner,
                           f"{why}; entity {how}; a contract with {partner}, what it is worth", kind)
    role = attribute == "joining" and cue in ROLE_TAKEN_CUES  # "chief executive since 2019", "came to Ardell in 2020"
    if base_attribute(attribute) == "compensation" and cue and cue.lower() in ("earned", "earns") and entity \
            and "profit" in definitions(attributes) and not EARNER_NOUN.search(sentence, c_start, s) \
            and not EARNED_FROM_SALES.match(sentence, e) \
            and _an_organization(entity, persons, previous_org, typed_orgs, named_first=cue_at is not None and cue_at < s
                                 or bool(how and how.startswith(NAMED_BEFORE_VERB))):
        # "Parent company Glenmoor Bancshares earned $142.3 million in the second quarter", "Aldermoor earned $31 million
        # last year" in a document about the airline: what a firm earns is its profit (but not "the average Ostmere
        # employee earned £37,200")
        return Attribution(entity, "profit" + attribute[len("compensation"):], None,
                           f"{why}; entity {how}, an organization: what it earned, its profit", kind)
    personal = base_attribute(attribute) == "compensation" or role
    if personal and entity and entity not in persons and not looks_like_person(entity):
        # "Oramond's boss, Daniel Achebe-Ross, ... was paid $4.8 million", "Corin Malvey, Drellin's chief executive
        # since 2019": pay and a role are a person's
        people = [n.name for n in names if n.start - base < s and (n.name in persons or looks_like_person(n.name))]
        if people:
            entity, how = people[-1], f"the person named before, {'a role' if role else 'pay'} being a person's"
        elif " " in entity or role:  # a one-word name may be a surname: "Pryce had earned $320,000 a year"
            entity, how = None, None
    if base_attribute(attribute) == "headcount" and kind == "count" and (
            _one_trade(sentence, s, e) or PART_OF_STAFF.match(sentence, e) or IN_HOSPITAL_NOW.match(sentence, e)
            or ((COUNT_OPENING.fullmatch(sentence, c_start, s) or WHEN_BEFORE.search(sentence, max(0, s - 8), s))
                                                 and PRESENT_AT.match(sentence, e))):
        # "About 212 workers were underground", "represents 1,100 of the mine's workers", "six workers remain in
        # hospital": some of the staff, not all
        return Attribution(None, None, None, f"cue '{cue}', but a group of the staff, not the whole", kind)
    if base_attribute(attribute) == "headcount" and kind == "count" and (out_of := OUT_OF_GAP.match(sentence, e)) \
            and (whole := neighbours.first_blocking_from(e)) is not None and whole[0] == out_of.end() \
            and not SITE_SUBJECT.fullmatch(sentence, 0, s):
        # "where the roastery employs 340 people, out of roughly 9,800 staff": some of the staff, the whole after it
        return Attribution(None, None, None, f"cue '{cue}', but some of the staff, out of the whole after it", kind)
    if base_attribute(attribute) == "customers" and kind == "count" and (some := _some_customers(sentence, s, e)):
        if some == HIT and entity:  # "exposed the details of 3.4 million customers": those a breach or outage hit
            return Attribution(entity, "customers (affected)", None, f"{why}; entity {how}; {some}", kind)
        return Attribution(None, None, None, f"cue '{cue}', but {some}", kind)
    if entity is None and kind == "count" and base_attribute(attribute) in org_figures(attributes) \
            and not any(c_start <= n.start - base < c_end for n in names) and COUNT_OPENING.fullmatch(sentence, c_start, s) \
            and (c_start == 0 or SAID_BEFORE.search(sentence, max(0, c_start - 30), c_start) or label_of(sentence, s)):
        # "Merriton Stores collapsed ..., and administrators said 1,200 jobs would go": the jobs of the organization
        # the sentence, or else the document, is about
        entity, how = (own_subject, "the figure opens its clause, the subject of the sentence") if own_subject else \
            (previous_org, "the figure opens its clause, the organization the document is about so far")
        if not own_subject and base_attribute(attribute) == "headcount" and not label_of(sentence, s) \
                and not IT_EMPLOYED.search(sentence, e, min(c_end, e + 40)):
            # "About 900 employees own shares", "More than 600 workers marched", "Some 800 people work at the
            # manufacture": some staff, or a site's, doing something; not the whole workforce of the organization
            entity, how = None, None
    if entity is None and kind != "date" and base_attribute(attribute) in org_figures(attributes) and c_start >= 2 \
            and sentence[c_start - 2:c_start] == ": " and not label_of(sentence, s):
        # "Quillon reported its best quarter yet: 118 million subscribers and net profit of $612 million"
        told = [n.name for n in names if n.start - base < c_start and not n.possessive and n.name not in persons
                and not _governed(sentence, n, base)]
        if told:
            entity, how = told[-1], "the subject of the clause the colon ends"
    label = label_of(sentence, s) if entity is None and base_attribute(attribute) in org_figures(attributes) | {"founding"} else None
    if label:  # "- Founded: 2016", "- Raised: $1.17 billion", "- Lissard Valley Wine Co-operative: founded 1951; 150 staff"
        inside = [n.name for n in names if label[0] <= n.start - base < label[1] and n.name not in persons]
        named = inside[0] if len(inside) == 1 and not any(label[1] < n.start - base < s for n in names) else None
        if named or not any(label[0] <= n.start - base < s for n in names):  # but "- Corvenna Growers' Co-operative:"
            entity, how = (named, "the name the list item is about") if named else \
                (previous_org, "a list item's figure, the organization the document is about so far")
    if entity is None and base_attribute(attribute) == "funding" and previous_org \
            and RAISING_OPENING.match(sentence[c_start:].lstrip(" \"'\u201c")):
        # "The offering raised $640 million": the money the company the document is about raised
        for_name = next((n.name for n, ns, _ in ((n, n.start - base, 0) for n in names)
                         if ns >= e and re.fullmatch(r"\s(?:[a-z]+\s){0,2}?for\s(?:the\s)?", sentence[e:ns])), None)
        entity, how = for_name or previous_org, (f"'{sentence[c_start:].split()[1]}' raised it for {for_name}" if for_name
                                                 else "the offering or round of the organization the document is about so far")
    if entity is None:
        received = definition.received_as if definition is not None else None
        giver = _giver(sentence, base, e, names) if is_relation(attribute, attributes) else None
        if giver and giver not in persons:  # "will come from a €540 million grant from the Aldmark government": its giver
            receiver = _object(sentence, base, anchor, e, [n for n in names if n.name != giver], None, c_end, None, persons)
            return Attribution(giver, attribute, receiver[0] if receiver else None,
                               f"{why}; entity the giver named after it ('from' or 'by')"
                               + (f"; object after '{receiver[1]}'" if receiver else ""), kind)
        described = DESCRIBED_GIVER.match(sentence[c_start:s].lstrip(" \"'\u201c")) if received else None
        if described and not attribute.endswith(")"):
            # "The sovereign wealth fund contributed $150 million": one giver's money, a giver told but not named here
            return Attribution(None, None, None, f"{why}; but the money of a giver described, not named ('{described.group(1)}')", kind)
        if received and not attribute.endswith(")"):  # "Investors have put $145 million into Halcyon Grid"
            obj = _object(sentence, base, anchor, e, names, None, c_end, previous_org, persons)
            if obj and obj[0] not in persons:
                return Attribution(obj[0], received, None, f"{why}; no named giver: {obj[0]}'s {received}, "
                                                           f"the name after '{obj[1]}'", kind)
        deal = (THE_DEAL.search(sentence, max(c_start, anchor - 60), max(anchor, cue_end or 0) + 1)
                or (FIGURE_DEAL.match(sentence, e) if THE_BEFORE.search(sentence, max(0, s - 6), s) else None)) \
            if is_relation(attribute, attributes) else None
        if deal and deal.start() < s and PART_OF_DEAL.match(sentence, e):
            return Attribution(None, None, None, f"{why}; but a {PART_OF_DEAL.match(sentence, e).group(0).strip()} "
                                                 f"'{deal.group(0).strip()}' holds, not its price", kind)
        if deal and not any(c_start <= n.start - base < e for n in names):  # "The offer of €4.20 a share", "the $312 million price"
            return Attribution(None, attribute, None, f"{why}; '{deal.group(0).strip()}', the deal the document described before",
                               kind, refers_back=True)
        return Attribution(None, attribute, None, why, kind)
    passive = PASSIVE_DEAL.search(sentence, max(c_start, anchor - 30), max(anchor, cue_end or 0))
    if passive and base_attribute(attribute) == "price":  # "Ruane was signed from Port Ellery FC for €400,000": he was bought
        return Attribution(entity, attribute, None, f"{why}; entity {how}, the one bought ('{passive.group(0)}')", kind)
    selling = SELLING.search(sentence, max(c_start, anchor - 60), s) if is_relation(attribute, attributes) else None
    if selling and kind == "percent" and HELD_BY_SELLER.search(sentence, max(0, s - 18), s):
        selling = None  # "agreed to sell its 24 percent stake in Corrigan to Kellerby": the stake the seller holds now
    if selling:
        buyer = next((n.name for n in names if selling.end() <= n.start - base <= e + 120 and not n.possessive
                      and (SOLD_TO.fullmatch(sentence, e, n.start - base) if n.start - base >= e
                           else TO_BUYER.search(sentence, selling.end(), n.start - base))), None)
        if buyer and buyer != entity:  # "agreed to sell a 40 percent stake in itself to Pennick Capital": the buyer holds it
            named = _object(sentence, base, anchor, e, [n for n in names if n.name != buyer], buyer, c_end, None, persons)
            target, where = (named[0], f"the name after '{named[1]}'") if named else (entity or previous_org, "the seller")
            return Attribution(buyer, attribute, target, f"{why}; entity {buyer}, the buyer it is sold to"
                               + (f"; object {target}, {where}" if target else ""), kind)
    obj = _object(sentence, base, anchor, e, names, entity, c_end, previous_org, persons, previous_person,
                  employer_at=definition is not None and definition.personal, typed=typed_orgs) if is_relation(attribute, attributes) else None
    if obj and obj[1] == "to" and base_attribute(attribute) == "stake":
        obj = None  # "Marell's 34 percent holding passes to the Sahran Investment Authority": who gets it, not what it is of
    thing = THING_OBJECT.match(sentence, e) if obj is None and base_attribute(attribute) in ("investment", "price") else None
    if thing and thing.group(1).lower() not in NOT_THINGS and thing.group(1).lower() not in PERSON_NOUNS:
        # "will put £50 million into the squad": money for a thing the text does not name, never another object's
        return Attribution(entity, attribute, f"the {thing.group(1)}",
                           f"{why}; entity {how}; object the {thing.group(1)}, a thing with no name", kind)
    spending = obj is None and thing is None and cue and cue.lower().startswith("spen")
    spent_on = SPENT_ON.match(sentence, e) if spending else None
    if spent_on and spent_on.group(1).split()[-1].lower() not in NOT_THINGS:
        # "spent €41 million on maintenance and safety": what the money went on, not a purchase of a company
        return Attribution(entity, attribute, spent_on.group(1), f"{why}; entity {how}; object {spent_on.group(1)}, what it was spent on", kind)
    doing = SPENT_DOING.match(sentence, e) if spending else None
    if doing and doing.group(2).split()[-1].lower() not in NOT_THINGS:  # "spend about £90 million enlarging Fallowmere Park"
        target = doing.group(2).strip()
        return Attribution(entity, attribute, target, f"{why}; entity {how}; object {target}, what it is spent "
                           f"{doing.group(1)}", kind)
    cost_of = COST_OF_THING.search(sentence, max(0, s - 90), s) if obj is None and base_attribute(attribute) == "price" else None
    if cost_of and cost_of.group(1).split()[-1].lower() not in NOT_THINGS | PERSON_NOUNS:
        # "put the cost of the expansion at £97 million": the expansion's cost, not a price the entity paid for a company
        return Attribution(entity, attribute, f"the {cost_of.group(1)}",
                           f"{why}; entity {how}; object the {cost_of.group(1)}, the thing whose cost it is", kind)
    return Attribution(entity, attribute, obj[0] if obj else None,
                       f"{why}; entity {how}" + (f"; object after '{obj[1]}'" if obj else ""), kind)


def per_unit_of(sentence: str, e: int) -> str | None:
    """The unit a price ending at `e` is for: "dose" in "€1,450 a dose", "year" in "€17,400 a year", or None."""
    unit = PER_UNIT_AFTER_CUE.match(sentence, e) or PER_UNIT_A.match(sentence, e) or RATE_AFTER.match(sentence, e)
    return None if unit is None else "year" if unit.group(1).lower() == "annum" else unit.group(1).lower()


def count_noun(text: str) -> str:
    """The noun a count's text ends with, lower-cased: "schools" in "seven elementary schools", "members" in
    "212 grower-members"; empty for a count written as a number alone ("seven", "two million")."""
    last = re.split(r"[\s-]", text)[-1].lower()
    return "" if last in UNITS or last in TENS or last in SCALES else last


def _planned(sentence: str, s: int, e: int, c_start: int, c_end: int, neighbours: Neighbours) -> bool:
    """Whether the clause `c_start:c_end` words the figure at `s:e` as a plan or target ("will employ up to 600"); but
    "would cut 260 jobs at the plant, opened in 1987" words the opening as done."""
    done = DONE_IN_BEFORE.search(sentence, max(0, s - 40), s)
    if done and (done.group("before") or "").lower() not in FUTURE_AUXILIARIES:
        return False
    if DONE_AFTER.match(sentence, e):  # "expects £240 million, well below the £368 million it earned last year": done
        return False
    return bool((scanner(PROJECTION).search_slice(sentence, c_start, s) and _projected(sentence, c_start, s, neighbours))
                or PROJECTION_AFTER.match(sentence[e:c_end]) or FEARED_BEFORE.search(sentence, max(0, s - 30), s))


def _fronted_deal(sentence, base, main, names, persons) -> tuple[str, str | None] | None:
    """(buyer, target) of the deal the main clause after a fronted "At $42 a share," names: "Quarry Lane Partners'
    takeover of Marlowe Hotels", or "Marlowe is paying"."""
    for n in names:
        ns, ne = n.start - base, n.end - base
        if ns < main or n.name in persons:
            continue
        deal = DEAL_OF.match(sentence, ne) if n.possessive or sentence.startswith("'", ne) else None
        if deal:
            target = next((m.name for m in names if m.start - base == deal.end()), None)
            return n.name, target
        if ns == main + len(sentence[main:]) - len(sentence[main:].lstrip()) and PAYING_AFTER.match(sentence, ne):
            return n.name, None
        return None
    return None


def _share_price(sentence, base, traded, names, persons, previous_org, typed_orgs, attributes, kind) -> Attribution:
    """A market price of one share, `traded` the words from "shares" or "stock" to the price: the company named right
    before ("Karrow shares", "Halbrook's shares") or after ("Shares in Skyvane"), or the one "its shares" or "Shares"
    opening a sentence stands for."""
    at = traded.start()
    owner = share_owner(sentence, base, traded, names)
    how = "named right before or after 'shares'"
    if owner is None and (its_shares(sentence, at) or traded.group("they")):
        owner, how = _organization(sentence, base, names, at, persons, previous_org, typed=typed_orgs)
    elif owner and " " not in owner:
        # "Shares in Brennholt" where the document is about Brennholt Climate Systems, not its founder Anton Brennholt
        org = next((o for o in (_organization(sentence, base, names, at, persons, previous_org, typed=typed_orgs)[0],
                                previous_org) if o and o.startswith(f"{owner} ")), None)
        if org:
            owner, how = org, f"{how}, the short form of {org}, the organization the document is about"
    if owner is None or owner in persons or "share price" not in definitions(attributes):
        return Attribution(None, None, None, "a market share price of no named company", kind)
    return Attribution(owner, "share price", None, f"a market share price; entity {owner}, {how}", kind)


def _titled_gap(sentence: str, e: int, at: int) -> bool:
    """Whether "for", "in" or "at" and at most two title words part `e` from a name at `at`: ", against 26.1 percent for
    Prime Minister Bogdan Tereshal's Labour Party"."""
    gap = IN_NAME_GAP.match(sentence, e, at)
    titles = sentence[gap.end():at].split() if gap else None
    return titles is not None and len(titles) <= 2 and all(w.lower() in ROLE_WORDS and w[:1].isupper() for w in titles)


def _agent_after(sentence, base, e, names) -> str | None:
    """The bidder a relative clause after a money figure names: "the $2.9 billion, or $36 a share, that rival Castellan
    Group offered", "the $38 Stellan Entertainment offered"."""
    return next((n.name for n in names if n.start - base > e and not n.possessive and AGENT_GAP.fullmatch(sentence, e, n.start - base)
                 and AGENT_VERB.match(sentence, n.end - base)), None)


def _giver(sentence, base, e, names) -> str | None:
    """The name after "from" or "promised by" right after a money figure: "$250 million from the philanthropist Ottilie
    Varga-Hume", "$10 million promised by the Pellham Foundation"."""
    for n in names:
        ns = n.start - base
        if ns >= e and not n.possessive and GIVER_GAP.fullmatch(sentence, e, ns):
            return n.name
    return None


def _own_cue(sentence: str, lo: int, hi: int, kind: str, attribute: str, attributes, patterns) -> str | None:
    """The attribute, other than `attribute`, whose cue the words `lo:hi` before a compared figure hold ("against a loss
    of"): the figure's own, read as any other."""
    for name, definition in definitions(attributes).items():
        if name != attribute and kind in definition.kinds and patterns.get(name) is not None \
                and patterns[name].search(sentence, lo, hi):
            return name
    return None


# "up from £529 million and £36.5 million": compared figures told in the order of the figures they follow
PAIRED_GAP = re.compile(r"\s(?:and|or)\s")
RESPECTIVE_GAP = re.compile(r"\s(?:and|while)\s(?:[\w-]+\s){1,5}?(?:of|at|to|was|were|reached|rose|fell)\s(?:about\s|around\s|roughly\s)?")


def _compared(sentence, base, s, e, kind, names, previous_subject, attributes, patterns, persons, neighbours,
              previous_org, compared_at: int, wording: str, published_year: int | None = None, previous_person=None,
              typed_orgs=None, families=frozenset()) -> Attribution | None:
    """ "up from $900 million in 2023": the subject of the figure it is compared with, for the year stated; without
    a year ("up from the €410 million agreed last week"), the same subject, marked as the earlier figure."""
    _, c_end = clause(sentence, s)
    year = COMPARED_YEAR.search(sentence, e, min(c_end, e + 80))
    own = OWN_EARLIER.match(sentence, e)
    last_year = LAST_YEAR_AFTER.match(sentence, own.end() if own else e) if published_year and year is None else None
    before = neighbours.last_blocking_before(s)
    after = neighbours.first_blocking_from(e)
    if wording.endswith("from") and after is not None and FROM_TO_GAP.fullmatch(sentence, e, after[0]):
        return None  # "the workforce fell from 5,900 to 5,200": the start of a change, the same subject's earlier figure
    other = any(compared_at <= n.start - base < s for n in names)  # "than Borealis's $1 billion": another party's
    owner = next((n.name for n in names if n.possessive and OWNER_GAP.fullmatch(sentence, n.end - base, s)), None)
    # ", against 31 in Bretta": a figure of another party or event, named right after it
    owner = owner or next((n.name for n in names if (IN_NAME_GAP.fullmatch(sentence, e, n.start - base)
                                                     or RIVAL_NAME_GAP.fullmatch(sentence, e, n.start - base))
                           and (not n.possessive or ELLIPTIC_POSSESSIVE.match(sentence, n.end - base))
                           and n.name not in persons), None)  # ", against €29.99 for Arcwave's.": Arcwave's own
    # ", against €14,160 for Grendal Pharma's Pulmavex": the thing the party after it owns
    owner = owner or next((m.name for n in names if n.possessive and _titled_gap(sentence, e, n.start - base)
                           for m in names if sentence[n.end - base:m.start - base] in ("'s ", "\u2019s ", "' ", "\u2019 ") and not m.possessive and m.name not in persons),
                          None)
    other = other or owner is not None or any(  # "the €1.1 billion left by Storm Amarin in 2013": that party's figure
        e < n.start - base <= e + 50 and BY_NAME_GAP.fullmatch(sentence, e, n.start - base) for n in names)
    paired = neighbours.last_blocking_before(before[0]) if before is not None and after is not None \
        and PAIRED_GAP.fullmatch(sentence, e, after[0]) else None
    if paired is not None and neighbours.kind_at(paired[0]) == kind and RESPECTIVE_GAP.fullmatch(sentence, paired[1], before[0]):
        # "revenue of £574 million and profit of £41.2 million, up from £529 million and £36.5 million": the first
        # compared figure is the first figure's, as the second is the second's
        before = paired
    a, b = before if before is not None else (s, s)
    main = attribute_fact(sentence, base, a + base, b + base, kind, "", names, previous_subject, attributes, patterns,
                          persons, neighbours, previous_org, published_year, previous_person, typed_orgs, families) \
        if before is not None else None
    prior = neighbours.last_blocking_before(a) if main is not None and main.attribute is None else None
    if prior is not None and prior[0] >= clause(sentence, a)[0] and neighbours.kind_at(prior[0]) == neighbours.kind_at(a):
        # "210,000 subscribers in Selvania and three neighbouring countries, up from 64,000": the figure before the aside
        earlier_main = attribute_fact(sentence, base, prior[0] + base, prior[1] + base, kind, "", names, previous_subject,
                                      attributes, patterns, persons, neighbours, previous_org, published_year, previous_person,
                                      typed_orgs, families)
        if earlier_main.attribute:
            (a, b), main = prior, earlier_main
    if owner is None and main is not None and main.entity:  # "compared with $1.9 million for Achterberg": another person's
        people = persons | _surnames(persons)
        owner = next((n.name for n in names if IN_NAME_GAP.fullmatch(sentence, e, n.start - base) and not n.possessive
                      and n.name in people and n.name != main.entity), None)
        other = other or owner is not None
    if main is not None and not other and any(  # ", against $13.50 for the comparable burger at Riverlark Cafés": theirs
            e < n.start - base <= e + 60 and n.name != main.entity and n.name not in persons
            and FOR_OTHER_GAP.fullmatch(sentence, e, n.start - base) for n in names):
        other = True
    if other and owner and main is not None:  # ", against Marbeck's $16.8 billion": that party's figure of the same kind
        # "Salgado's campaign spent $2.6 million, compared with $1.9 million for Achterberg": one person's money set
        # against another's, though money spent is a relation's figure
        if main.attribute and main.entity != owner and (not is_relation(main.attribute, attributes)
                                                         or main.object is None and owner in persons | _surnames(persons)):
            attribute, cue_at, cue, _ = choose_attribute(sentence, s, e, kind, "", attributes, patterns, neighbours)
            if attribute and cue_at is not None and e < cue_at and IN_CUE_GAP.fullmatch(sentence, e, cue_at) \
                    and not is_relation(attribute, attributes):
                # "against Brightwater's $11.4 billion in revenue": the kind of figure it names after itself
                return Attribution(owner, attribute, None, f"{attribute} of {owner} (cue '{cue}'), compared with "
                                                           f"{sentence[a:b]!r} ('{wording}')", kind)
            return Attribution(owner, main.attribute.replace(" (projected)", ""), None,
                               f"{main.attribute.split(' (')[0]} of {owner}, compared with {sentence[a:b]!r} ('{wording}')", kind)
    if not EARLIER_WORDING.fullmatch(wording) and any(
            n.start - base > e and FIGURE_NAME_GAP.fullmatch(sentence, e, n.start - base) and VERB_WORD.match(sentence, n.end - base)
            for n in names):
        # "more than the £260,000 Brellin paid her", "the $10.1 million Greyfield Farm gave for Lantern Bay in 2019": a
        # figure with a subject of its own, attributed as any other
        return None
    if own is None and not EARLIER_WORDING.fullmatch(wording) and SUBJECT_VERB_AFTER.match(sentence, e):
        return None  # "well above the £265,000 she was paid", "the $231 million a jury awarded": a subject of its own
    if kind == "money" and _agent_after(sentence, base, e, names):
        return None  # "against the $38 Stellan Entertainment offered in February": that bidder's own offer
    if kind == "money" and (valued := VALUED_AFTER.match(sentence, e)):
        return _valued_as(sentence, base, valued, names, kind)  # "well below the $450m at which it was valued": its own
    if main is None or other or (year is None and not EARLIER_WORDING.fullmatch(wording) and not own):
        return Attribution(None, None, None, "an earlier or compared figure", kind)
    if kind == "money" and bool(SCALED.search(sentence, a, b)) != bool(SCALED.search(sentence, s, e)):
        # "valuing the company at $8.3 billion, against $61.20 before": a price for one share, not the value it is beside
        return Attribution(None, None, None, f"an earlier or compared figure, not of the scale of {sentence[a:b]!r}", kind)
    mine, theirs = count_noun(sentence[s:e]), count_noun(sentence[a:b])
    if kind == "count" and mine.isalpha() and theirs.isalpha() and mine != theirs \
            and not JOB_NOUN.fullmatch(mine) and not JOB_NOUN.fullmatch(theirs):
        # "17 crashes and 11 injuries ..., up from 14 crashes and nine injuries": the crashes before, not the injuries
        return Attribution(None, None, None, f"an earlier or compared figure of {mine}, not of the {theirs} before it", kind)
    if (rate := FOR_EACH_ONE.match(sentence, e)) and not FOR_EACH_ONE.match(sentence, b):
        # "Its 3,900 workers built about 42 vehicles each, against roughly 71 per worker": a rate, not the count before it
        return Attribution(None, None, None, f"an earlier or compared figure for each one ('{rate.group(0).strip()}'), "
                                             f"not of what {sentence[a:b]!r} counts", kind)
    definition = definitions(attributes).get(attribute_name(main.attribute or ""))  # "price (per month)" is a price
    if main.attribute and _own_cue(sentence, compared_at, s, kind, base_attribute(main.attribute), attributes, patterns):
        return None  # "a net loss of €96 million on revenue of €780 million, against a loss of €71 million": a loss
    if main.attribute is None or definition is None or main.earlier:
        return Attribution(None, None, None, "an earlier or compared figure", kind)
    if kind == "count" and mine.isalpha() and definition.counts and mine not in definition.counts:
        # "the number of injuries at 11, up from 23 crashes": a count of crashes, not of what the figure before counts
        return Attribution(None, None, None, f"an earlier or compared figure of {mine}, not a count of {main.attribute}", kind)
    # "expects revenue of $48 million, up from $31 million in 2025": the earlier figure is an actual one
    plain, why = main.attribute.replace(" (projected)", ""), (main.why or "").replace(", worded as a plan or target", "")
    if PLANNED_AFTER.match(sentence, e) and not EARLIER_WORDING.fullmatch(wording):
        return dataclasses.replace(main, attribute=f"{plain} (projected)", dated=None, earlier=wording,
                                   why=f"a planned figure, '{wording}' beside {sentence[a:b]!r}: {why}")
    if year is not None and definition.changes_with_time:
        return dataclasses.replace(main, attribute=plain, why=f"compared with {sentence[a:b]!r}, for {year.group(1)}: {why}",
                                   dated=int(year.group(1)))
    if last_year and definition.changes_with_time:  # "down from ... and from €262 million last year": last year's
        return dataclasses.replace(main, attribute=plain, why=f"compared with {sentence[a:b]!r}, for last year: {why}",
                                   dated=published_year - 1, earlier=None)
    if PROJECTION_AFTER.match(sentence[e:c_end]) or FORECAST_OF_BEFORE.search(sentence, max(0, s - 40), s) \
            or (own and own.group("plan")) or (main.attribute.endswith(" (projected)")
                                               and (FORECAST_NOUN.search(sentence, max(0, a - 40), a)
                                                    or REVISED_FROM.search(sentence, max(0, s - 90), s))):
        # "cut its 2026 operating profit guidance to €150 million from €235 million": the forecast it had before
        # "down from the £380 million it had guided to", "down from its previous forecast of €235 million": a forecast
        return dataclasses.replace(main, attribute=f"{plain} (projected)", dated=None, earlier=wording,
                                   why=f"an earlier forecast, '{wording}' beside {sentence[a:b]!r}: {why}")
    if own and own.group("kept"):  # "more than the 300 it announced": the same plan, or the same offer, as first given
        plain = main.attribute
    return dataclasses.replace(main, attribute=plain, dated=None, earlier=wording,
                               why=f"an earlier figure, '{wording}' beside {sentence[a:b]!r}: {why}")


def _valued_as(sentence: str, base: int, valued: re.Match, names: list[NameMention], kind: str) -> Attribution | None:
    """The valuation of the company named in "the $2.1 billion at which Pantrio was valued", or None when no name is."""
    named = next((n.name for n in names if valued.group("name") and n.start - base == valued.start("name")), None)
    return Attribution(named, "valuation", None, f"a valuation, '{valued.group(0).strip()}'", kind) if named else None


def _venue_apart(noun_phrase: str, previous_org: str | None) -> bool:
    """ "The museum" in a story about a watchmaker: a place of its own kind, which the organization the document is
    about may run but is not (the noun is not in its name)."""
    kind = noun_phrase.strip(", ").rsplit(None, 1)[-1].lower().removesuffix("'s").removesuffix("\u2019s")
    return kind in VENUE_KINDS and previous_org is not None and kind not in previous_org.lower()


def _named_for(org: str, person: str, made: str) -> bool:
    """Whether an organization bears the name of a person who founded something, or a word of what they founded:
    "Brackwell Foodstores" for Edmund Brackwell, "Aurelline Hotels" for "the first Aurelline property"."""
    first = org.split()[0].removesuffix("'s").removesuffix("\u2019s")
    return first == person.rsplit(None, 1)[-1] or first in re.findall(r"\b[A-Z][\w-]+", made)


@functools.lru_cache(maxsize=8)
def _surnames(persons: frozenset[str]) -> frozenset[str]:
    """The last words of the multi-word names of people, found once per set of people."""
    return frozenset(p.rsplit(None, 1)[-1] for p in persons if " " in p)


def _role_after(sentence: str, at: int) -> bool:
    """Whether a word for a person's role follows at `at`: "director" after "the 50-year-old tournament"."""
    word = re.match(r"\s([a-z]+)", sentence[at:at + 24])
    return bool(word) and word.group(1) in PERSON_NOUNS


def _affiliation(sentence: str, base: int, name: NameMention, names: list[NameMention], persons) -> bool:
    """Whether `name` is where a person named right before works: "Fennick & Co" in "Orla Brightwater of Fennick & Co"."""
    at = name.start - base - len(" of ")
    return sentence.startswith(" of ", at) and any(n.end - base == at and (n.name in persons or person_before_of(n.name))
                                                   for n in names)


# "The centre, which cost", "The new stadium, which opened": a noun opening the sentence, then its relative clause
NOUN_BEFORE_RELATIVE = re.compile(r"[\W]*((?:[Tt]he|[Ii]ts)\s(?:[a-z][\w-]*\s){0,2}?[a-z][a-z-]*),\s")
# "The pharmacy division, which brought in": a part of the organization the noun names, not the organization
PART_NOUN_END = re.compile(r"\s(?:division|unit|arm|business|segment|subsidiary|operations?)$", re.I)
# "Quillfire Interactive, which listed": a relative clause right after a name
RELATIVE_AFTER_NAME = re.compile(r",\s(?:which|that)\s")
# "which reported €5.6 billion, but it remains": the main clause again after a relative clause
MAIN_CLAUSE_AGAIN = re.compile(r"[;:]|,\s(?:but|while|whereas|although|though|yet|and\sit|and\sthe)\b")


def _organization(sentence, base, names, before, persons, previous_org, exclude=None, typed=None) -> tuple[str | None, str | None]:
    """The organization "it" or "the company" stands for, and where it was found: the last one named
    before offset `before` in the sentence (not a person, not a place after "in" or "at"), else the
    one the document is about so far (see :func:`.salience.salient_organizations`). An agent after "by" is not it
    ("an estimate by X, which valued it").
    `typed` (from :func:`.salience.typed_organizations`) maps a kind of organization ("club", "bank") to the one of
    that kind the document names most: "the club" is the club even when the document is mostly about its buyer, if
    the document has named that club before."""
    noun = TYPED_NOUN.search(sentence, max(0, before - 40), min(len(sentence), before + 40)) if typed else None
    if noun and noun.group("kind").lower() == "group" and VALUING_BEFORE.search(sentence, max(0, noun.start() - 12), noun.start()):
        noun = None  # "Feldhaven's shares slipped 3 percent, valuing the group at": the company whose shares they are
    if noun:
        kind, modified = noun.group("kind").lower(), f"{noun.group('modifier')} {noun.group('kind')}".lower()
        # "the terminal company": the one name ending in those words (Veldhaven Terminal Company), before "the company"
        for key, how in ((modified, f"the one {modified} the document names"), (kind, f"the {kind} the document names most")):
            if typed.get(key) and typed[key] != exclude and typed.named_before(typed[key], base + noun.start()):
                return typed[key], how
        if (noun.group("modifier") or "").lower() in OTHER_ONE and noun.start() <= before:
            return None, None  # "The larger carrier, which flew 6.8 million passengers": another than the one so far
    intro = INTRO_PARTICIPLE.match(sentence)  # "Founded in 1874 by grocer Josiah Hollis, the company": not the founder
    earlier = [n.name for n in names if n.start - base < before and n.name not in persons and n.name != exclude
               and not (intro and n.start - base < intro.end() <= before)
               and n.name not in _surnames(persons)  # "Whitcombe started the company": not a company
               and not _governed(sentence, n, base, PLACE_PREPOSITIONS + ("by",))
               and not SOURCE_BEFORE.search(sentence, max(0, n.start - base - 20), n.start - base)
               and not (RIVAL_BEFORE.search(sentence, max(0, n.start - base - 24), n.start - base)  # "at rival Nordvent"
                        # but "rival Quillfire, which listed at €9.20 ..., valuing it at": its own relative clause's "it"
                        and not ((relative := RELATIVE_AFTER_NAME.match(sentence, n.end - base))
                                 and not MAIN_CLAUSE_AGAIN.search(sentence, relative.end(), max(relative.end(), before))))
               and not _affiliation(sentence, base, n, names, persons)]
    if earlier:
        return earlier[-1], "the organization named earlier in the sentence"
    if previous_org and previous_org != exclude:
        return previous_org, "the organization the document is about so far"
    return None, None


def _kind_before_it(sentence: str, base: int, it_at: int, typed, previous_org) -> tuple[str | None, str | None] | None:
    """What "it" stands for after a kind of organization the sentence names before it ("the largest fine the inspectorate
    has imposed since it was created in 2009"): the one of that kind the document names, the organization it is about
    if that is of the kind, else no one the document names; None when no such kind comes before "it"."""
    nouns = [m for m in TYPED_NOUN.finditer(sentence, 0, it_at) if m.group("kind").lower() in ORG_KINDS
             and m.group("kind").lower() != "family" and not m.group(0).lower().startswith("its")]
    if not nouns or typed is None:
        return None
    kind = nouns[-1].group("kind").lower()
    if typed.get(kind) and typed.named_before(typed[kind], base + nouns[-1].start()):
        return typed[kind], f"'it' after '{nouns[-1].group(0)}', the {kind} the document names most"
    if previous_org and previous_org.split()[-1].lower() in ORG_KINDS[kind]:
        return previous_org, f"'it' after '{nouns[-1].group(0)}', the organization the document is about so far"
    return None, None  # a body of a kind the document names none of, not the company it is about


def _paid_for_after(sentence: str, base: int, e: int, names, persons) -> tuple[str, str] | None:
    """(buyer, bought) of "the £540m that Stourmede Equity paid for Wonderlane": organizations named in a relative clause
    right after the figure."""
    buyer = next((n for n in names if e < n.start - base <= e + 50 and n.name not in persons and not n.possessive
                  and THAT_BUYER_GAP.fullmatch(sentence, e, n.start - base)), None)
    verb = PAID_FOR_VERB.match(sentence, buyer.end - base) if buyer is not None else None
    bought = next((n for n in names if verb and n.start - base == verb.end() and n.name not in persons), None)
    return (buyer.name, bought.name) if bought is not None else None


# "Ivo Marzec, for whom Halbury City paid £105 million": the one bought, a relative clause, its buyer, the verb
FOR_WHOM_GAP = re.compile(r",\sfor\s(?:whom|which)\s")
WHOM_PAID_VERB = re.compile(r"\s(?:(?:had|has|have)\s)?(?:paid|spent|bid|offered|gave)\s(?:a\s(?:then-)?record\s)?" + QUALIFIER_WORDS + r"$")


def _paid_for_whom_before(sentence: str, base: int, s: int, names, persons) -> tuple[str, str] | None:
    """(buyer, bought) of "Ivo Marzec, for whom Halbury City paid £105 million": the buyer right after a relative "for
    whom" and its verb right before the figure at sentence offset `s`, the one bought right before the relative."""
    for buyer in names:
        start, end = buyer.start - base, buyer.end - base
        if end > s or buyer.possessive or buyer.name in persons or not WHOM_PAID_VERB.fullmatch(sentence, end, s):
            continue
        bought = next((n for n in names if n.end - base < start and FOR_WHOM_GAP.fullmatch(sentence, n.end - base, start)), None)
        if bought is not None:
            return buyer.name, bought.name
    return None


def _named_by_noun(opening: str, typed, at: int) -> tuple[str, str] | None:
    """(name, how) of the one organization named before document offset `at` whose name ends in the noun a clause
    opens with, a noun no generic organization noun: "The brewery, founded in 1794" (Gaskell Brewery), "The fish market
    employs" (Skerrow Fish Market), "The new centre" (Ravensmoor Proton Therapy Centre)."""
    found = NOUN_OPENING.match(opening) if typed else None
    if found is None:
        return None
    first, second = found.group(1), found.group(2)
    for key in ((f"{first} {second}", first, second) if second else (first,)):
        if key and key not in ORG_NOUNS and key != "family" and typed.get(key) and typed.named_before(typed[key], at):
            return typed[key], f"'the {key}', the one name in the document ending in it"
    return None


def _an_organization(entity: str, persons, previous_org: str | None, typed_orgs: dict[str, str] | None,
                     named_first: bool) -> bool:
    """Whether `entity` is an organization: its name ends in a company word, or, when it is named before its verb
    (`named_first`), it is no person's and is the document's organization or the one of its kind the document names
    most."""
    if entity.rsplit(None, 1)[-1].lower() in ORG_SUFFIXES:
        return True
    return named_first and entity not in persons and not looks_like_person(entity) \
        and (_one_name(entity, previous_org) or any(_one_name(entity, o) for o in (typed_orgs or {}).values()))


def _one_name(name: str, other: str | None) -> bool:
    """Whether `name` and `other` are one name, in full or by its first word ("Greymont" of "Greymont Sports Capital")."""
    return other is not None and (name == other or name.startswith(other + " ") or other.startswith(name + " "))


def _sentence_opening(sentence: str, at: int) -> bool:
    """Whether only a wire dateline, quotes or an article come before offset `at`: the name is the sentence's subject."""
    return bool(re.fullmatch(r"[\"'\u201c\s]*(?:the\s)?", sentence[after_dateline(sentence):at], re.I))


def _estimate_costing(sentence: str, lo: int, cue_at: int, attributes, patterns) -> tuple[str, int, str] | None:
    """(attribute, offset, cue) of an event estimate's cue that is what 'cost' is said of, in the few words before it
    ("full rebuilding could cost", "rebuilding would take five years and cost")."""
    for name, definition in definitions(attributes).items():
        if definition.event and definition.estimate and patterns.get(name) is not None:
            found = [m for m in patterns[name].finditer(sentence, max(lo, cue_at - 50), cue_at)]
            if found and not any(ch in sentence[found[-1].end():cue_at] for ch in ",;"):
                return name, found[-1].start(), found[-1].group(0)
    return None


def _projected(sentence: str, lo: int, s: int, neighbours) -> bool:
    """Whether a word of plan or projection in ``sentence[lo:s]`` is this figure's, not the cue of a figure before it
    ("was budgeted at $70 million and cost $94 million": "budgeted" is the $70 million's)."""
    before = neighbours.last_blocking_before(s) if neighbours is not None else None
    return any(not (before is not None and m.end() <= before[0] and OWN_CUE_GAP.fullmatch(sentence, m.end(), before[0]))
               for m in PROJECTION.finditer(sentence, lo, s))


def _estimator(name: str) -> bool:
    """Whether `name` is an organization's ("Coastal Nations Development Bank", "Fenwick Analytics"): one that estimates
    an event's figures, where a place ("Selmar's recovery") or an event ("Storm Bretta") has them."""
    last = name.rsplit(None, 1)[-1].lower()
    return " " in name and not is_event_name(name) and not is_kind_first_event(name) \
        and (last in ORG_SUFFIXES or last in ORG_NOUNS or last in INSTITUTION_WORDS or last in ("analytics", "partners"))


def _owner(sentence, base, anchor, names, cue_at=None) -> str | None:
    """A possessive name right before the figure or its cue ("Perrow's confirmed death toll"), the
    name that is the subject of the cue verb ("Storm Amarin killed 64 people"), or a named event the
    figure is of ("the Skelda fire, as it is known, claimed 23 lives", "the toll from the Varda wildfire")."""
    for n in names:
        event = NAMED_EVENT.match(sentence, n.end - base)
        if event and not n.possessive:
            ee = event.end()
            if (ee <= anchor and (EVENT_VERB_GAP.fullmatch(sentence, ee, anchor)
                                  or (cue_at is not None and DATED_WHICH.fullmatch(sentence, ee, cue_at)))) \
                    or (cue_at is not None and cue_at < n.start - base and EVENT_AFTER_CUE.fullmatch(sentence, cue_at, n.start - base)):
                return n.name + event.group(1)
        if not n.possessive and cue_at is not None and n.end - base <= cue_at and is_kind_first_event(n.name) \
                and EVENT_VERB_GAP.fullmatch(sentence, n.end - base, cue_at):
            return n.name  # "Cyclone Hessa, which killed 1,143 people": an event named with its kind first
    for n in names:
        ne = n.end - base
        if n.possessive and ne <= anchor and OWNER_GAP.fullmatch(sentence, ne, anchor):
            return n.name
        if cue_at is not None and not n.possessive and ne <= cue_at and VERB_SUBJECT_GAP.fullmatch(sentence, ne, cue_at) \
                and SUBJECT_POSITION.search(sentence, max(0, n.start - base - 12), n.start - base):
            return n.name
        if cue_at is not None and not n.possessive and ne <= cue_at and DATED_WHICH.fullmatch(sentence, ne, cue_at):
            return n.name  # "since Storm Bretta in 2014, which killed 31 people"
        if cue_at is not None and cue_at > anchor and not n.possessive and ne <= anchor \
                and RECORDED_GAP.fullmatch(sentence, ne, anchor) \
                and SUBJECT_POSITION.search(sentence, max(0, n.start - base - 12), n.start - base):
            return n.name  # "Aldmoor has now recorded 63 cases this year": the place that counted them, its own count
    return None


# Dates of a person's life and career; a cue they share with a thing's date ("arrived") reads by who it is about.


def _relative_before(sentence: str, at: int) -> bool:
    """Whether "that" or "which" stands in the few words before offset `at` (a cheap test before UNNAMED_RELATIVE)."""
    window = sentence[max(0, at - 60):at]
    return "that " in window or "which " in window


# "On Tuesday the company she co-founded", "In 2019 the airline he founded": a relative clause after the date, which
# describes a noun; the date belongs to the main clause
FOUNDED_THING_AFTER = re.compile(r",?\s(?:the|a|an|its|her|his|their)\s(?:[\w-]+\s){0,2}(?:that\s|which\s)?"
                                 r"(?:she|he|they|we|I)\s(?:had\s|has\s)?", re.I)
# "opened a store at the retail park in", "set up a diner in": a thing someone made, with no name, before the date
A_THING_MADE = re.compile(r"\s(?:a|an)\s\S")
# "opened its inquiry in April", "launched the deal earlier this month": a process begun, no organization founded
ACTIVITY_MADE = re.compile(r"\s(?:the|its|their|his|her)\s(?:[a-z-]+\s){0,2}?(?:inquiry|investigation|probe|review|"
                           r"consultation|appeal|campaign|talks|negotiations|deal|offer|bid|sale|process|search|strike|"
                           r"tender|auction|hearing|trial|petition|countdown|season)\b", re.I)
# "founded the company in", "opened the first shop in", "started his own business in": what a person founded
BUSINESS_MADE = re.compile(r"\s(?:the|his|her|their)\s(?:(?:very\s)?first\s|(?:(?:own|family|original)\s)?(?:[a-z-]+\s){0,2}?"
                           r"(?:company|business|firm|brewery|bakery|dairy|studio|practice|outfit|agency|workshop|shop|store|"
                           r"restaurant|caf[eé]|venture|label)\b)", re.I)
# "She started on the haberdashery counter", "began as a trainee": a person starting out, no founding
STARTING_OUT = re.compile(r"\s(?:on|as|at|out|off|work|her|his)\b")  # ("started working" is no founding cue at all)
# "Ferris & Loame's spring evening auction of 19th-century art, which": an event or a scheme of the name, what "which" is
POSSESSED_EVENT = re.compile(r"(?:['\u2019]s)?\s(?:[\w-]+\s){0,3}(?:auction|sale|tour|festival|concert|appeal|campaign|fund|"
                             r"programme|program|scheme)s?\b(?:\s(?:of|for|in|at)\s[^,;]{1,60})?,\s$")
NAME_THEN_CUSTOMERS = re.compile(r"\s(?:[A-Z][\w&'\u2019-]*\s){1,3}(?:customers|subscribers|users|clients)\b")


def _some_customers(sentence: str, s: int, e: int) -> str | None:
    """Why a count of customers at ``sentence[s:e]`` is not all of them, or None: "leaving about 6 million customers
    without calls" and "- Customers affected:" are those something hit, "lost 1.5 million subscribers" a change."""
    if PART_OF_WHOLE_BEFORE.search(sentence, max(0, s - 40), s):
        return None  # "4.1 million of its 6.8 million customers were affected": the whole, which the part before is of
    label = label_of(sentence, s)
    named = NAME_THEN_CUSTOMERS.match(sentence, e)  # "nearly 7 million Telvana Mobile customers cut off": past the name
    if AFFECTED_BEFORE.search(sentence, max(0, s - 24), s) or AFFECTED_AFTER.match(sentence, named.end() if named else e) \
            or OUTAGE_FOR.search(sentence, max(0, s - 80), s) \
            or (label and AFFECTED_AFTER.search(sentence, *label)):
        return HIT
    if GAINED_OR_LOST.search(sentence, max(0, s - 24), s) or CHURNED_AFTER.match(sentence, e):
        return "customers gained or lost, not the count"
    if OF_ITS_CUSTOMERS.match(sentence, e):
        return "some of its customers, not all of them"
    if PAID_TO.search(sentence, max(0, s - 80), s):  # "must repay €23 million to about 410,000 customers"
        return "the customers something is paid to, not all of them"
    if CAUGHT_UP.search(sentence, max(0, s - 110), s) or EXPOSED_BEFORE.search(sentence, max(0, s - 100), s) \
            or AFFECTED_NOUN.search(sentence, max(0, s - 80), s) \
            or WHOSE_DATA_AFTER.match(sentence, e):
        return HIT  # "the number of customers caught up in its data breach to 3.1 million", "customers whose names ...",
        # "its count of affected customers to 3.24 million"
    return None


# "around 240 seasonal workers", "41 support staff", "1,380 cabin crew", "450 former employees": a kind of staff, not the
# whole staff
SOME_STAFF_WORDS = frozenset("seasonal temporary agency casual part-time freelance contract contracted former retired support "
                             "teaching academic medical nursing clinical cabin flight ground kitchen sales frontline front-line "
                             "administrative technical".split())


def _one_trade(sentence: str, s: int, e: int) -> bool:
    """Whether a headcount counts one trade among the staff ("7,900 nurses", "- Doctors employed: 1,900"), not all."""
    noun = sentence[s:e].rsplit(None, 1)[-1].lower()
    if not noun.isalpha():
        label = label_of(sentence, s)
        noun = sentence[label[0]:label[1]].split(None, 1)[0].lower() if label else ""
    if any(word in SOME_STAFF_WORDS for word in sentence[s:e].lower().split()):
        return True  # "around 240 seasonal workers", "1,200 agency staff": a kind of staff, beside the permanent staff
    return noun.isalpha() and noun.endswith("s") and not noun.endswith("ss") and noun not in WHOLE_STAFF


def _entity(sentence, base, s, e, kind, form, names, previous_subject, anchor, c_start, persons, cue_end=None, patient=False,
            previous_org=None, cue_at=None, previous_person=None, typed_orgs=None, families=frozenset()):
    local = [(n, n.start - base, n.end - base) for n in names]
    # "Vintrell's own flotation is the cautionary tale. It listed in 2022": a sentence that opens with "It" is about the
    # organization the sentence before spoke of (every other "it" in it is read by salience, which knows that too)
    it_before = bool(IT_SUBJECT.match(sentence.lstrip(" \"'\u201c")) and previous_subject and previous_subject not in persons
                     and not looks_like_person(previous_subject) and previous_subject != previous_org
                     and not is_union(previous_subject)  # a union is seldom what a figure after "It" is of
                     and (previous_subject.rsplit(None, 1)[-1] not in _surnames(persons) or previous_subject in families))
    if kind == "count" and CUT_JOBS.search(sentence, s, e):
        # "part of 612 job cuts across Monolune": the whole organization's, whoever the clause is about (but "employs
        # about 4,800 people across Corsland": a country, where they work)
        across = next((n for n, ns, _ in local if e < ns <= e + 40 and ACROSS_GAP.fullmatch(sentence, e, ns)
                       and n.name not in persons and not n.possessive), None)
        if across is not None:
            return across.name, "the organization the count is 'across'"
    if kind == "money" and (giver := BODY_GIVER_AFTER.match(sentence, e)):
        # "will be topped up with EUR 15 million from the regional government": the body the money comes from
        return unnamed_body(giver), f"'{giver.group('b')}', the public body the money comes from"
    if cue_at is not None and cue_at < s:
        for n, ns, ne in local:  # "Lund holds 12 percent and Dufresne-Ray 7 percent", "Greyloch employs 5,400 people and
            # Tamsen about 3,100": the name the verb is left out after
            if cue_at < ns and GAPPED.fullmatch(sentence, ne, s) and GAPPED_BEFORE.search(sentence, max(cue_at, ns - 30), ns):
                return n.name, "named before the figure, sharing the verb of the figure before"
    if cue_at is not None and cue_at < s:
        doer = next((n for n, ns, ne in local if ne + 1 == cue_at and not n.possessive
                     and RELATIVE_OBJECT_BEFORE.search(sentence, max(0, ns - 8), ns)), None)
        if doer is not None:  # "a 164-unit scheme that Orrin acquired for £310 million": the relative clause's subject
            return doer.name, "subject of the relative clause the figure is in"
    if kind == "date" and cue_at is not None and cue_at < s and not patient:  # but "Edwin Marrowby founded the firm"
        doer = next((n for n, _, ne in local if ne < cue_at and not n.possessive and VERB_GAP.fullmatch(sentence, ne, cue_at)
                     and (n.name in persons or looks_like_person(n.name))), None)
        if doer is not None:  # "the most divided since Tomas Heidecker took charge in 2021": the one the verb follows
            return doer.name, "the person named right before the verb"
    if kind == "date" and cue_at is not None and cue_at < s and sentence[max(0, cue_at - 2):cue_at] == ", " \
            and FOUNDED_PARTICIPLE.match(sentence, cue_at):
        named = next((n for n, _, ne in local if ne == cue_at - 2 and not n.possessive
                      and not _governed(sentence, n, base, NOT_A_PARTY_BEFORE)), None)
        if named is not None:  # "led by the Ashcombe Gazette and the Fenwick Mercury, founded in 1872", "is paying
            # €780 million for Brisquet Sensors, founded in 2008": the one just named (but not a place, "in Brevik")
            return named.name, "named right before the participle clause"
    if kind == "count" and cue_at is not None and cue_at < s and sentence[cue_at:cue_at + 9].lower() == "employing":
        named = next((n for n, _, ne in local if ne < cue_at and not n.possessive and PARTICIPLE_GAP.fullmatch(sentence, ne, cue_at)
                      and not _governed(sentence, n, base, NOT_A_PARTY_BEFORE)), None)
        if named is not None:  # "paying €780 million for Brisquet Sensors, founded in 2008 and employing about 640 people"
            return named.name, "named right before the participle clause"
    if kind == "age":
        thing = form == "year-old" and (noun := PERSON_NOUN_AFTER.match(sentence, e)) and noun.group(1) in NOT_PEOPLE
        for n, ns, ne in local:  # "Alexandr Wang, 28," / "Wang, the 29-year-old ..." / "Quill, Skyvane's 46-year-old"
            if 0 <= s - ne <= 60 and APPOSITION_GAP.fullmatch(sentence, ne, s) and not n.possessive and not thing:
                # but "by confectioner Amelia Wrenn, the 152-year-old company moved": not her age
                return n.name, "in apposition"
        if form == "year-old" and previous_subject and previous_subject == previous_person and previous_subject in persons \
                and AGED_REFERENCE.search(sentence, max(0, s - 16), s) and AGED_VERB.match(sentence, e) \
                and not any(ns < s and (n.name in persons or looks_like_person(n.name)) for n, ns, _ in local):
            # "The 51-year-old, who took charge ...", "has learned that the 59-year-old will receive": the person the
            # sentence before is about, when no other person was named after it
            return previous_subject, "'the N-year-old' before its verb, the person the previous sentence is about"
        if form == "year-old":  # "the 29-year-old Wang" / "the 28-year-old founder of X, Name"
            noun = PERSON_NOUN_AFTER.match(sentence, e)
            if noun and noun.group(1) in PERSON_NOUNS and re.search(r"\b(?:a|an)\s$", sentence[max(0, s - 4):s], re.I):
                named = next((n for n, ns, _ in local if ns == noun.end(1) + 2 and sentence.startswith(", ", noun.end(1))
                              and (n.name in persons or looks_like_person(n.name))), None)
                if named is not None:  # "and a 19-year-old student, Callum Ridley,": the person named after
                    return named.name, "the person named right after 'a N-year-old' and its noun"
                return None, None  # "pulled a 6-year-old girl from the rubble": someone the text does not name
            if AGED_THING_AFTER.match(sentence, e):
                return None, None  # "the 52-year-old blast furnace": a thing's age, not its owner's
            named = _named_by_noun(sentence[max(0, s - 4):].lstrip(), typed_orgs, base + s) \
                if noun and noun.group(1) not in PERSON_NOUNS and re.search(r"\bthe\s$", sentence[max(0, s - 4):s], re.I) else None
            if named is not None:  # "The 69-year-old airport": Caddisford Airport, the one name ending in the noun
                return named
            if noun and noun.group(1) in NOT_PEOPLE and not _role_after(sentence, noun.end(1)):
                # "the 12-year-old company": the organization's age (but "the 50-year-old tournament director": a person)
                if noun.group(1) in SITE_NOUNS or noun.group(1) in AGED_THINGS \
                        or not re.search(r"\b(?:the|a|an|its)\s$", sentence[max(0, s - 5):s], re.I):
                    return None, None
                org, where = _organization(sentence, base, names, s, persons, previous_org, typed=typed_orgs)
                return (org, f"'the {noun.group(1)}', {where}") if org else (None, None)
            after = [(n, ns) for n, ns, _ in local if ns >= e]
            if after and re.fullmatch(r"\s", sentence[e:after[0][1]]):
                if SITE_NAMED.match(sentence, after[0][0].end - base):
                    return None, None  # "the 115-year-old Almsbury plant": a site's age, not the place's
                return after[0][0].name, "named right after the age"
            between = sentence[e:after[0][1]].split() if after else []
            if after and re.fullmatch(r"\s(?:[a-z][\w-]*\s){1,3}", sentence[e:after[0][1]]) \
                    and not any(w in PREPOSITIONS for w in between) \
                    and (after[0][0].name in persons or looks_like_person(after[0][0].name)):
                # "Harlo's 20-year-old striker Emil Dravec", "the 36-year-old former chief executive Tobias Renning"
                return after[0][0].name, "the person named after the age and its noun"
            comma = sentence.find(", ", e)
            if comma != -1 and ANOTHER_AGE.search(sentence, e, comma):
                comma = -1  # "a 30-year-old ... what her 74-year-old predecessor, Gregor Hallström,": the other age's name
            for n, ns in after:
                if comma != -1 and ns == comma + 2:
                    return n.name, "named after the age's noun phrase"
    thing = UNNAMED_RELATIVE.search(sentence, max(0, cue_at - 100), cue_at) \
        if cue_at is not None and cue_at < s and _relative_before(sentence, cue_at) else None
    if thing and thing.group(1).lower() not in ORG_NOUNS and thing.group(1).lower() not in PERSON_NOUNS \
            and CUE_TO_VALUE.fullmatch(sentence, cue_end, s) and not any(thing.start("rel") <= ns < s for _, ns, _ in local) \
            and not any(ne in (thing.start() - 2, thing.start("rel") - 2) and sentence[ne] == "," for _, _, ne in local):
        # "a villa that the liquidator values at $9 million", "a plant in Orlenz that opened in 2020": of a thing with
        # no name; but "The Marlowe Grand, the hotel that opened in" and "led by Ferrant Ventures, which put in" are a name's
        return None, None
    if cue_end is not None and cue_at < s and OF_AT_AFTER_CUE.match(sentence, cue_end):  # "Revenue at Corvenna reached"
        after = OF_AT_AFTER_CUE.match(sentence, cue_end).end()
        owner = next((n for n, ns, _ in local if ns == after and not n.possessive and n.name not in persons), None)
        if owner is not None and ORG_FIGURE_NOUN.fullmatch(sentence, cue_at, cue_end):
            return owner.name, f"named after '{sentence[cue_at:after].strip()}'"
    passive = PASSIVE_ORG.search(sentence, max(0, cue_at - 60), cue_at) if cue_at is not None else None
    if passive and kind == "date" and sentence[passive.start():passive.start() + 2].lower() == "it" \
            and (body := _kind_before_it(sentence, base, passive.start(), typed_orgs, previous_org)) is not None:
        return body
    if passive:  # "since it was founded in 2013"
        org, where = _organization(sentence, base, names, cue_at, persons, previous_org, typed=typed_orgs)
        if org:
            return org, f"'it was' + verb, {where}"
    if cue_at is not None and cue_at < s:  # "Halcyon Grid, the storage start-up founded in 2018"
        before = [(n, ne) for n, ns, ne in local if ne <= cue_at and not n.possessive]
        made = MADE_OBJECT.match(sentence, cue_end) if kind == "date" and cue_end is not None \
            and FOUNDING_VERB.fullmatch(sentence, cue_at, cue_end) else None
        made_kind = made.group("kind").lower() if made and made.end() == s else None
        if made_kind in ORG_KINDS and made_kind != "family" and typed_orgs and typed_orgs.get(made_kind):
            # "Sunwell Live, the promoter that launched the three-day desert festival in 2014": the festival's start
            return typed_orgs[made_kind], f"'{sentence[made.start():made.end('kind')].strip()}', the {made_kind} the document names most"
        if before and APPOSITIVE.fullmatch(sentence, before[-1][1], cue_at) and before[-1][0].name not in persons:
            return before[-1][0].name, "the name an appositive before the cue describes"
        kind_before = NOUN_BEFORE_PARTICIPLE.search(sentence, max(0, cue_at - 50), cue_at)
        if kind_before:  # "Sales at the 67-year-old chain, founded in 1959, ...": the organization of that kind
            public = PUBLIC_BODY.match(sentence, kind_before.start())
            # "Korvel's shares closed ..., giving the company, founded in 2015,": the one the sentence names before
            org, where = _organization(sentence, base, [n for n in names if n.possessive], kind_before.start(), persons,
                                       None if public or _venue_apart(kind_before.group(0), previous_org) else previous_org,
                                       typed=typed_orgs)
            if org:
                return org, f"'{kind_before.group(0).strip(', ')}' before the participle, {where}"
    if cue_at is not None and cue_at > e and PRONOUN_BETWEEN.fullmatch(sentence, e, cue_at):  # "the £265,000 she was paid"
        people = [n for n, ns, _ in local if ns < s and n.name in persons]
        if people:
            return people[-1].name, "'he' or 'she' between the figure and its verb, the person named before"
        if previous_person:
            return previous_person, "'he' or 'she' between the figure and its verb, the person the document named last"
    if cue_at is not None and cue_at > e:  # "the £25 million Redmoor paid for Rossi": the name between figure and verb
        for n, ns, ne in local:
            if ns > e and FIGURE_NAME_GAP.fullmatch(sentence, e, ns) and VERB_AFTER_NAME.fullmatch(sentence, ne, cue_at):
                return n.name, NAMED_BEFORE_VERB
    if cue_end is not None and patient:  # "Zuckerberg launched Superintelligence Labs last year"
        for n, ns, _ in local:
            if ns >= cue_end and PATIENT_GAP.match(sentence[cue_end:ns] or " ") and sentence[cue_end:ns].startswith(" "):
                return n.name, "named right after the event verb"
        if IT_AFTER_VERB.match(sentence, cue_end):
            org, where = _organization(sentence, base, names, cue_end, persons, previous_org, typed=typed_orgs)
            if org:
                return org, f"'it' after the event verb, {where}"
            return None, None  # "Edwin Tell founded the firm": the firm's date, whichever firm it is, not his
    opening = INTRO_PARTICIPLE.match(sentence)
    if opening and s < opening.end():  # "Founded in 1952, Maskell employs ...": the main clause's subject
        main = [n for n, ns, _ in local if ns >= opening.end() and re.fullmatch(r"(?:the\s)?", sentence[opening.end():ns], re.I)]
        if main:
            return main[0].name, "subject of the main clause the opening participle describes"
        if AGED_OPENING.match(sentence, opening.end()) and previous_subject in persons:  # "Born in 1971, the 54-year-old ..."
            return previous_subject, "'the N-year-old' the opening participle describes, the person of the previous sentence"
        if GENERIC_ORG.match(sentence[opening.end():]):  # "Founded in 1961 by Edwin Marlowe, the company now runs ..."
            org, where = _organization(sentence, base, names, opening.end(), persons, previous_org, typed=typed_orgs)
            if org:
                return org, f"'{sentence[opening.end():].split()[1]}' the opening participle describes, {where}"
        if re.match(r"it\s", sentence[opening.end():]) and previous_subject and previous_subject not in persons \
                and not looks_like_person(previous_subject):
            # "Founded in 1889, it is the older institution": the organization the sentence before is about
            return previous_subject, "'it' the opening participle describes, the organization the sentence before is about"
    group_of = GROUP_POSSESSIVE.search(sentence, max(0, s - 30), s)
    if group_of and local:  # "Cardevan, which ..., generated sales of $410 million, or 11 percent of the group's $3.8 billion":
        # the whole the sentence's subject is part of, not that subject
        org, where = _organization(sentence, base, [], group_of.start(), persons, previous_org, exclude=local[0][0].name,
                                   typed=typed_orgs)
        if org:
            return org, f"'{group_of.group(0).strip()}', {where}"
    part_of_its = PART_OF_ITS.search(sentence, max(0, s - 40), s) if local else None
    holders = [n for n, ns, _ in local if ns < part_of_its.start() and not n.possessive] if part_of_its else []
    if holders and PART_HOLDER_NOUN.match(sentence, holders[-1].end - base):  # "the Tern line brought in about $410 million of its $3.6 billion in revenue": the maker's whole
        org, where = _organization(sentence, base, names, part_of_its.start(), persons, previous_org, exclude=holders[-1].name,
                                   typed=typed_orgs)
        if org:
            return org, f"'its' whole after a part, {where}"
    if WHOSE_ORG.match(sentence, c_start) and previous_org:  # "Kenning, whose company reported revenue of ..."
        named = next((n for n, _, ne in local if re.fullmatch(r",\s?", sentence[ne:c_start]) and not n.possessive
                      and n.name not in persons and n.name not in _surnames(persons)
                      and (" " not in n.name or not looks_like_person(n.name))), None)
        if named is not None:  # but "For Kelvost, whose group revenue was €3.4bn": the organization named right before
            return named.name, "'whose group', the organization named right before it"
        return previous_org, "'whose company', the organization the document is about"
    for n, ns, ne in local:  # "which brought in $1.1 billion of Quennel's $2.1 billion in sales", "about two-thirds of
        # Montegrano's workforce of nearly 9,700": the owner right before it, whatever the clause is about
        if n.possessive and ne < s and (OWNER_GAP.fullmatch(sentence, ne, s) or OWNER_OF_GAP.fullmatch(sentence, ne, s)):
            return n.name, "possessive"
    relative_open = [m.start() for m in RELATIVE_OPEN.finditer(sentence, 0, c_start)] \
        if c_start and MAIN_VERB_AFTER.match(sentence, c_start - 2) else []
    if relative_open:
        main = [n for n, ns, _ in local if ns < relative_open[-1] and not _governed(sentence, n, base)]
        if main:  # "Coldwater, which reported ..., is valued at": back in the main clause, whose subject the clause follows
            return main[-1].name, "subject of the sentence, after the clause between commas"
        opening = sentence[:relative_open[-1]].lstrip(" \"'\u201c")
        if GENERIC_ORG.fullmatch(opening):  # "The chain, founded in 1958 by ..., employs"
            # "The league, formed in 1931, generated": the league the document names, never the company it is about
            org, where = _organization(sentence, base, [], 0, persons, None if PUBLIC_BODY.match(opening) else previous_org,
                                       typed=typed_orgs)
            if org:
                return org, f"'{opening}', subject of the sentence after the clause between commas, {where}"
    described = DESCRIBED_THAT.search(sentence, max(0, s - 90), s) if _relative_before(sentence, s) else None
    named_before = next((n for n, _, ne in local if described and ne == described.start() and not n.possessive), None)
    if named_before is not None:  # "Farrow Park, the 32,500-seat stadium that opened in 1998": what the name describes
        return named_before.name, "named before the description the figure's clause is told of"
    relative = RELATIVE_START.match(sentence[c_start:])
    if relative and relative.group(0).lower() == "whose":  # "the Halvorsen Brothers, whose 2017-2019 Compass Tour grossed"
        owned = next((n for n, ns, ne in local if c_start < ns and ne <= anchor and not n.possessive and n.name not in persons
                      and WHOSE_GAP.fullmatch(sentence, c_start + relative.end(), ns)), None)
        if owned is not None:
            return owned.name, "named after 'whose', what the clause is about"
    if relative:  # ", which is targeting ..."
        before = [n for n, ns, _ in local if ns < c_start]
        people = [n for n in before if n.name in persons]
        kin = KIN_BEFORE_WHO.search(sentence, max(0, c_start - 40), c_start) if people and relative.group(0).lower() == "who" else None
        if kin and people[-1].end - base <= kin.start():  # "Dana Hannigan said she had taken her daughter, who is 4"
            return None, None
        if relative.group(0).lower() in ("who", "whose") and people:  # "Teodor Rask, the mayor of Sestry, who has run"
            return people[-1].name, "antecedent of 'who', the person named before"
        thing = UNNAMED_ANTECEDENT.search(sentence, max(0, c_start - 40), c_start)
        # "employs 380 people at the complex, which opened in 2018": the complex's, which has no name; "Orvell is
        # paying £185m for the business, which employs 412 staff": an organization the sentence does not name
        # (but "holds 20% of the business, which the market values at": the business the stake names)
        org_noun = thing is not None and thing.group(1).lower() in ORG_NOUNS
        aged = AGED_ORG_BEFORE.search(sentence, max(0, c_start - 60), c_start) if kind != "date" and not before else None
        if aged:  # "the stakes are high for the 61-year-old company, which made revenue of": one known already, told by its age
            org, where = _organization(sentence, base, names, aged.start(), persons, previous_org, typed=typed_orgs)
            if org:
                return org, f"antecedent of 'which', '{aged.group(0).rstrip(', ')}', {where}"
        if thing and (not org_noun if kind == "date" else org_noun and not thing.group().startswith("of ")) \
                and not (before and before[-1].start - base >= thing.start()):
            return None, None
        if UNNAMED_LISTED.search(sentence, max(0, c_start - 40), c_start):
            return None, None
        if kind == "date" and before and SITE_NAMED.match(sentence, before[-1].end - base):
            return None, None  # "The 115-year-old Almsbury plant, which opened in 1911": the plant's, not the place's
        if len(before) > 1 and before[-1].possessive and re.fullmatch(r",\s", sentence[before[-2].end - base:before[-1].start - base]):
            # "Aldmoor Rockets, Corvel's main competitor, which employs": not Corvel
            return before[-2].name, "antecedent of 'which'/'who', the name a possessive description follows"
        if before and before[-1].possessive and relative.group(0).lower() == "which" \
                and POSSESSED_EVENT.match(sentence, before[-1].end - base, c_start):
            return None, None  # "Ferris & Loame's spring evening auction of ... art, which brought in": the auction's
        if not before and relative.group(0).lower() in ("which", "that") \
                and (opened := NOUN_BEFORE_RELATIVE.fullmatch(sentence, 0, c_start)) \
                and not PART_NOUN_END.search(opened.group(1)) \
                and (named := _named_by_noun(sentence[opened.start(1):], typed_orgs, base + c_start)):
            # "The centre, which cost €180 million when it opened": the one name ending in the noun, Harbour Congress Centre
            return named[0], f"antecedent of 'which', {named[1]}"
        if before:
            return before[-1].name, "antecedent of 'which'/'who'"
    for n, ns, _ in local:  # "the $310 million reported by Corvane Bio"
        if ns >= e and AGENT_AFTER.match(sentence[e:ns]) and (cue_end is None or cue_end <= s):
            return n.name, "agent after 'by'"
    owner = GENERIC_POSSESSIVE.search(sentence, max(0, anchor - 50), anchor)
    held = POSSESSED_ROLE.search(owner.group(0)) if owner else None
    role = held is not None and held.group(1).lower() in PERSON_NOUNS  # "the museum's director", "the team's sprinter"
    if role and kind == "age":
        return None, None  # "The museum's director, who is 57": a person the sentence does not name, not the museum
    if role and kind == "money" \
            and (first := next((n for n, ns, _ in local if ns < owner.start()), None)) is not None \
            and (first.name in persons or looks_like_person(first.name)) and _sentence_opening(sentence, first.start - base) \
            and re.fullmatch(r",\s(?:\d{1,3},\s)?", sentence[first.end - base:owner.start()]):
        # "Jonas Eberlein, 31, the team's sprinter, earns about EUR 1.1 million": the person the role describes, not the team
        return first.name, f"the person '{owner.group(0).strip().rstrip(',')}' describes, subject of the sentence"
    if owner and not any(owner.start() < ns < anchor for _, ns, _ in local):  # "the club's €6.2 million loss"
        # "the government's €150 million subsidy": a government's, never the organization the document is about (but
        # "the council's borrowing" may be the council's the document is about)
        national = GOVERNMENT_NOUN.search(owner.group(0))
        org, where = _organization(sentence, base, names, owner.start(), persons, None if national else previous_org,
                                   typed=typed_orgs)
        if org:
            return org, f"'{owner.group(0).strip()}', {where}"
    for n, ns, ne in reversed(local):  # "Meta's $14.3 billion investment"
        if n.possessive and ne <= anchor and anchor - ne <= 40 and not re.search(r"[,;]", sentence[ne:anchor]) \
                and not any(0 < ms - ne <= 4 for _, ms, _ in local):  # not "Lyra Moncrieff's Glasshouse Tour has grossed"
            return n.name, "possessive"
    if POSSESSIVE_PRONOUN.search(sentence[max(0, anchor - 40):anchor]):
        earlier = [n for n, ns, _ in local if ns < anchor and not _governed(sentence, n, base)]
        people = [n for n in earlier if n.name in persons]
        if people:
            return people[-1].name, "possessive pronoun, nearest earlier person"
        if earlier:
            return earlier[0].name, "possessive pronoun, subject of the sentence"
        if previous_subject and (previous_subject in persons or not previous_person):
            return previous_subject, "possessive pronoun, subject of the previous sentence"
        if previous_person:  # "His pay ..." after a sentence about the club: the person named last
            return previous_person, "possessive pronoun, the person the document named last"
    described = DESCRIBED_ORG.match(sentence[c_start:].lstrip(" \"'\u201c"))
    if described:  # "The ChatGPT maker was founded in 2015": the company that makes it, not the product
        made = described.group(1).strip()
        org, where = _organization(sentence, base, [n for n in names if n.name != made], c_start, persons, previous_org, exclude=made)
        if org:
            return org, f"'the {made} {described.group(2)}', {where}"
        return None, None
    whole = sentence.lstrip(" \"'\u201c")
    whole = whole[LEAD.match(whole).end():]  # the sentence after its quotes and leading adverb: "Meanwhile, it ..."
    clause_names = [n for n, ns, _ in local if c_start <= ns < anchor and not _governed(sentence, n, base)]
    if not clause_names and c_start and SHARED_SUBJECT_BREAK.search(sentence, max(0, c_start - 6), c_start) \
            and SHARED_SUBJECT_VERB.match(sentence, c_start):
        first = next((n for n, ns, _ in local if ns < c_start), None)
        if first is not None and not first.possessive and _sentence_opening(sentence, first.start - base):
            # "Norrock produced 1.76 million tonnes ..., and booked revenue of €3.4 billion": the sentence's subject
            return first.name, "subject of the sentence, whose second verb follows ', and'"
        if IT_PRONOUN.match(whole) and it_before:  # "Its rival SimmerBox is in better shape. It reported ..., and cut"
            return previous_subject, ("'it' opening the sentence, whose second verb follows ', and', the organization the "
                                      "sentence before is about")
        if IT_PRONOUN.match(whole) or GENERIC_ORG.match(whole) and not IT_SUBJECT.match(whole):
            # "It employs 720 people, 450 of them at its head office in Tramworks House, and has nearly 2 million
            # customers": what "it" or "the company" opening the sentence stands for, whatever it names between
            org, where = _organization(sentence, base, [], 0, persons, None if PUBLIC_BODY.match(whole) else previous_org,
                                       typed=typed_orgs)
            if org:
                return org, f"'{' '.join(whole.split()[:2])}' opening the sentence, whose second verb follows ', and', {where}"
    if len(clause_names) > 1 and clause_names[0].possessive and not clause_names[1].possessive:
        clause_names = clause_names[1:]  # "Oramond's boss, Daniel Achebe-Ross, has run ...": the boss, not Oramond
    if clause_names:
        return clause_names[0].name, "subject of the clause"
    if kind == "count":  # "800 jobs would go at Skyvane", with no subject of its own
        for n, ns, _ in local:
            if e <= ns <= e + 40 and AT_ORG.fullmatch(sentence, e, ns) and n.name not in persons:
                if n.possessive and POSSESSED_SITE.match(sentence, n.end - base):
                    return None, None  # "the 3,200 people who work at Dunmore Pharmaceuticals' campus": one site's staff
                return n.name, "the organization the count is 'at'"
            if ns == e + 4 and sentence[e:ns] == " of " and STAFF_UNIT.search(sentence, max(0, e - 12), e) \
                    and n.name not in persons and not n.possessive:
                return n.name, "the organization whose staff the count is"  # "the 162 employees of Brannock House"
    if c_start and PARTICIPLE.match(sentence, c_start) and not RELATIVE_WORD.search(sentence, c_start, anchor):  # "Okafor joined in 2019, signing a $2 million contract"
        main = [n for n, ns, _ in local if ns < c_start and not _governed(sentence, n, base)]
        if len(main) > 1 and main[0].possessive and not main[1].possessive and main[1].name not in persons \
                and not looks_like_person(main[1].name):
            main = main[1:]  # "Wexcombe's rival Thornbury Metals closed ..., cutting 1,600 jobs": the rival, not Wexcombe
        if main:
            return main[0].name, "subject of the sentence, before the participle clause"
        opening = sentence.lstrip(" \"'\u201c")
        if GENERIC_ORG.match(opening) and not PUBLIC_BODY.match(opening) and not re.search(r"\b(?:its|their)\b", sentence[c_start:s]):
            # "The company will close its site in Rensby, cutting 450 jobs": the one the document is about (but "The firm did
            # the same at Kesterly, ..., closing 38 of its 260 branches": Kesterly's, whatever "its" stands for)
            org, where = _organization(sentence, base, [], 0, persons, previous_org, typed=typed_orgs)
            if org:
                return org, f"'{' '.join(opening.split()[:2])}' before the participle clause, {where}"
    opening = sentence[c_start:].lstrip()
    opening = opening[LEAD.match(opening).end():]
    fronted = FRONTED_BEFORE_PRONOUN.match(opening)
    if fronted:  # "In the same quarter of 2025 it made", "Five years ago, with theatres shut, it lost": the pronoun's clause
        opening = opening[fronted.end():]
    if PRONOUN_SUBJECT.match(opening):
        people = [n for n, ns, _ in local if ns < c_start and n.name in persons]
        if people and not SUBJECT_PRONOUN.search(sentence, max(0, people[-1].start - base - 200), people[-1].start - base):
            # but "In the final she beat Amara Whitlock, and she earned $140,000": the one "she" stood for before the name
            return people[-1].name, "pronoun, the person named earlier in the sentence"
        if previous_subject and (previous_subject in persons or not previous_person):
            return previous_subject, "pronoun, subject of the previous sentence"
        if previous_person:  # "She will leave the Brellin museum": not the museum, the person named last
            return previous_person, "pronoun, the person the document named last"
        if previous_subject:
            return previous_subject, "pronoun, subject of the previous sentence"
    if c_start and (SAID_BEFORE.search(sentence, max(0, c_start - 30), c_start)  # "Brevik Air said 400 jobs would go"
                    or WARNED_BEFORE.search(sentence, max(0, c_start - 30), c_start)):
        speakers = [n for n, ns, _ in local if ns < c_start]
        if speakers and speakers[0].name not in persons and _sentence_opening(sentence, speakers[0].start - base):
            return speakers[0].name, SPEAKER
    # "... alongside her co-founder, Bastien Dufresne-Ray. The 45-year-old ...": two people before, either may be meant
    two_before = bool(previous_person and previous_subject and previous_person in persons and previous_subject in persons
                      and not (previous_person.endswith(previous_subject) or previous_subject.endswith(previous_person)))
    if (AGED_OPENING.match(opening) or AGED_OPENING.match(sentence.lstrip(" \"'\u201c"))) and kind != "age" \
            and previous_subject in persons and not two_before and not [n for n, ns, _ in local if ns < anchor]:
        return previous_subject, "'the N-year-old', the person of the previous sentence"
    if (AGED_OPENING.match(opening) or AGED_OPENING.match(sentence.lstrip(" \"'\u201c"))) and previous_person in persons \
            and kind == "date" and previous_subject not in persons and not [n for n, _, _ in local if n.name in persons or looks_like_person(n.name)]:
        # "That was the message from Clara Pellow ... The 38-year-old managing director, who took over in 2020": the one
        # person named before, when the sentence before is about no person and this one names none (a date only: the
        # age itself may be of someone named later, and a staff count is an organization's)
        return previous_person, "'the N-year-old', the person the document named last"
    subordinate = SUBORDINATE_OPENING.match(sentence) if c_start and IT_SUBJECT.match(opening) else None
    if subordinate:  # "When Marbeck bought Tolland Bio for $4.2 billion, it cut 1,800 jobs": the subject of the clause before
        first = next((n for n, ns, _ in local if subordinate.end() <= ns < c_start), None)
        if first is not None and not first.possessive and first.name not in persons \
                and re.fullmatch(r"(?:the\s)?", sentence[subordinate.end():first.start - base], re.I):
            return first.name, f"'it', the subject of the '{subordinate.group(1).lower()}' clause before"
    if c_start == 0 and IT_SUBJECT.match(opening) and it_before and not any(ns < anchor for _, ns, _ in local):
        # "Vintrell's own flotation is the cautionary tale. It listed in 2022 at $14": the organization just spoken of
        return previous_subject, "'it' opening the sentence, the organization the sentence before is about"
    if kind == "date" and c_start == 0 and ITS_THING.match(opening):
        return None, None  # "Its 31,500-seat stadium, built for £26m and opened in 1998": the stadium's, not the club's
    body = UNNAMED_BODY.match(opening) if kind in ("money", "percent") else None
    if body and body.group("q"):
        # "The island government has increased its relief fund": the island's government, not Vaskrey Island
        return unnamed_body(body), f"'{body.group(0)}', a public body the sentence does not name"
    named = _named_by_noun(opening, typed_orgs, base + c_start)
    if named is not None:
        return named
    if kind == "date" and c_start and IT_SUBJECT.match(opening) \
            and (body := _kind_before_it(sentence, base, c_start, typed_orgs, previous_org)) is not None:
        return body
    if IT_SUBJECT.match(opening) or GENERIC_ORG.match(opening) or MANAGEMENT.match(opening) or (
            GENERIC_ORG.match(whole) and not any(ns < anchor for _, ns, _ in local)):  # "The chipmaker, which is valued at"
        public = PUBLIC_BODY.match(opening) or (PUBLIC_BODY.match(whole) and not IT_SUBJECT.match(opening))
        generic = GENERIC_ORG.match(opening) or GENERIC_ORG.match(whole)
        # "The national government has raised its funding": not the company the document is about
        org, where = _organization(sentence, base, names, c_start, persons,
                                   None if public or (generic and _venue_apart(generic.group(0), previous_org)) else previous_org,
                                   typed=typed_orgs)
        if org and (kind != "age" or form == "year-old"):  # "founded by Arthur Corvel, then 31": a person's age, not its
            return org, f"'it' or 'the company', {where}"
    if body:  # (a name after the body is no subject: "The council gave Ledra a $3 million tax incentive")
        # "The council gave Ledra a $3 million grant", "the government has promised €25m": a public body the sentence
        # does not name, keyed by the story it is in when the figures are aligned
        return unnamed_body(body), f"'{body.group(0)}', a public body the sentence does not name"
    org_verb = ORG_NOUN_VERB.search(sentence, max(c_start, s - 60), s) if kind == "money" else None
    if org_verb and not any(org_verb.start() <= ns < s for _, ns, _ in local):
        # "The closures come after the company reported a £31.2 million loss": the organization "the company" stands for
        org, where = _organization(sentence, base, names, c_start, persons, previous_org, typed=typed_orgs)
        if org:
            return org, f"'{org_verb.group(0).split()[1]}' before the verb, {where}"
    noun = PERSON_NOUN_AFTER.match(sentence, e)
    if kind == "age" and form == "year-old" and c_start and noun and noun.group(1).lower() in PERSON_NOUNS \
            and THE_AGED.match(sentence[c_start:s].lstrip()) and LATER_AGED.search(sentence[max(0, c_start - 8):c_start].rstrip()):
        earlier = [n for n, ns, _ in local if ns < c_start and not n.possessive]
        people = [n for n in earlier if n.name in persons] or [n for n in earlier[:1] if looks_like_person(n.name)]
        if len(people) == 1:  # "Ottilie Varga-Hume rarely gives interviews, but the 81-year-old widow's ..."
            return people[0].name, "'the N-year-old' in a later clause, the one person named earlier in the sentence"
    lead = sentence[c_start:s].lstrip()
    if not c_start:  # "On Tuesday the 82-year-old came back": a time phrase before it
        lead = lead[LEAD.match(lead).end():]
    if kind == "age" and form == "year-old" and THE_AGED.match(lead) and not lead.lower().startswith("a ") \
            and previous_subject and not two_before and (  # but "a 31-year-old crew member fell": someone new
            previous_subject in persons or (noun and noun.group(1).lower() in PERSON_NOUNS and " " in previous_subject)):
        return previous_subject, "'the N-year-old', subject of the previous sentence"
    return None, None


def _object(sentence, base, anchor, e, names, entity, c_end, previous_org=None, persons=frozenset(), previous_person=None,
            employer_at=False, typed=None):
    for n in names:  # "raised the price of its Lanternfold Games deal to €420 million": the deal's other party
        ns = n.start - base
        if n.name != entity and not n.possessive and max(0, anchor - 80) <= ns < e and NAMED_DEAL.match(sentence, n.end - base):
            return n.name, sentence[n.end - base:].split()[0]
    for n in names:  # "approached Marrowby with a 240p offer": the one the offer was made to
        if n.name != entity and n.start - base < e and APPROACHED.search(sentence, max(0, n.start - base - 14), n.start - base) \
                and WITH_OFFER_GAP.match(sentence, n.end - base, e):
            return n.name, "approached"
    for n in names:  # "offered to buy Skyvane Regional for about €1.2 billion": the verb's direct object
        ns = n.start - base
        verb = DIRECT_OBJECT.search(sentence, max(anchor, ns - 36), ns) if anchor <= ns < e and n.name != entity else None
        if verb:
            return n.name, verb.group(0).split()[0]
    # names just after the value first ("paid £38 million for Amankwah and £12 million for Hale"), then between cue and value
    for n in sorted(names, key=lambda n: (n.start - base < e, n.start)):
        ns = n.start - base
        if ns < anchor or ns > min(c_end, max(e, anchor) + OBJECT_REACH) or n.name == entity:
            continue
        if ns > e and " and " in sentence[e:ns]:
            continue  # "bought it for £640,000 and sent it to Brindlecombe": a name of the next clause or list item
        m = OBJECT_BEFORE.search(sentence, max(anchor, ns - 40), ns) or ORDER_WITH.search(sentence, max(anchor, ns - 70), ns)
        if m and m.group(1) == "at" and not employer_at:  # "analysts at Fenwick Hale": where people work, not a party
            continue
        owned = next((p for p in names if n.possessive and p.start > n.end
                      and POSSESSED_GAP.fullmatch(sentence, n.end - base, p.start - base)), None) if m else None
        if owned:  # "offered €12 million for Harlo's 20-year-old striker Emil Dravec": the player, not his club
            return owned.name, m.group(1)
        if m and m.group(1) == "from" and (bought := PERSON_BOUGHT.search(sentence, anchor, ns)):
            # "signed the Dalvish international from Sporting Olmedo": the player signed, not the club he came from
            people = [p.name for p in names if p.start - base < bought.start() and p.name != entity
                      and (p.name in persons or looks_like_person(p.name))]
            person = people[-1] if people else previous_person if previous_person != entity else None
            if person:
                return person, f"'{bought.group(0).strip()}' bought from another, the person named before"
            continue
        if m:
            return n.name, m.group(1)
    him = OBJECT_PRONOUN.search(sentence, anchor, min(c_end, max(e, anchor) + OBJECT_REACH))
    if him:  # "the £25 million Redmoor paid for him": the nearest person named before
        people = [n for n in names if n.start - base < him.start() and n.name != entity
                  and (n.name in persons or looks_like_person(n.name))]
        if people:
            return people[-1].name, f"{him.group(1)} him or her, the person named before"
        if previous_person and previous_person != entity:
            return previous_person, f"{him.group(1)} him or her, the person the document named last"
    for n in names:  # "Corliss paid Tarrow $120 million in 2019": the one paid, when nothing else is paid for
        ns = n.start - base
        if n.name != entity and anchor <= ns < e and PAID_TO_BEFORE.search(sentence, max(0, ns - 12), ns) \
                and PAID_TO_GAP.fullmatch(sentence, n.end - base, e) and not PAID_FOR_IT.match(sentence, e):
            return n.name, "paid to"
    generic = GENERIC_OBJECT.search(sentence, anchor, c_end)
    if generic:
        target, _ = _organization(sentence, base, names, anchor, persons, previous_org, exclude=entity)
        if target and not _one_name(target, entity):
            return target, f"{generic.group(1)} the company"
        kind = generic.group(0).split()[-1].lower()
        if typed and typed.get(kind) and not _one_name(typed[kind], entity):
            # "Greymont is paying ... for four-fifths of the club": not Greymont Sports Capital, but the club named most
            return typed[kind], f"{generic.group(1)} the {kind}"
    return None
