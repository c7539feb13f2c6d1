"""Hostile and real-world ICS: folkemode's own errors with a line, never a traceback,
and nothing dropped without a word.

The fixtures under ``tests/fixtures/ics`` are written here in the shapes the
test calendars of icalendar, ical.js, libical and recurring-ical-events show
real tools writing: Google's exports (VTIMEZONE with X-LIC-LOCATION, VALARMs,
a changed occurrence of a repeating event), Outlook's (Windows zone names,
long folded UIDs, X-MICROSOFT-* and SUMMARY;LANGUAGE=) and Thunderbird's
(LF line ends, to-dos, journal entries and free/busy times beside events).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import folkemode
from folkemode import Event, InvalidInput, Session, Severity
from folkemode.errors import FolkemodeError
from folkemode.exporters.ics import dump_ics
from tests.conftest import fixture_path
from tests.forced import forced

OSLO = ZoneInfo("Europe/Oslo")
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Møte\r\nX-WR-TIMEZONE:Europe/Oslo\r\n"
TAIL = "END:VCALENDAR\r\n"
FIXTURES = ("google-landsmoede.ics", "outlook-bystyre.ics", "thunderbird-blandet.ics")


def vevent(*lines: str, uid: str = "a@example.org", summary: str | None = "Møte") -> str:
    head = [f"UID:{uid}"] + ([f"SUMMARY:{summary}"] if summary is not None else [])
    return (
        "BEGIN:VEVENT\r\n"
        + "".join(f"{line}\r\n" for line in head + list(lines))
        + ("END:VEVENT\r\n")
    )


def calendar(*vevents: str) -> str:
    return HEAD + "".join(vevents) + TAIL


def parse(text: str) -> folkemode.ImportResult:
    return folkemode.parse(text, format="ics")


def refused(text: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        parse(text)
    assert all(d.line is not None for d in caught.value.diagnostics), caught.value
    return caught.value


def codes(result: folkemode.ImportResult) -> list[tuple[int | None, str]]:
    return [(d.line, d.code) for d in result.diagnostics]


def fixture_text(name: str) -> str:
    return fixture_path("ics", name).read_bytes().decode("utf-8")


# -- stray exceptions ------------------------------------------------------------------


class TestNoStrayExceptions:
    @pytest.mark.parametrize("ending", ["\r", "\n", "\r\n"])
    def test_any_line_ending(self, ending: str) -> None:
        """CR alone (old Mac), LF alone and CR LF all read the same, lines counted alike."""
        text = calendar(vevent("DTSTART:20260601T080000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY"))
        result = parse(text.replace("\r\n", ending))
        (session,) = result.event.sessions
        assert session.start == datetime(2026, 6, 1, 10, tzinfo=OSLO)
        assert codes(result) == [(10, "recurring")]

    @pytest.mark.parametrize("ending", ["\r", "\n"])
    def test_fixtures_with_other_line_endings(self, ending: str) -> None:
        """A real calendar reads the same whatever its lines end in."""
        text = fixture_text("google-landsmoede.ics")
        expected = parse(text)
        again = parse(text.replace("\r\n", ending))
        assert again.event == expected.event
        assert again.diagnostics == expected.diagnostics

    def test_huge_duration(self) -> None:
        """A DURATION that runs past the year 9999 is refused on its line, not overflowed."""
        error = refused(calendar(vevent("DTSTART:20260601T080000Z", "DURATION:P99999999W")))
        (diagnostic,) = error.diagnostics
        assert diagnostic.line == 9
        assert diagnostic.message.startswith("VEVENT DURATION: ")
        assert "expected a duration such as PT1H30M" in diagnostic.message

    @pytest.mark.parametrize("value", ["99991231T233000Z", "00010101T000000"])
    def test_times_at_the_ends_of_the_calendar(self, value: str) -> None:
        """A time in the year 1 or 9999 (where any zone shift overflows) is refused by line."""
        error = refused(calendar(vevent(f"DTSTART:{value}")))
        (diagnostic,) = error.diagnostics
        assert diagnostic.line == 8 and "outside the years folkemode reads" in diagnostic.message

    @pytest.mark.parametrize("prop", ["X-FOLKEMODE-EVENT", "X-FOLKEMODE-SESSION"])
    def test_deeply_nested_machine_data(self, prop: str) -> None:
        """2,000 nested brackets are set aside with a warning on their line."""
        nested = "[" * 2000 + "]" * 2000
        if prop == "X-FOLKEMODE-EVENT":
            text = HEAD + f"{prop}:{nested}\r\n" + vevent("DTSTART:20260601T080000Z") + TAIL
            line, depth = 5, 2000
        else:
            text = calendar(vevent("DTSTART:20260601T080000Z", f'{prop}:{{"a":{nested}}}'))
            line, depth = 9, 2001
        result = parse(text)
        assert [s.title for s in result.event.sessions] == ["Møte"]
        (warning,) = [d for d in result.diagnostics if prop in d.message]
        assert warning.line == line
        assert f"nests {depth} levels deep" in warning.message
        assert warning.message.endswith("; ignored")


# -- silent losses -------------------------------------------------------------------


class TestNothingDroppedSilently:
    def test_other_components_are_reported(self) -> None:
        """VTODO, VJOURNAL, VFREEBUSY, VAVAILABILITY and X- components: one warning each."""
        result = folkemode.parse_file(fixture_path("ics", "thunderbird-blandet.ics"))
        skipped = [
            (d.line, d.message.split(":")[0]) for d in result.diagnostics if d.code == "skipped"
        ]
        assert skipped == [
            (31, "VTODO"),
            (38, "VJOURNAL"),
            (45, "VFREEBUSY"),
            (52, "VAVAILABILITY"),  # its AVAILABLE inside is not reported again
            (63, "X-KOMMUNE-VOTERING"),
        ]
        assert all(
            d.severity == Severity.WARNING for d in result.diagnostics if d.code == "skipped"
        )
        assert [s.title for s in result.event.sessions] == ["Regionsrådet møtes", "Lunsj"]

    def test_vevent_inside_another_component_is_reported(self) -> None:
        """A VEVENT nested in an X- component is no session, and says so."""
        text = HEAD + "BEGIN:X-WRAP\r\n" + vevent("DTSTART:20260601T080000Z") + "END:X-WRAP\r\n"
        result = parse(text + TAIL)
        assert result.event.sessions == ()
        assert codes(result) == [(5, "skipped")]

    def test_reminders_are_a_note(self) -> None:
        """A VALARM is the calendar owner's reminder: noted, not a warning."""
        result = folkemode.parse_file(fixture_path("ics", "google-landsmoede.ics"))
        (alarm,) = [d for d in result.diagnostics if d.code == "skipped"]
        assert (alarm.line, alarm.severity) == (55, Severity.INFO)
        assert alarm.message.startswith("VALARM: ")

    def test_multi_day_all_day_event(self) -> None:
        """DTSTART;VALUE=DATE 11 Sep, DTEND 14 Sep (exclusive): a session on each of 3 days."""
        result = folkemode.parse_file(fixture_path("ics", "google-landsmoede.ics"))
        days = [s.day for s in result.event.sessions if s.title == "Udstilling"]
        assert days == [date(2026, 9, 11), date(2026, 9, 12), date(2026, 9, 13)]
        (note,) = [d for d in result.diagnostics if d.code == "all-day"]
        assert note.line == 29 and "runs 3 days (2026-09-11 to 2026-09-13)" in note.message

    def test_all_day_event_of_months_keeps_its_first_day_and_says_so(self) -> None:
        result = parse(calendar(vevent("DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20261231")))
        assert [s.day for s in result.event.sessions] == [date(2026, 1, 1)]
        assert codes(result) == [(9, "long")]

    def test_all_day_event_round_trip_without_machine_data(self) -> None:
        """An all-day event over three days comes back with its start, end and all_day."""
        event = Event(
            name="Folkemødet",
            timezone="Europe/Copenhagen",
            all_day=True,
            start=datetime(2026, 6, 11, tzinfo=COPENHAGEN),
            end=datetime(2026, 6, 13, tzinfo=COPENHAGEN),
        )
        back = folkemode.loads(dump_ics(event, folkemode_data=False), format="ics")
        assert (back.start, back.end, back.all_day) == (event.start, event.end, True)

    def test_second_summary_is_reported(self) -> None:
        result = folkemode.parse_file(fixture_path("ics", "thunderbird-blandet.ics"))
        (repeat,) = [d for d in result.diagnostics if "SUMMARY" in d.message]
        assert repeat.line == 72
        assert repeat.message == (
            "VEVENT SUMMARY: appears 2 times (lines 72, 73); expected once; the first is read"
        )

    def test_changed_first_occurrence_replaces_it(self) -> None:
        """A RECURRENCE-ID of the first occurrence replaces it: one session, the changed one."""
        result = folkemode.parse_file(fixture_path("ics", "google-landsmoede.ics"))
        morning = [s for s in result.event.sessions if s.title.startswith("Morgensang")]
        assert [(s.title, s.start) for s in morning] == [
            ("Morgensang (flyttet)", datetime(2026, 9, 12, 9, 15, tzinfo=COPENHAGEN))
        ]
        assert (41, "recurrence") in codes(result) and (44, "recurring") in codes(result)

    def test_cancelled_first_occurrence(self) -> None:
        text = calendar(
            vevent("DTSTART:20260601T080000Z", "RRULE:FREQ=DAILY;COUNT=3"),
            vevent(
                "RECURRENCE-ID:20260601T080000Z", "DTSTART:20260601T080000Z", "STATUS:CANCELLED"
            ),
        )
        result = parse(text)
        assert result.event.sessions == ()
        assert "cancelled by the VEVENT at line 11" in result.diagnostics[0].message

    def test_changed_later_occurrence_is_a_session_of_its_own(self) -> None:
        text = calendar(
            vevent("DTSTART:20260601T080000Z", "RRULE:FREQ=DAILY;COUNT=3"),
            vevent("RECURRENCE-ID:20260602T080000Z", "DTSTART:20260602T090000Z", summary="Flyttet"),
        )
        result = parse(text)
        assert [s.title for s in result.event.sessions] == ["Møte", "Flyttet"]
        assert (14, "recurrence") in codes(result)

    def test_two_changes_of_the_same_occurrence_the_newer_wins(self) -> None:
        text = calendar(
            vevent("DTSTART:20260601T080000Z", "RRULE:FREQ=DAILY"),
            vevent(
                "RECURRENCE-ID:20260601T080000Z",
                "DTSTART:20260601T090000Z",
                "SEQUENCE:2",
                summary="Ny",
            ),
            vevent(
                "RECURRENCE-ID:20260601T080000Z",
                "DTSTART:20260601T100000Z",
                "SEQUENCE:1",
                summary="Gammel",
            ),
        )
        result = parse(text)
        assert [s.title for s in result.event.sessions] == ["Ny"]
        assert (21, "recurrence") in codes(result)

    def test_dst_gap_is_read_as_rfc_5545_says(self) -> None:
        """02:30 on the night clocks go forward is 03:30 CEST (the offset before the gap)."""
        result = folkemode.parse_file(fixture_path("ics", "outlook-bystyre.ics"))
        night, _ = result.event.sessions
        assert night.start == datetime(2026, 3, 29, 3, 30, tzinfo=COPENHAGEN)
        assert night.end == datetime(2026, 3, 29, 4, tzinfo=COPENHAGEN)
        (gap,) = [d for d in result.diagnostics if d.code == "dst-gap"]
        assert gap.line == 28 and gap.message.startswith("VEVENT DTSTART: 2026-03-29 02:30 ")
        assert "W. Europe Standard Time" in gap.message

    def test_dst_gap_covering_the_whole_session_is_named(self) -> None:
        result = parse(
            calendar(
                vevent(
                    "DTSTART;TZID=Europe/Oslo:20260329T020000",
                    "DTEND;TZID=Europe/Oslo:20260329T030000",
                )
            )
        )
        (session,) = result.event.sessions
        assert session.start == session.end == datetime(2026, 3, 29, 3, tzinfo=OSLO)
        assert codes(result) == [(8, "dst-gap"), (9, "dst-gap")]
        assert "lasts no time" in result.diagnostics[1].message

    def test_ambiguous_time_is_the_first_occurrence(self) -> None:
        """02:30 on the night clocks go back is the first 02:30, CEST."""
        result = folkemode.parse_file(fixture_path("ics", "outlook-bystyre.ics"))
        wake = result.event.sessions[1]
        # An ambiguous time never equals one in another zone (PEP 495): compare in UTC.
        assert wake.start is not None
        assert wake.start.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
        (fold,) = [d for d in result.diagnostics if d.code == "dst-fold"]
        assert fold.line == 47 and fold.severity == Severity.WARNING

    def test_iana_zone_gap_and_fold(self) -> None:
        result = parse(
            calendar(
                vevent("DTSTART;TZID=Europe/Oslo:20260329T023000"),
                vevent("DTSTART;TZID=Europe/Oslo:20261025T023000", uid="b@example.org"),
            )
        )
        assert [s.start.astimezone(UTC) for s in result.event.sessions if s.start] == [
            datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
            datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        ]
        assert codes(result) == [(8, "dst-gap"), (13, "dst-fold")]


