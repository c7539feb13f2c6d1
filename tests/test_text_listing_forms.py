"""Forms of listings and conference pages: stands, rooms, formats, columns of people.

Each text is written for these tests, after forms seen on the pages of
people's meetings, conferences and county councils: a stand's events each
with its own date, a room named over each time, a format given as the title
with the subject under it, a table whose last column names people, the same
evening offered on two dates.
"""

from __future__ import annotations

from datetime import date, time

import folkemode
from tests.text_reading import clock, names, parse


def codes(result: folkemode.ImportResult) -> list[str]:
    return [d.code for d in result.diagnostics]


class TestTimesWrittenOddly:
    def test_a_range_whose_end_has_a_space_in_it(self) -> None:
        text = "Fredag 4. juni 2027\n\n14.20-15. 20\nBorgerpanel om trafikken\n"
        session = parse(text).event.sessions[0]
        assert (session.title, clock(session)) == (
            "Borgerpanel om trafikken",
            (time(14, 20), time(15, 20)),
        )

    def test_a_line_opening_with_a_time_no_rule_reads_is_warned(self) -> None:
        text = "Fredag 4. juni 2027\n\n09.00 Velkomst\n10;15-11;00 Debat om skolen\n"
        result = parse(text)
        warned = [d for d in result.diagnostics if d.code == "time-unread"]
        assert [d.line for d in warned] == [4]
        assert "10;15-11;00" in warned[0].message

    def test_a_date_opening_a_line_is_not_warned_as_a_time(self) -> None:
        text = "Fredag 4. juni 2027\n\n09.00 Velkomst\n\nSidst opdateret 30.05.2027\n"
        assert "time-unread" not in codes(parse(text))


class TestFieldsUnderASession:
    TEXT = (
        "Temadag om frivillighed\n\nTirsdag 8. juni 2027\n\n"
        "13.00-14.00\nSammen om foreningslivet\n"
        "Emne: Hvordan rekrutterer vi unge frivillige?\nForm: Workshop\n"
        "Deltagere: Jonas Brix, formand + Sara Lund, sekretær\n"
        "Arrangør: Frivilligcenter Østby\n\n"
        "14.15-15.00\nDebat om lokale midler\nForm: Paneldebat\n"
    )

    def test_subject_and_format_are_the_sessions(self) -> None:
        event = parse(self.TEXT).event
        first = event.sessions[0]
        assert event.name == "Temadag om frivillighed"
        assert first.kind is folkemode.SessionKind.WORKSHOP
        assert "Hvordan rekrutterer vi unge frivillige?" in (first.description or "")
        assert [o.name for o in first.organisations] == ["Frivilligcenter Østby"]

    def test_people_joined_by_a_plus(self) -> None:
        assert names(parse(self.TEXT).event.sessions[0]) == ["Jonas Brix", "Sara Lund"]


class TestStandsAndRooms:
    def test_events_of_a_local_peoples_meeting_end_only_where_said(self) -> None:
        text = (
            "Folkemøde Østerø\n\nSEJLKLUBBEN\n\n"
            "Lørdag, den 21. august 2027 kl. 10.00. Kajak for begyndere v./Mads Holt.\n\n"
            "Lørdag, den 21. august 2027 kl. 11.00. Havnens fremtid v./Lene Bak og "
            "Ole Krogh. Hvordan skal havnen bruges om ti år?\n\n"
            "BIBLIOTEKET\n\n"
            "Lørdag, den 21. august 2027 kl. 10.30–11.15: Læsecafé for familier.\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.title, clock(s)) for s in sessions] == [
            ("Kajak for begyndere", (time(10, 0), None)),
            ("Læsecafé for familier.", (time(10, 30), time(11, 15))),
            ("Havnens fremtid", (time(11, 0), None)),
        ]
        assert names(sessions[2]) == ["Lene Bak", "Ole Krogh"]

    def test_a_room_named_over_each_time(self) -> None:
        text = (
            "Konference om kulturlivet\n\nTorsdag 9. september 2027\n\n"
            "Lokale A2\n\n09.00 Velkomst\n\nVi byder velkommen.\n\n"
            "Lokale B1\n\n10.00 Værksted om frivillige\n\nVi arbejder i grupper.\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.title, s.room) for s in sessions] == [
            ("Velkomst", "Lokale A2"),
            ("Værksted om frivillige", "Lokale B1"),
        ]

    def test_a_format_as_title_with_the_subject_under_it(self) -> None:
        text = (
            "Landskonferansen 2027\n\nOnsdag 6. oktober 2027\n\n"
            "09.00: Fellessesjon\n\nKommunene og klimaet\n\nEi innledning om tilpasning.\n\n"
            "10.15: Parallellsesjon\n\nNye veier for kollektivtrafikken\n\n"
            "10.15: Parallellsesjon\n\nSkolen i bygdene\n"
        )
        sessions = parse(text).event.sessions
        assert [s.title for s in sessions] == [
            "Kommunene og klimaet",
            "Nye veier for kollektivtrafikken",
            "Skolen i bygdene",
        ]
        assert sessions[1].round is not None and sessions[1].round is sessions[2].round


class TestTablesAndSeries:
    def test_a_column_of_people_glued_to_each_row(self) -> None:
        text = (
            "Politikardag 2. juni 2027\n\nProgram for politikardagen\n\n"
            "  Tema Innleiarar\n"
            "13.00–13.20 Breibandsutbygginga Sigrid Haugland\n"
            "13.20–13.40 Ny ferjekai i Vågen Nils Berge, ordførar Vågen/Kari Moen, "
            "dagleg leiar\n"
            "13.40–14.00 Pause\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.title, names(s)) for s in sessions] == [
            ("Breibandsutbygginga", ["Sigrid Haugland"]),
            ("Ny ferjekai i Vågen", ["Nils Berge", "Kari Moen"]),
            ("Pause", []),
        ]

    def test_the_same_evening_on_two_dates_is_two_editions(self) -> None:
        text = (
            "Informationsmøde for nye kandidater\n\n"
            "Mødet holdes to gange i byrådssalen, Torvet 3, 8800 Viborg:\n"
            "Tirsdag 7. september 2027 kl. 19.00-21.00\n"
            "Onsdag 22. september 2027 kl. 19.00-21.00\n\n"
            "Vi gennemgår opgaverne i byrådet.\n"
        )
        event = parse(text).event
        assert [
            (e.start.date(), e.start.time(), e.end and e.end.time()) for e in event.editions
        ] == [
            (date(2027, 9, 7), time(19, 0), time(21, 0)),
            (date(2027, 9, 22), time(19, 0), time(21, 0)),
        ]


