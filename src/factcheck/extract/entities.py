"""Proper-name mentions: people, organizations, products.

A name is a run of capitalized tokens ("Alexandr Wang", "Scale AI",
"Advanced Machine Intelligence Labs", "Llama 4"), split at role words
("CEO Mark Zuckerberg") and stripped of sentence-initial function words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import EVENT_NOUNS, EVENT_PREFIXES
from .dates import MONTH_NAMES, WEEKDAYS
from .quantities import CURRENCY_CODES
from .sentences import ABBREVIATIONS, INNER_PERIOD

# "fire", "earthquake", "derailment": a noun that names an event
EVENT_NOUN = r"(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")"
# "the Skelda fire", "the Ostry Hollow mine flood": a name with the event noun after it.
NAMED_EVENT = re.compile(r"((?:\s[a-z]+)?\s" + EVENT_NOUN + r")\b(?!['\u2019])")

ROLE_WORDS = frozenset(
    "ceo cfo cto coo chief executive president chairman chairwoman chair founder co-founder cofounder "
    "director minister secretary senator governor mayor professor dr mr mrs ms sir dame judge "
    "spokesperson spokesman spokeswoman analyst svp vp head boss manager coach winger striker midfielder "
    "defender goalkeeper captain prime premier chancellor justice admiral commissioner "
    "mr. mrs. ms. dr. prof. sen. gov. rep. reporter editor councillor councilor alderman inspector detective sergeant "
    "superintendent constable bishop rabbi imam provost vice-chancellor rector dean sheriff "
    "owner co-owner proprietor chairperson treasurer investor billionaire entrepreneur economist historian activist "
    "campaigner surgeon novelist architect prosecutor attorney auditor".split()
)
# Capitalized words that start sentences or headlines but do not name anything.
FUNCTION_WORDS = frozenset(
    "the a an in on at to of for by from with and or but yet so as if when while after before since "
    "until during despite although though however meanwhile this that these those it its he she they "
    "his her their we our you your i my there here then now still also further furthermore moreover "
    "according total figures data statistics last next earlier later today yesterday tomorrow some many most all both each every "
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
    "dozen dozens millions no not why what who how where which whose "
    "whether because instead unlike like once even only just perhaps maybe indeed thus hence "
    "otherwise besides beyond above below inside outside within without under over across among "
    "along alongside around behind beside between into onto upon through throughout toward towards per via amid against "
    "including excluding "
    "up down out off amid whatever whoever whenever wherever nor either neither none nothing nobody everyone everybody everything someone somebody something anyone anybody anything such other another any few several "
    "private rival former interim acting caretaker outgoing incoming "
    "first second third finally ultimately overall together looking reflecting asked speaking "
    "nearly almost about roughly around approximately more less fewer some over under only just "
    "supporters critics insiders reports sources officials analysts investors much "
    "net gross revenue revenues sales profit profits earnings shares turnover "
    "rescuers firefighters residents police investigators prosecutors regulators shareholders lawmakers voters "
    "workers employees passengers survivors doctors scientists researchers economists traders bankers executives "
    "experts authorities protesters insurers lenders unions teachers nurses students parents families victims "
    "witnesses engineers fans players managers owners buyers sellers customers users consumers "
    "friends neighbours neighbors relatives colleagues creditors mourners locals guests tourists patients diners farmers "
    "members landlords suppliers tenants homeowners commuters drivers pilots visitors bidders borrowers depositors "
    "savers retirees pensioners citizens villagers taxpayers people "
    "confirmed suspected reported estimated expected planned proposed separately additionally elsewhere instead "
    "indeed likewise similarly nevertheless nonetheless previously recently currently opposition "
    "average median annual quarterly monthly weekly daily yearly underlying operating adjusted combined "
    "final provisional preliminary official latest".split()
)
# Generic nouns that stand for an organization named elsewhere: "the company", "the club", "whose firm".
ORG_NOUNS = ("company firm startup start-up business group club team council city government authority agency union "
             "bank lab drugmaker carrier airline retailer insurer lender maker manufacturer automaker chipmaker studio "
             "publisher network league ministry brand employer museum gallery university college hospital institute "
             "foundation charity infirmary clinic operator carmaker miner broadcaster utility conglomerate supermarket grocer "
             "exchange regulator chain discounter giant supplier provider trust association society federation fund "
             "promoter service zoo festival orchestra theatre library school park cooperative co-operative co-op alliance "
             "guild collective railway mutual inspectorate commission developer consultancy contractor housebuilder "
             "shipbuilder brewer producer distributor exporter haulier").split()
_ORG_NOUN_SET = frozenset(ORG_NOUNS)
ORG_NOUN = r"(?:" + "|".join(sorted(map(re.escape, ORG_NOUNS), key=len, reverse=True)) + r")"
# Last words of club names that stand for the club on their own ("Rovers" of "Kellmoor Rovers").
CLUB_WORDS = frozenset("wanderers rovers rangers albion athletic hotspur villa harriers".split())
# Last words that make a name an organization's: "Scale AI", "Redmoor Athletic".
ORG_SUFFIXES = frozenset(
    "ai inc inc. corp corp. corporation co co. company ltd ltd. limited llc plc ag sa gmbh nv bv group holdings labs lab technologies "
    "technology tech systems partners capital ventures bank bancorp bancshares financial insurance therapeutics "
    "pharmaceuticals pharma bio biotech biosciences health healthcare medical motors automotive airlines "
    "airways energy power foods mills industries international global entertainment media networks "
    "communications telecom semiconductor semiconductors software robotics logistics resources mining "
    "petroleum athletic athletics fc united rail railway railways transport stores markets supermarkets games studios "
    "interactive live cells batteries air aviation airport trust hospitals council co-operative co-op cooperative "
    # trades a firm's name ends with: "Valdris Metals", "Hollis & Bray Chemists", "Wenmouth Coastal Buses"
    "metals minerals materials chemicals chemists pharmacy pharmacies brewers brewery breweries drinks beverages "
    "shipping ferries buses devices electronics microsystems instruments acoustics mobile lotteries clinics dairies "
    "construction engineering builders properties hotels restaurants foodstores textiles utilities "
    "pictures films cinemas cruises maritime water records publishing coaches coachlines homes services solutions "
    "consulting haulage freight couriers bakeries farms vintners distillers".split()
)
# Last words of places, which are not people and which "it" and "the company" never stand for: "Tannery Road".
PLACE_WORDS = frozenset("road street avenue lane square parade quay bridge harbour harbor bay river valley island islands "
                        "coast strait sea mountains county province district region".split())
# Last words of things, which are not organizations: "the Glasshouse Tour", "Harrowfield Stadium".
THING_WORDS = frozenset("tour festival album single song film show series stadium arena airport station tower centre center "
                        "mall wing building line tunnel award prize cup model phone car game book".split())
VENUE_WORDS = frozenset("stadium arena airport station tower centre center mall".split())
# "the Kreuzjoch gondola", "the Kreuzjoch accident", "the Harrowfield tour": a one-word name used for a thing or an event
# (not a venue that has an operator of its own: "the Kastelle airport ... its operator")
THING_OR_EVENT_AFTER = re.compile(r"\s(?:" + "|".join(sorted(THING_WORDS - VENUE_WORDS)) + r"|gondola|cable\scar|ropeway|chairlift|lift|"
                                  r"accident|crash|disaster|collapse|fire|blast|explosion|spill|leak|outbreak|derailment)\b")


# "the Carrow Ridge fire": an event a place of any length names
EVENT_NAMED_AFTER = re.compile(r"\s(?:accident|crash|disaster|collapse|fire|wildfire|blaze|blast|explosion|spill|leak|outbreak|"
                               r"derailment|flood|flooding|landslide|eruption)\b")


def names_a_thing(text: str, name: "NameMention") -> bool:
    """Whether a name stands before the thing or event it names ("the Kreuzjoch line", "the Carrow Ridge fire"), as no
    organization does: a one-word name before a thing or an event, a longer one before an event."""
    if name.possessive:
        return False
    if " " in name.name:
        return EVENT_NAMED_AFTER.match(text, name.end) is not None
    return THING_OR_EVENT_AFTER.match(text, name.end) is not None


# Words that take "for" inside a name: "Institute for Ocean Science", "Centre for Policy Studies".
INSTITUTION_WORDS = frozenset("institute institution centre center foundation fund society association council office "
                              "department ministry commission agency alliance coalition committee trust school college "
                              "museum league union campaign network partnership".split())
# Last words of clubs, places and institutions, which are not people's names either: "Calloway Town", "Calder Falls",
# "Pellmoor University".
NOT_SURNAMES = PLACE_WORDS | INSTITUTION_WORDS | frozenset(
    "town city rovers rangers wanderers albion villa hotspur falls state republic kingdom park hall scheme programme "
    "program project university hospital academy library theatre orchestra federation authority gallery zoo "
    # a newspaper's title: "The Corrabridge Herald" is no person, nor "Herald" a surname
    "herald gazette chronicle tribune courier mercury examiner sentinel advertiser journal ledger telegraph dispatch argus "
    "clarion inquirer bulletin newswire".split())
# "HATHERBY, March 10 (Mercantile Newswire) -", "LONDON -": a wire dateline, whose place and agency are not names of the story.
DATELINE = re.compile(r"[A-Z][A-Z.\u2024'\u2019]+(?:\s[A-Z][A-Z.\u2024'\u2019]+){0,3}(?:,\s[A-Z][A-Za-z.\u2024'\u2019 -]{0,30})?"
                      r"(?:,\s[A-Z][a-z]{2,8}[.\u2024]?\s\d{1,2}(?:,?\s\d{4})?)?\s?(?:\([^()\n]{1,40}\)\s?)?[-\u2013\u2014]\s")


def after_dateline(text: str, start: int = 0) -> int:
    """Where the words of the sentence starting at `start` begin, past a wire dateline ("WEXBOROUGH, Sept 17 (Stratton
    Wire) - Fashion retailer Pellham Hart said")."""
    dateline = DATELINE.match(text, start)
    return dateline.end() if dateline else start


