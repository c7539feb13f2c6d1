"""Clock times, time ranges and durations in words.

A programme line starts with a time in one of many spellings — "Kl. 10.00",
"kl. 9.30", "Kl. 12 -13", "14.15-15.15", "17.30 – 18.30", "13:10-13:45",
"19:00-" (no end) — and may give its length in words: "(fem kvarter)",
"(en halv time)", "(1½ time)", "(45 min.)", "(2 timar)".

>>> lex = Lexicon.build()
>>> span = parse_leading_time("Kl. 10.45 (fem kvarter) Regionsopdelt", lex)
>>> span.start, span.end, span.rest
(datetime.time(10, 45), datetime.time(12, 0), 'Regionsopdelt')
>>> parse_leading_time("01.11. kl. 12:00 - 02.11. kl. 12.00", lex) is None
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import time, timedelta
from typing import NamedTuple

from folkemode.importers.text.vocabulary import Lexicon

__all__ = [
    "TimeMention",
    "TimeSpan",
    "add_minutes",
    "find_duration",
    "find_times",
    "parse_duration",
    "parse_leading_time",
    "parse_trailing_time",
    "time_patterns",
]


class TimeSpan(NamedTuple):
    """A time or time range at the start of a line, and the text after it.

    (A named tuple, immutable as the memo of a read's scans needs, and made at
    half the cost of a frozen dataclass: one is made for nearly every timed line.)
    """

    start: time
    end: time | None
    rest: str
    """The text after the time, without separators and without a duration."""
    open_end: bool = False
    """True for "19:00-": the text says the end is open."""
    clock_word: bool = False
    """True when "kl." (or another clock word) introduced the time."""
    duration: timedelta | None = None
    """A duration in words found in the line ("(fem kvarter)")."""
    invalid: bool = False
    """True when the digits are no clock time ("Kl. 25.99"); start is then midnight."""


@dataclass(frozen=True, slots=True)
class _Patterns:
    clock_time: re.Pattern[str]
    mention: re.Pattern[str]
    """The clock time where a mention may start (:data:`_MENTION_START`), found by search."""
    first_letters: frozenset[str]
    """The letters a line's leading time may open with ("Kl.", "fra", "mellem", "innen")."""


class TimeMention(NamedTuple):
    """A clock time or range anywhere in a line ("… v/ Ida Holm 10:30-11:30 Tips …").

    (A named tuple, as :class:`TimeSpan` is: one is made for every time found.)
    """

    begin: int
    """Where it starts in the text (a clock word included)."""
    finish: int
    """Where it ends."""
    start: time
    end: time | None


def _alternation(words: frozenset[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word.rstrip(".")) for word in ordered if word.rstrip("."))


# Every dash a copied text may carry between two times: hyphen, en and em dash,
# the non-breaking and figure dashes and the minus sign.
_DASHES = "-‐‑‒–—−"
# What may stand between a line's time and its title (a dot too: "Kl. 10.00. Velkommen").
_SEPARATORS = " :,;|" + _DASHES + "."


# "innen kl. 11": a deadline's time, said with no end
_BY_WORDS = ("innen", "inden", "innan", "senest", "seinast")


# Where a time may start: a digit or "k" (of "kl."), not inside a word or a number.
# ("k" is spelt in every case, the Kelvin sign too, as re.IGNORECASE reads it; the
# pattern is read with case, as written, inside "(?-i:…)".)
_STARTS, _NOT_AFTER = r"[\dkK\u212a]", r"[\w.,:/\u2010-\u2015-]"
_MENTION_START = rf"(?-i:(?<!{_NOT_AFTER})(?={_STARTS}))"
# The same places, found faster: the character first, which the regex engine skips to
# at once (a search for the whole time tries every place in turn), the look behind after.
_MAY_START = re.compile(rf"{_STARTS}(?<!{_NOT_AFTER}.)")
_DIGIT_START = re.compile(r"\d")
# The time pattern's groups, in order (_reading takes them by place).
_GROUPS = (
    "between",
    "by",
    "clock",
    "h1",
    "sep1",
    "gap1",
    "m1",
    "x1",
    "h2",
    "gap2",
    "m2",
    "x2",
    "open",
    "item",
)


