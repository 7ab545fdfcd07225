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
                           r"\s(?:[a-z0-9.\u2024%]+\s){0,3}?(?:to|at)\s)$"  # "Tarrant's share price closed at A$1.41"
                           r"|(?:shares|stock)(?:(?:\s(?:in|of)\s(?-i:[A-Z])[\w&.\u2024'-]*(?:\s(?-i:[A-Z])[\w&.\u2024'-]*){0,3})"
                           # "Shares in the chocolate maker fell": the shares of an organization named before
                           r"|(?:\s(?:in|of)\sthe\s(?-i:[a-z-]+\s){0,2}?(?-i:[a-z-]+)))?"
                           # "Shares in Halden Mutual, the largest mortgage lender, fell": an apposition after the name
                           # "Shares in Corvella, which employs about 21,000 people, rose": a relative clause after it
                           r"(?:,\s(?:(?:the|a|an)\s[^,.;$\u20ac\u00a3]{1,60}|(?:which|that)\s(?:[^,.;$\u20ac\u00a3]|,(?=\d)){1,60})(?=,))?"
                           r",?\s(?:[a-z]+\s){0,3}?"
                           r"(?:closed|settled|traded|ended|finished|opened|stood|rose|risen|fell|fallen|jumped|slid|dropped|climbed|sank|"
                           r"surged|recovered|slipped|gained|tumbled|plunged|soared|sat|were|was|are|is|" + _MOVED + r"|" + _MOVING + r")"
                           # "shares were down €3.85 at": the day's change in money before the price; "closed down 4 per
                           # cent on Wednesday at", "rose 6 percent in after-hours trading to", but not "trade at 318p,
                           # valuing the company at": the first "at" or "to" after the verb
                           r"\s(?:(?!at\s|to\s(?!close|end|finish|settle))[a-z0-9.\u2024%-]+,?\s|(?:up|down|off)\s[$\u20ac\u00a3][\d.,]+\s(?=at\s)){0,6}?(?:at|to)\s"
                           r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?$"
                           # "Veyra shares, which fell to €14.82 on the day, have recovered to", "shares fell to $9 and have since rallied to":
                           # a later price of the same shares in one sentence
                           r"|(?:shares|stock)(?:,\s(?:which|that)\s(?:[^.;]|\.(?=\d)){0,100}?,\s|\s(?:[^.;,]|\.(?=\d)){0,100}?\s(?:and|but)\s)"
                           r"(?:have\s|has\s|had\s)?(?:since\s|now\s)?"
                           r"(?:closed|settled|traded|ended|finished|stood|rose|risen|fell|fallen|recovered|slipped|gained|"
                           r"(?:were\s|was\s)trading|" + _MOVED + r")"  # "Bramwell shares, which dropped to 162p, were trading at"
                           r"\s(?:[a-z0-9.\u2024%]+,?\s){0,4}?(?:at|to)\s(?:about\s|around\s|roughly\s)?$"
                           # "the stock had reached $36.40": a price reached, with no "to"
                           r"|(?:shares|stock)\s(?:had\s|has\s|have\s)?(?:reached|hit|touched)\s(?:a\s(?:record|high|low)\sof\s)?$"
                           r"|(?:shares|stock),\s(?:now\s)?at\s$"  # "the shares, at 84p this week,"
                           # "shares have lost 28 percent since their April peak of": a price they traded at
                           r"|(?:shares|stock)\s[^.;$\u20ac\u00a3]{0,60}?\b(?:peak|high|low)\sof\s$"  # a "record high of" too
                           # "shares have eased to EUR 112.80 since peaking at": the price they peaked at
                           r"|(?:shares|stock)\s(?:[^.;]|\.(?=\d)){0,80}?\b(?:since|after|before)\s(?:peaking|touching|hitting)\s(?:at\s)?$"
                           # "Its shares have lost 14 percent since the start of the month and closed on Thursday at",
                           # "Northmere's shares fell more than 8 percent on Monday, closing at"
                           # "... in early trading and were down 12.8 percent at", "... before closing down 8.4% at"
                           r"|(?:shares|stock)\s[^.;$\u20ac\u00a3]{0,90}?(?:\s(?:and|but|before|then)\s(?:closed|ended|finished|settled|traded|stood|"
                           r"closing|ending|(?:were\s|was\s)?(?:trading|down|up))"
                           r"|,\s(?:closing|ending|finishing|settling)"
                           # "Marrick shares dropped 17 percent on Tuesday to close at", "... before recovering to end at"
                           r"|\s(?:[a-z]+ing\s)?to\s(?:close|end|finish|settle))"
                           r"\s(?:[a-z0-9.\u2024%]+,?\s){0,4}?(?:at|on)\s(?:about\s|around\s|roughly\s)?$"
                           # "Its shares, at $85.30, have gained 12 percent": the price in an aside after "shares"
                           r"|(?:shares|stock),\s(?:now\s|currently\s|trading\s|priced\s)?at\s(?:about\s|around\s|roughly\s)?$"
                           # "They closed at €17.90 on Friday", "after they fell 11 percent to $6.42": shares told of before
                           r"|(?P<they>they)\s(?:had\s|have\s)?(?P<verb>closed|traded|opened|ended|finished|settled|slipped|fell|rose|"
                           r"dropped|climbed|jumped|sank|slid|gained|tumbled|plunged|soared|recovered|" + _MOVED + r")"
                           r"\s(?:[a-z0-9.\u2024%-]+,?\s){0,5}?(?:at|to|above|below|near)\s(?:about\s|around\s|roughly\s)?$)", re.I)
