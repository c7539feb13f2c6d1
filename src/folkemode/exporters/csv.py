"""Built-in plugin: write a programme as CSV, one row per session.

The columns are :data:`COLUMNS`, always in that order, with a header row.
Two dialects (see ``docs/reference/csv.md``):

``rfc4180`` (the default)
    RFC 4180: UTF-8 without BOM, comma, CRLF, ISO 8601 dates (``2025-11-13``)
    and 24-hour times (``09:30``). For programs and scripts.
``excel``
    For Danish and Norwegian spreadsheets: UTF-8 with BOM (so Excel reads
    "æøå" right), semicolon (the list separator where the decimal mark is a
    comma), CRLF, and ISO 8601 dates too: the one form that spreadsheets in
    every locale folkemode writes for read as a date (Danish LibreOffice keeps
    ``13.11.2025`` as text, Norwegian ``13-11-2025``, English both).

Either way a cell a spreadsheet would run as a formula (one that starts with
``=``, ``+``, ``-`` or ``@``, also after leading spaces or tabs, which an
import may trim) gets a leading ``'``; no other cell does. See
:func:`neutralise` and :func:`restore`.

>>> import folkemode
>>> text = folkemode.dumps(folkemode.Event.example(), format="csv", kinds=["meal"])
>>> print(text.replace("\\r\\n", "\\n"), end="")
id,date,start,end,title,kind,track,round,room,speakers,organisations,description,agenda,url,status,revision
20251113-frokost,2025-11-13,12:00,13:00,Frokost,meal,,,,,,,,,scheduled,0
20251113-festmiddag,2025-11-13,19:00,22:00,Festmiddag,meal,,,,,,,,,scheduled,0
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, tzinfo

from folkemode.errors import FolkemodeError
from folkemode.exporters.selection import SELECTION_OPTIONS, Selection
from folkemode.exporters.text import agenda_lines, speaker_text
from folkemode.formats import Exporter, ExportOption
from folkemode.hookspecs import hookimpl
from folkemode.i18n import normalise_locale
from folkemode.model import Event, Session

__all__ = ["COLUMNS", "DIALECTS", "dump_csv", "neutralise", "restore", "session_rows"]

#: The columns, in order. New columns are only ever added at the end.
COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "start",
    "end",
    "title",
    "kind",
    "track",
    "round",
    "room",
    "speakers",
    "organisations",
    "description",
    "agenda",
    "url",
    "status",
    "revision",
)
#: Separates several speakers, organisations in one cell.
LIST_SEPARATOR = "; "
DIALECTS = ("rfc4180", "excel")

_FORMULA_STARTS = ("=", "+", "-", "@")


def _needs_quote_mark(cell: str) -> bool:
    # Excel and Google Sheets run all four starts (LibreOffice only "="), and an
    # import that trims whitespace (LibreOffice's "Trim spaces") runs " =1" too.
    if cell.lstrip().startswith(_FORMULA_STARTS):
        return True
    return cell.startswith("'") and _needs_quote_mark(cell[1:])


def _may_need_quote_mark(cell: str) -> bool:
    """A quick look at the first character, so most cells skip the full check."""
    first = cell[0]
    return first in "=+-@'" or first.isspace()


def neutralise(cell: str) -> str:
    """``cell`` safe from running as a spreadsheet formula: a leading ``'`` where needed.

    Needed where the text, leading whitespace set aside, starts with ``=``,
    ``+``, ``-`` or ``@``. A cell that already starts with ``'`` before such
    text gets one more, so :func:`restore` gives back exactly what was written.

    >>> neutralise('=HYPERLINK("https://evil.example")'), neutralise(" -5 grader")
    ('\\'=HYPERLINK("https://evil.example")', "' -5 grader")
    >>> neutralise("Frokost"), neutralise("\\tFrokost"), restore(neutralise("'=1")) == "'=1"
    ('Frokost', '\\tFrokost', True)
    """
    return "'" + cell if _needs_quote_mark(cell) else cell


def restore(cell: str) -> str:
    """The text :func:`neutralise` was given."""
    return cell[1:] if cell.startswith("'") and _needs_quote_mark(cell[1:]) else cell


def _clock(value: datetime | None, zone: tzinfo) -> str:
    if value is None:
        return ""
    if value.tzinfo is not zone:
        value = value.astimezone(zone)
    return f"{value.hour:02d}:{value.minute:02d}"


def session_rows(
    event: Event, sessions: Iterable[Session], *, format_day: Callable[[date], str]
) -> Iterator[list[str]]:
    """The rows of ``sessions`` (without the header), cells neutralised, dates by ``format_day``.

    The agenda is one item a line, nested items indented by two spaces (no
    "- " bullets: a spreadsheet would take a leading "-" for a formula).
    """
    zone = event.zone
    day_texts = functools.cache(format_day)  # a few days, thousands of sessions
    for session in sessions:
        day_text = "" if session.day is None else day_texts(session.day)
        track, round_ = session.track, session.round
        texts = [
            session.id,
            session.title,
            track.name if track is not None else "",
            round_.name if round_ is not None else "",
            session.room or "",
            LIST_SEPARATOR.join(map(speaker_text, session.speakers)) if session.speakers else "",
            LIST_SEPARATOR.join(o.name for o in session.organisations)
            if session.organisations
            else "",
            session.description or "",
            "\n".join(agenda_lines(session.items, bullet="")) if session.items else "",
            "\n".join(session.links),
        ]
        # Only free text can start a formula; dates, times and kinds are ours.
        for index, cell in enumerate(texts):
            if cell and _may_need_quote_mark(cell):
                texts[index] = neutralise(cell)
        yield [
            texts[0],
            day_text,
            _clock(session.start, zone),
            _clock(session.end, zone),
            texts[1],
            session.kind,
            *texts[2:],
            session.status,
            str(session.revision),
        ]


def dump_csv(
    event: Event,
    *,
    dialect: str = "rfc4180",
    locale: str | None = None,
    header: bool = True,
    **selection: object,
) -> str:
    """The event's sessions as CSV text in ``dialect`` (``rfc4180`` or ``excel``).

    ``locale`` names the language of the spreadsheets the file is for (da, nb,
    nn or en); it is checked, but changes nothing, as all of them read the
    ISO 8601 dates written.
    """
    if locale is not None:
        normalise_locale(locale)  # a misspelt locale is an error, not a silent default
    chosen_by = Selection.from_options(event, **selection)  # type: ignore[arg-type]
    chosen = chosen_by.choose(event) if chosen_by.narrows else event.sessions
    output = io.StringIO(newline="")
    if dialect == "rfc4180":
        writer = csv.writer(output, delimiter=",", lineterminator="\r\n")
    elif dialect == "excel":
        output.write("\ufeff")  # the BOM: Excel reads the file as UTF-8 only with it
        writer = csv.writer(output, delimiter=";", lineterminator="\r\n")
    else:
        raise FolkemodeError(
            f"unknown CSV dialect {dialect!r}; expected one of {', '.join(DIALECTS)}"
        )
    if header:
        writer.writerow(COLUMNS)
    writer.writerows(session_rows(event, chosen, format_day=date.isoformat))
    return output.getvalue()


CSV_OPTIONS: tuple[ExportOption, ...] = (
    ExportOption(
        name="dialect",
        type=str,
        default="rfc4180",
        help="rfc4180 (comma; the default) or excel (semicolon and BOM, for Danish "
        "and Norwegian spreadsheets); ISO dates in both",
    ),
    ExportOption(
        name="locale",
        type=str,
        default=None,
        help="the spreadsheets' language (da, nb, nn, en): all read the ISO dates written",
    ),
    ExportOption(name="header", type=bool, default=True, help="write the header row"),
    *SELECTION_OPTIONS,
)


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(
        Exporter(
            name="csv",
            media_type="text/csv",
            suffixes=(".csv",),
            dump=dump_csv,
            description="spreadsheet rows, one per session (RFC 4180, or Excel-ready)",
            options=CSV_OPTIONS,
        )
    )
