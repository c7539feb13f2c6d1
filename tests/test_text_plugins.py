"""The text importer as a plugin, and the hooks that extend it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

import folkemode
from folkemode import SessionKind
from folkemode.cli import main
from folkemode.plugins import importer_for, sniff

PROGRAMME = (
    "Torsdag 14. marts 2024\nKl. 10.00 Fika\nKl. 10.30 Föreläsare: Anna Berg\nKl. 11.00 Pubquiz\n"
)


class Swedish:
    """A plugin adding Swedish words to every locale."""

    @folkemode.hookimpl
    def text_vocabulary(self, locale: str) -> Mapping[str, Any]:
        return {"kind_break": ["fika"], "clock": ["klockan"], "numbers": {"två": 2}}


class Quiz:
    """A plugin that knows quizzes are social."""

    @folkemode.hookimpl
    def text_session_kind(self, title: str, locale: str) -> str | None:
        return "social" if "quiz" in title.lower() else None


class TestHooks:
    def test_vocabulary_plugin(self, register_plugin: Callable[..., Any]) -> None:
        """A plugin's words are read: "Fika" becomes a break, "klockan" a clock word."""
        before = folkemode.loads(PROGRAMME, format="text")
        assert before.sessions[0].kind is SessionKind.OTHER
        register_plugin(Swedish(), name="test-swedish")
        event = folkemode.loads(PROGRAMME + "klockan 12.00 Lunch\n", format="text")
        assert event.sessions[0].kind is SessionKind.BREAK
        assert [s.title for s in event.sessions][-1] == "Lunch"
        assert (
            folkemode.loads("8. mars 2024\n10.00 (två timer) Møte", format="text")
            .sessions[0]
            .end.hour
            == 12
        )

    def test_vocabulary_is_back_to_normal(self) -> None:
        """Once the plugin is unregistered its words are gone again."""
        assert folkemode.loads(PROGRAMME, format="text").sessions[0].kind is SessionKind.OTHER

    def test_kind_plugin(self, register_plugin: Callable[..., Any]) -> None:
        """A kind plugin decides before the vocabulary."""
        register_plugin(Quiz(), name="test-quiz")
        event = folkemode.loads(PROGRAMME, format="text")
        assert event.sessions[-1].kind is SessionKind.SOCIAL

    def test_unknown_category_is_reported(self, register_plugin: Callable[..., Any]) -> None:
        """A plugin naming a category that does not exist is left out, with a warning."""

        class Broken:
            @folkemode.hookimpl
            def text_vocabulary(self, locale: str) -> Mapping[str, Any]:
                return {"no_such_category": ["x"]}

        register_plugin(Broken(), name="test-broken")
        result = folkemode.parse(PROGRAMME, format="text")
        problems = [d for d in result.diagnostics if d.code == "plugin"]
        assert problems and all("no_such_category" in d.message for d in problems)
        assert len(result.event.sessions) == 3


class TestRegistration:
    def test_importer_by_name_and_suffix(self) -> None:
        """The importer is found by its name and by .txt/.text."""
        assert importer_for("text").media_type == "text/plain"
        assert importer_for(filename="programme.TXT").name == "text"
        assert importer_for(filename="programme.text").name == "text"

    def test_text_is_the_fallback(self) -> None:
        """Input no other sniffer claims is read as text; JSON still goes to JSON."""
        assert sniff("Kl. 10.00 Velkommen") == "text"
        assert sniff('{"folkemode": 1, "name": "x"}') == "json"
        assert sniff("   ") is None


class TestOptions:
    def test_locale_and_timezone(self) -> None:
        """locale= overrides detection; the zone follows the locale unless given."""
        text = "Torsdag 14. marts 2024\nKl. 10.00 Velkommen"
        assert folkemode.loads(text, format="text").timezone == "Europe/Copenhagen"
        event = folkemode.loads(text, format="text", locale="nb")
        assert (event.locale, event.timezone) == ("nb", "Europe/Oslo")
        event = folkemode.loads(text, format="text", timezone="Atlantic/Faroe")
        assert event.sessions[0].start.utcoffset().total_seconds() == 0

    def test_cli_check(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`folkemode check` prints FILE:LINE: message for each problem."""
        path = tmp_path / "programme.txt"
        path.write_text("Torsdag 14. marts 2024\nKl. 25.99 Velkommen\nKl. 10.00 Kaffe\n")
        assert main(["check", str(path)]) == 1
        out = capsys.readouterr().out
        assert f"{path}:2: not understood" in out
