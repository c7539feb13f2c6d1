"""What programs that read frab schedules need from ours, checked on our output and by them.

Readers look up every element of an ``<event>`` and format its text without
checking for null, and they treat two sessions in one room at one time as a
clash. The first classes check our XML and JSON for that directly.
``TestReaders`` hands a programme with workshop rounds to real readers:
c3voc's schedule library and down-frab-videos (frab JSON) and pretalx with
pretalx-downstream (frab XML). They run in their own environments, which
``.ci/setup.d/40-frab-readers.sh`` installs and names in
``FOLKEMODE_FRAB_READERS_PYTHON`` and ``FOLKEMODE_PRETALX_PYTHON``; without
them those tests skip, except under ``FOLKEMODE_REQUIRE_TOOLS=1``.
"""

from __future__ import annotations

import json
import os
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings

import folkemode
from folkemode import (
    AgendaItem,
    Event,
    Organisation,
    Session,
    SessionKind,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
)
from tests import test_plugin_frab
from tests.strategies import events
from tests.tools import require_tool

#: The plugin's package, as a fixture: a skip (or, in CI, a failure) without it.
frab = test_plugin_frab.frab

READERS = Path(__file__).resolve().parent / "fixtures" / "frab" / "readers"
OSLO = ZoneInfo("Europe/Oslo")

#: What pretalx writes in every ``<event>`` (``url`` too, when there is a web page).
EVENT_ELEMENTS = {
    "date",
    "start",
    "duration",
    "room",
    "slug",
    "title",
    "subtitle",
    "track",
    "type",
    "language",
    "abstract",
    "description",
    "persons",
    "links",
    "attachments",
}


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=OSLO)


def conference() -> Event:
    """A hybrid two-day conference with two workshop rounds, as KS publishes them."""
    ks = Organisation(name="KS", url="https://www.ks.no")
    bergen = Organisation(name="Bergen kommune")
    track = Track(name="Ledelse")
    round_1 = WorkshopRound(name="Parallelle sesjoner runde 1", start=_at(10, 10, 30))
    round_2 = WorkshopRound(name="Workshops runde 2", start=_at(10, 12, 45))

    def workshop(title: str, round_: WorkshopRound, **fields: Any) -> Session:
        start = round_.start
        assert start is not None
        return Session(
            title=title,
            start=start,
            end=start + timedelta(minutes=75),
            kind=SessionKind.WORKSHOP,
            round=round_,
            **fields,
        )

    sessions = [
        Session(
            title="Registrering og kaffe",
            start=_at(10, 9),
            end=_at(10, 9, 30),
            kind=SessionKind.REGISTRATION,
            room="Foajeen",
        ),
        Session(
            title="Åpning: Digital kommune 2030",
            start=_at(10, 9, 30),
            end=_at(10, 10, 15),
            kind=SessionKind.PLENARY,
            room="Store sal",
            speakers=[Speaker(name="Kari Nordmann", role="styreleder", organisation=ks)],
            description="Hvor står kommunene, og hva må skje de neste fem årene?",
        ),
        Session(title="Pause", start=_at(10, 10, 15), end=_at(10, 10, 30), kind="break"),
        # Round 1 is online: every workshop names the same room.
        workshop(
            "Kunstig intelligens i saksbehandlingen",
            round_1,
            room="Zoom",
            speakers=[Speaker(name="Ola Hansen", role="rådgiver", organisation=ks)],
            description="Erfaringer fra tre kommuner som har prøvd.",
        ),
        workshop("Informasjonssikkerhet for folkevalgte", round_1, room="Zoom"),
        workshop(
            "Digitale innbyggertjenester",
            round_1,
            room="Zoom",
            organisations=[bergen],
            links=["https://www.bergen.kommune.no/digital"],
        ),
        Session(title="Lunsj", start=_at(10, 11, 45), end=_at(10, 12, 45), kind="meal"),
        # Round 2 is in the building: two rooms are known, two workshops name none.
        workshop("Datadeling mellom etater", round_2, room="Møterom 1"),
        workshop("Innkjøp av skytjenester", round_2, room="Møterom 2", track=track),
        workshop(
            "Endringsledelse i praksis",
            round_2,
            track=track,
            items=[AgendaItem(text="Case: Bergen"), AgendaItem(text="Gruppearbeid")],
        ),
        workshop("Universell utforming", round_2),
        Session(
            title="Debatt: Hvem eier dataene?",
            start=_at(10, 14, 15),
            end=_at(10, 15, 30),
            kind=SessionKind.DEBATE,
            room="Store sal",
            speakers=[
                Speaker(name="Kari Nordmann", role="styreleder", organisation=ks),
                Speaker(name="Per Berg", role="kommunedirektør", organisation=bergen),
            ],
        ),
        Session(
            title="Erfaringsutveksling",
            start=_at(11, 9),
            end=_at(11, 10, 30),
            kind=SessionKind.GROUP_WORK,
            track=track,
        ),
        Session(
            title="Avslutning",
            start=_at(11, 10, 45),
            end=_at(11, 11, 30),
            kind=SessionKind.PLENARY,
            room="Store sal",
        ),
    ]
    return Event(
        name="Digitaliseringskonferansen for kommunene 2026",
        timezone="Europe/Oslo",
        locale="nb",
        venue=Venue(
            name="Oslo Kongressenter",
            address="Youngs gate 21, 0181 Oslo",
            online_url="https://zoom.us/j/12345678901",
            platform="Zoom",
        ),
        organisers=[ks],
        tracks=[track],
        rounds=[round_1, round_2],
        sessions=sessions,
        url="https://www.ks.no/digitaliseringskonferansen-2026",
    )


