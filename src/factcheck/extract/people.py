"""Which names in a document are people, and who "he", "she", "him" and "her" stand for.

Works on a document's sentences and the names found in each. A name is a
person when the text shows it: a role word before it ("chief executive Tobiah
Rennick"), an age or "who" after it ("Mara Belvik, 34,"), a role after it or
"as" a role ("stepped down as chief executive"), being named to a role, a
personal pronoun after it in its own sentence, or "She ..." / "The
54-year-old ..." opening the next sentence.
"""

from __future__ import annotations

import re

from .entities import CLUB_WORDS, ORG_NOUN, ORG_SUFFIXES, ROLE_WORDS, NameMention, looks_like_person
from .subjects import AGED_OPENING, AGED_VERB, INTRO_PARTICIPLE, LEAD, NOT_PEOPLE, PERSON_NOUN_AFTER, PERSON_NOUNS, _governed

# "chief executive Tobiah Rennick", "her grandfather Edwin Marrowby", "the philanthropist Ottilie Varga-Hume"
ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(PERSON_NOUNS - {"man", "woman", "boy", "girl", "star"},
                                                                                key=len, reverse=True)) + r"),?\s+$", re.I)
# not "whose": "Westerly Link, whose revenue"; "according to union convenor Mats Ferrold, 47.": an age ending the sentence
PERSON_AFTER = re.compile(r",\s(?:who\b|whom\b|(?:now\s|aged\s)?\d{1,3}(?:,|\.(?!\d)))")
# "Lionel Achterberg, the 57-year-old American who heads the consortium": an age in apposition, not an
# organization's ("Harlo, the 150-year-old family company"); no one is older than 120 ("the 142-year-old daily")
AGED_AFTER = re.compile(r",\s(?:the|a|an)\s(?:\d|[1-9]\d|1[01]\d|120)-year-old\b(?!(?:\s[\w-]+){0,2}\s(?:" + ORG_NOUN + r"|" + "|".join(sorted(NOT_PEOPLE))
                        + r")\b)")
# "the 54-year-old Tomás Arriaga-Velde", "a 31-year-old nurse, Ada Quill": an age right before a person's name
AGED_BEFORE = re.compile(r"\b(?:the|a|an)\s(?:\d|[1-9]\d|1[01]\d)-year-old\s(?:[a-z-]+,?\s){0,2}$", re.I)
# "Margit Solberg, Aurelia's chief executive," / "Henrik Tallis, the former pilot,"
ROLE_AFTER = re.compile(r",\s(?:(?:the|a|an|its|their)\s|[A-Z][\w&.\u2024-]*(?:\s[A-Z][\w&.\u2024-]*){0,3}['\u2019]s\s)(?:(?:[a-z-]+|\d+-year-old)\s){0,2}(?:"
                        + "|".join(re.escape(w) for w in sorted(PERSON_NOUNS - {"star"}, key=len, reverse=True))
                        + r")\b")
# "Halloran stepped down as chief executive" / "Tallis will stay on as the airline's chairman" (but "is leaving Vessaline
# after seven years as creative director": the time someone else spent at the name, in that role)
ROLE_AS = re.compile(r"\s(?!(?:after|for|over|during|in|at|with|from|since|before|than)\s)(?:[a-z]+\s){1,3}as\s"
                     r"(?:(?:the|its|their|interim|acting)\s|[A-Z][\w&.\u2024-]*(?:\s[A-Z][\w&.\u2024-]*){0,3}['\u2019]s\s)*"
                     r"(?:[a-z-]+\s){0,2}(?:" + "|".join(re.escape(w) for w in sorted(ROLE_WORDS | {"executive", "founder"},
                                                                                     key=len, reverse=True)) + r")\b")
# "named Ana Lisle its chief financial officer", "appointed Tom Ruiz as interim chief executive"
ROLE_NAMED = re.compile(r"\s(?:as\s)?(?:its|the|their|our|his|her)\s(?:new\s|next\s|first\s|interim\s|acting\s|permanent\s)?"
                        r"(?:[a-z-]+\s){0,2}(?:" + "|".join(re.escape(w) for w in sorted(ROLE_WORDS | {"executive", "officer"},
                                                                                      key=len, reverse=True)) + r")\b")
NAMING_VERB = re.compile(r"\b(?:named|names|appointed|appoints|hired|hires|promoted|promotes|elected|elects|made)\s$")
# "Pellbridge General Hospital", "Kelsworth Wanderers" (a club suffix): never a person, whatever comes before
ORG_WORDS = ORG_SUFFIXES | frozenset({"hospital", "university", "college", "museum", "gallery", "institute", "foundation", "council",
                       "ministry", "authority", "agency", "bank", "school"})
