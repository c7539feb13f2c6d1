"""Write a :class:`~folkemode_frab.structure.Schedule` as frab XML or frab JSON.

Both follow the c3voc schedule schemas (https://c3voc.de/schedule/schema.xsd
and https://c3voc.de/schedule/schema.json). The XML is built with the
standard library's ElementTree, which escapes ``&``, ``<``, ``>`` and quotes;
characters XML cannot hold at all were already removed by
:func:`folkemode_frab.text.clean`.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime
from typing import Any

from folkemode_frab.structure import Day, Schedule, Talk

__all__ = ["GENERATOR", "content_version", "schedule_data", "to_json", "to_xml"]

#: Who wrote the file; the version is filled in by the package.
GENERATOR = {"name": "folkemode-frab", "version": ""}
SCHEMA_URL = "https://c3voc.de/schedule/schema.json"

# The JSON schema's pattern for time zone names; others (e.g. "Etc/GMT-1")
# are left out of the JSON, where every time carries its UTC offset anyway.
_JSON_TIME_ZONE = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")


def _moment(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


# -- JSON ---------------------------------------------------------------------------------


def schedule_data(schedule: Schedule) -> dict[str, Any]:
    """The ``schedule`` object of frab JSON."""
    conference: dict[str, Any] = {
        "acronym": schedule.acronym,
        "title": schedule.title,
    }
    if schedule.description is not None:
        conference["description"] = schedule.description
    conference.update(
        start=schedule.start.isoformat(),
        end=schedule.end.isoformat(),
        daysCount=len(schedule.days),
        timeslot_duration=schedule.timeslot_duration,
    )
    if _JSON_TIME_ZONE.search(schedule.time_zone_name):
        conference["time_zone_name"] = schedule.time_zone_name
    if schedule.url is not None:
        conference["url"] = schedule.url
    conference["tracks"] = [{"name": t.name, "slug": t.slug} for t in schedule.tracks]
    conference["rooms"] = [{"name": r.name, "guid": str(r.guid)} for r in schedule.rooms]
    conference["days"] = [_day_data(day) for day in schedule.days]
    return {"version": schedule.version, "conference": conference}


def _day_data(day: Day) -> dict[str, Any]:
    return {
        "index": day.index,
        "date": day.date.isoformat(),
        "day_start": _moment(day.start),
        "day_end": _moment(day.end),
        "rooms": {room.name: [_talk_data(talk) for talk in room.talks] for room in day.rooms},
    }


def _talk_data(talk: Talk) -> dict[str, Any]:
    # Readers format text without checking for null ("abstract": null breaks
    # them), so text a session lacks is "". Track and logo name something
    # that is either there or not, and are null like pretalx writes them.
    data: dict[str, Any] = {
        "guid": str(talk.guid),
        "id": talk.id,
        "code": talk.code,
        "logo": None,
        "date": _moment(talk.date),
        "start": talk.start,
        "duration": talk.duration,
    }
    if talk.end is not None:
        data["end"] = _moment(talk.end)
    data.update(
        room=talk.room,
        slug=talk.slug,
        # frab JSON requires a URL; without the event's web page, the guid's URN.
        url=talk.url or talk.guid.urn,
        title=talk.title,
        subtitle=talk.subtitle or "",
        track=talk.track,
        type=talk.type,
        language=talk.language,
        abstract=talk.abstract or "",
        description=talk.description or "",
        persons=[
            # "name" without "public_name" makes this a pretalx-style person, the
            # one of the schema's two person shapes that has room for a biography.
            {"guid": str(p.guid), "id": p.id, "name": p.name, "biography": p.biography or ""}
            for p in talk.persons
        ],
        links=[{"url": link.url, "title": link.title} for link in talk.links],
        attachments=[],
    )
    return data


def to_json(schedule: Schedule, generator_version: str) -> str:
    """frab JSON text, indented, with a final line break."""
    document = {
        "$schema": SCHEMA_URL,
        "generator": {**GENERATOR, "version": generator_version},
        "schedule": schedule_data(schedule),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def content_version(schedule: Schedule) -> str:
    """A version that changes exactly when the schedule's content does.

    frab readers compare versions to notice an updated schedule; a hash of
    the content (without the version itself) is deterministic yet never
    stale.
    """
    data = schedule_data(replace(schedule, version=""))
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()
    return digest[:12]


# -- XML ----------------------------------------------------------------------------------


def _element(
    parent: ET.Element, tag: str, text: str | None = None, **attributes: str
) -> ET.Element:
    child = ET.SubElement(parent, tag, attributes)
    if text is not None:
        child.text = text
    return child


def to_xml(schedule: Schedule, generator_version: str) -> str:
    """frab XML text with an XML declaration and a final line break."""
    root = ET.Element("schedule")
    _element(root, "generator", **{**GENERATOR, "version": generator_version})
    _element(root, "version", schedule.version)
    conference = _element(root, "conference")
    _element(conference, "acronym", schedule.acronym)
    _element(conference, "title", schedule.title)
    _element(conference, "start", schedule.start.isoformat())
    _element(conference, "end", schedule.end.isoformat())
    _element(conference, "days", str(len(schedule.days)))
    _element(conference, "timeslot_duration", schedule.timeslot_duration)
    if schedule.url is not None:
        _element(conference, "url", schedule.url)
    _element(conference, "time_zone_name", schedule.time_zone_name)
    for track in schedule.tracks:
        _element(conference, "track", name=track.name, slug=track.slug)
    for day in schedule.days:
        day_element = _element(
            root,
            "day",
            index=str(day.index),
            date=day.date.isoformat(),
            start=_moment(day.start),
            end=_moment(day.end),
        )
        for room in day.rooms:
            room_element = _element(day_element, "room", name=room.name, guid=str(room.guid))
            for talk in room.talks:
                _talk_element(room_element, talk)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _talk_element(parent: ET.Element, talk: Talk) -> None:
    # Every element pretalx writes is written, empty when there is nothing to
    # say: readers look them up without checking that they are there.
    element = _element(parent, "event", guid=str(talk.guid), id=str(talk.id), code=talk.code)
    _element(element, "date", _moment(talk.date))
    _element(element, "start", talk.start)
    _element(element, "duration", talk.duration)
    _element(element, "room", talk.room)
    _element(element, "slug", talk.slug)
    if talk.url is not None:
        _element(element, "url", talk.url)
    _element(element, "title", talk.title)
    _element(element, "subtitle", talk.subtitle or "")
    _element(element, "track", talk.track or "")
    _element(element, "type", talk.type)
    _element(element, "language", talk.language)
    _element(element, "abstract", talk.abstract or "")
    _element(element, "description", _xml_description(talk))
    persons = _element(element, "persons")
    for person in talk.persons:
        _element(persons, "person", person.name, id=str(person.id), guid=str(person.guid))
    links = _element(element, "links")
    for link in talk.links:
        _element(links, "link", link.title, href=link.url)
    _element(element, "attachments")


def _xml_description(talk: Talk) -> str:
    """The description; a single space when it is empty and the subtitle is not.

    pretalx's frab importer joins subtitle and description as text, and an
    empty element has no text at all; a space reads as empty everywhere else.
    """
    if talk.description is not None:
        return talk.description
    return " " if talk.subtitle else ""
