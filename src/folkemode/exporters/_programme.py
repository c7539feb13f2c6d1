"""What the HTML page shows, worked out once in Python for the templates.

The templates only lay things out: days, the blocks of each day (a session
alone, or a workshop round with its parallel sessions side by side), and per
session the texts already formatted for the page's locale, the anchors, the
safe link targets and the calendar link. Texts a reader sees are made
:func:`~folkemode.exporters._linebreaks.breakable` here: long words get soft
hyphens and addresses ``<wbr>``, so they break where a reader expects. Each
view keeps the model object it was made from (``.session``, ``.round``,
``.event``) for themes that want more.

Formatting is cached per clock time and day, because a large programme
repeats the same few dozen start times thousands of times and babel's
formatting is the slow part of rendering.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import NamedTuple
from urllib.parse import urlsplit

from babel.dates import format_interval

from folkemode import i18n
from folkemode.exporters._linebreaks import LONG_WORD, breakable, needs_breaks
from folkemode.exporters._links import PAGE_SCHEMES, safe_url
from folkemode.exporters.jsonld import day_span
from folkemode.exporters.text import KIND_LABELS
from folkemode.model import (
    AgendaItem,
    Contact,
    Edition,
    Event,
    Organisation,
    Session,
    SessionKind,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
)
from folkemode.roles import MODERATOR_ROLES

__all__ = [
    "Clock",
    "DayView",
    "EditionView",
    "Link",
    "ModeratorView",
    "Page",
    "RoundView",
    "SessionView",
    "SpeakerView",
    "build_page",
]

#: Sessions the page shows as a slim row rather than a full entry.
QUIET_KINDS = frozenset({SessionKind.BREAK, SessionKind.MEAL, SessionKind.REGISTRATION})

_MODERATOR_STARTS = tuple(sorted(MODERATOR_ROLES))
_ROLE_PARTS = re.compile(r"\s*[,;]\s*")

CalendarLink = Callable[[Session], "Link | None"]


class Link:
    """A link as the page writes it: ``href`` is None when the target is not safe to follow."""

    __slots__ = ("download", "href", "text")

    def __init__(self, text: str, href: str | None, download: str | None = None) -> None:
        self.text = text
        self.href = href
        self.download = download


class Clock(NamedTuple):
    """A moment on the page: the ``datetime`` attribute and the text a reader sees."""

    iso: str
    text: str


class SpeakerView(NamedTuple):
    """A speaker as the page names them."""

    name: str
    role: str | None
    organisation: str | None


class ModeratorView(NamedTuple):
    """Who leads a session, named apart from its speakers: ``label`` is their role word."""

    label: str
    name: str
    role: str | None
    organisation: str | None


class SessionView(NamedTuple):
    """One session, ready to lay out.

    ``opens`` is the workshop round this session is the first card of, and
    ``closes`` says it is the last card of its round: the built-in template
    walks a day's sessions in one flat loop (``DayView.entries``), which is
    several times faster than a macro per session. It unpacks each view in
    its ``{% for %}`` (reading a tuple is faster than reading attributes), so
    a field added here is added there too; themes can use the names.
    """

    session: Session
    opens: RoundView | None
    closes: bool
    item_css: str
    css: str
    anchor: str
    track: Track | None
    track_label: str | None
    show_time: bool
    start: Clock | None
    end: Clock | None
    level: int
    title: str
    kind_label: str
    room: str | None
    room_label: str | None
    speakers: tuple[SpeakerView, ...]
    moderators: tuple[ModeratorView, ...]
    paragraphs: tuple[tuple[str, ...], ...]
    items: tuple[AgendaItem, ...]
    links: tuple[Link, ...]
    organisations: tuple[Link, ...]
    calendar: Link | None
    quiet: bool


class RoundView:
    """A workshop round: a time slot whose sessions run side by side."""

    __slots__ = ("anchor", "end", "name", "round", "sessions", "start")

    def __init__(self, round: WorkshopRound, first: Session, page: _PageBuilder):
        self.round = round
        self.name = breakable(round.name)
        self.anchor = "round-" + round.id
        self.sessions: list[SessionView] = []
        start = round.start or first.start
        end = round.end or (first.end if round.start is None else None)
        self.start = page.clock(start) if start is not None else None
        self.end = page.clock(end) if end is not None else None


class DayView:
    """One day of the programme: its heading, its blocks, and its sessions in page order."""

    __slots__ = ("anchor", "blocks", "day", "entries", "heading", "iso", "short")

    def __init__(
        self, day: date | None, blocks: list[SessionView | RoundView], page: _PageBuilder
    ) -> None:
        self.day = day
        self.blocks = blocks
        self.entries: list[SessionView] = []
        for block in blocks:
            if isinstance(block, RoundView):
                self.entries.extend(block.sessions)
            else:
                self.entries.append(block)
        self.iso = day.isoformat() if day is not None else None
        self.anchor = f"day-{self.iso}" if day is not None else "day-undated"
        self.heading = i18n.format_day(day, page.locale) if day is not None else None
        self.short = i18n.format_date(day, page.locale, "medium") if day is not None else None


class EditionView:
    """One dated occurrence of a recurring event."""

    __slots__ = ("dates", "edition", "name", "start", "venue")

    def __init__(self, edition: Edition, page: _PageBuilder) -> None:
        self.edition = edition
        self.name = breakable(edition.name) if edition.name else None
        self.start = edition.start.astimezone(page.zone).date().isoformat()
        self.dates = page.date_span(edition.start, edition.end)
        venue = edition.venue or page.event.venue
        where = (venue_name(venue) or venue.address or venue.platform) if venue else None
        self.venue = breakable(where) if where else None


class Page:
    """Everything the page template is given, besides the event itself."""

    __slots__ = (
        "calendar",
        "contacts",
        "dates",
        "days",
        "editions",
        "homepage",
        "lede",
        "name",
        "online",
        "organisers",
        "registration",
        "registration_deadline",
        "start",
        "times",
        "tracks",
        "venue",
    )

    def __init__(self, event: Event, page: _PageBuilder) -> None:
        self.days = page.days()
        used = {s.track for s in event.sessions if s.track is not None}
        self.tracks = tuple(t for t in event.tracks if t in used)
        self.name = breakable(event.name)
        self.dates = page.date_span(event.start, event.end)
        self.start = event.start.astimezone(page.zone).date().isoformat() if event.start else None
        self.lede = paragraphs(event.description)
        self.homepage = page_link(event.url) if event.url else None
        self.times = None
        if event.start is not None and not event.all_day and len(event.days) <= 1:
            self.times = (
                page.clock(event.start),
                (page.clock(event.end) if event.end is not None else None),
            )
        self.editions = tuple(EditionView(e, page) for e in event.editions)
        self.organisers = tuple(page.organisation(o) for o in event.organisers)
        self.contacts = tuple(contact_links(c) for c in event.contacts)
        venue = event.venue
        self.venue = physical_place(venue) if venue is not None else None
        self.online = online_link(venue) if venue is not None and venue.is_online else None
        self.registration = page_link(event.registration_url) if event.registration_url else None
        self.registration_deadline = (
            i18n.format_date(event.registration_deadline, page.locale, "long")
            if event.registration_deadline is not None
            else None
        )
        self.calendar = page.event_calendar_link()


class _PageBuilder:
    """Builds the views of one event in one locale, formatting each time and day once."""

    def __init__(
        self,
        event: Event,
        locale: str,
        gettext: Callable[[str], str],
        calendar_link: CalendarLink,
        event_calendar_link: Callable[[], Link | None],
    ) -> None:
        self.event = event
        self.locale = locale
        self.zone = event.zone
        self.calendar_link = calendar_link
        self.event_calendar_link = event_calendar_link
        self.kind_labels = kind_labels(gettext)
        self.track_word = gettext("Track")
        self.room_word = gettext("Room")
        # Keyed by id(): hashing attrs objects field by field costs more than it saves.
        self._track_labels: dict[int, str] = {}
        self._rooms: dict[str, tuple[str, str | None]] = {}
        self._roles: dict[str, tuple[str | None, str | None]] = {}
        self.css = {
            (kind, quiet): f"session kind-{kind.value}{' quiet' if quiet else ''}"
            for kind in SessionKind
            for quiet in (False, True)
        }
        self._clocks: dict[datetime, Clock] = {}
        self._texts: dict[time, str] = {}
        self._organisations: dict[int, Link] = {}

    def clock(self, moment: datetime) -> Clock:
        """The moment on the page; a programme repeats few distinct times, so each is made once."""
        clock = self._clocks.get(moment)
        if clock is None:
            local = moment.astimezone(self.zone)
            text = self._texts.get(local.time())
            if text is None:
                text = self._texts[local.time()] = i18n.format_time(local, self.locale)
            clock = self._clocks[moment] = Clock(local.isoformat(timespec="minutes"), text)
        return clock

    def date_span(self, start: datetime | None, end: datetime | None) -> str | None:
        if start is None:
            return None
        first, last = day_span(start, end, self.zone)
        if last == first:
            return i18n.format_day(first, self.locale)
        return format_interval(first, last, "yMMMMd", locale=self.locale)

    def organisation(self, organisation: Organisation) -> Link:
        link = self._organisations.get(id(organisation))
        if link is None:
            link = Link(breakable(organisation.name), safe_url(organisation.url))
            self._organisations[id(organisation)] = link
        return link

    def track_label(self, track: Track) -> str:
        """ "Spor: Nyvalgte", but "Spor A" alone: a name that says it is a track needs no label."""
        label = self._track_labels.get(id(track))
        if label is None:
            name = breakable(track.name)
            if not names_itself(track.name, self.track_word):
                name = f"{self.track_word}: {name}"
            label = self._track_labels[id(track)] = name
        return label

    def room(self, room: str) -> tuple[str, str | None]:
        """The room, and the label a screen reader hears before it (none for "Lokale C")."""
        found = self._rooms.get(room)
        if found is None:
            label = None if names_itself(room, self.room_word) else f"{self.room_word}: "
            found = self._rooms[room] = (breakable(room), label)
        return found

    def people(
        self, speakers: Sequence[Speaker]
    ) -> tuple[tuple[SpeakerView, ...], tuple[ModeratorView, ...]]:
        """A session's speakers, and apart from them those who lead it."""
        # One loop, no call per speaker but for what is new: a large programme has
        # thousands of speakers and a few dozen roles.
        roles = self._roles
        organisations = self._organisations
        shown: list[SpeakerView] = []
        leading: list[ModeratorView] = []
        for speaker in speakers:
            name = speaker.name
            if len(name) >= LONG_WORD:
                name = breakable(name)
            found = speaker.organisation
            organisation = (
                None
                if found is None
                else (organisations.get(id(found)) or self.organisation(found)).text
            )
            role = speaker.role
            if role:
                known = roles.get(role)
                if known is None:
                    known = roles[role] = role_view(role)
                label, role = known
                if label is not None:
                    leading.append(ModeratorView(label, name, role, organisation))
                    continue
            shown.append(SpeakerView(name, role, organisation))
        return tuple(shown), tuple(leading)

    def days(self) -> tuple[DayView, ...]:
        event = self.event
        by_day: dict[date | None, list[Session]] = {}
        for session in event.sessions:
            by_day.setdefault(session.day, []).append(session)
        ordered: list[date | None] = []
        ordered.extend(sorted(d for d in by_day if d is not None))
        if None in by_day:
            ordered.append(None)
        return tuple(DayView(day, self.blocks(by_day[day]), self) for day in ordered)

    def blocks(self, sessions: Sequence[Session]) -> list[SessionView | RoundView]:
        """Sessions in order, with a round's sessions gathered where its first one stands."""
        groups: list[Session | tuple[WorkshopRound, list[Session]]] = []
        rounds: dict[str, list[Session]] = {}
        for session in sessions:
            workshop_round = session.round
            if workshop_round is None:
                groups.append(session)
            elif workshop_round.id in rounds:
                rounds[workshop_round.id].append(session)
            else:
                rounds[workshop_round.id] = members = [session]
                groups.append((workshop_round, members))
        return [
            self.session(group) if isinstance(group, Session) else self.round(*group)
            for group in groups
        ]

    def round(self, workshop_round: WorkshopRound, sessions: list[Session]) -> RoundView:
        """A round and its sessions as cards, showing only the times that differ from its own."""
        view = RoundView(workshop_round, sessions[0], self)
        same = (view.start, view.end)
        last = len(sessions) - 1
        view.sessions.extend(
            self.session(session, view if n == 0 else None, n == last, same)
            for n, session in enumerate(sessions)
        )
        return view

    def session(
        self,
        session: Session,
        opens: RoundView | None = None,
        closes: bool = False,
        round_times: tuple[Clock | None, Clock | None] | None = None,
    ) -> SessionView:
        """The view of a session; ``round_times`` are those of the round it is a card of."""
        kind = session.kind
        quiet = kind in QUIET_KINDS and not (
            session.speakers or session.description or session.items
        )
        start, end = session.start, session.end
        start_clock = self.clock(start) if start is not None else None
        end_clock = self.clock(end) if end is not None else None
        track = session.track
        room = session.room
        room, room_label = (self._rooms.get(room) or self.room(room)) if room else (None, None)
        speakers, moderators = self.people(session.speakers) if session.speakers else ((), ())
        title, description = session.title, session.description
        # Most titles and descriptions have no word long enough to need breaks: one test
        # for both says so.
        breaks = needs_breaks(f"{title}\n{description}" if description else title)
        # Fields in order (keyword arguments would cost a third of this method again).
        return SessionView(
            session,
            opens,
            closes,
            # item_css
            "card" if round_times is not None else "block quiet-block" if quiet else "block",
            self.css[kind, quiet],  # css
            "session-" + session.id,  # anchor
            track,
            self.track_label(track) if track is not None else None,
            # show_time: a card shows its times when they are not its round's
            start_clock is not None
            and (round_times is None or round_times != (start_clock, end_clock)),
            start_clock,
            end_clock,
            3 if round_times is None else 4,  # level
            breakable(title) if breaks else title,
            self.kind_labels[kind],
            room,
            room_label,
            speakers,
            moderators,
            paragraphs(description, breaks),
            session.items,
            tuple(map(page_link, session.links)) if session.links else (),
            tuple(map(self.organisation, session.organisations)) if session.organisations else (),
            # A quiet row hides its actions: its calendar would be bytes nobody gets.
            None if quiet else self.calendar_link(session),
            quiet,
        )


