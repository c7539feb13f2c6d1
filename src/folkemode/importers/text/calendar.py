"""Putting the read dates on the calendar: years, day headings, frames, editions.

Once the whole text is read, the year is chosen (:mod:`.years`), every day
heading gets its date — also "Dag 2" (from another day or from "konferansens
dag 2, 8.mars") and a bare "Fredag" (the next Friday) — and the event frame
and the dated editions get theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from folkemode.importers.text.dates import PartialDate, When
from folkemode.importers.text.drafts import DayDraft, SessionDraft
from folkemode.importers.text.lines import Line
from folkemode.importers.text.structure import Structure
from folkemode.importers.text.years import assign_years, choose_year

__all__ = ["Calendar", "at"]


def _holds(when: When, days: Sequence[PartialDate]) -> bool:
    """True when every one of ``days`` lies in the frame ``when`` (by month and day)."""
    first, last = (when.first.month, when.first.day), (when.last.month, when.last.day)
    return all(first <= (d.month, d.day) <= last for d in days) and (first < last or not days)


# "2023" not inside a number or a date ("12.2023", "2023-24"). The look behind stands
# after "19" or "20", not before: a pattern that opens with its own characters is
# scanned for them fast, one that opens with a look behind is tried at every place.
_YEAR = re.compile(r"(?:19|20)(?<![\d.,/-]..)\d\d(?![\d-])")


def _title_years(structure: Structure) -> list[int]:
    # One scan of the titles joined by line breaks finds what a scan of each finds: a
    # line break is neither a digit nor a dash, so it ends a title as its end would.
    titles = "\n".join([s.title for s in structure.sessions])
    return [int(year) for year in _YEAR.findall(titles)]


def _described_years(structure: Structure) -> list[int]:
    """The years the sessions' descriptions and agenda items name ("… på Kulturkonferansen
    2023"), in programme order."""
    said = "\n".join(
        text
        for session in structure.sessions
        for text in (*session.description, *(item.text for item in session.items))
    )
    return [int(year) for year in _YEAR.findall(said)]


def _same_days(one: When, other: When) -> bool:
    def days(when: When) -> tuple[int, int, int, int]:
        return (when.first.month, when.first.day, when.last.month, when.last.day)

    return days(one) == days(other)


def _with_hours_first(frames: list[tuple[When, Line]]) -> list[tuple[When, Line]]:
    """The header's frames, the first of them replaced by a later one that says the
    same days and gives the hours ("Gjelder: Fylkestingsmøte tirsdag 9. april 2013"
    over "Tid: tirsdag 9. april kl. 10.00–15.30")."""
    if not frames or frames[0][0].start is not None:
        return frames
    first = frames[0][0]
    for position, (when, _) in enumerate(frames[1:], 1):
        if when.start is not None and _same_days(when, first):
            return [frames[position], *frames[:position], *frames[position + 1 :]]
    return frames


def at(day: date, clock: time, zone: ZoneInfo, extra_days: int = 0) -> datetime:
    """An aware datetime on ``day`` (plus ``extra_days``) at ``clock``."""
    return datetime.combine(day + timedelta(days=extra_days), clock, tzinfo=zone)


