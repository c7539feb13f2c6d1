"""Checking and converting the values given to the model's classes.

Every field of :mod:`folkemode.model` passes through one of these functions
when an object is made, so a wrong value fails there, with
:class:`~folkemode.errors.InvalidValue` naming the field
(``Session.speakers[0]``) and what it takes, and never later inside an
exporter. The few conveniences are the unambiguous ones:

- a plain string where a :class:`~folkemode.Speaker`,
  :class:`~folkemode.Organisation`, :class:`~folkemode.Contact`,
  :class:`~folkemode.Track`, :class:`~folkemode.WorkshopRound`,
  :class:`~folkemode.Venue`, :class:`~folkemode.Price` or
  :class:`~folkemode.AgendaItem` is expected is its name (its text);
- an ISO 8601 string where a datetime is expected, when it has a UTC offset
  (``"2026-03-05T09:30+01:00"``): a time without one could be in any zone;
- an ISO 8601 date string (``"2026-03-05"``) where a date is expected;
- an ``int`` or a decimal string for an amount of money;
- any iterable (a list, a generator) for a collection, kept as a tuple; a
  string is not taken as a collection of its letters.

What canonical JSON refuses when it is read (:mod:`folkemode.serialise`) is
refused here too, so an event built in code writes in every format: control
characters and lone surrogates in text, line breaks outside descriptions,
years outside :data:`FIRST_YEAR` to :data:`LAST_YEAR`, amounts of more than
:data:`MAX_AMOUNT_DIGITS` digits, agenda items nested deeper than
:data:`MAX_AGENDA_DEPTH`.

>>> optional_text("  Salen ", "Session.room")
'Salen'
>>> moment("2026-03-05T09:30", "Session.start")
Traceback (most recent call last):
...
folkemode.errors.InvalidValue: Session.start: expected a time-zone aware datetime, got naive \
'2026-03-05T09:30' (give an offset, e.g. '2026-03-05T09:30+01:00', or a datetime with tzinfo)
"""

from __future__ import annotations

import enum
import re
import types
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from attrs import Attribute

from folkemode.errors import InvalidValue

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "MAX_AGENDA_DEPTH",
    "MAX_AMOUNT_DIGITS",
    "amount",
    "collection",
    "count",
    "day",
    "flag",
    "label_converters",
    "links",
    "member",
    "moment",
    "one_of",
    "optional_text",
    "paragraphs",
    "required_moment",
    "text",
]

T = TypeVar("T")

#: The years a datetime or date may fall in. Years 1 and 9999 overflow in
#: exporters, and so does 9998: the ICS exporter scans the zone's rules up to
#: the start of the second year after (exporters/vtimezone.py, year 10000).
FIRST_YEAR, LAST_YEAR = 1000, 9997

#: How many digits an amount may have before the decimal point, and after it.
MAX_AMOUNT_DIGITS = 12

#: How deep agenda items may nest: a session's items are level 1, their
#: children level 2, and so on. Real programmes use two or three levels.
MAX_AGENDA_DEPTH = 20

# Any character that may need a closer look: C0 and C1 controls (tab, line feed
# and carriage return among them), DEL, lone surrogates and Unicode line breaks.
_ODD = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufffe\uffff]")
# Refused in all text: the controls but tab, line feed and carriage return.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK = re.compile("[\n\r\u2028\u2029]")


def _takes_label(converter: object) -> bool:
    code = getattr(converter, "__code__", None)
    return code is not None and "label" in code.co_varnames[: code.co_argcount]


def _bound(converter: Callable[[Any, str], Any], label: str) -> Callable[[Any], Any]:
    # Every field of every session goes through one: the converter itself, copied with
    # ``label`` as its default, costs no call on top (a closure costs one, a keyword
    # bound by functools.partial five times as much).
    code = getattr(converter, "__code__", None)
    defaults = getattr(converter, "__defaults__", None)
    if isinstance(converter, types.FunctionType) and code is not None and defaults:
        index = code.co_varnames.index("label") - (code.co_argcount - len(defaults))
        if 0 <= index < len(defaults):
            copy = types.FunctionType(
                code,
                converter.__globals__,
                converter.__name__,
                (*defaults[:index], label, *defaults[index + 1 :]),
                converter.__closure__,
            )
            copy.__kwdefaults__ = converter.__kwdefaults__
            copy.__qualname__ = converter.__qualname__
            copy.__doc__ = converter.__doc__
            copy.__module__ = converter.__module__
            return copy

    def convert(value: Any) -> Any:
        return converter(value, label)

    return convert


def label_converters(cls: type, fields: list[Attribute]) -> list[Attribute]:  # type: ignore[type-arg]
    """An attrs ``field_transformer``: each converter with a ``label`` learns its field.

    A converter written ``def conv(value, label="value")`` is called with
    ``label="Session.speakers"`` for that field, so its errors name it; the
    function written in the class body stays what type checkers read.
    """
    result = []
    for attribute in fields:
        converter: Any = attribute.converter
        if _takes_label(converter):
            label = f"{cls.__name__}.{attribute.alias or attribute.name}"
            attribute = attribute.evolve(converter=_bound(converter, label))
        result.append(attribute)
    return result


