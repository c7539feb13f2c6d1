"""The command line's options: what they accept, how they are listed, how a bad value is told."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import folkemode
from folkemode import Exporter, ExportOption, hookimpl
from folkemode.cli import main
from tests.test_cli import run

EXAMPLE = Path(folkemode.__file__).parent / "examples" / "topmoede.txt"


class TestYear:
    @pytest.mark.parametrize("year", ["26", "0", "-5", "99999", "9998", "tyve"])
    def test_no_four_digit_year_is_a_usage_error(self, year: str, tmp_path: Path) -> None:
        """--year outside 1000-9997 exits 2 before reading, saying what a year must be."""
        result = run("convert", str(EXAMPLE), "-o", str(tmp_path / "out.ics"), "--year", year)
        assert result.returncode == 2
        assert result.stderr.splitlines()[-1] == (
            "folkemode convert: error: argument --year: expected a four-digit year "
            f"from 1000 to 9997, such as 2026; got {year!r}"
        )
        assert not (tmp_path / "out.ics").exists()

    def test_check_refuses_it_too(self) -> None:
        """`check --year 26` is the same usage error."""
        result = run("check", str(EXAMPLE), "--year", "26")
        assert result.returncode == 2
        assert "expected a four-digit year from 1000 to 9997" in result.stderr

    def test_help_says_which_years(self) -> None:
        """`convert --help` names the years --year accepts."""
        out = " ".join(run("convert", "--help").stdout.split())
        assert "--year YYYY year to assume when the text names none (1000 to 9997)" in out

    def test_the_years_json_can_hold(self) -> None:
        """The years accepted are those canonical JSON can be read back with."""
        from folkemode import api, serialise

        assert (api.FIRST_YEAR, api.LAST_YEAR) == (serialise.FIRST_YEAR, serialise.LAST_YEAR)
        with pytest.raises(folkemode.FolkemodeError, match="from 1000 to 9997"):
            folkemode.parse("Torsdag 5. marts\nKl. 10 Møde\n", format="text", year=9999)


class TestDebug:
    def test_after_the_command(self, tmp_path: Path) -> None:
        """--debug may follow the command name: `folkemode convert --debug IN -o OUT`."""
        target = tmp_path / "out.ics"
        result = run("convert", "--debug", str(EXAMPLE), "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")

    def test_shows_the_traceback_after_the_command(self, tmp_path: Path) -> None:
        """Given after `check`, --debug still shows the traceback of an error."""
        result = run("check", str(tmp_path / "nope.txt"), "--debug")
        assert result.returncode == 2
        assert "Traceback" in result.stderr and "cannot read" in result.stderr

    def test_before_the_command_still_works(self, tmp_path: Path) -> None:
        """--debug before the command is not undone by the command's own default."""
        result = run("--debug", "check", str(tmp_path / "nope.txt"))
        assert "Traceback" in result.stderr


class TestHelp:
    def test_convert_help_lists_exporter_flags(self) -> None:
        """`convert --help` shows each exporter's options with the formats that take them."""
        result = run("convert", "--help")
        assert result.returncode == 0
        out = " ".join(result.stdout.split())
        assert "exporter options:" in result.stdout
        assert "--dtstamp DATETIME" in out
        assert "--header, --no-header write the header row [csv]" in out
        assert "--indent N spaces to indent with (0 or less writes one line) [json, jsonld]" in out
        assert "--folkemode-data, --no-folkemode-data" in out
        assert "[EXPORTER OPTIONS]" in out

    def test_convert_help_lists_a_plugins_flags(self, register_plugin: Any, capsys: Any) -> None:
        """An exporter added by a plugin has its options in `convert --help` too."""

        class Shout:
            @hookimpl
            def register_exporters(self, register: Any) -> None:
                register(
                    Exporter(
                        name="shout",
                        media_type="text/plain",
                        suffixes=(".shout",),
                        dump=lambda event, **options: event.name.upper(),
                        options=(ExportOption(name="volume", type=int, help="how loud (100%)"),),
                    )
                )

        register_plugin(Shout())
        with pytest.raises(SystemExit) as exit:
            main(["convert", "--help"])
        assert exit.value.code == 0
        out = " ".join(capsys.readouterr().out.split())
        assert "--volume N how loud (100%) [shout]" in out

    @pytest.mark.parametrize("command", ["formats", "plugins"])
    def test_commands_describe_themselves(self, command: str) -> None:
        """`formats --help` and `plugins --help` say what the command lists."""
        result = run(command, "--help")
        assert result.returncode == 0
        description = result.stdout.split("\n\n")[1]
        assert description.startswith("List the ")


