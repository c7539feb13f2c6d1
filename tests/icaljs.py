"""Run Mozilla's ical.js (the parser inside Thunderbird) on our ICS output.

``tests/js/icaljs_dump.mjs`` parses a calendar and prints, per VEVENT, what a
client sees: UID, summary, start and end as UTC instants, the zone of each
time and whether it is floating.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.tools import require_tool

SCRIPT = Path(__file__).resolve().parent / "js" / "icaljs_dump.mjs"


def icaljs(ics: str) -> dict[str, Any]:
    """What ical.js reads from ``ics`` (skips, or fails in CI, without Node or ical.js)."""
    library = require_tool("FOLKEMODE_ICALJS", "ical.js (npm)", fallback="node_modules/ical.js")
    node = shutil.which("node")
    if node is None:
        message = "Node.js is not installed; ical.js needs it"
        if os.environ.get("FOLKEMODE_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run(
        [node, str(SCRIPT), str(library)],
        input=ics,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(f"ical.js could not read the calendar:\n{result.stderr}")
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed
