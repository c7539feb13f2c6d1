"""Dates, day headings, frames and the year (folkemode.importers.text.dates and .years)."""

from __future__ import annotations

from datetime import date

import pytest

import folkemode
from folkemode.importers.text.dates import PartialDate, find_dates, parse_day_heading, parse_when
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.importers.text.years import assign_years, choose_year

LEX = Lexicon.build()


def first(text: str) -> PartialDate:
    found = find_dates(text, LEX)
    assert found, text
    return found[0].first


class TestFindDates:
    @pytest.mark.parametrize(
        ("text", "day", "month", "year"),
        [
            ("Date(s) - 23/01/2021", 23, 1, 2021),
            ("Publisert: 17.01.2022", 17, 1, 2022),
            ("lørdag den 24. marts", 24, 3, None),
            ("konferansens dag 2, 8.mars", 8, 3, None),
            ("Opsamling fra Open Space d. 23.01 om platformen", 23, 1, None),
            ("d. 23 januar", 23, 1, None),
            ("Måndag 3. november", 3, 11, None),
            ("TORSDAG 12. JUNI", 12, 6, None),
            ("Sendt: 12. september 2018 14:07", 12, 9, 2018),
            ("2024-03-14", 14, 3, 2024),
            ("01.11. kl. 12:00", 1, 11, None),
            ("Nyt 23.06.21", 23, 6, 2021),
            ("Tilmelding senest 6. okt. 2025", 6, 10, 2025),
        ],
    )
    def test_forms(self, text: str, day: int, month: int, year: int | None) -> None:
        """Numeric and written dates, with and without year."""
        found = first(text)
        assert (found.day, found.month, found.year) == (day, month, year)

    def test_weekday_is_kept(self) -> None:
        """The weekday a date names travels with it (Monday is 0)."""
        assert first("Tirsdag 25.9:").weekday is None or first("Tirsdag 25.9:").weekday == 1
        assert parse_day_heading("Tirsdag 25.9:", LEX).date == PartialDate(25, 9, None, 1)
        assert first("laurdag 3. mai").weekday == 5

    def test_ranges(self) -> None:
        """ "14. og 15. mars 2024" and "3.–4. november 2025" are ranges of days."""
        (mention,) = find_dates("Velkommen til strategikonferanse 14. og 15. mars 2024!", LEX)
        assert (mention.first.day, mention.last.day, mention.last.year) == (14, 15, 2024)
        (mention,) = find_dates("3.–4. november 2025", LEX)
        assert (mention.first, mention.last) == (PartialDate(3, 11, 2025), PartialDate(4, 11, 2025))

    @pytest.mark.parametrize(
        "text",
        ["13.10-13.45 Klima", "kl. 10.30", "Rum 12.5", "1.000 kr", "Middag, sal 1-3.", "rom 2-4"],
    )
    def test_times_are_not_dates(self, text: str) -> None:
        """A bare "13.10" is a time unless something says it is a date."""
        assert find_dates(text, LEX) == []

    def test_impossible_dates(self) -> None:
        """ "31. februar" and "45.13." are no dates."""
        assert find_dates("31. februar", LEX) == []
        assert find_dates("45.13.", LEX) == []


