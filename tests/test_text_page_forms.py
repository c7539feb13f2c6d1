"""Forms of programme pages: tables copied cell by cell, guides, series of dates.

Each text is written for these tests, after forms seen on council, party and
union pages: a table whose cells came out one per paragraph, a guide that
gives each item its own place line, a page that lists the dates of coming
years, a page with no programme but links to one.
"""

from __future__ import annotations

from datetime import date, time

import folkemode
from folkemode.formats import ImportOptions
from folkemode.importers.text.reader import read_text_with_ledger
from tests.text_reading import clock, names, parse


class TestTableCellsOnePerParagraph:
    # A two-column table ("Tid" / "Tema" / "Foredragsholder") copied from a page:
    # every cell its own paragraph, many blank and space-only lines between.
    GAP = "\n \n\n \n\n \n\n \n\n \n\n \n\n \n\n"
    TEXT = (
        "Program for ordførersamling i Fjordvik\n\nHavtun hotell 14.-15. mars 2027.\n"
        + GAP
        + "Tid\n\n \n\nTema\n\n \n\nForeleser\n"
        + GAP
        + "09:00-09:45\n"
        + GAP
        + "Velkommen.\n\n \n\nOm samlingen og dagen.\n"
        + GAP
        + "Mona Vik,\n\nRegiondirektør KS\n"
        + GAP
        + "09:45-11:00\n"
        + GAP
        + "Ordføreren og administrasjonen.\n"
        + GAP
        + "Tor Lie, tidligere rådmann i Fjordvik\n"
        + GAP
        + "11:00-11:30\n\n \n\nPause.\n"
    )

    def test_a_time_finds_its_title_past_many_blank_cells(self) -> None:
        event = parse(self.TEXT).event
        assert [(s.title.rstrip("."), clock(s)) for s in event.sessions] == [
            ("Velkommen", (time(9, 0), time(9, 45))),
            ("Ordføreren og administrasjonen", (time(9, 45), time(11, 0))),
            ("Pause", (time(11, 0), time(11, 30))),
        ]

    def test_a_name_cell_over_its_role_cell_is_one_speaker(self) -> None:
        """ "Mona Vik," over "Regiondirektør KS": her name, then her role."""
        result = parse(self.TEXT)
        first = result.event.sessions[0]
        assert [(s.name, s.role) for s in first.speakers] == [("Mona Vik", "Regiondirektør KS")]
        assert names(result.event.sessions[1]) == ["Tor Lie"]
        assert not [d for d in result.diagnostics if d.code == "people-unattached"]

    def test_the_place_before_the_dates_is_the_venue(self) -> None:
        """ "Havtun hotell 14.-15. mars 2027." (a full stop after the dates) dates the event
        and names its venue."""
        event = parse(self.TEXT).event
        assert event.venue is not None and "Havtun" in event.venue.name
        assert [s.day for s in event.sessions] == [date(2027, 3, 14)] * 3

    def test_a_name_alone_with_no_role_below_is_no_joined_speaker(self) -> None:
        text = "09:00-10:00\n\nVelkommen.\n\nMona Vik,\n\nom dagen og samlingen\n"
        event = parse(text, year=2027).event
        assert all(s.role is None for s in event.sessions[0].speakers)


class TestBarsBetweenCells:
    def test_a_row_between_bars_has_its_cells(self) -> None:
        """ "16:00 | Title |": the bars are the table's, not the title's."""
        text = (
            "Festkveld for frivilligheten torsdag 7. oktober 2027\n\n"
            "16:00 | Velkommen med enkel servering |\n"
            "16:30 | Kulturinnslag |\n"
            "| 17:00 | Frivilligheten i bygda |\n"
        )
        event = parse(text).event
        assert [(s.title, clock(s)[0]) for s in event.sessions] == [
            ("Velkommen med enkel servering", time(16, 0)),
            ("Kulturinnslag", time(16, 30)),
            ("Frivilligheten i bygda", time(17, 0)),
        ]

    def test_a_bar_inside_a_line_stays(self) -> None:
        event = parse("Fredag 8. oktober 2027\n\n10:00 Debat: land | by\n").event
        assert event.sessions[0].title == "Debat: land | by"


