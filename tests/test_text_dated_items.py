"""Items with their own days ("22.-25. juni kl. 10-18 Udstilling: …"): one session a day.

An exhibition or an open house is often given once, with its days and its
daily hours, apart from the day-by-day programme. It is held on each of those
days at those hours; a text giving a start on the first day and an end on the
last ("21. januar kl. 10 - 22. januar kl. 15") is one session; a long run (a
summer's exhibition) is one session, and said so. What follows the dates and
hours of the event itself is its place, and never simply dropped.
"""

from __future__ import annotations

import pytest

import folkemode
from folkemode.importers.text.dates import parse_when
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()


def _sessions(text: str) -> list[tuple[str, str, str | None]]:
    event = folkemode.loads(text, format="text")
    return [
        (
            s.title,
            f"{s.start:%m-%d %H.%M}" if s.start else "",
            f"{s.end:%m-%d %H.%M}" if s.end else None,
        )
        for s in event.sessions
    ]


DANISH = """\
Kystkulturens dage 2026

Hele ugen

17.-20. juni kl. 10-17 Udstilling: Fiskerlejet før og nu
Sted: Havnens pakhus

Onsdag 17. juni

Kl. 11.00-12.00 Debat om havnens fremtid
v/ Lise Holm, havnefoged

Torsdag 18. juni

Kl. 13.00-14.00 Fortællinger fra kysten
"""

NORWEGIAN = """\
Kystkulturdagane 2026

Heile veka

Måndag 15. juni – torsdag 18. juni kl. 10.00–16.00 Utstilling: Båtar og folk
Stad: Naustet på kaia

Måndag 15. juni

Kl. 12.00–13.00 Ope møte om kaia
"""


class TestHeldOnEachDay:
    def test_danish_exhibition_is_a_session_on_each_of_its_days(self) -> None:
        found = _sessions(DANISH)
        exhibition = [s for s in found if s[0] == "Udstilling: Fiskerlejet før og nu"]
        assert exhibition == [
            ("Udstilling: Fiskerlejet før og nu", f"06-{d} 10.00", f"06-{d} 17.00")
            for d in (17, 18, 19, 20)
        ]
        # the day-by-day programme is read as before
        assert ("Debat om havnens fremtid", "06-17 11.00", "06-17 12.00") in found
        assert [s[:2] for s in found if s[0] == "Fortællinger fra kysten"] == [
            ("Fortællinger fra kysten", "06-18 13.00")
        ]

    def test_the_place_under_it_is_the_items_room(self) -> None:
        event = folkemode.loads(DANISH, format="text")
        rooms = {s.room for s in event.sessions if s.title.startswith("Udstilling")}
        assert rooms == {"Havnens pakhus"}
        assert event.end is not None and event.end.day == 20

    def test_nynorsk_days_named_twice(self) -> None:
        found = _sessions(NORWEGIAN)
        assert [s for s in found if s[0].startswith("Utstilling")] == [
            ("Utstilling: Båtar og folk", f"06-{d} 10.00", f"06-{d} 16.00")
            for d in (15, 16, 17, 18)
        ]
        assert ("Ope møte om kaia", "06-15 12.00", "06-15 13.00") in found

    def test_ids_differ_by_day(self) -> None:
        event = folkemode.loads(DANISH, format="text")
        ids = [s.id for s in event.sessions if s.title.startswith("Udstilling")]
        assert len(set(ids)) == 4 and all(i.startswith("202606") for i in ids)

    @pytest.mark.parametrize(
        "written",
        [
            "Udstilling: Fiskerlejet, 17.-20. juni kl. 10-17",
            "17.-20. juni kl. 10-17: Udstilling: Fiskerlejet før og nu",
        ],
    )
    def test_other_orders_of_the_same_item(self, written: str) -> None:
        text = DANISH.replace("17.-20. juni kl. 10-17 Udstilling: Fiskerlejet før og nu", written)
        exhibition = [s for s in _sessions(text) if s[0].startswith("Udstilling")]
        assert [s[1] for s in exhibition] == [f"06-{d} 10.00" for d in (17, 18, 19, 20)]

    def test_a_start_on_the_first_day_and_an_end_on_the_last_is_one_session(self) -> None:
        text = DANISH.replace(
            "17.-20. juni kl. 10-17 Udstilling: Fiskerlejet før og nu",
            "17. juni kl. 10.00 - 20. juni kl. 17.00 Udstilling: Fiskerlejet før og nu",
        )
        exhibition = [s for s in _sessions(text) if s[0].startswith("Udstilling")]
        assert exhibition == [("Udstilling: Fiskerlejet før og nu", "06-17 10.00", "06-20 17.00")]

    def test_a_summer_long_exhibition_is_one_session_and_said(self) -> None:
        text = DANISH.replace("17.-20. juni kl. 10-17", "1. juni - 31. august kl. 10-17")
        result = folkemode.parse(text, format="text")
        exhibition = [s for s in result.event.sessions if s.title.startswith("Udstilling")]
        assert len(exhibition) == 1
        assert f"{exhibition[0].start:%m-%d %H.%M}" == "06-01 10.00"
        assert exhibition[0].end is not None and f"{exhibition[0].end:%m-%d %H.%M}" == "08-31 17.00"
        said = [d for d in result.diagnostics if d.code == "held-daily"]
        assert len(said) == 1 and said[0].line == 5 and "92 days" in said[0].message


class TestTheEventsOwnDays:
    @pytest.mark.parametrize(
        "frame",
        [
            "17.-20. juni 2026 kl. 10-17, Havnens pakhus",
            "17.-20. juni 2026 kl. 10-17 på Havnens pakhus",
            "17.-20. juni 2026 kl. 10-17 Hotel Kysten",
        ],
    )
    def test_a_place_after_the_frame_is_the_venue(self, frame: str) -> None:
        text = f"Kystkulturens dage\n\n{frame}\n\nKl. 11.00-12.00 Debat om havnen\n"
        result = folkemode.parse(text, format="text")
        assert [s.title for s in result.event.sessions] == ["Debat om havnen"]
        assert result.event.venue is not None
        assert result.event.venue.name in {"Havnens pakhus", "Hotel Kysten"}

    def test_text_after_the_frame_is_never_dropped_silently(self) -> None:
        text = (
            "Kystkulturens dage\n\nSted: Havnens pakhus\n\n"
            "17.-20. juni 2026 kl. 10-17, Bådeværftet\n\nKl. 11.00-12.00 Debat om havnen\n"
        )
        result = folkemode.parse(text, format="text")
        unused = [d for d in result.diagnostics if d.code == "text-unused"]
        assert len(unused) == 1 and unused[0].line == 5 and "Bådeværftet" in unused[0].message


class TestDailyHours:
    def test_one_range_of_hours_after_a_range_of_days_is_daily(self) -> None:
        when = parse_when("22.-25. juni kl. 10-18 Udstilling: Havet", LEX)
        assert when is not None and when.daily and (when.start, when.end) == ((10, 0), (18, 0))

    def test_hours_after_the_second_of_two_days_are_daily(self) -> None:
        when = parse_when("Mandag 22. juni - torsdag 25. juni kl. 10-18", LEX)
        assert when is not None and when.daily
        assert (when.first.day, when.last.day, when.start, when.end) == (22, 25, (10, 0), (18, 0))

    def test_a_time_on_each_day_is_a_start_and_an_end(self) -> None:
        when = parse_when("21. januar kl. 10.00 - 22. januar kl. 15.00", LEX)
        assert when is not None and not when.daily
        assert (when.start, when.end) == ((10, 0), (15, 0))