class TestDayHeadings:
    @pytest.mark.parametrize(
        ("text", "when", "number", "location"),
        [
            ("Torsdag 14. marts", PartialDate(14, 3, None, 3), None, None),
            ("lørdag den 24. marts:", PartialDate(24, 3, None, 5), None, None),
            ("Tirsdag 25.9:", PartialDate(25, 9, None, 1), None, None),
            ("Dag 2, 23. september", PartialDate(23, 9), 2, None),
            (
                "Dag 1: Tirsdag 29. mai – Sandnes rådhus",
                PartialDate(29, 5, None, 1),
                1,
                "Sandnes rådhus",
            ),
            ("Måndag 3. november", PartialDate(3, 11, None, 0), None, None),
            ("Fredag den 15. marts 2024", PartialDate(15, 3, 2024, 4), None, None),
            (
                "Lørdag 8. mars – møterom Fjord 1-3:",
                PartialDate(8, 3, None, 5),
                None,
                "møterom Fjord 1-3",
            ),
            ("Laurdag 14. juni - salen", PartialDate(14, 6, None, 5), None, "salen"),
            (
                "Fredag 6. juni, konferencelokalet",
                PartialDate(6, 6, None, 4),
                None,
                "konferencelokalet",
            ),
        ],
    )
    def test_headings(
        self, text: str, when: PartialDate, number: int | None, location: str | None
    ) -> None:
        """Day headings in Danish, Bokmål and Nynorsk, with "Dag N" and a place."""
        heading = parse_day_heading(text, LEX)
        assert heading is not None
        assert (heading.date, heading.number, heading.location) == (when, number, location)

    def test_weekday_and_number_alone(self) -> None:
        """ "Fredag" and "Dag 2" are headings without a date."""
        assert parse_day_heading("Fredag:", LEX).weekday == 4
        assert parse_day_heading("Dag 2", LEX).number == 2

    @pytest.mark.parametrize(
        "text",
        [
            "Velkommen til konferencen den 14. marts, hvor vi mødes igen",
            "Tid: Tirsdag den 8. oktober 2024 kl. 9.30-16.00",
            "14. og 15. mars 2024",
            "Vi ses torsdag",
            "Torsdag 14. marts kl. 10.00 Velkommen",
            "Fredag 6. juni romantisk aften",
        ],
    )
    def test_not_headings(self, text: str) -> None:
        """Sentences, frames with times and ranges are not day headings."""
        assert parse_day_heading(text, LEX) is None

    def test_room_after_the_date_starts_a_new_day(self) -> None:
        """ "Lørdag 9. mars – møterom Fjord:" moves the sessions after it to that day."""
        text = (
            "Årsmøte 2024\n\nFredag 8. mars:\nKl. 10.00-11.00: Åpning\n\n"
            "Lørdag 9. mars – møterom Fjord 1-3:\nKl. 09.00-10.00: Valg\n"
        )
        event = folkemode.loads(text, format="text")
        assert [(s.title, s.start.day) for s in event.sessions] == [("Åpning", 8), ("Valg", 9)]


class TestWhen:
    def test_frame_with_times(self) -> None:
        """ "Tid: … kl. 9.30-16.00" gives day, start and end."""
        when = parse_when("Tirsdag den 8. oktober 2024 kl. 9.30-16.00", LEX)
        assert when is not None
        assert (when.first, when.start, when.end) == (PartialDate(8, 10, 2024, 1), (9, 30), (16, 0))

    def test_edition_across_days(self) -> None:
        """ "01.11. kl. 12:00 - 02.11. kl. 12.00" runs from one day to the next."""
        when = parse_when("01.11. kl. 12:00 - 02.11. kl. 12.00", LEX)
        assert when is not None
        assert (when.first, when.last, when.start, when.end) == (
            PartialDate(1, 11),
            PartialDate(2, 11),
            (12, 0),
            (12, 0),
        )

    def test_place_before(self) -> None:
        """ "Gardermoen, 22.–24. september" keeps the place."""
        when = parse_when("Gardermoen, 22.–24. september", LEX)
        assert when is not None and when.before == "Gardermoen"


class TestYears:
    def test_option_wins(self) -> None:
        """year= is used when given."""
        assert (
            choose_year(
                [PartialDate(1, 2)],
                explicit=[],
                header_years=[2020],
                references=[],
                report=False,
                option=2031,
            )[0]
            == 2031
        )

    def test_explicit_date_before_header_year(self) -> None:
        """A date with its year beats a year elsewhere in the header."""
        year, _ = choose_year(
            [PartialDate(3, 11)],
            explicit=[PartialDate(3, 11, 2025)],
            header_years=[2024],
            references=[],
            report=False,
        )
        assert year == 2025

    def test_publication_date_next_occurrence(self) -> None:
        """Published in January, "8.mars" is the coming March."""
        year, _ = choose_year(
            [PartialDate(8, 3)],
            explicit=[],
            header_years=[],
            references=[PartialDate(17, 1, 2022)],
            report=False,
        )
        assert year == 2022
        year, _ = choose_year(
            [PartialDate(8, 1)],
            explicit=[],
            header_years=[],
            references=[PartialDate(17, 11, 2022)],
            report=False,
        )
        assert year == 2023

    def test_weekday_decides(self) -> None:
        """A report published 10.03.2025 about "Torsdag 6. mars" is 2025 (a Thursday)."""
        year, reason = choose_year(
            [PartialDate(6, 3, None, 3)],
            explicit=[],
            header_years=[],
            references=[PartialDate(10, 3, 2025)],
            report=True,
        )
        assert year == 2025 and "weekday" in reason

    def test_no_evidence(self) -> None:
        """Without any year in sight there is none."""
        assert choose_year(
            [PartialDate(14, 11)], explicit=[], header_years=[], references=[], report=False
        ) == (None, "")

    def test_new_year(self) -> None:
        """A programme from 30 December to 2 January crosses into the next year."""
        assert assign_years([PartialDate(30, 12), PartialDate(2, 1)], 2024) == [
            date(2024, 12, 30),
            date(2025, 1, 2),
        ]


