"""What the model's classes accept, what they refuse, and how they say so."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import folkemode
from folkemode import (
    AgendaItem,
    Contact,
    Edition,
    Event,
    InvalidValue,
    Organisation,
    Price,
    Session,
    SessionKind,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
)

ZONE = ZoneInfo("Europe/Copenhagen")


def at(hour: int, minute: int = 0, day: int = 5) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=ZONE)


class TestWrongTypesNameTheField:
    """A wrong value fails where it is given, naming the field, not inside an exporter."""

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"links": [42]}, "Session.links[0]: expected a URL as a string, got int 42"),
            ({"speakers": [42]}, "Session.speakers[0]: expected a Speaker"),
            ({"speakers": "Ida Holm"}, "Session.speakers: expected a list"),
            ({"organisations": [None]}, "Session.organisations[0]: expected an Organisation"),
            ({"items": [["Punkt"]]}, "Session.items[0]: expected an AgendaItem"),
            ({"title": 7}, "Session.title: expected a string, got int 7"),
            ({"room": 12}, "Session.room: expected a string or None, got int 12"),
            ({"start": "2026-03-05T09:30"}, "Session.start: expected a time-zone aware"),
            ({"start": "i morgen"}, "Session.start: expected an ISO 8601 datetime"),
            ({"start": date(2026, 3, 5)}, "Session.start: expected a time-zone aware datetime"),
            ({"day": "5. marts"}, "Session.day: expected an ISO 8601 date"),
            ({"kind": "foredrag"}, "Session.kind: expected a SessionKind or one of 'plenary'"),
            ({"track": 3}, "Session.track: expected a Track"),
            ({"round": ["Runde 1"]}, "Session.round: expected a WorkshopRound"),
            ({"speakers": [" "]}, "Session.speakers[0].name: must not be empty"),
        ],
    )
    def test_session(self, changes: dict[str, Any], message: str) -> None:
        with pytest.raises(InvalidValue) as caught:
            Session(**{"title": "Debat", **changes})
        assert str(caught.value).startswith(message)

    @pytest.mark.parametrize(
        ("make", "message"),
        [
            (lambda: Event(name="Møde", sessions=["Velkomst"]), "Event.sessions[0]: expected a"),
            (lambda: Event(name="Møde", all_day=1), "Event.all_day: expected True or False"),
            (lambda: Event(name="Møde", venue=5), "Event.venue: expected a Venue"),
            (lambda: Event(name="Møde", price=9.5), "Event.price: expected a Price"),
            (lambda: Price(text="Pris", amount=9.5), "Price.amount: expected a Decimal"),
            (lambda: Price(text="Pris", amount="ni"), "Price.amount: expected a decimal number"),
            (lambda: Price(text="Pris", amount="NaN"), "Price.amount: expected a finite"),
            (lambda: Event(name="Møde", locale="sv"), "Event.locale: locale 'sv' is not"),
            (lambda: Event(name="Møde", timezone=1), "Event.timezone: expected a string"),
            (lambda: Event(name="Møde", contacts=[1]), "Event.contacts[0]: expected a Contact"),
            (lambda: Speaker(name="Ida", organisation=1), "Speaker.organisation: expected an"),
            (lambda: Venue(online="yes"), "Venue.online: expected True or False"),
            (lambda: Edition(start=None), "Edition.start: expected a time-zone aware"),
            (
                lambda: Event(name="Møde", registration_deadline=at(9)),
                "Event.registration_deadline: expected a date, not a datetime",
            ),
            (
                lambda: AgendaItem(text="Punkt", children=[3]),
                "AgendaItem.children[0]: expected an AgendaItem",
            ),
        ],
    )
    def test_other_classes(self, make: Any, message: str) -> None:
        with pytest.raises(InvalidValue) as caught:
            make()
        assert str(caught.value).startswith(message)

    def test_is_a_value_error_and_a_type_error(self) -> None:
        """Code that caught either for a wrong value keeps working."""
        with pytest.raises(ValueError):
            Session(title="")
        with pytest.raises(TypeError):
            Session(title="Debat", links=[42])
        with pytest.raises(folkemode.FolkemodeError) as caught:
            Session(title="Debat", links=[42])
        assert caught.value.field == "Session.links[0]"


class TestConveniences:
    """Unambiguous shorthands are taken, and give the same objects as the long forms."""

    def test_names_for_people_and_bodies(self) -> None:
        short = Session(
            title="Velkomst",
            speakers=["Ida Holm"],
            organisations=["KL"],
            items=["Punkt 1"],
            links=["https://kl.dk"],
        )
        long = Session(
            title="Velkomst",
            speakers=[Speaker(name="Ida Holm")],
            organisations=[Organisation(name="KL")],
            items=[AgendaItem(text="Punkt 1")],
            links=("https://kl.dk",),
        )
        assert short == long

    def test_a_speakers_organisation_by_name(self) -> None:
        assert Speaker(name="Ida Holm", organisation="KL").organisation == Organisation(name="KL")

    def test_iso_strings_with_an_offset(self) -> None:
        session = Session(title="Debat", start="2026-03-05T09:30+01:00", end="2026-03-05T10:30Z")
        assert session.start == at(9, 30)
        assert session.end is not None and session.end.utcoffset() == timedelta(0)
        assert session.day == date(2026, 3, 5)

    def test_iso_date_for_days(self) -> None:
        assert Event(name="Møde", registration_deadline="2026-02-01").registration_deadline == (
            date(2026, 2, 1)
        )

    def test_kind_as_its_name(self) -> None:
        assert Session(title="Frokost", kind="meal").kind is SessionKind.MEAL
        assert Session(title="Frokost", kind=" MEAL ").kind is SessionKind.MEAL

    def test_amounts(self) -> None:
        assert Price(text="150 kr.", amount=150).amount == Decimal(150)
        assert Price(text="99,50 kr.", amount="99.50").amount == Decimal("99.50")

    def test_generators_become_tuples(self) -> None:
        session = Session(title="Panel", speakers=(name for name in ("A B", "C D")))
        assert [s.name for s in session.speakers] == ["A B", "C D"]


class TestBuilding:
    """An event built in code, without attrs.evolve."""

    def test_start_and_end_come_from_the_sessions(self) -> None:
        event = Event(
            name="Topmøde",
            sessions=[
                Session(title="Velkomst", start=at(9), end=at(9, 30)),
                Session(title="Debat", start=at(13), end=at(15)),
                Session(title="Middag", start=at(19)),
            ],
        )
        assert (event.start, event.end) == (at(9), at(19))

    def test_start_given_is_kept(self) -> None:
        event = Event(name="Topmøde", start=at(8), sessions=[Session(title="Debat", start=at(9))])
        assert (event.start, event.end) == (at(8), at(9))

    def test_no_timed_session_no_start(self) -> None:
        assert Event(name="Topmøde", sessions=[Session(title="Debat")]).start is None

    def test_the_page_and_json_ld_have_the_date(self) -> None:
        event = Event(name="Topmøde", sessions=[Session(title="Debat", start=at(9), end=at(10))])
        data = json.loads(folkemode.dumps(event, format="jsonld"))
        assert data["startDate"].startswith("2026-03-05T09:00")
        assert data["endDate"].startswith("2026-03-05T10:00")
        assert "2026" in folkemode.dumps(event, format="html").split("<main", 1)[-1]

    def test_with_sessions_moves_a_derived_frame(self) -> None:
        event = Event(name="Topmøde", sessions=[Session(title="Debat", start=at(10))])
        bigger = event.with_sessions(
            Session(title="Morgenmad", start=at(8)), Session(title="Fest", start=at(20, day=6))
        )
        assert [s.title for s in bigger.sessions] == ["Morgenmad", "Debat", "Fest"]
        assert (bigger.start, bigger.end) == (at(8), at(20, day=6))
        assert event.start == at(10)  # the old event is unchanged

    def test_with_sessions_keeps_every_id(self) -> None:
        """A second "Pause" added earlier renames none of the sessions there were."""
        event = Event(name="Topmøde", sessions=[Session(title="Pause", start=at(14, 45))])
        bigger = event.with_sessions(Session(title="Pause", start=at(10)))
        assert event.sessions[0].id in {s.id for s in bigger.sessions}
        assert len({s.id for s in bigger.sessions}) == 2

    def test_replace_session_keeps_its_id(self) -> None:
        event = Event(name="Topmøde", sessions=[Session(title="Debat", start=at(10))])
        (debate,) = event.sessions
        moved = event.replace_session(debate.id, start=at(11), room="Salen")
        assert moved.session(debate.id).start == at(11)
        assert moved.session(debate.id).room == "Salen"
        renamed = event.replace_session(debate.id, Session(title="Ny debat", start=at(10)))
        assert [s.id for s in renamed.sessions] == [debate.id]

    def test_replace_session_to_another_day(self) -> None:
        event = Event(name="Topmøde", sessions=[Session(title="Debat", start=at(10))])
        moved = event.replace_session(event.sessions[0].id, start=at(10, day=6))
        assert moved.sessions[0].day == date(2026, 3, 6)
        assert moved.start == at(10, day=6)

    def test_without_sessions(self) -> None:
        event = Event.example()
        first = event.sessions[0]
        smaller = event.without_sessions(first.id)
        assert len(smaller.sessions) == len(event.sessions) - 1
        with pytest.raises(KeyError):
            event.without_sessions("no-such-session")

    def test_rounds_given_once(self) -> None:
        """A round given to its sessions is the event's round too."""
        round = WorkshopRound(name="Workshops", start=at(13), end=at(14))
        event = Event(name="Topmøde").with_sessions(
            Session(title="Klima", start=at(13), round=round),
            Session(title="Trafik", start=at(13), round=round),
        )
        assert event.rounds == (round,)
        assert len(event.parallel_sessions(round)) == 2

    def test_tracks_by_name(self) -> None:
        event = Event(name="Topmøde", sessions=[Session(title="Debat", track="Spor A")])
        assert event.tracks == (Track(name="Spor A"),)

    def test_evolve_other_fields(self) -> None:
        event = Event.example()
        assert event.evolve(locale="nb").locale == "nb"
        with pytest.raises(InvalidValue, match=r"Event\.locale"):
            event.evolve(locale="sv")


