"""VTIMEZONE components written as yearly rules, the form every client reads alike.

icalendar's ``Timezone.from_tzid`` lists each transition as an ``RDATE``.
That is valid iCalendar, but Outlook maps an ``RDATE``-only zone to the wrong
Windows zone and shifts events by an hour; Outlook and Google themselves
write a ``STANDARD`` and a ``DAYLIGHT`` observance with a yearly ``RRULE``.
This module derives those rules from the IANA data in :mod:`zoneinfo` for
the years a calendar covers, and falls back to one observance per transition
only for the rare zone whose changes follow no yearly pattern.

>>> from datetime import date
>>> component = vtimezone("Europe/Copenhagen", date(2025, 11, 13), date(2025, 11, 14))
>>> print(component.to_ical().decode().replace("\\r\\n", "\\n"), end="")
BEGIN:VTIMEZONE
TZID:Europe/Copenhagen
BEGIN:DAYLIGHT
DTSTART:20240331T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:20241027T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from attrs import frozen
from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

__all__ = ["UTC_ZONES", "vtimezone"]

#: Zone names that are UTC itself: times in them are written with ``Z``, no VTIMEZONE.
UTC_ZONES = frozenset(
    {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"}
)

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_STEP = timedelta(hours=12)  # no zone changes twice within 12 hours
_CHANGES_FROM, _RULES_REPEAT_FROM = 1850, 2040


@frozen
class _State:
    offset: timedelta
    dst: bool
    name: str


@frozen
class _Transition:
    utc: datetime
    before: _State
    after: _State

    @property
    def onset(self) -> datetime:
        """The local wall-clock time of the change, in the offset before it (RFC 5545)."""
        return (self.utc + self.before.offset).replace(tzinfo=None)

    @property
    def observance_key(self) -> tuple[bool, timedelta, timedelta, str, int, int, time]:
        onset = self.onset
        return (
            self.after.dst,
            self.before.offset,
            self.after.offset,
            self.after.name,
            onset.month,
            onset.weekday(),
            onset.time(),
        )

    @property
    def weeks(self) -> frozenset[int]:
        """Which BYDAY ordinals describe the day: the n-th weekday, and -1 when it is the last."""
        onset = self.onset
        ordinals = {(onset.day - 1) // 7 + 1}
        if onset.day + 7 > calendar.monthrange(onset.year, onset.month)[1]:
            ordinals.add(-1)
        return frozenset(ordinals)


def _state(zone: ZoneInfo, instant: datetime) -> _State:
    local = instant.astimezone(zone)
    return _State(
        offset=local.utcoffset() or timedelta(0),
        dst=bool(local.dst()),
        name=local.tzname() or zone.key,
    )


@functools.lru_cache(maxsize=64)
def _transitions(
    key: str, first_year: int, last_year: int
) -> tuple[_State, tuple[_Transition, ...]]:
    """The zone's state at the start of ``first_year`` and every change up to ``last_year``."""
    zone = ZoneInfo(key)
    instant = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    initial = current = _state(zone, instant)
    found = []
    while instant < end:
        following = instant + _STEP
        state = _state(zone, following)
        if state != current:
            low, high = instant, following
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if _state(zone, middle) == current:
                    low = middle
                else:
                    high = middle
            found.append(_Transition(utc=high, before=current, after=state))
            current = state
        instant = following
    return initial, tuple(found)


def _runs(transitions: list[_Transition]) -> Iterator[tuple[list[_Transition], frozenset[int]]]:
    """Split same-kind transitions into runs of consecutive years on one weekday ordinal."""
    run: list[_Transition] = []
    weeks: frozenset[int] = frozenset()
    for transition in transitions:
        if run and transition.onset.year == run[-1].onset.year + 1 and weeks & transition.weeks:
            run.append(transition)
            weeks &= transition.weeks
            continue
        if run:
            yield run, weeks
        run, weeks = [transition], transition.weeks
    if run:
        yield run, weeks


def _observance(
    state: _State, offset_from: timedelta, onset: datetime
) -> TimezoneStandard | TimezoneDaylight:
    observance = TimezoneDaylight() if state.dst else TimezoneStandard()
    observance.add("DTSTART", onset)
    observance.add("TZNAME", state.name)
    observance.add("TZOFFSETFROM", offset_from)
    observance.add("TZOFFSETTO", state.offset)
    return observance


def vtimezone(key: str, first: date, last: date) -> Timezone:
    """A VTIMEZONE for the IANA zone ``key`` that is right for every day from ``first`` to ``last``.

    Rules are derived for the year before ``first`` through the year after
    ``last``, so the component stays small and only claims what the IANA
    data says for those years.
    """
    # No zone changed before 1850 (local mean time held), and after 2040 every zone
    # repeats its yearly rule: the years between are all that need scanning, and a
    # rule still running in the last of them runs on (no UNTIL).
    low = max(first.year - 1, _CHANGES_FROM)
    high = last.year + 1
    if high > _RULES_REPEAT_FROM:
        high = max(low + 2, _RULES_REPEAT_FROM)
    high = min(high, 9998)  # datetime has no year 10000 to scan up to
    initial, transitions = _transitions(key, low, high)
    last_year = high
    observances: list[tuple[datetime, TimezoneStandard | TimezoneDaylight]] = []
    earliest = datetime.combine(first, time(), ZoneInfo(key)).astimezone(UTC)
    if not transitions or transitions[0].utc > earliest:
        onset = datetime(first.year - 1, 1, 1)
        observances.append((onset, _observance(initial, initial.offset, onset)))

    groups: dict[tuple[bool, timedelta, timedelta, str, int, int, time], list[_Transition]] = {}
    for transition in transitions:
        groups.setdefault(transition.observance_key, []).append(transition)
    for group in groups.values():
        for run, weeks in _runs(group):
            head = run[0]
            observance = _observance(head.after, head.before.offset, head.onset)
            if len(run) > 1:
                rule: dict[str, object] = {
                    "FREQ": "YEARLY",
                    "BYMONTH": head.onset.month,
                    "BYDAY": f"{max(weeks) if -1 not in weeks else -1}"
                    f"{_WEEKDAYS[head.onset.weekday()]}",
                }
                if run[-1].onset.year < last_year:  # the rule ended: say when
                    rule["UNTIL"] = run[-1].utc
                observance.add("RRULE", vRecur(rule))
            observances.append((head.onset, observance))

    component = Timezone()
    component.add("TZID", key)
    for _, observance in sorted(observances, key=lambda item: (item[0], item[1].name)):
        component.add_component(observance)
    return component
