"""The ICS exporter, checked by the parsers calendars use: ical.js and icalendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings

import folkemode
from folkemode import Edition, Event, FolkemodeError, Session, Speaker, Venue
from folkemode.exporters.ics import default_dtstamp, dump_ics
from tests.icaljs import icaljs
from tests.strategies import events

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def at(zone: str, *parts: int, fold: int = 0) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone), fold=fold)  # type: ignore[misc]


def iso_utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def dst_event() -> Event:
    """Sessions across both DST changes of 2025 in Copenhagen, including the repeated hour."""
    zone = "Europe/Copenhagen"
    return Event(
        name="Sommertid og vintertid",
        timezone=zone,
        sessions=[
            Session(
                title="Over springet",
                start=at(zone, 2025, 3, 30, 1, 30),
                end=at(zone, 2025, 3, 30, 3, 30),
            ),
            Session(
                title="Første halv tre",
                start=at(zone, 2025, 10, 26, 2, 30),
                end=at(zone, 2025, 10, 26, 2, 45),
            ),
            Session(
                title="Anden halv tre",
                start=at(zone, 2025, 10, 26, 2, 30, fold=1),
                end=at(zone, 2025, 10, 26, 3, 15),
            ),
            Session(title="Vinter", start=at(zone, 2025, 12, 1, 9), end=at(zone, 2025, 12, 1, 10)),
        ],
    )


def zoned_event(zone: str) -> Event:
    return Event(
        name=f"Møde i {zone}",
        timezone=zone,
        locale="nb",
        sessions=[
            Session(title="Sommer", start=at(zone, 2026, 7, 1, 9), end=at(zone, 2026, 7, 1, 10)),
            Session(title="Vinter", start=at(zone, 2026, 1, 5, 9), end=at(zone, 2026, 1, 5, 11)),
        ],
    )


def assert_clients_see(event: Event, ics: str) -> None:
    """ical.js finds each dated session at its instant, with its duration and summary."""
    seen = icaljs(ics)
    by_uid = {e["uid"]: e for e in seen["events"]}
    assert len(by_uid) == len(seen["events"]), "UIDs are not unique"
    blocks = [e for e in seen["events"] if e["uid"].startswith(("event.", "edition."))]
    for block in blocks:  # the event itself or its editions, when no session has a date
        assert block["start"]["isDate"] or not block["start"]["floating"]
    expected = [s for s in event.sessions if s.day is not None]
    assert len(seen["events"]) - len(blocks) == len(expected)
    for session in expected:
        found = by_uid[f"{session.id}@{event.id}.folkemode"]
        assert found["summary"] == session.title.replace("\r\n", "\n").replace("\r", "\n")
        if session.start is None:
            assert found["start"]["isDate"] and found["start"]["local"] == session.day.isoformat()
            continue
        assert found["start"]["utc"] == iso_utc(session.start)
        assert not found["start"]["floating"]
        assert found["start"]["zone"] in (event.timezone, "UTC")
        if session.end is None:
            assert not found["hasEnd"] and found["durationSeconds"] == 0
        else:
            assert found["end"]["utc"] == iso_utc(session.end)
            # Real elapsed time: Python subtracts wall clocks within one zone.
            elapsed = session.end.astimezone(UTC) - session.start.astimezone(UTC)
            assert found["durationSeconds"] == elapsed.total_seconds()
            assert not found["end"]["floating"]


class TestIcalJs:
    def test_example_sessions_at_their_instants(self, example: Event) -> None:
        """Every session of the example is where ical.js expects it, with its duration."""
        assert_clients_see(example, dump_ics(example))

    def test_daylight_saving_changes(self) -> None:
        """Times across DST changes, both copies of the repeated hour included, stay right."""
        event = dst_event()
        ics = dump_ics(event)
        assert_clients_see(event, ics)
        # Both 02:30s of the night clocks go back are written in UTC: clients disagree
        # on which one a TZID time means.
        assert "DTSTART:20251026T003000Z" in ics and "DTSTART:20251026T013000Z" in ics

    @pytest.mark.parametrize(
        "zone", ["Europe/Oslo", "Atlantic/Reykjavik", "America/Nuuk", "Europe/London", "UTC"]
    )
    def test_other_zones(self, zone: str) -> None:
        """Zones with and without DST, a recent rule change (Nuuk) and UTC all read right."""
        event = zoned_event(zone)
        ics = dump_ics(event)
        assert_clients_see(event, ics)
        zones = icaljs(ics)["zones"]
        assert zones == ([] if zone == "UTC" else [zone])

    def test_a_missing_vtimezone_would_be_caught(self, example: Event) -> None:
        """Without its VTIMEZONE ical.js reports floating times, so the checks above can fail."""
        ics = dump_ics(example)
        start, end = ics.index("BEGIN:VTIMEZONE"), ics.index("END:VTIMEZONE\r\n")
        crippled = ics[:start] + ics[end + len("END:VTIMEZONE\r\n") :]
        assert all(e["start"]["floating"] for e in icaljs(crippled)["events"])

    def test_calendar_properties(self, example: Event) -> None:
        """Name, refresh interval as a DURATION, TTL and the conference link read as meant."""
        seen = icaljs(dump_ics(example))
        assert seen["name"] == seen["calname"] == example.name
        assert seen["refreshType"] == "duration" and seen["refreshInterval"] == "PT12H"
        assert seen["publishedTtl"] == "PT12H"
        conference = seen["events"][0]["conference"]
        assert conference["value"] == "https://zoom.us/j/98765432100"
        assert conference["label"] == "Zoom"
        assert conference["feature"] in (["AUDIO", "VIDEO"], "AUDIO,VIDEO")

    def test_untimed_and_open_ended_sessions(self) -> None:
        """A session without a time is all-day on its day; one without an end is an instant."""
        zone = "Europe/Copenhagen"
        event = Event(
            name="Åbent",
            timezone=zone,
            sessions=[
                Session(title="Udstilling", day=date(2025, 5, 2)),
                Session(title="Reception", start=at(zone, 2025, 5, 2, 17)),
            ],
        )
        assert_clients_see(event, dump_ics(event))

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(event=events(max_sessions=8))
    def test_generated_events(self, event: Event) -> None:
        """Generated events, in any zone and language, read right in ical.js."""
        assert_clients_see(event, dump_ics(event))


class TestIcalendarReadsIt:
    def test_second_opinion(self, example: Event) -> None:
        """icalendar's own parser finds the same times, titles and a VTIMEZONE for the TZID."""
        calendar = icalendar.Calendar.from_ical(dump_ics(example))
        assert calendar.get_missing_tzids() == set()
        assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Copenhagen"]
        by_uid = {str(v["UID"]): v for v in calendar.events}
        for session in example.sessions:
            vevent = by_uid[f"{session.id}@{example.id}.folkemode"]
            assert vevent.start == session.start and vevent.end == session.end
            assert str(vevent["SUMMARY"]) == session.title
            assert vevent["DTSTART"].params["TZID"] == "Europe/Copenhagen"

    @settings(max_examples=25, deadline=None)
    @given(event=events())
    def test_generated_events(self, event: Event) -> None:
        """Every generated event parses, with unique UIDs and its times at the same instants."""
        calendar = icalendar.Calendar.from_ical(dump_ics(event))
        assert calendar.get_missing_tzids() == set()
        uids = [str(v["UID"]) for v in calendar.events]
        assert len(uids) == len(set(uids))
        by_uid = {str(v["UID"]): v for v in calendar.events}
        for session in event.sessions:
            if session.start is not None:
                vevent = by_uid[f"{session.id}@{event.id}.folkemode"]
                assert session.start == vevent.DTSTART


