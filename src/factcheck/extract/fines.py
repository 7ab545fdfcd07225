"""Fines: who must pay the fine a figure gives.

"The authority fined the utility €62 million", "the €40 million penalty it
levied on Aldbrook Energy": a fine is keyed by whoever pays it, never by the
regulator or court that imposes it.
"""

from __future__ import annotations

import re

from .clauses import label_of
from .entities import ORG_NOUN, NameMention

# Fines: "fined Stanmere Bank", "fined the utility", "levied on Aldbrook Energy", "The regulator fined".
# "fined Stanmere Bank", "fined the travel agency Sunward Holidays": the name right after the verb, or after a description
FINED_GAP = re.compile(r"\s(?:(?:the\s)?(?:[a-z-]+\s){0,3}?)?")  # and "fined grid operator Tessaline Grid"
FINED_REFERENCE = re.compile(r"\s(?:it|them|the\s(?:[a-z-]+\s)?" + ORG_NOUN + r")\b", re.I)
WAS_FINED = re.compile(r"\b(?:was|were|been)\sfined\s$")
FINE_WORD = re.compile(r"\b(?:fines?|penalty|penalties)\b", re.I)
FINE_RIGHT_AFTER = re.compile(r"\s(?:[a-z-]+\s)?(?:fines?|penalty|penalties)\b", re.I)
FINE_BEFORE = re.compile(r"\b(?:fines?|penalty|penalties)\s(?:of\s)?(?:up\sto\s|about\s|some\s|nearly\s|almost\s)?$", re.I)
# Names of those that impose fines: "Norvalian Conduct Board", "Dravonian Mines Inspectorate".
IMPOSER = re.compile(r"\b(?:Board|Authority|Commission|Inspectorate|Regulator|Agency|Office|Court|Tribunal|Ministry|Council|"
                     r"Department|Watchdog|Ombudsman|Bureau|Government)$")
LEVIED_ON = re.compile(r"[^.;]{0,50}?\b(levied\son|imposed\son|handed\sto|slapped\son|issued\sto|against)\s(?:the\s)?")
# "Brennock Water was fined £7 million", "the bank has been fined": the one fined, named right before
FINED_PASSIVE = re.compile(r"(?:,\s\d{1,3},)?\s(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen|being)\s(?:also\s|previously\s|later\s)?$")
# "Teague, 49, paid a $75,000 fine": a person the clause is about, who pays it
PAID_BEFORE = re.compile(r"\b(?:paid|pays?|paying|received|was\sgiven|was\sordered\sto\spay)\s(?:an?\s|the\s)?$")
# "fined LSR in 2023, when it ordered the company to pay", "Orvex Social was ordered to pay": what is paid after a fine
ORDERED_TO_PAY = re.compile(r"\bordered\s((?:[\w-]+\s){1,3}?)?to\spay$")
FINED_OR_FINE = re.compile(r"\b(?:fined|fines?|penalty|penalties)\b", re.I)
# "fines of up to £1,000 for breaching the ban": the most a rule lets be charged, which no one has been fined
TARIFF_BEFORE = re.compile(r"\b(?:fines|penalties)\s(?:of\s)?(?:up\sto|as\smuch\sas)\s$", re.I)
TARIFF_SPAN = re.compile(r"(?:up\sto|as\smuch\sas)\s", re.I)
# "a £2.4 million fine for Caldor Energy", "a $5 million penalty on Acme": the one it is imposed on, named right after it
FINE_FOR = re.compile(r"\s((?:fine|penalty)\s(?:for|on))\s")


