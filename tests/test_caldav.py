"""Real calendars take the next version as an update: a CalDAV server and a terminal calendar.

Version 1 of the how-to's programme is written as a calendar, then version 2
with ``--previous``. Both go to Radicale (a CalDAV server, started here on a
free port of 127.0.0.1 with a scratch storage folder and no authentication)
through the caldav client library, one calendar object per UID as CalDAV
clients store them, and into khal (``khal import --batch``). Each must then
hold every session once: the moved debate at its new time, the renamed
session under its old UID with its new title, lunch marked cancelled.

The tools live in their own virtual environment (``.ci/setup.d/70-caldav.sh``),
so the drivers are small scripts written here and run with its Python.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from folkemode.cli import main
from tests.test_cli_versions import versions
from tests.tools import require_tool

CPH = ZoneInfo("Europe/Copenhagen")

#: Version 2 as a calendar shows it: title -> start, and the sessions cancelled.
SECOND = {
    "Velkomst": "2026-03-05T09:00:00+01:00",
    "Klimaplaner i praksis": "2026-03-05T09:30:00+01:00",
    "Debat om vindmøller": "2026-03-05T11:30:00+01:00",
    "Frokost": "2026-03-05T11:30:00+01:00",
    "Borgerdialog om varmeplaner": "2026-03-05T12:30:00+01:00",
    "Afslutning": "2026-03-05T14:00:00+01:00",
    "Workshop om varmeplaner": "2026-03-05T14:30:00+01:00",
}
CANCELLED = {"Frokost"}
FIRST_TITLES = {
    "Velkomst",
    "Klimaplaner i praksis",
    "Debat om vindmøller",
    "Frokost",
    "Borgerdialog",
    "Afslutning",
}


@pytest.fixture
def published(tmp_path: Path) -> tuple[Path, Path]:
    """v1.ics, then v2.ics written with v1.ics as the previous version."""
    v1, v2 = versions(tmp_path)
    first, second = tmp_path / "v1.ics", tmp_path / "v2.ics"
    assert main(["convert", str(v1), "-o", str(first)]) == 0
    assert main(["convert", str(v2), "-o", str(second), "--previous", str(first)]) == 0
    return first, second


def uid_of(value: str) -> str:
    return value.split("@")[0]


def assert_each_session_once(entries: list[dict[str, Any]]) -> None:
    """The calendar holds version 2: every session once, at its time, lunch cancelled."""
    held = sorted(e["summary"] for e in entries)
    assert len(entries) == len(SECOND), f"expected {len(SECOND)} sessions, the calendar has {held}"
    uids = Counter(uid_of(e["uid"]) for e in entries)
    titles = Counter(e["summary"] for e in entries)
    assert [u for u, n in uids.items() if n > 1] == []
    assert [t for t, n in titles.items() if n > 1] == [], "a session is in the calendar twice"
    assert {e["summary"]: e["start"] for e in entries} == SECOND
    assert {e["summary"] for e in entries if e["status"] == "CANCELLED"} == CANCELLED
    by_uid = {uid_of(e["uid"]): e for e in entries}
    assert by_uid["20260305-borgerdialog"]["summary"] == "Borgerdialog om varmeplaner"


# -- CalDAV: Radicale and the caldav library ---------------------------------------------------

UPLOAD = '''\
"""Upload calendars to a CalDAV server, one object per UID; print what it holds after each."""
import json
import sys

import caldav
import icalendar

url, *paths = sys.argv[1:]
client = caldav.DAVClient(url=url, username="folkemode", password="folkemode")
calendar = client.principal().make_calendar(name="Programme", cal_id="programme")
states = []
for path in paths:
    with open(path, encoding="utf-8") as handle:
        published = icalendar.Calendar.from_ical(handle.read())
    zones = [c for c in published.subcomponents if c.name == "VTIMEZONE"]
    for vevent in published.walk("VEVENT"):
        # a calendar object holds one UID, with the zones its times refer to
        one = icalendar.Calendar()
        one.add("VERSION", "2.0")
        one.add("PRODID", str(published["PRODID"]))
        for zone in zones:
            one.add_component(zone)
        one.add_component(vevent)
        # stored as it is: the SEQUENCE is the publisher's, not the client's to raise
        calendar.add_event(one.to_ical().decode("utf-8"), increase_seqno=False)
    held = []
    for stored in calendar.events():
        for vevent in stored.icalendar_instance.walk("VEVENT"):
            held.append({
                "uid": str(vevent["UID"]),
                "summary": str(vevent["SUMMARY"]),
                "start": vevent.decoded("DTSTART").isoformat(),
                "status": str(vevent.get("STATUS", "")),
                "sequence": int(vevent.get("SEQUENCE", 0)),
                "href": str(stored.url),
            })
    states.append(held)
print(json.dumps(states, ensure_ascii=False))
'''


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def caldav_python() -> Path:
    return require_tool(
        "FOLKEMODE_CALDAV_PYTHON", "Radicale and caldav (in a Python)", "caldav/bin/python"
    )


@pytest.fixture
def radicale(caldav_python: Path, tmp_path: Path) -> Iterator[str]:
    """A Radicale server on a free port of 127.0.0.1: its URL; stopped afterwards."""
    storage = tmp_path / "radicale"
    log = tmp_path / "radicale.log"
    port = free_port()
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen(
            [
                *(str(caldav_python), "-m", "radicale", "--config", ""),
                *("--server-hosts", f"127.0.0.1:{port}", "--auth-type", "none"),
                *("--storage-filesystem-folder", str(storage), "--logging-level", "warning"),
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            if server.poll() is not None:
                pytest.fail(f"Radicale stopped at once:\n{log.read_text(encoding='utf-8')}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("Radicale did not listen within 30 seconds")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class TestCalDAV:
    def test_second_version_updates_the_first(
        self,
        radicale: str,
        caldav_python: Path,
        published: tuple[Path, Path],
        tmp_path: Path,
    ) -> None:
        """Uploaded over version 1, version 2 leaves each session on the server once."""
        script = tmp_path / "upload.py"
        script.write_text(UPLOAD, encoding="utf-8")
        result = subprocess.run(
            [str(caldav_python), str(script), radicale, *map(str, published)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        first, second = json.loads(result.stdout)
        assert {e["summary"] for e in first} == FIRST_TITLES
        assert all(e["sequence"] == 0 and e["status"] == "" for e in first)
        assert_each_session_once(second)
        by_uid = {uid_of(e["uid"]): e for e in second}
        assert by_uid["20260305-debat-om-vindmoeller"]["sequence"] == 1
        assert by_uid["20260305-frokost"]["sequence"] == 1
        assert by_uid["20260305-velkomst"]["sequence"] == 0
        # each object is where a CalDAV client looks for it: at its UID
        assert {e["href"].rsplit("/", 1)[1] for e in first} <= {
            e["href"].rsplit("/", 1)[1] for e in second
        }


# -- khal ---------------------------------------------------------------------------------------

KHAL_CONFIG = """\
[calendars]
[[programme]]
path = {vdir}
type = calendar