class TestEndsAndDays:
    def test_a_range_restated_in_the_description_ends_the_session(self) -> None:
        text = (
            "Onsdag 13. oktober 2027\n\n07:30\n\nMorgentur langs elva\n\n"
            "Bli med når du vil mellom 07.30 - 08.30.\n\n09:00\n\nÅpning\n"
        )
        result = parse(text)
        assert clock(result.event.sessions[0]) == (time(7, 30), time(8, 30))
        assert "time-unused" not in codes(result)

    def test_a_numbered_day_after_an_empty_dated_day_is_warned(self) -> None:
        text = "Fagdag om folkehelse\n\n19. okt. 2027\n\nDag 2\n09:00\n\nRegistrering\n"
        result = parse(text)
        assert "day-empty" in codes(result)
        assert result.event.sessions[0].start is not None
        assert result.event.sessions[0].start.date() == date(2027, 10, 20)

    def test_an_end_marker_with_more_after_it_the_same_day_is_said(self) -> None:
        text = (
            "Laurdag 11. september 2027\n\n10.00 Årsmøte\n"
            "15.00 Takk for no! Årsmøtet vert avslutta, og ungdomssamlinga held fram\n"
            "16.00 Quiz for dei unge\n"
        )
        result = parse(text)
        assert clock(result.event.sessions[1]) == (time(15, 0), None)
        assert [d.line for d in result.diagnostics if d.code == "no-end"] == [4]


class TestSpeakersInListings:
    def test_a_label_without_colon_after_a_sentence_in_a_bullet(self) -> None:
        text = (
            "Torsdag 14. oktober 2027\n\n11.00: Prosjekter i regionen\n"
            "• Kystlys, Interreg Nord IVA. Innleder Trude K. Solheim og Arne Vold\n"
        )
        assert names(parse(text).event.sessions[0]) == ["Trude K. Solheim", "Arne Vold"]

    def test_a_politician_by_a_compound_job_title(self) -> None:
        text = "Torsdag 14. oktober 2027\n\n15.00: Paneldebatt\n• Lokalpolitiker Henrik Aas (Sp)\n"
        assert names(parse(text).event.sessions[0]) == ["Henrik Aas"]


class TestAPageAsOneParagraph:
    TEXT = (
        "Bygdekonferansen - Elvetun samfunnshus\n\n"
        "Bygdelaget ønsker velkommen til Bygdekonferansen på Elvetun samfunnshus lørdag "
        "9. oktober 2027 kl. 10.00 - 14.00, gratis inngang og ingen påmelding. Vi håper "
        "mange vil komme og si sin mening om bygda. PROGRAM 10.00 - 10.20 Åpning ved "
        "ordfører Siri Lunde 10.20 - 11.20 Bygda i framtida ved professor Tor Even Dahl. "
        "Spørsmål og svar. 11.20 - 11.40 Pause\n"
    )

    def test_items_run_together_after_the_programme_word(self) -> None:
        event = parse(self.TEXT).event
        assert [(s.title, clock(s), names(s)) for s in event.sessions] == [
            ("Åpning", (time(10, 0), time(10, 20)), ["Siri Lunde"]),
            ("Bygda i framtida", (time(10, 20), time(11, 20)), ["Tor Even Dahl"]),
            ("Pause", (time(11, 20), time(11, 40)), []),
        ]

    def test_a_date_beside_no_sign_up_is_the_events(self) -> None:
        event = parse(self.TEXT).event
        assert event.start is not None and event.start.date() == date(2027, 10, 9)


class TestProseItems:
    def test_an_item_written_as_a_paragraph_is_titled_by_its_first_sentence(self) -> None:
        text = (
            "Torsdag 17. juni 2027\n\n"
            "10.00-11.30: Dagens første debat foregår i havnens pakhus, hvor Lokalrådet sætter "
            "vejene på øen til debat. Under overskriften ”Hvem betaler for vejene?” drøftes "
            "det, hvordan kommunen skal prioritere de mange små veje på landet.\n"
        )
        session = parse(text).event.sessions[0]
        assert session.title == (
            "Dagens første debat foregår i havnens pakhus, hvor Lokalrådet sætter "
            "vejene på øen til debat"
        )
        assert (session.description or "").startswith("Under overskriften")

    def test_a_bare_name_before_a_verb_of_taking_part(self) -> None:
        text = (
            "Onsdag 18. august 2027\n\n09:00 – 10:30\nHvem passer på de eldre?\n"
            "Om: Kommunen inviterer til debatt om eldreomsorgen. Eva Brattli deltar i debatt "
            "med helsesjef Petter Lie Moe.\n"
        )
        assert names(parse(text).event.sessions[0]) == ["Eva Brattli", "Petter Lie Moe"]

    def test_a_role_and_name_between_commas_later_in_a_description(self) -> None:
        text = (
            "Onsdag 18. august 2027\n\n12:15 – 13:00\nFisken og de unge\n"
            "Om: Færre unge spiser fisk. Hva skal til? Direktør for folkehelse, Siri Moen, "
            "deltar i samtalen.\n"
        )
        assert names(parse(text).event.sessions[0]) == ["Siri Moen"]


class TestVenueLines:
    def test_an_address_line_with_a_note_in_brackets(self) -> None:
        text = (
            "Generalforsamling, fredag den 7. maj 2027 kl. 17:00\n\n"
            "Medborgerhuset Skolegade 4, 6700 Esbjerg (Dørene åbnes kl. 16:30)\n\n"
            "Dagsorden: Valg af dirigent.\n\nKasserer Ole bor i Ribe og fortsætter.\n"
        )
        venue = parse(text).event.venue
        assert venue is not None and "Medborgerhuset" in venue.name

    def test_a_hotel_named_on_a_line_of_its_own(self) -> None:
        text = (
            "ÅRSMØTE FJELLBYGD BONDELAG 3. – 4. APRIL 2027\n\nFjordhotellet Lyngvik Hotell.\n\n"
            "Lørdag 3. april:\n\n11.00 – 12.00  Lunsj\n12.00 Åpning v/ leder Kari Sæter\n"
        )
        venue = parse(text).event.venue
        assert venue is not None and venue.name == "Fjordhotellet Lyngvik Hotell"


