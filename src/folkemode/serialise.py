"""Canonical JSON: the one private cattrs converter and its error paths.

The format is versioned (``"folkemode": 1`` at the top), datetimes are ISO 8601
with their UTC offset, and the event's IANA zone is stored beside them so
times come back in the zone they were written in. Sessions refer to their
track and workshop round by id. Round trips are exact:

>>> from folkemode.model import Event
>>> event = Event.example()
>>> from_json(to_json(event)) == event
True

Bad input raises one :class:`~folkemode.errors.InvalidInput` listing every
problem with its JSON path, never a partly built event.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import typing
import zoneinfo
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace
from typing import Any

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import JsonConverter, make_converter

from folkemode.errors import Diagnostic, InvalidInput, Severity
from folkemode.model import (
    AgendaItem,
    Contact,
    Edition,
    Event,
    Organisation,
    Price,
    Session,
    SessionKind,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
)

__all__ = ["FORMAT_VERSION", "from_dict", "from_json", "session_to_dict", "to_dict", "to_json"]

#: The version of the canonical JSON format this module writes.
FORMAT_VERSION = 1
VERSION_KEY = "folkemode"


class _Context:
    """What the datetime and reference hooks need to know about the event being read."""

    def __init__(self) -> None:
        self.zone: zoneinfo.ZoneInfo | None = None
        self.tracks: dict[str, Track] = {}
        self.rounds: dict[str, WorkshopRound] = {}
        # Kinds whose list failed to read: references to them are not checked,
        # so one broken round is not reported again by every session in it.
        self.unreadable: set[str] = set()


_context: contextvars.ContextVar[_Context] = contextvars.ContextVar("folkemode_json")


class _ExpectedError(ValueError):
    """A value of the wrong shape; the message says what was expected."""


# -- scalar hooks ------------------------------------------------------------------


def _structure_datetime(value: Any, _: type) -> datetime:
    if not isinstance(value, str):
        raise _ExpectedError(
            f"expected an ISO 8601 datetime with offset as a string, got {_describe(value)}"
        )
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _ExpectedError(
            f"expected an ISO 8601 datetime with offset such as "
            f"'2025-11-13T09:30:00+01:00', got {value!r}"
        ) from None
    if parsed.tzinfo is None:
        raise _ExpectedError(
            f"expected an ISO 8601 datetime with offset, got {value!r} without one "
            "(add +01:00 or Z)"
        )
    context = _context.get(None)
    if context is not None and context.zone is not None:
        parsed = parsed.astimezone(context.zone)
    return parsed


def _structure_date(value: Any, _: type) -> date:
    if not isinstance(value, str):
        raise _ExpectedError(f"expected an ISO 8601 date as a string, got {_describe(value)}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _ExpectedError(
            f"expected an ISO 8601 date such as '2025-11-13', got {value!r}"
        ) from None


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _ExpectedError(f"expected a decimal number as a string, got {_describe(value)}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise _ExpectedError(
            f"expected a decimal number such as '1950.00', got {value!r}"
        ) from None
    if not number.is_finite():
        raise _ExpectedError(f"expected a finite decimal number, got {value!r}")
    return number


def _structure_kind(value: Any, _: type) -> SessionKind:
    try:
        return SessionKind(value)
    except ValueError:
        choices = ", ".join(kind.value for kind in SessionKind)
        raise _ExpectedError(f"expected one of {choices}, got {value!r}") from None


def _structure_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise _ExpectedError(f"expected a string, got {_describe(value)}")
    return value


def _structure_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise _ExpectedError(f"expected true or false, got {_describe(value)}")
    return value


def _reference_hook(kind: str) -> Any:
    def structure(value: Any, _: type) -> Any:
        if value is None:
            return None
        if not isinstance(value, str):
            raise _ExpectedError(
                f"expected the id of one of the event's {kind}s, got {_describe(value)}"
            )
        context = _context.get()
        known: dict[str, Any] = context.tracks if kind == "track" else context.rounds
        if value not in known:
            if kind in context.unreadable:
                return None
            listed = ", ".join(repr(k) for k in known) or f"the event has no {kind}s"
            raise _ExpectedError(f"unknown {kind} id {value!r}; expected one of: {listed}")
        return known[value]

    return structure


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    names = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }
    return names.get(type(value), type(value).__name__)


# -- the converter -------------------------------------------------------------------


def _make_converter() -> JsonConverter:
    converter = make_converter(forbid_extra_keys=True, prefer_attrib_converters=False)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook(Decimal, lambda number: format(number, "f"))
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(SessionKind, lambda kind: kind.value)
    converter.register_structure_hook(SessionKind, _structure_kind)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)

    for cls in (
        Organisation,
        Speaker,
        Contact,
        Venue,
        Price,
        AgendaItem,
        Track,
        WorkshopRound,
        Edition,
    ):
        converter.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)
        )
        converter.register_structure_hook(cls, make_dict_structure_fn(cls, converter))

    converter.register_unstructure_hook(
        Session,
        make_dict_unstructure_fn(
            Session,
            converter,
            _cattrs_omit_if_default=True,
            id=override(omit_if_default=False),
            kind=override(omit_if_default=False),
            track=override(unstruct_hook=_id_or_none),
            round=override(unstruct_hook=_id_or_none),
        ),
    )
    converter.register_structure_hook(
        Session,
        make_dict_structure_fn(
            Session,
            converter,
            track=override(struct_hook=_reference_hook("track")),
            round=override(struct_hook=_reference_hook("round")),
        ),
    )
    event_unstructure = make_dict_unstructure_fn(
        Event,
        converter,
        _cattrs_omit_if_default=True,
        id=override(omit_if_default=False),
        timezone=override(omit_if_default=False),
        locale=override(omit_if_default=False),
    )
    converter.register_unstructure_hook(
        Event, lambda event: {VERSION_KEY: FORMAT_VERSION, **event_unstructure(event)}
    )
    converter.register_structure_hook(Event, lambda data, _: _structure_event(converter, data))
    return converter


def _id_or_none(thing: Track | WorkshopRound | None) -> str | None:
    return None if thing is None else thing.id


_EVENT_FIELDS = {f.name: f for f in attrs.fields(Event)}
_EVENT_TYPES = typing.get_type_hints(Event)
# Structured first: the zone and the tracks and rounds that sessions refer to.
_FIRST = ("timezone", "tracks", "rounds")


def _structure_event(converter: JsonConverter, data: Any) -> Event:
    """Structure an Event field by field, collecting every error with its path."""
    if not isinstance(data, Mapping):
        raise ClassValidationError(
            "the document is not an event",
            [_ExpectedError(f"expected a JSON object describing an event, got {_describe(data)}")],
            Event,
        )
    errors: list[Exception] = []
    version = data.get(VERSION_KEY)
    if version != FORMAT_VERSION:
        error = _ExpectedError(
            f'expected "{VERSION_KEY}": {FORMAT_VERSION} (the format version), '
            f"got {json.dumps(version) if version is not None else 'no version'}"
        )
        error.__notes__ = [AttributeValidationNote(VERSION_KEY, VERSION_KEY, int)]
        errors.append(error)
    extra = set(data) - set(_EVENT_FIELDS) - {VERSION_KEY}
    if extra:
        errors.append(ForbiddenExtraKeysError("", Event, extra))

    context = _Context()
    token = _context.set(context)
    values: dict[str, Any] = {}
    try:
        order = list(_FIRST) + [name for name in _EVENT_FIELDS if name not in _FIRST]
        for name in order:
            attribute = _EVENT_FIELDS[name]
            if name not in data:
                if attribute.default is attrs.NOTHING:
                    missing = KeyError(name)
                    missing.__notes__ = [AttributeValidationNote(name, name, attribute.type)]
                    errors.append(missing)
                continue
            try:
                values[name] = converter.structure(data[name], _EVENT_TYPES[name])
                if attribute.validator is not None:
                    # Field checks (locale, zone, end after start) run now, so their
                    # problems are listed with the others, at their own paths.
                    attribute.validator(SimpleNamespace(**values), attribute, values[name])
            except Exception as error:
                error.__notes__ = [
                    *getattr(error, "__notes__", []),
                    AttributeValidationNote(name, name, attribute.type),
                ]
                errors.append(error)
                if name in ("tracks", "rounds"):
                    context.unreadable.add(name[:-1])
                continue
            if name == "timezone":
                # An unknown zone is reported by the Event validator at its own path.
                with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
                    context.zone = zoneinfo.ZoneInfo(values[name])
            elif name == "tracks":
                context.tracks = {track.id: track for track in values[name]}
            elif name == "rounds":
                context.rounds = {round.id: round for round in values[name]}
        if errors:
            raise ClassValidationError("invalid event", errors, Event)
        try:
            return Event(**values)
        except (ValueError, TypeError) as error:
            raise ClassValidationError("invalid event", [error], Event) from None
    finally:
        _context.reset(token)


_converter = _make_converter()


# -- public functions -------------------------------------------------------------------


def to_dict(event: Event) -> dict[str, Any]:
    """The event as plain JSON-ready data (the canonical JSON before encoding)."""
    data: dict[str, Any] = _converter.unstructure(event, Event)
    return data


def session_to_dict(session: Session) -> dict[str, Any]:
    """One session as it stands in ``to_dict(event)["sessions"]`` (track and round by id)."""
    data: dict[str, Any] = _converter.unstructure(session, Session)
    return data


def to_json(event: Event, *, indent: int | None = 2) -> str:
    """The event as canonical JSON text (UTF-8 characters kept, not escaped)."""
    return json.dumps(to_dict(event), ensure_ascii=False, indent=indent) + "\n"


def from_dict(data: Any) -> Event:
    """Build an event from decoded JSON data; raises InvalidInput listing every problem."""
    try:
        event: Event = _converter.structure(data, Event)
    except (ClassValidationError, IterableValidationError) as error:
        raise InvalidInput(_diagnostics(error)) from None
    return event


def from_json(text: str | bytes) -> Event:
    """Read canonical JSON; raises InvalidInput listing every problem with its path."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            [
                Diagnostic(
                    line=error.lineno,
                    message=f"not valid JSON: {error.msg} (column {error.colno})",
                    severity=Severity.ERROR,
                    code="syntax",
                )
            ]
        ) from None
    except UnicodeDecodeError as error:
        raise InvalidInput(
            [
                Diagnostic(
                    message=f"not UTF-8 text: {error.reason}",
                    severity=Severity.ERROR,
                    code="syntax",
                )
            ]
        ) from None
    return from_dict(data)


def _format_exception(error: BaseException, type_: type | None) -> str:
    if isinstance(error, _ExpectedError):
        return str(error)
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, ForbiddenExtraKeysError):
        keys = ", ".join(sorted(error.extra_fields))
        return f"unknown key{'s' if len(error.extra_fields) > 1 else ''}: {keys}"
    if isinstance(error, AttributeError) and "'items'" in str(error):
        return "expected an object"
    if isinstance(error, TypeError) and "not iterable" in str(error):
        return "expected a list"
    if isinstance(error, (ValueError, TypeError)):
        return str(error)
    return f"{type(error).__name__}: {error}"


def _diagnostics(error: ClassValidationError | IterableValidationError) -> list[Diagnostic]:
    from cattrs import transform_error

    found = []
    for line in transform_error(error, path="$", format_exception=_format_exception):
        message, _, path = line.rpartition(" @ ")
        found.append(
            Diagnostic(message=message, path=path, severity=Severity.ERROR, code="invalid")
        )
    return found