FAMILY_AFTER = re.compile(r" family(['\u2019]s)?\b")
# "the Valtrenian state", "The Danish government": a word for a people or a country used as an adjective, not a name.
DEMONYM = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean|ese|ish|can|yan)|Irish|German|French|Dutch|Swiss|Greek|Thai|Czech|Welsh|Cuban|Israeli|"
                     r"Iraqi|Pakistani|Saudi|Omani|Qatari|Kuwaiti|Yemeni|Nepali|Bangladeshi|Asian|Arab")
ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|-year-old|\w['\u2019]s?)\s$", re.I)  # "Rovers' American owners"
# "what Maresian farmers plant", "Italian households": a word for a people before those of that people
PEOPLES_NOUN = re.compile(r"\s(?:farmers|growers|producers|households|consumers|shoppers|voters|exporters|importers|economy|"
                          r"inflation|food|wine|citizens|families|banks|lenders|companies|firms)\b")
# "behind two larger Asian producers", "several Italian lenders": a count or a comparison before a word for a people
COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|few|other|"
                            r"[a-z]{2,}er|[a-z]{3,}est|foreign|fellow|major)\s$")
# Capitalized titles of office that a portfolio word comes before: "Interior Minister", "Health Secretary".
PORTFOLIO_TITLES = frozenset({"Minister", "Secretary", "Commissioner"})
# First words that make a name an organization's: "SC Steinhaven", and the words for a kind of business that come
# first in Spanish, Portuguese, French and Italian names ("Almacenes Ferrabel", "Cafés Orzábal", "Minera Ostrana")
ORG_PREFIXES = frozenset("sc fc ac as cf cd sv afc club grupo groupe gruppo almacenes cafés café cafe banco banque banca "
                         "casa maison hoteles hotel bodegas transportes industrias laboratorios laboratoires constructora "
                         "editorial editora compagnie société compañía companhia hermanos fratelli distribuidora cervecería "
                         "aerolíneas ferrocarriles minera mineração naviera inmobiliaria supermercados farmacias tiendas "
                         "clínica clinique hospital".split())


