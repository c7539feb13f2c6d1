"""Text as other programs hand it over: odd breaks and marks, impossible dates, clock changes."""

from __future__ import annotations

from datetime import datetime

import pytest

import folkemode
from folkemode.errors import FolkemodeError

BASE = (
    "Dag for byrådet\nSted: Rådhuset, Torvet 1, 8000 Aarhus\nTorsdag den 5. marts 2026\n"
    "Kl. 9.30 Velkommen\nKl. 10.00 Debat\nKl. 11.00 Frokost\n"
)


def _titles(text: str) -> list[str]:
    return [s.title for s in folkemode.parse(text, format="text").event.sessions]


class TestLineBreaks:
    @pytest.mark.parametrize("newline", ["\r", "\r\n", "\u2028", "\u2029", "\x85", "\v", "\f"])
    def test_every_line_break_separates_lines(self, newline: str) -> None:
        """A text with carriage returns or Unicode line separators reads as with newlines."""
        assert _titles(BASE.replace("\n", newline)) == ["Velkommen", "Debat", "Frokost"]

    def test_mixed_line_breaks(self) -> None:
        """A text mixing three kinds of line break loses no session."""
        text = BASE.replace("\n", "\r", 2).replace("\n", "\u2028", 2)
        assert _titles(text) == ["Velkommen", "Debat", "Frokost"]


class TestMarks:
    @pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u202a", "\u2066", "\ufeff"])
    def test_direction_marks_before_a_time(self, mark: str) -> None:
        """Invisible direction marks or a byte order mark before "Kl." do not hide the time."""
        assert _titles(BASE.replace("Kl.", mark + "Kl.")) == ["Velkommen", "Debat", "Frokost"]

    def test_full_width_and_superscript_digits(self) -> None:
        """ "Ｋｌ. ９.３０" and "Kl. ⁹.³⁰" are read as the time 9.30."""
        for written in ("Ｋｌ. ９.３０", "Kl. ⁹.³⁰"):
            event = folkemode.loads(BASE.replace("Kl. 9.30", written), format="text")
            assert event.sessions[0].title == "Velkommen"
            assert event.sessions[0].start == datetime.fromisoformat("2026-03-05T09:30+01:00")

    @pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"])
    def test_every_dash_in_a_range(self, dash: str) -> None:
        """A range written with any dash keeps the dash out of the title and gives the end."""
        event = folkemode.loads(BASE.replace("Kl. 9.30", f"Kl. 9.30{dash}9.50"), format="text")
        first = event.sessions[0]
        assert first.title == "Velkommen"
        assert first.end == datetime.fromisoformat("2026-03-05T09:50+01:00")

    def test_tab_after_the_clock_word(self) -> None:
        """ "Kl.<tab>9.30 Velkommen" is a timed line, not a table row with "9.30" in the title."""
        assert _titles(BASE.replace("Kl. 9.30 ", "Kl.\t9.30 "))[0] == "Velkommen"


class TestImpossibleDates:
    @pytest.mark.parametrize("heading", ["Tirsdag den 31. februar 2026", "29.02.2025"])
    def test_no_such_day_is_a_warning_on_its_line(self, heading: str) -> None:
        """A day heading the calendar does not have is reported, its sessions kept undated."""
        text = BASE.replace("Torsdag den 5. marts 2026", heading)
        result = folkemode.parse(text, format="text")
        found = [d for d in result.problems if d.code == "no-such-date"]
        assert [d.line for d in found] == [3]
        assert [s.start for s in result.event.sessions] == [None, None, None]

    def test_weekday_that_does_not_fit(self) -> None:
        """ "Torsdag 14. marts 2026" is a Saturday: a warning, and the date is kept."""
        text = BASE.replace("Torsdag den 5. marts 2026", "Torsdag 14. marts 2026")
        result = folkemode.parse(text, format="text")
        assert [(d.code, d.line) for d in result.problems] == [("weekday", 3)]
        assert "Saturday" in result.problems[0].message
        assert result.event.sessions[0].start is not None
        assert result.event.sessions[0].start.date().isoformat() == "2026-03-14"


class TestClockChanges:
    def test_time_in_the_spring_gap(self) -> None:
        """2.30 on the night the clocks go forward is read with the offset before the gap."""
        text = BASE.replace("Torsdag den 5. marts 2026", "Søndag 30. marts 2025").replace(
            "Kl. 9.30 Velkommen", "Kl. 2.30 Natløb"
        )
        result = folkemode.parse(text, format="text")
        found = [d for d in result.problems if d.code == "clock-change"]
        assert [d.line for d in found] == [4]
        night = next(s for s in result.event.sessions if s.title == "Natløb")
        assert night.start == datetime.fromisoformat("2025-03-30T03:30+02:00")

    def test_time_that_happens_twice(self) -> None:
        """2.30 on the night the clocks go back is the first of the two, and said so."""
        text = BASE.replace("Torsdag den 5. marts 2026", "Søndag 26. oktober 2025").replace(
            "Kl. 9.30 Velkommen", "Kl. 2.30 Natløb"
        )
        result = folkemode.parse(text, format="text")
        assert [d.code for d in result.problems] == ["clock-change"]
        assert result.event.sessions[0].start is not None
        assert result.event.sessions[0].start.utcoffset() is not None
        assert result.event.sessions[0].start.isoformat() == "2025-10-26T02:30:00+02:00"


class TestYearOption:
    def test_year_as_text(self) -> None:
        """year="2026" is the year 2026."""
        event = folkemode.loads("Torsdag 5. marts\nKl. 10 Møde\n", format="text", year="2026")
        assert event.sessions[0].start is not None
        assert event.sessions[0].start.year == 2026

    @pytest.mark.parametrize("year", [26, 0, -5, 99999, True, 2026.5, "tyve"])
    def test_other_years_are_refused(self, year: object) -> None:
        """A year that is no four-digit year is refused with an error naming it."""
        with pytest.raises(FolkemodeError, match="four-digit year"):
            folkemode.parse("Torsdag 5. marts\nKl. 10 Møde\n", format="text", year=year)  # type: ignore[arg-type]
