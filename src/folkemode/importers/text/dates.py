"""Dates, day headings and date-time frames.

Dates come as "23/01/2021", "17.01.2022", "01.11.", "d. 23.01", "Tirsdag
25.9:", "lørdag den 24. marts", "8.mars", "14. og 15. mars 2024" or
"3.–4. november 2025"; month and weekday names are CLDR's (through the
lexicon). Many carry no year: those stay :class:`PartialDate` objects with
``year=None`` until :mod:`~folkemode.importers.text.years` decides.

>>> lex = Lexicon.build()
>>> [(m.first.day, m.last.day, m.last.year) for m in find_dates("Kom 14. og 15. mars 2024!", lex)]
[(14, 15, 2024)]
>>> heading = parse_day_heading("Dag 1: Tirsdag 29. mai – Sandnes rådhus", lex)
>>> heading.date, heading.number, heading.location
(PartialDate(day=29, month=5, year=None, weekday=1), 1, 'Sandnes rådhus')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from folkemode.importers.text.lines import is_prose, word_count
from folkemode.importers.text.times import parse_leading_time
from folkemode.importers.text.vocabulary import Lexicon

__all__ = [
    "DateMention",
    "DayHeading",
    "PartialDate",
    "When",
    "date_patterns",
    "find_dates",
    "parse_day_heading",
    "parse_when",
]


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A day of the year, perhaps without its year, perhaps with a weekday."""

    day: int
    month: int
    year: int | None = None
    weekday: int | None = None
    """Monday is 0, as the text named it ("Tirsdag 25.9" gives 1)."""

    def with_year(self, year: int) -> date | None:
        """The calendar date in ``year``, or None when there is no such day."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date (or a range of days) found in a line, with where it is."""

    first: PartialDate
    last: PartialDate
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DayHeading:
    """A line announcing the day the following sessions are on."""

    date: PartialDate | None
    number: int | None = None
    """N of "Dag N"."""
    location: str | None = None
    """A place after the date ("– Sandnes rådhus")."""
    weekday: int | None = None
    """The weekday of a heading without a date ("Fredag"); Monday is 0."""


@dataclass(frozen=True, slots=True)
class When:
    """The dates and times of an event frame or an edition ("… kl. 9.30-16.00")."""

    first: PartialDate
    last: PartialDate
    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None
    before: str = ""
    """Text before the first date (a place, say)."""
    after: str = ""
    """Text after the last date or time."""
    daily: bool = False
    """True when one range of hours follows the days ("22.-25. juni kl. 10-18",
    "22. juni - 25. juni kl. 10-18"): the hours of each day, not a start on the
    first and an end on the last ("21. januar kl. 10 - 22. januar kl. 15")."""
    hours: tuple[tuple[int, int], ...] = ()
    """Every clock time written with the dates, also those of each day's own hours
    ("18.1.2021 09:30-16:00 og 19.1.2021 kl. 09:00-14:00")."""


@dataclass(frozen=True, slots=True)
class _DatePatterns:
    textual: re.Pattern[str]
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    weekday_tail: re.Pattern[str]
    day_number: re.Pattern[str]
    weekday_only: re.Pattern[str]
    programme_lead: re.Pattern[str]


def _alternation(names: dict[str, int]) -> str:
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(name) for name in ordered)


