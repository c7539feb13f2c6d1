"""Built-in plugin: read an iCalendar (ICS) file into a programme.

A folkemode ICS comes back exactly (its ``X-FOLKEMODE-*`` properties carry
what the standard properties only show as text). Any other calendar, such as
a conference tool's ``schedule.ics``, gives one session per VEVENT: SUMMARY
becomes the title, DTSTART/DTEND (or DURATION) the times, LOCATION the room,
DESCRIPTION the description, URL a link and CATEGORIES the kind when one
names it.

A file that is not iCalendar raises :class:`~folkemode.errors.InvalidInput`
listing every problem with its line, component and property.

>>> import folkemode
>>> event = folkemode.Event.example()
>>> folkemode.loads(folkemode.dumps(event, format="ics"), format="ics") == event
True
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.prop import vBroken

from folkemode.errors import Diagnostic, InvalidInput, Severity
from folkemode.formats import Importer, ImportOptions, ImportResult
from folkemode.hookspecs import hookimpl
from folkemode.i18n import OUTPUT_LOCALES, timezone_for
from folkemode.importers.ics_foreign import (
    DOMAIN_SUFFIX,
    blocks_into,
    event_fields,
    session_fields,
    text,
    unescape_text,
    zone_named,
)
from folkemode.importers.ics_outline import Outline, OutlineComponent, scan

__all__ = ["read_ics"]

_TIMES = frozenset({"DTSTART", "DTEND", "DURATION"})
_EVENT_DATA = "X-FOLKEMODE-EVENT"
_SESSION_DATA = "X-FOLKEMODE-SESSION"


class _Reader:
    """Reads one file; collects diagnostics, each with its line."""

    def __init__(self, text: str, options: ImportOptions) -> None:
        self.text = text
        self.options = options
        self.diagnostics: list[Diagnostic] = []
        self.outline: Outline = scan(text)

    def report(
        self,
        place: OutlineComponent | None,
        message: str,
        *,
        prop: str | None = None,
        severity: Severity = Severity.WARNING,
        code: str = "invalid",
    ) -> None:
        line = None
        where = ""
        if place is not None:
            line = place.line_of(prop) if prop else place.line
            where = f"{place.name} {prop}: " if prop else f"{place.name}: "
        self.diagnostics.append(
            Diagnostic(line=line, message=where + message, severity=severity, code=code)
        )

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == Severity.ERROR]

    # -- parsing -----------------------------------------------------------------------------

    def calendars(self) -> list[tuple[icalendar.Calendar, list[OutlineComponent | None]]]:
        if self.outline.problems:
            raise InvalidInput(self.outline.problems, source=self.options.filename)
        try:
            calendars = icalendar.Calendar.from_ical(self.text.lstrip("\ufeff"), multiple=True)
        except Exception as error:  # icalendar raises bare ValueErrors on bad calendar values
            raise InvalidInput(
                [
                    Diagnostic(
                        message=f"VCALENDAR: {error}",
                        severity=Severity.ERROR,
                        code="invalid",
                    )
                ],
                source=self.options.filename,
            ) from None
        located: list[tuple[icalendar.Calendar, list[OutlineComponent | None]]] = []
        places = iter(self.outline.components)
        for calendar in calendars:
            walked = calendar.walk()
            outline = [next(places, None) for _ in walked]
            if any(p is None or p.name != c.name for p, c in zip(outline, walked, strict=True)):
                outline = [None] * len(walked)  # cannot happen for a file that passed scan()
            located.append((calendar, outline))
        for calendar, outline in located:
            for component, place in zip(calendar.walk(), outline, strict=True):
                for prop, message in component.errors:
                    if prop not in _TIMES:  # times are reported where they are read
                        self.report(place, f"cannot be read ({message}); ignored", prop=prop)
        return located

    # -- values ------------------------------------------------------------------------------

    def single(
        self,
        component: icalendar.Component,
        place: OutlineComponent | None,
        name: str,
        severity: Severity,
    ) -> Any:
        """The property ``name``, which may appear once; a repeat is reported, the first kept."""
        value = component.get(name)
        if isinstance(value, list):
            lines = place.properties.get(name, []) if place is not None else []
            shown = f" (lines {', '.join(map(str, lines))})" if lines else ""
            self.report(
                place,
                f"appears {len(value)} times{shown}; expected once",
                prop=name,
                severity=severity,
            )
            return value[0] if value else None
        return value

    def moment(
        self,
        component: icalendar.Component,
        place: OutlineComponent | None,
        name: str,
        zone: ZoneInfo,
    ) -> datetime | date | None:
        prop = self.single(component, place, name, Severity.ERROR)
        if prop is None:
            return None
        if isinstance(prop, vBroken):
            self.report(
                place,
                f"expected a date or date-time such as 20251113T093000, got {str(prop)!r}",
                prop=name,
                severity=Severity.ERROR,
            )
            return None
        value = prop.dt
        if isinstance(value, datetime):
            if value.tzinfo is None:
                tzid = prop.params.get("TZID")
                if tzid:
                    self.report(
                        place,
                        f"TZID {tzid!r} has no VTIMEZONE and is no known zone; read as {zone.key}",
                        prop=name,
                    )
                else:
                    self.report(
                        place,
                        f"floating time (no TZID, no Z); read as {zone.key}",
                        prop=name,
                        severity=Severity.INFO,
                        code="floating",
                    )
                value = value.replace(tzinfo=zone)
            return value.astimezone(zone)
        if isinstance(value, date):
            return value
        self.report(
            place,
            f"expected a date or date-time, got {value!r}",
            prop=name,
            severity=Severity.ERROR,
        )
        return None

    def machine_data(
        self, component: icalendar.Component, place: OutlineComponent | None, name: str
    ) -> dict[str, Any] | None:
        raw = self.single(component, place, name, Severity.WARNING)
        if raw is None:
            return None
        # An X- property comes back as its raw, still escaped text (its type is
        # unknown to the parser): escape it uniformly and unescape it once as TEXT.
        escaped = raw.to_ical()
        try:
            data = json.loads(
                unescape_text(escaped.decode() if isinstance(escaped, bytes) else escaped)
            )
        except ValueError as error:
            self.report(place, f"is not the JSON folkemode writes ({error}); ignored", prop=name)
            return None
        if not isinstance(data, dict):
            self.report(place, "is not a JSON object; ignored", prop=name)
            return None
        return data

    # -- the event -----------------------------------------------------------------------------

    def read(self) -> ImportResult:
        located = self.calendars()
        calendar, outline = located[0]
        if len(located) > 1:
            self.report(
                outline[0],
                f"the file holds {len(located)} calendars; their events "
                "are read into one programme",
                severity=Severity.INFO,
            )
        calendar_place = outline[0]
        data = self.machine_data(calendar, calendar_place, _EVENT_DATA)
        ours = data is not None
        event: dict[str, Any] = (
            data
            if data is not None
            else self._event_fields(
                calendar, calendar_place, [c for cal, _ in located for c in cal.walk("VEVENT")]
            )
        )
        event.pop("sessions", None)
        if self.options.timezone:
            event["timezone"] = self.options.timezone
        if self.options.locale:
            event["locale"] = self.options.locale
        locale = event.get("locale")
        zone = zone_named(event.get("timezone")) or ZoneInfo(
            timezone_for(locale if locale in OUTPUT_LOCALES else "da")
        )
        event["timezone"] = zone.key
        event_domain = (
            f"@{event['id']}{DOMAIN_SUFFIX}" if isinstance(event.get("id"), str) else None
        )

        sessions: list[dict[str, Any]] = []
        places: list[OutlineComponent | None] = []
        blocks: list[tuple[str, datetime | date, datetime | date | None]] = []
        for cal, outline_of in located:
            for component, place in zip(cal.walk(), outline_of, strict=True):
                if component.name != "VEVENT":
                    continue
                uid = str(component.get("UID", ""))
                local, at, domain = uid.rpartition("@")
                if (
                    at
                    and domain.endswith(DOMAIN_SUFFIX)
                    and local.startswith(("event.", "edition."))
                ):
                    if not ours:
                        start = self.moment(component, place, "DTSTART", zone)
                        end = self.moment(component, place, "DTEND", zone)
                        if start is not None:
                            blocks.append((local, start, end))
                    continue
                session = self.session(
                    component,
                    place,
                    zone,
                    event_domain or (f"@{domain}" if domain.endswith(DOMAIN_SUFFIX) else None),
                )
                if session is not None:
                    sessions.append(session)
                    places.append(place)
        if not ours:
            blocks_into(event, blocks)
        event["sessions"] = sessions
        if self.errors:
            raise InvalidInput(self.errors, source=self.options.filename)
        # attrs types the converter=tuple field as Iterable[_T_co], which nothing matches.
        return ImportResult(event=self.build(event, places), diagnostics=self.diagnostics)

    def _event_fields(
        self,
        calendar: icalendar.Calendar,
        place: OutlineComponent | None,
        vevents: list[icalendar.Component],
    ) -> dict[str, Any]:
        def warn(message: str, code: str) -> None:
            self.report(place, message, code=code)

        return event_fields(calendar, vevents, self.options.filename, warn)

    def session(
        self,
        component: icalendar.Component,
        place: OutlineComponent | None,
        zone: ZoneInfo,
        domain: str | None,
    ) -> dict[str, Any] | None:
        data = self.machine_data(component, place, _SESSION_DATA) or {}
        ours = bool(data)
        session: dict[str, Any] = dict(data)
        title = text(component.get("SUMMARY"))
        if not title:
            title = text(component.get("LOCATION")) or "Untitled"
            self.report(place, f"no SUMMARY; the session is called {title!r}", code="no-title")
        session["title"] = title
        start = self.moment(component, place, "DTSTART", zone)
        if start is None and "DTSTART" not in component:
            self.report(place, "no DTSTART; the session has no time", prop=None)
        end = self.moment(component, place, "DTEND", zone)
        duration = self.single(component, place, "DURATION", Severity.ERROR)
        if end is None and duration is not None:
            if isinstance(duration, vBroken) or not isinstance(duration.dt, timedelta):
                self.report(
                    place,
                    f"expected a duration such as PT1H30M, got {str(duration)!r}",
                    prop="DURATION",
                    severity=Severity.ERROR,
                )
            elif start is not None:
                end = start + duration.dt
        if isinstance(start, datetime):
            session["start"] = start.isoformat()
            if isinstance(end, datetime):
                if end < start:
                    self.report(
                        place,
                        f"ends ({end.isoformat()}) before it starts ({start.isoformat()})",
                        prop="DTEND",
                        severity=Severity.ERROR,
                    )
                else:
                    session["end"] = end.isoformat()
        elif isinstance(start, date):
            session["day"] = start.isoformat()
        if "RRULE" in component or "RDATE" in component:
            self.report(
                place,
                "repeats (RRULE/RDATE); only its first occurrence is read",
                prop="RRULE" if "RRULE" in component else "RDATE",
                code="recurring",
            )
        uid = text(component.get("UID"))
        if "id" not in session and uid and domain and uid.endswith(domain):
            session["id"] = uid[: -len(domain)]
        description = text(component.get("DESCRIPTION"))
        if "description" not in session and description:
            session["description"] = description
        if not ours:
            session_fields(component, session)
        return session

    def build(self, data: dict[str, Any], places: list[OutlineComponent | None]) -> Any:
        from folkemode.serialise import from_dict

        try:
            return from_dict(data)
        except InvalidInput as error:
            located = []
            for diagnostic in error.diagnostics:
                path = diagnostic.path or ""
                place = _session_place(path, places)
                located.append(
                    Diagnostic(
                        line=place.line if place is not None else None,
                        message=(
                            f"VEVENT: {path}: {diagnostic.message}"
                            if place is not None
                            else f"{path}: {diagnostic.message}"
                        ),
                        severity=Severity.ERROR,
                        code=diagnostic.code,
                    )
                )
            raise InvalidInput(located, source=self.options.filename) from None


def _session_place(path: str, places: list[OutlineComponent | None]) -> OutlineComponent | None:
    prefix = "$.sessions["
    if not path.startswith(prefix):
        return None
    index = path[len(prefix) :].split("]", 1)[0]
    return places[int(index)] if index.isdigit() and int(index) < len(places) else None


def read_ics(text: str, options: ImportOptions) -> ImportResult:
    """Read iCalendar text; raises InvalidInput with every problem's line when it cannot."""
    return _Reader(text, options).read()


@hookimpl
def register_importers(register: Callable[[Importer], None]) -> None:
    register(
        Importer(
            name="ics",
            media_type="text/calendar",
            suffixes=(".ics", ".ical", ".icalendar"),
            read=read_ics,
            description="iCalendar: folkemode's own exactly, other calendars one session "
            "per VEVENT",
        )
    )


@hookimpl(trylast=True)
def sniff_format(text: str) -> str | None:
    if text.lstrip("\ufeff \t\r\n")[:15].upper() == "BEGIN:VCALENDAR":
        return "ics"
    return None