@dataclass
class Calendar:
    """The dates of one programme, once its year is known."""

    year: int | None
    reason: str
    days: dict[int, date] = field(default_factory=dict)
    """Resolved date of each day heading, by ``id()`` of its draft."""
    frame: tuple[date, date] | None = None
    frame_when: When | None = None
    frame_line: Line | None = None
    """The line whose dates (and hours, if it gives them) are the event's frame."""
    first_day: date | None = None
    undated: bool = False
    """True when the text has dates or times but no year could be found."""
    day_before: SessionDraft | None = None
    """The first session of a first day without a heading, put the day before the first
    heading's because the times run back there."""
    year_slips: list[tuple[DayDraft, date]] = field(default_factory=list)
    """Day headings whose own year the weekday denies, read in the event's year, which
    it fits ("Mandag 18.1.2020" in a programme of 18.-19.1.2021), with the date read."""

    @classmethod
    def resolve(cls, structure: Structure, option_year: int | None) -> Calendar:
        header = structure.header
        # Dates found in header sentences stand in for the event's dates only
        # when they hold the programme's dated day headings ("fra 6/2 kl. 10 til
        # 7/2 kl. 12.30" over "Onsdag den 7. februar"), or there are none.
        headed = [d.date for d in structure.days if d.date is not None]
        # Of a header's sentences with the same dates, the one that gives the hours
        # ("… torsdag 18. november frå kl. 10.00 til 16.30") says most.
        holding = [(when, line) for when, line in header.weak_frames if _holds(when, headed)]
        timed = [
            (when, line)
            for when, line in holding
            if when.start is not None and _same_days(when, holding[0][0])
        ] or [
            # "… stemme den 1. juni?" before "… finder sted lørdag d. 28. maj kl. 10-17": a
            # date in passing, then the day with its hours, which is the event's
            (when, line)
            for when, line in holding
            if when.start is not None and when.first.weekday is not None
        ]
        frames = _with_hours_first(header.frames) or (timed or holding)[:1]
        sequence: list[PartialDate] = []
        for when, _ in frames[:1]:
            sequence.extend((when.first, when.last))
        day_dates = [d.date for d in structure.days if d.date is not None]
        sequence.extend(day_dates)
        hints = [hint for _, hint in header.day_hints]
        explicit = [p for p in sequence if p.year is not None]
        explicit += [w.first for w, _ in header.frames[1:] if w.first.year]
        # items with their own days ("Dag: Mandag 14/8 2017 21:30 – 23:00") date the text too
        explicit += [
            s.dates.first for s in structure.sessions if s.dates is not None and s.dates.first.year
        ]
        weak = [w.first for w, _ in header.weak_frames if w.first.year]
        base, reason = choose_year(
            [*sequence, *hints],
            explicit=explicit,
            header_years=header.title_years,
            sentence_dates=weak,
            references=header.references,
            # the weakest evidence: a year the sessions' titles name ("… Danmark i 2023")
            other_years=[*header.years, *_title_years(structure)],
            described_years=_described_years(structure),
            report=header.report,
            option=option_year,
        )
        calendar = cls(year=base, reason=reason)
        needs_year = any(p.year is None for p in [*sequence, *hints])
        if base is None:
            calendar.undated = needs_year or bool(
                [s for s in structure.sessions if s.start is not None]
            )
            calendar._undated_frame(frames)
            return calendar
        resolved = assign_years(sequence, base)
        position = 0
        if frames:
            first, last = resolved[0], resolved[1]
            if first is not None and last is not None and last >= first:
                calendar.frame = (first, last)
                calendar.frame_when, calendar.frame_line = frames[0]
            position = 2
        dated = iter(resolved[position:])
        for day in structure.days:
            if day.date is not None:
                found = next(dated)
                if found is not None:
                    calendar.days[id(day)] = calendar._year_slip(day, found)
        calendar._relative_days(structure.days, structure.sessions, header.day_hints, base)
        calendar._first_day(structure, header.day_hints, base)
        return calendar

    def _year_slip(self, day: DayDraft, found: date) -> date:
        """``found``, or the same day in the frame's year when the heading's weekday fits
        that year and not the year the heading writes (a slip of the pen)."""
        partial = day.date
        frame = self.frame
        if (
            partial is None
            or partial.year is None
            or partial.weekday is None
            or found.weekday() == partial.weekday
            or frame is None
            or frame[0].year == partial.year
        ):
            return found
        other = partial.with_year(frame[0].year)
        if other is None or other.weekday() != partial.weekday or not frame[0] <= other <= frame[1]:
            return found
        self.year_slips.append((day, other))
        return other

    def _undated_frame(self, frames: Sequence[tuple[When, Line]]) -> None:
        for when, line in frames[:1]:
            first = when.first.with_year(when.first.year) if when.first.year else None
            last = when.last.with_year(when.last.year) if when.last.year else None
            if first is not None and last is not None and last >= first:
                self.frame, self.frame_when, self.frame_line = (first, last), when, line

    def _relative_days(
        self,
        days: list[DayDraft],
        sessions: list[SessionDraft],
        hints: list[tuple[int, PartialDate]],
        base: int,
    ) -> None:
        """Dates for "Dag 2" and "Fredag" headings from their neighbours."""
        anchors: list[tuple[int, date]] = [
            (d.number, self.days[id(d)]) for d in days if d.number and id(d) in self.days
        ]
        for number, hint in hints:
            found = hint.with_year(hint.year or base)
            if found is not None:
                anchors.append((number, found))
        previous: date | None = None
        # the days no session is under, and the heading before each
        used = {id(s.day) for s in sessions if s.day is not None}
        empty = {id(d) for d in days if id(d) not in used}
        before: int | None = None
        for day in days:
            if id(day) in self.days:
                previous = self.days[id(day)]
                before = id(day)
                continue
            found = None
            if day.number is not None and anchors:
                number, anchor = anchors[0]
                found = anchor + timedelta(days=day.number - number)
            elif day.number is not None and self.frame is not None:
                found = self.frame[0] + timedelta(days=day.number - 1)
                if self.frame[0] == self.frame[1]:
                    found = self.frame[0]  # "Modul 2" of a one-day course: a part, not a day
            elif day.weekday is not None:
                # "Fredag kl. 13.00" under "Fredag 17. juni": the same Friday
                start = previous or (self.frame[0] if self.frame else self._next_dated(days, day))
                if start is not None and previous is None and self.frame is None:
                    start -= timedelta(days=6)  # the weekday on or before the next dated day
                if start is not None:
                    found = start + timedelta(days=(day.weekday - start.weekday()) % 7)
            elif day.number is not None and previous is not None and before in empty:
                # "18. okt. 2022" / "Dag 2" / "07:00 …": the day after the dated heading
                # right before it, under which nothing is (said as day-empty)
                found = previous + timedelta(days=1)
            if found is not None:
                self.days[id(day)] = found
                previous = found
            before = id(day) if found is not None else None

    def _next_dated(self, days: list[DayDraft], day: DayDraft) -> date | None:
        """The date of the first dated heading after ``day``."""
        after = days[days.index(day) + 1 :]
        return next((self.days[id(d)] for d in after if id(d) in self.days), None)

    def _first_day(
        self, structure: Structure, hints: list[tuple[int, PartialDate]], base: int
    ) -> None:
        candidates = [self.days[id(d)] for d in structure.days if id(d) in self.days]
        if self.frame is not None:
            candidates.insert(0, self.frame[0])
        if not structure.days:
            for number, hint in hints:
                found = hint.with_year(hint.year or base)
                if found is not None:
                    candidates.append(found - timedelta(days=number - 1))
        self.first_day = min(candidates) if candidates else None
        if self.frame is None and structure.days and self.first_day is not None:
            # "13.00 …" … "20.00 Middag", then "Tysdag 5. april" over "08.30 …": a first
            # day with no heading of its own, the day before the first one that has one
            heading = structure.days[0]
            before = [
                s
                for s in structure.sessions
                if s.day is None and s.start is not None and s.dates is None
            ]
            under = [s for s in structure.sessions if s.day is heading and s.start is not None]
            dated = self.days.get(id(heading))
            if (
                dated is not None
                and heading.date is not None  # a date written in the heading, not a weekday
                and dated == self.first_day
                and len(before) >= 2
                and under
                and before[-1].start is not None
                and under[0].start is not None
                and before[-1].start > under[0].start
            ):
                self.first_day = dated - timedelta(days=1)
                self.day_before = before[0]

    def day_of(self, day: DayDraft | None) -> date | None:
        """The date of a day heading, or of the event when the session has none."""
        if day is not None:
            return self.days.get(id(day))
        if self.frame is not None:
            return self.frame[0]
        return self.first_day

    def edition_dates(self, when: When, label_year: int | None) -> tuple[date, date] | None:
        """First and last day of an edition ("2022:" then "01.11. … - 02.11. …")."""
        year = when.first.year or label_year or self.year
        if year is None:
            return None
        first = when.first.with_year(year)
        last_year = when.last.year or (year + 1 if when.last.month < when.first.month else year)
        last = when.last.with_year(last_year)
        if first is None or last is None or last < first:
            return None
        return first, last