@functools.lru_cache(maxsize=8)
def date_patterns(lexicon: Lexicon) -> _DatePatterns:
    """The compiled date patterns for one vocabulary (cached)."""
    months = _alternation(lexicon.months)
    weekdays = _alternation(lexicon.weekdays)
    articles = "|".join(
        re.escape(a) for a in sorted(lexicon.words("date_articles"), key=len, reverse=True)
    )
    until = "|".join(
        re.escape(w) for w in sorted(lexicon.words("range") | lexicon.words("and_words"))
    )
    day_words = "|".join(re.escape(w) for w in sorted(lexicon.words("day_words")))
    flags = re.IGNORECASE | re.VERBOSE
    textual = re.compile(
        rf"""
        (?:(?P<wd>{weekdays})(?![a-zæøå])\.?,?\s{{1,3}})?
        # ("Haugesund 8. juni": the "d" of a word is no "d." before the day)
        (?:(?<![a-zæøåäöü])(?:{articles})(?![a-zæøå])\.?\s{{0,3}})?
        (?<![\d.])(?P<d1>\d{{1,2}})(?:\s?\.|,(?=\s))?  # "6 .desember" as "6. desember"
        (?:\s{{0,3}}(?:[-–—/]|(?:{until})(?![a-zæøå]))\s{{0,3}}
           (?:(?:{weekdays})(?![a-zæøå])\.?,?\s{{1,3}})?  # "5. og torsdag 6. november"
           (?:(?:{articles})(?![a-zæøå])\.?\s{{0,3}})?
           (?P<d2>\d{{1,2}})\.?)?
        \s{{0,3}}(?P<mon>{months})(?![a-zæøå])\.?
        # "5. juni (onsdag) 2024": the weekday in brackets before the year
        (?:\s{{0,3}}\((?P<wd2>{weekdays})\.?\)(?=\s{{0,3}}(?:19|20)\d\d))?
        (?:,?\s{{0,3}}(?P<y>(?:19|20)\d\d)(?!\d))?
        """,
        flags,
    )
    numeric = re.compile(
        r"(?<![\d.:/,])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})"
        # "10/11-19" and "24/9-2019": a slash between day and month, a dash before the year
        r"(?:(?:(?P=sep)|(?<=/\d)-|(?<=/\d\d)-)(?P<y>\d{4}|\d{2})(?![\d])"
        # "5/11 2021 15:00": a slashed date, a space, a four-digit year
        r"|(?:(?<=/\d)|(?<=/\d\d))\s(?P<y4>(?:19|20)\d\d)(?![\d]))?"
        r"(?P<dot>\.(?![\d]))?(?!\d)"
    )
    iso = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
    weekday_tail = re.compile(
        rf"(?:^|\s)(?P<wd>{weekdays})(?![a-zæøå])\.?,?\s{{0,3}}(?:(?:{articles})\.?\s{{0,3}})?$",
        flags,
    )
    # "Dag 2", "Modul 1" and the ordinal "2. dag"
    day_number = re.compile(
        rf"(?:(?:{day_words})\s{{0,2}}(?P<n>\d{{1,2}})(?!\d)\.?"
        rf"|(?P<nth>\d{{1,2}})\.\s{{0,2}}(?:{day_words})(?![a-zæøå]))",
        flags,
    )
    weekday_only = re.compile(rf"(?P<wd>{weekdays})(?![a-zæøå])\.?", flags)
    programme = "|".join(re.escape(w) for w in sorted(lexicon.words("program_words")))
    programme_lead = re.compile(
        rf"(?:dagens\s)?(?:{programme})\s{{1,3}}(?:for\s{{1,3}}|[-–—:]\s{{0,3}})?(?=\S)", flags
    )
    return _DatePatterns(
        textual, numeric, iso, weekday_tail, day_number, weekday_only, programme_lead
    )


_DIGIT = re.compile(r"\d")


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _weekday(name: str | None, lexicon: Lexicon) -> int | None:
    if not name:
        return None
    return lexicon.weekdays.get(name.lower(), lexicon.weekdays.get(name.lower() + "."))


def _valid(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 31)


