"""On a terminal `convert` says what it wrote and, for long runs, how far it is; elsewhere not."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import folkemode
from folkemode import cli
from folkemode.cli import main
from tests.test_cli import run

EXAMPLE = Path(folkemode.__file__).parent / "examples" / "topmoede.txt"
ONE_SESSION = (
    "Temadag\nSted: Rådhuset, Torvet 1, 5000 Odense\nTorsdag 5. marts 2026\n"
    "Kl. 10-11 Velkomst\nKl. 25.99 Noget mærkeligt\n"
)


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def on_terminal(*arguments: str) -> tuple[int, str]:
    """Run the command line with standard error on a terminal: exit code, what it said."""
    # set here, not in a fixture: pytest puts its own capture back before each test runs
    stream = Terminal()
    with contextlib.redirect_stderr(stream):
        code = main(list(arguments))
    return code, stream.getvalue()


def screen(said: str) -> list[str]:
    """The lines a terminal shows after ``said``: a carriage return writes over its line."""
    shown = []
    for line in said.split("\n"):
        cells: list[str] = []
        for part in line.split("\r"):
            cells[: len(part)] = part
        shown.append("".join(cells).rstrip())
    return shown


def frames(said: str) -> list[str]:
    """Each progress line that was shown, in order."""
    return [part.strip() for line in said.split("\n") for part in line.split("\r")[1:-1]]


class TestSummaryLine:
    def test_says_what_was_written(self, tmp_path: Path) -> None:
        """On a terminal, one line names the output, the sessions and the warnings."""
        target = tmp_path / "programme.ics"
        assert on_terminal("convert", str(EXAMPLE), "-o", str(target)) == (
            0,
            f"folkemode: wrote {target}: 18 sessions, 0 warnings\n",
        )

    def test_singular_counts(self, tmp_path: Path) -> None:
        """One session and one warning are singular, and the line says how to see it."""
        source, target = tmp_path / "temadag.txt", tmp_path / "temadag.csv"
        source.write_text(ONE_SESSION, encoding="utf-8")
        assert on_terminal("convert", str(source), "-o", str(target)) == (
            0,
            f"folkemode: wrote {target}: 1 session, 1 warning; "
            f"`folkemode check {source}` lists them\n",
        )

    def test_standard_output(self, capsys: Any) -> None:
        """Written to standard output, the line names the format."""
        code, said = on_terminal("convert", str(EXAMPLE), "--to", "csv")
        assert code == 0
        assert "Velkommen" in capsys.readouterr().out
        assert said == "folkemode: wrote csv to standard output: 18 sessions, 0 warnings\n"

    @pytest.mark.parametrize("flag", ["-q", "--quiet"])
    def test_quiet(self, flag: str, tmp_path: Path) -> None:
        """-q leaves the summary out; a problem in the input is still said."""
        source = tmp_path / "temadag.txt"
        source.write_text(ONE_SESSION, encoding="utf-8")
        assert on_terminal("convert", flag, str(EXAMPLE), "-o", str(tmp_path / "a.ics")) == (0, "")
        assert on_terminal("convert", str(source), flag, "-o", str(tmp_path / "b.ics")) == (
            0,
            f"folkemode: {source}: 1 problem in the input; `folkemode check {source}` lists them\n",
        )

    def test_not_on_a_pipe(self, tmp_path: Path) -> None:
        """When standard error is not a terminal, a clean conversion prints nothing."""
        result = run("convert", str(EXAMPLE), "-o", str(tmp_path / "programme.ics"))
        assert result.returncode == 0
        assert result.stderr == ""


class TestProgress:
    def test_a_long_programme(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A long input shows what is being read and written, wiped before the summary."""
        monkeypatch.setattr(cli.convert, "LONG_INPUT", 100)
        monkeypatch.setenv("COLUMNS", "500")  # the line is cut to the terminal's width
        target = tmp_path / "programme.html"
        code, said = on_terminal("convert", str(EXAMPLE), "-o", str(target))
        assert code == 0
        assert [frame for frame in frames(said) if frame] == [
            f"reading {EXAMPLE} (49 lines)…",
            f"writing {target} (18 sessions)…",
        ]
        assert screen(said) == [f"folkemode: wrote {target}: 18 sessions, 0 warnings", ""]

    def test_cut_to_the_terminal(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A progress line never wraps: it is cut to the terminal's width."""
        monkeypatch.setattr(cli.convert, "LONG_INPUT", 100)
        monkeypatch.setenv("COLUMNS", "40")
        code, said = on_terminal("convert", str(EXAMPLE), "-o", str(tmp_path / "programme.ics"))
        assert code == 0
        assert frames(said) and all(len(frame) <= 39 for frame in frames(said))

    def test_a_short_programme_shows_none(self, tmp_path: Path) -> None:
        """A programme read in a moment gets no progress line."""
        code, said = on_terminal("convert", str(EXAMPLE), "-o", str(tmp_path / "programme.ics"))
        assert code == 0
        assert "\r" not in said

    def test_several_inputs(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Converting several inputs counts them off, then sums up in one line."""
        monkeypatch.setenv("COLUMNS", "500")
        for name in ("a.txt", "b.txt"):
            (tmp_path / name).write_bytes(EXAMPLE.read_bytes())
        out = tmp_path / "out"
        code, said = on_terminal(
            "convert",
            str(tmp_path / "a.txt"),
            str(tmp_path / "b.txt"),
            "-o",
            str(out),
            "--to",
            "ics",
        )
        assert code == 0
        assert f"[1/2] reading {tmp_path / 'a.txt'} (49 lines)…" in frames(said)
        assert f"[2/2] writing {out / 'b.ics'} (18 sessions)…" in frames(said)
        assert screen(said) == [
            f"folkemode: wrote 2 files into {out} (ics): 36 sessions, 0 warnings",
            "",
        ]

    def test_quiet_shows_none(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """-q leaves progress out too."""
        monkeypatch.setattr(cli.convert, "LONG_INPUT", 100)
        assert on_terminal("convert", "-q", str(EXAMPLE), "-o", str(tmp_path / "p.ics")) == (0, "")

    def test_never_when_not_a_terminal(
        self, tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Written to a file or a pipe, standard error gets no progress and no summary."""
        monkeypatch.setattr(cli.convert, "LONG_INPUT", 100)
        (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
        assert main(["convert", str(EXAMPLE), "-o", str(tmp_path / "p.ics")]) == 0
        assert main(["convert", str(tmp_path / "a.txt"), "-o", str(tmp_path), "--to", "csv"]) == 0
        assert capsys.readouterr().err == ""


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_on_a_real_terminal(tmp_path: Path) -> None:
    """Run with standard error on a pseudo-terminal, the summary line is there."""
    primary, secondary = os.openpty()
    target = tmp_path / "programme.ics"
    with subprocess.Popen(
        [sys.executable, "-m", "folkemode", "convert", str(EXAMPLE), "-o", str(target)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=secondary,
    ) as process:
        os.close(secondary)
        said = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the other end is closed
                break
            if not chunk:
                break
            said += chunk
    os.close(primary)
    assert process.returncode == 0
    assert said.decode("utf-8").splitlines() == [
        f"folkemode: wrote {target}: 18 sessions, 0 warnings"
    ]
