"""The XLSX exporter: typed cells, two sheets, localised labels, the same bytes every time."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from openpyxl import load_workbook

import folkemode
from folkemode import Event, FolkemodeError, Session, Speaker
from folkemode.exporters.csv import LIST_SEPARATOR
from folkemode.exporters.ics import default_dtstamp
from folkemode.exporters.text import agenda_lines, kind_label, label, speaker_text
from folkemode.exporters.xlsx import (
    CELL_LIMIT,
    DATE_FORMAT,
    SESSION_COLUMNS,
    SHEETS,
    SPEAKER_COLUMNS,
    TIME_FORMAT,
    dump_xlsx,
)
from folkemode.plugins import exporter_for
from tests.strategies import events
from tests.tools import ROOT

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def sheets(data: bytes) -> tuple[Any, Any]:
    """The programme and the speakers sheet of a workbook, as openpyxl reads them."""
    book = load_workbook(io.BytesIO(data))
    programme, speakers = book.worksheets
    return programme, speakers


def values(sheet: Any) -> list[list[Any]]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def midnight(day: date | None) -> datetime | None:
    """A date as spreadsheets hold it: a date-time at midnight."""
    return None if day is None else datetime.combine(day, time())


def clock(event: Event, moment: datetime | None) -> time | None:
    return None if moment is None else moment.astimezone(event.zone).time()


def expected_session_row(event: Event, session: Session, locale: str) -> list[Any]:
    """What the programme sheet must say about ``session``."""
    return [
        session.id,
        midnight(session.day),
        clock(event, session.start),
        clock(event, session.end),
        session.title,
        kind_label(session.kind, locale),
        session.track.name if session.track else None,
        session.round.name if session.round else None,
        session.room,
        LIST_SEPARATOR.join(map(speaker_text, session.speakers)) or None,
        LIST_SEPARATOR.join(o.name for o in session.organisations) or None,
        session.description,
        "\n".join(agenda_lines(session.items, bullet="")) or None,
        "\n".join(session.links) or None,
    ]


def expected_speaker_rows(event: Event) -> list[list[Any]]:
    return [
        [
            speaker.name,
            speaker.role,
            speaker.organisation.name if speaker.organisation else None,
            midnight(session.day),
            clock(event, session.start),
            clock(event, session.end),
            session.title,
            session.room,
            session.id,
        ]
        for session in event.sessions
        for speaker in session.speakers
    ]


class TestSheets:
    def test_two_sheets_with_localised_labels(self, example: Event) -> None:
        """A programme sheet and a speakers sheet, named and labelled in the event's language."""
        book = load_workbook(io.BytesIO(dump_xlsx(example)))
        assert book.sheetnames == ["Program", "Oplægsholdere"]
        programme, speakers = book.worksheets
        assert values(programme)[0] == [label("da", column) for column in SESSION_COLUMNS]
        assert values(speakers)[0] == [label("da", column) for column in SPEAKER_COLUMNS]
        assert {"Lokale", "Oplægsholdere", "Spor", "Indhold"} <= set(values(programme)[0])

    @pytest.mark.parametrize("locale", ["nb", "nn", "en"])
    def test_locale_option(self, example: Event, locale: str) -> None:
        """``locale`` chooses the language of labels, sheet names and kinds."""
        book = load_workbook(io.BytesIO(dump_xlsx(example, locale=locale)))
        assert book.sheetnames == [label(locale, sheet) for sheet in SHEETS]
        programme = book.worksheets[0]
        assert values(programme)[0] == [label(locale, column) for column in SESSION_COLUMNS]
        assert values(programme)[1][5] == kind_label(example.sessions[0].kind, locale)
        assert book.properties.language == locale

    def test_unknown_locale(self, example: Event) -> None:
        """A locale folkemode does not write is an error that names the ones it does."""
        with pytest.raises(FolkemodeError, match="use one of da, nb, nn, en"):
            dump_xlsx(example, locale="sv")

    def test_header_is_bold_frozen_and_filtered(self, example: Event) -> None:
        """Each sheet's header row is bold, stays in view and carries an autofilter."""
        programme, speakers = sheets(dump_xlsx(example))
        for sheet, rows in ((programme, len(example.sessions)), (speakers, 7)):
            assert sheet.freeze_panes == "A2"
            last = sheet.cell(row=1, column=sheet.max_column).column_letter
            assert sheet.auto_filter.ref == f"A1:{last}{rows + 1}"
            assert all(cell.font.bold for cell in sheet[1])
            assert not any(cell.font.bold for cell in sheet[2])

    def test_columns_fit_their_content(self, example: Event) -> None:
        """Columns are as wide as what they hold, within limits; long text wraps."""
        programme, _ = sheets(dump_xlsx(example))
        widths = {
            column: programme.column_dimensions[cell.column_letter].width
            for column, cell in zip(SESSION_COLUMNS, programme[1], strict=True)
        }
        longest_id = max(len(s.id) for s in example.sessions)
        assert widths["ID"] == longest_id + 2
        assert widths["Start"] < widths["Title"] < widths["Speakers"] <= 62
        assert all(8 <= width <= 62 for width in widths.values())
        agenda = programme.cell(row=3, column=SESSION_COLUMNS.index("Agenda") + 1)
        assert "\n" in agenda.value and agenda.alignment.wrap_text


