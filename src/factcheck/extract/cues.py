"""Cues: which attribute of the rule pack a value gives, from the cue words near it.

The nearest cue in the value's clause wins; a cue after the value counts less
than one before it, and less again across a comma; a value between a cue and
this one takes the cue, and so does a nearer value of the same kind after it.
"""

from __future__ import annotations

import bisect
import re

from .attribution import is_estimate
from .clauses import clause, label_of, main_opening
from .dates import DETERMINER_BEFORE
from .entities import ORG_NOUNS
from .quantities import changed_by

# "paid £6 million for Ashdown and £2 million for Pike", "holds 12 percent and Dufresne-Ray 7 percent"
COORDINATED = re.compile(r"(?:\s(?:for|to|in|into|on|from|at)\s[^,;]{1,40}?)?,?\sand\s(?:another\s|a\sfurther\s|"
                         r"(?:[A-Z][\w'\u2019-]+\s){1,3})?$")
# What may stand between a name and its verb: "the £45 million Dunhollow had first offered".
AUX_ADVERB = (r"(?:had\s|has\s|have\s|is\s|are\s|was\s|were\s|will\s)?"
              r"(?:first\s|initially\s|originally\s|reportedly\s|eventually\s|finally\s)?")
NAME_BETWEEN = re.compile(r"\s(?:the\s)?(?:[A-Z][\w'\u2019-]+\s){1,3}" + AUX_ADVERB)
# (but not "valued at $11.7 billion and had revenue of": "and" opens another verb of the subject before)
PASSIVE_BETWEEN = re.compile(r"\s(?:(?:(?!and\s|but\s)[a-z]+\s)?(?:were|was|are|is|(?:have|has|had)\s(?:(?:already|now|since|also|just)\s)?been|will\sbe|would\sbe|have|has|had)|"
                             r"(?:could|may|might)\sbe|will|would|could|may|might|are\sto|are\sset\sto|stand\sto)\s")
# "for €410 million", "for a nominal €1": money a verb's object was bought or sold for.
FOR_MONEY = re.compile(r"\b(?:for|worth)\s(?:a\s(?:combined|total\sof|reported)\s)?(?:about\s|around\s|roughly\s|some\s|nearly\s|almost\s|just\s(?:over|under)\s|a\snominal\s)?$", re.I)
PER_UNIT = re.compile(r"\d(?:\s?(?:[mb]n|million|billion|thousand))?\s(?:a|per|each)\s$", re.I)
# "11 miners were killed", "Four patients have died": a verb bound to the value right before it.
BOUND_AFTER = re.compile(r"\s(?:were|was|are|is|have|has|had)(?:\sbeen)?\s")
# "- Valuation at last funding round (2024):": the words after a preposition describe the cue before them
LABEL_MODIFIER = re.compile(r"\s(?:at|in|of|for|from|after|before|since|by|per|during|on|under)\s")
# "until a 1996 exhibition revived", "the 2008 crisis": a year that describes the noun after it
YEAR = re.compile(r"(?:19|20)\d\d")
# "a 15 percent sell-on clause": a percentage used as an adjective, before the noun it measures
PERCENT_ADJECTIVE = re.compile(r"\s((?!(?:of|or|and|to|in|on|for|from|at|by|than|a|the|was|is|were|are)\b)[a-z][a-z-]*"
                               r"(?:\s(?!(?:of|or|and|to|in|on|for|from|at|by|than|a|the|was|is|were|are)\b)[a-z][a-z-]*)?)")
HOLDING_NOUN = re.compile(r"\b(?:interest|share|shareholding|holding|position|slice|chunk|portion|piece)\b")
ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s$", re.I)
_FUNDING_NOUNS = r"(?:loans?|funds?|grants?|aid|package|bonds?|programme|program|levy|tax)"
# "with a $1.6bn bridge loan", "a $100 million credit line": money borrowed or lent
_BORROWED_NOUNS = r"(?:loans?|bonds?|(?:credit\s|loan\s)?facilit(?:y|ies)|rights\sissue|credit\sline)"
FIGURE_NOUN_GAP = r"(?:\s[a-z-]+){0,2}\s"  # the words between a figure and its own noun: "a $1.6bn bridge loan"
FIGURE_FUNDING_NOUN = re.compile(FIGURE_NOUN_GAP + _FUNDING_NOUNS + r"\b")
# "called the government's $25 million a first instalment": a public body's money, given, never an estimate of a cost
PUBLIC_MONEY_BEFORE = re.compile(r"\bthe\s(?:national\s|regional\s|federal\s|state\s)?(?:government|state|council|ministry|city|"
                                 r"region|province|authority)['\u2019]s\s(?:(?:about|some|nearly|almost|initial|first)\s)?$", re.I)
# "$150 million available for reconstruction": what money given is for, not what it costs
PURPOSE_BEFORE = re.compile(r"\b(?:for|towards|toward)\s(?:the\s)?$", re.I)
FUNDING_NOUN_AFTER = re.compile(r"\s" + _FUNDING_NOUNS + r"\b", re.I)
# "a £40m loan from Greyfield Capital", "the Development Bank offered a $25 million loan", "a Halden Bank loan of": a
# loan told with its lender, money the lender puts in (but "to repay a £6.2 million bank loan": no lender, no giving)
LOAN_CUE = re.compile(_BORROWED_NOUNS)
LENDER_AFTER = re.compile(r"\s(?:from|by)\s(?:the\s)?[A-Z]")
LENDING_BEFORE = re.compile(r"\b(?:offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)|extend(?:s|ed|ing)?|grant(?:s|ed|ing)?|approv(?:e|es|ed|ing)|"
                            r"lent|lends?|lending)\s(?:it\s|the\s(?:company|club|group|city|council|region)\s)?(?:a|an|the|its)\s", re.I)
LENDER_NAMED_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s$")
# a figure whose own noun is money borrowed or lent, never what something cost
BORROWED_NOUN = re.compile(FIGURE_NOUN_GAP + _BORROWED_NOUNS + r"\b")
PUT_AT_BEFORE = re.compile(r"\s(?:[\w'\u2019-]+\s){0,10}?at\s(?:about\s|around\s|roughly\s|some\s|more\sthan\s|less\sthan\s|"
                           r"nearly\s|almost\s|over\s|up\sto\s|as\smuch\sas\s)?")
