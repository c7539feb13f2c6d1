"""From drafts to the model: sessions with whole datetimes, rounds, tracks.

A session's end is, in this order: the end the text gives ("14.15-15.15";
"22.00-01.00" ends the next day), the duration in words ("(fem kvarter)"),
nothing for an open end ("19:00-"), the round's end for a parallel session,
and otherwise the start of the next timed item on the same day and stage —
in programme order, so a Folkemødet listing that starts every stage at 9.00
does not end one stage's last event at another's first.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from folkemode.ids import in_session_order, session_id, session_order, slugify
from folkemode.importers.text.calendar import Calendar, at
from folkemode.importers.text.drafts import RoundDraft, SessionDraft
from folkemode.importers.text.endings import Endings
from folkemode.importers.text.kinds import KindClassifier
from folkemode.importers.text.ledger import Ledger
from folkemode.importers.text.lines import word_count
from folkemode.importers.text.structure import Structure
from folkemode.model import Session, SessionKind, Speaker, Track, WorkshopRound

__all__ = ["build_sessions"]


# An item before 6.00 listed after one at 18.00 or later is past midnight.
_EVENING, _NIGHT_ENDS = 18, 6
# How far the frame's end may lie after the last item's start to end it.
_FRAME_REACH = timedelta(hours=3)
# How far after an evening item a next item past midnight may start to end it.
_OVERNIGHT = timedelta(hours=4)
# An arrival or registration the next item starts longer after is open: people come
# from its time on (the next item's start is no end of it).
_LONGEST_ARRIVAL = timedelta(hours=3)
# An item with its own days is a session on each of them up to this many days
# (a people's meeting's week); a longer one (an exhibition over the summer) is one.
_DAILY_UP_TO = 7


def _plausible_overnight(start: datetime, end: datetime) -> bool:
    return start.hour >= 17 and end.hour <= 8


def _stage(unit: SessionDraft | RoundDraft) -> str | None:
    if isinstance(unit, SessionDraft):
        return unit.stage
    return unit.members[0].stage if unit.members else None


def _unit(session: SessionDraft) -> SessionDraft | RoundDraft:
    """What has one start and end: the round of a parallel session, else the session.

    Sessions grouped only because they start together keep their own times.
    """
    if session.round is not None and not session.round.implicit:
        return session.round
    return session


# What follows the meeting, not its programme: the closing before it has no length.
_AFTER_THE_MEETING = frozenset({SessionKind.SOCIAL, SessionKind.MEAL})


class _Times:
    """Start and end datetimes of every timed draft (rounds as one unit)."""

    def __init__(
        self,
        structure: Structure,
        calendar: Calendar,
        zone: ZoneInfo,
        ledger: Ledger,
        endings: Endings,
    ):
        self.endings = endings
        self.frame_times = structure.header.frame_times
        self.hours_on = structure.header.hours_on
        self.starts: dict[int, datetime] = {}
        self.ends: dict[int, datetime | None] = {}
        self.dates: dict[int, date] = {}
        self.zone = zone
        self.ledger = ledger
        self._steady: dict[tuple[date, time], datetime] = {}
        units: list[SessionDraft | RoundDraft] = []
        seen: set[int] = set()
        for session in structure.sessions:
            unit = _unit(session)
            if id(unit) in seen or session.start is None or session.dates is not None:
                continue  # an item with its own days has its own times (``held``)
            seen.add(id(unit))
            units.append(unit)
        evening: dict[int, bool] = {}  # by day heading: has an item at 18.00 or later come?
        for unit in units:
            day = calendar.day_of(unit.day)
            if day is None or unit.start is None:
                continue
            late = evening.get(id(unit.day), False)
            if late and unit.start.hour < _NIGHT_ENDS:
                day += timedelta(days=1)  # "Kl. 24.00 Stille" after "Kl. 21.00 Sosialt"
            evening[id(unit.day)] = late or unit.start.hour >= _EVENING
            self.starts[id(unit)] = self._at(day, unit.start, unit, "start")
            self.dates[id(unit)] = day
        # The next item that starts later: side-by-side items share a start and
        # stage. Walking backwards, a unit's next item is the one after it, or,
        # when that one shares its start and stage, that one's next item — one
        # pass, however many items start together.
        following: list[SessionDraft | RoundDraft | None] = [None] * len(units)
        nxt: SessionDraft | RoundDraft | None = None
        after: tuple[datetime | None, str | None] | None = None
        for index in range(len(units) - 1, -1, -1):
            unit = units[index]
            here = (self.starts.get(id(unit)), _stage(unit))
            if after is None or here[0] is None or here != after:
                nxt = units[index + 1] if index + 1 < len(units) else None
            following[index] = nxt
            after = here
        for index, unit in enumerate(units):
            if id(unit) in self.starts:
                self.ends[id(unit)] = self._end(unit, following[index])
        self._frame_end(units, calendar)
        self._say_out_of_order(units)

    def _say_out_of_order(self, units: list[SessionDraft | RoundDraft]) -> None:
        """An item whose start goes back while its end runs on with the items around it
        (" 8:15 – 18:25" between "18:05 – 18:15" and "18:25 – 19:10"): a digit lost,
        perhaps; said on its line."""
        starts = [self.starts.get(id(unit)) for unit in units]
        for index in range(1, len(units) - 1):
            before, here, after = starts[index - 1], starts[index], starts[index + 1]
            unit = units[index]
            end = self.ends.get(id(unit))
            if before is None or here is None or after is None or end is None:
                continue
            if (
                here < before <= end <= after
                and isinstance(unit, SessionDraft)
                and unit.end is not None  # (its end written, not the next start)
                and here.date() == before.date() == after.date()
                and _stage(units[index - 1]) == _stage(unit) == _stage(units[index + 1])
            ):
                self.ledger.warn(
                    unit.line,
                    "time-order",
                    f"{_name(unit)[:40]!r} starts at {here:%H.%M}, before the item above it "
                    f"({before:%H.%M}) though the one below goes on at {after:%H.%M}: "
                    "is its time written right?",
                )

    def _at(self, day: date, clock: time, unit: SessionDraft | RoundDraft, what: str) -> datetime:
        """The instant at ``clock`` on ``day``; one the clocks skip or repeat is said (``_real``).

        Sessions share their starts and ends (every stage at 10.00): a wall time
        found to happen once is kept and handed out again.
        """
        key = (day, clock)
        moment = self._steady.get(key)
        if moment is None:
            moment = at(day, clock, self.zone)
            if moment.replace(fold=0).utcoffset() != moment.replace(fold=1).utcoffset():
                return self._real(moment, unit, what)
            self._steady[key] = moment
        return moment

    def _real(self, moment: datetime, unit: SessionDraft | RoundDraft, what: str) -> datetime:
        """``moment`` as a real instant where the clocks change, said on the unit's line.

        As RFC 5545 reads such times: a wall time in the hour that is skipped in
        spring is read with the offset before the change (2.30 becomes 3.30 summer
        time), and a wall time that happens twice in autumn is the first of the two.
        """
        if moment.replace(fold=0).utcoffset() == moment.replace(fold=1).utcoffset():
            return moment  # the usual case: the wall time happens once, whatever its fold
        real = moment.astimezone(UTC).astimezone(self.zone)
        shown = f"{moment:%H.%M} on {moment:%Y-%m-%d}"
        if real.replace(tzinfo=None) != moment.replace(tzinfo=None):
            self.ledger.warn(
                unit.line,
                "clock-change",
                f"the {what} {shown} does not exist in {self.zone.key} (the clocks go "
                f"forward): read as {real:%H.%M}",
            )
            return real
        if moment.replace(fold=1).utcoffset() != moment.utcoffset():
            self.ledger.warn(
                unit.line,
                "clock-change",
                f"the {what} {shown} happens twice in {self.zone.key} (the clocks go back): "
                "read as the first",
            )
        return moment

    def _frame_end(self, units: list[SessionDraft | RoundDraft], calendar: Calendar) -> None:
        """The frame's end ("kl 18.30-21.00") ends the last item of its last day."""
        when = calendar.frame_when
        until = when.end if when is not None else None
        if until is None and self.frame_times is not None and self.frame_times[1] is not None:
            until = (self.frame_times[1].hour, self.frame_times[1].minute)
        if until is None and calendar.frame is not None:
            closing = self.hours_on(*calendar.frame)[1]
            until = (closing.hour, closing.minute) if closing is not None else None
        dates = set(self.dates.values())  # the days of the units that have one
        if calendar.frame is not None:
            last_day = calendar.frame[1]
        elif len(dates) == 1:
            last_day = dates.pop()  # a one-day programme: its hours are that day's
        elif (found := self._day_opening_at(units)) is not None:
            last_day = found  # "ope frå kl. 11 til 14.30 laurdag": the day that opens at 11
        else:
            return
        if until is None:
            return
        on_day = [u for u in units if self.dates.get(id(u)) == last_day]
        if not on_day:
            return
        last = max(on_day, key=lambda u: self.starts[id(u)])
        end = at(last_day, time(*until), self.zone)
        start = self.starts[id(last)]
        # only a last item that reaches to it: a programme cut short ends elsewhere
        if (
            self.ends.get(id(last)) is None
            and not self._no_end(last)
            and start < end <= start + _FRAME_REACH
        ):
            self.ends[id(last)] = end

    def _day_opening_at(self, units: list[SessionDraft | RoundDraft]) -> date | None:
        """The one day whose first item starts at the hours' start the text gives, if any.

        A programme of several days that gives one day's hours in a sentence ("Rådhuset
        er ope frå kl. 11 til 14.30 laurdag") ends that day's last item at their end.
        """
        if self.frame_times is None:
            return None
        opening = self.frame_times[0]
        first: dict[date, time] = {}
        for unit in units:
            day = self.dates.get(id(unit))
            if day is not None and unit.start is not None and day not in first:
                first[day] = unit.start
        days = [day for day, start in first.items() if start == opening]
        return days[0] if len(days) == 1 else None

    def _no_end(self, unit: SessionDraft | RoundDraft) -> bool:
        if isinstance(unit, RoundDraft):
            return False
        return unit.open_end or self.endings.no_end(unit.title, unit.description)

    def _say_no_end(self, unit: SessionDraft, nxt: SessionDraft | RoundDraft | None) -> None:
        """An item read as the end of the meeting, with more of its day after it and more
        to its title than the end's word ("Takk for no! Seminaret vert avslutta – og …"):
        said, as the text may mean it lasts until the next."""
        if (
            unit.open_end
            or nxt is None
            or id(nxt) not in self.starts
            or self.dates[id(nxt)] != self.dates[id(unit)]
            or self.starts[id(nxt)] <= self.starts[id(unit)]
            or word_count(unit.title) <= 4
            or not self.endings.marker_and_more(unit.title)
        ):
            return
        self.ledger.warn(
            unit.line,
            "no-end",
            f"{unit.title[:50]!r} reads as the end of the meeting and is given no end, though "
            f"{_name(nxt)[:40]!r} follows the same day: if it lasts until then, give its range",
        )

    def _end(
        self, unit: SessionDraft | RoundDraft, nxt: SessionDraft | RoundDraft | None
    ) -> datetime | None:
        start = self.starts[id(unit)]
        day = self.dates[id(unit)]
        if unit.end is not None and unit.start is not None:
            end = self._at(day, unit.end, unit, "end")
            if end >= start:
                return end
            if _plausible_overnight(start, end):
                return end + timedelta(days=1)
            self.ledger.warn(
                unit.line,
                "end-before-start",
                f"the end {unit.end:%H.%M} is before the start {unit.start:%H.%M}; "
                "the end is left out",
            )
            return None
        if unit.duration is not None:
            return start + unit.duration
        if self.endings.stand_events:
            return None
        if self._no_end(unit):
            if isinstance(unit, SessionDraft):
                self._say_no_end(unit, nxt)
            return None
        if nxt is None or id(nxt) not in self.starts:
            return None
        if self.dates[id(nxt)] != day and not (
            # "21.00 Sosialt" before "24.00 Stille": the next item just after midnight
            self.dates[id(nxt)] == day + timedelta(days=1)
            and self.starts[id(nxt)] - start <= _OVERNIGHT
        ):
            return None
        if _stage(nxt) != _stage(unit):
            return None
        following = self.starts[id(nxt)]
        if (
            isinstance(unit, SessionDraft)
            and unit.kind is SessionKind.REGISTRATION
            and following - start > _LONGEST_ARRIVAL
        ):
            return None  # "Fra kl. 14.00 Ankomst", then "19:00 Middag": arriving, not 5 hours of it
        if (
            isinstance(unit, SessionDraft)
            and isinstance(nxt, SessionDraft)
            and nxt.kind in _AFTER_THE_MEETING
            and self.endings.is_closing(unit.title)
        ):
            return None  # "16.15 Avslutning", then "17.30 Mingling": the meeting ends there
        return following if following > start else None

    def held(
        self, session: SessionDraft, calendar: Calendar
    ) -> list[tuple[datetime | None, datetime | None]]:
        """Start and end on each day of an item with its own days ("22.-25. juni kl. 10-18").

        An item of up to :data:`_DAILY_UP_TO` days is a session on each of them at
        its hours; a longer one ("1. juni - 31. august kl. 10-17") is one session
        from the first day's opening to the last day's closing, and said so.
        """
        when = session.dates
        assert when is not None and session.start is not None
        days = calendar.edition_dates(when, None)
        if days is None:
            return [(None, None)]  # no year, or no such day: said with the dates
        first, last = days
        count = (last - first).days + 1
        if when.daily and count <= _DAILY_UP_TO:
            return [
                self._from_to(session, day, day)
                for day in (first + timedelta(days=n) for n in range(count))
            ]
        # "21. januar kl. 10 - 22. januar kl. 15", or too many days: from the first to the last
        start, end = self._from_to(session, first, last)
        if when.daily:
            self.ledger.info(
                session.line,
                "held-daily",
                f"{session.title[:60]!r} is held on {count} days: read as one session from "
                f"{start:%Y-%m-%d %H.%M}" + (f" to {end:%Y-%m-%d %H.%M}" if end else ""),
            )
        return [(start, end)]

    def _from_to(
        self, session: SessionDraft, first: date, last: date
    ) -> tuple[datetime, datetime | None]:
        """The session's start on ``first`` and its end on ``last`` (past midnight, or none,
        when the end comes before the start)."""
        assert session.start is not None
        start = self._at(first, session.start, session, "start")
        if session.end is None:
            return start, None
        end = self._at(last, session.end, session, "end")
        if end >= start:
            return start, end
        if first == last and _plausible_overnight(start, end):
            return start, end + timedelta(days=1)
        return start, None

    def of(self, session: SessionDraft) -> tuple[datetime | None, datetime | None]:
        unit = _unit(session)
        start = self.starts.get(id(unit))
        if start is None:
            return None, None
        return start, self.ends.get(id(unit))


