"""Putting a programme together: sessions, ends, rounds, tracks, items, untimed headings."""

from __future__ import annotations

from datetime import time

import folkemode
from folkemode import SessionKind


def load(text: str, **options: object) -> folkemode.Event:
    return folkemode.loads(text, format="text", **options)  # type: ignore[arg-type]


def clock(session: folkemode.Session) -> tuple[time | None, time | None]:
    return (
        session.start.time() if session.start else None,
        session.end.time() if session.end else None,
    )


class TestEnds:
    def test_next_start_duration_and_open_end(self) -> None:
        """Ends come from the text, a duration, the next start; "19:00-" stays open."""
        event = load(
            "Fredag 15. marts 2024\n"
            "Kl. 9.00 Velkommen\n"
            "Kl. 9.15 (tre kvarter) Oplæg\n"
            "Kl. 10.30-11.00 Debat\n"
            "Kl. 11.15 Frokost\n"
            "19:00- Fest\n"
        )
        assert [clock(s) for s in event.sessions] == [
            (time(9), time(9, 15)),
            (time(9, 15), time(10)),
            (time(10, 30), time(11)),
            (time(11, 15), time(19)),
            (time(19), None),
        ]

    def test_last_of_the_day_has_no_end(self) -> None:
        """The last start-only item of a day gets no end, not the next day's start."""
        event = load(
            "Torsdag 14. marts 2024\nKl. 19.00 Middag\n\nFredag 15. marts 2024\nKl. 9.00 Morgenmad"
        )
        assert event.sessions[0].end is None

    def test_past_midnight(self) -> None:
        """ "22.00-01.00" ends the next day."""
        (session,) = load("Lørdag 16. marts 2024\nkl. 22.00-01.00 Fest med musik").sessions
        assert session.end is not None and session.end.isoformat() == "2024-03-17T01:00:00+01:00"

    def test_end_before_start_is_reported(self) -> None:
        """An end before the start (not an evening into the night) is dropped with a warning."""
        result = folkemode.parse("Fredag 15. marts 2024\nKl. 14.00-13.00 Fejl", format="text")
        assert result.event.sessions[0].end is None
        assert "end-before-start" in {d.code for d in result.diagnostics}

    def test_stages_each_start_over(self) -> None:
        """On a festival listing every stage starts over; its last item gets no end."""
        event = load(
            "Torsdag 12. juni 2025\n\nScene: Havnen\n\nkl. 10.00 A\nkl. 11.00 B\n\n"
            "Scene: Torvet\n\nkl. 10.30 C\n"
        )
        assert [(s.title, s.room, clock(s)[1]) for s in event.sessions] == [
            ("A", "Havnen", time(11)),
            ("C", "Torvet", None),
            ("B", "Havnen", None),
        ]


class TestTitles:
    def test_time_alone_with_title_below(self) -> None:
        """A time alone on its line takes the next line as the title, even after a blank."""
        event = load("Dato: 8/10/2024\n\nProgram\n\nKl. 13-14\n\nKlima – hvad gør vi?\n")
        assert [(s.title, clock(s)) for s in event.sessions] == [
            ("Klima – hvad gør vi?", (time(13), time(14)))
        ]

    def test_speakers_on_following_lines(self) -> None:
        """Speaker lines under a title belong to it."""
        (session,) = load(
            "8. oktober 2024\nKl. 12.30\nDen gode dagsorden\n"
            "   v/ Jens Erik Vedel, kommunaldirektør\n"
        ).sessions
        assert session.title == "Den gode dagsorden"
        assert [(s.name, s.role) for s in session.speakers] == [
            ("Jens Erik Vedel", "kommunaldirektør")
        ]


