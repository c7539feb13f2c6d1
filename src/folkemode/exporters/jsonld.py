"""Built-in plugin: the programme as schema.org JSON-LD.

The event is a schema.org ``Event`` whose sessions are its ``subEvent`` s,
each pointing back with ``superEvent``. A recurring event (one with
editions) is an ``EventSeries`` holding one ``Event`` per edition; sessions
that fall on an edition's days belong to that edition. Every node carries
what Google's event search asks for where the programme says it: name, start
with UTC offset, location (``Place`` with ``PostalAddress``,
``VirtualLocation``, or both for a hybrid meeting), end, attendance mode,
status, description, organiser, performers with affiliation and job title,
language, and price.

``@id`` s are built from the model's stable ids as fragments of
``base_url`` (the page the data describes; by default the event's own
``url``), so a re-imported programme keeps the ids of unchanged sessions,
and the HTML page's anchors are the same fragments.

>>> import json, folkemode
>>> data = json.loads(folkemode.dumps(folkemode.Event.example(), format="jsonld"))
>>> data["@type"], data["subEvent"][0]["name"], data["subEvent"][0]["startDate"]
('Event', 'Ankomst og registrering', '2025-11-13T09:30+01:00')
>>> data["subEvent"][0]["@id"]
'https://example.dk/efteraarsseminar-2025#session-20251113-ankomst-og-registrering'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from folkemode.exporters._jsonld_nodes import SCHEMA, VenueNodes, contact_point, offers
from folkemode.exporters._links import safe_url
from folkemode.formats import Exporter, ExportOption
from folkemode.hookspecs import hookimpl
from folkemode.model import (
    Edition,
    Event,
    Organisation,
    Session,
    SessionKind,
    Speaker,
    slugify,
)

__all__ = ["day_span", "dump_jsonld", "event_jsonld", "script_json", "script_jsonld"]

Node = dict[str, Any]

CONTEXT = "https://schema.org"

_SCHEDULED = SCHEMA + "EventScheduled"

# Session kinds with a closer schema.org type than Event.
_EVENT_TYPES = {
    SessionKind.SOCIAL: "SocialEvent",
    SessionKind.MEAL: "FoodEvent",
}

# What json.dumps(..., ensure_ascii=False, separators=(",", ":")) writes, without its
# per-call set-up; _encode_string is the same C function it encodes strings with.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_encode_string: Callable[[str], str] = json.encoder.encode_basestring
# Property names as they open a member: '"@type":'.
_KEYS: dict[str, str] = {}


def dump_jsonld(event: Event, *, base_url: str | None = None, indent: int = 2) -> str:
    """The event as a schema.org JSON-LD document (one line when ``indent`` is 0 or less)."""
    return json.dumps(
        event_jsonld(event, base_url=base_url),
        ensure_ascii=False,
        indent=indent if indent > 0 else None,
    )


def event_jsonld(event: Event, *, base_url: str | None = None) -> Node:
    """The event as a JSON-LD object with its sessions (and editions) nested in it."""
    return _Builder(event, base_url).document()


def script_json(data: Any) -> str:
    """Compact JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as JSON escapes, so no text in the
    data can close the element (``</script>``) or open a comment; a JSON
    parser reads back exactly the same data.

    >>> script_json({"name": "</script><script>alert(1)</script>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    return _script_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def script_jsonld(event: Event, *, base_url: str | None = None) -> str:
    """``script_json(event_jsonld(event, base_url=base_url))``, made straight from the event.

    The text is the same, character for character, but organisations,
    people, places and rooms that many sessions share are encoded once, and
    no dict is built for a session, which makes it several times faster for
    a large programme.

    >>> event = Event.example()
    >>> script_jsonld(event) == script_json(event_jsonld(event))
    True
    """
    return _script_safe(_Builder(event, base_url).document_text())


def _script_safe(text: str) -> str:
    # Three replace() calls run at memory speed; str.translate with a table is 50 times slower.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class _Builder:
    """Builds the nodes of one event, making each organisation, person and place once.

    A session's node is made as a list of (property, value) pairs, which
    become a dict for :func:`event_jsonld` or go straight into the page's
    compact JSON text for :func:`script_jsonld`; either way one piece of code
    says what a sub-event holds.
    """

    def __init__(self, event: Event, base_url: str | None) -> None:
        self.event = event
        self.base = (safe_url(base_url) or safe_url(event.url) or "").partition("#")[0]
        # A page anchor is only worth linking when the page itself is named.
        self.page = safe_url(base_url)
        self.zone = event.zone
        self.event_id = self.iri("event-" + event.id)
        self.venue_nodes = VenueNodes(event.venue, self.base, event.locale)
        self.organisation_nodes: dict[Organisation, Node] = {}
        self.person_nodes: dict[Speaker, Node] = {}
        # The same model object is looked up by identity first (no hashing of its fields).
        self.by_identity: dict[int, Node] = {}
        self.moments: dict[tuple[datetime, bool], str] = {}
        self.session_moments: dict[datetime, str] = {}
        self.parents: dict[str, Node] = {}
        self.organisers = [self.organisation(o) for o in event.organisers] or self.contacts()
        # Compact JSON of the nodes written so far, by id; kept holds the nodes, so no other
        # object can take an id while it is a key.
        self.texts: dict[int, str] = {}
        self.kept: list[Node] = []

    def iri(self, fragment: str) -> str:
        return f"{self.base}#{fragment}"

    # -- the document ------------------------------------------------------------

    def document(self) -> Node:
        node = self.head()
        editions, sessions = self.split()
        children = [self.edition(edition, inside) for edition, inside in editions]
        children.extend(dict(self.session(s, self.event_id)) for s in sessions)
        if children:
            node["subEvent"] = children
        return node

    def document_text(self) -> str:
        """The document as compact JSON, the same text ``json.dumps`` makes of :meth:`document`."""
        editions, sessions = self.split()
        children = [self.edition_text(edition, inside) for edition, inside in editions]
        children.extend(self.pairs_text(self.session(s, self.event_id)) for s in sessions)
        return _with_sub_events(_COMPACT.encode(self.head()), children)

    def head(self) -> Node:
        """The top node, without its sub-events."""
        event = self.event
        node: Node = {"@context": CONTEXT}
        node.update(
            self.event_node(event.name, self.event_id, "EventSeries" if event.editions else "Event")
        )
        node.update(self.period(event.start, event.end, all_day=event.all_day))
        node["eventStatus"] = _SCHEDULED
        node.update(self.venue_nodes.location())
        node.update(self.common())
        if self.organisers and event.contacts and len(event.organisers) == 1:
            # The contacts are the single organiser's; only the top node says so.
            points = [contact_point(c) for c in event.contacts]
            node["organizer"] = [{**self.organisers[0], "contactPoint": points}]
        if event.url is not None and (url := safe_url(event.url)):
            node["url"] = url
        node.update(offers(event, self.iri("offer")))
        return node

    def split(self) -> tuple[list[tuple[Edition, list[Session]]], list[Session]]:
        """Each edition with the sessions on its days, and the sessions on no edition's days."""
        remaining = list(self.event.sessions)
        editions = []
        for edition in self.event.editions:
            inside = [s for s in remaining if _within(s, edition, self.event)]
            remaining = [s for s in remaining if s not in inside]
            editions.append((edition, inside))
        return editions, remaining

    def edition(self, edition: Edition, sessions: list[Session]) -> Node:
        node, edition_id, venue = self.edition_head(edition)
        if sessions:
            node["subEvent"] = [dict(self.session(s, edition_id, venue)) for s in sessions]
        return node

    def edition_text(self, edition: Edition, sessions: list[Session]) -> str:
        node, edition_id, venue = self.edition_head(edition)
        children = [self.pairs_text(self.session(s, edition_id, venue)) for s in sessions]
        return _with_sub_events(_COMPACT.encode(node), children)

    def edition_head(self, edition: Edition) -> tuple[Node, str, VenueNodes]:
        event = self.event
        edition_id = self.iri("edition-" + edition.id)
        node = self.event_node(edition.name or event.name, edition_id, "Event")
        node.update(self.period(edition.start, edition.end))
        node["eventStatus"] = _SCHEDULED
        venue = (
            self.venue_nodes
            if edition.venue is None
            else VenueNodes(edition.venue, self.base, event.locale)
        )
        node.update(venue.location())
        node.update(self.common())
        if event.url is not None and (url := safe_url(event.url)):
            node["url"] = url
        node.update(offers(event, self.iri("offer")))
        node["superEvent"] = {"@id": self.event_id}
        return node, edition_id, venue

    def session(
        self, session: Session, parent: str, venue: VenueNodes | None = None
    ) -> list[tuple[str, Any]]:
        """The properties of a session's node, in order."""
        session_id = f"{self.base}#session-{session.id}"
        pairs: list[tuple[str, Any]] = [
            ("@type", _EVENT_TYPES.get(session.kind, "Event")),
            ("@id", session_id),
            ("name", session.title),
        ]
        if session.start is not None:
            pairs.append(("startDate", self.session_moment(session.start)))
            if session.end is not None:
                pairs.append(("endDate", self.session_moment(session.end)))
        elif session.day is not None:
            pairs.append(("startDate", session.day.isoformat()))
        pairs.append(("eventStatus", _SCHEDULED))
        pairs.extend((venue or self.venue_nodes).location_pairs(session.room))
        if session.description:
            pairs.append(("description", session.description))
        if session.organisations:
            pairs.append(("organizer", [self.organisation(o) for o in session.organisations]))
        elif self.organisers:
            pairs.append(("organizer", self.organisers))
        if session.speakers:
            pairs.append(("performer", [self.person(s) for s in session.speakers]))
        pairs.append(("inLanguage", self.event.locale))
        if self.page:
            pairs.append(("url", session_id))
        if session.links:
            pages = [{"@type": "WebPage", "url": u} for u in map(safe_url, session.links) if u]
            if pages:
                pairs.append(("subjectOf", pages))
        parent_node = self.parents.get(parent)
        if parent_node is None:
            parent_node = self.parents[parent] = {"@id": parent}
        pairs.append(("superEvent", parent_node))
        return pairs

    # -- compact text --------------------------------------------------------------

    def pairs_text(self, pairs: Iterable[tuple[str, Any]]) -> str:
        """A node's pairs as compact JSON: shared nodes are written once and their text reused."""
        keys = _KEYS
        texts = self.texts
        parts = []
        for key, value in pairs:
            prefix = keys.get(key)
            if prefix is None:
                prefix = keys[key] = _encode_string(key) + ":"
            if type(value) is str:
                parts.append(prefix + _encode_string(value))
            else:
                parts.append(prefix + (texts.get(id(value)) or self.text(value)))
        return "{" + ",".join(parts) + "}"

    def text(self, value: Any) -> str:
        """Compact JSON of a value; the text of each dict is remembered by the dict's id."""
        kind = type(value)
        if kind is str:
            return _encode_string(value)
        if kind is list:
            return "[" + ",".join([self.text(item) for item in value]) + "]"
        if kind is not dict:
            return _COMPACT.encode(value)
        text = self.texts.get(id(value))
        if text is None:
            text = self.texts[id(value)] = self.pairs_text(value.items())
            self.kept.append(value)  # alive as long as its id is a key of texts
        return text

    # -- pieces ------------------------------------------------------------------

    @staticmethod
    def event_node(name: str, iri: str, type_: str) -> Node:
        return {"@type": type_, "@id": iri, "name": name}

    def period(
        self, start: datetime | None, end: datetime | None, *, all_day: bool = False
    ) -> Node:
        if start is None:
            return {}
        node = {"startDate": self.moment(start, all_day)}
        if end is not None:
            node["endDate"] = self.moment(end, all_day)
        return node

    def moment(self, value: datetime, all_day: bool = False) -> str:
        """A date and time with its UTC offset, in the event's zone (just the date when all-day)."""
        if not all_day:
            return self.session_moment(value)
        text = self.moments.get((value, all_day))
        if text is None:
            text = value.astimezone(self.zone).date().isoformat()
            self.moments[value, all_day] = text
        return text

    def session_moment(self, value: datetime) -> str:
        text = self.session_moments.get(value)
        if text is None:
            text = value.astimezone(self.zone).isoformat(timespec="minutes")
            self.session_moments[value] = text
        return text

    def common(self) -> Node:
        node: Node = {}
        if self.event.description:
            node["description"] = self.event.description
        if self.organisers:
            node["organizer"] = self.organisers
        node["inLanguage"] = self.event.locale
        return node

    def organisation(self, organisation: Organisation) -> Node:
        node = self.by_identity.get(id(organisation))
        if node is not None:
            return node
        node = self.organisation_nodes.get(organisation)
        if node is None:
            node = {
                "@type": "Organization",
                "@id": self.iri("org-" + organisation.id),
                "name": organisation.name,
            }
            if organisation.short_name:
                node["alternateName"] = organisation.short_name
            if url := safe_url(organisation.url):
                node["url"] = url
            self.organisation_nodes[organisation] = node
        self.by_identity[id(organisation)] = node
        return node

    def person(self, speaker: Speaker) -> Node:
        node = self.by_identity.get(id(speaker))
        if node is not None:
            return node
        node = self.person_nodes.get(speaker)
        if node is None:
            node = {
                "@type": "Person",
                "@id": self.iri("person-" + speaker.id),
                "name": speaker.name,
            }
            if speaker.role:
                node["jobTitle"] = speaker.role
            if speaker.organisation is not None:
                node["affiliation"] = self.organisation(speaker.organisation)
            self.person_nodes[speaker] = node
        self.by_identity[id(speaker)] = node
        return node

    def contacts(self) -> list[Node]:
        """Without an organising organisation, the contacts are the organisers."""
        nodes = []
        for contact in self.event.contacts:
            node: Node = {
                "@type": "Person",
                "@id": self.iri("person-" + slugify(contact.name)),
                "name": contact.name,
            }
            if contact.role:
                node["jobTitle"] = contact.role
            if contact.email:
                node["email"] = contact.email
            if contact.phone:
                node["telephone"] = contact.phone
            nodes.append(node)
        return nodes


def _with_sub_events(head: str, children: list[str]) -> str:
    """A node's compact JSON with ``subEvent`` (the texts of its children) as its last property."""
    if not children:
        return head
    return head[:-1] + ',"subEvent":[' + ",".join(children) + "]}"


def _within(session: Session, edition: Edition, event: Event) -> bool:
    """Whether the session falls on one of the edition's days."""
    if session.day is None:
        return False
    first, last = day_span(edition.start, edition.end, event.zone)
    return first <= session.day <= last


def day_span(start: datetime, end: datetime | None, zone: tzinfo) -> tuple[date, date]:
    """The first and last calendar day from ``start`` to ``end`` in ``zone``.

    Something that ends at midnight ends on the day before.
    """
    local_start = start.astimezone(zone)
    local_end = end.astimezone(zone) if end is not None else local_start
    last: date = local_end.date()
    if local_end > local_start and local_end.time() == time(0):
        last -= timedelta(days=1)
    return local_start.date(), max(local_start.date(), last)


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(
        Exporter(
            name="jsonld",
            media_type="application/ld+json",
            suffixes=(".jsonld",),
            dump=dump_jsonld,
            description="schema.org Event JSON-LD for search engines and linked data",
            options=(
                ExportOption(
                    name="base_url",
                    type=str,
                    help="URL of the page the data describes; @ids are its fragments "
                    "(default: the event's url)",
                ),
                ExportOption(
                    name="indent",
                    type=int,
                    help="spaces to indent with (0 or less writes one line)",
                    default=2,
                ),
            ),
        )
    )
