"""Stable ids and programme order: slugs, session ids, and telling repeats apart.

A session's id is its day and a slug of its title (``20251113-frokost``), so
it does not depend on where the session sits in the programme; sessions that
would share one are told apart by their start (see :func:`session_order`).
Why ids come from content is explained in ``docs/explanation/stable-ids.md``.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime

__all__ = ["in_session_order", "session_id", "session_order", "slugify"]

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
    has there. Untimed sessions keep their place after the timed session they
    follow. Sessions that would share an id (two "Pause" on one day) are told
    apart by their start, so a third "Pause" put in earlier renames neither:

    >>> from datetime import datetime, timezone
    >>> at = lambda h, m: datetime(2026, 3, 5, h, m, tzinfo=timezone.utc)
    >>> [i for _, i in session_order([(at(14, 45), None, "pause"), (at(10, 0), None, "pause")])]
    ['pause-1000', 'pause-1445']

    Repeats with no start (or the same start) are numbered in order, and a
    numbered id that another session has already is numbered again:

    >>> [i for _, i in session_order([(None, None, "pause-2"), (None, None, "pause"),
    ...                               (None, None, "pause")])]
    ['pause-2', 'pause', 'pause-2-2']
    """
    places = _places(keys)
    # A stable sort: sessions with the same place keep their order in ``keys``.
    keyed = sorted(range(len(keys)), key=places.__getitem__)
    shared = {identifier for identifier, n in Counter(k[2] for k in keys).items() if n > 1}
    # Every id given so far, with how many times it was asked for. The n-th
    # "pause" is "pause-n"; should another session have that id already (a
    # "Pause 2" earlier in the day), it is a repeat of that id in turn
    # ("pause-2-2") and the later repeats keep their numbers. Each id is stepped over
    # at most once per number, so this stays linear.
    seen: dict[str, int] = {}
    ordered = []
    for position in keyed:
        start, _, identifier = keys[position]
        if start is not None and identifier in shared:
            identifier = f"{identifier}-{start:%H%M}"
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
    # Sessions share their starts (every stage opens at 10.00, an importer hands out
    # one datetime for each): each start is read once, by identity, as the keys hold
    # them all while this runs. A timestamp costs more than the look-up.
    read: dict[int, tuple[date, float]] = {}
    for start, day, _ in keys:
        if start is not None:
            place = read.get(id(start))
            if place is None:
                place = read[id(start)] = (start.date(), start.timestamp())
            last_day, last_start = place
            places.append(place)
            continue
        if day is not None and day != last_day:
            last_day, last_start = day, _BEFORE_ALL
        places.append((last_day, last_start))
    return places


_BEFORE_ALL = float("-inf")  # the place of a day's sessions before any timed one