class TestRounds:
    def test_bullets_share_one_round(self) -> None:
        """A round heading is the round; its bullets are its parallel sessions."""
        event = load(
            "Lørdag 23. januar 2021\n"
            "Kl. 14.15-15.15 Workshops runde #1\n"
            " • Kommuneplan\n"
            " • Biodiversitet\n"
            "  Hvordan står det til?\n"
            "  Foredragsholder: Projektleder, Simon Leed Krøs, Danmarks Naturfredningsforening\n"
            " • Ældrepolitik v/Ældrepolitisk udvalg\n"
            "Kl. 15.30 Pause\n"
        )
        parallel = [s for s in event.sessions if s.round is not None]
        assert [s.title for s in parallel] == ["Kommuneplan", "Biodiversitet", "Ældrepolitik"]
        assert len({id(s.round) for s in parallel}) == 1
        assert event.rounds[0].name == "Workshops runde #1"
        assert all(
            s.kind is SessionKind.WORKSHOP and clock(s) == (time(14, 15), time(15, 15))
            for s in parallel
        )
        assert parallel[1].description == "Hvordan står det til?"
        assert [s.name for s in parallel[1].speakers] == ["Simon Leed Krøs"]
        assert [o.name for o in parallel[2].organisations] == ["Ældrepolitisk udvalg"]

    def test_tracks_under_sub_headings(self) -> None:
        """ "Sessioner i to spor" with "Spor A – …" names the track; the title follows it."""
        event = load(
            "3. november 2025\nkl. 13.15–14.45 Sessioner i to spor\n\n"
            "Spor A – Sundhedsklynger\n"
            "Oplægsholder: Sundhedschef, Louise Brix Carlsen, Horsens Kommune\n\n"
            "Spor B – Borgerne vil være med\n\nkl. 14.45 Kaffe"
        )
        parallel = [s for s in event.sessions if s.round is not None]
        assert [(s.title, s.track.name if s.track else None) for s in parallel] == [
            ("Sundhedsklynger", "Spor A"),
            ("Borgerne vil være med", "Spor B"),
        ]
        assert {t.name for t in event.tracks} == {"Spor A", "Spor B"}

    def test_nynorsk_sessions_with_duration(self) -> None:
        """ "13.15 (2 timar) Parallelle sesjonar" with "Sesjon 1:" sub-headings."""
        event = load(
            "Måndag 3. november 2025\n13.15 (2 timar) Parallelle sesjonar\n\n"
            "Sesjon 1: Bustadbygging\nSesjon 2: Klimatilpassing\n\n15.15 Kaffi og frukt\n"
        )
        parallel = [s for s in event.sessions if s.round is not None]
        # a label that names no track or room stays the title's start, as it is written
        assert [s.title for s in parallel] == [
            "Sesjon 1: Bustadbygging",
            "Sesjon 2: Klimatilpassing",
        ]
        assert [s.track for s in parallel] == [None, None]
        assert clock(parallel[0]) == (time(13, 15), time(15, 15))

    def test_compound_round_heading_with_theme_labels(self) -> None:
        """ "Parallellsesjonar bolk 1" (a compound) over "Tema 1: …" lines: one round."""
        event = load(
            "Laurdag 7. mars 2026\n10.00 11.30 Parallellsesjonar bolk 1\n"
            "Tema 1: Vegar og ferjer\nTema 2: Skule i bygda\n11.30 12.00 Kaffi\n"
        )
        parallel = [s for s in event.sessions if s.round is not None]
        assert [s.title for s in parallel] == ["Tema 1: Vegar og ferjer", "Tema 2: Skule i bygda"]
        assert parallel[0].round is parallel[1].round
        assert clock(parallel[1]) == (time(10, 0), time(11, 30))
        assert [s.title for s in event.sessions if s.round is None] == ["Kaffi"]

    def test_round_ids_stay_unique(self) -> None:
        """Two rounds with the same name and time (on two stages) get distinct ids."""
        text = (
            "Torsdag 12. juni 2025\nScene: A\n\nKl. 10.00-11.00 Workshops\n - X\n - Y\n\n"
            "Scene: B\n\nKl. 10.00-11.00 Workshops\n - Z\n - W\n"
        )
        event = load(text)
        assert len(event.rounds) == 2 and event.rounds[0].id != event.rounds[1].id


