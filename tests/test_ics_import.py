"""The ICS importer: our own calendars back exactly, other tools' calendars as sessions."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

import folkemode
from folkemode import Event, InvalidInput, Session, SessionKind, Severity
from folkemode.exporters.ics import dump_ics
from tests.conftest import fixture_path
from tests.forced import forced
from tests.strategies import events

OSLO = ZoneInfo("Europe/Oslo")


def calendar_only(event: Event) -> Event:
    """What a calendar can carry: the sessions that have a day (others have no place in it)."""
    return evolve(event, sessions=[s for s in event.sessions if s.day is not None])


class TestRoundTrip:
    def test_example_comes_back_exactly(self, example: Event) -> None:
        """Event -> ICS -> Event gives the same event, ids included."""
        result = folkemode.parse(dump_ics(example), format="ics")
        assert result.event == example
        assert result.diagnostics == ()

    @settings(max_examples=40, deadline=None)
    @given(event=events())
    def test_generated_events_come_back(self, event: Event) -> None:
        """Generated events come back equal, apart from sessions without a day."""
        assert folkemode.loads(dump_ics(event), format="ics") == calendar_only(event)

    def test_without_folkemode_data_the_visible_fields_survive(self, example: Event) -> None:
        """With only standard properties, titles, times, ids, rooms and descriptions come back."""
        plain = dump_ics(example, folkemode_data=False)
        assert "X-FOLKEMODE" not in plain
        event = folkemode.loads(plain, format="ics")
        assert event.name == example.name and event.id == example.id
        assert [(s.id, s.title, s.start, s.end) for s in event.sessions] == [
            (s.id, s.title, s.start, s.end) for s in example.sessions
        ]
        talk = event.session("20251113-oekonomien-i-kommunerne-frem-mod-2030")
        assert talk.description is not None
        assert talk.description.startswith(
            "Hvad betyder de næste års aftaler for det lokale råderum?\n\nOplægsholder:\n"
        )
        assert talk.room == "Egeskov Rådhus, Torvet 1, 5700 Egeskov"
        assert talk.kind is SessionKind.TALK  # from the Danish category "Oplæg"

    def test_whole_event_blocks_come_back_as_the_event(self, example: Event) -> None:
        """A whole-event calendar without folkemode data gives the event's start and end."""
        event = folkemode.loads(
            dump_ics(example, whole_event=True, folkemode_data=False), format="ics"
        )
        assert (event.start, event.end, event.sessions) == (
            example.start,
            datetime(2025, 11, 14, 11, 30, tzinfo=example.zone),
            (),
        )

    def test_sniffed_without_a_format(self, example: Event) -> None:
        """ICS text is recognised by its BEGIN:VCALENDAR."""
        assert folkemode.loads("\ufeff" + dump_ics(example)) == example