# "had been cut off by the rockfall", "cut short": people or things cut, no jobs
CUT_OFF = re.compile(r"\s(?:off|short)\b", re.I)
# "went from 40 people to nine", "went up from": a change of level after "went"
WENT_FROM = re.compile(r"\s(?:(?:up|down)\s)?from\b", re.I)
# "decided to go it alone", "will go ahead", "to go into administration": a go that is no job going
GO_ELSEWHERE = re.compile(r"\s(?:it|ahead|into|back|on|to|public|alone|out|through|up|down|under|beyond|further|there|home|bust|"
                          r"for|with|after|unnoticed|unpunished)\b", re.I)
# "opened a second overflow ward", "launched another appeal": something else opened (but "opened its doors")
OPENED_SOMETHING = re.compile(r"\s(?:a|an|another|a\ssecond|a\sthird|a\snew)\s(?!doors\b)(?:[a-z-]+\s){0,3}?[a-z-]+"
                              r"(?:[,.;]|\s(?:in|on|at|for|to|with|and|last|this|that|which)\b|$)"  # not "a new LLM-focused Vesta Labs"
                              # "opened talks with the fund on Monday", "opened an inquiry": no opening of anything
                              r"|\s(?:formal\s)?(?:talks|negotiations|discussions|proceedings|an\sinquiry|an\sinvestigation|a\sconsultation)\b"
                              # "opened its ninth Dorvenhaag store in September": one more of its sites (but "its first shop")
                              r"|\s(?:its|their)\s(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                              r"latest|newest|new)\s")
# "On Tuesday the company they started, Nimbrel Robotics, agreed": the cue describes the company, a date before it is
# another event's
DESCRIBED_BY_CUE = re.compile(r"\b(?:company|firm|business|startup|start-up|brand|group|chain|label|studio|restaurant|shop)\s"
                              r"(?:that\s|which\s)?(?:he|she|they|we|I|[A-Z][\w-]+)\s(?:had\s|has\s|have\s)?(?:co-)?$")
# "started climbing in 1977", "began to buy shares in 2025": something begun that is no organization
STARTED_DOING = re.compile(r"\s(?:[a-z]+ing|to\s[a-z]+)\b(?<!\sbuilding)(?<!\sfunding)(?<!\strading)", re.I)
# "price rises averaging 12 percent", "a price war": what prices do, not what something costs
PRICE_CHANGE = re.compile(r"\s(?:rises?|increases?|hikes?|cuts?|falls?|war|wars|changes?)\b", re.I)
# "an order book of £4.6bn", "its order backlog": what all orders still to deliver are worth, no one order's price
ORDER_BOOK = re.compile(r"\s(?:books?|backlogs?|intake)\b", re.I)
# "Quorvale is worth", "the company was worth", "it is now worth": what an organization is worth; the word before the
# verb names it (but "the deal is worth", "her stake is worth", "a contract with Istrell is worth": the worth of a thing)
WORTH_HOLDER = re.compile(r"(?<!\bwith\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bin\s)(?<!\bat\s)(?<!\bby\s)(?<!\bfrom\s)"
                          r"(?:\b(?:it|" + "|".join(map(re.escape, ORG_NOUNS)) + r")|\b[A-Z][\w&'\u2019.\u2024-]*)\s"
                          r"(?:(?:had|has|have|would|could|will|may|might|now|then|still|already|once)\s){0,2}$")
# "a list value of $7.9bn", "transaction value", "carrying value": what a deal, a sale or an asset
# on the books comes to, no valuation of an organization
OTHER_VALUES = frozenset("list economic carrying cash transaction combined book face resale insured advertising "
                         "order basket contract".split())
# "worth an estimated $95 million a year to the local economy": what something brings in each year, no valuation
WORTH_YEARLY = re.compile(r"\s(?:(?:a|per|each)\s(?:year|season|month|week|day)\b|annually\b|to\s(?:the\s)?(?:[\w-]+\s)?econom)")
# "raised its retention from £150m to £200m", "raised the dividend by": something else raised, no money raised
RAISED_SOMETHING = re.compile(r"\s(?:its|the|their|his|her|our)\s(?:[A-Z][\w-]*\s){0,4}?(?:[\w-]+['\u2019]s\s)?(?:[a-z-]+\s)?"
                              r"(?!(?:funds?|money|capital|cash|financing)\b)[a-z-]+"
                              r"(?:\sof\s(?:the\s|its\s|their\s|a\s)?[a-z-]+)?\s(?:from|to|by)\b"  # "the bottom of the range from"
                              # "whose contract was raised to 2.3 billion crowns": a figure raised, no money raised
                              r"|\s(?:to|by)\s(?=[$\u20ac\u00a3\d]|(?:about|around|roughly|nearly|almost|some|more|over)\s)")
# "lives in Harran with his wife and three children", "lives mainly from bananas and tourism": the verb, where or
# how someone lives, no lives lost
LIVES_WHERE = re.compile(r"\s(?:in|with|on|at|near|nearby|alone|abroad|there|here|outside|next|just|close|above|below|across|"
                         r"off|mainly|mostly|largely|chiefly|partly)\b", re.I)
# "the wage bill", "pay costs": what an employer pays everyone, no one's pay
WAGE_BILL = re.compile(r"\s(?:bill|bills|costs?)\b", re.I)
# "a provisional count released on Monday", "was released from hospital": information or people let out, no product.
NOT_A_PRODUCT_RELEASED = re.compile(
    r"\b(?:counts?|figures?|numbers|data|results?|reports?|statements?|statistics|documents?|footage|videos?|lists?|findings|"
    r"minutes|transcripts?|letters?|surveys?|polls?|estimates?|tally|details|names|records|prisoners?|hostages?|"
    r"detainees?|inmates?|patients?)\s(?:(?:were|was|have\sbeen|has\sbeen|had\sbeen|being|first|only|publicly|"
    r"officially)\s)?$", re.I)
