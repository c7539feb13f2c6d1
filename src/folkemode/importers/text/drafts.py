"""Mutable drafts the structure is collected into before the model is built.

The model is frozen and wants whole datetimes; while reading, a session may
still lack its end (the next item's start) and its date may still lack its
year. Drafts hold what has been read so far; :mod:`.assemble` turns them
into the model once the whole text is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta

from folkemode.importers.text.dates import PartialDate, When
from folkemode.importers.text.lines import Line
from folkemode.model import AgendaItem, Contact, Organisation, Price, SessionKind, Speaker

__all__ = [
    "ContactDraft",
    "DayDraft",
    "HeaderDraft",
    "ItemNode",
    "RoundDraft",
    "SessionDraft",
]


@dataclass
class DayDraft:
    """A day heading: its date as written, "Dag N", a weekday, a place."""

    line: Line
    date: PartialDate | None = None
    number: int | None = None
    weekday: int | None = None
    location: str | None = None


@dataclass
class ItemNode:
    """An agenda point being collected; ``depth`` orders nesting."""

    text: str
    depth: float
    children: list[ItemNode] = field(default_factory=list)

    def freeze(self) -> AgendaItem:
        return AgendaItem(text=self.text, children=[c.freeze() for c in self.children])


@dataclass
class RoundDraft:
    """A workshop round: a heading with a time, and its parallel sessions."""

    name: str
    line: Line
    start: time | None
    end: time | None
    day: DayDraft | None
    duration: timedelta | None = None
    members: list[SessionDraft] = field(default_factory=list)
    member_indent: int | None = None
    implicit: bool = False
    """True for sessions grouped only because they start at the same time."""


@dataclass
class SessionDraft:
    """A session as read so far."""

    title: str
    line: Line
    start: time | None = None
    end: time | None = None
    open_end: bool = False
    duration: timedelta | None = None
    day: DayDraft | None = None
    round: RoundDraft | None = None
    track: str | None = None
    room: str | None = None
    stage: str | None = None
    kind: SessionKind | None = None
    speakers: list[Speaker] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    items: list[ItemNode] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    item_stack: list[ItemNode] = field(default_factory=list)
    indent: int = 0
    title_continues: str = ""
    """How the title line ended when it goes on on the next line ("–", ",", "og"), else ""."""
    body_lines: int = 0
    """Lines read into the session after its title (description, items, people)."""
    end_line: Line | None = None
    """The line under the session that gave its end ("Møtet heves kl. 16:00.")."""
    panel: list[Speaker] = field(default_factory=list)
    """Speakers listed under a line announcing a panel ("Debatpanelet består af:"), and
    so perhaps the panel of another session (see :mod:`.panels`)."""
    panel_line: Line | None = None
    """The line that announced that panel."""
    dates: When | None = None
    """The session's own days, for an item held on each of them at its hours
    ("22.-25. juni kl. 10-18 Udstilling: …"); the day heading is then not its day."""

    @property
    def timed(self) -> bool:
        return self.start is not None

    def add_item(self, text: str, depth: float) -> ItemNode:
        """Add an agenda point, nested under the last shallower one."""
        node = ItemNode(text=text, depth=depth)
        while self.item_stack and self.item_stack[-1].depth >= depth:
            self.item_stack.pop()
        if self.item_stack:
            self.item_stack[-1].children.append(node)
        else:
            self.items.append(node)
        self.item_stack.append(node)
        return node


@dataclass
class ContactDraft:
    """A contact person being collected from one or more lines."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    role: str | None = None
    lines: list[Line] = field(default_factory=list)

    def freeze(self) -> Contact | None:
        name = self.name or (self.email.split("@", 1)[0] if self.email else None)
        if not name or not (self.email or self.phone or self.role):
            return None
        return Contact(name=name, email=self.email, phone=self.phone, role=self.role)


@dataclass
class HeaderDraft:
    """What the text says about the whole event."""

    name_candidates: list[tuple[int, Line, str]] = field(default_factory=list)
    subject: tuple[Line, str] | None = None
    frames: list[tuple[When, Line]] = field(default_factory=list)
    weak_frames: list[tuple[When, Line]] = field(default_factory=list)
    frame_times: tuple[time, time | None] | None = None
    frame_times_line: Line | None = None
    opening: tuple[PartialDate, time, Line] | None = None
    """When a sentence says the event begins ("Programmet begynner 29. mai kl. 12.30")."""
    closing: tuple[PartialDate, time, Line] | None = None
    """When a sentence says the event ends ("Programmet avsluttes 30. mai kl. 12.45")."""

    def hours_on(self, first: date, last: date) -> tuple[time | None, time | None]:
        """The opening time on ``first`` and the closing time on ``last`` that sentences give."""

        def on(found: tuple[PartialDate, time, Line] | None, day: date) -> time | None:
            if found is None or (found[0].month, found[0].day) != (day.month, day.day):
                return None
            return found[1]

        return on(self.opening, first), on(self.closing, last)

    venue_name: str | None = None
    venue_address: str | None = None
    venue_fallback: str | None = None
    venue_found: str | None = None
    """The best place the header's lines and sentences name (:mod:`.venues`)."""
    venue_guess: str | None = None
    """Any place after "på"/"i" in a header sentence, the weakest evidence."""
    online: bool = False
    platform: str | None = None
    online_url: str | None = None
    price: Price | None = None
    deadline: PartialDate | None = None
    organisers: list[Organisation] = field(default_factory=list)
    contacts: list[ContactDraft] = field(default_factory=list)
    description: list[tuple[Line, str]] = field(default_factory=list)
    url: str | None = None
    registration_url: str | None = None
    references: list[PartialDate] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    """Years in header sentences ("siden 2019 …"): the weakest evidence of the year."""
    title_years: list[int] = field(default_factory=list)
    """Years in the title, the subject or a heading ("Strategikonferansen 2024")."""
    day_hints: list[tuple[int, PartialDate]] = field(default_factory=list)
    editions: list[tuple[When, int | None, Line]] = field(default_factory=list)
    report: bool = False