class TestCells:
    def test_session_rows(self, example: Event) -> None:
        """One row per session, saying what the model says, in typed cells."""
        programme, _ = sheets(dump_xlsx(example))
        rows = values(programme)[1:]
        assert rows == [expected_session_row(example, s, "da") for s in example.sessions]
        assert rows[2][4] == "Økonomien i kommunerne frem mod 2030"

    def test_dates_and_times_are_typed(self, example: Event) -> None:
        """Dates are date cells (yyyy-mm-dd) and times time cells (hh:mm)."""
        programme, speakers = sheets(dump_xlsx(example))
        for sheet, first in ((programme, 2), (speakers, 4)):
            day, start, end = (sheet.cell(row=2, column=first + i) for i in range(3))
            assert day.is_date and day.number_format == DATE_FORMAT
            assert start.is_date and start.number_format == TIME_FORMAT
            assert end.is_date and end.number_format == TIME_FORMAT
            assert isinstance(start.value, time) and start.value.tzinfo is None

    def test_times_are_the_events_wall_clock(self) -> None:
        """A start given in UTC shows as the time in the event's zone, without a zone."""
        start = datetime(2026, 6, 11, 7, 30, tzinfo=UTC)  # 09:30 in Copenhagen (summer)
        session = Session(title="Morgenmøde", start=start.astimezone(COPENHAGEN))
        event = Event(name="Folkemødet", timezone="Europe/Copenhagen", sessions=[session])
        evolved = event.replace_session(session.id, start=start)
        programme, _ = sheets(dump_xlsx(evolved))
        assert programme.cell(row=2, column=3).value == time(9, 30)

    def test_one_row_per_speaker_and_session(self, example: Event) -> None:
        """The speakers sheet has a row for each speaker of each session, in programme order."""
        _, speakers = sheets(dump_xlsx(example))
        rows = values(speakers)[1:]
        assert rows == expected_speaker_rows(example)
        brink = [row for row in rows if row[0] == "Jonas Brink"]
        assert [row[6] for row in brink] == [
            "Økonomien i kommunerne frem mod 2030",
            "Sådan læser du et budget",
        ]

    @pytest.mark.parametrize(
        "text",
        ['=HYPERLINK("https://evil.example","Klik")', "=1+1", "+1+1", "-2+3", "@SUM(A1:A2)",
         "#N/A", "#DIV/0!", "'=1", "2030", "13.11.2025"],
    )  # fmt: skip
    def test_text_stays_text(self, example: Event, text: str) -> None:
        """Text that looks like a formula, an error or a number is a text cell, unchanged."""
        session = Session(
            title=text,
            room=text,
            speakers=[Speaker(name=text, role=text)],
            start=example.sessions[0].start,
        )
        data = dump_xlsx(Event(name="x", sessions=[session]))
        programme, speakers = sheets(data)
        for cell in (*programme[2], *speakers[2]):
            if isinstance(cell.value, str):
                assert cell.data_type == "s", cell
        assert programme.cell(row=2, column=5).value == text
        assert programme.cell(row=2, column=9).value == text
        assert speakers.cell(row=2, column=1).value == text
        assert b"<f>" not in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")

    @settings(max_examples=30, deadline=None)
    @given(event=events())
    def test_generated_events_read_back(self, event: Event) -> None:
        """Generated events (any text, emoji, line breaks, zones) come back cell for cell."""
        programme, speakers = sheets(dump_xlsx(event, locale="en"))
        assert values(programme)[1:] == [
            expected_session_row(event, s, "en") for s in event.sessions
        ]
        assert values(speakers)[1:] == expected_speaker_rows(event)

    def test_text_too_long_for_a_cell(self, example: Event) -> None:
        """A text longer than a cell holds is an error naming the session, not a cut."""
        long = example.replace_session(
            example.sessions[3].id, description="Lang tekst. " * (CELL_LIMIT // 10)
        )
        with pytest.raises(FolkemodeError, match=r"session '20251113-.*': its description has"):
            dump_xlsx(long)


class TestSameBytes:
    def test_same_event_same_bytes(self, example: Event) -> None:
        """Two exports of one event are byte for byte the same; no part carries the clock."""
        data = dump_xlsx(example)
        assert dump_xlsx(Event.example()) == data
        archive = zipfile.ZipFile(io.BytesIO(data))
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        book = load_workbook(io.BytesIO(data))
        stamp = default_dtstamp(example).replace(tzinfo=None)
        assert book.properties.created == book.properties.modified == stamp
        assert book.properties.creator == "folkemode"
        assert book.properties.title == example.name

    def test_same_bytes_in_another_process(self, example: Event, tmp_path: Path) -> None:
        """Another interpreter (another hash seed, another clock) writes the same bytes."""
        script = (
            "import sys, folkemode; "
            "sys.stdout.buffer.write(folkemode.dumps(folkemode.Event.example(), format='xlsx'))"
        )
        env = {**os.environ, "PYTHONHASHSEED": "12345"}
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, env=env, check=True, cwd=ROOT
        )
        assert done.stdout == dump_xlsx(example)


