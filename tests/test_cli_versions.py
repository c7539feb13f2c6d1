"""Versions on the command line: `convert --previous`, `diff` as text, JSON and Atom.

The two versions are the ones the how-to "Publish a programme that changes"
shows, read from the page itself; its console examples run here too, one
after the other in one folder, as a reader would type them.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

import folkemode
from folkemode import Event, Session, SessionStatus, Speaker
from folkemode.atom import ATOM_NAMESPACE, atom_feed
from folkemode.changelog import change_log, change_records
from folkemode.cli import main
from folkemode.plugins import exporters
from tests.test_cli import run
from tests.test_cli_terminal import on_terminal
from tests.tools import ROOT, require_tool

CPH = ZoneInfo("Europe/Copenhagen")
HOWTO = ROOT / "docs" / "how-to" / "publish-changes.md"
PAGE = HOWTO.read_text(encoding="utf-8")
ATOM = f"{{{ATOM_NAMESPACE}}}"

#: When the page says each version was saved.
SAVED = {
    "v1.txt": datetime(2026, 2, 1, 10, tzinfo=CPH),
    "v2.txt": datetime(2026, 2, 10, 9, tzinfo=CPH),
}


def shown(name: str) -> str:
    """The text block the page shows under its ``<!-- NAME: ... -->`` marker."""
    found = re.search(rf"<!-- {re.escape(name)}[^>]*-->\n```\w+\n(.*?)```", PAGE, re.S)
    assert found is not None, f"the how-to shows {name} in a block after its marker"
    return found.group(1)


def versions(folder: Path) -> tuple[Path, Path]:
    """v1.txt and v2.txt as the page shows them, saved when the page says."""
    for name, saved in SAVED.items():
        path = folder / name
        path.write_text(shown(name), encoding="utf-8")
        os.utime(path, (saved.timestamp(), saved.timestamp()))
    return folder / "v1.txt", folder / "v2.txt"


def calendar(path: Path) -> dict[str, icalendar.Event]:
    """A calendar's entries by the session id in their UID."""
    parsed = icalendar.Calendar.from_ical(path.read_text(encoding="utf-8"))
    return {str(e["UID"]).split("@")[0]: e for e in parsed.walk("VEVENT")}


def in_folder(folder: Path, *arguments: str) -> int:
    """``main(arguments)`` run in ``folder``, as a reader runs it there."""
    previous = Path.cwd()
    os.chdir(folder)
    try:
        return main(list(arguments))
    finally:
        os.chdir(previous)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    versions(tmp_path)
    return tmp_path


# -- convert --previous ------------------------------------------------------------------------