def looks_like_person(name: str) -> bool:
    """A name of two to four words with no company word at either end: "Dario Rossi", not "SC Steinhaven"."""
    words = name.split()
    if "&" in words:  # "Hollis & Bray Chemists": a firm
        return False
    return (2 <= len(words) <= 4 and words[-1].lower() not in ORG_SUFFIXES | NOT_SURNAMES
            and words[0].lower() not in ORG_PREFIXES)


def person_before_of(words: str) -> bool:
    """Whether the two capitalized words before an "of" are a person's name: "Tobias Vennard", not "Reserve Bank"."""
    last = words.rsplit(None, 1)[-1].lower()
    return looks_like_person(words) and last not in _ORG_NOUN_SET and last not in _HEADS_BEFORE_OF \
        and last not in ROLE_WORDS and words.split(None, 1)[0].lower() not in ROLE_WORDS


# Capitalized words that name nothing a figure is about: common abbreviations, and time zones ("by 1015 GMT")
# and currency codes ("EUR 14.62", "CHF 553,000")
IGNORED = frozenset({"AI", "CEO", "X", "I", "OK", "TV", "U.S", "US", "UK", "EU", "LLM", "LLMs", "GPU", "GPUs", "IPO", "IPOs",
                     "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "AM", "PM",
                     # a ship's size in containers ("16,000 TEU ships"), and holidays, which are times ("Christmas trading")
                     "TEU", "TEUs", "FEU", "Christmas", "Easter", "Thanksgiving", "Ramadan", "Diwali", "Hanukkah", "Eid"}) \
    | frozenset(CURRENCY_CODES)