class TestFolding:
    @pytest.mark.parametrize("padding", range(0, 12))
    def test_multibyte_characters_around_the_fold(self, padding: int) -> None:
        """Lines fold at 75 octets without splitting æ, ø, å or an emoji, and unfold exactly."""
        title = "S" * padding + "æøå😀🇩🇰" * 6 + "Åbning"
        event = Event(
            name="Fold",
            sessions=[
                Session(
                    title=title,
                    description="ø" * 37 + "😀" + "å" * 80,
                    start=datetime(2025, 6, 1, 10, tzinfo=COPENHAGEN),
                ),
            ],
        )
        data = dump_ics(event).encode("utf-8")
        for line in data.split(b"\r\n"):
            assert len(line) <= 75
            line.decode("utf-8")  # a character split across lines would not decode
        seen = icaljs(data.decode("utf-8"))["events"][0]
        assert seen["summary"] == title
        assert seen["description"].startswith("ø" * 37 + "😀" + "å" * 80)
        assert str(icalendar.Calendar.from_ical(data).events[0]["SUMMARY"]) == title


class TestStability:
    def test_same_event_same_bytes(self, example: Event) -> None:
        """Two exports of one event are identical: no random UID, no clock in DTSTAMP."""
        assert dump_ics(example) == dump_ics(Event.example())

    def test_dtstamp_comes_from_the_event_or_the_caller(self, example: Event) -> None:
        """DTSTAMP is derived from the event unless given; never the current time."""
        assert default_dtstamp(example) == datetime(2025, 11, 13, 8, 30, tzinfo=UTC)
        assert "DTSTAMP:20251113T083000Z" in dump_ics(example)
        stamped = dump_ics(example, dtstamp=datetime(2025, 10, 1, 12, tzinfo=COPENHAGEN))
        assert "DTSTAMP:20251001T100000Z" in stamped and "DTSTAMP:20251113" not in stamped

    @pytest.mark.parametrize("change", ["title", "time"])
    def test_changing_one_session_keeps_every_other_uid(self, example: Event, change: str) -> None:
        """Editing one session changes at most its own UID."""
        target = example.sessions[2]
        if change == "title":
            edited = Session(
                title="Økonomien frem mod 2035",
                start=target.start,
                end=target.end,
                kind=target.kind,
            )
        else:
            edited = evolve(target, start=target.start + timedelta(minutes=15))
        sessions = [edited if s is target else s for s in example.sessions]
        before = _uids(dump_ics(example))
        after = _uids(dump_ics(evolve(example, sessions=sessions)))
        assert before - after <= {f"{target.id}@{example.id}.folkemode"}
        assert len(before) == len(after)