class TestListedItemsWithTheirDays:
    def test_bullets_named_before_their_day_and_hours(self) -> None:
        text = (
            "Ungdomstinget 2027\n\nTidspunkt: 5. til 7. november 2027.\n"
            "Stad: Fjordtun hotell, Askvoll.\n\nProgrammet:\n\n"
            " • Ungdomstinget i Nordfjord og Sunnfjord (UNS), fredag 5. november kl. 13:30 "
            "til 15:00:\n  • Kvar kommune sender to delegatar.\n\n"
            " • Ungdomstinget i Sogn (US), fredag 5. november kl. 13:30 til 15:00:\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.title, clock(s)) for s in sessions] == [
            ("Ungdomstinget i Nordfjord og Sunnfjord (UNS)", (time(13, 30), time(15, 0))),
            ("Ungdomstinget i Sogn (US)", (time(13, 30), time(15, 0))),
        ]
        assert sessions[0].start is not None and sessions[0].start.date() == date(2027, 11, 5)


class TestAnEventsOwnPage:
    TEXT = (
        "Hvem stemmer de unge på?\n\n"
        "Arrangør\nHøgskolen i Fjordby\nDag\nTirsdag 15/8 2028 13:00 - 14:30\n"
        "Arrangementstype\nDebatt\nSted\nStortorget 4\n \n\n"
        "Om arrangementet\n\nHøgskolen inviterer til debatt med ungdomspolitikere:\n\n"
        "Siri Nordvik, leder for Unge Høyre\n\nTore Aasland, talsperson for Grønn Ungdom\n\n"
        "Ordstyrer: Professor Lise Fjell ved Høgskolen i Fjordby\n\n"
        "Medvirkende\n  • Siri Nordvik, Leder, Unge Høyre\n  • Jon Helle, Leder, Rød Ungdom\n"
    )

    def test_labels_over_their_values_are_fields(self) -> None:
        event = parse(self.TEXT).event
        assert [o.name for o in event.organisers] == ["Høgskolen i Fjordby"]
        assert event.start is not None and (event.start.date(), clock_of(event)) == (
            date(2028, 8, 15),
            (time(13, 0), time(14, 30)),
        )

    def test_the_one_item_is_a_session_with_its_speakers(self) -> None:
        (session,) = parse(self.TEXT).event.sessions
        assert session.title == "Hvem stemmer de unge på?"
        assert session.kind is folkemode.SessionKind.DEBATE
        assert sorted(names(session)) == ["Jon Helle", "Lise Fjell", "Siri Nordvik", "Tore Aasland"]

    def test_a_page_without_speakers_stays_the_event_alone(self) -> None:
        text = self.TEXT.split("Om arrangementet")[0]
        assert parse(text).event.sessions == ()


def clock_of(event: folkemode.Event) -> tuple[time | None, time | None]:
    start = event.start.time() if event.start else None
    end = event.end.time() if event.end else None
    return start, end


class TestArrival:
    def test_an_arrival_long_before_the_next_item_has_no_end(self) -> None:
        text = "Onsdag 20. oktober 2027\n\nFra kl. 14.00 Ankomst\n\n19:00 Middag\n"
        assert clock(parse(text).event.sessions[0]) == (time(14, 0), None)

    def test_a_registration_until_the_next_item_ends_there(self) -> None:
        text = "Onsdag 20. oktober 2027\n\n09:00 Registrering\n10:30 Velkommen\n"
        assert clock(parse(text).event.sessions[0]) == (time(9, 0), time(10, 30))


class TestEnglishHours:
    def test_pm_after_a_time_is_the_afternoon(self) -> None:
        text = (
            "Generalforsamling\n\nOnsdag 1. oktober 2025\n\n06:30 pm Velkomst\n07:00 pm Spisning\n"
        )
        sessions = parse(text).event.sessions
        assert [clock(s) for s in sessions] == [(time(18, 30), time(19, 0)), (time(19, 0), None)]
        assert [s.title for s in sessions] == ["Velkomst", "Spisning"]


class TestPlacesBeforeDates:
    def test_a_town_ending_in_d_before_the_date_keeps_its_d(self) -> None:
        text = (
            "Her er programmet for samlinga, på Kulturhuset Haugesund 8. juni 2027.\n\n"
            "09.30: Registrering\n10.00: Opning\n"
        )
        venue = parse(text).event.venue
        assert venue is not None and venue.name.endswith("Haugesund")


class TestTheDayInAPressRelease:
    def test_the_day_with_its_hours_wins_over_a_date_in_passing(self) -> None:
        text = (
            "Kom til folkefest på torvet\n\n"
            "Ved du, hvad du skal stemme den 3. juni? Så kom, når vi den 29. maj sætter fokus "
            "på afstemningen.\nFesten finder sted lørdag d. 29. maj kl. 10-16 på Torvet i "
            "Ribe.\nProgram\n10.30-10.45 Tale: Mette Lund, byrådsmedlem\n"
            "11.00-11.45 Debat om afstemningen\n"
        )
        sessions = parse(text, year=2027).event.sessions
        assert [s.start.date() for s in sessions if s.start] == [date(2027, 5, 29)] * 2


