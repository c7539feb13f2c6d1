"""Durations in words: "(fem kvarter)", "(2 timar)" (folkemode.importers.text.times)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from folkemode.importers.text.times import add_minutes, find_duration, parse_duration
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()


class TestDurations:
    @pytest.mark.parametrize(
        ("words", "minutes"),
        [
            ("fem kvarter", 75),
            ("tre kvarter", 45),
            ("et kvarter", 15),
            ("en halv time", 30),
            ("ei halv time", 30),
            ("ein halv time", 30),
            ("1½ time", 90),
            ("1,5 timer", 90),
            ("45 min.", 45),
            ("45 min", 45),
            ("2 timar", 120),
            ("to timer", 120),
            ("ein time", 60),
            ("halvanden time", 90),
            ("halvannen time", 90),
            ("halvannan time", 90),
            ("to og en halv time", 150),
            ("1 time og 15 minutter", 75),
            ("ca. 30 minutter", 30),
        ],
    )
    def test_words(self, words: str, minutes: int) -> None:
        """Durations in Danish, Bokmål and Nynorsk words and digits."""
        assert parse_duration(words, LEX) == timedelta(minutes=minutes)

    @pytest.mark.parametrize(
        "text", ["Generalforsamling – kun kommunalt valgte", "S", "", "fem", "kvarter", "99 timer"]
    )
    def test_not_durations(self, text: str) -> None:
        """Brackets with other content are no durations."""
        assert parse_duration(text, LEX) is None

    def test_found_anywhere_in_brackets(self) -> None:
        """The first bracket that is a duration is taken out of the text."""
        found = find_duration("Opning ved ordførar Kari (Ap) (ein halv time)", LEX)
        assert found == (timedelta(minutes=30), "Opning ved ordførar Kari (Ap)")

    def test_add_minutes_past_midnight(self) -> None:
        """Adding minutes counts the midnights passed."""
        assert add_minutes(time(23, 30), 45) == (time(0, 15), 1)
