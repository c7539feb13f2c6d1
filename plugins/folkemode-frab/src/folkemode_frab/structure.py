"""The parts of a frab schedule, as both writers read them.

A :class:`Schedule` has days; a :class:`Day` has rooms; a :class:`Room` has
talks (frab calls them "events", a word folkemode uses for the whole
programme). Everything is settled here: times are in the event's zone,
durations are ``HH:MM`` and text is clean, so the XML and the JSON writer
only arrange it. Text that a session does not have is ``None`` here; each
writer decides how to write it (frab readers expect the elements and keys
to be there, empty).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

__all__ = ["Day", "Link", "Person", "Room", "Schedule", "Talk", "Track"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    guid: uuid.UUID
    id: int
    name: str
    biography: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    url: str
    title: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Talk:
    """One frab ``event``: a session with its place and time settled."""

    guid: uuid.UUID
    id: int
    code: str
    date: datetime
    end: datetime | None
    start: str
    duration: str
    room: str
    slug: str
    url: str | None
    title: str
    subtitle: str | None
    track: str | None
    type: str
    language: str
    abstract: str | None
    description: str | None
    persons: tuple[Person, ...]
    links: tuple[Link, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Room:
    name: str
    guid: uuid.UUID
    talks: tuple[Talk, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Day:
    index: int
    date: date
    start: datetime
    end: datetime
    rooms: tuple[Room, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Track:
    name: str
    slug: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Schedule:
    version: str
    acronym: str
    title: str
    description: str | None
    url: str | None
    time_zone_name: str
    start: date
    end: date
    timeslot_duration: str
    tracks: tuple[Track, ...]
    rooms: tuple[Room, ...]
    days: tuple[Day, ...]
