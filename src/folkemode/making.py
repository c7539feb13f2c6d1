"""Making sessions by the thousand: :func:`make_session`, ``Session(...)`` with less work.

An importer makes a session for every item of a programme, and most of what it
hands over is already what the fields keep: no end (``None``), no speakers
(``()``), a kind given as a :class:`~folkemode.model.SessionKind`. Each field's
converter gives such a value back as it is, so :func:`make_session` keeps it
without the call; every other value goes through the field's own converter, in
the fields' order, and the validators run as attrs runs them. The session made,
or the error raised, is the one ``Session(...)`` gives.

>>> from folkemode.model import Session, SessionKind
>>> given = dict(title="Frokost", start=None, end=None, day=None, kind=SessionKind.MEAL,
...              track=None, round=None, room=" Sal 2 ", speakers=(), organisations=(),
...              description=None, items=(), links=(), id="frokost")
>>> make_session(**given) == Session(**given)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import attrs

from folkemode.model import (
    AgendaItem,
    Organisation,
    Session,
    SessionKind,
    Speaker,
    Track,
    WorkshopRound,
)

__all__ = ["make_session"]

_FIELDS = attrs.fields(Session)
_GIVEN = (
    "title",
    "start",
    "end",
    "day",
    "kind",
    "track",
    "round",
    "room",
    "speakers",
    "organisations",
    "description",
    "items",
    "links",
    "id",
)
# (each field's converter as attrs calls it: the one that names the field in its errors)
(
    _title,
    _start,
    _end,
    _day,
    _kind,
    _track,
    _round,
    _room,
    _speakers,
    _organisations,
    _description,
    _items,
    _links,
    _id,
) = tuple[Any, ...](getattr(_FIELDS, name).converter for name in _GIVEN)


def _convert(converter: Any, value: object) -> object:
    return converter(value)


# The fields make_session is not given keep their defaults, constants whose converters
# give one value, so converted here once, not for each session.
_REST = tuple(
    (attribute.name, _convert(attribute.converter, attribute.default))
    for attribute in _FIELDS
    if attribute.name not in _GIVEN
)
assert tuple(a.name for a in _FIELDS) == (*_GIVEN, *(name for name, _ in _REST))
_END, _DAY = _FIELDS.end, _FIELDS.day
_validate_end: Any = _END.validator
_validate_day: Any = _DAY.validator
_validators_off = attrs.validators.get_disabled
_new = object.__new__
_set = object.__setattr__


def make_session(
    *,
    title: str,
    start: datetime | str | None,
    end: datetime | str | None,
    day: date | str | None,
    kind: SessionKind | str,
    track: Track | str | None,
    round: WorkshopRound | str | None,
    room: str | None,
    speakers: Iterable[Speaker | str],
    organisations: Iterable[Organisation | str],
    description: str | None,
    items: Iterable[AgendaItem | str],
    links: Iterable[str],
    id: str,
) -> Session:
    """``Session(title=title, …, id=id)``: the same session, or the same error."""
    session: Any = _new(Session)
    put = _set.__get__(session)
    put("title", _title(title))
    put("start", None if start is None else _start(start))
    put("end", None if end is None else _end(end))
    put("day", None if day is None else _day(day))
    put("kind", kind if type(kind) is SessionKind else _kind(kind))
    put("track", track if track is None or type(track) is Track else _track(track))
    put("round", round if round is None or type(round) is WorkshopRound else _round(round))
    put("room", None if room is None else _room(room))
    put("speakers", speakers if type(speakers) is tuple and not speakers else _speakers(speakers))
    put(
        "organisations",
        organisations
        if type(organisations) is tuple and not organisations
        else _organisations(organisations),
    )
    put("description", None if description is None else _description(description))
    put("items", items if type(items) is tuple and not items else _items(items))
    put("links", links if type(links) is tuple and not links else _links(links))
    put("id", _id(id))
    for name, value in _REST:
        put(name, value)
    if not _validators_off():
        _validate_end(session, _END, session.end)
        _validate_day(session, _DAY, session.day)
    result: Session = session
    return result
