"""The folkemode-frab example plugin: frab XML and JSON, checked against the c3voc schemas.

The plugin is a separate package (plugins/folkemode-frab, installed by
``.ci/setup.d/10-plugins.sh``); without it these tests skip, except under
``FOLKEMODE_REQUIRE_TOOLS=1``, where they fail. The c3voc schemas are read
from ``../shared/schemas/frab`` next to the repository and are not copied
here, since they carry no licence statement; without them the schema tests
skip.
"""

from __future__ import annotations

import doctest
import importlib
import json
import os
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import jsonschema
import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import folkemode
from folkemode import Event, FolkemodeError, Organisation, Session, Speaker, Venue
from folkemode.plugins import exporter_for, exporters
from tests.forced import forced
from tests.strategies import events

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT.parent / "shared" / "schemas" / "frab"
CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture(scope="module")
def frab() -> ModuleType:
    try:
        return importlib.import_module("folkemode_frab")
    except ImportError:
        message = (
            "the folkemode-frab plugin is not installed "
            "(`. .ci/setup.d/10-plugins.sh` installs every plugin under plugins/)"
        )
        if os.environ.get("FOLKEMODE_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)


def _schema_file(name: str) -> Path:
    path = SCHEMAS / name
    if not path.is_file():
        pytest.skip(f"the c3voc frab schema {path} is not present")
    return path


@pytest.fixture(scope="module")
def xsd() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(_schema_file("schedule.xml.xsd"))


@pytest.fixture(scope="module")
def json_schema() -> jsonschema.Draft6Validator:
    schema = json.loads(_schema_file("schedule.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())


def _json_errors(validator: jsonschema.Draft6Validator, text: str) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(json.loads(text))
    ]


def _xml(event: Event, **options: Any) -> str:
    text = folkemode.dumps(event, format="frab", **options)
    assert isinstance(text, str)
    return text


def _json(event: Event, **options: Any) -> dict[str, Any]:
    text = folkemode.dumps(event, format="frab-json", **options)
    assert isinstance(text, str)
    data: dict[str, Any] = json.loads(text)
    return data


def _talks(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        talk
        for day in data["schedule"]["conference"]["days"]
        for room in day["rooms"].values()
        for talk in room
    ]


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 11, day, hour, minute, tzinfo=CPH)


def _with_sessions(event: Event, *sessions: Session) -> Event:
    return attrs.evolve(event, sessions=(*event.sessions, *sessions))


# -- registration ---------------------------------------------------------------------------


@pytest.mark.usefixtures("frab")
class TestRegistration:
    def test_both_formats_are_registered_through_the_entry_point(self) -> None:
        """frab and frab-json are offered with their suffixes and media types."""
        found = exporters()
        assert found["frab"].suffixes == (".frab.xml",)
        assert found["frab"].media_type == "application/xml"
        assert found["frab-json"].suffixes == (".frab.json",)
        assert found["frab-json"].media_type == "application/json"

    def test_longest_suffix_wins(self) -> None:
        """x.frab.json goes to frab-json, not to the canonical JSON exporter."""
        assert exporter_for(filename="Seminar.FRAB.JSON").name == "frab-json"
        assert exporter_for(filename="seminar.frab.xml").name == "frab"
        assert exporter_for(filename="seminar.json").name == "json"

    def test_options_are_declared(self) -> None:
        """Every keyword option is an ExportOption, so the CLI offers it."""
        names = {o.name for o in exporters()["frab"].options}
        assert names == {"acronym", "version", "default_room", "untimed", "open_ended_duration"}
        assert exporters()["frab-json"].options == exporters()["frab"].options

    def test_plugin_doctests(self, frab: ModuleType) -> None:
        """The examples in the plugin's docstrings hold."""
        modules = ["", ".identifiers", ".text", ".structure", ".rooms", ".schedule", ".writers"]
        attempted = 0
        for suffix in modules:
            module = importlib.import_module(f"folkemode_frab{suffix}")
            result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
            assert result.failed == 0, module.__name__
            attempted += result.attempted
        assert attempted >= 8


# -- schema validity --------------------------------------------------------------------------


@pytest.mark.usefixtures("frab")
class TestSchemas:
    def test_example_is_valid_xml(self, xsd: xmlschema.XMLSchema, example: Event) -> None:
        """The shipped example validates against the c3voc XSD."""
        xsd.validate(_xml(example))
        xsd.validate(_xml(example, untimed="all-day", open_ended_duration=30))

    def test_example_is_valid_json(
        self, json_schema: jsonschema.Draft6Validator, example: Event
    ) -> None:
        """The shipped example validates against the c3voc JSON schema, formats included."""
        text = folkemode.dumps(example, format="frab-json")
        assert isinstance(text, str)
        assert _json_errors(json_schema, text) == []

    def test_validation_can_fail(
        self, xsd: xmlschema.XMLSchema, json_schema: jsonschema.Draft6Validator, example: Event
    ) -> None:
        """A broken duration, guid or acronym is caught by both schemas."""
        xml = _xml(example).replace("<duration>01:15</duration>", "<duration>75</duration>", 1)
        assert not xsd.is_valid(xml)
        xml = _xml(example).replace('guid="', 'guid="x', 1)
        assert not xsd.is_valid(xml)
        data = _json(example)
        data["schedule"]["conference"]["acronym"] = "Seminar 2025"
        _talks(data)[0]["guid"] = "not-a-uuid"
        errors = _json_errors(json_schema, json.dumps(data))
        assert len(errors) == 2, errors

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        event=events(),
        untimed=st.sampled_from(["skip", "all-day"]),
        open_ended=st.integers(0, 600),
    )
    def test_generated_events_are_valid(
        self,
        xsd: xmlschema.XMLSchema,
        json_schema: jsonschema.Draft6Validator,
        event: Event,
        untimed: str,
        open_ended: int,
    ) -> None:
        """Any valid event gives schema-valid XML and JSON, or a clear error if it has no date."""
        options = {"untimed": untimed, "open_ended_duration": open_ended}
        if not event.days:
            with pytest.raises(FolkemodeError, match="no date"):
                folkemode.dumps(event, format="frab", **options)
            return
        xsd.validate(_xml(event, **options))
        text = folkemode.dumps(event, format="frab-json", **options)
        assert isinstance(text, str)
        assert _json_errors(json_schema, text) == []

    def test_hostile_text_is_valid(
        self, xsd: xmlschema.XMLSchema, json_schema: jsonschema.Draft6Validator, example: Event
    ) -> None:
        """Markup, control characters and odd links still give valid documents."""
        event = _with_sessions(example, _hostile_session())
        xsd.validate(_xml(event))
        text = folkemode.dumps(event, format="frab-json")
        assert isinstance(text, str)
        assert _json_errors(json_schema, text) == []


