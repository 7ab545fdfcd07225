"""Run settings, and reading them from ``factcheck.toml`` or ``[tool.factcheck]``.

Command-line options override the file. A wrong key or value stops the run
with the file, the line and the allowed values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

FAIL_ON = ("error", "warning", "note", "never")
FORMATS = ("text", "github")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run needs; built by the CLI or by library callers."""

    paths: tuple[Path, ...]
    """Files and folders to read."""
    rules: Path | None = None
    """Rule folder; None means the pack shipped with the package."""
    published: dt.date | None = None
    """Publication date for documents that carry none."""
    fail_on: str = "error"
    """Lowest severity of a new finding that fails the run ("never" never fails)."""
    max_bytes: int = 5_000_000
    """Files larger than this are skipped."""
    exclude: tuple[str, ...] = field(default=())
    """Glob patterns of files not to read."""
    baseline: Path | None = None
    """Baseline file of accepted findings."""
    report: Path = Path("reports/factcheck.md")
    """Where the Markdown report goes."""
    json: Path | None = None
    """Where the JSON report goes, if anywhere."""
    sarif: Path | None = None
    """Where the SARIF log goes, if anywhere."""
    format: str = "text"
    """Terminal output: "text" or "github" (workflow annotations)."""
    manifest: Path | None = None
    """CSV or YAML file mapping paths to publication date and outlet."""
    jobs: int = 0
    """Processes that extract documents; 0 chooses by the corpus's size and the CPUs (see :mod:`factcheck.workers`)."""


# key in the file -> (Settings field, converter)
_KEYS = {
    "paths": "paths", "rules": "rules", "published": "published", "fail-on": "fail_on", "max-bytes": "max_bytes",
    "exclude": "exclude", "baseline": "baseline", "report": "report", "json": "json", "sarif": "sarif", "format": "format",
    "sources": "manifest", "jobs": "jobs",
}


def find_config(start: Path) -> tuple[Path, dict] | None:
    """``factcheck.toml``, else ``pyproject.toml`` with a ``[tool.factcheck]`` table, in `start`."""
    own = start / "factcheck.toml"
    if own.is_file():
        return own, _read(own)
    project = start / "pyproject.toml"
    if project.is_file():
        table = _read(project).get("tool", {}).get("factcheck")
        if table is not None:
            return project, table
    return None


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+), column (\d+)", str(exc))
        line, col = (int(match[1]), int(match[2])) if match else (None, None)
        raise ConfigError(f"TOML syntax error: {exc}", str(path), line, col) from None
    except OSError as exc:
        raise ConfigError(f"cannot read configuration: {exc.strerror}", str(path)) from None


def _line_of(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=", line):
            return number
    return None


def from_config(path: Path, table: dict) -> dict:
    """Validated Settings fields from a configuration table; relative paths are relative to the file."""
    base = path.parent
    values: dict = {}
    for key, value in table.items():
        line = _line_of(path, key)
        if key not in _KEYS:
            close = difflib.get_close_matches(key, list(_KEYS), n=1)
            hint = (f"did you mean {close[0]!r}? " if close else "") + "allowed: " + ", ".join(sorted(_KEYS))
            raise ConfigError(f"unknown key {key!r}", str(path), line, hint=hint)
        name = _KEYS[key]
        try:
            values[name] = _convert(name, value, base)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{key}: {exc}", str(path), line) from None
    return values


def _convert(name: str, value, base: Path):
    if name == "paths" or name == "exclude":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError("must be a list of strings")
        return tuple(base / v for v in value) if name == "paths" else tuple(value)
    if name in ("rules", "baseline", "report", "json", "sarif", "manifest"):
        if not isinstance(value, str):
            raise TypeError("must be a path string")
        return base / value
    if name == "published":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    if name == "max_bytes":
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise TypeError("must be a positive integer")
        return value
    if name == "jobs":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise TypeError("must be a whole number, 0 or more (0: as many as pay)")
        return value
    allowed = FAIL_ON if name == "fail_on" else FORMATS
    if value not in allowed:
        raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
    return value


def merge(defaults: dict, overrides: dict) -> Settings:
    """Settings from file values overridden by command-line values that were given (not None)."""
    values = {**defaults, **{k: v for k, v in overrides.items() if v is not None}}
    if not values.get("paths"):
        raise ConfigError("no paths to check", hint="give PATH... on the command line or `paths` in factcheck.toml")
    if values.get("fail_on", "error") not in FAIL_ON:
        raise ConfigError(f"--fail-on {values['fail_on']!r} is not one of {', '.join(FAIL_ON)}")
    if values.get("jobs", 0) < 0:
        raise ConfigError(f"--jobs {values['jobs']} is negative", hint="give 1 for a single process, 0 to choose by the corpus's size")
    if values.get("format", "text") not in FORMATS:
        raise ConfigError(f"--format {values['format']!r} is not one of {', '.join(FORMATS)}")
    known = {f.name for f in dataclasses.fields(Settings)}
    return Settings(**{k: v for k, v in values.items() if k in known})
