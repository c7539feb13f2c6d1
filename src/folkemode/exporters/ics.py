"""Built-in plugin: write a programme as an iCalendar (ICS) file for calendars.

Subscribers see every session at the right time in any client: each time
carries a ``TZID`` with one VTIMEZONE per zone, written as the yearly rules
Outlook and Google themselves write. UIDs come from stable ids and DTSTAMP
from the event (or the ``dtstamp`` option), never from the clock, so the same
programme gives the same bytes and a changed session updates in place.

>>> import folkemode
>>> ics = folkemode.dumps(folkemode.Event.example(), format="ics")
>>> ics.count("BEGIN:VEVENT"), ics == folkemode.dumps(folkemode.Event.example(), format="ics")
(12, True)
>>> one = folkemode.dumps(folkemode.Event.example(), format="ics", session="20251113-frokost")
>>> [line for line in one.splitlines() if line.startswith(("UID:2025", "SUMMARY:"))]
['SUMMARY:Frokost', 'UID:20251113-frokost@kommunalpolitisk-efteraarsseminar-2025.folkemode']
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta

import icalendar
from attrs import evolve
from icalendar import vDuration

from folkemode.__about__ import __version__
from folkemode.errors import FolkemodeError
from folkemode.exporters._per_event import per_event
from folkemode.exporters.ics_events import EVENT_DATA, UID_DOMAIN, VeventWriter, one_line
from folkemode.exporters.ics_text import Text
from folkemode.exporters.selection import SELECTION_OPTIONS, Selection, sessions_by_id
from folkemode.exporters.vtimezone import vtimezone
from folkemode.formats import Exporter, ExportOption
from folkemode.hookspecs import hookimpl
from folkemode.i18n import normalise_locale
from folkemode.model import Event

__all__ = ["ICS_OPTIONS", "default_dtstamp", "dump_ics"]

ICS_OPTIONS: tuple[ExportOption, ...] = (
    *SELECTION_OPTIONS,
    ExportOption(
        name="whole_event",
        type=bool,
        default=False,
        help="the event itself instead of its sessions: one entry per day, "
        "and one per edition of a recurring event",
    ),
    ExportOption(
        name="dtstamp",
        type=datetime,
        default=None,
        help="DTSTAMP of every entry, e.g. when the programme was last changed "
        "(default: the event's start, never the current time)",
    ),
    ExportOption(
        name="sequence",
        type=int,
        default=0,
        help="SEQUENCE of every entry; raise it when you send out a changed programme",
    ),
    ExportOption(
        name="refresh_hours",
        type=int,
        default=12,
        help="how often subscribed calendars should reload (REFRESH-INTERVAL)",
    ),
    ExportOption(
        name="locale",
        type=str,
        default=None,
        help="language of labels in descriptions (default: the event's)",
    ),
    ExportOption(
        name="folkemode_data",
        type=bool,
        default=True,
        help="add X-FOLKEMODE-* properties so folkemode reads the file back "
        "without loss (calendars ignore them)",
    ),
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def default_dtstamp(event: Event) -> datetime:
    """The DTSTAMP used when none is given: when this version was published, in UTC.

    That is the event's ``updated``; an event that does not say falls back to
    the earliest moment it names. Either way it depends only on the event, never
    on the clock, so exporting one version twice gives the same bytes.
    """
    if event.updated is not None:
        return event.updated.astimezone(UTC)
    zone = event.zone
    moments = [
        m
        for m in (
            event.start,
            *(s.start for s in event.sessions),
            *(e.start for e in event.editions),
        )
        if m is not None
    ]
    moments += [
        datetime.combine(s.day, time(), zone)
        for s in event.sessions
        if s.day is not None and s.start is None
    ]
    return min(moments).astimezone(UTC) if moments else _EPOCH


def dump_ics(
    event: Event,
    *,
    breaks: bool = True,
    meals: bool = True,
    tracks: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    days: Iterable[str | date] | None = None,
    speakers: Iterable[str] | None = None,
    session: str | None = None,
    whole_event: bool = False,
    dtstamp: datetime | None = None,
    sequence: int = 0,
    refresh_hours: int = 12,
    locale: str | None = None,
    folkemode_data: bool = True,
) -> str:
    """The event as iCalendar text (CRLF line ends, folded at 75 octets).

    Selection options pick sessions (see :mod:`folkemode.exporters.selection`);
    ``whole_event`` writes the event itself as one entry per day instead.
    Editions of a recurring event get entries of their own, unless their
    days already have sessions in the calendar or a selection option is set.
    """
    selection = Selection.from_options(
        event,
        breaks=breaks,
        meals=meals,
        tracks=tracks,
        kinds=kinds,
        days=days,
        speakers=speakers,
        session=session,
    )
    if whole_event and (selection.narrows and not _only_days(selection)):
        raise FolkemodeError(
            "whole_event writes the event itself, so only the days option applies; "
            "drop the session filters or whole_event"
        )
    if dtstamp is not None and (dtstamp.tzinfo is None or dtstamp.utcoffset() is None):
        raise FolkemodeError(f"dtstamp needs a time zone, e.g. {dtstamp.isoformat()}+01:00")
    if sequence < 0:
        raise FolkemodeError(f"sequence must be 0 or more, got {sequence}")
    if refresh_hours < 1:
        raise FolkemodeError(f"refresh_hours must be 1 or more, got {refresh_hours}")
    language = normalise_locale(locale) if locale is not None else event.locale

    writer = VeventWriter(
        event,
        locale=language,
        stamp=dtstamp if dtstamp is not None else _default_dtstamp(event),
        sequence=sequence,
        machine_data=folkemode_data,
    )
    vevents = _vevents(writer, event, selection, whole_event)

    calendar = icalendar.Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", f"-//folkemode//folkemode {__version__}//{language.upper()}")
    calendar.add("CALSCALE", "GREGORIAN")
    # A published calendar, not an invitation: clients file it, nobody is asked to reply.
    calendar.add("METHOD", "PUBLISH")
    name = event.name
    if selection.track_ids:
        name += " – " + ", ".join(t.name for t in event.tracks if t.id in selection.track_ids)
    # NAME/DESCRIPTION and their X-WR- twins, added as TEXT so line breaks are escaped
    # (icalendar's calendar_name/description setters write the X-WR- ones raw).
    calendar.add("NAME", Text(name))
    calendar.add("X-WR-CALNAME", Text(name))
    # A calendar of one session (a page's "add to calendar" link) is about that session:
    # the event's description, however long, would be repeated in every link.
    if event.description and selection.session_id is None:
        calendar.add("DESCRIPTION", Text(event.description))
        calendar.add("X-WR-CALDESC", Text(event.description))
    calendar.add("UID", f"calendar@{event.id}.{UID_DOMAIN}")
    if event.url and one_line(event.url):
        calendar.add("URL", event.url)
    refresh = vDuration(timedelta(hours=refresh_hours))
    refresh.params["VALUE"] = "DURATION"  # RFC 7986 requires it; icalendar leaves it out
    calendar.add("REFRESH-INTERVAL", refresh)
    # An X- property would be written with str(timedelta) ("12:00:00"); say DURATION.
    calendar.add("X-PUBLISHED-TTL", vDuration(timedelta(hours=refresh_hours)))
    calendar.add("X-WR-TIMEZONE", event.timezone)
    if folkemode_data:
        data = (
            _event_data(event)
            if selection.session_id is None
            else _one_session_data(event, selection.session_id)
        )
        calendar.add(EVENT_DATA, Text(data))
    for vevent in vevents:
        calendar.add_component(vevent)
    text: bytes = calendar.to_ical()
    if writer.zone_used and writer.days_written:
        # One VTIMEZONE per zone used (folkemode writes one zone), before the events. Its
        # text is made once for all calendars of the same days (a page's links write one
        # calendar per session), and goes where calendar.to_ical() would have put it.
        days = writer.days_written
        zone = _vtimezone_text(event.timezone, min(days), max(days))
        first = text.find(b"\r\nBEGIN:") + 2 if vevents else len(text) - len(_END)
        text = b"".join((text[:first], zone, text[first:]))
    return text.decode("utf-8")


def _only_days(selection: Selection) -> bool:
    return Selection(days=selection.days) == selection


def _vevents(
    writer: VeventWriter, event: Event, selection: Selection, whole_event: bool
) -> list[icalendar.Event]:
    vevents: list[icalendar.Event] = []
    if whole_event:
        vevents.extend(writer.whole_event(selection.days))
    else:
        chosen = [s for s in selection.choose(event) if s.day is not None]
        vevents.extend(writer.session(s) for s in chosen)
        if not chosen and not selection.narrows:
            vevents.extend(writer.whole_event())
    if not selection.narrows:
        covered = set(writer.days_written)
        for edition in event.editions:
            if not covered.intersection(writer.edition_days(edition)):
                vevents.extend(writer.edition(edition))
    return vevents


# What every export of one event shares, worked out once per event (an HTML page with
# calendar links runs this exporter once per session).
_default_dtstamp = per_event(default_dtstamp)


@per_event
def _event_data(event: Event) -> str:
    """The event without its sessions as canonical JSON (sessions travel in their VEVENTs)."""
    return _compact(evolve(event, sessions=()))


def _one_session_data(event: Event, session_id: str) -> str:
    """The event data of a calendar of one session: the event, with the track and round
    that session is in rather than all of them and without its description, so the
    calendar reads back as an event holding that session and stays as small as the
    session."""
    session = sessions_by_id(event)[session_id]
    return _compact(
        evolve(
            event,
            sessions=(),
            description=None,
            tracks=[t for t in event.tracks if t == session.track],
            rounds=[r for r in event.rounds if r == session.round],
        )
    )


def _compact(event: Event) -> str:
    from folkemode.serialise import to_dict  # cattrs: imported when needed

    data = to_dict(event)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@functools.lru_cache(maxsize=64)
def _vtimezone_text(key: str, first: date, last: date) -> bytes:
    """The VTIMEZONE for these days as iCalendar text, made once: every calendar of an
    event (each session's, for a page's links) has the same one."""
    component: bytes = vtimezone(key, first, last).to_ical()
    return component


_END = b"END:VCALENDAR\r\n"


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(
        Exporter(
            name="ics",
            media_type="text/calendar",
            suffixes=(".ics", ".ical", ".icalendar"),
            dump=dump_ics,
            description="iCalendar for calendar apps: one entry per session, subscribable",
            options=ICS_OPTIONS,
            dated_only=True,
        )
    )
