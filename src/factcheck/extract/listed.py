"""Figures read with the figure before them in a sentence.

"from $7.9 billion in 2024 and $5.2 billion in 2023", "$58 a share, or about
$9.4 billion in all", "£138.5 million for four-fifths of the club", "buying 61
stores for £35m", "paying €210m for 40 percent, valuing Mossgate at €525m",
"revenue of $2.3 billion ... and around 6,400 employees": the later figure
takes its subject from the earlier one, or from the name the wording gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Fact, base_attribute
from .clauses import RESPECTIVELY_AFTER
from .entities import NameMention
from .quantities import SCALED, find_quantities
from .subjects import org_figures

# "..., up from $1.8 billion in 2024, and around 6,400 employees.": a figure listed after another with no verb between.
# "... revenue rose 14 percent to $11.6 billion and net profit to $1.9 billion", "profit fell to £48 million on revenue
# of £1.62 billion": a second figure sharing the verb or the first figure's company
# ", against Castemore's", "compared with": a figure set beside the subject's, another party's
COMPARED_BEFORE = re.compile(r"\b(?:against|compared\swith|compared\sto|than|versus|vs[.\u2024]?)\s(?:[\w&.\u2024'\u2019-]+\s){0,4}$", re.I)
COORDINATED_GAP = re.compile(r"[^.;:!?()]{0,40}?,?\s(?:and|plus|as\swell\sas|on)\s(?:(?:its|their|the)\s)?(?:[a-z-]+\s){0,3}?(?:(?:to|of|at)\s)?")
# "net sales of SEK 4.1 billion for the three months to June, down 9 percent from a year earlier, and an operating
# loss of": the list goes on past the first figure's period and its change
LIST_REACH, ASIDE_REACH = 60, 160  # characters back to the figure a list goes on from, without and with such an aside
CHANGE_ASIDE_GAP = re.compile(r"(?:\s(?:for|in)\s[^.;:!?(),]{0,40}?)?,\s(?:up|down)\s[^.;:!?(),]{0,50}?,\s(?:and|plus|as\swell\sas)\s"
                              r"(?:(?:its|their|the)\s)?(?:[a-z-]+\s){0,3}?(?:(?:to|of|at)\s)?")
LIST_END = re.compile(r"(?:\s(?:in|last|this|a|per|each)\s\w+){0,2}\s*(?:[.;,)]|$)")
# "from $7.9 billion in 2024 and $5.2 billion in 2023": figures listed each with its year.
YEAR_LIST_GAP = re.compile(r"\s(?:(?:in|for)\s(?:fiscal\s)?(?:19|20)\d\d|(?:last|this)\syear),?\s(?:and\s)?")
YEAR_AFTER = re.compile(r"\s(?:in|for)\s(?:fiscal\s)?((?:19|20)\d\d)\b")
# "paying €210m for 40 percent, valuing Mossgate at": what a deal is for.
VALUING_AFTER = re.compile(r"[^.;:]{0,40}?,\s(?:valuing|which\svalues|a\sdeal\sthat\svalues)\s(?:the\swhole\sof\s)?(?:the\s)?")
# "buying 61 stores for £35m", "£138.5 million for four-fifths of": what a price buys.
THINGS_BOUGHT = re.compile(r"(?:\sin\s[A-Z][\w-]*)?\sfor\s")
SHARE_BOUGHT = re.compile(r"(?:\sin\scash)?\sfor\s(?:a\s|an\s)?")
# "$212 million in 2025 (2024: $138 million)", "(previous year: £779 million)": the figure before, for an earlier year.
ASIDE_EARLIER = re.compile(r"[^()]{0,40}?\(\s?(?:(?P<year>(?:19|20)\d\d)|previous\syear|prior\syear|the\syear\sbefore|a\syear\searlier)"
                           r"\s?[:=]\s", re.I)
# "Radomir Vass 9.8 percent", "the Roswall family's 34.2 percent", "Brightmoor's $1.6 billion": a name right before a figure
HOLDER_GAP = re.compile(r"(?:['\u2019]s)?\s")
# "$12,900 a tonne in December and traded at $9,850", "eased from $12,900 a tonne, but at $10,200": a later price level
PRICE_LEVEL_GAP = re.compile(r"[^.;:!?$\u20ac\u00a3]{0,60}?\b(?:at|to|from|of)\s(?:about\s|around\s|roughly\s)?")
# "A and B, which hold 7.2 percent and 5.5 percent respectively": figures listed in the order of names listed
LIST_SEPARATOR = re.compile(r",\s|,?\sand\s")
NAME_SEPARATOR = re.compile(r"(?:,\s\d{1,3})?(?:,\s|,?\sand\s)")  # "Ilse Marraq, 48, and Tobias Fenwright": names with ages
# "its rival Arrowgate, which reported $5.2 billion", "Brightmoor's $1.6 billion": another company's figure of the kind
# just given, with no word for the kind
ELIDED_OWNER = re.compile(r",\s(?:which|who)\s(?:reported|posted|had|made|recorded|booked|earned|took\sin)\s"
                          r"(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s)?")
# "$58 a share, or about $9.4 billion in all": the whole of an offer after its price for one share.
TOTAL_AFTER_SHARE = re.compile(r"\s(?:a|per)\sshare(?:\sin\scash)?,\s(?:or\s)?")


def listed_year_figure(text: str, facts: list[Fact], sentence_start: int, start: int, end: int) -> tuple[Fact, int] | None:
    """The figure before it that "in 2024 and ... in 2023" lists this one after, each with its own year, and this one's year."""
    before = next((f for f in reversed(facts[-3:]) if f.kind != "date"), None)
    if before is None or before.start < sentence_start or not before.attribute or before.period is None \
            or not YEAR_LIST_GAP.fullmatch(text, before.end, start):
        return None
    year = YEAR_AFTER.match(text, end)
    return (before, int(year.group(1))) if year else None