# "Fennick Eats, the third player,": a firm among the players of a market, no person
MARKET_PLAYER = re.compile(r"\b(?:second|third|fourth|fifth|biggest|largest|smallest|major|key|dominant|leading|main|market|"
                           r"other|only|newest|last)\s(?:[a-z-]+\s)?players?$")
# "Brennholm Salmon, Halvmark's second-largest fish farmer,": a firm ranked by size, no person
RANKED_BY_SIZE = re.compile(r"\b(?:(?:second|third|fourth|fifth|sixth)[- ])?(?:largest|biggest|smallest)\s")
# Roles a company can have as well as a person: "its owner, Wenmouth Coastal Buses", "the investor Halden Capital"
OWNER_ROLES = frozenset({"owner", "co-owner", "proprietor", "investor", "donor", "backer"})
SHE_OR_HE = re.compile(r"(?:she|he)\s", re.I)
PERSONAL_PRONOUN = re.compile(r"\b(?:his|her|he|she|himself|herself)\b", re.I)
# "repaid her in full", "told her that": "her" as the object of a verb, someone other than the name before it
OBJECT_HER = re.compile(r"(?:[,.;:!?]|\s(?:in|on|at|for|to|with|from|that|back|out|up|down|off|about|and|a|an|the)\b)", re.I)
QUOTE_CLOSE = re.compile(r"[\"\u201d]")
# '"We're not Greyline, and I hope he knows that"': a speaker's sentence, whose "he" need not be the name in it
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|I'm|I've|[Ww]e're|[Ww]e've|I\u2019m|I\u2019ve|[Ww]e\u2019re|[Ww]e\u2019ve)\b")
# "Brennholm would apply for state compensation, she added": the speaker of reported speech, not the name before
SPEECH_TAG = re.compile(r",\s(?:she|he)\s(?:said|says|added|adds|told|tells|explained|noted|wrote|argued|insisted|warned)\b", re.I)
# "When Tobias Nwankwo-Reyes takes office in Lindenport on Monday, he will inherit": the subject of the main clause
# after a subordinate clause that opens the sentence with a name is that name.
SUBORDINATE_OPENING = re.compile(r"(?:When|After|Before|Since|As|Although|Though|While|If|Once|Until|Because)\s")
MAIN_PRONOUN_AFTER = re.compile(r"[^.;:!?]{0,120}?,\s(?:he|she)\s", re.I)
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
_FEMININE = frozenset({"she", "her", "hers", "herself"})

Sentences = list[tuple[int, int]]


# "At Kestrel Cargo, which she has run since 2021": a thing, whatever pronoun follows
WHICH_AFTER = re.compile(r",\swhich\b")
# "Quenby said it would appoint her successor": the name is "it", and "her" someone else (but "Lucio Benvara founded it
# in 1983, when he was 26": "it" is what he founded)
IT_SAID = re.compile(r"\s(?:said|says|added|adds|announced|announces|confirmed|confirms|expects|expected|hopes|believes|"
                     r"warned|warns|stated|states)\s(?:that\s|on\s\w+\s|last\s\w+\s)?it\b", re.I)


def _club_name(name: str) -> bool:
    """ "Harriers", "Port Ellery Harriers": a club's name by its plural last word, whom "who" may follow."""
    last = name.rsplit(None, 1)[-1].lower()
    return last in CLUB_WORDS and last.endswith("s")


