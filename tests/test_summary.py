"""The import summary: counts of sessions, days, ends, speakers and diagnostics."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest

import folkemode
from folkemode import Diagnostic, Event, ImportResult, ImportSummary, Session, Severity, Speaker

OSLO = ZoneInfo("Europe/Oslo")

PROGRAMME = """\
Fylkesting for lokalpolitikere 2026

Tid: 14.–15. april 2026
Sted: Bystyresalen, Rådhusplassen 1, 0037 Oslo

Program

Tirsdag 14. april

Kl. 09.00–09.30 Registrering og kaffe
Kl. 09.30 Åpning v/ Kari Nordmann, ordfører
Kl. 10.00–11.30 Parallelle sesjoner
 • Klima i kommuneplanen v/ Ola Hansen, rådgiver
 • Bolig for unge
Kl. 11.30 Lunsj

Onsdag 15. april

Kl. 09.00 Debatt om kommuneøkonomien med Kari Nordmann og Per Berg
Kl. 25.00 Noe rart
Kl. 12.00 Avslutning

Del på Facebook
"""

CALENDAR = """\
BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Bygdelaget//Hand//NO\r
X-WR-CALNAME:Årsmøte i Bygdelaget\r
BEGIN:VEVENT\r
UID:1@bygdelaget.example\r
DTSTAMP:20260101T000000Z\r
DTSTART;TZID=Europe/Oslo:20260310T180000\r
DTEND;TZID=Europe/Oslo:20260310T190000\r
SUMMARY:Årsmøte\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:2@bygdelaget.example\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260311T190000\r
SUMMARY:Kaffe og kake\r
END:VEVENT\r
END:VCALENDAR\r
"""


def counts(summary: ImportSummary) -> dict[str, object]:
    return attrs.asdict(summary)


class TestTextProgramme:
    def test_counts(self) -> None:
        """A Norwegian programme's sessions, days, ends, speakers and diagnostics are counted."""
        summary = folkemode.parse(PROGRAMME, format="text").summary
        assert counts(summary) == {
            "sessions": 7,
            "timed": 7,
            "with_end": 5,
            "with_speakers": 3,
            "days": 2,
            "first_day": date(2026, 4, 14),
            "last_day": date(2026, 4, 15),
            "speakers": 3,
            "rounds": 1,
            "tracks": 0,
            "errors": 0,
            "warnings": 1,
            "infos": 1,
            "set_aside": 1,
            "editions": 0,
        }

    def test_editions_are_counted(self) -> None:
        """An evening held on two dates says so: its editions are counted and named."""
        text = (
            "Informationsmøde for nye kandidater\n\n"
            "Mødet holdes to gange i byrådssalen, Torvet 3, 8800 Viborg:\n"
            "Tirsdag 7. september 2027 kl. 19.00-21.00\n"
            "Onsdag 22. september 2027 kl. 19.00-21.00\n\n"
            "Vi gennemgår opgaverne i byrådet.\n"
        )
        summary = folkemode.parse(text, format="text").summary
        assert summary.editions == 2
        assert str(summary).startswith("0 sessions, event dated 2027-09-07, 2 editions;")

    def test_line(self) -> None:
        """str() gives the counts as one English line."""
        summary = folkemode.parse(PROGRAMME, format="text").summary
        assert str(summary) == (
            "7 sessions on 2 days, 2026-04-14 to 2026-04-15 "
            "(7 timed, 5 with an end, 3 with speakers); 1 round, 3 speakers; "
            "0 errors, 1 warning, 1 line set aside"
        )

    def test_no_year(self) -> None:
        """Sessions kept without a date show as none dated, and their info notes are counted."""
        summary = folkemode.parse(
            "Torsdag 14. marts\nKl. 10.00 Velkommen\nKl. 11.00 Debat\n", format="text"
        ).summary
        assert (summary.sessions, summary.timed, summary.days, summary.first_day) == (2, 0, 0, None)
        # the warnings: no year, and no venue
        assert (summary.warnings, summary.infos, summary.set_aside, summary.notes) == (2, 2, 0, 2)
        assert str(summary).startswith("2 sessions, none dated (0 timed, 0 with an end,")
        assert str(summary).endswith("0 errors, 2 warnings, 0 lines set aside, 2 notes")

    def test_same_speaker_twice(self) -> None:
        """A speaker named with and without a role counts as one person."""
        event = folkemode.parse(PROGRAMME, format="text").event
        assert [s.name for s in event.speakers].count("Kari Nordmann") == 2
        assert ImportSummary.of(event).speakers == 3


