"""The JSON-LD of a programme page, written straight as compact JSON text.

An HTML page carries its event's JSON-LD in a ``<script>`` element, as the
text ``json.dumps(event_jsonld(event), ensure_ascii=False, separators=(",",
":"))``. For a large programme, building those dicts and encoding them is
most of the work, and most of it is repeated: every session in a room
carries the room's ``Place`` with its address, every session the same
organisers, every talk by one person the same ``Person``.

:class:`PageText` writes the same text without a dict per session: each
shared node is encoded once and its text reused, and a session's own values
go straight into its text. :meth:`PageText.session_text` mirrors
:meth:`Builder.session <folkemode.exporters._jsonld_builder.Builder.session>`
property for property; the tests compare the two texts for every fixture and
for generated events.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from folkemode.exporters._jsonld_builder import EVENT_TYPES, SCHEDULED, Builder
from folkemode.exporters._jsonld_nodes import VenueNodes
from folkemode.model import Edition, Event, Session, SessionStatus, Speaker

__all__ = ["PageText"]

# What json.dumps(..., ensure_ascii=False, separators=(",", ":")) writes, without its set-up
# on every call; _encode_string is the C function it encodes strings with.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_encode_string: Callable[[str], str] = json.encoder.encode_basestring
# How a session's node starts, up to its @id.
_OPENINGS = {
    kind: '{"@type":' + _encode_string(type_) + ',"@id":' for kind, type_ in EVENT_TYPES.items()
}
_STATUS = ',"eventStatus":' + _encode_string(SCHEDULED)
_PERSON = '{"@type":"Person","@id":'
_KEYS: dict[str, str] = {}


class PageText(Builder):
    """Writes one event's JSON-LD document as compact JSON text."""

    def __init__(self, event: Event, base_url: str | None) -> None:
        super().__init__(event, base_url)
        # The text of each node met so far, by id; kept holds the nodes, so that no other
        # object can take one of those ids while it is a key.
        self.texts: dict[int, str] = {}
        self.kept: list[Any] = []
        self.periods: dict[tuple[datetime, datetime | None], str] = {}
        self.locations: dict[tuple[VenueNodes, str | None], str] = {}
        self.parents: dict[str, str] = {}
        self.people: dict[int, str] = {}
        self.organisers_text = (
            ',"organizer":' + self.node_text(self.organisers) if self.organisers else ""
        )
        self.language_text = ',"inLanguage":' + _encode_string(event.locale)

    def document_text(self) -> str:
        editions, sessions = self.split()
        children = [self.edition_text(edition, inside) for edition, inside in editions]
        children.extend(self.session_text(s, self.event_id) for s in sessions)
        return _with_sub_events(_COMPACT.encode(self.head()), children)

    def edition_text(self, edition: Edition, sessions: list[Session]) -> str:
        node, edition_id, venue = self.edition_head(edition)
        children = [self.session_text(s, edition_id, venue) for s in sessions]
        return _with_sub_events(_COMPACT.encode(node), children)

    def session_text(self, session: Session, parent: str, venue: VenueNodes | None = None) -> str:
        """The text of :meth:`Builder.session`'s node."""
        session_id = _encode_string(self.iri("session-" + session.id))
        parts = [_OPENINGS[session.kind], session_id, ',"name":', _encode_string(session.title)]
        if session.start is not None:
            parts.append(self.period_text(session.start, session.end))
        elif session.day is not None:
            parts.append(',"startDate":' + _encode_string(session.day.isoformat()))
        if session.status is SessionStatus.SCHEDULED and session.previous_start is None:
            parts.append(_STATUS)
        else:
            parts.append("," + _COMPACT.encode(self.status(session))[1:-1])
        parts.append(self.location_text(venue or self.venue_nodes, session.room))
        if session.description:
            parts.append(',"description":' + _encode_string(session.description))
        if session.organisations:
            parts.append(',"organizer":' + self.node_text(self.session_organisers(session)))
        else:
            parts.append(self.organisers_text)
        if session.speakers:
            people = [self.person_text(speaker) for speaker in session.speakers]
            parts.append(',"performer":[' + ",".join(people) + "]")
        parts.append(self.language_text)
        if self.page:
            parts.append(',"url":' + session_id)
        if session.links and (pages := self.pages(session)):
            parts.append(',"subjectOf":' + _COMPACT.encode(pages))
        parts.append(self.parent_text(parent))
        return "".join(parts)

    # -- pieces, each written once ------------------------------------------------------

    def period_text(self, start: datetime, end: datetime | None) -> str:
        text = self.periods.get((start, end))
        if text is None:
            text = ',"startDate":' + _encode_string(self.moment(start))
            if end is not None:
                text += ',"endDate":' + _encode_string(self.moment(end))
            self.periods[start, end] = text
        return text

    def location_text(self, venue: VenueNodes, room: str | None) -> str:
        """The attendance mode and location of something in ``room``."""
        text = self.locations.get((venue, room))
        if text is None:
            text = "".join(
                "," + (_KEYS.get(name) or _key(name)) + self.node_text(value)
                for name, value in venue.location_pairs(room)
            )
            self.locations[venue, room] = text
        return text

    def person_text(self, speaker: Speaker) -> str:
        """The text of :meth:`Builder.person`'s node (most speakers speak once: no dict)."""
        text = self.people.get(id(speaker))  # the event keeps the speaker, and so its id
        if text is None:
            text = _PERSON + _encode_string(self.iri("person-" + speaker.id))
            text += ',"name":' + _encode_string(speaker.name)
            if speaker.role:
                text += ',"jobTitle":' + _encode_string(speaker.role)
            if speaker.organisation is not None:
                affiliation = self.organisation(speaker.organisation)
                text += ',"affiliation":' + self.node_text(affiliation)
            text = self.people[id(speaker)] = text + "}"
        return text

    def parent_text(self, parent: str) -> str:
        """``superEvent``, the last property, and the end of the node."""
        text = self.parents.get(parent)
        if text is None:
            text = self.parents[parent] = f',"superEvent":{{"@id":{_encode_string(parent)}}}}}'
        return text

    def node_text(self, value: Any) -> str:
        """Compact JSON of a value; the text of each dict is remembered."""
        kind = type(value)
        if kind is str:
            return _encode_string(value)
        if kind is list:
            return "[" + ",".join([self.node_text(item) for item in value]) + "]"
        if kind is not dict:
            return _COMPACT.encode(value)
        text = self.texts.get(id(value))
        if text is None:
            members = []
            for name, item in value.items():
                key = _KEYS.get(name) or _key(name)
                if type(item) is str:
                    members.append(key + _encode_string(item))
                else:
                    members.append(key + self.node_text(item))
            text = self.texts[id(value)] = "{" + ",".join(members) + "}"
            self.kept.append(value)
        return text


def _key(name: str) -> str:
    """A property name as it opens a member: '"@type":'."""
    key = _KEYS[name] = _encode_string(name) + ":"
    return key


def _with_sub_events(head: str, children: list[str]) -> str:
    """A node's compact JSON with ``subEvent`` (the texts of its children) as its last property."""
    if not children:
        return head
    # One join: a programme's sub-events are megabytes, and every + would copy them again.
    parts = [head[:-1], ',"subEvent":[']
    for child in children:
        parts += (child, ",")
    parts[-1] = "]}"
    return "".join(parts)