def aside_earlier(text: str, facts: list[Fact], sentence_start: int, start: int) -> tuple[Fact, int] | None:
    """The figure an aside "(2024: ...)" or "(previous year: ...)" right after it gives an earlier value of, and that year."""
    before = next((f for f in reversed(facts[-3:]) if f.kind != "date"), None)
    aside = ASIDE_EARLIER.fullmatch(text, before.end, start) if before and before.start >= sentence_start else None
    if aside is None or not before.attribute or not before.entity:
        return None
    year = int(aside["year"]) if aside["year"] else before.period - 1 if before.period else None
    return (before, year) if year and (before.period is None or year < before.period) else None


def stake_listed_after(text: str, facts: list[Fact], names: list[NameMention], sentence_start: int, start: int) -> tuple[Fact, str] | None:
    """The stake before it in the sentence and the holder named right before this percentage, a stake listed without its
    verb: "owns 12.6 percent and her co-founder Radomir Vass 9.8 percent", "the Roswall family's 34.2 percent"."""
    holder = next((n.name for n in names if n.end < start and HOLDER_GAP.fullmatch(text, n.end, start)), None)
    before = next((f for f in reversed(facts) if f.start >= sentence_start and f.kind == "percent"
                   and base_attribute(f.attribute or "") in ("stake", "vote share") and f.entity), None) if holder else None
    return (before, holder) if before and before.entity != holder else None


def market_price_before(text: str, facts: list[Fact], sentence_start: int, start: int) -> Fact | None:
    """The commodity price before it in the sentence that "traded at" or "at" this figure continues."""
    before = next((f for f in reversed(facts[-3:]) if f.kind == "money"), None)
    if before is None or before.start < sentence_start or before.attribute != "market price" or not before.entity:
        return None
    return before if PRICE_LEVEL_GAP.fullmatch(text, before.end, start) else None