class TestOtherFormats:
    def test_ics_import(self) -> None:
        """A hand-written calendar is summed up the same way, a floating time as a note."""
        result = folkemode.parse(CALENDAR, format="ics")
        summary = result.summary
        assert (summary.sessions, summary.timed, summary.with_end, summary.days) == (2, 2, 1, 2)
        assert (summary.first_day, summary.last_day) == (date(2026, 3, 10), date(2026, 3, 11))
        assert (summary.problems, summary.infos, summary.set_aside) == (0, 1, 0)
        assert str(summary) == (
            "2 sessions on 2 days, 2026-03-10 to 2026-03-11 "
            "(2 timed, 1 with an end, 0 with speakers); 0 speakers; "
            "0 errors, 0 warnings, 0 lines set aside, 1 note"
        )

    def test_ics_round_trip(self, example: Event) -> None:
        """Our own calendar gives back the summary of the event it was written from."""
        text = folkemode.dumps(example, format="ics")
        assert isinstance(text, str)
        assert folkemode.parse(text, format="ics").summary == ImportSummary.of(example)

    def test_json_round_trip(self, example: Event) -> None:
        """Canonical JSON gives back the summary of the event, with every count."""
        text = folkemode.dumps(example, format="json")
        assert isinstance(text, str)
        summary = folkemode.parse(text, format="json").summary
        assert summary == ImportSummary.of(example)
        assert counts(summary) == {
            "sessions": 12,
            "timed": 12,
            "with_end": 12,
            "with_speakers": 6,
            "days": 2,
            "first_day": date(2025, 11, 13),
            "last_day": date(2025, 11, 14),
            "speakers": 4,
            "rounds": 1,
            "tracks": 1,
            "errors": 0,
            "warnings": 0,
            "infos": 0,
            "set_aside": 0,
            "editions": 0,
        }

    def test_whole_event_calendar(self, example: Event) -> None:
        """A calendar of the whole event has no sessions but the event's dates."""
        text = folkemode.dumps(example, format="ics", whole_event=True, folkemode_data=False)
        assert isinstance(text, str)
        summary = folkemode.parse(text, format="ics").summary
        assert (summary.sessions, summary.days) == (0, 0)
        assert (summary.first_day, summary.last_day) == (date(2025, 11, 13), date(2025, 11, 14))
        assert str(summary).startswith("0 sessions, event dated 2025-11-13 to 2025-11-14; ")


class TestWording:
    @staticmethod
    def summary(**changes: Any) -> ImportSummary:
        return attrs.evolve(ImportSummary.of(Event(name="Tomt")), **changes)

    def test_singular(self) -> None:
        """One of a thing is singular: 1 session, 1 day, 1 warning, 1 line set aside."""
        line = str(
            self.summary(
                sessions=1,
                timed=1,
                days=1,
                rounds=1,
                tracks=1,
                speakers=1,
                errors=1,
                warnings=1,
                infos=2,
                set_aside=1,
            )
        )
        assert line == (
            "1 session on 1 day (1 timed, 0 with an end, 0 with speakers); "
            "1 round, 1 track, 1 speaker; 1 error, 1 warning, 1 line set aside, 1 note"
        )

    def test_plural_and_zero(self) -> None:
        """Zero and more than one are plural; rounds, tracks and notes show only when present."""
        empty = "0 sessions; 0 speakers; 0 errors, 0 warnings, 0 lines set aside"
        assert str(self.summary()) == empty
        line = str(self.summary(sessions=3, days=2, warnings=2, set_aside=5, infos=5, tracks=2))
        assert line == (
            "3 sessions on 2 days (0 timed, 0 with an end, 0 with speakers); "
            "2 tracks, 0 speakers; 0 errors, 2 warnings, 5 lines set aside"
        )

    def test_one_day_span(self) -> None:
        """A one-day programme names its date once."""
        event = Event(
            name="Årsmøte",
            timezone="Europe/Oslo",
            locale="nb",
            sessions=[
                Session(
                    title="Årsmøte",
                    start=datetime(2026, 3, 10, 18, tzinfo=OSLO),
                    end=datetime(2026, 3, 10, 20, tzinfo=OSLO),
                    speakers=[Speaker(name="Kari Nordmann")],
                )
            ],
        )
        assert str(ImportSummary.of(event)).startswith(
            "1 session on 1 day, 2026-03-10 (1 timed, 1 with an end, 1 with speakers); 1 speaker;"
        )


class TestResult:
    def test_from_the_diagnostics(self) -> None:
        """result.summary counts diagnostics by severity, and set-aside lines by their code."""
        result = ImportResult(
            event=Event(name="Tomt"),
            diagnostics=[
                Diagnostic(line=1, message="boilerplate", severity=Severity.INFO, code="ignored"),
                Diagnostic(line=2, message="no date", severity=Severity.INFO, code="undated"),
                Diagnostic(line=3, message="not understood", code="not-understood"),
                Diagnostic(path="$.name", message="bad", severity=Severity.ERROR),
            ],
        )
        summary = result.summary
        assert (summary.errors, summary.warnings, summary.infos) == (1, 1, 2)
        assert (summary.set_aside, summary.notes, summary.problems) == (1, 1, 2)

    def test_frozen(self) -> None:
        """The summary cannot be changed after the fact."""
        summary = ImportResult(event=Event(name="Tomt")).summary
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            summary.sessions = 3  # type: ignore[misc]

    def test_exported(self) -> None:
        """ImportSummary is part of the public API."""
        assert "ImportSummary" in folkemode.__all__
        assert folkemode.ImportSummary is ImportSummary
