"""The programme model: frozen attrs classes, no I/O, no formats.

An :class:`Event` holds one flat, time-ordered list of :class:`Session`
objects. Parallel sessions share a :class:`WorkshopRound`; strands share a
:class:`Track`. Every identifiable thing has a stable ``id`` derived from the
content that identifies it (date and title), never from its position, so a
re-imported programme keeps the ids of the sessions that did not change.

>>> from folkemode import Event
>>> event = Event.example()
>>> [day.isoformat() for day in event.days]
['2025-11-13', '2025-11-14']
"""

from __future__ import annotations

import enum
import zoneinfo
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from attrs import Attribute, evolve, field, frozen

from folkemode import values
from folkemode.errors import InvalidValue
from folkemode.ids import in_session_order, session_id, session_order, slugify

__all__ = [
    "SUPPORTED_LOCALES",
    "AgendaItem",
    "Contact",
    "Edition",
    "Event",
    "Organisation",
    "Price",
    "Session",
    "SessionKind",
    "SessionStatus",
    "Speaker",
    "Track",
    "Venue",
    "WorkshopRound",
    "slugify",
]

#: Locales a programme can be written in (``en`` for English-language events).
SUPPORTED_LOCALES = ("da", "nb", "nn", "en")


class SessionKind(enum.StrEnum):
    """What sort of programme item a session is."""

    PLENARY = "plenary"
    TALK = "talk"
    DEBATE = "debate"
    WORKSHOP = "workshop"
    GROUP_WORK = "group_work"
    BREAK = "break"
    MEAL = "meal"
    REGISTRATION = "registration"
    MEETING = "meeting"
    """A formal meeting: general assembly, årsmøte, fylkesmøte, delegeretmøde."""
    SOCIAL = "social"
    OTHER = "other"


class SessionStatus(enum.StrEnum):
    """Whether a session takes place as published (schema.org's EventStatusType)."""

    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    """Called off; kept in the programme so calendars can show it cancelled."""
    RESCHEDULED = "rescheduled"
    """Moved to another time; ``previous_start`` says when it was to be."""
    MOVED_ONLINE = "moved_online"
    """Takes place online instead of where it was to be."""


# -- validators ---------------------------------------------------------------
# What each field takes is checked by its converter (folkemode.values); these
# check what concerns several fields, or a value against a list.


def _where(instance: Any, attribute: Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.alias or attribute.name}"


def _end_not_before_start(instance: Any, attribute: Attribute[Any], end: datetime | None) -> None:
    start = instance.start
    if start is None or end is None:
        return
    # Real instants, not wall clocks: Python compares two times of one zone by their wall
    # clock, so 03.15 would pass as after 02.30 on the night the clocks skip 02.00-03.00.
    # At one offset of one zone (most sessions) the wall clocks order as the instants do,
    # and comparing them costs less than the two timestamps.
    if start.tzinfo is end.tzinfo and start.utcoffset() == end.utcoffset():
        before = end < start
    else:
        before = end.timestamp() < start.timestamp()
    if before:
        raise InvalidValue(
            _where(instance, attribute),
            "an end not before the start",
            detail=f"end {end.isoformat()} is before start {start.isoformat()}",
        )


def _locale(instance: Any, attribute: Attribute[Any], value: str) -> None:
    if value in SUPPORTED_LOCALES:
        return
    # A plugin may teach folkemode another language (the register_locales hook);
    # i18n (and babel) is imported only then, so ``import folkemode`` stays light.
    from folkemode import i18n

    known = i18n.known_locales()
    if value not in known:
        raise InvalidValue(
            _where(instance, attribute),
            f"one of {', '.join(known)}",
            detail=f"locale {value!r} is not supported; expected one of {', '.join(known)}",
        )