class TestWhatTheseFormsDoNotTake:
    def test_a_heading_above_the_first_label_does_not_shift_the_pairs(self) -> None:
        text = (
            "Hvem stemmer de unge på?\n\nDebatt i Fjordby\n"
            + TestAnEventsOwnPage.TEXT.split("\n\n", 1)[1]
        )
        event = parse(text).event
        assert [o.name for o in event.organisers] == ["Høgskolen i Fjordby"]
        assert [s.title for s in event.sessions] == ["Hvem stemmer de unge på?"]

    def test_a_numbered_day_with_its_weekday_keeps_the_weekday(self) -> None:
        text = "Mandag 1. marts 2027\n\nDag 2 - onsdag\n09:00 Velkomst\n"
        session = parse(text).event.sessions[0]
        assert session.start is not None and session.start.date() == date(2027, 3, 3)

    def test_a_room_over_several_times_is_the_room_of_each(self) -> None:
        text = (
            "Koncertdag 9. september 2027\n\nScene Nord\n\n10.00 Koncert A\n11.00 Koncert B\n\n"
            "Scene Syd\n\n10.00 Koncert C\n"
        )
        rooms = {s.title: s.room for s in parse(text).event.sessions}
        assert rooms == {
            "Koncert A": "Scene Nord",
            "Koncert B": "Scene Nord",
            "Koncert C": "Scene Syd",
        }

    def test_a_range_with_pm_on_both_times(self) -> None:
        text = "Onsdag 1. oktober 2025\n\n06:00 pm - 08:00 pm Middag\n12:30 am Natmad\n"
        sessions = {s.title: clock(s) for s in parse(text).event.sessions}
        assert sessions == {"Middag": (time(18, 0), time(20, 0)), "Natmad": (time(0, 30), None)}

    def test_a_time_read_only_in_part_is_warned_and_a_price_is_not(self) -> None:
        text = "Fredag 4. juni 2027\n\n09.00 Velkomst\n16:10-17;10 Debat\n12,50 kr. for kaffe\n"
        warned = [d.line for d in parse(text).diagnostics if d.code == "time-unread"]
        assert warned == [4]

    def test_a_practical_bullet_with_hours_is_no_session(self) -> None:
        text = (
            "Temadag 5. november 2027\n\nTidspunkt: 5. november 2027.\n\nPraktisk:\n"
            "• Receptionen er åben fredag 5. november kl. 08:00 til 17:00\n"
        )
        assert parse(text).event.sessions == ()

    def test_a_name_with_a_verb_of_telling_is_no_speaker(self) -> None:
        text = (
            "Onsdag 18. august 2027\n\n19:00 – 20:30\nLitterær aften\n"
            "Om: Vi læser højt. Karen Blixen fortæller i sine erindringer om Afrika.\n"
        )
        assert names(parse(text).event.sessions[0]) == []

    def test_a_title_with_a_venue_word_in_it_is_no_venue(self) -> None:
        text = "Nyt liv i kulturhuset\n\n12. maj 2027\n\n10.00 Velkomst\n11.00 Debat\n"
        assert parse(text).event.venue is None

    def test_a_range_of_days_written_with_a_space_is_no_time(self) -> None:
        text = "Kursusuge 2027\n\n1.10-3. 10 Kursus i Ribe\n\n10.00 Velkomst\n"
        titles = [s.title for s in parse(text).event.sessions]
        assert titles == ["Velkomst"]


class TestAnItemsOwnPage:
    def test_the_hours_over_the_date_are_the_one_items(self) -> None:
        text = (
            "Kl. 14:00 -\n 14:45\n  | 21. august 2027\n\nStore scene, Havnen\n\n"
            "Borgmesteren svarer\n\nEn samtale om byens fremtid.\n"
            "Deltagere: Borgmester Ida Brink og Ole Hald, formand for Byrådet\n"
        )
        (session,) = parse(text).event.sessions
        assert (session.title, clock(session)) == (
            "Borgmesteren svarer",
            (time(14, 0), time(14, 45)),
        )
        assert session.start is not None and session.start.date() == date(2027, 8, 21)
        assert names(session) == ["Ida Brink", "Ole Hald"]


class TestTheDaysEnd:
    def test_closing_for_the_day_has_no_end(self) -> None:
        text = (
            "Laurdag 3. mars 2027:\n14.30 Årsmøtet held fram.\n18.30 Avslutning for dagen.\n"
            "20.00 Middag og sosialt samvær.\n"
        )
        sessions = parse(text).event.sessions
        assert [clock(s) for s in sessions][1] == (time(18, 30), None)


class TestPeopleUnderALabel:
    def test_names_listed_after_deltagere_are_people_not_bodies(self) -> None:
        text = (
            "Fredag d. 16 juni 2028\n\n11.00-11.45 Europa i en ny verden\n"
            "En samtale om fællesskabet.\nDeltagere: Karen Lykke, Mads Holm Berg\n"
        )
        assert names(parse(text).event.sessions[0]) == ["Karen Lykke", "Mads Holm Berg"]

    def test_a_moderator_keeps_the_newspaper_as_his_body(self) -> None:
        text = (
            "Fredag d. 16 juni 2028\n\n19.45 Paneldebat\n"
            "Ordstyrer: redaktør Jens Mølby, Hedeby Avis\n"
        )
        (speaker,) = parse(text).event.sessions[0].speakers
        assert (speaker.name, speaker.organisation and speaker.organisation.name) == (
            "Jens Mølby",
            "Hedeby Avis",
        )


class TestARoomInItsHouse:
    def test_the_room_and_the_house_it_is_in(self) -> None:
        text = (
            "Borgermøde om budgettet\n\nKom til borgermødet onsdag den 6. september 2028 kl. 18.30 "
            "i Byrådssalen på Vestby Rådhus i Nørreby.\n\n1. Velkomst v/ borgmester Ane Holt\n"
        )
        venue = parse(text).event.venue
        assert venue is not None and venue.name.startswith("Byrådssalen, Vestby Rådhus")


class TestPartiesAreNoPeople:
    def test_a_party_in_a_title_is_no_speaker(self) -> None:
        text = "Fredag 16. juni 2028\n\n14:00 - 15:00\nRadikale Venstre på Folkemødet 2028\n"
        assert names(parse(text).event.sessions[0]) == []

    def test_a_youth_party_is_the_body_of_its_leader(self) -> None:
        text = "Fredag 16. juni 2028\n\n14:00 Debat\n• Ane Brekke, leder, Unge Høyre\n"
        (speaker,) = parse(text).event.sessions[0].speakers
        assert speaker.organisation is not None and speaker.organisation.name == "Unge Høyre"


class TestAPeriodIsNoMeeting:
    TEXT = (
        "Landsmøde 2027\n\nDagsorden\n\n 1. Valg af dirigent\n"
        " 2. Valg af revisor for perioden 1.1.2028 – 31.12.2031\n\n"
        "Tirsdag 12.oktober\n\nkl.10.00 - 12\n\nÅbning af landsmødet\n"
    )

    def test_a_term_of_office_in_the_agenda_is_not_the_meetings_dates(self) -> None:
        result = parse(self.TEXT)
        (session,) = result.event.sessions
        assert session.start is not None and session.start.date() == date(2027, 10, 12)
        assert "weekday" not in codes(result)


