"""Workshop rounds: a timed heading with parallel sessions under it.

"Kl. 14.15-15.15 Workshops runde #1", "Parallelle sesjonar", "Sessioner i to
spor", "Verksteder": the heading is the :class:`~folkemode.model.WorkshopRound`,
and the bullets or labelled sub-headings ("Spor A – …", "Sesjon 1: …") under it
are its parallel sessions, each with the round's times and kind ``workshop``.
"""

from __future__ import annotations

import functools
import re

from folkemode.importers.text.classify import Kind, Shape
from folkemode.importers.text.drafts import RoundDraft, SessionDraft
from folkemode.importers.text.lines import Line
from folkemode.importers.text.state import BuilderState
from folkemode.importers.text.times import TimeSpan, add_minutes, find_duration
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import SessionKind

__all__ = ["RoundReader", "member_pattern"]

_STRONG_ROUND = frozenset(
    {
        "workshops",
        "verksteder",
        "verkstader",
        "værksteder",
        "parallelle",
        "parallel",
        "parallelt",
        "sesjoner",
        "sesjonar",
        "sessioner",
        "sessions",
        "seminarer",
        "seminarar",
        "breakout",
        "temaspor",
        "workshoprunde",
    }
)


@functools.lru_cache(maxsize=8)
def member_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    labels = (
        lexicon.words("track_labels")
        | lexicon.words("room_labels")
        | lexicon.words("member_labels")
    )
    alternation = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    # "Spor A – …", "Sesjon 1: …", or a bare letter "A: …" naming the track.
    return re.compile(
        rf"(?:(?P<label>(?i:{alternation}))\s{{1,2}}(?P<id>[A-ZÆØÅ]|\d{{1,2}}|[IVX]{{1,4}})"
        r"\s{0,2}[:.–—-]|(?P<bare>[A-ZÆØÅ]):)\s{0,3}(?P<title>\S.*)"
    )


# The plurals that end a compound naming a round ("Parallellsesjoner", "Fagseminarer").
_COMPOUND_ENDS = tuple(
    sorted(
        {"sesjoner", "sesjonar", "sessioner", "seminarer", "seminarar", "workshops"}
        | {"verksteder", "verkstader", "værksteder"}
    )
)
_WEAK_ROUND = frozenset({"workshop", "runde", "spor", "round"})
_ROUND_WORDS = _STRONG_ROUND | _WEAK_ROUND
# Any of them anywhere in a lowered title: a title without one has none among its words.
_ANY_ROUND_WORD = re.compile("|".join(sorted(_ROUND_WORDS)))

_PARALLEL = {"da": "Parallelle sessioner", "nb": "Parallelle sesjoner", "nn": "Parallelle sesjonar"}


def _opens_the_next(first: SessionDraft, second: SessionDraft) -> bool:
    """True when ``first`` is a word of welcome or an opening with no end written, and
    ``second``, at the same start, has its end written."""
    return (
        first.end is None
        and first.duration is None
        and second.end is not None
        and first.kind is SessionKind.PLENARY
    )