# " 46 million", "14.62": the amount after a currency code
CODE_AMOUNT = re.compile(r"\s?\d")
# Capital letters a name may start with: "Íñigo", "Émile", "Łukasz", "Øystein" as well as "Anna"
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_TOKEN = re.compile(r"(?:[" + UPPER + r"][\w&.\u2024\u00c0-\u024f-]*|[A-Z]{2,}s?|\d+(?:\.\d+)?)(?:['\u2019]s)?")
# "Founded in 1952, Maskell employs ...": a sentence-initial participle, not a name.
PARTICIPLE_OPENING = re.compile(r"(?:[A-Z][a-z]{2,}(?:ed|ing)|Born|Built|Made|Known|Held|Led|Run|Set|Bought|Sold|Hit|Brought|Grown|Taken|Given|Written|Founded)\s(?:in|by|on|at|from|with|to|after|for|under|as|during)\b")
# "Global fine-wine turnover fell", "Annual sales rose": an adjective opening a sentence, alone, names nothing.
OPENING_ADJECTIVES = frozenset("Global Worldwide National Regional Local Total Annual Overall Domestic International Average Combined "
                               "Gross Net Quarterly Monthly Weekly Daily".split())
# "Parent Kallistra Group, which employs", "Lender Obertaler Landesbank said", "Landlord Mick Penhale": what a name is to
# the story, opening a sentence before it, and no part of it
OPENING_ROLES = frozenset("Parent Rival Subsidiary Owner Lender Partner Bidder Buyer Seller Sponsor Regulator Insurer Landlord "
                          "Shareholder Investor Backer Creditor Contractor Operator Broker Auditor Adviser Advisor Distributor "
                          "Licensee Carmaker Automaker Chipmaker Drugmaker Planemaker Retailer Customer".split())
# "Statewide, grants to libraries have fallen", "Nationally, the chain": an adverb opening a sentence before a comma
# ("Worldwide" and "Overall" already name nothing as opening adjectives, "Elsewhere" and "Meanwhile" as function words)
OPENING_ADVERBS = frozenset("Statewide Nationwide Countrywide Citywide Nationally Globally Locally Regionally "
                            "Overseas Altogether Domestically Internationally Historically".split())
# "Liabilities stand at", "Accounts filed in May show", "Tickets cost": plural nouns of money and trade that open
# sentences in business news, alone, name nothing (even where the document never writes them in lowercase)
OPENING_NOUNS = frozenset("Liabilities Assets Accounts Sales Revenues Earnings Profits Losses Debts Costs Deliveries Orders "
                          "Bookings Tickets Filings Forecasts Wages Salaries Exports Imports Prices Fares Fees Admissions "
                          "Enrolments Enrollments Subscriptions Donations Proceeds Savings".split())
# "Construction is expected to", "Investment fell", "Ridership has recovered": an abstract noun opening a sentence, alone,
# names nothing.
ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:tion|sion|ment|ness|ance|ence|ship)s?")
# What makes a number after a name a figure rather than part of the name: a unit, a scale, a separator or a noun,
# or a span of time ("founded Avenmore 32 years ago").
_FIGURE_AFTER = re.compile(r"(?:\s?%|[,.]\d|\s(?:percent|per\scent|pc\b|million|billion|thousand|trillion|bn\b|m\b|"
                           r"(?:years?|months?|weeks?|days?|hours?|decades?)\b))")