def find_persons(text: str, sentences: Sentences, names: list[list[NameMention]], subjects: list[str | None]) -> set[str]:
    """The names the text shows to be people.

    `names[i]` are the names of sentence i and `subjects[i]` its subject.
    """
    persons: set[str] = set()
    # "Kellmoor, who finished sixth": the short form of "Kellmoor Rovers", a club, though "who" follows it
    org_short = {n.name.split()[0] for found in names for n in found
                 if " " in n.name and n.name.rsplit(None, 1)[-1].lower() in ORG_WORDS | CLUB_WORDS}
    last_words = {n.name.rsplit(None, 1)[-1] for found in names for n in found
                  if looks_like_person(n.name)}  # a surname alone stands for a person only if written in full too
    for index, (s, e) in enumerate(sentences):
        found = names[index]
        for position, name in enumerate(found):
            if name.name.rsplit(None, 1)[-1].lower() in ORG_WORDS:
                continue
            role = ROLE_BEFORE.search(text[max(s, name.start - 30):name.start])
            if role and role.group(0).rstrip(", ").rsplit(None, 1)[-1].lower() in OWNER_ROLES \
                    and not (looks_like_person(name.name) and len(name.name.split()) == 2):
                role = None  # "Its owner, Wenmouth Coastal Buses,": an owner or investor may be a company
            role_at = max(s, name.start - 30) + role.start() if role else 0
            if role and MARKET_PLAYER.search(text, max(s, role_at - 30), role_at + len(role.group(0).rstrip(", "))):
                role = None  # "the sector's largest player, Maison Ardelle,": a firm ranked in its market, no person
            if role \
                    or (PERSON_AFTER.match(text, name.end) and not _governed(text[s:e], name, s)
                        and not ((name.name in org_short or _club_name(name.name)) and text.startswith(", who", name.end))) \
                    or ((after := ROLE_AFTER.match(text, name.end, min(e, name.end + 80))) and not MARKET_PLAYER.search(after.group(0))
                                                                       and not RANKED_BY_SIZE.search(after.group(0))) \
                    or ROLE_AS.match(text, name.end, min(e, name.end + 80)) or AGED_AFTER.match(text, name.end, e) \
                    or (AGED_BEFORE.search(text, max(s, name.start - 40), name.start) and looks_like_person(name.name)) \
                    or (NAMING_VERB.search(text, max(s, name.start - 12), name.start) and ROLE_NAMED.match(text, name.end, e)):
                persons.add(name.name)
            elif position == 0 and not name.possessive and (" " not in name.name or looks_like_person(name.name)):
                # "Joel Amankwah celebrated his 22nd birthday"
                limit = found[1].start if len(found) > 1 else e
                pronoun = PERSONAL_PRONOUN.search(text, name.end, min(limit, name.end + 60))
                if pronoun and pronoun.group(0).lower() == "her" and OBJECT_HER.match(text, pronoun.end()):
                    pronoun = None  # "Tavistrel repaid her in full": someone else, whom the name acts on
                if pronoun and IT_SAID.match(text, name.end, pronoun.start()):
                    pronoun = None  # "Quenby said it would appoint her successor": a firm, and someone else's successor
                if pronoun and not PERSONAL_PRONOUN.search(text, s, name.start) and not WHICH_AFTER.match(text, name.end) \
                        and not (_quoted(text, s, name.start) and QUOTE_CLOSE.search(text, name.end, pronoun.start())) \
                        and not SPEECH_TAG.match(text, pronoun.start() - 2) and not FIRST_PERSON.search(text, s, pronoun.start()):
                    # "She ... at the Oxley, ... she"; and not '"My mother worked for Pellworth," she said': the speaker
                    persons.add(name.name)
                elif " " in name.name and SUBORDINATE_OPENING.fullmatch(text, s, name.start) \
                        and MAIN_PRONOUN_AFTER.match(text, name.end, e):  # "When Tobias Reyes takes office ..., he will"
                    persons.add(name.name)
        opening = s + len(text[s:e]) - len(text[s:e].lstrip(" \"'\u201c"))
        intro = INTRO_PARTICIPLE.match(text, opening)  # "Born in Tarrow in 1971, the 54-year-old left ..."
        aged = AGED_OPENING.match(text, intro.end() if intro else opening + LEAD.match(text[opening:opening + 80]).end())
        before = subjects[index - 1] if index else None
        said_at = text.find(before, sentences[index - 1][0], sentences[index - 1][1]) if index and before else -1
        quoted_before = said_at >= 0 and _quoted(text, sentences[index - 1][0], said_at)
        if before and SHE_OR_HE.match(text, opening) and (looks_like_person(before) or before in last_words) \
                and not quoted_before:  # but '"Beauty is not immune," said Ines Tavernholt. She noted': the speaker
            persons.add(before)  # "Ysolde Carrick visited the gallery on Thursday. She will leave ..."
        if index and aged:  # "... stepped down. The 50-year-old, who joined ..."
            noun = PERSON_NOUN_AFTER.match(text, aged.end())
            if before and (looks_like_person(before) or before in last_words) and (
                    text.startswith(",", aged.end()) or noun and noun.group(1) in PERSON_NOUNS | {"who", "has", "had", "was", "is"}
                    or AGED_VERB.match(text, aged.end())
                    or (intro and noun and noun.group(1) not in NOT_PEOPLE)):
                persons.add(before)
    surnames = {p for p in persons if " " not in p}
    persons.update(n.name for found in names for n in found if n.name.rsplit(None, 1)[-1] in surnames)
    # "Great-granny Ada would be spinning," said Tom Marrowby: "Ada Marrowby", named with no cue, is his relative
    families = {p.rsplit(None, 1)[-1] for p in persons if " " in p}
    persons.update(n.name for found in names for n in found
                   if " " in n.name and n.name.rsplit(None, 1)[-1] in families and looks_like_person(n.name))
    return persons


# "the Marrowby family", "Marrowby's looks after", "close Marrowby's,": a family's name used for its business
FAMILY_FIRM = re.compile(r"\b[Tt]he\s([A-Z][\w-]+)\sfamily\b|\b([A-Z][\w-]+)['\u2019]s(?=[,.;:!?\"\u201d]|\s(?:is|was|has|had|will|"
                         r"looks|employs|made|makes|said|says)\b)")


