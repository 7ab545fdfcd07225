"""A manifest: a CSV or YAML file mapping file paths to publication date and outlet.

CSV needs a header with ``path`` and any of ``published``, ``source``; YAML is
a mapping ``path: {published: ..., source: ...}``. Paths are relative to the
manifest's folder or absolute.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..yamlspan import TolerantLoader
from .published import coerce_date


def load_manifest(path: str | Path) -> dict[Path, tuple[dt.date | None, str | None]]:
    """Map resolved file paths to (published, source); errors name the manifest and line."""
    where = Path(path)
    try:
        text = where.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"cannot read the sources manifest: {exc.strerror or exc}", str(where)) from None
    rows: list[tuple[int | None, str, object, object]] = []
    if where.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.load(text, Loader=TolerantLoader) or {}  # noqa: S506 - a safe loader
        except RecursionError:
            raise ConfigError("the sources manifest is nested too deeply", str(where)) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise ConfigError("malformed YAML in the sources manifest", str(where), mark.line + 1 if mark else None) from None
        if not isinstance(data, dict):
            raise ConfigError("the sources manifest must map paths to {published, source}", str(where))
        for key, value in data.items():
            value = value if isinstance(value, dict) else {"published": value}
            rows.append((None, str(key), value.get("published"), value.get("source")))
    else:
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "path" not in reader.fieldnames:
            raise ConfigError("the sources manifest needs a header row with a 'path' column", str(where), 1,
                              hint="e.g. path,published,source")
        for row in reader:
            rows.append((reader.line_num, row.get("path") or "", row.get("published"), row.get("source")))
    out: dict[Path, tuple[dt.date | None, str | None]] = {}
    for line, name, published, source in rows:
        date = coerce_date(published) if published not in (None, "") else None
        if published not in (None, "") and date is None:
            raise ConfigError(f"{published!r} is not a date (YYYY-MM-DD)", str(where), line)
        target = Path(name) if Path(name).is_absolute() else where.parent / name
        out[target.resolve()] = (date, str(source) if source else None)
    return out
