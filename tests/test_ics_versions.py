"""Calendars that update: a second version of a programme written over the first."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar

import folkemode
from folkemode import Event, Session
from folkemode.changes import revise
from folkemode.exporters.ics import dump_ics
from folkemode.model import SessionStatus
from tests.icaljs import icaljs

CPH = ZoneInfo("Europe/Copenhagen")


def at(hour: int, minute: int = 0, day: int = 5) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=CPH)


def first() -> Event:
    return Event(
        name="Temadag om klima 2026",
        updated=datetime(2026, 2, 1, 13, tzinfo=CPH),
        sessions=[
            Session(title="Velkomst", start=at(9), end=at(9, 30)),
            Session(title="Debat om vindmøller", start=at(10), end=at(11), room="Salen"),
            Session(title="Frokost", start=at(12), end=at(13), kind="meal"),
        ],
    )


def second() -> Event:
    """Version 2: the debate moves an hour, lunch is cancelled, a workshop is added."""
    return Event(
        name="Temadag om klima 2026",
        updated=datetime(2026, 2, 10, 9, tzinfo=CPH),
        sessions=[
            Session(title="Velkomst", start=at(9), end=at(9, 30)),
            Session(title="Debat om vindmøller", start=at(11), end=at(12), room="Salen"),
            Session(title="Workshop om varmeplaner", start=at(13), end=at(14)),
        ],
    )


def entries(ics: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


class TestSecondVersion:
    def test_sequence_status_and_stamps(self) -> None:
        v2 = revise(first(), second())
        found = entries(dump_ics(v2))
        debate = found["20260305-debat-om-vindmoeller"]
        assert int(debate["SEQUENCE"]) == 1
        assert debate.decoded("DTSTART") == at(11)
        assert debate.decoded("LAST-MODIFIED") == datetime(2026, 2, 10, 8, tzinfo=UTC)
        lunch = found["20260305-frokost"]
        assert (str(lunch["STATUS"]), int(lunch["SEQUENCE"])) == ("CANCELLED", 1)
        welcome = found["20260305-velkomst"]
        assert int(welcome["SEQUENCE"]) == 0
        assert {e.decoded("DTSTAMP") for e in found.values()} == {
            datetime(2026, 2, 10, 8, tzinfo=UTC)
        }
        assert "20260305-workshop-om-varmeplaner" in found

    def test_a_published_calendar(self) -> None:
        calendar = icalendar.Calendar.from_ical(dump_ics(first()))
        assert str(calendar["METHOD"]) == "PUBLISH"
        assert str(calendar["X-WR-CALNAME"]) == "Temadag om klima 2026"

    def test_same_version_same_bytes(self) -> None:
        """Exported twice, a version is byte for byte the same: no clock in it."""
        v2 = revise(first(), second())
        again = revise(first(), second())
        assert dump_ics(v2) == dump_ics(again)

    def test_ical_js_agrees(self) -> None:
        """Thunderbird's parser reads the same SEQUENCE, STATUS and instants as icalendar."""
        ics = dump_ics(revise(first(), second()))
        seen = {e["uid"].split("@")[0]: e for e in icaljs(ics)["events"]}
        ours = entries(ics)
        assert seen.keys() == ours.keys()
        for uid, event in seen.items():
            assert event["sequence"] == int(ours[uid]["SEQUENCE"])
            assert event["status"] == (str(ours[uid]["STATUS"]) if "STATUS" in ours[uid] else None)
            start = ours[uid].decoded("DTSTART").astimezone(UTC)
            assert event["start"]["utc"] == start.isoformat().replace("+00:00", ".000Z")

    def test_through_json_the_same(self) -> None:
        """Saved as canonical JSON and read back, the second version writes the same calendar."""
        v2 = revise(first(), second())
        again = folkemode.loads(folkemode.dumps(v2, format="json"), format="json")
        assert dump_ics(again) == dump_ics(v2)
        assert again.session("20260305-frokost").status is SessionStatus.CANCELLED


class TestReadBack:
    def test_another_programs_calendar_says_cancelled_and_revised(self) -> None:
        """Without folkemode's own data, STATUS, SEQUENCE and LAST-MODIFIED are still read."""
        v2 = revise(first(), second())
        event = folkemode.loads(dump_ics(v2, folkemode_data=False), format="ics")
        lunch = event.session("20260305-frokost")
        assert (lunch.status, lunch.revision) == (SessionStatus.CANCELLED, 1)
        debate = event.session("20260305-debat-om-vindmoeller")
        assert debate.revision == 1 and debate.updated == datetime(2026, 2, 10, 9, tzinfo=CPH)