def build_page(
    event: Event,
    locale: str,
    gettext: Callable[[str], str],
    calendar_link: CalendarLink,
    event_calendar_link: Callable[[], Link | None],
) -> Page:
    """The views of ``event`` for a page in ``locale``."""
    return Page(event, _PageBuilder(event, locale, gettext, calendar_link, event_calendar_link))


def kind_labels(gettext: Callable[[str], str]) -> dict[SessionKind, str]:
    """The label shown for each kind of session ("" for a session of no particular kind)."""
    return {
        kind: "" if kind is SessionKind.OTHER else gettext(message)
        for kind, message in KIND_LABELS.items()
    }


def names_itself(name: str, word: str) -> bool:
    """Whether ``name`` holds ``word`` as a word of its own ("Spor A", "kommunalt spor")."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", name, re.IGNORECASE) is not None


def role_view(role: str) -> tuple[str | None, str | None]:
    """A speaker's role as the page shows it: the label of a moderator ("Ordstyrer", from
    "ordstyrer, journalist") and what is left of the role, or None and the role."""
    if role.lower().startswith(_MODERATOR_STARTS):  # only then split it
        first, *rest = _ROLE_PARTS.split(role.strip(), maxsplit=1)
        if first.casefold() in MODERATOR_ROLES:
            return first[:1].upper() + first[1:], breakable(rest[0]) if rest else None
    return None, breakable(role)


def venue_name(venue: Venue) -> str | None:
    """The venue's name without the meeting link some programmes write into it
    ("digitalt på Teams: https://…"): the page shows that link once, as the online link."""
    name = venue.name
    if name and venue.online_url and venue.online_url in name:
        name = name.replace(venue.online_url, " ").strip(" \t:;,–-") or None
    return name


def physical_place(venue: Venue) -> tuple[str | None, str | None] | None:
    """The venue's name and address as the page shows them, or None for a place online only."""
    name = venue_name(venue)
    if name is not None and venue.platform and name.casefold() == venue.platform.casefold():
        name = None
    if name is None and venue.address is None:
        return None
    return (
        breakable(name) if name else None,
        breakable(venue.address) if venue.address else None,
    )