@functools.lru_cache(maxsize=8)
def time_patterns(lexicon: Lexicon) -> _Patterns:
    """The compiled time pattern for one vocabulary (cached).

    One pattern serves a time at the start of a line and a time anywhere in
    it: "Kl. 10.00", "kl 9", "Kl 1100 – 1115", "13: 30", "Kl 20. 40", "Kl 11 .00",
    "15:15.16:00" (a dot for the dash), "19:00-" (open end).
    """
    clock = _alternation(lexicon.words("clock"))
    until = _alternation(lexicon.words("range"))
    leads = _alternation(lexicon.words("time_leads"))
    between = _alternation(lexicon.words("between_words")) or "(?!)"
    joined = _alternation(lexicon.words("and_words") - {"&"}) or "(?!)"
    # At a digit the words before the hour cannot start: "(?!\d)" skips them at once,
    # where the engine would try each word in turn (most times start with their hour).
    # (Only when no word starts with a digit and the clock words match no empty text.)
    words = lexicon.words("clock") | lexicon.words("time_leads") | lexicon.words("between_words")
    wordy = not clock or any(_DIGIT_START.match(w) for w in (*words, *_BY_WORDS))
    no_word = "" if wordy else r"(?!\d)"
    body = rf"""
        # "fra kl. 9", "ca. 10.30"; "mellem kl. 8 og 10" (an and-word then joins the two)
        (?:{no_word}
            (?:(?:(?P<between>{between})|(?:{leads})\.?)\s{{1,3}})?
            (?:(?P<by>{"|".join(_BY_WORDS)})\s{{1,3}})?
            (?:(?P<clock>{clock})\.?\s{{0,3}})?
        )?
        (?P<h1>\d{{1,2}})(?:(?P<sep1>\s?[.:])(?P<gap1>\s)?(?P<m1>\d{{2}})|(?P<x1>\d{{2}}))?
        (?:
            (?:\s{{0,3}}(?:[{_DASHES}]|\.(?=\d{{1,2}}:\d{{2}})|(?:{until})\b
                            |(?(between)(?:{joined})\b|(?!)))\s{{0,3}}
               # "10:30 11:00 Registrering": a range whose dash was lost, both times whole
               |(?(m1)\s{{1,3}}(?=\d{{1,2}}[.:]\d\d(?!\d))|(?!)))
            (?!\d{{1,2}}\.\d{{2}}\.\s{{0,2}}(?:{clock}|\d))  # "- 13.03. kl. 15": a date
            (?:(?:{clock})\.?\s{{0,3}})?
            (?P<h2>\d{{1,2}})(?:[.:](?P<gap2>\s)?(?P<m2>\d{{2}})|(?P<x2>\d{{2}}))?
            (?!\d?/\d)  # "15:00 - 7/11 18:00": the day of a date, not the range's end
        )?
        (?P<open>[{_DASHES}](?![{_DASHES}\d]))?
        (?P<item>\d{{1,2}}\.?(?=[A-ZÆØÅ][a-zæøå]))?  # "11.301Opning", "13:301.Valg": a number
        """
    flags = re.IGNORECASE | re.VERBOSE
    clock_time = re.compile(body, flags)
    # The same time, where find_times looks for one: the search runs at C speed over
    # a line, where a loop over the places a time may start would match at each.
    mention = re.compile(_MENTION_START + body, flags)
    # (_reading takes the groups by place)
    assert tuple(clock_time.groupindex) == tuple(mention.groupindex) == _GROUPS
    assert clock_time.groups == mention.groups == len(_GROUPS)
    initials = {w[0] for w in (*words, *_BY_WORDS) if w}
    first_letters = frozenset({*initials, *(c.upper() for c in initials)})
    return _Patterns(clock_time=clock_time, mention=mention, first_letters=first_letters)


#: A time's reading: its start, its end, and whether a clock word ("kl.") came first.
_Reading = tuple[time | None, time | None, bool]


# A pure function of two short digit strings, called for every time read: memoised
# (bounded, keyed only by its immutable arguments; a time is immutable, so sharing is safe).
@functools.lru_cache(maxsize=4096)
def _clock(hour: str, minute: str | None) -> time | None:
    h = int(hour)
    m = int(minute) if minute else 0
    if h == 24 and m == 0:
        return time(0, 0)
    if h > 23 or m > 59:
        return None
    return time(h, m)


