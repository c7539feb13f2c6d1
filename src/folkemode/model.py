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
import functools
import itertools
import re
import unicodedata
import zoneinfo
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from attrs import Attribute, evolve, field, frozen

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
    "Speaker",
    "Track",
    "Venue",
    "WorkshopRound",
    "slugify",
]

#: Locales a programme can be written in (``en`` for English-language events).
SUPPORTED_LOCALES = ("da", "nb", "nn", "en")

_TRANSLITERATE = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", "ß": "ss"}
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 60) -> str:
    """A lower-case ASCII slug for ids and anchors.

    >>> slugify("Kommuneplan – gode mærkesager!")
    'kommuneplan-gode-maerkesager'
    """
    if not text.isascii():  # ASCII text has no letters to spell out and no accents to drop
        for letter, spelling in _TRANSLITERATE.items():
            if letter in text:  # faster than str.translate, which goes through every character
                text = text.replace(letter, spelling)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "x"


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


# -- validators ---------------------------------------------------------------


def _aware(_: Any, attribute: Attribute[Any], value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(
            f"{attribute.name} must be a time-zone aware datetime, got naive {value.isoformat()}"
        )


def _end_not_before_start(instance: Any, _: Attribute[Any], end: datetime | None) -> None:
    start = instance.start
    # Real instants, not wall clocks: Python compares two times of one zone by their wall
    # clock, so 03.15 would pass as after 02.30 on the night the clocks skip 02.00-03.00.
    if start is not None and end is not None and end.timestamp() < start.timestamp():
        raise ValueError(f"end {end.isoformat()} is before start {start.isoformat()}")


def _not_blank(_: Any, attribute: Attribute[Any], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty")


def _locale(_: Any, __: Attribute[Any], value: str) -> None:
    if value not in SUPPORTED_LOCALES:
        raise ValueError(
            f"locale {value!r} is not supported; expected one of {', '.join(SUPPORTED_LOCALES)}"
        )


def _timezone(_: Any, __: Attribute[Any], value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"timezone {value!r} is not an IANA time zone such as 'Europe/Copenhagen'"
        ) from None


def _strip(value: str) -> str:
    return value.strip()


def _strip_optional(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _session_kind(value: SessionKind | str) -> SessionKind:
    # A kind given as a kind is kept: calling the enum costs more than the whole check.
    return value if type(value) is SessionKind else SessionKind(value)


# -- small things ----------------------------------------------------------------


@frozen(kw_only=True)
class Organisation:
    """An organisation: a municipality, a party, a committee, a company.

    >>> Organisation(name="Kommunernes Landsforening", short_name="KL").id
    'kommunernes-landsforening'
    """

    name: str = field(converter=_strip, validator=_not_blank)
    short_name: str | None = field(default=None, converter=_strip_optional)
    url: str | None = field(default=None, converter=_strip_optional)

    @property
    def id(self) -> str:
        return slugify(self.name)


@frozen(kw_only=True)
class Speaker:
    """A person on the programme, with their role and organisation.

    >>> Speaker(name="Ida Holm", role="borgmester").role
    'borgmester'
    """

    name: str = field(converter=_strip, validator=_not_blank)
    role: str | None = field(default=None, converter=_strip_optional)
    organisation: Organisation | None = None

    @property
    def id(self) -> str:
        return slugify(self.name)


@frozen(kw_only=True)
class Contact:
    """Whom to ask: a name with e-mail and/or phone and what they do."""

    name: str = field(converter=_strip, validator=_not_blank)
    email: str | None = field(default=None, converter=_strip_optional)
    phone: str | None = field(default=None, converter=_strip_optional)
    role: str | None = field(default=None, converter=_strip_optional)


@frozen(kw_only=True)
class Venue:
    """Where an event happens: a physical place, an online meeting, or both.

    >>> Venue(online_url="https://zoom.us/j/1", platform="Zoom").is_online
    True
    """

    name: str | None = field(default=None, converter=_strip_optional)
    address: str | None = field(default=None, converter=_strip_optional)
    online_url: str | None = field(default=None, converter=_strip_optional)
    platform: str | None = field(default=None, converter=_strip_optional)
    online: bool = field(default=False)
    """True for an online event even when the text names no meeting URL."""

    def __attrs_post_init__(self) -> None:
        if not (self.name or self.address or self.online_url or self.platform or self.online):
            raise ValueError("a venue needs a name, an address or an online meeting")

    @property
    def is_online(self) -> bool:
        return bool(self.online or self.online_url or self.platform)

    @property
    def is_physical(self) -> bool:
        return bool(self.address or (self.name and self.name != self.platform))

    @property
    def is_hybrid(self) -> bool:
        return self.is_online and self.is_physical


@frozen(kw_only=True)
class Price:
    """What it costs to take part, as stated, plus the amount when it is clear.

    >>> Price(text="Gratis", amount=Decimal(0)).is_free
    True
    """

    text: str = field(converter=_strip, validator=_not_blank)
    amount: Decimal | None = None
    currency: str | None = field(default=None, converter=_strip_optional)

    @property
    def is_free(self) -> bool:
        return self.amount is not None and self.amount == 0


@frozen(kw_only=True)
class AgendaItem:
    """A bullet point of a session's agenda; bullets may nest."""

    text: str = field(converter=_strip, validator=_not_blank)
    children: tuple[AgendaItem, ...] = field(default=(), converter=_tuple)


@frozen(kw_only=True)
class Track:
    """A named strand of a programme ("kommunalt spor", "Spor A")."""

    name: str = field(converter=_strip, validator=_not_blank)
    id: str = field()
    description: str | None = field(default=None, converter=_strip_optional)

    @id.default
    def _id_from_name(self) -> str:
        return slugify(self.name)


@frozen(kw_only=True)
class WorkshopRound:
    """A time slot of parallel sessions ("Workshops runde #1", "Parallelle sesjoner")."""

    name: str = field(converter=_strip, validator=_not_blank)
    start: datetime | None = field(default=None, validator=_aware)
    end: datetime | None = field(default=None, validator=[_aware, _end_not_before_start])
    id: str = field()

    @id.default
    def _id_from_content(self) -> str:
        prefix = f"{self.start:%Y%m%d-%H%M}-" if self.start else ""
        return prefix + slugify(self.name)


@frozen(kw_only=True)
class Edition:
    """One dated occurrence of a recurring event (a yearly course, say)."""

    start: datetime = field(validator=_aware)
    end: datetime | None = field(default=None, validator=[_aware, _end_not_before_start])
    name: str | None = field(default=None, converter=_strip_optional)
    venue: Venue | None = None
    id: str = field()

    @id.default
    def _id_from_start(self) -> str:
        return f"{self.start:%Y%m%d}"


@frozen(kw_only=True)
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

    title: str = field(converter=_strip, validator=_not_blank)
    start: datetime | None = field(default=None, validator=_aware)
    end: datetime | None = field(default=None, validator=[_aware, _end_not_before_start])
    day: date | None = field()
    kind: SessionKind = field(default=SessionKind.OTHER, converter=_session_kind)
    track: Track | None = None
    round: WorkshopRound | None = None
    room: str | None = field(default=None, converter=_strip_optional)
    speakers: tuple[Speaker, ...] = field(default=(), converter=_tuple)
    organisations: tuple[Organisation, ...] = field(default=(), converter=_tuple)
    description: str | None = field(default=None, converter=_strip_optional)
    items: tuple[AgendaItem, ...] = field(default=(), converter=_tuple)
    links: tuple[str, ...] = field(default=(), converter=_tuple)
    id: str = field()

    @day.default
    def _day_from_start(self) -> date | None:
        return self.start.date() if self.start is not None else None

    @id.default
    def _id_from_content(self) -> str:
        return session_id(self.title, self.day)

    @day.validator
    def _day_matches_start(self, _: Attribute[Any], value: date | None) -> None:
        if self.start is not None and value != self.start.date():
            raise ValueError(f"day {value} does not match start {self.start.isoformat()}")

    @property
    def duration(self) -> timedelta | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start


# Session titles repeat ("Pause", "Frokost"): the slugs of short ones are made once.
_title_slug = functools.lru_cache(maxsize=4096)(slugify)


def session_id(title: str, day: date | None) -> str:
    """The id a session called ``title`` on ``day`` gets before repeats are numbered."""
    prefix = _day_prefix(day) if day is not None else ""
    return prefix + (_title_slug(title) if len(title) <= 200 else slugify(title))


def _day_prefix(day: date) -> str:
    """ "20251113-": the day as ``%Y%m%d``, from ``isoformat`` (a third of the time)."""
    if type(day) is not date or day.year < 1000:
        # strftime does not pad such years on every platform; a datetime has a time too
        return f"{day:%Y%m%d}-"
    return day.isoformat().replace("-", "") + "-"


def session_order(
    keys: Sequence[tuple[datetime | None, date | None, str]],
) -> list[tuple[int, str]]:
    """Programme order and unique ids for sessions given as ``(start, day, id)``.

    Each entry of the result is a position in ``keys`` and the id the session
    has there: untimed sessions keep their place after the timed session they
    follow, and repeated ids (two "Pause" on one day) get "-2", "-3" in order
    of time; a numbered id that another session has already is numbered again:

    >>> [i for _, i in session_order([(None, None, "pause-2"), (None, None, "pause"),
    ...                               (None, None, "pause")])]
    ['pause-2', 'pause', 'pause-2-2']
    """
    places = _places(keys)
    # A stable sort: sessions with the same place keep their order in ``keys``.
    keyed = sorted(range(len(keys)), key=places.__getitem__)
    # Every id given so far, with how many times it was asked for. The n-th
    # "pause" is "pause-n"; should another session have that id already (a
    # "Pause 2" earlier in the day), it is a repeat of that id in turn
    # ("pause-2-2") and the later repeats keep their numbers. Each id is stepped over
    # at most once per number, so this stays linear.
    seen: dict[str, int] = {}
    ordered = []
    for position in keyed:
        identifier = keys[position][2]
        while identifier in seen:
            count = seen[identifier] + 1
            seen[identifier] = count
            identifier = f"{identifier}-{count}"
        seen[identifier] = 1
        ordered.append((position, identifier))
    return ordered


def in_session_order(keys: Sequence[tuple[datetime | None, date | None, str]]) -> bool:
    """True when :func:`session_order` would keep every session in place, with its id.

    That is so when the ids differ and each session's place is not before the
    one's above it (the position breaks every tie): one pass, no sort.

    >>> in_session_order([(None, None, "pause"), (None, None, "pause")])
    False
    """
    if len({identifier for _, _, identifier in keys}) < len(keys):
        return False
    places = _places(keys)
    return all(above <= below for above, below in itertools.pairwise(places))


def _places(
    keys: Sequence[tuple[datetime | None, date | None, str]],
) -> list[tuple[date, float]]:
    """Where each session belongs in time: its day and start, as a number to compare.

    An untimed session belongs with the timed one it follows (its day, its start),
    or at the start of its own day when it opens a new one. Starts compare as
    timestamps, so two instants in different offsets sort as they happen.
    """
    places: list[tuple[date, float]] = []
    last_day = date.min
    last_start = _BEFORE_ALL
    for start, day, _ in keys:
        if start is not None:
            last_day, last_start = start.date(), start.timestamp()
        elif day is not None and day != last_day:
            last_day, last_start = day, _BEFORE_ALL
        places.append((last_day, last_start))
    return places


_BEFORE_ALL = float("-inf")  # the place of a day's sessions before any timed one


def _order_sessions(sessions: Iterable[Session]) -> tuple[Session, ...]:
    """Sort sessions by time and make their ids unique (see :func:`session_order`)."""
    given = list(sessions)
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


@frozen(kw_only=True)
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

    name: str = field(converter=_strip, validator=_not_blank)
    start: datetime | None = field(default=None, validator=_aware)
    end: datetime | None = field(default=None, validator=[_aware, _end_not_before_start])
    all_day: bool = False
    """True when only the dates are known: start and end are then midnight."""
    timezone: str = field(default="Europe/Copenhagen", validator=_timezone)
    locale: str = field(default="da", validator=_locale)
    venue: Venue | None = None
    organisers: tuple[Organisation, ...] = field(default=(), converter=_tuple)
    contacts: tuple[Contact, ...] = field(default=(), converter=_tuple)
    tracks: tuple[Track, ...] = field(default=(), converter=_tuple)
    rounds: tuple[WorkshopRound, ...] = field(default=(), converter=_tuple)
    sessions: tuple[Session, ...] = field(default=(), converter=_order_sessions)
    editions: tuple[Edition, ...] = field(default=(), converter=_tuple)
    description: str | None = field(default=None, converter=_strip_optional)
    url: str | None = field(default=None, converter=_strip_optional)
    price: Price | None = None
    registration_url: str | None = field(default=None, converter=_strip_optional)
    registration_deadline: date | None = None
    id: str = field()

    @id.default
    def _id_from_content(self) -> str:
        slug = slugify(self.name)
        if self.start is not None and str(self.start.year) not in slug:
            slug = f"{slug}-{self.start.year}"
        return slug

    def __attrs_post_init__(self) -> None:
        problems = list(self._reference_problems())
        if problems:
            raise ValueError("; ".join(problems))

    def _reference_problems(self) -> Iterator[str]:
        for name, things in (("track", self.tracks), ("round", self.rounds)):
            counts = Counter(thing.id for thing in things)
            for duplicate in sorted(i for i, n in counts.items() if n > 1):
                yield f"two {name}s share the id {duplicate!r}"
        # Sets, so a programme with thousands of sessions is checked in linear time.
        tracks, rounds = set(self.tracks), set(self.rounds)
        for index, session in enumerate(self.sessions):
            if session.track is not None and session.track not in tracks:
                yield (
                    f"sessions[{index}] ({session.title!r}) is on track "
                    f"{session.track.name!r}, which is not one of the event's tracks"
                )
            if session.round is not None and session.round not in rounds:
                yield (
                    f"sessions[{index}] ({session.title!r}) is in round "
                    f"{session.round.name!r}, which is not one of the event's rounds"
                )

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


def _unique(things: Iterable[Speaker]) -> Iterator[Speaker]:
    seen: set[Speaker] = set()
    for thing in things:
        if thing not in seen:
            seen.add(thing)
            yield thing