def _timezone(instance: Any, attribute: Attribute[Any], value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InvalidValue(
            _where(instance, attribute),
            "an IANA time zone",
            detail=f"timezone {value!r} is not an IANA time zone such as 'Europe/Copenhagen'",
        ) from None


def _session_kind(value: SessionKind | str, label: str = "kind") -> SessionKind:
    # A kind given as a kind is kept: calling the enum costs more than the whole check.
    return value if type(value) is SessionKind else values.member(SessionKind, value, label)


def _session_status(value: SessionStatus | str, label: str = "status") -> SessionStatus:
    return value if type(value) is SessionStatus else values.member(SessionStatus, value, label)


# -- small things ----------------------------------------------------------------


@frozen(kw_only=True, field_transformer=values.label_converters)
class Organisation:
    """An organisation: a municipality, a party, a committee, a company.

    >>> Organisation(name="Kommunernes Landsforening", short_name="KL").id
    'kommunernes-landsforening'
    """

    name: str = field(converter=values.text)
    short_name: str | None = field(default=None, converter=values.optional_text)
    url: str | None = field(default=None, converter=values.optional_text)

    @property
    def id(self) -> str:
        return slugify(self.name)


def _organisation_named(name: str) -> Organisation:
    return Organisation(name=name)


_AN_ORGANISATION = "an Organisation (or its name as a string)"


def _organisation(
    value: Organisation | str | None, label: str = "organisation"
) -> Organisation | None:
    if value is None or type(value) is Organisation:
        return value
    return values.one_of(
        value, Organisation, label, from_text=_organisation_named, what=_AN_ORGANISATION
    )


def _organisations(
    value: Iterable[Organisation | str], label: str = "organisations"
) -> tuple[Organisation, ...]:
    if type(value) is tuple and not value:
        return value  # none: as collection gives it back, without the call (see _speakers)
    return values.collection(
        value, Organisation, label, from_text=_organisation_named, what=_AN_ORGANISATION
    )


@frozen(kw_only=True, field_transformer=values.label_converters)
class Speaker:
    """A person on the programme, with their role and organisation.

    >>> Speaker(name="Ida Holm", role="borgmester").role
    'borgmester'
    """

    name: str = field(converter=values.text)
    role: str | None = field(default=None, converter=values.optional_text)
    organisation: Organisation | None = field(default=None, converter=_organisation)

    @property
    def id(self) -> str:
        return slugify(self.name)


def _speaker_named(name: str) -> Speaker:
    return Speaker(name=name)


def _speakers(value: Iterable[Speaker | str], label: str = "speakers") -> tuple[Speaker, ...]:
    if type(value) is tuple and not value:
        # No one, as most sessions have: what collection gives back as it is, told here,
        # as every session asks (and so for its organisations and agenda items).
        return value
    return values.collection(
        value, Speaker, label, from_text=_speaker_named, what="a Speaker (or a name as a string)"
    )


@frozen(kw_only=True, field_transformer=values.label_converters)
class Contact:
    """Whom to ask: a name with e-mail and/or phone and what they do."""

    name: str = field(converter=values.text)
    email: str | None = field(default=None, converter=values.optional_text)
    phone: str | None = field(default=None, converter=values.optional_text)
    role: str | None = field(default=None, converter=values.optional_text)


def _contact_named(name: str) -> Contact:
    return Contact(name=name)


def _contacts(value: Iterable[Contact | str], label: str = "contacts") -> tuple[Contact, ...]:
    return values.collection(
        value, Contact, label, from_text=_contact_named, what="a Contact (or a name as a string)"
    )


@frozen(kw_only=True, field_transformer=values.label_converters)
class Venue:
    """Where an event happens: a physical place, an online meeting, or both.

    >>> Venue(online_url="https://zoom.us/j/1", platform="Zoom").is_online
    True
    """

    name: str | None = field(default=None, converter=values.optional_text)
    address: str | None = field(default=None, converter=values.optional_text)
    online_url: str | None = field(default=None, converter=values.optional_text)
    platform: str | None = field(default=None, converter=values.optional_text)
    online: bool = field(default=False, converter=values.flag)
    """True for an online event even when the text names no meeting URL."""

    def __attrs_post_init__(self) -> None:
        if not (self.name or self.address or self.online_url or self.platform or self.online):
            raise InvalidValue(
                "Venue",
                "a name, an address or an online meeting",
                detail="a venue needs a name, an address or an online meeting",
            )

    @property
    def is_online(self) -> bool:
        return bool(self.online or self.online_url or self.platform)

    @property
    def is_physical(self) -> bool:
        return bool(self.address or (self.name and self.name != self.platform))

    @property
    def is_hybrid(self) -> bool:
        return self.is_online and self.is_physical


def _venue_named(name: str) -> Venue:
    return Venue(name=name)


def _venue(value: Venue | str | None, label: str = "venue") -> Venue | None:
    if value is None:
        return None
    return values.one_of(
        value, Venue, label, from_text=_venue_named, what="a Venue (or a place's name as a string)"
    )


@frozen(kw_only=True, field_transformer=values.label_converters)
class Price:
    """What it costs to take part, as stated, plus the amount when it is clear.

    >>> Price(text="Gratis", amount=Decimal(0)).is_free
    True
    """

    text: str = field(converter=values.text)
    amount: Decimal | None = field(default=None, converter=values.amount)
    currency: str | None = field(default=None, converter=values.optional_text)

    @property
    def is_free(self) -> bool:
        return self.amount is not None and self.amount == 0


def _price_stated(text: str) -> Price:
    return Price(text=text)


def _price(value: Price | str | None, label: str = "price") -> Price | None:
    if value is None:
        return None
    return values.one_of(
        value, Price, label, from_text=_price_stated, what="a Price (or its text as a string)"
    )


def _item_stated(text: str) -> AgendaItem:
    return AgendaItem(text=text)


def _agenda(value: Iterable[AgendaItem | str], label: str = "items") -> tuple[AgendaItem, ...]:
    if type(value) is tuple and not value:
        return value  # none: as collection gives it back, without the call (see _speakers)
    return values.collection(
        value, AgendaItem, label, from_text=_item_stated, what="an AgendaItem (or its text)"
    )


@frozen(kw_only=True, field_transformer=values.label_converters)
class AgendaItem:
    """A bullet point of a session's agenda; bullets may nest."""

    text: str = field(converter=values.text)
    children: tuple[AgendaItem, ...] = field(default=(), converter=_agenda)

    def __attrs_post_init__(self) -> None:
        if self.children and _depth(self) > values.MAX_AGENDA_DEPTH:
            raise InvalidValue(
                "AgendaItem.children",
                "fewer levels",
                detail=f"expected agenda items nested at most {values.MAX_AGENDA_DEPTH} "
                "levels deep",
            )


def _depth(item: AgendaItem) -> int:
    """How many levels ``item`` and the items under it take (1 for an item alone)."""
    level, deepest, below = 1, 1, list(item.children)
    while below:
        level += 1
        deepest = level
        below = [child for parent in below for child in parent.children]
    return deepest


@frozen(kw_only=True, field_transformer=values.label_converters)
class Track:
    """A named strand of a programme ("kommunalt spor", "Spor A")."""

    name: str = field(converter=values.text)
    id: str = field(converter=values.text)
    description: str | None = field(default=None, converter=values.paragraphs)

    @id.default
    def _id_from_name(self) -> str:
        return slugify(self.name)


def _track_named(name: str) -> Track:
    return Track(name=name)


_A_TRACK = "a Track (or its name as a string)"


def _track(value: Track | str | None, label: str = "track") -> Track | None:
    if value is None or type(value) is Track:
        return value
    return values.one_of(value, Track, label, from_text=_track_named, what=_A_TRACK)


def _tracks(value: Iterable[Track | str], label: str = "tracks") -> tuple[Track, ...]:
    return values.collection(value, Track, label, from_text=_track_named, what=_A_TRACK)


@frozen(kw_only=True, field_transformer=values.label_converters)
class WorkshopRound:
    """A time slot of parallel sessions ("Workshops runde #1", "Parallelle sesjoner")."""

    name: str = field(converter=values.text)
    start: datetime | None = field(default=None, converter=values.moment)
    end: datetime | None = field(
        default=None, converter=values.moment, validator=_end_not_before_start
    )
    id: str = field(converter=values.text)

    @id.default
    def _id_from_content(self) -> str:
        prefix = f"{self.start:%Y%m%d-%H%M}-" if self.start else ""
        return prefix + slugify(self.name)


def _round_named(name: str) -> WorkshopRound:
    return WorkshopRound(name=name)


_A_ROUND = "a WorkshopRound (or its name as a string)"


def _round(value: WorkshopRound | str | None, label: str = "round") -> WorkshopRound | None:
    if value is None or type(value) is WorkshopRound:
        return value
    return values.one_of(value, WorkshopRound, label, from_text=_round_named, what=_A_ROUND)


def _rounds(
    value: Iterable[WorkshopRound | str], label: str = "rounds"
) -> tuple[WorkshopRound, ...]:
    return values.collection(value, WorkshopRound, label, from_text=_round_named, what=_A_ROUND)


@frozen(kw_only=True, field_transformer=values.label_converters)
class Edition:
    """One dated occurrence of a recurring event (a yearly course, say)."""

    start: datetime = field(converter=values.required_moment)
    end: datetime | None = field(
        default=None, converter=values.moment, validator=_end_not_before_start
    )
    name: str | None = field(default=None, converter=values.optional_text)
    venue: Venue | None = field(default=None, converter=_venue)
    id: str = field(converter=values.text)

    @id.default
    def _id_from_start(self) -> str:
        return f"{self.start:%Y%m%d}"


def _editions(value: Iterable[Edition], label: str = "editions") -> tuple[Edition, ...]:
    return values.collection(value, Edition, label, what="an Edition")


@frozen(kw_only=True, field_transformer=values.label_converters)
class Session:
    """One item of a programme.

    ``start`` and ``end`` are aware datetimes or ``None`` when the text gives
    no time; ``day`` is the calendar day the session belongs to (from
    ``start`` when there is one). The ``id`` comes from day and title.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> s = Session(title="Frokost", kind=SessionKind.MEAL,
    ...             start=datetime(2025, 11, 13, 12, tzinfo=ZoneInfo("Europe/Copenhagen")))
    >>> s.id, s.day.isoformat()
    ('20251113-frokost', '2025-11-13')
    """

    title: str = field(converter=values.text)
    start: datetime | None = field(default=None, converter=values.moment)
    end: datetime | None = field(
        default=None, converter=values.moment, validator=_end_not_before_start
    )
    day: date | None = field(converter=values.day)
    kind: SessionKind = field(default=SessionKind.OTHER, converter=_session_kind)
    track: Track | None = field(default=None, converter=_track)
    round: WorkshopRound | None = field(default=None, converter=_round)
    room: str | None = field(default=None, converter=values.optional_text)
    speakers: tuple[Speaker, ...] = field(default=(), converter=_speakers)
    organisations: tuple[Organisation, ...] = field(default=(), converter=_organisations)
    description: str | None = field(default=None, converter=values.paragraphs)
    items: tuple[AgendaItem, ...] = field(default=(), converter=_agenda)
    links: tuple[str, ...] = field(default=(), converter=values.links)
    id: str = field(converter=values.text)
    status: SessionStatus = field(default=SessionStatus.SCHEDULED, converter=_session_status)
    revision: int = field(default=0, converter=values.count)
    """How many times the session was changed since it was first published (ICS SEQUENCE)."""
    previous_start: datetime | None = field(default=None, converter=values.moment)
    """When a rescheduled session was to start."""
    updated: datetime | None = field(default=None, converter=values.moment)
    """When the session last changed (ICS LAST-MODIFIED)."""

    @day.default
    def _day_from_start(self) -> date | None:
        return self.start.date() if self.start is not None else None

    @id.default
    def _id_from_content(self) -> str:
        return session_id(self.title, self.day)

    @day.validator
    def _day_matches_start(self, _: Attribute[Any], value: date | None) -> None:
        if self.start is not None and value != self.start.date():
            raise InvalidValue(
                "Session.day",
                "the day of the start",
                detail=f"day {value} does not match start {self.start.isoformat()}",
            )

    @property
    def duration(self) -> timedelta | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start


def _order_sessions(sessions: Iterable[Session], label: str = "sessions") -> tuple[Session, ...]:
    """Sort sessions by time and make their ids unique (see :func:`session_order`)."""
    given = list(values.collection(sessions, Session, label, what="a Session"))
    keys = [(s.start, s.day, s.id) for s in given]
    if in_session_order(keys):
        return tuple(given)  # the importer hands them over so, with their final ids
    ordered = []
    for position, identifier in session_order(keys):
        session = given[position]
        if identifier != session.id:
            session = evolve(session, id=identifier)
        ordered.append(session)
    return tuple(ordered)


# -- the event -----------------------------------------------------------------


@frozen(kw_only=True, field_transformer=values.label_converters)
class Event:
    """A whole programme: the meeting, where and when, and its sessions.

    Build one directly, import one with :func:`folkemode.loads`, or take the
    shipped example:

    >>> event = Event.example()
    >>> event.name
    'Kommunalpolitisk Efterårsseminar 2025'
    >>> len(event.parallel_sessions(event.rounds[0]))
    3
    """

    name: str = field(converter=values.text)
    start: datetime | None = field(default=None, converter=values.moment)
    end: datetime | None = field(
        default=None, converter=values.moment, validator=_end_not_before_start
    )
    all_day: bool = field(default=False, converter=values.flag)
    """True when only the dates are known: start and end are then midnight."""
    timezone: str = field(default="Europe/Copenhagen", converter=values.text, validator=_timezone)
    locale: str = field(default="da", converter=values.text, validator=_locale)
    venue: Venue | None = field(default=None, converter=_venue)
    organisers: tuple[Organisation, ...] = field(default=(), converter=_organisations)
    contacts: tuple[Contact, ...] = field(default=(), converter=_contacts)
    tracks: tuple[Track, ...] = field(default=(), converter=_tracks)
    rounds: tuple[WorkshopRound, ...] = field(default=(), converter=_rounds)
    sessions: tuple[Session, ...] = field(default=(), converter=_order_sessions)
    editions: tuple[Edition, ...] = field(default=(), converter=_editions)
    description: str | None = field(default=None, converter=values.paragraphs)
    url: str | None = field(default=None, converter=values.optional_text)
    price: Price | None = field(default=None, converter=_price)
    registration_url: str | None = field(default=None, converter=values.optional_text)
    registration_deadline: date | None = field(default=None, converter=values.day)
    id: str = field(converter=values.text)
    updated: datetime | None = field(default=None, converter=values.moment)
    """When this version of the programme was published (ICS DTSTAMP and LAST-MODIFIED)."""

    @id.default
    def _id_from_content(self) -> str:
        slug = slugify(self.name)
        if self.start is not None and str(self.start.year) not in slug:
            slug = f"{slug}-{self.start.year}"
        return slug

    def __attrs_post_init__(self) -> None:
        # What the sessions refer to and when they run, completed where not given.
        # (The class is frozen; these set fields once, while it is being made.)
        in_zone = _in_zone(self.sessions, zoneinfo.ZoneInfo(self.timezone))
        if in_zone is not None:
            object.__setattr__(self, "sessions", _order_sessions(in_zone))
        tracks, rounds = _referenced(self.tracks, self.rounds, self.sessions)
        if tracks is not self.tracks:
            object.__setattr__(self, "tracks", tracks)
        if rounds is not self.rounds:
            object.__setattr__(self, "rounds", rounds)
        problems = list(self._reference_problems())
        if problems:
            raise InvalidValue("Event", "consistent references", detail="; ".join(problems))
        if self.start is None or self.end is None:
            first, last = _frame(self.sessions)
            if self.start is None and first is not None:
                object.__setattr__(self, "start", first)
            if (
                self.end is None
                and last is not None
                and self.start is not None
                and last.timestamp() >= self.start.timestamp()
            ):
                object.__setattr__(self, "end", last)

    def _reference_problems(self) -> Iterator[str]:
        for name, things in (("track", self.tracks), ("round", self.rounds)):
            counts = Counter(thing.id for thing in things)
            for duplicate in sorted(i for i, n in counts.items() if n > 1):
                yield f"two {name}s share the id {duplicate!r}"

    # -- building ----------------------------------------------------------------

    def evolve(self, **changes: Any) -> Event:
        """A copy of the event with ``changes``, like :func:`attrs.evolve`.

        Unlike ``attrs.evolve``, a start and end that came from the sessions
        (because none were given) follow the new sessions, and tracks and
        rounds the new sessions refer to are added to the event's.

        >>> event = Event.example()
        >>> later = event.evolve(name="Efterårsseminar 2025 (ny dato)")
        >>> later.name, later.sessions == event.sessions
        ('Efterårsseminar 2025 (ny dato)', True)
        """
        if "sessions" in changes:
            first, last = _frame(self.sessions)
            if "start" not in changes and self.start is not None and self.start == first:
                changes["start"] = None
            if "end" not in changes and self.end is not None and self.end == last:
                changes["end"] = None
        return evolve(self, **changes)

    def with_sessions(self, *sessions: Session) -> Event:
        """A copy of the event with ``sessions`` added, each in its place in time.

        No session the event has already changes its id: an added session
        whose id is taken (a second "Pause" that day) is told apart by its start.

        >>> from datetime import datetime
        >>> event = Event.example()
        >>> coffee = Session(title="Kaffe", start=datetime(2025, 11, 13, 15,
        ...                  tzinfo=event.zone), kind="break")
        >>> bigger = event.with_sessions(coffee)
        >>> len(bigger.sessions) - len(event.sessions), bigger.session(coffee.id).title
        (1, 'Kaffe')
        """
        taken = {s.id for s in self.sessions}
        added = []
        for session in sessions:
            if not isinstance(session, Session):
                hint = " (give the sessions one by one: with_sessions(*sessions))"
                raise InvalidValue(
                    "Event.with_sessions",
                    "a Session",
                    detail=f"expected a Session, got {type(session).__name__}"
                    + (hint if isinstance(session, list | tuple) else ""),
                )
            if session.id in taken:
                session = evolve(session, id=_free_id(session, taken))
            taken.add(session.id)
            added.append(session)
        return self.evolve(sessions=(*self.sessions, *added))

    def without_sessions(self, *ids: str) -> Event:
        """A copy of the event without the sessions of these ids (``KeyError`` if unknown).

        >>> event = Event.example()
        >>> first = event.sessions[0].id
        >>> first in {s.id for s in event.without_sessions(first).sessions}
        False
        """
        known = {s.id for s in self.sessions}
        missing = [i for i in ids if i not in known]
        if missing:
            raise KeyError(f"the event has no session with the id {missing[0]!r}")
        gone = set(ids)
        kept = tuple(s for s in self.sessions if s.id not in gone)
        # a round or track only the removed sessions were in goes with them
        left = {s.round for s in kept} | {s.track for s in kept}
        dropped = {s.round for s in self.sessions if s.id in gone} | {
            s.track for s in self.sessions if s.id in gone
        }
        orphans = dropped - left
        return self.evolve(
            sessions=kept,
            rounds=tuple(r for r in self.rounds if r not in orphans),
            tracks=tuple(t for t in self.tracks if t not in orphans),
        )

    def replace_session(self, id: str, session: Session | None = None, **changes: Any) -> Event:
        """A copy of the event with the session ``id`` replaced or changed.

        Give a whole new ``session``, or the ``changes`` to make to the old one
        (as :func:`attrs.evolve` takes them). The session keeps its id unless
        the new session or the changes give another, so its calendar entry
        and page anchor stay the same.

        >>> from datetime import timedelta
        >>> event = Event.example()
        >>> lunch = next(s for s in event.sessions if s.title == "Frokost")
        >>> moved = event.replace_session(lunch.id, start=lunch.start + timedelta(minutes=30),
        ...                               end=lunch.end + timedelta(minutes=30))
        >>> moved.session(lunch.id).start - lunch.start
        datetime.timedelta(seconds=1800)
        """
        old = self.session(id)
        if session is None:
            if "start" in changes and "day" not in changes and changes["start"] is not None:
                changes["day"] = values.required_moment(changes["start"], "Session.start").date()
            new = evolve(old, **changes)
        elif changes:
            raise TypeError("replace_session takes a new session or changes, not both")
        elif not isinstance(session, Session):
            raise InvalidValue("Event.replace_session", "a Session", session)
        else:
            new = session if _id_given(session) else evolve(session, id=old.id)
        return self.evolve(sessions=tuple(new if s is old else s for s in self.sessions))

    # -- derived views ---------------------------------------------------------

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The event's time zone as a ``ZoneInfo``."""
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def days(self) -> tuple[date, ...]:
        """Every calendar day with sessions, or the days from start to end."""
        days = {s.day for s in self.sessions if s.day is not None}
        if not days and self.start is not None:
            first = self.start.astimezone(self.zone).date()
            last = self.end.astimezone(self.zone).date() if self.end is not None else first
            if (
                self.end is not None
                and not self.all_day
                and self.end.astimezone(self.zone).time() == _MIDNIGHT
            ):
                last = max(first, last - timedelta(days=1))
            days = {first + timedelta(days=n) for n in range((last - first).days + 1)}
        return tuple(sorted(days))

    def sessions_on(self, day: date) -> tuple[Session, ...]:
        """The sessions of one calendar day, in programme order."""
        return tuple(s for s in self.sessions if s.day == day)

    def parallel_sessions(self, round: WorkshopRound) -> tuple[Session, ...]:
        """The sessions running side by side in one workshop round."""
        return tuple(s for s in self.sessions if s.round == round)

    def track_sessions(self, track: Track) -> tuple[Session, ...]:
        """The sessions of one track."""
        return tuple(s for s in self.sessions if s.track == track)

    def session(self, id: str) -> Session:
        """The session with this id; ``KeyError`` when there is none."""
        for s in self.sessions:
            if s.id == id:
                return s
        raise KeyError(id)

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Everyone on the programme once, in order of first appearance."""
        return tuple(_unique(sp for s in self.sessions for sp in s.speakers))

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        """Organisers, then every organisation named in sessions, each once."""
        found: list[Organisation] = list(self.organisers)
        for s in self.sessions:
            found.extend(s.organisations)
            found.extend(sp.organisation for sp in s.speakers if sp.organisation is not None)
        by_id: dict[str, Organisation] = {}
        for org in found:
            by_id.setdefault(org.id, org)
        return tuple(by_id.values())

    @classmethod
    def example(cls) -> Event:
        """A small shipped example: a two-day Danish seminar.

        It has a workshop round, a track, speakers with roles and
        organisations, a break and a meal, and a hybrid venue with a Zoom
        link, so documentation and tests have real data without any I/O.
        """
        from folkemode._example import example_event

        return example_event()


_MIDNIGHT = datetime.min.time()


def _in_zone(sessions: tuple[Session, ...], zone: zoneinfo.ZoneInfo) -> list[Session] | None:
    """The sessions with their times in the event's zone, or None when they are already.

    A session given in another zone ("…T23:30Z" for a Copenhagen event) belongs
    to the day it is on where the event is (as it is when the event is read
    back from any format); its id, once made, stays.
    """
    if all(s.start is None or s.start.tzinfo is zone for s in sessions):
        return None
    result = []
    for session in sessions:
        start = session.start
        if start is None or start.tzinfo is zone:
            result.append(session)
            continue
        local = start.astimezone(zone)
        end = session.end.astimezone(zone) if session.end is not None else None
        # the id stays: made once, it names the session whatever zone it is seen in
        result.append(evolve(session, start=local, end=end, day=local.date(), id=session.id))
    return result


def _referenced(
    tracks: tuple[Track, ...], rounds: tuple[WorkshopRound, ...], sessions: tuple[Session, ...]
) -> tuple[tuple[Track, ...], tuple[WorkshopRound, ...]]:
    """The event's tracks and rounds, with those its sessions refer to added (in order)."""
    # Sets, so a programme with thousands of sessions is gone through in linear time.
    known_tracks, known_rounds = set(tracks), set(rounds)
    more_tracks: dict[Track, None] = {}
    more_rounds: dict[WorkshopRound, None] = {}
    for session in sessions:
        if session.track is not None and session.track not in known_tracks:
            more_tracks[session.track] = None
        if session.round is not None and session.round not in known_rounds:
            more_rounds[session.round] = None
    if more_tracks:
        tracks = (*tracks, *more_tracks)
    if more_rounds:
        rounds = (*rounds, *more_rounds)
    return tracks, rounds


def _frame(sessions: Iterable[Session]) -> tuple[datetime | None, datetime | None]:
    """When the timed sessions begin and end (the last end, or the last start)."""
    first: datetime | None = None
    last: datetime | None = None
    for session in sessions:
        start = session.start
        if start is None:
            continue
        if first is None or start.timestamp() < first.timestamp():
            first = start
        finish = session.end or (session.round.end if session.round is not None else None) or start
        if last is None or finish.timestamp() > last.timestamp():
            last = finish
    return first, last


def _free_id(session: Session, taken: set[str]) -> str:
    """An id for ``session`` that no other session has: its start added, then a number."""
    base = session.id
    if session.start is not None:
        base = f"{base}-{session.start:%H%M}"
    identifier, count = base, 1
    while identifier in taken:
        count += 1
        identifier = f"{base}-{count}"
    return identifier


def _id_given(session: Session) -> bool:
    """True when ``session`` has an id other than the one its day and title make."""
    return session.id != session_id(session.title, session.day)


def _unique(things: Iterable[Speaker]) -> Iterator[Speaker]:
    seen: set[Speaker] = set()
    for thing in things:
        if thing not in seen:
            seen.add(thing)
            yield thing
