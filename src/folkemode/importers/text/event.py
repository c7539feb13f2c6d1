"""The event itself: name, when, where, who to ask, and what it is about.

The name is the e-mail subject, else the header heading that names an event
("Strategikonferansen 2024"), else the first heading, else the first event
word in the text ("Vinterkonferansen"). The event's start and end are the
frame the header states ("Tid: … kl. 9.30-16.00", "Date(s) - 23/01/2021"
with "10:00 - 19:00"), else the first start and last end of its sessions,
else whole days. Header prose becomes the description — unless the text
holds no programme at all, when it is an article and set aside.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from folkemode.importers.text.calendar import Calendar, at
from folkemode.importers.text.drafts import HeaderDraft
from folkemode.importers.text.ledger import Ledger
from folkemode.importers.text.structure import Structure
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import (
    Contact,
    Edition,
    Event,
    Session,
    Track,
    Venue,
    WorkshopRound,
)

__all__ = ["build_event"]

_WORD = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,40}")


def _name(structure: Structure, lexicon: Lexicon, ledger: Ledger) -> str:
    header = structure.header
    if header.subject is not None:
        return header.subject[1]
    if header.name_candidates:
        rank, line, text = min(header.name_candidates, key=lambda c: (c[0], c[1].number))
        header.name_candidates.remove((rank, line, text))
        ledger.claim(line, "event: name")
        return text
    events = lexicon.words("event_words")
    for _, text in header.description:
        for match in _WORD.finditer(text):
            word = match.group(0).lower()
            if any(word.startswith(e) or word.endswith(e) for e in events if len(e) >= 5):
                return match.group(0)
    heading = structure.programme_heading
    if heading is not None and heading.text.count(" ") >= 1:
        return heading.text
    return "Program"


def _frame(
    header: HeaderDraft, calendar: Calendar, zone: ZoneInfo
) -> tuple[datetime | None, datetime | None]:
    if calendar.frame is None:
        return None, None
    first, last = calendar.frame
    when = calendar.frame_when
    start_clock = end_clock = None
    if when is not None and when.start is not None:
        start_clock = time(*when.start)
        end_clock = time(*when.end) if when.end is not None else None
    elif header.frame_times is not None:
        start_clock, end_clock = header.frame_times
    opening, closing = header.hours_on(first, last)
    start_clock = start_clock or opening
    end_clock = end_clock or closing
    if start_clock is None:
        return None, None
    start = at(first, start_clock, zone)
    end = at(last, end_clock, zone) if end_clock is not None else None
    if end is not None and end < start:
        end = end + timedelta(days=1) if first == last else None
    return start, end


def _when(
    structure: Structure, calendar: Calendar, sessions: list[Session], zone: ZoneInfo
) -> tuple[datetime | None, datetime | None, bool]:
    start, end = _frame(structure.header, calendar, zone)
    timed = [s for s in sessions if s.start is not None]
    if start is not None:
        if end is None and timed:
            end = max((s.end or s.start) for s in timed if s.start is not None)
            end = end if end is not None and end >= start else None
        return start, end, False
    hours = structure.header.frame_times
    if timed:
        first = min(s.start for s in timed if s.start is not None)
        last = max((s.end or s.start) for s in timed if s.start is not None)
        if hours is not None and first.date() == last.date():
            # "31. august 2023 fra kl. 9.00 – 17.00" over a day's programme: the day's
            # hours frame it, where they reach beyond its items
            opens = at(first.date(), hours[0], zone)
            closes = at(first.date(), hours[1], zone) if hours[1] is not None else None
            first = min(first, opens)
            last = max(last, closes) if closes is not None and closes > opens else last
        return first, last, False
    days: list[date] = []
    if calendar.frame is not None:
        days.extend(calendar.frame)
    days.extend(calendar.days.values())
    if calendar.first_day is not None:
        days.append(calendar.first_day)
    if days and hours is not None and hours[1] is not None and min(days) == max(days):
        # "Dato:" over "28. august 2019 09:30 - 12:00", and no programme: that day's hours
        # (a range; a time alone by a date is as often when a page was written)
        start, end = at(min(days), hours[0], zone), at(min(days), hours[1], zone)
        if end >= start:
            return start, end, False
    if days:
        midnight = time(0, 0)
        return at(min(days), midnight, zone), at(max(days), midnight, zone), True
    return None, None, False


def _day_place(structure: Structure) -> str | None:
    """The place under or beside a day heading that has sessions ("Torsdag 5. marts, Vejle")."""
    used = {id(s.day) for s in structure.sessions if s.day is not None}
    return next((d.location for d in structure.days if d.location and id(d) in used), None)


def _venue(header: HeaderDraft, structure: Structure) -> Venue | None:
    name = header.venue_name
    address = header.venue_address
    if name is None and address is None:
        name = (
            header.venue_found
            or _day_place(structure)
            or header.venue_fallback
            or header.venue_guess
        )
    if name is None and address is None and header.platform:
        name = header.platform
    if not (name or address or header.online or header.platform or header.online_url):
        return None
    return Venue(
        name=name,
        address=address,
        online_url=header.online_url,
        platform=header.platform,
        online=header.online,
    )


def _contacts(header: HeaderDraft) -> list[Contact]:
    found: list[Contact] = []
    seen: set[tuple[str, str | None]] = set()
    for draft in header.contacts:
        contact = draft.freeze()
        if contact is None:
            continue
        key = (contact.name, contact.email)
        if key not in seen:
            seen.add(key)
            found.append(contact)
    return found


def _editions(
    header: HeaderDraft, calendar: Calendar, zone: ZoneInfo, ledger: Ledger
) -> list[Edition]:
    editions: list[Edition] = []
    for when, year, line in header.editions:
        days = calendar.edition_dates(when, year)
        if days is None:
            ledger.warn(line, "no-year", f"the dates of this edition have no year: {line.text!r}")
            continue
        first, last = days
        start = at(first, time(*when.start) if when.start else time(0, 0), zone)
        end = at(last, time(*when.end), zone) if when.end else None
        if end is not None and end < start:
            end = None
        place = when.after.strip(" ,.") if when.start is not None else ""
        venue = Venue(name=place) if place and not any(c.isdigit() for c in place) else None
        editions.append(Edition(start=start, end=end, venue=venue))
    return editions


def build_event(
    structure: Structure,
    calendar: Calendar,
    sessions: list[Session],
    rounds: list[WorkshopRound],
    tracks: list[Track],
    *,
    locale: str,
    timezone: str,
    lexicon: Lexicon,
    ledger: Ledger,
) -> Event:
    """The :class:`~folkemode.model.Event` of a read programme."""
    zone = ZoneInfo(timezone)
    header = structure.header
    editions = _editions(header, calendar, zone, ledger)
    start, end, all_day = _when(structure, calendar, sessions, zone)
    if start is None and editions:
        start, end = editions[0].start, editions[0].end
    if len(editions) == 1 and start == editions[0].start:
        editions = []
    name = _name(structure, lexicon, ledger)
    programme = bool(sessions or editions or start is not None)
    description: list[str] = []
    for rank_line in header.name_candidates:
        header.description.append((rank_line[1], rank_line[2]))
    for line, text in sorted(header.description, key=lambda item: item[0].number):
        if programme:
            description.append(text)
            ledger.claim(line, "event: description")
        else:
            ledger.ignore(line, "article text, no programme")
    deadline = None
    if header.deadline is not None:
        year = header.deadline.year or (start.year if start is not None else calendar.year)
        if year is not None:
            deadline = header.deadline.with_year(year)
            # a deadline after the event's last day is the year before's ("… senest 20.
            # december" for a January meeting); one before its end is the same year's (a
            # series of meetings: the sign-up for the last one falls after the first)
            last = end if end is not None and start is not None and end >= start else start
            if deadline is not None and last is not None and deadline > last.date():
                deadline = (
                    header.deadline.with_year(year - 1) if not header.deadline.year else deadline
                )
    if end is not None and start is not None and end < start:
        end = None
    return Event(
        name=name,
        start=start,
        end=end if start is not None else None,
        all_day=all_day,
        timezone=timezone,
        locale=locale,
        venue=_venue(header, structure),
        organisers=header.organisers,
        contacts=_contacts(header),
        tracks=tracks,
        rounds=rounds,
        sessions=sessions,
        editions=editions,
        description="\n".join(description) or None,
        url=header.url,
        price=header.price,
        registration_url=header.registration_url,
        registration_deadline=deadline,
    )