class TestNamesInSentences:
    def test_a_genitive_name_before_its_short_form_in_brackets(self) -> None:
        text = (
            "Tirsdag 12. oktober 2027\n\nkl. 10.00 Åbning\n\n"
            "Formand Lise Marie Holms (LMH) mundtlige beretning\n"
        )
        (speaker,) = parse(text).event.sessions[0].speakers
        assert (speaker.name, speaker.organisation) == ("Lise Marie Holm", None)

    def test_a_person_in_brackets_then_a_sentence_keeps_no_sentence_as_a_body(self) -> None:
        text = (
            "Tirsdag 12. oktober 2027\n\nkl. 10.00 Åbning\n\n"
            "Gæstetale ved Hans Ravn (KL) - replik fra formanden\n"
        )
        (speaker,) = parse(text).event.sessions[0].speakers
        assert speaker.name == "Hans Ravn"
        assert speaker.organisation is not None and speaker.organisation.name == "KL"

    def test_a_length_after_the_names_is_no_part_of_them(self) -> None:
        text = (
            "Tysdag 3. september 2030\n\n18.00 Velkomen\n\n"
            "18.30  Spørsmål frå salen ved Siri Dahl og Per Olav Ness 20-30 minutt\n\n"
            "19.00 Slutt\n"
        )
        session = parse(text).event.sessions[1]
        assert names(session) == ["Siri Dahl", "Per Olav Ness"]

    def test_a_person_leading_the_singing_is_said_when_nobody_took_them(self) -> None:
        text = (
            "Lørdag 16. juni 2029\n\nKl. 10.00\nFormiddag på torvet\n\n"
            "Kom forbi til kaffe. Indimellem synger vi sange anført af Jens Vinter Bro.\n"
        )
        result = parse(text)
        warned = [d for d in result.diagnostics if d.code == "people-unattached"]
        assert [d.line for d in warned] == [6] and "Jens Vinter Bro" in warned[0].message


class TestTimesInSentences:
    def test_a_time_ending_a_sentence_is_said_when_nothing_used_it(self) -> None:
        text = (
            "Lørdag d. 5. oktober 2030\n\nKl. 09.00  Velkomst\n"
            "Kl. 10.00  Beretning og debat. Formanden holder sin tale 10.20.\n"
            "Kl. 12.00  Frokost\n"
        )
        warned = [d for d in parse(text).diagnostics if d.code == "time-unused"]
        assert [d.line for d in warned] == [4] and "10.20" in warned[0].message

    def test_a_date_ending_a_sentence_stays_a_date(self) -> None:
        text = "Lørdag d. 5. oktober 2030\n\nKl. 09.00  Velkomst. Tilmelding senest 24.09.\n"
        assert "time-unused" not in codes(parse(text))


class TestEnds:
    def test_a_theme_of_availability_is_no_notice_without_length(self) -> None:
        text = (
            "Mandag den 18. september 2028\n\n19.00: Pause.\n"
            "19.10: Dialog ved bordene. Hvert bord drøfter et tema: Tilgængelighed, "
            "bolig og fritid.\n20.15: Pause.\n"
        )
        session = parse(text).event.sessions[1]
        assert clock(session) == (time(19, 10), time(20, 15))

    def test_an_end_marker_and_the_next_item_at_its_time_are_not_side_by_side(self) -> None:
        text = "Søndag 4. mars 2029\n\n12.00 Årsmøtet held fram\n13.30 Slutt\n13.30 Lunsj\n"
        sessions = parse(text).event.sessions
        assert [s.round for s in sessions] == [None, None, None]
        assert clock(sessions[1]) == (time(13, 30), None)


class TestBylines:
    def test_the_writer_of_a_news_item_is_no_unattached_speaker(self) -> None:
        text = (
            "Valgmøte i Nordvik\n\nSkrevet av Kari Nordgård . i kategorien Nyheter\n\n"
            "Tirsdag 3. september 2030\n\n18.00 Velkommen ved ordfører Per Ås\n"
        )
        result = parse(text)
        assert "people-unattached" not in codes(result)
        assert names(result.event.sessions[0]) == ["Per Ås"]


class TestSpeakersUnderTheTitle:
    def test_two_slashes_set_the_speakers_under_a_title(self) -> None:
        text = (
            "Årsmøde 2029\n\nDag 1. D. 22. november 2029\n\n"
            "09.45    Velkomst\n// Ole Bang, formand, Vestby Kommune\n// Mia Krog, konferencier\n\n"
            "10.15    Kaffe\n"
        )
        session = parse(text).event.sessions[0]
        assert names(session) == ["Ole Bang", "Mia Krog"]

    def test_a_bare_name_introduced_on_the_line_below_is_the_speaker(self) -> None:
        text = (
            "Dag 1. D. 22. november 2029\n\n10.25    Ledelse og klima\nOm at lede i en ny tid.\n\n"
            "// Laila Brun\nLaila Brun er ekspert i ledelse og forfatter til flere bøger.\n\n"
            "11.00    Frokost\n"
        )
        result = parse(text)
        assert names(result.event.sessions[0]) == ["Laila Brun"]
        assert "people-unattached" not in codes(result)

    def test_people_after_their_body_and_a_colon(self) -> None:
        text = (
            "Tirsdag 29. april 2031\n\n10.45 – 10.55 Oplæg om borgerpaneler v. "
            "Vestby Kommune: Ane Lund Ravn, teamleder i borgerinddragelse\n"
        )
        (speaker,) = parse(text).event.sessions[0].speakers
        assert speaker.name == "Ane Lund Ravn"
        assert speaker.organisation is not None and speaker.organisation.name == "Vestby Kommune"

    def test_a_short_sentence_whose_subject_presents_the_item(self) -> None:
        text = (
            "Torsdag 9. desember 2027\n\n09.10:\nSak 4 Rammebudsjett 2028\n"
            "Sigrid Fjell legg fram saka.\n\n09.40:\nPause\n"
        )
        result = parse(text)
        assert names(result.event.sessions[0]) == ["Sigrid Fjell"]
        assert "people-unattached" not in codes(result)


