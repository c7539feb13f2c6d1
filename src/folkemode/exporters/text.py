"""Plain-text renderings of model parts that calendar and spreadsheet exports share.

Labels are English message ids translated through the gettext catalogues
(:func:`folkemode.i18n.translate`), so "Speakers" reads "Oplægsholdere" in
Danish and "Innledere" in Bokmål.

>>> from folkemode import Event
>>> session = Event.example().sessions[1]
>>> speaker_text(session.speakers[0])
'Mette Aagaard, borgmester, Egeskov Kommune'
>>> print("\\n".join(agenda_lines(session.items)))
- Seminarets formål
- Praktisk information
  - Wi-fi og garderobe
  - Zoom-link
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from folkemode.i18n import translate
from folkemode.model import AgendaItem, Organisation, Session, SessionKind, Speaker, Venue

__all__ = [
    "KIND_LABELS",
    "LABELS",
    "agenda_lines",
    "kind_label",
    "label",
    "location_text",
    "organisation_text",
    "speaker_text",
]


def N_(message: str) -> str:
    """Mark ``message`` for ``pybabel extract`` (babel.cfg) without translating it here."""
    return message


#: English message ids of the kinds; the catalogues translate them.
KIND_LABELS: dict[SessionKind, str] = {
    SessionKind.PLENARY: N_("Plenary"),
    SessionKind.TALK: N_("Talk"),
    SessionKind.DEBATE: N_("Debate"),
    SessionKind.WORKSHOP: N_("Workshop"),
    SessionKind.GROUP_WORK: N_("Group work"),
    SessionKind.BREAK: N_("Break"),
    SessionKind.MEAL: N_("Meal"),
    SessionKind.REGISTRATION: N_("Registration"),
    SessionKind.MEETING: N_("Meeting"),
    SessionKind.SOCIAL: N_("Social"),
    SessionKind.OTHER: N_("Other"),
}

#: The other labels exports look up with :func:`label`, listed so extraction finds them.
LABELS: tuple[str, ...] = (
    N_("Speaker"),
    N_("Speakers"),
    N_("Organisations"),
    N_("Agenda"),
    N_("Programme"),
    N_("Track"),
    N_("Workshop round"),
    N_("Online"),
    N_("Online meeting"),
    N_("Links"),
)


@functools.cache
def label(locale: str, message: str) -> str:
    """``message`` in ``locale``, cached: exports ask for the same few labels thousands of times."""
    return translate(locale, message)


def kind_label(kind: SessionKind, locale: str) -> str:
    """The kind as a reader's word: "Pause", "Oplæg", "Innlegg"."""
    return label(locale, KIND_LABELS[kind])


def organisation_text(organisation: Organisation) -> str:
    return organisation.name


def speaker_text(speaker: Speaker) -> str:
    """ "Name, role, organisation", leaving out what is not known."""
    parts = [speaker.name]
    if speaker.role:
        parts.append(speaker.role)
    if speaker.organisation is not None:
        parts.append(organisation_text(speaker.organisation))
    return ", ".join(parts)


def agenda_lines(
    items: Iterable[AgendaItem], depth: int = 0, *, bullet: str = "- "
) -> Iterator[str]:
    """Agenda bullets as "- text" lines, nested ones indented by two spaces a level."""
    for item in items:
        yield f"{'  ' * depth}{bullet}{item.text}"
        yield from agenda_lines(item.children, depth + 1, bullet=bullet)


def location_text(session: Session | None, venue: Venue | None) -> str | None:
    """Room and venue as one line: "Lokale A, Egeskov Rådhus, Torvet 1, 5700 Egeskov".

    A venue that is only online gives its meeting link ("Zoom: https://…"),
    so calendars without support for a conference property still show it.
    """
    parts = []
    if session is not None and session.room:
        parts.append(session.room)
    if venue is not None:
        if venue.is_physical:
            parts.extend(p for p in (venue.name, venue.address) if p and p not in parts)
        elif venue.online_url:
            parts.append(
                f"{venue.platform}: {venue.online_url}" if venue.platform else venue.online_url
            )
        elif venue.platform:
            parts.append(venue.platform)
    return ", ".join(parts) or None
