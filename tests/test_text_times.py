"""Clock times and time ranges (folkemode.importers.text.times)."""

from __future__ import annotations

from datetime import time

import pytest

import folkemode
from folkemode.importers.text.times import parse_leading_time
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()


def span(text: str) -> tuple[time | None, time | None, str, bool]:
    found = parse_leading_time(text, LEX)
    assert found is not None, text
    return found.start, found.end, found.rest, found.open_end


class TestLeadingTime:
    @pytest.mark.parametrize(
        ("text", "start", "end", "rest"),
        [
            ("Kl. 10.00 Velkommen", time(10), None, "Velkommen"),
            ("Kl. 10.00: Indskrivning", time(10), None, "Indskrivning"),
            ("Kl. 13: Kongressen åbnes", time(13), None, "Kongressen åbnes"),
            ("13:30 – Landsmøtet åpnes", time(13, 30), None, "Landsmøtet åpnes"),
            ("kl. 10 Dørene åbner", time(10), None, "Dørene åbner"),
            ("ca. kl. 15.30 Afslutning", time(15, 30), None, "Afslutning"),
            ("fra kl. 18.00 Fest", time(18), None, "Fest"),
            ("9:00–9:15 Velkommen", time(9), time(9, 15), "Velkommen"),
            ("kl. 9.30 Ankomst", time(9, 30), None, "Ankomst"),
            ("Kl. 12 -13 Frokostpause", time(12), time(13), "Frokostpause"),
            (
                "Kl. 14.15-15.15 Workshops runde #1",
                time(14, 15),
                time(15, 15),
                "Workshops runde #1",
            ),
            ("17.30 – 18.30  KOKO", time(17, 30), time(18, 30), "KOKO"),
            ("13:10-13:45 Klimaplaner", time(13, 10), time(13, 45), "Klimaplaner"),
            ("kl. 10.00–10.15 Velkommen", time(10), time(10, 15), "Velkommen"),
            ("10:00 - 19:00", time(10), time(19), ""),
            ("Kl. 15.30- 16.30  Workshops #2", time(15, 30), time(16, 30), "Workshops #2"),
            ("Kl. 13-14", time(13), time(14), ""),
            ("10.00 til 11.00 Debat", time(10), time(11), "Debat"),
            ("kl 9:30: Kaffe", time(9, 30), None, "Kaffe"),
            ("09:00-09:10   Velkommen", time(9), time(9, 10), "Velkommen"),
            ("Kl. 10.00 - kl. 10.30 Oplæg", time(10), time(10, 30), "Oplæg"),
            ("12-13: Frokost", time(12), time(13), "Frokost"),
            ("9-10 Kaffi og registrering", time(9), time(10), "Kaffi og registrering"),
            ("12 - 13.30: Lunsj", time(12), time(13, 30), "Lunsj"),
            ("10-12: Workshop i grupper", time(10), time(12), "Workshop i grupper"),
        ],
    )
    def test_forms(self, text: str, start: time, end: time | None, rest: str) -> None:
        """Every spelling of a time or range the programmes use is read."""
        assert span(text)[:3] == (start, end, rest)

    def test_open_end(self) -> None:
        """ "19:00-" says the end is open; "19:00 - Middag" is just a start."""
        assert span("19:00-") == (time(19), None, "", True)
        assert span("21:30-  Sosialt samvær")[2:] == ("Sosialt samvær", True)
        assert span("19:00 - Middag")[2:] == ("Middag", False)

    def test_duration_gives_the_end(self) -> None:
        """A duration in brackets sets the end and leaves the title clean."""
        assert span("Kl. 10.45 (fem kvarter) Regionsopdelt") == (
            time(10, 45),
            time(12),
            "Regionsopdelt",
            False,
        )
        assert span("kl. 14.15 Kaffepause (en halv time)")[1:3] == (time(14, 45), "Kaffepause")

    @pytest.mark.parametrize(
        "text",
        [
            "01.11. kl. 12:00 - 02.11. kl. 12.00",
            "14.11 kl. 12",
            "23.06.21 Ledelse",
            "2022:",
            "10 - 12 personer",
            "12 deltagere",
            "25.9:",
            "Klokken er mange",
            "1111111111",
            "10-12 juni: Landsmøte",
            "2-3 timer med debat",
            "13-12: Frokost",
            "12: Frokost",
        ],
    )
    def test_not_times(self, text: str) -> None:
        """Dates, years, counts and words are not read as times."""
        assert parse_leading_time(text, LEX) is None

    def test_impossible_clock(self) -> None:
        """ "Kl. 25.99" is recognised as meant to be a time, and marked invalid."""
        found = parse_leading_time("Kl. 25.99 Velkommen", LEX)
        assert found is not None and found.invalid

    def test_midnight_as_24(self) -> None:
        """ "24.00" is midnight."""
        assert span("22.00-24.00 Fest")[1] == time(0)