class TestPerformers:
    def test_a_comedian_under_an_artistic_item_is_no_speaker_and_no_warning(self) -> None:
        text = (
            "Torsdag 9. desember 2027\n\n09.00:\nKunstnarleg innslag\n\n"
            "Jon Lid Rønne, komikar med gitar\n\n09.10:\nSak 1 Opning\n"
        )
        result = parse(text)
        assert names(result.event.sessions[0]) == []
        assert "people-unattached" not in codes(result)

    def test_a_person_who_sings_is_no_speaker(self) -> None:
        text = (
            "Fredag 7. desember 2029\n\nKl. 1130 Åse Lind synger, akkompagnert av Ella Berg\n"
            "Kl. 1140 Tale ved ordfører Per Ås\n"
        )
        sessions = parse(text).event.sessions
        assert [names(s) for s in sessions] == [[], ["Per Ås"]]


class TestTheYearByTheWeekdays:
    def test_a_date_in_passing_whose_year_the_weekday_denies_is_not_the_year(self) -> None:
        text = (
            "Invitasjon til avslutningsmarkering\n\n"
            "Pressen inviteres til markeringen på Verket i Moss "
            "fredag 7. desember kl. 1100-1400.\n\n"
            "Publisert 05.12.2029\n\n"
            "Fra 1. januar 2030 vil embetet bli slått sammen med to andre.\n\n"
            "Program\n\nKl. 1100 Lunsj\nKl. 1130 Åpningstale ved fylkesmann Trond Ås\n"
        )
        result = parse(text)
        assert result.event.sessions[0].start is not None
        assert result.event.sessions[0].start.date() == date(2029, 12, 7)
        assert "weekday" not in codes(result)


class TestATableWhoseCellsRanTogether:
    TEXT = (
        "Program for landsmøtet 2030\n\nLørdag 6. april 2030\n\n"
        "TidBeskrivelseAnsvarlig\n"
        "Kl. 10:00Informasjon om vindkraftanleggetOla Brekke\n"
        "Kl. 10:15Appell fra NaturvernforbundetKari Lunde\n"
        "Kl. 10:30Felles marsj til toppenStyret i foreningen\n"
        "Kl. 11:00Lunsj\n"
        "Kl. 13:301.Valg av møteledereEinar Hauge\n"
    )

    def test_each_row_keeps_its_title_and_the_person_responsible(self) -> None:
        sessions = parse(self.TEXT).event.sessions
        assert [(s.title, names(s)) for s in sessions] == [
            ("Informasjon om vindkraftanlegget", ["Ola Brekke"]),
            ("Appell fra Naturvernforbundet", ["Kari Lunde"]),
            ("Felles marsj til toppen", []),
            ("Lunsj", []),
            ("Valg av møteledere", ["Einar Hauge"]),
        ]

    def test_a_brand_written_in_camel_case_stays_whole_elsewhere(self) -> None:
        text = "Lørdag 6. april 2030\n\nKl. 10:00 Sosiale medier og LinkedIn for lokallag\n"
        assert parse(text).event.sessions[0].title == "Sosiale medier og LinkedIn for lokallag"


class TestNamesOnTheirOwnLine:
    def test_a_bare_name_under_a_title_is_its_speaker(self) -> None:
        text = "Fredag 5. april 2030\n\n14.50 Markering av rådet\nÅ våge samarbeid\nKari Fossdal\n"
        assert names(parse(text).event.sessions[0]) == ["Kari Fossdal"]

    def test_a_bare_name_ending_a_list_of_greetings(self) -> None:
        text = (
            "Mandag 17. oktober 2030\n\n• 10:00 Åpning\n  Hilsningstaler:\n"
            "  - Per Lien, byrådsleder i Oslo\n  - Anne Ruud, leder i LO\n  - Jan van Dijk\n"
        )
        assert names(parse(text).event.sessions[0]) == ["Per Lien", "Anne Ruud", "Jan van Dijk"]

    def test_a_greeting_from_someone_is_no_sign_off(self) -> None:
        text = (
            "Lørdag 6. april 2030\n\nKl. 13:00 Velkommen\n  Hilsen fra daglig leder\n"
            "  Stein Moe\nKl. 13:30 Valg\n"
        )
        result = parse(text)
        assert names(result.event.sessions[0]) == ["Stein Moe"]
        assert result.event.contacts == ()


class TestStamps:
    def test_a_publication_date_under_its_label_is_no_day(self) -> None:
        text = (
            "Program for landsmøtet 2030\n\nForfatter:\n\nNaturvern Norge\n\n"
            "Publisert:\n\n1. april 2030\n\nDel:\n\n"
            "Landsmøtet går over to dager: lørdag 6. april og søndag 7. april. "
            "Møtet blir streamet.\n\n"
            "Kl. 10:00 Velkommen\nKl. 11:00 Lunsj\n"
        )
        result = parse(text)
        assert [
            d.isoformat() for d in {s.start.date() for s in result.event.sessions if s.start}
        ] == ["2030-04-06"]


class TestNoPeopleInHeadings:
    def test_a_heading_of_a_noun_and_a_place_names_nobody(self) -> None:
        text = (
            "Fredag 5. april 2030\n\n08.45 - 09.15: Velkomen\n"
            "Destinasjon Voss og Visit Fjord saman om reiselivet\n"
            "Da Kari Holm kom til bygda, var alt nytt.\n"
        )
        warned = [d for d in parse(text).diagnostics if d.code == "people-unattached"]
        assert [(d.line, "Destinasjon" in d.message, "Da Kari" in d.message) for d in warned] == [
            (5, False, False)
        ]
        assert "Kari Holm" in warned[0].message


class TestTimesOutOfOrder:
    def test_a_start_that_lost_a_digit_is_said(self) -> None:
        text = (
            "Valmøte om reforma 28. august 2026 kl. 18:00 på Fjordhotellet.\n\nAgenda:\n\n"
            "18:00 – 18:05   Velkomen\n18:05 – 18:15   Kvifor er reforma viktig?\n"
            " 8:15 – 18:25   Robuste kommunar\n18:25 – 19:10   Grensevandring\n"
        )
        warned = [d for d in parse(text).diagnostics if d.code == "time-order"]
        assert [d.line for d in warned] == [7] and "08.15" in warned[0].message

    def test_parallel_rooms_listed_one_after_another_are_no_disorder(self) -> None:
        text = (
            "Fredag 28. august 2026\n\nSal A\n\n10.00 Velkommen\n11.00 Debatt\n"
            "Sal B\n\n10.00 Verksted\n11.00 Lunsj\n"
        )
        assert "time-order" not in codes(parse(text))