# "a £640 million shortfall in its pension scheme": what a pension fund lacks, not the employer's loss for a year.
PENSION_NEAR = re.compile(r"\bpensions?\b", re.I)
# "the gap between the two offers", "narrowing the gap to Velorix's": how far apart two figures are
GAP_BETWEEN = re.compile(r"\s(?:between|with|separating)\s|\sto\s(?-i:[A-Z])")
NARROWING_BEFORE = re.compile(r"\b(?:narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?)\sthe\s$")
GAP_CUES = frozenset({"deficit", "shortfall", "surplus"})
# ", who joined from a bank in": a relative clause between commas, open where a figure stands
IN_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which)\s[^,;]*$")
# "in lost business", "lost sales": "lost" describing what was missed, no loss of the accounts
LOST_AS_ADJECTIVE = re.compile(r"\s(?:business|revenue|revenues|sales|income|output|production|trade|earnings|orders|wages|pay|"
                               r"bookings|fares|tickets|tourism|trading|custom|working\sdays|days|hours|time)\b", re.I)
# "81 percent opposed any rise above inflation", "a pay rise of 2 percent, less than inflation": a figure set against
# inflation, not inflation itself
SET_AGAINST = re.compile(r"\b(?:above|below|than|with|beat|beats|beating|outpac(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?|ahead\sof|"
                         r"behind|track(?:s|ed|ing)?|match(?:es|ed|ing)?|exceed(?:s|ed|ing)?)\s(?:the\s)?(?:rate\sof\s)?$", re.I)
# "losses on the property loans", "a loss on the sale of": what one holding or deal loses, not an organization's result
LOSSES_ON = re.compile(r"\son\s(?:the\s|its\s|their\s|a\s)?(?:[a-z-]+\s){0,2}?(?:loans?|mortgages?|bonds?|investments?|holdings?|"
                       r"assets|portfolio|property|properties|contracts?|sale|disposal|derivatives|shares|stake)\b", re.I)
# "its gross loss", "gross losses of": what claims cost an insurer before reinsurance, not its result for the year
GROSS_LOSS = re.compile(r"\sloss(?:es)?\b", re.I)
LOST_TO = re.compile(r"\s(?:to|in)\s(?:an?\s|the\s)?(?:[a-z-]+\s)?(?:fraud|frauds|fraudsters|scam|scams|scammers|theft|thefts|"
                     r"thieves|hackers|hack|cyberattack|cyber-attack|cybercriminals|embezzlement|rogue\strader)\b", re.I)
# "with dozens of people still unaccounted for", "three are missing": the missing, whom no death cue counts
MISSING_AFTER = re.compile(r"\s(?:(?:are|were|is|was|remain|remained)\s)?(?:still\s)?(?:missing|unaccounted\sfor)\b")
# "$11.40, a gap of almost 12 percent": a cue in another phrase whose "of" the figure after it completes, which claims it
CLAIMED_GAP = re.compile(r"\sof\s(?:about\s|almost\s|nearly\s|roughly\s|around\s|some\s|just\s(?:over|under)\s)?")
# "and has not made an annual profit", "but never reported a loss": a cue another verb denies, which names no figure
# before it
NEGATED_BEFORE = re.compile(r"\b(?:and|but)\s(?:[a-z]+\s){0,2}(?:not|never|no\slonger)\s(?:[a-z]+\s){0,3}$")
# "for families who have lost their homes": a relative clause about people, whose verb no figure before it takes
WHO_BETWEEN = re.compile(r"\b(?:who|whom)\b")
# "the $150 million at which it raised", "the price for which it sold": a relative clause the figure sets the terms of.
AT_WHICH = re.compile(r"\s(?:at|for)\swhich\s", re.I)
# Cue words of a death toll, which the missing named beside them are not counted in
DEATH_CUES = frozenset(("dead", "died", "death toll", "toll", "deaths"))
RELEASED_FROM = re.compile(r"\s(?:on\sbail\s)?from\b", re.I)
NOUN_AFTER_YEAR = re.compile(r"\s(?!(?:and|or|to|of|in|at|on|for|by|with|as|is|was|were|are|had|has|have|will|would|"
                             r"when|after|before|than|but|until|from)\b)([a-z][a-z-]+)\b")
# "reached about 640 million pesos as the jackpot grew", "expects to have around 8,100 once the cuts are complete": a cue
# after the figure in a clause of its own, which a conjunction opens
SUBORDINATE_GAP = re.compile(r"\s(?:as|once|when|while|until|because|although|though|whereas)\s"
                             r"(?:the|its|their|this|these|those|his|her)\s(?:[a-z-]+\s)?", re.I)
# "forecasts 310,000 in 2027 only if the state grant, cut to EUR 2,500, is restored", "unless the union agrees": a
# condition after the figure, whose words are not the figure's
CONDITION_GAP = re.compile(r"\b(?:if|unless|provided\sthat)\s", re.I)
MODIFIER_GAP = re.compile(r"\s(?:including|excluding|plus|net\sof|before|after|without|with|inclusive\sof)\s(?:its\s|the\s|their\s)?")
# "a €610m net profit", "a $40 million operating loss": one word of kind between a figure and the noun it is
FIGURE_ADJECTIVE_GAP = re.compile(r"\s(?:net|operating|pre-tax|pretax|underlying|annual|gross|quarterly|full-year|adjusted|core|"
                                  r"half-year|first-half|second-half)\s")
OWN_NOUN_DISTANCE = 3
# "had been expected since", "has been rumoured for": the time something was awaited, between its cue and a date
EXPECTED_SINCE = re.compile(r"\s(?:had|has|have)\s(?:long\s)?been\s(?:expected|rumou?red|speculated\sabout|anticipated|"
                            r"mooted|discussed|debated|awaited|planned)\s(?:since|for)\s(?:early\s|late\s|mid-)?")
# "charges $30 per vehicle", "charged members about $24.99": what a verb "charges" takes before the money it charges
CHARGED_GAP = re.compile(r"\s(?:(?:(?:its|their|the|each|every|all)\s)?(?:[a-z-]+\s)?(?:customers|users|riders|visitors|members|"
                         r"patients|fans|buyers|subscribers|drivers|guests|students|passengers|clients|tenants|residents|"
                         r"households|families|motorists|players|parents|diners|shoppers)\s|(?:them|him|her|it|us|you)\s)?"
                         r"(?:(?:about|around|roughly|some|nearly|almost|just|only|up\sto|as\smuch\sas|the\sequivalent\sof|"
                         r"between|from|at\sleast)\s)?")
# "founded Kittiwake Labs and sold it", "joined in March but left": a second verb in the past joined to the cue's, whose
# date a date after it is
LATER_VERB = re.compile(r"\s(?:and|but)\s(?:then\s|later\s|eventually\s|finally\s|soon\s)?(?:[a-z]{2,}ed|sold|ran|left|took|"
                        r"built|grew|made|won|lost|bought|became|went|began|quit|led|sent|spent|paid|gave|kept|held|sank|shut)\s"
                        r"(?!by\b)")