class TestAgenda:
    def test_nested_items(self) -> None:
        """Bullets under a plenary item are its agenda; deeper bullets nest."""
        (session,) = load(
            "Søndag 17. marts 2024\n"
            "kl. 9.00 Delegeretmøde\n"
            "     1. Valg af dirigent\n"
            "     2. Beretning\n"
            "          a) Skriftlig beretning\n"
            "          b) Mundtlig beretning\n"
            "     3. Eventuelt\n"
        ).sessions
        assert [i.text for i in session.items] == ["Valg af dirigent", "Beretning", "Eventuelt"]
        assert [c.text for c in session.items[1].children] == [
            "Skriftlig beretning",
            "Mundtlig beretning",
        ]

    def test_headings_with_bullets(self) -> None:
        """A heading under a session with bullets below it becomes an item with children."""
        (session,) = load(
            "23/01/2021\nKl. 10.00 Velkommen\n\nValgkampens temaer\n\n • Velfærd\n • Klima\n"
        ).sessions
        assert session.items[0].text == "Valgkampens temaer"
        assert [c.text for c in session.items[0].children] == ["Velfærd", "Klima"]

    def test_people_bullets_are_speakers(self) -> None:
        """Bullets naming people with titles are speakers, not agenda points."""
        (session,) = load(
            "Fredag 15. mars 2024\n09:45-10:45 Paneldebatt med ordførerne\n"
            " • Ordfører Tor Arne Heggelund, Skien kommune\n"
            " • Ordfører Hanne Lid Rustad, Tokke kommune\n"
        ).sessions
        assert [(s.name, s.role) for s in session.speakers] == [
            ("Tor Arne Heggelund", "Ordfører"),
            ("Hanne Lid Rustad", "Ordfører"),
        ]
        assert session.items == ()

    def test_links(self) -> None:
        """A web address under a session is one of its links."""
        (session,) = load(
            "8. oktober 2024\nKl. 10.00 Natur\n  Se mere på:\n  https://www.dn.dk/natur\n"
        ).sessions
        assert session.links == ("https://www.dn.dk/natur",)


class TestUntimed:
    def test_group_reports_in_capitals(self) -> None:
        """Headings in capitals with bullets become untimed sessions, bullets kept."""
        event = load(
            "Opsamling fra temadagen\n\nHer er referaterne:\n\n"
            "VELFÆRDSTEKNOLOGI\n\n • Tid til omsorg\n • Skærmbesøg\n\n"
            "DEMENS I HVERDAGEN:\n\n • Demensvenlig indretning\n"
        )
        assert [(s.title, s.start, [i.text for i in s.items]) for s in event.sessions] == [
            ("VELFÆRDSTEKNOLOGI", None, ["Tid til omsorg", "Skærmbesøg"]),
            ("DEMENS I HVERDAGEN", None, ["Demensvenlig indretning"]),
        ]

    def test_topic_list_with_paragraphs(self) -> None:
        """Two or more headings each followed by a paragraph are untimed sessions."""
        event = load(
            "Publisert: 09.01.2023\n\n"
            "Boligpolitikk for hele fylket\n"
            "Mange kommuner opplever at det er vanskelig å skaffe boliger til nye innbyggere.\n\n"
            "Beredskap etter ekstremværet\n"
            "Høstens stormer satte beredskapen på prøve flere steder i fylket i år.\n"
        )
        assert [s.title for s in event.sessions] == [
            "Boligpolitikk for hele fylket",
            "Beredskap etter ekstremværet",
        ]
        assert event.sessions[0].description is not None

    def test_article_has_no_sessions(self) -> None:
        """A single heading over a paragraph is an article, not a programme."""
        result = folkemode.parse(
            "Et stærkt fællesskab\n\nÅrets topmøde er veloverstået, og det satte fokus på "
            "lederskab i en kompleks verden, hvor udviklingen er svær at forudsige.\n",
            format="text",
        )
        assert result.event.sessions == ()
        # set aside line by line, and said once: no programme in it
        assert {d.code for d in result.diagnostics} == {"ignored", "no-programme"}


class TestTables:
    def test_tab_separated_rows(self) -> None:
        """A table with a header row maps columns to title, room and organiser."""
        (session,) = load(
            "Torsdag 12. juni 2025\n\nTid\tScene\tArrangement\tArrangør\n"
            "09:00 - 09:45\tTeltet\tMorgenkaffe\tKL\n"
        ).sessions
        assert (session.title, session.room, [o.name for o in session.organisations]) == (
            "Morgenkaffe",
            "Teltet",
            ["KL"],
        )