class TestConferenceToolCalendar:
    def test_pretalx_schedule(self) -> None:
        """A pretalx-style schedule.ics gives one session per talk, in Oslo time."""
        path = fixture_path("ics", "pretalx-schedule.ics")
        result = folkemode.parse_file(path)
        event = result.event
        assert event.name == "pretalx-schedule"
        assert [d.code for d in result.problems] == ["no-name"]
        assert event.timezone == "Europe/Oslo"
        assert [(s.title, s.start, s.room) for s in event.sessions] == [
            ("Åpning - Kari Nordmann", datetime(2026, 4, 14, 9, tzinfo=OSLO), "Store sal"),
            (
                "Unge i lokalpolitikken - Ola Hansen, Ingrid Berg",
                datetime(2026, 4, 14, 9, 45, tzinfo=OSLO),
                "Sal B",
            ),
            (
                "Klimabudsjett steg for steg - Nils Ås",
                datetime(2026, 4, 14, 9, 45, tzinfo=OSLO),
                "Møterom 3",
            ),
            (
                "Debatt: Hvem skal eie vannverkene? - Siri Moe, Per Lie",
                datetime(2026, 4, 15, 8, 30, tzinfo=OSLO),
                "Store sal",
            ),
        ]
        second = event.sessions[1]
        assert second.end == datetime(2026, 4, 14, 10, 45, tzinfo=OSLO)
        assert second.description == (
            "Hvordan får vi unge til å stille til valg? Erfaringer "
            "fra tre kommuner i Vestland, med spørsmål fra salen."
        )
        assert second.links == ("https://pretalx.example.org/kommunedagene-2026/talk/M4RT2W/",)
        assert second.id == "20260414-unge-i-lokalpolitikken-ola-hansen-ingrid-berg"
        assert event.sessions[3].description is None

    def test_times_in_utc_and_floating_times(self) -> None:
        """UTC times move into the event's zone; floating times are read in it, with a note."""
        text = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Møte\r\nX-WR-TIMEZONE:Europe/Oslo\r\n"
            "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:UTC\r\nDTSTART:20260601T080000Z\r\n"
            "DURATION:PT45M\r\nCATEGORIES:Pause\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Flytende\r\nDTSTART:20260601T120000\r\n"
            "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        result = folkemode.parse(text, format="ics")
        first, second = result.event.sessions
        assert first.start == datetime(2026, 6, 1, 10, tzinfo=OSLO)
        assert first.end == datetime(2026, 6, 1, 10, 45, tzinfo=OSLO)
        assert first.kind is SessionKind.BREAK
        assert second.start == datetime(2026, 6, 1, 12, tzinfo=OSLO)
        assert [(d.line, d.code, d.severity) for d in result.diagnostics] == [
            (15, "floating", Severity.INFO),
            (16, "recurring", Severity.WARNING),
        ]


