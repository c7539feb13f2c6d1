"""New days where the times run backwards (importers.text.daybreaks), through parse."""

from __future__ import annotations

import folkemode


def sessions(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each session's title, start and end, as ISO strings."""
    result = folkemode.parse(text, format="text")
    return [
        (
            s.title,
            s.start.isoformat() if s.start else None,
            s.end.isoformat() if s.end else None,
        )
        for s in result.event.sessions
    ]


def days(text: str) -> list[str | None]:
    event = folkemode.loads(text, format="text")
    return [s.day.isoformat() if s.day else None for s in event.sessions]


THREE_DAYS = """Vinterseminar for Nordlandslaget
5.–7. november 2021 på Fjellstua

18.00 Ankomst og innsjekking
19.00 Middag
21.00 Sosialt samvær
08.00 Frokost
09.00 Årsmøteforhandlinger
12.00 Lunsj
19.00 Festmiddag
08.00 Frokost
09.30 Oppsummering
12.00 Avreise
"""


class TestSeveralDaysWithoutHeadings:
    def test_backwards_times_start_new_days(self) -> None:
        """In a three-day frame with no day headings, 21.00 → 08.00 starts the next day."""
        assert days(THREE_DAYS) == [
            "2021-11-05",
            "2021-11-05",
            "2021-11-05",
            "2021-11-06",
            "2021-11-06",
            "2021-11-06",
            "2021-11-06",
            "2021-11-07",
            "2021-11-07",
            "2021-11-07",
        ]

    def test_sessions_on_their_dates(self) -> None:
        """Each session gets its date's start; the last item of a day gets no end."""
        assert sessions(THREE_DAYS) == [
            ("Ankomst og innsjekking", "2021-11-05T18:00:00+01:00", "2021-11-05T19:00:00+01:00"),
            ("Middag", "2021-11-05T19:00:00+01:00", "2021-11-05T21:00:00+01:00"),
            ("Sosialt samvær", "2021-11-05T21:00:00+01:00", None),
            ("Frokost", "2021-11-06T08:00:00+01:00", "2021-11-06T09:00:00+01:00"),
            ("Årsmøteforhandlinger", "2021-11-06T09:00:00+01:00", "2021-11-06T12:00:00+01:00"),
            ("Lunsj", "2021-11-06T12:00:00+01:00", "2021-11-06T19:00:00+01:00"),
            ("Festmiddag", "2021-11-06T19:00:00+01:00", None),
            ("Frokost", "2021-11-07T08:00:00+01:00", "2021-11-07T09:30:00+01:00"),
            ("Oppsummering", "2021-11-07T09:30:00+01:00", "2021-11-07T12:00:00+01:00"),
            ("Avreise", "2021-11-07T12:00:00+01:00", None),
        ]

    def test_event_spans_the_frame(self) -> None:
        """The event runs from the first day's first start to the last day's last start."""
        event = folkemode.loads(THREE_DAYS, format="text")
        assert event.start is not None and event.end is not None
        assert (event.start.isoformat(), event.end.isoformat()) == (
            "2021-11-05T18:00:00+01:00",
            "2021-11-07T12:00:00+01:00",
        )

    def test_a_small_step_back_is_the_same_day(self) -> None:
        """A start less than three hours before the one above stays on the same day."""
        text = (
            "Høstsamling i Bygdelaget\n6.–7. november 2026\n\n"
            "10.00 Åpning\n13.00 Verksted A\n14.00 Verksted B\n12.00 Lunsj for gruppe B\n"
        )
        assert days(text) == ["2026-11-06"] * 4

    def test_midnight_after_the_evening_is_the_next_day(self) -> None:
        """ "Kl. 24.00" after "Kl. 21.00" lands on the next day at 00:00, and ends the evening."""
        text = (
            "Vårsamling i Havbyen Ungdomslag\n13.–14. mars 2026\n\n"
            "Kl. 19.00 Middag\nKl. 21.00 Konsert med Strandkoret\nKl. 24.00 Nattmat\n"
        )
        assert sessions(text) == [
            ("Middag", "2026-03-13T19:00:00+01:00", "2026-03-13T21:00:00+01:00"),
            (
                "Konsert med Strandkoret",
                "2026-03-13T21:00:00+01:00",
                "2026-03-14T00:00:00+01:00",
            ),
            ("Nattmat", "2026-03-14T00:00:00+01:00", None),
        ]


class TestOneDay:
    def test_nested_sub_programme_stays_on_its_day(self) -> None:
        """In a one-day frame a timed sub-programme that goes back stays on that day."""
        text = (
            "Familiedag i Sørbyen Venstre\nLørdag 14. mars 2026\n\n"
            "Kl. 10.00 Velkommen\nKl. 15.00 Barnas program i gymsalen:\n"
            "Kl. 11.00 Maling\nKl. 12.00 Lek og moro\nKl. 16.00 Avslutning\n"
        )
        assert days(text) == ["2026-03-14"] * 5
        event = folkemode.loads(text, format="text")
        assert event.end is not None and event.end.isoformat() == "2026-03-14T16:00:00+01:00"

    def test_day_headings_decide_the_days(self) -> None:
        """With day headings, a time that goes back does not start a day of its own."""
        text = (
            "Høstsamling i Bygdelaget\n6.–7. november 2026\n\n"
            "Fredag 6. november\n10.00 Åpning\n16.00 Verksted\n09.00 Verksted for de yngste\n"
            "Lørdag 7. november\n09.00 Frokost\n"
        )
        assert days(text) == ["2026-11-06", "2026-11-06", "2026-11-06", "2026-11-07"]

    def test_midnight_in_a_one_day_programme_is_the_next_day(self) -> None:
        """ "Kl. 24.00" after "Kl. 21.00" in a one-day programme is the next day at 00:00."""
        text = (
            "Nattseminar i Havbyen Ungdomslag\nLørdag 14. mars 2026\n\n"
            "Kl. 19.00 Middag\nKl. 21.00 Konsert med Strandkoret\nKl. 24.00 Nattmat\n"
        )
        assert sessions(text) == [
            ("Middag", "2026-03-14T19:00:00+01:00", "2026-03-14T21:00:00+01:00"),
            (
                "Konsert med Strandkoret",
                "2026-03-14T21:00:00+01:00",
                "2026-03-15T00:00:00+01:00",
            ),
            ("Nattmat", "2026-03-15T00:00:00+01:00", None),
        ]


class TestOvernightUnderOneHeading:
    """ "21.00 Sosialt" then "08.00 Frokost" under one heading: the next morning, said."""

    TEXT = (
        "Sommermøte i laget\nSted: Fjellstua\n\nFredag 13. juni 2025\n"
        "18.00 Grilling\n21.00 Sosialt\n08.00 Frokost\n09.00 Årsmøte\n"
    )

    def test_the_morning_is_the_next_day(self) -> None:
        result = folkemode.parse(self.TEXT, format="text")
        assert [(s.title, f"{s.start:%d %H.%M}") for s in result.event.sessions] == [
            ("Grilling", "13 18.00"),
            ("Sosialt", "13 21.00"),
            ("Frokost", "14 08.00"),
            ("Årsmøte", "14 09.00"),
        ]
        [note] = [d for d in result.diagnostics if d.code == "day-inferred"]
        assert note.line == 7

    def test_another_stage_starts_the_same_day(self) -> None:
        """A second stage's list after the first one's evening is the same day."""
        text = (
            "Folkefest\nSted: Havnen\n\nLørdag 14. juni 2025\n\nScene: Torvet\n"
            "19.00 Koncert\n21.00 Dans\n\nScene: Kajen\n09.00 Morgensang\n10.00 Debat\n"
        )
        result = folkemode.parse(text, format="text")
        assert {s.start.day for s in result.event.sessions} == {14}
        assert not [d for d in result.diagnostics if d.code == "day-inferred"]


class TestAFirstDayWithoutItsHeading:
    """Items, then "Tysdag 5. april 2022" over a morning: the items were the day before."""

    TEXT = (
        "Regiontinget\nStad: Hotellet\n\n1200\n\nRegistrering og lunsj\n\n1300\n\n"
        "Velkomen ved rådsleiar Hilde Holm\n\n1500\n\nGruppearbeid\n\n2000\n\nMiddag\n\n"
        "Tysdag 5. april 2022\n\n0830\n\nSamarbeid om skulen\n\n1000\n\nAvslutning\n"
    )

    def test_four_digit_times_alone_and_the_day_before(self) -> None:
        result = folkemode.parse(self.TEXT, format="text")
        assert [(s.title, f"{s.start:%d %H.%M}") for s in result.event.sessions] == [
            ("Registrering og lunsj", "04 12.00"),
            ("Velkomen", "04 13.00"),
            ("Gruppearbeid", "04 15.00"),
            ("Middag", "04 20.00"),
            ("Samarbeid om skulen", "05 08.30"),
            ("Avslutning", "05 10.00"),
        ]
        assert [d.code for d in result.diagnostics if d.code == "day-inferred"] == ["day-inferred"]

    def test_years_alone_are_no_times(self) -> None:
        text = "Jubileum\n\n2019\n\nStiftinga\n\n2020\n\nFyrste møte\n\n2021\n\nNytt styre\n"
        assert folkemode.loads(text, format="text").sessions == ()


class TestDayHeadingsStackedOverOneList:
    TEXT = (
        "Fylkeskonferanse\nStjørdal, 14.–15. februar 2027\nSøndag 14. februar\n"
        "Mandag 15. februar\n10.00 Registrering\n12.00 Lunsj\n18.00 Slutt for dagen\n"
        "08.00 Frokost\n09.00 Innledning\n12.00 Hjemreise\n"
    )

    def test_each_run_goes_to_its_heading(self) -> None:
        """Two headings over one list whose times go back once: a run for each day."""
        result = folkemode.parse(self.TEXT, format="text")
        assert [f"{s.start:%d %H.%M}" for s in result.event.sessions] == [
            "14 10.00",
            "14 12.00",
            "14 18.00",
            "15 08.00",
            "15 09.00",
            "15 12.00",
        ]
        assert any(d.code == "day-inferred" for d in result.diagnostics)

    def test_more_turns_than_headings_leave_the_list_alone(self) -> None:
        text = self.TEXT + "07.00 Tur\n"
        sessions = folkemode.loads(text, format="text").sessions
        assert f"{sessions[0].start:%d}" == "15"  # nothing to go by: as the headings stand
