"""Lines holding several items, and documents writing "0900" (importers.text.segments)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

import folkemode
from folkemode.importers.text.lines import Line, split_lines
from folkemode.importers.text.segments import split_items, writes_four_digit_times
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()
# As the classifier splits lines: "16. juni" is a date, not item 16 of a numbered list.
NOT_ITEMS = frozenset(LEX.months) | LEX.words("day_words")


def lines(text: str) -> list[Line]:
    return split_lines(text, NOT_ITEMS)


def pieces(text: str, *, four_digits: bool = False) -> list[tuple[int, str]]:
    return [
        (line.number, line.text) for line in split_items(lines(text), LEX, four_digits=four_digits)
    ]


def squeezed(text: str) -> str:
    return "".join(text.split())


class TestDayAndSession:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Torsdag kl. 13.00: Generalforsamling",
                ["Torsdag", "kl. 13.00: Generalforsamling"],
            ),
            ("16. juni kl. 12.45: Frokost i haven", ["16. juni", "kl. 12.45: Frokost i haven"]),
            (
                "Torsdag 14. marts kl. 10.00 Velkommen",
                ["Torsdag 14. marts", "kl. 10.00 Velkommen"],
            ),
            ("Fredag 10:00 Åbning af mødet", ["Fredag", "10:00 Åbning af mødet"]),
        ],
    )
    def test_day_then_timed_item(self, text: str, expected: list[str]) -> None:
        """A day heading and its first timed session on one line become two lines."""
        assert pieces(text) == [(1, piece) for piece in expected]

    def test_lower_case_after_the_time_is_not_an_item(self) -> None:
        """ "Torsdag kl. 13.00: generalforsamling" reads as one sentence and is not cut."""
        assert pieces("Torsdag kl. 13.00: generalforsamling") == [
            (1, "Torsdag kl. 13.00: generalforsamling")
        ]


class TestSeveralSessions:
    def test_second_range_mid_line(self) -> None:
        """ "… v/ Name 10:30-11:30 Next" starts a second session on the same line."""
        assert pieces("10:10-10:30 Valg af dirigent v/ Per Holm 10:30-11:30 Beretning") == [
            (1, "10:10-10:30 Valg af dirigent v/ Per Holm"),
            (1, "10:30-11:30 Beretning"),
        ]

    def test_second_clock_time_mid_line(self) -> None:
        """A second "Kl." time with a capitalised title after it opens an item of its own."""
        assert pieces("Kl. 9.00 Velkomst ved formanden Kl. 9.30 Oplæg om fjorden") == [
            (1, "Kl. 9.00 Velkomst ved formanden"),
            (1, "Kl. 9.30 Oplæg om fjorden"),
        ]

    def test_paragraph_of_items(self) -> None:
        """A paragraph "… Kl. 19.00: A Kl. 19.05: B Kl. 20.00: C" is cut before each "Kl."."""
        text = (
            "Aftenen byder på: Kl. 19.00: Velkomst Kl. 19.05: Foredrag om bier "
            "Kl. 20.00: Kaffe og kage"
        )
        assert pieces(text) == [
            (1, "Aftenen byder på:"),
            (1, "Kl. 19.00: Velkomst"),
            (1, "Kl. 19.05: Foredrag om bier"),
            (1, "Kl. 20.00: Kaffe og kage"),
        ]

    def test_one_clock_time_in_a_paragraph_is_not_cut(self) -> None:
        """A paragraph with a single "Kl." item stays one line."""
        text = "Aftenen byder på: Kl. 19.00: Velkomst ved formanden"
        assert pieces(text) == [(1, text)]

    def test_line_numbers_and_bullets(self) -> None:
        """Every piece keeps its input line number; only the first keeps the bullet."""
        text = "Program\n• Kl. 9.00 Velkomst Kl. 9.30 Oplæg\nKl. 10.00 Kaffe"
        found = split_items(lines(text), LEX)
        assert [(line.number, line.bullet, line.text) for line in found] == [
            (1, None, "Program"),
            (2, "•", "Kl. 9.00 Velkomst"),
            (2, None, "Kl. 9.30 Oplæg"),
            (3, None, "Kl. 10.00 Kaffe"),
        ]

    def test_sessions_from_a_paragraph(self) -> None:
        """Through parse, a paragraph of "Kl." items gives one session per item."""
        text = (
            "Sommermøde i Vesterby Biavlerforening\nLørdag 13. juni 2026\n\n"
            "Aftenen byder på: Kl. 19.00: Velkomst Kl. 19.05: Foredrag om bier "
            "Kl. 20.00: Kaffe og kage\n"
        )
        event = folkemode.loads(text, format="text")
        assert [(s.title, s.start.isoformat() if s.start else None) for s in event.sessions] == [
            ("Velkomst", "2026-06-13T19:00:00+02:00"),
            ("Foredrag om bier", "2026-06-13T19:05:00+02:00"),
            ("Kaffe og kage", "2026-06-13T20:00:00+02:00"),
        ]


class TestLinesNotCut:
    @pytest.mark.parametrize(
        "text",
        [
            "12.03. kl. 10:00 - 13.03. kl. 15.00",
            "Tirsdag 6. maj kl. 19.00 · Online",
            "Vi mødes kl. 10.00 ved kirken og går sammen til skoven.",
            "Kl. 13.00 Debat fra kl. 14.00 Kaffe",
            "Kl. 9.00 Oplæg, kl. 10.00 Kaffe",
            "9.00-10.00 Møde (10.00-10.15 Pause)",
            "Torsdag kl. 13.00: generalforsamling",
        ],
    )
    def test_kept_whole(self, text: str) -> None:
        """A frame across two dates, a dated online meeting, a sentence and asides stay one line."""
        assert pieces(text) == [(1, text)]

    def test_lines_without_digits_pass_through(self) -> None:
        """Lines without a digit, and blank lines, come out as they went in."""
        source = lines("Velkommen\n\nKaffe og Kage Kl")
        assert split_items(source, LEX) == source


class TestSplitProperties:
    fragments = st.sampled_from(
        [
            "Kl.",
            "kl.",
            "10.00",
            "10:30-11:30",
            "13: 30",
            "Torsdag",
            "16. juni",
            "12.03.",
            "v/",
            "Ida Holm",
            "Debat",
            "Velkomst",
            "oplæg",
            ":",
            "–",
            "-",
            "·",
            "0900",
            "2024:",
            "(",
            ")",
            ",",
            "fra",
            "til",
            "24.00",
            "Online",
        ]
    )

    @given(
        st.lists(st.lists(fragments, max_size=10).map(" ".join), min_size=1, max_size=5),
        st.booleans(),
    )
    def test_no_character_lost_and_numbers_kept(self, texts: list[str], four_digits: bool) -> None:
        """The pieces of each input line hold all its non-blank characters, under its number."""
        source = lines("\n".join(texts))
        result = split_items(source, LEX, four_digits=four_digits)
        assert [line.number for line in result] == sorted(line.number for line in result)
        assert {line.number for line in result} == {line.number for line in source}
        before: defaultdict[int, str] = defaultdict(str)
        after: defaultdict[int, str] = defaultdict(str)
        for line in source:
            before[line.number] += squeezed(line.text)
        for line in result:
            after[line.number] += squeezed(line.text)
        assert after == before

    @given(st.lists(st.text(max_size=60), min_size=1, max_size=4))
    def test_any_text_keeps_its_characters(self, texts: list[str]) -> None:
        """For any text, splitting items loses no non-blank character of any line."""
        source = lines("\n".join(texts))
        result = split_items(source, LEX)
        joined = "".join(squeezed(line.text) for line in source)
        assert "".join(squeezed(line.text) for line in result) == joined


class TestFourDigitTimes:
    def test_timetable(self) -> None:
        """A timetable "0900 …/0930 …/1000 …" writes its times in four digits."""
        text = "0900 Morgenmad\n0930 Velkomst\n1000 Oplæg om kysten\n1100 Frokost"
        assert writes_four_digit_times(lines(text)) is True

    def test_timetable_with_clock_word_and_colon(self) -> None:
        """ "Kl 0900 …" and "0930: …" lines count as four-digit times too."""
        text = "Kl 0900 Morgenmad\n0930: Velkomst\nKl 1000 Oplæg om kysten"
        assert writes_four_digit_times(lines(text)) is True

    def test_mostly_rising(self) -> None:
        """One step back (a second track) does not undo a rising timetable."""
        text = "0900 A-spor\n0930 Oplæg\n1000 Debat\n0930 B-spor\n1030 Kaffe\n1100 Frokost"
        assert writes_four_digit_times(lines(text)) is True

    @pytest.mark.parametrize(
        "text",
        [
            "2024:\nNy strategi\n2025:\nEvaluering\n2026:\nValg af bestyrelse",
            "0900 Morgenmad\n0930 Velkomst",
            "1100 Frokost\n1000 Oplæg\n0900 Velkomst\n0800 Morgenmad",
            "2024 Program for Kystlaget\nKl. 10.00 Velkomst\nKl. 11.00 Debat",
        ],
    )
    def test_not_a_four_digit_document(self, text: str) -> None:
        """Year labels alone, two such lines, a falling list and one year line are not enough."""
        assert writes_four_digit_times(lines(text)) is False

    def test_year_labels_with_text_are_not_times(self) -> None:
        """Three year labels each followed by a plan ("2024: Ny strategi") are no timetable."""
        text = (
            "2024: Ny strategi vedtages\n2025: Evaluering af arbejdet\n2026: Valg af ny bestyrelse"
        )
        assert writes_four_digit_times(lines(text)) is False

    def test_four_digit_document_times_its_sessions(self) -> None:
        """In a "0900" document, the sessions take their times from the four digits."""
        text = (
            "Arbejdsdag i Skovly Spejdergruppe\nLørdag 14. marts 2026\n\n"
            "0900 Morgenmad\n0930 Velkomst\n1000 Oplæg om bålpladsen\n1100 Frokost\n"
        )
        event = folkemode.loads(text, format="text")
        assert [(s.title, s.start.isoformat() if s.start else None) for s in event.sessions] == [
            ("Morgenmad", "2026-03-14T09:00:00+01:00"),
            ("Velkomst", "2026-03-14T09:30:00+01:00"),
            ("Oplæg om bålpladsen", "2026-03-14T10:00:00+01:00"),
            ("Frokost", "2026-03-14T11:00:00+01:00"),
        ]


class TestAYearGluedToTheClockWord:
    def test_day_heading_then_range_on_one_line(self) -> None:
        """ "Dag 1: Onsdag den 30. september 2026Kl. 12.30 – 12.35" over its title."""
        text = (
            "Topmøde 2026\n\nDag 1: Onsdag den 30. september 2026Kl. 12.30 – 12.35\n"
            "Velkomst ved moderator Karen Holt\n\nKl. 12.35 – 12.55\nFormål og forventninger\n"
        )
        sessions = folkemode.loads(text, format="text").sessions
        assert [(s.title, f"{s.start:%d %H.%M}") for s in sessions] == [
            ("Velkomst", "30 12.30"),
            ("Formål og forventninger", "30 12.35"),
        ]