class TestLooserForms:
    def test_programme_day_headings(self) -> None:
        """ "PROGRAM DAG 1 – tirsdag 12. mars" is a day heading, not just "Program"."""
        event = load(
            "Samling 2024\n\nPROGRAM DAG 1 – tirsdag 12. mars\n09.30–10.00: Registrering\n\n"
            "PROGRAM DAG 2 – onsdag 13. mars\n09.00–10.00: Nytt fra KS\n"
        )
        assert [s.start.date().day for s in event.sessions] == [12, 13]

    def test_speaker_label_inside_a_title(self) -> None:
        """ "Title? Innleder: Professor Name, Org" splits at the label."""
        (session,) = load(
            "12. mars 2024\n10.15–11.00: Innbyggerinvolvering – hvordan lykkes vi? "
            "Innleder: Professor Jacob Aars, UiB\n"
        ).sessions
        assert session.title == "Innbyggerinvolvering – hvordan lykkes vi?"
        assert [(s.name, s.role) for s in session.speakers] == [("Jacob Aars", "Professor")]

    def test_name_first_speaker_line(self) -> None:
        """ "Name, role" on the line under a title is its speaker."""
        (session,) = load(
            "14. marts 2024\nkl. 10.00 Velkomst\nMartin Damm, formand for KL\n"
        ).sessions
        ((speaker),) = session.speakers
        assert (speaker.name, speaker.role, speaker.organisation.name) == (
            "Martin Damm",
            "formand",
            "KL",
        )

    def test_panel_of_bare_names(self) -> None:
        """Bullets that are all plain names are the panel."""
        (session,) = load(
            "14. marts 2024\nkl. 10.15 Paneldebat\n • Anne Hansen\n • Bo Jensen\n"
        ).sessions
        assert [s.name for s in session.speakers] == ["Anne Hansen", "Bo Jensen"]

    def test_time_at_the_end(self) -> None:
        """ "Middag kl. 19.30" in a programme is a session at 19.30."""
        event = load("Torsdag 14. marts 2024\nKl. 10 Velkommen\n\nMiddag kl. 19.30\n")
        assert [(s.title, s.start.hour) for s in event.sessions] == [
            ("Velkommen", 10),
            ("Middag", 19),
        ]

    def test_title_over_two_lines(self) -> None:
        """A title broken over two lines is joined."""
        event = load(
            "Torsdag 14. marts 2024\nKl. 10.15 Det kommunale selvstyre i en\nny tid\nKl. 11 Pause\n"
        )
        assert event.sessions[0].title == "Det kommunale selvstyre i en ny tid"

    def test_title_with_its_dates(self) -> None:
        """ "Dialogmøde om ældreplejen – 14. og 15. marts 2024" names the event and its days."""
        event = load("Dialogmøde om ældreplejen – 14. og 15. marts 2024\n\nkl. 10.00 Velkommen\n")
        assert event.name == "Dialogmøde om ældreplejen"
        assert event.sessions[0].start.date().isoformat() == "2024-03-14"


class TestSideBySide:
    def test_same_start_makes_a_round(self) -> None:
        """Items listed one after another with the same start share a round; ends stay theirs."""
        event = load("Torsdag 14. marts 2024\nKl. 13.00 A\nKl. 13.00-13.45 B\nKl. 14.00 C\n")
        a, b, c = event.sessions
        assert a.round is not None and a.round is b.round and c.round is None
        assert (clock(a), clock(b)) == ((time(13), time(14)), (time(13), time(13, 45)))
        assert event.rounds[0].name == "Parallelle sessioner"


class TestTitleOverLines:
    def test_title_ending_in_a_dash_goes_on(self) -> None:
        """A title line ending in "–" continues on the next line, even capitalised."""
        event = load(
            "Torsdag 14. marts 2024\nKl. 13-14\n\nKlima – Hvordan –\nHvad gør vi?\nKl. 14 Pause\n"
        )
        assert event.sessions[0].title == "Klima – Hvordan – Hvad gør vi?"

    def test_speakers_in_brackets(self) -> None:
        """ "Velkommen (Anne Hansen, borgmester)": the person in brackets speaks."""
        (session,) = load("14. marts 2024\nKl. 10 Velkommen (Anne Hansen, borgmester)\n").sessions
        assert (session.title, [s.name for s in session.speakers]) == ("Velkommen", ["Anne Hansen"])

    def test_range_at_the_end(self) -> None:
        """ "Frokost 12.00-13.00" in a programme gives its start and end."""
        event = load("Torsdag 14. marts 2024\nKl. 10 Velkommen\n\nFrokost 12.00-13.00\n")
        assert clock(event.sessions[1]) == (time(12), time(13))


