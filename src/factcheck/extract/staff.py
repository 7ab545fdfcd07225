"""Job cuts told as a part of a named organization's staff, and counts that are no organization's staff.

"about 1,100 of Caskell's 2,800 jobs would go": the first figure is
Caskell's job cuts, the second its headcount; "cutting 1,100 positions, about
40 percent of Caskell's 2,750 staff": the cuts are Caskell's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import base_attribute
from .attribution import Attribution, definitions
from .entities import NameMention
from .quantities import QUALIFIER_WORDS

# "the Valdoran Pilots' Association", "the Pellavian Teachers' Council": a body of workers by its members' plural
MEMBERS_BODY = re.compile(r"\w+s['\u2019]\s(?:Association|Alliance|Federation|Guild|Union|Council)$")
# What a percentage of job cuts is a share of: "cut 6 percent of its workforce".
JOB_NOUN = re.compile(r"\b(?:jobs?|staff|workforce|roles?|positions?|posts?|employees|workers|headcount|payroll|people)\b", re.I)
# "about 1,100 of Caskell's 2,800 jobs would go": the cuts, then the whole staff they come from, both of the name between.
OF_NAMED_GAP = re.compile(r"\s(?:of|among)\s(?:the\s)?")
JOBS_GO_AFTER = re.compile(r"\s(?:(?P<plan>would|will|could|are\sto|were\sto|are\sset\sto|are\sdue\sto)\s(?:go|be\scut|be\slost|"
                           r"disappear|be\seliminated|be\saxed|be\smade\sredundant|be\slaid\soff)|(?:are|were|have\sbeen|had\sbeen)\s"
                           r"(?:being\s)?(?:cut|lost|eliminated|axed|made\sredundant|laid\soff))\b")
# "plans to cut about 2,100 of its 31,500 jobs": a cut verb before the part, whose whole is the staff
CUT_BEFORE = re.compile(r"\b(?:cut|cuts|cutting|shed|sheds|shedding|axe|axes|axing|eliminate|eliminates|eliminating|slash|slashes|"
                        r"slashing|lay\soff|lays\soff|laying\soff)\s" + QUALIFIER_WORDS + r"$", re.I)
# "of its 31,500 jobs", "of the company's 610 employees", "of the 610 staff": the staff of the organization "its" stands for
ITS_STAFF_GAP = re.compile(r"(?:its\s|their\s|(?:company|group|firm|business|trust|bank|council)['\u2019]s\s)?")
OF_WHOLE = re.compile(r"\s(?:of|among)\s(?:the\s|its\s|their\s|(?:[\w.\u2024&-]+\s){0,3}[\w.\u2024&-]+['\u2019]s?\s)")
# "cutting 1,100 positions, about 40 percent of Caskell's 2,750 staff": the cuts of the staff's organization.
SHARE_OF_NAMED_STAFF = re.compile(r",\s(?:or\s)?(?:about\s|around\s|roughly\s|nearly\s|almost\s|some\s|more\sthan\s)?"
                                  r"(?:\d+(?:\.\d+)?\s?(?:percent|per\scent|%)|a\s(?:third|quarter|fifth|tenth)|half)\s(?:of|among)\s")
NAMED_STAFF = re.compile(r"['\u2019]s\s(?:[\w,.\u2024-]+\s){0,2}?(?:workforce|staff|employees|workers|jobs|positions|headcount|payroll)\b")


# What an organization's staff figures count: never places, sites or things ("14 countries", "410 shops"), nor
# those who build for it ("3,000 construction workers")
STAFF_FIGURES = frozenset({"headcount", "job cuts", "jobs created"})
NOT_STAFF = frozenset("country city town region state market site plant factory store shop branch office hotel outlet "
                      "restaurant location depot warehouse car vehicle aircraft plane ship train product model title book "
                      "customer subscriber passenger home household patient student visitor".split())
BUILDERS = re.compile(r"\bconstruction\s(?:workers|jobs|staff|roles)\b", re.I)
# "the 162 employees of Brannock House": staff, named by their employer after "of"
STAFF_UNIT = re.compile(r"\b(?:employees|staff|workers|workforce)$")
# "612 job cuts across Monolune": jobs, which an organization "across" may own (not "people across Corsland")
CUT_JOBS = re.compile(r"\b(?:jobs?|job\scuts|cuts|roles|posts|positions|redundancies)$")


def counts_no_staff(attribute: str, unit: str | None, text: str) -> bool:
    """Whether a count given a staff attribute counts no organization's staff: "14 countries" in "131,000 employees
    in 14 countries", "Up to 3,000 construction workers"."""
    return base_attribute(attribute) in STAFF_FIGURES and (unit in NOT_STAFF or bool(BUILDERS.search(text)))


# "eliminate 1,870 positions out of roughly 7,400", "employs 650 workers, out of about 5,000 across the group": the whole
# staff a count of jobs or people is part of
OUT_OF_GAP = re.compile(r"(?:\s[a-z]+(?:\s[a-z]+){0,3})?,?\s(?:out\sof|of\sa\stotal\sof|from\sa\stotal\sof)\s")


