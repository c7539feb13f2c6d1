"""Calendars of one session ("add to calendar"): as small as the session, in any programme."""

from __future__ import annotations

import gc
from datetime import timedelta

import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings

import folkemode
from folkemode import Event, FolkemodeError, Session, Track, WorkshopRound
from folkemode.exporters._per_event import per_event
from folkemode.exporters.ics import dump_ics
from folkemode.exporters.selection import sessions_by_id
from tests.strategies import events
from tests.test_ics import assert_clients_see

WORKSHOP = "20251113-saadan-laeser-du-et-budget"  # on a track and in a workshop round


def bigger(event: Event, extra: int) -> Event:
    """The event with more tracks, rounds and sessions, all after its own sessions."""
    last = max(s.start for s in event.sessions if s.start)
    tracks = [Track(name=f"Ekstra spor {n}") for n in range(3)]
    added = []
    for n in range(extra):
        start = last + timedelta(days=1, minutes=30 * n)
        workshop_round = WorkshopRound(name=f"Runde {n}", start=start)
        added.append((workshop_round, Session(title=f"Ekstra {n}", start=start)))
    return evolve(
        event,
        tracks=(*event.tracks, *tracks),
        rounds=(*event.rounds, *(r for r, _ in added)),
        sessions=(
            *event.sessions,
            *(evolve(s, track=tracks[n % 3], round=r) for n, (r, s) in enumerate(added)),
        ),
    )


class TestOneSession:
    def test_same_calendar_in_a_bigger_programme(self, example: Event) -> None:
        """Tracks, rounds and sessions elsewhere in the programme leave a session's calendar as
        it is: it holds that session and what the session refers to, nothing more."""
        for session in example.sessions:
            alone = dump_ics(example, session=session.id)
            assert dump_ics(bigger(example, 40), session=session.id) == alone

    def test_reads_back_as_an_event_with_that_session(self, example: Event) -> None:
        """The calendar comes back as the event holding the session, its track and its round;
        only the event's description, which every session's link would repeat, is left out."""
        session = example.session(WORKSHOP)
        result = folkemode.loads(dump_ics(example, session=WORKSHOP), format="ics")
        assert result.sessions == (session,)
        assert result.tracks == (session.track,) and result.rounds == (session.round,)
        assert result.description is None
        assert evolve(result, sessions=(), tracks=(), rounds=()) == evolve(
            example, sessions=(), tracks=(), rounds=(), description=None
        )

    def test_a_long_event_description_is_not_repeated(self, example: Event) -> None:
        """A 25 kB event description does not go into each session's calendar."""
        event = evolve(example, description="Mødet handler om klima. " * 1000)
        calendar = dump_ics(event, session=WORKSHOP)
        assert "Mødet handler om klima" not in calendar
        assert len(calendar) < 10_000

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(events())
    def test_generated_events(self, event: Event) -> None:
        """Any dated session's calendar reads back as that session, in an event that is the same
        apart from its sessions, tracks and rounds."""
        for session in [s for s in event.sessions if s.day is not None][:3]:
            result = folkemode.loads(dump_ics(event, session=session.id), format="ics")
            assert result.sessions == (session,)
            assert set(result.tracks) == ({session.track} - {None})
            assert set(result.rounds) == ({session.round} - {None})

    def test_whole_event_calendar_keeps_every_track_and_round(self, example: Event) -> None:
        """Only a one-session calendar narrows the event data; the whole programme is exact."""
        empty_track = Track(name="Spor uden sessioner")
        event = evolve(example, tracks=(*example.tracks, empty_track))
        assert folkemode.loads(dump_ics(event), format="ics") == event

    def test_icaljs_reads_it(self, example: Event) -> None:
        """Thunderbird's parser finds the one session at its instant, in its zone."""
        session = example.session(WORKSHOP)
        assert_clients_see(
            evolve(example, sessions=(session,)), dump_ics(example, session=WORKSHOP)
        )

    def test_unknown_id(self, example: Event) -> None:
        """An id no session has is reported with examples of real ones."""
        with pytest.raises(FolkemodeError, match="no session with id 'nope'; ids look like"):
            dump_ics(example, session="nope")


class TestPerEvent:
    def test_each_event_its_own(self, example: Event) -> None:
        """Equal but separate events, and an event made after another is freed, never share."""
        first = sessions_by_id(example)
        other = evolve(example, sessions=example.sessions[:2])
        assert list(sessions_by_id(other)) == [s.id for s in example.sessions[:2]]
        assert sessions_by_id(example) is first

    def test_forgotten_with_the_event(self) -> None:
        """What was worked out for an event goes when the event goes."""
        calls: list[int] = []

        @per_event
        def count(event: Event) -> int:
            calls.append(len(event.sessions))
            return len(event.sessions)

        event = Event.example()
        assert count(event) == count(event) == 12 and calls == [12]
        del event
        gc.collect()
        smaller = evolve(Event.example(), sessions=())
        assert count(smaller) == 0 and calls == [12, 0]