class TestLetters:
    LETTER = (
        "Emne: Program til kredsmødet 2025\n\nKære alle\n\n"
        "Hermed programmet for lørdagens kredsmøde i Aarhus, hvor vi ses til en god dag.\n\n"
        "Lørdag den 8. marts\n"
        "10.10-11.00   Kommunalvalget – erfaringer\n"
        "              Oplæg: Valgforsker Rasmus Kjeldsen, Aarhus Universitet\n"
        "12.45-14.00   Kredsmøde (generalforsamling)\n"
        "              Dagsorden:\n"
        "              a) Valg af dirigent\n"
        "              b) Beretning\n\n"
        "Venlig hilsen\nSekretariatet\n"
    )

    def test_greeting_then_text(self) -> None:
        """A greeting is set aside; the paragraph after it is still the description."""
        result = folkemode.parse(self.LETTER, format="text")
        assert "lørdagens kredsmøde" in (result.event.description or "")
        assert [d.text for d in result.diagnostics if d.code == "ignored"] == [
            "Kære alle",
            "Venlig hilsen",
            "Sekretariatet",
        ]

    def test_label_before_people_and_agenda(self) -> None:
        """ "Oplæg: Title Name, Org" is a speaker; an indented "Dagsorden:" heads the agenda."""
        talk, meeting = load(self.LETTER).sessions
        assert [(s.name, s.role) for s in talk.speakers] == [("Rasmus Kjeldsen", "Valgforsker")]
        assert meeting.kind is SessionKind.MEETING
        assert [(i.text, [c.text for c in i.children]) for i in meeting.items] == [
            ("Dagsorden", ["Valg af dirigent", "Beretning"])
        ]


class TestStageAfterTheTime:
    def test_stage_then_title(self) -> None:
        """ "Kl. 10.00-10.45 | Havnescenen" over a title line: the stage is the room."""
        (session,) = load(
            "Torsdag 12. juni 2025\nKl. 10.00-10.45 | Havnescenen\nUnge i udkantskommunerne\n"
            "Arrangør: Landdistrikternes Fællesråd\n"
        ).sessions
        assert (session.title, session.room) == ("Unge i udkantskommunerne", "Havnescenen")
        assert [o.name for o in session.organisations] == ["Landdistrikternes Fællesråd"]

    def test_title_after_the_bar(self) -> None:
        """A title after the bar stays the title."""
        (session,) = load("8. marts 2024\n10.00 | Velkommen\nValgkampsplanen\n").sessions
        assert (session.title, session.room) == ("Velkommen", None)