class TestPeopleGluedToTheTitle:
    def test_people_with_roles_after_a_title_in_small_letters(self) -> None:
        """A row's title and its people, run together when the cells were joined."""
        text = (
            "Torsdag 7. oktober 2027\n\n"
            "17:00 Ny strategi for frivillighet i fylket Tone Berg (fylkesråd) og "
            "Rune Dahl (avdelingsleder), Fjordvik fylkeskommune\n18:00 Middag\n"
        )
        session = parse(text).event.sessions[0]
        assert session.title == "Ny strategi for frivillighet i fylket"
        assert [(s.name, s.role) for s in session.speakers] == [
            ("Tone Berg", "fylkesråd"),
            ("Rune Dahl", "avdelingsleder"),
        ]

    def test_names_in_a_sentence_of_the_title_stay_in_it(self) -> None:
        """ "…, Sverre Lid og Marit Bø, fortel …": the people are the sentence's subject,
        read as it is written, not cut from a title before them."""
        text = (
            "Onsdag 3. mars 2027\n\n"
            "17:15 Ordførarane i nabokommunane, Sverre Lid og Marit Bø, fortel om ungdomsråda\n"
        )
        session = parse(text).event.sessions[0]
        assert session.title.startswith("Ordførarane i nabokommunane, Sverre Lid og Marit Bø")
        assert all(s.role != "fortel om ungdomsråda" for s in session.speakers)

    def test_a_topic_named_after_a_person_is_no_speaker(self) -> None:
        text = "Onsdag 3. mars 2027\n\n17:15 Debatt om Jonas Berg Lunde og arven etter ham\n"
        assert parse(text).event.sessions[0].speakers == ()


class TestGuideWithPlaceLines:
    TEXT = (
        "Lørdag - 16. juni 2029\n\n"
        "09:00 - 10:00 - Morgensnak: skolen og arbejdslivet\n\n"
        "Lokation: B7 - Ungdomsteltet\n\n"
        "Foredrag - Børn, unge og uddannelse.\n"
        "I sofaen taler vi om skolen, om stress og om de unges vej ind på arbejdsmarkedet.\n\n"
        "Deltagere\n\n"
        " • Lea Holt, Ordstyrer, Selvstændig\n"
        " • Jens Bro, Forfatter\n\n"
        "10:30 - 11:15 - Sund eller rask?\n\n"
        "Lokation: B8 - Fagteltet\n\n"
        "Debat - Sundhed og forebyggelse\n"
        "Hvorfor er uligheden i sundhed så svær at rykke?\n"
    )

    def test_each_place_line_is_its_items_room(self) -> None:
        result = parse(self.TEXT)
        first, second = result.event.sessions
        assert (first.room, second.room) == ("B7 - Ungdomsteltet", "B8 - Fagteltet")
        assert result.event.venue is None or "Ungdomsteltet" not in result.event.venue.name

    def test_the_item_keeps_its_text_and_its_people(self) -> None:
        result, ledger = read_text_with_ledger(self.TEXT, ImportOptions())
        first = result.event.sessions[0]
        assert first.description is not None and "sofaen" in first.description
        assert names(first) == ["Lea Holt", "Jens Bro"]
        # every line under the second time is that session's, none the event's
        lines = self.TEXT.splitlines()
        below = [n for n in range(16, len(lines) + 1) if lines[n - 1].strip()]
        assert all(
            all(c.startswith("session 'Sund eller rask?'") for c in ledger.claims[n]) for n in below
        )

    def test_a_stage_line_over_the_next_times_stays_their_stage(self) -> None:
        """ "Scene: Telt 2" with times right under it heads them, as before."""
        text = (
            "Fredag 12. juni 2026\n\nScene: Havnescenen\nKl. 10.00-11.00 Velkommen\n\n"
            "Scene: Telt 2\nKl. 10.30-11.30 Klimaet\n\nScene: Havnescenen\nKl. 11.00 Debat\n"
        )
        rooms = [s.room for s in parse(text).event.sessions]
        assert rooms == ["Havnescenen", "Telt 2", "Havnescenen"]


