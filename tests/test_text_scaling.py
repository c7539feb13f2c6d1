"""Large inputs that once took quadratic time still give the right results.

Thousands of sessions at one start, thousands of rounds or sessions with one
title, thousands of speakers in one session: the results are checked here;
the timings are in ``benchmarks/bench_text_scaling.py`` (no timed assertions:
test machines are too noisy for them).
"""

from __future__ import annotations

import itertools
import random
from datetime import datetime, time

import folkemode
from folkemode.importers.text.body import BodyReader
from folkemode.importers.text.drafts import SessionDraft
from folkemode.importers.text.ledger import Ledger
from folkemode.importers.text.lines import split_lines
from folkemode.importers.text.people import People, PeopleReader
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import Organisation, Speaker, session_order

DAY = "Torsdag 12. juni 2025\n\n"


def load(text: str) -> folkemode.Event:
    return folkemode.loads(text, format="text")


def clock(moment: datetime | None) -> time | None:
    return moment.time() if moment is not None else None


class TestManyAtOneStart:
    def test_eight_thousand_sessions_at_one_start_end_at_the_next_start(self) -> None:
        n = 8000
        text = DAY + "".join(f"Kl. 10.00 Emne nummer {i}\n\n" for i in range(n))
        event = load(text + "Kl. 12.00 Afslutning\n")
        assert len(event.sessions) == n + 1
        together, last = event.sessions[:n], event.sessions[n]
        assert [s.title for s in together] == [f"Emne nummer {i}" for i in range(n)]
        assert {(clock(s.start), clock(s.end)) for s in together} == {(time(10), time(12))}
        assert (clock(last.start), last.end) == (time(12), None)

    def test_runs_of_one_start_on_each_stage(self) -> None:
        """A run of one start and stage ends at the next item after the run, if later there."""
        event = load(
            DAY + "Scene: A\n\nKl. 10.00 X\nKl. 10.00 Y\nKl. 11.00 Z\n\n"
            "Scene: B\n\nKl. 10.00 P\nKl. 10.00 Q\n\n"
            "Scene: A\n\nKl. 12.00 R\nKl. 12.00 S\nKl. 11.00 T\n"
        )
        ends = {s.title: clock(s.end) for s in event.sessions}
        # Z is followed by P on another stage, R and S by the earlier T: no ends.
        assert ends == dict(X=time(11), Y=time(11), Z=None, P=None, Q=None, R=None, S=None, T=None)

    def test_ends_match_the_rule_on_random_festival_listings(self) -> None:
        """Against the rule written out plainly: the first item after the run of the same
        start and stage gives the end when it is on the same stage and starts later."""
        rng = random.Random(7)
        for _ in range(60):
            items: list[tuple[str, int, str]] = []  # stage, start hour, title
            lines = [DAY.strip(), ""]
            stage = "A"
            for number in range(rng.randint(1, 40)):
                if not items or rng.random() < 0.2:
                    stage = rng.choice("ABC")
                    lines += ["", f"Scene: {stage}", ""]
                hour = rng.choice((9, 10, 10, 11, 12))
                title = f"Emne {number}"
                lines.append(f"Kl. {hour:02d}.00 {title}")
                items.append((stage, hour, title))
            expected: dict[str, time | None] = {}
            for index, (stage, hour, title) in enumerate(items):
                later = index + 1
                while later < len(items) and items[later][:2] == (stage, hour):
                    later += 1
                end = None
                if later < len(items) and items[later][0] == stage and items[later][1] > hour:
                    end = time(items[later][1])
                expected[title] = end
            event = load("\n".join(lines) + "\n")
            assert {s.title: clock(s.end) for s in event.sessions} == expected