def find_dates(
    text: str, lexicon: Lexicon, *, loose: bool = False, impossible: bool = False
) -> list[DateMention]:
    """Every date in ``text``, in order.

    A bare "13.10" could as well be a time; it counts only when a weekday,
    "d."/"den", a year, a slash or a final dot make it a date — or when
    ``loose`` says the place expects a date. With ``impossible``, a day the
    month does not have ("31. februar") is found too, so a heading can be
    reported instead of passed over.
    """
    if _DIGIT.search(text) is None:
        return []
    patterns = date_patterns(lexicon)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    if any(c.isalpha() for c in text):
        for match in patterns.textual.finditer(text):
            d1 = int(match.group("d1"))
            month = lexicon.months[match.group("mon").lower()]
            year = _year(match.group("y"))
            weekday = _weekday(match.group("wd") or match.group("wd2"), lexicon)
            if not _valid(d1, month) and not (impossible and 1 <= d1 <= 31):
                continue
            first = PartialDate(d1, month, year, weekday)
            last = first
            if match.group("d2") is not None:
                d2 = int(match.group("d2"))
                if not _valid(d2, month) or d2 <= d1:
                    continue
                first = PartialDate(d1, month, year, weekday)
                last = PartialDate(d2, month, year)
            found.append(DateMention(first, last, match.start(), match.end()))
            taken.append((match.start(), match.end()))
    for match in patterns.iso.finditer(text):
        day, month = int(match.group("d")), int(match.group("m"))
        if _valid(day, month):
            when = PartialDate(day, month, int(match.group("y")))
            found.append(DateMention(when, when, match.start(), match.end()))
            taken.append((match.start(), match.end()))
    taken.sort()
    pointer = 0
    for match in patterns.numeric.finditer(text):
        # Both lists run left to right, so one pointer finds overlaps in linear time.
        while pointer < len(taken) and taken[pointer][1] <= match.start():
            pointer += 1
        if pointer < len(taken) and taken[pointer][0] <= match.start():
            continue
        day, month = int(match.group("d")), int(match.group("m"))
        if not _valid(day, month):
            continue
        year = _year(match.group("y") or match.group("y4"))
        prefix = text[max(0, match.start() - 16) : match.start()]
        weekday_match = patterns.weekday_tail.search(prefix) if prefix else None
        article = prefix.rstrip().lower().endswith((" d.", " den")) or prefix.strip().lower() in (
            "d.",
            "den",
        )
        dashed = match.group("sep") == "-" and year is None
        strong = (
            # "rom 1-3", "1-3. klasse": a dash without a year is a range of numbers
            # unless a weekday or "den" says it is a day ("fredag 1-3")
            (loose and not dashed)
            or year is not None
            or match.group("sep") == "/"
            or (match.group("dot") is not None and not dashed)
            or weekday_match is not None
            or article
            or _follows_date(found, prefix, match.start())
        )
        if not strong:
            continue
        weekday = _weekday(weekday_match.group("wd"), lexicon) if weekday_match else None
        start = (
            match.start() - (len(prefix) - weekday_match.start())
            if weekday_match
            else match.start()
        )
        when = PartialDate(day, month, year, weekday)
        found.append(DateMention(when, when, max(0, start), match.end()))
    found.sort(key=lambda m: m.start)
    return found


def _follows_date(found: list[DateMention], prefix: str, position: int) -> bool:
    """True for "17.03" in "d. 16.03 og 17.03": right after another date and "og"/"-"."""
    if not found:
        return False
    last = found[-1]
    gap = position - last.end
    return 0 < gap <= 5 and prefix[-gap:].strip().lower() in ("og", "-", "–", "til", "&", ",")


def parse_day_heading(text: str, lexicon: Lexicon) -> DayHeading | None:
    """The day a heading line announces ("Torsdag 14. marts", "Dag 2, 23. september"), or None.

    A heading is mostly its date: after "Dag N", a weekday and the date may
    follow only a short place ("– Bodø rådhus"), not a time or a sentence.
    """
    body = text.strip().rstrip(":").strip()
    if not body or len(body) > 90:
        return None
    patterns = date_patterns(lexicon)
    number = None
    rest = body
    lead_word = patterns.programme_lead.match(body)
    if lead_word is not None:
        # "PROGRAM DAG 1 – tirsdag 12. mars", "Program for fredag 15. marts"
        rest = body = body[lead_word.end() :]
    match = patterns.day_number.match(body)
    if match is not None:
        number = int(match.group("n") or match.group("nth"))
        rest = body[match.end() :].lstrip(" :,.-–—")
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1].strip()  # "Dag 1 (onsdag 4. juni)"
    if not rest:
        return DayHeading(date=None, number=number) if number is not None else None
    mentions = find_dates(rest, lexicon, loose=True, impossible=True)
    if mentions:
        mention = mentions[0]
        lead = rest[: mention.start].strip(" ,:-–—")
        if lead and not patterns.weekday_only.fullmatch(lead):
            return None
        if mention.first != mention.last:
            return None
        tail = rest[mention.end :].strip(" ,:-–—|")
        if len(mentions) > 1 or not _is_place(tail, lexicon):
            return None
        if patterns.weekday_only.fullmatch(tail.strip("() ")):
            lead, tail = tail.strip("() "), ""  # "14. marts (torsdag)"
        tail = _without_preposition(tail, lexicon)  # "… 2025 i Aarhus"
        when = mention.first
        if when.weekday is None and lead:
            when = PartialDate(when.day, when.month, when.year, _weekday(lead.rstrip("."), lexicon))
        return DayHeading(date=when, number=number, location=tail or None)
    weekday = patterns.weekday_only.match(rest)
    # a weekday in full: "Tor Eide, dagleg leiar" opens with a name, not "tor." (Thursday)
    if weekday is not None and len(weekday.group("wd")) >= 5:
        tail = rest[weekday.end() :].strip(" ,:-–—|")
        if _is_place(tail, lexicon):
            return DayHeading(
                date=None,
                number=number,
                location=tail or None,
                weekday=_weekday(weekday.group("wd"), lexicon),
            )
    return None