#: The frab room of every session of :func:`conference`.
ROOMS = {
    "Registrering og kaffe": "Foajeen",
    "Åpning: Digital kommune 2030": "Store sal",
    "Pause": "Oslo Kongressenter",
    "Kunstig intelligens i saksbehandlingen": "Parallelle sesjoner runde 1 – 1 (Zoom)",
    "Informasjonssikkerhet for folkevalgte": "Parallelle sesjoner runde 1 – 2 (Zoom)",
    "Digitale innbyggertjenester": "Parallelle sesjoner runde 1 – 3 (Zoom)",
    "Lunsj": "Oslo Kongressenter",
    "Datadeling mellom etater": "Møterom 1",
    "Innkjøp av skytjenester": "Møterom 2",
    "Endringsledelse i praksis": "Workshops runde 2 – 3",
    "Universell utforming": "Workshops runde 2 – 4",
    "Debatt: Hvem eier dataene?": "Store sal",
    "Erfaringsutveksling": "Oslo Kongressenter",
    "Avslutning": "Store sal",
}


def _xml_events(event: Event, **options: Any) -> list[ET.Element]:
    text = folkemode.dumps(event, format="frab", **options)
    assert isinstance(text, str)
    return list(ET.fromstring(text.encode("utf-8")).iter("event"))


def _json_talks(event: Event, **options: Any) -> list[dict[str, Any]]:
    text = folkemode.dumps(event, format="frab-json", **options)
    assert isinstance(text, str)
    return [
        talk
        for day in json.loads(text)["schedule"]["conference"]["days"]
        for room in day["rooms"].values()
        for talk in room
    ]


def _clashes(sessions: Iterable[tuple[str, str, datetime, datetime]]) -> list[tuple[str, str]]:
    """Pairs of titles in one room at overlapping times, from (title, room, start, end)."""
    ordered = sorted(sessions, key=lambda s: (s[1], s[2], s[3]))
    return [
        (first[0], second[0])
        for index, first in enumerate(ordered)
        for second in ordered[index + 1 :]
        if first[1] == second[1] and second[2] < first[3] and first[2] < second[3]
    ]