def _hostile_session() -> Session:
    # Control characters and a lone surrogate are refused by the model; forced in,
    # they show that the exporter removes them on its own.
    clean = Session(
        title="Tal",
        start=_at(14, 12),
        end=_at(14, 13),
        room="Sal <1> & 2",
        links=["javascript:alert(1)", 'https://example.dk/a b"<>', "ftp://example.dk/x"],
        organisations=[Organisation(name="A & B")],
    )
    speaker = forced(Speaker(name="Ida"), name="Ida <Holm>\x07", role="\x1b[31mborgmester")
    return forced(
        clean,
        title='<b>Tal & "debat"</b> ]]> \x00\x08\x0b\x1f\ud800\ufffe slut',
        speakers=(speaker,),
        description="Linje 1\x0cLinje 2\r\nLinje 3",
    )


# -- what is written ----------------------------------------------------------------------------


@pytest.mark.usefixtures("frab")
class TestMapping:
    def test_conference(self, example: Event) -> None:
        """Title, acronym, dates, days, time zone and url come from the event."""
        conference = _json(example)["schedule"]["conference"]
        assert conference["title"] == "Kommunalpolitisk Efterårsseminar 2025"
        assert conference["acronym"] == "kommunalpolitisk_efteraarsseminar_2025"
        assert (conference["start"], conference["end"]) == ("2025-11-13", "2025-11-14")
        assert conference["daysCount"] == len(conference["days"]) == 2
        assert conference["time_zone_name"] == "Europe/Copenhagen"
        assert conference["url"] == "https://example.dk/efteraarsseminar-2025"
        assert conference["timeslot_duration"] == "00:15"
        assert conference["tracks"] == [{"name": "Nyvalgtes spor", "slug": "nyvalgtes-spor"}]
        day = conference["days"][0]
        assert (day["day_start"], day["day_end"]) == (
            "2025-11-13T09:30:00+01:00",
            "2025-11-13T22:00:00+01:00",
        )

    def test_rooms(self, example: Event) -> None:
        """Sessions without a room are in the venue's room; rooms keep first-use order."""
        conference = _json(example)["schedule"]["conference"]
        assert [r["name"] for r in conference["rooms"]] == [
            "Egeskov Rådhus",
            "Lokale A",
            "Lokale B",
            "Lokale C",
        ]
        assert list(conference["days"][1]["rooms"]) == ["Egeskov Rådhus"]
        named = _json(example, default_room="Store sal")["schedule"]["conference"]["rooms"]
        assert named[0]["name"] == "Store sal"

    def test_default_room_without_venue_name(self, example: Event) -> None:
        """An online-only event puts unroomed sessions in a room named after its platform."""
        event = attrs.evolve(
            example, venue=Venue(online_url="https://zoom.us/j/1", platform="Zoom")
        )
        assert _json(event)["schedule"]["conference"]["rooms"][0]["name"] == "Zoom"
        event = attrs.evolve(example, venue=None)
        assert _json(event)["schedule"]["conference"]["rooms"][0]["name"] == example.name

    def test_session(self, example: Event) -> None:
        """A workshop keeps its time, room, round, track, speakers and kind."""
        talk = next(t for t in _talks(_json(example)) if t["title"] == "Sådan læser du et budget")
        assert talk["date"] == "2025-11-13T13:30:00+01:00"
        assert (talk["start"], talk["duration"]) == ("13:30", "01:15")
        assert talk["end"] == "2025-11-13T14:45:00+01:00"
        assert (talk["room"], talk["subtitle"], talk["track"]) == (
            "Lokale C",
            "Workshops runde 1",
            "Nyvalgtes spor",
        )
        assert (talk["type"], talk["language"]) == ("workshop", "da")
        assert [(p["name"], p["biography"]) for p in talk["persons"]] == [
            ("Jonas Brink", "cheføkonom, Kommunernes Landsforening")
        ]
        assert talk["slug"] == (
            "kommunalpolitisk_efteraarsseminar_2025-20251113-saadan-laeser-du-et-budget"
        )

    def test_texts_links_and_kinds(self, example: Event) -> None:
        """Description, agenda, organisers, links and kinds land in their frab fields."""
        talks = {t["title"]: t for t in _talks(_json(example))}
        economy = talks["Økonomien i kommunerne frem mod 2030"]
        assert economy["abstract"] == "Hvad betyder de næste års aftaler for det lokale råderum?"
        assert economy["links"] == [
            {"url": "https://www.kl.dk/okonomi", "title": "https://www.kl.dk/okonomi"}
        ]
        welcome = talks["Velkommen og dagens program"]
        assert welcome["description"] == (
            "- Seminarets formål\n- Praktisk information\n  - Wi-fi og garderobe\n  - Zoom-link"
        )
        assert talks["Klimaplaner i praksis"]["description"] == "Arrangør: Egeskov Kommune"
        assert talks["Debat: Hvem bestemmer i kommunen?"]["type"] == "discussion"
        assert talks["Frokost"]["type"] == "meal"
        assert (talks["Frokost"]["abstract"], talks["Frokost"]["description"]) == ("", "")

    def test_xml_and_json_agree(self, example: Event) -> None:
        """Both formats carry the same sessions with the same guids, ids, times and rooms."""
        root = ET.fromstring(_xml(example).encode("utf-8"))
        from_xml = {
            (
                e.get("guid"),
                int(e.get("id", "0")),
                e.findtext("title"),
                e.findtext("date"),
                e.findtext("duration"),
                e.findtext("room"),
            )
            for e in root.iter("event")
        }
        from_json = {
            (t["guid"], t["id"], t["title"], t["date"], t["duration"], t["room"])
            for t in _talks(_json(example))
        }
        assert from_xml == from_json
        assert len(from_xml) == len(example.sessions)
        assert root.findtext("version") == _json(example)["schedule"]["version"]

    def test_options(self, example: Event) -> None:
        """acronym and version options are written as given."""
        data = _json(example, acronym="efteraar_2025", version="2025-11-01 v3")
        assert data["schedule"]["version"] == "2025-11-01 v3"
        assert data["schedule"]["conference"]["acronym"] == "efteraar_2025"
        assert _talks(data)[0]["slug"].startswith("efteraar_2025-")
        root = ET.fromstring(_xml(example, acronym="kl_topmoede-2025-aarhus").encode("utf-8"))
        assert root.findtext("conference/acronym") == "kl_topmoede-2025-aarhus"

    def test_version_follows_content(self, example: Event) -> None:
        """The default version changes when the programme does, and only then."""
        before = _json(example)["schedule"]["version"]
        assert _json(Event.example())["schedule"]["version"] == before
        changed = attrs.evolve(example, name="Efterårsseminar for nyvalgte 2025")
        assert _json(changed)["schedule"]["version"] != before

    def test_daylight_saving_duration(self) -> None:
        """A session across the autumn clock change lasts the real three hours."""
        night = Session(
            title="Valgnat",
            start=datetime(2025, 10, 26, 1, 30, tzinfo=CPH),
            end=datetime(2025, 10, 26, 3, 30, tzinfo=CPH),
        )
        talk = _talks(_json(Event(name="Valgnat", sessions=[night])))[0]
        assert (talk["start"], talk["duration"]) == ("01:30", "03:00")
        assert talk["date"] == "2025-10-26T01:30:00+02:00"


