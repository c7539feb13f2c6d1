"""The accounting of lines: every non-blank line is claimed or reported.

Each part of the importer that uses a line *claims* it for a model field
("session 'Frokost': title", "event: venue"); lines set aside on purpose are
reported as ``ignored`` (severity info), lines no rule understood as
``not-understood`` (a warning). :meth:`Ledger.settle` makes sure no line is
left out; a line it has to catch is a gap in the importer, kept in
:attr:`Ledger.fallbacks` so the tests can insist there are none.

>>> from folkemode.importers.text.lines import split_lines
>>> lines = split_lines("Kl. 10 Kaffe\\nLæs også")
>>> ledger = Ledger()
>>> ledger.claim(lines[0], "session 'Kaffe': time and title")
>>> ledger.ignore(lines[1], "web boilerplate")
>>> [str(d) for d in ledger.diagnostics]
["line 2: set aside (web boilerplate): 'Læs også'"]
>>> ledger.settle(lines), ledger.fallbacks
((), [])
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from folkemode.errors import Diagnostic, Severity
from folkemode.importers.text.lines import Line

__all__ = ["Ledger", "session_label"]

_SHOWN = 80


@functools.lru_cache(maxsize=1024)
def session_label(title: str) -> str:
    """How a claim names the session titled ``title``: "session 'Frokost'" (cut at 40).

    Worked out once for each title: a session's lines are claimed one by one.
    """
    shown = title if len(title) <= 40 else title[:39] + "…"
    return f"session {shown!r}"


def _quote(text: str) -> str:
    shown = text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
    return repr(shown)


class Ledger:
    """Where each line went, and the diagnostics met on the way."""

    def __init__(self) -> None:
        self.claims: dict[int, list[str]] = {}
        self.diagnostics: list[Diagnostic] = []
        self.fallbacks: list[Line] = []
        self._accounted: set[int] = set()

    def claim(self, line: Line, what: str) -> None:
        """Record that ``line`` went into the model as ``what``."""
        # Every line of a programme is claimed, some several times: a list is made only
        # for the first claim (``setdefault`` would make one for each, to throw away).
        claims = self.claims.get(line.number)
        if claims is None:
            self.claims[line.number] = [what]
        else:
            claims.append(what)
        self._accounted.add(id(line))

    def ignore(self, line: Line, reason: str) -> None:
        """Set ``line`` aside on purpose (boilerplate, prose): an info diagnostic."""
        self._report(line, Severity.INFO, "ignored", f"set aside ({reason}): {_quote(line.text)}")

    def not_understood(self, line: Line, reason: str | None = None) -> None:
        """Report a line no rule could read: a warning."""
        why = f" ({reason})" if reason else ""
        self._report(
            line, Severity.WARNING, "not-understood", f"not understood{why}: {_quote(line.text)}"
        )

    def warn(self, line: Line | None, code: str, message: str) -> None:
        """Any other warning, at ``line`` when there is one."""
        self.diagnostics.append(
            Diagnostic(
                message=message,
                severity=Severity.WARNING,
                line=line.number if line is not None else None,
                code=code,
                text=line.raw if line is not None else None,
            )
        )
        if line is not None:
            self._accounted.add(id(line))

    def info(self, line: Line | None, code: str, message: str) -> None:
        """A note that is neither a problem nor a set-aside line."""
        self.diagnostics.append(
            Diagnostic(
                message=message,
                severity=Severity.INFO,
                line=line.number if line is not None else None,
                code=code,
                text=line.raw if line is not None else None,
            )
        )

    def _report(self, line: Line, severity: Severity, code: str, message: str) -> None:
        self.diagnostics.append(
            Diagnostic(
                message=message, severity=severity, line=line.number, code=code, text=line.raw
            )
        )
        self._accounted.add(id(line))

    def accounted(self, line: Line) -> bool:
        """True when ``line`` is claimed or was reported."""
        return id(line) in self._accounted

    def settle(self, lines: Iterable[Line]) -> tuple[Line, ...]:
        """Report every non-blank line nobody accounted for; return those lines."""
        missed = []
        owner = False  # the line a continued line was joined to is accounted for
        known = self._accounted  # what ``accounted`` asks, for each of thousands of lines
        for line in lines:
            if not line.text or (line.continued and owner):
                continue  # a continued line's text went where its line's went
            accounted = id(line) in known
            if not accounted:
                missed.append(line)
                self.fallbacks.append(line)
                self.not_understood(line)
            if not line.continued:
                owner = accounted
        return tuple(missed)

    def sorted_diagnostics(self) -> tuple[Diagnostic, ...]:
        """The diagnostics in line order (whole-text ones first)."""
        return tuple(sorted(self.diagnostics, key=lambda d: d.line or 0))
