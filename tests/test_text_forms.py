"""Written forms of times and dates (folkemode.importers.text.times and .dates additions)."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import folkemode
from folkemode.importers.text.dates import (
    PartialDate,
    find_dates,
    parse_day_heading,
    parse_english_date,
    parse_when,
)
from folkemode.importers.text.times import TimeSpan, find_times, parse_leading_time
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()

# Every dash a copied text may carry between two times.
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]


def leading(text: str, *, four_digits: bool = False) -> TimeSpan:
    found = parse_leading_time(text, LEX, four_digits=four_digits)
    assert found is not None, text
    return found


def mentions(text: str) -> list[tuple[int, int, time, time | None]]:
    return [(m.begin, m.finish, m.start, m.end) for m in find_times(text, LEX)]


def clocks(text: str) -> list[tuple[str, str | None]]:
    event = folkemode.loads(text, format="text")
    return [
        (s.start.isoformat() if s.start else "", s.end.isoformat() if s.end else None)
        for s in event.sessions
    ]


class TestLeadingTimeForms:
    @pytest.mark.parametrize(
        ("text", "start", "end", "rest"),
        [
            ("Kl 1100 – 1115: Indskrivning", time(11), time(11, 15), "Indskrivning"),
            ("Kl 1100 – 1115:", time(11), time(11, 15), ""),
            ("0900: Morgenkaffe i salen", time(9), None, "Morgenkaffe i salen"),
            ("0900:", time(9), None, ""),
            ("Kl. 1900 Fællesspisning", time(19), None, "Fællesspisning"),
            ("13: 30 Frokost", time(13, 30), None, "Frokost"),
            ("Kl 20. 40 Aftenkaffe", time(20, 40), None, "Aftenkaffe"),
            ("15:15.16:00 Pause med frugt", time(15, 15), time(16), "Pause med frugt"),
            ("10:00–10:30Registrering", time(10), time(10, 30), "Registrering"),
        ],
    )
    def test_forms(self, text: str, start: time, end: time | None, rest: str) -> None:
        """Four digits with "kl." or a colon, spaced minutes, a dot for a dash, a glued title."""
        found = leading(text)
        assert (found.start, found.end, found.rest, found.invalid) == (start, end, rest, False)

    def test_clock_word_is_noted(self) -> None:
        """A time introduced by "Kl." says so; a bare "0900:" does not."""
        assert leading("Kl. 1900").clock_word is True
        assert leading("0900: Velkomst").clock_word is False

    def test_four_digits_without_colon_need_the_document(self) -> None:
        """ "1530 Kaffe" is a time only when the document writes its times so."""
        assert parse_leading_time("1530 Kaffe og kage", LEX) is None
        found = leading("1530 Kaffe og kage", four_digits=True)
        assert (found.start, found.end, found.rest) == (time(15, 30), None, "Kaffe og kage")

    def test_spaced_minutes_after_a_dot_need_the_clock_word(self) -> None:
        """ "Kl 20. 40" is a time, "20. 40 Aftenkaffe" without "kl." is not."""
        assert parse_leading_time("20. 40 Aftenkaffe", LEX) is None

    def test_glued_title_must_be_capitalised(self) -> None:
        """A range glued to a lower-case word is no time followed by a title."""
        assert parse_leading_time("10:00–10:30registrering", LEX) is None

    def test_midnight_written_as_24(self) -> None:
        """ "Kl. 24.00" is midnight, a valid time, not an impossible one."""
        found = leading("Kl. 24.00 Natmad")
        assert (found.start, found.invalid, found.rest) == (time(0), False, "Natmad")

    def test_past_24_is_invalid(self) -> None:
        """ "Kl. 24.30" is meant as a time but no clock time: it is marked invalid."""
        assert leading("Kl. 24.30 Natmad").invalid is True

    @pytest.mark.parametrize("dash", DASHES)
    def test_every_dash_makes_a_range(self, dash: str) -> None:
        """Hyphen, non-breaking and figure dashes, en and em dash and minus all join a range."""
        found = leading(f"10.00{dash}11.30 Debat om havnen")
        assert (found.start, found.end, found.rest) == (time(10), time(11, 30), "Debat om havnen")
        spaced = leading(f"Kl. 10.00 {dash} 11.30 Debat om havnen")
        assert (spaced.start, spaced.end, spaced.rest) == (
            time(10),
            time(11, 30),
            "Debat om havnen",
        )

    @pytest.mark.parametrize("text", ["2022:", "2019 Program", "01.11.", "0900", "20. 40"])
    def test_not_times(self, text: str) -> None:
        """A year label, a year before a title, a date and a bare number are no times."""
        assert parse_leading_time(text, LEX) is None

    @pytest.mark.parametrize("text", ["2022:", "01.11."])
    def test_not_times_in_a_four_digit_document(self, text: str) -> None:
        """A year label and a date stay no times even where the document writes "0900"."""
        assert parse_leading_time(text, LEX, four_digits=True) is None

    @given(
        st.integers(0, 23),
        st.integers(0, 59),
        st.integers(0, 23),
        st.integers(0, 59),
        st.sampled_from(DASHES),
        st.sampled_from([".", ":"]),
    )
    def test_any_range_is_read(
        self, h1: int, m1: int, h2: int, m2: int, dash: str, separator: str
    ) -> None:
        """Any two clock times joined by any dash are read as that range, title kept."""
        text = f"{h1:02d}{separator}{m1:02d}{dash}{h2:02d}{separator}{m2:02d} Møde i salen"
        found = leading(text)
        assert (found.start, found.end, found.rest) == (time(h1, m1), time(h2, m2), "Møde i salen")


class TestFindTimes:
    def test_times_anywhere_in_a_line(self) -> None:
        """A range in the middle and a "kl." time at the end are both found, where they stand."""
        text = "Oplæg v/ Karen Bøgh 10:30-11:30 Spørgsmål, slut kl. 16"
        assert mentions(text) == [(20, 31, time(10, 30), time(11, 30)), (48, 54, time(16), None)]
        assert text[48:54] == "kl. 16"

    @pytest.mark.parametrize(
        "text",
        [
            "Vi mødes d. 16.03 og 17.03 i Fredericia",
            "Deltagelse koster kr. 12.50 pr. person",
            "For unge 13 - 20 år fra hele kommunen",
            "Planen for 2026-2029 vedtages i aften",
            "Frist 15.03 for forslag til dagsorden",
            "Rabatten er 12.50 %",
            "Bogen koster 12.50 kr i kiosken",
        ],
    )
    def test_dates_prices_ages_and_years_are_no_times(self, text: str) -> None:
        """Inside a sentence, dates, prices, percentages, age ranges and years are no times."""
        assert find_times(text, LEX) == []

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("5/11 2027 15:00 - 7/11 18:00", [time(15, 0), time(18, 0)]),
            ("21/10 2027 14:00 - 23/10 13:30", [time(14, 0), time(13, 30)]),
            ("Konferencen løber fra 6/2 kl. 10 til 7/2 kl. 12.30", [time(10, 0), time(12, 30)]),
        ],
    )
    def test_a_numeric_date_after_a_dash_ends_no_range(
        self, text: str, expected: list[time]
    ) -> None:
        """ "15:00 - 7/11 18:00": the 7 is the day of a date, not the hour a range ends at."""
        found = find_times(text, LEX)
        assert [m.start for m in found] == expected
        assert [m.end for m in found] == [None, None]

    def test_percentage_mid_sentence_is_no_time(self) -> None:
        """A percentage followed by more words ("12.50 % for medlemmer") is no time."""
        assert find_times("Rabatten er 12.50 % for medlemmer", LEX) == []

    def test_a_time_at_the_start_is_a_time(self) -> None:
        """ "16.03" opening a line is a clock time, not the date it would be mid-sentence."""
        assert mentions("16.03 Velkomst ved formanden") == [(0, 5, time(16, 3), None)]

    def test_times_in_a_sentence(self) -> None:
        """Mid-sentence a colon, minutes that are no month, or a range make a time."""
        assert mentions("Tilmelding senest 17.00") == [(18, 23, time(17), None)]
        assert mentions("Vi ses 9:05 ved porten") == [(7, 11, time(9, 5), None)]
        assert mentions("Vi starter 10.30-11.30 med kaffe") == [
            (11, 22, time(10, 30), time(11, 30))
        ]
        assert mentions("Bussen kører kl 1400 fra torvet") == [(13, 20, time(14), None)]

    def test_midnight_in_a_sentence(self) -> None:
        """ "kl. 24.00" in a sentence is midnight."""
        assert mentions("Festen slutter kl. 24.00 præcis") == [(15, 24, time(0), None)]

    def test_four_digit_range_in_a_sentence_needs_the_clock_word(self) -> None:
        """ "1200-1500 deltakere" inside a sentence is a count, not the time 12-15."""
        assert find_times("Vi venter 1200-1500 deltakere i år", LEX) == []

    @given(st.text(max_size=200))
    def test_never_raises_and_stays_in_the_text(self, text: str) -> None:
        """For any text the mentions lie inside it, are non-empty and come in order."""
        found = find_times(text, LEX)
        position = 0
        for mention in found:
            assert position <= mention.begin < mention.finish <= len(text)
            assert any(c.isdigit() for c in text[mention.begin : mention.finish])
            position = mention.finish

    @given(
        st.lists(
            st.sampled_from(
                [
                    "Kl.",
                    "kl",
                    "10.00",
                    "9:30",
                    "13: 30",
                    "20. 40",
                    "1100",
                    "2024",
                    "-",
                    "–",
                    "−",
                    "d.",
                    "16.03",
                    "og",
                    "kr.",
                    "12.50",
                    "år",
                    "Debat",
                    "v/",
                    "24.00",
                    ":",
                    ".",
                    "(",
                    "fra",
                    "til",
                ]
            ),
            max_size=14,
        ),
        st.sampled_from([" ", "", "  "]),
    )
    def test_programme_like_text_stays_in_order(self, words: list[str], joiner: str) -> None:
        """Text built from time-like pieces gives ordered mentions within the text."""
        text = joiner.join(words)
        position = 0
        for mention in find_times(text, LEX):
            assert position <= mention.begin < mention.finish <= len(text)
            position = mention.finish


class TestDayHeadingForms:
    @pytest.mark.parametrize(
        ("text", "when"),
        [
            ("26, april", PartialDate(26, 4)),
            ("26, april 2026", PartialDate(26, 4, 2026)),
            ("Søndag 10/11-19", PartialDate(10, 11, 2019, 6)),
            ("24/9-2019", PartialDate(24, 9, 2019)),
            ("Lørdag 3/10-20:", PartialDate(3, 10, 2020, 5)),
        ],
    )
    def test_headings(self, text: str, when: PartialDate) -> None:
        """A comma after the day; a slashed date with a dash before a two- or four-digit year."""
        heading = parse_day_heading(text, LEX)
        assert heading is not None
        assert (heading.date, heading.number, heading.location) == (when, None, None)

    def test_slashed_frame_with_times(self) -> None:
        """ "5/11 2021 15:00 - 7/11 18:00" is a frame from one day and time to another."""
        when = parse_when("5/11 2021 15:00 - 7/11 18:00", LEX)
        assert when is not None
        assert (when.first, when.start, when.end) == (PartialDate(5, 11, 2021), (15, 0), (18, 0))
        assert (when.last.day, when.last.month) == (7, 11)
        assert parse_day_heading("5/11 2021 15:00 - 7/11 18:00", LEX) is None

    def test_two_days_with_their_weekdays(self) -> None:
        """ "Onsdag 5. og torsdag 6. november 2014" is one span of two days, not two dates."""
        (mention,) = find_dates("Onsdag 5. og torsdag 6. november 2014", LEX)
        assert mention.first == PartialDate(5, 11, 2014, 2)
        assert (mention.last.day, mention.last.month, mention.last.year) == (6, 11, 2014)
        when = parse_when("Onsdag 5. og torsdag 6. november 2014", LEX)
        assert when is not None
        assert (when.first.day, when.last.day, when.last.year) == (5, 6, 2014)


class TestDayHeadingsInProgrammes:
    def test_slashed_heading_dates_the_sessions(self) -> None:
        """Sessions under "Søndag 10/11-19" are on 10 November 2019."""
        text = (
            "Klubaften i Strandby Skakklub\nSøndag 10/11-19\n\n"
            "Kl. 14.00 Kaffe\nKl. 15.00 Foredrag\n"
        )
        assert clocks(text) == [
            ("2019-11-10T14:00:00+01:00", "2019-11-10T15:00:00+01:00"),
            ("2019-11-10T15:00:00+01:00", None),
        ]

    def test_comma_heading_dates_the_sessions(self) -> None:
        """Sessions under "26, april 2026" are on 26 April 2026."""
        text = (
            "Forårsmøde i Bakkeby Haveselskab\n26, april 2026\n\n"
            "Kl. 14.00 Kaffe\nKl. 15.00 Rundvisning\n"
        )
        assert clocks(text) == [
            ("2026-04-26T14:00:00+02:00", "2026-04-26T15:00:00+02:00"),
            ("2026-04-26T15:00:00+02:00", None),
        ]

    def test_slashed_frame_across_days(self) -> None:
        """A frame "5/11 2021 15:00 - 7/11 18:00" gives the event its start and end."""
        text = (
            "Seminar for Nordlandslaget\n5/11 2021 15:00 - 7/11 18:00\n\n"
            "Fredag\n15.00 Ankomst\n18.00 Middag\nLørdag\n09.00 Årsmøte\n"
            "Søndag\n09.00 Frokost\n12.00 Oppsummering\n"
        )
        event = folkemode.loads(text, format="text")
        assert event.start is not None and event.end is not None
        assert (event.start.isoformat(), event.end.isoformat()) == (
            "2021-11-05T15:00:00+01:00",
            "2021-11-07T18:00:00+01:00",
        )
        assert [s.day.isoformat() if s.day else None for s in event.sessions] == [
            "2021-11-05",
            "2021-11-05",
            "2021-11-06",
            "2021-11-07",
            "2021-11-07",
        ]

    def test_two_day_span_dates_its_weekday_headings(self) -> None:
        """The frame "Onsdag 5. og torsdag 6. november 2014" dates its weekday headings."""
        text = (
            "Kystkonferansen i Brekkvik\nOnsdag 5. og torsdag 6. november 2014\n\n"
            "Onsdag\n10.00 Åpning\n12.00 Lunsj\nTorsdag\n09.00 Paneldebatt\n"
        )
        assert clocks(text) == [
            ("2014-11-05T10:00:00+01:00", "2014-11-05T12:00:00+01:00"),
            ("2014-11-05T12:00:00+01:00", None),
            ("2014-11-06T09:00:00+01:00", None),
        ]


class TestEnglishDates:
    def test_english_order(self) -> None:
        """ "Friday, June 7, 2019", with or without the weekday and commas, is 7 June 2019."""
        assert parse_english_date("Friday, June 7, 2019") == PartialDate(7, 6, 2019)
        assert parse_english_date("June 7, 2019") == PartialDate(7, 6, 2019)
        assert parse_english_date("Friday June 7 2019") == PartialDate(7, 6, 2019)

    @pytest.mark.parametrize(
        "text", ["7. juni 2019", "Friday, June 7", "February 30, 2019", "Fredag, June 7, 2019"]
    )
    def test_not_english_dates(self, text: str) -> None:
        """Nordic order, a date without year, an impossible day and a Danish weekday are None."""
        assert parse_english_date(text) is None

    def test_english_stamp_does_not_date_the_programme(self) -> None:
        """A site's "Friday, June 7, 2019" stamp leaves the sessions on their day heading."""
        text = (
            "Ungdomsting i Nordby\nFriday, June 7, 2019\n\n"
            "Lørdag 15. juni 2019\n10.00 Åpning\n12.00 Lunsj\n"
        )
        assert clocks(text) == [
            ("2019-06-15T10:00:00+02:00", "2019-06-15T12:00:00+02:00"),
            ("2019-06-15T12:00:00+02:00", None),
        ]


