"""The README's quickstart: two commands, kept in step with CI, and they work."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quickstart() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block is not None, "the Quickstart has a bash block"
    return [line for line in block.group(1).splitlines() if line.strip()]


class TestQuickstart:
    def test_exactly_two_commands(self) -> None:
        """The quickstart is one install-and-convert command and one test command."""
        assert len(quickstart()) == 2

    def test_ci_installs_as_the_readme_says(self) -> None:
        """.ci/run uses the README's install command and test command."""
        install, tests = quickstart()
        ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
        pip = re.search(r"-m pip install (-e \"\.\[[a-z,]+\]\")", install)
        assert pip is not None
        assert f"python -m pip install --quiet {pip.group(1)}" in ci
        assert tests.endswith("python -m pytest")
        assert "python -m pytest" in ci

    def test_convert_command_works(self, tmp_path: Path) -> None:
        """The quickstart's conversion of the bundled example succeeds."""
        install, _ = quickstart()
        convert = shlex.split(install.split("&&")[-1])
        assert convert[0].endswith("folkemode") and convert[1] == "convert"
        source = ROOT / convert[2]
        output = tmp_path / Path(convert[convert.index("-o") + 1]).name
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "folkemode",
                "convert",
                str(source),
                "-o",
                str(output),
                "--strict",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert output.stat().st_size > 0
        import folkemode

        event = folkemode.load(output)
        assert len(event.sessions) >= 10