# -- hypothesis: whatever is given, only our documented error --------------------------

_ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.binary(max_size=5),
    st.dates(),
    st.datetimes(timezones=st.none() | st.just(UTC)),
    st.decimals(),
    st.lists(st.text(max_size=5) | st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(Speaker(name="Ida Holm")),
    st.just(Organisation(name="KL")),
    st.just(Track(name="Spor A")),
    st.just(Venue(name="Rådhuset")),
)

_REQUIRED: dict[type, dict[str, Any]] = {
    Session: {"title": "Debat"},
    Event: {"name": "Møde"},
    Speaker: {"name": "Ida Holm"},
    Organisation: {"name": "KL"},
    Contact: {"name": "Ida Holm"},
    Venue: {"name": "Rådhuset"},
    Price: {"text": "Gratis"},
    AgendaItem: {"text": "Punkt"},
    Track: {"name": "Spor A"},
    WorkshopRound: {"name": "Runde 1"},
    Edition: {"start": at(9)},
}
_FIELDS = [(cls, field.alias or field.name) for cls in _REQUIRED for field in attrs.fields(cls)]


@settings(max_examples=400, deadline=None)
@given(where=st.sampled_from(_FIELDS), value=_ANYTHING)
def test_any_value_is_taken_or_refused_with_our_error(where: tuple[type, str], value: Any) -> None:
    """Each field takes a value or raises InvalidValue naming it; what is taken exports."""
    cls, name = where
    arguments = {**_REQUIRED[cls], name: value}
    try:
        made = cls(**arguments)
    except InvalidValue as error:
        assert str(error).startswith(f"{cls.__name__}"), str(error)
        return
    # What was accepted is a model value every exporter reads.
    if cls is Session:
        event = Event(name="Møde", sessions=[made])
    elif cls is Event:
        event = made
    else:
        return
    for format in ("json", "ics", "jsonld", "csv", "html"):
        folkemode.dumps(event, format=format)
    assert folkemode.loads(folkemode.dumps(event, format="json"), format="json") == event


class TestBuildingEdges:
    def test_a_rounds_end_ends_the_event(self) -> None:
        """Sessions of a round with only a start end when the round does."""
        round = WorkshopRound(name="Workshops", start=at(13), end=at(14))
        event = Event(name="Topmøde", sessions=[Session(title="Klima", start=at(13), round=round)])
        assert event.end == at(14)

    def test_without_sessions_takes_an_emptied_round_along(self) -> None:
        round = WorkshopRound(name="Runde 1", start=at(13), end=at(14))
        event = Event(
            name="Topmøde",
            sessions=[
                Session(title="Velkomst", start=at(9)),
                Session(title="Klima", start=at(13), round=round),
            ],
        )
        smaller = event.without_sessions(event.sessions[1].id)
        assert smaller.rounds == ()

    def test_unknown_ids_and_lists_say_what_to_do(self) -> None:
        event = Event(name="Topmøde", sessions=[Session(title="Debat", start=at(9))])
        with pytest.raises(KeyError, match="no session with the id 'nope'"):
            event.without_sessions("nope")
        with pytest.raises(InvalidValue, match=r"one by one: with_sessions\(\*sessions\)"):
            event.with_sessions([Session(title="Frokost")])  # type: ignore[arg-type]
