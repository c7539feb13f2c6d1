"""A summary of an import to trust at a glance: what was found, and what went wrong.

A programme read wrongly but without warnings is the worst outcome, so the
summary says how many sessions, days, ends and speakers came out: 0 sessions,
or none with an end, shows at once. It is computed from the event and the
diagnostics alone, so it works the same for every importer.

>>> import folkemode
>>> print(folkemode.ImportSummary.of(folkemode.Event.example()))  # doctest: +NORMALIZE_WHITESPACE
12 sessions on 2 days, 2025-11-13 to 2025-11-14 (12 timed, 12 with an end, 6 with speakers);
1 round, 1 track, 4 speakers; 0 errors, 0 warnings, 0 lines set aside
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from attrs import frozen

from folkemode.errors import Diagnostic, Severity
from folkemode.model import Event

__all__ = ["NO_PROGRAMME_CODE", "SET_ASIDE_CODE", "ImportSummary", "counted"]

#: The diagnostic code of a line set aside on purpose (boilerplate, article text).
SET_ASIDE_CODE = "ignored"

#: The diagnostic code of an input that holds no programme at all (empty or blank).
NO_PROGRAMME_CODE = "no-programme"


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``1 session``, ``2 sessions``, ``0 sessions``: a count with its noun in the right number.

    >>> counted(1, "line set aside", "lines set aside"), counted(0, "warning")
    ('1 line set aside', '0 warnings')
    """
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


@frozen(kw_only=True)
class ImportSummary:
    """The counts of an imported event and its diagnostics.

    ``str()`` gives them as one English line, for ``folkemode check`` and logs.
    """

    sessions: int
    """All sessions, timed or not."""
    timed: int
    """Sessions with a start time."""
    with_end: int
    """Sessions with an end time."""
    with_speakers: int
    """Sessions with at least one speaker."""
    days: int
    """Distinct calendar days that sessions are on."""
    first_day: date | None
    """The event's first day (see :attr:`Event.days <folkemode.Event.days>`), if it has any."""
    last_day: date | None
    """The event's last day, if it has any."""
    speakers: int
    """Distinct speakers by name: one name with two roles is one person."""
    rounds: int
    """Workshop rounds."""
    tracks: int
    """Tracks."""
    errors: int
    """Diagnostics of severity ``error``."""
    warnings: int
    """Diagnostics of severity ``warning``."""
    infos: int
    """Diagnostics of severity ``info``, the lines set aside included."""
    set_aside: int
    """Lines set aside on purpose (diagnostics with the code ``ignored``)."""
    editions: int = 0
    """Dates the event is held on again (:attr:`Event.editions <folkemode.Event.editions>`)."""

    @classmethod
    def of(cls, event: Event, diagnostics: Iterable[Diagnostic] = ()) -> ImportSummary:
        """Count what ``event`` holds and what ``diagnostics`` say."""
        sessions = event.sessions
        severities = {severity: 0 for severity in Severity}
        set_aside = 0
        for diagnostic in diagnostics:
            severities[diagnostic.severity] += 1
            set_aside += diagnostic.code == SET_ASIDE_CODE
        days = event.days
        return cls(
            sessions=len(sessions),
            timed=sum(s.start is not None for s in sessions),
            with_end=sum(s.end is not None for s in sessions),
            with_speakers=sum(bool(s.speakers) for s in sessions),
            days=len({s.day for s in sessions if s.day is not None}),
            first_day=days[0] if days else None,
            last_day=days[-1] if days else None,
            speakers=len({speaker.id for speaker in event.speakers}),
            rounds=len(event.rounds),
            tracks=len(event.tracks),
            errors=severities[Severity.ERROR],
            warnings=severities[Severity.WARNING],
            infos=severities[Severity.INFO],
            set_aside=set_aside,
            editions=len(event.editions),
        )

    @property
    def problems(self) -> int:
        """Errors and warnings: what ``folkemode check`` exits 1 for."""
        return self.errors + self.warnings

    @property
    def notes(self) -> int:
        """Info diagnostics other than lines set aside (undated sessions, floating times)."""
        return self.infos - self.set_aside

    def __str__(self) -> str:
        """One line such as ``18 sessions on 2 days, ... ; 0 errors, 0 warnings, ...``.

        Rounds and tracks are named only when there are some; other counts always are.
        """
        found = counted(self.sessions, "session")
        span = None
        if self.first_day is not None and self.last_day is not None:
            span = (
                self.first_day.isoformat()
                if self.first_day == self.last_day
                else f"{self.first_day.isoformat()} to {self.last_day.isoformat()}"
            )
        if self.days:
            found += f" on {counted(self.days, 'day')}" + (f", {span}" if span else "")
        else:
            if self.sessions:
                found += ", none dated"
            if span:
                found += f", event dated {span}"
        if self.editions:
            found += f", {counted(self.editions, 'edition')}"
        if self.sessions:
            found += (
                f" ({self.timed} timed, {self.with_end} with an end, "
                f"{self.with_speakers} with speakers)"
            )
        structure = [
            *([counted(self.rounds, "round")] if self.rounds else []),
            *([counted(self.tracks, "track")] if self.tracks else []),
            counted(self.speakers, "speaker"),
        ]
        said = [
            counted(self.errors, "error"),
            counted(self.warnings, "warning"),
            counted(self.set_aside, "line set aside", "lines set aside"),
            *([counted(self.notes, "note")] if self.notes else []),
        ]
        return "; ".join((found, ", ".join(structure), ", ".join(said)))