class TestFormats:
    def test_every_option_is_shown_with_both_forms(self, capsys: Any) -> None:
        """Switches show how to turn them off: --no-header, --no-folkemode-data."""
        assert main(["formats"]) == 0
        out = capsys.readouterr().out
        assert "--header, --no-header" in out
        assert "--folkemode-data, --no-folkemode-data" in out
        assert "--dtstamp DATETIME" in out and "--days A,B" in out

    def test_columns_line_up(self, capsys: Any) -> None:
        """Names, suffixes and descriptions start in the same column on every format's row."""
        assert main(["formats"]) == 0
        rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
        rows = [row for row in rows if not row.startswith("      ")]
        starts = {
            tuple(match.start() for match in re.finditer(r"(?<=\s\s)\S", row)) for row in rows
        }
        assert len(starts) == 1, rows
        row = next(r for r in rows if r.lstrip().startswith("ics "))
        assert re.search(r"\.ics, \.ical, \.icalendar  iCalendar", row)


class TestBadValues:
    def test_dtstamp(self, tmp_path: Path) -> None:
        """A bad --dtstamp is one line: what was given and what form is expected; exit 2."""
        result = run("convert", str(EXAMPLE), "-o", str(tmp_path / "x.ics"), "--dtstamp", "igår")
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            "folkemode: error: --dtstamp: expected a date and time with a UTC offset, "
            "such as 2025-11-01T12:00:00+01:00; got 'igår'"
        ]

    def test_dtstamp_without_an_offset(self, tmp_path: Path) -> None:
        """A --dtstamp without a UTC offset says that is what is missing."""
        result = run("convert", str(EXAMPLE), "--to", "ics", "--dtstamp", "2026-03-19T09:00")
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            "folkemode: error: --dtstamp: expected a date and time with a UTC offset, "
            "such as 2025-11-01T12:00:00+01:00; '2026-03-19T09:00' has no offset"
        ]

    def test_whole_number(self) -> None:
        """A number option given a word says a whole number was expected."""
        result = run("convert", str(EXAMPLE), "--to", "ics", "--sequence", "two")
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            "folkemode: error: --sequence: expected a whole number such as 2; got 'two'"
        ]
        assert "_whole_number" not in result.stderr

    def test_json_errors_name_the_file(self, tmp_path: Path) -> None:
        """Problems in a JSON input are listed under the file's name."""
        bad = tmp_path / "bad.json"
        bad.write_text('{"folkemode": 1, "name": 7}', encoding="utf-8")
        result = run("convert", str(bad), "--to", "json")
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            f"{bad}: 1 problem in the input:",
            "  $.name: expected a string, got a number",
        ]

    def test_speaker_nobody_is(self, tmp_path: Path) -> None:
        """--speakers naming nobody says no session has that speaker, not that there are none."""
        source = tmp_path / "uden-talere.txt"
        source.write_text(
            "Temadag\nSted: Rådhuset, Torvet 1, 5000 Odense\nTorsdag 5. marts 2026\n"
            "Kl. 10 Velkomst\nKl. 11 Debat\n",
            encoding="utf-8",
        )
        result = run("convert", str(source), "--to", "ics", "--speakers", "Nobody")
        assert result.returncode == 2
        message = result.stderr.strip()
        assert message == (
            "folkemode: error: nobody called 'Nobody' speaks at this event: no session has "
            "that speaker; no session of this event names a speaker"
        )

    def test_speaker_nobody_is_among_speakers(self) -> None:
        """When the event has speakers, some of them are named."""
        result = run("convert", str(EXAMPLE), "--to", "csv", "--speakers", "Nobody")
        assert result.returncode == 2
        assert "no session has that speaker; speakers include '" in result.stderr
