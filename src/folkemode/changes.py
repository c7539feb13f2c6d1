"""Two versions of a programme: which sessions are the same, and what changed.

Programmes change after they are published: a debate moves, a speaker drops
out, a workshop is cancelled, a title is corrected. :func:`diff` matches the
sessions of two versions of an event and lists the changes as data;
:func:`revise` makes the new version carry what calendars need to update
rather than duplicate: the old ids of matched sessions (so calendar UIDs never
churn), a revision count raised on every change (ICS ``SEQUENCE``), cancelled
sessions kept as cancelled, and rescheduled ones marked with their old start.

Sessions are matched in this order, each step only among those still unmatched:

1. the same id;
2. the same start and room (or both no room), when one session of each
   version has them (a title corrected, or changed altogether);
3. a very similar title at the same start (``Pause`` / ``Kaffepause``);
4. the same title on the same day: paired in time order when each version
   has as many of it (the second "Pause" is the second "Pause"), else the
   closest in time first;
5. the same title, when it is the only one in each version (a session moved
   to another day).

>>> from folkemode import Event
>>> old = Event.example()
>>> lunch = next(s for s in old.sessions if s.title == "Frokost")
>>> new = old.replace_session(lunch.id, title="Frokost og netværk")
>>> [(c.kind.value, c.old.title, c.new.title) for c in diff(old, new).changes]
[('renamed', 'Frokost', 'Frokost og netværk')]
"""

from __future__ import annotations

import difflib
import enum
import functools
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

from attrs import evolve, field, frozen

from folkemode.model import Event, Session, SessionStatus, Speaker

__all__ = ["CANCELLED_KEPT_FOR", "Change", "ChangeKind", "Diff", "diff", "revise"]

#: How long after its day a cancelled session is still carried into new versions
#: by :func:`revise` (when the new version says when it was published): long enough
#: for every subscribed calendar to have seen it cancelled.
CANCELLED_KEPT_FOR = timedelta(days=30)

# Titles at least this alike (difflib's ratio, on folded text) at one start are one session.
_SIMILAR = 0.6


class ChangeKind(enum.StrEnum):
    """What happened to a session between two versions."""

    ADDED = "added"
    CANCELLED = "cancelled"
    RETIMED = "retimed"
    """Its start or end changed."""
    MOVED = "moved"
    """Its room changed."""
    RENAMED = "renamed"
    SPEAKERS = "speakers"
    """Speakers were added or removed."""
    DESCRIPTION = "description"
    KIND = "kind"
    STATUS = "status"
    """Its status changed otherwise (moved online, say, or cancelled and back)."""


@frozen(kw_only=True)
class Change:
    """One change to one session; ``old`` or ``new`` is None when it was added or cancelled."""

    kind: ChangeKind
    old: Session | None
    new: Session | None
    added_speakers: tuple[Speaker, ...] = ()
    removed_speakers: tuple[Speaker, ...] = ()

    @property
    def session_id(self) -> str:
        """The session's id: in the old version when there was one (ids are kept)."""
        session = self.old or self.new
        assert session is not None
        return session.id


@frozen(kw_only=True)
class Diff:
    """The result of :func:`diff`: what matched, and every change."""

    matches: tuple[tuple[Session, Session], ...]
    """(old, new) pairs of the same session."""
    changes: tuple[Change, ...] = field()

    def __bool__(self) -> bool:
        return bool(self.changes)

    def of(self, kind: ChangeKind) -> tuple[Change, ...]:
        """The changes of one kind."""
        return tuple(c for c in self.changes if c.kind is kind)