"""A value's own noun ("650 workers") is a cue, but a verb right next to it ("were laid off") is a stronger one."""
# "laid off its remaining", "cut all": only a determiner between a verb and the figure it governs
DETERMINER_GAP = re.compile(r"\s(?:(?:its|their|his|her|all|all\sof\sits)\s)(?:(?:last|remaining|entire|whole|final|own)\s)?")
MAX_CUE_DISTANCE = 80
# ", the family company that runs the ski area, ": an aside about a name, which does not part a cue from its figure
ASIDE_BETWEEN = re.compile(r",\s(?:the|a|an|which|who|whose)\s[^,;()]{1,90},\s")
# NOTE: English mostly puts the cue before the value ("invested $2 billion",
# "left in May"); a cue after the value must be clearly closer to win.
AFTER_PENALTY = 12


# "$6.8bn in revenue", "€40 million a year in sales", "$212 million of net profit": the noun after "in" or "of" says
# what the money is
IN_NOUN_GAP = re.compile(r"\s(?:a\syear\s)?(?:in|of)\s(?:annual\s|yearly\s|net\s|pre-tax\s|operating\s)?")
# "took in about $40 million in fees", "collected $61.4 million in fees": what charges brought someone in, its takings
TAKINGS_BEFORE = re.compile(r"\b(took|takes|taking|brought|brings|bringing|collected|collects|collecting|earned|earns|"
                            r"generated|generates|received|receives)(?:\sin)?\s(?:[a-z]+\s){0,2}$", re.I)
# "its income from registration fees", "revenue from tuition": takings that charges bring in
INCOME_FROM = re.compile(r"\b(?:income|revenues?|takings|earnings|receipts)\s(?:from|in)\s(?:[a-z-]+\s){0,2}$", re.I)
CHARGE_NOUN = re.compile(r"(?:fees|fee|fares|fare|tuition)", re.I)  # the price cues that name a charge
# "lost €2 million in sales", "cost it $5 million in fees": money gone, which the noun after "in" does not name
LOST_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing|cost|costs|costing|wiped|wiping|forgo|forgone|missed)\s(?:[a-z]+\s){0,2}$", re.I)

def _same_noun(first: str, second: str) -> bool:
    """Whether two coordinated values may share a verb: not "4,300 people in Velmora and two countries"."""
    a, b = first.rsplit(None, 1)[-1], second.rsplit(None, 1)[-1]
    return not (a.isalpha() and b.isalpha()) or a.lower() == b.lower()


class Neighbours:
    """The values of one sentence, for the questions attribution asks about one of them.

    Built once per sentence from (start, end, kind, blocks) in sentence offsets;
    each question is a bisect, so dense text costs O(log n) per value. Values do
    not overlap. A value that blocks keeps a cue beyond it from the values on its
    other side; dates and "the 11-year-old company" do not block.
    """

    __slots__ = ("_blocking", "_blocking_starts", "_blocking_ends", "_by_kind", "_ends", "_kinds")

    def __init__(self, spans=()) -> None:
        spans = sorted(spans)
        self._blocking = [(a, b) for a, b, _, blocks in spans if blocks]
        self._blocking_starts = [a for a, _ in self._blocking]
        self._blocking_ends = [b for _, b in self._blocking]
        self._by_kind: dict[str, list[int]] = {}
        self._ends: dict[int, int] = {}
        self._kinds: dict[int, str] = {}
        for a, b, kind, _ in spans:
            self._by_kind.setdefault(kind, []).append(a)
            self._ends[a] = b
            self._kinds[a] = kind

    def end_of(self, start: int) -> int:
        """End of the value starting at `start`."""
        return self._ends[start]

    def kind_at(self, start: int) -> str | None:
        """Kind of the value starting at `start`."""
        return self._kinds.get(start)

    def owns(self, lo: int, hi: int) -> bool:
        """Whether a blocking value's text contains [lo, hi) (its own noun, as "deaths" in "Three deaths")."""
        i = bisect.bisect_right(self._blocking_starts, lo) - 1
        return i >= 0 and self._blocking[i][1] >= hi

    def first_blocking_from(self, lo: int) -> tuple[int, int] | None:
        """The first blocking value starting at or after `lo`."""
        i = bisect.bisect_left(self._blocking_starts, lo)
        return self._blocking[i] if i < len(self._blocking) else None

    def last_blocking_before(self, hi: int) -> tuple[int, int] | None:
        """The last blocking value ending at or before `hi`."""
        i = bisect.bisect_right(self._blocking_ends, hi) - 1
        return self._blocking[i] if i >= 0 else None

    def blocking_within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Blocking values wholly inside [lo, hi), at most two (enough to tell one from several)."""
        i = bisect.bisect_left(self._blocking_starts, lo)
        found = []
        while i < len(self._blocking) and len(found) < 2 and self._blocking[i][1] <= hi:
            found.append(self._blocking[i])
            i += 1
        return found

    def next_start_of_kind(self, kind: str, lo: int) -> int | None:
        """Start of the first value of `kind` starting at or after `lo`."""
        starts = self._by_kind.get(kind, [])
        i = bisect.bisect_left(starts, lo)
        return starts[i] if i < len(starts) else None


ANY_CUE = "\0any"
"""Key, in the patterns mapping, of one pattern matching every cue of every attribute."""


def cue_patterns(attributes) -> dict[str, re.Pattern]:
    """Cue patterns per attribute name, plus :data:`ANY_CUE` for one scan per value."""
    patterns = {a.name: cue_pattern(a.cues) for a in attributes}
    every = sorted({c for a in attributes for c in a.cues}, key=len, reverse=True)
    if every:
        patterns[ANY_CUE] = cue_pattern(tuple(every))
    return patterns


def cue_pattern(cues: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for an attribute's cue words; a trailing * allows endings."""
    if not cues:
        return None
    parts = [re.escape(c[:-1]) + r"\w*" if c.endswith("*") else re.escape(c) for c in cues]
    return re.compile(r"\b(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")\b", re.I)