class TestPeopleWhoDiscuss:
    def test_two_people_who_discuss_under_a_title_are_its_speakers(self) -> None:
        text = (
            "Tirsdag 28. november 2028\n\n13:35 Ord om funksjonshemming\n"
            "Bjørn Lie og Camilla Aas diskuterer begrepsbruk og forvirring.\n14:00 Slutt\n"
        )
        assert names(parse(text).event.sessions[0]) == ["Bjørn Lie", "Camilla Aas"]


class TestSpeechesTitledByTheirSpeakers:
    TEXT = (
        "Grundlovsmøde i parken\n\nFra scenen vil der dagen igennem være talere fra partierne:\n\n"
        "Kl. 14.00: Bent Brandholm\nKl. 14.30: Vivi Søndergaard\nKl. 15.00: Maja Mørch\n"
        "Kl. 15.15: Lars Erik Holmgaard\n\nDer vil være boder med kaffe og pølser.\n\n"
        "Dato/tidspunkt\n5. juni (onsdag) 2030\n11:00 - 17:00\n\n"
        "Sted\nParken, Havnevej 8, 5900 Rudkøbing\n"
    )

    def test_each_name_is_the_speaker_of_its_speech(self) -> None:
        sessions = parse(self.TEXT).event.sessions
        assert [(s.title, names(s)) for s in sessions] == [
            ("Bent Brandholm", ["Bent Brandholm"]),
            ("Vivi Søndergaard", ["Vivi Søndergaard"]),
            ("Maja Mørch", ["Maja Mørch"]),
            ("Lars Erik Holmgaard", ["Lars Erik Holmgaard"]),
        ]

    def test_the_date_and_hours_block_under_the_programme_is_the_events(self) -> None:
        result = parse(self.TEXT)
        event = result.event
        assert event.start is not None and event.end is not None
        assert (event.start.isoformat(), event.end.isoformat()) == (
            "2030-06-05T11:00:00+02:00",
            "2030-06-05T17:00:00+02:00",
        )
        assert clock(event.sessions[-1]) == (time(15, 15), time(17, 0))
        assert {"not-understood", "time-unused"}.isdisjoint(codes(result))

    def test_one_name_alone_is_left_as_a_title(self) -> None:
        text = "Fredag 7. juni 2030\n\nKl. 12.00: Velkommen\nKl. 12.30: Nyborg Strand\n"
        assert names(parse(text).event.sessions[1]) == []


class TestTitleCommaSpeaker:
    def test_a_short_title_then_the_speaker_and_her_job(self) -> None:
        text = (
            "Tirsdag 17. maj 2033\n\n9:00-9:05 Velkomst, Ulla Sand, MF og vært for dagen\n"
            "9:05-9:15 Åbningstale, Lykke Fries, prorektor ved universitetet\n"
            "9:15-9:30 Frokost, Nyborg Strand, restauranten\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.title, names(s)) for s in sessions] == [
            ("Velkomst", ["Ulla Sand"]),
            ("Åbningstale", ["Lykke Fries"]),
            ("Frokost, Nyborg Strand, restauranten", []),
        ]


class TestNoticesAreNotSideBySide:
    def test_a_deadline_at_the_time_of_the_next_item_makes_no_round(self) -> None:
        text = (
            "Lørdag 26. september 2026\n\n16.00 Debatt\n"
            "18.30 Frist for innlevering av endringsforslag\n18.30 Valg\n20.00 Middag\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.title[:5], s.round) for s in sessions] == [
            ("Debat", None),
            ("Frist", None),
            ("Valg", None),
            ("Midda", None),
        ]
        assert clock(sessions[2]) == (time(18, 30), time(20, 0))

    def test_a_welcome_at_the_start_of_the_block_after_it_has_no_length(self) -> None:
        text = (
            "Torsdag 25. oktober 2029\n\n08:30\nVelkommen til en ny dag\n"
            "08:30-10:00\nOrdførerrollen i endring\n10:00-10:15\nPause\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.title, clock(s), s.round) for s in sessions[:2]] == [
            ("Velkommen til en ny dag", (time(8, 30), None), None),
            ("Ordførerrollen i endring", (time(8, 30), time(10, 0)), None),
        ]


class TestListedDays:
    def test_each_listed_meeting_keeps_its_own_day(self) -> None:
        text = (
            "12.10.2029\n\nSundhed er et tema ved valget til regionsrådet den 20. november.\n\n"
            "Her bliver der valgmøder:\n\n"
            " • Torsdag 25/10 kl. 16.00-18.00 Regionshospitalet Nordby\n"
            " • Mandag 29/10 kl. 19.00-21.00 Regionshospitalet Vestby\n"
            " • Onsdag 31/10 kl. 19.00-21.00 Sygehus Østby\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.start.date().isoformat() if s.start else None, names(s)) for s in sessions] == [
            ("2029-10-25", []),
            ("2029-10-29", []),
            ("2029-10-31", []),
        ]


class TestFrameOfTwoDays:
    def test_each_day_with_its_hours_frames_the_event(self) -> None:
        text = (
            "Program webinar: 18.1.2027 09:30-16:00 og 19.1.2027 kl. 09:00-14:00\n\n"
            "Mandag 18.1.2027\n\n09:30 Velkommen\n"
        )
        result = parse(text)
        event = result.event
        assert event.end is not None and event.end.isoformat() == "2027-01-19T14:00:00+01:00"
        assert "time-unused" not in codes(result)


class TestAPostsDateAndTitle:
    TEXT = (
        "17.11: Årets store dag for bestyrelserne\n\n03-10-29 Eske Ørbæk 0 comment\n\n"
        "Lørdag den 17. november mødes formænd og bestyrelsesmedlemmer i Vejle.\n\n"
        "11.00 – 11.45 Norden nu\n\nv./ Mogens Jensen, landsformand\n\n12.30 – 13.30 Frokost\n"
    )

    def test_the_day_in_front_of_the_title_and_the_post_date_are_no_sessions_or_days(self) -> None:
        result = parse(self.TEXT)
        sessions = result.event.sessions
        assert [(s.title, s.start.isoformat() if s.start else None) for s in sessions] == [
            ("Norden nu", "2029-11-17T11:00:00+01:00"),
            ("Frokost", "2029-11-17T12:30:00+01:00"),
        ]