def respective_name(text: str, facts: list[Fact], names: list[NameMention], sentence_start: int, start: int,
                    end: int) -> str | None:
    """The name this figure goes with in "A and B, which hold 7.2 percent and 5.5 percent respectively": figures
    listed in the order of the names listed before them."""
    later = RESPECTIVELY_AFTER.match(text, end)
    if later is None:
        return None
    gap = text[end:later.end()].removesuffix("respectively").rstrip(" (")
    following = find_quantities(gap)  # the figures listed after this one, read by the quantity grammar itself
    ends, starts = [0] + [m.end for m in following], [m.start for m in following] + [len(gap)]
    if any(not LIST_SEPARATOR.fullmatch(gap, a, b) for a, b in zip(ends[:-1], starts[:-1]) if gap[a:b].strip(" ,")):
        return None  # words other than ", " and "and" between the figures: not a list of figures (words may follow the
        # last one: "7 percent and 5 percent of the business respectively")
    run = [start]  # the starts of the figures listed before it, back to the first
    for f in reversed(facts):
        if f.start < sentence_start or not LIST_SEPARATOR.fullmatch(text, f.end, run[-1]):
            break
        run.append(f.start)
    total, index = len(run) + len(following), len(run) - 1
    listed: list[NameMention] = []  # the last names before the first figure, each joined to the next by ", " or "and"
    for n in reversed([n for n in names if n.end <= run[-1]]):
        if listed and not NAME_SEPARATOR.fullmatch(text, n.end, listed[-1].start):
            break
        listed.append(n)
    listed.reverse()
    return listed[index].name if len(listed) == total and 1 < total else None


def valued_after(text: str, names: list[NameMention], end: int, sentence_end: int) -> str | None:
    """The name right after ", valuing" or ", which values" that follows a deal's figures: what the deal is for."""
    valuing = VALUING_AFTER.match(text, end, min(sentence_end, end + 80))
    return next((n.name for n in names if valuing and n.start == valuing.end() and not n.possessive), None)


def coordinated(text: str, facts: list[Fact], names: list[NameMention], sentence_start: int, start: int, end: int,
                 sentence_end: int) -> Fact | None:
    """The figure before it in the sentence that a verbless "and ..." lists this one with, if it has an entity.

    "The company, founded in 1958, has revenue of $2.3 billion, up from $1.8 billion in 2024, and around 6,400
    employees": the last figure ends the sentence with no verb or name of its own, so it is the same company's.
    """
    before = None
    window = text[max(sentence_start, start - ASIDE_REACH):start]
    reach = ASIDE_REACH if ", up " in window or ", down " in window else LIST_REACH
    for f in reversed(facts):  # NOTE: only figures within reach of the gap are looked at: a long sentence stays linear
        if f.start < sentence_start or f.end < start - reach:
            break
        if f.entity:
            before = f
            break
    if before is not None and COMPARED_BEFORE.search(text, max(sentence_start, before.start - 40), before.start):
        # "It had revenue of €3.1 billion, against Castemore's €38.4 billion, and has 7,800 employees": the figure
        # compared in an aside is another party's; the list goes on from the one before it
        earlier = next((f for f in reversed(facts) if sentence_start <= f.start < before.start and f.entity
                        and f.end >= before.start - 60), None)
        if earlier is None:
            return None
        before = replace(before, entity=earlier.entity, text=earlier.text)
    if before is None or not (before.end >= start - LIST_REACH and COORDINATED_GAP.fullmatch(text, before.end, start)
                              or CHANGE_ASIDE_GAP.fullmatch(text, before.end, start)) \
            or not LIST_END.match(text, end, sentence_end) or any(before.end <= n.start < start for n in names):
        return None
    return before


def elided_figure(text: str, facts: list[Fact], names: list[NameMention], s: int, start: int, kind: str,
                  persons: frozenset[str], attributes=()) -> tuple[Fact, str] | None:
    """The figure before it in the sentence whose kind of figure this one gives for another organization, named
    right before it ("short of Brightmoor's $1.6 billion", "its rival Arrowgate, which reported $5.2 billion"),
    and that organization."""
    before = next((f for f in reversed(facts[-4:]) if f.start >= s and f.kind == kind and f.attribute
                   and base_attribute(f.attribute or "") in org_figures(attributes)), None)  # its own owner named or not
    if before is None:
        return None
    owner = next((n for n in reversed(names) if before.end <= n.start and n.end <= start), None)
    if owner is None or owner.name in persons or owner.name == before.entity \
            or not (ELIDED_OWNER.fullmatch(text, owner.end, start) if not owner.possessive
                    else HOLDER_GAP.fullmatch(text, owner.end, start)):
        return None
    return before, owner.name


