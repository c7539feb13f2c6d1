"""The model: validation, stable ids, ordering and derived views."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings

from folkemode import (
    Event,
    InvalidValue,
    Organisation,
    Session,
    SessionKind,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
)
from folkemode.model import slugify
from tests.strategies import events

CPH = ZoneInfo("Europe/Copenhagen")


def at(hour: int, minute: int = 0, day: int = 13) -> datetime:
    return datetime(2025, 11, day, hour, minute, tzinfo=CPH)


class TestValidation:
    def test_naive_datetimes_are_refused(self) -> None:
        """A session time without a zone cannot be built."""
        with pytest.raises(ValueError, match="time-zone aware"):
            Session(title="Pause", start=datetime(2025, 11, 13, 10))

    def test_end_before_start(self) -> None:
        """A session cannot end before it starts."""
        with pytest.raises(ValueError, match="before start"):
            Session(title="Pause", start=at(10), end=at(9))

    def test_blank_title(self) -> None:
        """A session needs a title."""
        with pytest.raises(InvalidValue, match=r"^Session\.title: must not be empty$"):
            Session(title="   ")

    def test_unsupported_locale(self) -> None:
        """Only the locales folkemode speaks are accepted."""
        with pytest.raises(ValueError, match="locale 'sv' is not supported"):
            Event(name="Topmøde", locale="sv")

    def test_unknown_timezone(self) -> None:
        """The zone must be an IANA name."""
        with pytest.raises(ValueError, match="not an IANA time zone"):
            Event(name="Topmøde", timezone="CET+1")

    def test_session_track_is_added_to_the_event(self) -> None:
        """A session on a track the event does not list brings the track along."""
        listed, stray = Track(name="Spor A"), Track(name="Spor B")
        event = Event(
            name="Topmøde", tracks=[listed], sessions=[Session(title="Debat", track=stray)]
        )
        assert event.tracks == (listed, stray)

    def test_session_round_is_added_to_the_event(self) -> None:
        """A round is given once, to its sessions; the event collects it."""
        round = WorkshopRound(name="Runde 2", start=at(13), end=at(14))
        event = Event(
            name="Topmøde",
            sessions=[
                Session(title="Klima", round=round, start=at(13)),
                Session(title="Trafik", round=round, start=at(13)),
            ],
        )
        assert event.rounds == (round,)
        assert [s.title for s in event.parallel_sessions(round)] == ["Klima", "Trafik"]

    def test_two_tracks_of_one_id_are_refused(self) -> None:
        """A session's track that differs from the event's track of that id is an error."""
        listed = Track(name="Spor B")
        other = Track(name="Spor B", description="Et andet spor")
        with pytest.raises(InvalidValue, match="two tracks share the id 'spor-b'"):
            Event(name="Topmøde", tracks=[listed], sessions=[Session(title="Debat", track=other)])

    def test_day_must_match_start(self) -> None:
        """An explicit day that contradicts the start time is refused."""
        with pytest.raises(ValueError, match="does not match start"):
            Session(title="Frokost", start=at(12), day=date(2025, 11, 14))

    def test_frozen(self) -> None:
        """Model objects cannot be changed in place; evolve makes a new one."""
        session = Session(title="Pause")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            session.title = "Frokost"  # type: ignore[misc]
        assert attrs.evolve(session, title="Frokost").title == "Frokost"

    def test_keyword_only(self) -> None:
        """Fields are passed by name, so their order can change safely."""
        with pytest.raises(TypeError):
            Session("Pause")  # type: ignore[misc]

    def test_venue_needs_something(self) -> None:
        """An empty venue is refused."""
        with pytest.raises(ValueError, match="needs a name"):
            Venue()


class TestIds:
    def test_session_id_from_day_and_title(self) -> None:
        """The id is derived from the day and the title, in ASCII."""
        assert Session(title="Åbning – velkommen!", start=at(9)).id == "20251113-aabning-velkommen"

    def test_ids_do_not_depend_on_position(self) -> None:
        """Adding a session before another keeps the other's id."""
        lunch = Session(title="Frokost", start=at(12))
        before = Event(name="Topmøde", sessions=[lunch])
        after = Event(name="Topmøde", sessions=[Session(title="Ny debat", start=at(9)), lunch])
        assert before.sessions[0].id == after.session(lunch.id).id

    def test_repeated_titles_get_unique_ids(self) -> None:
        """Two breaks on one day are told apart by their start."""
        event = Event(
            name="Topmøde",
            sessions=[
                Session(title="Pause", start=at(14), kind=SessionKind.BREAK),
                Session(title="Pause", start=at(10), kind=SessionKind.BREAK),
            ],
        )
        assert [s.id for s in event.sessions] == ["20251113-pause-1000", "20251113-pause-1400"]
        assert event.sessions[0].start == at(10)

    def test_a_break_put_in_earlier_renames_no_other(self) -> None:
        """Inserting a 10.00 "Pause" keeps the ids of the breaks that were there."""
        breaks = [Session(title="Pause", start=at(h), kind="break") for h in (12, 14)]
        before = Event(name="Topmøde", sessions=breaks)
        after = Event(name="Topmøde", sessions=[Session(title="Pause", start=at(10)), *breaks])
        assert {s.id for s in before.sessions} < {s.id for s in after.sessions}

    def test_same_title_same_start_numbered(self) -> None:
        """Parallel sessions of one title at one time are numbered in order."""
        event = Event(name="Topmøde", sessions=[Session(title="Workshop", start=at(13))] * 3)
        assert [s.id for s in event.sessions] == [
            "20251113-workshop-1300",
            "20251113-workshop-1300-2",
            "20251113-workshop-1300-3",
        ]

    def test_slugify_long_text(self) -> None:
        """Slugs are cut at a word boundary."""
        slug = slugify(
            "Hvordan får vi flere unge til at stille op til kommunalvalget i 2025 og 2029"
        )
        assert len(slug) <= 60 and not slug.endswith("-")

    @settings(max_examples=50)
    @given(events())
    def test_generated_ids_are_unique(self, event: Event) -> None:
        """Every event's session ids are unique."""
        ids = [s.id for s in event.sessions]
        assert len(ids) == len(set(ids))