class TestChoiceRounds:
    def test_lettered_items_under_a_colon(self) -> None:
        """ "A: …" items under a timed heading ending in ":" are one round's sessions."""
        event = load(
            "Onsdag 8. oktober 2025\nKl. 12.30: Temadrøftelser – vælg ét af fire lokaler:\n"
            "   A: Ligeløn (sal 1)\n   B: Seniorpolitik (sal 2)\nKl. 14.30: Kaffe\n"
        )
        first, second, coffee = event.sessions
        assert [first.title[:7], second.title[:14]] == ["Ligeløn", "Seniorpolitik "]
        assert first.round is not None and first.round is second.round
        assert [s.track and s.track.name for s in (first, second)] == ["A", "B"]
        assert clock(first) == (time(12, 30), time(14, 30))
        assert coffee.round is None

    def test_letters_a_and_b(self) -> None:
        """ "A: …" and "B: …" under a timed heading are a round even without a colon."""
        event = load(
            "Onsdag 8. oktober 2025\nKl. 12.30 Temadrøftelser\n   A: Ligeløn\n"
            "   B: Seniorpolitik\nKl. 14.30 Kaffe\n"
        )
        assert [(s.title, s.kind) for s in event.sessions[:2]] == [
            ("Ligeløn", SessionKind.WORKSHOP),
            ("Seniorpolitik", SessionKind.WORKSHOP),
        ]

    def test_numbered_choice(self) -> None:
        """ "Vel ein av tre workshops:" with "1)" items is a round, wherever the word stands."""
        event = load(
            "Måndag 3. mars 2025\n11.00 – Vel ein av tre workshops:\n  1) Klima\n  2) Bustad\n"
            "12.30 – Lunsj\n"
        )
        assert [(s.title, s.kind) for s in event.sessions[:2]] == [
            ("Klima", SessionKind.WORKSHOP),
            ("Bustad", SessionKind.WORKSHOP),
        ]
        assert event.sessions[0].round is event.sessions[1].round

    def test_hyphenated_round_word_and_labelled_bullets(self) -> None:
        """ "Breakout-sesjonar" opens a round; "• Spor A: …" names the track."""
        event = load(
            "Tysdag 4. mars 2025\n09.00: Breakout-sesjonar\n  • Spor A: Økonomi\n"
            "  • Spor B: Helse\n10.00: Avslutning\n"
        )
        first, second, _ = event.sessions
        assert (first.title, second.title) == ("Økonomi", "Helse")
        assert [s.track and s.track.name for s in (first, second)] == ["Spor A", "Spor B"]

    def test_agenda_with_a_colon_stays_agenda(self) -> None:
        """Numbered points under "Generalforsamling:" are its agenda, not a round."""
        event = load(
            "Lørdag 5. april 2025\nKl. 11: Generalforsamling:\n  1. Valg af dirigent\n"
            "  2. Beretning\nKl. 13: Frokost\n"
        )
        assert [s.title for s in event.sessions] == ["Generalforsamling", "Frokost"]


class TestAlignedTables:
    TABLE = (
        "Torsdag 25. september 2025\n\n"
        "Kl.            Tema                                  Ansvarleg\n"
        "09.00-09.30    Registrering\n"
        "09.45-10.30    Korleis skal vi bu, arbeide og        Professor Randi Øvrebø,\n"
        "               reise i 2040?                         Høgskulen på Vestlandet\n"
        "12.30-13.30    Ordskifte                             Ordstyrar: Trond Lunde\n"
        "               Med: ordførarane Solfrid Hauge (Vikøy) og\n"
        "               Guri Tveitane (Havsund)\n"
        "\nVestfjord regionråd · Regionkonferansen 2025                   Side 1 av 2\n"
    )

    def test_columns_and_wrapped_cells(self) -> None:
        """Space-aligned columns are read as cells; wrapped cells join their row."""
        event = load(self.TABLE)
        titles = [s.title for s in event.sessions]
        assert titles == [
            "Registrering",
            "Korleis skal vi bu, arbeide og reise i 2040?",
            "Ordskifte",
        ]
        assert [p.name for p in event.sessions[1].speakers] == ["Randi Øvrebø"]
        assert [p.name for p in event.sessions[2].speakers] == [
            "Trond Lunde",
            "Solfrid Hauge",
            "Guri Tveitane",
        ]

    def test_every_line_accounted(self) -> None:
        """The wrapped lines and the page footer are claimed or reported."""
        result = folkemode.parse(self.TABLE, format="text")
        assert not [d for d in result.diagnostics if d.code == "not-understood"]

    def test_rows_without_header(self) -> None:
        """Rows of three cells make a table of their own; a cell of people is never the title."""
        event = load(
            "Fredag 14. marts 2025\n"
            "09.30   Velkomst                    Formand Lise Berg\n"
            "10.00   Oplæg: Fremtidens kommune   Professor Jens Juul,\n"
            "                                    Aarhus Universitet\n"
            "11.15   Debat                       Ordstyrer: Mads Krog\n"
        )
        assert [(s.title, [p.name for p in s.speakers]) for s in event.sessions] == [
            ("Velkomst", ["Lise Berg"]),
            ("Oplæg: Fremtidens kommune", ["Jens Juul"]),
            ("Debat", ["Mads Krog"]),
        ]

    def test_speaker_cell_after_marker(self) -> None:
        """A cell "v/ borgmester Name" or "ved professor Name, Org" gives speakers, not a title."""
        event = load(
            "Fredag 14. marts 2025\n10.00   Velkommen   v/ borgmester Anne Hansen\n"
            "10.30   Oplæg om klima   ved professor Bo Jensen, Aarhus Universitet\n"
        )
        assert [(s.title, [p.name for p in s.speakers]) for s in event.sessions] == [
            ("Velkommen", ["Anne Hansen"]),
            ("Oplæg om klima", ["Bo Jensen"]),
        ]

    def test_wrapped_tab_cells(self) -> None:
        """A tab-separated row whose cells go on in the next line, under a leading tab."""
        event = load(
            "Fredag 14. marts 2025\nTid\tArrangement\tArrangør\n"
            "10.00\tVelkommen og\tBorgmester Anne Hansen,\n\tintroduktion\tFavrskov Kommune\n"
            "11.00\tPause\t-\n"
        )
        assert [s.title for s in event.sessions] == ["Velkommen og introduktion", "Pause"]
        assert [o.name for o in event.sessions[0].organisations] == [
            "Borgmester Anne Hansen, Favrskov Kommune"
        ]

    def test_two_cells_without_header_stay_lines(self) -> None:
        """A time and a title set apart by spaces is an ordinary line; below it, its body."""
        event = load(
            "Onsdag 3. april 2024\n9:15–10:00    Regionsrådets opgaver\n"
            "              Oplæg ved Helle Marbæk, kontorchef\n10:00–10:10   Pause\n"
        )
        assert [s.title for s in event.sessions] == ["Regionsrådets opgaver", "Pause"]
        assert [p.name for p in event.sessions[0].speakers] == ["Helle Marbæk"]