# -- sessions frab has no place for ---------------------------------------------------------


@pytest.mark.usefixtures("frab")
class TestUntimedAndOpenEnded:
    def test_untimed_sessions_are_skipped_by_default(self, example: Event) -> None:
        """A session with a day but no time, or no day at all, is not in the schedule."""
        event = _with_sessions(
            example,
            Session(title="Udstilling", day=date(2025, 11, 13)),
            Session(title="Uden dato"),
        )
        titles = {t["title"] for t in _talks(_json(event))}
        assert "Udstilling" not in titles and "Uden dato" not in titles
        assert len(titles) == len(example.sessions)

    def test_untimed_sessions_can_span_their_day(self, example: Event) -> None:
        """With untimed="all-day" a dated session spans its day's first start to last end."""
        event = _with_sessions(
            example,
            Session(title="Udstilling", day=date(2025, 11, 13)),
            Session(title="Uden dato"),
        )
        talks = {t["title"]: t for t in _talks(_json(event, untimed="all-day"))}
        exhibition = talks["Udstilling"]
        assert (exhibition["date"], exhibition["duration"]) == (
            "2025-11-13T09:30:00+01:00",
            "12:30",
        )
        assert exhibition["end"] == "2025-11-13T22:00:00+01:00"
        assert "Uden dato" not in talks

    def test_day_without_times_runs_midnight_to_midnight(self) -> None:
        """An all-day session on a day without timed sessions lasts the whole day."""
        event = Event(
            name="Åbent hus",
            sessions=[Session(title="Åbent hus", day=date(2025, 3, 30))],
        )
        day = _json(event, untimed="all-day")["schedule"]["conference"]["days"][0]
        assert (day["day_start"], day["day_end"]) == (
            "2025-03-30T00:00:00+01:00",
            "2025-03-31T00:00:00+02:00",
        )
        assert day["rooms"]["Åbent hus"][0]["duration"] == "23:00"

    def test_open_ended_sessions(self, example: Event) -> None:
        """A session without an end lasts 00:00, or the minutes asked for, and has no JSON end."""
        event = _with_sessions(example, Session(title="Reception", start=_at(14, 12)))
        talk = next(t for t in _talks(_json(event)) if t["title"] == "Reception")
        assert talk["duration"] == "00:00" and "end" not in talk
        talk = next(
            t for t in _talks(_json(event, open_ended_duration=45)) if t["title"] == "Reception"
        )
        assert talk["duration"] == "00:45" and "end" not in talk

    def test_event_without_dates_is_an_error(self) -> None:
        """frab needs at least one day; an event without dates gets a clear error."""
        with pytest.raises(FolkemodeError, match=r"no date.*give the event a start"):
            folkemode.dumps(Event(name="Årsmøde", sessions=[Session(title="x")]), format="frab")

    def test_event_dates_without_sessions(self) -> None:
        """An event with dates but no sessions has its days, with no rooms in them."""
        event = Event(name="Kursus", start=_at(13, 9), end=_at(14, 16))
        days = _json(event)["schedule"]["conference"]["days"]
        assert [d["date"] for d in days] == ["2025-11-13", "2025-11-14"]
        assert all(d["rooms"] == {} for d in days)


