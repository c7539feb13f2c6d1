"""The schema.org nodes of one event: the event, its editions and its sessions, as dicts."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from urllib.parse import quote

from folkemode.exporters._jsonld_nodes import SCHEMA, VenueNodes, contact_point, offers
from folkemode.exporters._links import safe_url
from folkemode.ids import slugify
from folkemode.model import (
    Edition,
    Event,
    Organisation,
    Session,
    SessionKind,
    SessionStatus,
    Speaker,
)

__all__ = [
    "CONTEXT",
    "EVENT_TYPES",
    "ID_NAMESPACE",
    "SCHEDULED",
    "STATUSES",
    "Builder",
    "Node",
    "day_span",
    "document_iri",
]

Node = dict[str, Any]

CONTEXT = "https://schema.org"
SCHEDULED = SCHEMA + "EventScheduled"

#: schema.org's EventStatusType of a session of each status.
STATUSES = {
    SessionStatus.SCHEDULED: SCHEDULED,
    SessionStatus.CANCELLED: SCHEMA + "EventCancelled",
    SessionStatus.RESCHEDULED: SCHEMA + "EventRescheduled",
    SessionStatus.MOVED_ONLINE: SCHEMA + "EventMovedOnline",
}

#: The schema.org type of a session of each kind (a few have a closer one than Event).
EVENT_TYPES = {
    kind: {SessionKind.SOCIAL: "SocialEvent", SessionKind.MEAL: "FoodEvent"}.get(kind, "Event")
    for kind in SessionKind
}

#: The namespace of the name-based (version 5) UUID that names an event's document when no
#: page address is known. It is fixed for good: another one would change every such @id.
ID_NAMESPACE = uuid.UUID("87a39d70-11af-4151-9e41-4fb1d5c2e576")

# What an IRI's fragment may hold as it is, besides letters and digits (RFC 3987 ifragment,
# kept to ASCII): anything else in an id given by hand is percent-encoded.
_FRAGMENT_SAFE = "-._~!$&'()*+,;=:@/?"


def document_iri(event: Event, base_url: str | None) -> str:
    """The absolute IRI whose fragments the @ids are: the page, else a ``urn:uuid:``.

    The page is ``base_url``, else the event's ``url`` (without a fragment of its own).
    Without either, the event's id names the document through a version 5 UUID, so the
    same event gets the same IRIs on every run and two events with different ids never
    share one:

    >>> document_iri(Event(name="Årsmøde", id="aarsmoede-2026"), None)
    'urn:uuid:19453004-89d4-58e0-b068-96df8c5c26df'
    """
    page = safe_url(base_url) or safe_url(event.url)
    if page:
        return page.partition("#")[0]
    return uuid.uuid5(ID_NAMESPACE, event.id).urn


def fragment(text: str) -> str:
    """``text`` as an IRI fragment: a slug as it is, anything else percent-encoded."""
    if text.isascii() and text.replace("-", "").isalnum():
        return text
    return quote(text, safe=_FRAGMENT_SAFE)


class Builder:
    """Builds the nodes of one event, making each organisation, person and place once."""

    def __init__(self, event: Event, base_url: str | None) -> None:
        self.event = event
        # The page (or the urn:uuid: standing for it) the @ids are fragments of.
        self.base = document_iri(event, base_url)
        # A page anchor is only worth linking when the page itself is named.
        self.page = safe_url(base_url)
        self.zone = event.zone
        self.event_id = self.iri("event-" + event.id)
        self.venue_nodes = VenueNodes(event.venue, self.base, event.locale)
        self.organisation_nodes: dict[Organisation, Node] = {}
        # The model objects already met, by identity: no hashing of their fields again.
        self.by_identity: dict[int, Node] = {}
        self.moments: dict[tuple[datetime, bool], str] = {}
        self.organisers = [self.organisation(o) for o in event.organisers] or self.contacts()

    def iri(self, name: str) -> str:
        return f"{self.base}#{fragment(name)}"

    # -- the document ------------------------------------------------------------

    def document(self) -> Node:
        node = self.head()
        editions, sessions = self.split()
        children = [self.edition(edition, inside) for edition, inside in editions]
        children.extend(self.session(s, self.event_id) for s in sessions)
        if children:
            node["subEvent"] = children
        return node

    def head(self) -> Node:
        """The top node, without its sub-events."""
        event = self.event
        node: Node = {"@context": CONTEXT}
        node.update(
            self.event_node(event.name, self.event_id, "EventSeries" if event.editions else "Event")
        )
        node.update(self.period(event.start, event.end, all_day=event.all_day))
        node["eventStatus"] = SCHEDULED
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
            node["subEvent"] = [self.session(s, edition_id, venue) for s in sessions]
        return node

    def edition_head(self, edition: Edition) -> tuple[Node, str, VenueNodes]:
        """An edition's node without its sessions; its @id; the nodes of its venue."""
        event = self.event
        edition_id = self.iri("edition-" + edition.id)
        node = self.event_node(edition.name or event.name, edition_id, "Event")
        node.update(self.period(edition.start, edition.end))
        node["eventStatus"] = SCHEDULED
        venue = self.venue_nodes
        if edition.venue is not None:
            venue = VenueNodes(edition.venue, self.base, event.locale)
        node.update(venue.location())
        node.update(self.common())
        if event.url is not None and (url := safe_url(event.url)):
            node["url"] = url
        node.update(offers(event, self.iri("offer")))
        node["superEvent"] = {"@id": self.event_id}
        return node, edition_id, venue

    def status(self, session: Session) -> Node:
        """``eventStatus``, and when a rescheduled session was to start."""
        node: Node = {"eventStatus": STATUSES[session.status]}
        if session.status is SessionStatus.RESCHEDULED and session.previous_start is not None:
            node["previousStartDate"] = self.moment(session.previous_start)
        return node

    def session(self, session: Session, parent: str, venue: VenueNodes | None = None) -> Node:
        """A session's node. PageText.session_text writes the same node as text: keep the
        two in step (the tests compare them)."""
        session_id = self.iri("session-" + session.id)
        node = self.event_node(session.title, session_id, EVENT_TYPES[session.kind])
        if session.start is not None:
            node.update(self.period(session.start, session.end))
        elif session.day is not None:
            node["startDate"] = session.day.isoformat()
        node.update(self.status(session))
        node.update((venue or self.venue_nodes).location(session.room))
        if session.description:
            node["description"] = session.description
        organisers = self.session_organisers(session)
        if organisers:
            node["organizer"] = organisers
        if session.speakers:
            node["performer"] = [self.person(s) for s in session.speakers]
        node["inLanguage"] = self.event.locale
        if self.page:
            node["url"] = session_id
        pages = self.pages(session)
        if pages:
            node["subjectOf"] = pages
        node["superEvent"] = {"@id": parent}
        return node

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
        text = self.moments.get((value, all_day))
        if text is None:
            local = value.astimezone(self.zone)
            text = local.date().isoformat() if all_day else local.isoformat(timespec="minutes")
            self.moments[value, all_day] = text
        return text

    def common(self) -> Node:
        node: Node = {}
        if self.event.description:
            node["description"] = self.event.description
        if self.organisers:
            node["organizer"] = self.organisers
        node["inLanguage"] = self.event.locale
        return node

    def session_organisers(self, session: Session) -> list[Node]:
        return [self.organisation(o) for o in session.organisations] or self.organisers

    @staticmethod
    def pages(session: Session) -> list[Node]:
        """The session's web links, as pages about it."""
        return [{"@type": "WebPage", "url": url} for url in map(safe_url, session.links) if url]

    def organisation(self, organisation: Organisation) -> Node:
        node = self.by_identity.get(id(organisation))
        if node is None:
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
        """A speaker's node (PageText.person_text writes the same as text)."""
        node = self.by_identity.get(id(speaker))
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
