"""An empty input holds no programme: a warning on import, a refusal to convert."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import folkemode
from folkemode.cli import main
from folkemode.summary import NO_PROGRAMME_CODE
from tests.test_cli import run

BLANKS = ["", "   ", "\n\n  \t\n", "\ufeff\n"]


class TestImport:
    @pytest.mark.parametrize("text", BLANKS, ids=repr)
    def test_parse_warns(self, text: str) -> None:
        """folkemode.parse reports an empty text as one no-programme warning."""
        result = folkemode.parse(text, format="text")
        [problem] = result.problems
        assert (problem.code, problem.severity) == (NO_PROGRAMME_CODE, folkemode.Severity.WARNING)
        assert problem.message == "no programme found: the input is empty"
        assert result.summary.warnings == 1

    def test_strict_refuses(self) -> None:
        """loads(strict=True) refuses an empty text instead of returning an empty event."""
        with pytest.raises(folkemode.InvalidInput, match="no programme found"):
            folkemode.loads("\n", format="text", strict=True)

    def test_a_programme_is_no_empty_input(self) -> None:
        """A text with something in it gets no such warning."""
        result = folkemode.parse("Temadag\nTorsdag 5. marts 2026\nKl. 10 Velkomst\n")
        assert NO_PROGRAMME_CODE not in {d.code for d in result.diagnostics}


class TestCheck:
    @pytest.mark.parametrize("text", ["", " \n\n"], ids=repr)
    def test_counts_it(self, text: str, tmp_path: Path, capsys: Any) -> None:
        """`check` lists the empty input as a problem, counts it and exits 1."""
        path = tmp_path / "empty.txt"
        path.write_text(text, encoding="utf-8")
        assert main(["check", str(path)]) == 1
        assert capsys.readouterr().out.splitlines() == [
            f"{path}: no programme found: the input is empty",
            f"{path}: 0 sessions; 0 speakers; 0 errors, 1 warning, 0 lines set aside",
        ]

    def test_empty_standard_input(self) -> None:
        """An empty standard input is checked as an empty text, not an unknown format."""
        result = run("check", "-", stdin="")
        assert result.returncode == 1
        assert result.stdout.splitlines()[0] == "<stdin>: no programme found: the input is empty"

    def test_an_empty_file_with_another_suffix(self, tmp_path: Path, capsys: Any) -> None:
        """An empty .json file is no programme either, rather than broken JSON."""
        path = tmp_path / "empty.json"
        path.write_text("", encoding="utf-8")
        assert main(["check", str(path)]) == 1
        assert "no programme found" in capsys.readouterr().out


class TestConvert:
    @pytest.mark.parametrize("text", ["", "  \n\t\n"], ids=repr)
    def test_writes_nothing_and_exits_1(self, text: str, tmp_path: Path) -> None:
        """Converting an empty file fails (exit 1) and writes no empty calendar."""
        source, target = tmp_path / "empty.txt", tmp_path / "empty.ics"
        source.write_text(text, encoding="utf-8")
        result = run("convert", str(source), "-o", str(target))
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            f"folkemode: error: {source} is empty: no programme found, nothing written"
        ]
        assert not target.exists()

    def test_a_published_calendar_is_kept(self, tmp_path: Path) -> None:
        """An empty input does not overwrite the calendar already there."""
        source, target = tmp_path / "empty.txt", tmp_path / "programme.ics"
        source.write_text("", encoding="utf-8")
        target.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        assert run("convert", str(source), "-o", str(target)).returncode == 1
        assert target.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"

    def test_empty_standard_input(self) -> None:
        """An empty standard input says so, instead of 'cannot tell the input format'."""
        result = run("convert", "-", "--to", "ics", stdin="")
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.splitlines() == [
            "folkemode: error: standard input is empty: no programme found, nothing written"
        ]


class TestTextWithoutProgramme:
    TEXT = "Temadag om klima\n\nVelkommen ved borgmesteren\nKlimaplaner i praksis\nFrokost\n"

    def test_convert_writes_nothing(self, tmp_path: Path) -> None:
        """Lines but no session: no empty calendar is written over a published one."""
        source = tmp_path / "notimes.txt"
        source.write_text(self.TEXT, encoding="utf-8")
        target = tmp_path / "notimes.ics"
        done = run("convert", str(source), "-o", str(target))
        assert done.returncode == 1 and not target.exists()
        assert "no programme found" in done.stderr

    def test_check_warns(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        source = tmp_path / "notimes.txt"
        source.write_text(self.TEXT, encoding="utf-8")
        assert main(["check", str(source)]) == 1
        assert "no programme found" in capsys.readouterr().out
