"""The shipped example programme behind :meth:`folkemode.Event.example`."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from folkemode.model import (
    AgendaItem,
    Contact,
    Event,
    Organisation,
    Price,
    Session,
    SessionKind,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
)

_ZONE = ZoneInfo("Europe/Copenhagen")


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 11, day, hour, minute, tzinfo=_ZONE)


def example_event() -> Event:
    kl = Organisation(name="Kommunernes Landsforening", short_name="KL", url="https://www.kl.dk")
    egeskov = Organisation(name="Egeskov Kommune")
    havnby = Organisation(name="Havnby Kommune")
    track = Track(name="Nyvalgtes spor", description="For first-time council members.")
    round_1 = WorkshopRound(name="Workshops runde 1", start=_at(13, 13, 30), end=_at(13, 14, 45))
    sessions = [
        Session(
            title="Ankomst og registrering",
            start=_at(13, 9, 30),
            end=_at(13, 10),
            kind=SessionKind.REGISTRATION,
        ),
        Session(
            title="Velkommen og dagens program",
            start=_at(13, 10),
            end=_at(13, 10, 30),
            kind=SessionKind.PLENARY,
            speakers=[Speaker(name="Mette Aagaard", role="borgmester", organisation=egeskov)],
            items=[
                AgendaItem(text="Seminarets formål"),
                AgendaItem(
                    text="Praktisk information",
                    children=[AgendaItem(text="Wi-fi og garderobe"), AgendaItem(text="Zoom-link")],
                ),
            ],
        ),
        Session(
            title="Økonomien i kommunerne frem mod 2030",
            start=_at(13, 10, 30),
            end=_at(13, 11, 45),
            kind=SessionKind.TALK,
            speakers=[Speaker(name="Jonas Brink", role="cheføkonom", organisation=kl)],
            description="Hvad betyder de næste års aftaler for det lokale råderum?",
            links=["https://www.kl.dk/okonomi"],
        ),
        Session(title="Frokost", start=_at(13, 12), end=_at(13, 13), kind=SessionKind.MEAL),
        Session(
            title="Borgerdialog der virker",
            start=_at(13, 13, 30),
            end=_at(13, 14, 45),
            kind=SessionKind.WORKSHOP,
            round=round_1,
            room="Lokale A",
            speakers=[Speaker(name="Sofie Lund", role="projektleder", organisation=havnby)],
        ),
        Session(
            title="Klimaplaner i praksis",
            start=_at(13, 13, 30),
            end=_at(13, 14, 45),
            kind=SessionKind.WORKSHOP,
            round=round_1,
            room="Lokale B",
            organisations=[egeskov],
        ),
        Session(
            title="Sådan læser du et budget",
            start=_at(13, 13, 30),
            end=_at(13, 14, 45),
            kind=SessionKind.WORKSHOP,
            round=round_1,
            track=track,
            room="Lokale C",
            speakers=[Speaker(name="Jonas Brink", role="cheføkonom", organisation=kl)],
        ),
        Session(title="Kaffepause", start=_at(13, 14, 45), end=_at(13, 15), kind=SessionKind.BREAK),
        Session(
            title="Debat: Hvem bestemmer i kommunen?",
            start=_at(13, 15),
            end=_at(13, 16, 15),
            kind=SessionKind.DEBATE,
            speakers=[
                Speaker(name="Mette Aagaard", role="borgmester", organisation=egeskov),
                Speaker(name="Karim Haddad", role="kommunaldirektør", organisation=havnby),
            ],
        ),
        Session(title="Festmiddag", start=_at(13, 19), end=_at(13, 22), kind=SessionKind.MEAL),
        Session(
            title="Nyvalgt – hvad nu?",
            start=_at(14, 9),
            end=_at(14, 10, 30),
            kind=SessionKind.GROUP_WORK,
            track=track,
            description="Erfaringsudveksling i små grupper.",
        ),
        Session(
            title="Afslutning",
            start=_at(14, 10, 45),
            end=_at(14, 11, 30),
            kind=SessionKind.PLENARY,
            speakers=[Speaker(name="Mette Aagaard", role="borgmester", organisation=egeskov)],
        ),
    ]
    return Event(
        name="Kommunalpolitisk Efterårsseminar 2025",
        start=_at(13, 9, 30),
        end=_at(14, 11, 30),
        timezone="Europe/Copenhagen",
        locale="da",
        venue=Venue(
            name="Egeskov Rådhus",
            address="Torvet 1, 5700 Egeskov",
            online_url="https://zoom.us/j/98765432100",
            platform="Zoom",
        ),
        organisers=[kl],
        contacts=[Contact(name="Lise Kjær", email="lise.kjaer@example.dk", role="konsulent")],
        tracks=[track],
        rounds=[round_1],
        sessions=sessions,
        description="To dage om økonomi, borgerdialog og klima for kommunalpolitikere.",
        url="https://example.dk/efteraarsseminar-2025",
        price=Price(text="1.950 kr. ekskl. moms", amount=Decimal("1950"), currency="DKK"),
        registration_deadline=date(2025, 10, 30),
    )