def fine_payer(sentence: str, base: int, s: int, e: int, cue_at: int, cue: str, names: list[NameMention], persons,
               previous_org: str | None, entity: str | None, how: str | None) -> tuple[str | None, str | None]:
    """Who must pay a fine: the name "fined" acts on ("fined Stanmere Bank"; "fined the utility" or "fined it": the
    other organization the sentence names, or the one the document is about), the one it is "levied on", else the
    entity found, but never a regulator or court, which imposes fines. None when the figure is not the fine itself
    ("set aside $90 million to cover repairs and any fine")."""
    qualifier = TARIFF_SPAN.match(sentence, s)  # the figure's span may hold "up to"
    if TARIFF_BEFORE.search(sentence, max(0, s - 30), qualifier.end() if qualifier else s):
        return None, None
    named = [n for n in names if n.name not in persons]
    label = label_of(sentence, s)
    if cue.lower() in ("fined", "fining") and cue_at < s:
        after = cue_at + len(cue)
        target = next((n for n in named if FINED_GAP.fullmatch(sentence, after, n.start - base)), None)
        if target is not None:
            return target.name, "the one fined, named right after the verb"
        passive = FINED_PASSIVE.search(sentence, max(0, cue_at - 40), cue_at)
        fined = next((n for n in names if passive and n.end - base == passive.start()), None)  # a person too
        if fined is not None and not IMPOSER.search(fined.name):
            return fined.name, "the one fined, the subject of 'was fined'"  # "since Brennock Water was fined £7 million"
        if FINED_REFERENCE.match(sentence, after):
            fining = next((n.name for n in reversed(named) if n.end - base <= cue_at), None)
            # but not one named after the figure ("its largest penalty since Brennock Water was fined £7 million")
            others = {n.name for n in named if n.name != fining and not n.name.startswith(f"{fining} ")
                      and n.end - base <= s} if fining else set()
            if len(others) == 1:  # "Northmere Power's chief quit after the authority fined the utility"
                return others.pop(), "the one fined, 'the company', the other organization the sentence names"
            if previous_org and previous_org != fining and not others and not IMPOSER.search(previous_org):
                return previous_org, "the one fined, 'the company', the organization the document is about so far"
            return None, None
    elif not (FINE_RIGHT_AFTER.match(sentence, e) or FINE_BEFORE.search(sentence, max(0, s - 24), s)
              or (label and FINE_WORD.search(sentence, *label))):
        return None, None  # "to cover customer credits, network repairs and any fine": not the fine
    on = LEVIED_ON.match(sentence, e) or FINE_FOR.match(sentence, e)
    payer = next((n.name for n in named if on and n.start - base == on.end()), None)
    if payer:
        return payer, f"the one it was '{on.group(1)}'"
    if on and on.re is LEVIED_ON:  # "a fine of up to $710 million against a company": one the text does not name here
        return None, None
    if entity in persons and PAID_BEFORE.search(sentence, max(0, s - 30), s):
        return entity, how
    if entity is not None and (IMPOSER.search(entity) or not any(n.name == entity for n in named) and entity != previous_org):
        return None, None  # "the same regulator has fined it", "Opposition MPs want ... a fine of up to $710 million"
    return entity, how


def ordered_after_fine(sentence: str, base: int, cue_at: int, cue: str, names: list[NameMention],
                       persons) -> tuple[str | None, int, str] | None:
    """For a "pay" cue after a fine in the sentence, (payer, offset, word) of the cue to read the fine by: "X was
    ordered to pay" names its payer right before (None when no name is) and keeps the cue; "fined LSR ..., when it
    ordered the company to pay" gives no payer but the offset and word of the fine, whose own reading
    (:func:`fine_payer`) finds the one fined. None when the cue is no order to pay after a fine."""
    ordered = ORDERED_TO_PAY.search(sentence, max(0, cue_at - 40), cue_at + len(cue))
    fined = list(FINED_OR_FINE.finditer(sentence, 0, cue_at)) if ordered else []
    if not fined:
        return None
    if not ordered.group(1):
        passive = FINED_PASSIVE.search(sentence, max(0, ordered.start() - 40), ordered.start())
        payer = next((n.name for n in names if passive and n.end - base == passive.start() and not n.possessive
                      and n.name not in persons), None)
        return payer, cue_at, cue  # "... was ordered to pay": the fine of the one ordered, if named
    return None, fined[-1].start(), fined[-1].group(0)
