"""What a calendar from another tool tells: the fallbacks when there is no folkemode data.

A conference tool's ``schedule.ics`` says nothing of tracks, speakers or
kinds in a form folkemode could read back exactly, so these functions take
what its standard properties say: NAME for the event, LOCATION for the room,
URL for a link, a CATEGORIES word for the kind ("Pause", "Workshop"), and the
most used TZID for the event's zone.

>>> kind_words()["oplæg"], kind_words()["pause"]
(<SessionKind.TALK: 'talk'>, <SessionKind.BREAK: 'break'>)
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import PurePath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from folkemode.i18n import OUTPUT_LOCALES, translate
from folkemode.model import SessionKind

__all__ = [
    "DOMAIN_SUFFIX",
    "blocks_into",
    "event_fields",
    "first",
    "json_depth",
    "kind_words",
    "session_fields",
    "text",
    "tidy_text",
    "zone_named",
]

#: folkemode's UIDs end with ``@{event id}`` and this.
DOMAIN_SUFFIX = ".folkemode"

_KIND_MESSAGES = {
    "Plenary": SessionKind.PLENARY,
    "Talk": SessionKind.TALK,
    "Debate": SessionKind.DEBATE,
    "Workshop": SessionKind.WORKSHOP,
    "Group work": SessionKind.GROUP_WORK,
    "Break": SessionKind.BREAK,
    "Meal": SessionKind.MEAL,
    "Registration": SessionKind.REGISTRATION,
    "Meeting": SessionKind.MEETING,
    "Social": SessionKind.SOCIAL,
}


@functools.cache
def kind_words() -> dict[str, SessionKind]:
    """Category words that name a kind, in every language folkemode writes."""
    words = {kind.value: kind for kind in SessionKind}
    for message, kind in _KIND_MESSAGES.items():
        words[message.casefold()] = kind
        for locale in OUTPUT_LOCALES:
            words[translate(locale, message).casefold()] = kind
    return words


def event_fields(
    calendar: icalendar.Component,
    vevents: list[icalendar.Component],
    filename: str | None,
    warn: Callable[[str, str], None],
) -> dict[str, Any]:
    """The event's fields from the calendar's properties and its events' TZIDs and ORGANIZER.

    ``warn(message, code)`` reports what had to be made up (a missing name).
    """
    name = text(calendar.get("NAME")) or text(calendar.get("X-WR-CALNAME"))
    if not name:
        name = (PurePath(filename).stem if filename else "") or "Calendar"
        warn(f"the calendar has no NAME or X-WR-CALNAME; named it {name!r}", "no-name")
    event: dict[str, Any] = {"folkemode": 1, "name": name}
    uid = text(calendar.get("UID"))
    if uid and uid.startswith("calendar@") and uid.endswith(DOMAIN_SUFFIX):
        event["id"] = uid[len("calendar@") : -len(DOMAIN_SUFFIX)]
    description = text(calendar.get("DESCRIPTION")) or text(calendar.get("X-WR-CALDESC"))
    if description:
        event["description"] = description
    url = text(calendar.get("URL"))
    if url:
        event["url"] = url
    zone = zone_named(text(calendar.get("X-WR-TIMEZONE")))
    if zone is None:
        tzids = (first(vevent.get("DTSTART")) for vevent in vevents)
        used = Counter(
            str(prop.params["TZID"])
            for prop in tzids
            if prop is not None and prop.params.get("TZID")
        )
        zone = next((z for z in (zone_named(t) for t, _ in used.most_common()) if z), None)
    if zone is not None:
        event["timezone"] = zone.key
    organizer = next((first(v.get("ORGANIZER")) for v in vevents if v.get("ORGANIZER")), None)
    if organizer is not None and str(organizer).lower().startswith("mailto:"):
        email = str(organizer)[len("mailto:") :]
        event["contacts"] = [{"name": organizer.params.get("CN") or email, "email": email}]
    return event


def session_fields(component: icalendar.Component, session: dict[str, Any]) -> None:
    """What a calendar written by another tool tells about a session."""
    location = text(component.get("LOCATION"))
    if location:
        session["room"] = location
    url = text(component.get("URL"))
    if url:
        session["links"] = [url]
    words = kind_words()
    categories = component.get("CATEGORIES")
    found = (
        []
        if categories is None
        else [
            words.get(str(c).casefold())
            for group in (categories if isinstance(categories, list) else [categories])
            for c in getattr(group, "cats", ())
        ]
    )
    session["kind"] = next((k.value for k in found if k is not None), SessionKind.OTHER.value)


def blocks_into(
    event: dict[str, Any],
    blocks: list[tuple[str, datetime | date, datetime | date | None]],
    zone: ZoneInfo,
) -> None:
    """Whole-event and edition blocks of a folkemode ICS without its X- data.

    Timed blocks give the first start and the last end. All-day blocks (one
    a day, each ending the next morning) give an all-day event from the
    midnight of its first day to the midnight of its last.
    """

    def bounds(found: list[tuple[datetime | date, datetime | date | None]]) -> dict[str, Any]:
        starts = [s for s, _ in found if isinstance(s, datetime)]
        ends = [e for _, e in found if isinstance(e, datetime)]
        if not starts:
            return all_day([(s, e) for s, e in found if not isinstance(s, datetime)])
        times: dict[str, Any] = {"start": min(starts).isoformat()}
        if ends and max(ends) > min(starts):
            times["end"] = max(ends).isoformat()
        return times

    def all_day(found: list[tuple[date, datetime | date | None]]) -> dict[str, Any]:
        if not found:
            return {}
        first_day = min(s for s, _ in found)
        last_day = max(
            (e - timedelta(days=1) if isinstance(e, date) and not isinstance(e, datetime) else s)
            for s, e in found
        )
        times: dict[str, Any] = {"start": _midnight(first_day, zone), "all_day": True}
        if last_day > first_day:
            times["end"] = _midnight(last_day, zone)
        return times

    whole = [(s, e) for key, s, e in blocks if key.startswith("event.")]
    if whole:
        for name, value in bounds(whole).items():
            event.setdefault(name, value)
    editions: dict[str, list[tuple[datetime | date, datetime | date | None]]] = {}
    for key, start, end in blocks:
        if key.startswith("edition."):
            editions.setdefault(key.split(".")[1], []).append((start, end))
    found = [bounds(times) for _, times in sorted(editions.items())]
    if any(found):
        event.setdefault(
            "editions",
            [{k: v for k, v in times.items() if k != "all_day"} for times in found if times],
        )


def _midnight(day: date, zone: ZoneInfo) -> str:
    return datetime.combine(day, time(), zone).isoformat()


def first(value: Any) -> Any:
    """A property value, or the first of a repeated property."""
    return (value[0] if value else None) if isinstance(value, list) else value


def json_depth(value: str) -> int:
    """How deeply the arrays and objects of JSON text nest (brackets in strings skipped).

    >>> json_depth('{"a": [1, "]]]", {"b": []}]}')
    4
    """
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_JSON_STRING.sub("", value)):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"?', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")
_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def unescape_text(value: str) -> str:
    r"""Undo RFC 5545 TEXT escaping: ``\,`` ``\;`` ``\\`` and ``\n``."""
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def text(value: Any) -> str | None:
    """A property's text, unescaped also where the parser does not know it as TEXT
    (NAME and X-WR-CALNAME come back from icalendar still escaped)."""
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, icalendar.vUnknown):
        value = unescape_text(value.to_ical().decode("utf-8"))
    text = str(value).strip() if value is not None else ""
    return text or None


# What folkemode's text may not hold: control characters but tab, LF and CR, and lone
# surrogates. A vertical tab or form feed (Word's line and page breaks, which
# Outlook passes on) is a line break; the rest are dropped.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAKS = re.compile("[\r\n\u2028\u2029]+")


def tidy_text(value: str, *, single_line: bool) -> tuple[str, list[str]]:
    """``value`` as folkemode's text may hold it, and what had to change.

    A title, room or name is one line: its line breaks become spaces. A
    description keeps its line breaks, each as LF (RFC 5545 TEXT has one line
    break escape, so CR and CR LF cannot be told apart from it).

    >>> tidy_text("Debatt:\\r\\nHvem eier vannet?", single_line=True)
    ('Debatt: Hvem eier vannet?', ['line breaks read as spaces (it is one line)'])
    >>> tidy_text("a\\r\\nb\\x0bc\\x00", single_line=False)
    ('a\\nb\\nc', ['control characters U+000B, U+0000 read as line breaks or dropped'])
    """
    changes = []
    found = list(dict.fromkeys(_CONTROL.findall(value)))
    if found:
        value = _CONTROL.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else "", value)
        shown = ", ".join(f"U+{ord(c):04X}" for c in found[:5])
        changes.append(f"control characters {shown} read as line breaks or dropped")
    if single_line:
        lines = _BREAKS.split(value.strip())
        joined = " ".join(p.strip(" \t") for p in lines if p.strip(" \t"))
        if len(lines) > 1:
            changes.append("line breaks read as spaces (it is one line)")
        value = joined
    else:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        value = value.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return value, changes


def zone_named(name: object) -> ZoneInfo | None:
    if not name or not isinstance(name, str):
        return None
    if name in ("UTC", "Z"):
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