class RoundReader:
    """Opening workshop rounds and reading their parallel sessions.

    It reads and changes the walk's :class:`~.state.BuilderState` it is given (the
    open round and session, the day), and keeps no state of its own.
    """

    def __init__(self, state: BuilderState) -> None:
        self.state = state

    def group_parallel(self) -> None:
        """Sessions listed one after another with the same start form a round of their own.

        ("Kl. 13.00 Workshop A" / "Kl. 13.00 Workshop B"; a festival's stages.)
        Each keeps its own end.
        """
        sessions = self.state.result.sessions
        index = 0
        while index < len(sessions):
            first = sessions[index]
            end = index + 1
            while (
                end < len(sessions)
                and first.start is not None
                and first.round is None
                and sessions[end].round is None
                and sessions[end].start == first.start
                and sessions[end].day is first.day
                and sessions[end].stage == first.stage
            ):
                end += 1
            if end - index == 2 and _opens_the_next(first, sessions[index + 1]):
                # "08:30 Velkommen til en ny dag" / "08:30-10:00 Ordførerrollen": a word
                # of welcome as the item with its hours begins, no length of its own
                first.open_end = True
            elif end - index >= 2 and not any(
                self.state.endings.no_end(s.title, s.description) for s in sessions[index:end]
            ):
                # ("13.30 Slutt" / "13.30 Lunsj og heimreise", "18.30 Frist for innlevering" /
                # "18.30 Valg": the meeting ends, or a notice is given, at the other's time;
                # not two things at once)
                group = RoundDraft(
                    name=_PARALLEL.get(self.state.locale, _PARALLEL["da"]),
                    line=first.line,
                    start=first.start,
                    end=None,
                    day=first.day,
                    implicit=True,
                )
                group.members = sessions[index:end]
                for member in group.members:
                    member.round = group
                self.state.result.rounds.append(group)
            index = end

    def open_round(self, line: Line, title_line: Line, title: str, span: TimeSpan) -> None:
        """Start the round ``title`` at ``span`` (its heading is ``line``)."""
        self.state.close_round()
        found = find_duration(title, self.state.lexicon)
        if found is not None and span.end is None:
            span = TimeSpan(span.start, None, found[1], duration=found[0])
            title = found[1]
        end = span.end
        if end is None and span.duration is not None:
            end = add_minutes(span.start, span.duration.total_seconds() / 60)[0]
        title = title.rstrip(" :") or title
        self.state.round = RoundDraft(
            name=title,
            line=line,
            start=span.start,
            end=end,
            day=self.state.day,
            duration=span.duration,
        )
        self.state.result.rounds.append(self.state.round)
        self.state.ledger.claim(line, f"workshop round {title!r}")
        if title_line is not line:
            self.state.ledger.claim(title_line, f"workshop round {title!r}")

    def is_round_heading(self, title: str) -> bool:
        """True for a title that opens a workshop round (asked once per title)."""
        known = self.state.round_headings.get(title)
        if known is None:
            known = self.state.round_headings[title] = self._is_round_heading(title)
        return known

    def _is_round_heading(self, title: str) -> bool:
        # A heading names its round in its first few words; ten are plenty to look at.
        # (the title lower-cased once, not word by word: the same words, as lower-casing
        # makes and takes no spaces or punctuation, and reads a final sigma alike)
        lowered = title.lower()
        # A quick test first: each way below needs a round word among the words, or a
        # compound in the first four ("Breakout-sesjoner"), with its hyphen in the title;
        # a word is part of the title, so one scan of it tells most titles apart.
        if "-" not in title and _ANY_ROUND_WORD.search(lowered) is None:
            return False
        words = [w.strip(" ,.:;()#!?–-") for w in lowered.split(None, 10)[:10]]
        if any(w.endswith(_COMPOUND_ENDS) for w in words[:2]):
            return True  # "Parallellsesjoner bolk 1", "Fagseminarer": a compound's plural
        if "-" not in title and _ROUND_WORDS.isdisjoint(words):
            return False  # a round word only inside another ("transport")
        for word in words[:4]:
            if word in _STRONG_ROUND:
                return True
            # "Breakout-sesjoner": each part of a compound joined by a hyphen counts
            if "-" in word and any(part in _STRONG_ROUND for part in word.split("-")):
                return True
        if title.rstrip().endswith(":") and any(w in _STRONG_ROUND for w in words):
            return True  # "Vælg én af tre workshops:", "Velg mellom parallelle sesjoner:"
        if not any(w in _WEAK_ROUND for w in words[:3]):
            return False
        return "#" in title or any(
            w.isdigit() or w in self.state.lexicon.numbers for w in words[:5]
        )

    def members_follow(self, index: int) -> bool:
        nxt = self.state.next_index(index, limit=5)
        if nxt is None:
            return False
        line, shape = self.state.items[nxt]
        if shape.kind in (Kind.TIMED, Kind.DAY, Kind.PROGRAM):
            return False
        return (
            line.bullet is not None
            or member_pattern(self.state.lexicon).match(line.text) is not None
        )

    def labelled_members_follow(self, index: int, *, letters_only: bool = False) -> bool:
        """Two or more labelled items ("A: …", "Spor B – …") under a heading.

        ("Temadrøftelser – vælg ét af fire lokaler:", "Velg ett av tre verksteder:")
        With ``letters_only``, the items must be "A: …" and "B: …", in order.
        """
        pattern = member_pattern(self.state.lexicon)
        found: list[str] = []
        for j in range(index + 1, min(len(self.state.items), index + 40)):
            line, shape = self.state.items[j]
            if shape.kind in (Kind.TIMED, Kind.DAY, Kind.PROGRAM):
                break
            match = pattern.match(line.text) if line.bullet is None else None
            if match is not None:
                found.append(match.group("bare") or "")
                if len(found) >= 2:
                    return not letters_only or found == ["A", "B"]
        return False

    def offered_members_follow(self, index: int) -> bool:
        """Two or more bullets, each an item with its speaker ("• Rundvisning i Folketinget
        v. Name"), and nothing else, under a heading that ends in a colon: things offered
        at one time, one each, as a round's members."""
        found = 0
        for j in range(index + 1, min(len(self.state.items), index + 40)):
            line, shape = self.state.items[j]
            if shape.kind is Kind.BLANK:
                continue
            if line.bullet is None:
                break
            head, people = self.state.people.split_title(line.text)
            if people is None or not people.speakers or head == line.text:
                return False
            found += 1
        return found >= 2

    def on_round_text(self, index: int, line: Line, shape: Shape) -> bool:
        current = self.state.round
        assert current is not None
        label = member_pattern(self.state.lexicon).match(line.text) if line.bullet is None else None
        if line.bullet is not None and (
            current.member_indent is None or line.indent <= current.member_indent
        ):
            if current.member_indent is None:
                current.member_indent = line.indent
            labelled = member_pattern(self.state.lexicon).match(line.text)
            if labelled is None:
                self.member(line, line.text)
            else:
                self.labelled_member(line, labelled)  # "• Spor A: Økonomi"
            return True
        if label is not None:
            self.labelled_member(line, label)
            return True
        if (
            self.state.session is not None
            and (
                line.indent > (current.member_indent or 0)
                or not self.state.prev_blank
                or label is None
            )
            and not (
                self.state.prev_blank and current.member_indent is not None and not line.indent
            )
        ):
            self.state.body.line(
                self.state.session,
                line,
                shape,
                self.state.following(index),
                attached=not self.state.prev_blank,
            )
            return True
        self.state.close_round()
        return False

    def labelled_member(self, line: Line, label: re.Match[str]) -> SessionDraft:
        """A parallel session named after its label: "Spor A – …", "Sal 2: …", "A: …".

        A track's or room's label names the track or room; any other ("Tema 1:",
        "Sesjon 2:") stays the start of the title, as written.
        """
        word = (label.group("label") or "").lower()
        keeps = not label.group("bare") and not (
            word in self.state.lexicon.words("track_labels")
            or word in self.state.lexicon.words("room_labels")
        )
        member = self.member(line, line.text.strip() if keeps else label.group("title"))
        if label.group("bare"):
            member.track = label.group("bare")
            return member
        name = f"{label.group('label')} {label.group('id')}"
        if word in self.state.lexicon.words("track_labels"):
            member.track = name
        elif word in self.state.lexicon.words("room_labels"):
            member.room = name
        return member

    def member(self, line: Line, text: str) -> SessionDraft:
        current = self.state.round
        assert current is not None
        self.state.close_session()
        session = SessionDraft(title=text, line=line, day=current.day, indent=line.indent)
        session.start, session.end, session.round = current.start, current.end, current
        session.kind = SessionKind.WORKSHOP
        session.room = self.state.stage or (
            self.state.day.location if self.state.day is not None else None
        )
        current.members.append(session)
        self.state.result.sessions.append(session)
        self.state.session = session
        self.state.titled(session, text, line, "parallel session")
        return session
