"""Built-in plugin: write a programme as an Excel workbook (XLSX) with typed cells.

Two sheets, each with a bold header row that stays in view (frozen), an
autofilter on it and columns as wide as what they hold:

the programme
    one row per session, the columns of :data:`SESSION_COLUMNS`;
the speakers
    one row per speaker and session (:data:`SPEAKER_COLUMNS`), as one row of
    the programme cannot hold several speakers in columns of their own.

Dates are date cells (``yyyy-mm-dd``) and times time cells (``hh:mm``), both
in the event's zone and without a zone in the cell, as spreadsheets hold no
zone: a session at 09:30 in Copenhagen is 09:30 in the sheet. Text is always a
text cell, so a title such as ``=HYPERLINK(…)`` stays text and never runs;
unlike the CSV, no cell gets a leading ``'``.

Header labels, sheet names and the kinds of sessions are in the event's
language, or in ``locale``. The same event and options give the same bytes:
the workbook's created and modified times are the event's earliest moment
(the ICS export's DTSTAMP), never the clock.

openpyxl writes the file; it is imported only when a workbook is written
(``pip install 'folkemode[xlsx]'``).

>>> import io, folkemode
>>> from openpyxl import load_workbook
>>> data = folkemode.dumps(folkemode.Event.example(), format="xlsx")
>>> book = load_workbook(io.BytesIO(data))
>>> book.sheetnames
['Program', 'Oplægsholdere']
>>> [cell.value for cell in book["Program"][4]][:6]  # doctest: +NORMALIZE_WHITESPACE
['20251113-oekonomien-i-kommunerne-frem-mod-2030', datetime.datetime(2025, 11, 13, 0, 0),
 datetime.time(10, 30), datetime.time(11, 45), 'Økonomien i kommunerne frem mod 2030', 'Oplæg']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, time, tzinfo
from typing import Any

from attrs import frozen

from folkemode.errors import FolkemodeError
from folkemode.exporters._workbook import workbook_bytes
from folkemode.exporters.csv import LIST_SEPARATOR
from folkemode.exporters.ics import default_dtstamp
from folkemode.exporters.selection import SELECTION_OPTIONS, Selection
from folkemode.exporters.text import N_, agenda_lines, kind_label, label, speaker_text
from folkemode.formats import Exporter, ExportOption
from folkemode.hookspecs import hookimpl
from folkemode.i18n import normalise_locale
from folkemode.model import Event, Session

__all__ = ["CELL_LIMIT", "SESSION_COLUMNS", "SPEAKER_COLUMNS", "dump_xlsx"]

#: The programme sheet's columns (English message ids of their labels), in order.
SESSION_COLUMNS: tuple[str, ...] = (
    N_("ID"),
    N_("Date"),
    N_("Start"),
    N_("End"),
    N_("Title"),
    N_("Kind"),
    N_("Track"),
    N_("Workshop round"),
    N_("Room"),
    N_("Speakers"),
    N_("Organisations"),
    N_("Description"),
    N_("Agenda"),
    N_("Links"),
)
#: The speakers sheet's columns: the speaker, then the session they speak in.
SPEAKER_COLUMNS: tuple[str, ...] = (
    N_("Speaker"),
    N_("Role"),
    N_("Organisation"),
    N_("Date"),
    N_("Start"),
    N_("End"),
    N_("Title"),
    N_("Room"),
    N_("ID"),
)
#: The sheets' names, in order.
SHEETS: tuple[str, ...] = (N_("Programme"), N_("Speakers"))

#: The most characters a spreadsheet cell holds (Excel's limit; openpyxl cuts the rest).
CELL_LIMIT = 32_767
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"

_NARROWEST, _WIDEST = 6, 60  # column widths, in characters
_FILTER_BUTTON = 3  # the autofilter's button takes about this much of the header cell
_DATE_WIDTH, _TIME_WIDTH = len("2025-11-13"), len("09:30")
# Texts openpyxl would write as a formula or an error value rather than as text.
_ERROR_VALUES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))

Row = list[Any]


def _openpyxl() -> Any:
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        raise FolkemodeError(
            "the xlsx format needs openpyxl, which is not installed: pip install 'folkemode[xlsx]'"
        ) from None
    return openpyxl


def _clock(value: datetime | None, zone: tzinfo) -> time | None:
    if value is None:
        return None
    return value.astimezone(zone).time()  # naive: the cell's time is the event's wall clock


def session_values(event: Event, sessions: Iterable[Session], locale: str) -> Iterator[Row]:
    """The programme sheet's rows of ``sessions``: one per session, as Python values."""
    zone = event.zone
    for s in sessions:
        yield [
            s.id,
            s.day,
            _clock(s.start, zone),
            _clock(s.end, zone),
            s.title,
            kind_label(s.kind, locale),
            s.track.name if s.track is not None else None,
            s.round.name if s.round is not None else None,
            s.room,
            LIST_SEPARATOR.join(map(speaker_text, s.speakers)) or None,
            LIST_SEPARATOR.join(o.name for o in s.organisations) or None,
            s.description,
            "\n".join(agenda_lines(s.items, bullet="")) or None,
            "\n".join(s.links) or None,
        ]


def speaker_values(event: Event, sessions: Iterable[Session]) -> Iterator[Row]:
    """The speakers sheet's rows: one per speaker of each of ``sessions``, in programme order."""
    zone = event.zone
    for s in sessions:
        if not s.speakers:
            continue
        when = [s.day, _clock(s.start, zone), _clock(s.end, zone)]
        for speaker in s.speakers:
            organisation = speaker.organisation
            yield [
                speaker.name,
                speaker.role,
                organisation.name if organisation is not None else None,
                *when,
                s.title,
                s.room,
                s.id,
            ]


