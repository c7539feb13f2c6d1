"""When a session ends where the text writes no end (importers.text.endings)."""

from __future__ import annotations

from datetime import time

import pytest

import folkemode
from folkemode.importers.text.endings import Endings
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()
PLAIN = Endings(LEX, "Program for landsmødet i Vestfjord Bondelag")


def sessions(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each session's title, start and end, as ISO strings."""
    event = folkemode.loads(text, format="text")
    return [
        (
            s.title,
            s.start.isoformat() if s.start else None,
            s.end.isoformat() if s.end else None,
        )
        for s in event.sessions
    ]


class TestNoEnd:
    @pytest.mark.parametrize(
        "title",
        [
            "Slutt",
            "Møteslutt",
            "Tak for i dag",
            "Slut.",
            "Takk for i dag!",
            "Mødeslut",
            "Slutt første dag",
            "Slut dag 1",
            "Møtet avsluttes",
            "Møte slutt",
        ],
    )
    def test_end_markers(self, title: str) -> None:
        """An end marker, whatever its punctuation, has no length."""
        assert PLAIN.no_end(title, []) is True

    @pytest.mark.parametrize(
        "title",
        [
            "Frist for innlevering av forslag",
            "Fristen for benkeforslag går ut",
            "Forslag til vedtak tilgjengelig",
            "Deadline for tilmelding",
        ],
    )
    def test_points_in_time(self, title: str) -> None:
        """A deadline or a notice that papers are available has no length."""
        assert PLAIN.no_end(title, []) is True

    def test_day_end_in_the_title_or_description(self) -> None:
        """A session saying the day stops after it runs to no later item."""
        assert PLAIN.no_end("Afstemning. Derefter er dagens møde slut.", []) is True
        assert PLAIN.no_end("Afstemning", ["Derefter er dagens møde slut."]) is True

    @pytest.mark.parametrize(
        "title", ["Lunsj", "Valg av styre", "Afslutning ved formanden", "Sluttord ved lederen"]
    )
    def test_ordinary_sessions_have_a_length(self, title: str) -> None:
        """Ordinary items, a closing speech among them, do not lose their end."""
        assert PLAIN.no_end(title, []) is False


class TestClosingTime:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Møtet heves kl. 16:00.", time(16)),
            ("Møteslutt senest 17.00", time(17)),
            ("Mødet slutter kl. 15.30", time(15, 30)),
            ("Mødet afsluttes ca. kl. 21", time(21)),
        ],
    )
    def test_sentences_that_give_the_end(self, text: str, expected: time) -> None:
        """A sentence with a closing verb and one time gives the meeting's end."""
        assert PLAIN.closing_time(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Vi spiser kl. 12.00",
            "Møtet heves.",
            "Møtet heves kl. 16.00-16.30",
            "Møtet heves kl. 15.00 eller kl. 16.00",
        ],
    )
    def test_no_closing_time(self, text: str) -> None:
        """No closing verb, no time, a range or two times give no closing time."""
        assert PLAIN.closing_time(text) is None


class TestStandEvents:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Velkommen til Folkemødet på Bornholm", True),
            ("Vårt program på Arendalsuka 2026", True),
            ("Landsmøde i Vestfjord Bondelag", False),
        ],
    )
    def test_peoples_meeting_is_recognised(self, text: str, expected: bool) -> None:
        """A text naming a people's meeting has stand events."""
        assert Endings(LEX, text).stand_events is expected