# -- plain values ----------------------------------------------------------------


def _plain(value: str) -> bool:
    """True for the common string: no space at its ends, no character to look at."""
    if value.isprintable():
        # What _ODD finds is of a category str.isprintable refuses (controls, surrogates,
        # separators, noncharacters), and of the spaces it takes only " ": a printable
        # string is told in one pass in C, for less than the search costs.
        return value != "" and value[0] != " " and value[-1] != " "
    return (
        bool(value)
        and not value[0].isspace()
        and not value[-1].isspace()
        and _ODD.search(value) is None
    )


def _checked(value: str, label: str, *, single_line: bool) -> str:
    """``value`` stripped, once it holds no character no output can carry."""
    forbidden = _FORBIDDEN.search(value)
    if forbidden is not None:
        character = forbidden.group()
        what = "a lone surrogate" if "\ud800" <= character <= "\udfff" else "a control character"
        raise InvalidValue(
            label,
            "text without control characters",
            detail=f"expected text without control characters, got {what} "
            f"U+{ord(character):04X} in {value[:60]!r}",
        )
    stripped = value.strip()
    if single_line and _LINE_BREAK.search(stripped):
        raise InvalidValue(
            label,
            "a single line of text",
            detail=f"expected a single line of text, got a line break in {value[:60]!r}",
        )
    return stripped


# _plain written out in the converters below: each field of each session calls one.
# (A printable string that does not start or end with " " is plain; see _plain.)
_odd = _ODD.search


def text(value: str, label: str = "value") -> str:
    """A single line of text that is not blank, without spaces at its ends."""
    if type(value) is str and value:
        if value.isprintable():
            if value[0] != " " and value[-1] != " ":
                return value
        elif not value[0].isspace() and not value[-1].isspace() and _odd(value) is None:
            return value
    if not isinstance(value, str):
        raise InvalidValue(label, "a string", value)
    stripped = _checked(value, label, single_line=True)
    if not stripped:
        raise InvalidValue(label, "a string", detail="must not be empty")
    return stripped


def optional_text(value: str | None, label: str = "value") -> str | None:
    """A single line of text without spaces at its ends, or None (for "" too)."""
    if value is None:
        return None
    if type(value) is str and value:
        if value.isprintable():
            if value[0] != " " and value[-1] != " ":
                return value
        elif not value[0].isspace() and not value[-1].isspace() and _odd(value) is None:
            return value
    return _optional(value, label, single_line=True)


def paragraphs(value: str | None, label: str = "value") -> str | None:
    """Text of one or more lines (a description), or None (for "" too)."""
    if value is None:
        return None
    return _optional(value, label, single_line=False)


def _optional(value: str | None, label: str, *, single_line: bool) -> str | None:
    if value is None:
        return None
    if type(value) is str and _plain(value):
        return value
    if not isinstance(value, str):
        raise InvalidValue(label, "a string or None", value)
    return _checked(value, label, single_line=single_line) or None


E = TypeVar("E", bound=enum.StrEnum)


def member(choices: type[E], value: object, label: str) -> E:
    """``value`` as one of ``choices``: itself, or its value as a string (any case)."""
    if isinstance(value, choices):
        return value
    if isinstance(value, str):
        try:
            return choices(value.strip().lower())
        except ValueError:
            pass
    listed = ", ".join(repr(choice.value) for choice in choices)
    raise InvalidValue(label, f"a {choices.__name__} or one of {listed}", value)


def count(value: int, label: str = "value") -> int:
    """A whole number, zero or more (not a bool, not a float)."""
    if type(value) is int and 0 <= value < 2**31:
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(label, "a whole number of 0 or more", value)
    raise InvalidValue(label, "a whole number from 0 to 2147483647", value)


def flag(value: bool, label: str = "value") -> bool:
    """True or False, nothing else (not 1, not "yes")."""
    if value is True or value is False:
        return value
    raise InvalidValue(label, "True or False", value)


def _years(label: str, what: str, value: date) -> InvalidValue:
    return InvalidValue(
        label,
        f"a {what} in the years {FIRST_YEAR} to {LAST_YEAR}",
        detail=f"expected a {what} in the years {FIRST_YEAR} to {LAST_YEAR}, got {value}",
    )


def _aware(value: datetime, label: str, given: object) -> datetime:
    if not FIRST_YEAR < value.year < LAST_YEAR:
        # at the edges, an offset may move the instant into a year no exporter can write
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise _years(label, "datetime", value)
        offset = value.utcoffset()
        if offset is not None and not FIRST_YEAR <= (value - offset).year <= LAST_YEAR:
            raise _years(label, "datetime", value)
    if value.tzinfo is None or value.utcoffset() is None:
        shown = given if isinstance(given, str) else value.isoformat()
        raise InvalidValue(
            label,
            "a time-zone aware datetime",
            detail=(
                f"expected a time-zone aware datetime, got naive {shown!r} (give an offset, "
                f"e.g. '{shown}+01:00', or a datetime "
                "with tzinfo)"
            ),
        )
    return value


