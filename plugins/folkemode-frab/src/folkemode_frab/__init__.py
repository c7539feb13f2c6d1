"""folkemode-frab: write a folkemode programme as a frab schedule, in XML and JSON.

frab schedules (``schedule.xml`` / ``schedule.json``) are what conference
tools such as frab and pretalx publish and what schedule apps (Giggity,
EventFahrplan), video tracking and volunteer planning read. Installing this
package adds two folkemode output formats through the ``folkemode``
entry-point group:

- ``frab``: frab XML, suffix ``.frab.xml``;
- ``frab-json``: frab JSON, suffix ``.frab.json``.

>>> import folkemode
>>> xml = folkemode.dumps(folkemode.Event.example(), format="frab")
>>> xml.splitlines()[0]
'<?xml version="1.0" encoding="utf-8"?>'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypedDict, Unpack

import folkemode
from folkemode import Event, Exporter, ExportOption
from folkemode_frab.schedule import UNTIMED_CHOICES, build_schedule
from folkemode_frab.structure import Schedule
from folkemode_frab.writers import content_version, to_json, to_xml

__version__ = "0.1.0"

__all__ = [
    "OPTIONS",
    "FrabOptions",
    "__version__",
    "build",
    "dump_frab_json",
    "dump_frab_xml",
]

#: The options both exporters take; the CLI offers them as ``--acronym`` and so on.
OPTIONS = (
    ExportOption(
        name="acronym",
        type=str,
        help="conference acronym, 4+ of a-z 0-9 _ (default: from the event's id)",
    ),
    ExportOption(
        name="version",
        type=str,
        help="schedule version (default: a hash of the content, so it changes when it does)",
    ),
    ExportOption(
        name="default_room",
        type=str,
        help="room for sessions without one (default: the venue's name)",
    ),
    ExportOption(
        name="untimed",
        type=str,
        help=f"sessions with a day but no time: {' or '.join(UNTIMED_CHOICES)} (default: skip)",
        default="skip",
    ),
    ExportOption(
        name="open_ended_duration",
        type=int,
        help="minutes to give sessions that have no end (default: 0)",
        default=0,
    ),
)


class FrabOptions(TypedDict, total=False):
    """The keyword options of :func:`dump_frab_xml` and :func:`dump_frab_json`."""

    acronym: str | None
    version: str | None
    default_room: str | None
    untimed: str
    open_ended_duration: int


def build(event: Event, **options: Unpack[FrabOptions]) -> Schedule:
    """The frab schedule of ``event``, with its version settled.

    Without a ``version`` option the version is a hash of the content.
    """
    version = options.get("version")
    schedule = build_schedule(
        event,
        acronym=options.get("acronym"),
        version=version or "",
        default_room=options.get("default_room"),
        untimed=options.get("untimed", "skip"),
        open_ended_duration=options.get("open_ended_duration", 0),
    )
    if version is None:
        schedule = replace(schedule, version=content_version(schedule))
    return schedule


def dump_frab_xml(event: Event, **options: Unpack[FrabOptions]) -> str:
    """``event`` as frab XML; the keyword options are described in :data:`OPTIONS`."""
    return to_xml(build(event, **options), __version__)


def dump_frab_json(event: Event, **options: Unpack[FrabOptions]) -> str:
    """``event`` as frab JSON; the keyword options are described in :data:`OPTIONS`."""
    return to_json(build(event, **options), __version__)


@folkemode.hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer ``frab`` (XML) and ``frab-json``."""
    register(
        Exporter(
            name="frab",
            media_type="application/xml",
            suffixes=(".frab.xml",),
            dump=dump_frab_xml,
            description="frab schedule XML (c3voc schedule.xml)",
            options=OPTIONS,
        )
    )
    register(
        Exporter(
            name="frab-json",
            media_type="application/json",
            suffixes=(".frab.json",),
            dump=dump_frab_json,
            description="frab schedule JSON (c3voc schedule.json)",
            options=OPTIONS,
        )
    )
