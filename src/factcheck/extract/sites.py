"""Sites of an organization: "the Ardlow plant", and figures a sentence gives for "the plant".

A figure for one site ("The plant employs 1,450 workers", "the plant, which
employed 382 people") is the site's, keyed by its organization and the name
the text gives the site, never the organization's own.
"""

from __future__ import annotations

import re
from collections import Counter

from .clauses import FRONTED_PHRASES
from .quantities import QUALIFIER_WORDS

# Words for a site a place's name can stand before: "the Almsbury plant", "the Castrel works", "the Kessock pit".
SITE_WORDS = frozenset("plant factory fab site mine pit campus depot refinery mill works warehouse yard field terminal hub distribution "
                       "shipyard smelter hangar facility atelier".split())
# "Almsbury plant": the place's name used for a site, not a party nor the place itself
SITE_NAMED = re.compile(r"\s(?:" + "|".join(sorted(SITE_WORDS, key=len, reverse=True)) + r")\b")
# Kinds of site, and the attributes a site's figure can have.
_SITE_NOUN = (r"(?P<site>plant|factory|mine|pit|hangar|depot|refinery|mill|warehouse|campus|terminal|shipyard|smelter|works|site|"
              r"facility|atelier)")
SITE_FIGURES = frozenset({"headcount", "job cuts", "founding", "price"})
# Every word for a site, last in a site's key: "Seldon Alloys Harth mill".
SITE_NOUNS = SITE_WORDS | frozenset(_SITE_NOUN[len("(?P<site>"):-1].split("|"))
GENERIC_SITES = frozenset({"site", "facility"})
NAMED_SITE = re.compile(r"(?:\b(?:the|its|their)\s|['\u2019]s\s)(?P<name>(?:[A-Z][\w-]+\s){1,2}(?:[a-z]+\s)?"
                        + _SITE_NOUN.replace("?P<site>", "") + r")\b")  # "the Ardlow plant", "the Lorcaster maintenance hangar"
# " in Greyfield", " on Tiller Hill in Rensby", " at Thistlebury": the place a site is in, named after its noun
PLACE_AFTER_SITE = (r"(?:\s(?:on|at)\s(?:the\s)?[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*){0,2}(?:\s[a-z]+)?)?"
                    r"\s(?:in|at)\s(?P<place>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?![\w'\u2019-])")
SITE_PLACE_AFTER = re.compile(PLACE_AFTER_SITE)
# "its plant in Greyfield", "the company's factory at Thistlebury": a site named by the place after it
SITE_IN_PLACE = re.compile(r"(?:\b(?:its|their)\s|['\u2019]s\s)(?:[a-z]+\s){0,2}" + _SITE_NOUN + PLACE_AFTER_SITE)
# "The seven-year-old plant had 1,460 staff", "The plant is due to open in 2028": the site as the subject of the sentence.
# "The company's Kessington plant alone now employs": its own site, however the sentence names its owner.
# "The plant, which opened in 1978, employs 640 workers", "The plant, Korvel's first, opened": a clause between commas after it.
SITE_SUBJECT = re.compile(r"[\W]*(?:[A-Z][\w\s.\u2024'\u2019-]{0,60}?\s(?:says|said)\s(?:that\s)?)?"  # "Tolvern says the mine will"
                          r"(?:the|its|their|his|her|the\s(?:company|group|firm|business)['\u2019]s|(?-i:[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})['\u2019]s)"
                          r"\s(?P<words>(?:[\w-]+\s){0,2}?)" + _SITE_NOUN
                          + r"(?!\s(?:out|as)\b)"  # not the verb: "The price works out at £3.85"
                          + r"(?:,\s[^,;]{1,60},)?(?:\s(?:in|on|at|near)\s(?:the\s)?(?P<place>(?-i:(?:[A-Z][\w'\u2019-]*\s){0,2}[A-Z][\w'\u2019-]*))"
                          r"(?:\s(?:estate|park|road|street|site))?(?:,\s[^,;]{1,60},)?)?"  # "The plant on the Norbury Road estate opened in"
                          r"\s(?:[a-z]+\s){1,5}(?:(?:19|20)\d\d\s(?:with|and)\s(?:[a-z]+\s){0,2})?", re.I)
