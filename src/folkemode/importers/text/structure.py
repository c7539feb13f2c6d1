"""Putting the lines together: header, days, sessions, rounds, tracks.

:class:`Builder` walks the classified lines once, keeping a little state —
the current day, the open session, the open workshop round, which part of
the text it is in (header, programme, contacts, a page's boilerplate) — and
hands each line to the reader that owns it: :class:`~.header.HeaderReader`
for the event, :class:`~.body.BodyReader` for what is under a session,
:class:`~.contacts.ContactReader` for contact blocks,
:class:`~.rounds.RoundReader` for workshop rounds, :class:`~.rows.TableRows`
for table rows. Every line is
claimed or reported in the :class:`~.ledger.Ledger` as it is read.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import time

from folkemode.importers.text.classify import Kind, Shape
from folkemode.importers.text.contacts import find_emails
from folkemode.importers.text.dates import DayHeading, When, find_dates
from folkemode.importers.text.drafts import DayDraft, SessionDraft
from folkemode.importers.text.ledger import session_label
from folkemode.importers.text.lines import (
    Line,
    bare_name,
    first_sentence,
    is_all_caps,
    is_prose,
    looks_like_address,
    word_count,
)
from folkemode.importers.text.meetings import town_of
from folkemode.importers.text.people import People, with_lead_role
from folkemode.importers.text.records import Record
from folkemode.importers.text.rounds import RoundReader
from folkemode.importers.text.rows import TableRows
from folkemode.importers.text.state import BuilderState, Structure
from folkemode.importers.text.times import TimeSpan, find_times, parse_trailing_time
from folkemode.importers.text.topics import is_heading_like
from folkemode.model import SessionKind, Speaker
from folkemode.roles import leads_session

__all__ = ["Builder", "Structure"]


# A title of this many words or more, written as sentences, is a paragraph: its first
# sentence is the title, the rest the description.
_PARAGRAPH_WORDS = 30
# The parts of a text above its programme, where a label's people are the event's.
_ABOVE = ("header", "about")
# The most words a title written as a sentence under its time may have.
_LONGEST_TITLE = 40
# A bare time range this long under the date is the event's hours, not a session.
_FRAME_MINUTES = 180
# A street's number ("Kompagnistræde 22"), which an address in a sentence holds.
_NUMBER = re.compile(r"[a-zæøå] \d")
# "2020" before "19.-20. marts": the year of a date in a list of the series' dates
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d")
_DAY_MONTH = re.compile(r"\d{1,2}\.(?:0[1-9]|1[0-2])(?![.:\d])")
# "12.00 – …", "9:30 - …": a time, then a dash before the text.
_DIGIT = re.compile(r"\d")
_TIME_THEN_DASH = re.compile(r"\d{1,2}[.:]\d{2}\s*[–—-]\s")


# The kinds the walk tells apart on every line, looked up once: a member's lookup on
# the enum class costs more than the test itself.
_BLANK, _TIMED, _DAY, _PROGRAM, _FIELD, _LABEL, _WHEN = (
    Kind.BLANK,
    Kind.TIMED,
    Kind.DAY,
    Kind.PROGRAM,
    Kind.FIELD,
    Kind.LABEL,
    Kind.WHEN,
)
_YEAR, _CONTINUED, _TABLE_HEAD, _BLOCK, _GREETING, _CLOSING, _BOILERPLATE = (
    Kind.YEAR,
    Kind.CONTINUED,
    Kind.TABLE_HEAD,
    Kind.BLOCK,
    Kind.GREETING,
    Kind.CLOSING,
    Kind.BOILERPLATE,
)


def _date_like_time(line: Line, shape: Shape) -> bool:
    """A bare "23.09" that could as well be a day and month (no "kl.", no range)."""
    span = shape.span
    return (
        span is not None
        and not span.clock_word
        and span.end is None
        and _DAY_MONTH.match(line.text) is not None
    )


# The fewest items titled by a name alone that make a programme a list of speeches.
_NAMED_ITEMS = 3


class Builder(BuilderState):
    """Reads classified lines into a :class:`Structure`.

    Workshop rounds and table rows are read by a :class:`~.rounds.RoundReader` and
    a :class:`~.rows.TableRows` over the same state, which the walk hands them.
    """

    # Made afresh on each use (they hold only the state): a reader kept on the builder
    # would tie the two in a cycle, and the whole walk's drafts would then wait for the
    # cyclic collector instead of going when the read ends.
    @property
    def rounds(self) -> RoundReader:
        return RoundReader(self)

    @property
    def rows(self) -> TableRows:
        return TableRows(self)

    # -- the walk ----------------------------------------------------------------

    def build(self) -> Structure:
        index = 0
        while index < len(self.items):
            line, shape = self.items[index]
            if shape.kind is _BLANK:
                self.prev_blank = True
                index += 1
                continue
            index = self.step(index, line, shape)
            self.prev_blank = False
        self.close_round()
        self.names_as_titles()
        self.single_event_session()
        self.one_item_on_its_day()
        self.seat_header_panel()
        self.rounds.group_parallel()
        self.header.ranges_as_editions(timed=any(s.start is not None for s in self.result.sessions))
        self.days_as_editions()
        self.facts_in_sessions()
        self.header.draft.contacts = self.contacts.contacts
        self.header.draft.venue_found = self.header.venues.best(at_least=2)
        self.header.draft.venue_guess = self.header.venues.best()
        pending = self.contacts.pending_line()
        if pending is not None:
            self.header.description(pending)
        return self.result

    def days_as_editions(self) -> None:
        """Two or more dated days, each with the same hours and nothing under any of them
        ("Torsdag 26. juni kl. 18.30-20.30" / "Mandag 18. august kl. 18.30-20.30"): the
        same meeting held on each, its editions, not the days of one programme."""
        draft, days = self.header.draft, self.result.days
        if self.result.sessions or len(days) < 2 or draft.frame_times is None or draft.editions:
            return
        start, end = draft.frame_times
        # (the hours are split off the day's line: the line's items, read together again)
        numbers = {day.line.number for day in days}
        texts: dict[int, list[str]] = {}
        for line, _ in self.items:
            if line.number in numbers:
                texts.setdefault(line.number, []).append(line.text)
        for day in days:
            found = find_times(" ".join(texts[day.line.number]), self.lexicon)
            if (
                day.date is None
                or len(found) != 1
                or (found[0].start, found[0].end) != (start, end)
            ):
                return
        for day in days:
            assert day.date is not None
            when = When(
                first=day.date,
                last=day.date,
                start=(start.hour, start.minute),
                end=None if end is None else (end.hour, end.minute),
            )
            draft.editions.append((when, None, day.line))
            self.ledger.claim(day.line, "edition")
        draft.frame_times = draft.frame_times_line = None
        self.result.days = []

    def facts_in_sessions(self) -> None:
        """A venue or contact the sessions' text gives when the header gave none (a page
        written as one paragraph ends its last item with where and whom to ask)."""
        draft = self.header.draft
        need_venue = draft.venue_name is None
        need_contact = not self.contacts.contacts
        if not (need_venue or need_contact):
            return
        claims = self.ledger.claims
        for line, _ in self.items:
            text = line.text
            # (a venue's address holds a number; a contact an e-mail)
            if len(text) < 40 or not (
                (need_contact and "@" in text) or (need_venue and _NUMBER.search(text))
            ):
                continue
            if any(c.startswith("session ") for c in claims.get(line.number, ())):
                self.header.facts_in_session_text(line)

    def day_follows(self, index: int) -> bool:
        """A dated day heading right under the bare time at ``index``, and no time after."""
        nxt = self.next_index(index)
        if nxt is None or self.items[nxt][1].kind is not _DAY:
            return False
        heading = self.items[nxt][1].day
        if heading is None or heading.date is None:
            return False
        return not any(shape.kind is _TIMED for _, shape in self.items[nxt + 1 :])

    def one_item_on_its_day(self) -> None:
        """A page of one event whose one item has no time of its own: it is held on the
        event's one day at its hours ("Kl. 11:00 - 11:45" / "| 23. august" over the
        item's title and text)."""
        sessions, days = self.result.sessions, self.result.days
        hours = self.header.draft.frame_times
        if len(sessions) != 1 or sessions[0].start is not None or hours is None:
            return
        if len(days) != 1 or days[0].date is None or sessions[0].round is not None:
            return
        session = sessions[0]
        session.start, session.end = hours
        session.day = days[0]

    def single_event_session(self) -> None:
        """An event's page of one item: its title, one day with its hours ("Dag: Mandag
        14/8 2023 14:00 - 15:30") and the people who speak (``Ordstyrer:``, a list under
        ``Medvirkende``), but no programme. The item is a session of its own, so that
        its speakers have a place; without speakers the page stays the event alone."""
        draft = self.header.draft
        if self.result.sessions or not self.header_panel or not draft.name_candidates:
            return  # (a label's people say it, not loose lines of names alone)
        _, _, title = min(draft.name_candidates, key=lambda c: (c[0], c[1].number))
        days = self.result.days
        if len(draft.frames) == 1:
            when, line = draft.frames[0]
            if when.start is None or when.first != when.last:
                return
            session = self.new_dated_session(title, line, when)
        elif (
            not draft.frames
            and draft.frame_times is not None
            and draft.frame_times_line is not None
            and len(days) == 1
            and days[0].date is not None
        ):
            # "Kl. 14:00 - 14:45" / "| 21. august": the hours over the one day
            start, end = draft.frame_times
            self.day = days[0]
            span = TimeSpan(start=start, end=end, rest=title)
            session = self.new_session(title, draft.frame_times_line, span)
        else:
            return
        session.kind = self.kinds.classify(title)
        for _, format_shape in self.items:
            if format_shape.kind is _FIELD and "label_format" in format_shape.categories:
                self.kind_of_format(session, format_shape)  # "Arrangementstype: Debatt"
                break
        for panel_line, speakers in (*self.header_panel, *self.header_people):
            self.body.add_speakers_quietly(session, People(speakers=list(speakers)))
            self.ledger.claim(panel_line, f"{session_label(title)}: speakers")
        self.header_panel.clear()
        self.close_session()

    def seat_header_panel(self) -> None:
        """ "Panel: A, B og C" / "Ordstyrer: D" above a debate evening's programme: the
        speakers of its one debate. With no debate, or several, they stay the event's
        description (and the audit names them)."""
        debates = [s for s in self.result.sessions if s.kind is SessionKind.DEBATE]
        if len(debates) == 1:
            # "Debatten ledes af journalist Name." in the header: who leads the one debate
            for _, text in self.header.draft.description:
                found = self.debate_leaders(text)
                if found:
                    self.body.add_speakers_quietly(debates[0], People(speakers=found))
        if not self.header_panel:
            return
        if len(debates) != 1:
            for line, _ in self.header_panel:
                self.header.description(line)
            return
        debate = debates[0]
        for line, speakers in self.header_panel:
            self.body.add_speakers_quietly(debate, People(speakers=list(speakers)))
            self.ledger.claim(line, f"{session_label(debate.title)}: speakers above the programme")

    def debate_leaders(self, text: str) -> list[Speaker]:
        """The people a sentence opening with the debate says lead it: "Debatten ledes af
        journalist Niels Falk fra Hedeby Avis." (the debate's word in its definite form,
        then "af"/"av" and only people)."""
        found: list[Speaker] = []
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            words = sentence.split()
            if len(words) < 4 or not self.kinds.is_debate_word(words[0]):
                continue
            by = next(
                (i for i, w in enumerate(words[:5]) if w.lower() in self.people.vocab.by_markers),
                None,
            )
            if by is None:
                continue
            people = self.people.parse(" ".join(words[by + 1 :]).rstrip("."))
            if people is not None and people.speakers and all(s.role for s in people.speakers):
                found.extend(people.speakers)
        return found

    def names_as_titles(self) -> None:
        """ "Kl. 12.00: Bjørn Lund", "Kl. 12.30: Vera Holm", …: a list of speeches, each
        item titled by its speaker's name alone; they are its speakers too. Read so only
        where several items are, as one name alone in a title may be a place's or a body's."""
        named = [
            session
            for session in self.result.sessions
            if session.start is not None
            and not session.speakers
            and bare_name(session.title)
            and self.people.is_person_name(session.title)
        ]
        if len(named) < _NAMED_ITEMS:
            return
        for session in named:
            people = self.people.parse(session.title)
            if people is not None and people.speakers and not people.organisations:
                session.speakers.extend(people.speakers)

    def step(self, index: int, line: Line, shape: Shape) -> int:
        kind = shape.kind
        if index in self.held:
            # a title above its time: it starts the next session, read with its time
            self.close_round()
            self.close_session()
            return index + 1
        if index in self.people_headings:
            self.close_round()
            self.close_session()
            self.ledger.claim(line, "table header")
            return index + 1
        if index in self.room_over_lines:
            self.close_round()
            self.close_session()
            self.room_over = line.text.strip()
            self.ledger.claim(line, "room of the sessions under it")
            return index + 1
        record = self.records.get(index)
        if record is not None:
            return self.on_record(record)
        if self.mode == "boiler" and (
            kind not in (_TIMED, _DAY, _PROGRAM)
            or _date_like_time(line, shape)
            # "Relaterede nyheder" / "07.12.17  Nye regler …": a page's dated list
            or (kind is _DAY and shape.day is not None and shape.day.location is not None)
        ):
            # "Neste arrangementer" / "23.09  Åpen dag": a page's list of dates, no programme
            self.ledger.ignore(line, "web boilerplate")
            return index + 1
        if kind is _TIMED:
            return self.on_timed(index, line, shape)
        if kind is _DAY and line.bullet is None:
            self.on_day(line, shape.day)
        elif kind is _PROGRAM:
            self.close_round()
            self.mode = "program"
            if self.result.programme_heading is None:
                self.result.programme_heading = line
                self.header.heading_years(line)
            self.ledger.claim(line, "programme heading")
        elif kind is _FIELD:
            self.on_field(index, line, shape)
        elif kind is _LABEL:
            self.on_label(line, shape)
        elif kind is _WHEN and index in self.meetings:
            self.on_meeting(index, line, shape)
        elif kind is _WHEN:
            self.on_when(line, shape)
        elif kind is _YEAR:
            self.pending_year = shape.year
            self.mode = "dates"
            self.close_round()
            self.ledger.claim(line, "edition year")
        elif kind is _CONTINUED:
            self.ledger.claim(line, "table row, continued")
        elif kind is _TABLE_HEAD:
            self.rows.on_table_head(line)
        elif kind is _BLOCK:
            self.close_round()
            self.mode = "boiler"
            self.ledger.ignore(line, "web boilerplate")
        elif kind is _GREETING:
            self.ledger.ignore(line, "greeting")
        elif kind is _CLOSING:
            self.close_round()
            self.mode = "closing"
            self.contacts.close()
            self.ledger.ignore(line, "sign-off")
        elif kind is _BOILERPLATE:
            if self.session is not None and not self.session.timed and self.round is None:
                self.close_session()
            self.ledger.ignore(line, "web boilerplate")
        else:
            self.on_text(index, line, shape)
        return index + 1

    # -- timed lines ---------------------------------------------------------------

    def on_timed(self, index: int, line: Line, shape: Shape) -> int:
        span = shape.span
        assert span is not None
        rest = span.rest
        if (
            rest[:1].islower()
            and not line.cells
            and is_prose(rest)
            # "12.00 – servering av lett måltid …": a dash after the time makes it an item
            and _TIME_THEN_DASH.match(line.text) is None
            # "Kl. 13.00 går vi i optog …" among "Kl. …" lines: an item of the list (not
            # "Fra kl. 9.00 er der kaffe …, og vi slutter kl. 15.30.", a sentence)
            and not (
                line.text[:1] in "Kk0123456789"
                and not find_times(rest, self.lexicon)
                and self.in_time_list(index)
            )
        ):
            # "Fra kl. 9.00 er der kaffe …, og vi slutter omkring kl. 15.30.": a sentence
            self.on_text(index, line, Shape(Kind.TEXT, prose=True))
            return index + 1
        self.close_session()
        if self.mode != "program":
            self.mode = "program"
        if span.invalid:
            self.close_round()
            self.ledger.not_understood(line, "no such clock time")
            above = self.layout.above.get(index)
            if above is not None and not self.ledger.accounted(self.items[above][0]):
                # its title, read above it, goes with it: said once, on the time's line
                self.ledger.claim(self.items[above][0], "title of a time that is no time")
            return index + 1
        if index in self.layout.hour_headings:
            self.close_round()
            self.ledger.claim(line, "hour heading")
            return index + 1
        above = self.layout.above.get(index)
        if above is not None:
            return self.on_title_above(index, line, span, self.items[above][0])
        if line.cells:
            self.close_round()
            self.rows.on_row(line, span)
            return index + 1
        title_line, title, after = line, span.rest, index + 1
        room = None
        if title and self.room_then_title(line, title, index):
            # "Kl. 10.00-10.45 | Folkemødescenen" with the title on the next line.
            room, title_line, after = title, self.items[index + 1][0], index + 2
            title = title_line.text
            self.ledger.claim(line, "session time and room")
        if title and self.format_title(title):
            nxt = self.next_index(index, 2)
            if nxt is not None and self.can_be_title(nxt) and not self.items[nxt][1].prose:
                # "10.15: Parallelsession" / "Bedre trivsel, tak": the format, then the title
                title_line, after = self.items[nxt][0], nxt + 1
                title = title_line.text
                self.ledger.claim(line, "session time and format")
        if not title and line.number == self.set_aside:
            # the hour written with a date set aside goes with it ("… 28. oktober kl. 09:00")
            self.ledger.claim(line, "event: date set aside")
            return index + 1
        if not title and self.frame_hours(index, span):
            # "lørdag 26-1-2013" / "kl. 10 - kl. 16": the day's hours, above the programme
            self.header.frame_time(line, span.start, span.end)
            return index + 1
        if (
            not title
            and not self.result.sessions
            and self.header.draft.frame_times == (span.start, span.end)
            and self.after_date(index)
        ):
            # "Tirsdag 7. september kl. 19-21" / "Onsdag 22. september kl. 19-21": the
            # same hours again on another date, not a session
            self.header.frame_time(line, span.start, span.end)
            return index + 1
        if not title and not self.result.sessions and self.day_follows(index):
            # "Kl. 11:00 - 11:45" / "| 23. august" / … on an event's own page: its hours,
            # and its day under them, with the page's header after it
            self.header.frame_time(line, span.start, span.end)
            self.header.hours_over_day = True
            return index + 1
        if not title:
            stacked = self.stacked_titles(index)
            if stacked:
                # "13.00" / "13.20" / "Avslutningstale" / "Møteslutt": a table's two
                # columns, flattened: the times in order, then their titles in order
                self.close_round()
                for time_index, title_index in stacked:
                    time_line, time_shape = self.items[time_index]
                    title_line = self.items[title_index][0]
                    assert time_shape.span is not None
                    session = self.new_session(title_line.text, time_line, time_shape.span)
                    self.ledger.claim(time_line, "session time")
                    self.titled(session, title_line.text, title_line, "title of a stacked time")
                return stacked[-1][1] + 1
            nxt = self.next_index(index)
            if nxt is not None and nxt in self.room_lines:
                # "09.30" / "Rådhuset, sal 2" / "Velkomst og kaffe": the place, then the title
                room_line = self.items[nxt][0]
                room, title_line, after = room_line.text.strip(), self.items[nxt + 1][0], nxt + 2
                title = title_line.text.strip()
                self.ledger.claim(line, "session time")
                self.ledger.claim(room_line, "room of the session under it")
            elif nxt is not None and (self.can_be_title(nxt) or self.titled_label(nxt)):
                title_line, after = self.items[nxt][0], nxt + 1
                title = title_line.text
                self.ledger.claim(line, "session time")
            elif (
                nxt is not None
                and (self.result.sessions or not self.after_date(index))
                and self.sentence_title(nxt) is not None
            ):
                # "Kl. 11-12" over "Reception i huset. Formanden byder velkommen …"
                title_line = self.items[nxt][0]
                title, more = self.sentence_title(nxt) or ("", "")
                self.close_round()
                session = self.new_session(title, line, span)
                self.titled(session, title, title_line, "first sentence as title")
                self.rest_described(session, more)
                self.ledger.claim(line, "session time")
                return nxt + 1
            elif not self.result.sessions and self.after_date(index):
                self.header.frame_time(line, span.start, span.end)
                return index + 1
            else:
                self.close_round()
                self.ledger.not_understood(line, "a time without a title")
                return index + 1
        if (
            (self.rounds.is_round_heading(title) and self.rounds.members_follow(after - 1))
            or (
                title.endswith(":")
                and (
                    self.rounds.labelled_members_follow(after - 1)
                    or self.rounds.offered_members_follow(after - 1)
                )
            )
            or (
                after < len(self.items)
                and self.items[after][0].text.startswith("A:")
                and self.rounds.labelled_members_follow(after - 1, letters_only=True)
            )
        ):
            self.rounds.open_round(line, title_line, title, span)
            return after
        self.close_round()
        more = ""
        if word_count(title) >= _PARAGRAPH_WORDS and title_line is line:
            # "10.00-12.00: Dagens første arrangement foregår i …. Under titlen …": a page's
            # item written as a paragraph; its first sentence is the title
            cut = first_sentence(title)
            if cut is not None and word_count(cut[0]) >= 4 and word_count(cut[1]) >= 4:
                title, more = cut
        session = self.new_session(title, line, span)
        if room is not None:
            session.room = room
        self.titled(session, title, title_line, "time and title")
        self.rest_described(session, more)
        return after

    def rest_described(self, session: SessionDraft, more: str) -> None:
        """What follows a title's first sentence: the description, and who it names.

        "… i eit historisk perspektiv. Føredrag ved professor Name, …", "Hvem skal eie
        kraften? Ordfører A, Nordvik, rådgiver B i KS": only people.
        """
        if not more:
            return
        session.description.append(more)
        found = self.people.opening_speakers(more) or self.people.people_sentence(
            more if more.endswith(".") else f"{more}."
        )
        if found is not None:
            self.body.add_speakers_quietly(session, found)

    def on_record(self, record: Record) -> int:
        """An event's record: the title, then its labelled lines, one with its date and time."""
        self.close_round()
        self.mode = "program"
        title_line = self.items[record.title][0]
        dated_line = self.items[record.when][0]
        when = record.dates
        if isinstance(when, TimeSpan):
            # "Tid: 10.00-11.00": the hours, on the day the walk is in
            session = self.new_session(title_line.text, dated_line, when)
        else:
            session = self.new_dated_session(title_line.text, dated_line, when)
            place = when.after.strip(" /|–—-")
            if place:
                session.room = place  # "… 16:00 – 17:00 / N11 – Gæsten": the stand, the place
        self.titled(session, title_line.text, title_line, "title of its record")
        self.ledger.claim(dated_line, "session days and hours")
        for index in record.lines:
            line, shape = self.items[index]
            if index == record.when:
                continue
            if shape.kind is Kind.FIELD and self.body.field(session, line, shape):
                self.kind_of_format(session, shape)
                continue
            self.body.describe(session, line)  # "Tema: Politikk", "Språk: Norsk"
            value = line.text.partition(":")[2].strip()
            if session.kind is SessionKind.OTHER and word_count(value) <= 2:
                # "Arrangementstype: Debatt": the record says what kind of item it is
                session.kind = self.kinds.classify(value)
        return record.lines[-1] + 1

    def restated_end(self, text: str, start: time) -> time | None:
        """The end of a range in ``text`` that starts at ``start``, the session's own."""
        for mention in find_times(text, self.lexicon):
            if mention.start == start and mention.end is not None and mention.end > start:
                return mention.end
        return None

    def format_title(self, title: str) -> bool:
        """ "Fællessession", "Parallellsesjon 2:": a title naming only how the session is held."""
        if title.count(" ") > 1 or len(title) > 40:
            return False  # (one word, or a word and a number: most titles are longer)
        words = title.strip(" :").lower().split()
        if len(words) == 2 and len(words[1]) <= 2:
            words = words[:1]  # ("Sesjon 2", "Parallelsession B")
        return len(words) == 1 and words[0] in self.lexicon.words("format_titles")

    def kind_of_format(self, session: SessionDraft, shape: Shape) -> None:
        """ "Form: Workshop", "Arrangementstype: Debatt": the kind its title did not tell."""
        if "label_format" in shape.categories and session.kind in (None, SessionKind.OTHER):
            session.kind = self.kinds.classify(shape.value)

    def on_title_above(self, index: int, line: Line, span: TimeSpan, title_line: Line) -> int:
        """ "Title" over "09:30 - 10:15 B12 Organiser - Place": the rest of the time is a place."""
        self.close_round()
        session = self.new_session(title_line.text, line, span)
        if span.rest:
            session.room = span.rest
        self.titled(session, title_line.text, title_line, "title above its time")
        self.ledger.claim(line, "session time and place" if span.rest else "session time")
        for between in self.layout.between.get(index, ()):
            self.body.describe(session, self.items[between][0])  # the block's paragraphs
        return index + 1

    def room_then_title(self, line: Line, rest: str, index: int) -> bool:
        """ "10.00-10.45 | Havnescenen" over the title: the text after the bar is a place."""
        before = line.text[: len(line.text) - len(rest)]
        if "|" not in before or word_count(rest) > 4 or index + 1 >= len(self.items):
            return False
        # A stage, tent, hall or room, also in its definite form ("Havnescenen", "Teltet").
        rooms = tuple(
            room + ending
            for room in self.lexicon.words("room_labels")
            for ending in ("", "n", "en", "t", "et")
        )
        if not any(w.lower().strip(",.()").endswith(rooms) for w in rest.split()):
            return False
        following, shape = self.items[index + 1]
        return (
            shape.kind is Kind.TEXT
            and following.bullet is None
            and not shape.prose
            and not self.people.speaker_line(following.text)
        )

    def stacked_titles(self, index: int) -> list[tuple[int, int]]:
        """Bare times one under another, then as many titles: each time with its title.

        Empty unless two or more bare times in rising order are followed, line by
        line, by exactly as many lines that can be titles (and no more of them).
        """
        times: list[int] = []
        starts: list[time] = []
        j: int | None = index
        while j is not None:
            line, shape = self.items[j]
            span = shape.span
            if shape.kind is not Kind.TIMED or span is None or span.rest or line.cells:
                break
            if starts and span.start <= starts[-1]:
                return []
            times.append(j)
            starts.append(span.start)
            j = self.next_index(j, limit=2)
        if len(times) < 2 or j is None:
            return []
        titles: list[int] = []
        while j is not None and len(titles) < len(times) and self.can_be_title(j):
            titles.append(j)
            j = self.next_index(j, limit=2)
        more = j is not None and j == titles[-1] + 1 and self.can_be_title(j) if titles else False
        if len(titles) != len(times) or more:
            return []  # more lines than times, or fewer: no table of two columns
        return list(zip(times, titles, strict=True))

    def titled_label(self, index: int) -> bool:
        """ "13:45" / "Innleder" / "14:15": a label's word alone, no colon, under a bare time
        and over the next time or a blank line, is that time's title."""
        line, shape = self.items[index]
        if shape.kind is not Kind.LABEL or line.text.rstrip().endswith(":"):
            return False
        after = self.items[index + 1][1].kind if index + 1 < len(self.items) else Kind.BLANK
        return after in (Kind.BLANK, Kind.TIMED)

    def titled_field(self, shape: Shape) -> bool:
        """ "Innledning: Hva vil det si å være folkevalgt?": a speaker label's word, then
        no one's name, opens a title (under "Innledning: Kari Nordmann" it names her)."""
        if shape.kind is not Kind.FIELD or "speaker_labels" not in shape.categories:
            return False
        people = self.people.parse(shape.value) if shape.value else None
        return bool(shape.value) and (people is None or not people.speakers)

    def can_be_title(self, index: int) -> bool:
        line, shape = self.items[index]
        text = line.text
        if (shape.kind is not Kind.TEXT and not self.titled_field(shape)) or index in self.topics:
            return False
        if shape.prose and (word_count(text) > 14 or text.endswith(".")):
            return False
        if not self.result.sessions and looks_like_address(text):
            return False  # "Fredag 24. marts kl. 17:00" over "HK Huset, Vejen 11, 2300 By"
        return not ("@" in text or word_count(text) > 20 or self.people.speaker_line(text))

    def frame_hours(self, index: int, span: TimeSpan) -> bool:
        """A bare range of three hours or more under the date, before any session, or
        under a date with its label wherever it stands ("Dato/tidspunkt" / "5. juni
        2024" / "11:00 - 17:00", the event's block under its programme)."""
        if span.end is None or not self.after_date(index):
            return False
        if self.result.sessions and not self.labelled_date_above(index):
            return False
        minutes = (span.end.hour * 60 + span.end.minute) - (
            span.start.hour * 60 + span.start.minute
        )
        return minutes >= _FRAME_MINUTES

    def in_time_list(self, index: int) -> bool:
        """True when the line above or below (blank lines aside) is a timed line too."""
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(self.items) and self.items[j][1].kind is _BLANK:
                j += step
            if 0 <= j < len(self.items) and self.items[j][1].kind is _TIMED:
                return True
        return False

    def sentence_title(self, index: int) -> tuple[str, str] | None:
        """A paragraph under a bare time: its first sentence is the title, the rest describes."""
        line, shape = self.items[index]
        if (
            (shape.kind is not Kind.TEXT and not self.titled_field(shape))
            or line.bullet is not None
            or index in self.held
        ):
            return None
        parts = first_sentence(line.text)
        if parts is None and word_count(line.text) <= _LONGEST_TITLE:
            # "Formand … Hanne Lisberg byder velkommen.", or a title that is one long sentence
            parts = (line.text.removesuffix("."), "")
        if parts is None or word_count(parts[0]) > _LONGEST_TITLE:
            return None
        return parts

    def labelled_date_above(self, index: int) -> bool:
        """True when the lines above give a date under a time label ("Dato" / "5. juni"),
        read as one field or as a label alone over its date."""
        seen = [
            j
            for j in range(index - 1, max(-1, index - 6), -1)
            if self.items[j][1].kind is not _BLANK
        ]
        if not seen:
            return False
        date = self.items[seen[0]][1]
        if date.kind is Kind.FIELD and "label_time" in date.categories:
            return True
        label = self.items[seen[1]][1] if len(seen) > 1 else None
        return (
            date.kind in (Kind.WHEN, Kind.DAY)
            and label is not None
            and label.kind is Kind.LABEL
            and "label_time" in label.categories
        )

    def after_date(self, index: int) -> bool:
        for j in range(index - 1, max(-1, index - 4), -1):
            kind = self.items[j][1].kind
            if kind is Kind.BLANK:
                continue
            shape = self.items[j][1]
            return kind in (Kind.WHEN, Kind.DAY) or (
                kind is Kind.FIELD and "label_time" in shape.categories
            )
        return False

    # -- days, dates, fields -----------------------------------------------------------

    def on_day(self, line: Line, heading: DayHeading | None) -> None:
        assert heading is not None
        if self.goes_back(heading):
            # "Torsdag 30. oktober kl. 18-21" then "Tirsdag 28. oktober kl. 9": the page's
            # second date, before any session and before the first, is no day of it
            assert self.day is not None and self.day.date is not None
            self.set_aside = line.number
            self.ledger.claim(line, "event: date set aside")
            self.ledger.warn(
                line,
                "date-unused",
                f"{line.text!r} comes before the date given first "
                f"({self.day.date.day}.{self.day.date.month}.) and no session is under "
                "either yet: it is taken as a deadline or the page's date, not a day of "
                "the programme (a label such as 'Frist:' says which)",
            )
            return
        self.close_round()
        before = self.day
        if (
            before is not None
            and before.date is not None
            and heading.date is None
            and heading.number is not None
            and not (self.result.sessions and self.result.sessions[-1].day is before)
        ):
            # "18. okt. 2022" / "Dag 2" / "07:00 Morgenbad": a page's tab, perhaps
            self.ledger.warn(
                line,
                "day-empty",
                f"{line.text!r} follows the day {before.line.text!r} with no session under "
                "that day: the sessions below are dated to this one (if it is a link or a "
                "tab of the page, remove it)",
            )
        self.day = DayDraft(
            line=line,
            date=heading.date,
            number=heading.number,
            weekday=heading.weekday if heading.date is None else heading.date.weekday,
            location=heading.location,
        )
        self.result.days.append(self.day)
        self.stage = self.room_over = None
        opens = self.header.hours_over_day and not self.result.sessions
        self.mode = "header" if opens else "program"
        self.ledger.claim(line, "day heading")

    def goes_back(self, heading: DayHeading) -> bool:
        """A dated heading before the current day's date, with no session read yet."""
        current = self.day.date if self.day is not None else None
        date = heading.date
        if self.result.sessions or current is None or date is None or heading.location:
            return False
        if date.year is not None and current.year is not None and date.year != current.year:
            return date.year < current.year
        return (date.month, date.day) < (current.month, current.day)

    def on_when(self, line: Line, shape: Shape) -> None:
        when = shape.when
        assert when is not None
        if self.pending_year is not None or self.mode == "dates":
            self.close_round()
            self.header.draft.editions.append((when, self.pending_year, line))
            self.pending_year = None
            self.ledger.claim(line, "edition")
            return
        if self.starts_next_day(when):
            # "Anden dag: søndag den 7. marts" between sessions: the day the next ones are on
            self.on_day(line, DayHeading(date=when.first))
            return
        if self.session is not None and not self.prev_blank:
            self.body.describe(self.session, line)
            return
        self.close_round()
        if self.is_deadline(when.before):
            # "Tilmelding senest 15. januar 2026": the sign-up deadline, not the event's date
            self.header.registration(line, line.text, deadline=True)
            return
        if self.is_dated_item(line, when):
            self.on_dated_item(line, when)
            return
        labelled = _YEAR_LABEL.fullmatch(when.before)
        if labelled is not None and when.first.year is None:
            # "2020: 19.-20. marts" in a list of the series' dates: that year's days, which
            # are the event's only when its title names that year
            year = int(labelled.group())
            titled = self.header.draft.title_years
            if titled and year not in titled:
                self.ledger.ignore(line, f"the dates of {year}, another year than the event's")
                return
            when = dataclasses.replace(
                when,
                first=dataclasses.replace(when.first, year=year),
                last=dataclasses.replace(when.last, year=when.last.year or year),
                before="",
            )
        self.header.draft.frames.append((when, line))
        if when.before and self.header.names_event(when.before):
            # "Dialogmøde om ældreplejen – 14. og 15. marts 2024": a title with its dates.
            self.header.draft.name_candidates.append((1, line, when.before))
        elif (
            when.before
            and self.header.draft.venue_fallback is None
            and word_count(when.before) <= 4
        ):
            self.header.draft.venue_fallback = when.before
        if when.after and when.start is not None:
            # "12.-14. juni kl. 10-22, Allinge Havn" / "… på Hotel Nyborg": the place, when
            # nothing better is found
            first, _, rest = when.after.partition(" ")
            place = rest if rest and first in self.lexicon.words("place_prepositions") else None
            place = place or when.after
            draft = self.header.draft
            known = draft.venue_name or draft.venue_fallback
            if known is None:
                draft.venue_fallback = place
            elif place != known:
                self.ledger.warn(
                    line,
                    "text-unused",
                    f"{place!r} after the event's dates and times is neither a session "
                    "nor the venue (another venue was found first)",
                )
        self.ledger.claim(line, "event: dates")

    def on_meeting(self, index: int, line: Line, shape: Shape) -> None:
        """ "Næstved, onsdag den 26. oktober, kl. 19" in a list of meetings: the day of what
        follows, and a session at that hour, titled by the town, unless a programme of
        its own follows (then its first item is at that hour)."""
        when = shape.when
        assert when is not None and when.start is not None
        town = town_of(shape)
        self.on_day(line, DayHeading(date=when.first, location=town))
        start = time(*when.start)
        if self.meetings[index]:
            end = time(*when.end) if when.end is not None else None
            session = self.new_session(town, line, TimeSpan(start=start, end=end, rest=town))
            self.titled(session, town, line, "town, day and hour of a meeting")
            return
        nxt = next((j for j in range(index + 1, len(self.items)) if self.items[j][1].span), None)
        span = self.items[nxt][1].span if nxt is not None else None
        if span is not None and span.start == start:
            self.ledger.claim(line, "hour of the day's first item")

    def starts_next_day(self, when: When) -> bool:
        """One day, no hours, at most a few words naming the day before it ("Anden dag:")
        and nothing after it, under sessions already read: a day heading written so. (A
        page's calendar, "Juletræstænding 1. december", names an event, not a day.)"""
        before = when.before.strip()
        return (
            bool(self.result.sessions)
            and self.mode == "program"
            and when.start is None
            and (when.first.day, when.first.month) == (when.last.day, when.last.month)
            and (
                not before
                or (
                    word_count(before) <= 3
                    and not self.lexicon.words("day_words").isdisjoint(before.lower().split())
                )
            )
            and not when.after.strip(" .:,")
        )

    def is_dated_item(self, line: Line, when: When) -> bool:
        """ "22.-25. juni kl. 10-18 Udstilling: Havet": dates, hours and a title, not a place.

        What follows a frame's times is a place when a comma or a place word sets it
        apart ("…, Voss kulturhus", "… på Hotel Nyborg", "… Sunnfjord hotell");
        otherwise it names something held on those days at those hours.
        """
        if when.start is None:
            return False
        after = when.after
        if not after or after.strip() == ":":
            # "Udstilling: Havet, 17.-20. juni kl. 10-17": named as what it is, first;
            # "• Ungdommens fylkesting (UFT), fredag 1. november kl. 13:30 til 15:00:", a
            # listed item with its day and hours, once the event's days are known
            return self.named_as_what(when.before) or (
                line.bullet is not None
                and line.text.rstrip().endswith(":")
                and when.end is not None
                and when.first == when.last
                and word_count(when.before) >= 2
                and when.before[:1].isupper()
                and bool(self.header.draft.frames)
            )
        if not after[:1].isupper() or not line.text.endswith(after):
            return False
        before = line.text[: len(line.text) - len(after)].rstrip()
        if before.endswith((",", "|", "/", "@")):
            return False
        if before.endswith(":"):
            return True  # "17.-20. juni kl. 10-17: Udstilling om havet", as "Kl. 10: Title"
        words = [w.strip(",.:;").lower() for w in after.split()]
        if words[0] in self.lexicon.words("place_prepositions"):
            return False  # "… på Hotel Nyborg"
        if self.named_as_what(after):
            return True  # "Udstilling: Havet"
        if set(words) & self.lexicon.words("venue_words"):
            return False  # "… Sunnfjord hotell"
        # Something held then, not the event's own days: the programme has begun, or
        # the event's days were given already.
        return self.mode == "program" or bool(self.header.draft.frames)

    @staticmethod
    def named_as_what(text: str) -> bool:
        """ "Udstilling: Havet": a few words naming a kind of item, a colon, its name."""
        kind, colon, name = text.partition(":")
        return bool(colon) and 0 < word_count(kind) <= 3 and bool(name.strip())

    def on_dated_item(self, line: Line, when: When) -> None:
        """An item held on each of its days at its hours: a session with its own dates."""
        title = when.after.strip(" :") or when.before
        session = self.new_dated_session(title, line, when)
        self.titled(session, title, line, "its days, hours and title")

    def new_dated_session(self, title: str, line: Line, when: When) -> SessionDraft:
        """A session held on the days of ``when`` at its hours (its own dates)."""
        assert when.start is not None
        span = TimeSpan(
            start=time(*when.start),
            end=time(*when.end) if when.end is not None else None,
            rest=title,
        )
        session = self.new_session(title, line, span)
        session.dates = when
        return session

    def is_deadline(self, text: str) -> bool:
        """ "Tilmelding senest", "Påmeldingsfrist", "Frist for påmelding": words of a deadline."""
        lowered = text.lower()
        words = set(lowered.replace(":", " ").split())
        deadline = self.lexicon.words("deadline_words") | self.lexicon.words("label_deadline")
        return bool(words & deadline) or any(
            w in lowered for w in self.lexicon.words("label_deadline") if len(w) >= 6
        )

    def attached(self, line: Line) -> bool:
        return self.session is not None and (not self.prev_blank or line.indent > 0)

    def on_field(self, index: int, line: Line, shape: Shape) -> None:
        if not shape.value:
            self.on_label(line, shape)
            return
        speakers = "speaker_labels" in shape.categories and self.mode == "program"
        if (
            self.session is not None
            # "Moderator: Name" under a session's paragraphs, a blank line apart, is its own
            and (
                self.attached(line)
                or (speakers and self.session.timed)
                # "Lokation: D7 - FOA" a blank line under each time: the item's own place
                or (index in self.session_fields and self.session.timed)
            )
            and self.body.field(self.session, line, shape)
        ):
            self.kind_of_format(self.session, shape)
            return
        categories = shape.categories
        if (
            "room_labels" in categories
            and self.mode == "program"
            and ("label_venue" not in categories or self.header.draft.venue_name is not None)
        ):
            self.close_round()
            self.stage = shape.value
            self.ledger.claim(line, "stage of the following sessions")
            return
        if "speaker_labels" in categories and self.mode in ("header", "about", "program"):
            people = self.people.parse(shape.value)
            if people:
                if people.speakers and not self.result.sessions:
                    label = shape.label.strip().lower()
                    if leads_session(label):
                        people = with_lead_role(people, label)  # "Ordstyrer: Name"
                    self.header_panel.append((line, people.speakers))
                else:
                    self.header.description(line)
                return
        self.close_round()
        if self.mode in ("contact", "closing") and "label_contact" not in categories:
            self.mode = "header" if not self.result.sessions else "program"
        self.header.field(line, shape)

    def on_label(self, line: Line, shape: Shape) -> None:
        categories = shape.categories
        if "speaker_labels" in categories and self.session is not None:
            self.body.people_list = self.session
            self.ledger.claim(line, "speaker label")
            return
        if "speaker_labels" in categories and self.mode in _ABOVE and not self.result.sessions:
            # "Medvirkende" over a list of people on an event's page: who speaks at it
            self.mode_before_people = self.mode
            self.mode = "people"
            self.ledger.claim(line, "speaker label")
            return
        self.close_round()
        if "label_contact" in categories:
            self.mode = "contact"
            self.contacts.close()
        elif "label_dates" in categories:
            self.mode = "dates"
        elif "label_registration" in categories or "label_deadline" in categories:
            self.mode = "registration"
        elif "label_time" in categories:
            self.mode = "time"
        elif "label_venue" in categories:
            self.mode = "venue"
        else:
            self.mode = "about"
        self.ledger.claim(line, "section heading")

    # -- text ----------------------------------------------------------------------

    def on_text(self, index: int, line: Line, shape: Shape) -> None:
        text = line.text
        session = self.session
        if (
            session is not None
            and session.start is not None
            and session.end is None
            and session.duration is None
        ):
            closing = self.endings.closing_time(text)
            if closing is not None and closing > session.start:
                # "Møtet heves kl. 16:00." under the last item: its end
                session.end, session.end_line = closing, line
            elif _DIGIT.search(text) is not None:
                restated = self.restated_end(text, session.start)
                if restated is not None:
                    # "Du kan komme når du vil mellom 07.00 - 09.00.": its start, and its end
                    session.end, session.end_line = restated, line
        day = self.day
        if (
            day is not None
            and self.session is None
            and self.previous_line(index) is day.line
            and self.header.day_place(line, day, first=not self.result.sessions)
        ):
            return
        if "ag " in text and any(c.isdigit() for c in text):
            self.header.day_hint(line)
        if "@" in text and self.mentions_contact(text):
            self.close_round()
            self.header.text(line, shape, heading=False)
            return
        if index in self.topics:
            self.close_round()
            self.mode = "program"
            session = SessionDraft(title=text.rstrip(":").strip() or text, line=line, day=self.day)
            session.kind = self.kinds.classify(session.title)
            self.result.sessions.append(session)
            self.session = session
            self.ledger.claim(line, f"untimed session {session.title[:40]!r}: title")
            return
        if (
            self.session is not None
            and self.prev_blank
            and not line.indent
            and line.bullet is None
            and word_count(text) <= 6
            and text.endswith("!")
        ):
            self.close_round()
            self.ledger.ignore(line, "closing remark")
            return
        if (
            self.mode == "program"
            and not shape.prose
            and not line.indent
            and line.bullet is None
            and word_count(text) <= 8
        ):
            span = parse_trailing_time(text, self.lexicon) if text[-1:].isdigit() else None
            if span is not None:
                self.close_round()
                session = self.new_session(span.rest, line, span)
                self.titled(session, span.rest, line, "title and time")
                return
        if self.round is not None and self.rounds.on_round_text(index, line, shape):
            return
        if self.prev_blank and not line.indent and self.signs_up_by(text):
            # "Tilmelding til Viborg-mødet senest 12. marts på …" in a paragraph of its own
            # under the programme: the sign-up deadline, not the last session's description
            self.close_round()
            self.header.registration(line, text, deadline=True)
            return
        if self.session is not None:
            self.body.line(
                self.session, line, shape, self.following(index), attached=not self.prev_blank
            )
            return
        self.on_event_text(index, line, shape)

    def signs_up_by(self, text: str) -> bool:
        """ "Tilmelding … senest 12. marts", "Påmeldingsfrist 1. mars": a sign-up deadline
        sentence (its first word says signing up, a deadline word and a date follow)."""
        first = text.split(None, 1)[0].strip(" :,.").lower() if text.strip() else ""
        lexicon = self.lexicon
        if first not in lexicon.words("registration_words") and first not in lexicon.words(
            "label_deadline"
        ):
            return False
        return self.is_deadline(text) and bool(find_dates(text, lexicon, loose=True))

    def mentions_contact(self, text: str) -> bool:
        """ "Kontakt …", or signing up with someone: a line of the event's, not a session's."""
        lowered = text.lower()
        return any(word in lowered for word in self.lexicon.words("label_contact")) or any(
            word in lowered for word in self.lexicon.words("registration_words")
        )

    def on_event_text(self, index: int, line: Line, shape: Shape) -> None:
        text = line.text
        mode = self.mode
        if mode == "people":
            found = self.people.bullet_people(text) if not shape.prose else None
            if found is not None and found.speakers:
                self.header_panel.append((line, found.speakers))
                return
            mode = self.mode = self.mode_before_people
        if mode in ("contact", "closing"):
            if self.contacts.block_line(line):
                self.ledger.claim(line, "event: contact")
            elif mode == "closing":
                self.ledger.ignore(line, "letter signature")
            else:
                self.header.text(line, shape, heading=False)
            return
        if mode == "registration":
            self.header.registration(line, text, deadline=False)
            return
        if mode in ("time", "venue"):
            category = "label_time" if mode == "time" else "label_venue"
            self.mode = "header" if not self.result.sessions else "program"
            self.header.field(
                line, Shape(Kind.FIELD, label=mode, categories=(category,), value=text)
            )
            return
        if self.starts_contact_block(index):
            self.mode = "contact"
            self.contacts.close()
            if self.contacts.block_line(line):
                self.ledger.claim(line, "event: contact")
                return
        if "@" not in text and not shape.prose:
            people = self.people.parse(text) if word_count(text) <= 8 else None
            if people and people.speakers and people.speakers[0].role and not people.organisations:
                self.header.description(line)
                # ("Ola Holm, leder for Unge Venstre" under "… paneldebatt med:"): the
                # speakers of an event's page of one item, if it is one
                self.header_people.append((line, people.speakers))
                return
        heading = (
            mode == "header"
            and is_heading_like(line, shape)
            and not is_all_caps(text)
            and not self.result.sessions
        )
        self.header.text(line, shape, heading=heading)

    def starts_contact_block(self, index: int) -> bool:
        """A name (perhaps under a job title) with an e-mail within the next lines."""
        line = self.items[index][0]
        text = line.text.strip(" ,.")
        words = text.split()
        if not (
            self.people.is_person_name(text)
            or (len(words) <= 3 and any(self.people.is_role_word(w) for w in words))
        ):
            return False
        for j in range(index + 1, min(len(self.items), index + 5)):
            if find_emails(self.items[j][0].text):
                return True
        return False