def diff(old: Event, new: Event) -> Diff:
    """Match the sessions of ``old`` and ``new`` and list what changed, in programme order."""
    pairs, added, gone = _match(old.sessions, new.sessions)
    changes: list[Change] = []
    for before, after in pairs:
        if before is not after:  # an unchanged session is often the same object
            changes.extend(_changes(before, after))
    changes.extend(Change(kind=ChangeKind.ADDED, old=None, new=s) for s in added)
    changes.extend(
        Change(kind=ChangeKind.CANCELLED, old=s, new=None)
        for s in gone
        if s.status is not SessionStatus.CANCELLED
    )
    # programme order: the new version's, then what it no longer has (ids are unique in each)
    in_new = {s.id: n for n, s in enumerate(new.sessions)}
    in_old = {s.id: n for n, s in enumerate(old.sessions)}

    def place(change: Change) -> tuple[int, int]:
        if change.new is not None:
            return 0, in_new[change.new.id]
        assert change.old is not None
        return 1, in_old[change.old.id]

    changes.sort(key=place)
    return Diff(matches=tuple(pairs), changes=tuple(changes))


def revise(old: Event, new: Event) -> Event:
    """``new`` as the next version of ``old``, for calendars that update in place.

    - a session matched with one of ``old`` keeps the old id;
    - its ``revision`` is the old one, plus one when its time, place, title,
      status or speakers changed, and its ``updated`` is then ``new.updated``;
    - a session that moved is ``rescheduled``, with ``previous_start`` its old
      start (kept over several moves: the start it was first announced with);
    - a session of ``old`` that ``new`` lacks is kept, ``cancelled``, with its
      old id, until :data:`CANCELLED_KEPT_FOR` after its day has passed;
    - the event keeps its id.
    """
    found = diff(old, new)
    changed: dict[int, list[Change]] = defaultdict(list)
    for change in found.changes:
        if change.new is not None:
            changed[id(change.new)].append(change)
    sessions: list[Session] = []
    for before, after in found.matches:
        sessions.append(_revised(before, after, changed.get(id(after), []), new.updated))
    taken = {s.id for s in sessions}
    matched = {id(after) for _, after in found.matches}
    for session in new.sessions:
        if id(session) in matched:
            continue
        if session.id in taken:
            session = evolve(session, id=_free_id(session.id, taken))
        taken.add(session.id)
        sessions.append(session)
    for change in found.of(ChangeKind.CANCELLED):
        gone = change.old
        assert gone is not None
        # long past, it is dropped now as it would be in the next version: so a version
        # revised from itself again stays the same
        if gone.id in taken or not _recent(gone, new.updated):
            continue
        taken.add(gone.id)
        sessions.append(
            evolve(
                gone,
                status=SessionStatus.CANCELLED,
                revision=gone.revision + 1,
                updated=new.updated or gone.updated,
            )
        )
    # sessions cancelled before: carried on while their day is recent
    still = {id(before) for before, _ in found.matches}
    for session in old.sessions:
        if (
            session.status is SessionStatus.CANCELLED
            and id(session) not in still
            and session.id not in taken
            and _recent(session, new.updated)
        ):
            taken.add(session.id)
            sessions.append(session)
    return new.evolve(id=old.id, sessions=tuple(sessions))


# -- matching ------------------------------------------------------------------


def _match(
    old: Iterable[Session], new: Iterable[Session]
) -> tuple[list[tuple[Session, Session]], list[Session], list[Session]]:
    """(old, new) pairs, then the new sessions left over, then the old ones."""
    pairs: list[tuple[Session, Session]] = []
    by_id = {s.id: s for s in old}  # an event's session ids are unique
    left_new: list[Session] = []
    for session in new:
        before = by_id.pop(session.id, None)
        if before is not None:
            pairs.append((before, session))
        else:
            left_new.append(session)
    left_old = list(by_id.values())
    for step in (_same_slot, _similar_title_same_start, _same_title_same_day, _same_title):
        if not left_new or not left_old:
            break
        found = step(left_old, left_new)
        if found:
            pairs.extend(found)
            paired_old = {id(a) for a, _ in found}
            paired_new = {id(b) for _, b in found}
            left_old = [s for s in left_old if id(s) not in paired_old]
            left_new = [s for s in left_new if id(s) not in paired_new]
    return pairs, left_new, left_old