def _rounds(
    structure: Structure, times: _Times
) -> tuple[dict[int, WorkshopRound], list[WorkshopRound]]:
    made: dict[int, WorkshopRound] = {}
    ordered: list[WorkshopRound] = []
    used: set[str] = set()
    numbers: dict[str, int] = {}  # the last number given to a repeated id, by its base
    for draft in structure.rounds:
        if not draft.members:
            continue
        start = times.starts.get(id(draft))
        end = times.ends.get(id(draft))
        if draft.implicit:
            start = times.starts.get(id(draft.members[0]))
            ends = {times.ends.get(id(m)) for m in draft.members}
            end = ends.pop() if len(ends) == 1 else None
        base = WorkshopRound(name=draft.name, start=start, end=end).id
        identifier = base
        if identifier in used:
            # The first free "-2", "-3" … is never below the last one given
            # for this base (``used`` only grows), so counting goes on from there.
            number = numbers.get(base, 1)
            while identifier in used:
                number += 1
                identifier = f"{base}-{number}"
            numbers[base] = number
        used.add(identifier)
        made[id(draft)] = WorkshopRound(name=draft.name, start=start, end=end, id=identifier)
        ordered.append(made[id(draft)])
    return made, ordered


def _title(draft: SessionDraft) -> str:
    title = draft.title.strip()
    return title if title else draft.line.text or "Session"