def online_link(venue: Venue) -> Link:
    """The online meeting, named by its platform or its web address's host, not the raw link."""
    url = venue.online_url
    href = safe_url(url) if url else None
    host = None
    if href and url and not venue.platform:
        try:
            host = urlsplit(url).hostname
        except ValueError:  # no host to name it by: the address itself, then
            host = None
    return Link(breakable(venue.platform or host or url or ""), href)


def paragraphs(text: str | None, breaks: bool = True) -> tuple[tuple[str, ...], ...]:
    """Paragraphs (split at blank lines), each as its lines, ready to show; ``breaks=False``
    says the text has no word that needs :func:`breakable`."""
    if not text:
        return ()
    shown = breakable if breaks else str
    if "\n" not in text and "\r" not in text:
        line = text.strip()
        return ((shown(line),),) if line else ()
    blocks = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = tuple(shown(line.strip()) for line in block.split("\n") if line.strip())
        if lines:
            blocks.append(lines)
    return tuple(blocks)


@functools.lru_cache(maxsize=4096)
def page_link(url: str) -> Link:
    """A link from the programme: followable only when it is http, https or mailto."""
    return Link(breakable(url), safe_url(url, PAGE_SCHEMES))


def contact_links(contact: Contact) -> tuple[Contact, Link | None]:
    """A contact with a mailto link for their e-mail address, when it makes one."""
    if not contact.email:
        return contact, None
    return contact, Link(
        breakable(contact.email), safe_url("mailto:" + contact.email, PAGE_SCHEMES)
    )
