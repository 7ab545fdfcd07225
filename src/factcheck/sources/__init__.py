"""Sources: find files, read them safely, date them.

The one entry point is :func:`load`; every file either becomes a
:class:`~factcheck.model.Document` or a :class:`~factcheck.model.SkippedDocument`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from ..model import Document, SkippedDocument
from .discover import discover
from .manifest import load_manifest
from .readers import SUFFIXES, read_path

__all__ = ["load", "SUFFIXES"]


def load(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = 5_000_000,
    exclude: Iterable[str] = (),
    manifest: str | Path | None = None,
) -> tuple[list[Document], list[SkippedDocument]]:
    """Read every supported file under `paths`.

    Text, Markdown and HTML files are one document each; JSON and JSON Lines
    files one document per record (id ``"<file id>#<record id or number>"``).
    `published` is the fallback publication date for documents that carry none.
    `manifest` is a CSV or YAML file mapping paths to dates and outlets; it is
    consulted after a document's own metadata and dateline.
    Returns documents sorted by id and skipped files sorted by path.
    """
    documents: list[Document] = []
    skipped: list[SkippedDocument] = []
    listed = load_manifest(manifest) if manifest else {}
    for found in discover(paths, exclude=tuple(exclude)):
        if isinstance(found, SkippedDocument):
            skipped.append(found)
            continue
        path, doc_id = found
        for result in read_path(path, doc_id, max_bytes=max_bytes, fallback_published=published,
                                listed=listed.get(path.resolve())):
            (skipped if isinstance(result, SkippedDocument) else documents).append(result)
    documents.sort(key=lambda d: d.id)
    skipped.sort(key=lambda s: s.path)
    return documents, skipped