def build_sessions(
    structure: Structure,
    calendar: Calendar,
    zone: ZoneInfo,
    kinds: KindClassifier,
    ledger: Ledger,
    endings: Endings,
) -> tuple[list[Session], list[WorkshopRound], list[Track]]:
    """Sessions, rounds and tracks of the model, in programme order."""
    times = _Times(structure, calendar, zone, ledger, endings)
    rounds, ordered_rounds = _rounds(structure, times)
    tracks: dict[str, Track] = {}
    fields: list[dict[str, Any]] = []
    for draft in structure.sessions:
        title = _title(draft)
        held = times.held(draft, calendar) if draft.dates is not None else [times.of(draft)]
        for start, end in held:
            fields.append(_fields(draft, title, start, end, calendar, kinds, rounds, tracks))
    return _in_order(fields), ordered_rounds, list(tracks.values())


def _fields(
    draft: SessionDraft,
    title: str,
    start: datetime | None,
    end: datetime | None,
    calendar: Calendar,
    kinds: KindClassifier,
    rounds: dict[int, WorkshopRound],
    tracks: dict[str, Track],
) -> dict[str, Any]:
    """What a session is made of, from its draft, at one start and end."""
    track = None
    if draft.track:
        track = tracks.setdefault(slugify(draft.track), Track(name=draft.track))
    day = start.date() if start is not None else None
    if start is None and draft.day is not None and not calendar.undated:
        day = calendar.days.get(id(draft.day))
    kind = draft.kind if draft.kind is not None else kinds.classify(title)
    # The collections as tuples: the form the session keeps, which its converters
    # take as it is once they have looked at each element (a list is copied).
    return {
        "title": title,
        "start": start,
        "end": end,
        "day": day,
        "kind": kind if isinstance(kind, SessionKind) else SessionKind(kind),
        "track": track,
        "round": rounds.get(id(draft.round)) if draft.round is not None else None,
        "room": draft.room,
        "speakers": _unique_speakers(draft),
        "organisations": tuple(draft.organisations),
        "description": "\n".join(draft.description) or None,
        "items": tuple([item.freeze() for item in draft.items]),
        "links": tuple(dict.fromkeys(draft.links)) if draft.links else (),
    }


