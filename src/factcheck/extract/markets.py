"""Market prices: what one share, or one unit of a commodity, traded at on a day.

"Karrow shares fell 9 percent to $21.35", "Marlowe's closing price of $31.44",
"cocoa futures hit a record $12,900 a tonne": wordings that make a money figure
a market price, and the name or commodity it is the price of. Which company
"its shares" stands for is the subject rules' business.
"""

from __future__ import annotations

import re

from .entities import NameMention

# Other verbs of a market price moving: "eased to", "rallied to"
_MOVED = (r"eased|dipped|slumped|rallied|edged|declined|advanced|rebounded|retreated|sagged|firmed|drifted|crept|bounced|"
          r"inched|ticked|leapt|leaped|rocketed|spiked|sunk|lost|shed|added")
# "saw its shares recover to", "shares were trading at": the verbs of a price moving, as an infinitive or in -ing
_MOVING = (r"recover|rise|fall|climb|drop|slip|jump|sink|slide|gain|tumble|plunge|soar|surge|close|settle|trade|end|finish|"
           r"trading|closing|ending|rising|falling|climbing|dropping|sliding|sinking|recovering")
# "Quennel shares have settled at $56.80", "shares closed at €4.58", "At Tuesday's close of C$6.71": a market price.
SHARES_TRADED = re.compile(r"\b(?:(?:(?:closing|share|stock)\sprice|(?<=['\u2019]s\s)close)(?:,\swhich|,(?=\sat\s))?\s"
                           r"(?:of\s|(?<=,\s)at\s|(?:had\s|has\s)?(?:[a-z]+ed|fell|rose|stood)"
                           r"\s(?:[a-z0-9.%]+\s){0,3}?(?:to|at)\s)$"  # "Tarrant's share price closed at A$1.41"
                           r"|(?:shares|stock)(?:(?P<of>\s(?:in|of)\s(?-i:[A-Z])[\w&.'-]*(?:\s(?-i:[A-Z])[\w&.'-]*){0,3})"
                           # "Shares in the chocolate maker fell": the shares of an organization named before
                           r"|(?P<of_the>\s(?:in|of)\sthe\s(?-i:[a-z-]+\s){0,2}?(?-i:[a-z-]+)))?"
                           # "Shares in Halden Mutual, the largest mortgage lender, fell": an apposition after the name
                           r"(?:,\s(?:the|a|an)\s[^,.;$\u20ac\u00a3]{1,60}(?=,))?,?\s(?:[a-z]+\s){0,3}?"
                           r"(?:closed|settled|traded|ended|finished|opened|stood|rose|risen|fell|fallen|jumped|slid|dropped|climbed|sank|"
                           r"surged|recovered|slipped|gained|tumbled|plunged|soared|sat|were|was|" + _MOVED + r"|" + _MOVING + r")"
                           # "shares were down €3.85 at": the day's change in money before the price
                           r"\s(?:[a-z0-9.%]+,?\s|(?:up|down|off)\s[$\u20ac\u00a3][\d.,]+\s(?=at\s)){0,5}?(?:at|to)\s"
                           r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?$"
                           # "Veyra shares, which fell to €14.82 on the day, have recovered to", "shares fell to $9 and have since rallied to":
                           # a later price of the same shares in one sentence
                           r"|(?:shares|stock)(?:,\s(?:which|that)\s(?:[^.;]|\.(?=\d)){0,100}?,\s|\s(?:[^.;,]|\.(?=\d)){0,100}?\s(?:and|but)\s)"
                           r"(?:have\s|has\s|had\s)?(?:since\s|now\s)?"
                           r"(?:closed|settled|traded|ended|finished|stood|rose|risen|fell|fallen|recovered|slipped|gained|" + _MOVED + r")"
                           r"\s(?:[a-z0-9.%]+,?\s){0,4}?(?:at|to)\s(?:about\s|around\s|roughly\s)?$"
                           # "the stock had reached $36.40": a price reached, with no "to"
                           r"|(?:shares|stock)\s(?:had\s|has\s|have\s)?(?:reached|hit|touched)\s(?:a\s(?:record|high|low)\sof\s)?$"
                           r"|(?:shares|stock),\s(?:now\s)?at\s$"  # "the shares, at 84p this week,"
                           # "shares have lost 28 percent since their April peak of": a price they traded at
                           r"|(?:shares|stock)\s[^.;$\u20ac\u00a3]{0,60}?\b(?:peak|high|low)\sof\s$"  # a "record high of" too
                           # "Its shares have lost 14 percent since the start of the month and closed on Thursday at",
                           # "Northmere's shares fell more than 8 percent on Monday, closing at"
                           r"|(?:shares|stock)\s[^.;$\u20ac\u00a3]{0,90}?(?:\s(?:and|but|before|then)\s(?:closed|ended|finished|settled|traded|stood|"
                           r"(?:were\s|was\s)?trading)"
                           r"|,\s(?:closing|ending|finishing|settling)"
                           # "Marrick shares dropped 17 percent on Tuesday to close at", "... before recovering to end at"
                           r"|\s(?:[a-z]+ing\s)?to\s(?:close|end|finish|settle))"
                           r"\s(?:[a-z0-9.]+,?\s){0,4}?(?:at|on)\s(?:about\s|around\s|roughly\s)?$"
                           # "Its shares, at $85.30, have gained 12 percent": the price in an aside after "shares"
                           r"|(?:shares|stock),\s(?:now\s|currently\s|trading\s|priced\s)?at\s(?:about\s|around\s|roughly\s)?$)", re.I)
