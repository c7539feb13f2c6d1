"""Hostile text: no exception but folkemode's own, and linear time on huge lines."""

from __future__ import annotations

import contextlib
import random
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import folkemode
from folkemode.errors import FolkemodeError
from folkemode.formats import ImportOptions
from folkemode.importers.text import read_text_with_ledger
from tests.conftest import FIXTURES

CORPUS = [
    path
    for folder in ("programmes", "holdout", "unseen")
    for path in sorted((FIXTURES / folder).glob("*.txt"))
]
TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS]


def read(text: str) -> folkemode.Event:
    """The default mode: never raises, never reports an internal error."""
    result = folkemode.parse(text, format="text")
    assert not [d for d in result.diagnostics if d.code == "internal-error"], result.diagnostics
    return result.event


def read_strict(text: str) -> None:
    """Strict mode: only folkemode's own error may come out."""
    with contextlib.suppress(FolkemodeError):
        folkemode.loads(text, format="text", strict=True)


def _cost(function: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - started)
    return best


# Lines built to make a backtracking pattern explode: long runs of what
# patterns repeat (digits, dots, dashes, "v/", "Kl."), with no way to finish.
HOSTILE_UNITS = [
    "1",
    "Kl. 1",
    " - ",
    "v/ ",
    "1.",
    "1.1",
    "a@",
    "og ",
    "Aa ",
    "ved A, ",
    "(",
    "·",
    "Workshops ",
    "www.",
    "12.",
    "   ",
    "Dag 1 ",
    "1. dag ",
    "A: ",
    "Kl.   Tema   ",
    "09.00   Aa   Bb   ",
    "\t1",
    "til-",
    " og",
]


# Repeats after a start that sends the line down one reader: a price, a venue,
# a contact, a timed title, a speaker line.
HOSTILE_STARTS = [
    ("Pris: 1", " 000"),
    ("Pris: ", "1.000."),
    ("Sted: ", "Vej 1, "),
    ("Kontakt ", "Aa Bb "),
    ("Kl. 10.00 ", "v/ "),
    ("Kl. 10.00 Titel ", "ved Aa Bb, "),
    ("Innleder: ", "Aa, "),
    ("Torsdag ", "14. "),
    ("Sted og tid: ", "Aa, 7.-9. oktober 2025, "),
    ("Med: ", "ordførarane Aa Bb (Cc), "),
    ("Kl.   Tema   Ansvarleg\n09.00   ", "Aa   "),
    ("tysdag 21. januar kl. 10.00 – onsdag 22. januar kl. 15.00, ", "Aa "),
    ("", " ,"),
]