def _duration(duration: str) -> timedelta:
    hours, minutes = duration.split(":")
    return timedelta(hours=int(hours), minutes=int(minutes))


# -- the elements and keys readers look up ---------------------------------------------


@pytest.mark.usefixtures("frab")
class TestElements:
    def test_every_event_has_every_element(self, example: Event) -> None:
        """Each <event> has the elements pretalx writes, and guid, id and code attributes."""
        for event in (conference(), example):
            for element in _xml_events(event):
                assert {child.tag for child in element} == EVENT_ELEMENTS | {"url"}
                assert set(element.attrib) == {"guid", "id", "code"}

    def test_json_text_is_never_null(self) -> None:
        """subtitle, abstract, description and biographies are strings, empty when unknown."""
        for talk in _json_talks(conference()):
            for key in ("subtitle", "abstract", "description"):
                assert isinstance(talk[key], str), (talk["title"], key)
            assert all(isinstance(p["biography"], str) for p in talk["persons"])
            assert talk["logo"] is None and talk["attachments"] == []
        talks = {t["title"]: t for t in _json_talks(conference())}
        assert talks["Pause"]["subtitle"] == talks["Pause"]["abstract"] == ""
        assert talks["Pause"]["track"] is None
        assert talks["Universell utforming"]["subtitle"] == "Workshops runde 2"

    def test_code_is_the_id_in_base_36(self) -> None:
        """code is the integer id as six characters of 0-9 A-Z, the same in XML and JSON."""
        talks = _json_talks(conference())
        for talk in talks:
            assert len(talk["code"]) == 6 and int(talk["code"], 36) == talk["id"]
        assert len({t["code"] for t in talks}) == len(talks)
        from_xml = {e.get("guid"): e.get("code") for e in _xml_events(conference())}
        assert from_xml == {t["guid"]: t["code"] for t in talks}

    def test_subtitle_without_description(self) -> None:
        """A session with a subtitle but no description has a description of one space in XML."""
        by_title = {e.findtext("title"): e for e in _xml_events(conference())}
        alone = by_title["Universell utforming"]
        assert (alone.findtext("subtitle"), alone.findtext("description")) == (
            "Workshops runde 2",
            " ",
        )
        empty = by_title["Pause"].find("description")
        assert empty is not None and empty.text is None

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(event=events())
    def test_generated_events(self, event: Event) -> None:
        """Any event: every element in every <event>, no null text in the JSON."""
        if not event.days:
            return
        for element in _xml_events(event, untimed="all-day"):
            assert {child.tag for child in element} >= EVENT_ELEMENTS
        for talk in _json_talks(event, untimed="all-day"):
            assert all(isinstance(talk[key], str) for key in ("subtitle", "abstract"))
            assert isinstance(talk["description"], str)
            assert all(isinstance(p["biography"], str) for p in talk["persons"])


# -- rooms of parallel sessions ------------------------------------------------------------


