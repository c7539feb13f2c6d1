"""Reading a programme text: the steps, in order, and the safety net around them.

1. the vocabulary (built-in tables plus plugins) and the locale;
2. lines and their shapes (:mod:`.classify`);
3. the structure (:mod:`.structure`), claiming every line in the ledger, and the
   days a headingless programme changes on (:mod:`.daybreaks`);
4. the calendar: years and dates (:mod:`.calendar`);
5. the model: sessions, rounds, tracks (:mod:`.assemble`) and the event
   (:mod:`.event`);
6. the audit (:mod:`.audit`): times and people the reading did not use are warnings;
7. the ledger is settled: a line nobody claimed is reported.

Hostile input never escapes as an exception: a failure inside the importer
becomes one ``internal-error`` diagnostic and an event with what little is
known, so ``folkemode.loads(..., strict=True)`` raises
:class:`~folkemode.errors.InvalidInput` and the default mode returns.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from folkemode import i18n
from folkemode.errors import Diagnostic, FolkemodeError, Severity
from folkemode.formats import ImportOptions, ImportResult
from folkemode.importers.text.assemble import build_sessions
from folkemode.importers.text.audit import audit
from folkemode.importers.text.calendar import Calendar
from folkemode.importers.text.classify import classify_document
from folkemode.importers.text.daybreaks import (
    add_daybreaks,
    add_overnight_days,
    add_stacked_days,
)
from folkemode.importers.text.endings import Endings
from folkemode.importers.text.event import build_event
from folkemode.importers.text.kinds import KindClassifier, PluginKind
from folkemode.importers.text.ledger import Ledger
from folkemode.importers.text.locale import detect_locale
from folkemode.importers.text.panels import move_panels
from folkemode.importers.text.people import PeopleReader
from folkemode.importers.text.structure import Builder, Structure
from folkemode.importers.text.times import clear_memo
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import Event, SessionKind
from folkemode.summary import NO_PROGRAMME_CODE

__all__ = ["lexicon_with_plugins", "read_text", "read_text_with_ledger"]

_PLACE = re.compile(r"(?:^|[\s(])(?:i|på|fra|frå|for)\s(?P<place>[A-ZÆØÅ][a-zæøåäöü-]{2,40})")


def lexicon_with_plugins(problems: list[str] | None = None) -> Lexicon:
    """The built-in vocabulary merged with every plugin's ``text_vocabulary``.

    A plugin whose words cannot be used is left out; why goes into ``problems``.
    """
    from folkemode.plugins import load_plugins, pm

    load_plugins()
    extra: list[tuple[str, tuple[tuple[str, Any], ...]]] = []
    for locale in i18n.input_locales():
        for words in pm.hook.text_vocabulary(locale=locale):
            if not words:
                continue
            try:
                frozen = _freeze(words)
                Lexicon.build([(locale, dict(words))])
            except (FolkemodeError, TypeError, ValueError, AttributeError) as error:
                if problems is not None:
                    problems.append(f"a plugin's vocabulary for {locale!r} was left out: {error}")
                continue
            extra.append((locale, frozen))
    return _lexicon(tuple(extra))


def _freeze(words: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    frozen = []
    for key, value in words.items():
        if isinstance(value, Mapping):
            frozen.append((key, tuple(sorted(value.items()))))
        else:
            frozen.append((key, tuple(value)))
    return tuple(frozen)


_CACHE: dict[object, Lexicon] = {}
_MAPPED = ("numbers", "units", "platforms", "months", "weekdays")


def _lexicon(extra: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]) -> Lexicon:
    cached = _CACHE.get(extra)
    if cached is None:
        tables = []
        for locale, words in extra:
            table: dict[str, Any] = {}
            for key, value in words:
                table[key] = dict(value) if key in _MAPPED else value
            tables.append((locale, table))
        cached = Lexicon.build(tables)
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[extra] = cached
    return cached


def _kind_plugin(locale: str) -> PluginKind | None:
    from folkemode.plugins import pm

    hook = pm.hook.text_session_kind
    if not hook.get_hookimpls():
        return None

    def ask(title: str) -> SessionKind | None:
        answer = hook(title=title, locale=locale)
        if answer is None:
            return None
        try:
            return SessionKind(str(answer))
        except ValueError:
            return None

    return ask


# _PLACE without its "^", one pattern for each word's first letter: a pattern that
# opens with a letter is scanned for at C speed, from one such letter to the next, and
# the space (or bracket) before the word is looked behind for only there. The text's
# start is tried on its own, first. No two places overlap (a place's word follows a
# space or bracket, and its name is letters), so the three scans find what one
# search for all the words finds.
_PLACE_NAME = r"\s(?P<place>[A-ZÆØÅ][a-zæøåäöü-]{2,40})"
_PLACES_INSIDE = (
    re.compile(r"i(?<=[\s(]i)" + _PLACE_NAME),
    re.compile(r"på(?<=[\s(]på)" + _PLACE_NAME),
    re.compile(r"f(?<=[\s(]f)(?:r[aå]|or)" + _PLACE_NAME),
)


def _places(text: str) -> frozenset[str]:
    first = _PLACE.match(text)
    after = first.end() if first is not None else 0
    places = {
        m.group("place").lower() for inside in _PLACES_INSIDE for m in inside.finditer(text, after)
    }
    if first is not None:
        places.add(first.group("place").lower())
    return frozenset(places)


def _weekday_message(found: date) -> str:
    from babel.dates import format_date

    named = format_date(found, "EEEE", locale="en")
    return f"the heading's weekday does not fit its date: {found.isoformat()} is a {named}"


def _report_dates(structure: Structure, calendar: Calendar, ledger: Ledger) -> None:
    timed = [s for s in structure.sessions if s.start is not None]
    if calendar.day_before is not None and calendar.first_day is not None:
        ledger.info(
            calendar.day_before.line,
            "day-inferred",
            f"the items before {structure.days[0].line.text.strip()!r} have no day heading and "
            f"their times run on past those under it: read as the day before, "
            f"{calendar.first_day.isoformat()}",
        )
    for day, read in calendar.year_slips:
        assert day.date is not None and day.date.year is not None
        ledger.warn(
            day.line,
            "weekday",
            f"the heading's year {day.date.year} does not fit its weekday, the event's "
            f"year does: read as {read.isoformat()}",
        )
    slipped = {id(day) for day, _ in calendar.year_slips}
    for day in structure.days:
        partial = day.date
        if partial is None or calendar.year is None or id(day) in slipped:
            continue
        if id(day) in calendar.days:
            placed = calendar.days[id(day)]
            if partial.weekday is not None and placed.weekday() != partial.weekday:
                ledger.warn(day.line, "weekday", _weekday_message(placed))
            continue
        year = partial.year or calendar.year
        found = partial.with_year(year)
        if found is not None and partial.weekday is not None and found.weekday() != partial.weekday:
            ledger.warn(day.line, "weekday", _weekday_message(found))
        if found is None:
            count = sum(1 for s in timed if s.day is day)
            kept = "1 timed session is" if count == 1 else f"{count} timed sessions are"
            ledger.warn(
                day.line,
                "no-such-date",
                f"{partial.day}.{partial.month}.{year} is no date, so the {kept} "
                "kept without start and end",
            )
    # the event's day and an item's own ("Temadag torsdag 14. marts 2026", a Saturday);
    # of a range of days only the first is read with a weekday, which may be the last's
    dated = [*structure.header.frames, *structure.header.weak_frames]
    dated += [(s.dates, s.line) for s in structure.sessions if s.dates is not None]
    warned: set[int] = set()
    for when, line in dated:
        single = when.first
        if when.last != single or single.weekday is None or line.number in warned:
            continue
        on_calendar = single.with_year(single.year or calendar.year) if calendar.year else None
        if on_calendar is not None and on_calendar.weekday() != single.weekday:
            warned.add(line.number)
            ledger.warn(line, "weekday", _weekday_message(on_calendar))
    if calendar.undated:
        first = timed[0].line if timed else (structure.days[0].line if structure.days else None)
        kept = (
            f"{len(timed)} timed sessions are kept without start and end"
            if timed
            else "its dates are kept out of the event"
        )
        ledger.warn(
            first,
            "no-year",
            f"the text names no year, so nothing is placed on the calendar: {kept}; "
            "pass year= (or --year) to place them",
        )
        for session in timed:
            assert session.start is not None
            until = f"–{session.end:%H.%M}" if session.end is not None else ""
            ledger.info(
                session.line,
                "undated",
                f"{session.title!r} at {session.start:%H.%M}{until} has no date (no year)",
            )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a programme is read.

    Reading builds tens of thousands of small objects that all live until the
    event is made; without the pause, Python's collector scans them again and
    again, and a programme four times as long takes five times as long to read.
    The collector is switched back on (if it was on) however the read ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_text_with_ledger(text: str, options: ImportOptions) -> tuple[ImportResult, Ledger]:
    """Like :func:`read_text`, also returning the :class:`.Ledger` of where each line went."""
    ledger = Ledger()
    clear_memo()
    try:
        with _collector_paused():
            try:
                return _read(text, options, ledger), ledger
            finally:
                # emptied while the collector still waits: its first pass after the read
                # then has the event to look through, not thousands of scans kept for it
                clear_memo()
    except Exception as error:  # the safety net: report, never crash the caller
        diagnostic = Diagnostic(
            message=(
                f"the text importer failed ({type(error).__name__}: {error}); "
                "the result is empty — please report this input"
            ),
            severity=Severity.ERROR,
            code="internal-error",
        )
        locale = options.locale if options.locale in i18n.INPUT_LOCALES else "da"
        event = Event(
            name="Program",
            locale=locale,
            timezone=options.timezone or i18n.timezone_for(locale),
        )
        problems: Any = (*ledger.diagnostics, diagnostic)
        return ImportResult(event=event, diagnostics=problems), ledger
    finally:
        clear_memo()


def read_text(text: str, options: ImportOptions) -> ImportResult:
    """Read a programme text into an :class:`~folkemode.formats.ImportResult`."""
    return read_text_with_ledger(text, options)[0]


def _read(text: str, options: ImportOptions, ledger: Ledger) -> ImportResult:
    if not text.replace("\ufeff", "").strip():
        # an empty programme is no programme: say so, or it reads as a clean import
        ledger.warn(None, NO_PROGRAMME_CODE, "no programme found: the input is empty")
    problems: list[str] = []
    lexicon = lexicon_with_plugins(problems)
    for problem in dict.fromkeys(problems):
        ledger.warn(None, "plugin", problem)
    locale = options.locale or detect_locale(text, lexicon)
    timezone = options.timezone or i18n.timezone_for(locale if locale != "en" else "da")
    classified = classify_document(text, lexicon)
    items = classified.items
    people = PeopleReader(lexicon, _places(text))
    kinds = KindClassifier(lexicon, _kind_plugin(locale))
    endings = Endings(lexicon, text)
    structure = Builder(items, lexicon, people, kinds, ledger, locale, endings).build()
    move_panels(structure, kinds, ledger)
    add_daybreaks(structure)
    add_stacked_days(structure, ledger)
    add_overnight_days(structure, ledger)
    calendar = Calendar.resolve(structure, options.year)
    _report_dates(structure, calendar, ledger)
    sessions, rounds, tracks = build_sessions(
        structure, calendar, _zone(timezone), kinds, ledger, endings
    )
    event = build_event(
        structure,
        calendar,
        sessions,
        rounds,
        tracks,
        locale=locale,
        timezone=timezone,
        lexicon=lexicon,
        ledger=ledger,
    )
    audit(classified, structure, calendar, event, lexicon, people, ledger)
    ledger.settle(line for line, _ in items)
    # ImportResult converts with ``tuple``, which mypy cannot type: hand it over as Any.
    diagnostics: Any = ledger.sorted_diagnostics()
    return ImportResult(event=event, diagnostics=diagnostics)


def _zone(timezone: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(timezone)