def _unique_pairs(
    olds: list[Session], news: list[Session], key: Callable[[Session], Hashable | None]
) -> list[tuple[Session, Session]]:
    """Pairs whose key only one old and one new session have."""
    old_by: dict[Hashable, list[Session]] = defaultdict(list)
    for session in olds:
        k = key(session)
        if k is not None:
            old_by[k].append(session)
    new_by: dict[Hashable, list[Session]] = defaultdict(list)
    for session in news:
        k = key(session)
        if k is not None:
            new_by[k].append(session)
    return [
        (old_by[k][0], found[0])
        for k, found in new_by.items()
        if len(found) == 1 and len(old_by.get(k, ())) == 1
    ]


def _same_moment(a: datetime | None, b: datetime | None) -> bool:
    """The same instant (two times in one zone compare their wall clocks: so fold too)."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    if a.tzinfo is b.tzinfo and a.fold == b.fold:
        return a == b
    return a.timestamp() == b.timestamp()


def _same_slot(olds: list[Session], news: list[Session]) -> list[tuple[Session, Session]]:
    def slot(s: Session) -> Hashable | None:
        if s.start is None:
            return None
        return (s.start.timestamp(), _fold(s.room or ""))

    return _unique_pairs(olds, news, slot)


def _similar_title_same_start(
    olds: list[Session], news: list[Session]
) -> list[tuple[Session, Session]]:
    at: dict[float, list[Session]] = defaultdict(list)
    for session in olds:
        if session.start is not None:
            at[session.start.timestamp()].append(session)
    pairs = []
    taken: set[int] = set()
    for session in news:
        if session.start is None:
            continue
        candidates = at.get(session.start.timestamp(), ())
        if not candidates:
            continue
        # the new title is the matcher's second sequence, indexed once for all candidates
        matcher = difflib.SequenceMatcher(None, "", _fold(session.title), autojunk=False)
        best, score = None, _SIMILAR
        for candidate in candidates:
            if id(candidate) in taken:
                continue
            matcher.set_seq1(_fold(candidate.title))
            # the cheap upper bounds first: most candidates at a busy start are far off
            if matcher.real_quick_ratio() < score or matcher.quick_ratio() < score:
                continue
            ratio = matcher.ratio()
            if ratio >= score:
                best, score = candidate, ratio
        if best is not None:
            taken.add(id(best))
            pairs.append((best, session))
    return pairs


def _same_title_same_day(olds: list[Session], news: list[Session]) -> list[tuple[Session, Session]]:
    """One title on one day: as many in each version are paired in time order."""
    old_by: dict[Hashable, list[Session]] = defaultdict(list)
    new_by: dict[Hashable, list[Session]] = defaultdict(list)
    for session in olds:
        old_by[(_fold(session.title), session.day)].append(session)
    for session in news:
        new_by[(_fold(session.title), session.day)].append(session)
    pairs: list[tuple[Session, Session]] = []
    for key, found in new_by.items():
        before = old_by.get(key, [])
        if len(before) == len(found):
            pairs.extend(zip(_by_start(before), _by_start(found), strict=True))
        elif before:
            pairs.extend(_nearest(before, found))
    return pairs


def _nearest(olds: list[Session], news: list[Session]) -> list[tuple[Session, Session]]:
    """Pairs closest in time first, each session in one pair at most (small groups)."""

    def start(s: Session) -> float:
        return s.start.timestamp() if s.start is not None else 0.0

    if len(olds) * len(news) > 10_000:  # hundreds of one title on one day: in time order
        return list(zip(_by_start(olds), _by_start(news), strict=False))
    distances = sorted(
        (abs(start(a) - start(b)), i, j) for i, a in enumerate(olds) for j, b in enumerate(news)
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, i, j in distances:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((olds[i], news[j]))
    return pairs


def _by_start(sessions: list[Session]) -> list[Session]:
    return sorted(sessions, key=lambda s: s.start.timestamp() if s.start is not None else 0.0)


def _same_title(olds: list[Session], news: list[Session]) -> list[tuple[Session, Session]]:
    return _unique_pairs(olds, news, lambda s: _fold(s.title))


@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Text compared without case, accents or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# -- changes -------------------------------------------------------------------


def _changes(old: Session, new: Session) -> Iterator[Change]:
    def change(kind: ChangeKind, **more: tuple[Speaker, ...]) -> Change:
        return Change(kind=kind, old=old, new=new, **more)

    if old is new:
        return
    retimed = (
        not _same_moment(old.start, new.start)
        or not _same_moment(old.end, new.end)
        or old.day != new.day
    )
    if retimed:
        yield change(ChangeKind.RETIMED)
    if (old.room or "") != (new.room or ""):
        yield change(ChangeKind.MOVED)
    if old.title != new.title:
        yield change(ChangeKind.RENAMED)
    before: dict[str, Speaker] = {}
    after: dict[str, Speaker] = {}
    if old.speakers != new.speakers:
        before = {_fold(s.name): s for s in old.speakers}
        after = {_fold(s.name): s for s in new.speakers}
    if before.keys() != after.keys():
        yield change(
            ChangeKind.SPEAKERS,
            added_speakers=tuple(s for k, s in after.items() if k not in before),
            removed_speakers=tuple(s for k, s in before.items() if k not in after),
        )
    if (old.description or "") != (new.description or ""):
        yield change(ChangeKind.DESCRIPTION)
    if old.kind is not new.kind:
        yield change(ChangeKind.KIND)
    if old.status is not new.status and not (
        # a move the new version does not call a move is a retiming, listed above
        (old.status is SessionStatus.RESCHEDULED and new.status is SessionStatus.SCHEDULED)
        # and one it does call a move (a version made by revise) is that same retiming
        or (
            retimed
            and old.status is SessionStatus.SCHEDULED
            and new.status is SessionStatus.RESCHEDULED
        )
    ):
        yield change(
            ChangeKind.CANCELLED if new.status is SessionStatus.CANCELLED else ChangeKind.STATUS
        )


# What a calendar shows: a change of these raises the revision (SEQUENCE).
_SHOWN = frozenset(
    {
        ChangeKind.RETIMED,
        ChangeKind.MOVED,
        ChangeKind.RENAMED,
        ChangeKind.SPEAKERS,
        ChangeKind.DESCRIPTION,
        ChangeKind.STATUS,
        ChangeKind.CANCELLED,
        ChangeKind.KIND,
    }
)


def _revised(
    old: Session, new: Session, changes: list[Change], updated: datetime | None
) -> Session:
    kinds = {c.kind for c in changes}
    fields: dict[str, Any] = {}
    if new.id != old.id:
        fields["id"] = old.id
    if kinds & _SHOWN:
        fields["revision"] = max(old.revision, new.revision) + 1
        if updated is not None:
            fields["updated"] = updated
    elif new.revision != old.revision or new.updated != old.updated:
        fields["revision"] = max(old.revision, new.revision)
        fields["updated"] = new.updated or old.updated
    if ChangeKind.RETIMED in kinds and new.status is SessionStatus.SCHEDULED:
        fields["status"] = SessionStatus.RESCHEDULED
        fields["previous_start"] = old.previous_start or old.start
    elif new.status is SessionStatus.RESCHEDULED and new.previous_start is None:
        fields["previous_start"] = old.previous_start or old.start
    elif old.status is SessionStatus.RESCHEDULED and new.status is SessionStatus.SCHEDULED:
        fields["status"] = SessionStatus.RESCHEDULED
        fields["previous_start"] = old.previous_start
    return evolve(new, **fields) if fields else new


def _free_id(identifier: str, taken: set[str]) -> str:
    count = 2
    while f"{identifier}-{count}" in taken:
        count += 1
    return f"{identifier}-{count}"


def _recent(session: Session, now: datetime | None) -> bool:
    """A cancelled session is kept until CANCELLED_KEPT_FOR after its day (always, undated)."""
    day: date | None = session.day
    if now is None or day is None:
        return True
    return now.date() <= day + CANCELLED_KEPT_FOR