# Between a sum and the same sum in another currency: " (", ", or ", ", worth ", " or ".
CONVERSION_GAP = re.compile(r"\s\(|,?\s(?:or|worth|equivalent\sto|then\sworth|now\sworth)\s")


# "1,100 jobs, nearly a quarter of its 4,800 workers", "60 positions, or roughly 18 percent of Lanternfold's staff"
SHARE_GAP = re.compile(r"(?:\s(?:at|in|across)\s[^,;]{1,40})?,\s(?:or\s)?")
OF_STAFF = re.compile(r"\s(?:of|among)\s(?:(?:the|its|their|a|that)\s|[\w&.\u2024-]+['\u2019]s\s)?(?:[\w,.\u2024-]+\s){0,2}?"
                      r"(?:workforce|staff|employees|workers|jobs|positions|roles|posts|total|headcount|payroll)\b", re.I)


def share_of_staff(text: str, facts: list[Fact], s: int, start: int, end: int) -> Fact | None:
    """The job cuts right before a share of the staff that puts them as a part of the whole."""
    before = facts[-1] if facts and facts[-1].start >= s and facts[-1].entity \
        and base_attribute(facts[-1].attribute or "") == "job cuts" and facts[-1].kind != "percent" else None
    if before is None or not SHARE_GAP.fullmatch(text, before.end, start) or not OF_STAFF.match(text, end):
        return None
    return before


def converted(text: str, facts: list[Fact], s: int, start: int, end: int, unit: str | None) -> Fact | None:
    """The money figure right before ``text[start:end]`` that this one gives in another currency: "€62m (roughly
    $72m)", "$312 million, or about €290 million", "60,000 Deutschmarks, worth about €30,000" (but not "C$3.05
    billion, or roughly US$300 per tonne", a sum of another scale)."""
    before = facts[-1] if facts and facts[-1].start >= s and facts[-1].kind == "money" else None
    if before is None or unit is None or before.quantity is None or before.quantity.unit == unit \
            or bool(SCALED.search(before.text)) != bool(SCALED.search(text, start, end)):
        return None
    return before if CONVERSION_GAP.fullmatch(text, before.end, start) else None


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure at ``text[start:end]`` in the sentence ``text[s:e]``, as its own sentence placed it, with the figures
    before it in the document (`facts`) and the names of its sentence."""

    text: str
    facts: list[Fact]
    names: list[NameMention]
    s: int
    e: int
    start: int
    end: int
    kind: str
    attribute: str | None
    entity: str | None
    obj: str | None
    period: int | None
    why: str | None
    refers_back: bool
    persons: frozenset[str]
    unit: str | None
    attributes: object  # the rule pack's attribute definitions

    def last(self) -> Fact | None:
        """The figure right before it, if it is in the same sentence."""
        return self.facts[-1] if self.facts and self.facts[-1].start >= self.s else None


Reading = tuple[str | None, str | None, str | None, int | None, str | None]  # attribute, entity, object, period, why


def _same_sum(f: Figure) -> Reading | None:
    """"€62m (roughly $72m)": the same sum in another currency, so the same subject."""
    same = converted(f.text, f.facts, f.s, f.start, f.end, f.unit) if f.kind == "money" and not f.entity else None
    if same is None:
        return None
    return same.attribute, same.entity, same.object, same.period, \
        f"{same.text} in another currency" + (f": {same.why}" if same.why else "")


def _share_of_cuts(f: Figure) -> Reading | None:
    """"cut 1,100 jobs at the plant, nearly a quarter of its 4,800 workers": the same cuts, as a share."""
    cuts = share_of_staff(f.text, f.facts, f.s, f.start, f.end) if f.kind == "percent" and not f.entity and not f.attribute \
        else None
    if cuts is None:
        return None
    return cuts.attribute, cuts.entity, cuts.object, cuts.period, f"{cuts.text} as a share of the staff: {cuts.why}"


def _whole_offer(f: Figure) -> Reading | None:
    """"$58 a share, or about $9.4 billion in all": the same offer for the whole company."""
    per_share = f.last() if f.kind == "money" else None
    if per_share is None or not (per_share.attribute or "").endswith(" (per share)") \
            or base_attribute(f.attribute or per_share.attribute) != base_attribute(per_share.attribute) \
            or not TOTAL_AFTER_SHARE.fullmatch(f.text, per_share.end, f.start):
        return None
    return per_share.attribute.removesuffix(" (per share)"), per_share.entity, per_share.object, f.period, \
        f"the whole of the offer of {per_share.text} a share, in apposition: {per_share.why}"


def _year_listed(f: Figure) -> Reading | None:
    """"from $7.9 billion in 2024 and $5.2 billion in 2023": the same subject, for the year it gives."""
    listed = listed_year_figure(f.text, f.facts, f.s, f.start, f.end) \
        if not f.attribute and f.kind in ("money", "count", "percent") else None
    if listed is None:
        return None
    before, year = listed
    return before.attribute, before.entity, before.object, year, \
        f"listed after {before.text} with a year of its own ({year}): {before.why}"


def _aside(f: Figure) -> Reading | None:
    """"- Revenue: $212 million in 2025 (2024: $138 million)": the same subject, for the year the aside gives."""
    aside = aside_earlier(f.text, f.facts, f.s, f.start) if f.kind in ("money", "count", "percent") and not f.entity else None
    if aside is None:
        return None
    before, year = aside
    return before.attribute, before.entity, before.object, year, \
        f"an earlier value of {before.text} in an aside, for {year}: {before.why}"


def _elided(f: Figure) -> Reading | None:
    """"Its revenue of $940 million was short of Brightmoor's $1.6 billion": Brightmoor's revenue."""
    elided = elided_figure(f.text, f.facts, f.names, f.s, f.start, f.kind, f.persons, f.attributes) \
        if f.kind in ("money", "percent") and not f.attribute and not f.entity else None
    if elided is None:
        return None
    before, entity = elided
    return before.attribute, entity, None, f.period, \
        f"the figure of {before.text} ({before.attribute}) told of {entity}, the name right before it"


