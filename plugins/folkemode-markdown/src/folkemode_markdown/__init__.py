"""folkemode-markdown: a folkemode programme as a Markdown document.

Installing this package adds the output format ``markdown`` (suffixes
``.md`` and ``.markdown``) through the ``folkemode`` entry-point group: a
heading for the programme, one per day, and a line per session — or a table
per day — in the programme's language or in the one asked for.

>>> import folkemode
>>> event = folkemode.Event.example()
>>> text = folkemode.dumps(event, format="markdown", layout="table", show_details=False)
>>> print("\\n".join(text.splitlines()[:7]))
# Kommunalpolitisk Efterårsseminar 2025
<BLANKLINE>
## Torsdag den 13. november 2025
<BLANKLINE>
| Tid | Programpunkt | Lokale | Oplægsholdere |
| --- | --- | --- | --- |
| 09.30–10.00 | Ankomst og registrering |  |  |
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import folkemode
from folkemode import (
    Event,
    Exporter,
    ExportOption,
    FolkemodeError,
    Session,
    SessionKind,
    SessionStatus,
    Speaker,
    i18n,
)
from folkemode_markdown.labels import Labels, labels_for
from folkemode_markdown.text import escape, link, paragraphs

__version__ = "0.1.0"

__all__ = ["LAYOUTS", "OPTIONS", "__version__", "dump_markdown", "escape"]

#: What ``layout`` takes: a bullet list per day, or a table per day.
LAYOUTS = ("list", "table")
MAX_HEADING_LEVEL = 5  # the days are one level below, and Markdown stops at 6
_BREAKS = (SessionKind.BREAK, SessionKind.MEAL)

#: The exporter's options; the command line offers them as ``--include-breaks`` and so on.
OPTIONS = (
    ExportOption(
        name="include_breaks",
        type=bool,
        help="list breaks and meals too (default: yes)",
        default=True,
    ),
    ExportOption(
        name="locale",
        type=str,
        help="language of day names and times (default: the programme's)",
    ),
    ExportOption(
        name="heading_level",
        type=int,
        help=f"level of the programme's heading, 1 to {MAX_HEADING_LEVEL}; "
        "days are one below (default: 1)",
        default=1,
    ),
    ExportOption(
        name="show_speakers",
        type=bool,
        help="name each session's speakers (default: yes)",
        default=True,
    ),
    ExportOption(
        name="show_details",
        type=bool,
        help="descriptions and links of the programme and, in a list, of each session "
        "(default: yes)",
        default=True,
    ),
    ExportOption(
        name="layout",
        type=str,
        help="list (a line per session) or table (a table per day) (default: list)",
        default="list",
    ),
)


def dump_markdown(
    event: Event,
    *,
    include_breaks: bool = True,
    locale: str | None = None,
    heading_level: int = 1,
    show_speakers: bool = True,
    show_details: bool = True,
    layout: str = "list",
) -> str:
    """The programme as Markdown: a heading per day, a line (or a table row) per session.

    Sessions without a day come last, under a heading of their own.
    """
    language = i18n.normalise_locale(locale) if locale else event.locale
    labels = labels_for(language)
    heading = "#" * _checked_heading_level(heading_level)
    write_sessions = _LAYOUTS[_checked_layout(layout)]
    lines = [f"{heading} {escape(event.name)}"]
    if show_details:
        lines += _event_details(event)
    days = [(_day_heading(day, language), event.sessions_on(day)) for day in event.days]
    undated = tuple(s for s in event.sessions if s.day is None)
    if undated:
        days.append((escape(labels.undated), undated))
    for day_heading, sessions in days:
        shown = [s for s in sessions if include_breaks or s.kind not in _BREAKS]
        lines += ["", f"{heading}# {day_heading}", ""]
        lines += write_sessions(shown, language, labels, show_speakers, show_details)
    return "\n".join(lines) + "\n"


def _checked_heading_level(level: int) -> int:
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= MAX_HEADING_LEVEL:
        raise FolkemodeError(
            f"heading_level must be a whole number from 1 to {MAX_HEADING_LEVEL}, got "
            f"{level!r}; 1 makes the programme's name the top heading, 2 puts it under yours"
        )
    return level


def _checked_layout(layout: str) -> str:
    if layout not in LAYOUTS:
        raise FolkemodeError(f"layout {layout!r} is not supported; use one of {', '.join(LAYOUTS)}")
    return layout


def _day_heading(day: date, language: str) -> str:
    # Only the first letter is raised: "Thursday, November 13" keeps its capital N.
    text = i18n.format_day(day, language)
    return escape(text[:1].upper() + text[1:])


def _event_details(event: Event) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs(event.description):
        lines += ["", paragraph]
    if event.url:
        lines += ["", link(event.url)]
    return lines


def _when(session: Session, language: str) -> str:
    if session.start is None:
        return "…"
    return i18n.format_time_range(session.start, session.end, language)


def _title(session: Session, labels: Labels) -> str:
    if session.status == SessionStatus.CANCELLED:
        return f"{escape(labels.cancelled)}: {escape(session.title)}"
    return escape(session.title)


def _speaker(speaker: Speaker) -> str:
    about = [speaker.role, speaker.organisation.name if speaker.organisation else None]
    said = ", ".join(escape(part) for part in about if part)
    return f"{escape(speaker.name)} ({said})" if said else escape(speaker.name)


def _speakers(session: Session) -> str:
    return ", ".join(_speaker(speaker) for speaker in session.speakers)


def _as_list(
    sessions: Sequence[Session],
    language: str,
    labels: Labels,
    show_speakers: bool,
    show_details: bool,
) -> list[str]:
    lines = []
    for session in sessions:
        room = f" ({escape(session.room)})" if session.room else ""
        lines.append(f"- {_when(session, language)} {_title(session, labels)}{room}")
        if show_speakers and session.speakers:
            label = labels.speaker if len(session.speakers) == 1 else labels.speakers
            lines.append(f"  - {escape(label)}: {_speakers(session)}")
        if show_details:
            described = paragraphs(session.description)
            if described:
                # One sub-item holds the whole description, its paragraphs apart.
                lines.append(f"  - {described[0]}")
                for paragraph in described[1:]:
                    lines += ["", f"    {paragraph}"]
            if session.links:
                shown = ", ".join(link(url) for url in session.links)
                lines.append(f"  - {escape(labels.links)}: {shown}")
    return lines


def _as_table(
    sessions: Sequence[Session],
    language: str,
    labels: Labels,
    show_speakers: bool,
    show_details: bool,
) -> list[str]:
    # A table row is one line, so descriptions and links stay out of it.
    columns = [labels.time, labels.session, labels.room]
    if show_speakers:
        columns.append(labels.speakers)
    rows = [
        [_when(session, language), _title(session, labels), escape(session.room or "")]
        + ([_speakers(session)] if show_speakers else [])
        for session in sessions
    ]
    lines = ["| " + " | ".join(escape(column) for column in columns) + " |"]
    lines.append("|" + " --- |" * len(columns))
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


_LAYOUTS: dict[str, Callable[[Sequence[Session], str, Labels, bool, bool], list[str]]] = {
    "list": _as_list,
    "table": _as_table,
}


@folkemode.hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Offer ``markdown``."""
    register(
        Exporter(
            name="markdown",
            media_type="text/markdown",
            suffixes=(".md", ".markdown"),
            dump=dump_markdown,
            description="the programme as Markdown: a list or a table per day",
            options=OPTIONS,
        )
    )
