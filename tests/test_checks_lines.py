"""Which input line each session of a text programme comes from."""

from __future__ import annotations

import folkemode
from folkemode.checks import parse_with_lines, session_lines
from folkemode.examples import example_text


class TestSessionLines:
    def test_every_session_of_the_example_has_its_title_line(self) -> None:
        """Each session of topmoede.txt is found at the line of its time and title."""
        text = example_text("topmoede.txt")
        result, lines = parse_with_lines(text)
        assert set(lines) == {s.id for s in result.event.sessions}
        numbered = text.splitlines()
        for session in result.event.sessions:
            assert session.title.split()[0] in numbered[lines[session.id] - 1]

    def test_repeated_titles_go_in_order(self) -> None:
        """Two sessions called "Pause" get the line of each, first to first."""
        text = (
            "Temadag om skolen\n\nTorsdag 5. marts 2026\nKl. 9.00-10.00 Oplæg\n"
            "Kl. 10.00-10.15 Pause\nKl. 10.15-11.00 Debat\nKl. 11.00-11.15 Pause\n"
        )
        result, lines = parse_with_lines(text)
        pauses = [s for s in result.event.sessions if s.title == "Pause"]
        assert [lines[s.id] for s in pauses] == [5, 7]

    def test_a_title_on_two_lines(self) -> None:
        """A title that goes on on the next line is found by its first line."""
        text = (
            "Temadag\n\nTorsdag 5. marts 2026\nKl. 9.00-10.00 Velkommen og en lang snak om –\n"
            "  hvad kommunerne gør for de unge\nKl. 10.00-11.00 Frokost\n"
        )
        result, lines = parse_with_lines(text)
        first = result.event.sessions[0]
        assert first.title.startswith("Velkommen") and lines[first.id] == 4

    def test_other_formats_have_no_lines(self) -> None:
        """JSON has paths, not lines: the mapping is empty."""
        text = folkemode.dumps(folkemode.Event.example(), format="json")
        result, lines = parse_with_lines(text, format="json")
        assert lines == {} and result.event == folkemode.Event.example()

    def test_from_claims(self) -> None:
        """The mapping is read from the ledger's claims, a label per session."""
        event = folkemode.loads("Torsdag 5. marts 2026\nKl. 10.00 Velkommen\n", format="text")
        claims = {2: ["session 'Velkommen': time and title"]}
        assert session_lines(event, claims) == {event.sessions[0].id: 2}