class TestTheMeetingsEnd:
    def test_the_closing_before_the_party_has_no_length(self) -> None:
        text = (
            "Torsdag 7. oktober 2027\n\nKl 15.00 Hvilken turisme vil vi ha\n"
            "Kl 16.15 Avslutning\n\nKl 17.30 Mingling\n\nKl 19.00 Middag\n"
        )
        sessions = parse(text).event.sessions
        assert [clock(s) for s in sessions[:2]] == [
            (time(15), time(16, 15)),
            (time(16, 15), None),
        ]

    def test_a_welcome_from_the_stage_of_a_show_is_a_performer(self) -> None:
        text = (
            "Torsdag 27. oktober 2022\n\nKl. 10.00 Konferansestart\nKulturinnslag v/ Tove Berg\n"
            "Kl. 10.20 Åpning og konstituering\n"
        )
        result = parse(text)
        assert names(result.event.sessions[0]) == []
        assert "people-unattached" not in codes(result)


class TestAYearSlip:
    def test_a_heading_whose_year_slipped_is_read_in_the_events_year_and_said(self) -> None:
        text = (
            "Program webinar: 18.1.2027 09:30-16:00 og 19.1.2027 kl. 09:00-14:00\n\n"
            "Mandag 18.1.2026\n\n09:30 Velkommen\n10:30 Debatt\n"
        )
        result = parse(text)
        assert {s.start.date().isoformat() for s in result.event.sessions if s.start} == {
            "2027-01-18"
        }
        warned = [d for d in result.diagnostics if d.code == "weekday"]
        assert [d.line for d in warned] == [3] and "2027-01-18" in warned[0].message


class TestAParagraphUnderTheList:
    TEXT = (
        "Grundlovsdag på Christiansborg\n\nKl. 9.40-10.15: Ankomst af inviterede\n"
        "Kl. 10.20-11.15: Officiel fejring i Landstingssalen med taler\n"
        "Kl. 11.15-12.00: Reception i Vandrehallen\n"
        "Ved arrangementet i Landstingssalen vil der være taler ved Folketingets formand, "
        "Søren Gård, og statsminister Mette Fris\n"
    )

    def test_the_speakers_go_to_the_item_it_names_with_their_roles(self) -> None:
        sessions = parse(self.TEXT, year=2028).event.sessions
        assert [names(s) for s in sessions] == [[], ["Søren Gård", "Mette Fris"], []]
        assert [s.role for s in sessions[1].speakers] == ["Folketingets formand", "statsminister"]


class TestBodiesAndEnds:
    def test_an_ampersand_between_two_words_is_one_body(self) -> None:
        text = (
            "Onsdag 4. november 2026\n\n"
            "09.45 Beretning ved formand Landbrug & Fødevarer, Mads Moll\n"
        )
        (speaker,) = parse(text).event.sessions[0].speakers
        assert (speaker.name, speaker.role) == ("Mads Moll", "formand Landbrug & Fødevarer")

    def test_a_list_under_the_good_night_is_nobodys_speakers(self) -> None:
        text = (
            "Mandag 8. november 2027\n\n16.30 – 17.20 Debat\n17.20 – 17.30 Tak for i aften!\n\n"
            "Deltagende politikere\n\n• Mia Nørgaard – Radikale Venstre\n"
            "• Lars Rosenvold – Socialdemokratiet\n"
        )
        result = parse(text)
        assert names(result.event.sessions[1]) == []
        assert "people-unattached" in codes(result)


class TestAPlaceUnderEachItem:
    def test_the_place_after_the_description_is_the_items_and_keeps_its_panel(self) -> None:
        text = (
            "Torsdag d. 15 juni 2028\n\nKl. 14.30 - 15.30\n\nSamtale: Havvind og havnatur\n\n"
            "Vi inviterer til samtale om sameksistens og biodiversitet.\n\n"
            "Sted: Skonnerten Freya (H13)\n\nDeltagere:\n\n • Kristian Holm - direktør\n"
            " • Maja Lund - minister\n\nKl. 16.00 - 16.45\n\nDebat: Natur som forretning\n\n"
            "Tabet af natur koster.\n\nSted: Scenen, Havnen\n\nDeltagere:\n\n"
            " • Tove Brun - partner\n"
        )
        sessions = parse(text).event.sessions
        assert [(s.room, names(s)) for s in sessions] == [
            ("Skonnerten Freya (H13)", ["Kristian Holm", "Maja Lund"]),
            ("Scenen, Havnen", ["Tove Brun"]),
        ]


class TestNewsPagesAndYears:
    def test_a_news_items_date_after_its_section_is_no_day(self) -> None:
        text = (
            "Nyheter  Tirsdag 7. mai 2030\n\nFrivillighetskonferanse torsdag 9. mai\n\n"
            "Konferansen strømmes torsdag 9. mai.\n\nKl.17.00 - 17.10 Velkommen\n"
            "Kl.17.10 - 17.40 Frivillige som samfunnsutviklere\n"
        )
        sessions = parse(text).event.sessions
        assert {s.start.date().isoformat() for s in sessions if s.start} == {"2030-05-09"}

    def test_a_year_in_an_item_dates_the_programme_when_the_weekday_fits(self) -> None:
        text = (
            "Nettverkssamling torsdag 30. mars i Kultursalen.\n\nProgram:\n\nKl 12.00 Lunsj\n"
            "Kl. 13.00 Festivalane i bygda\nKveldstid: Middag saman med Kulturkonferansen 2023.\n"
        )
        result = parse(text)
        assert result.event.sessions[0].start is not None
        assert result.event.sessions[0].start.date().isoformat() == "2023-03-30"

    def test_sentences_that_are_a_name_and_a_job_name_the_speakers(self) -> None:
        text = (
            "Torsdag 30. mars 2023\n\nKl. 13.00 Festivalane i bygda\n"
            "Innleiar blir annonsert. Trude Stor, dagleg leiar for Vossa Jazz. "
            "Ingvild Ys, festivalleiar for Litteratursymposiet.\n\nKl. 14.00 Kaffipause\n"
            "Utestengelse frå det politiske liv. Sonja Holt, politikar.\n\nKl. 14.15 Slutt\n"
        )
        sessions = parse(text).event.sessions
        assert [names(s) for s in sessions[:2]] == [["Trude Stor", "Ingvild Ys"], []]
