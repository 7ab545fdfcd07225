"""Saved web pages: the main article text via trafilatura, the date from the page's metadata.

Facts index into the extracted text, so their line and column numbers count
lines of that text (one paragraph a line), not lines of the HTML file.
"""

from __future__ import annotations

import lxml.etree
import lxml.html
import trafilatura

from .assemble import Parts
from .htmlmeta import page_metadata

# htmldate's extensive search scans the whole text with regexes (most of the run time on big
# pages) for a date we never use: the date comes from the page's metadata, see htmlmeta.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
NO_MAIN_TEXT = "no main article text found: read the whole page text"
TOO_DEEP = "elements nested deeper than 2048 levels: the HTML parser stopped there, the rest of the page is not read"


def _parse(html: str):
    """A fresh lxml tree (trafilatura edits the tree it is given), and depth errors."""
    # NOTE: huge_tree lifts libxml2's 10 MB text-node and 256-level depth limits (to 2048
    # levels); the file size limit still bounds memory. Deeper elements are dropped.
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True,
                                  collect_ids=False, default_doctype=False)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", errors="replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None, False
    return root, any("depth" in str(error.message) for error in parser.error_log)


def read_html(html: str) -> Parts | str:
    """The main text of a page and its metadata, or the reason it has no text.

    Boilerplate (navigation, footers, comments) is removed by trafilatura; when
    it finds no main text, the whole visible text is read and a warning says so.
    ``factcheck: ignore`` directives are read from the raw HTML, where they
    are comments.
    """
    html = html.replace("\r\n", "\n").replace("\r", "\n")
    root, too_deep = _parse(html)
    if root is None:
        return "no HTML content"
    meta = page_metadata(root)
    warnings = list(meta.problems)
    if too_deep:
        warnings.append(TOO_DEEP)
    text, title = _main_text(html)
    if not text.strip():
        text, title = _visible_text(html), None
        if not text.strip():
            return "no readable text in the HTML page" + (f" ({TOO_DEEP})" if too_deep else "")
        warnings.append(NO_MAIN_TEXT)
    return Parts(text=text, published=meta.published, published_from="html metadata" if meta.published else None,
                 title=title or meta.title, source=meta.site, warnings=warnings, directives=html)


def _main_text(html: str) -> tuple[str, str | None]:
    root, _ = _parse(html)
    if root is None:
        return "", None
    try:
        result = trafilatura.bare_extraction(root, with_metadata=True, include_comments=False,
                                             date_extraction_params=_DATE_PARAMS)
    # NOTE: hostile pages must not stop a run; any failure inside the library means
    # "no main text", and the visible-text fallback (with its warning) takes over.
    except Exception:  # noqa: BLE001
        return "", None
    if result is None:
        return "", None
    return result.text or "", (" ".join(result.title.split())[:200] if result.title else None)


def _visible_text(html: str) -> str:
    root, _ = _parse(html)
    if root is None:
        return ""
    try:
        return trafilatura.html2txt(root)
    except Exception:  # noqa: BLE001 -- see _main_text
        return ""