class TestDatesOfOtherYears:
    TEXT = (
        "Kommunalt Topmøde 2027\n\n"
        "Kommunalt Topmøde 2027 afholdes den 18.-19. marts 2027 i Hedeby Kongrescenter.\n\n"
        "Program for topmødet\n\n"
        " • PDF\n\n"
        "  Program for Kommunalt Topmøde 2027 - Kommuner.pdf\n\n"
        "Tilmelding for kommuner\n\n"
        "Der er lukket for tilmelding. Afbud efter den 20. februar 2027 faktureres.\n\n"
        "Om repræsentantskabet\n\n"
        "Repræsentantskabet er foreningens øverste myndighed og mødes en gang om året.\n\n"
        "Datoer for Kommunalt Topmøde:\n\n"
        " • 2028: 16.-17. marts\n"
        " • 2029: 15.-16. marts.\n"
    )

    def test_the_event_keeps_its_own_dates(self) -> None:
        """ "2028: 16.-17. marts" in a list of the series' dates is another year's meeting."""
        result = parse(self.TEXT)
        assert result.event.start is None or result.event.start.date() == date(2027, 3, 18)
        assert "-03-18" in folkemode.dumps(result.event, format="json")
        assert "-03-16" not in folkemode.dumps(result.event, format="json")
        # the lines of 2028 and 2029 are set aside, and say so
        aside = [d.message for d in result.diagnostics if d.code == "ignored"]
        assert any("2028" in m for m in aside) and any("2029" in m for m in aside)

    def test_a_link_to_the_programme_file_is_no_programme(self) -> None:
        """The programme heading over PDF links, then the page's sections: no sessions,
        and the page says it has no programme."""
        result = parse(self.TEXT)
        assert result.event.sessions == ()
        assert "no-programme" in {d.code for d in result.diagnostics}

    def test_a_year_label_of_the_events_year_gives_that_year(self) -> None:
        text = (
            "Årsmøde 2027\n\nVi mødes:\n\n • 2027: 16.-17. april\n\n"
            "Program\n\nKl. 10.00 Velkomst\nKl. 11.00 Beretning\n"
        )
        event = parse(text).event
        assert [s.day for s in event.sessions] == [date(2027, 4, 16)] * 2


class TestHeldAtTwoHouses:
    def test_two_houses_and_their_town(self) -> None:
        text = (
            "Temadag 2027\n\nÅrets temadag afholdes lørd. 6. november 2027.\n\n"
            "Temadagen holdes hos Fjordlys og Kulturværket i Hedeby. Det bliver en god dag.\n\n"
            "Kl. 10.00-10.30 Morgenmad\nKl. 10.30-12.00 Oplæg\n"
        )
        venue = parse(text).event.venue
        assert venue is not None and venue.name == "Fjordlys og Kulturværket, Hedeby"


class TestListOfDatedMeetings:
    TEXT = (
        "  Skolen og fællesskabet - Uddannelsesnetværket - Hedeby\n"
        "  Fredag den 5. marts 2027, 09.15 -12.00\n"
        "  Hvorfor klarer nogle skoler sig bedre end andre? Det spørger vi dagens gæst om.\n"
        "  v/ Lars Krog, forfatter\n\n"
        "  Ny energi i erhvervslivet - Klimanetværket\n"
        "  Onsdag den 17. marts 2027, 09.15 -12.00\n"
        "  Hvordan starter man en grøn virksomhed? Direktør Eva Lund fortæller.\n"
        "  v/ Direktør Eva Lund, Solvind\n"
    )

    def test_each_title_over_its_day_and_hours_is_a_meeting(self) -> None:
        event = parse(self.TEXT).event
        found = [(s.title.split(" - ")[0], s.day, clock(s)) for s in event.sessions]
        assert found == [
            ("Skolen og fællesskabet", date(2027, 3, 5), (time(9, 15), time(12, 0))),
            ("Ny energi i erhvervslivet", date(2027, 3, 17), (time(9, 15), time(12, 0))),
        ]
        assert [names(s) for s in event.sessions] == [["Lars Krog"], ["Eva Lund"]]


class TestDayLabelGluedToTheLineBefore:
    def test_the_next_days_label_at_a_lines_end_starts_that_day(self) -> None:
        text = (
            "Dag 1: Onsdag den 29. september 2027\nKl. 14.00 – 15.00\nDrøftelse i grupper\n\n"
            "Afrunding og kort introduktion til dag 2Dag 2: Torsdag den 30. september 2027\n\n"
            "Kl. 09.45 – 10.00\nVelkomst\n"
        )
        event = parse(text).event
        assert [(s.title, s.day) for s in event.sessions] == [
            ("Drøftelse i grupper", date(2027, 9, 29)),
            ("Velkomst", date(2027, 9, 30)),
        ]


class TestTheDaysHoursFrameTheEvent:
    def test_the_hours_beside_the_day_reach_past_its_last_item(self) -> None:
        text = "PROGRAM\n\n31. august 2027 fra kl. 9.00 – 17.00\n\n9.00 VELKOMST\n\n12.45 SPOR\n"
        event = parse(text).event
        assert event.start is not None and event.end is not None
        assert (event.start.time(), event.end.time()) == (time(9, 0), time(17, 0))