@pytest.mark.usefixtures("frab")
class TestParallelRooms:
    def test_conference_rooms(self) -> None:
        """Rounds sharing a room get a room per session; distinct and other rooms stay."""
        talks = _json_talks(conference())
        assert {t["title"]: t["room"] for t in talks} == ROOMS
        sessions = [
            (t["title"], t["room"], start, start + _duration(t["duration"]))
            for t in talks
            for start in [datetime.fromisoformat(t["date"])]
        ]
        assert _clashes(sessions) == []

    def test_rooms_are_listed_with_their_own_guids(self, frab: Any) -> None:
        """Every room made for a round is in the conference's rooms, with a guid of its name."""
        text = folkemode.dumps(conference(), format="frab-json")
        assert isinstance(text, str)
        listed = json.loads(text)["schedule"]["conference"]["rooms"]
        assert {r["name"] for r in listed} == set(ROOMS.values())
        event = conference()
        for room in listed:
            assert room["guid"] == str(frab.identifiers.room_guid(event.id, room["name"]))

    def test_online_round_without_rooms(self) -> None:
        """An online event's round with no rooms named: rooms named from the round alone."""
        round_ = WorkshopRound(name="Workshops runde 1")
        sessions = [
            Session(title=title, start=_at(10, 13), end=_at(10, 14), round=round_)
            for title in ("Klima", "Økonomi", "Velferd")
        ]
        event = Event(
            name="Nettkurs",
            timezone="Europe/Oslo",
            venue=Venue(platform="Zoom", online=True),
            sessions=sessions,
        )
        assert [(t["title"], t["room"]) for t in _json_talks(event)] == [
            ("Klima", "Workshops runde 1 – 1"),
            ("Økonomi", "Workshops runde 1 – 2"),
            ("Velferd", "Workshops runde 1 – 3"),
        ]

    def test_sessions_one_after_another_keep_their_room(self) -> None:
        """Sessions of a round that do not overlap may share a room."""
        round_ = WorkshopRound(name="Runde 1")
        event = Event(
            name="Kurs",
            sessions=[
                Session(title="Del 1", start=_at(10, 9), end=_at(10, 10), round=round_, room="A"),
                Session(title="Del 2", start=_at(10, 10), end=_at(10, 11), round=round_, room="A"),
            ],
        )
        assert {t["room"] for t in _json_talks(event)} == {"A"}

    def test_sessions_outside_rounds_keep_their_room(self) -> None:
        """Only rounds are spread out: a clash the programme itself has is left as it is."""
        event = Event(
            name="Møte",
            sessions=[
                Session(title="Sak 1", start=_at(10, 9), end=_at(10, 10), room="Sal"),
                Session(title="Sak 2", start=_at(10, 9), end=_at(10, 10), room="Sal"),
            ],
        )
        assert {t["room"] for t in _json_talks(event)} == {"Sal"}

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(event=events())
    def test_no_round_shares_a_room_at_one_time(self, frab: Any, event: Event) -> None:
        """In any event, no two overlapping sessions of one round are in the same room."""
        if not event.days:
            return
        sessions = {str(frab.identifiers.session_guid(event.id, s.id)): s for s in event.sessions}
        by_round: dict[Any, list[tuple[str, str, datetime, datetime]]] = {}
        for talk in _json_talks(event):
            session = sessions[talk["guid"]]
            if session.round is not None:
                start = datetime.fromisoformat(talk["date"])
                stop = start + _duration(talk["duration"])
                by_round.setdefault(session.round, []).append(
                    (talk["guid"], talk["room"], start, max(stop, start + timedelta(seconds=1)))
                )
        for parallel in by_round.values():
            assert _clashes(parallel) == []


# -- the readers themselves ----------------------------------------------------------------


