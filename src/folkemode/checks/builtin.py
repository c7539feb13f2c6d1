"""Built-in plugin: folkemode's own checks, registered through ``register_checks``."""

from __future__ import annotations

from collections.abc import Callable

from folkemode.checks import days, duplicates, frame, overlaps, spelling
from folkemode.checks.findings import Check
from folkemode.errors import Severity
from folkemode.hookspecs import hookimpl

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

#: The built-in checks, in the order of their codes.
CHECKS: tuple[Check, ...] = (
    Check(
        code="A101",
        name="open-ends",
        severity=WARNING,
        summary="A session without an end is followed, that day in its room, by another.",
        run=days.open_ends,
    ),
    Check(
        code="A102",
        name="gap",
        severity=INFO,
        summary="Nothing is on for 5 to 90 minutes between two sessions of a single-track day.",
        run=days.gaps,
    ),
    Check(
        code="A103",
        name="single-track-overlap",
        severity=WARNING,
        summary="On a single-track day, a session starts before the one before it ends.",
        run=days.single_track_overlaps,
    ),
    Check(
        code="D101",
        name="duplicate",
        severity=ERROR,
        summary="A session has the title, day and start of another.",
        run=duplicates.duplicates,
    ),
    Check(
        code="R101",
        name="room-overlap",
        severity=ERROR,
        summary="A room or stand is used by two sessions at the same time.",
        run=overlaps.room_overlaps,
    ),
    Check(
        code="S101",
        name="speaker-overlap",
        severity=ERROR,
        summary="A speaker is in two sessions at the same time.",
        run=overlaps.speaker_overlaps,
    ),
    Check(
        code="S102",
        name="walking-time",
        severity=WARNING,
        summary="A speaker has less than the walking time between sessions in two rooms.",
        run=overlaps.walking_time,
    ),
    Check(
        code="S201",
        name="speaker-spelling",
        severity=INFO,
        summary="A speaker's name is spelled two ways.",
        run=spelling.speaker_spellings,
    ),
    Check(
        code="S202",
        name="organisation-spelling",
        severity=INFO,
        summary="An organisation's name is spelled two ways.",
        run=spelling.organisation_spellings,
    ),
    Check(
        code="T101",
        name="outside-dates",
        severity=ERROR,
        summary="A session is on a day outside the event's dates.",
        run=frame.outside_dates,
    ),
    Check(
        code="T102",
        name="outside-hours",
        severity=WARNING,
        summary="A session begins before the event or ends after it, on one of its days.",
        run=frame.outside_hours,
    ),
    Check(
        code="T103",
        name="too-long",
        severity=WARNING,
        summary="A session lasts more than 12 hours (whole days from midnight excepted).",
        run=frame.too_long,
    ),
    Check(
        code="T104",
        name="weekday",
        severity=WARNING,
        summary="A day heading's weekday does not fit its date (text programmes).",
        run=days.weekday,
    ),
)


@hookimpl
def register_checks(register: Callable[[Check], None]) -> None:
    for check in CHECKS:
        register(check)