[locale]
local_timezone = Europe/Copenhagen
default_timezone = Europe/Copenhagen
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M

[sqlite]
path = {database}
"""

#: One line per event in `khal list`: fields that never hold the separator.
KHAL_FORMAT = "{uid}\t{start}\t{end}\t{title}\t{status}"


class Khal:
    def __init__(self, program: Path, folder: Path) -> None:
        self.program = program
        self.vdir = folder / "vdir"
        self.vdir.mkdir(parents=True)
        self.config = folder / "khal.conf"
        self.config.write_text(
            KHAL_CONFIG.format(vdir=self.vdir, database=folder / "khal.db"), encoding="utf-8"
        )

    def __call__(self, *arguments: str) -> str:
        environment = {**os.environ, "TZ": "Europe/Copenhagen", "LC_ALL": "C.UTF-8"}
        result = subprocess.run(
            [str(self.program), "-c", str(self.config), *arguments],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=120,
            env=environment,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def entries(self) -> list[dict[str, Any]]:
        """What `khal list` shows of the programme's day, one dict per event."""
        listed = self("list", "--format", KHAL_FORMAT, "--day-format", "", "2026-03-05", "1d")
        entries = []
        for line in listed.splitlines():
            if not line.strip():
                continue
            uid, start, _, title, status = line.split("\t")
            when = datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=CPH)
            entries.append(
                {"uid": uid, "summary": title, "start": when.isoformat(), "status": status.strip()}
            )
        return entries


class TestKhal:
    def test_import_first_then_second(self, published: tuple[Path, Path], tmp_path: Path) -> None:
        """khal imports version 2 over version 1: its list shows each session once."""
        khal = Khal(require_tool("FOLKEMODE_KHAL", "khal", "caldav/bin/khal"), tmp_path / "khal")
        first, second = published
        khal("import", "--batch", str(first))
        assert {e["summary"] for e in khal.entries()} == FIRST_TITLES
        khal("import", "--batch", str(second))
        assert_each_session_once(khal.entries())
        # one file per UID in the calendar's folder
        assert len(list(khal.vdir.glob("*.ics"))) == len(SECOND)
        read = khal("printics", str(second))
        assert read.splitlines()[0] == f"{len(SECOND)} events found in {second}"
        assert "CANCELLED 2026-03-05 11:30-2026-03-05 12:30 Frokost" in read
