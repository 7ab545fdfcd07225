"""A web page's own metadata: publication date, title and outlet, from the parsed page.

The date is looked for, in order, in ``<meta property|name|itemprop=...>``
(``article:published_time`` first), in JSON-LD ``datePublished``, and in
``<time datetime=...>``. The page's text is never searched here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from typing import NamedTuple

from .published import coerce_date

META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "dc.date.issued", "dcterms.issued", "pubdate", "publishdate",
)
_JSON_LD_NODES = 10_000  # walk at most this many JSON-LD values


class PageMeta(NamedTuple):
    """What a page's metadata says about it."""

    published: dt.date | None
    """From meta tags, JSON-LD or a <time> element, in that order."""
    title: str | None
    """og:title, else <title>."""
    site: str | None
    """og:site_name."""
    problems: tuple[str, ...]
    """Date metadata that could not be read."""


def page_metadata(root) -> PageMeta:
    """Read date, title and site name from an lxml HTML tree."""
    metas: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    problems: list[str] = []
    published = None
    for key in META_DATE_KEYS:
        if key in metas:
            published = coerce_date(metas[key])
            if published is not None:
                break
            problems.append(f"html metadata {key}: {metas[key][:80]!r} is not a date")
    if published is None:
        published = _json_ld_date(root) or _time_date(root)
    title = _squash(metas.get("og:title")) or _squash(root.findtext(".//title"))
    return PageMeta(published, title, _squash(metas.get("og:site_name")), tuple(problems))


def _squash(text: str | None) -> str | None:
    return " ".join(text[:1000].split())[:200] or None if text else None


def _json_ld_date(root) -> dt.date | None:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except (ValueError, RecursionError):
            continue  # a broken JSON-LD block is common and harmless: try the next source
        found = _walk_for(data, "datePublished")
        if found is not None:
            return found
    return None


def _walk_for(data, key: str) -> dt.date | None:
    """The first parseable `key` in a JSON value, breadth first, within a node budget."""
    queue, budget = deque([data]), _JSON_LD_NODES
    while queue and budget > 0:
        node, budget = queue.popleft(), budget - 1
        if isinstance(node, dict):
            value = node.get(key)
            date = coerce_date(value) if isinstance(value, str) else None
            if date is not None:
                return date
            queue.extend(node.values())
        elif isinstance(node, list):
            queue.extend(node)
    return None


def _time_date(root) -> dt.date | None:
    """``<time datetime>``: one marked as the publication time first, else the first that parses."""
    first = None
    for element in root.iter("time"):
        date = coerce_date(element.get("datetime") or "")
        if date is None:
            continue
        if element.get("pubdate") is not None or (element.get("itemprop") or "").lower() == "datepublished":
            return date
        first = first or date
    return first