class TestYearInProgrammes:
    def test_no_year_is_reported_and_nothing_dated(self) -> None:
        """Without a year sessions keep title and order but no date; "no-year" says so."""
        result = folkemode.parse(
            "Torsdag 14. marts\nKl. 10.00 Velkommen\nKl. 11.00 Debat", format="text"
        )
        assert [s.title for s in result.event.sessions] == ["Velkommen", "Debat"]
        assert all(s.start is None and s.day is None for s in result.event.sessions)
        assert result.event.start is None
        assert "no-year" in {d.code for d in result.diagnostics}

    def test_year_option_places_them(self) -> None:
        """year= places the same programme on the calendar."""
        event = folkemode.loads(
            "Torsdag 14. marts\nKl. 10.00 Velkommen\nKl. 11.00 Debat", format="text", year=2024
        )
        assert event.sessions[0].start.isoformat() == "2024-03-14T10:00:00+01:00"
        assert event.sessions[0].end == event.sessions[1].start

    def test_day_two_hint(self) -> None:
        """ "konferansens dag 2, 8.mars" puts day 1 on 7 March."""
        event = folkemode.loads(
            "Publisert: 17.01.2022\nVi holder fylkesmøte på konferansens dag 2, 8.mars.",
            format="text",
        )
        assert event.start is not None and event.start.date() == date(2022, 3, 7)

    def test_numbered_days_from_another_day(self) -> None:
        """ "Dag 1" without a date is the day before "Dag 2, 23. september"."""
        event = folkemode.loads(
            "Landsmøte 2023\n\nDag 1\n10:00 Åpning\n\nDag 2, 23. september\n09:00 Debatt",
            format="text",
        )
        assert [s.start.date().isoformat() for s in event.sessions] == ["2023-09-22", "2023-09-23"]

    def test_weekday_headings_follow_the_frame(self) -> None:
        """A bare "Fredag" after "Torsdag 14. marts 2024" is 15 March."""
        event = folkemode.loads(
            "Torsdag 14. marts 2024\nKl. 10 Velkommen\n\nFredag\nKl. 9 Morgenmad", format="text"
        )
        assert event.sessions[-1].start.date() == date(2024, 3, 15)


class TestYearEvidence:
    def test_title_year_beats_an_older_date_in_a_sentence(self) -> None:
        """A date in the header's prose is no frame when the programme has day headings."""
        event = folkemode.loads(
            "Kommunalkonference 2025\n\nSiden valget den 16. november 2021 har meget ændret "
            "sig i kommunerne, og derfor mødes vi igen.\n\nTorsdag 13. marts\nKl. 10 Velkommen\n",
            format="text",
        )
        assert event.start is not None and event.start.date() == date(2025, 3, 13)

    def test_of_the_header_years_the_one_the_weekdays_fit(self) -> None:
        """A photo caption "2021 Vinter ved fjorden" over "Fylkesårsmøte 2022" and
        "Fredag 4. mars": 4 March is a Friday in 2022, not in 2021."""
        event = folkemode.loads(
            "2021 Vinter ved fjorden\n\nFylkesårsmøte 2022\n\nProgram\n\nFredag 4. mars\n"
            "Kl. 11.00 Registrering\nKl. 12.00 Åpning\n",
            format="text",
        )
        assert event.sessions[0].start is not None
        assert event.sessions[0].start.date() == date(2022, 3, 4)

    def test_sentence_date_when_nothing_else(self) -> None:
        """Without headings or a title year, a dated sentence in the header gives the year."""
        event = folkemode.loads(
            "Temadag\n\nVelkommen til temadag 14. og 15. mars 2024 om klimaet!\n\n"
            "Kl. 10 Velkommen\n",
            format="text",
        )
        assert event.sessions[0].start.date() == date(2024, 3, 14)

    def test_of_the_years_named_the_one_the_weekdays_fit(self) -> None:
        """ "… valet 2021 …", "miljøpris for 2020", "Laurdag 14. november": 2020."""
        event = folkemode.loads(
            "Fylkessamling 14. og 15. november\n\nTema er vegen fram mot valet 2021, og vi "
            "deler ut miljøprisen for 2020.\n\nLaurdag 14. november\n12.30 Opning\n",
            format="text",
        )
        assert event.sessions[0].start.date() == date(2020, 11, 14)