class TestHoursAloneInAProgramme:
    """ "12-13: Frokost" is a session, not a date heading ("10-12" is no 10 December)."""

    TEXT = (
        "Temadag lørdag den 25. februar 2023\n\n"
        "Kl. 9.30 Ankomst\n10-12: Workshop\n12-13: Frokost\nKl. 13.00 Debat\n"
    )

    def test_sessions_on_the_day(self) -> None:
        event = folkemode.loads(self.TEXT, format="text")
        assert [(s.title, s.start.hour, s.end.hour if s.end else None) for s in event.sessions] == [
            ("Ankomst", 9, 10),
            ("Workshop", 10, 12),
            ("Frokost", 12, 13),
            ("Debat", 13, None),
        ]
        assert {s.start.date().isoformat() for s in event.sessions} == {"2023-02-25"}


class TestRangeBrokenAfterItsDash:
    """ "08.00 -" over "09.30": one range, the title after a blank line."""

    TEXT = (
        "Mandag 12. august 2019\n\n08.00 -\n09.30\n\nFrokostmøte om fritid\n\n"
        "Sted: Teltet\n\n14.00 –\n15.00\n\nKompetanse i kommunene\n"
    )

    def test_sessions_with_their_ends(self) -> None:
        result = folkemode.parse(self.TEXT, format="text")
        assert [(s.title, f"{s.start:%H.%M}", f"{s.end:%H.%M}") for s in result.event.sessions] == [
            ("Frokostmøte om fritid", "08.00", "09.30"),
            ("Kompetanse i kommunene", "14.00", "15.00"),
        ]
        assert not [d for d in result.problems if d.code != "no-venue"]


class TestFourDigitsWithALeadingZero:
    def test_one_such_time_in_a_dotted_programme(self) -> None:
        """ "0800 - Kaffe" among "08.30 - …" lines: no year or count opens with a zero."""
        text = (
            "Fredag 6. november 2026\n\n0800 - Kaffe og frokost\n\n08.30 - Velkommen\n\n"
            "09.00 - Budsjettet\n"
        )
        sessions = folkemode.loads(text, format="text").sessions
        first = sessions[0]
        assert (first.title, f"{first.start:%H.%M}") == ("Kaffe og frokost", "08.00")

    def test_a_year_opening_a_line_is_no_time(self) -> None:
        text = "Fredag 6. november 2026\n\n2026 - et år med valg\n\n08.30 - Velkommen\n"
        sessions = folkemode.loads(text, format="text").sessions
        assert [s.title for s in sessions] == ["Velkommen"]


class TestASpaceBeforeTheDot:
    def test_after_kl_it_is_a_time(self) -> None:
        """ "Kl 11 .00 En stemme …": the minutes after a stray space are the time's."""
        text = "Torsdag 27. august 2020\n\nKl 09.00 Velkomst\nKl 11 .00 En stemme i debatten\n"
        sessions = folkemode.loads(text, format="text").sessions
        assert [(s.title, f"{s.start:%H.%M}") for s in sessions][-1] == (
            "En stemme i debatten",
            "11.00",
        )

    def test_without_kl_it_is_no_time(self) -> None:
        text = "Torsdag 27. august 2020\n\nKl 09.00 Velkomst\nSal 3 .40 er stengt i dag\n"
        assert [s.title for s in folkemode.loads(text, format="text").sessions] == ["Velkomst"]


class TestADashTypedForTheDot:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("10-00 – 10.15 Pause", ("10.00", "10.15")),
            ("12.00-12-45 Tale", ("12.00", "12.45")),
            ("Kl. 16-00 – 16.45 Debat", ("16.00", "16.45")),
        ],
    )
    def test_one_time_of_the_range_written_right(
        self, line: str, expected: tuple[str, str]
    ) -> None:
        text = f"Tirsdag 3. desember 2019\n\n09.00 – 09.30 Velkommen\n{line}\n"
        session = folkemode.loads(text, format="text").sessions[-1]
        assert (f"{session.start:%H.%M}", f"{session.end:%H.%M}") == expected

    def test_a_range_of_hours_stays_hours(self) -> None:
        text = "Tirsdag 3. desember 2019\n\n10-12 Workshop\n13.00 Lunsj\n"
        session = folkemode.loads(text, format="text").sessions[0]
        assert (f"{session.start:%H.%M}", f"{session.end:%H.%M}") == ("10.00", "12.00")