class TestFirstNameAfterAJobTitle:
    def test_a_compere_named_by_her_first_name_is_said(self) -> None:
        text = (
            "Torsdag 2. september 2027\n\n10.00 TJEK IND\n\n"
            "Elever hjælper os i gang. I samtale med dagens konferencier, Nynne, sætter de "
            "ord på dagen.\n\n11.00 FROKOST\n"
        )
        found = [d for d in parse(text).diagnostics if d.code == "people-unsure"]
        assert found and "Nynne" in found[0].message and found[0].line == 5

    def test_a_place_after_a_job_title_is_not_said(self) -> None:
        """A town the text names as a place ("i Hedeby") is no first name."""
        text = (
            "Torsdag 2. september 2027\n\n10.00 Velkomst\n\n"
            "Mødet holdes i Hedeby. Vi besøger rådhuset med borgmester, Hedeby, og ser byen.\n"
        )
        assert not [d for d in parse(text).diagnostics if d.code == "people-unsure"]


class TestOneParagraphPage:
    TEXT = (
        "KOM TIL MEDLEMSMØDE OM FORENINGENS HISTORIE Mandag den 20. september 2027, "
        "kl. 18-21, holder vi møde om foreningen. Aftenens program ser således ud: "
        "Kl. 19.00: Velkommen Kl. 19.05: Formand Eva Lund fortæller om foreningens historie. "
        "Kl. 20.00: Pause. Kl. 20.55: Afrunding. Alle medlemmer er velkomne. Mødet finder sted "
        "i foreningens lokaler i Algade 12. Ved spørgsmål kontakt da Jens Krog "
        "(jens.krog@example.org)\n"
    )

    def test_the_venue_and_contact_at_the_end_of_the_last_item(self) -> None:
        event = parse(self.TEXT).event
        assert event.venue is not None and "Algade 12" in event.venue.name
        assert [(c.name, c.email) for c in event.contacts] == [
            ("Jens Krog", "jens.krog@example.org")
        ]
        assert [clock(s)[0] for s in event.sessions] == [
            time(19, 0),
            time(19, 5),
            time(20, 0),
            time(20, 55),
        ]


class TestPeopleInLongItems:
    def test_a_marker_inside_a_long_bullet_names_who_gives_it(self) -> None:
        text = (
            "Laurdag 9. februar 2027:\n\n09:00 Møtestart\n"
            "– sak 5 - Framlegg til fylkestingsprogram for Vestland 2028 – 2031 v/Sigurd Lie "
            "– leiar i programkomiteen, som legg fram framlegget og svarar på spørsmål\n"
            "12:45 Lunsj\n"
        )
        assert names(parse(text).event.sessions[0]) == ["Sigurd Lie"]

    def test_a_time_after_a_closed_bracket_opens_the_next_item(self) -> None:
        text = (
            "Laurdag 9. februar 2027:\n\n13:45 Debatten held fram\n"
            "- Innlegg v/stortingsrepresentant Marit Strand (Oppland) 16:00 Avslutning\n"
            "16:15 Kaffipause\n"
        )
        event = parse(text).event
        assert [(s.title, clock(s)[0]) for s in event.sessions] == [
            ("Debatten held fram", time(13, 45)),
            ("Avslutning", time(16, 0)),
            ("Kaffipause", time(16, 15)),
        ]
        assert names(event.sessions[0]) == ["Marit Strand"]


class TestPeopleWithTheirBodies:
    def test_a_name_from_a_body(self) -> None:
        text = "Fredag 6. august 2027\n\n19.30 Debatt\nv/ Kjell Saure fra KS\n"
        speaker = parse(text).event.sessions[0].speakers[0]
        assert (speaker.name, speaker.organisation and speaker.organisation.name) == (
            "Kjell Saure",
            "KS",
        )

    def test_people_opening_a_sentence_of_the_description(self) -> None:
        text = (
            "Mandag 9. august 2027\n\n19.30 - 20.30\n\nDebattoppvarming\n\n"
            "Et par timer før debatten varmer vi opp. Marie Holm fra Dagbladet og Vidar Lund "
            "fra Fjordposten vurderer situasjonen i samtale med Kjell Saure fra KS.\n\n"
            "Sted: Sportsbaren\n"
        )
        session = parse(text).event.sessions[0]
        assert names(session) == ["Marie Holm", "Vidar Lund", "Kjell Saure"]

    def test_a_sentence_about_a_body_names_nobody(self) -> None:
        text = (
            "Mandag 9. august 2027\n\n19.30 Debatt\n\n"
            "Vejle Kommune og Region Syd inviterer til debat om fremtiden.\n"
        )
        assert parse(text).event.sessions[0].speakers == ()