class TestPageFurniture:
    def test_page_numbers_continuations_and_repeated_title(self) -> None:
        """ "Side 1 af 2", "Program (fortsat)" and the repeated title are set aside."""
        result = folkemode.parse(
            "Temadag 2024\nTorsdag 12. september 2024\n\nKl. 9.00 Velkomst\nKl. 10.00 Debat\n"
            "Side 1 af 2\n\nTemadag 2024\n\nTemadag, program (fortsat)\n"
            "Kl. 11.00 Frokost\nSide 2 af 2\n",
            format="text",
        )
        assert [s.title for s in result.event.sessions] == ["Velkomst", "Debat", "Frokost"]
        assert result.event.sessions[1].items == ()
        ignored = {d.line for d in result.diagnostics if d.code == "ignored"}
        assert {6, 8, 10, 12} <= ignored


class TestArticleHeadings:
    def test_subheadings_apart_from_their_text(self) -> None:
        """An article's sub-headings, a blank line above their paragraphs, are no topics."""
        event = load(
            "Unge politikere tog ordet\n\nAf Mikkel Thorsen\n15. juni 2025 kl. 07.45\n\n"
            "Fredag formiddag var der kø foran teltet, og debatten gik i gang kl. 10.30.\n\n"
            "Ikke kun et ungdomsproblem\n\n"
            "Torsdag havde fællesrådet inviteret til en bredere debat om vilkårene.\n\n"
            "Hvad sker der nu?\n\n"
            "Fællesrådet vil drøfte anbefalingerne på sit næste møde den 11. september.\n"
        )
        assert event.sessions == ()


class TestWrappedLines:
    def test_word_broken_at_the_line_end(self) -> None:
        """ "til-" / "sette" is one word again."""
        event = load(
            "Torsdag 25. september 2025\n09.00 Opning\nFor kommunestyremedlemer og til-\n"
            "sette i kommunane.\n"
        )
        texts = [item.text for item in event.sessions[0].items]
        assert texts == ["For kommunestyremedlemer og tilsette i kommunane."]

    def test_list_broken_after_og(self) -> None:
        """A list of names broken after "og" is read whole."""
        event = load(
            "Torsdag 25. september 2025\n09.00 Samtale\n   Med: Solfrid Hauge (Vikøy) og\n"
            "   Guri Tveitane (Havsund)\n10.00 Lunsj\n"
        )
        assert [p.name for p in event.sessions[0].speakers] == ["Solfrid Hauge", "Guri Tveitane"]


