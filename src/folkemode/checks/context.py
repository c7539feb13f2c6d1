"""What a check is given besides the event: options, lines, and how to word a finding.

Checks share what takes a pass over the programme to work out (the timed
sessions as instants, who is on when), so each is computed once per run.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from folkemode import i18n
from folkemode.checks.findings import Finding
from folkemode.errors import Diagnostic, Severity
from folkemode.model import Event, Session

__all__ = ["CheckContext", "Timed", "overlapping"]

T = TypeVar("T")

#: One timed session: its start and end as timestamps (the end is the start when
#: the session gives none), and the session.
Timed = tuple[float, float, Session]


# The most characters of a title a finding quotes.
_LONGEST_TITLE = 80


class CheckContext:
    """The run of the checks on one event: its options, and helpers for the checks.

    ``lines`` maps session ids to input lines (for text), ``diagnostics`` are
    the importer's, ``walking_time`` is the least time one person needs
    between two rooms (``None``: not checked).
    """

    def __init__(
        self,
        event: Event,
        *,
        locale: str | None = None,
        lines: Mapping[str, int] | None = None,
        diagnostics: Sequence[Diagnostic] = (),
        walking_time: timedelta | None = None,
        severities: Mapping[str, Severity] | None = None,
    ) -> None:
        self.event = event
        self.locale = i18n.normalise_locale(locale or event.locale)
        self.lines: Mapping[str, int] = lines or {}
        self.diagnostics = tuple(diagnostics)
        self.walking_time = walking_time
        self._severities: Mapping[str, Severity] = severities or {}
        self._gettext = i18n.translations(self.locale).gettext
        self._shared: dict[str, Any] = {}
        # Findings name the same sessions and lengths again and again: said once each.
        self._said: dict[str, str] = {}
        self._lengths: dict[timedelta, str] = {}

    # -- making findings -------------------------------------------------------------------

    def finding(
        self, code: str, message: str, sessions: Sequence[Session] = (), **arguments: Any
    ) -> Finding:
        """A finding of the check ``code`` about ``sessions`` (the one to look at first).

        ``message`` is an English message id with ``%(name)s`` placeholders,
        translated into the run's locale and filled in with ``arguments``.
        """
        ids = tuple(s.id for s in sessions)
        # a title as long as a paragraph (a page's prose item) is named by its start
        for key in ("title", "other"):
            value = arguments.get(key)
            if isinstance(value, str) and len(value) > _LONGEST_TITLE:
                arguments[key] = value[: _LONGEST_TITLE - 1].rstrip() + "…"
        return Finding(
            code=code,
            severity=self._severities.get(code, Severity.WARNING),
            message=self._gettext(message) % arguments,
            sessions=ids,
            line=self.lines.get(ids[0]) if ids else None,
        )

    # -- wording ---------------------------------------------------------------------------

    def date(self, day: date) -> str:
        """A day as the locale writes it briefly: "19. mar. 2026"."""
        return i18n.format_date(day, self.locale, "medium")

    def moment(self, instant: datetime) -> str:
        """A day and a clock time, in the event's zone: "19. mar. 2026 10.00"."""
        local = instant.astimezone(self.event.zone)
        return f"{self.date(local.date())} {i18n.format_time(local, self.locale)}"

    def clock(self, instant: datetime) -> str:
        """A clock time in the event's zone: "10.00" (da), "10:00" (nb)."""
        return i18n.format_time(instant.astimezone(self.event.zone), self.locale)

    def when(self, session: Session) -> str:
        """When a session is: "19. mar. 2026 10.00–11.15", or its day, or nothing known."""
        said = self._said.get(session.id)
        if said is None:
            said = self._said[session.id] = self._when(session)
        return said

    def _when(self, session: Session) -> str:
        if session.start is None:
            return self.date(session.day) if session.day is not None else "?"
        start = session.start.astimezone(self.event.zone)
        end = session.end.astimezone(self.event.zone) if session.end is not None else None
        times = i18n.format_time_range(start, end, self.locale)
        return f"{self.date(start.date())} {times}"

    def duration(self, length: timedelta) -> str:
        """A length of time in words: "1 time og 15 minutter"."""
        said = self._lengths.get(length)
        if said is None:
            said = self._lengths[length] = i18n.format_duration(length, self.locale)
        return said

    # -- shared views of the programme -----------------------------------------------------

    def shared(self, name: str, compute: Callable[[CheckContext], T]) -> T:
        """``compute(self)``, worked out once per run for every check that asks for ``name``."""
        if name not in self._shared:
            self._shared[name] = compute(self)
        return self._shared[name]  # type: ignore[no-any-return]

    @functools.cached_property
    def positions(self) -> dict[str, int]:
        """Each session's place in the event's order, by id."""
        return {s.id: n for n, s in enumerate(self.event.sessions)}

    @functools.cached_property
    def timed(self) -> list[Timed]:
        """The sessions with a start, as (start, end, session) in timestamps, by start."""
        found = []
        for session in self.event.sessions:
            start = session.start
            if start is None:
                continue
            begins = start.timestamp()
            end = session.end
            found.append((begins, end.timestamp() if end is not None else begins, session))
        found.sort(key=_start_and_end)
        return found


def _start_and_end(timed: Timed) -> tuple[float, float]:
    return timed[0], timed[1]


def overlapping(first: Timed, second: Timed) -> bool:
    """True when two timed sessions run at the same time (``first`` starts no later).

    A session without an end is taken as an instant: it overlaps what runs at
    its start, and what starts with it.
    """
    return second[0] < first[1] or second[0] == first[0]