# -- identifiers ---------------------------------------------------------------------------


@pytest.mark.usefixtures("frab")
class TestIdentifiers:
    def test_guid_is_the_documented_uuid5(self, frab: ModuleType, example: Event) -> None:
        """guid = uuid5(NAMESPACE, "{event id}/session/{session id}"), id from its first bits."""
        namespace = frab.identifiers.NAMESPACE
        assert namespace == uuid.uuid5(
            uuid.NAMESPACE_URL,
            "https://github.com/folkemode/folkemode/tree/main/plugins/folkemode-frab",
        )
        by_title = {t["title"]: t for t in _talks(_json(example))}
        for session in example.sessions:
            guid = uuid.uuid5(namespace, f"{example.id}/session/{session.id}")
            talk = by_title[session.title]
            assert talk["guid"] == str(guid)
            assert talk["id"] == int.from_bytes(guid.bytes[:4], "big") % (2**31 - 1) + 1

    def test_guids_survive_changes_to_other_sessions(self, example: Event) -> None:
        """Editing, moving or adding other sessions keeps each session's guid, id and slug."""

        def identities(event: Event) -> dict[str, tuple[str, int, str]]:
            return {t["title"]: (t["guid"], t["id"], t["slug"]) for t in _talks(_json(event))}

        before = identities(example)
        lunch = example.sessions[3]
        assert lunch.title == "Frokost"
        sessions = list(example.sessions)
        sessions[3] = Session(
            title="Frokost i kantinen", start=lunch.start, end=lunch.end, room="Kantinen"
        )
        sessions[0] = attrs.evolve(sessions[0], start=_at(13, 9), end=_at(13, 9, 45))
        sessions.append(Session(title="Farvel", start=_at(14, 11, 30), end=_at(14, 12)))
        after = identities(attrs.evolve(example, sessions=sessions))
        unchanged = set(before) - {"Frokost"}
        assert {t: after[t] for t in unchanged} == {t: before[t] for t in unchanged}
        assert after["Frokost i kantinen"][0] != before["Frokost"][0]

    def test_same_session_in_another_event_has_another_guid(self, example: Event) -> None:
        """guids are unique across schedules: the event's id is part of them."""
        other = attrs.evolve(example, id="kommunalpolitisk-foraarsseminar-2025")
        ours = {t["guid"] for t in _talks(_json(example))}
        theirs = {t["guid"] for t in _talks(_json(other))}
        assert not ours & theirs

    def test_clashing_numbers_are_resolved_deterministically(
        self, frab: ModuleType, monkeypatch: pytest.MonkeyPatch, example: Event
    ) -> None:
        """If every guid gave the same number, ids would still be unique and order-independent."""
        monkeypatch.setattr(frab.identifiers, "number_from_guid", lambda guid: 2**31 - 2)
        ids = {t["title"]: t["id"] for t in _talks(_json(example))}
        assert len(set(ids.values())) == len(example.sessions)
        assert set(ids.values()) == {2**31 - 2, 2**31 - 1} | set(range(1, len(ids) - 1))
        reordered = attrs.evolve(example, sessions=reversed(example.sessions))
        assert {t["title"]: t["id"] for t in _talks(_json(reordered))} == ids

    def test_output_is_deterministic(self, example: Event) -> None:
        """The same programme gives the same bytes, in this process and in a fresh one."""
        assert _xml(example) == _xml(Event.example())
        code = (
            "import folkemode, sys; e = folkemode.Event.example(); "
            "sys.stdout.buffer.write((folkemode.dumps(e, format='frab') + "
            "folkemode.dumps(e, format='frab-json')).encode())"
        )
        fresh = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "12345"},
        ).stdout
        here = _xml(example) + folkemode.dumps(example, format="frab-json")
        assert fresh == here.encode()


