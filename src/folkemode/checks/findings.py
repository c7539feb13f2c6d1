"""What a check is and what it finds: :class:`Check` and :class:`Finding`.

A check is a small function over an :class:`~folkemode.model.Event` that
yields findings; it is registered, with its code and severity, through the
``register_checks`` hook, as the built-in checks are.

>>> finding = Finding(code="D101", severity="error", message="'Pause' is listed twice",
...                   sessions=("20260319-pause",), line=14)
>>> finding.located("programme.txt")
"programme.txt:14: D101 'Pause' is listed twice"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from folkemode.errors import Severity

if TYPE_CHECKING:
    from folkemode.checks.context import CheckContext
    from folkemode.model import Event

__all__ = ["N_", "Check", "CheckFunction", "Finding"]


def N_(message: str) -> str:
    """Mark ``message`` for ``pybabel extract`` (babel.cfg) without translating it here."""
    return message


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Finding:
    """One thing a check found: what (``code``, ``message``), how bad, and where.

    ``sessions`` holds the ids of the sessions concerned, the one to look at
    first; ``line`` is the input line of that session when the programme was
    read from text (``None`` otherwise).
    """

    code: str
    severity: Severity = field(converter=Severity)
    message: str
    sessions: tuple[str, ...] = field(default=(), converter=_ids)
    line: int | None = None

    def located(self, source: str) -> str:
        """``source:LINE: CODE message``, the form linters print (no line: ``source: ...``)."""
        place = f"{source}:{self.line}" if self.line is not None else source
        return f"{place}: {self.code} {self.message}"

    def as_dict(self) -> dict[str, Any]:
        """The finding as plain data, for ``--format json``."""
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "sessions": list(self.sessions),
            "line": self.line,
        }


#: ``run(event, context)``: the findings of one check on ``event``.
CheckFunction = Callable[["Event", "CheckContext"], Iterable[Finding]]

_CODE = re.compile(r"[A-Z]+[0-9]+")


def _code(value: str) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise ValueError(f"a check's code is letters and digits, such as 'X101'; got {value!r}")
    return value


@frozen(kw_only=True)
class Check:
    """A registered check: its code, name and severity, and the function that runs it.

    ``run(event, context)`` yields :class:`Finding` objects, usually made with
    :meth:`CheckContext.finding <folkemode.checks.context.CheckContext.finding>`,
    which fills in this check's severity, the localised message and the line.
    A check registered under the ``name`` of another replaces it.

    >>> Check(code="X101", name="no-sessions", severity="warning",
    ...       summary="The programme has no sessions.",
    ...       run=lambda event, context: []).code
    'X101'
    """

    code: str = field(converter=_code)
    name: str
    severity: Severity = field(converter=Severity)
    summary: str
    """One sentence saying what the check finds, in English."""
    run: CheckFunction