def _uids(ics: str) -> set[str]:
    return {str(v["UID"]) for v in icalendar.Calendar.from_ical(ics).events}


class TestContent:
    def test_calendar_header_lines(self, example: Event) -> None:
        """The pitfalls of icalendar are avoided: VALUE=DURATION, PT12H, an unquoted FEATURE."""
        lines = dump_ics(example).split("\r\n")
        assert "REFRESH-INTERVAL;VALUE=DURATION:PT12H" in lines
        assert "X-PUBLISHED-TTL:PT12H" in lines
        assert "UID:calendar@kommunalpolitisk-efteraarsseminar-2025.folkemode" in lines
        assert any(
            line.startswith("CONFERENCE;FEATURE=AUDIO,VIDEO;LABEL=Zoom;VALUE=URI:")
            for line in lines
        )

    def test_description_speaks_the_language(self, example: Event) -> None:
        """Speakers are "Oplægsholdere" in Danish and "Innledere" in Bokmål."""
        debate = "20251113-debat-hvem-bestemmer-i-kommunen"
        danish = icalendar.Calendar.from_ical(dump_ics(example, session=debate)).events[0]
        bokmal = icalendar.Calendar.from_ical(
            dump_ics(example, session=debate, locale="nb")
        ).events[0]
        assert str(danish["DESCRIPTION"]).startswith(
            "Oplægsholdere:\nMette Aagaard, borgmester, Egeskov Kommune\n"
        )
        assert str(bokmal["DESCRIPTION"]).startswith("Innledere:\n")
        assert [str(c) for c in danish.categories] == ["Debat"]

    def test_workshop_categories_and_location(self, example: Event) -> None:
        """A workshop lists kind, track and round, and its room before the venue."""
        budget = icalendar.Calendar.from_ical(
            dump_ics(example, session="20251113-saadan-laeser-du-et-budget")
        ).events[0]
        assert [str(c) for c in budget.categories] == [
            "Workshop",
            "Nyvalgtes spor",
            "Workshops runde 1",
        ]
        assert str(budget["LOCATION"]) == "Lokale C, Egeskov Rådhus, Torvet 1, 5700 Egeskov"
        assert str(budget["ORGANIZER"]) == "mailto:lise.kjaer@example.dk"

    def test_online_only_venue_falls_back_to_location(self, example: Event) -> None:
        """Clients without CONFERENCE support still show the meeting link as LOCATION."""
        online = evolve(example, venue=Venue(online_url="https://zoom.us/j/1", platform="Zoom"))
        vevent = icalendar.Calendar.from_ical(dump_ics(online)).events[0]
        assert str(vevent["LOCATION"]) == "Zoom: https://zoom.us/j/1"
        assert str(vevent["CONFERENCE"]) == "https://zoom.us/j/1"


