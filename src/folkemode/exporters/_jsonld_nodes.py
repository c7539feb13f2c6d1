"""The small schema.org nodes of a programme: places and rooms, addresses, offers, contacts."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from folkemode.exporters._links import safe_url
from folkemode.model import Contact, Event, Price, Venue, slugify

__all__ = ["SCHEMA", "VenueNodes", "contact_point", "offers", "postal_address"]

Node = dict[str, Any]

SCHEMA = "https://schema.org/"
_OFFLINE = SCHEMA + "OfflineEventAttendanceMode"
_ONLINE = SCHEMA + "OnlineEventAttendanceMode"
_MIXED = SCHEMA + "MixedEventAttendanceMode"

# "Torvet 1, 5700 Egeskov", "Storgata 2, N-0155 Oslo": street, then a
# four-digit Danish or Norwegian postcode and the town.
_ADDRESS = re.compile(
    r"^(?P<street>.+?),\s*(?:(?P<country>DK|N|NO)-)?(?P<postcode>\d{4})\s+(?P<locality>[^,]+?)"
    r"(?:,\s*(?:Danmark|Denmark|Norge|Noreg|Norway))?$",
    re.IGNORECASE,
)
_COUNTRIES = {"da": "DK", "nb": "NO", "nn": "NO", "dk": "DK", "n": "NO", "no": "NO"}


class VenueNodes:
    """The location nodes of one venue, and of the rooms inside it."""

    def __init__(self, venue: Venue | None, base: str, locale: str) -> None:
        self.base = base  # the page the @ids are fragments of
        self.venue = venue
        self.place: Node | None = None
        self.virtual: Node | None = None
        self.mode: str | None = None
        self.rooms: dict[str, Node] = {}
        self.locations: dict[str | None, tuple[tuple[str, Any], ...]] = {}
        if venue is None:
            return
        if venue.is_physical:
            self.place = {"@type": "Place", "@id": f"{base}#venue-{_venue_slug(venue)}"}
            if venue.name:
                self.place["name"] = venue.name
            if venue.address:
                self.place["address"] = postal_address(venue.address, locale)
        if venue.is_online:
            self.virtual = {"@type": "VirtualLocation"}
            if venue.platform:
                self.virtual["name"] = venue.platform
            if url := safe_url(venue.online_url):
                self.virtual["url"] = url
        if self.place is not None and self.virtual is not None:
            self.mode = _MIXED
        else:
            self.mode = _OFFLINE if self.place is not None else _ONLINE

    def location(self, room: str | None = None) -> Node:
        return dict(self.location_pairs(room))

    def location_pairs(self, room: str | None) -> tuple[tuple[str, Any], ...]:
        """``eventAttendanceMode`` and ``location`` of something in ``room``, made once per room."""
        pairs = self.locations.get(room)
        if pairs is None:
            pairs = self.locations[room] = tuple(self._location(room).items())
        return pairs

    def _location(self, room: str | None) -> Node:
        if self.venue is None:
            if room is None:
                return {}
            return {"location": self.room(room, None)}
        places: list[Node] = []
        if self.place is not None:
            places.append(self.room(room, self.place) if room else self.place)
        if self.virtual is not None:
            if room and self.place is None:
                # An online meeting's "room" is a break-out room of that meeting.
                places.append({**self.virtual, "name": room})
            else:
                places.append(self.virtual)
        return {
            "eventAttendanceMode": self.mode,
            "location": places[0] if len(places) == 1 else places,
        }

    def room(self, name: str, building: Node | None) -> Node:
        node = self.rooms.get(name)
        if node is None:
            node = {
                "@type": "Place",
                "@id": f"{self.base}#room-{slugify(name)}",
                "name": name,
            }
            if building is not None:
                if "address" in building:
                    node["address"] = building["address"]
                node["containedInPlace"] = {"@id": building["@id"]}
            self.rooms[name] = node
        return node


def _venue_slug(venue: Venue) -> str:
    return slugify(venue.name or venue.address or "venue")


def postal_address(text: str, locale: str) -> Node:
    """A ``PostalAddress``, split into parts when it reads "street, postcode town"."""
    match = _ADDRESS.match(text)
    if match is None:
        return {"@type": "PostalAddress", "streetAddress": text}
    node = {
        "@type": "PostalAddress",
        "streetAddress": match["street"],
        "postalCode": match["postcode"],
        "addressLocality": match["locality"],
    }
    country = _COUNTRIES.get((match["country"] or locale).lower())
    if country is not None:
        node["addressCountry"] = country
    return node


def contact_point(contact: Contact) -> Node:
    node: Node = {"@type": "ContactPoint", "name": contact.name}
    if contact.role:
        node["contactType"] = contact.role
    if contact.email:
        node["email"] = contact.email
    if contact.phone:
        node["telephone"] = contact.phone
    return node


def offers(event: Event, offer_id: str) -> Node:
    price: Price | None = event.price
    if price is None:
        return {}
    offer: Node = {"@type": "Offer", "@id": offer_id, "description": price.text}
    if price.amount is not None:
        offer["price"] = _number(price.amount)
        if price.currency:
            offer["priceCurrency"] = price.currency
    if url := safe_url(event.registration_url) or safe_url(event.url):
        offer["url"] = url
    if event.registration_deadline is not None:
        offer["validThrough"] = event.registration_deadline.isoformat()
    node: Node = {"offers": offer}
    if price.amount is not None:
        node["isAccessibleForFree"] = price.is_free
    return node


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)
