"""Titles above their times, as event guides write them (importers.text.layout)."""

from __future__ import annotations

import folkemode
from folkemode.importers.text.classify import classify_text
from folkemode.importers.text.layout import Layout, titles_above
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()

GUIDE = """Hvordan får vi flere unge i foreningslivet?
10:00 - 10:45 C7 Ungdomsringen Vest - Torvet
Et panel af unge frivillige fortæller om, hvad der skal til for at holde fast i dem.

Skal kommunerne eje vindmøllerne?
11:00 - 11:30 A3 Grøn Kystenergi - Havnepladsen
Debat mellem to borgmestre og en lodsejer om lokalt ejerskab.
"""

BARE = """Kl. 9:00

Morgensang på kajen
09:00 - 09:30
Vi synger dagen i gang på pladsen.

Debat om landdistrikterne
09:00 - 10:00
Tre politikere om busser og skoler.

Kl. 10:00

Foredrag om fjordens fisk
10:00 - 10:45
En biolog fortæller om livet under vandet.
"""


def read(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The (time line, title line) pairs and the hour headings of ``text``."""
    items = classify_text(text, LEX)
    layout = titles_above(items)
    pairs = [(items[t][0].text, items[h][0].text) for t, h in sorted(layout.above.items())]
    return pairs, [items[i][0].text for i in sorted(layout.hour_headings)]


class TestStandCodeTimes:
    def test_title_above_a_time_with_a_stand(self) -> None:
        """A short heading above "10:00 - 10:45 C7 Organiser - Place" is that event's title."""
        assert read(GUIDE) == (
            [
                (
                    "10:00 - 10:45 C7 Ungdomsringen Vest - Torvet",
                    "Hvordan får vi flere unge i foreningslivet?",
                ),
                (
                    "11:00 - 11:30 A3 Grøn Kystenergi - Havnepladsen",
                    "Skal kommunerne eje vindmøllerne?",
                ),
            ],
            [],
        )

    def test_one_stand_line_is_evidence_enough(self) -> None:
        """A single time with a stand code under a heading is a title-above item on its own."""
        text = "Hvem passer på fjorden?\n14:00 - 14:45 B12 Fjordrådet - Kajen\nEn samtale.\n"
        assert read(text)[0] == [
            ("14:00 - 14:45 B12 Fjordrådet - Kajen", "Hvem passer på fjorden?")
        ]

    def test_without_a_stand_code_the_heading_is_not_taken(self) -> None:
        """ "10:00 - 10:45 Organiser - Place" without a stand code is an ordinary timed line."""
        text = (
            "Hvordan får vi flere unge i foreningslivet?\n"
            "10:00 - 10:45 Ungdomsringen Vest - Torvet\nEt panel af unge frivillige fortæller.\n"
        )
        assert read(text) == ([], [])

    def test_sessions_take_the_title_above(self) -> None:
        """Through parse, each event is titled by its heading and keeps stand and description."""
        text = "Folkemødet i Vestby\nFredag 12. juni 2026\n\n" + GUIDE
        event = folkemode.loads(text, format="text")
        assert [
            (
                s.title,
                s.start.isoformat() if s.start else None,
                s.end.isoformat() if s.end else None,
                s.room,
                s.description,
            )
            for s in event.sessions
        ] == [
            (
                "Hvordan får vi flere unge i foreningslivet?",
                "2026-06-12T10:00:00+02:00",
                "2026-06-12T10:45:00+02:00",
                "C7 Ungdomsringen Vest - Torvet",
                "Et panel af unge frivillige fortæller om, "
                "hvad der skal til for at holde fast i dem.",
            ),
            (
                "Skal kommunerne eje vindmøllerne?",
                "2026-06-12T11:00:00+02:00",
                "2026-06-12T11:30:00+02:00",
                "A3 Grøn Kystenergi - Havnepladsen",
                "Debat mellem to borgmestre og en lodsejer om lokalt ejerskab.",
            ),
        ]


class TestBareTimes:
    def test_bare_times_under_headings_and_hour_headings(self) -> None:
        """Bare "09:00 - 09:30" under headings take them as titles; "Kl. 9:00" heads the hour."""
        assert read(BARE) == (
            [
                ("09:00 - 09:30", "Morgensang på kajen"),
                ("09:00 - 10:00", "Debat om landdistrikterne"),
                ("10:00 - 10:45", "Foredrag om fjordens fisk"),
            ],
            ["Kl. 9:00", "Kl. 10:00"],
        )

    def test_titles_property(self) -> None:
        """``Layout.titles`` is the set of title line indexes."""
        items = classify_text(BARE, LEX)
        layout = titles_above(items)
        assert {items[i][0].text for i in layout.titles} == {
            "Morgensang på kajen",
            "Debat om landdistrikterne",
            "Foredrag om fjordens fisk",
        }
        assert Layout().titles == set()

    def test_one_bare_time_under_a_heading_is_not_enough(self) -> None:
        """A single bare time under a heading is no evidence of the layout."""
        text = "Morgensang på kajen\n09:00 - 09:30\nVi synger dagen i gang.\n"
        assert read(text) == ([], [])

    def test_most_bare_times_must_sit_under_headings(self) -> None:
        """Two bare times under headings among five bare times do not make the layout."""
        text = (
            "Morgensang på kajen\n09:00 - 09:30\nVi synger dagen i gang.\n\n"
            "Debat om landdistrikterne\n09:30 - 10:00\nTre politikere om busser.\n\n"
            "10:00 - 10:30\nKaffe\n10:30 - 11:00\nFrokost\n11:00 - 11:30\nGåtur\n"
        )
        assert read(text) == ([], [])

    def test_bare_times_with_titles_below(self) -> None:
        """Bare times with their titles on the line below are read the usual way."""
        text = (
            "Program\n\n09:00 - 09:30\nVelkomst ved formanden\n"
            "09:30 - 10:15\nOplæg om kystsikring\n10:15 - 10:30\nKaffe\n"
        )
        assert read(text) == ([], [])

    def test_hour_headings_are_no_sessions(self) -> None:
        """Through parse, the hour headings give no sessions and the headings are the titles."""
        text = "Kystdagen på Havnen\nLørdag 13. juni 2026\n\n" + BARE
        event = folkemode.loads(text, format="text")
        assert [
            (
                s.title,
                s.start.isoformat() if s.start else None,
                s.end.isoformat() if s.end else None,
            )
            for s in event.sessions
        ] == [
            ("Morgensang på kajen", "2026-06-13T09:00:00+02:00", "2026-06-13T09:30:00+02:00"),
            ("Debat om landdistrikterne", "2026-06-13T09:00:00+02:00", "2026-06-13T10:00:00+02:00"),
            ("Foredrag om fjordens fisk", "2026-06-13T10:00:00+02:00", "2026-06-13T10:45:00+02:00"),
        ]


class TestOrdinaryProgramme:
    def test_time_then_title_has_no_titles_above(self) -> None:
        """A normal "09:00 Title" programme has no title-above items and no hour headings."""
        text = (
            "Årsmøde i Fjordlauget\nLørdag 14. marts 2026\n\n"
            "09:00 Velkommen\n09:15 Årsberetning\n10:00 Kaffepause\n10:15 Valg\n"
        )
        assert read(text) == ([], [])


class TestBlocks:
    GUIDE = (
        "Folkemødets debatter om skolen\n\n"
        "Lærerne og fremtidens folkeskole\n\n"
        "Formand for lærerforeningen og to skoleledere taler om, hvad skolen skal kunne, "
        "når eleverne skal være klar til et arbejdsmarked, vi endnu ikke kender.\n\n"
        "De giver hver deres bud og tager imod spørgsmål fra salen bagefter.\n\n"
        "Fredag 14. juni 2024, kl. 10.00-11.00. Telt B7 – Skolens Hus. Område B – Havnen.\n\n"
        "Hvem betaler for inklusionen?\n\n"
        "Kommunerne bruger flere penge på specialundervisning end nogensinde, og alligevel "
        "oplever forældre, at deres børn ikke får den hjælp, de har brug for.\n\n"
        "Fredag 14. juni 2024, kl. 12.00-13.00. Telt C2 – Forældrenes Telt. Område C – Torvet.\n"
    )

    def test_heading_and_paragraphs_before_the_time_and_stand(self) -> None:
        """A guide giving each event as heading and paragraphs, its time and stand last."""
        event = folkemode.loads(self.GUIDE, format="text")
        assert [
            (s.title, s.start.strftime("%H.%M") if s.start else None) for s in event.sessions
        ] == [
            ("Lærerne og fremtidens folkeskole", "10.00"),
            ("Hvem betaler for inklusionen?", "12.00"),
        ]
        first = event.sessions[0]
        assert first.room is not None and first.room.startswith("Telt B7")
        assert first.description is not None and "arbejdsmarked" in first.description


class TestTitleYears:
    def test_a_year_in_a_session_title_dates_the_programme(self) -> None:
        """With no other year, one named in a session's title places the sessions."""
        text = (
            "Debatter på pladsen\n\nTorsdag 13. juni\nKl. 10.00 Valget i 2024 set fra kommunen\n"
            "Kl. 11.00 Spørgsmål fra salen\n"
        )
        event = folkemode.loads(text, format="text")
        assert event.sessions[0].start is not None
        assert event.sessions[0].start.date().isoformat() == "2024-06-13"


class TestStackedTimes:
    """A table's columns flattened: the times one under another, then their titles."""

    @staticmethod
    def sessions(text: str) -> tuple[list[tuple[str, str]], list[str]]:
        result = folkemode.parse(text, format="text")
        found = [(f"{s.start:%H:%M}", s.title) for s in result.event.sessions]
        return found, [d.code for d in result.problems if d.code != "no-venue"]

    def test_times_then_titles_pair_in_order(self) -> None:
        text = (
            "Fagdag fredag 6. juni 2025\n\n09.00\n09.30\n10.15\n\n"
            "Registrering\nOpning ved ordføraren\nFøredrag om kommunereforma\n"
        )
        assert self.sessions(text) == (
            [
                ("09:00", "Registrering"),
                ("09:30", "Opning ved ordføraren"),
                ("10:15", "Føredrag om kommunereforma"),
            ],
            [],
        )

    def test_after_timed_items_with_a_speaker(self) -> None:
        text = (
            "Landsmøte laurdag 5. april 2014\n\n12.25 Val av valnemnd\n13.00\n13.20\n"
            "Avslutningstale ved Ola Nordmann\nMøteslutt\n"
        )
        event = folkemode.loads(text, format="text")
        assert [(s.title, [p.name for p in s.speakers]) for s in event.sessions] == [
            ("Val av valnemnd", []),
            ("Avslutningstale", ["Ola Nordmann"]),
            ("Møteslutt", []),
        ]

    def test_more_lines_than_times_is_no_table(self) -> None:
        """Two bare times over three lines: no table, so no pairs are made up."""
        text = (
            "Fagdag fredag 6. juni 2025\n\n09.00\n09.30\n"
            "Registrering\nOpning ved ordføraren\nFøredrag om kommunereforma\n"
        )
        found, _ = self.sessions(text)
        assert ("09:30", "Opning ved ordføraren") not in found


class TestALabelWordOpeningATitle:
    def test_a_speaker_label_before_no_name_is_part_of_the_title(self) -> None:
        """ "10.45" over "Innledning: Hva vil det si å være folkevalgt?": a title, not a
        speaker label, since no one is named after it."""
        event = folkemode.loads(
            "Folkevalgtopplæring\n1. november 2027\n\n10.30\n\nVelkommen\n\n10.45\n\n"
            "Innledning: Hva vil det si å være folkevalgt?\n\n11.30\n\nLunsj\n",
            format="text",
        )
        assert [s.title for s in event.sessions] == [
            "Velkommen",
            "Innledning: Hva vil det si å være folkevalgt?",
            "Lunsj",
        ]


class TestATableWithBlankLinesAroundEveryCell:
    def test_each_time_finds_its_title_past_the_blank_lines(self) -> None:
        """A table copied with blank lines around each cell: "15:00-15:30", blanks, title."""
        text = (
            "Ordførersamling 24.-25. oktober 2018\nSted: Lysebu\n\n"
            "Tid\n\n \n\nTema\n\n\n15:00-15:30\n\n \n\n \n\nKaffe og noe å bite i.\n\n\n"
            "15:30-15:45\n\n \n\n \n\nVelkommen.\n"
        )
        event = folkemode.loads(text, format="text")
        assert [(f"{s.start:%H:%M}", s.title) for s in event.sessions] == [
            ("15:00", "Kaffe og noe å bite i."),
            ("15:30", "Velkommen."),
        ]


class TestAPlaceBetweenTheTimeAndTheTitle:
    def test_the_place_line_is_the_room_and_the_next_the_title(self) -> None:
        """ "09.30" / "Rådhuset, sal 2" / "Velkomst og kaffe": the title is the second line."""
        event = folkemode.loads(
            "Fagdag 2027\nTirsdag 4. maj 2027\n\n09.30\nRådhuset, sal 2\nVelkomst og kaffe\n\n"
            "10.00\nByrådssalen\nOplæg om klimaplanen\n\n11.00\nByrådssalen\nSpørgsmål\n",
            format="text",
        )
        assert [(s.title, s.room) for s in event.sessions] == [
            ("Velkomst og kaffe", "Rådhuset, sal 2"),
            ("Oplæg om klimaplanen", "Byrådssalen"),
            ("Spørgsmål", "Byrådssalen"),
        ]

    def test_a_title_over_its_description_is_no_place(self) -> None:
        """ "10.00" / "Oplæg om klimaplanen" / "Vi ser på …": a title, then its description."""
        event = folkemode.loads(
            "Fagdag 2027\nTirsdag 4. maj 2027\n\n10.00\nOplæg om klimaplanen\n"
            "Vi ser på planen for de næste ti år\n\n11.00\nFrokost\n",
            format="text",
        )
        assert [s.title for s in event.sessions] == ["Oplæg om klimaplanen", "Frokost"]


class TestALabelWordAloneAsTitle:
    def test_a_label_word_without_colon_under_a_bare_time_is_the_title(self) -> None:
        """ "13:45" / "Innleder" / "14:15": "Innleder" is that time's title, not a label."""
        event = folkemode.loads(
            "Årsmøte 2027\nFredag 5. mars 2027\n\n13:00\n\nLunsj\n\n13:45\n\nInnleder\n\n"
            "14:15\n\nGeneraldebatt\n",
            format="text",
        )
        assert [s.title for s in event.sessions] == ["Lunsj", "Innleder", "Generaldebatt"]