# -- refusals name a line; text and time kept ----------------------------------------


class TestRefusalsAndPrecision:
    def test_bad_machine_data_names_its_line(self) -> None:
        """folkemode data that does not build an event names the X-FOLKEMODE-EVENT line."""
        text = HEAD + 'X-FOLKEMODE-EVENT:{"folkemode":1\\,"name":""}\r\n' + TAIL
        (diagnostic,) = refused(text).diagnostics
        assert diagnostic.line == 5 and "$.name" in diagnostic.message

    def test_bad_session_data_names_its_line(self) -> None:
        text = calendar(vevent("DTSTART:20260601T080000Z", 'X-FOLKEMODE-SESSION:{"kind":"dance"}'))
        (diagnostic,) = refused(text).diagnostics
        assert diagnostic.line == 9 and "$.sessions[0].kind" in diagnostic.message

    def test_bad_date_and_parse_errors_name_a_line(self) -> None:
        error = refused(calendar(vevent("DTSTART:2026-13-45")))
        assert [d.line for d in error.diagnostics] == [8]

    def test_line_breaks_in_a_title_are_read_as_spaces(self) -> None:
        """A title is one line: CR, LF or CR LF in it come back as one space, with a note."""
        session = Session(title="a", start=datetime(2026, 1, 1, 10, tzinfo=COPENHAGEN))
        for written in ("a\rb", "a\nb", "a\r\nb", "a \r\n\r\n b"):
            # written by another program: the model refuses such a title
            event = forced(Event(name="x"), sessions=(forced(session, title=written),))
            for data in (True, False):
                result = parse(dump_ics(event, folkemode_data=data))
                assert result.event.sessions[0].title == "a b"
                assert [d.code for d in result.diagnostics] == ["text"]

    def test_line_breaks_in_a_description_are_kept_as_lf(self) -> None:
        text = calendar(vevent("DTSTART:20260601T080000Z", "DESCRIPTION:a\\nb\\n\\nc"))
        assert parse(text).event.sessions[0].description == "a\nb\n\nc"

    def test_control_characters_are_dropped_not_refused(self) -> None:
        """Word's manual line break (VT), which Outlook passes on, is a line break."""
        text = calendar(
            vevent(
                "DTSTART:20260601T080000Z",
                "DESCRIPTION:Dagsorden\x0bPunkt 1\x00",
                summary="Budsjett\x0bmøte",
            )
        )
        result = parse(text)
        (session,) = result.event.sessions
        assert (session.title, session.description) == ("Budsjett møte", "Dagsorden\nPunkt 1")
        assert codes(result) == [(7, "text"), (7, "text"), (9, "text")]

    def test_fractional_seconds_are_kept(self) -> None:
        result = folkemode.parse_file(fixture_path("ics", "thunderbird-blandet.ics"))
        first = result.event.sessions[0]
        assert first.start == datetime(2026, 4, 15, 9, 0, 0, 250000, tzinfo=OSLO)
        assert first.end == datetime(2026, 4, 15, 10, 30, 0, 250000, tzinfo=OSLO)
        assert (25, "fraction") in codes(result)

    def test_microseconds_in_machine_data_are_kept(self) -> None:
        """Where folkemode's own data records a start finer than DTSTART's seconds, it wins."""
        text = calendar(
            vevent(
                "DTSTART:20260601T080000Z",
                'X-FOLKEMODE-SESSION:{"kind":"other"\\,"start":"2026-06-01T10:00:00.123456+02:00"}',
            )
        )
        (session,) = parse(text).event.sessions
        assert session.start == datetime(2026, 6, 1, 10, 0, 0, 123456, tzinfo=OSLO)


