"""Run the ``console`` examples of the command-line how-to, checking their output.

Each ``$ folkemode ...`` line runs in a scratch folder holding the bundled
example as ``programme.txt`` and a small faulty ``draft.txt``; the lines after it
are the expected standard output and error (compared when given), and the
command's exit code must be 0, or 1 for ``check`` when there is output to show.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOWTO = ROOT / "docs" / "how-to" / "command-line.md"
DRAFT = (
    "Kommunalpolitisk dag\n\nTorsdag den 5. marts\nKl. 9.30 Velkommen\n"
    "Kl. 25.99 Noget mærkeligt\nKl. 10.00 Frokost\n"
)


def examples() -> list[tuple[str, list[str]]]:
    found = []
    for block in re.findall(r"```console\n(.*?)```", HOWTO.read_text(encoding="utf-8"), re.S):
        command: str | None = None
        expected: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, expected))
                command, expected = line[2:], []
            elif line.strip():
                expected.append(line)
        if command is not None:
            found.append((command, expected))
    return found


@pytest.mark.parametrize(("command", "expected"), examples(), ids=lambda v: str(v)[:40])
def test_console_example(command: str, expected: list[str], tmp_path: Path) -> None:
    """The how-to's command works and prints what the page says."""
    (tmp_path / "programme.txt").write_bytes(
        (ROOT / "src" / "folkemode" / "examples" / "topmoede.txt").read_bytes()
    )
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    arguments = shlex.split(command)
    assert arguments[0] == "folkemode"
    result = subprocess.run(
        [sys.executable, "-m", "folkemode", *arguments[1:]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    reports_problems = any(re.match(r"\S+:\d+: ", line) for line in expected)
    assert result.returncode == (1 if reports_problems else 0), result.stderr
    if expected and arguments[1] != "formats":
        assert (result.stdout + result.stderr).splitlines() == expected
    if "-o" in arguments:
        assert (tmp_path / arguments[arguments.index("-o") + 1]).stat().st_size > 0