class TestPrevious:
    def test_the_next_calendar(self, folder: Path) -> None:
        """Ids stay, changes count in SEQUENCE, the dropped session stays cancelled."""
        assert in_folder(folder, "convert", "v1.txt", "-o", "v1.ics") == 0
        assert in_folder(folder, "convert", "v2.txt", "-o", "v2.ics", "--previous", "v1.ics") == 0
        first, second = calendar(folder / "v1.ics"), calendar(folder / "v2.ics")
        assert set(first) <= set(second)
        assert set(second) - set(first) == {"20260305-workshop-om-varmeplaner"}
        debate = second["20260305-debat-om-vindmoeller"]
        assert debate.decoded("DTSTART") == datetime(2026, 3, 5, 11, 30, tzinfo=CPH)
        assert int(debate["SEQUENCE"]) == 1
        renamed = second["20260305-borgerdialog"]
        assert str(renamed["SUMMARY"]) == "Borgerdialog om varmeplaner"
        lunch = second["20260305-frokost"]
        assert (str(lunch["STATUS"]), int(lunch["SEQUENCE"])) == ("CANCELLED", 1)
        assert int(second["20260305-velkomst"]["SEQUENCE"]) == 0
        # the version's time is v2.txt's modification time
        stamp = SAVED["v2.txt"].astimezone(UTC)
        assert {e.decoded("DTSTAMP") for e in second.values()} == {stamp}
        assert debate.decoded("LAST-MODIFIED") == stamp

    @pytest.mark.parametrize("previous", ["v1.txt", "v1.json", "v1.ics"])
    def test_any_format_of_the_previous_version(self, folder: Path, previous: str) -> None:
        """The earlier version may be the text, the canonical JSON or the calendar."""
        if previous != "v1.txt":
            assert in_folder(folder, "convert", "v1.txt", "-o", previous) == 0
        assert in_folder(folder, "convert", "v1.txt", "-o", "base.ics") == 0
        next_version = ("convert", "v2.txt", "--to", "ics", "--previous")
        assert in_folder(folder, *next_version, "base.ics", "-o", "expected.ics") == 0
        assert in_folder(folder, *next_version, previous, "-o", "got.ics") == 0
        assert (folder / "got.ics").read_bytes() == (folder / "expected.ics").read_bytes()

    def test_same_version_same_bytes(self, folder: Path) -> None:
        """Written again from the same two files, or in place again, nothing changes."""
        assert in_folder(folder, "convert", "v1.txt", "-o", "programme.ics") == 0
        published = ("convert", "v2.txt", "-o", "programme.ics", "--previous", "programme.ics")
        assert in_folder(folder, *published) == 0
        once = (folder / "programme.ics").read_bytes()
        assert in_folder(folder, *published) == 0
        assert (folder / "programme.ics").read_bytes() == once
        from_text = ("convert", "v2.txt", "-o", "again.ics", "--previous", "v1.txt")
        assert in_folder(folder, *from_text) == 0
        assert (folder / "again.ics").read_bytes() == once

    def test_history_is_carried(self, folder: Path) -> None:
        """A session cancelled in version 2 is still cancelled in version 3, which lacks it."""
        assert in_folder(folder, "convert", "v1.txt", "-o", "programme.json") == 0
        published = ("convert", "v2.txt", "-o", "programme.json", "--previous", "programme.json")
        assert in_folder(folder, *published) == 0
        third = folder / "v3.txt"
        third.write_text(shown("v2.txt").replace("Kl. 14.30–15.30", "Kl. 14.45–15.45"))
        later = SAVED["v2.txt"] + timedelta(days=3)
        os.utime(third, (later.timestamp(), later.timestamp()))
        step = ("convert", "v3.txt", "-o", "programme.json", "--previous", "programme.json")
        assert in_folder(folder, *step) == 0
        event = folkemode.load(folder / "programme.json")
        assert event.updated == later
        lunch = event.session("20260305-frokost")
        assert (lunch.status, lunch.revision, lunch.updated) == (
            SessionStatus.CANCELLED,
            1,
            SAVED["v2.txt"],
        )
        workshop = event.session("20260305-workshop-om-varmeplaner")
        assert (workshop.revision, workshop.updated, workshop.status) == (
            1,
            later,
            SessionStatus.RESCHEDULED,
        )
        debate = event.session("20260305-debat-om-vindmoeller")
        assert (debate.revision, debate.updated) == (1, SAVED["v2.txt"])

    def test_the_version_says_its_time(self, folder: Path) -> None:
        """What the input says of its time wins over its file's; --updated wins over both."""
        said = datetime(2026, 2, 9, 8, tzinfo=CPH)
        v2 = folkemode.load(folder / "v2.txt").evolve(updated=said)
        folkemode.dump(v2, folder / "v2.json")
        assert in_folder(folder, "convert", "v2.json", "-o", "a.json", "--previous", "v1.txt") == 0
        assert folkemode.load(folder / "a.json").updated == said
        given = "2026-02-09T12:00:00+01:00"
        assert (
            in_folder(
                folder,
                *("convert", "v2.json", "-o", "b.json", "--previous", "v1.txt"),
                *("--updated", given),
            )
            == 0
        )
        assert folkemode.load(folder / "b.json").updated == datetime.fromisoformat(given)

    def test_updated_alone_dates_the_version(self, folder: Path) -> None:
        """Without --previous, --updated still says when the version was published."""
        given = "2026-02-01T09:00:00+01:00"
        assert in_folder(folder, "convert", "v1.txt", "-o", "v1.ics", "--updated", given) == 0
        stamps = {e.decoded("DTSTAMP") for e in calendar(folder / "v1.ics").values()}
        assert stamps == {datetime.fromisoformat(given).astimezone(UTC)}

    def test_standard_input_needs_updated(self, folder: Path) -> None:
        """Standard input has no file time: the user is told to give --updated."""
        result = run(
            *("convert", "-", "--from", "text", "--to", "ics"),
            *("--previous", str(folder / "v1.txt")),
            stdin=shown("v2.txt"),
        )
        assert result.returncode == 0, result.stderr
        assert "give --updated" in result.stderr
        assert "STATUS:CANCELLED" in result.stdout

    def test_every_format(self, folder: Path) -> None:
        """--previous goes with every output format, and gives the same bytes twice."""
        names = sorted(exporters())
        assert {"csv", "html", "ics", "json", "jsonld"} <= set(names)
        for name in names:
            command = ("convert", "v2.txt", "--to", name, "--previous", "v1.txt")
            assert in_folder(folder, *command, "-o", f"a.{name}") == 0, name
            assert in_folder(folder, *command, "-o", f"b.{name}") == 0, name
            first, second = (folder / f"{n}.{name}" for n in "ab")
            assert first.read_bytes() == second.read_bytes(), name

    def test_the_summary_counts_the_changes(self, folder: Path) -> None:
        """On a terminal, the summary line says how many changes there were."""
        previous = str(folder / "v1.txt")
        code, said = on_terminal(
            "convert", str(folder / "v2.txt"), "-o", str(folder / "v2.ics"), "--previous", previous
        )
        assert code == 0
        assert f"; 6 changes since {previous}" in said

    def test_several_inputs_refused(self, folder: Path) -> None:
        """--previous belongs to one programme: with several inputs it is refused (exit 2)."""
        result = run(
            *("convert", str(folder / "v1.txt"), str(folder / "v2.txt")),
            *("-o", str(folder / "out"), "--to", "ics", "--previous", str(folder / "v1.txt")),
        )
        assert result.returncode == 2
        assert "convert one input with it" in result.stderr

    @pytest.mark.parametrize(
        ("content", "message"),
        [(None, "cannot read"), ("", "is empty"), ("Bare en linje\n", "no programme found")],
    )
    def test_a_previous_that_is_no_version(
        self, folder: Path, content: str | None, message: str
    ) -> None:
        """A missing, empty or programme-less previous version is one line, exit 2."""
        previous = folder / "old.txt"
        if content is not None:
            previous.write_text(content, encoding="utf-8")
        result = run("convert", str(folder / "v2.txt"), "--to", "ics", "--previous", str(previous))
        assert result.returncode == 2, result.stderr
        assert message in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""