# "Tolvern says the mine will employ": a clause that opens with a site.
SITE_OPENING = re.compile(r"\s*(?:that\s)?the\s(?:new\s)?" + _SITE_NOUN + r"\b", re.I)
# "the plant, which employed 382 people": the site a clause right before the figure is about.
# "the pit, opened in 1979", "The mine opened in 1989": when the site opened.
# "The Varnholt plant, which opened in", "The 65-year-old smelter, which began production in": named or described.
SITE_WHICH = re.compile(r"\bthe\s(?P<words>(?-i:[A-Z][\w-]+\s){1,2}|(?:[\d,]+-[\w-]+\s))?" + _SITE_NOUN
                        + r"(?:,\s(?:which|that)\s(?:[a-z]+\s){1,3}"
                        r"|,?\s(?:was\s)?(?:first\s)?(?:opened|built|completed|commissioned)\s(?:in\s|on\s)?)$", re.I)
# "the plant's roughly 1,400 jobs", "the hangar, with 420 engineers", "its Brindleford plant, where 1,150 staff work":
# the site owns the figure after it.
SITE_RIGHT_BEFORE = re.compile(r"\b(?:the|its|their)\s(?P<words>(?-i:[A-Z][\w-]+\s){0,2})" + _SITE_NOUN
                               + r"(?:['\u2019]s\s|(?:\s(?:was|is|were|remains|remained)\s(?:[a-z]+\s)?[a-z]+)?,\swith\s(?:its\s)?"
                               r"|,\swhere\s(?:(?:about|some|around|roughly|nearly)\s)?)$",
                               re.I)


def named_sites(text: str) -> dict[str, str]:
    """For each kind of site ("plant"), the one of that kind the text names most: {"plant": "Ardlow plant"}."""
    counts: Counter = Counter(_plain_site(m.group("name")) for m in NAMED_SITE.finditer(text))
    counts.update(f"{m.group('place')} {m.group('site')}" for m in SITE_IN_PLACE.finditer(text))
    best: dict[str, str] = {}
    for name, _ in counts.most_common():
        best.setdefault(name.rsplit(None, 1)[-1].lower(), name)
    return best


def _plain_site(name: str) -> str:
    """A site's name without a word for what it makes: "Dunmere plant" for "Dunmere assembly plant"."""
    *words, noun = name.split()
    return " ".join([w for w in words if w[:1].isupper()] + [noun])


# "in Dunmere, where its assembly plant employs about 3,900 people", "; the plant had 410 staff": a later clause whose
# subject is a site, and the place the clause before puts it
SITE_CLAUSE = re.compile(r"(?:\b(?:in|at)\s(?P<where>(?-i:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)),\swhere|,\s(?:where|and|but|while|whereas)|;)"
                         r"\s(?:the|its|their|his|her)\s(?P<words>(?:[\w-]+\s){0,2}?)" + _SITE_NOUN
                         + r"(?!\s(?:out|as)\b)\s(?:[a-z]+\s){1,4}$", re.I)


def site_of(text: str, sentence_start: int, start: int, sites: dict[str, str]) -> tuple[str, str | None] | None:
    """The site a figure is of when the sentence is about "the plant" ("The seven-year-old plant had 1,460 staff",
    "400 of the plant's roughly 1,400 jobs", "the hangar, with 420 engineers"): its name if the text gives one, and the
    place the sentence puts it ("The plant on the Norbury Road estate employs 920 people": a name there is where the
    site is, not whose the figure is)."""
    about = SITE_SUBJECT.fullmatch(text, sentence_start, start) or SITE_RIGHT_BEFORE.search(text, max(sentence_start, start - 40), start)
    if about is None and (clause := SITE_CLAUSE.search(text, max(sentence_start, start - 120), start)):
        words = (clause.group("words") or "").split()
        words = words if words and all(w[0].isupper() for w in words) else (clause.group("where") or "").split()
        return _named_or_kind(words, clause.group("site").lower(), sites), None
    if about is None:
        return None
    noun, place = about.group("site").lower(), about.groupdict().get("place")
    return _named_or_kind((about.groupdict().get("words") or "").split(), noun, sites), place


# "The plant opened in 1961.", "The Greyhaven refinery, built in 1967, is", "Its Tremholt works closed": a sentence about a site
SITE_OPENS = re.compile(r"[\W]*(?:the|its)\s(?P<words>(?-i:[A-Z][\w-]+\s){0,2}|(?:[\d,]+-[\w-]+\s))?" + _SITE_NOUN
                        + r"\b(?!['\u2019])(?!\s(?:out|as)\b)", re.I)