# "$12,900 a tonne", "$82 a barrel": a price for one unit of a commodity
UNIT_PRICE = re.compile(r"\s?(?:a|per|/)\s?(?:tonne|ton|barrel|ounce|troy\sounce|bushel|pound|lb|kilo|kilogram|kg|litre|liter|gallon|"
                        r"megawatt[\s-]hour|MWh|therm)\b", re.I)
COMMODITY = re.compile(r"\b(cocoa|coffee|crude|oil|brent|gold|silver|platinum|copper|wheat|corn|maize|sugar|gas|lithium|nickel|zinc|"
                       r"aluminium|aluminum|iron\sore|steel|cotton|rice|soybeans?|diesel|petrol|gasoline|electricity|power|uranium|"
                       r"cobalt|tin|lead|barley|oats|coal)\b", re.I)
BREAK_EVEN = re.compile(r"\bbreak(?:s|ing)?[\s-]even\b", re.I)
# "Dunmore Cocoa", "Brent Oil Co": a commodity word in a name, which is no commodity
NAME_BEFORE = re.compile(r"[A-Z][\w&'-]*\s$")
# "Karrow shares", "Halbrook's shares", "shares in Vessani": whose shares a market price is of
SHARES_OF = re.compile(r"(?:['\u2019]s)?\s(?:own\s|undisturbed\s|last\s|previous\s|latest\s|[\w.]+-(?:listed|traded)\s)?$")
# "its shares", "the toy maker's shares", "The retailer, whose shares": the shares of an organization named before
ITS_SHARES = re.compile(r"(?:\b(?:its|whose|the\s(?:[a-z]+\s)?[a-z]+['\u2019]s|the)\s|^[\"'\u201c]?)$", re.I)


def shares_traded(sentence: str, start: int) -> re.Match | None:
    """The words from "shares", "stock" or "closing price" to a money figure at `start` that make it a market price."""
    return SHARES_TRADED.search(sentence, max(0, start - 160), start)


def share_owner(sentence: str, base: int, traded: re.Match, names: list[NameMention]) -> str | None:
    """The company named right before the shares ("Karrow shares", "Halbrook's shares") or after ("Shares in Skyvane")."""
    at = traded.start()
    return next((n.name for n in names if n.end - base <= at and SHARES_OF.fullmatch(sentence, n.end - base, at)), None) \
        or next((n.name for n in names if traded.group("of") and n.start - base == traded.start("of") + 4), None)


def its_shares(sentence: str, at: int) -> bool:
    """Whether "its", "the company's" or "the" come before the shares at `at`, or they open the sentence."""
    return bool(ITS_SHARES.search(sentence, max(0, at - 30), at))


def commodity_price(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """(commodity, unit wording) for a figure at `sentence[start:end]` priced per unit of a commodity named before it:
    ("cocoa", "a tonne"); a commodity word in a name ("Dunmore Cocoa") is none."""
    unit = UNIT_PRICE.match(sentence, end)
    if unit is None or BREAK_EVEN.search(sentence, start, min(len(sentence), end + 80)) \
            or BREAK_EVEN.search(sentence, max(0, start - 40), start):
        return None  # "would need a coal price of about US$140 a tonne to break even": a price it needs, no market's
    commodity = next((m for m in reversed(list(COMMODITY.finditer(sentence, max(0, start - 120), start)))
                      if not (m.group(1)[0].isupper() and NAME_BEFORE.search(sentence, max(0, m.start() - 30), m.start()))), None)
    return (commodity.group(1).lower(), unit.group(0).strip()) if commodity else None
