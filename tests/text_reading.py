"""What the tests of the text importer ask of its results, said once."""

from __future__ import annotations

from datetime import time

import folkemode


def parse(text: str, **options: object) -> folkemode.ImportResult:
    """The text importer's result for ``text``."""
    return folkemode.parse(text, format="text", **options)


def clock(session: folkemode.Session) -> tuple[time | None, time | None]:
    """A session's start and end as clock times."""
    start = session.start.time() if session.start else None
    end = session.end.time() if session.end else None
    return start, end


def names(session: folkemode.Session) -> list[str]:
    """The names of a session's speakers, in order."""
    return [speaker.name for speaker in session.speakers]
