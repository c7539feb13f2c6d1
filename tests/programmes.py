"""Programmes the web exporters are tried on, each named by what it reproduces.

Besides ``Event.example()`` (a hybrid Danish seminar): a Norwegian (Bokmål)
conference with parallel sessions on tracks, a Nynorsk annual meeting with a
nested agenda, a Danish online-only day with two large workshop rounds (the
shape of the programmes the text importer reads), a recurring course with
editions, and a programme whose every text is hostile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from folkemode import (
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
)

OSLO = ZoneInfo("Europe/Oslo")
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def norwegian_conference() -> Event:
    """Bokmål, two days, four parallel sessions on two tracks, a paid conference."""

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 2, day, hour, minute, tzinfo=OSLO)

    ks = Organisation(
        name="Kommunesektorens organisasjon", short_name="KS", url="https://www.ks.no"
    )
    nordby = Organisation(name="Nordby kommune")
    fjellbygd = Organisation(name="Fjellbygd kommune")
    spor_a = Track(name="Spor A: Økonomi")
    spor_b = Track(name="Spor B: Klima og areal")
    parallel = WorkshopRound(name="Parallelle sesjoner", start=at(10, 13), end=at(10, 14, 30))
    sessions = [
        Session(
            title="Registrering og kaffe",
            start=at(10, 9),
            end=at(10, 10),
            kind=SessionKind.REGISTRATION,
        ),
        Session(
            title="Åpning av konferansen",
            start=at(10, 10),
            end=at(10, 10, 30),
            kind=SessionKind.PLENARY,
            speakers=[Speaker(name="Kari Nordmann", role="ordfører", organisation=nordby)],
        ),
        Session(
            title="Kommuneøkonomien i 2026",
            start=at(10, 10, 30),
            end=at(10, 11, 30),
            kind=SessionKind.TALK,
            speakers=[Speaker(name="Per Hansen", role="sjeføkonom", organisation=ks)],
            description=(
                "Hva betyr statsbudsjettet for kommunene?\n\n"
                "Etter innlegget blir det tid til spørsmål."
            ),
            links=["https://www.ks.no/okonomi"],
        ),
        Session(title="Lunsj", start=at(10, 11, 30), end=at(10, 12, 30), kind=SessionKind.MEAL),
        Session(
            title="Budsjett og handlingsrom",
            start=at(10, 13),
            end=at(10, 14, 30),
            kind=SessionKind.WORKSHOP,
            round=parallel,
            track=spor_a,
            room="Sal 1",
            speakers=[Speaker(name="Ola Berg", role="rådmann", organisation=fjellbygd)],
        ),
        Session(
            title="Eiendomsskatt i praksis",
            start=at(10, 13),
            end=at(10, 14, 30),
            kind=SessionKind.WORKSHOP,
            round=parallel,
            track=spor_a,
            room="Sal 2",
        ),
        Session(
            title="Klimabudsjett for kommuner",
            start=at(10, 13),
            end=at(10, 14, 30),
            kind=SessionKind.WORKSHOP,
            round=parallel,
            track=spor_b,
            room="Sal 3",
            description="Erfaringer fra tre kommuner som har innført klimabudsjett.",
        ),
        Session(
            title="Arealplanlegging og natur",
            start=at(10, 13),
            end=at(10, 14, 30),
            kind=SessionKind.WORKSHOP,
            round=parallel,
            track=spor_b,
            room="Sal 4",
            organisations=[nordby, fjellbygd],
        ),
        Session(title="Pause", start=at(10, 14, 30), end=at(10, 14, 45), kind=SessionKind.BREAK),
        Session(
            title="Debatt: Hvem skal løse oppgavene?",
            start=at(10, 14, 45),
            end=at(10, 16),
            kind=SessionKind.DEBATE,
            speakers=[
                Speaker(name="Kari Nordmann", role="ordfører", organisation=nordby),
                Speaker(name="Ola Berg", role="rådmann", organisation=fjellbygd),
            ],
        ),
        Session(
            title="Konferansemiddag", start=at(10, 19), end=at(10, 22), kind=SessionKind.SOCIAL
        ),
        Session(
            title="Oppsummering og avslutning",
            start=at(11, 9),
            end=at(11, 10),
            kind=SessionKind.PLENARY,
        ),
    ]
    return Event(
        name="Kommunekonferansen 2026",
        start=at(10, 9),
        end=at(11, 10),
        timezone="Europe/Oslo",
        locale="nb",
        venue=Venue(name="Gardermoen konferansesenter", address="Hotellvegen 1, 2060 Gardermoen"),
        organisers=[ks],
        contacts=[
            Contact(
                name="Ingrid Lie",
                email="ingrid.lie@example.no",
                phone="+47 22 00 00 00",
                role="rådgiver",
            )
        ],
        tracks=[spor_a, spor_b],
        rounds=[parallel],
        sessions=sessions,
        description="To dager om økonomi, klima og samarbeid i kommunesektoren.",
        url="https://example.no/kommunekonferansen-2026",
        price=Price(text="3 950 kr", amount=Decimal(3950), currency="NOK"),
        registration_url="https://example.no/kommunekonferansen-2026/pamelding",
        registration_deadline=date(2026, 1, 20),
    )


def nynorsk_annual_meeting() -> Event:
    """Nynorsk, one day: an annual meeting with a nested agenda and a dinner."""

    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 3, 14, hour, minute, tzinfo=OSLO)

    lag = Organisation(name="Vestland fylkeslag")
    return Event(
        name="Årsmøte i Vestland fylkeslag 2026",
        start=at(10),
        end=at(21),
        timezone="Europe/Oslo",
        locale="nn",
        venue=Venue(name="Fjordhallen", address="Strandgata 4, 6800 Førde"),
        organisers=[lag],
        contacts=[Contact(name="Sigrid Vik", email="sigrid.vik@example.no", role="skrivar")],
        sessions=[
            Session(
                title="Opning og helsing",
                start=at(10),
                end=at(10, 15),
                kind=SessionKind.PLENARY,
                speakers=[Speaker(name="Nils Dale", role="leiar", organisation=lag)],
            ),
            Session(
                title="Årsmøtet",
                start=at(10, 15),
                end=at(12, 30),
                kind=SessionKind.MEETING,
                items=[
                    AgendaItem(
                        text="Sak 1: Konstituering",
                        children=[
                            AgendaItem(text="Godkjenning av innkalling og saksliste"),
                            AgendaItem(text="Val av møteleiar og referent"),
                        ],
                    ),
                    AgendaItem(text="Sak 2: Årsmelding"),
                    AgendaItem(text="Sak 3: Rekneskap"),
                    AgendaItem(text="Sak 4: Innkomne forslag"),
                    AgendaItem(text="Sak 5: Val"),
                ],
            ),
            Session(title="Lunsj", start=at(12, 30), end=at(13, 30), kind=SessionKind.MEAL),
            Session(
                title="Korleis styrkje lokaldemokratiet?",
                start=at(13, 30),
                end=at(15),
                kind=SessionKind.GROUP_WORK,
                description="Vi deler oss i grupper og samlar innspel til styret.",
            ),
            Session(title="Festmiddag", start=at(19), end=at(21), kind=SessionKind.SOCIAL),
        ],
        description="Årsmøte med gruppearbeid og festmiddag.",
        price=Price(text="Gratis for medlemer", amount=Decimal(0)),
    )


def online_workshop_day() -> Event:
    """Danish, on Zoom, free: two workshop rounds of five and six, long descriptions, two tracks."""

    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2027, 1, 16, hour, minute, tzinfo=COPENHAGEN)

    kommunalt = Track(name="Kommunalt spor")
    regionalt = Track(name="Regionalt spor")
    first = WorkshopRound(name="Workshops runde #1", start=at(13, 15), end=at(14, 15))
    second = WorkshopRound(name="Workshops runde #2", start=at(14, 30), end=at(15, 30))
    long_text = (
        "Hvordan arbejder kommunerne med emnet i praksis, og hvad har de lært indtil nu? "
        "Vi ser på erfaringer fra flere kommuner, deler materialer og drøfter, hvad man "
        "kan tage med hjem til sit eget byråd. Der bliver god tid til spørgsmål og "
        "erfaringsudveksling i mindre grupper undervejs."
    )
    first_titles = [
        ("Kommuneplanen – gode mærkesager", kommunalt),
        ("Natur og biodiversitet i kommunen", kommunalt),
        ("Udvikling i landdistrikterne", regionalt),
        ("Det nære sundhedsvæsen", regionalt),
        ("Velfærd uden profit", None),
    ]
    second_titles = [
        ("Grundvand og rent drikkevand", kommunalt),
        ("Byfortætning: fordele og ulemper", kommunalt),
        ("Kollektiv trafik og cykelstier", regionalt),
        ("En værdig ældrepolitik", None),
        ("Folkeskolen i fremtiden", kommunalt),
        ("Landbrug og klima", regionalt),
    ]
    sessions = [
        Session(title="Velkommen", start=at(10), end=at(10, 15), kind=SessionKind.PLENARY),
        Session(
            title="Valgkampen i år: plan og temaer",
            start=at(10, 15),
            end=at(11),
            kind=SessionKind.TALK,
            items=[AgendaItem(text=t) for t in ("Velfærd", "Lighed", "Klima", "Demokrati")],
        ),
        Session(
            title="Gruppearbejde i storkredse",
            start=at(11),
            end=at(12),
            kind=SessionKind.GROUP_WORK,
        ),
        Session(title="Frokostpause", start=at(12), end=at(13), kind=SessionKind.MEAL),
        Session(title="Pause", start=at(14, 15), end=at(14, 30), kind=SessionKind.BREAK),
        Session(
            title="Fælles opsamling", start=at(15, 45), end=at(16, 15), kind=SessionKind.PLENARY
        ),
    ]
    for number, (title, track) in enumerate(first_titles):
        sessions.append(
            Session(
                title=title,
                start=first.start,
                end=first.end,
                kind=SessionKind.WORKSHOP,
                round=first,
                track=track,
                description=long_text if number % 2 == 0 else None,
                speakers=[
                    Speaker(
                        name="Anne Holm",
                        role="projektleder",
                        organisation=Organisation(
                            name="Grøn Omstilling", url="https://example.dk/omstilling"
                        ),
                    )
                ]
                if number == 1
                else [],
                links=["https://example.dk/workshops/" + str(number)] if number == 1 else [],
            )
        )
    for number, (title, track) in enumerate(second_titles):
        sessions.append(
            Session(
                title=title,
                start=second.start,
                end=second.end,
                kind=SessionKind.WORKSHOP,
                round=second,
                track=track,
                description=long_text if number % 3 == 0 else None,
                speakers=[
                    Speaker(name=name, role="byrådsmedlem")
                    for name in ("Bo Winther", "Lene Kofoed")[: number % 3]
                ],
            )
        )
    return Event(
        name="Regions- og kommunalpolitisk konference 2027",
        start=at(10),
        end=at(16, 15),
        timezone="Europe/Copenhagen",
        locale="da",
        venue=Venue(online_url="https://zoom.us/j/12345678900", platform="Zoom"),
        contacts=[Contact(name="Jens Lund", email="jens@example.dk")],
        tracks=[kommunalt, regionalt],
        rounds=[first, second],
        sessions=sessions,
        description="Vi mødes på Zoom til en dag om kommunal- og regionspolitik. Det er gratis.",
        price=Price(text="Gratis", amount=Decimal(0)),
    )


def recurring_course() -> Event:
    """English, a course held three times in three cities: editions make an EventSeries."""

    def at(month: int, day: int, hour: int) -> datetime:
        return datetime(2026, month, day, hour, tzinfo=COPENHAGEN)

    nordic = Organisation(name="Nordic Local Government Network", url="https://example.org/nlgn")
    return Event(
        name="Budgets for new council members",
        start=at(4, 20, 9),
        end=at(9, 14, 16),
        timezone="Europe/Copenhagen",
        locale="en",
        venue=Venue(name="Aarhus City Hall", address="Rådhuspladsen 2, 8000 Aarhus C"),
        organisers=[nordic],
        editions=[
            Edition(start=at(4, 20, 9), end=at(4, 20, 16), name="Spring course, Aarhus"),
            Edition(
                start=at(6, 8, 9),
                end=at(6, 8, 16),
                name="Summer course, Odense",
                venue=Venue(name="Odense Congress Centre", address="Ørbækvej 350, 5220 Odense SØ"),
            ),
            Edition(
                start=at(9, 14, 9),
                end=at(9, 14, 16),
                name="Autumn course, online",
                venue=Venue(online_url="https://meet.example.org/budget", platform="Teams"),
            ),
        ],
        sessions=[
            Session(
                title="How a municipal budget is made",
                start=at(4, 20, 9),
                end=at(
                    4,
                    20,
                    10,
                ),
                kind=SessionKind.TALK,
                speakers=[
                    Speaker(name="Maria Sørensen", role="budget officer", organisation=nordic)
                ],
            ),
            Session(title="Lunch", start=at(4, 20, 12), end=at(4, 20, 13), kind=SessionKind.MEAL),
            Session(
                title="Reading the numbers together",
                start=at(4, 20, 13),
                end=at(4, 20, 16),
                kind=SessionKind.GROUP_WORK,
            ),
        ],
        description="A one-day course, held three times a year.",
        url="https://example.org/nlgn/budget-course",
        price=Price(text="EUR 120", amount=Decimal("120.00"), currency="EUR"),
    )


HOSTILE = "</script><script>alert(1)</script>"
HOSTILE_ATTRIBUTE = '" onmouseover="alert(2)" x=\'y\' <!-- &amp; ]]>'
HOSTILE_URLS = (
    "javascript:alert(3)",
    "JaVaScRiPt:alert(4)",
    " java\tscript:alert(5)",
    "data:text/html,<script>alert(6)</script>",
    "vbscript:msgbox(7)",
)


def hostile_programme() -> Event:
    """Every text tries to break out of its element or attribute; every link is a script."""

    def at(hour: int) -> datetime:
        return datetime(2026, 5, 1, hour, tzinfo=COPENHAGEN)

    text = HOSTILE + HOSTILE_ATTRIBUTE
    organisation = Organisation(name=text, short_name=HOSTILE, url=HOSTILE_URLS[0])
    track = Track(name=text, description=text)
    workshop_round = WorkshopRound(name=text, start=at(13), end=at(14))
    speaker = Speaker(name=text, role=HOSTILE_ATTRIBUTE, organisation=organisation)
    return Event(
        name=text,
        start=at(9),
        end=at(16),
        timezone="Europe/Copenhagen",
        locale="da",
        venue=Venue(name=text, address=text, online_url=HOSTILE_URLS[1], platform=text),
        organisers=[organisation],
        contacts=[
            Contact(name=text, email=f"x@example.dk{HOSTILE_ATTRIBUTE}", phone=text, role=text)
        ],
        tracks=[track],
        rounds=[workshop_round],
        sessions=[
            Session(
                title=text,
                start=at(9),
                end=at(10),
                kind=SessionKind.TALK,
                track=track,
                room=text,
                speakers=[speaker],
                organisations=[organisation],
                description=f"{text}\n\n{text}",
                items=[AgendaItem(text=text, children=[AgendaItem(text=text)])],
                links=list(HOSTILE_URLS),
            ),
            Session(
                title=text + " 2",
                start=at(13),
                end=at(14),
                kind=SessionKind.WORKSHOP,
                round=workshop_round,
                track=track,
                room=text,
            ),
            Session(
                title=text + " 3",
                start=at(13),
                end=at(14),
                kind=SessionKind.WORKSHOP,
                round=workshop_round,
            ),
        ],
        description=text,
        url=HOSTILE_URLS[2],
        price=Price(text=text, amount=Decimal(10), currency="DKK"),
        registration_url=HOSTILE_URLS[3],
    )


def long_words() -> Event:
    """Words and links far wider than a phone, which must wrap rather than scroll."""

    def at(hour: int) -> datetime:
        return datetime(2026, 9, 1, hour, tzinfo=COPENHAGEN)

    word = "Kommunalbestyrelsesmedlemsforberedelseskursusdeltagerlisteudarbejdelse" * 2
    url = "https://example.dk/" + "a" * 150
    return Event(
        name=word,
        start=at(9),
        end=at(12),
        locale="da",
        venue=Venue(name=word, address=word),
        contacts=[Contact(name=word, email=f"{'x' * 80}@example.dk")],
        sessions=[
            Session(
                title=word,
                start=at(9),
                end=at(10),
                kind=SessionKind.TALK,
                room=word,
                speakers=[Speaker(name=word, role=word)],
                description=word,
                links=[url],
            ),
            Session(
                title=word, start=at(10) + timedelta(minutes=15), end=at(11), kind=SessionKind.BREAK
            ),
        ],
        url=url,
    )


def revised_conference() -> Event:
    """The Bokmål conference's second version: a session moved, one cancelled, one added."""
    from datetime import timedelta

    from folkemode import revise

    first = norwegian_conference()
    opening, *rest = [s for s in first.sessions if s.round is None and s.start is not None][1:3]
    moved = opening.start + timedelta(minutes=15) if opening.start is not None else None
    later = first.replace_session(
        opening.id,
        start=moved,
        end=opening.end + timedelta(minutes=15) if opening.end is not None else None,
    ).without_sessions(rest[0].id)
    extra = Session(
        title="Ekstra: spørsmål fra salen",
        start=datetime(2026, 2, 11, 15, tzinfo=OSLO),
        end=datetime(2026, 2, 11, 15, 30, tzinfo=OSLO),
    )
    second = later.with_sessions(extra).evolve(updated=datetime(2026, 1, 20, 9, tzinfo=OSLO))
    return revise(first, second)


#: Every fixture programme by name, for tests that try them all.
PROGRAMMES: dict[str, Callable[[], Event]] = {
    "example": Event.example,
    "norwegian-conference": norwegian_conference,
    "nynorsk-annual-meeting": nynorsk_annual_meeting,
    "online-workshop-day": online_workshop_day,
    "recurring-course": recurring_course,
    "hostile": hostile_programme,
    "long-words": long_words,
    "revised-conference": revised_conference,
}
