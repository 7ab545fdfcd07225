"""Error types that carry a location, and the exit codes of the command line."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class FactcheckError(Exception):
    """An error the user can fix: bad input, bad configuration, bad usage.

    The command line prints it as ``path:line:col: message`` plus a hint and
    exits with :data:`EXIT_ERROR`, without a traceback.
    """

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    def location(self) -> str:
        """``path:line:col`` with whatever parts are known."""
        parts = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class RuleError(FactcheckError):
    """A rule file is malformed."""


class ConfigError(FactcheckError):
    """Settings or command-line values are invalid."""


class BaselineError(FactcheckError):
    """A baseline file cannot be used."""
