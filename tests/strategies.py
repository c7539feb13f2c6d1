"""Hypothesis strategies that generate valid folkemode events.

Import them in any test: ``from tests.strategies import events``. Times are
whole minutes in a real zone (no imaginary DST-gap times), text includes
Nordic letters, emoji and line breaks, and sessions refer to the event's own
tracks and rounds, so every generated event is one a user could build.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from folkemode.model import (
    AgendaItem,
    Contact,
    Edition,
    Event,
    Organisation,
    Price,
    Session,
    SessionKind,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
    slugify,
)

ZONES = ("Europe/Copenhagen", "Europe/Oslo", "UTC", "America/Nuuk")
LOCALES = ("da", "nb", "nn", "en")

_ALPHABET = st.characters(
    codec="utf-8",
    exclude_categories=("Cs", "Cc", "Co", "Cn", "Zl", "Zp"),
) | st.sampled_from("æøåÆØÅéü–—«»“”'\"&<>😀🇩🇰")


def words(min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Single-line text with something visible in it."""
    return (
        st.text(_ALPHABET, min_size=min_size, max_size=max_size)
        .map(lambda s: " ".join(s.split()))
        .filter(lambda s: bool(s.strip()))
    )


def paragraphs() -> st.SearchStrategy[str]:
    """Multi-line text, as descriptions are."""
    return st.lists(words(max_size=60), min_size=1, max_size=3).map("\n".join)


def urls() -> st.SearchStrategy[str]:
    return st.builds(
        "https://{}.example/{}".format,
        st.from_regex(r"[a-z]{1,10}", fullmatch=True),
        st.from_regex(r"[a-z0-9\-]{0,12}", fullmatch=True),
    )


def moments(zone: str, days: st.SearchStrategy[date]) -> st.SearchStrategy[datetime]:
    """Whole-minute aware datetimes that exist in ``zone``."""
    tz = ZoneInfo(zone)

    def build(day: date, minute_of_day: int) -> datetime:
        return datetime.combine(day, time(minute_of_day // 60, minute_of_day % 60), tz)

    def exists(value: datetime) -> bool:
        return value.astimezone(ZoneInfo("UTC")).astimezone(tz).replace(tzinfo=None) == (
            value.replace(tzinfo=None)
        )

    return st.builds(build, days, st.integers(0, 24 * 60 - 1)).filter(exists)


organisations = st.builds(
    Organisation,
    name=words(),
    short_name=st.none() | words(max_size=8),
    url=st.none() | urls(),
)
speakers = st.builds(
    Speaker,
    name=words(),
    role=st.none() | words(max_size=30),
    organisation=st.none() | organisations,
)
contacts = st.builds(
    Contact,
    name=words(),
    email=st.none() | st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.(dk|no)", fullmatch=True),
    phone=st.none() | st.from_regex(r"\+45 [0-9]{8}", fullmatch=True),
    role=st.none() | words(max_size=20),
)
venues = st.builds(
    Venue,
    name=words(),
    address=st.none() | words(),
    online_url=st.none() | urls(),
    platform=st.none() | st.sampled_from(["Zoom", "Teams"]),
)
prices = st.builds(
    Price,
    text=words(),
    amount=st.none() | st.decimals(0, 10_000, places=2).map(Decimal),
    currency=st.none() | st.sampled_from(["DKK", "NOK"]),
)
leaf_items = st.builds(AgendaItem, text=words())
agenda_items = st.builds(
    AgendaItem, text=words(), children=st.lists(leaf_items, max_size=2).map(tuple)
)


@st.composite
def events(draw: st.DrawFn, max_sessions: int = 12) -> Event:
    """A valid event: sessions over one to three days, tracks, rounds, editions."""
    zone = draw(st.sampled_from(ZONES))
    first_day = draw(st.dates(date(2000, 1, 1), date(2040, 12, 28)))
    days = st.integers(0, 2).map(lambda n: first_day + timedelta(days=n))
    when = moments(zone, days)

    tracks = draw(
        st.lists(st.builds(Track, name=words(max_size=20)), max_size=3, unique_by=lambda t: t.id)
    )
    rounds = []
    for _ in range(draw(st.integers(0, 2))):
        start = draw(when)
        end = draw(
            st.none() | st.integers(15, 180).map(lambda m, s=start: s + timedelta(minutes=m))
        )
        rounds.append(WorkshopRound(name=draw(words(max_size=20)), start=start, end=end))
    rounds = list({r.id: r for r in rounds}.values())

    sessions = []
    for _ in range(draw(st.integers(0, max_sessions))):
        workshop_round = draw(st.none() | st.sampled_from(rounds)) if rounds else None
        if workshop_round is not None:
            start, end = workshop_round.start, workshop_round.end
        else:
            start = draw(st.none() | when)
            end = None
            if start is not None:
                end = draw(
                    st.none() | st.integers(0, 240).map(lambda m, s=start: s + timedelta(minutes=m))
                )
        sessions.append(
            Session(
                title=draw(words()),
                start=start,
                end=end,
                day=start.date() if start is not None else draw(st.none() | days),
                kind=draw(st.sampled_from(list(SessionKind))),
                track=draw(st.none() | st.sampled_from(tracks)) if tracks else None,
                round=workshop_round,
                room=draw(st.none() | words(max_size=20)),
                speakers=draw(st.lists(speakers, max_size=3)),
                organisations=draw(st.lists(organisations, max_size=2)),
                description=draw(st.none() | paragraphs()),
                items=draw(st.lists(agenda_items, max_size=3)),
                links=draw(st.lists(urls(), max_size=2)),
            )
        )

    timed = [s.start for s in sessions if s.start is not None]
    ends = [s.end or s.start for s in sessions if s.start is not None]
    start = min(timed) if timed else draw(st.none() | when)
    end = max(ends) if ends else None
    editions = draw(
        st.lists(
            moments(zone, st.dates(date(2000, 1, 1), date(2040, 12, 1))).map(
                lambda s: Edition(start=s, end=s + timedelta(days=1))
            ),
            max_size=3,
            unique_by=lambda e: e.id,
        )
    )
    return Event(
        name=draw(words()),
        start=start,
        end=end,
        timezone=zone,
        locale=draw(st.sampled_from(LOCALES)),
        venue=draw(st.none() | venues),
        organisers=draw(st.lists(organisations, max_size=2)),
        contacts=draw(st.lists(contacts, max_size=2)),
        tracks=tracks,
        rounds=rounds,
        sessions=sessions,
        editions=editions,
        description=draw(st.none() | paragraphs()),
        url=draw(st.none() | urls()),
        price=draw(st.none() | prices),
        registration_deadline=draw(st.none() | st.dates(date(2000, 1, 1), date(2040, 1, 1))),
    )


__all__ = ["events", "moments", "paragraphs", "slugify", "words"]
