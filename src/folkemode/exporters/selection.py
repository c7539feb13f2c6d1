"""Choosing which sessions an exporter writes: the filters ICS and CSV share.

Every filter narrows the selection and they combine with "and"; the values
inside one filter combine with "or". Names are matched the way people type
them: a track by its id or its name, a speaker by name (any case, with or
without Nordic letters), a day as an ISO date.

>>> from folkemode import Event
>>> event = Event.example()
>>> [s.title for s in select_sessions(event, kinds=["workshop"], tracks=["Nyvalgtes spor"])]
['Sådan læser du et budget']
>>> len(select_sessions(event, breaks=False, meals=False))
9
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import TypeVar

from attrs import frozen

from folkemode.errors import FolkemodeError
from folkemode.exporters._per_event import per_event
from folkemode.formats import ExportOption
from folkemode.model import Event, Session, SessionKind, slugify

__all__ = ["SELECTION_OPTIONS", "Selection", "select_sessions", "sessions_by_id"]

T = TypeVar("T")

#: The export options every session-based exporter offers, in CLI order.
SELECTION_OPTIONS: tuple[ExportOption, ...] = (
    ExportOption(
        name="breaks",
        type=bool,
        default=True,
        help="include breaks (coffee, pauses); --no-breaks leaves them out",
    ),
    ExportOption(
        name="meals",
        type=bool,
        default=True,
        help="include meals (lunch, dinner); --no-meals leaves them out",
    ),
    ExportOption(
        name="tracks", type=list, default=None, help="only sessions on these tracks (ids or names)"
    ),
    ExportOption(
        name="kinds",
        type=list,
        default=None,
        help="only these kinds: " + ", ".join(kind.value for kind in SessionKind),
    ),
    ExportOption(name="days", type=list, default=None, help="only these days (YYYY-MM-DD)"),
    ExportOption(
        name="speakers",
        type=list,
        default=None,
        help="only sessions with one of these speakers (names)",
    ),
    ExportOption(
        name="session",
        type=str,
        default=None,
        help="only the session with this id, e.g. for an 'add to calendar' link",
    ),
)


@frozen(kw_only=True)
class Selection:
    """A checked set of filters; :meth:`apply` picks the sessions that pass all of them."""

    breaks: bool = True
    meals: bool = True
    track_ids: frozenset[str] | None = None
    kinds: frozenset[SessionKind] | None = None
    days: frozenset[date] | None = None
    speaker_ids: frozenset[str] | None = None
    session_id: str | None = None

    @classmethod
    def from_options(
        cls,
        event: Event,
        *,
        breaks: bool = True,
        meals: bool = True,
        tracks: Iterable[str] | None = None,
        kinds: Iterable[str | SessionKind] | None = None,
        days: Iterable[str | date] | None = None,
        speakers: Iterable[str] | None = None,
        session: str | None = None,
    ) -> Selection:
        """Check option values against the event; a value that names nothing is an error."""
        if session is not None and session not in sessions_by_id(event):
            raise FolkemodeError(
                f"the event has no session with id {session!r}; ids look like "
                f"{_examples(s.id for s in event.sessions)}"
            )
        return cls(
            breaks=breaks,
            meals=meals,
            track_ids=None if tracks is None else _track_ids(event, tracks),
            kinds=None if kinds is None else frozenset(map(_kind, _listed(kinds))),
            days=None if days is None else frozenset(map(_day, _listed(days))),
            speaker_ids=None if speakers is None else _speaker_ids(event, speakers),
            session_id=session,
        )

    @property
    def narrows(self) -> bool:
        """True when some filter is set (breaks and meals left out count too)."""
        return not (
            self.breaks
            and self.meals
            and self.track_ids is None
            and self.kinds is None
            and self.days is None
            and self.speaker_ids is None
            and self.session_id is None
        )

    def accepts(self, session: Session) -> bool:
        if self.session_id is not None and session.id != self.session_id:
            return False
        if not self.breaks and session.kind is SessionKind.BREAK:
            return False
        if not self.meals and session.kind is SessionKind.MEAL:
            return False
        if self.kinds is not None and session.kind not in self.kinds:
            return False
        if self.track_ids is not None and (
            session.track is None or session.track.id not in self.track_ids
        ):
            return False
        if self.days is not None and session.day not in self.days:
            return False
        return self.speaker_ids is None or any(
            speaker.id in self.speaker_ids for speaker in session.speakers
        )

    def apply(self, sessions: Iterable[Session]) -> tuple[Session, ...]:
        return tuple(session for session in sessions if self.accepts(session))

    def choose(self, event: Event) -> tuple[Session, ...]:
        """The event's sessions that pass; one asked for by id is looked up, not searched for."""
        if self.session_id is None:
            return self.apply(event.sessions)
        session = sessions_by_id(event).get(self.session_id)
        return (session,) if session is not None and self.accepts(session) else ()


@per_event
def sessions_by_id(event: Event) -> Mapping[str, Session]:
    """The event's sessions by id (ids are unique within an event)."""
    return MappingProxyType({session.id: session for session in event.sessions})


def select_sessions(event: Event, **options: object) -> tuple[Session, ...]:
    """The event's sessions that pass the selection options (see :data:`SELECTION_OPTIONS`)."""
    return Selection.from_options(event, **options).choose(event)  # type: ignore[arg-type]


def _examples(ids: Iterable[str], limit: int = 3) -> str:
    shown = [repr(i) for i, _ in zip(ids, range(limit), strict=False)]
    return ", ".join(shown) if shown else "nothing: the event has no sessions"


def _track_ids(event: Event, wanted: Iterable[str]) -> frozenset[str]:
    by_key: dict[str, str] = {}
    for track in event.tracks:
        by_key[track.id] = track.id
        by_key[track.name.casefold()] = track.id
        by_key[slugify(track.name)] = track.id
    found = set()
    for value in _strings(wanted):
        key = by_key.get(value) or by_key.get(value.casefold()) or by_key.get(slugify(value))
        if key is None:
            names = ", ".join(repr(t.name) for t in event.tracks) or "none"
            raise FolkemodeError(f"no track is called {value!r}; the event's tracks are: {names}")
        found.add(key)
    return frozenset(found)


def _speaker_ids(event: Event, wanted: Iterable[str]) -> frozenset[str]:
    known = {speaker.id for speaker in event.speakers}
    found = set()
    for value in _strings(wanted):
        speaker_id = slugify(value)
        if speaker_id not in known:
            if known:
                others = f"speakers include {_examples(s.name for s in event.speakers)}"
            elif event.sessions:
                others = "no session of this event names a speaker"
            else:
                others = "the event has no sessions"
            raise FolkemodeError(
                f"nobody called {value!r} speaks at this event: no session has that speaker; "
                f"{others}"
            )
        found.add(speaker_id)
    return frozenset(found)


def _kind(value: str | SessionKind) -> SessionKind:
    try:
        return SessionKind(value.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        choices = ", ".join(kind.value for kind in SessionKind)
        raise FolkemodeError(f"unknown session kind {value!r}; expected one of {choices}") from None


def _day(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise FolkemodeError(f"expected a day as YYYY-MM-DD, got {value!r}") from None


def _listed(values: Iterable[T] | str | date) -> list[T]:
    """A list of option values; one value given on its own (``kinds="workshop"``) is one item."""
    if isinstance(values, (str, date)):
        return [values]  # type: ignore[list-item]
    return list(values)


def _strings(values: Iterable[str] | str) -> Sequence[str]:
    listed: list[str] = _listed(values)
    return [value.strip() for value in listed if value.strip()]