@frozen
class _Sheet:
    """What a sheet holds: its columns' message ids, which are dates and times, where the id is."""

    title: str
    columns: tuple[str, ...]
    labels: tuple[str, ...]
    date_columns: tuple[int, ...]
    time_columns: tuple[int, ...]
    id_column: int

    @property
    def text_columns(self) -> tuple[int, ...]:
        typed = {*self.date_columns, *self.time_columns}
        return tuple(i for i in range(len(self.columns)) if i not in typed)


def _sheet(title: str, columns: tuple[str, ...], locale: str) -> _Sheet:
    return _Sheet(
        title=title,
        columns=columns,
        labels=tuple(label(locale, column) for column in columns),
        date_columns=(columns.index("Date"),),
        time_columns=(columns.index("Start"), columns.index("End")),
        id_column=columns.index("ID"),
    )


def _widths(sheet: _Sheet, rows: Sequence[Row]) -> list[int]:
    """Each column as wide as its widest line (header and filter button included), within limits.

    Also checks that every text fits in a cell, as openpyxl would cut it short.
    """
    widths = [len(text) + _FILTER_BUTTON for text in sheet.labels]
    for index in sheet.text_columns:
        widest = widths[index]
        for row in rows:
            value = row[index]
            if not value:
                continue
            size = len(value)
            if size > CELL_LIMIT:
                raise FolkemodeError(
                    f"session {row[sheet.id_column]!r}: its {sheet.columns[index].lower()} has "
                    f"{size:,} characters, more than the {CELL_LIMIT:,} a spreadsheet cell "
                    "holds; shorten it, or write the programme as CSV or JSON"
                )
            if "\n" in value:
                size = max(map(len, value.split("\n")))
            if size > widest:
                widest = size
        widths[index] = widest
    for index in sheet.date_columns:
        widths[index] = max(widths[index], _DATE_WIDTH)
    for index in sheet.time_columns:
        widths[index] = max(widths[index], _TIME_WIDTH)
    return [min(max(width, _NARROWEST), _WIDEST) + 2 for width in widths]


def _write_sheet(workbook: Any, sheet: _Sheet, rows: Sequence[Row]) -> None:
    """Append ``rows`` to a new write-only worksheet: typed, styled, filtered, frozen."""
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    widths = _widths(sheet, rows)
    worksheet = workbook.create_sheet(sheet.title)
    # Widths, panes and the filter go before the first row: write-only sheets
    # write everything that comes before the rows as soon as one is appended.
    for index, width in enumerate(widths, 1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{len(rows) + 1}"

    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for text in sheet.labels:
        cell = WriteOnlyCell(worksheet, text)
        cell.data_type = "s"
        cell.font = bold
        header.append(cell)
    worksheet.append(header)

    def time_cell(value: time) -> Any:
        cell = WriteOnlyCell(worksheet)
        cell.number_format = TIME_FORMAT  # before the value, which would set h:mm:ss
        cell.value = value
        return cell

    def text_cell(value: str, wrapped: bool) -> Any:
        cell = WriteOnlyCell(worksheet, value)
        cell.data_type = "s"  # text, even where openpyxl sees a formula or an error value
        if wrapped:
            cell.alignment = wrap
        return cell

    # Dates go in as they are: openpyxl gives a date the format yyyy-mm-dd.
    times = sheet.time_columns
    texts = [(index, widths[index] - 2) for index in sheet.text_columns]
    for values in rows:
        row = list(values)
        for index in times:
            value = row[index]
            if value is not None:
                row[index] = time_cell(value)
        for index, fits in texts:
            value = row[index]
            if not value:
                continue
            wrapped = "\n" in value or len(value) > fits
            if wrapped or value[0] == "=" or value in _ERROR_VALUES:
                row[index] = text_cell(value, wrapped)
        worksheet.append(row)


def dump_xlsx(event: Event, *, locale: str | None = None, **selection: object) -> bytes:
    """The event as an XLSX workbook: its sessions, and its speakers session by session."""
    openpyxl = _openpyxl()
    language = normalise_locale(locale) if locale is not None else event.locale
    chosen_by = Selection.from_options(event, **selection)  # type: ignore[arg-type]
    chosen = chosen_by.choose(event) if chosen_by.narrows else event.sessions

    workbook = openpyxl.Workbook(write_only=True)
    stamp = default_dtstamp(event).replace(tzinfo=None)  # the file format's times are UTC
    properties = workbook.properties
    properties.creator = "folkemode"
    properties.title = event.name
    properties.language = language
    properties.created = properties.modified = stamp

    programme, speakers = (label(language, title) for title in SHEETS)
    _write_sheet(
        workbook,
        _sheet(programme, SESSION_COLUMNS, language),
        list(session_values(event, chosen, language)),
    )
    _write_sheet(
        workbook,
        _sheet(speakers, SPEAKER_COLUMNS, language),
        list(speaker_values(event, chosen)),
    )
    return workbook_bytes(workbook)


XLSX_OPTIONS: tuple[ExportOption, ...] = (
    ExportOption(
        name="locale",
        type=str,
        default=None,
        help="language of the header labels, sheet names and kinds (default: the event's)",
    ),
    *SELECTION_OPTIONS,
)


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(
        Exporter(
            name="xlsx",
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            suffixes=(".xlsx",),
            dump=dump_xlsx,
            binary=True,
            description="Excel workbook: sessions and speakers, real dates and times",
            options=XLSX_OPTIONS,
        )
    )