def _reading(match: re.Match[str], text: str, *, four_digits: bool) -> _Reading | None:
    """Start, end and clock word of a time match, or None when it is no clock time.

    Without "kl." a time needs its minutes ("10.00", not "10"); four digits
    ("1100") need "kl.", a range of four-digit times, a colon after them, or
    a document that writes its times that way (``four_digits``), or a zero first
    opening a line ("0800 - Kaffe"); "01.11." and
    "14.11 kl. 12" are dates; a space after the separator ("13: 30") is read
    after a colon, and after a dot only with "kl." ("Kl 20. 40") or as the end
    of a range after a whole time ("16.10-17. 10").
    """
    end = match.end()
    following = text[end : end + 4]
    # (the groups in one call, by place, as _GROUPS lists them: this runs for every time
    # of every line, and a call by names looks each name up)
    _, _, clock, h1, sep1, gap1, m1, x1, h2, gap2, m2, x2, open_end, _ = match.groups()
    has_clock = clock is not None
    minutes = m1 is not None or m2 is not None
    if following[:1].isalnum() and not (
        minutes and following[:1].isalpha() and following[:1].isupper()
    ):
        return None  # "10:00–10:30Registrering" is a range glued to its title
    spaced = sep1 is not None and sep1[0] == " "
    if ((gap1 and sep1 == ".") or spaced) and not has_clock:
        return None  # "20. 40" and "11 .00" are times only after "kl." ("Kl 11 .00")
    if (
        gap2
        and not has_clock
        and text[match.start("gap2") - 1] == "."
        # "16.10-17. 10": after a whole time of the day the range's end is one, space and
        # all ("1.10-3. 10", from a month's first to its third, stays a date)
        and (m1 is None or gap1 or spaced or h2 is None or not 6 <= int(h1) <= int(h2))
    ):
        return None
    if (
        (x1 is not None or x2 is not None)
        and not (
            has_clock
            or (x1 is not None and x2 is not None)
            or (four_digits and text[end:].strip(" :"))
            # "1300" alone on its line, in a text that writes its times so (a table flattened)
            or (four_digits and match.start() == 0 and h2 is None and not text[end:].strip())
            or (following[:1] == ":" and h1 not in ("19", "20"))
            # "0800 - Kaffe" opening a line: no year or count starts with a zero
            or (match.start() == 0 and h1[:1] == "0" and text[end:].strip(" :-–—"))
        )
    ):
        return None  # "2024:" and "2019 Program" are years
    if m1 is None and x1 is None and not has_clock:
        return None
    if (
        not has_clock
        and h2 is None
        and open_end is None
        and (following[:1] in (".", "/") or following.lstrip(" ").lower().startswith("kl"))
        # "… holder sin tale 10.15.": a sentence's full stop after minutes no month has
        and not (following[:1] == "." and following[1:2] in ("", " ") and int(m1 or 0) > 12)
    ):
        return None
    if following[:1] == "." and following[1:2].isdigit():
        return None
    start = _clock(h1, m1 or x1)
    stop = None
    if h2 is not None:
        stop = _clock(h2, m2 or x2)
        if stop is None:
            start = None
    return start, stop, has_clock


def _leading_reading(
    match: re.Match[str], text: str, lexicon: Lexicon, four_digits: bool
) -> _Reading | None:
    """:func:`_reading` of a time that opens a line, where hours alone may be a range.

    "12-13: Frokost", "9-10 Kaffi", "12-13.30: Lunsj": at the start of a line,
    two hours with a dash between them, the first before the second, then a
    colon or a capital, are a range though no "kl." comes first; "10-12 juni"
    (a month after them) and "2-3 timer" (a small letter) stay no time.
    """
    reading = _reading(match, text, four_digits=four_digits)
    if reading is not None or match.group("clock") is not None:
        return reading
    h1, m1, x1, h2, x2 = match.group("h1", "m1", "x1", "h2", "x2")
    if h2 is None or m1 is not None or x1 is not None or x2 is not None:
        return None
    if match.group("between") is not None or match.group("by") is not None:
        return None
    start, stop = _clock(h1, None), _clock(h2, match.group("m2"))
    if start is None or stop is None or not start < stop:
        return None
    after = text[match.end() :].lstrip(" ")
    if after[:1] == ":":
        after = after[1:].lstrip(" ")
    elif not after[:1].isupper():
        return None
    word = after.split(" ", 1)[0].strip(".,:;").lower()
    if not after[:1].isalpha() or word in lexicon.months:
        return None
    return start, stop, False