def _cue_matches(sentence: str, lo: int, hi: int, any_cue, fitting: list[re.Pattern]):
    """Cue matches in sentence[lo:hi]; where the longest cue there fits none of `fitting`, a fitting cue that starts
    inside it: "will lose" is a loss, but "will lose their jobs" holds the job cuts' "lose their jobs"."""
    for m in any_cue.finditer(sentence, lo, hi):
        if _in_name(sentence, m.start()):
            continue  # "The Transit and Rail Workers' Union": a word of a name, no cue
        if " " not in m.group(0) or any(p.fullmatch(m.group(0)) for p in fitting):
            yield m  # NOTE: only a cue of several words can hold another cue after its start
            continue
        inner = [found for p in fitting if (found := p.search(sentence, m.start() + 1, hi)) and found.start() < m.end()]
        yield min(inner, key=lambda found: found.start()) if inner else m


_CAPITALIZED_BEFORE = re.compile(r"(?:^|\s)(?-i:[A-Z])[\w'\u2019-]*\s$")


def _in_name(sentence: str, at: int) -> bool:
    """Whether the capitalized word at `at` follows another capitalized word: part of a name ("Rail Workers' Union").
    An acronym is written in capitals wherever it stands ("Its EBITDA", "Marrowby's IPO"), so it is no such part."""
    return sentence[at:at + 1].isupper() and not _ACRONYM.match(sentence, at) \
        and bool(_CAPITALIZED_BEFORE.search(sentence, max(0, at - 30), at))


_ACRONYM = re.compile(r"[A-Z]{2,}s?\b")


def _not_an_estimate(sentence: str, cue: re.Match, funded) -> bool:
    """Whether money is set aside or given for what the cue names ("a €2.3 billion reconstruction fund to rebuild
    homes", "$150 million available for reconstruction"), so the cue gives no estimate."""
    return bool(funded or PURPOSE_BEFORE.search(sentence, max(0, cue.start() - 12), cue.start()))


# "the tour's gross", "the film's total box office": what a thing of no name took in
THINGS_OWN_BEFORE = re.compile(r"\bthe\s(?:[a-z-]+\s)?([a-z]+)['\u2019]s\s(?:[a-z-]+\s)?$")
# "median household income", "average earnings": a statistic of many
STATISTIC_BEFORE = re.compile(r"\b(?:median|average|mean|typical|per\scapita)\s(?:(?:household|family|personal|disposable|annual|weekly)\s)?$",
                              re.I)
# "its steepest decline since it launched": an event the clause dates by "since", with no date of its own here
SINCE_IT = re.compile(r"\bsince\s(?:it|they|he|she|we|the\s[a-z]+)\s(?:was\s|were\s|first\s)?$")
# "Sales of high-bandwidth memory", "revenue from its cloud unit": a part of the business, named in lowercase
SALES_OF_THING = re.compile(r"\s(?:of|from)\s(?:its\s|their\s|the\s)?(?!(?:the|company|group|business|firm|chain|bank)\b)"
                            r"[a-z][a-z-]+(?:\s[a-z][a-z-]+)?(?=,|\s(?:rose|fell|reached|grew|climbed|jumped|increased|doubled|"
                            r"were|was|hit|totalled|totaled|came|brought|accounted|added|made)\b)")
# "$1 billion repurchasing its shares", "£200m on buybacks": money a company spends on its own shares
BUYBACK_AFTER = re.compile(r"\s(?:on\s)?(?:share\s)?(?:repurchas|buy(?:ing)?[\s-]?backs?\b|buybacks?\b)", re.I)
# "birth dates", "birth certificates": a kind of record, no one's birth
BIRTH_DATES_AFTER = re.compile(r"\s(?:dates|certificates|records|rates?)\b")
# "€100,000 for information", "a $50,000 reward for any tip": what a reward is for
REWARD_FOR = re.compile(r"[^.;]{0,40}?\bfor\s(?:any\s)?(?:information|tips?|tip-offs?)\b")
# "staff hired in 2021", "nurses recruited last year": people of no name, right before the verb
HIRED_PLURAL = re.compile(r"\b(?:staff|people|personnel|[a-z]{3,}(?<!ss)s)\s$")


def _word_before(sentence: str, at: int) -> str:
    """The word right before `at`, lower-cased ("gross" in "its gross loss" for the offset of "loss"), or ""."""
    if not sentence[at - 1:at].isspace():
        return ""
    words = sentence[max(0, at - 24):at].split()
    return words[-1].lower() if words else ""