class TestRelativeDays:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("1. dag", 1), ("3. dag:", 3), ("Modul 2", 2), ("Dag 2 – fredag", 2)],
    )
    def test_numbered_heading(self, text: str, number: int) -> None:
        """Ordinal ("2. dag") and module ("Modul 2") headings number their day."""
        heading = parse_day_heading(text, LEX)
        assert heading is not None
        assert heading.number == number

    def test_parts_of_a_one_day_course(self) -> None:
        """ "Modul 2" of a course held on one day stays on that day."""
        event = folkemode.loads(
            "Kursus i budget\nTid: Tirsdag den 8. oktober 2024 kl. 9.30-16.00\n\n"
            "Modul 1\nKl. 9.30 Velkomst\n\nModul 2\nKl. 13.00 Budgetlæsning\n",
            format="text",
        )
        assert {s.start.date() for s in event.sessions if s.start} == {date(2024, 10, 8)}

    def test_place_after_preposition(self) -> None:
        """ "… 2025 i Aarhus" gives the place without its preposition."""
        heading = parse_day_heading("Tirsdag den 11. november 2025 i Aarhus", LEX)
        assert heading is not None
        assert heading.location == "Aarhus"

    def test_module_heading_with_date(self) -> None:
        """ "Modul 1 – onsdag 3. april 2024" is the day of module 1."""
        heading = parse_day_heading("Modul 1 – onsdag 3. april 2024", LEX)
        assert heading is not None
        assert (heading.number, heading.date) == (1, PartialDate(3, 4, 2024, 2))

    def test_ordinal_days_dated_from_the_frame(self) -> None:
        """ "1. dag" / "2. dag" take their dates from the event's range of days."""
        event = folkemode.loads(
            "Kongres\nSted og tid: Fyns Forum, Ørbækvej 350, Odense, 7.-9. oktober 2025\n\n"
            "1. dag\nKl. 10.00: Indskrivning\n\n2. dag\nKl. 8.00: Morgenkaffe\n",
            format="text",
        )
        assert [s.start.date() for s in event.sessions if s.start] == [
            date(2025, 10, 7),
            date(2025, 10, 8),
        ]


class TestNumberedSubItems:
    """ "2.2 Godkjenning av dagsorden" beside "2.3 …" is item 2.2, not the 2nd of February."""

    TEXT = (
        "Landsmøte 17.–19. oktober 2022\nSted: Kongressenteret\n\nMandag 17. oktober\n\n"
        " • 10:00 Åpning\n  2.1 Godkjenning av fullmaktene\n  2.2 Godkjenning av dagsorden\n"
        "  2.3 Valg av ordstyrere\n • 13:00 Lunsj\n • 14:00 Debatt\n"
    )

    def test_items_stay_on_their_day(self) -> None:
        result = folkemode.parse(self.TEXT, format="text")
        assert [(s.title, f"{s.start:%m-%d %H.%M}") for s in result.event.sessions] == [
            ("Åpning", "10-17 10.00"),
            ("Lunsj", "10-17 13.00"),
            ("Debatt", "10-17 14.00"),
        ]
        opening = result.event.sessions[0]
        kept = f"{opening.description} {' '.join(item.text for item in opening.items)}"
        assert all(f"2.{n}" in kept for n in (1, 2, 3))

    def test_a_date_alone_is_still_a_day(self) -> None:
        heading = parse_day_heading("2.3 Rådhuset", LEX)
        assert heading is not None and heading.date == PartialDate(2, 3)


