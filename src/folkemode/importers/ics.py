"""Built-in plugin: read an iCalendar (ICS) file into a programme.

A folkemode ICS comes back exactly (its ``X-FOLKEMODE-*`` properties carry
what the standard properties only show as text). Any other calendar, such as
a conference tool's ``schedule.ics``, gives one session per VEVENT: SUMMARY
becomes the title, DTSTART/DTEND (or DURATION) the times, LOCATION the room,
DESCRIPTION the description, URL a link and CATEGORIES the kind when one
names it.

A file that is not iCalendar raises :class:`~folkemode.errors.InvalidInput`
listing every problem with its line, component and property; nothing the
file holds makes the importer fail any other way. What is read differently
from what the file says, or not read at all, is a diagnostic with its line:

* Lines may end in CR LF (as RFC 5545 says), LF or CR alone; every one of
  them is a line break, and line numbers count them as an editor does.
* Only VEVENTs directly in a VCALENDAR become sessions. Every other
  component (VTODO, VJOURNAL, VFREEBUSY, VAVAILABILITY, ``X-`` components, a
  VEVENT inside another) is reported as skipped with its line; reminders
  (VALARM) are a note.
* A property a VEVENT may hold once (SUMMARY, DESCRIPTION, LOCATION, URL,
  UID) that appears again is reported; the first is read.
* A repeating VEVENT (RRULE, RDATE) gives its first occurrence. A VEVENT
  with the same UID whose RECURRENCE-ID is that occurrence replaces it (one
  with ``STATUS:CANCELLED`` removes it); one that changes a later occurrence
  is a session of its own.
* An all-day VEVENT over several days (DTEND is exclusive) gives an all-day
  session on each of its days, as folkemode writes one; an event of all-day
  blocks comes back as an all-day event.
* A local time the clocks skip is read with the UTC offset before the gap,
  one they pass twice as its first occurrence, as RFC 5545 section 3.3.5
  says; both are warnings naming the line.
* Fractions of a second, which RFC 5545 has no room for, are kept, as are
  the microseconds folkemode's own data carries.
* A title, room or calendar name is one line, as folkemode's text is: its
  line breaks are read as spaces, with a note. A description keeps its line
  breaks as written, each as LF: RFC 5545 TEXT has one escape for a line
  break (``\\n``), so CR or CR LF written into a text cannot be told from LF
  in the file. Control characters (a vertical tab, Word's manual line break,
  becomes one) are dropped with a note rather than refusing the file.

>>> import folkemode
>>> event = folkemode.Event.example()
>>> folkemode.loads(folkemode.dumps(event, format="ics"), format="ics") == event
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
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
    json_depth,
    session_fields,
    text,
    tidy_text,
    unescape_text,
    zone_named,
)
from folkemode.importers.ics_outline import Outline, OutlineComponent, scan
from folkemode.importers.ics_times import (
    FIRST_YEAR,
    LAST_YEAR,
    fractional,
    out_of_range,
    rfc_instant,
    wall_clock,
)

__all__ = ["read_ics"]

_TIMES = frozenset({"DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"})
_EVENT_DATA = "X-FOLKEMODE-EVENT"
_SESSION_DATA = "X-FOLKEMODE-SESSION"
#: Properties RFC 5545 lets a VEVENT hold once, besides the times.
_ONCE = ("SUMMARY", "DESCRIPTION", "LOCATION", "URL", "UID")
#: folkemode's JSON nests a few levels (agenda items in agenda items); deeper is no
#: data folkemode wrote, and would only make the JSON parser run out of stack.
_DEEPEST_DATA = 64
#: An all-day VEVENT is repeated on each of its days up to this many.
_MOST_DAYS = 31
_SKIPPED = {
    "VTODO": "a to-do",
    "VJOURNAL": "a journal entry",
    "VFREEBUSY": "free/busy time",
    "VAVAILABILITY": "availability",
}
#: Where a field of a session comes from, to name the line of a bad value.
_FIELD_PROPERTY = {
    "title": "SUMMARY",
    "start": "DTSTART",
    "end": "DTEND",
    "day": "DTSTART",
    "description": "DESCRIPTION",
    "room": "LOCATION",
    "links": "URL",
    "kind": "CATEGORIES",
    "id": "UID",
}

_QUOTED = re.compile(r"'([^']{3,})'")
_PROPERTY_NAME = re.compile(r"[A-Za-z0-9-]+")

Located = list[tuple[icalendar.Component, OutlineComponent, int]]
"""A calendar's components in document order, each with its place and depth."""