class TestPublicationStamp:
    def test_numeric_date_above_text_is_the_stamp(self) -> None:
        """ "11.01.19" above a page's prose is its publication stamp; the prose dates the day."""
        text = (
            "Nyt fra Egeskov Lokalråd\n11.01.19\n"
            "Lokalrådet inviterer til borgermøde mandag den 21. januar 2019 i Egeskovhallen, "
            "hvor vi drøfter trafikken.\n\n"
            "Kl. 19.00 Velkomst ved formanden\nKl. 19.15 Oplæg fra kommunen\n"
            "Kl. 20.30 Spørgsmål og debat\n"
        )
        assert clocks(text) == [
            ("2019-01-21T19:00:00+01:00", "2019-01-21T19:15:00+01:00"),
            ("2019-01-21T19:15:00+01:00", "2019-01-21T20:30:00+01:00"),
            ("2019-01-21T20:30:00+01:00", None),
        ]

    def test_numeric_date_above_times_is_the_day(self) -> None:
        """ "11.01.19" straight above timed lines is the day of the programme, not a stamp."""
        text = (
            "Nyt fra Egeskov Lokalråd\n11.01.19\n\n"
            "Kl. 19.00 Velkomst ved formanden\nKl. 19.15 Oplæg fra kommunen\n"
        )
        assert clocks(text) == [
            ("2019-01-11T19:00:00+01:00", "2019-01-11T19:15:00+01:00"),
            ("2019-01-11T19:15:00+01:00", None),
        ]