# -- hostile text and bad options ---------------------------------------------------------------


@pytest.mark.usefixtures("frab")
class TestHostileInput:
    def test_markup_and_control_characters(self, example: Event) -> None:
        """Special characters are escaped, forbidden ones removed, and the text otherwise kept."""
        event = _with_sessions(example, _hostile_session())
        xml = _xml(event)
        root = ET.fromstring(xml.encode("utf-8"))
        talk = next(e for e in root.iter("event") if "Tal &" in (e.findtext("title") or ""))
        expected_title = '<b>Tal & "debat"</b> ]]> \n slut'
        assert talk.findtext("title") == expected_title
        assert talk.findtext("room") == "Sal <1> & 2"
        assert talk.findtext("abstract") == "Linje 1\nLinje 2\nLinje 3"
        assert talk.findtext("description") == "Arrangør: A & B"
        assert [p.text for p in talk.iter("person")] == ["Ida <Holm>"]
        assert [link.get("href") for link in talk.iter("link")] == [
            "https://example.dk/a%20b%22%3C%3E"
        ]
        data = _json(event)
        [same] = [t for t in _talks(data) if t["title"] == expected_title]
        assert same["persons"][0]["biography"] == "[31mborgmester"
        folkemode.dumps(event, format="frab-json").encode("utf-8")  # no lone surrogates left

    @pytest.mark.parametrize(
        ("options", "message"),
        [
            ({"acronym": "KL 2025"}, "acronym 'KL 2025' is not valid"),
            ({"acronym": "kl"}, "acronym 'kl' is not valid"),
            ({"acronym": "kl-topmoede"}, "acronym 'kl-topmoede' is not valid"),
            ({"untimed": "later"}, "untimed='later' is not a choice; use one of skip, all-day"),
            ({"open_ended_duration": -5}, "open_ended_duration=-5 is negative"),
            ({"default_room": " \x00 "}, "default_room is empty"),
        ],
    )
    def test_bad_options(self, example: Event, options: dict[str, Any], message: str) -> None:
        """A bad option value is a FolkemodeError that says what to give instead."""
        with pytest.raises(FolkemodeError, match=message.replace("(", r"\(")):
            folkemode.dumps(example, format="frab", **options)

    def test_session_longer_than_frab_allows(self, example: Event) -> None:
        """A session of more than 99:59 hours is refused by name, not written invalid."""
        long = Session(title="Udstilling", start=_at(13, 9), end=_at(13, 9) + timedelta(days=5))
        with pytest.raises(FolkemodeError, match=r"'Udstilling'\) lasts 120:00"):
            folkemode.dumps(_with_sessions(example, long), format="frab-json")

    def test_unsafe_event_url_is_left_out(self, example: Event) -> None:
        """A non-web event URL is not written; the JSON falls back to the guid's URN."""
        event = attrs.evolve(example, url="javascript:alert(1)")
        conference = _json(event)["schedule"]["conference"]
        assert "url" not in conference
        talk = _talks(_json(event))[0]
        assert talk["url"] == f"urn:uuid:{talk['guid']}"
        assert "javascript" not in _xml(event)


