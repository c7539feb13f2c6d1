"""The command line: conversions, checks, exit codes and readable errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import folkemode
from folkemode import Event
from folkemode.cli import main


@pytest.fixture
def example_json(tmp_path: Path) -> Path:
    path = tmp_path / "programme.json"
    folkemode.dump(Event.example(), path)
    return path


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "folkemode", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


class TestConvert:
    def test_file_to_file(self, example_json: Path, tmp_path: Path) -> None:
        """The output format comes from the output file's suffix."""
        target = tmp_path / "copy.json"
        assert main(["convert", str(example_json), "-o", str(target)]) == 0
        assert folkemode.load(target) == Event.example()

    def test_stdin_to_stdout(self, example_json: Path) -> None:
        """`-` reads standard input; without -o the result goes to standard output."""
        result = run(
            "convert",
            "-",
            "--from",
            "json",
            "--to",
            "json",
            "--indent",
            "0",
            stdin=example_json.read_text(encoding="utf-8"),
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.count("\n") == 1
        assert folkemode.loads(result.stdout, format="json") == Event.example()

    def test_needs_an_output_format(self, example_json: Path) -> None:
        """Without --to or -o the user is told what to add (exit 2)."""
        result = run("convert", str(example_json))
        assert result.returncode == 2
        assert result.stderr.strip() == (
            "folkemode: error: name the output format with --to, or give an output file with -o"
        )

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing input file is one line on stderr, no traceback (exit 2)."""
        result = run("convert", str(tmp_path / "nope.txt"), "--to", "json")
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert "cannot read" in result.stderr and "nope.txt" in result.stderr

    def test_unknown_format(self, example_json: Path) -> None:
        """An unknown output format lists the known ones (exit 2)."""
        result = run("convert", str(example_json), "--to", "docx")
        assert result.returncode == 2
        assert "no exporter is called 'docx'" in result.stderr

    def test_bad_json_input(self, tmp_path: Path) -> None:
        """Broken input exits 1 and lists the problems with their paths."""
        bad = tmp_path / "bad.json"
        bad.write_text('{"folkemode": 1, "name": 7}', encoding="utf-8")
        result = run("convert", str(bad), "--to", "json")
        assert result.returncode == 1
        assert "$.name: expected a string, got a number" in result.stderr
        assert "Traceback" not in result.stderr

    def test_usage_error_exit_code(self) -> None:
        """argparse usage errors exit 2."""
        assert run("convert").returncode == 2
        assert run("frobnicate").returncode == 2

    def test_not_utf8(self, tmp_path: Path) -> None:
        """A file in another encoding gets a hint, not a UnicodeDecodeError."""
        latin = tmp_path / "latin1.json"
        latin.write_bytes('{"name": "Årsmøde"}'.encode("latin-1"))
        result = run("convert", str(latin), "--to", "json")
        assert result.returncode == 2
        assert "is not UTF-8 text" in result.stderr

    def test_locale_for_a_format_without_words(self, example_json: Path) -> None:
        """--locale with a format that has nothing to translate is refused clearly."""
        result = run("convert", str(example_json), "--to", "json", "--locale", "nb")
        assert result.returncode == 2
        assert "has no words to localise" in result.stderr


class TestCheck:
    def test_clean_input(self, example_json: Path, capsys: Any) -> None:
        """A clean file exits 0 and prints its summary as the one line on standard output."""
        assert main(["check", str(example_json)]) == 0
        captured = capsys.readouterr()
        assert captured.out.splitlines() == [
            f"{example_json}: 12 sessions on 2 days, 2025-11-13 to 2025-11-14 "
            "(12 timed, 12 with an end, 6 with speakers); 1 round, 1 track, 4 speakers; "
            "0 errors, 0 warnings, 0 lines set aside"
        ]
        assert captured.err == ""

    def test_summary_after_the_problems(self, tmp_path: Path, capsys: Any) -> None:
        """The summary line follows the diagnostics, and problems still exit 1."""
        path = tmp_path / "program.txt"
        path.write_text(
            "Årsmøte i Bygdelaget 2026\n\nTirsdag 10. mars 2026\n"
            "Kl. 18.00 Velkommen v/ Kari Nordmann, leder\nKl. 25.00 Noe rart\n"
            "Kl. 18.30 Kaffe og kake\n",
            encoding="utf-8",
        )
        assert main(["check", str(path)]) == 1
        out = capsys.readouterr().out.splitlines()
        assert out[0].startswith(f"{path}:5: not understood")
        assert out[1:] == [
            f"{path}: 2 sessions on 1 day, 2026-03-10 (2 timed, 1 with an end, 1 with speakers); "
            "1 speaker; 0 errors, 1 warning, 0 lines set aside"
        ]

    def test_empty_programme(self, tmp_path: Path, capsys: Any) -> None:
        """A text with no sessions says 0 sessions, whatever the diagnostics."""
        path = tmp_path / "empty.txt"
        path.write_text("Årsmøte i Bygdelaget\n", encoding="utf-8")
        main(["check", str(path)])
        last = capsys.readouterr().out.splitlines()[-1]
        assert last.startswith(f"{path}: 0 sessions; 0 speakers; ")

    def test_stdin(self, example_json: Path) -> None:
        """Standard input is summed up as <stdin>."""
        result = run("check", "-", stdin=example_json.read_text(encoding="utf-8"))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("<stdin>: 12 sessions on 2 days")

    def test_problems_as_file_and_place(self, tmp_path: Path, capsys: Any) -> None:
        """Each problem is printed as FILE: PLACE: message, and the exit code is 1."""
        bad = tmp_path / "bad.json"
        data = json.loads(folkemode.dumps(Event.example(), format="json"))
        data["sessions"][1]["start"] = "09:00"
        bad.write_text(json.dumps(data), encoding="utf-8")
        assert main(["check", str(bad)]) == 1
        out = capsys.readouterr().out.splitlines()
        assert out == [
            f"{bad}: $.sessions[1].start: expected an ISO 8601 datetime with offset such as "
            "'2025-11-13T09:30:00+01:00', got '09:00'"
        ]


class TestOtherCommands:
    def test_formats(self, capsys: Any) -> None:
        """`folkemode formats` lists formats with their options as flags."""
        assert main(["formats"]) == 0
        out = capsys.readouterr().out
        assert "json" in out and "--indent N" in out

    def test_python_dash_m(self) -> None:
        """`python -m folkemode --version` works."""
        result = run("--version")
        assert result.returncode == 0
        assert result.stdout.strip() == f"folkemode {folkemode.__version__}"


class TestEncoding:
    PROGRAMME = (
        "Topmøde på Ærø\nSted: Rådhuset, Torvet 1, 5970 Ærøskøbing\n"
        "Torsdag 5. marts 2026\nKl. 9.30 Velkommen til Ærø\n"
    )

    def _run(self, stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
        env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "latin-1"}
        env.pop("PYTHONUTF8", None)
        return subprocess.run(
            [sys.executable, "-m", "folkemode", *args],
            input=stdin,
            capture_output=True,
            env=env,
            check=False,
        )

    def test_output_is_utf8_whatever_the_locale(self) -> None:
        """With a Latin-1 locale, standard output is still UTF-8 and the exit code 0."""
        done = self._run(self.PROGRAMME.encode("utf-8"), "convert", "-", "--to", "json")
        assert done.returncode == 0, done.stderr
        assert '"name": "Topmøde på Ærø"' in done.stdout.decode("utf-8")

    def test_standard_input_is_read_as_utf8(self) -> None:
        """Standard input is UTF-8, with a byte-order mark dropped, as a file is."""
        data = b"\xef\xbb\xbf" + self.PROGRAMME.encode("utf-8")
        done = self._run(data, "convert", "-", "--to", "csv")
        assert done.returncode == 0, done.stderr
        assert "Velkommen til Ærø" in done.stdout.decode("utf-8")

    def test_standard_input_that_is_no_utf8(self) -> None:
        """Latin-1 bytes on standard input are refused with a message, not read as mojibake."""
        done = self._run(self.PROGRAMME.encode("latin-1"), "convert", "-", "--to", "json")
        assert done.returncode == 2
        assert "not UTF-8" in done.stderr.decode("utf-8")


class TestLeftOut:
    def test_undated_sessions_are_named_when_a_calendar_leaves_them_out(
        self, tmp_path: Path
    ) -> None:
        """A calendar has no place for undated sessions: the command line says which it left out."""
        source = tmp_path / "uden-aar.txt"
        source.write_text(
            "Temadag\nSted: Rådhuset, Torvet 1, 5000 Odense\nTorsdag 5. marts\n"
            "Kl. 10 Velkomst\nKl. 11 Debat\n",
            encoding="utf-8",
        )
        done = run("convert", str(source), "-o", str(tmp_path / "uden-aar.ics"))
        assert done.returncode == 0
        assert "2 sessions without a date left out of the ics output: 'Velkomst', 'Debat'" in (
            done.stderr
        )
        csv = run("convert", str(source), "-o", str(tmp_path / "uden-aar.csv"))
        assert "left out" not in csv.stderr