class TestRepeatedIds:
    def test_four_thousand_rounds_with_one_name_and_time(self) -> None:
        n = 4000
        event = load(
            DAY
            + "".join(
                f"Kl. 10.00-11.00 Workshops runde\n\n - Emne A{i}\n - Emne B{i}\n\n"
                for i in range(n)
            )
        )
        base = "20250612-1000-workshops-runde"
        assert [r.id for r in event.rounds] == [base] + [f"{base}-{k}" for k in range(2, n + 1)]
        rounds = {s.title: s.round for s in event.sessions}
        assert len(rounds) == 2 * n
        for i in (0, 1, n // 2, n - 1):
            assert rounds[f"Emne A{i}"] is rounds[f"Emne B{i}"] is event.rounds[i]

    def test_four_thousand_sessions_with_one_title(self) -> None:
        n = 4000
        event = load(DAY + "".join("Kl. 10.00 Pause\n\n" for _ in range(n)))
        base = "20250612-pause-1000"
        assert [s.id for s in event.sessions] == [base] + [f"{base}-{k}" for k in range(2, n + 1)]

    def test_a_numbered_title_before_its_repeats(self) -> None:
        """ "Pause 2" before two "Pause" at 14.00: the second cannot be pause-1400 too."""
        event = load(DAY + "Kl. 10.00 Pause 1400\n\nKl. 14.00 Pause\n\nKl. 14.00 Pause\n")
        assert [s.id for s in event.sessions] == [
            "20250612-pause-1400",
            "20250612-pause-1400-2",
            "20250612-pause-1400-3",
        ]

    def test_numbered_ids_that_do_not_meet_keep_their_numbers(self) -> None:
        keys = [(None, None, i) for i in ("pause", "pause", "pause-2", "pause", "pause-2")]
        assert [i for _, i in session_order(keys)] == [
            "pause",
            "pause-2",
            "pause-2-2",
            "pause-3",
            "pause-2-3",
        ]
        clash = [(None, None, i) for i in ("pause-2", "pause", "pause", "pause")]
        assert [i for _, i in session_order(clash)] == ["pause-2", "pause", "pause-2-2", "pause-3"]

    def test_thousands_of_clashing_ids_are_unique_and_settled(self) -> None:
        """Ids drawn from a few that clash when numbered: unique, the same every time,
        and left as they are when ordered again (what the importer and the event do)."""
        rng = random.Random(3)
        names = ("a", "a-2", "a-3", "a-2-2", "a-2-3", "b", "b-2")
        keys = [(None, None, rng.choice(names)) for _ in range(4000)]
        ordered = session_order(keys)
        ids = [i for _, i in ordered]
        assert len(set(ids)) == len(ids) == len(keys)
        assert session_order(keys) == ordered
        again = session_order([(None, None, i) for i in ids])
        assert again == [(n, i) for n, i in enumerate(ids)]
        assert ids[0] == keys[0][2]

    def test_an_event_with_clashing_ids_is_valid(self) -> None:
        session = folkemode.Session
        event = folkemode.Event(
            name="Møde",
            sessions=[session(title="Pause 2"), session(title="Pause"), session(title="Pause")],
        )
        assert [s.id for s in event.sessions] == ["pause-2", "pause", "pause-2-2"]


def _names(n: int) -> list[str]:
    first = ("Anne", "Mette", "Karen", "Signe", "Ida", "Louise", "Rasmus", "Jens", "Mikkel", "Ole")
    middle = ("Marie", "Juul", "Holm", "Bech", "Skov", "Lykke", "Moe", "Aas", "Brix", "Dahl")
    last = ["Andersen", "Kjærgaard", "Thygesen", "Østergaard", "Mølgaard", "Frandsen", "Krogh"]
    last += ["Hansen", "Nygård", "Haugland", "Bakken", "Fossheim", "Solberg", "Strand", "Lund"]
    names = (
        f"{a} {b} {c} {d}" for a, b, c, d in itertools.product(first, middle, last, last) if c != d
    )
    return list(itertools.islice(names, n))


class TestManySpeakers:
    def test_eight_thousand_speakers_are_each_kept_once(self) -> None:
        names = _names(8000)
        bullets = "".join(f"- {name}\n" for name in names + names[:1000])  # 1,000 again
        event = load(DAY + "Kl. 10.00-11.00 Stor debat\nMedvirkende:\n" + bullets)
        (session,) = event.sessions
        assert [s.name for s in session.speakers] == names

    def test_speakers_from_the_title_line_are_known_to_the_list_below(self) -> None:
        event = load(
            DAY + "Kl. 10.00 Debat v/ Anne Holm\nMedvirkende:\n- Anne Holm\n- Jens Krogh\n"
            "- Anne Holm\nMedvirkende: Anne Holm og Ole Bakken\n"
        )
        assert [s.name for s in event.sessions[0].speakers] == [
            "Anne Holm",
            "Jens Krogh",
            "Ole Bakken",
        ]

    def test_the_draft_gets_each_name_once_however_its_list_changed(self) -> None:
        """Speakers added, cleared or swapped by other readers between two lines."""
        line = split_lines("- Anne Holm")[0]
        body = BodyReader(PeopleReader(Lexicon.build()), Ledger())
        draft = SessionDraft(title="Debat", line=line)

        def add(*names: str) -> None:
            people = People([Speaker(name=n) for n in names], [Organisation(name=n) for n in names])
            body.add_people(draft, people, line, "speakers")

        add("A", "B")
        add("B", "C")
        draft.speakers.append(Speaker(name="D"))  # the title line, say
        add("D", "E")
        assert [s.name for s in draft.speakers] == ["A", "B", "C", "D", "E"]
        draft.speakers[-1] = Speaker(name="F")  # changed in place
        add("E", "F")
        assert [s.name for s in draft.speakers] == ["A", "B", "C", "D", "F", "E"]
        draft.speakers.clear()
        add("A")
        add("A", "B")
        assert [s.name for s in draft.speakers] == ["A", "B"]
        draft.speakers = [Speaker(name="X")]  # a new list
        add("X", "Y")
        assert [s.name for s in draft.speakers] == ["X", "Y"]
        assert [o.name for o in draft.organisations] == ["A", "B", "C", "D", "E", "F", "X", "Y"]


class TestIdsSurviveAnInsertion:
    def test_a_third_break_renames_no_other(self) -> None:
        """Two breaks on a day; a third put in before them keeps both their ids."""
        before = load(DAY + "Kl. 9.00 Velkomst\n\nKl. 12.00 Pause\n\nKl. 14.45 Pause\n")
        after = load(
            DAY + "Kl. 9.00 Velkomst\n\nKl. 10.00 Pause\n\nKl. 12.00 Pause\n\nKl. 14.45 Pause\n"
        )
        assert {s.id for s in before.sessions} < {s.id for s in after.sessions}