class TestLeadWordsAndShortLabels:
    """ "Mellem kl. 8 og 10 …", "Arr. Name": words before a time, labels written short."""

    @pytest.mark.parametrize(
        ("text", "start", "end", "rest"),
        [
            ("Mellem kl. 8 og 10 Morgenkaffe", time(8), time(10), "Morgenkaffe"),
            ("mellom kl. 8.00 og 10.00 Frukost", time(8), time(10), "Frukost"),
            ("Mellom kl. 8–10 Frukost", time(8), time(10), "Frukost"),
            ("Fra kl. 9.00 Kaffe", time(9), None, "Kaffe"),
        ],
    )
    def test_between_and_from(self, text: str, start: time, end: time | None, rest: str) -> None:
        found = leading(text)
        assert (found.start, found.end, found.rest) == (start, end, rest)

    def test_and_joins_two_times_only_after_between(self) -> None:
        """ "Kl. 10 og 11 …" is no range: only "mellem" makes "og" join two times."""
        found = leading("Kl. 10 og 11 Debat")
        assert (found.start, found.end) == (time(10), None)

    @pytest.mark.parametrize(
        "text",
        [
            "Tirsdag 23. juni 2026\n\nKl. 9.00-10.00 Debat om havnen\nArr. Havnerådet\n",
            "Tysdag 23. juni 2026\n\nKl. 9.00-10.00 Ope møte om kaia\nArr. Hamnerådet\n",
        ],
    )
    def test_a_short_label_with_its_dot_takes_its_value(self, text: str) -> None:
        event = folkemode.loads(text, format="text")
        (session,) = event.sessions
        assert [o.name for o in session.organisations] in (["Havnerådet"], ["Hamnerådet"])
        assert session.items == ()

    def test_hours_in_a_line_of_the_programme_are_not_the_events(self) -> None:
        """A time no rule reads, below a day heading, is warned on its line."""
        text = (
            "Regionsdagen 2026\nSted: Rådhuset, Vejle\n\nTirsdag 23. juni 2026\n\n"
            "Hvornår kl. 8–10 Morgenkaffe i haven\n\nKl. 10.00–10.45 Debat om sundhed\n"
        )
        result = folkemode.parse(text, format="text")
        unused = [d for d in result.diagnostics if d.code == "time-unused"]
        assert [d.line for d in unused] == [6]


