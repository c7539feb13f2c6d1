"""Errors and import diagnostics.

Every error folkemode raises on purpose is a :class:`FolkemodeError`. Import
problems are :class:`Diagnostic` objects that name the place (a line number or
a JSON path) and say what was expected; ``strict=True`` turns them into one
:class:`InvalidInput` listing all of them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from attrs import field, frozen

__all__ = [
    "Diagnostic",
    "FolkemodeError",
    "InvalidInput",
    "InvalidValue",
    "PluginError",
    "Severity",
    "UnknownFormat",
]


class Severity(enum.StrEnum):
    """How much a diagnostic matters."""

    ERROR = "error"
    """The input is wrong: something could not be read at all."""
    WARNING = "warning"
    """Something was read by guessing, or a line was not understood."""
    INFO = "info"
    """A line was deliberately set aside (web boilerplate, article prose)."""


@frozen(kw_only=True)
class Diagnostic:
    """One problem found while importing, with where it is.

    >>> str(Diagnostic(line=17, message="not understood: 'Kl. 25.99'"))
    "line 17: not understood: 'Kl. 25.99'"
    >>> str(Diagnostic(path="$.sessions[2].start", message="expected an ISO 8601 datetime"))
    '$.sessions[2].start: expected an ISO 8601 datetime'
    """

    message: str
    severity: Severity = field(default=Severity.WARNING, converter=Severity)
    line: int | None = None
    """1-based line number in the input, for text formats."""
    path: str | None = None
    """JSON path such as ``$.sessions[2].start``, for structured formats."""
    code: str = "invalid"
    """A short machine-readable kind: ``ignored``, ``not-understood``, ``no-year``, ..."""
    text: str | None = None
    """The input line concerned, when there is one."""

    @property
    def place(self) -> str:
        if self.line is not None:
            return f"line {self.line}"
        return self.path or "input"

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"

    def located(self, source: str) -> str:
        """``source:LINE: message``, the form compilers and linters print."""
        if self.line is not None:
            return f"{source}:{self.line}: {self.message}"
        if self.path is not None:
            return f"{source}: {self.path}: {self.message}"
        return f"{source}: {self.message}"


class FolkemodeError(Exception):
    """Base class of every error folkemode raises on purpose."""


class UnknownFormat(FolkemodeError, ValueError):
    """No importer or exporter has that name, or none reads that file."""


class InvalidValue(FolkemodeError, ValueError, TypeError):
    """A model object was given a value it cannot hold.

    Raised while constructing an :class:`~folkemode.Event`, a
    :class:`~folkemode.Session` or any other model class. ``field`` names the
    place (``Session.speakers[1]``), ``expected`` says what it takes. It is
    both a ``ValueError`` and a ``TypeError``, so code that catches either
    for a wrong value or a wrong type keeps working.

    >>> from folkemode import Session
    >>> Session(title="Debat", links=[42])
    Traceback (most recent call last):
    ...
    folkemode.errors.InvalidValue: Session.links[0]: expected a URL as a string, got int 42
    """

    def __init__(self, field: str, expected: str, got: object = None, *, detail: str = "") -> None:
        self.field = field
        self.expected = expected
        self.reason = detail or f"expected {expected}, got {_shown(got)}"
        """What is wrong, without the field: "must not be empty"."""
        super().__init__(f"{field}: {self.reason}")


def _shown(value: object) -> str:
    """ "int 42", "str '2026-03-05T09:30'": a wrong value with its type, kept short."""
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    if value is None:
        return "None"
    return f"{type(value).__name__} {text}"


class PluginError(FolkemodeError):
    """A plugin could not be loaded or broke a rule."""


class InvalidInput(FolkemodeError, ValueError):
    """The input had problems; ``diagnostics`` lists every one of them."""

    def __init__(self, diagnostics: Iterable[Diagnostic], *, source: str | None = None) -> None:
        self.diagnostics = tuple(diagnostics)
        self.source = source
        count = len(self.diagnostics)
        head = f"{source}: " if source else ""
        lines = [f"{head}{count} problem{'s' if count != 1 else ''} in the input:"]
        lines += [f"  {d}" for d in self.diagnostics]
        super().__init__("\n".join(lines))
