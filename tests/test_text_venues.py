"""The venue when no "Sted:" line names it (importers.text.venues)."""

from __future__ import annotations

import pytest

import folkemode
from folkemode.importers.text.venues import VenueFinder
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()


def finder(*, lines: tuple[str, ...] = (), sentences: tuple[str, ...] = ()) -> VenueFinder:
    found = VenueFinder(LEX)
    for text in sentences:
        found.sentence(text)
    for text in lines:
        found.line(text)
    return found


def venue(text: str) -> folkemode.Venue | None:
    return folkemode.loads(text, format="text").venue


class TestVenueFinder:
    def test_address_line_wins(self) -> None:
        """An address line beats a hotel in a sentence and a town, whatever the order."""
        found = finder(
            sentences=(
                "Vi mødes i Valby til en god dag",
                "Konferencen holdes på Fjordbris Hotel i Roskilde",
            ),
            lines=("Kulturstalden, Møllegade 14, 2500 Valby",),
        )
        assert found.best() == "Kulturstalden, Møllegade 14, 2500 Valby"
        assert found.best(3) == "Kulturstalden, Møllegade 14, 2500 Valby"

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Vi holder seminaret på Fjordbris hotell i Molde torsdag",
                "Fjordbris hotell, Molde",
            ),
            ("Vi holder seminaret på Fjordbris Hotell", "Fjordbris Hotell"),
            ("Mødet er i Egense Forsamlingshus", "Egense Forsamlingshus"),
            ("Mødet er i Egense forsamlingshus om aftenen", "Egense forsamlingshus"),
            ("Konferansen er på Brygga kulturhus i Vikøy", "Brygga kulturhus, Vikøy"),
            ("Vi ses på Fjellheim hotell i Mars", "Fjellheim hotell"),
            pytest.param(
                "Vi holder seminaret på Fjordbris Hotell i Molde torsdag",
                "Fjordbris Hotell, Molde",
                id="capitalised-venue-word-then-town",
            ),
            pytest.param(
                "Mødet er i Egense Forsamlingshus om aftenen",
                "Egense Forsamlingshus",
                id="compound-venue-word-then-sentence",
            ),
        ],
    )
    def test_venue_with_its_town(self, sentence: str, expected: str) -> None:
        """A place with a kind of venue is a rank-2 venue and keeps the town after it."""
        found = finder(sentences=(sentence,))
        assert found.best(2) == expected

    def test_the_address_in_the_sentence_saying_where_it_is_held(self) -> None:
        """ "Mødet foregår … i mødelokale 2, Fjordgade 20 i Hedeby.": the address as written,
        before the town alone."""
        found = finder(
            sentences=(
                "Mødet foregår onsdag den 13. marts kl. 19.00-21.00 i mødelokale 2, "
                "Fjordgade 20 i Hedeby. Alle er velkomne",
            )
        )
        assert found.best(3) == "mødelokale 2, Fjordgade 20 i Hedeby"

    def test_the_address_after_vert_halde(self) -> None:
        """Nynorsk "Møtet vert halde i kommunestyresalen, Rådhusgata 3 i Strandvik."."""
        found = finder(
            sentences=("Møtet vert halde i kommunestyresalen, Rådhusgata 3 i Strandvik.",)
        )
        assert found.best(3) == "kommunestyresalen, Rådhusgata 3 i Strandvik"

    def test_the_address_after_finder_sted_i(self) -> None:
        """ "Aftenen finder sted i Bjerre Forsamlingshus, Bygaden 4, 8700 Bjerre.": all of it."""
        found = finder(
            sentences=("Aftenen finder sted i Bjerre Forsamlingshus, Bygaden 4, 8700 Bjerre.",)
        )
        assert found.best(3) == "Bjerre Forsamlingshus, Bygaden 4, 8700 Bjerre"

    def test_a_host_after_hos(self) -> None:
        """ "Temamødet holdes hos Naturhuset i Kolding": the host is the venue, not the town."""
        found = finder(sentences=("Temamødet holdes hos Naturhuset i Kolding. Velkommen!",))
        assert found.best() == "Naturhuset, Kolding"

    def test_a_photo_caption_with_its_year_is_no_address(self) -> None:
        """ "2021 Morgen med fullmåne, Akershus" above the title: a caption, not "2021 Town"."""
        found = finder(
            lines=("2021 Morgen med fullmåne, Akershus",),
            sentences=("Årsmøtet arrangeres på Fjordhotellet på Fornebu.",),
        )
        assert found.best() == "Fjordhotellet"

    def test_town_alone_is_weak(self) -> None:
        """A town after "i" is a candidate of the lowest rank only."""
        found = finder(sentences=("Vi ses i Førde",))
        assert (found.best(), found.best(2)) == ("Førde", None)

    def test_place_and_kind_line(self) -> None:
        """A header line naming a place and its kind of venue is a venue."""
        found = finder(
            lines=("Nørre Strand, Hotel og Konferencecenter",), sentences=("Vi ses i Nyborg",)
        )
        assert found.best() == "Nørre Strand, Hotel og Konferencecenter"

    def test_first_of_a_rank_wins(self) -> None:
        """Of two venues of the same rank, the first named is kept."""
        found = finder(
            sentences=(
                "Konferansen er på Brygga kulturhus i Vikøy",
                "Middagen er på Fjellheim hotell i Vikøy",
            )
        )
        assert found.best() == "Brygga kulturhus, Vikøy"

    @pytest.mark.parametrize(
        "line",
        [
            "Vi glæder os til at se dig, og vi byder på kaffe",
            "Høj stemning",
            "Vi ses på Torsdag i Marts",
        ],
    )
    def test_no_stray_venue(self, line: str) -> None:
        """A stray sentence, a short line and weekdays or months after "på"/"i" are no venue."""
        assert finder(lines=(line,), sentences=(line,)).best() is None

    def test_nothing_found(self) -> None:
        """A finder that saw nothing has no venue."""
        assert VenueFinder(LEX).best() is None