# Words a number follows to say which step, grade or room is meant: "Phase 3", "Category 4", "Stage 12", "Room 12"
NUMBERED_STEPS = frozenset("Phase Stage Round Level Tier Grade Category Step Room Gate Platform Chapter Section Article "
                           "Clause Leg Week Day".split())
# Words that name a model or a tier of a product: "Tessel 7 Pro", "Solvane Lite", "Vireo Premium"
MODEL_WORDS = frozenset("Pro Max Plus Mini Ultra Lite Air Neo Prime Sport XL SE".split())
TIER_WORDS = frozenset("Premium Basic Standard".split())
# "Tessel 7 Pro", "Orrel 5 Max": words naming a model that follow a product's number
_MODEL_WORD_AFTER = re.compile(r"\s(?:" + "|".join(sorted(MODEL_WORDS)) + r"|S)\b")
GERUND_OPENING = re.compile(r"(?:Having|Being)\s[a-z]|"  # "Having insisted a fortnight ago that": a verb, whatever follows
                            r"[A-Z][a-z]+ing\s(?:the|a|an|its|their|his|her|this|that|these|those|more|new|all|it|them|"
                            r"is|was|has|had|remains|remained|costs|cost|takes|took|accounts|accounted|"
                            r"pay|salary|salaries|wages?|prices?|fees?|times?|dates?)\b")  # "Staffing is the board's", "Starting pay for"
# "Add the £3m paid to Aldwick Town", "Strip out the £85 million of net debt": an instruction to the reader, no name
IMPERATIVE_OPENING = re.compile(r"(?:Add|Strip|Take|Compare|Consider|Factor|Include|Exclude|Subtract|Deduct|Count|Put|Set|Leave|"
                                r"Ignore|Combine|Multiply|Divide|Remember|Imagine)\s(?:in\s|out\s|up\s|away\s|back\s)?"
                                r"(?:the|a|an|its|their|his|her|this|that|these|those|all|another)\s")
_AND_INSTITUTION = re.compile(r"(?:[A-Z][a-z][\w-]*(?:s['\u2019])?\s){0,2}(?:Agency|Trust|Council|Authority|Commission|Department|"
                              r"Ministry|Institute|Foundation|Society|Association|Board|Service|Office|Committee|Alliance|"
                              r"Partnership|Union|Federation|Guild)\b")  # "the Wood and Timber Workers' Union"
# Last words of a body named for its members: "Workers' Union", "Teachers' Pension Plan", "Citizens' Renewal Party"
MEMBERS_BODY_WORDS = ORG_SUFFIXES | INSTITUTION_WORDS | frozenset("federation guild collective plan system party board scheme".split())
# "Teachers' Pension Plan", "Employees' Retirement System": one or two capitalized words before such a last word
MEMBERS_BODY_AFTER = re.compile(r"(?:[A-Z][a-z]+\s){1,2}(?:" + "|".join(sorted(w.capitalize() for w in MEMBERS_BODY_WORDS
                                                                            if w.isalpha())) + r")\b")
_TITLE_GAPS = frozenset({" at ", " in ", " on ", " and ", " for ", " the ", " a ", " of the ", " to ", " with ", " from "})
_CONNECTOR = re.compile(r"^\s(?:of|de|van|von|der|la|du|del|&)\s$")
# Last words before "of" that head a name of their own: "Veldhaven Chamber of Commerce", "United States of America".
_HEADS_BEFORE_OF = frozenset("chamber bureau court states area emirates house palace church cathedral abbey order".split())


@dataclass(frozen=True, slots=True)
class NameMention:
    """A proper name found in a sentence."""

    start: int
    end: int
    name: str
    """The name without a possessive ending."""
    possessive: bool
    """True for "Meta's"."""


# "Weaver's Lane", "St Mary's Road", "King's College", "St Alder's Children's Hospital": a possessive that is the first
# part of a place's name.
PLACE_AFTER_POSSESSIVE = frozenset({"Lane", "Street", "Road", "Avenue", "Square", "Row", "Place", "Court", "Cross", "Wharf",
                                    "Quay", "Hill", "Green", "Bridge", "Cathedral", "Church", "Chapel", "College", "Hospital"})
_PLACE_NEXT = re.compile(r" (?:[A-Z][a-z]+['\u2019]s )?(?:" + "|".join(sorted(PLACE_AFTER_POSSESSIVE)) + r")\b")