def family_firms(text: str, names: list[list[NameMention]], persons: set[str] | frozenset[str]) -> frozenset[str]:
    """Surnames of people that the text also uses for an organization named after their family: "Marrowby" beside
    "Tom Marrowby" when it writes "the Marrowby family", "Marrowby Stores", or "Marrowby's" standing alone ("Marrowby's
    looks after its people", "to close Marrowby's,"). Such a surname, bare, may be the company's."""
    surnames = {p.rsplit(None, 1)[-1] for p in persons if " " in p}
    if not surnames:
        return frozenset()
    firms = {n.name.split()[0] for found in names for n in found
             if " " in n.name and n.name not in persons and n.name.split()[0] in surnames and not looks_like_person(n.name)}
    firms |= {m.group(1) or m.group(2) for m in FAMILY_FIRM.finditer(text)} & surnames
    return frozenset(firms)


def last_person_before(names: list[list[NameMention]], persons: set[str] | frozenset[str]) -> list[str | None]:
    """For each sentence, the last person named before it, for "him" or "her"."""
    before: list[str | None] = []
    person = None
    for found in names:
        before.append(person)
        person = next((n.name for n in reversed(found) if n.name in persons), person)
    return before


# "She will keep 18 percent", "His pay rose": a sentence that opens with a personal pronoun
LEADING_PRONOUN = re.compile(r"[\W]*(he|she|his|her)\b", re.I)


def person_genders(referents: tuple[tuple[int, str, str], ...], persons: set[str] | frozenset[str]) -> dict[str, str]:
    """The pronoun ("he" or "she") each person takes, from :func:`pronoun_referents`, for those whose pronouns all agree;
    a surname counts for the one person of the document it ends."""
    full = {}
    for person in persons:
        full.setdefault(person.rsplit(None, 1)[-1], set()).add(person)
    votes: dict[str, set[str]] = {}
    for _, name, pronoun in referents:
        owners = {name} if name in persons else full.get(name, set())
        if len(owners) == 1:
            votes.setdefault(next(iter(owners)), set()).add(pronoun)
    return {person: next(iter(said)) for person, said in votes.items() if len(said) == 1}


def agreeing_people(before: list[str | None], text: str, sentences, names: list[list[NameMention]],
                    persons: set[str] | frozenset[str], genders: dict[str, str]) -> list[str | None]:
    """`before` (a person for each sentence, as :func:`last_person_before` gives), with the person for a sentence that
    opens with "he", "she", "his" or "her" replaced by the last person of that pronoun before it, when the one given
    takes the other pronoun: "Davor Lindqvist, 47, was treated. Mira Lindqvist, his wife, ... He is 48" is Davor's."""
    agreed: list[str | None] = []
    last: dict[str, str] = {}
    for index, ((s, _), found) in enumerate(zip(sentences, names)):
        person = before[index]
        lead = LEADING_PRONOUN.match(text, s)
        if lead and person in genders:
            pronoun = "she" if lead.group(1).lower() in ("she", "her") else "he"
            if genders[person] != pronoun and pronoun in last:
                person = last[pronoun]
        agreed.append(person)
        for mention in found:
            if mention.name in genders:
                last[genders[mention.name]] = mention.name
    return agreed


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether offset `at` lies inside a quotation opened after `start`."""
    between = text[start:at]
    return between.count('"') % 2 == 1 or between.count("\u201c") > between.count("\u201d")


def pronoun_referents(text: str, sentences: Sentences, names: list[list[NameMention]],
                      persons: set[str] | frozenset[str]) -> tuple[tuple[int, str, str], ...]:
    """(offset, name, "he" or "she") for person mentions followed by a personal pronoun.

    The pronoun must come within the next two sentences, before any other
    person is named: "Marsh, 54, ... welcomed the change. 'We need a number,' she said."
    """
    people = sorted((m.start, m.end, m.name, index) for index, found in enumerate(names) for m in found
                    if m.name in persons or m.name.rsplit(None, 1)[-1] in persons)
    referents = []
    for position, (start, end, name, index) in enumerate(people):
        stop = sentences[min(index + 2, len(sentences) - 1)][1]  # NOTE: a quote may split the next one
        if position + 1 < len(people):
            stop = min(stop, people[position + 1][0])
        # NOTE: not a pronoun inside quoted speech: in '"He is still not sure," said Serrat' "he" is someone else
        match = next((m for m in _PRONOUN.finditer(text, end, min(stop, end + 400)) if not _quoted(text, end, m.start())), None)
        if match:
            referents.append((start, name, "she" if match.group(0).lower() in _FEMININE else "he"))
    return tuple(referents)
