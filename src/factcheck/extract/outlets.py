"""Outlets an organization runs, and those it closes, opens, buys or sells.

"would close 52 stores", "plans to open 30 restaurants" and "agreed to buy 61 stores" are the outlets
closed, opened or bought, never all of them: "stores (closures)", "stores (openings)", "stores (bought)".
"12 of the stores were losing money" is some of them, no count of the organization's own.
"""

from __future__ import annotations

import re

# "would close 52 stores", "to shut a further 12 branches", "will open 30 restaurants", "agreed to buy 61 stores"
OUTLET_CHANGE = re.compile(r"\b(clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\sdown)?|shutter(?:s|ed|ing)?|open(?:s|ed|ing)?|"
                           r"buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|take\sover|takes\sover|took\sover|taking\sover|"
                           r"sell(?:s|ing)?|sold)\s+"
                           r"(?:(?:about|nearly|almost|some|around|roughly|more\sthan|up\sto|another|a\sfurther|an\sextra|"
                           r"a\sfurther\s\d+\sof)\s+)?$", re.I)
# "12 of the stores were losing money", "52 of its 213 stores", "six stores in the county": some of them.
SOME_OF_THEM = re.compile(r"\s+of\s+(?:the|its|their|these|those|[A-Z][\w-]*['\u2019]s)\s"
                          r"|\s+in\s+(?:the|this|that)\s+(?:county|city|town|region|area|district|village|valley|borough|"
                          r"province|capital|state)\b")


def changed_outlets(sentence: str, start: int) -> str | None:
    """The qualifier for outlets a verb right before `start` changes ("closures", "openings", "bought", "sold")."""
    change = OUTLET_CHANGE.search(sentence, max(0, start - 40), start)
    if change is None:
        return None
    verb = change.group(1).lower()
    if verb.startswith("open"):
        return "openings"
    if verb.startswith(("buy", "bought", "acquir", "take", "took")):
        return "bought"
    if verb.startswith(("sell", "sold")):
        return "sold"
    return "closures"


def some_of_them(sentence: str, end: int) -> str | None:
    """The words after a count at `end` that make it some of the outlets ("of the"), or None."""
    some = SOME_OF_THEM.match(sentence, end)
    return some.group(0).strip() if some else None