def bad(text: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        folkemode.loads(text, format="ics")
    return caught.value


HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Møde\r\n"


class TestBadInput:
    def test_not_a_content_line(self) -> None:
        """A line without a colon is named by its number and component."""
        error = bad(
            HEAD + "BEGIN:VEVENT\r\nDTSTART:20260601T080000Z\r\nthis is prose\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        (diagnostic,) = error.diagnostics
        assert diagnostic.line == 6
        assert "not an iCalendar content line in VEVENT" in diagnostic.message
        assert "'this is prose'" in diagnostic.message

    def test_unclosed_and_mismatched_components(self) -> None:
        """An END that closes the wrong BEGIN, and a BEGIN never closed, name their lines."""
        error = bad(HEAD + "BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VTODO\r\n")
        assert [(d.line, d.message) for d in error.diagnostics] == [
            (6, "END:VTODO closes BEGIN:VEVENT from line 4; expected END:VEVENT"),
            (4, "BEGIN:VEVENT is never closed; add END:VEVENT"),
            (1, "BEGIN:VCALENDAR is never closed; add END:VCALENDAR"),
        ]

    def test_bad_date_names_line_component_and_property(self) -> None:
        """A DTSTART that is no date names VEVENT DTSTART and its line; folded lines count."""
        error = bad(
            HEAD + "BEGIN:VEVENT\r\nSUMMARY:Et langt\r\n  navn\r\n"
            "DTSTART:2026-13-45\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        (diagnostic,) = error.diagnostics
        assert diagnostic.line == 7
        assert diagnostic.message.startswith("VEVENT DTSTART: expected a date or date-time")
        assert "'2026-13-45'" in diagnostic.message

    def test_end_before_start_and_bad_duration(self) -> None:
        """Every problem is listed at once, each with its line."""
        error = bad(
            HEAD + "BEGIN:VEVENT\r\nSUMMARY:a\r\nDTSTART:20260601T100000Z\r\n"
            "DTEND:20260601T090000Z\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nSUMMARY:b\r\nDTSTART:20260601T100000Z\r\n"
            "DURATION:an hour\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        assert [(d.line, d.message.split(":")[0]) for d in error.diagnostics] == [
            (7, "VEVENT DTEND"),
            (12, "VEVENT DURATION"),
        ]

    @pytest.mark.parametrize(
        "text, message",
        [
            ("", "no BEGIN:VCALENDAR"),
            ("Kl. 10.00 Velkomst\r\n", "not an iCalendar content line"),
            ("BEGIN:VEVENT\r\nEND:VEVENT\r\n", "BEGIN:VEVENT outside a calendar"),
            (HEAD + "END:VCALENDAR\r\nSUMMARY:x\r\n", "property SUMMARY outside any component"),
        ],
    )
    def test_not_icalendar(self, text: str, message: str) -> None:
        """Text that is not iCalendar is refused with a reason, never a traceback."""
        assert message in str(bad(text))

    def test_strict_loads_raise_on_warnings(self) -> None:
        """strict=True turns the importer's warnings into one error."""
        text = HEAD + "BEGIN:VEVENT\r\nDTSTART:20260601T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        assert folkemode.loads(text, format="ics").sessions[0].title == "Untitled"
        with pytest.raises(InvalidInput, match="no SUMMARY"):
            folkemode.loads(text, format="ics", strict=True)

    def test_unknown_tzid_is_a_warning(self) -> None:
        """A TZID with no VTIMEZONE that names no known zone is read in the event's zone."""
        text = (
            HEAD + "BEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART;TZID=Mars/Olympus:20260601T100000\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        result = folkemode.parse(text, format="ics", timezone="Europe/Oslo")
        assert result.event.sessions[0].start == datetime(2026, 6, 1, 10, tzinfo=OSLO)
        (warning,) = result.problems
        assert warning.line == 6 and "'Mars/Olympus'" in warning.message


class TestMangledCalendars:
    @settings(max_examples=60, deadline=None)
    @given(data=st.data())
    def test_mangled_files_import_or_raise_invalid_input(self, data: st.DataObject) -> None:
        """Lines dropped, repeated or cut short give an event or InvalidInput, no traceback."""
        ours = data.draw(st.booleans())  # with or without the X-FOLKEMODE data
        lines = dump_ics(Event.example(), folkemode_data=ours).split("\r\n")
        for _ in range(data.draw(st.integers(1, 4))):
            index = data.draw(st.integers(0, len(lines) - 1))
            action = data.draw(st.sampled_from(["drop", "repeat", "cut", "garble"]))
            if action == "drop":
                del lines[index]
            elif action == "repeat":
                lines.insert(index, lines[index])
            elif action == "cut":
                lines[index] = lines[index][: data.draw(st.integers(0, len(lines[index])))]
            else:
                lines[index] = lines[index].replace(
                    ":", data.draw(st.sampled_from([";", "", "::"])), 1
                )
        try:
            folkemode.loads("\r\n".join(lines), format="ics")
        except InvalidInput as error:
            assert error.diagnostics


def test_session_fields_survive_a_title_with_line_breaks() -> None:
    """A title with CR LF comes back as one line: a title is one line, its breaks spaces."""
    zone = ZoneInfo("Europe/Copenhagen")
    session = Session(title="a", start=datetime(2026, 1, 1, 10, tzinfo=zone))
    event = forced(Event(name="x"), sessions=(forced(session, title="a\r\nb"),))
    assert folkemode.loads(dump_ics(event), format="ics").sessions[0].title == "a b"


class TestBackslashes:
    def test_literal_backslash_n_is_not_a_line_break(self) -> None:
        """A title or calendar name containing a backslash and N comes back exactly."""
        import attrs

        import folkemode
        from folkemode import Event, Track

        event = Event.example()
        title = r"Sal \N, fløj \; \\n"
        track = Track(name=r"Spor \N, A")
        changed = attrs.evolve(
            event,
            name=r"Møde \N; dag, 1",
            tracks=[track],
            sessions=[attrs.evolve(event.sessions[0], title=title, track=track)],
        )
        for machine_data in (False, True):
            text = folkemode.dumps(changed, format="ics", folkemode_data=machine_data)
            back = folkemode.loads(text, format="ics")
            assert back.name == changed.name
            assert back.sessions[0].title == title


def test_microseconds_survive_the_round_trip() -> None:
    """A start with microseconds comes back exactly from folkemode's own calendar."""
    import attrs

    example = Event.example()
    first = example.sessions[0]
    assert first.start is not None
    exact = attrs.evolve(first, start=first.start.replace(microsecond=123456))
    event = attrs.evolve(example, sessions=[exact, *example.sessions[1:]])
    back = folkemode.loads(dump_ics(event), format="ics")
    assert back.sessions[0].start == exact.start
