"""The programme checks: each finds what it should in real-looking programmes, and no more."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest

import folkemode
from folkemode import Event, Finding, Session, Speaker, Venue, WorkshopRound
from folkemode.checks import UnknownCheck, checks, parse_with_lines
from folkemode.examples import example_text
from tests.conftest import fixture_path

CPH = ZoneInfo("Europe/Copenhagen")
OSLO = ZoneInfo("Europe/Oslo")


def at(day: int, hour: int, minute: int = 0, zone: ZoneInfo = CPH) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=zone)


def read(name: str) -> tuple[Event, tuple[Finding, ...]]:
    """A fixture programme, imported with its lines, and what the checks find in it."""
    text = fixture_path("checks", name).read_text(encoding="utf-8")
    result, lines = parse_with_lines(text, filename=name)
    found = folkemode.check(result.event, lines=lines, diagnostics=result.diagnostics)
    return result.event, found


def codes(found: tuple[Finding, ...]) -> list[tuple[str, int | None]]:
    return [(f.code, f.line) for f in found]


def festival(*sessions: Session, **fields: object) -> Event:
    """A Bornholm festival day with ``sessions``."""
    return Event(
        name="Folkemødet 2026",
        venue=Venue(name="Allinge Havn"),
        sessions=sessions,
        **fields,  # type: ignore[arg-type]
    )


def round_trip(event: Event, format: str) -> Event:
    """``event`` written as ``format`` and read back."""
    return folkemode.loads(folkemode.dumps(event, format=format), format=format)


class TestApi:
    def test_the_examples_are_clean(self) -> None:
        """The shipped example event and programme text give no finding."""
        assert folkemode.check(Event.example()) == ()
        result, lines = parse_with_lines(example_text("topmoede.txt"))
        assert folkemode.check(result.event, lines=lines, diagnostics=result.diagnostics) == ()

    def test_findings_are_frozen_data(self) -> None:
        """A finding is a frozen attrs object with code, severity, message, sessions, line."""
        _, found = read("dobbeltbooket-scene.txt")
        finding = found[0]
        assert attrs.has(Finding) and isinstance(finding.sessions, tuple)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            finding.code = "X"  # type: ignore[misc]
        assert finding.as_dict()["code"] == finding.code

    def test_every_built_in_check_is_registered(self) -> None:
        """The built-in checks come from the hook, with their codes and severities."""
        registered = checks()
        assert list(registered) == sorted(registered)
        assert {"A101", "A102", "A103", "D101", "R101", "S101", "S102", "S201", "S202"} <= set(
            registered
        )
        assert {"T101", "T102", "T103", "T104"} <= set(registered)
        assert registered["S101"].severity == "error" and registered["S201"].severity == "info"

    def test_select_and_ignore_take_prefixes(self) -> None:
        """``select`` and ``ignore`` take codes and prefixes, as ruff does."""
        event, found = read("dobbeltbooket-scene.txt")
        assert {f.code for f in found} == {"D101", "R101", "S101", "S201"}
        only_speakers = folkemode.check(event, select=["S"])
        assert {f.code for f in only_speakers} == {"S101", "S201"}
        no_hints = folkemode.check(event, select=["S", "d1"], ignore=["S2"])
        assert {f.code for f in no_hints} == {"D101", "S101"}

    def test_an_unknown_code_is_refused(self) -> None:
        """A code no check has is an error that lists the codes there are."""
        with pytest.raises(UnknownCheck, match="R101"):
            folkemode.check(Event.example(), select=["Z9"])

    @pytest.mark.parametrize(
        ("locale", "words"),
        [("da", "på samme tid"), ("nb", "samtidig"), ("nn", "samstundes"), ("en", "same time")],
    )
    def test_messages_are_localised(self, locale: str, words: str) -> None:
        """Messages are said in the locale asked for (by default the event's)."""
        event, _ = read("dobbeltbooket-scene.txt")
        found = folkemode.check(event, select=["S101"], locale=locale)
        assert found and all(words in f.message for f in found)

    def test_findings_name_lines_in_programme_order(self) -> None:
        """Findings of a text programme carry the line of their session, in line order."""
        _, found = read("aarsmoete-bondelag.txt")
        lines = [f.line for f in found]
        assert None not in lines and lines == sorted(lines)


class TestSpeakerOverlap:
    def test_across_midnight_and_spellings(self) -> None:
        """A speaker in two sessions at once is an error, across midnight too."""
        _, found = read("dobbeltbooket-scene.txt")
        overlaps = [f for f in found if f.code == "S101"]
        assert [(f.line, f.severity) for f in overlaps] == [(19, "error"), (24, "error")]
        assert overlaps[0].message.startswith('Karim Haddad er med i "Sundhed på landet"')
        assert overlaps[1].sessions == (
            "20260613-nattens-spoergetime",
            "20260612-koncert-og-natdebat",
        )

    def test_names_match_whatever_their_case_spaces_and_accents(self) -> None:
        """ "José  Nielsen" and "jose nielsen" are one person, in canonical JSON too."""
        event = festival(
            Session(
                title="Debat om havet",
                start=at(11, 10),
                end=at(11, 11),
                room="Scene 1",
                speakers=[Speaker(name="José  Nielsen")],
            ),
            Session(
                title="Fiskeriets fremtid",
                start=at(11, 10, 30),
                end=at(11, 11, 30),
                room="Scene 2",
                speakers=[Speaker(name="jose nielsen")],
            ),
        )
        found = folkemode.check(round_trip(event, "json"), select=["S101"])
        assert [f.sessions for f in found] == [
            ("20260611-fiskeriets-fremtid", "20260611-debat-om-havet")
        ]

    def test_sessions_in_two_offsets_are_compared_as_instants(self) -> None:
        """10.00 in Oslo and 10.30 in UTC+1 given as UTC are compared as the same clock."""
        event = festival(
            Session(
                title="Åpning",
                start=at(11, 10, zone=OSLO),
                end=at(11, 11, zone=OSLO),
                speakers=["Kari Nordmann"],
            ),
            Session(
                title="Panel",
                start=datetime(2026, 6, 11, 8, 30, tzinfo=ZoneInfo("UTC")),
                end=datetime(2026, 6, 11, 9, 30, tzinfo=ZoneInfo("UTC")),
                speakers=["Kari Nordmann"],
            ),
        )
        assert [f.code for f in folkemode.check(event, select=["S101"])] == ["S101"]

    def test_back_to_back_is_fine(self) -> None:
        """A session that starts as the other ends is no overlap."""
        event = festival(
            Session(title="Oplæg", start=at(11, 10), end=at(11, 11), speakers=["Ida Holm"]),
            Session(title="Debat", start=at(11, 11), end=at(11, 12), speakers=["Ida Holm"]),
        )
        assert folkemode.check(event, select=["S1"]) == ()


class TestWalkingTime:
    def event(self, second_room: str) -> Event:
        return festival(
            Session(
                title="Klimadebat",
                start=at(11, 10),
                end=at(11, 10, 55),
                room="Stand B12",
                speakers=["Ida Holm"],
            ),
            Session(
                title="Grøn omstilling",
                start=at(11, 11),
                end=at(11, 12),
                room=second_room,
                speakers=["Ida Holm"],
            ),
        )

    def test_too_little_time_between_two_stands(self) -> None:
        """Five minutes from B12 to the harbour stage is less than ten: a warning."""
        found = folkemode.check(
            self.event("Havnescenen"), select=["S102"], walking_time=timedelta(minutes=10)
        )
        assert [(f.code, f.severity) for f in found] == [("S102", "warning")]
        assert "5 minutter" in found[0].message and "10 minutter" in found[0].message

    def test_only_when_asked_and_only_between_rooms(self) -> None:
        """Without a walking time, or in the same stand, nothing is found."""
        assert folkemode.check(self.event("Havnescenen"), select=["S102"]) == ()
        same = folkemode.check(
            self.event("stand  b12"), select=["S102"], walking_time=timedelta(minutes=10)
        )
        assert same == ()


class TestRoomOverlap:
    def test_across_midnight_from_ics(self) -> None:
        """A stage booked 22.00-01.00 and again at 00.30 overlaps, read back from ICS."""
        event = festival(
            Session(title="Natkoncert", start=at(12, 22), end=at(13, 1), room="Havnescenen"),
            Session(
                title="Morgensang ved midnat",
                start=at(13, 0, 30),
                end=at(13, 1, 15),
                room="Havnescenen",
            ),
        )
        found = folkemode.check(round_trip(event, "ics"), select=["R"])
        assert [(f.code, f.severity) for f in found] == [("R101", "error")]
        assert found[0].message.startswith('Havnescenen bruges af "Morgensang ved midnat"')

    def test_a_round_in_one_online_meeting_is_fine(self) -> None:
        """Parallel sessions of one round may share the event's Zoom meeting, not a hall."""
        workshops = WorkshopRound(name="Workshops på Zoom", start=at(11, 13), end=at(11, 14))
        online = Venue(name="Online", online_url="https://zoom.us/j/1", platform="Zoom")

        def event(room: str) -> Event:
            sessions = [
                Session(title=title, start=at(11, 13), end=at(11, 14), room=room, round=workshops)
                for title in ("Budget", "Borgerdialog")
            ]
            return festival(*sessions).evolve(venue=online)

        assert folkemode.check(event("Zoom"), select=["R"]) == ()
        assert folkemode.check(event("https://zoom.us/j/2"), select=["R"]) == ()
        assert [f.code for f in folkemode.check(event("Sal 1"), select=["R"])] == ["R101"]

    def test_the_same_session_twice_is_a_duplicate_not_an_overlap(self) -> None:
        """A session listed twice is reported once, as D101."""
        _, found = read("dobbeltbooket-scene.txt")
        assert ("D101", 17) in codes(found) and ("R101", 17) not in codes(found)


class TestFrame:
    def test_sessions_outside_the_dates(self) -> None:
        """Sessions under a heading past the event's last day are errors."""
        _, found = read("aarsmoete-bondelag.txt")
        assert [(f.line, f.severity) for f in found if f.code == "T101"] == [
            (18, "error"),
            (19, "error"),
        ]

    def test_sessions_outside_the_hours(self) -> None:
        """Before the event's start on its first day is a warning; all-day events have no hours."""
        event = festival(
            Session(title="Opstilling af telte", start=at(11, 7), end=at(11, 8)),
            Session(title="Åbning", start=at(11, 10), end=at(11, 11)),
            start=at(11, 9),
            end=at(11, 18),
        )
        found = folkemode.check(round_trip(event, "json"), select=["T"])
        assert [(f.code, f.sessions) for f in found] == [
            ("T102", ("20260611-opstilling-af-telte",))
        ]

    def test_editions_widen_the_frame(self) -> None:
        """A recurring event's sessions may be on any edition's days."""
        later = Session(title="Kursusdag 2", start=at(18, 10), end=at(18, 15))
        event = festival(
            Session(title="Kursusdag 1", start=at(11, 10), end=at(11, 15)),
            later,
            start=at(11, 9),
            end=at(11, 16),
            editions=[folkemode.Edition(start=at(18, 9), end=at(18, 16))],
        )
        assert folkemode.check(event, select=["T1"]) == ()
        alone = event.evolve(editions=())
        assert [f.code for f in folkemode.check(alone, select=["T101"])] == ["T101"]

    def test_too_long(self) -> None:
        """Fourteen hours is too long; whole days from midnight (an exhibition) are not."""
        _, found = read("aarsmoete-bondelag.txt")
        assert [(f.line, f.severity) for f in found if f.code == "T103"] == [(18, "warning")]
        event = festival(Session(title="Udstilling", start=at(11, 0), end=at(13, 0)))
        assert folkemode.check(event, select=["T103"]) == ()


class TestWeekday:
    def test_surfaced_from_the_import_with_its_line(self) -> None:
        """ "Fredag 7. mars 2026" is a Saturday: T104 at the heading's line, in Norwegian."""
        _, found = read("aarsmoete-bondelag.txt")
        (weekday,) = [f for f in found if f.code == "T104"]
        assert weekday.line == 17
        assert weekday.message == "dagens overskrift har feil ukedag: 7. mars 2026 er en lørdag"
        assert len(weekday.sessions) == 2

    def test_nothing_without_the_diagnostics(self) -> None:
        """An event alone has no headings: the check needs the importer's diagnostics."""
        event, _ = read("aarsmoete-bondelag.txt")
        assert folkemode.check(event, select=["T104"]) == ()


class TestTheRunOfADay:
    def test_open_ends_gaps_and_overlaps_in_one_track(self) -> None:
        """Two open ends in a row, a hole of 15 minutes, and an overlap are each found.

        On the second day the exhibition open 8-22 runs beside the election (9-10):
        that day is no single track, so the election is no overlap.
        """
        _, found = read("aarsmoete-bondelag.txt")
        assert [(c, line) for c, line in codes(found) if c.startswith("A")] == [
            ("A102", 10),
            ("A103", 11),
            ("A101", 14),
        ]
        severities = {f.code: str(f.severity) for f in found}
        assert severities["A101"] == "warning" and severities["A102"] == "info"

    def test_a_day_with_parallel_stages_is_no_single_track(self) -> None:
        """Stands side by side make no gaps; a long break before dinner is no gap either."""
        event = festival(
            Session(title="Debat", start=at(11, 10), end=at(11, 11), room="Scene 1"),
            Session(title="Oplæg", start=at(11, 11, 30), end=at(11, 12), room="Scene 2"),
            Session(title="Middag", start=at(11, 14), end=at(11, 16), room="Scene 2"),
        )
        assert folkemode.check(event, select=["A"]) == ()
        one_stage = festival(
            Session(title="Debat", start=at(11, 10), end=at(11, 11)),
            Session(title="Middag", start=at(11, 14), end=at(11, 16)),
        )
        assert folkemode.check(one_stage, select=["A"]) == ()

    def test_an_item_open_all_day_runs_beside_the_others(self) -> None:
        """An exhibition from 10 to 17 around the debates: neither gaps nor overlaps."""
        event = festival(
            Session(title="Udstilling: Havet", start=at(11, 10), end=at(11, 17)),
            Session(title="Debat", start=at(11, 11), end=at(11, 12)),
            Session(title="Oplæg", start=at(11, 12, 30), end=at(11, 13)),
        )
        assert folkemode.check(event, select=["A"]) == ()
        # without the exhibition, the half hour between the two is a hint again
        alone = event.without_sessions(event.sessions[0].id)
        assert [f.code for f in folkemode.check(alone, select=["A"])] == ["A102"]

    def test_a_title_as_long_as_a_paragraph_is_quoted_by_its_start(self) -> None:
        """A page's item written as a paragraph: the finding names it in 80 characters."""
        long = "Debatten foregår i pakhuset, hvor " + "vi taler om havnen og dens fremtid " * 6
        event = festival(
            Session(title=long.strip(), start=at(11, 10), end=at(11, 11)),
            Session(title="Frokost", start=at(11, 11, 30), end=at(11, 12)),
        )
        (found,) = folkemode.check(event, select=["A102"], locale="en")
        assert len(found.message) < 200
        assert '"Debatten foregår i pakhuset, hvor vi taler om havnen' in found.message
        assert "…" in found.message

    def test_open_ends_are_per_stage(self) -> None:
        """Stands whose events have no end each give one finding per endless pair."""
        event = festival(
            Session(title="Kaffe med borgmesteren", start=at(11, 10), room="Stand 4"),
            Session(title="Spørg en politiker", start=at(11, 10, 30), room="Stand 7"),
            Session(title="Quiz om EU", start=at(11, 11), room="Stand 4"),
        )
        found = folkemode.check(round_trip(event, "json"), select=["A101"])
        assert [f.sessions for f in found] == [
            ("20260611-kaffe-med-borgmesteren", "20260611-quiz-om-eu")
        ]


class TestDuplicates:
    def test_same_title_day_and_start(self) -> None:
        """The same debate twice on one stage is an error; two lunches in two halls are not."""
        event = festival(
            Session(title="Frokost", start=at(11, 12), end=at(11, 13), room="Sal A"),
            Session(title="Frokost", start=at(11, 12), end=at(11, 13), room="Sal B"),
            Session(title="Debat om skolen", start=at(11, 14), end=at(11, 15), room="Sal A"),
            Session(title="Debat  om skolen", start=at(11, 14), end=at(11, 15)),
        )
        found = folkemode.check(round_trip(event, "ics"), select=["D"])
        assert [(f.code, f.severity) for f in found] == [("D101", "error")]
        assert "Debat" in found[0].message


class TestSpelling:
    def test_initials_are_a_hint(self) -> None:
        """ "I. Holm" beside "Ida Holm" is a hint at the line of the initials."""
        _, found = read("dobbeltbooket-scene.txt")
        (hint,) = [f for f in found if f.code == "S201"]
        assert (hint.line, hint.severity) == (18, "info")
        assert hint.message == 'oplægsholderen "Ida Holm" staves også "I. Holm"'

    def test_spaces_and_case(self) -> None:
        """The spelling used most is taken for the right one; "I. Holm" fits two Holms not."""
        event = festival(
            Session(title="Oplæg", start=at(11, 9), end=at(11, 10), speakers=["Ida Holm"]),
            Session(title="Debat", start=at(11, 10), end=at(11, 11), speakers=["Ida Holm"]),
            Session(title="Panel", start=at(11, 11), end=at(11, 12), speakers=["Ida  Holm"]),
            Session(
                title="Quiz", start=at(11, 12), end=at(11, 13), speakers=["I. Holm", "Inge Holm"]
            ),
        )
        found = folkemode.check(round_trip(event, "json"), select=["S2"])
        assert [f.message for f in found] == ['oplægsholderen "Ida Holm" staves også "Ida  Holm"']

    def test_organisations(self) -> None:
        """An organisation spelled with another case is a hint too (in Nynorsk here)."""
        event = festival(
            Session(
                title="Oplæg",
                start=at(11, 9),
                end=at(11, 10),
                organisations=["Vestland fylkeskommune"],
            ),
            Session(
                title="Debat",
                start=at(11, 10),
                end=at(11, 11),
                speakers=[Speaker(name="Kari Nordmann", organisation="Vestland Fylkeskommune")],
            ),
            Session(
                title="Panel",
                start=at(11, 11),
                end=at(11, 12),
                organisations=["Vestland fylkeskommune"],
            ),
        )
        found = folkemode.check(event, select=["S202"], locale="nn")
        assert [f.message for f in found] == [
            'organisasjonen "Vestland fylkeskommune" vert også stava "Vestland Fylkeskommune"'
        ]
