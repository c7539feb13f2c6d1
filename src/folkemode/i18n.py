"""Locales, CLDR names and formatting, all through babel.

Programmes are written in Danish (``da``), Norwegian Bokmål (``nb``) or
Nynorsk (``nn``); output can also be English (``en``). Month and weekday
names and the date and time patterns come from CLDR; words CLDR does not
have belong in the importer's vocabulary tables, and user-facing labels in the
gettext catalogues under ``folkemode/locale``.

>>> from datetime import date, time
>>> format_day(date(2021, 1, 23), "da")
'lørdag den 23. januar 2021'
>>> format_day(date(2021, 1, 23), "nb")
'lørdag 23. januar 2021'
>>> format_time(time(10, 0), "da"), format_time(time(10, 0), "nb")
('10.00', '10:00')
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from importlib import resources
from typing import Literal

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.dates import format_time as _babel_format_time
from babel.dates import get_day_names, get_month_names
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from babel.units import format_unit

from folkemode.errors import FolkemodeError

__all__ = [
    "INPUT_LOCALES",
    "OUTPUT_LOCALES",
    "format_date",
    "format_day",
    "format_duration",
    "format_time",
    "format_time_range",
    "month_names",
    "normalise_locale",
    "timezone_for",
    "translate",
    "translations",
    "weekday_names",
]

#: Languages programmes are written in.
INPUT_LOCALES: tuple[str, ...] = ("da", "nb", "nn")
#: Languages folkemode writes.
OUTPUT_LOCALES: tuple[str, ...] = ("da", "nb", "nn", "en")

_ALIASES = {
    "no": "nb",
    "nor": "nb",
    "bokmal": "nb",
    "bokmål": "nb",
    "nob": "nb",
    "nno": "nn",
    "nynorsk": "nn",
    "dan": "da",
    "dansk": "da",
    "danish": "da",
    "eng": "en",
    "english": "en",
}
_TIMEZONES = {"da": "Europe/Copenhagen", "nb": "Europe/Oslo", "nn": "Europe/Oslo"}

DateFormat = Literal["full", "long", "medium", "short"]


def normalise_locale(value: str, *, allowed: tuple[str, ...] = OUTPUT_LOCALES) -> str:
    """Reduce a locale tag to one folkemode speaks.

    >>> normalise_locale("no"), normalise_locale("da_DK"), normalise_locale("nb-NO")
    ('nb', 'da', 'nb')
    """
    tag = value.strip().lower().replace("-", "_")
    language = tag.split("_", 1)[0].split(".", 1)[0]
    language = _ALIASES.get(tag, _ALIASES.get(language, language))
    if language not in allowed:
        raise FolkemodeError(f"locale {value!r} is not supported; use one of {', '.join(allowed)}")
    return language


def timezone_for(locale: str) -> str:
    """The IANA zone programmes in this locale are usually given in."""
    return _TIMEZONES.get(normalise_locale(locale), "Europe/Copenhagen")


# -- names for the importer -------------------------------------------------------------

_TRAILING_DOT = re.compile(r"\.$")


def _name_forms(names: dict[int, str]) -> dict[str, int]:
    forms: dict[str, int] = {}
    for number, name in names.items():
        lowered = name.lower()
        forms[lowered] = number
        bare = _TRAILING_DOT.sub("", lowered)
        # Two-letter forms without their dot ("to", "on") are ordinary words.
        if len(bare) >= 3:
            forms[bare] = number
    return forms


def _cldr_forms(names_of: Callable[..., Mapping[int, str]], locale: str) -> dict[str, int]:
    """Wide and abbreviated names, format and stand-alone, in all their spellings."""
    babel_locale = Locale.parse(normalise_locale(locale))
    forms: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            forms.update(_name_forms(dict(names_of(width, context, locale=babel_locale).items())))
    return forms


@functools.cache
def month_names(locale: str) -> dict[str, int]:
    """Every CLDR spelling of the months in ``locale``, lower-cased, mapped to 1..12.

    Wide and abbreviated, format and stand-alone, with and without the
    abbreviation's dot.

    >>> month_names("da")["marts"], month_names("da")["mar."], month_names("nb")["mars"]
    (3, 3, 3)
    """
    return _cldr_forms(get_month_names, locale)


@functools.cache
def weekday_names(locale: str) -> dict[str, int]:
    """Every CLDR spelling of the weekdays in ``locale``, lower-cased; Monday is 0.

    Wide and abbreviated forms, with and without the dot (but "to." keeps its
    dot: bare two-letter forms are ordinary words).

    >>> weekday_names("da")["lørdag"], weekday_names("nn")["laurdag"], weekday_names("da")["tirs"]
    (5, 5, 1)
    """
    return _cldr_forms(get_day_names, locale)


# -- formatting for output ----------------------------------------------------------------


def format_date(value: date, locale: str, format: DateFormat = "long") -> str:
    """A date as CLDR writes it in ``locale`` (``format`` is a CLDR width)."""
    return _babel_format_date(value, format, locale=normalise_locale(locale))


def format_day(value: date, locale: str) -> str:
    """A day heading with weekday: "lørdag den 23. januar 2021" in Danish."""
    return _babel_format_date(value, "full", locale=normalise_locale(locale))


def format_time(value: time | datetime, locale: str) -> str:
    """A clock time the local way: "10.00" in Danish, "10:00" in Norwegian.

    For an aware datetime the time is shown as it is, in its own zone.
    """
    if isinstance(value, datetime):
        value = value.time()
    return _babel_format_time(value, "short", locale=normalise_locale(locale))


def format_time_range(start: time | datetime, end: time | datetime | None, locale: str) -> str:
    """ "10.00–11.15" (da), "10:00–11:15" (nb), or just the start when ``end`` is None."""
    if end is None:
        return format_time(start, locale)
    return f"{format_time(start, locale)}–{format_time(end, locale)}"


def format_duration(value: timedelta, locale: str) -> str:
    """A duration in words, exact to the minute (babel's own rounds 75 minutes to "1 time").

    >>> format_duration(timedelta(minutes=75), "da")
    '1 time og 15 minutter'
    >>> format_duration(timedelta(hours=2), "nn")
    '2 timar'
    >>> format_duration(timedelta(minutes=45), "nb")
    '45 minutter'
    """
    language = normalise_locale(locale)
    if value < timedelta(0):
        raise ValueError(f"a duration cannot be negative: {value}")
    total_minutes = round(value.total_seconds() / 60)
    days, rest = divmod(total_minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [
        format_unit(amount, unit, length="long", locale=language)
        for amount, unit in (
            (days, "duration-day"),
            (hours, "duration-hour"),
            (minutes, "duration-minute"),
        )
        if amount
    ]
    if not parts:
        parts = [format_unit(0, "duration-minute", length="long", locale=language)]
    return format_list(parts, locale=language)


# -- gettext catalogues ----------------------------------------------------------------

DOMAIN = "folkemode"


@functools.cache
def translations(locale: str) -> NullTranslations:
    """The gettext catalogue for ``locale``, read from its ``.po`` file.

    Catalogues ship as ``.po`` and are compiled in memory on first use (a
    few dozen labels), so there is no build step between editing a
    translation and seeing it.
    Without a catalogue, messages come back untranslated.
    """
    language = normalise_locale(locale)
    resource = resources.files("folkemode").joinpath(
        "locale", language, "LC_MESSAGES", f"{DOMAIN}.po"
    )
    if not resource.is_file():
        return NullTranslations()
    with resource.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def translate(locale: str, message: str) -> str:
    """``message`` from the catalogue of ``locale`` (itself when untranslated)."""
    return translations(locale).gettext(message)
