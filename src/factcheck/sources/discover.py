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


def _id_base(paths: list[Path]) -> str:
    folders = [str(p.absolute() if p.is_dir() else p.absolute().parent) for p in paths]
    if not folders:
        return os.getcwd()
    return os.path.commonpath(folders)


def discover(
    paths, *, exclude: tuple[str, ...] = ()
) -> Iterator[tuple[Path, str] | SkippedDocument]:
    """Yield ``(path, document id)`` for each readable candidate, or a skip.

    A file given explicitly is always tried; under a folder only files with a
    supported suffix are read, hidden files and folders are ignored, and
    symlinks that are broken or loop are reported as skipped. Document ids are
    POSIX paths relative to the folder given (or, for several paths, to their
    common folder), so they are unique and do not depend on where the
    checkout lives; a file reached twice is read once.
    """
    paths = [Path(p) for p in paths]
    base = _id_base(paths)
    seen_files: set[Path] = set()

    def doc_id(path: Path) -> str:
        return Path(os.path.relpath(path.absolute(), base)).as_posix()

    def first_time(path: Path) -> bool:
        real = path.resolve()
        if real in seen_files:
            return False
        seen_files.add(real)
        return True

    for raw in paths:
        root = Path(raw)
        if not root.exists() and not root.is_symlink():
            yield SkippedDocument(str(raw), "no such file or folder")
            continue
        if root.is_file():
            if first_time(root):
                yield root, doc_id(root)
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
                if first_time(path):
                    yield path, doc_id(path)