def parse_leading_time(
    text: str, lexicon: Lexicon, *, four_digits: bool = False
) -> TimeSpan | None:
    """The time or time range ``text`` starts with, or None.

    Without "kl." a time needs its minutes ("10.00", not "10"), but for a range
    of hours before a colon or a title ("12-13: Frokost"), and "01.11." or
    "14.11 kl. 12" are dates, not times. ``four_digits`` accepts
    "1530 Title", for a document whose times are all written so.
    """
    if not _may_lead(text, lexicon):
        return None
    key = (text, lexicon, four_digits)
    try:
        return _leading_memo[key]
    except KeyError:
        pass
    match = time_patterns(lexicon).clock_time.match(text)
    reading = None if match is None else _leading_reading(match, text, lexicon, four_digits)
    span = _leading_span(text, match, reading, lexicon)
    if len(_leading_memo) >= _MEMO_LIMIT:
        _leading_memo.clear()
    _leading_memo[key] = span
    return span


def _may_lead(text: str, lexicon: Lexicon) -> bool:
    """Whether :func:`parse_leading_time` reads ``text`` at all (its first character)."""
    return bool(text) and (text[0].isdigit() or text[0] in time_patterns(lexicon).first_letters)


def _leading_span(
    text: str, match: re.Match[str] | None, reading: _Reading | None, lexicon: Lexicon
) -> TimeSpan | None:
    """The span of the time pattern's ``match`` at the start of ``text``, read as ``reading``."""
    if match is None or reading is None:
        return None
    start, stop, has_clock = reading
    rest = text[match.end() :].lstrip(_SEPARATORS)
    invalid = start is None
    duration = None
    if "(" in rest:
        found = find_duration(rest, lexicon)
        if found is not None:
            duration, rest = found
            if stop is None and start is not None:
                stop, _ = add_minutes(start, duration.total_seconds() / 60)
    return TimeSpan(
        start=start if start is not None else time(0, 0),
        end=stop,
        rest=rest.strip(),
        # "Innen kl. 11.00 Innsjekk": by then, a point in time with no length
        open_end=match.group("open") is not None or match.group("by") is not None,
        clock_word=has_clock,
        duration=duration,
        invalid=invalid,
    )


_ANY_DIGIT = re.compile(r"\d")

# A memo of the scans of one read: segments, classify, header and the audit scan
# the same line texts again. Keys hold the lexicon and the options, so a stale
# entry can never be wrong; the reader clears the memo before and after each read
# (and it is bounded), so it only ever holds one text's lines.
_MEMO_LIMIT = 100_000
_Key = tuple[str, Lexicon, bool]
_times_memo: dict[_Key, tuple[TimeMention, ...]] = {}
_leading_memo: dict[_Key, TimeSpan | None] = {}


def clear_memo() -> None:
    """Forget the scans of the last read (called by the reader around each read)."""
    _times_memo.clear()
    _leading_memo.clear()


_MONEY = re.compile(r"(?:kr|dkk|nok|€|\$)\.?\s*$", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"\s?(?:kr\b|kroner|%|procent|prosent)", re.IGNORECASE)


def _date_like(match: re.Match[str], at: int, has_clock: bool) -> bool:
    """Inside a sentence, "d. 16.03 og 17.03" are dates and "2026-2029" years.

    There a time without "kl." needs a colon ("at 9:30"), a range
    ("10.30-11.30") or minutes that are no month ("senest 17.00", "20.45");
    four digits need "kl." ("Vi venter 1200-1500 deltakere" counts people).
    """
    if has_clock:
        return False
    if match.group("x1") and (match.group("h1") in ("19", "20") or at > 0):
        return True  # "2026-2029", "1200-1500 deltakere": years and counts
    minutes = match.group("m1")
    return (
        at > 0
        and match.group("h2") is None
        and match.group("sep1") != ":"
        and minutes is not None
        and 1 <= int(minutes) <= 12
    )