class TestAWeekdaysShortFormOpeningAName:
    def test_tor_eide_is_no_thursday(self) -> None:
        """ "Tor Eide, dagleg leiar i Kystnæringa" names a person; "Torsdag" is a day."""
        assert parse_day_heading("Tor Eide, dagleg leiar i Kystnæringa", LEX) is None
        assert parse_day_heading("Torsdag – Rådhuset", LEX) is not None


class TestTheDateThePageWasUpdated:
    TEXT = (
        "Borgermøde om svømmehallen\n\n12. marts 2027\n\n"
        "Udvalget inviterer til borgermøde onsdag den 17. marts kl. 19.00-21.00 i Vesterå.\n\n"
        "PROGRAM\n\nKl. 19.00 Velkommen\n\nKl. 19.30 Debat\n\n"
        "Sidst opdateret den 12. marts 2027\n"
    )

    def test_a_bare_date_the_stamp_names_is_no_day(self) -> None:
        """ "12. marts 2027" above the text, "Sidst opdateret den 12. marts 2027" below."""
        result = folkemode.parse(self.TEXT, format="text")
        assert [f"{s.start:%Y-%m-%d %H.%M}" for s in result.event.sessions] == [
            "2027-03-17 19.00",
            "2027-03-17 19.30",
        ]

    def test_a_day_heading_with_its_weekday_stays_a_day(self) -> None:
        text = self.TEXT.replace("\n12. marts 2027\n", "\nFredag 12. marts 2027\n")
        result = folkemode.parse(text, format="text")
        assert f"{result.event.sessions[0].start:%Y-%m-%d}" == "2027-03-12"


class TestTheDayANewsItemWasWritten:
    def test_a_bare_date_over_prose_that_gives_the_day(self) -> None:
        """ "30. august 2027" over "Mødet holdes mandag den 20. september kl. 18.30": the
        bare date is when the page was written; the prose gives the day."""
        text = (
            "Borgermøde om handicappolitik\n\n30. august 2027\n"
            "Handicaprådet inviterer til borgermøde.\n\n"
            "Mødet holdes mandag den 20. september kl. 18.30-21.30 i Teatersalen.\n\n"
            "Program:\n18.30: Velkomst\n18.40: Oplæg\n"
        )
        sessions = folkemode.loads(text, format="text").sessions
        assert [f"{s.start:%Y-%m-%d}" for s in sessions] == ["2027-09-20", "2027-09-20"]

    def test_a_date_opening_a_news_paragraph(self) -> None:
        """ "12.12.26: Onsdag bliver en festdag, …" then "13. december 2026 mødes …"."""
        text = (
            "12.12.26: Onsdag bliver en festdag, hvor udvalget skifter navn og bliver til det "
            "nye råd, og hvor rådet samles for første gang.\n\n"
            "13. december 2026 mødes rådet for første gang i den nye sal.\n\n"
            "Program for festdagen\n\nKl. 12.00 Møde i udvalget\n\nKl. 15.00 Indvielse\n"
        )
        sessions = folkemode.loads(text, format="text").sessions
        assert [f"{s.start:%Y-%m-%d %H.%M}" for s in sessions] == [
            "2026-12-13 12.00",
            "2026-12-13 15.00",
        ]


class TestASpaceBeforeTheDayDot:
    def test_day_headings_written_with_a_stray_space(self) -> None:
        """ "Tysdag 6 .desember kl 10.00:" and "Onsdag 7 . desember" are those days."""
        text = (
            "Fylkesting 2016\n\nTysdag 6 .desember kl 10.00:\n\n • Møte i fylkestinget\n\n"
            " • kl 12.00: Lunsj\n\nOnsdag 7 . desember\n\n • kl 09.00: Møte i fylkestinget\n"
        )
        sessions = folkemode.loads(text, format="text").sessions
        assert [f"{s.start:%m-%d %H.%M}" for s in sessions] == [
            "12-06 10.00",
            "12-06 12.00",
            "12-07 09.00",
        ]