class TestOrdering:
    def test_sessions_are_time_ordered(self) -> None:
        """Sessions given out of order come back in time order."""
        event = Event(
            name="Topmøde",
            sessions=[Session(title="B", start=at(11)), Session(title="A", start=at(9))],
        )
        assert [s.title for s in event.sessions] == ["A", "B"]

    def test_untimed_sessions_keep_their_place(self) -> None:
        """A heading without a time stays after the session it followed."""
        event = Event(
            name="Topmøde",
            sessions=[
                Session(title="Velkommen", start=at(9)),
                Session(title="Temaer", day=date(2025, 11, 13)),
                Session(title="Frokost", start=at(12)),
            ],
        )
        assert [s.title for s in event.sessions] == ["Velkommen", "Temaer", "Frokost"]

    @settings(max_examples=50)
    @given(events())
    def test_ordering_is_idempotent(self, event: Event) -> None:
        """Rebuilding an event from its own sessions changes nothing."""
        assert attrs.evolve(event, sessions=event.sessions) == event


class TestViews:
    def test_days(self, example: Event) -> None:
        """The days are those with sessions, in order."""
        assert example.days == (date(2025, 11, 13), date(2025, 11, 14))

    def test_days_of_an_event_without_sessions(self) -> None:
        """Without sessions, the days run from start to end."""
        event = Event(name="Kursus", start=at(12, day=13), end=at(12, day=15))
        assert event.days == (date(2025, 11, 13), date(2025, 11, 14), date(2025, 11, 15))

    def test_sessions_on(self, example: Event) -> None:
        """Sessions of one day."""
        second = example.sessions_on(date(2025, 11, 14))
        assert [s.title for s in second] == ["Nyvalgt – hvad nu?", "Afslutning"]

    def test_parallel_sessions(self, example: Event) -> None:
        """The parallel sessions of a round share its times."""
        parallel = example.parallel_sessions(example.rounds[0])
        assert len(parallel) == 3
        assert {(s.start, s.end) for s in parallel} == {(at(13, 30), at(14, 45))}

    def test_speakers_without_duplicates(self, example: Event) -> None:
        """A speaker on several sessions is listed once."""
        names = [s.name for s in example.speakers]
        assert names.count("Mette Aagaard") == 1
        assert names == ["Mette Aagaard", "Jonas Brink", "Sofie Lund", "Karim Haddad"]

    def test_organisations_without_duplicates(self, example: Event) -> None:
        """Organisers and every organisation named in sessions, each once."""
        assert [o.name for o in example.organisations] == [
            "Kommunernes Landsforening",
            "Egeskov Kommune",
            "Havnby Kommune",
        ]

    def test_track_sessions(self, example: Event) -> None:
        """The sessions of one track."""
        assert len(example.track_sessions(example.tracks[0])) == 2

    def test_session_lookup(self, example: Event) -> None:
        """Sessions can be looked up by id; unknown ids raise KeyError."""
        assert example.session("20251113-frokost").title == "Frokost"
        with pytest.raises(KeyError):
            example.session("nope")

    def test_duration(self) -> None:
        """Duration is end minus start, None without an end."""
        assert Session(title="x", start=at(10), end=at(11, 15)).duration == timedelta(minutes=75)
        assert Session(title="x", start=at(10)).duration is None

    def test_venue_kinds(self) -> None:
        """A venue can be physical, online or both."""
        assert Venue(name="Rådhuset").is_physical and not Venue(name="Rådhuset").is_online
        zoom = Venue(name="Zoom", platform="Zoom", online_url="https://zoom.us/j/1")
        assert zoom.is_online and not zoom.is_physical
        assert Event.example().venue is not None and Event.example().venue.is_hybrid

    def test_speaker_and_organisation_ids(self) -> None:
        """Speakers and organisations have slug ids."""
        assert Speaker(name="Åse Ødegård").id == "aase-oedegaard"
        assert Organisation(name="Tromsø kommune").id == "tromsoe-kommune"


class TestRealInstants:
    def test_end_before_start_in_real_time_is_refused(self) -> None:
        """03.15 after a start at 02.30 on the night the clocks skip an hour ends before it."""
        zone = ZoneInfo("Europe/Copenhagen")
        start = datetime(2025, 3, 30, 2, 30, tzinfo=zone)  # does not exist: 01.30 UTC
        end = datetime(2025, 3, 30, 3, 15, tzinfo=zone)  # 01.15 UTC
        with pytest.raises(ValueError, match="before start"):
            Session(title="Natløb", start=start, end=end)