# -- diff ---------------------------------------------------------------------------------------


class TestDiffText:
    def test_change_log_as_the_page_shows_it(self, folder: Path) -> None:
        result = run("diff", str(folder / "v1.txt"), str(folder / "v2.txt"))
        assert result.returncode == 1, result.stderr
        assert result.stdout.splitlines() == [
            "Ny oplægsholder i «Klimaplaner i praksis»: Sofie Lund; "
            "Oplægsholder ikke længere med i «Klimaplaner i praksis»: Jonas Brink",
            "Flyttet: «Debat om vindmøller» fra kl. 10.30 til kl. 11.30",
            "Omdøbt: «Borgerdialog» hedder nu «Borgerdialog om varmeplaner»",
            "Lokale: «Afslutning» er i Salen",
            "Ny: «Workshop om varmeplaner», torsdag den 5. marts 2026 kl. 14.30–15.30",
            "Aflyst: «Frokost», torsdag den 5. marts 2026 kl. 11.30–12.30",
        ]

    @pytest.mark.parametrize(
        ("locale", "moved"),
        [
            ("nb", "Flyttet: «Debat om vindmøller» fra kl. 10:30 til kl. 11:30"),
            ("nn", "Flytta: «Debat om vindmøller» frå kl. 10:30 til kl. 11:30"),
            ("en", 'Moved: "Debat om vindmøller" from 10:30\u202fAM to 11:30\u202fAM'),
        ],
    )
    def test_locales(self, folder: Path, locale: str, moved: str) -> None:
        result = run("diff", str(folder / "v1.txt"), str(folder / "v2.txt"), "--locale", locale)
        assert result.returncode == 1
        assert result.stdout.splitlines()[1] == moved

    def test_against_the_published_version(self, folder: Path) -> None:
        """A version made by --previous lists the same changes as the text it came from."""
        assert in_folder(folder, "convert", "v2.txt", "-o", "v2.json", "--previous", "v1.txt") == 0
        from_text = run("diff", str(folder / "v1.txt"), str(folder / "v2.txt"))
        published = run("diff", str(folder / "v1.txt"), str(folder / "v2.json"))
        # the same lines; the cancelled lunch, still in the published version, in its place
        assert sorted(published.stdout.splitlines()) == sorted(from_text.stdout.splitlines())
        assert published.stdout.splitlines()[2].startswith("Aflyst: «Frokost»")
        # and the published version is the programme the text is
        again = run("diff", str(folder / "v2.json"), str(folder / "v2.txt"))
        assert (again.returncode, again.stdout) == (0, "")

    def test_the_same_programme(self, folder: Path) -> None:
        result = run("diff", str(folder / "v1.txt"), str(folder / "v1.txt"))
        assert (result.returncode, result.stdout, result.stderr) == (0, "", "")

    @pytest.mark.parametrize(
        ("arguments", "message"),
        [
            (("missing.txt", "v2.txt"), "cannot read missing.txt"),
            (("v1.txt", "v2.txt", "--locale", "de"), "locale 'de' is not supported"),
            (("-", "-"), "only one of OLD and NEW"),
            (("v1.txt", "v2.txt", "--feed", "v1.txt"), "goes with --to atom"),
            (("v1.txt", "v2.txt", "--to", "atom", "--feed", "v1.txt"), "is not XML"),
            (("v1.txt", "v2.txt", "--to", "docx"), "invalid choice"),
            (("v1.txt", "v2.txt", "--from", "json"), "v1.txt: 1 problem in the input"),
        ],
    )
    def test_trouble_is_2(self, folder: Path, arguments: tuple[str, ...], message: str) -> None:
        """As diff(1): 2 for trouble, whatever it is, with one readable message."""
        previous = Path.cwd()
        os.chdir(folder)
        try:
            result = run("diff", *arguments)
        finally:
            os.chdir(previous)
        assert result.returncode == 2, result.stderr
        assert message in result.stderr and "Traceback" not in result.stderr

    def test_closed_pipe_still_says_changed(self, folder: Path) -> None:
        """`folkemode diff a b | head -1` keeps the status 1 and prints no error."""
        command = ("diff", str(folder / "v1.txt"), str(folder / "v2.txt"))
        with subprocess.Popen(
            [sys.executable, "-m", "folkemode", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as process:
            assert process.stdout is not None and process.stderr is not None
            process.stdout.close()
            error = process.stderr.read()
        assert process.returncode == 1
        assert b"Traceback" not in error and b"Broken pipe" not in error


def at(hour: int, minute: int = 0, day: int = 5) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=CPH)


def one(session: Session, **changes: Any) -> tuple[Event, Event]:
    """An event of ``session``, before and after ``changes``."""
    before = Event(name="Temadag om klima 2026", sessions=[session])
    return before, before.replace_session(session.id, **changes)


DEBATE = Session(title="Debat", start=at(10), end=at(11), room="Salen", kind="debate")


class TestWording:
    """Each kind of change has its line, in every language."""

    @pytest.mark.parametrize(
        ("changes", "expected"),
        [
            ({"start": at(11), "end": at(12)}, "Flyttet: «Debat» fra kl. 10.00 til kl. 11.00"),
            (
                {"start": at(11), "end": at(11, 30)},
                "Flyttet: «Debat» fra kl. 10.00–11.00 til kl. 11.00–11.30",
            ),
            (
                {"end": at(11, 30)},
                "Nyt sluttidspunkt: «Debat» slutter kl. 11.30 i stedet for kl. 11.00",
            ),
            (
                {"start": at(10, day=6), "end": at(11, day=6)},
                "Flyttet: «Debat» fra torsdag den 5. marts 2026 kl. 10.00–11.00 "
                "til fredag den 6. marts 2026 kl. 10.00–11.00",
            ),
            ({"room": "Lokale A"}, "Nyt lokale: «Debat» flytter fra Salen til Lokale A"),
            ({"room": None}, "Lokale: «Debat» er ikke længere i Salen"),
            ({"title": "Debat om klima"}, "Omdøbt: «Debat» hedder nu «Debat om klima»"),
            ({"description": "Om vindmøller."}, "Ny beskrivelse: «Debat»"),
            ({"kind": "workshop"}, "Ny type: «Debat» er nu workshop, ikke debat"),
            ({"status": "moved_online"}, "Online: «Debat» foregår nu online"),
            (
                {"status": "cancelled"},
                "Aflyst: «Debat», torsdag den 5. marts 2026 kl. 10.00–11.00",
            ),
            (
                {"speakers": [Speaker(name="Ida Holm"), Speaker(name="Sofie Lund")]},
                "Nye oplægsholdere i «Debat»: Ida Holm og Sofie Lund",
            ),
        ],
    )
    def test_danish(self, changes: dict[str, Any], expected: str) -> None:
        assert change_log(*one(DEBATE, **changes)) == [expected]

    def test_room_given(self) -> None:
        before, after = one(Session(title="Debat", start=at(10)), room="Salen")
        assert change_log(before, after, locale="nb") == ["Rom: «Debat» er i Salen"]

    def test_back_from_cancelled_and_online(self) -> None:
        cancelled = Session(title="Debat", start=at(10), status="cancelled")
        assert change_log(*one(cancelled, status="scheduled"), locale="nn") == [
            "Ikkje lenger avlyst: «Debat», torsdag 5. mars 2026 kl. 10:00"
        ]
        online = Session(title="Debat", start=at(10), status="moved_online")
        assert change_log(*one(online, status="scheduled"), locale="en") == [
            'On site: "Debat" no longer takes place online'
        ]

    def test_speakers_one_each_way(self) -> None:
        speaking = Session(title="Debat", start=at(10), speakers=["Ida Holm", "Jonas Brink"])
        found = change_log(*one(speaking, speakers=["Ida Holm", "Sofie Lund"]), locale="nb")
        assert found == [
            "Ny innleder i «Debat»: Sofie Lund; Innleder ikke lenger med i «Debat»: Jonas Brink"
        ]

    def test_untimed(self) -> None:
        day_only = Session(title="Ekskursion", day=at(10).date())
        before = Event(name="Temadag", sessions=[DEBATE])
        after = before.with_sessions(day_only, Session(title="Udflugt"))
        assert change_log(before, after) == [
            "Ny: «Ekskursion», torsdag den 5. marts 2026",
            "Ny: «Udflugt», uden dato",
        ]

    def test_a_retimed_and_rescheduled_session_is_one_change(self) -> None:
        """A version that calls a move rescheduled lists it once, as moved."""
        before, after = one(DEBATE, start=at(11), end=at(12), status="rescheduled")
        assert change_log(before, after) == ["Flyttet: «Debat» fra kl. 10.00 til kl. 11.00"]
        before, after = one(DEBATE, status="rescheduled")  # marked moved, the time the same
        assert change_log(before, after, locale="da") == [
            "Flyttet: «Debat», torsdag den 5. marts 2026 kl. 10.00–11.00"
        ]


class TestReviseAgain:
    def test_long_after_the_day(self) -> None:
        """A session dropped long after its day is not kept cancelled: revised again, the same."""
        before = Event(name="Temadag", sessions=[DEBATE, Session(title="Frokost", start=at(12))])
        after = Event(name="Temadag", sessions=[DEBATE], updated=at(9) + timedelta(days=60))
        once = folkemode.revise(before, after)
        assert [s.title for s in once.sessions] == ["Debat"]
        assert folkemode.revise(once, after) == once
        soon = after.evolve(updated=at(9, day=1))
        kept = folkemode.revise(before, soon)
        assert kept.session("20260305-frokost").status is SessionStatus.CANCELLED
        assert folkemode.revise(kept, soon) == kept


class TestDiffJson:
    def test_changes_as_data(self, folder: Path) -> None:
        result = run("diff", str(folder / "v1.txt"), str(folder / "v2.txt"), "--to", "json")
        assert result.returncode == 1, result.stderr
        document = json.loads(result.stdout)
        assert document["event"] == "temadag-om-klima-2026"
        assert document["old"]["updated"] == SAVED["v1.txt"].isoformat()
        assert document["new"] == {
            "file": str(folder / "v2.txt"),
            "name": "Temadag om klima 2026",
            "updated": SAVED["v2.txt"].isoformat(),
        }
        kinds = [(c["kind"], c["session"]) for c in document["changes"]]
        assert kinds == [
            ("speakers", "20260305-klimaplaner-i-praksis"),
            ("retimed", "20260305-debat-om-vindmoeller"),
            ("renamed", "20260305-borgerdialog"),
            ("moved", "20260305-afslutning"),
            ("added", "20260305-workshop-om-varmeplaner"),
            ("cancelled", "20260305-frokost"),
        ]
        speakers, moved, renamed, room, added, cancelled = document["changes"]
        assert (speakers["speakers_added"], speakers["speakers_removed"]) == (
            ["Sofie Lund"],
            ["Jonas Brink"],
        )
        assert (moved["old"]["start"], moved["new"]["start"]) == (
            "2026-03-05T10:30:00+01:00",
            "2026-03-05T11:30:00+01:00",
        )
        assert moved["new"]["end"] == "2026-03-05T12:30:00+01:00"
        assert (renamed["old"]["title"], renamed["new"]["title"]) == (
            "Borgerdialog",
            "Borgerdialog om varmeplaner",
        )
        assert (room["old"]["room"], room["new"]["room"]) == (None, "Salen")
        assert added["old"] is None and added["new"]["title"] == "Workshop om varmeplaner"
        assert cancelled["new"] is None and cancelled["old"]["title"] == "Frokost"
        assert moved["text"] == "Flyttet: «Debat om vindmøller» fra kl. 10.30 til kl. 11.30"

    def test_records_from_python(self) -> None:
        before, after = one(DEBATE, start=at(11), end=at(12))
        (record,) = change_records(before, after, locale="en")
        assert record["kind"] == "retimed" and record["new"]["status"] == "scheduled"
        assert record["text"].startswith('Moved: "Debat"')

    def test_no_change(self, folder: Path) -> None:
        result = run("diff", str(folder / "v2.txt"), str(folder / "v2.txt"), "--to", "json")
        assert result.returncode == 0
        assert json.loads(result.stdout)["changes"] == []


# -- the Atom feed ----------------------------------------------------------------------------


def feed_of(text: str) -> ET.Element:
    root = ET.fromstring(text)
    assert root.tag == f"{ATOM}feed"
    return root


def required(element: ET.Element, *tags: str) -> dict[str, str]:
    """The text of each required child; each is there once and not empty."""
    found = {}
    for tag in tags:
        children = element.findall(f"{ATOM}{tag}")
        assert len(children) == 1, f"<{tag}> should be there once in <{element.tag}>"
        found[tag] = "".join(children[0].itertext()).strip()
        assert found[tag], f"<{tag}> is empty"
    return found


class TestAtom:
    def test_a_valid_feed(self, folder: Path) -> None:
        """The feed has what RFC 4287 requires: ids, titles, times, an author, content."""
        result = run("diff", str(folder / "v1.txt"), str(folder / "v2.txt"), "--to", "atom")
        assert result.returncode == 1, result.stderr
        root = feed_of(result.stdout)
        head = required(root, "id", "title", "updated", "author")
        assert head["title"] == "Temadag om klima 2026: ændringer i programmet"
        assert head["id"].startswith("urn:uuid:")
        assert datetime.fromisoformat(head["updated"]) == SAVED["v2.txt"]
        (entry,) = root.findall(f"{ATOM}entry")
        fields = required(entry, "id", "title", "updated", "content")
        assert fields["title"] == "Ændringer 10. februar 2026 kl. 09.00"
        content = entry.find(f"{ATOM}content")
        assert content is not None and content.get("type") == "html"
        items = re.findall(r"<li>(.*?)</li>", fields["content"])
        assert items[1] == "Flyttet: «Debat om vindmøller» fra kl. 10.30 til kl. 11.30"
        assert len(items) == 6

    def test_as_the_page_shows_it(self, folder: Path) -> None:
        assert in_folder(folder, "diff", "v1.txt", "v2.txt", "--to", "atom", "-o", "c.atom") == 1
        assert (folder / "c.atom").read_text(encoding="utf-8") == shown("changes.atom")

    def test_stable_ids_and_kept_entries(self, folder: Path) -> None:
        """Entries are ids of the version: written again, the feed is the same bytes."""
        first = ("diff", "v1.txt", "v2.txt", "--to", "atom", "-o", "changes.atom")
        assert in_folder(folder, *first) == 1
        once = (folder / "changes.atom").read_text(encoding="utf-8")
        assert in_folder(folder, *first) == 1
        assert (folder / "changes.atom").read_text(encoding="utf-8") == once
        third = folder / "v3.txt"
        third.write_text(shown("v2.txt").replace("Kl. 14.30–15.30", "Kl. 14.45–15.45"))
        later = SAVED["v2.txt"] + timedelta(days=3)
        os.utime(third, (later.timestamp(), later.timestamp()))
        step = ("diff", "v2.txt", "v3.txt", "--to", "atom", "--feed", "changes.atom")
        assert in_folder(folder, *step, "-o", "changes.atom") == 1
        grown = (folder / "changes.atom").read_text(encoding="utf-8")
        assert in_folder(folder, *step, "-o", "changes.atom") == 1  # the same step again
        assert (folder / "changes.atom").read_text(encoding="utf-8") == grown
        root = feed_of(grown)
        assert required(root, "id")["id"] == required(feed_of(once), "id")["id"]
        entries = root.findall(f"{ATOM}entry")
        assert [required(e, "updated")["updated"] for e in entries] == [
            later.isoformat(),
            SAVED["v2.txt"].isoformat(),
        ]
        old_entry = ET.tostring(feed_of(once).findall(f"{ATOM}entry")[0])
        assert ET.tostring(entries[1]) == old_entry
        assert datetime.fromisoformat(required(root, "updated")["updated"]) == later

    def test_no_change_no_entry(self, folder: Path) -> None:
        result = run("diff", str(folder / "v2.txt"), str(folder / "v2.txt"), "--to", "atom")
        assert result.returncode == 0
        assert feed_of(result.stdout).findall(f"{ATOM}entry") == []

    def test_standard_input_needs_updated(self, folder: Path) -> None:
        command = ("diff", str(folder / "v1.txt"), "-", "--from", "text", "--to", "atom")
        refused = run(*command, stdin=shown("v2.txt"))
        assert refused.returncode == 2 and "give --updated" in refused.stderr
        given = run(*command, "--updated", "2026-02-10T09:00:00+01:00", stdin=shown("v2.txt"))
        assert given.returncode == 1, given.stderr
        assert given.stdout == shown("changes.atom")

    def test_an_earlier_feed_that_is_not_ours(self) -> None:
        before, after = one(DEBATE, start=at(11), end=at(12))
        moment = datetime(2026, 2, 1, tzinfo=CPH)
        with pytest.raises(folkemode.FolkemodeError, match="not an Atom feed"):
            atom_feed(before, after, updated=moment, earlier="<rss/>")
        broken = f'<feed xmlns="{ATOM_NAMESPACE}"><entry><id>x</id></entry></feed>'
        with pytest.raises(folkemode.FolkemodeError, match="entry 1 of the earlier feed has no"):
            atom_feed(before, after, updated=moment, earlier=broken)

    def test_feedparser_reads_it(self, folder: Path, tmp_path: Path) -> None:
        """feedparser, which feed readers and site generators use, reads the feed cleanly."""
        python = require_tool(
            "FOLKEMODE_FEEDPARSER_PYTHON", "feedparser (in a Python)", "caldav/bin/python"
        )
        assert in_folder(folder, "diff", "v1.txt", "v2.txt", "--to", "atom", "-o", "c.atom") == 1
        script = tmp_path / "read_feed.py"
        script.write_text(
            "import json, sys, feedparser\n"
            "feed = feedparser.parse(sys.argv[1])\n"
            "print(json.dumps({\n"
            "    'bozo': bool(feed.bozo), 'version': feed.version,\n"
            "    'title': feed.feed.title, 'id': feed.feed.id,\n"
            "    'entries': [{'id': e.id, 'title': e.title, 'updated': e.updated,\n"
            "                 'content': e.content[0].value} for e in feed.entries],\n"
            "}))\n",
            encoding="utf-8",
        )
        result = subprocess.run(
            [str(python), str(script), str(folder / "c.atom")],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert result.returncode == 0, result.stderr
        read = json.loads(result.stdout)
        assert (read["bozo"], read["version"]) == (False, "atom10")
        assert read["title"] == "Temadag om klima 2026: ændringer i programmet"
        (entry,) = read["entries"]
        assert entry["title"] == "Ændringer 10. februar 2026 kl. 09.00"
        assert entry["updated"] == SAVED["v2.txt"].isoformat()
        cancelled = "<li>Aflyst: «Frokost», torsdag den 5. marts 2026 kl. 11.30–12.30</li>"
        assert cancelled in entry["content"]


# -- the how-to's console examples ----------------------------------------------------------


def console_examples() -> list[tuple[str, list[str], int | None]]:
    """Each ``$ folkemode ...`` of the page: the command, what it prints, its status."""
    found: list[tuple[str, list[str], int | None]] = []
    for block in re.findall(r"```console\n(.*?)```", PAGE, re.S):
        command: str | None = None
        lines: list[str] = []
        for line in [*block.splitlines(), "$ "]:
            if not line.startswith("$ "):
                lines.append(line)
                continue
            if command == "echo $?":
                previous, said, _ = found.pop()
                found.append((previous, said, int("".join(lines))))
            elif command is not None:
                found.append((command, lines, None))
            command, lines = line[2:].strip(), []
    return found


def test_the_howto_console_examples(tmp_path: Path) -> None:
    """The page's commands, run in order in one folder, print what the page shows."""
    versions(tmp_path)
    examples = console_examples()
    assert len(examples) >= 6
    for command, expected, status in examples:
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
        assert result.returncode == (status or 0), (command, result.stderr)
        assert (result.stdout + result.stderr).splitlines() == expected, command