class TestVenueInProgrammes:
    def test_address_line_gives_name_and_address(self) -> None:
        """An address line under the date gives the venue's name and its address."""
        found = venue(
            "Temadag om lokal energi\nOnsdag den 11. marts 2026\n"
            "Kulturstalden, Møllegade 14, 2500 Valby\n\n"
            "Kl. 10.00 Velkomst\nKl. 10.30 Oplæg om solceller\nKl. 12.00 Frokost\n"
        )
        assert found is not None
        assert (found.name, found.address) == ("Kulturstalden", "Møllegade 14, 2500 Valby")

    def test_hotel_in_a_sentence(self) -> None:
        """ "… på Fjordbris hotell i Molde …" names the hotel (with its town), not the town."""
        found = venue(
            "Kulturkonferanse for Romsdal\n"
            "Velkommen til konferanse på Fjordbris hotell i Molde torsdag 12. mars 2026.\n\n"
            "Kl. 10.00 Åpning\nKl. 11.00 Kultur i distriktene\nKl. 12.00 Lunsj\n"
        )
        assert found is not None
        assert (found.name, found.address) == ("Fjordbris hotell, Molde", None)

    def test_capitalised_hotel_in_a_sentence(self) -> None:
        """ "… på Fjordbris Hotell i Molde …" names the hotel, not the town."""
        found = venue(
            "Kulturkonferanse for Romsdal\n"
            "Velkommen til konferanse på Fjordbris Hotell i Molde torsdag 12. mars 2026.\n\n"
            "Kl. 10.00 Åpning\nKl. 11.00 Kultur i distriktene\nKl. 12.00 Lunsj\n"
        )
        assert found is not None
        assert found.name == "Fjordbris Hotell, Molde"

    def test_address_line_beats_the_town_in_a_sentence(self) -> None:
        """With an address line and a sentence naming the town, the address line is the venue."""
        found = venue(
            "Dialogmøde om skolen\nTirsdag den 10. marts 2026\n"
            "Lundby Forsamlingshus, Kirkevej 4, 4750 Lundby\n\n"
            "Vi mødes i Lundby for at tale om skolens fremtid.\n\n"
            "Kl. 19.00 Velkomst\nKl. 19.30 Debat\n"
        )
        assert found is not None
        assert (found.name, found.address) == ("Lundby Forsamlingshus", "Kirkevej 4, 4750 Lundby")

    def test_no_venue_from_a_stray_sentence(self) -> None:
        """A header without any place gives no venue."""
        assert (
            venue(
                "Dialogmøde om skolen\nTirsdag den 10. marts 2026\n\n"
                "Vi håber at se rigtig mange til en god aften.\n\n"
                "Kl. 19.00 Velkomst\nKl. 19.30 Debat\n"
            )
            is None
        )


