"""Plan prices: what a named plan, tier or pass of a company costs.

"Vireo Media lifted its Standard plan to £10.99 a month from £8.99", "Vireo's
Premium plan costs £17.99": the price is the company's, qualified by the
plan's name ("plan price (Standard plan)"), so the prices of two plans are
never compared, and the price before a rise is the earlier one.
"""

from __future__ import annotations

import re

from .attribution import Attribution, definitions
from .clauses import YEAR, clause
from .entities import NameMention, looks_like_person
from .quantities import changed_by

# The nouns a named plan of a product or service ends with: "Standard plan", "Premium tier", "day pass".
TIER_NOUNS = r"plan|tier|subscription|package|pass|membership|bundle"
# A plan noun in the words before a figure: looked for first, as most figures have none
TIER_NEAR = re.compile(r"\b(?:" + TIER_NOUNS + r")\b", re.I)
# "its Standard plan to £10.99", "Vireo's Premium plan costs £17.99", "the Basic plan stays at £5.99": a named plan's price
TIER_BEFORE = re.compile(r"(?:(?P<owner>(?-i:[A-Z])[\w&'-]*(?:\s(?-i:[A-Z])[\w&'-]*){0,2})['\u2019]s\s|(?P<its>\b(?:its|their)\s)|"
                         r"(?P<the>\b[Tt]he\s))(?:(?:new|cheapest|ad-supported|ad-free|monthly|annual|entry-level|top)\s)?"
                         r"(?P<tier>(?-i:[A-Z])[\w+-]*|standard|premium|basic|family|student|main|individual)\s"
                         r"(?P<noun>" + TIER_NOUNS + r")"
                         r"(?:\s(?:to|at|from|of|costs?|costing|stays|stay|stayed|remains?|remained|rises|rose|goes|went|up|now|"
                         r"will|would|is|was|be|priced|for|just|only|a\smonth|per\smonth|pays|paid|pay|held|kept|"
                         r"rise|rises|fall|falls|by|[$\u20ac\u00a3]\d[\d.,]*))*\s$", re.I)
WHICH_ITS = re.compile(r",\s(?:which|that)\s(?:[a-z]+\s){1,3}(?:its|their)\s$")
PRICE_THEN_FROM = re.compile(r"[$\u20ac\u00a3]\d[\d.,]*(?:\s(?:a|per)\smonth)?\sfrom\s$")


def plan_price(sentence, base, s: int, names: list[NameMention], persons, previous_org, attributes) -> Attribution | None:
    """The price of a named plan or tier for a money figure at sentence offset `s` ("its Standard plan to £10.99",
    "Vireo's Premium plan costs £17.99"): the plan's, as the company offering it and the plan's name make it; None
    when no plan is named before the figure, no company is named or meant, or the rule pack has no plan price."""
    lo = max(0, s - 70)
    if not TIER_NEAR.search(sentence, lo, s) or "plan price" not in definitions(attributes):
        return None
    tier = TIER_BEFORE.search(sentence, lo, s)
    if tier is None:
        return None
    owner = tier.group("owner")
    if owner:
        owner = next((n.name for n in names if n.start - base == tier.start("owner")), owner)
    elif tier.group("its"):  # "Vireo Media ... lifting its Standard plan": the organization the clause is about
        owner = next((n.name for n in names if n.start - base < tier.start() and not n.possessive and n.name not in persons
                      and not looks_like_person(n.name)), None) or previous_org
        which = WHICH_ITS.search(sentence, max(0, tier.start() - 40), tier.end("its"))
        antecedent = next((n.name for n in names if which and n.end - base == which.start() and n.name not in persons), None)
        owner = antecedent or owner  # "rival Harbinger TV, which raised its main plan": the one "which" stands for
    else:  # "the premium tier rises to $20.99": of the organization the document is about
        owner = previous_org
    if not owner or owner in persons or owner == tier.group("tier") or changed_by(sentence, tier.end()):
        return None  # "would rise by £2 to £10.99": the £2 is a change, not a price
    noun = tier.group("noun").lower()
    noun = "plan" if noun in ("tier", "subscription", "package") else noun  # "its premium tier" is its premium plan
    plan = f"{tier.group('tier')[0].upper()}{tier.group('tier')[1:]} {noun}"
    # "its Standard plan to £10.99 a month from £8.99": the price before
    earlier = "from" if PRICE_THEN_FROM.search(sentence, tier.end("noun"), tier.end()) else None
    _, c_end = clause(sentence, tier.end())
    year = YEAR.search(sentence, tier.end(), c_end)  # "The Standard plan cost £6.99 when it was launched in 2019"
    return Attribution(owner, f"plan price ({plan})", None, f"the price of {owner}'s {plan}" + (", the earlier one" if earlier else "")
                       + (f", in {year.group(0)}" if year else ""), "money", earlier=earlier,
                       dated=int(year.group(0)) if year else None)