def _lines(start: str, unit: str, size: int) -> str:
    return start + (unit * (size // len(unit) + 1))[:size]


class TestLongLines:
    @pytest.mark.parametrize("unit", HOSTILE_UNITS)
    def test_linear_growth(self, unit: str) -> None:
        """A 200,000-character line costs less than 50 times a 20,000-character one."""
        small = _lines("", unit, 20_000)
        large = _lines("", unit, 200_000)
        read(small)
        assert _cost(read, large) < 50 * max(_cost(read, small), 1e-4)

    @pytest.mark.parametrize(("start", "unit"), HOSTILE_STARTS)
    def test_linear_growth_after_a_label(self, start: str, unit: str) -> None:
        """The same for long lines that begin like a field, a time or a contact."""
        small = _lines(start, unit, 20_000)
        large = _lines(start, unit, 200_000)
        read(small)
        assert _cost(read, large) < 50 * max(_cost(read, small), 1e-4)

    def test_long_line_inside_a_programme(self) -> None:
        """A huge line among ordinary ones is reported, and the rest is still read."""
        text = "Torsdag 14. marts 2024\nKl. 10.00 Velkommen\n" + "Kl. " + "1" * 200_000 + "\n"
        event = read(text)
        assert [s.title for s in event.sessions] == ["Velkommen"]


def _mutate(text: str, seed: int, how: str) -> str:
    rng = random.Random(seed)
    lines = text.split("\n")
    if how == "shuffle":
        rng.shuffle(lines)
    elif how == "truncate":
        lines = lines[: rng.randrange(len(lines) + 1)]
        if lines:
            lines[-1] = lines[-1][: rng.randrange(len(lines[-1]) + 1)]
    elif how == "join":
        joined: list[str] = []
        for line in lines:
            if joined and rng.random() < 0.4:
                joined[-1] += " " + line
            else:
                joined.append(line)
        lines = joined
    elif how == "strip-accents":
        return "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    elif how == "drop-spaces":
        return text.replace(" ", "", rng.randrange(1, 50))
    return "\n".join(lines)


class TestMutatedFixtures:
    @given(
        index=st.integers(min_value=0, max_value=max(len(TEXTS) - 1, 0)),
        seed=st.integers(min_value=0, max_value=10_000),
        how=st.sampled_from(["shuffle", "truncate", "join", "strip-accents", "drop-spaces"]),
    )
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def test_mutations(self, index: int, seed: int, how: str) -> None:
        """Shuffled, cut, joined or accent-stripped programmes import without a crash."""
        text = _mutate(TEXTS[index], seed, how)
        read(text)
        read_strict(text)
        _, ledger = read_text_with_ledger(text, ImportOptions())
        assert ledger.fallbacks == [], [line.text for line in ledger.fallbacks]


class TestArbitraryText:
    @given(st.text(max_size=400))
    @settings(max_examples=150, deadline=None)
    def test_any_text(self, text: str) -> None:
        """Arbitrary unicode never escapes as an exception."""
        read(text)
        read_strict(text)

    @given(
        st.lists(
            st.sampled_from(
                [
                    "Kl. 10.00 Velkommen",
                    "kl. 9.30",
                    "13:10-13:45 Debat v/ Anne Holm, borgmester",
                    "Torsdag 14. marts",
                    "Dag 2, 23. september",
                    "Workshops runde #1",
                    "Kl. 14.15-15.15 Workshops runde #1",
                    " • Klima",
                    "   Hvordan gør vi?",
                    "Spor A – Sundhed",
                    "Sesjon 1: Bustad",
                    "2022:",
                    "01.11. kl. 12:00 - 02.11. kl. 12.00",
                    "Sted: Vejle",
                    "Kontakt Anne Holm: ah@example.dk",
                    "PROGRAM",
                    "BØRN OG UNGE:",
                    "Læs også",
                    "",
                    "Med venlig hilsen",
                    "19:00-",
                    "(fem kvarter)",
                    "Kl. 25.99",
                    "22.00-01.00 Fest",
                    "Tid\tScene\tArrangement",
                    "10:00\tTelt\tDebat",
                ]
            ),
            max_size=30,
        )
    )
    @settings(max_examples=120, deadline=None)
    def test_programme_shaped_noise(self, lines: list[str]) -> None:
        """Programme lines in any order build a valid event."""
        text = "\n".join(lines)
        event = read(text)
        read_strict(text)
        _, ledger = read_text_with_ledger(text, ImportOptions())
        assert ledger.fallbacks == [], [line.text for line in ledger.fallbacks]
        for session in event.sessions:
            if session.start is not None and session.end is not None:
                assert session.end >= session.start


class TestStrict:
    def test_strict_raises_folkemode_error_listing_problems(self) -> None:
        """strict=True turns warnings into one InvalidInput with line numbers."""
        with pytest.raises(folkemode.InvalidInput) as caught:
            folkemode.loads(
                "Torsdag 14. marts 2024\nKl. 25.99 Velkommen", format="text", strict=True
            )
        assert "line 2" in str(caught.value)

    def test_binary_junk(self) -> None:
        """Control characters and lone surrogates are survived."""
        read("\x00\x01\x02 Kl. 10.00 \ud800 Velkommen\x1b[0m\n\r\n\t\t•\u200b")


def test_corpus_paths_exist() -> None:
    """The corpus the mutations start from is there."""
    assert all(isinstance(p, Path) for p in CORPUS) and TEXTS


class TestCollector:
    def test_collector_state_is_restored(self) -> None:
        """The garbage collector is on again after a read, and stays off if it was off."""
        import gc

        assert gc.isenabled()
        read("Torsdag 14. marts 2024\nKl. 10.00 Velkommen")
        assert gc.isenabled()
        gc.disable()
        try:
            read("Kl. 10.00 Velkommen")
            assert not gc.isenabled()
        finally:
            gc.enable()