class TestTimedProse:
    def test_sentence_starting_with_a_time(self) -> None:
        """A sentence that begins with "Fra kl. 9.00" is text, not a session."""
        result = folkemode.parse(
            "Medlemsmøde 2025\nTirsdag den 11. november 2025\n\n"
            "Fra kl. 9.00 er der kaffe og registrering ved indgangen, og vi forventer at "
            "slutte omkring kl. 15.30.\n\nProgram\n09.30: Velkomst\n12.00: Afslutning\n",
            format="text",
        )
        assert [s.title for s in result.event.sessions] == ["Velkomst", "Afslutning"]
        assert not [d for d in result.diagnostics if d.code == "not-understood"]


class TestAPanelAboveTheProgramme:
    _TEXT = (
        "Vælgermøde om ældreplejen\nTorsdag den 11. november 2027 kl. 19.00 i Kulturhuset\n\n"
        "Panel: Borgmester Anne Vinge (V) og rådmand Kasper Holt (S)\n"
        "Ordstyrer: Journalist Niels Falk\n\n"
        "19.00 Velkomst\n19.10 {middle}\n20.30 Spørgsmål fra salen\n21.00 Tak for i aften\n"
    )

    def test_the_panel_speaks_in_the_one_debate(self) -> None:
        """ "Panel:" and "Ordstyrer:" above an evening with one debate: that debate's speakers."""
        event = folkemode.loads(self._TEXT.format(middle="Debat"), format="text")
        debate = event.sessions[1]
        assert [(s.name, s.role) for s in debate.speakers] == [
            ("Anne Vinge", "Borgmester"),
            ("Kasper Holt", "rådmand"),
            ("Niels Falk", "ordstyrer, Journalist"),
        ]

    def test_without_a_debate_the_panel_is_named_in_a_warning(self) -> None:
        """With no debate to seat them in, the people stay the event's, and are warned about."""
        result = folkemode.parse(self._TEXT.format(middle="Oplæg om plejen"), format="text")
        assert all(not s.speakers for s in result.event.sessions)
        assert any(d.code == "people-unattached" for d in result.diagnostics)

    def test_who_leads_the_debate_in_a_header_sentence(self) -> None:
        """ "Debatten ledes af journalist Name fra Hedeby Avis." leads the one debate."""
        event = folkemode.loads(
            "Vælgermøde 2027\nTorsdag 11. november 2027 kl. 19-21, Hedeby Skole\n\n"
            "Kom og mød kandidaterne. Debatten ledes af journalist Niels Falk fra Hedeby Avis."
            "\n\n19.00 Velkomst\n19.10 Debat\n20.45 Afrunding\n",
            format="text",
        )
        debate = event.sessions[1]
        assert [
            (s.name, s.role, s.organisation and s.organisation.name) for s in debate.speakers
        ] == [("Niels Falk", "journalist", "Hedeby Avis")]


class TestThingsOfferedAtOneTime:
    def test_bullets_each_with_its_speaker_under_a_colon_heading_are_a_round(self) -> None:
        """ "14.00 – 15.00 Tilbud om aktiviteter:" over bullets, each "Title v. Name": one
        round of three sessions at that time, the heading being the round."""
        event = folkemode.loads(
            "Årsmøde 2027\nFredag 5. marts 2027\n\n14.00 – 15.00 Tilbud om aktiviteter:\n\n"
            "  • Byvandring v. Ida Holm\n  • Rundvisning i Rådhuset v. Bo Lind og Eva Dam\n"
            "  • Besøg på museet v. Per Sand\n\n15.00 – 15.45 Kaffe\n",
            format="text",
        )
        members = [s for s in event.sessions if s.round is not None]
        assert [(s.title, [p.name for p in s.speakers]) for s in members] == [
            ("Byvandring", ["Ida Holm"]),
            ("Rundvisning i Rådhuset", ["Bo Lind", "Eva Dam"]),
            ("Besøg på museet", ["Per Sand"]),
        ]
        assert {s.start.time() for s in members if s.start} == {time(14, 0)}
