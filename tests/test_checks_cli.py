"""``folkemode check`` with the programme checks: FILE:LINE: CODE message, JSON, select, exit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import folkemode
from folkemode.cli import main
from tests.conftest import fixture_path


def copy(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copyfile(fixture_path("checks", name), target)
    return target


def lines_of(capsys: Any) -> list[str]:
    return capsys.readouterr().out.splitlines()


class TestText:
    def test_findings_before_the_summary(self, tmp_path: Path, capsys: Any) -> None:
        """Each finding is FILE:LINE: CODE message; errors make the exit status 1."""
        path = copy("dobbeltbooket-scene.txt", tmp_path)
        assert main(["check", str(path)]) == 1
        out = lines_of(capsys)
        assert out[0] == (
            f'{path}:17: D101 "Klimaet i kommunerne" står der to gange, 12. jun. 2026 10.30–11.30'
        )
        assert [line.split(": ")[1].split()[0] for line in out[:-2]] == [
            "D101",
            "R101",
            "S201",
            "R101",
            "S101",
            "S101",
        ]
        assert out[-2].startswith(f"{path}: 10 sessions on 2 days")
        assert out[-1] == f"{path}: 6 findings: 5 errors, 0 warnings, 1 info"

    def test_warnings_and_hints_alone_exit_0(self, tmp_path: Path, capsys: Any) -> None:
        """A hint (a gap) is printed, but only errors (or import problems) fail the check."""
        event = folkemode.loads(
            "Temadag om ældreplejen\nSted: Rådhuset, Torvet 1, 7100 Vejle\n\n"
            "Torsdag 5. marts 2026\nKl. 9.00-10.00 Oplæg\nKl. 10.30-11.00 Debat\n",
            format="text",
        )
        path = tmp_path / "temadag.json"
        path.write_text(folkemode.dumps(event, format="json"), encoding="utf-8")
        assert main(["check", str(path)]) == 0
        out = lines_of(capsys)
        assert out[0] == (
            f'{path}: A102 der sker intet fra 10.00 til 10.30, mellem "Oplæg" og "Debat"'
        )
        assert out[-1] == f"{path}: 1 finding: 0 errors, 0 warnings, 1 info"

    def test_select_ignore_locale(self, tmp_path: Path, capsys: Any) -> None:
        """--select and --ignore take prefixes, comma-separated or repeated; --locale words."""
        path = copy("dobbeltbooket-scene.txt", tmp_path)
        assert main(["check", str(path), "--select", "S,D", "--ignore", "S2", "--locale", "en"])
        out = lines_of(capsys)
        assert [line.split(": ")[1].split()[0] for line in out[:-2]] == ["D101", "S101", "S101"]
        assert "at the same time" in out[1]
        assert main(["check", str(path), "--ignore", "D", "--ignore", "R,S1"]) == 0
        assert [line.split(": ")[1].split()[0] for line in lines_of(capsys)[:-2]] == ["S201"]

    def test_an_unknown_code_is_a_usage_error(self, tmp_path: Path, capsys: Any) -> None:
        """A code no check has exits 2 and lists the codes there are."""
        path = copy("dobbeltbooket-scene.txt", tmp_path)
        with pytest.raises(SystemExit) as exit:
            main(["check", str(path), "--select", "Q7"])
        assert exit.value.code == 2
        assert "no check has a code starting with 'Q7'" in capsys.readouterr().err

    def test_walking_time(self, tmp_path: Path, capsys: Any) -> None:
        """--walking-time 10m asks for ten minutes between two stands."""
        path = copy("dobbeltbooket-scene.txt", tmp_path)
        assert main(["check", str(path), "--walking-time", "10m", "--select", "S102"]) == 0
        assert lines_of(capsys)[0] == (
            f'{path}:28: S102 Sofie Lund har 5 minutter fra "Madkultur på øen" i Telt 2 til '
            '"Lokal fødevareproduktion" i Havnescenen, mindre end gåtiden på 10 minutter'
        )
        assert main(["check", str(path), "--walking-time", "1h30m", "--select", "S102"]) == 0
        assert "mindre end gåtiden på 1 time og 30 minutter" in lines_of(capsys)[0]

    @pytest.mark.parametrize("value", ["10 kvarter", "", "m"])
    def test_a_walking_time_that_is_none(self, value: str, tmp_path: Path) -> None:
        """A walking time must be minutes or hours."""
        path = copy("dobbeltbooket-scene.txt", tmp_path)
        with pytest.raises(SystemExit) as exit:
            main(["check", str(path), "--walking-time", value])
        assert exit.value.code == 2

    def test_weekday_is_listed_once(self, tmp_path: Path, capsys: Any) -> None:
        """The importer's weekday warning is the finding T104, not a second line."""
        path = tmp_path / "program.txt"
        path.write_text(
            "Kommunalpolitisk temadag 2026\nSted: Rådhuset, Torvet 1, 7100 Vejle\n\n"
            "Torsdag 14. marts 2026\nKl. 10.00-11.00 Velkommen\n",
            encoding="utf-8",
        )
        assert main(["check", str(path)]) == 1
        out = lines_of(capsys)
        assert out[0] == (
            f"{path}:4: T104 dagens overskrift har en forkert ugedag: 14. marts 2026 er en lørdag"
        )
        assert "does not fit" not in "\n".join(out)
        assert main(["check", str(path), "--ignore", "T104"]) == 0
        assert lines_of(capsys)[0].startswith(f"{path}: 1 session on 1 day")


class TestJson:
    def test_one_document(self, tmp_path: Path, capsys: Any) -> None:
        """--format json prints the diagnostics, findings and summary as one JSON document."""
        path = copy("aarsmoete-bondelag.txt", tmp_path)
        assert main(["check", str(path), "--format", "json"]) == 1
        document = json.loads(capsys.readouterr().out)
        assert document["file"] == str(path)
        assert document["diagnostics"] == []
        first = document["findings"][0]
        assert first == {
            "code": "A102",
            "severity": "info",
            "message": (
                'ingenting skjer fra 10:00 til 10:15, mellom "Registrering og kaffe" '
                'og "Åpning av årsmøtet"'
            ),
            "sessions": ["20260305-aapning-av-aarsmoetet", "20260305-registrering-og-kaffe"],
            "line": 10,
        }
        assert document["summary"].startswith("9 sessions on 2 days")

    def test_an_input_that_cannot_be_read(self, tmp_path: Path, capsys: Any) -> None:
        """A broken input gives its diagnostics, no findings and no summary."""
        path = tmp_path / "bad.json"
        path.write_text('{"folkemode": 1, "name": 7}', encoding="utf-8")
        assert main(["check", str(path), "--format", "json"]) == 1
        document = json.loads(capsys.readouterr().out)
        assert document["findings"] == [] and document["summary"] is None
        assert document["diagnostics"][0]["path"].startswith("$")