class TestOptions:
    def summaries(self, ics: str) -> list[str]:
        return [str(v["SUMMARY"]) for v in icalendar.Calendar.from_ical(ics).events]

    def test_breaks_and_meals_are_in_by_default(self, example: Event) -> None:
        """Breaks and meals are part of the programme unless left out."""
        assert {"Kaffepause", "Frokost"} <= set(self.summaries(dump_ics(example)))
        lean = self.summaries(dump_ics(example, breaks=False, meals=False))
        assert "Kaffepause" not in lean and "Frokost" not in lean and len(lean) == 9

    def test_filters(self, example: Event) -> None:
        """Tracks, kinds, days and speakers narrow the sessions, and combine."""
        assert self.summaries(dump_ics(example, tracks=["nyvalgtes-spor"])) == [
            "Sådan læser du et budget",
            "Nyvalgt – hvad nu?",
        ]
        assert self.summaries(dump_ics(example, days=["2025-11-14"])) == [
            "Nyvalgt – hvad nu?",
            "Afslutning",
        ]
        assert self.summaries(dump_ics(example, speakers=["jonas brink"], kinds=["talk"])) == [
            "Økonomien i kommunerne frem mod 2030"
        ]

    def test_one_session(self, example: Event) -> None:
        """session= writes that session alone, for "add to calendar" links."""
        assert self.summaries(dump_ics(example, session="20251113-frokost")) == ["Frokost"]

    @pytest.mark.parametrize(
        "options, message",
        [
            ({"tracks": ["Spor Z"]}, "no track is called 'Spor Z'"),
            ({"kinds": ["keynote"]}, "unknown session kind 'keynote'"),
            ({"days": ["13/11"]}, "expected a day as YYYY-MM-DD"),
            ({"speakers": ["Nobody"]}, "nobody called 'Nobody'"),
            ({"session": "nope"}, "no session with id 'nope'"),
            ({"whole_event": True, "kinds": ["talk"]}, "only the days option applies"),
            ({"dtstamp": datetime(2025, 1, 1)}, "dtstamp needs a time zone"),
            ({"sequence": -1}, "sequence must be 0 or more"),
        ],
    )
    def test_bad_options_say_what_is_wrong(
        self, example: Event, options: dict[str, object], message: str
    ) -> None:
        """A value that names nothing is an error that says what is known."""
        with pytest.raises(FolkemodeError, match=message):
            dump_ics(example, **options)  # type: ignore[arg-type]

    def test_whole_event_is_one_block_per_day(self, example: Event) -> None:
        """A two-day event becomes two blocks from the first start to the last end each day."""
        calendar = icalendar.Calendar.from_ical(dump_ics(example, whole_event=True))
        blocks = [(v.start, v.end) for v in calendar.events]
        assert blocks == [
            (
                datetime(2025, 11, 13, 9, 30, tzinfo=COPENHAGEN),
                datetime(2025, 11, 13, 22, tzinfo=COPENHAGEN),
            ),
            (
                datetime(2025, 11, 14, 9, tzinfo=COPENHAGEN),
                datetime(2025, 11, 14, 11, 30, tzinfo=COPENHAGEN),
            ),
        ]
        assert "Program:\n09.30–10.00 Ankomst og registrering" in str(
            calendar.events[0]["DESCRIPTION"]
        )

    def test_event_without_programme_is_all_day_per_day(self) -> None:
        """A three-day event with no timetable is three all-day entries, not one 50-hour block."""
        event = Event(
            name="Landsmøde",
            start=at("Europe/Oslo", 2026, 3, 6, 10),
            end=at("Europe/Oslo", 2026, 3, 8, 14),
            timezone="Europe/Oslo",
            locale="nb",
        )
        vevents = icalendar.Calendar.from_ical(dump_ics(event)).events
        assert [(v.start, v.end) for v in vevents] == [
            (date(2026, 3, 6 + n), date(2026, 3, 7 + n)) for n in range(3)
        ]
        assert str(vevents[0]["DESCRIPTION"]) == "6. mars 2026 10:00 – 8. mars 2026 14:00"

    def test_editions_are_one_entry_each(self) -> None:
        """Each edition of a recurring course is its own entry."""
        zone = "Europe/Copenhagen"
        event = Event(
            name="Kursus for nyvalgte",
            timezone=zone,
            editions=[
                Edition(start=at(zone, 2026, 2, 3, 9), end=at(zone, 2026, 2, 3, 15)),
                Edition(start=at(zone, 2026, 4, 14, 9), end=at(zone, 2026, 4, 14, 15)),
            ],
        )
        ics = dump_ics(event)
        calendar = icalendar.Calendar.from_ical(ics)
        assert [(str(v["UID"]), v.start) for v in calendar.events] == [
            ("edition.20260203.20260203@kursus-for-nyvalgte.folkemode", at(zone, 2026, 2, 3, 9)),
            ("edition.20260414.20260414@kursus-for-nyvalgte.folkemode", at(zone, 2026, 4, 14, 9)),
        ]
        assert [e["start"]["utc"] for e in icaljs(ics)["events"]] == [
            "2026-02-03T08:00:00.000Z",
            "2026-04-14T07:00:00.000Z",
        ]