def _read(python: Path, reader: str, document: Path, folder: Path) -> dict[str, Any]:
    """Run the script ``fixtures/frab/readers/{reader}`` on ``document`` in ``python``.

    The scripts are programs for the readers' interpreters, not modules of
    this suite: they have no ``.py`` suffix, so nothing here imports them.
    """
    report = folder / f"{reader}.report.json"
    # The readers' environment is their own: nothing of ours on their path.
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    result = subprocess.run(
        [str(python), str(READERS / reader), str(document), str(report)],
        capture_output=True,
        text=True,
        cwd=folder,
        env=environment,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{reader} failed on {document.name}:\n{result.stderr[-4000:]}"
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return data


def _expected() -> set[tuple[str, datetime, str, str]]:
    """(title, start, duration, room) of every session of :func:`conference`."""
    expected = set()
    for session in conference().sessions:
        assert session.start is not None and session.end is not None
        minutes = int((session.end - session.start).total_seconds() // 60)
        duration = f"{minutes // 60:02d}:{minutes % 60:02d}"
        expected.add((session.title, session.start, duration, ROOMS[session.title]))
    return expected


def _write(folder: Path, suffix: str) -> Path:
    path = folder / f"digitaliseringskonferansen{suffix}"
    folkemode.dump(conference(), path)
    return path


@pytest.fixture(scope="module")
def readers_python() -> Path:
    return require_tool(
        "FOLKEMODE_FRAB_READERS_PYTHON",
        "the frab readers' Python (c3voc-schedule-tools, down-frab-videos)",
        fallback="frab-readers/bin/python",
    )


@pytest.fixture(scope="module")
def pretalx_python() -> Path:
    return require_tool(
        "FOLKEMODE_PRETALX_PYTHON",
        "pretalx's Python (pretalx, pretalx-downstream)",
        fallback="pretalx/bin/python",
    )


@pytest.mark.usefixtures("frab")
class TestReaders:
    def test_c3voc_schedule_library(self, readers_python: Path, tmp_path: Path) -> None:
        """c3voc reads, converts, merges and writes every session, in its own room."""
        report = _read(readers_python, "read-c3voc", _write(tmp_path, ".frab.json"), tmp_path)
        sessions = report["sessions"]
        read = {
            (s["title"], datetime.fromisoformat(s["start"]), s["duration"], s["room"])
            for s in sessions
        }
        assert read == _expected()
        assert len(sessions) == len(read)
        assert all(s["filed_under"] == s["room"] for s in sessions)
        assert all(isinstance(s[key], str) for s in sessions for key in ("abstract", "subtitle"))
        # The duration as c3voc keeps and writes it. (Its Event.duration, which it
        # computes ends from, reads "HH:MM" as minutes and seconds, for pretalx's
        # schedules as for ours; the schema says hours and minutes.)
        written = {(e["title"], e["room"], e["duration"]) for e in report["written_xml"]}
        assert written == {(title, room, duration) for title, _, duration, room in read}
        assert _clashes((t, r, s, s + _duration(d)) for t, s, d, r in read) == []

    def test_down_frab_videos(self, readers_python: Path, tmp_path: Path) -> None:
        """down-frab-videos loads every talk, writes its info text and fetches it by slug."""
        report = _read(
            readers_python, "read-down-frab-videos", _write(tmp_path, ".frab.json"), tmp_path
        )
        sessions = report["sessions"]
        read = {
            (s["title"], datetime.fromisoformat(s["start"]), s["duration"], s["room"])
            for s in sessions
        }
        assert read == _expected()
        assert len(sessions) == len(read) == report["info_files"]
        assert all(s["info_starts_with_title"] for s in sessions)
        assert _clashes((t, r, s, s + _duration(d)) for t, s, d, r in read) == []

    def test_pretalx_downstream(self, pretalx_python: Path, tmp_path: Path) -> None:
        """pretalx imports every session in its room, and finds no room overlap."""
        report = _read(
            pretalx_python, "read-pretalx-downstream", _write(tmp_path, ".frab.xml"), tmp_path
        )
        sessions = report["sessions"]
        read = set()
        for s in sessions:
            start, end = datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"])
            minutes = int((end - start).total_seconds() // 60)
            read.add((s["title"], start, f"{minutes // 60:02d}:{minutes % 60:02d}", s["room"]))
        assert read == _expected()
        assert len(sessions) == len(read)
        assert [s["title"] for s in sessions if "room_overlap" in s["warnings"]] == []
        by_title = {s["title"]: s for s in sessions}
        # pretalx has no subtitle: the importer puts the round before the description.
        assert by_title["Universell utforming"]["description"] == "Workshops runde 2"
        assert by_title["Endringsledelse i praksis"]["description"] == (
            "Workshops runde 2\n- Case: Bergen\n- Gruppearbeid"
        )
        assert by_title["Kunstig intelligens i saksbehandlingen"]["abstract"] == (
            "Erfaringer fra tre kommuner som har prøvd."
        )
        assert report["version"]  # the schedule was released under our version