# -- mutations -----------------------------------------------------------------------

SEEDS = [fixture_text(name) for name in FIXTURES] + [
    fixture_text("pretalx-schedule.ics"),
    dump_ics(Event.example()),
    dump_ics(Event.example(), folkemode_data=False),
]
FORMATS = ("json", "ics", "csv", "jsonld")


def _mutate(data: st.DataObject, text: str) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        if not lines:
            lines = [""]
        index = data.draw(st.integers(0, len(lines) - 1), label="line")
        action = data.draw(
            st.sampled_from(
                ["drop", "repeat", "swap", "cut", "byte", "insert", "nest", "value", "ending"]
            ),
            label="action",
        )
        line = lines[index]
        if action == "drop":
            del lines[index]
        elif action == "repeat":
            lines.insert(index, line)
        elif action == "swap":
            other = data.draw(st.integers(0, len(lines) - 1), label="other")
            lines[index], lines[other] = lines[other], line
        elif action == "cut":
            lines[index] = line[: data.draw(st.integers(0, len(line)), label="cut")]
        elif action == "byte":
            at = data.draw(st.integers(0, len(line)), label="at")
            char = data.draw(
                st.sampled_from(list(':;,=\\"\r\n \t0Z+-TP{}[]\x00\ufeff')) | st.characters(),
                label="char",
            )
            lines[index] = line[:at] + char + line[at + 1 :]
        elif action == "insert":
            lines.insert(
                index,
                data.draw(
                    st.sampled_from(
                        [
                            "BEGIN:VTODO\r\n",
                            "END:VEVENT\r\n",
                            "BEGIN:VEVENT\r\n",
                            "DURATION:P99999999W\r\n",
                            "DTSTART:99991231T235959Z\r\n",
                            "DTEND;VALUE=DATE:99991231\r\n",
                            "DTSTART;TZID=Europe/Oslo:20260329T023000\r\n",
                            "RECURRENCE-ID:20260414T070000Z\r\n",
                            "RRULE:FREQ=DAILY\r\n",
                            "SUMMARY:\r\n",
                            " folded on\r\n",
                            "X-FOLKEMODE-SESSION:" + "[" * 3000 + "\r\n",
                            'X-FOLKEMODE-SESSION:{"items":[{"text":"a"\\,"children":[]}]}\r\n',
                            'X-FOLKEMODE-EVENT:{"folkemode":1\\,"name":"x"}\r\n',
                        ]
                    ),
                    label="inserted",
                ),
            )
        elif action == "nest":
            depth = data.draw(st.integers(1, 3000), label="depth")
            lines.insert(index, "X-FOLKEMODE-EVENT:" + "[" * depth + "]" * depth + "\r\n")
        elif action == "value":
            name, colon, _ = line.partition(":")
            value = data.draw(
                st.sampled_from(
                    ["", "20260101", "20260101T250000", "P1W2D", "-PT1H", "x\\", "\\n\\,\\;"]
                )
                | st.text(max_size=12),
                label="value",
            )
            lines[index] = f"{name}{colon or ':'}{value}\r\n"
        else:
            ending = data.draw(st.sampled_from(["\r", "\n", "\r\n", ""]), label="ending")
            lines[index] = line.rstrip("\r\n") + ending
    text = "".join(lines)
    if data.draw(st.booleans(), label="whole file ending"):
        ending = data.draw(st.sampled_from(["\r", "\n"]), label="file ending")
        text = text.replace("\r\n", ending)
    if data.draw(st.booleans(), label="truncate"):
        text = text[: data.draw(st.integers(0, len(text)), label="length")]
    return text


