"""Two versions of a programme: matching sessions, listing changes, revising for calendars."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

import folkemode
from folkemode import Event, Session, Speaker
from folkemode.changes import ChangeKind, diff, revise
from folkemode.model import SessionStatus

CPH = ZoneInfo("Europe/Copenhagen")


def at(hour: int, minute: int = 0, day: int = 5) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=CPH)


def programme() -> Event:
    return Event(
        name="Temadag om klima 2026",
        sessions=[
            Session(title="Velkomst", start=at(9), end=at(9, 30), room="Salen"),
            Session(
                title="Klimaplaner i praksis",
                start=at(9, 30),
                end=at(10, 30),
                room="Salen",
                speakers=[Speaker(name="Ida Holm"), Speaker(name="Jonas Brink")],
            ),
            Session(title="Pause", start=at(10, 30), end=at(10, 45), kind="break"),
            Session(title="Borgerdialog", start=at(10, 45), end=at(12), room="Lokale A"),
            Session(title="Frokost", start=at(12), end=at(13), kind="meal"),
            Session(title="Pause", start=at(14, 30), end=at(14, 45), kind="break"),
            Session(title="Afslutning", start=at(15), end=at(15, 30), room="Salen"),
        ],
    )


def kinds(found: folkemode.changes.Diff) -> list[tuple[str, str]]:
    return [(c.kind.value, c.session_id) for c in found.changes]


class TestDiff:
    def test_same_programme_no_changes(self) -> None:
        assert not diff(programme(), programme())

    def test_retimed_keeps_its_id(self) -> None:
        old = programme()
        debate = old.session("20260305-borgerdialog")
        new = old.replace_session(debate.id, start=at(11), end=at(12, 15))
        (change,) = diff(old, new).changes
        assert change.kind is ChangeKind.RETIMED
        assert (change.old.start, change.new.start) == (at(10, 45), at(11))  # type: ignore[union-attr]

    def test_renamed_in_its_slot(self) -> None:
        """A new title at the same start and room is the same session, renamed."""
        old = programme()
        text = folkemode.dumps(old, format="json").replace("Borgerdialog", "Dialog med borgerne")
        new = folkemode.loads(text, format="json")
        new = new.replace_session(
            "20260305-borgerdialog",
            Session(title="Dialog med borgerne", start=at(10, 45), end=at(12), room="Lokale A"),
        )
        assert kinds(diff(old, new)) == [("renamed", "20260305-borgerdialog")]

    def test_renamed_from_a_fresh_read(self) -> None:
        """Re-read from text, the renamed session has a new id; diff still matches it."""
        old = programme()
        sessions = [
            Session(title="Dialog med borgerne", start=s.start, end=s.end, room=s.room)
            if s.title == "Borgerdialog"
            else s
            for s in old.sessions
        ]
        new = Event(name=old.name, sessions=[attrs_free(s) for s in sessions])
        assert kinds(diff(old, new)) == [("renamed", "20260305-borgerdialog")]

    def test_similar_title_at_the_same_time(self) -> None:
        old = programme()
        new = Event(
            name=old.name,
            sessions=[
                Session(title="Kaffepause", start=s.start, end=s.end, kind=s.kind)
                if s.title == "Pause" and s.start == at(10, 30)
                else attrs_free(s)
                for s in old.sessions
            ],
        )
        assert kinds(diff(old, new)) == [("renamed", "20260305-pause-1030")]

    def test_moved_within_its_day(self) -> None:
        """A break whose id carried its start is matched when it moves."""
        old = programme()
        new = Event(
            name=old.name,
            sessions=[
                Session(title="Pause", start=at(14), end=at(14, 15), kind="break")
                if s.title == "Pause" and s.start == at(14, 30)
                else attrs_free(s)
                for s in old.sessions
            ],
        )
        assert kinds(diff(old, new)) == [("retimed", "20260305-pause-1430")]

    def test_moved_to_another_day(self) -> None:
        old = programme()
        new = Event(
            name=old.name,
            sessions=[
                Session(title="Afslutning", start=at(10, day=6), end=at(10, 30, day=6))
                if s.title == "Afslutning"
                else attrs_free(s)
                for s in old.sessions
            ],
        )
        found = diff(old, new)
        assert [c.kind for c in found.changes] == [ChangeKind.RETIMED, ChangeKind.MOVED]

    def test_added_and_cancelled(self) -> None:
        old = programme()
        new = old.without_sessions("20260305-frokost").with_sessions(
            Session(title="Debat om vindmøller", start=at(13), end=at(14))
        )
        assert kinds(diff(old, new)) == [
            ("added", "20260305-debat-om-vindmoeller"),
            ("cancelled", "20260305-frokost"),
        ]

    def test_speakers_added_and_removed(self) -> None:
        old = programme()
        talk = old.session("20260305-klimaplaner-i-praksis")
        new = old.replace_session(talk.id, speakers=[Speaker(name="ida holm"), "Sofie Lund"])
        (change,) = diff(old, new).changes
        assert change.kind is ChangeKind.SPEAKERS
        assert [s.name for s in change.added_speakers] == ["Sofie Lund"]
        assert [s.name for s in change.removed_speakers] == ["Jonas Brink"]


def attrs_free(session: Session) -> Session:
    """The session as a new reading makes it: the id from its title and day again."""
    return Session(
        title=session.title,
        start=session.start,
        end=session.end,
        kind=session.kind,
        room=session.room,
        speakers=session.speakers,
    )


class TestRevise:
    def test_ids_kept_revision_raised(self) -> None:
        old = programme()
        new = Event(
            name=old.name,
            updated=at(8, day=1),
            sessions=[
                Session(title="Pause", start=at(14), end=at(14, 15), kind="break")
                if s.title == "Pause" and s.start == at(14, 30)
                else attrs_free(s)
                for s in old.sessions
            ],
        )
        revised = revise(old, new)
        moved = revised.session("20260305-pause-1430")
        assert (moved.start, moved.revision, moved.updated) == (at(14), 1, at(8, day=1))
        assert moved.status is SessionStatus.RESCHEDULED and moved.previous_start == at(14, 30)
        assert {s.id for s in revised.sessions} == {s.id for s in old.sessions}
        assert all(s.revision == 0 for s in revised.sessions if s is not moved)

    def test_cancelled_is_kept_as_cancelled(self) -> None:
        old = programme()
        revised = revise(old, old.without_sessions("20260305-frokost"))
        lunch = revised.session("20260305-frokost")
        assert (lunch.status, lunch.revision) == (SessionStatus.CANCELLED, 1)
        again = revise(revised, old.without_sessions("20260305-frokost"))
        assert again.session("20260305-frokost") == lunch  # no second change
        assert not diff(revised, again)

    def test_cancelled_dropped_a_month_after_its_day(self) -> None:
        old = revise(programme(), programme().without_sessions("20260305-frokost"))
        later = programme().without_sessions("20260305-frokost")
        soon = revise(old, later.evolve(updated=at(9, day=20)))
        assert "20260305-frokost" in {s.id for s in soon.sessions}
        gone = revise(old, later.evolve(updated=at(9) + timedelta(days=40)))
        assert "20260305-frokost" not in {s.id for s in gone.sessions}

    def test_same_version_twice_changes_nothing(self) -> None:
        old = programme()
        assert revise(old, old) == old

    def test_round_trips_through_json(self) -> None:
        revised = revise(programme(), programme().without_sessions("20260305-frokost"))
        again = folkemode.loads(folkemode.dumps(revised, format="json"), format="json")
        assert again == revised


# -- hypothesis: random edits are found exactly ----------------------------------------

_EDITS = st.lists(
    st.tuples(st.sampled_from(["move", "rename", "cancel", "add"]), st.integers(0, 6)),
    max_size=4,
)


@settings(max_examples=150, deadline=None)
@given(edits=_EDITS, reverse=st.booleans())
def test_random_edits_are_found(edits: list[tuple[str, int]], reverse: bool) -> None:
    """Each edit is found, nothing else is, and no matched session changes its id.

    The titles differ: of two "Pause" where one moved and the other was
    cancelled, nobody can tell which is which (diff takes the closest in time).
    """
    first = programme()
    old = first.replace_session("20260305-pause-1430", title="Eftermiddagspause")
    sessions = [attrs_free(s) for s in old.sessions]
    expected: dict[str, set[str]] = {}
    touched: set[int] = set()
    added = 0
    for edit, index in edits:
        if index in touched or index >= len(sessions):
            continue
        touched.add(index)
        original = old.sessions[index]
        session = sessions[index]
        if edit == "move":
            assert session.start is not None and session.end is not None
            shift = timedelta(hours=6)
            sessions[index] = Session(
                title=session.title,
                start=session.start + shift,
                end=session.end + shift,
                kind=session.kind,
                room=session.room,
                speakers=session.speakers,
            )
            expected.setdefault(original.id, set()).add("retimed")
        elif edit == "rename":
            sessions[index] = Session(
                title=f"{session.title} – nyt indhold",
                start=session.start,
                end=session.end,
                kind=session.kind,
                room=session.room,
                speakers=session.speakers,
            )
            expected.setdefault(original.id, set()).add("renamed")
        elif edit == "cancel":
            sessions[index] = None  # type: ignore[call-overload]
            expected.setdefault(original.id, set()).add("cancelled")
    for _, index in edits:
        if index % 2 == 0:
            added += 1
    kept = [s for s in sessions if s is not None]
    extra = [
        Session(title=f"Ny session {n}", start=at(20, n), end=at(20, n + 5)) for n in range(added)
    ]
    both = kept + extra
    new = Event(name=old.name, sessions=list(reversed(both)) if reverse else both)
    found = diff(old, new)
    seen: dict[str, set[str]] = {}
    for change in found.changes:
        if change.kind is ChangeKind.ADDED:
            continue
        seen.setdefault(change.session_id, set()).add(change.kind.value)
    assert seen == expected
    assert len(found.of(ChangeKind.ADDED)) == added
    revised = revise(old, new)
    for before, _ in found.matches:
        assert before.id in {s.id for s in revised.sessions}