def _without_preposition(place: str, lexicon: Lexicon) -> str:
    head, _, rest = place.partition(" ")
    if rest and rest[:1].isupper() and head.lower() in lexicon.words("place_prepositions"):
        return rest
    return place


# Definite endings of a room word: "salen", "lokalet", "rommet", "teltet".
_DEFINITE = ("", "n", "en", "t", "et", "met", "a")


def _names_room(word: str, lexicon: Lexicon) -> bool:
    """ "sal", "møterom", "konferencelokalet": a room word, alone or ending a compound."""
    word = word.lower().rstrip(",.:;")
    rooms = tuple(lexicon.words("room_labels"))
    return any(
        word.removesuffix(ending).endswith(rooms) for ending in _DEFINITE if word.endswith(ending)
    )


def _is_place(tail: str, lexicon: Lexicon) -> bool:
    if not tail:
        return True
    if any(c.isdigit() for c in tail[:3]) or word_count(tail) > 6 or is_prose(tail):
        return False
    if tail.endswith(".") and word_count(tail) > 1:
        return False  # "Søndag tager vi den med ro.": a sentence, not a day's place
    first = tail.split(" ", 1)[0]
    if (
        first[:1].islower()
        and first not in lexicon.words("place_prepositions")
        # "– møterom Odin", "– sal 2": a room, named by its kind
        and not _names_room(first, lexicon)
    ):
        return False
    return first.lower() not in lexicon.words("clock")


_JOINING = frozenset({"-", "–", "—", "med", "varer", "varar", "frem", "fram"})
# The longest span of days a meeting's dates cover: "for perioden 1.1.2018 – 31.12.2021"
# (a term of office, a plan's years) is a period the text speaks of, not when anyone meets.
_LONGEST_MEETING = timedelta(days=366)


def _a_period(first: PartialDate, last: PartialDate) -> bool:
    """True when ``first`` to ``last`` (both with their years) is longer than any meeting."""
    if first.year is None or last.year is None:
        return False
    begins, ends = first.with_year(first.year), last.with_year(last.year)
    return begins is not None and ends is not None and ends - begins > _LONGEST_MEETING