def _cue_misread(sentence: str, cue: re.Match, start: int, end: int, after: bool) -> bool:
    """Whether the cue word `cue` does not give the figure at ``sentence[start:end]`` its attribute in this wording."""
    word = cue.group(0).lower()
    if after and NEGATED_BEFORE.search(sentence, max(end, cue.start() - 40), cue.start()):
        return True  # "received a €1.2 billion rescue package and has not made an annual profit since": no figure's cue
    who = WHO_BETWEEN.search(sentence, end, cue.start()) if after else None
    if who and sentence[end:who.start()].strip():
        # "€3 million for families who have lost their homes": the verb of the people "who" stands for (but "the 1,500
        # people who work at": the figure's own people)
        return True
    if word in ("released", "release"):  # "a provisional count released early on Monday", "released from hospital"
        return bool(NOT_A_PRODUCT_RELEASED.search(sentence, max(0, cue.start() - 40), cue.start())
                    or RELEASED_FROM.match(sentence, cue.end()))
    if word == "gap" and (GAP_BETWEEN.match(sentence, cue.end()) or NARROWING_BEFORE.search(sentence, max(0, cue.start() - 24), cue.start())):
        return True  # "The gap between them, £230 million", "narrowing the gap with the Halo 6 to $50": a difference, no loss
    if word in GAP_CUES:  # "to close a £640 million shortfall" in a pension scheme: what the fund lacks, no loss
        return bool(PENSION_NEAR.search(sentence, max(0, cue.start() - 120), cue.end() + 40))
    if word.endswith(" go") and GO_ELSEWHERE.match(sentence, cue.end()):
        return True  # "she decided to go it alone", "will go ahead": going somewhere, no jobs going
    if word == "went" and WENT_FROM.match(sentence, cue.end()):
        return True  # "the night team went from 40 people to nine": a level that changed, no jobs going
    if word in ("opened", "opens", "launched", "launches") and (sentence[start:end][:1].isalpha() or after) \
            and OPENED_SOMETHING.match(sentence, cue.end()):
        return True  # "cancelled 140 operations on Tuesday and opened a second overflow ward": the ward's opening
    if after and SINCE_IT.search(sentence, max(end, cue.start() - 20), cue.start()):
        return True  # "lost 2.1 million subscribers in the first quarter, its steepest decline since it launched": no date of it
    if word in ("gross", "revenue", "revenues", "sales", "takings", "box office") \
            and (thing := THINGS_OWN_BEFORE.search(sentence, max(0, cue.start() - 30), cue.start())) \
            and thing.group(1) not in ORG_NOUNS:
        return True  # "puts the tour's gross at $1.21 billion", "the film's box office": a thing's takings, no company's
    before = _word_before(sentence, cue.start())
    if word in ("earnings", "winnings", "money") and before == "prize" or word == "prize" and before == "career":
        return True  # "lifted the team's career prize earnings to $8.4 million": prizes won over years, no profit nor one prize
    if word in ("income", "incomes", "earnings", "wage", "wages") and STATISTIC_BEFORE.search(sentence, max(0, cue.start() - 30), cue.start()):
        return True  # "the county's median household income of $51,400": an average of many, no one's takings
    if word in ("sales", "revenue", "revenues") and not after and SALES_OF_THING.match(sentence, cue.end()):
        return True  # "Sales of high-bandwidth memory reached $3.1 billion": one product's takings, not the company's
    if word in ("spent", "spend", "spends", "spending", "used", "uses", "using") and not after \
            and BUYBACK_AFTER.match(sentence, end):
        return True  # "spent $1 billion repurchasing its shares": a buyback, which the words after the figure name
    if word == "birth" and BIRTH_DATES_AFTER.match(sentence, cue.end()):
        return True  # "copying names, phone numbers and birth dates between March and June": a kind of data, no one's birth
    if word in ("offered", "offers", "offering") and REWARD_FOR.match(sentence, end):
        return True  # "offered €100,000 in 2014 for information leading to the paintings' return": a reward, no price
    if word in ("charges", "charged") and (after or not CHARGED_GAP.fullmatch(sentence, cue.end(), start)):
        return True  # "restructuring charges would total about £310 million": charges set against profit, no price
    if (CHARGE_NOUN.fullmatch(word) or word == "charges") and not after \
            and INCOME_FROM.search(sentence, max(0, cue.start() - 40), cue.start()):
        return True  # "its income from registration fees and observer charges reached £214,000": takings, no price
    if not after and EXPECTED_SINCE.fullmatch(sentence, cue.end(), start):
        return True  # "Morlaix's departure had been expected since January": since when it was expected, not its date
    if word in ("hired", "recruited") and HIRED_PLURAL.search(sentence, max(0, cue.start() - 30), cue.start()):
        return True  # "paid for staff hired in 2021", "the 40 teachers recruited in 2022": when others joined, no one's joining
    if after and word in ("started", "founded", "built", "created", "set up", "launched") \
            and DESCRIBED_BY_CUE.search(sentence, max(0, cue.start() - 40), cue.start()):
        return True  # "On Tuesday the company they started, Nimbrel Robotics, agreed to be sold": not its founding day
    if word in ("started", "began") and STARTED_DOING.match(sentence, cue.end()):
        return True  # "started climbing as a teenager in 1977", "It started buying in January 2025": an activity, no founding
    if word in ("price", "prices") and PRICE_CHANGE.match(sentence, cue.end()):
        return True  # "even after price rises averaging 12 percent", "a price war": changes of prices, no price
    if word == "value" and _word_before(sentence, cue.start()) in OTHER_VALUES:
        return True  # "a list value of $7.9bn", "its average transaction value rose to £4.60": no one's valuation
    if word.endswith("worth") and (not WORTH_HOLDER.search(sentence, max(0, cue.start() - 40), cue.start())
                                   or WORTH_YEARLY.match(sentence, end)):
        return True  # "The deal is worth roughly €1.35 billion": what a deal or a thing is worth, no valuation
    if word == "order" and ORDER_BOOK.match(sentence, cue.end()):
        return True  # "the order book reached a record £4.6 billion": the backlog, no price
    if word in ("raised", "raise", "raising") and RAISED_SOMETHING.match(sentence, cue.end()):
        return True  # "raised its retention from £150m to £200m": what was raised is no money
    if word == "lives" and LIVES_WHERE.match(sentence, cue.end()):
        return True  # "lives in Harran with his wife and three children": where someone lives
    if word in ("cut", "cuts") and CUT_OFF.match(sentence, cue.end()):
        return True  # "32 men had been cut off by the rockfall": trapped, no jobs cut
    if word in ("wage", "wages", "pay", "salary", "salaries") and WAGE_BILL.match(sentence, cue.end()):
        return True  # "Aldermoor's wage bill, £238 million": what an employer pays everyone, no one's pay
    if word in ("lost", "losing", "lose"):  # "€38 million in lost business", "had lost $212 million to a fraud"
        return bool(LOST_AS_ADJECTIVE.match(sentence, cue.end()) or LOST_TO.match(sentence, end))
    if after and word in ("inflation", "consumer prices", "price growth") \
            and SET_AGAINST.search(sentence, max(end, cue.start() - 30), cue.start()):
        return True  # "81 percent opposed any increase above inflation": a figure set against inflation, not its rate
    if LOAN_CUE.fullmatch(word):
        return not (LENDER_AFTER.match(sentence, cue.end()) or LENDER_NAMED_BEFORE.search(sentence, max(0, cue.start() - 30), cue.start())
                    or LENDING_BEFORE.search(sentence, max(0, min(start, cue.start()) - 40), min(start, cue.start())))
    if word in ("loss", "losses") and LOSSES_ON.match(sentence, cue.end()):
        return True  # "losses on the property loans could reach $1.9 billion": what some assets lose, not the year's result
    if word in ("loss", "losses") and before == "gross" \
            or word == "gross" and GROSS_LOSS.match(sentence, cue.end()):
        return True  # "puts its gross loss at €410 million": what claims cost an insurer, no result and no takings
    if not after:
        # "the number of dead was likely to rise, with dozens of people still unaccounted for": the missing, no toll
        return word in DEATH_CUES and bool(MISSING_AFTER.match(sentence, end))
    if word in DEATH_CUES \
            and any(w in sentence[end:cue.start()].lower() for w in ("missing", "unaccounted")):
        # "four residents are still listed as missing and presumed dead", "three people were still unaccounted for and
        # the death toll was likely to rise": the missing, no toll
        return True
    if "," in sentence[end:cue.start()] and IN_RELATIVE_CLAUSE.search(sentence, max(0, start - 100), start):
        return True  # "Ashdown, who joined from a bank in 2021, left ...": the main verb is not the relative clause's
    return bool(AT_WHICH.match(sentence, end, cue.start()))  # "the $150 million at which it raised": that clause's verb


