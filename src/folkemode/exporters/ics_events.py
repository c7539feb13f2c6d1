"""The VEVENTs of a calendar export: one per session, or blocks for the whole event.

UIDs are built from stable ids, never from positions or random numbers, so a
subscriber's calendar updates an entry instead of adding a duplicate, and a
change to one session leaves every other UID alone:

=====================  ==========================================
session                ``{session.id}@{event.id}.folkemode``
whole event, per day   ``event.{YYYYMMDD}@{event.id}.folkemode``
edition, per day       ``edition.{edition.id}.{YYYYMMDD}@{event.id}.folkemode``
=====================  ==========================================

Times are written in the event's zone with ``TZID`` (never floating), or in
UTC for an event in UTC and for the wall-clock times that happen twice when
clocks go back, on which clients disagree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import icalendar
from icalendar import vCalAddress, vUri

from folkemode.exporters.ics_text import Text
from folkemode.exporters.ics_text import categories as category_list
from folkemode.exporters.text import (
    agenda_lines,
    kind_label,
    label,
    location_text,
    speaker_text,
)
from folkemode.exporters.vtimezone import UTC_ZONES
from folkemode.i18n import format_date, format_time, format_time_range
from folkemode.model import Edition, Event, Session, SessionKind, SessionStatus, Venue

__all__ = ["UID_DOMAIN", "VeventWriter", "one_line"]

#: The host part every folkemode UID ends with, after the event id.
UID_DOMAIN = "folkemode"
SESSION_DATA = "X-FOLKEMODE-SESSION"
EVENT_DATA = "X-FOLKEMODE-EVENT"

# Fields the standard properties carry exactly; the rest go into X-FOLKEMODE-SESSION.
_CARRIED = frozenset({"title", "start", "end", "id"})


class VeventWriter:
    """Builds VEVENTs for one event, with one DTSTAMP, SEQUENCE and label language."""

    def __init__(
        self,
        event: Event,
        *,
        locale: str,
        stamp: datetime,
        sequence: int,
        machine_data: bool,
    ) -> None:
        self.event = event
        self.locale = locale
        self.stamp = stamp.astimezone(UTC)
        self.sequence = sequence
        self.session_data: Callable[[Session], dict[str, Any]] | None = None
        if machine_data:
            from folkemode.serialise import session_to_dict  # cattrs: imported when needed

            self.session_data = session_to_dict
        self.domain = f"{event.id}.{UID_DOMAIN}"
        self.zone = event.zone
        self.in_utc = event.timezone in UTC_ZONES
        self.days_written: set[date] = set()
        self.zone_used = False

    # -- values --------------------------------------------------------------------------

    def moment(self, value: datetime) -> datetime:
        """``value`` as written: in the event's zone, or in UTC where a TZID cannot say it."""
        self.days_written.add(value.astimezone(self.zone).date())
        if self.in_utc:
            return value.astimezone(UTC)
        local = value.astimezone(self.zone)
        offset = local.utcoffset()
        if offset is not None and offset.seconds % 60:
            # local mean time before 1894 (+00:50:20): clients round such offsets to
            # the minute, so the instant is written in UTC
            return value.astimezone(UTC)
        if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
            # A wall-clock time that happens twice (clocks going back) or never
            # (clocks going forward): RFC 5545 reads it as the first, ical.js as
            # the second, so write the instant in UTC, which every client agrees on.
            return value.astimezone(UTC)
        self.zone_used = True
        return local

    def _common(self, vevent: icalendar.Event, uid: str, session: Session | None = None) -> None:
        vevent.add("UID", uid)
        vevent.add("DTSTAMP", self.stamp)
        # A session changed since it was first published counts its changes on top of
        # the calendar's own SEQUENCE, so every client replaces its old copy.
        revision = session.revision if session is not None else 0
        vevent.add("SEQUENCE", self.sequence + revision)
        updated = (session.updated if session is not None else None) or self.event.updated
        if updated is not None:
            vevent.add("LAST-MODIFIED", updated.astimezone(UTC))
        if session is not None and session.status is SessionStatus.CANCELLED:
            # kept, with its UID, so subscribed calendars show it cancelled
            vevent.add("STATUS", "CANCELLED")

    def _when(
        self, vevent: icalendar.Event, start: datetime | date, end: datetime | date | None
    ) -> None:
        if isinstance(start, datetime):
            vevent.add("DTSTART", self.moment(start))
            if isinstance(end, datetime):
                vevent.add("DTEND", self.moment(end))
            # No end: RFC 5545 3.6.1 makes the event an instant at its start;
            # folkemode does not invent an end the programme does not give.
        else:
            self.days_written.add(start)
            vevent.add("DTSTART", start)
            # DATE ends are exclusive: an all-day entry ends the next morning.
            last = end if isinstance(end, date) and not isinstance(end, datetime) else start
            self.days_written.add(last)
            vevent.add("DTEND", last + timedelta(days=1))

    def _venue_properties(
        self, vevent: icalendar.Event, session: Session | None, venue: Venue | None
    ) -> None:
        location = location_text(session, venue)
        if location:
            vevent.add("LOCATION", Text(location))
        if venue is not None and venue.online_url and one_line(venue.online_url):
            conference = vUri(venue.online_url)
            conference.params["VALUE"] = "URI"
            # A list, so the parameter is written FEATURE=AUDIO,VIDEO (two values),
            # not the one quoted value icalendar's Conference(feature=[...]) makes.
            conference.params["FEATURE"] = ["AUDIO", "VIDEO"]
            conference.params["LABEL"] = venue.platform or label(self.locale, "Online meeting")
            vevent.add("CONFERENCE", conference)

    def _organizer(self, vevent: icalendar.Event) -> None:
        contact = next((c for c in self.event.contacts if one_line(c.email)), None)
        if contact is not None:
            organizer = vCalAddress(f"mailto:{contact.email}")
            organizer.params["CN"] = contact.name
            vevent.add("ORGANIZER", organizer)

    def _online_line(self, venue: Venue | None) -> str | None:
        """The meeting link in the description, for hybrid events whose LOCATION is the hall."""
        if venue is None or not venue.online_url or not venue.is_physical:
            return None
        name = f"{venue.platform} " if venue.platform else ""
        return f"{label(self.locale, 'Online')}: {name}{venue.online_url}"

    # -- sessions ------------------------------------------------------------------------

    def session(self, session: Session) -> icalendar.Event:
        """The VEVENT of one session (all-day on its day when it has no time)."""
        event = self.event
        vevent = icalendar.Event()
        uid = f"{session.id}@{self.domain}"
        self._common(vevent, uid, session)
        if session.start is not None:
            self._when(vevent, session.start, session.end)
        elif session.day is not None:
            self._when(vevent, session.day, None)
        vevent.add("SUMMARY", Text(session.title))
        description = self.session_description(session)
        if description:
            vevent.add("DESCRIPTION", Text(description))
        self._venue_properties(vevent, session, event.venue)
        url = session.links[0] if session.links else event.url
        if one_line(url):
            vevent.add("URL", url)
        categories = (
            [kind_label(session.kind, self.locale)]
            if (session.kind is not SessionKind.OTHER)
            else []
        )
        categories += [thing.name for thing in (session.track, session.round) if thing]
        if categories:
            vevent.add("CATEGORIES", category_list(categories))
        self._organizer(vevent)
        if self.session_data is not None:
            data = {k: v for k, v in self.session_data(session).items() if k not in _CARRIED}
            if description != (session.description or ""):
                data["description"] = session.description
            if uid.rpartition("@")[0] != session.id:
                data["id"] = session.id
            full = self.session_data(session)
            for key in ("start", "end"):
                value = getattr(session, key)
                if value is not None and value.microsecond:
                    data[key] = full[key]  # DTSTART and DTEND hold whole seconds only
            vevent.add(SESSION_DATA, Text(_compact_json(data)))
        return vevent

    def session_description(self, session: Session) -> str:
        """The description a reader sees: text, speakers, agenda, track, links."""
        locale = self.locale
        blocks = []
        if session.description:
            blocks.append(session.description)
        if session.speakers:
            heading = label(locale, "Speaker" if len(session.speakers) == 1 else "Speakers")
            blocks.append("\n".join([f"{heading}:", *map(speaker_text, session.speakers)]))
        if session.organisations:
            names = ", ".join(o.name for o in session.organisations)
            blocks.append(f"{label(locale, 'Organisations')}: {names}")
        if session.items:
            blocks.append("\n".join([f"{label(locale, 'Agenda')}:", *agenda_lines(session.items)]))
        facts = []
        if session.track is not None:
            facts.append(f"{label(locale, 'Track')}: {session.track.name}")
        if session.round is not None:
            facts.append(f"{label(locale, 'Workshop round')}: {session.round.name}")
        online = self._online_line(self.event.venue)
        if online:
            facts.append(online)
        if facts:
            blocks.append("\n".join(facts))
        if len(session.links) > 1:
            blocks.append("\n".join([f"{label(locale, 'Links')}:", *session.links[1:]]))
        return "\n\n".join(blocks)

    # -- the whole event -------------------------------------------------------------------

    def whole_event(self, days: frozenset[date] | None = None) -> Iterator[icalendar.Event]:
        """The event as blocks, one per day: never one block over several days.

        Days with timed sessions run from the first start to the last end;
        without a timetable each day is an all-day entry. An event longer than a
        month (a season, a year) is one all-day block over all its days instead.
        """
        event = self.event
        timed = [s for s in event.sessions if s.start is not None]
        if timed:
            for day in sorted({s.start.astimezone(self.zone).date() for s in timed if s.start}):
                if days is not None and day not in days:
                    continue
                todays = [
                    s for s in timed if s.start and s.start.astimezone(self.zone).date() == day
                ]
                start = min(s.start for s in todays if s.start)
                ends = [s.end or s.start for s in todays if s.start]
                end = max(ends) if ends else None
                yield self._block(
                    f"event.{day:%Y%m%d}",
                    event.name,
                    start,
                    end if end != start else None,
                    event.venue,
                    self._programme(todays),
                )
            return
        times = self._times_text(event.start, event.end, event.all_day)
        span = _days(event.start, event.end, event.all_day, self.zone) or event.days
        if len(span) > _MOST_DAY_BLOCKS:
            # a season or a year: one all-day block over it all, not thousands of days
            if days is None or days & set(span):
                yield self._block(
                    f"event.{span[0]:%Y%m%d}",
                    event.name,
                    span[0],
                    span[-1] + timedelta(days=1),
                    event.venue,
                    times,
                )
            return
        for day in span:
            if days is None or day in days:
                yield self._block(
                    f"event.{day:%Y%m%d}",
                    event.name,
                    *_span_for(day, event.start, event.end, len(span) == 1 and not event.all_day),
                    event.venue,
                    times,
                )

    def _edition_all_day(self, edition: Edition) -> bool:
        return self.event.all_day or (
            _is_midnight(edition.start, self.zone)
            and (edition.end is None or _is_midnight(edition.end, self.zone))
        )

    def edition_days(self, edition: Edition) -> list[date]:
        """The calendar days an edition takes place on."""
        return _days(edition.start, edition.end, self._edition_all_day(edition), self.zone)

    def edition(self, edition: Edition) -> Iterator[icalendar.Event]:
        """One block per day of an edition of a recurring event."""
        all_day = self._edition_all_day(edition)
        times = self._times_text(edition.start, edition.end, all_day)
        span = _days(edition.start, edition.end, all_day, self.zone)
        if len(span) > _MOST_DAY_BLOCKS:
            yield self._block(
                f"edition.{edition.id}.{span[0]:%Y%m%d}",
                edition.name or self.event.name,
                span[0],
                span[-1] + timedelta(days=1),
                edition.venue or self.event.venue,
                times,
            )
            return
        for day in span:
            yield self._block(
                f"edition.{edition.id}.{day:%Y%m%d}",
                edition.name or self.event.name,
                *_span_for(day, edition.start, edition.end, len(span) == 1 and not all_day),
                edition.venue or self.event.venue,
                times,
            )

    def _programme(self, sessions: Iterable[Session]) -> str:
        lines = [f"{label(self.locale, 'Programme')}:"]
        for session in sessions:
            if session.start is not None:
                start = session.start.astimezone(self.zone)
                end = session.end.astimezone(self.zone) if session.end else None
                lines.append(f"{format_time_range(start, end, self.locale)} {session.title}")
        return "\n".join(lines)

    def _block(
        self,
        key: str,
        summary: str,
        start: datetime | date,
        end: datetime | date | None,
        venue: Venue | None,
        notes: str | None,
    ) -> icalendar.Event:
        """A block of the whole event; ``notes`` is its day's programme, or the times of an
        all-day entry (which the calendar shows without them)."""
        event = self.event
        vevent = icalendar.Event()
        self._common(vevent, f"{key}@{self.domain}")
        self._when(vevent, start, end)
        vevent.add("SUMMARY", Text(summary))
        blocks = [b for b in (event.description, notes, self._online_line(venue)) if b]
        if blocks:
            vevent.add("DESCRIPTION", Text("\n\n".join(blocks)))
        self._venue_properties(vevent, None, venue)
        if one_line(event.url):
            vevent.add("URL", event.url)
        self._organizer(vevent)
        return vevent

    def _times_text(self, start: datetime | None, end: datetime | None, all_day: bool) -> str:
        """Start and end in words ("13. nov. 2025 09.30 – 14. nov. 2025 11.30")."""
        parts = []
        for value in (start, end):
            if value is None:
                continue
            local = value.astimezone(self.zone)
            text = format_date(local.date(), self.locale, "medium")
            if not all_day:
                text += f" {format_time(local, self.locale)}"
            parts.append(text)
        return " – ".join(dict.fromkeys(parts))


def one_line(value: str | None) -> bool:
    """An address a URI property can hold: there, and no control character in it."""
    return bool(value) and not any(ord(c) < 32 or ord(c) == 127 for c in value or "")


def _is_midnight(value: datetime, zone: Any) -> bool:
    return value.astimezone(zone).time() == time()


def _days(start: datetime | None, end: datetime | None, all_day: bool, zone: Any) -> list[date]:
    """The calendar days from ``start`` to ``end``; an end at midnight does not add a day."""
    if start is None:
        return []
    first = start.astimezone(zone).date()
    last = first
    if end is not None:
        local_end = end.astimezone(zone)
        last = local_end.date()
        if not all_day and local_end.time() == time() and last > first:
            last -= timedelta(days=1)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# Longer than a month, an event is one all-day block over its days, not one block a day.
_MOST_DAY_BLOCKS = 31


def _span_for(
    day: date, start: datetime | None, end: datetime | None, timed_day: bool
) -> tuple[datetime | date, datetime | date | None]:
    """A one-day timed event keeps its times; each day of a longer one is an all-day entry."""
    if start is not None and timed_day:
        return start, end
    return day, None


def _compact_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
