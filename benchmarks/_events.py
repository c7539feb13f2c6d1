"""Large, realistic events for the benchmarks, built directly with the model."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

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

_KINDS = [
    SessionKind.TALK,
    SessionKind.DEBATE,
    SessionKind.WORKSHOP,
    SessionKind.PLENARY,
    SessionKind.BREAK,
    SessionKind.MEAL,
    SessionKind.SOCIAL,
]
_TOPICS = [
    "Klima",
    "Ældrepleje",
    "Folkeskolen",
    "Kollektiv trafik",
    "Demokrati",
    "Sundhed",
    "Landdistrikter",
    "Boliger",
    "Biodiversitet",
    "Unge i politik",
    "Økonomi",
    "Kultur",
]


def big_event(sessions: int = 3000, days: int = 4, stages: int = 200) -> Event:
    """A Folkemødet-sized programme: many stages, speakers, tracks and rounds."""
    zone = ZoneInfo("Europe/Copenhagen")
    first = date(2026, 6, 11)
    tracks = [Track(name=f"Spor {chr(65 + i)}") for i in range(6)]
    organisations = [Organisation(name=f"{topic} Forum {i}") for i, topic in enumerate(_TOPICS)]
    rounds: list[WorkshopRound] = []
    built: list[Session] = []
    per_day = -(-sessions // days)
    for n in range(sessions):
        day = first + timedelta(days=n // per_day)
        slot = (n % per_day) // stages
        start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=zone) + timedelta(
            minutes=45 * slot
        )
        end = start + timedelta(minutes=40)
        workshop_round = None
        if n % 50 < 4:
            name = f"Workshops {day.isoformat()} {slot}"
            if not rounds or rounds[-1].name != name:
                rounds.append(WorkshopRound(name=name, start=start, end=end))
            workshop_round = rounds[-1]
        topic = _TOPICS[n % len(_TOPICS)]
        built.append(
            Session(
                title=f"{topic}: hvad gør vi nu? #{n}",
                start=start,
                end=end,
                kind=_KINDS[n % len(_KINDS)],
                room=f"Scene {n % stages + 1}",
                track=tracks[n % len(tracks)] if n % 3 == 0 else None,
                round=workshop_round,
                speakers=[
                    Speaker(
                        name=f"Taler {n}-{k}",
                        role="borgmester",
                        organisation=organisations[(n + k) % len(organisations)],
                    )
                    for k in range(n % 3)
                ],
                description=f"Om {topic.lower()} i kommunerne, med spørgsmål fra salen.",
                items=[AgendaItem(text="Oplæg"), AgendaItem(text="Debat")] if n % 4 == 0 else [],
            )
        )
    return Event(
        name="Folkemødet 2026",
        start=min(s.start for s in built if s.start),
        end=max(s.end for s in built if s.end),
        venue=Venue(name="Allinge", address="Allinge Havn, 3770 Allinge"),
        tracks=tracks,
        rounds=rounds,
        sessions=built,
        organisers=organisations[:2],
    )