# -- the command line, through the installed entry point ------------------------------------------


@pytest.mark.usefixtures("frab")
class TestCommandLine:
    def _run(self, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "folkemode", *args],
            capture_output=True,
            text=True,
            cwd=cwd,
            check=False,
        )

    def test_plugins_lists_frab(self, frab: ModuleType, tmp_path: Path) -> None:
        """`folkemode plugins` in a fresh process names the plugin, its version and hook."""
        result = self._run("plugins", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        entry = next(p for p in json.loads(result.stdout) if p["name"] == "frab")
        assert entry["version"] == frab.__version__
        assert entry["hooks"] == ["register_exporters"]

    def test_convert_to_frab_xml_and_json(
        self, xsd: xmlschema.XMLSchema, json_schema: jsonschema.Draft6Validator, tmp_path: Path
    ) -> None:
        """`folkemode convert example.json -o out.frab.xml` picks the plugin by suffix."""
        folkemode.dump(Event.example(), tmp_path / "example.json")
        arguments = ["convert", "example.json", "-o", "out.frab.xml", "--acronym", "efteraar_2025"]
        result = self._run(*arguments, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        xml = (tmp_path / "out.frab.xml").read_text(encoding="utf-8")
        xsd.validate(xml)
        assert "<acronym>efteraar_2025</acronym>" in xml
        result = self._run(
            "convert", "example.json", "-o", "out.frab.json", "--untimed", "all-day", cwd=tmp_path
        )
        assert result.returncode == 0, result.stderr
        text = (tmp_path / "out.frab.json").read_text(encoding="utf-8")
        assert _json_errors(json_schema, text) == []

    def test_bad_option_on_the_command_line(self, tmp_path: Path) -> None:
        """A bad option value is one line on stderr and exit status 2."""
        folkemode.dump(Event.example(), tmp_path / "example.json")
        result = self._run(
            "convert", "example.json", "-o", "out.frab.xml", "--untimed", "never", cwd=tmp_path
        )
        assert result.returncode == 2
        assert "untimed='never' is not a choice" in result.stderr
        assert not (tmp_path / "out.frab.xml").exists()