def find_times(text: str, lexicon: Lexicon, *, four_digits: bool = False) -> list[TimeMention]:
    """Every clock time or range in ``text``, wherever it stands.

    >>> lex = Lexicon.build()
    >>> found = find_times("Velkommen v/ Ida 10:30-11:30 Tips, slut kl. 16", lex)
    >>> [(m.start, m.end) for m in found]
    [(datetime.time(10, 30), datetime.time(11, 30)), (datetime.time(16, 0), None)]
    >>> find_times("Tilmelding senest 24.12. Pris kr. 12.50 for 13 - 20 år", lex)
    []
    """
    # every time pattern needs a decimal digit (\d): without one there is nothing to find
    if _ANY_DIGIT.search(text) is None:
        return []
    key = (text, lexicon, four_digits)
    cached = _times_memo.get(key)
    if cached is None:
        cached = tuple(_find_times(text, lexicon, four_digits, key))
        if len(_times_memo) >= _MEMO_LIMIT:
            _times_memo.clear()
        _times_memo[key] = cached
    return list(cached)


def _find_times(text: str, lexicon: Lexicon, four_digits: bool, key: _Key) -> list[TimeMention]:
    """The mentions of :func:`find_times` (``key`` is its memo's key for ``text``).

    A time at the start is matched and read as :func:`parse_leading_time` matches
    and reads it, so its span goes to that function's memo too: the line that
    starts with a time is asked for both, and the match is made once.
    """
    mentions = time_patterns(lexicon).mention
    found: list[TimeMention] = []
    # Each time where _MENTION_START says one may start, in turn: after one is taken the
    # search goes on from its end, after one is refused from the next character.
    match = _next_mention(mentions, text, 0)
    while match is not None:
        at, end = match.span()  # (never empty: a match holds its hour's digits)
        reading = None
        if at == 0:
            # the start is read now, for parse_leading_time too (an amount is told apart below)
            reading = _leading_reading(match, text, lexicon, four_digits)
            if key not in _leading_memo and _may_lead(text, lexicon):
                if len(_leading_memo) >= _MEMO_LIMIT:
                    _leading_memo.clear()
                _leading_memo[key] = _leading_span(text, match, reading, lexicon)
        # (nothing stands before a time at the start, so no currency does)
        if (at and _MONEY.search(text, max(0, at - 5), at)) or _AMOUNT_AFTER.match(text, end):
            match = _next_mention(mentions, text, at + 1)
            continue  # "kr. 12.50", "12.50 kr", "12.50 %": an amount
        if at:
            reading = _reading(match, text, four_digits=four_digits)
        if reading is None or reading[0] is None or _date_like(match, at, reading[2]):
            match = _next_mention(mentions, text, at + 1)
            continue
        found.append(TimeMention(at, end, reading[0], reading[1]))
        match = _next_mention(mentions, text, end)
    return found


def _next_mention(mentions: re.Pattern[str], text: str, position: int) -> re.Match[str] | None:
    """The first match of ``mentions`` at or after ``position``.

    The search for the time starts where :data:`_MAY_START` finds the first place
    one may start: there is none before, and in most lines none after their time.
    """
    start = _MAY_START.search(text, position)
    return None if start is None else mentions.search(text, start.start())


_TRAILING = re.compile(
    r"\s(?:kl\.?|klokken|klokka)\s{0,2}(?P<time>\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s{0,2}[-–]\s{0,2}\d{1,2}(?:[.:]\d{2})?)?)\s{0,3}$"
    # or a full range without "kl.": "Frokost 12.00-13.00"
    r"|\s(?P<range>\d{1,2}[.:]\d{2}\s{0,2}[-–]\s{0,2}\d{1,2}[.:]\d{2})\s{0,3}$",
    re.IGNORECASE,
)


# Words that make a time the end of a sentence, not the time of the title before it.
_BEFORE_TIME = frozenset(
    {"efter", "etter", "før", "fra", "frå", "til", "indtil", "inntil", "senest", "seinast"}
    | {"innen", "inden", "omkring", "ca.", "cirka", "fom.", "tom."}
)