class TestALowerCaseItemAfterItsDash:
    def test_the_dash_makes_it_an_item_not_a_sentence(self) -> None:
        """ "12.00 – servering av lett måltid for dei som har reist." is a session."""
        text = (
            "Haustmøte laurdag 2. oktober 2021\nStad: Hotellet\n\n"
            "12.00 – servering av lett måltid for dei som har reist litt.\n12.30 Opning\n"
        )
        event = folkemode.loads(text, format="text")
        assert [f"{s.start:%H.%M}" for s in event.sessions] == ["12.00", "12.30"]

    def test_a_sentence_with_its_time_stays_a_sentence(self) -> None:
        text = (
            "Haustmøte laurdag 2. oktober 2021\nStad: Hotellet\n\n12.30 Opning\n"
            "Fra kl. 9.00 er det kaffi i foajeen, og vi sluttar omkring kl. 15.30.\n"
        )
        event = folkemode.loads(text, format="text")
        assert [s.title for s in event.sessions] == ["Opning"]


class TestTabLabels:
    def test_a_tab_label_glued_to_its_heading_is_read_once(self) -> None:
        """ "Dag 2Dag 2: Søndag 7. marts" (a page's tab, then its heading): the day heading."""
        event = folkemode.loads(
            "Landsmøde 2027\n\nDag 1Dag 1: Lørdag 6. marts 2027\n10.00 Åbning\n12.00 Frokost\n"
            "Dag 2Dag 2: Søndag 7. marts 2027\n09.00 Morgensang\n12.00 Afslutning\n",
            format="text",
        )
        assert [(s.start.day, s.title) for s in event.sessions if s.start] == [
            (6, "Åbning"),
            (6, "Frokost"),
            (7, "Morgensang"),
            (7, "Afslutning"),
        ]
        assert event.venue is None
        assert all(not s.description for s in event.sessions)

    def test_a_name_said_twice_is_left_alone(self) -> None:
        """Only a label with its number is a tab: "Vejle Vejle" stays as written."""
        from folkemode.importers.text.lines import split_lines

        assert [line.text for line in split_lines("Sal 2Sal 2\nVejle Vejle\n")][:2] == [
            "Sal 2",
            "Vejle Vejle",
        ]