# a period, or a period inside a sentence as the text is matched ("Co." of "Brewing Co. for")
DOTS = "." + INNER_PERIOD


def _clean(token: str) -> tuple[str, bool]:
    if token.endswith(("'s", "\u2019s")):
        return token[:-2].rstrip(DOTS), True  # "Alphabet Inc.'s"
    return token.rstrip(DOTS), False


def _is_name_token(token: str, first_in_sentence: bool) -> bool:
    bare = token.rstrip(DOTS)
    low = bare.lower()
    if "-" in bare and bare.rsplit("-", 1)[1].islower() and not low.startswith("co-op"):  # "LLM-focused", "Paris-based"
        return False
    if low in MONTH_NAMES or low in WEEKDAYS or all(p in MONTH_NAMES or p in WEEKDAYS for p in low.split("-")):
        return False  # "the January-March quarter", "Monday-Friday"
    if (low in ROLE_WORDS or low.endswith("s") and low[:-1] in ROLE_WORDS) and not bare.isupper() \
            or bare in ("CEO", "CFO", "CTO", "COO", "SVP", "VP", "EBITDA", "EBIT"):
        return False  # "chief executive Ana Lisle", "Founders Mirela Haskin and ..."
    if first_in_sentence and low in FUNCTION_WORDS:
        return False
    return not (bare[0].isdigit())


_NEXT_WORD = re.compile(r"\s([A-Z][a-z]+)\b")


def _role_in_name(word: str, text: str, end: int) -> bool:
    """Whether a role word is part of an organization's name: "Premier" in "Cordanian Premier League", "Chancellor"
    in "Chancellor Foods", followed by a word that ends such names (but "Premier Li Qiang" is a role)."""
    following = _NEXT_WORD.match(text, end) if word.lower() in ROLE_WORDS else None
    return bool(following) and following.group(1).lower() in ORG_SUFFIXES | set(ORG_NOUNS)


