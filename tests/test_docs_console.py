"""Run the ``console`` examples of the command-line how-to, checking their output.

Each ``$ folkemode ...`` line runs in a scratch folder holding the bundled
example as ``programme.txt``, the small faulty ``draft.txt`` the page shows, an empty
``empty.txt`` and a folder ``programmes`` with copies of the first two; the
lines after it are the expected standard output and error (compared when
given). A ``$ echo $?`` line after a command gives its exit code; without one
the code must be 0, or 1 when the output names problems at a line.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOWTO = ROOT / "docs" / "how-to" / "command-line.md"
# The draft the page shows is the draft the examples run on.
_SHOWN_DRAFT = re.search(
    r"<!-- draft\.txt[^>]*-->\n```text\n(.*?)```", HOWTO.read_text(encoding="utf-8"), re.S
)
assert _SHOWN_DRAFT is not None, "the how-to shows draft.txt in a text block after its marker"
DRAFT = _SHOWN_DRAFT.group(1)


class Example(NamedTuple):
    command: str
    expected: list[str]
    status: int | None
    """The exit code a following ``$ echo $?`` gives, if there is one."""


def examples() -> list[Example]:
    found: list[Example] = []
    for block in re.findall(r"```console\n(.*?)```", HOWTO.read_text(encoding="utf-8"), re.S):
        command: str | None = None
        lines: list[str] = []
        for line in [*block.splitlines(), "$ "]:
            if not line.startswith("$ "):
                if line.strip():
                    lines.append(line)
                continue
            if command == "echo $?":
                previous = found.pop()
                found.append(previous._replace(status=int("".join(lines))))
            elif command is not None:
                found.append(Example(command, lines, None))
            command, lines = line[2:].strip(), []
    return found


def scratch(folder: Path) -> None:
    """The files the examples name."""
    (folder / "programme.txt").write_bytes(
        (ROOT / "src" / "folkemode" / "examples" / "topmoede.txt").read_bytes()
    )
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "programmes").mkdir()
    for name in ("programme.txt", "draft.txt"):
        (folder / "programmes" / name).write_bytes((folder / name).read_bytes())


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.command[:40])
def test_console_example(example: Example, tmp_path: Path) -> None:
    """The how-to's command works and prints what the page says."""
    scratch(tmp_path)
    arguments = shlex.split(example.command)
    assert arguments[0] == "folkemode"
    result = subprocess.run(
        [sys.executable, "-m", "folkemode", *arguments[1:]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if example.status is not None:
        assert result.returncode == example.status, result.stderr
    else:
        reports_problems = any(re.match(r"\S+:\d+: ", line) for line in example.expected)
        assert result.returncode == (1 if reports_problems else 0), result.stderr
    if example.expected and arguments[1] != "formats":
        assert (result.stdout + result.stderr).splitlines() == example.expected
    if "-o" in arguments and result.returncode == 0:
        written = tmp_path / arguments[arguments.index("-o") + 1]
        if written.is_dir():
            assert sorted(path.stat().st_size > 0 for path in written.iterdir()) == [True, True]
        else:
            assert written.stat().st_size > 0


def test_examples_are_found() -> None:
    """The page's examples are all read, exit codes included."""
    found = examples()
    assert len(found) >= 10
    assert any(example.status == 1 for example in found)