def _survives(text: str) -> None:
    """Only folkemode's documented errors come out, and what comes back can be written."""
    try:
        result = folkemode.parse(text, format="ics")
    except FolkemodeError as error:
        if isinstance(error, InvalidInput):
            assert error.diagnostics and all(d.line is not None for d in error.diagnostics)
        return
    for name in FORMATS:
        folkemode.dumps(result.event, format=name)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_calendars_give_an_event_or_folkemode_error(data: st.DataObject) -> None:
    """Random byte, line, line-ending and truncation mutations of the fixtures."""
    seed = data.draw(st.sampled_from(SEEDS), label="seed")
    _survives(_mutate(data, seed))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\r\r\r",
        "BEGIN:VCALENDAR",
        "BEGIN:VCALENDAR\rEND:VCALENDAR",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:99991231\nEND:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nDURATION:-P99999W\nEND:VEVENT\n"
        "END:VCALENDAR\n",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000Z\nRECURRENCE-ID:20260101\n"
        "END:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\nBEGIN:\x00\nEND:\x00\nEND:VCALENDAR\n",
    ],
)
def test_known_hostile_inputs(text: str) -> None:
    _survives(text)


def test_a_value_the_parser_rejects_names_its_line() -> None:
    """A bad VTIMEZONE value, which the parser refuses outright, is found by its line."""
    text = fixture_text("google-landsmoede.ics").replace(
        "DTSTART:19700329T020000", "DTSTART:1970032902000"
    )
    (diagnostic,) = refused(text).diagnostics
    assert diagnostic.line == 16
    assert diagnostic.message.startswith("DAYLIGHT DTSTART: cannot be read")