# "They closed at", "they traded at": verbs that say "they" are shares even when the sentence does not
THEY_TRADED = ("closed", "traded", "opened")
SHARES_WORD = re.compile(r"\b(?:shares|stock)\b", re.I)
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
SHARES_OF = re.compile(r"(?:['\u2019]s)?\s(?:own\s|undisturbed\s|last\s|previous\s|latest\s|[\w.\u2024]+-(?:listed|traded)\s)?$")
# "Shares in Skyvane", "shares of the chocolate maker": the shares of a company named, or told of, right after
SHARES_IN = re.compile(r"(?:shares|stock)\s(?:in|of)\s(?:(?P<the>the\s(?-i:[a-z-]+))|(?=(?-i:[A-Z])))", re.I)
# "its shares", "the toy maker's shares", "The retailer, whose shares": the shares of an organization named before
ITS_SHARES = re.compile(r"(?:\b(?:its|whose|the\s(?:[a-z]+\s)?[a-z]+['\u2019]s|the)\s|^[\"'\u201c]?)$", re.I)


def shares_traded(sentence: str, start: int) -> re.Match | None:
    """The words from "shares", "stock" or "closing price" to a money figure at `start` that make it a market price;
    "they" for the shares only where the verb is a market's ("They closed at") or the sentence speaks of shares
    before ("suspended trading in its shares after they fell 11 percent to")."""
    traded = SHARES_TRADED.search(sentence, max(0, start - 160), start)
    if traded and traded.group("they") and traded.group("verb").lower() not in THEY_TRADED \
            and not SHARES_WORD.search(sentence, 0, traded.start()):
        return None
    return traded


def share_owner(sentence: str, base: int, traded: re.Match, names: list[NameMention]) -> str | None:
    """The company named right before the shares ("Karrow shares", "Halbrook's shares") or after ("Shares in Skyvane")."""
    at = traded.start()
    after = SHARES_IN.match(sentence, at)
    return next((n.name for n in names if n.end - base <= at and SHARES_OF.fullmatch(sentence, n.end - base, at)), None) \
        or next((n.name for n in names if after and not after.group("the") and n.start - base == after.end()), None)


def its_shares(sentence: str, at: int) -> bool:
    """Whether "its", "the company's" or "the" come before the shares at `at`, they open the sentence, or "the" and a
    noun follow them ("Shares in the chocolate maker")."""
    after = SHARES_IN.match(sentence, at)
    return bool(ITS_SHARES.search(sentence, max(0, at - 30), at) or after and after.group("the"))


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
