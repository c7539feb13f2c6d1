"""`folkemode convert` with several inputs or a folder: one output per input, into a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import folkemode
from tests.test_cli import run

EXAMPLE = Path(folkemode.__file__).parent / "examples" / "topmoede.txt"
UNDATED = "Temadag\nSted: Rådhuset, Torvet 1, 5000 Odense\nTorsdag 5. marts\nKl. 10 Velkomst\n"


@pytest.fixture
def programmes(tmp_path: Path) -> Path:
    """A folder with two programme texts, a note that is no programme and a hidden file."""
    folder = tmp_path / "programmes"
    folder.mkdir()
    (folder / "topmoede.txt").write_bytes(EXAMPLE.read_bytes())
    (folder / "temadag.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "noter.docx").write_bytes(b"PK\x03\x04")
    (folder / ".skjult.txt").write_text("Kl. 10 Hemmeligt\n", encoding="utf-8")
    (folder / "arkiv").mkdir()
    (folder / "arkiv" / "gammel.txt").write_bytes(EXAMPLE.read_bytes())
    return folder


class TestSeveralInputs:
    def test_one_output_each(self, programmes: Path, tmp_path: Path) -> None:
        """Each input becomes its stem plus the format's suffix in the folder, made if missing."""
        out = tmp_path / "out" / "calendars"
        result = run(
            "convert",
            str(programmes / "topmoede.txt"),
            str(programmes / "temadag.txt"),
            "-o",
            str(out),
            "--to",
            "ics",
            "--year",
            "2026",
        )
        assert result.returncode == 0, result.stderr
        assert sorted(path.name for path in out.iterdir()) == ["temadag.ics", "topmoede.ics"]
        event = folkemode.load(out / "topmoede.ics")
        assert len(event.sessions) == 18
        assert [s.title for s in folkemode.load(out / "temadag.ics").sessions] == ["Velkomst"]

    def test_a_folder(self, programmes: Path, tmp_path: Path) -> None:
        """A folder stands for its programme files: not others, hidden ones or subfolders."""
        out = tmp_path / "pages"
        result = run("convert", str(programmes), "-o", str(out), "--to", "html")
        assert result.returncode == 0, result.stderr
        assert sorted(path.name for path in out.iterdir()) == ["temadag.html", "topmoede.html"]

    def test_a_folder_with_from(self, programmes: Path, tmp_path: Path) -> None:
        """With --from, a folder stands for the files of that format only."""
        folkemode.dump(folkemode.Event.example(), programmes / "eksempel.json")
        out = tmp_path / "out"
        result = run("convert", str(programmes), "--from", "json", "-o", str(out), "--to", "csv")
        assert result.returncode == 0, result.stderr
        assert [path.name for path in out.iterdir()] == ["eksempel.csv"]

    def test_exporter_options_apply_to_each(self, programmes: Path, tmp_path: Path) -> None:
        """Exporter flags are given once, for every output."""
        out = tmp_path / "out"
        result = run("convert", str(programmes), "-o", str(out), "--to", "csv", "--no-header")
        assert result.returncode == 0, result.stderr
        for name in ("topmoede.csv", "temadag.csv"):
            assert not (out / name).read_text(encoding="utf-8").startswith("id,")

    def test_warnings_name_their_input(self, programmes: Path, tmp_path: Path) -> None:
        """What one input gives rise to is said with that input's name."""
        result = run("convert", str(programmes), "-o", str(tmp_path / "out"), "--to", "ics")
        assert result.returncode == 0
        temadag = programmes / "temadag.txt"
        assert result.stderr.splitlines() == [
            f"{temadag}: 1 session without a date left out of the ics output: 'Velkomst'",
            f"folkemode: {temadag}: 1 problem in the input; `folkemode check {temadag}` lists them",
        ]


