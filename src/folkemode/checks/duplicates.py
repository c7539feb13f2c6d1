"""The same session twice: one title, day and start (in one room, or where none is named)."""

from __future__ import annotations

from collections.abc import Iterator

from folkemode.checks.context import CheckContext, Timed
from folkemode.checks.findings import N_, Finding
from folkemode.checks.names import place_key
from folkemode.model import Event, Session

__all__ = ["duplicates", "repeats"]

DUPLICATE = N_('"%(title)s" is listed twice, %(when)s')


def _same_place(one: Session, other: Session) -> bool:
    if one.room is None or other.room is None:
        return True
    return place_key(one.room) == place_key(other.room)


def _title_key(session: Session) -> str:
    return " ".join(session.title.casefold().split())


def repeats(one: Timed, other: Timed) -> bool:
    """True when ``other`` is ``one`` listed again: D101 reports it (the overlap checks don't)."""
    return (
        one[0] == other[0]
        and _title_key(one[2]) == _title_key(other[2])
        and _same_place(one[2], other[2])
    )


def duplicates(event: Event, context: CheckContext) -> Iterator[Finding]:
    """D101: a session with the title, day and start of an earlier one.

    Two sessions of one title at one time in two named rooms ("Frokost" in
    two halls) are not repeats.
    """
    seen: dict[tuple[str, float], list[Session]] = {}
    for start, _, session in context.timed:
        key = (_title_key(session), start)
        earlier = seen.setdefault(key, [])
        original = next((s for s in earlier if _same_place(s, session)), None)
        earlier.append(session)
        if original is not None:
            yield context.finding(
                "D101",
                DUPLICATE,
                (session, original),
                title=session.title,
                when=context.when(session),
            )