def moment(value: datetime | str | None, label: str = "value") -> datetime | None:
    """An aware datetime, or an ISO 8601 string with an offset, or None."""
    if value is None:
        return None
    if (
        type(value) is datetime
        and FIRST_YEAR < value.year < LAST_YEAR
        and value.tzinfo is not None
        and value.utcoffset() is not None
    ):
        return value  # the common case, as _aware takes it
    return required_moment(value, label)


def required_moment(value: datetime | str, label: str = "value") -> datetime:
    """An aware datetime, or an ISO 8601 string with an offset."""
    if isinstance(value, datetime):
        return _aware(value, label, value)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidValue(
                label, "an ISO 8601 datetime such as '2026-03-05T09:30+01:00'", value
            ) from None
        return _aware(parsed, label, value)
    raise InvalidValue(label, "a time-zone aware datetime", value)


def day(value: date | str | None, label: str = "value") -> date | None:
    """A date (not a datetime), or an ISO 8601 date string, or None."""
    if type(value) is date and FIRST_YEAR <= value.year <= LAST_YEAR:
        return value
    if value is None:
        return value
    if isinstance(value, datetime):
        raise InvalidValue(label, "a date", detail=f"expected a date, not a datetime ({value})")
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidValue(label, "an ISO 8601 date such as '2026-03-05'", value) from None
    if isinstance(value, date):
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise _years(label, "date", value)
        return value
    raise InvalidValue(label, "a date", value)


def amount(value: Decimal | int | str | None, label: str = "value") -> Decimal | None:
    """An amount of money: a Decimal, an int or a decimal string; None when unknown."""
    if value is None:
        return value
    if isinstance(value, bool | float):
        # a float is already rounded (0.1 + 0.2), a bool is no amount
        raise InvalidValue(label, "a Decimal, an int or a decimal string", value)
    if isinstance(value, Decimal | int):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise InvalidValue(label, "a decimal number such as '150' or '99.50'", value) from None
    else:
        raise InvalidValue(label, "a Decimal, an int or a decimal string", value)
    if not number.is_finite():
        raise InvalidValue(label, "a finite amount", value)
    _, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # a finite number's is
    before, after = max(len(digits) + exponent, 0), max(-exponent, 0)
    if before > MAX_AMOUNT_DIGITS or after > MAX_AMOUNT_DIGITS:
        raise InvalidValue(
            label,
            f"an amount of at most {MAX_AMOUNT_DIGITS} digits before and after the point",
            value,
        )
    return number


# -- model objects -------------------------------------------------------------


def one_of(
    value: object,
    cls: type[T],
    label: str,
    *,
    from_text: Callable[[str], T] | None = None,
    what: str,
) -> T:
    """``value`` as a ``cls``: itself, or made from a string by ``from_text``."""
    if isinstance(value, cls):
        return value
    if from_text is not None and isinstance(value, str):
        try:
            return from_text(value)
        except InvalidValue as error:
            raise _moved(error, label) from None
    raise InvalidValue(label, what, value)


def collection(
    value: Iterable[Any],
    cls: type[T],
    label: str,
    *,
    from_text: Callable[[str], T] | None = None,
    what: str,
) -> tuple[T, ...]:
    """``value`` as a tuple of ``cls``, each element checked (and made from text)."""
    kind = type(value)
    if kind is tuple or kind is list:
        for thing in value:
            if type(thing) is not cls:
                break
        else:  # the common case, checked without making anything new
            return value if isinstance(value, tuple) else tuple(value)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValue(label, f"a list, each item {what}", value)
    return tuple(
        one_of(thing, cls, f"{label}[{index}]", from_text=from_text, what=what)
        for index, thing in enumerate(value)
    )


def _moved(error: InvalidValue, label: str) -> InvalidValue:
    """An error made while building an object from text, placed at ``label``.

    ``Speaker.name: must not be empty`` raised for ``speakers[0]`` becomes
    ``Session.speakers[0].name: must not be empty``.
    """
    detail = error.reason
    inner = error.field.partition(".")[2]
    return InvalidValue(f"{label}.{inner}" if inner else label, error.expected, detail=detail)


def links(value: Iterable[str], label: str = "links") -> tuple[str, ...]:
    """A tuple of addresses, each a non-blank string (without spaces at its ends)."""
    if type(value) is tuple:
        for thing in value:
            if type(thing) is not str or not _plain(thing):
                break
        else:
            return value
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValue(label, "a list of URLs as strings", value)
    result = []
    for index, thing in enumerate(value):
        if not isinstance(thing, str):
            raise InvalidValue(f"{label}[{index}]", "a URL as a string", thing)
        address = _checked(thing, f"{label}[{index}]", single_line=True)
        if not address:
            raise InvalidValue(f"{label}[{index}]", "a URL", detail="must not be empty")
        result.append(address)
    return tuple(result)
