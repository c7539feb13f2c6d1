"""Telling Danish, Bokmål and Nynorsk apart (folkemode.importers.text.locale)."""

from __future__ import annotations

import pytest

import folkemode
from folkemode.importers.text.locale import detect_locale
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()


class TestLocale:
    @pytest.mark.parametrize(
        ("text", "locale"),
        [
            ("Hvordan får du mest mulig politik ud af din tid? Det bliver digitalt i år.", "da"),
            ("Vi mødes efter frokost, og derefter er der spørgsmål fra salen.", "da"),
            ("Kommunene møtte opp etter lunsj, og det ble mye debatt om økonomien.", "nb"),
            ("Hva betyr tillitsreformen for kommunene? Innleder er ordfører i byen.", "nb"),
            ("Korleis kan kommunane halde på folk? Vi ser kva samarbeid kan bety.", "nn"),
            ("Eg trur det blir ein god dag med fleire innleiarar frå heile fylket.", "nn"),
            ("", "da"),
        ],
    )
    def test_detect(self, text: str, locale: str) -> None:
        """Danish, Bokmål and Nynorsk by the words only one of them uses."""
        assert detect_locale(text, LEX) == locale


class TestLocaleOfProgrammes:
    @pytest.mark.parametrize(
        ("text", "locale", "zone"),
        [
            (
                "Torsdag 14. marts 2024\nKl. 10.00 Velkommen og frokost efter oplægget",
                "da",
                "Europe/Copenhagen",
            ),
            (
                "Torsdag 14. mars 2024\nKl. 10.00 Åpning ved ordfører\nKl. 11.00 Lunsj",
                "nb",
                "Europe/Oslo",
            ),
            (
                "Måndag 3. november 2025\n10.00 Opning\n11.00 Kva skjer no? Korleis går det?",
                "nn",
                "Europe/Oslo",
            ),
        ],
    )
    def test_event_locale_and_zone(self, text: str, locale: str, zone: str) -> None:
        """The event gets the detected locale and that locale's time zone."""
        event = folkemode.loads(text, format="text")
        assert (event.locale, event.timezone) == (locale, zone)


class TestAddressesAreNoWords:
    def test_a_domain_holds_no_nynorsk_word(self) -> None:
        """ "kommune.no" and "post@lag.no" hold no Nynorsk "no" (now)."""
        text = (
            "Fagdag for valgsekretærer\n\nÅpning ved ordfører. Se www.lierby.kommune.no, "
            "www.lag.no eller skriv til post@lag.no.\n"
        )
        assert detect_locale(text, Lexicon.build()) == "nb"

    def test_the_word_itself_still_counts(self) -> None:
        assert detect_locale("Takk for no, vi ses", Lexicon.build()) == "nn"


def test_words_both_norwegian_standards_write_are_no_evidence_for_bokmaal() -> None:
    """ "møtet", "kommunestyret" are Nynorsk too: a Nynorsk page that uses them stays nn."""
    text = (
        "Dialogmøte mellom ungdomsrådet og kommunestyret\n"
        "Møtet vert halde i kommunestyresalen.\n17.00 Velkomen\n"
        "19.00 Innspel frå salen\n20.00 Møtet vert avslutta\n"
    )
    assert detect_locale(text, LEX) == "nn"