def _value_of_traded(f: Figure) -> Reading | None:
    """"Shares fell 6.8 percent to £7.14, giving the company a market value of about £2.3 billion": that company's value."""
    if f.kind != "money" or f.entity or base_attribute(f.attribute or "") != "valuation":
        return None
    traded = next((x for x in reversed(f.facts[-3:]) if x.start >= f.s and x.attribute == "share price" and x.entity), None)
    if traded is None:
        return None
    return f.attribute, traded.entity, f.obj, f.period, f"{f.why}; entity {traded.entity}, whose share price {traded.text} the sentence gives"


def _market_level(f: Figure) -> Reading | None:
    """"hit a record $12,900 a tonne in December and traded at $9,850 on Tuesday": the same commodity's price."""
    market = market_price_before(f.text, f.facts, f.s, f.start) if f.kind == "money" and not f.entity else None
    if market is None:
        return None
    return market.attribute, market.entity, None, f.period, f"a later price of {market.entity} in the sentence of {market.text}: {market.why}"


def _respective(f: Figure) -> Reading | None:
    """"A and B, which hold 7.2 percent and 5.5 percent respectively": the name listed in the same place."""
    respective = respective_name(f.text, f.facts, f.names, f.s, f.start, f.end)
    if not respective or not f.attribute or respective == f.entity:
        return None
    return f.attribute, respective, (f.obj if f.obj != respective else None), f.period, \
        f"{f.why}; entity {respective}, listed in the same place as the figure ('respectively')"


def _stake_listed(f: Figure) -> Reading | None:
    """"Pelerin's shareholders will own 58 percent of the combined company and Sundale's 42 percent"."""
    listed = stake_listed_after(f.text, f.facts, f.names, f.s, f.start) if f.kind == "percent" and not f.entity else None
    if listed is None:
        return None
    before, entity = listed
    return before.attribute, entity, before.object, f.period, \
        f"a {base_attribute(before.attribute)} listed after {before.text} ({before.entity}'s), {entity}'s, the name right before it"