def _in_order(fields: list[dict[str, Any]]) -> list[Session]:
    """The sessions made once each, already in the event's order with their final ids.

    The event orders its sessions and numbers repeated ids itself; giving it
    them so ordered leaves it nothing to rebuild. Should ordering twice not
    give the same (repeated ids meeting an id numbered by the text itself),
    the sessions are handed over as read and the event orders them.
    """
    keys = [(f["start"], f["day"], session_id(f["title"].strip(), f["day"])) for f in fields]
    order = session_order(keys)
    # Ordering again keeps them so (the question the event asks), without a second sort.
    # The ids it gives are all different, and a timed session's place in time is its own
    # start, so with a start for every session the sorted order is kept as it is: the
    # question is asked only of a programme with untimed sessions, whose places come
    # from the sessions above them.
    untimed = any(start is None for start, _, _ in keys)
    if untimed and not in_session_order([(keys[p][0], keys[p][1], i) for p, i in order]):
        return [Session(**f) for f in fields]
    return [Session(**fields[p], id=i) for p, i in order]


def _unique_speakers(draft: SessionDraft) -> tuple[Speaker, ...]:
    """Each speaker once; a person named twice keeps what either naming tells.

    "Samtalen ledes af journalist Pia Thorning" and, in the list below it,
    "Pia Thorning, journalist, Radio Øst": one speaker, with her role and body.
    """
    unique: dict[str, Speaker] = {}
    for speaker in draft.speakers:
        first = unique.get(speaker.name)
        if first is None:
            unique[speaker.name] = speaker
        elif first.organisation is None and speaker.organisation is not None:
            # (a role only as short as a job title: a sentence read around a name is none)
            role = speaker.role if speaker.role and len(speaker.role.split()) <= 4 else None
            unique[speaker.name] = attrs.evolve(
                first, role=first.role or role, organisation=speaker.organisation
            )
    return tuple(unique.values())


def _name(unit: SessionDraft | RoundDraft) -> str:
    return unit.title if isinstance(unit, SessionDraft) else unit.name
