"""Versions of one programme: read for ``--previous`` and ``diff``, and dated."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from folkemode.cli.common import UsageError, parse_input, read_input
from folkemode.cli.status import Status
from folkemode.summary import NO_PROGRAMME_CODE

if TYPE_CHECKING:
    from folkemode.model import Event


def read_version(args: argparse.Namespace, path: str, source_format: str | None) -> Event:
    """One version of a programme, for ``--previous`` and ``diff``; errors name the file."""
    text, filename = read_input(path)
    name = "standard input" if path == "-" else path
    if not text.strip():
        raise UsageError(f"{name} is empty: it holds no version of a programme")
    result = parse_input(args, text, filename, source_format)
    if not result.event.sessions and any(d.code == NO_PROGRAMME_CODE for d in result.problems):
        raise UsageError(f"{name}: no programme found (no session was read)")
    return result.event


def version_time(event: Event, path: str, given: datetime | None = None) -> datetime | None:
    """When a version was published: ``given`` (``--updated``), else what the version
    says (``Event.updated``), else its file's modification time, to the second and in
    the event's zone; ``None`` for standard input that says nothing. Never the clock's
    time: the same file gives the same version, byte for byte."""
    if given is not None:
        return given
    if event.updated is not None:
        return event.updated
    if path == "-":
        return None
    try:
        seconds = int(Path(path).stat().st_mtime)
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    return datetime.fromtimestamp(seconds, tz=event.zone)


def next_version(
    args: argparse.Namespace, path: str, event: Event, status: Status
) -> tuple[Event, int]:
    """``event`` as the version after ``--previous`` (and dated by ``--updated``), with
    the number of changes between the two."""
    from folkemode.changes import diff, revise

    if args.previous is None:
        return (event if args.updated is None else event.evolve(updated=args.updated)), 0
    previous = read_version(args, args.previous, None)
    updated = version_time(event, path, args.updated)
    if updated is None:
        status.say(
            "folkemode: standard input says not when this version was published: "
            "give --updated, so calendars see when its sessions changed"
        )
    elif updated != event.updated:
        event = event.evolve(updated=updated)
    changed = len(diff(previous, event).changes) if status.enabled else 0
    return revise(previous, event), changed
