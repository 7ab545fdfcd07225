"""Walk the paths a user gave and list the files to read."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

from ..model import SkippedDocument
from .readers import SUFFIXES


def _excluded(rel: str, exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(Path(rel).name, pattern) for pattern in exclude)


def discover(
    paths, *, exclude: tuple[str, ...] = ()
) -> Iterator[tuple[Path, str] | SkippedDocument]:
    """Yield ``(path, document id)`` for each readable candidate, or a skip.

    A file given explicitly is always tried; under a folder only files with a
    supported suffix are read, hidden files and folders are ignored, and
    symlinks that are broken or loop are reported as skipped. Document ids are
    POSIX paths relative to the folder given (the file name for a single file).
    """
    for raw in paths:
        root = Path(raw)
        if not root.exists() and not root.is_symlink():
            yield SkippedDocument(str(raw), "no such file or folder")
            continue
        if root.is_file():
            yield root, root.name
            continue
        if not root.is_dir():
            yield SkippedDocument(str(raw), "not a regular file or folder (broken symlink?)")
            continue
        seen: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            real = os.path.realpath(dirpath)
            if real in seen:
                dirnames[:] = []
                yield SkippedDocument(str(Path(dirpath)), "symlink loop: folder already visited")
                continue
            seen.add(real)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                path = Path(dirpath) / name
                rel = path.relative_to(root).as_posix()
                if _excluded(rel, exclude) or path.suffix.lower() not in SUFFIXES:
                    continue
                if not path.exists():
                    yield SkippedDocument(str(path), "broken symlink")
                    continue
                yield path, rel