# "It employs 780 people.", "At its peak it employed": a sentence whose subject is "it"
IT_OPENS = re.compile(r"[\W]*(?:" + FRONTED_PHRASES + r")?(?i:it)\s")
# "it employed more than 2,000", "it now has 640": "it" the subject of the verb right before a figure
IT_VERB_BEFORE = re.compile(r"\bit\s(?:[a-z]+\s){1,3}$", re.I)


def _site_opening(text: str, start: int, end: int, sites: dict[str, str]) -> tuple[str, None] | None:
    """The site the text at `start:end` opens with ("The refinery opened in 1961."): its name, or the one of its kind
    the text names."""
    about = SITE_OPENS.match(text, start, end)
    if about is None:
        return None
    return _named_or_kind((about.group("words") or "").split(), about.group("site").lower(), sites), None


def site_it_stands_for(text: str, sentences: list[tuple[int, int]], index: int, start: int,
                       sites: dict[str, str]) -> tuple[str, None] | None:
    """The site "it" stands for in a figure's sentence: the one the sentence opens with ("The factory has stood there
    since 1973, and at its peak it employed 2,000 people"), or, in a sentence that opens with "It", the one the sentence
    before is about ("The refinery opened in 1961. It employs 780 people"), or the one before that when the sentence
    between opens with "It" too."""
    s, e = sentences[index]
    if IT_VERB_BEFORE.search(text, max(s, start - 40), start) and (site := _site_opening(text, s, start, sites)):
        return site
    if not index or not IT_OPENS.match(text, s, e):
        return None
    if site := _site_opening(text, *sentences[index - 1], sites):
        return site
    if index > 1 and IT_OPENS.match(text, *sentences[index - 1]):
        return _site_opening(text, *sentences[index - 2], sites)
    return None


def which_site(which: re.Match, sites: dict[str, str]) -> str:
    """The site a SITE_WHICH match is about: the name it gives ("the Varnholt plant, which opened in"), else the one
    of its kind the text names ("the plant, which employed")."""
    return _named_or_kind((which.group("words") or "").split(), which.group("site").lower(), sites)


def _named_or_kind(words: list[str], noun: str, sites: dict[str, str]) -> str:
    """The site the words before a site noun name ("Its Dunlin plant employs 300"), else the one of its kind the text
    names."""
    if words and all(w[0].isupper() for w in words):
        return f"{' '.join(words)} {noun}"
    return site_named(noun, sites)


def site_placed(name: str, sites: dict[str, str]) -> str | None:
    """The named site a bare place name stands for: "Greyfield" in "Production at Greyfield, which employs 900 workers"
    when the text names "the Greyfield plant"; None if the text names no site after that place."""
    found = {site for site in sites.values() if site.rsplit(None, 1)[0] == name}
    return found.pop() if len(found) == 1 else None


def site_named(noun: str, sites: dict[str, str]) -> str:
    """The site a noun stands for: the one of its kind the text names ("plant" -> "Ardlow plant"); "the site" or
    "the facility", the one site the text names, if it names only one; else the noun."""
    if noun in GENERIC_SITES and len(set(sites.values())) == 1:
        return next(iter(sites.values()))
    if noun == "pit" and "pit" not in sites and "mine" in sites:  # "the pit" of "the Kessock mine"
        return sites["mine"]
    return sites.get(noun, noun)


# "its head office on Mill Road employed 150 people", "240 of the 1,100 jobs at its head office": the head office's staff
_OFFICE = r"(?:head\s(?:office|offices)|headquarters|main\soffice)"
_ITS = r"(?:its|their|the\s(?:company|group|firm|chain|bank|business)['\u2019]s)"
HEAD_OFFICE_BEFORE = re.compile(r"\b" + _ITS + r"\s" + _OFFICE + r"(?:\s(?:on|in|at)\s[^,.;]{1,40}?)?(?:,\s[^,;]{1,60},)?\s"
                                r"(?:employed|employs|had|has|houses|housed|still\semploys)\s" + QUALIFIER_WORDS + r"$", re.I)
HEAD_OFFICE_AFTER = re.compile(r"(?:\s(?:out\s)?of\s(?:the|its)\s[\d,.]+\s[a-z]+)?\s(?:[a-z]+\s)?(?:at|in)\s" + _ITS + r"\s" + _OFFICE
                               + r"\b", re.I)


def at_head_office(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a staff figure at `start:end` is the head office's: "its head office employed 150 people", "240 of the
    1,100 jobs at its head office"."""
    return bool(HEAD_OFFICE_BEFORE.search(text, max(sentence_start, start - 100), start) or HEAD_OFFICE_AFTER.match(text, end))