class TestExporter:
    def test_registered_by_name_and_suffix(self) -> None:
        """`xlsx` is a built-in binary format, also chosen by the .xlsx suffix."""
        exporter = exporter_for(filename="programme.XLSX")
        assert exporter.name == "xlsx" and exporter.binary
        assert exporter.media_type.endswith("spreadsheetml.sheet")

    def test_selection_options(self, example: Event) -> None:
        """The session filters of the other exporters narrow both sheets."""
        data = folkemode.dumps(example, format="xlsx", kinds=["workshop"])
        programme, speakers = sheets(data)
        assert [row[4] for row in values(programme)[1:]] == [
            "Borgerdialog der virker",
            "Klimaplaner i praksis",
            "Sådan læser du et budget",
        ]
        assert {row[6] for row in values(speakers)[1:]} <= {
            "Borgerdialog der virker",
            "Klimaplaner i praksis",
            "Sådan læser du et budget",
        }

    def test_without_openpyxl(self, example: Event, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without openpyxl the error says which extra to install."""
        monkeypatch.setitem(sys.modules, "openpyxl", None)
        with pytest.raises(FolkemodeError, match=r"pip install 'folkemode\[xlsx\]'"):
            dump_xlsx(example)

    def test_cli_writes_the_same_bytes(self, example: Event, tmp_path: Path) -> None:
        """`folkemode convert example.json -o programme.xlsx --locale nb` writes the workbook."""
        from folkemode.cli import main

        source = tmp_path / "example.json"
        folkemode.dump(example, source)
        target = tmp_path / "programme.xlsx"
        assert main(["convert", str(source), "-o", str(target), "--locale", "nb"]) == 0
        assert target.read_bytes() == dump_xlsx(example, locale="nb")