class TestAMonthAndYearIsNoPostcode:
    def test_a_date_stamp_is_no_address(self) -> None:
        """ "20 October, 2021 Det sker": the year after a month is no postcode before a town."""
        assert finder(lines=("20 October, 2021 Det sker",)).best() is None
        assert finder(lines=("Opdateret 3. marts, 2026 Nyheder",)).best() is None

    def test_a_postcode_is_still_one(self) -> None:
        assert finder(lines=("Kulturstalden, Møllegade 14, 2500 Valby",)).best() == (
            "Kulturstalden, Møllegade 14, 2500 Valby"
        )

    def test_the_venue_in_the_sentence_wins_over_the_stamp(self) -> None:
        text = (
            "20 October, 2021 Det sker\n\nVælgermøde i Vesterå\n\n"
            "Mødet er tirsdag d. 9. november kl. 19 i Vesterå kultur- og fritidscenter.\n\n"
            "kl. 19.00: Velkomst\nkl. 19.05: Debat\nkl. 21.30: Tak for i aften\n"
        )
        found = venue(text)
        assert found is not None and found.name == "Vesterå kultur- og fritidscenter"


class TestASentenceSayingWhereItIsHeld:
    def test_held_at_beats_a_body_named_earlier(self) -> None:
        """ "Styret i Fjordvik Venstre …" names a body; "Møtet vert på Fjordhotellet" the place."""
        found = finder(
            sentences=(
                "Styret i Fjordvik Venstre har kalla inn til møte",
                "Møtet vert på Storm Bergen City, same stad som i fjor",
            )
        )
        assert found.best(at_least=2) == "Storm Bergen City"

    def test_a_hotel_beats_the_town_it_is_held_in(self) -> None:
        found = finder(sentences=("Møtet avholdes i Molde på Quality Hotel Fjordhagen lørdag",))
        assert found.best() == "Quality Hotel Fjordhagen"


class TestAnAddressWithAnAccentOrATownInitial:
    @pytest.mark.parametrize(
        "line",
        ["Vesterå Skole, Vestensborg Allé 78, Nykøbing F.", "Kulturhuset, Strandallé 4, Vesterå"],
    )
    def test_the_address_line_is_the_venue(self, line: str) -> None:
        assert finder(lines=(line,)).best() is not None

    def test_a_sentence_is_still_no_address(self) -> None:
        assert finder(lines=("Vi ses på Allé 78, når det bliver mørkt.",)).best() is None


class TestAHallInAHouse:
    def test_the_house_after_the_hall_is_kept(self) -> None:
        """ "i Teatersalen i Vesterå Idrætscenter": the hall and the house it is in."""
        found = finder(
            sentences=("Mødet holdes mandag kl. 18.30 i Teatersalen i Vesterå Idrætscenter",)
        )
        assert found.best() == "Teatersalen, Vesterå Idrætscenter"