def _singulars(word: str) -> tuple[str, ...]:
    """The singular forms a plural word may have: "lorries" -> "lorry", "boxes" -> "boxe", "box"; none for no plural."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return ()
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    return (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)


def find_names(text: str, start: int, end: int, lowercase_words: frozenset[str] = frozenset()) -> list[NameMention]:
    """Find name mentions in ``text[start:end]`` (one sentence).

    `lowercase_words` are words seen in lowercase in the document: a
    capitalized sentence-initial word that is also used in lowercase
    ("Meanwhile", "Reports") is not taken as a one-word name.
    """
    mentions: list[NameMention] = []
    tokens = list(_TOKEN.finditer(text, start, end))
    run: list[re.Match] = []

    def close() -> None:
        while run and run[-1].group(0)[0].isdigit() and len(run) == 1:
            run.pop()
        if not run:
            return
        opening = _clean(run[0].group(0))[0].lower()
        if _sentence_initial(text, start, run[0].start()) and len(run) > 1 and opening in lowercase_words \
                and opening not in EVENT_PREFIXES:  # but "Cyclone Hessa killed": an event's name, though "the cyclone" is written
            del run[0]  # "Shares of Acme": a sentence-initial common word is not part of the name
            while run and run[0].group(0).lower() in ("of", "de", "van", "von", "der", "la", "du", "del", "&"):
                del run[0]
            if not run:
                return
        if len(run) > 1 and _clean(run[0].group(0))[0] in OPENING_ROLES and _sentence_initial(text, start, run[0].start()):
            del run[0]  # "Parent Kallistra Group cut its forecast": the parent, Kallistra Group
        quoted = text[run[0].start() - 1:run[0].start()] in ('"', "\u201c")  # "Evening Ferry at Sundholm": a title
        while len(run) > 1 and not quoted and _sentence_initial(text, start, run[0].start()) \
                and re.fullmatch(r"[A-Z][a-z]+ing", run[0].group(0)) \
                and _clean(run[-1].group(0))[0].lower() not in ORG_SUFFIXES | INSTITUTION_WORDS | {"university", "hospital"}:
                # but "Glasswing Live", "Pelling College", "Kettering General Hospital"
            del run[0]  # "Neighbouring Dalmir", "Embattled Acme"
        if run and run[0].group(0)[0].isdigit():
            run.clear()  # "Closing 38 stores": what is left of a name is a number, and no name begins with one
            return
        if len(run) == 1 and _sentence_initial(text, start, run[0].start()) and (GERUND_OPENING.match(text, run[0].start())
                                                                             or IMPERATIVE_OPENING.match(text, run[0].start())):
            run.clear()  # "Replacing the pipes will cost", "Add the £3m": a verb, not a name
            return
        first, last = run[0], run[-1]
        words = [_clean(t.group(0))[0].replace(INNER_PERIOD, ".") for t in run]
        if len(words) == 2 and words[0] == "Series" and re.fullmatch(r"[A-Z]\d?", words[1]):
            run.clear()  # "a $150 million Series C": a funding round, not a name
            return
        if len(words) == 2 and words[0] in NUMBERED_STEPS and re.fullmatch(r"\d{1,3}[a-z]?|[IVX]{1,4}", words[1]):
            run.clear()  # "a Phase 3 trial", "a Category 4 storm", "Room 12": a numbered step or place, not a name
            return
        name = text[first.start():last.end()]
        name, possessive = _clean(name) if last.group(0).endswith(("'s", "\u2019s")) else (name.rstrip(DOTS), False)
        if not possessive and name.endswith("s") and text[last.end():last.end() + 2] in ("' ", "\u2019 ") \
                and text[first.start() - 1:first.start()] not in ("'", "\u2018"):
            possessive = True  # "Orbelle Technologies' Tessel 7": a plural's possessive (but not "'Harris' said")
        at_start = _sentence_initial(text, start, first.start())
        family = FAMILY_AFTER.match(text, first.start() + len(name)) if not possessive else None
        if family:  # "the Merriton family": the family, not the company that carries its name
            name, possessive = name + " family", family.group(1) is not None
            mentions.append(NameMention(first.start(), first.start() + len(name), name, possessive))
            run.clear()
            return
        if len(words) <= 2 and DEMONYM.fullmatch(words[-1]) and re.match(r"\s[a-z]", text[last.end():last.end() + 2]) \
                and (words[0] in ("The", "A", "An") if len(words) == 2 else ARTICLE_BEFORE.search(text, max(0, first.start() - 10), first.start())
                     or COUNTED_BEFORE.search(text, max(0, first.start() - 16), first.start())
                     or len(words) == 1 and PEOPLES_NOUN.match(text, last.end())):
            run.clear()  # "backing from the Valtrenian state": an adjective before a common noun
            return
        if len(words) == 1 and first.group(0).endswith(INNER_PERIOD) and words[0].lower() in ABBREVIATIONS:
            run.clear()  # "St. Louis-based": an abbreviation whose name the run did not take
            return
        if len(words) == 1 and (words[0] in IGNORED or len(words[0]) == 1 or (at_start and words[0].lower() in lowercase_words)
                                # "Tickets go on sale", "Lorries will pay": a plural whose singular the text writes in lowercase
                                or (at_start and any(form in lowercase_words for form in _singulars(words[0].lower())))
                                or (at_start and words[0].lower() in _ORG_NOUN_SET)  # "Group revenue reached": no name
                                or (at_start and words[0] in OPENING_ADJECTIVES)  # "Global auction turnover fell": no name
                                or (at_start and words[0] in OPENING_NOUNS)  # "Liabilities stand at £212.4m": no name
                                or (at_start and words[0] in OPENING_ADVERBS and text.startswith(",", last.end()))
                                or (at_start and (PARTICIPLE_OPENING.match(text, first.start()) or ABSTRACT_NOUN.fullmatch(words[0])))):
            run.clear()
            return
        end = first.start() + len(name)
        end += text.startswith(INNER_PERIOD, end)  # "Brewing Co. for": the mention takes its period, as a name's part
        mentions.append(NameMention(first.start(), end, name, possessive))
        run.clear()

    for token in tokens:
        word = token.group(0)
        is_digit = word[0].isdigit()
        if is_digit:
            # "GridCell 4" is a name; "Dufresne-Ray 7 percent" and "Lumenar 2,000" are a name and a figure
            if run and text[run[-1].end():token.start()] == " " and not run[-1].group(0).endswith(("'s", "\u2019s")) \
                    and not _FIGURE_AFTER.match(text, token.end()) and run[-1].group(0) not in CURRENCY_CODES:
                run.append(token)
                if _MODEL_WORD_AFTER.match(text, token.end()):
                    continue  # "Tessel 7 Pro": a model word after the number is part of the name
            close()
            continue
        if word in CURRENCY_CODES and CODE_AMOUNT.match(text, token.end()):
            close()  # "fined Pellacore Systems EUR 46 million": the name ends before the currency of the figure
            continue
        first = _sentence_initial(text, start, token.start())
        if not _is_name_token(_clean(word)[0], first) and not _role_in_name(word, text, token.end()):
            if word in PORTFOLIO_TITLES and len(run) == 1 and text[run[-1].end():token.start()] == " ":
                run.clear()  # "Interior Minister Casimir Renko": the portfolio is part of the title
            close()
            continue
        if run:
            gap = text[run[-1].end():token.start()]
            joined = gap == " " and (not run[-1].group(0).endswith(("'s", "\u2019s")) or _PLACE_NEXT.match(text, run[-1].end(), end))
            # "Brenac Vintners' Cooperative", "the Portside Workers' Alliance": a body named for its members
            members_body = gap in ("' ", "\u2019 ") and run[-1].group(0).endswith("s") \
                and (_clean(word)[0].lower() in MEMBERS_BODY_WORDS or MEMBERS_BODY_AFTER.match(text, token.start()) is not None)
            institution_for = gap == " for " and _clean(run[-1].group(0))[0].lower() in INSTITUTION_WORDS
            # "the Rivers and Coasts Agency", "Lydgate and Ormsby Health Trust": one body named for two things
            institution_and = gap == " and " and len(run) <= 2 and not run[-1].group(0).endswith(("'s", "\u2019s")) \
                and _AND_INSTITUTION.match(text, token.start()) is not None
            # "Evening Ferry at Sundholm": a title in quotes keeps its small words
            titled = gap in _TITLE_GAPS and text[run[0].start() - 1:run[0].start()] in ('"', "\u201c") \
                and not re.search(r'["\u201d]', text[run[0].start():token.start()])
            # "Tobias Vennard of Copperline Research", "Raymond Kessler of Ashcombe": a person and where they work or
            # come from, two names (but "Reserve Bank of Castria", "Veldhaven Chamber of Commerce" are one)
            person_of = gap == " of " and len(run) == 2 and person_before_of(text[run[0].start():run[-1].end()])
            if person_of or not (joined or members_body or titled or _CONNECTOR.match(gap)
                                 or institution_for or institution_and):  # "Hume Institute for Ocean Science"
                close()
        run.append(token)
        if word.endswith(("'s", "\u2019s")) and not _PLACE_NEXT.match(text, token.end(), end):  # but "Weaver's Lane"
            close()
    close()
    return mentions


# "Underwriters had paid", "Regulators said": a plural of people by what they do
AGENT_PLURAL = re.compile(r"\b[A-Z][a-z]{3,}(?:ers|ors|ists|ians)\b")
# "Accounts for the year to June show", "Talks with the union": a plural opening a sentence before a preposition
PLURAL_OPENING = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+)([A-Z][a-z]{3,}s)\s(?:for|of|with|from|at|on)\s(?:the|a|an|its|their|this|last)\b",
                            re.M)
# a capitalized plural inside a sentence, after a lowercase word or a comma: "said Brewers, the", "and Rivers", a name
_PLURAL_INSIDE = re.compile(r"[a-z,]\s([A-Z][a-z]{3,}s)\b")


def sentence_initial_plurals(text: str) -> frozenset[str]:
    """Plurals of people by what they do ("underwriters", "regulators"), and plurals that open a sentence before a
    preposition ("Accounts for the year"), that the text capitalizes only where a sentence or title opens: common
    words there, though never written in lowercase; a name such as "Vickers" appears capitalized inside a sentence too."""
    inside = {w.lower() for w in _PLURAL_INSIDE.findall(text)}
    opening = {w.lower() for w in PLURAL_OPENING.findall(text)}
    return (frozenset(w.lower() for w in AGENT_PLURAL.findall(text)) | opening) - inside


def _sentence_initial(text: str, sentence_start: int, offset: int) -> bool:
    """True when only quotes, brackets or a heading mark precede `offset` in the sentence."""
    return not re.search(r"[\w]", text[sentence_start:offset])