def parse_when(text: str, lexicon: Lexicon) -> When | None:
    """Dates with optional times: an event frame or an edition.

    >>> lex = Lexicon.build()
    >>> w = parse_when("Tirsdag den 8. oktober 2024 kl. 9.30-16.00", lex)
    >>> w.first.day, w.start, w.end
    (8, (9, 30), (16, 0))
    >>> w = parse_when("3. april og 10. april 2024, begge dage fra 9:00 til 12:00", lex)
    >>> w.start, w.end, w.daily
    ((9, 0), (12, 0), True)
    >>> w = parse_when("01.11. kl. 12:00 - 02.11. kl. 12.00", lex)
    >>> (w.first.day, w.first.month, w.start), (w.last.day, w.end)
    ((1, 11, (12, 0)), (2, (12, 0)))
    """
    mentions = find_dates(text, lexicon)
    if not mentions or len(mentions) > 2:
        return None
    first = mentions[0]
    times: list[tuple[tuple[int, int], tuple[int, int] | None] | None] = []
    tails: list[str] = []
    for index, mention in enumerate(mentions):
        upto = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        after = text[mention.end : upto].strip(" ,")
        daily_words = _daily_words(after, lexicon) if index == len(mentions) - 1 else 0
        span = parse_leading_time(after[daily_words:], lexicon) if after else None
        if span is not None and not span.invalid:
            start = (span.start.hour, span.start.minute)
            end = (span.end.hour, span.end.minute) if span.end is not None else None
            times.append((start, end))
            after = span.rest
        else:
            times.append(None)
        tails.append(after.strip(" ,-–—"))
    if len(mentions) == 2:
        between = tails[0]
        joining = (
            lexicon.words("range") | lexicon.words("and_words") | lexicon.words("closing_verbs")
        )
        # "13. juni og slutter lørdag d. 15. juni", "1. til og med 3. marts"
        if between and not all(w in joining or w in _JOINING for w in between.lower().split()):
            return None
        if _a_period(first.first, mentions[1].last):
            return None
        begin = times[0][0] if times[0] else None
        finish = times[1][0] if times[1] else None
        if times[0] and times[0][1] is not None and times[1] and times[1][1] is not None:
            # "18.1.2021 09:30-16:00 og 19.1.2021 kl. 09:00-14:00": each day with its
            # hours, the frame from the first day's opening to the last day's close
            finish = times[1][1]
        daily = times[0] is None and times[1] is not None and times[1][1] is not None
        daily = daily or (times[1] is not None and daily_words > 0)
        if daily and times[1] is not None:
            begin, finish = times[1]  # "22. juni - 25. juni kl. 10-18": each day's hours
        elif times[0] and times[0][1] is not None and finish is None:
            finish = times[0][1]
        return When(
            first=first.first,
            last=mentions[1].last,
            start=begin,
            end=finish,
            before=text[: first.start].strip(" ,:-–—"),
            after=tails[1],
            daily=daily,
            hours=tuple(h for span in times if span for h in span if h is not None),
        )
    only = times[0]
    if _a_period(first.first, first.last):
        return None
    return When(
        first=first.first,
        last=first.last,
        start=only[0] if only else None,
        end=only[1] if only else None,
        before=text[: first.start].strip(" ,:-–—"),
        after=tails[0],
        daily=only is not None and only[1] is not None and first.first != first.last,
    )


def _daily_words(text: str, lexicon: Lexicon) -> int:
    """How much of ``text`` is a word for every day before hours ("begge dage fra 9:00
    til 12:00": the hours of each day of the frame), or 0."""
    lowered = text.lower()
    for phrase in lexicon.words("daily_words"):
        if lowered.startswith(phrase) and lowered[len(phrase) : len(phrase) + 1] in (" ", ","):
            return len(phrase) + 1
    return 0


@functools.cache
def _english_pattern() -> re.Pattern[str]:
    from babel.dates import get_day_names, get_month_names

    months = "|".join(get_month_names("wide", locale="en").values())
    days = "|".join(get_day_names("wide", locale="en").values())
    # "Friday, June 7, 2019" (American order) or "20 October, 2021" (the day first)
    return re.compile(
        rf"(?:(?:{days}),?\s{{1,2}})?"
        rf"(?:(?P<mon>{months})\s{{1,2}}(?P<d>\d{{1,2}})"
        rf"|(?P<d2>\d{{1,2}})\s{{1,2}}(?P<mon2>{months}))"
        r",?\s{1,2}(?P<y>(?:19|20)\d\d)"
    )


def parse_english_date(text: str) -> PartialDate | None:
    """ "Friday, June 7, 2019": a date in English order, as a site's software writes it.

    >>> parse_english_date("Friday, June 7, 2019")
    PartialDate(day=7, month=6, year=2019, weekday=None)
    >>> parse_english_date("20 October, 2021")
    PartialDate(day=20, month=10, year=2021, weekday=None)
    >>> parse_english_date("7. juni 2019") is None
    True
    """
    stripped = text.strip()
    # the pattern ends with the year's digits (\d is a decimal digit, as isdecimal says)
    if not stripped[-1:].isdecimal():
        return None
    match = _english_pattern().fullmatch(stripped)
    if match is None:
        return None
    from babel.dates import get_month_names

    names = {name: number for number, name in get_month_names("wide", locale="en").items()}
    day = int(match.group("d") or match.group("d2"))
    month = names[match.group("mon") or match.group("mon2")]
    if not _valid(day, month):
        return None
    return PartialDate(day, month, int(match.group("y")))