def _things_bought(f: Figure) -> Reading | None:
    """"buying 61 stores for £35m": the price of those stores, no one else's purchase."""
    last = f.last()
    if f.kind != "money" or base_attribute(f.attribute or "") != "price" or f.obj or last is None or last.kind != "count" \
            or not THINGS_BOUGHT.fullmatch(f.text, last.end, f.start):
        return None
    return f.attribute, f.entity, last.text, f.period, f"{f.why}; object {last.text}, what it buys"


def _share_bought(f: Figure) -> Reading | None:
    """"paying £138.5 million for four-fifths of Penmarsh Rovers": the share the price buys."""
    last = f.last()
    if f.kind != "percent" or f.attribute or last is None or not last.entity \
            or base_attribute(last.attribute or "") != "price" or not SHARE_BOUGHT.fullmatch(f.text, last.end, f.start):
        return None
    return "stake", last.entity, last.object, f.period, \
        f"the share {last.text} buys: {last.entity}'s stake" + (f" in {last.object}" if last.object else "")


def _coordinated(f: Figure) -> Reading | None:
    """"with revenue of $2.3 billion last year, and around 6,400 employees": the entity of the figure it is listed with."""
    if not f.attribute or f.entity or f.obj or f.kind not in ("money", "count", "percent") or f.refers_back:
        return None
    shared = coordinated(f.text, f.facts, f.names, f.s, f.start, f.end, f.e)
    if shared is None or (shared.entity in f.persons and base_attribute(f.attribute) in org_figures(f.attributes)):
        return None
    attribute = f.attribute
    if (shared.attribute or "").endswith(" (projected)") and not attribute.endswith(" (projected)") and " (" not in attribute:
        attribute += " (projected)"  # "expects revenue of £1.45bn ..., and an operating profit of between £120m and £140m"
    return attribute, shared.entity, f.obj, f.period, f"{f.why}; entity {shared.entity}, as for {shared.text}, the figure it is listed with"


_MONEY, _PERCENT, _FIGURES, _ANY = ("money",), ("percent",), ("money", "count", "percent"), None
# The readings tried in order, each with the kinds of figure it reads (None: any); the first that applies wins.
READINGS = ((_same_sum, _MONEY), (_share_of_cuts, _PERCENT), (_whole_offer, _MONEY), (_year_listed, _FIGURES),
            (_aside, _FIGURES), (_elided, ("money", "percent")), (_value_of_traded, _MONEY), (_market_level, _MONEY),
            (_respective, _ANY), (_stake_listed, _PERCENT), (_things_bought, _MONEY), (_share_bought, _PERCENT),
            (_coordinated, _FIGURES))
# NOTE: by kind, so that a date or an age is not offered to a dozen readings of money
_READINGS_FOR: dict[str, tuple] = {}


def _readings_for(kind: str) -> tuple:
    found = _READINGS_FOR.get(kind)
    if found is None:
        found = _READINGS_FOR[kind] = tuple(read for read, kinds in READINGS if kinds is None or kind in kinds)
    return found


def read_with_before(text: str, facts: list[Fact], names: list[NameMention], s: int, e: int, start: int, end: int, kind: str,
                     attribute: str | None, entity: str | None, obj: str | None, period: int | None, why: str | None,
                     refers_back: bool, persons: frozenset[str], unit: str | None = None, attributes=()):
    """(attribute, entity, object, period, why) of the figure at ``text[start:end]`` in the sentence ``text[s:e]``,
    read with the figures before it (`facts`) where the wording ties them: its attribution as given otherwise.
    `unit` is the figure's currency, if it is money; `attributes` are the rule pack's."""
    figure = Figure(text, facts, names, s, e, start, end, kind, attribute, entity, obj, period, why, refers_back, persons,
                    unit, attributes)
    for read in _readings_for(kind):
        reading = read(figure)
        if reading is not None:
            attribute, entity, obj, period, why = reading
            break
    if entity and attribute and not obj and base_attribute(attribute) in ("price", "stake"):
        valued = valued_after(text, names, end, e)
        if valued and valued != entity:  # "paying €210m for 40 percent, valuing Mossgate at €525m"
            obj, why = valued, f"{why}; object {valued}, the company the deal values"
    return attribute, entity, obj, period, why