def _tree(component: icalendar.Component, depth: int = 0) -> Iterator[tuple[Any, int]]:
    """``component`` and everything in it, in document order, with their depth."""
    yield component, depth
    for child in component.subcomponents:
        yield from _tree(child, depth + 1)


class _Reader:
    """Reads one file; collects diagnostics, each with its line."""

    def __init__(self, text: str, options: ImportOptions) -> None:
        self.text = text
        self.options = options
        self.diagnostics: list[Diagnostic] = []
        self.outline: Outline = scan(text)
        self._moments: dict[tuple[int, str], datetime | date | None] = {}
        self._in_gap: set[tuple[int, str]] = set()

    def _backwards(self, place: OutlineComponent | None, start: date, end: date, prop: str) -> None:
        """An end before the start: an error at the end's property."""
        self.report(
            place,
            f"ends ({end.isoformat()}) before it starts ({start.isoformat()})",
            prop=prop,
            severity=Severity.ERROR,
        )

    def report(
        self,
        place: OutlineComponent | None,
        message: str,
        *,
        prop: str | None = None,
        severity: Severity = Severity.WARNING,
        code: str = "invalid",
    ) -> None:
        line = 1
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

    def refuse(self) -> InvalidInput:
        return InvalidInput(self.errors, source=self.options.filename)

    # -- parsing -----------------------------------------------------------------------------

    def calendars(self) -> list[Located]:
        if self.outline.problems:
            raise InvalidInput(self.outline.problems, source=self.options.filename)
        first = self.outline.components[0] if self.outline.components else None
        try:
            calendars = icalendar.Calendar.from_ical(self.outline.text, multiple=True)
        except Exception as error:  # icalendar raises bare ValueErrors on bad calendar values
            self.report_unreadable(str(error), first)
            raise self.refuse() from None
        if not calendars:
            self.report(first, "holds no calendar", severity=Severity.ERROR)
            raise self.refuse()
        groups = self._groups()
        located = [
            self._located(calendar, groups[index] if index < len(groups) else [])
            for index, calendar in enumerate(calendars)
        ]
        for components in located:
            for component, place, _ in components:
                for prop, message in component.errors:
                    if prop not in _TIMES:  # times are reported where they are read
                        self.report(place, f"cannot be read ({message}); ignored", prop=prop)
        return located

    def report_unreadable(self, error: str, first: OutlineComponent | None) -> None:
        """The parser's complaint, on the line holding the value it quotes."""
        quoted = _QUOTED.findall(error)
        found = next(filter(None, map(self.outline.line_holding, quoted)), None)
        if found is None:
            self.report(first, f"cannot be read: {error}", severity=Severity.ERROR)
            return
        number, content = found
        name = _PROPERTY_NAME.match(content)
        inside = [c for c in self.outline.components if c.line <= number]
        where = f"{inside[-1].name} " if inside else ""
        prop = f"{name.group(0).upper()}: " if name else ""
        self.diagnostics.append(
            Diagnostic(
                line=number,
                message=f"{where}{prop}cannot be read: {error}",
                severity=Severity.ERROR,
                code="invalid",
                text=content,
            )
        )

    def written(self, place: OutlineComponent, prop: str) -> str:
        """The value of ``prop`` as the file writes it (unfolded)."""
        number = place.line_of(prop)
        content = next((line for n, line in self.outline.lines if n == number), "")
        return content.partition(":")[2] if ":" in content else content

    def _groups(self) -> list[list[OutlineComponent]]:
        """The outline of each calendar of the file."""
        groups: list[list[OutlineComponent]] = []
        for component in self.outline.components:
            if component.depth == 0 or not groups:
                groups.append([])
            groups[-1].append(component)
        return groups

    @staticmethod
    def _located(calendar: icalendar.Calendar, outline: list[OutlineComponent]) -> Located:
        """Each component of ``calendar`` with its place: the next of its name in the outline."""
        located: Located = []
        position = 0
        fallback = outline[0] if outline else OutlineComponent(name="VCALENDAR", line=1)
        for component, depth in _tree(calendar):
            place = None
            for index in range(position, len(outline)):
                if outline[index].name == component.name:
                    place, position = outline[index], index + 1
                    break
            if place is None:
                place = OutlineComponent(name=str(component.name), line=fallback.line, depth=depth)
            located.append((component, place, depth))
        return located

    def report_skipped(self, located: list[Located]) -> None:
        """Every component that is not read, with its line; what is inside one is not repeated."""
        for components in located:
            skipping_below: int | None = None
            parent: list[str] = []
            for component, place, depth in components:
                del parent[depth:]
                parent.append(str(component.name))
                if skipping_below is not None and depth > skipping_below:
                    continue
                skipping_below = None
                name = parent[-1]
                outer = parent[-2] if depth > 0 else None
                if depth == 0 and name == "VCALENDAR":
                    continue
                if outer == "VCALENDAR" and name in ("VEVENT", "VTIMEZONE"):
                    continue
                if outer == "VTIMEZONE":
                    continue  # STANDARD, DAYLIGHT and what a zone's maker adds
                skipping_below = depth
                if outer == "VEVENT" and name == "VALARM":
                    self.report(
                        place,
                        "a reminder; a programme has none, so it is not read",
                        severity=Severity.INFO,
                        code="skipped",
                    )
                elif outer == "VCALENDAR":
                    what = _SKIPPED.get(name) or (
                        "a component only its maker knows"
                        if name.startswith("X-")
                        else "not an event"
                    )
                    self.report(
                        place,
                        f"skipped: {what}; folkemode reads only VEVENTs",
                        code="skipped",
                    )
                else:
                    self.report(
                        place,
                        f"inside {outer}: skipped; folkemode reads a VEVENT's properties "
                        "and VEVENTs directly in a VCALENDAR",
                        code="skipped",
                    )

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
            kept = "" if severity == Severity.ERROR else "; the first is read"
            self.report(
                place,
                f"appears {len(value)} times{shown}; expected once{kept}",
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
        """A date or date-time property in ``zone``; read once, its problems reported once."""
        key = (id(component), name)
        if key not in self._moments:
            self._moments[key] = self._moment(component, place, name, zone)
        return self._moments[key]

    def _moment(
        self,
        component: icalendar.Component,
        place: OutlineComponent | None,
        name: str,
        zone: ZoneInfo,
    ) -> datetime | date | None:
        prop = self.single(component, place, name, Severity.ERROR)
        if prop is None:
            return None

        def error(message: str) -> None:
            self.report(place, message, prop=name, severity=Severity.ERROR)

        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        if isinstance(prop, vBroken):
            precise = fractional(str(prop))
            if precise is None:
                error(f"expected a date or date-time such as 20251113T093000, got {str(prop)!r}")
                return None
            named = zone_named(str(tzid)) if tzid else None
            if precise.tzinfo is None and named is not None:
                precise = precise.replace(tzinfo=named)
            value: object = precise
            self.report(
                place,
                f"{str(prop)!r} has a fraction of a second, which RFC 5545 does not "
                "allow; read with it",
                prop=name,
                severity=Severity.INFO,
                code="fraction",
            )
        else:
            value = getattr(prop, "dt", None)
        if not isinstance(value, date):
            error(f"expected a date or date-time, got {str(prop)!r}")
            return None
        if out_of_range(value):
            error(
                f"the year {value.year} is outside the years folkemode reads "
                f"({FIRST_YEAR}–{LAST_YEAR})"
            )
            return None
        if not isinstance(value, datetime):
            return value
        if value.tzinfo is None:
            if tzid:
                self.report(
                    place,
                    f"TZID {str(tzid)!r} has no VTIMEZONE and is no known zone; read as {zone.key}",
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
        try:
            if wall_clock(value) == "nonexistent":
                self._in_gap.add((id(component), name))
            value = self._wall_clock(value, place, name, tzid)
            return value.astimezone(zone)
        except (OverflowError, ValueError) as problem:
            error(f"cannot be read as a time in {zone.key} ({problem})")
            return None

    def _wall_clock(
        self, value: datetime, place: OutlineComponent | None, name: str, tzid: object
    ) -> datetime:
        """``value`` as RFC 5545 reads a local time the clocks skip or pass twice."""
        kind = wall_clock(value)
        if kind is None:
            return value
        read = rfc_instant(value)
        zone = getattr(value.tzinfo, "key", None) or (str(tzid) if tzid else "its zone")
        shown = value.strftime("%Y-%m-%d %H:%M")
        if kind == "nonexistent":
            self.report(
                place,
                f"{shown} does not exist in {zone} (the clocks go forward then); read "
                f"with the UTC offset before the gap, as RFC 5545 says: {read.isoformat()}",
                prop=name,
                code="dst-gap",
            )
        else:
            self.report(
                place,
                f"{shown} happens twice in {zone} (the clocks go back then); read as "
                f"the first, as RFC 5545 says: {read.isoformat()}",
                prop=name,
                code="dst-fold",
            )
        return read

    def machine_data(
        self, component: icalendar.Component, place: OutlineComponent | None, name: str
    ) -> dict[str, Any] | None:
        raw = self.single(component, place, name, Severity.WARNING)
        if raw is None:
            return None
        # An X- property comes back as its raw, still escaped text (its type is
        # unknown to the parser): escape it uniformly and unescape it once as TEXT.
        escaped = raw.to_ical()
        value = unescape_text(escaped.decode() if isinstance(escaped, bytes) else escaped)
        depth = json_depth(value)
        if depth > _DEEPEST_DATA:
            self.report(
                place,
                f"nests {depth} levels deep; the JSON folkemode writes nests at most "
                f"{_DEEPEST_DATA}; ignored",
                prop=name,
            )
            return None
        try:
            data = json.loads(value)
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
        self.report_skipped(located)
        calendar, calendar_place, _ = located[0][0]
        if len(located) > 1:
            self.report(
                calendar_place,
                f"the file holds {len(located)} calendars; their events "
                "are read into one programme",
                severity=Severity.INFO,
            )
        vevents = [
            (component, place)
            for components in located
            for component, place, depth in components
            if depth == 1 and component.name == "VEVENT"
        ]
        data = self.machine_data(calendar, calendar_place, _EVENT_DATA)
        ours = data is not None
        event: dict[str, Any] = (
            data
            if data is not None
            else self._event_fields(calendar, calendar_place, [c for c, _ in vevents])
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
        places: list[OutlineComponent] = []
        blocks: list[tuple[str, datetime | date, datetime | date | None]] = []
        entries: list[tuple[icalendar.Component, OutlineComponent]] = []
        for component, place in vevents:
            self.check_once(component, place)
            uid = str(text(component.get("UID")) or "")
            local, at, domain = uid.rpartition("@")
            if at and domain.endswith(DOMAIN_SUFFIX) and local.startswith(("event.", "edition.")):
                if not ours:
                    start = self.moment(component, place, "DTSTART", zone)
                    end = self.moment(component, place, "DTEND", zone)
                    if start is not None:
                        blocks.append((local, start, end))
                continue
            entries.append((component, place))
        for component, place in self.occurrences(entries, zone):
            uid = str(text(component.get("UID")) or "")
            domain = uid.rpartition("@")[2]
            for session in self.session(
                component,
                place,
                zone,
                event_domain or (f"@{domain}" if domain.endswith(DOMAIN_SUFFIX) else None),
            ):
                sessions.append(session)
                places.append(place)
        if not ours:
            blocks_into(event, blocks, zone)
        event["sessions"] = sessions
        self.tidy(event, calendar_place, ours, places)
        if self.errors:
            raise self.refuse()
        return ImportResult(
            event=self.build(event, calendar_place, ours, places), diagnostics=self.diagnostics
        )

    def tidied(
        self, value: str | None, place: OutlineComponent, prop: str, *, single_line: bool
    ) -> str | None:
        """``value`` as folkemode's text holds it; what changed is a note on its line."""
        if value is None:
            return None
        tidy, changes = tidy_text(value, single_line=single_line)
        for change in changes:
            self.report(place, change, prop=prop, severity=Severity.INFO, code="text")
        return tidy.strip() or None

    def tidy(
        self,
        event: dict[str, Any],
        calendar_place: OutlineComponent,
        ours: bool,
        places: list[OutlineComponent],
    ) -> None:
        """Text as folkemode holds it (one-line names, no control characters); a URL or
        e-mail address with a line break set aside: no address has one, and no calendar
        could carry it (a folded or badly escaped line run into the next)."""
        if not ours:
            for key, names, single_line in (
                ("name", ("NAME", "X-WR-CALNAME"), True),
                ("description", ("DESCRIPTION", "X-WR-CALDESC"), False),
            ):
                if isinstance(event.get(key), str):
                    prop = next((n for n in names if n in calendar_place.properties), names[0])
                    tidy = self.tidied(event[key], calendar_place, prop, single_line=single_line)
                    if tidy is None:
                        event.pop(key)
                    else:
                        event[key] = tidy
            for contact in event.get("contacts") or []:
                if isinstance(contact, dict) and isinstance(contact.get("name"), str):
                    name = self.tidied(
                        contact["name"], calendar_place, "ORGANIZER", single_line=True
                    )
                    contact["name"] = name or contact.get("email") or "?"

        def broken(value: object) -> bool:
            return isinstance(value, str) and ("\n" in value or "\r" in value)

        def drop(place: OutlineComponent, prop: str, what: str, value: str) -> None:
            self.report(
                place,
                f"the {what} {value[:60]!r} has a line break, which no address has; ignored",
                prop=prop,
            )

        event_prop = _EVENT_DATA if ours else None
        owners: list[tuple[dict[str, Any], str]] = [(event, "URL" if not ours else _EVENT_DATA)]
        venues = [event.get("venue")] + [
            e.get("venue") for e in event.get("editions") or [] if isinstance(e, dict)
        ]
        owners += [(v, _EVENT_DATA) for v in venues if isinstance(v, dict)]
        for owner, prop in owners:
            for key in ("url", "registration_url", "online_url"):
                if broken(owner.get(key)):
                    drop(calendar_place, prop, key.replace("_", " "), owner.pop(key))
        for contact in event.get("contacts") or []:
            if isinstance(contact, dict) and broken(contact.get("email")):
                drop(calendar_place, event_prop or "ORGANIZER", "e-mail", contact.pop("email"))
        for session, place in zip(event["sessions"], places, strict=True):
            links = session.get("links")
            if isinstance(links, list) and any(broken(link) for link in links):
                prop = _SESSION_DATA if _SESSION_DATA in place.properties else "URL"
                for link in filter(broken, links):
                    drop(place, prop, "link", link)
                session["links"] = [link for link in links if not broken(link)]

    def check_once(self, component: icalendar.Component, place: OutlineComponent) -> None:
        """Report a property RFC 5545 allows once that appears again (the first is read)."""
        for name in _ONCE:
            self.single(component, place, name, Severity.WARNING)

    def occurrences(
        self, entries: list[tuple[icalendar.Component, OutlineComponent]], zone: ZoneInfo
    ) -> list[tuple[icalendar.Component, OutlineComponent]]:
        """The VEVENTs to read: one that changes (RECURRENCE-ID) the first occurrence of a
        repeating VEVENT takes its place; one that changes another is read as it is."""
        masters: dict[str, int] = {}
        for index, (component, _) in enumerate(entries):
            uid = text(component.get("UID"))
            if uid and "RECURRENCE-ID" not in component:
                masters.setdefault(uid, index)
        replaced: dict[int, int] = {}  # master -> the VEVENT that changes its first occurrence
        losers: set[int] = set()
        for index, (component, place) in enumerate(entries):
            if "RECURRENCE-ID" not in component:
                continue
            uid = text(component.get("UID"))
            changed = self.moment(component, place, "RECURRENCE-ID", zone)
            master = masters.get(uid) if uid else None
            if master is None:
                self.report(
                    place,
                    "changes one occurrence of a repeating event that is not in the file; "
                    "read as a session of its own",
                    prop="RECURRENCE-ID",
                    severity=Severity.INFO,
                    code="recurrence",
                )
                continue
            master_component, master_place = entries[master]
            first = self.moment(master_component, master_place, "DTSTART", zone)
            if changed is None or first is None:
                continue
            if type(changed) is not type(first) or changed != first:
                self.report(
                    place,
                    f"changes the occurrence of {changed.isoformat()} of the repeating VEVENT "
                    f"at line {master_place.line}; read as a session of its own",
                    prop="RECURRENCE-ID",
                    severity=Severity.INFO,
                    code="recurrence",
                )
                continue
            earlier = replaced.get(master)
            if earlier is None:
                replaced[master] = index
                continue
            newer = (_sequence(component), index) > (_sequence(entries[earlier][0]), earlier)
            winner, loser = (index, earlier) if newer else (earlier, index)
            self.report(
                entries[loser][1],
                f"changes the same occurrence as the VEVENT at line "
                f"{entries[winner][1].line}, which has the higher SEQUENCE or comes later; "
                "ignored",
                prop="RECURRENCE-ID",
                code="recurrence",
            )
            losers.add(loser)
            replaced[master] = winner
        changes = set(replaced.values())
        read: list[tuple[icalendar.Component, OutlineComponent]] = []
        for index, (component, place) in enumerate(entries):
            if index in losers or index in changes:
                continue
            if index not in replaced:
                read.append((component, place))
                continue
            change, change_place = entries[replaced[index]]
            cancelled = str(change.get("STATUS", "")).upper() == "CANCELLED"
            self.report(
                place,
                (
                    f"its first occurrence is cancelled by the VEVENT at line "
                    f"{change_place.line}; neither is read"
                    if cancelled
                    else f"its first occurrence is changed by the VEVENT at line "
                    f"{change_place.line}, which is read in its place"
                ),
                severity=Severity.INFO,
                code="recurrence",
            )
            self.report_repeats(component, place)
            if not cancelled:
                read.append((change, change_place))
        return read

    def report_repeats(self, component: icalendar.Component, place: OutlineComponent) -> None:
        if "RRULE" in component or "RDATE" in component:
            self.report(
                place,
                "repeats (RRULE/RDATE); only its first occurrence is read",
                prop="RRULE" if "RRULE" in component else "RDATE",
                code="recurring",
            )

    def _event_fields(
        self,
        calendar: icalendar.Component,
        place: OutlineComponent | None,
        vevents: list[icalendar.Component],
    ) -> dict[str, Any]:
        def warn(message: str, code: str) -> None:
            self.report(place, message, code=code)

        return event_fields(calendar, vevents, self.options.filename, warn)

    def _version_fields(
        self, component: icalendar.Component, place: OutlineComponent, session: dict[str, Any]
    ) -> None:
        """What another program says of a version: cancelled, how often changed, when.

        A calendar keeps a cancelled entry with ``STATUS:CANCELLED``, counts its
        changes in ``SEQUENCE`` and says when it last changed in ``LAST-MODIFIED``.
        """
        if str(component.get("STATUS", "")).strip().upper() == "CANCELLED":
            session["status"] = "cancelled"
        sequence = _sequence(component)
        if 0 < sequence < 2**31:
            session["revision"] = sequence
        modified = component.get("LAST-MODIFIED")
        if modified is not None:
            try:
                value = modified.dt
            except Exception:  # icalendar keeps an unreadable value and raises on .dt
                value = None
            if isinstance(value, datetime) and value.tzinfo is not None:
                session["updated"] = value.isoformat()
            else:
                self.report(place, "is not a UTC date-time; not read", prop="LAST-MODIFIED")

    def session(
        self,
        component: icalendar.Component,
        place: OutlineComponent,
        zone: ZoneInfo,
        domain: str | None,
    ) -> list[dict[str, Any]]:
        """The session of a VEVENT; an all-day one over several days gives one a day."""
        data = self.machine_data(component, place, _SESSION_DATA) or {}
        ours = bool(data)
        session: dict[str, Any] = dict(data)
        title = self.tidied(text(component.get("SUMMARY")), place, "SUMMARY", single_line=True)
        if not title:
            title = (
                self.tidied(text(component.get("LOCATION")), place, "LOCATION", single_line=True)
                or "Untitled"
            )
            self.report(place, f"no SUMMARY; the session is called {title!r}", code="no-title")
        session["title"] = title
        start = self.moment(component, place, "DTSTART", zone)
        if start is None and "DTSTART" not in component:
            self.report(place, "no DTSTART; the session has no time", prop=None)
        end = self.moment(component, place, "DTEND", zone)
        end_prop = "DTEND"
        duration = self.single(component, place, "DURATION", Severity.ERROR)
        if end is None and duration is not None:
            end_prop = "DURATION"
            end = self._end_after(start, duration, place)
        days = 1
        if isinstance(start, datetime):
            session["start"] = _precise(start, data.get("start"), zone).isoformat()
            if isinstance(end, datetime):
                end = _precise(end, data.get("end"), zone)
                if end < start:
                    self._backwards(place, start, end, end_prop)
                else:
                    session["end"] = end.isoformat()
                    if end == start and (id(component), "DTSTART") in self._in_gap:
                        self.report(
                            place,
                            "is DTSTART as RFC 5545 reads it (after the clocks go forward); "
                            "the session lasts no time",
                            prop=end_prop,
                            code="dst-gap",
                        )
            elif end is not None:
                self.report(
                    place,
                    f"is a date ({end.isoformat()}) but DTSTART a date-time; the end is not read",
                    prop=end_prop,
                )
        elif isinstance(start, date):
            session["day"] = start.isoformat()
            days = self._all_day_days(start, end, place, end_prop)
        self.report_repeats(component, place)
        uid = text(component.get("UID"))
        if "id" not in session and uid and domain and uid.endswith(domain):
            session["id"] = uid[: -len(domain)]
        if "description" not in session:
            description = self.tidied(
                text(component.get("DESCRIPTION")), place, "DESCRIPTION", single_line=False
            )
            if description:
                session["description"] = description
        if not ours:
            session_fields(component, session)
            self._version_fields(component, place, session)
            if "room" in session:
                room = self.tidied(session.pop("room"), place, "LOCATION", single_line=True)
                if room:
                    session["room"] = room
        if not isinstance(start, date) or isinstance(start, datetime) or days == 1:
            return [session]
        each = [session]
        for offset in range(1, days):
            later = {k: v for k, v in session.items() if k != "id"}
            later["day"] = (start + timedelta(days=offset)).isoformat()
            each.append(later)
        return each

    def _end_after(
        self, start: datetime | date | None, duration: Any, place: OutlineComponent
    ) -> datetime | date | None:
        if isinstance(duration, vBroken) or not isinstance(
            getattr(duration, "dt", None), timedelta
        ):
            self.report(
                place,
                f"expected a duration such as PT1H30M, got {str(duration)!r}",
                prop="DURATION",
                severity=Severity.ERROR,
            )
            return None
        if start is None:
            return None
        end: datetime | date | None
        try:
            end = start + duration.dt
        except OverflowError:
            end = None
        if end is None or out_of_range(end):
            bound = (
                f"before the year {FIRST_YEAR}"
                if duration.dt < timedelta(0)
                else f"after the year {LAST_YEAR}"
            )
            self.report(
                place,
                f"{self.written(place, 'DURATION')} from {start.isoformat()} ends {bound}; "
                "expected a duration such as PT1H30M",
                prop="DURATION",
                severity=Severity.ERROR,
            )
            return None
        return end

    def _all_day_days(
        self, start: date, end: datetime | date | None, place: OutlineComponent, end_prop: str
    ) -> int:
        """How many days an all-day VEVENT runs (its end, a DATE, is the day after)."""
        if end is None:
            return 1
        if isinstance(end, datetime):
            self.report(
                place,
                f"is a date-time ({end.isoformat()}) but DTSTART a date; the end is not read",
                prop=end_prop,
            )
            return 1
        if end < start:
            self._backwards(place, start, end, end_prop)
            return 1
        days = max(1, (end - start).days)
        if days > _MOST_DAYS:
            self.report(
                place,
                f"runs {days} days, from {start.isoformat()}; read on its first day only "
                f"(an all-day session is repeated on at most {_MOST_DAYS} days)",
                prop=end_prop,
                code="long",
            )
            return 1
        if days > 1:
            last = start + timedelta(days=days - 1)
            self.report(
                place,
                f"runs {days} days ({start.isoformat()} to {last.isoformat()}); read as an "
                "all-day session on each",
                prop=end_prop,
                severity=Severity.INFO,
                code="all-day",
            )
        return days

    def build(
        self,
        data: dict[str, Any],
        calendar_place: OutlineComponent,
        ours: bool,
        places: list[OutlineComponent],
    ) -> Any:
        from folkemode.serialise import from_dict

        try:
            return from_dict(data)
        except InvalidInput as error:
            located = []
            for diagnostic in error.diagnostics:
                path = diagnostic.path or ""
                place, prop = _session_place(path, places)
                if place is None:
                    place = calendar_place
                    prop = _EVENT_DATA if ours else None
                located.append(
                    Diagnostic(
                        line=place.line_of(prop) if prop else place.line,
                        message=f"{place.name}: {path}: {diagnostic.message}",
                        severity=Severity.ERROR,
                        code=diagnostic.code,
                    )
                )
            raise InvalidInput(located, source=self.options.filename) from None


def _sequence(component: icalendar.Component) -> int:
    try:
        return int(str(component.get("SEQUENCE", 0)))
    except ValueError:
        return 0


def _precise(value: datetime, written: object, zone: ZoneInfo) -> datetime:
    """``value``, or folkemode's own record of it when that is the same time to the second
    but finer (the ICS properties hold whole seconds)."""
    if not isinstance(written, str) or value.microsecond:
        return value
    try:
        exact = datetime.fromisoformat(written)
    except ValueError:
        return value
    if exact.tzinfo is None or exact.replace(microsecond=0) != value:
        return value
    try:
        return exact.astimezone(zone)
    except (OverflowError, ValueError):
        return value


def _session_place(
    path: str, places: list[OutlineComponent]
) -> tuple[OutlineComponent | None, str | None]:
    """The VEVENT a ``$.sessions[i]...`` path is about, and the property its field comes from."""
    prefix = "$.sessions["
    if not path.startswith(prefix):
        return None, None
    index, _, rest = path[len(prefix) :].partition("]")
    if not index.isdigit() or int(index) >= len(places):
        return None, None
    field_name = rest.lstrip(".").split(".", 1)[0].split("[", 1)[0]
    place = places[int(index)]
    if _SESSION_DATA in place.properties and field_name not in ("title", "start", "end"):
        return place, _SESSION_DATA
    return place, _FIELD_PROPERTY.get(field_name)


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
