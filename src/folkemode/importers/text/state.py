"""The state the structure builder keeps while it walks the lines.

:class:`BuilderState` holds where the walk is — the current day, the open
session and round, the stage, which part of the text — and the small
operations every part of the walk uses: opening and closing sessions and
titling them. The walk itself is :class:`~.structure.Builder`; workshop
rounds (:mod:`.rounds`) and table rows (:mod:`.rows`) are read by objects it
hands this state to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from folkemode.importers.text.body import BodyReader
from folkemode.importers.text.classify import Kind, Shape
from folkemode.importers.text.contacts import ContactReader
from folkemode.importers.text.drafts import DayDraft, HeaderDraft, RoundDraft, SessionDraft
from folkemode.importers.text.endings import Endings
from folkemode.importers.text.header import HeaderReader
from folkemode.importers.text.kinds import KindClassifier
from folkemode.importers.text.layout import (
    fields_under_times,
    people_column_rows,
    rooms_above_times,
    rooms_under_times,
    titles_above,
)
from folkemode.importers.text.ledger import Ledger, session_label
from folkemode.importers.text.lines import Line
from folkemode.importers.text.meetings import meeting_lines
from folkemode.importers.text.people import PeopleReader
from folkemode.importers.text.records import find_records
from folkemode.importers.text.times import TimeSpan, find_duration
from folkemode.importers.text.topics import topic_headings
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import Speaker

__all__ = ["BuilderState", "Structure"]

# The most blank lines in a row passed over beyond a look-ahead's own few (a table
# copied from a page may leave a dozen blank and space-only lines around a cell).
_MOST_BLANKS = 24

# Line ends that say a title goes on on the next line.
_CONTINUING = ("–", "-", ",", " og")


@dataclass
class Structure:
    """Everything read from a text, before years and ends are settled."""

    sessions: list[SessionDraft] = field(default_factory=list)
    rounds: list[RoundDraft] = field(default_factory=list)
    days: list[DayDraft] = field(default_factory=list)
    header: HeaderDraft = field(default_factory=HeaderDraft)
    programme_heading: Line | None = None


class BuilderState:
    """Where the walk over the lines is, and the operations on it."""

    def __init__(
        self,
        items: Sequence[tuple[Line, Shape]],
        lexicon: Lexicon,
        people: PeopleReader,
        kinds: KindClassifier,
        ledger: Ledger,
        locale: str,
        endings: Endings,
    ) -> None:
        self.items = items
        self.endings = endings
        self.locale = locale
        self.lexicon = lexicon
        self.people = people
        self.kinds = kinds
        self.ledger = ledger
        self.contacts = ContactReader(people)
        self.header = HeaderReader(lexicon, people, self.contacts, ledger, locale)
        self.result = Structure(header=self.header.draft)
        self.body = BodyReader(people, ledger, self.result.sessions, endings)
        self.header.programme = (self.result.sessions, self.result.days)
        self.mode = "header"
        self.mode_before_people = "header"  # where a list of people under a label began
        self.day: DayDraft | None = None
        self.session: SessionDraft | None = None
        self.round: RoundDraft | None = None
        self.stage: str | None = None
        self.pending_year: int | None = None
        self.set_aside: int | None = None  # the line of a date that is no day of the programme
        self.prev_blank = True
        self.columns: dict[str, int] = {}
        self.round_headings: dict[str, bool] = {}
        self.topics = topic_headings(items, lexicon)
        self.layout = titles_above(items, lexicon.words("room_labels"))
        self.held = self.layout.held
        self.room_lines = rooms_under_times(items, lexicon.words("room_labels"))
        # "Lokale K1" over "09.00: Fællessession": the room lines, each the room of the
        # sessions below it up to the next (or the next day); the room the walk is in
        self.room_over_lines = frozenset(
            rooms_above_times(items, lexicon.words("room_labels")).values()
        )
        self.room_over: str | None = None
        # "Tema Kontaktpersonar" over "16.05–16.15 Hydrogenprosjektet Kari Bø": the people
        # at each row's end
        self.people_headings, self.people_rows = people_column_rows(
            items, lexicon.words("speaker_labels") | lexicon.words("people_columns")
        )
        self.session_fields = fields_under_times(items)
        self.records = find_records(items, lexicon)
        self.meetings = meeting_lines(items)
        # speakers named under a label above the programme ("Panel: A, B og C")
        self.header_panel: list[tuple[Line, list[Speaker]]] = []
        # people on lines of their own above any programme ("Name, leder for X")
        self.header_people: list[tuple[Line, list[Speaker]]] = []

    def next_index(self, index: int, limit: int = 4) -> int | None:
        """The next line with text of its own, within ``limit`` lines: blank lines and lines
        joined to the one before them ("08.00 -" / "09.30") are passed over, and a run of
        blank lines counts as one (a table copied with a blank line around every cell)."""
        skipped = (Kind.BLANK, Kind.CONTINUED)
        counted = 0
        for j in range(index + 1, min(len(self.items), index + 1 + limit + _MOST_BLANKS)):
            kind = self.items[j][1].kind
            if kind not in skipped:
                return j
            if kind is not Kind.BLANK or self.items[j - 1][1].kind is not Kind.BLANK:
                counted += 1
            if counted >= limit:
                return None
        return None

    def previous_line(self, index: int) -> Line | None:
        """The last non-blank line before ``index``."""
        for j in range(index - 1, -1, -1):
            if self.items[j][1].kind is not Kind.BLANK:
                return self.items[j][0]
        return None

    def following(self, index: int, count: int = 3) -> list[tuple[Line, Shape]]:
        return list(self.items[index + 1 : index + 1 + count])

    def close_session(self) -> None:
        self.session = None
        self.body.people_list = None
        self.body.panel_list = None

    def close_round(self) -> None:
        self.close_session()
        self.round = None

    def new_session(self, title: str, line: Line, span: TimeSpan | None) -> SessionDraft:
        session = SessionDraft(title=title, line=line, day=self.day, indent=line.indent)
        session.stage = self.stage
        session.room = (
            self.room_over or self.stage or (self.day.location if self.day is not None else None)
        )
        if span is not None:
            session.start = span.start
            session.end = span.end
            session.open_end = span.open_end
            session.duration = span.duration
        self.result.sessions.append(session)
        self.session = session
        return session

    def titled(self, session: SessionDraft, text: str, line: Line, what: str) -> None:
        """Set the session's title from ``text``, reading speakers and a duration out of it."""
        if session.duration is None:
            found = find_duration(text, self.lexicon)
            if found is not None and session.start is not None:
                session.duration, text = found
        ending = text.rstrip()
        if ending.endswith(_CONTINUING):
            session.title_continues = next(m.strip() for m in _CONTINUING if ending.endswith(m))
        else:
            session.title_continues = ""
        labelled = self.people.labelled_tail(text)
        if labelled is not None:
            # "Paneldebat med A og B. Ordstyrer: Name": the label's people are speakers too
            text = labelled[0]
        title, people = self.people.split_title(text)
        if people is None and title.endswith(")"):
            title, people = self.people.split_brackets(title)
        if line.number in self.people_rows:
            head, named = self.people.column_people(text)
            if named is not None and (people is None or len(named.speakers) > len(people.speakers)):
                title, people = head, named
        session.title = title.strip(" -–—:") or text
        if people:
            session.speakers.extend(people.speakers)
            session.organisations.extend(people.organisations)
        if labelled is not None:
            known = {s.name for s in session.speakers}
            session.speakers.extend(s for s in labelled[1].speakers if s.name not in known)
        if session.kind is None:
            session.kind = self.kinds.classify(session.title)
        self.ledger.claim(line, f"{session_label(session.title)}: {what}")
