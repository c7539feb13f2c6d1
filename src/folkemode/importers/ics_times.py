"""Reading an ICS time as RFC 5545 means it: wall-clock gaps and folds, range, fractions.

A local time in a zone can fail to name one instant. In the hour clocks go
forward it names none; RFC 5545 section 3.3.5 reads it "using the UTC offset
before the gap", so ``02:30`` on the spring-forward night in Oslo is
``03:30+02:00``. In the hour clocks go back it names two; RFC 5545 means the
first. :func:`wall_clock` says which, if either, a time is, and
:func:`rfc_instant` gives the instant RFC 5545 means.

>>> from zoneinfo import ZoneInfo
>>> oslo = ZoneInfo("Europe/Oslo")
>>> gap = datetime(2026, 3, 29, 2, 30, tzinfo=oslo)
>>> wall_clock(gap), rfc_instant(gap).isoformat()
('nonexistent', '2026-03-29T03:30:00+02:00')
>>> fold = datetime(2026, 10, 25, 2, 30, tzinfo=oslo)
>>> wall_clock(fold), rfc_instant(fold).isoformat()
('ambiguous', '2026-10-25T02:30:00+02:00')

RFC 5545 has no fractions of a second, but some writers add them
(``20260601T100000.250Z``); :func:`fractional` reads them, keeping the
microseconds:

>>> fractional("20260601T100000.25Z").isoformat()
'2026-06-01T10:00:00.250000+00:00'
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Literal

__all__ = ["FIRST_YEAR", "LAST_YEAR", "fractional", "out_of_range", "rfc_instant", "wall_clock"]

#: Years folkemode reads: a day's margin either side keeps every conversion
#: (into another zone, an all-day end the day after) inside what datetime holds.
FIRST_YEAR = 2
LAST_YEAR = 9998

_FRACTIONAL = re.compile(r"(\d{8}T\d{6})[.,](\d{1,9})(Z?)", re.IGNORECASE)


def wall_clock(value: datetime) -> Literal["nonexistent", "ambiguous"] | None:
    """Whether an aware local time falls in a gap or a fold of its zone, or neither.

    Zones differ in how they answer for such a time (``zoneinfo`` by PEP 495,
    dateutil's VTIMEZONE zones with the offset after a gap), so both are
    found by what the zone says, not by ``fold`` alone: a time in a gap does
    not survive a trip through UTC, one in a fold has two offsets.
    """
    if value.tzinfo is None:
        return None
    wall = value.replace(tzinfo=None, fold=0)
    for fold in (0, 1):
        back = value.replace(fold=fold).astimezone(UTC).astimezone(value.tzinfo)
        if back.replace(tzinfo=None, fold=0) != wall:
            return "nonexistent"
    if value.replace(fold=0).utcoffset() != value.replace(fold=1).utcoffset():
        return "ambiguous"
    return None


def rfc_instant(value: datetime) -> datetime:
    """The instant RFC 5545 means by an aware local time, in its zone: in a gap, the
    time read with the UTC offset before the gap; in a fold, the first occurrence."""
    zone = value.tzinfo
    wall = value.replace(tzinfo=None, fold=0)
    kind = wall_clock(value)
    if kind == "nonexistent":
        # The offset a day earlier is the one in force before the gap.
        offset = (wall - timedelta(days=1)).replace(tzinfo=zone).utcoffset()
    elif kind == "ambiguous":
        offsets = [value.replace(fold=f).utcoffset() for f in (0, 1)]
        offset = max(o for o in offsets if o is not None)
    else:
        return value
    if offset is None:
        return value
    return (wall - offset).replace(tzinfo=UTC).astimezone(zone)


def out_of_range(value: date) -> bool:
    """True for a date or time too near the ends of what datetime can hold."""
    return not FIRST_YEAR <= value.year <= LAST_YEAR


def fractional(raw: str) -> datetime | None:
    """A DATE-TIME with a fraction of a second (``20260601T100000.5Z``), else None.

    The time is naive unless it ends in ``Z`` (then UTC); digits past the
    sixth (nanoseconds) are dropped, as datetime cannot hold them.
    """
    match = _FRACTIONAL.fullmatch(raw.strip())
    if match is None:
        return None
    whole, digits, utc = match.groups()
    try:
        value = datetime.strptime(whole, "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    value += timedelta(microseconds=int(digits[:6].ljust(6, "0")))
    return value.replace(tzinfo=UTC) if utc else value