class TestFailures:
    def test_the_others_are_still_converted(self, programmes: Path, tmp_path: Path) -> None:
        """A missing, an empty and a broken input are each reported; the rest are written."""
        (programmes / "tom.txt").write_text("\n", encoding="utf-8")
        (programmes / "brudt.json").write_text('{"folkemode": 1, "name": 7}', encoding="utf-8")
        missing = tmp_path / "findes-ikke.txt"
        out = tmp_path / "out"
        result = run("convert", str(missing), str(programmes), "-o", str(out), "--to", "json")
        assert result.returncode == 2
        errors = [line for line in result.stderr.splitlines() if "in the input;" not in line]
        assert errors == [
            f"folkemode: error: cannot read {missing}: No such file or directory",
            f"{programmes / 'brudt.json'}: 1 problem in the input:",
            "  $.name: expected a string, got a number",
            f"folkemode: error: {programmes / 'tom.txt'} is empty: no programme found, "
            "nothing written",
        ]
        assert sorted(path.name for path in out.iterdir()) == ["temadag.json", "topmoede.json"]

    def test_problems_in_the_input_exit_1(self, programmes: Path, tmp_path: Path) -> None:
        """When the worst that happened is an input with problems, the exit code is 1."""
        (programmes / "tom.txt").write_text("", encoding="utf-8")
        result = run("convert", str(programmes), "-o", str(tmp_path / "out"), "--to", "csv")
        assert result.returncode == 1
        assert (tmp_path / "out" / "topmoede.csv").exists()

    def test_strict_fails_only_the_input_with_problems(
        self, programmes: Path, tmp_path: Path
    ) -> None:
        """--strict refuses the input with problems and converts the clean one."""
        out = tmp_path / "out"
        result = run("convert", str(programmes), "-o", str(out), "--to", "json", "--strict")
        assert result.returncode == 1
        assert f"{programmes / 'temadag.txt'}: 1 problem in the input:" in result.stderr
        assert [path.name for path in out.iterdir()] == ["topmoede.json"]

    def test_same_output_name(self, programmes: Path, tmp_path: Path) -> None:
        """Two inputs with one stem: both are reported and neither is written, before any."""
        folkemode.dump(folkemode.Event.example(), programmes / "topmoede.json")
        out = tmp_path / "out"
        result = run("convert", str(programmes), "-o", str(out), "--to", "csv")
        assert result.returncode == 2
        json_input, text_input = programmes / "topmoede.json", programmes / "topmoede.txt"
        assert (
            f"folkemode: error: {json_input} and {text_input} would both be written to "
            f"{out / 'topmoede.csv'}; rename one of them (neither is written)"
        ) in result.stderr.splitlines()
        assert not (out / "topmoede.csv").exists()

    def test_never_over_an_input(self, tmp_path: Path) -> None:
        """Converting a folder into itself in the inputs' own format leaves the inputs alone."""
        folkemode.dump(folkemode.Event.example(), tmp_path / "eksempel.json")
        before = (tmp_path / "eksempel.json").read_bytes()
        result = run("convert", str(tmp_path), "-o", str(tmp_path), "--to", "json", "--indent", "0")
        assert result.returncode == 2
        assert "would overwrite itself" in result.stderr
        assert (tmp_path / "eksempel.json").read_bytes() == before

    def test_a_folder_without_programmes(self, tmp_path: Path) -> None:
        """A folder with nothing to read says which suffixes it looked for."""
        (tmp_path / "tom").mkdir()
        result = run("convert", str(tmp_path / "tom"), "-o", str(tmp_path / "out"), "--to", "ics")
        assert result.returncode == 2
        assert f"{tmp_path / 'tom'} holds no programme files (" in result.stderr


class TestUsage:
    def test_several_inputs_need_a_folder(self, programmes: Path) -> None:
        """Several inputs without -o cannot all go to standard output."""
        result = run("convert", str(programmes / "topmoede.txt"), str(EXAMPLE), "--to", "ics")
        assert result.returncode == 2
        assert result.stderr.strip() == (
            "folkemode: error: give an output folder with -o DIR to convert several inputs"
        )

    def test_a_folder_needs_to(self, programmes: Path, tmp_path: Path) -> None:
        """A folder has no suffix to tell the output format: --to names it."""
        result = run("convert", str(programmes), "-o", str(tmp_path / "out"))
        assert result.returncode == 2
        assert "name the output format with --to" in result.stderr

    def test_output_that_is_a_file(self, programmes: Path, tmp_path: Path) -> None:
        """-o naming a file, with several inputs, is refused before anything is converted."""
        target = tmp_path / "programme.ics"
        target.write_text("", encoding="utf-8")
        result = run("convert", str(programmes), "-o", str(target), "--to", "ics")
        assert result.returncode == 2
        assert result.stderr.strip() == (
            f"folkemode: error: {target} is a file: give a folder with -o to convert into"
        )

    def test_standard_input_goes_alone(self, tmp_path: Path) -> None:
        """`-` cannot be one of several inputs."""
        result = run("convert", "-", str(EXAMPLE), "-o", str(tmp_path), "--to", "ics", stdin="")
        assert result.returncode == 2
        assert "standard input (-) converts on its own" in result.stderr

    def test_one_input_into_a_folder(self, tmp_path: Path) -> None:
        """One input with -o naming an existing folder is written into it."""
        result = run("convert", str(EXAMPLE), "-o", str(tmp_path), "--to", "csv")
        assert result.returncode == 0, result.stderr
        assert (tmp_path / "topmoede.csv").read_text(encoding="utf-8").startswith("id,")

    def test_one_input_is_unchanged(self, tmp_path: Path) -> None:
        """One input still goes to the named file, or to standard output without -o."""
        target = tmp_path / "programme.ics"
        assert run("convert", str(EXAMPLE), "-o", str(target)).returncode == 0
        assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
        result = run("convert", str(EXAMPLE), "--to", "ics")
        assert result.returncode == 0
        assert result.stdout.startswith("BEGIN:VCALENDAR")