# "most of its 1,140 employees", "half of the 300 staff": the whole staff a share in words is of
SOME_OF_WHOLE = re.compile(r"\b(?:most|half|much|many|some|part|all|the\srest)\sof\s(?:its|the|their|[A-Z][\w-]*['\u2019]s)\s$", re.I)


def some_of_the_staff(sentence: str, s: int) -> str | None:
    """The words before the figure at sentence offset `s` that make it the whole staff some of which a sentence is
    about ("putting most of its 1,140 employees out of work": "most of its"), or None."""
    some = SOME_OF_WHOLE.search(sentence, max(0, s - 30), s)
    return some.group(0).strip() if some else None


def whole_of_staff(sentence: str, s: int, neighbours, its_org: Callable[[], str | None]) -> Attribution | None:
    """The headcount of the organization "it" stands for, when the figure at sentence offset `s` is the whole staff a count
    of jobs or people before it is "out of"."""
    if "of " not in sentence[max(0, s - 12):s]:
        return None  # NOTE: the common case stays cheap
    prior = neighbours.last_blocking_before(s)
    if prior is None or not JOB_NOUN.search(sentence, *prior) or not OUT_OF_GAP.fullmatch(sentence, prior[1], s):
        return None
    owner = its_org()
    return Attribution(owner, "headcount", None, f"the whole staff {sentence[prior[0]:prior[1]]!r} are part of, the staff of "
                                                 f"the organization the document is about, {owner}", "count") if owner else None


def staff_share_owner(sentence: str, base: int, e: int, names: list[NameMention], persons) -> str | None:
    """The organization whose staff the share after the cuts ending at `e` is of: "..., about 40 percent of
    Caskell's 2,750 staff"."""
    share = SHARE_OF_NAMED_STAFF.match(sentence, e)
    return next((n.name for n in names if share and n.possessive and n.start - base == share.end() and n.name not in persons
                 and NAMED_STAFF.match(sentence, n.end - base)), None)


def cuts_of_named_staff(sentence: str, base: int, s: int, e: int, names: list[NameMention], neighbours,
                        attributes, its_org: Callable[[], str | None] = lambda: None) -> Attribution | None:
    """ "about 1,100 of Caskell's 2,800 jobs would go": the first figure is Caskell's job cuts, the second its headcount;
    "418 of the 610 staff have been made redundant", "will cut 2,100 of its 31,500 jobs": the staff of `its_org`, the
    organization "its" or "the" stands for, which `its_org` finds when asked."""
    near = sentence[max(0, s - 40):e + 40]
    if not OF_WHOLE.search(near) or "job cuts" not in definitions(attributes) or "headcount" not in definitions(attributes):
        return None  # NOTE: no "of the", "of its" or "of Name's" near the figure: the common case stays cheap

    def owner_between(lo: int, hi: int) -> str | None:
        gap = OF_NAMED_GAP.match(sentence, lo, hi)
        if gap is None:
            return None
        named = next((n.name for n in names if n.possessive and n.start - base == gap.end()
                      and re.fullmatch(r"['\u2019]s?\s", sentence[n.end - base:hi])), None)
        return named or (its_org() if ITS_STAFF_GAP.fullmatch(sentence, gap.end(), hi) else None)

    prior = neighbours.last_blocking_before(s)
    if prior is not None and JOB_NOUN.search(sentence, s, e) \
            and (going := JOBS_GO_AFTER.match(sentence, e) or CUT_BEFORE.search(sentence, max(0, prior[0] - 30), prior[0])) \
            and (owner := owner_between(prior[1], s)):
        return Attribution(owner, "headcount", None, f"the whole staff that {sentence[prior[0]:prior[1]]!r} "
                                                     f"'{going.group(0).strip()}' from, {owner}'s", "count")
    following = neighbours.first_blocking_from(e)
    if following is not None and JOB_NOUN.search(sentence, *following) \
            and (going := JOBS_GO_AFTER.match(sentence, following[1])) and (owner := owner_between(e, following[0])):
        return Attribution(owner, "job cuts" + (" (projected)" if going.group("plan") else ""), None,
                           f"'{going.group(0).strip()}', some of {owner}'s {sentence[following[0]:following[1]]!r}", "count")
    return None


def is_union(name: str) -> bool:
    """Whether a name is a trade union's, never an employer's: "Valley Bank Workers' Union", "Guild of Dispensing
    Staff", "United Forge Workers", "Valdoran Pilots' Association"."""
    words = name.lower().split()
    return words[-1] in ("union", "unions", "guild", "federation", "alliance", "congress", "workers") or words[0] == "guild" \
        or any(w.endswith(("workers'", "workers\u2019", "staff'")) for w in words) or bool(MEMBERS_BODY.search(name))