def parse_trailing_time(text: str, lexicon: Lexicon) -> TimeSpan | None:
    """A short line that ends with its time: "Middag kl. 19.30" (title first).

    >>> span = parse_trailing_time("Middag kl. 19.30", Lexicon.build())
    >>> span.start, span.rest
    (datetime.time(19, 30), 'Middag')
    """
    match = _TRAILING.search(text) if text[-1:].isdigit() else None
    if match is None:
        return None
    span = parse_leading_time("kl. " + (match.group("time") or match.group("range")), lexicon)
    title = text[: match.start()].rstrip(" ,:–-")
    if span is None or span.invalid or not title:
        return None
    if title.rsplit(" ", 1)[-1].lower() in _BEFORE_TIME:
        return None  # "Hvis kongressen fortsætter efter kl. 13.00": a condition, not a title
    return TimeSpan(start=span.start, end=span.end, rest=title, clock_word=True)


_COMMA = re.compile(r",(?!\d)")
_AMOUNT = re.compile(r"(?P<whole>\d{1,3})?(?:[.,](?P<fraction>\d{1,2}))?(?P<half>½)?$")


def _amount(token: str, lexicon: Lexicon) -> float | None:
    if token in lexicon.numbers:
        return lexicon.numbers[token]
    match = _AMOUNT.match(token)
    if match is None or not token:
        return None
    value = 0.0
    if match.group("whole"):
        value += int(match.group("whole"))
    if match.group("fraction"):
        value += int(match.group("fraction")) / 10 ** len(match.group("fraction"))
    if match.group("half"):
        value += 0.5
    return value if value > 0 else None


def parse_duration(text: str, lexicon: Lexicon) -> timedelta | None:
    """A duration written in words or digits, or None if ``text`` is anything else.

    >>> lex = Lexicon.build()
    >>> [parse_duration(t, lex) // timedelta(minutes=1) for t in
    ...  ("fem kvarter", "en halv time", "1½ time", "45 min.", "2 timar", "halvanden time")]
    [75, 30, 90, 45, 120, 90]
    """
    tokens = _COMMA.sub(" ", text.lower()).split()
    if not tokens or len(tokens) > 8:
        return None
    half = lexicon.words("half")
    joiners = lexicon.words("and_words")
    total = 0.0
    amount: float | None = None
    found_unit = False
    index = 1 if tokens[0] in lexicon.words("approx") else 0
    while index < len(tokens):
        token = tokens[index]
        if token in joiners:
            index += 1
            continue
        if token in half:
            amount = (amount or 0.0) + 0.5
            index += 1
            continue
        value = _amount(token, lexicon)
        if value is not None:
            if value == 1 and index + 1 < len(tokens) and tokens[index + 1] in half:
                value = 0.5  # "en halv time": the "en" is an article
                index += 1
            amount = (amount or 0.0) + value
            index += 1
            continue
        unit = lexicon.units.get(token)
        if unit is None or amount is None:
            return None
        total += amount * unit
        amount = None
        found_unit = True
        index += 1
    if not found_unit or amount is not None or total <= 0 or total > 24 * 60:
        return None
    return timedelta(minutes=round(total))


def find_duration(text: str, lexicon: Lexicon) -> tuple[timedelta, str] | None:
    """A duration in brackets anywhere in ``text``, and the text without it.

    >>> lex = Lexicon.build()
    >>> find_duration("Kaffepause (en halv time)", lex)
    (datetime.timedelta(seconds=1800), 'Kaffepause')
    """
    start = text.find("(")
    while start >= 0:
        close = text.find(")", start + 1, start + 40)
        if close < 0:
            break
        duration = parse_duration(text[start + 1 : close], lexicon)
        if duration is not None:
            rest = (text[:start].rstrip() + " " + text[close + 1 :].lstrip()).strip()
            return duration, rest
        start = text.find("(", start + 1)
    return None


def add_minutes(value: time, minutes: float) -> tuple[time, int]:
    """``value`` plus ``minutes``, and how many midnights that passes."""
    total = value.hour * 60 + value.minute + round(minutes)
    days, rest = divmod(total, 24 * 60)
    return time(rest // 60, rest % 60), days
