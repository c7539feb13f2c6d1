"""Locales, CLDR names and formatting, all through babel.

Programmes are written in Danish (``da``), Norwegian Bokmål (``nb``) or
Nynorsk (``nn``); output can also be English (``en``). Month and weekday
names and the date and time patterns come from CLDR; words CLDR does not
have belong in the importer's vocabulary tables, and user-facing labels in the
gettext catalogues under ``folkemode/locale``.

A plugin adds a language with the ``register_locales`` hook (its name, time
zone and aliases, see :class:`Language`) and its labels with the
``locale_catalogues`` hook; :func:`input_locales`, :func:`output_locales`
and :func:`known_locales` then list it beside the built-in ones.

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
import os
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from attrs import field, frozen
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
    "Language",
    "format_date",
    "format_day",
    "format_duration",
    "format_time",
    "format_time_range",
    "input_locales",
    "known_locales",
    "month_names",
    "normalise_locale",
    "output_locales",
    "timezone_for",
    "translate",
    "translations",
    "weekday_names",
]

#: Built-in languages programmes are written in (plugins add more: :func:`input_locales`).
INPUT_LOCALES: tuple[str, ...] = ("da", "nb", "nn")
#: Built-in languages folkemode writes (plugins add more: :func:`output_locales`).
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


def _lowered(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(value.strip().lower() for value in values)


def _code(value: str) -> str:
    return value.strip().lower()


@frozen(kw_only=True)
class Language:
    """A language a plugin teaches folkemode, registered through ``register_locales``.

    ``name`` is the code events carry (``Event.locale``) and CLDR knows
    (babel gives the month and weekday names and the date patterns);
    ``timezone`` is the IANA zone programmes in it are usually given in;
    ``aliases`` are other spellings users type (``"svenska"``). ``reads`` says
    the text importer reads programmes in it; ``writes`` that the exporters
    write it. ``time_pattern`` is a CLDR pattern for clock times where a
    language's usage differs from CLDR's short time (``"HH.mm"``).

    >>> Language(name="fo", timezone="Atlantic/Faroe", aliases=("føroyskt",)).writes
    True
    """

    name: str = field(converter=_code)
    timezone: str
    aliases: tuple[str, ...] = field(default=(), converter=_lowered)
    reads: bool = True
    writes: bool = True
    time_pattern: str | None = None


def _plugin_languages() -> dict[str, Language]:
    """The languages plugins register, by name (the built-in ones are not among them)."""
    from folkemode.plugins import _collect

    found: dict[str, Language] = _collect("register_locales", Language)
    return {name: language for name, language in found.items() if name not in OUTPUT_LOCALES}


def input_locales() -> tuple[str, ...]:
    """The languages programmes are read in: the built-in ones, then the plugins'.

    >>> input_locales()[:3]
    ('da', 'nb', 'nn')
    """
    plugins = [name for name, language in _plugin_languages().items() if language.reads]
    return (*INPUT_LOCALES, *plugins)


def output_locales() -> tuple[str, ...]:
    """The languages folkemode writes: the built-in ones, then the plugins'."""
    plugins = [name for name, language in _plugin_languages().items() if language.writes]
    return (*OUTPUT_LOCALES, *plugins)


def known_locales() -> tuple[str, ...]:
    """Every language an event can be in (``Event.locale``): read or written."""
    return tuple(dict.fromkeys((*output_locales(), *input_locales())))


def normalise_locale(value: str, *, allowed: tuple[str, ...] | None = None) -> str:
    """Reduce a locale tag to one folkemode speaks (by default one it writes).

    >>> normalise_locale("no"), normalise_locale("da_DK"), normalise_locale("nb-NO")
    ('nb', 'da', 'nb')
    """
    tag = value.strip().lower().replace("-", "_")
    language = tag.split("_", 1)[0].split(".", 1)[0]
    language = _ALIASES.get(tag, _ALIASES.get(language, language))
    if language in (allowed if allowed is not None else OUTPUT_LOCALES):
        return language
    plugins = _plugin_languages()
    for name, spoken in plugins.items():
        if tag in spoken.aliases or language in spoken.aliases:
            language = name
    if allowed is None:
        allowed = (*OUTPUT_LOCALES, *(n for n, spoken in plugins.items() if spoken.writes))
    if language not in allowed:
        raise FolkemodeError(f"locale {value!r} is not supported; use one of {', '.join(allowed)}")
    return language


def timezone_for(locale: str) -> str:
    """The IANA zone programmes in this locale are usually given in."""
    language = normalise_locale(locale, allowed=known_locales())
    if language in _TIMEZONES or language in OUTPUT_LOCALES:
        return _TIMEZONES.get(language, "Europe/Copenhagen")
    return _plugin_languages()[language].timezone


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
    language = normalise_locale(locale)
    pattern = None
    if language not in OUTPUT_LOCALES:
        pattern = _plugin_languages()[language].time_pattern
    return _babel_format_time(value, pattern or "short", locale=language)


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


CatalogueSource = str | os.PathLike[str] | Traversable


def _plugin_catalogues(language: str) -> tuple[Traversable, ...]:
    """The ``.po`` files plugins give for ``language``, in the order of the plugins."""
    from folkemode.plugins import load_plugins, pm

    load_plugins()
    found: list[Traversable] = []
    for answer in pm.hook.locale_catalogues(locale=language):
        if answer is None:
            continue
        found.append(Path(answer) if isinstance(answer, str | os.PathLike) else answer)
    return tuple(found)


def translations(locale: str) -> NullTranslations:
    """The gettext catalogue for ``locale``: folkemode's ``.po`` file, then the plugins'.

    Catalogues ship as ``.po`` and are compiled in memory on first use (a
    few dozen labels), so there is no build step between editing a
    translation and seeing it. A message folkemode's own catalogue lacks is
    looked up in the catalogues plugins give through ``locale_catalogues``
    (a plugin's language has only those).
    Without a catalogue, messages come back untranslated.
    """
    language = normalise_locale(locale)
    own = resources.files("folkemode").joinpath("locale", language, "LC_MESSAGES", f"{DOMAIN}.po")
    sources = (
        (own, *_plugin_catalogues(language)) if own.is_file() else _plugin_catalogues(language)
    )
    return _translations(language, sources)


@functools.cache
def _translations(language: str, sources: tuple[Traversable, ...]) -> NullTranslations:
    chained: NullTranslations | None = None
    for source in sources:
        catalogue = _compiled(language, source)
        if chained is None:
            chained = catalogue
        else:
            chained.add_fallback(catalogue)
    return chained if chained is not None else NullTranslations()


def _compiled(language: str, source: Traversable) -> Translations:
    with source.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def translate(locale: str, message: str) -> str:
    """``message`` from the catalogue of ``locale`` (itself when untranslated)."""
    return translations(locale).gettext(message)