class TestEndsInProgrammes:
    def test_end_marker_gets_no_end(self) -> None:
        """ "Slutt" at the end of the day is a point, not a session till nowhere."""
        text = (
            "Årsmøte i Vestfjord Bondelag\nTirsdag 10. mars 2026\n\n"
            "10.00 Åpning\n11.00 Årsmelding\n12.00 Valg\n13.00 Slutt\n"
        )
        assert sessions(text) == [
            ("Åpning", "2026-03-10T10:00:00+01:00", "2026-03-10T11:00:00+01:00"),
            ("Årsmelding", "2026-03-10T11:00:00+01:00", "2026-03-10T12:00:00+01:00"),
            ("Valg", "2026-03-10T12:00:00+01:00", "2026-03-10T13:00:00+01:00"),
            ("Slutt", "2026-03-10T13:00:00+01:00", None),
        ]

    def test_end_marker_is_not_ended_by_the_frame(self) -> None:
        """ "Møteslutt" gets no end even when the frame's end lies just after it."""
        text = (
            "Årsmøte i Vestfjord Bondelag\nTirsdag 10. mars 2026 kl. 10.00-12.00\n\n"
            "10.00 Åpning\n11.30 Møteslutt\n"
        )
        assert sessions(text) == [
            ("Åpning", "2026-03-10T10:00:00+01:00", "2026-03-10T11:30:00+01:00"),
            ("Møteslutt", "2026-03-10T11:30:00+01:00", None),
        ]

    def test_deadline_gets_no_end(self) -> None:
        """ "Frist for innlevering av forslag" does not last until the next item."""
        text = (
            "Årsmøte i Vestfjord Bondelag\nTirsdag 10. mars 2026\n\n"
            "10.00 Åpning\n10.30 Frist for innlevering av forslag\n11.00 Årsmelding\n12.00 Lunsj\n"
        )
        found = {title: (start, end) for title, start, end in sessions(text)}
        assert found["Frist for innlevering av forslag"] == ("2026-03-10T10:30:00+01:00", None)
        assert found["Årsmelding"] == ("2026-03-10T11:00:00+01:00", "2026-03-10T12:00:00+01:00")

    def test_closing_sentence_ends_the_last_item(self) -> None:
        """ "Møtet heves kl. 16:00." under the last item gives it its end, and is no session."""
        text = (
            "Årsmøte i Vestfjord Bondelag\nTirsdag 10. mars 2026\n\n"
            "10.00 Åpning\n11.00 Årsmelding\n13.00 Valg av styre\nMøtet heves kl. 16:00.\n"
        )
        assert sessions(text) == [
            ("Åpning", "2026-03-10T10:00:00+01:00", "2026-03-10T11:00:00+01:00"),
            ("Årsmelding", "2026-03-10T11:00:00+01:00", "2026-03-10T13:00:00+01:00"),
            ("Valg av styre", "2026-03-10T13:00:00+01:00", "2026-03-10T16:00:00+01:00"),
        ]

    def test_frame_end_ends_the_last_item(self) -> None:
        """A frame "kl. 18.30-21.00" ends the last start-only item at 21.00."""
        text = (
            "Medlemsmøde i Lilleå Vandværk\nOnsdag den 11. marts 2026 kl. 18.30-21.00\n\n"
            "18.30 Velkomst og spisning\n19.15 Beretning\n20.00 Debat om nye ledninger\n"
        )
        assert sessions(text) == [
            ("Velkomst og spisning", "2026-03-11T18:30:00+01:00", "2026-03-11T19:15:00+01:00"),
            ("Beretning", "2026-03-11T19:15:00+01:00", "2026-03-11T20:00:00+01:00"),
            ("Debat om nye ledninger", "2026-03-11T20:00:00+01:00", "2026-03-11T21:00:00+01:00"),
        ]

    def test_peoples_meeting_events_do_not_end_at_the_next(self) -> None:
        """At Folkemødet start-only events get no ends; a written range keeps its end."""
        text = (
            "Folkemødet 2026 – Grønt Telt\nFredag 12. juni 2026\n\n"
            "10.00 Morgenkaffe med Lyngby Naturlaug\n11.00-11.45 Debat om skovrejsning\n"
            "12.00 Quiz om fugle\n"
        )
        ends = [end for _, _, end in sessions(text)]
        assert ends == [None, "2026-06-12T11:45:00+02:00", None]

    def test_the_same_list_elsewhere_is_back_to_back(self) -> None:
        """Without a people's meeting, the same start-only items end at the next start."""
        text = (
            "Naboskab og fællesskab\nFredag 12. juni 2026\n\n"
            "10.00 Morgenkaffe med Lyngby Naturlaug\n11.00 Debat om skovrejsning\n"
            "12.00 Quiz om fugle\n"
        )
        ends = [end for _, _, end in sessions(text)]
        assert ends == ["2026-06-12T11:00:00+02:00", "2026-06-12T12:00:00+02:00", None]


class TestOneDaysHoursInASentence:
    def test_the_day_that_opens_at_the_hours_ends_at_them(self) -> None:
        """Two days, and "open 11 to 14.30 on Saturday": Saturday's last item ends at 14.30."""
        text = (
            "Kommunedagen 2025\n\nRådhuset er ope frå kl. 11 til 14.30 laurdag.\n\n"
            "Fredag 12. september 2025\nKl. 19.30 Folkemøte om kommuneplanen\n\n"
            "Laurdag 13. september 2025\nKl. 11.00 Opning\nKl. 12.00 Sveler og kaffi\n"
            "Kl. 13.00 Kulturinnslag\n"
        )
        found = sessions(text)
        assert found[-1] == (
            "Kulturinnslag",
            "2025-09-13T13:00:00+02:00",
            "2025-09-13T14:30:00+02:00",
        )
        assert found[0][2] is None  # Friday's evening meeting keeps its open end


class TestAnEndMarkerOpeningTheTitle:
    def test_thanks_for_now_then_more_words(self) -> None:
        """ "Takk for no! Seminaret vert avslutta …": the first sentence ends the part."""
        assert PLAIN.no_end("Takk for no! Seminaret vert avslutta – og kveldsmøtet held fram", [])
        assert PLAIN.no_end("Tak for i aften. Kom godt hjem", [])

    def test_a_title_that_only_starts_alike_has_its_length(self) -> None:
        assert not PLAIN.no_end("Takk for sist – erfaringar frå i fjor", [])