class TestHostileText:
    def test_json_to_ics_with_flags(self, example: Event, tmp_path: object) -> None:
        """`folkemode convert example.json -o x.ics --no-breaks` writes the calendar."""
        from pathlib import Path

        from folkemode.cli import main

        folder = Path(str(tmp_path))
        source = folder / "example.json"
        folkemode.dump(example, source)
        target = folder / "x.ics"
        assert (
            main(
                [
                    "convert",
                    str(source),
                    "-o",
                    str(target),
                    "--no-breaks",
                    "--kinds",
                    "meal,break,talk",
                    "--locale",
                    "nb",
                ]
            )
            == 0
        )
        vevents = icalendar.Calendar.from_ical(target.read_bytes()).events
        assert [str(v["SUMMARY"]) for v in vevents] == [
            "Økonomien i kommunerne frem mod 2030",
            "Frokost",
            "Festmiddag",
        ]
        assert (
            target.read_bytes()
            == dump_ics(
                example, breaks=False, kinds=["meal", "break", "talk"], locale="nb"
            ).encode()
        )

    def test_text_programme_to_ics(self, tmp_path: object) -> None:
        """A text programme converts to a calendar (when the text importer is installed)."""
        from pathlib import Path

        from folkemode.cli import main
        from folkemode.plugins import importers
        from tests.conftest import fixture_path

        if "text" not in importers():
            pytest.skip("the text importer is not registered")
        source = fixture_path("programmes", "102_da_kommunalpolitisk_forum_2025.txt")
        target = Path(str(tmp_path)) / "forum.ics"
        assert main(["convert", str(source), "-o", str(target)]) == 0
        event = folkemode.load(source)
        ics = target.read_bytes().decode("utf-8")
        assert ics == dump_ics(event)
        assert_clients_see(event, ics)


class TestTimeBombs:
    def test_far_apart_years_stay_right(self) -> None:
        """Sessions in the years 1000 and 9990 are written at once and read right by ical.js."""
        zone = ZoneInfo("Europe/Copenhagen")
        sessions = [
            Session(title="Før", start=datetime(1000, 5, 1, 10, tzinfo=zone), end=None),
            Session(title="Efter", start=datetime(9990, 5, 1, 10, tzinfo=zone), end=None),
        ]
        event = Event(name="Langt", locale="da", timezone="Europe/Copenhagen", sessions=sessions)
        ics = dump_ics(event)
        assert_clients_see(event, ics)

    def test_an_event_of_a_century_is_one_block(self) -> None:
        """A hundred years without a timetable is one all-day block, not 36,500."""
        zone = ZoneInfo("Europe/Copenhagen")
        event = Event(
            name="Århundredet",
            locale="da",
            timezone="Europe/Copenhagen",
            start=datetime(2020, 1, 1, tzinfo=zone),
            end=datetime(2120, 1, 1, tzinfo=zone),
        )
        ics = dump_ics(event)
        assert ics.count("BEGIN:VEVENT") == 1
        assert "DTSTART;VALUE=DATE:20200101" in ics and "DTEND;VALUE=DATE:2120" in ics

    def test_the_last_years(self) -> None:
        """A session in 9997, the last year the model takes, is written; 9998 is refused."""
        zone = ZoneInfo("Europe/Copenhagen")
        session = Session(title="Sidst", start=datetime(9997, 12, 31, 22, tzinfo=zone))
        event = Event(name="Sidst", locale="da", timezone="Europe/Copenhagen", sessions=[session])
        assert dump_ics(event).count("BEGIN:VEVENT") == 1
        with pytest.raises(folkemode.InvalidValue, match="in the years 1000 to 9997"):
            Session(title="Sidst", start=datetime(9998, 5, 1, 10, tzinfo=zone))


class TestModelRefuses:
    """What could break a calendar is refused where it is given, naming the field."""

    @pytest.mark.parametrize(
        ("make", "field"),
        [
            (lambda: Event(name="Ondt\r\nMETHOD:REQUEST"), "Event.name"),
            (lambda: Venue(platform="Zoom\r\nATTENDEE:mailto:a@evil.example"), "Venue.platform"),
            (lambda: Speaker(name="Ida\nEND:VEVENT"), "Speaker.name"),
            (lambda: Session(title="Hej", links=["https://x.dk/\r\nX"]), "Session.links[0]"),
            (lambda: Session(title="Tal\x00"), "Session.title"),
        ],
    )
    def test_line_breaks_and_controls(self, make: object, field: str) -> None:
        with pytest.raises(folkemode.InvalidValue) as caught:
            make()  # type: ignore[operator]
        assert caught.value.field == field
