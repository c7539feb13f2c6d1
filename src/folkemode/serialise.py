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
problem with its JSON path, never a partly built event and never another
exception. What is refused, so that whatever loads also writes in every format:

* a string, an object or ``null`` where a list belongs, and anything but an
  object where one belongs ("expected a list, got a string");
* a key given twice in one object;
* text with a lone surrogate or a control character other than tab, line
  feed and carriage return; line breaks anywhere but in descriptions (names,
  titles, ids, URLs, platforms and the rest are single lines);
* datetimes and dates outside the years :data:`FIRST_YEAR` to :data:`LAST_YEAR`
  (1000 to 9997; as written, in UTC and in the event's zone), so exporters
  can add a day, an offset or a year or two to any of them;
* amounts with an exponent, not finite, or with more than
  :data:`MAX_AMOUNT_DIGITS` digits before or after the point;
* agenda items nested more than :data:`MAX_AGENDA_DEPTH` levels deep;
* a ``timezone`` that is not an IANA zone of the tz database (``localtime``,
  ``posixrules`` and ``Factory`` are files there, not zones an event is in);
* a format version that is not the integer 1 or 2 (``true`` and ``2.0`` are not).
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
import functools
import json
import re
import typing
import zoneinfo
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace
from typing import Any, TypeVar

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import JsonConverter, make_converter

from folkemode.errors import Diagnostic, InvalidInput, InvalidValue, Severity
from folkemode.model import (
    AgendaItem,
    Contact,
    Edition,
    Event,
    Organisation,
    Price,
    Session,
    SessionKind,
    SessionStatus,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
)
from folkemode.values import FIRST_YEAR, LAST_YEAR, MAX_AGENDA_DEPTH, MAX_AMOUNT_DIGITS

__all__ = [
    "FIRST_YEAR",
    "FORMAT_VERSION",
    "LAST_YEAR",
    "MAX_AGENDA_DEPTH",
    "MAX_AMOUNT_DIGITS",
    "READ_VERSIONS",
    "from_dict",
    "from_json",
    "session_to_dict",
    "to_dict",
    "to_json",
]

#: The version of the canonical JSON format this module writes. Version 2 added a
#: session's ``status``, ``revision``, ``previous_start`` and ``updated``, and the
#: event's ``updated``; a version 1 document (which has none of them) is read as well.
FORMAT_VERSION = 2
READ_VERSIONS = (1, 2)
VERSION_KEY = "folkemode"


# Zone files of the tz database that are not zones an event happens in.
_NOT_ZONES = frozenset({"Factory", "localtime", "posixrules"})

# Integers longer than this are never valid anywhere in the format; they are
# kept as their length, so that Python's limit on int parsing (4,300 digits)
# is never met and the error names their path.
_LONGEST_INTEGER = 30


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


_agenda_depth: contextvars.ContextVar[int] = contextvars.ContextVar(
    "folkemode_agenda_depth", default=0
)


class _ExpectedError(ValueError):
    """A value of the wrong shape; the message says what was expected."""


class _LongInteger:
    """A JSON integer too long to be anything in the format, kept as its length."""

    __slots__ = ("digits",)

    def __init__(self, text: str) -> None:
        self.digits = len(text.lstrip("-"))

    def __repr__(self) -> str:
        return f"a number of {self.digits:,} digits"


def _integer(text: str) -> int | _LongInteger:
    return int(text) if len(text) <= _LONGEST_INTEGER else _LongInteger(text)


class _Object(dict[str, Any]):
    """A JSON object in which some keys were given more than once."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) == len(pairs):
        return data
    seen: set[str] = set()
    duplicates: dict[str, None] = {}
    for key, _ in pairs:
        if key in seen:
            duplicates[key] = None
        seen.add(key)
    marked = _Object(data)
    marked.duplicates = tuple(duplicates)
    return marked


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
            f"'2025-11-13T09:30:00+01:00', got {_quote(value)}"
        ) from None
    if parsed.tzinfo is None:
        raise _ExpectedError(
            f"expected an ISO 8601 datetime with offset, got {_quote(value)} without one "
            "(add +01:00 or Z)"
        )
    # As written first: converting a datetime in year 1 or 9999 can overflow.
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise _ExpectedError(_years_message("datetime", value))
    if parsed.year in (FIRST_YEAR, LAST_YEAR):  # an offset moves it a day at most
        in_utc = parsed.astimezone(UTC)
        if not FIRST_YEAR <= in_utc.year <= LAST_YEAR:
            raise _ExpectedError(_years_message("datetime", value, in_utc, "UTC"))
    context = _context.get(None)
    if context is not None and context.zone is not None:
        parsed = parsed.astimezone(context.zone)
        if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
            raise _ExpectedError(_years_message("datetime", value, parsed, str(context.zone)))
    return parsed


def _years_message(what: str, value: str, moved: datetime | None = None, zone: str = "") -> str:
    message = f"expected a {what} in the years {FIRST_YEAR} to {LAST_YEAR}, got {_quote(value)}"
    if moved is not None:
        message += f", which is in {moved.year} in {zone}"
    return message


def _structure_date(value: Any, _: type) -> date:
    if not isinstance(value, str):
        raise _ExpectedError(f"expected an ISO 8601 date as a string, got {_describe(value)}")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise _ExpectedError(
            f"expected an ISO 8601 date such as '2025-11-13', got {_quote(value)}"
        ) from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise _ExpectedError(_years_message("date", value))
    return parsed


# Digits and a point, as ``format(amount, "f")`` writes them: no exponent, no "_".
_AMOUNT = re.compile(r"-?([0-9]+)(?:\.([0-9]+))?")


def _structure_decimal(value: Any, _: type) -> Decimal:
    too_long = f"expected an amount of at most {MAX_AMOUNT_DIGITS} digits before the point, got "
    if isinstance(value, _LongInteger):
        raise _ExpectedError(too_long + repr(value))
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _ExpectedError(f"expected a decimal number as a string, got {_describe(value)}")
    if isinstance(value, int):
        if abs(value) >= 10**MAX_AMOUNT_DIGITS:
            raise _ExpectedError(
                too_long + ("a larger number" if value.bit_length() > 64 else str(value))
            )
        return Decimal(value)
    match = _AMOUNT.fullmatch(value.strip())
    if match is None:
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise _ExpectedError(
                f"expected a decimal number such as '1950.00', got {_quote(value)}"
            ) from None
        if not number.is_finite():
            raise _ExpectedError(f"expected a finite decimal number, got {_quote(value)}")
        raise _ExpectedError(
            f"expected a decimal number in plain digits such as '1950.00', got {_quote(value)}"
        )
    whole, fraction = match.group(1).lstrip("0"), match.group(2) or ""
    if len(whole) > MAX_AMOUNT_DIGITS:
        raise _ExpectedError(too_long + _quote(value))
    if len(fraction) > MAX_AMOUNT_DIGITS:
        raise _ExpectedError(
            f"expected an amount of at most {MAX_AMOUNT_DIGITS} digits after the point, "
            f"got {_quote(value)}"
        )
    return Decimal(value)


_Choice = TypeVar("_Choice", bound=enum.StrEnum)


def _structure_kind(value: Any, _: type) -> SessionKind:
    return _structure_choice(SessionKind, value)


def _structure_status(value: Any, _: type) -> SessionStatus:
    return _structure_choice(SessionStatus, value)


def _structure_choice(choices: type[_Choice], value: Any) -> _Choice:
    try:
        if isinstance(value, str):
            return choices(value)
    except ValueError:
        pass
    listed = ", ".join(choice.value for choice in choices)
    shown = _quote(value) if isinstance(value, str) else _describe(value)
    raise _ExpectedError(f"expected one of {listed}, got {shown}")


# Refused in all text: C0 and C1 control characters but tab, line feed and
# carriage return, DEL, and lone surrogates (which UTF-8 cannot encode).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Refused inside single-line text (the model strips them at either end).
_LINE_BREAK = re.compile("[\n\r\u2028\u2029]")


def _text(value: Any, *, single_line: bool) -> str:
    if not isinstance(value, str):
        raise _ExpectedError(f"expected a string, got {_describe(value)}")
    forbidden = _FORBIDDEN.search(value)
    if forbidden is not None:
        character = forbidden.group()
        if "\ud800" <= character <= "\udfff":
            raise _ExpectedError(
                f"expected Unicode text, got a lone surrogate U+{ord(character):04X} "
                f"in {_quote(value)}"
            )
        raise _ExpectedError(
            f"expected text without control characters, got U+{ord(character):04X} "
            f"in {_quote(value)}"
        )
    if single_line and _LINE_BREAK.search(value.strip()):
        raise _ExpectedError(f"expected a single line of text, got a line break in {_quote(value)}")
    return value


# Every character either pattern above can refuse, and tab: text without any of
# them (nearly all) needs no closer look.
_UNUSUAL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufffe\uffff]")


def _structure_str(value: Any, _: type) -> str:
    """Single-line text: names, titles, ids, URLs, platforms, everything but descriptions."""
    if type(value) is str and _UNUSUAL.search(value) is None:
        return value
    return _text(value, single_line=True)


def _structure_paragraphs(value: Any, _: type) -> str | None:
    """A description: text that may run over several lines; absent when null."""
    return None if value is None else _text(value, single_line=False)


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
            raise _ExpectedError(f"unknown {kind} id {_quote(value)}; expected one of: {listed}")
        return known[value]

    return structure


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, _LongInteger):
        return repr(value)
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _quote(value: str, longest: int = 60) -> str:
    """A string for a message: quoted, escapes for what cannot be shown, shortened."""
    return repr(value if len(value) <= longest else value[:longest] + "…")


def _show(value: Any) -> str:
    """A JSON value for a message, as JSON when it is short."""
    if isinstance(value, str):
        return json.dumps(value if len(value) <= 60 else value[:60] + "…")
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a larger number"
    if value is None or isinstance(value, (bool, int, float)):
        return json.dumps(value)
    return _describe(value)


def _shown_key(key: Any) -> str:
    if isinstance(key, str) and key.isprintable() and len(key) <= 60:
        return key
    return _quote(key) if isinstance(key, str) else _describe(key)


def _is_zone(name: str) -> bool:
    """True for a zone of the tz database (not one of its other files, not by another case)."""
    return name not in _NOT_ZONES and name in _available_zones()


@functools.cache
def _available_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


# -- lists and objects --------------------------------------------------------------


def _is_list_type(type_: Any) -> bool:
    arguments = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(arguments) == 2 and arguments[1] is ...


def _list_hook(converter: JsonConverter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    """The hook for ``tuple[X, ...]``: a JSON list and nothing else (no string, no object)."""

    def factory(type_: Any) -> Callable[[Any, Any], Any]:
        element_type = typing.get_args(type_)[0]
        # Looked up on first use: the element's own hook may not be registered yet.
        hooks: list[Callable[[Any, Any], Any]] = []

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, (list, tuple)):
                raise _ExpectedError(f"expected a list, got {_describe(value)}")
            if not hooks:
                hooks.append(converter.get_structure_hook(element_type))
            element = hooks[0]
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(element(item, element_type))
                except Exception as error:
                    error.__notes__ = [
                        *getattr(error, "__notes__", []),
                        IterableValidationNote(
                            f"Structuring {type_} @ index {index}", index, element_type
                        ),
                    ]
                    errors.append(error)
            if errors:
                raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
            return tuple(items)

        return structure

    return factory


def _object_hook(cls: type, hook: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """A class's hook that wants a JSON object, and lists keys given twice with its problems."""

    def structure(data: Any, type_: Any) -> Any:
        if type(data) is dict:  # nearly always: a JSON object without duplicate keys
            return hook(data, type_)
        if not isinstance(data, Mapping):
            raise _ExpectedError(f"expected an object, got {_describe(data)}")
        duplicates = data.duplicates if isinstance(data, _Object) else ()
        if not duplicates:
            return hook(data, type_)
        twice = _ExpectedError(_duplicates_message(duplicates))
        try:
            hook(data, type_)
        except ClassValidationError as error:
            raise ClassValidationError(error.message, [*error.exceptions, twice], cls) from None
        except Exception as error:
            raise ClassValidationError(f"invalid {cls.__name__}", [error, twice], cls) from None
        raise ClassValidationError(f"invalid {cls.__name__}", [twice], cls)

    return structure


def _duplicates_message(keys: tuple[str, ...]) -> str:
    listed = ", ".join(_shown_key(key) for key in keys)
    return f"duplicate key{'s' if len(keys) > 1 else ''}: {listed}; expected each key once"


def _agenda_hook(hook: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """Agenda items nest at most :data:`MAX_AGENDA_DEPTH` levels (exporters recurse on them)."""

    def structure(data: Any, type_: Any) -> Any:
        depth = _agenda_depth.get() + 1
        if depth > MAX_AGENDA_DEPTH:
            raise _ExpectedError(
                f"expected agenda items nested at most {MAX_AGENDA_DEPTH} levels deep, "
                f"got an item at level {depth}"
            )
        token = _agenda_depth.set(depth)
        try:
            return hook(data, type_)
        finally:
            _agenda_depth.reset(token)

    return structure


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
    converter.register_unstructure_hook(SessionStatus, lambda status: status.value)
    converter.register_structure_hook(SessionStatus, _structure_status)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook_factory(_is_list_type, _list_hook(converter))

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
        overrides: dict[str, Any] = {}
        if "description" in attrs.fields_dict(cls):
            overrides["description"] = override(struct_hook=_structure_paragraphs)
        hook = _object_hook(cls, make_dict_structure_fn(cls, converter, **overrides))
        converter.register_structure_hook(cls, _agenda_hook(hook) if cls is AgendaItem else hook)

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
        _object_hook(
            Session,
            make_dict_structure_fn(
                Session,
                converter,
                track=override(struct_hook=_reference_hook("track")),
                round=override(struct_hook=_reference_hook("round")),
                description=override(struct_hook=_structure_paragraphs),
            ),
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
    # The integer itself: true and 1.0 equal 1 in Python, but are not the version.
    if type(version) is not int or version not in READ_VERSIONS:
        error = _ExpectedError(
            f'expected "{VERSION_KEY}": {FORMAT_VERSION} (the format version; '
            f"{' and '.join(map(str, READ_VERSIONS))} are read), "
            f"got {_show(version) if VERSION_KEY in data else 'no version'}"
        )
        error.__notes__ = [AttributeValidationNote(VERSION_KEY, VERSION_KEY, int)]
        errors.append(error)
    extra = set(data) - set(_EVENT_FIELDS) - {VERSION_KEY}
    if extra:
        errors.append(ForbiddenExtraKeysError("", Event, extra))
    duplicates = data.duplicates if isinstance(data, _Object) else ()
    if duplicates:
        errors.append(_ExpectedError(_duplicates_message(duplicates)))

    context = _Context()
    token = _context.set(context)
    values: dict[str, Any] = {}
    try:
        order = list(_FIRST) + [name for name in _EVENT_FIELDS if name not in _FIRST]
        for name in order:
            attribute = _EVENT_FIELDS[name]
            if name == "timezone" and name not in data:
                # the event's zone when none is written: times are read in it all the same,
                # so what comes from their wall clock (a round's id) is the same once written
                context.zone = zoneinfo.ZoneInfo(str(attribute.default))
            if name not in data:
                if attribute.default is attrs.NOTHING:
                    missing = KeyError(name)
                    missing.__notes__ = [AttributeValidationNote(name, name, attribute.type)]
                    errors.append(missing)
                continue
            try:
                if name == "description":
                    values[name] = _structure_paragraphs(data[name], str)
                else:
                    values[name] = converter.structure(data[name], _EVENT_TYPES[name])
                if name == "timezone" and not _is_zone(values[name]):
                    raise _ExpectedError(
                        f"timezone {_quote(values[name])} is not an IANA time zone "
                        "such as 'Europe/Copenhagen'"
                    )
                convert: Any = attribute.converter
                if convert is not None and name != "sessions":
                    # What the model checks of one field (a name not blank) is
                    # listed now, at the field's own path.
                    values[name] = convert(values[name])
                if attribute.validator is not None:
                    # Field checks (locale, zone, end after start) run now, so their
                    # problems are listed with the others, at their own paths; a field
                    # that failed to read is None to them (so an end is not compared
                    # with a start that is not there).
                    read = SimpleNamespace(**{**dict.fromkeys(_EVENT_FIELDS), **values})
                    attribute.validator(read, attribute, values[name])
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
    except RecursionError:
        raise InvalidInput([_problem("$", _TOO_DEEP)]) from None
    except Exception as error:  # the safety net: a bug here is still folkemode's own error
        raise InvalidInput([_problem("$", _INTERNAL, code="internal-error")]) from error
    return event


def from_json(text: str | bytes) -> Event:
    """Read canonical JSON; raises InvalidInput listing every problem with its path."""
    try:
        data = json.loads(text, object_pairs_hook=_object, parse_int=_integer)
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
    except RecursionError:
        raise InvalidInput([_problem("$", _TOO_DEEP, code="syntax")]) from None
    return from_dict(data)


_TOO_DEEP = (
    "lists and objects are nested too deeply to read; expected the nesting of a "
    f"programme (fewer than {2 * MAX_AGENDA_DEPTH + 10} levels)"
)
_INTERNAL = "could not be read because of an error in folkemode; please report this input"


def _problem(path: str, message: str, *, code: str = "invalid") -> Diagnostic:
    return Diagnostic(message=message, path=path, severity=Severity.ERROR, code=code)


def _format_exception(error: BaseException, type_: type | None) -> str:
    if isinstance(error, _ExpectedError):
        return str(error)
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, ForbiddenExtraKeysError):
        keys = ", ".join(sorted(_shown_key(key) for key in error.extra_fields))
        return f"unknown key{'s' if len(error.extra_fields) > 1 else ''}: {keys}"
    if isinstance(error, RecursionError):
        return _TOO_DEEP
    if isinstance(error, InvalidValue):
        return error.reason  # the model's own checks: "a venue needs a name, ..."
    if isinstance(error, ValueError):
        return str(error)
    return _INTERNAL


def _diagnostics(error: ClassValidationError | IterableValidationError) -> list[Diagnostic]:
    from cattrs import transform_error

    found = []
    for line in transform_error(error, path="$", format_exception=_format_exception):
        message, _, path = line.rpartition(" @ ")
        found.append(
            Diagnostic(message=message, path=path, severity=Severity.ERROR, code="invalid")
        )
    return found