def choose_attribute(sentence: str, start: int, end: int, kind: str, form: str, attributes, patterns,
                     neighbours: Neighbours | None = None) -> tuple[str | None, int | None, str | None, str]:
    """Return (attribute, cue offset, cue word, kind) for a value at ``sentence[start:end]``.

    The nearest cue in the same clause wins; a cue right after the value
    ("$3 billion valuation") counts as adjacent; a cue separated from the value
    by another value belongs to that one. A plain number takes a count
    attribute ("the death toll rose to 340") and becomes a count.
    """
    if kind == "age" and form != "at-age":  # "Wang, 29," is an age whatever verbs follow
        return _for_kind(kind, attributes, patterns)[1], None, None, kind
    if kind == "date" and YEAR.fullmatch(sentence, start, end) and DETERMINER_BEFORE.search(sentence, max(0, start - 6), start) \
            and (noun := NOUN_AFTER_YEAR.match(sentence, end)):
        # the noun's date ("a 1996 exhibition"): no cue but the noun itself ("its 1994 founding") gives it an attribute
        return next(((a.name, noun.start(1), noun.group(1), kind) for a in attributes if kind in a.kinds
                     and patterns.get(a.name) is not None and patterns[a.name].fullmatch(noun.group(1))), (None, None, None, kind))
    any_cue = patterns.get(ANY_CUE)
    if kind == "percent" and any_cue is not None and (noun := PERCENT_ADJECTIVE.match(sentence, end)) \
            and ARTICLE_BEFORE.search(sentence, max(0, start - 4), start) \
            and not HOLDING_NOUN.search(noun.group(1)) \
            and not any(sentence[m.end():m.end() + 1] != "-" for m in any_cue.finditer(sentence, noun.start(1), noun.end(1))):
        return None, None, None, kind  # "a 15 percent sell-on clause", "a 20 percent discount": what the noun names
    c_start, c_end = clause(sentence, start)
    c_start, c_end = max(c_start, start - MAX_CUE_DISTANCE - 30), min(c_end, end + MAX_CUE_DISTANCE + AFTER_PENALTY + 30)
    neighbours = neighbours or Neighbours()
    best: tuple[int, str, int, str, str] | None = None
    candidates, default = _for_kind(kind, attributes, patterns)
    # "a €2.3 billion reconstruction fund to rebuild homes": money set aside, not an estimate of what rebuilding costs
    funded = kind == "money" and (FIGURE_FUNDING_NOUN.match(sentence, end)
                                  or PUBLIC_MONEY_BEFORE.search(sentence, max(0, start - 30), start))
    if kind == "money" and BORROWED_NOUN.match(sentence, end):  # "an £800 million bank loan" after "the purchase": no price
        candidates = [(name, as_kind) for name, as_kind in candidates if name != "price"]
    for m in (_cue_matches(sentence, c_start, c_end, any_cue, [patterns[name] for name, _ in candidates])
              if any_cue and candidates else ()):
        after = m.end() > start
        if m.start() and sentence[m.start() - 1] == "-" or sentence[m.end():m.end() + 1] == "-" \
                and sentence[m.end() + 1:m.end() + 2].isalpha():
            continue  # "self-employed couriers", "state-owned", "a sell-on clause": a part of another word
        if FUNDING_NOUN_AFTER.match(sentence, m.end()) and not m.group(0).lower().startswith("invest"):
            continue  # "a reconstruction loan", "its compensation fund": money lent or set aside (but "an investment fund")
        if not after and m.group(0).lower() in ("put", "puts") and PUT_AT_BEFORE.fullmatch(sentence, m.end(), start):
            continue  # "Total damage is now put at €1.4 billion": an estimate, nothing put into anything
        if _cue_misread(sentence, m, start, end, after):
            continue  # "a provisional count released on Monday", "€38 million in lost business": not the cue's sense
        if start <= m.start() and m.end() <= end:  # the value's own noun: "140 job cuts", "70 employees"
            distance, blocked = OWN_NOUN_DISTANCE, False
        elif neighbours.owns(m.start(), m.end()):  # "Three deaths and 71 serious injuries": another value's noun
            continue
        elif PER_UNIT.search(sentence, max(0, m.start() - 16), m.start()):  # "€4.20 a share": a rate, not a holding
            continue
        elif after and MODIFIER_GAP.fullmatch(sentence, end, m.start()):
            continue  # "values the club at £175 million including debt": what the figure includes, not its kind
        elif after and (SUBORDINATE_GAP.fullmatch(sentence, end, m.start()) or CONDITION_GAP.search(sentence, end, m.start())):
            continue  # "as the jackpot grew", "310,000 in 2027 only if the state grant, cut to": another clause's
        elif after:
            gap = m.start() - end
            distance = gap if gap <= 2 else 1 if FIGURE_ADJECTIVE_GAP.fullmatch(sentence, end, m.start()) else gap + AFTER_PENALTY
            if gap <= 1 and m.group(0)[:3].lower() == "of ":  # "took 48% of the vote": what the share is of, before the verb
                distance = 0
            if IN_NOUN_GAP.fullmatch(sentence, end, m.start()) and not LOST_BEFORE.search(sentence, max(0, start - 24), start):
                distance = 0  # "earned $6.8bn in revenue": the noun after "in" names the money (but "lost €2 million in sales")
                taken = TAKINGS_BEFORE.search(sentence, max(0, start - 30), start) if CHARGE_NOUN.fullmatch(m.group(0)) else None
                if taken and any(name == "revenue" for name, _ in candidates):
                    # "The park took in about $40 million in fees": what the fees brought in, its takings, not a fee
                    best = (0, "revenue", taken.start(), taken.group(1), kind)
                    continue
            passive = PASSIVE_BETWEEN.fullmatch(sentence, end, m.start())
            if passive:  # "650 workers were laid off"
                distance = 2
            if "," in sentence[end:m.start()]:  # "for €900 million, a deal that ...": another phrase
                distance += AFTER_PENALTY
            if NAME_BETWEEN.fullmatch(sentence, end, m.start()):  # "the £25 million Redmoor paid": the name's verb
                distance = 1
            # blocked by a value in between, or claimed by a nearer value after the cue ("in 2026 and aims to launch X in 2027"),
            # or by any value of its kind after a verb the figure's clause is joined to ("founded in Kellsbridge in 2005 and
            # opened its Port Elsin base in 2011": 2011 is the opening's)
            between = neighbours.first_blocking_from(end)
            claimant = neighbours.next_start_of_kind(kind, m.end())
            taken = neighbours.first_blocking_from(m.end())  # "down 18 percent, a slump that forced it to cut 120 jobs"
            blocked = (between is not None and between[1] <= m.start()) or \
                (not passive and claimant is not None and claimant < c_end and claimant - m.end() < m.start() - end) or \
                (claimant is not None and claimant < c_end and sentence[end:m.start()] in (" and ", ", and ")) or \
                (not passive and taken is not None and (taken[0] - m.end() <= 1
                                                         or "," in sentence[end:m.start()]
                                                         and CLAIMED_GAP.fullmatch(sentence, m.end(), taken[0])))
        else:
            held = neighbours.last_blocking_before(m.start())
            if kind in ("count", "number") and held is not None and sentence[held[1]:m.start()] == " " \
                    and neighbours.kind_at(held[0]) in ("count", "number"):
                continue  # "Besides the five dead, 13 people were injured": the word right after a count is its own
            distance = start - m.end()
            if kind == "date" and LATER_VERB.search(sentence, m.end(), start):
                continue  # "co-founded Kittiwake Labs and sold it in 2022": the date is the later verb's
            if distance > OWN_NOUN_DISTANCE and DETERMINER_GAP.fullmatch(sentence, m.end(), start):
                distance = 1  # "laid off its remaining 312 employees": the verb's object, whatever its own noun says
            if distance > MAX_CUE_DISTANCE and (aside := ASIDE_BETWEEN.search(sentence, m.end(), start)):
                distance -= len(aside.group(0))  # "to buy Hollenfirn, the family company that runs the ski area, for": an aside
            between = neighbours.blocking_within(m.end(), start)
            claimant = neighbours.next_start_of_kind(kind, m.end())
            if not between and claimant is not None and claimant < start \
                    and not changed_by(sentence, claimant):  # "died in 2009, built ... in 1964"
                between = [(claimant, neighbours.end_of(claimant))]  # but "rose by $40 million to $1.2 billion"
            prior = neighbours.last_blocking_before(m.start())
            if not between and prior is not None and BOUND_AFTER.fullmatch(sentence, prior[1], m.start()):
                between = [prior, prior]  # "11 miners were killed and 29 others remain trapped": the cue is taken
            # "paid £6 million for Ashdown and £2 million for Pike": the second value shares the verb
            blocked = bool(between) and not (len(between) == 1 and COORDINATED.match(sentence, between[0][1], start)
                                             and _same_noun(sentence[between[0][0]:between[0][1]], sentence[start:end]))
            if blocked and kind == "money" and len(between) == 1 and neighbours.kind_at(between[0][0]) != "money" \
                    and FOR_MONEY.search(sentence, max(0, start - 24), start):
                blocked = False  # "agreed to buy 88 percent of Lanternfold for €410 million": what the verb's object cost
        if distance < 0 or distance > MAX_CUE_DISTANCE or (after and form == "at-age") or blocked:
            continue
        if best is not None and distance >= best[0]:
            continue
        for name, as_kind in candidates:
            if patterns[name].fullmatch(m.group(0)) and not (_not_an_estimate(sentence, m, funded) and is_estimate(name, attributes)):
                best = (distance, name, m.start(), m.group(0), as_kind)
                break
    opening = main_opening(sentence, start) if best is None and candidates and any_cue else None
    if best is None and candidates and any_cue and not opening and (opening := label_of(sentence, start)):
        head = next(iter(any_cue.finditer(sentence, *opening)), None)  # "- Valuation at last funding round (2024):": the label's first noun
        modifier = head and LABEL_MODIFIER.search(sentence, head.end(), opening[1])
        opening = (opening[0], modifier.start()) if modifier else opening
    if opening:  # "Sales at the chain, founded in 1959, peaked at £1.1 billion", "- Jobs lost: 1,200": the cue before the clause
        for m in any_cue.finditer(sentence, *opening):
            distance = opening[1] - m.end() + start - c_start
            if distance <= MAX_CUE_DISTANCE and not neighbours.blocking_within(m.end(), start) \
                    and (best is None or distance < best[0]):
                name, as_kind = next(((name, as_kind) for name, as_kind in candidates if patterns[name].fullmatch(m.group(0))),
                                     (None, None))
                if name:
                    best = (distance, name, m.start(), m.group(0), as_kind)
    if kind == "age" and form == "at-age":
        return (f"age at {best[1]}" if best else None), (best[2] if best else None), (best[3] if best else None), kind
    if best:
        return best[1], best[2], best[3], best[4]
    return default, None, None, kind


_BY_KIND: dict[str, tuple[object, object, list[tuple[str, str]], str | None]] = {}


def _for_kind(kind: str, attributes, patterns) -> tuple[list[tuple[str, str]], str | None]:
    """For a value of `kind`: (attribute, kind it takes the value as) for each attribute with a cue pattern it may have,
    in rule-pack order (a plain number may be a count), and the attribute it has with no cue ("Wang, 29," is an age).
    Worked out once per kind for the same rule pack and patterns, not once per value: a document with thousands of
    figures asks the same question for each."""
    cached = _BY_KIND.get(kind)
    if cached is not None and cached[0] is attributes and cached[1] is patterns:
        return cached[2], cached[3]
    found = []
    for attr in attributes:
        as_kind = kind if kind in attr.kinds else "count" if kind == "number" and "count" in attr.kinds else None
        if as_kind is not None and patterns.get(attr.name) is not None:
            found.append((attr.name, as_kind))
    default = next((attr.name for attr in attributes if kind in attr.default_for), None)
    _BY_KIND[kind] = (attributes, patterns, found, default)
    return found, default


