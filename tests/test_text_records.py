"""Event records: a title over labelled lines, one with the date and time."""

from __future__ import annotations

import folkemode
from folkemode.model import SessionKind

GUIDE_NB = """Dette vil vi ikke gå glipp av

Fem arendalitter forteller hva de skal få med seg i løpet av uka.

Ordførerdebatten om sentrumsplanen

Arrangør: Byforeningen, Lokalavisa

Dag: Tirsdag 13/8 2024 18:00 – 19:30

Arrangementstype: Debatt

Sted: Kulturhuset, sal 2

Skal bilene ut av sentrum?

Arrangør: Miljøagentene

Dag: Onsdag 14/8 2024 12:00 – 13:00

Språk: Norsk

Sted: Torvet
"""

LISTING_DA = """Vores arrangementer på Folkemødet

Hvem passer på de ældre?
Tid: 13. juni 2025 kl. 10.00-11.00
Sted: Telt B4
Arrangør: Ældresagen Bornholm

Unge i yderområderne
Tid: 14. juni 2025 kl. 14.00-15.00
Sted: Telt B4
Moderator: Ida Holm
"""

DAY_NN = """Laurdag 5. april 2025

Opning av årsmøtet
Tid: 10.00-10.30
Stad: Storsalen

Val av styre
Tid: 10.30-11.15
Stad: Storsalen
"""


def sessions(text: str) -> list[tuple[str, str, str, str | None]]:
    event = folkemode.loads(text, format="text")
    return [
        (s.title, f"{s.start:%Y-%m-%d %H:%M}", f"{s.end:%H:%M}", s.room) for s in event.sessions
    ]


class TestRecords:
    def test_a_news_page_picking_events(self) -> None:
        """Each title with its "Dag:" line is a session on that day, not the event's frame."""
        assert sessions(GUIDE_NB) == [
            (
                "Ordførerdebatten om sentrumsplanen",
                "2024-08-13 18:00",
                "19:30",
                "Kulturhuset, sal 2",
            ),
            ("Skal bilene ut av sentrum?", "2024-08-14 12:00", "13:00", "Torvet"),
        ]

    def test_organiser_kind_and_other_lines(self) -> None:
        """The record's lines go to the session: organiser, kind, the rest as description."""
        result = folkemode.parse(GUIDE_NB, format="text")
        first, second = result.event.sessions
        assert [o.name for o in first.organisations] == ["Byforeningen, Lokalavisa"]
        assert first.kind is SessionKind.DEBATE
        assert second.description == "Språk: Norsk"
        assert not [d for d in result.problems if d.code in ("not-understood", "time-unused")]

    def test_labelled_time_fields(self) -> None:
        """ "Tid: 13. juni 2025 kl. 10.00-11.00" under each title; a moderator is a speaker."""
        assert sessions(LISTING_DA) == [
            ("Hvem passer på de ældre?", "2025-06-13 10:00", "11:00", "Telt B4"),
            ("Unge i yderområderne", "2025-06-14 14:00", "15:00", "Telt B4"),
        ]
        event = folkemode.loads(LISTING_DA, format="text")
        assert [s.name for s in event.sessions[1].speakers] == ["Ida Holm"]

    def test_hours_alone_on_the_day_heading(self) -> None:
        """ "Tid: 10.00-10.30" without a date: the day heading above gives the day."""
        assert sessions(DAY_NN) == [
            ("Opning av årsmøtet", "2025-04-05 10:00", "10:30", "Storsalen"),
            ("Val av styre", "2025-04-05 10:30", "11:15", "Storsalen"),
        ]

    def test_one_record_is_the_event_header(self) -> None:
        """A single title over "Tid:" and "Sted:" is an event page's header, as before."""
        text = (
            "Borgermøde om skolestrukturen\nTid: 3. marts 2025 kl. 19.00-21.00\n"
            "Sted: Rådhuset\n\nProgram\nKl. 19.00 Velkomst\nKl. 19.15 Oplæg\n"
        )
        event = folkemode.loads(text, format="text")
        assert [s.title for s in event.sessions] == ["Velkomst", "Oplæg"]
        assert event.name == "Borgermøde om skolestrukturen"


class TestABareDateLineUnderItsTitle:
    TEXT = (
        "Vores program på Folkemødet 2027\n\nTorsdag\n\n"
        "Stemmer fra Sahel: Hvem får mikrofonen, når vi taler om Afrika?\n\n"
        "Torsdag 10. juni 16:00 – 17:00 / N11 – Gæsten\n\n"
        "Unge fortæller deres egne historier.\n\nFredag\n\n"
        "Mad og job på tværs af Middelhavet\n\n"
        "Fredag 11. juni 11:00-11:45 / E15 – Sammen om mad\n\nUnge kokke laver mad på scenen.\n"
    )

    def test_each_title_over_its_dated_line_is_a_session(self) -> None:
        """A title, then a line opening with its date and hours, the stand after them."""
        sessions = folkemode.loads(self.TEXT, format="text").sessions
        assert [
            (s.title[:20], f"{s.start:%d %H.%M}", f"{s.end:%H.%M}", s.room) for s in sessions
        ] == [
            ("Stemmer fra Sahel: H", "10 16.00", "17.00", "N11 – Gæsten"),
            ("Mad og job på tværs ", "11 11.00", "11.45", "E15 – Sammen om mad"),
        ]
