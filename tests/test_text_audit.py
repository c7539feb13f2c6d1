"""No silent failure: times and people the text importer did not use are warnings."""

from __future__ import annotations

import folkemode
from folkemode.errors import Severity


def _warnings(text: str, code: str) -> list[folkemode.Diagnostic]:
    result = folkemode.parse(text, format="text")
    return [d for d in result.diagnostics if d.code == code and d.severity is Severity.WARNING]


class TestUnusedTimes:
    def test_time_in_a_description_is_a_warning_on_its_line(self) -> None:
        """A clock time left in a description is reported on its line, with the time."""
        text = (
            "Temadag om skoleveje\nTirsdag den 8. september 2026\n\n"
            "Kl. 9.00 Velkomst\nBussen mod Hedehusene kører kl. 11.40 fra p-pladsen\n"
            "Kl. 10.00 Ekskursion\n"
        )
        found = _warnings(text, "time-unused")
        assert [d.line for d in found] == [5]
        assert "11.40" in found[0].message

    def test_used_times_give_no_warning(self) -> None:
        """A programme whose times all became sessions, frame and deadline is not flagged."""
        text = (
            "Kredsmøde i Nordvest\nDato: 12. maj 2026 kl. 17.00-20.00\n"
            "Tilmelding senest 5. maj kl. 12\n\n"
            "17.00-17.30 Spisning\n17.30 Beretning v/ formand Lise Kjær\n"
            "18.15-18.30 Pause\n18.30 Valg\n"
        )
        result = folkemode.parse(text, format="text")
        assert not [d for d in result.diagnostics if d.code == "time-unused"]
        assert len(result.event.sessions) == 4

    def test_second_range_in_a_line_becomes_a_session(self) -> None:
        """ "… v/ Name 10:30-11:30 Next" is two sessions, so neither time is unused."""
        text = (
            "Valgseminar 2026\n3. mars 2026\n\n"
            "10:00-10:30 Status for valget v/ Arne Viken 10:30-11:30 Erfaringer fra kommunene\n"
            "11:30-12:00 Lunsj\n"
        )
        result = folkemode.parse(text, format="text")
        titles = [s.title for s in result.event.sessions]
        assert titles == ["Status for valget", "Erfaringer fra kommunene", "Lunsj"]
        assert not [d for d in result.diagnostics if d.code == "time-unused"]

    def test_dates_and_years_in_sentences_are_no_times(self) -> None:
        """ "d. 16.03 og 17.03" and "2026-2029" inside a sentence are not reported as times."""
        text = (
            "Delegeretmøde 2026\n\nMødet holdes d. 16.03 og 17.03 i Fredericia.\n"
            "Kl. 10.00 Strategi for 2026-2029\nKl. 12.00 Frokost\n"
        )
        assert _warnings(text, "time-unused") == []

    def test_a_page_of_times_without_programme_says_so_once(self) -> None:
        """Many times in prose and no session read give one whole-text warning."""
        text = (
            "Referat fra borgermødet\n\nMødet startede kl. 19.00 i hallen. Kl. 19.30 talte "
            "borgmesteren, og kl. 20.15 var der spørgsmål. Vi sluttede kl. 21.00.\n"
        )
        found = _warnings(text, "few-sessions")
        assert len(found) == 1 and found[0].line is None


class TestUnattachedPeople:
    def test_person_in_a_description_is_a_warning(self) -> None:
        """A name in a description that is no speaker is reported with the name."""
        text = (
            "Fagdag 2026\n14. april 2026\n\n09.00 Velkommen\n"
            "Vi takker Hanne Lykke Iversen, som har hjulpet med at planlægge hele dagen.\n"
            "10.00 Pause\n"
        )
        found = _warnings(text, "people-unattached")
        assert [d.line for d in found] == [5]
        assert "Hanne Lykke Iversen" in found[0].message

    def test_places_and_known_speakers_are_not_reported(self) -> None:
        """Names that are speakers already, and places after a preposition, are not flagged."""
        text = (
            "Fagdag 2026\n14. april 2026\n\n09.00 Velkommen v/ Jonas Vestergaard\n"
            "Jonas Vestergaard fortæller om dagen på Hotel Ørnereden.\n10.00 Pause\n"
        )
        assert _warnings(text, "people-unattached") == []

    def test_a_name_on_a_speaker_line_that_no_speaker_got_is_a_warning(self) -> None:
        """A panel line read only in part names the people it lost, not only prose does."""
        text = (
            "Debatmøde\nTirsdag 3. marts 2026, Sydby Bibliotek\n\nKl. 19.00 Debat om skolen\n"
            "I panelet: borgmester Ida Holm, Sydby, og Per Lund fra Nordby gav sig til at "
            "tale med Ole Vinther Kragh\nKl. 20.30 Slut\n"
        )
        found = _warnings(text, "people-unattached")
        assert [d.line for d in found] == [5]
        assert "Ole Vinther Kragh" in found[0].message

    def test_a_street_before_its_number_is_no_person(self) -> None:
        """ "Sted: Skolen, Vestensborg Allé 78" names a street, not a person."""
        text = (
            "Dialogmøde\nTorsdag 28. oktober 2027 kl. 17-20\n\n"
            "Kl. 17.00 Velkommen\nVi mødes ved indgangen, Nørre Vindum Vej 78, og går sammen.\n"
            "Kl. 18.00 Spisning\n"
        )
        assert _warnings(text, "people-unattached") == []

    def test_the_bodies_on_a_speaker_line_are_no_people(self) -> None:
        """ "Name, role, Radio Øst" under "Deltagere:" names a body, read as the speaker's."""
        text = (
            "Dialogmøde om ældrepolitik\nTorsdag 5. marts 2026, Rådhushallen\n\n"
            "Kl. 19.00 Velkomst\nKl. 19.10 Hvordan bliver plejen bedre?\n"
            "Samtalen ledes af journalist Mette Vang.\nDeltagere:\n"
            "Lars Bo, formand, Ældrerådet\nMette Vang, journalist, Lokalradio Syd\n"
            "Kl. 20.00 Tak for i aften\n"
        )
        result = folkemode.parse(text, format="text")
        assert [d for d in result.diagnostics if d.severity is Severity.WARNING] == []
        speakers = result.event.sessions[1].speakers
        assert [(s.name, s.role, s.organisation and s.organisation.name) for s in speakers] == [
            ("Mette Vang", "journalist", "Lokalradio Syd"),
            ("Lars Bo", "formand", "Ældrerådet"),
        ]


class TestNoProgramme:
    def test_text_without_sessions_says_so(self) -> None:
        """Lines that read as no session at all are 'no programme found', not a success."""
        text = "Temadag om klima\n\nVelkommen ved borgmesteren\nKlimaplaner i praksis\nFrokost\n"
        (warning,) = _warnings(text, "no-programme")
        assert warning.message.startswith("no programme found")

    def test_a_programme_is_no_such_warning(self) -> None:
        assert _warnings("Torsdag 5. marts 2026\n\nKl. 9.00 Velkomst\n", "no-programme") == []


class TestTheFrameSentenceUsesItsTime:
    def test_the_frame_hours_in_prose_are_used(self) -> None:
        """The sentence that dates the event gives its start: no time-unused on it."""
        text = (
            "Borgermøde om skolen\n\n"
            "Mødet holdes tirsdag d. 9. november 2027 kl. 19 på Vesterå Skole.\n\n"
            "kl. 19.00: Velkomst\nkl. 19.05: Debat\nkl. 21.30: Tak for i aften\n"
        )
        assert _warnings(text, "time-unused") == []

    def test_a_second_time_in_that_sentence_is_still_warned(self) -> None:
        text = (
            "Borgermøde om skolen\n\n"
            "Mødet holdes tirsdag d. 9. november 2027 kl. 19 på Vesterå Skole. "
            "Dørene åbner kl. 18.15.\n\n"
            "kl. 19.00: Velkomst\nkl. 19.05: Debat\nkl. 21.30: Tak for i aften\n"
        )
        (warning,) = _warnings(text, "time-unused")
        assert "18.15" in warning.message


class TestABodysGenitiveIsNoPerson:
    def test_kommunes_is_no_person(self) -> None:
        text = (
            "Borgermøde 20. september 2027\n\nVesterå Kommunes handicappolitik skal "
            "revideres, og alle er velkomne.\n\n18.30: Velkomst\n19.00: Debat\n"
        )
        assert _warnings(text, "people-unattached") == []


class TestHeaderDates:
    """A header's date lines are audited too: only the frame's own hours are taken."""

    def test_hours_of_a_date_line_that_is_not_the_frame_are_warned(self) -> None:
        """A second "Tid:" on another day than the frame gives hours nobody takes: warned."""
        text = (
            "Gjelder: Fylkestingsmøte tirsdag 9. april 2027\n\nFylkestinget tar stilling.\n\n"
            "Tid: onsdag 10. april kl. 10.00–15.30\nSted: Fylkeshuset, Storgata 20\n"
        )
        found = _warnings(text, "time-unused")
        assert [d.line for d in found] == [5]
        assert "10.00" in found[0].message

    def test_a_date_line_giving_the_frame_its_hours_is_the_frame(self) -> None:
        """ "Tid: tirsdag 9. april kl. 10.00–15.30" under a subject naming that day: the
        event runs those hours, and nothing is warned."""
        text = (
            "Gjelder: Fylkestingsmøte tirsdag 9. april 2027\nPublisert: 02.04.2027 14:12\n\n"
            "Fylkestinget tar stilling.\n\n"
            "Tid: tirsdag 9. april kl. 10.00–15.30\nSted: Fylkeshuset, Storgata 20\n"
        )
        result = folkemode.parse(text, format="text")
        event = result.event
        assert (event.start.hour, event.end.hour, event.end.minute) == (10, 15, 30)
        assert not [d for d in result.diagnostics if d.code == "time-unused"]

    def test_the_hours_of_every_day_after_the_dates(self) -> None:
        """ "… 3. april og 10. april 2027, begge dage fra 9:00 til 12:00": the frame's
        hours, not a time left over."""
        text = (
            "Introduktionsforløb for nye regionsrådsmedlemmer\n\n"
            "Hvornår: Onsdag 3. april og onsdag 10. april 2024, begge dage fra 9:00 til 12:00\n"
            "Hvor: Regionshuset, Alléen 15, 4180 Sorø\n\n"
            "Onsdag 3. april\n09:00 Velkommen\n10:00 Regionens økonomi\n\n"
            "Onsdag 10. april\n09:00 Rollen som politiker\n11:30 Evaluering\n"
        )
        result = folkemode.parse(text, format="text")
        assert not [d for d in result.diagnostics if d.code == "time-unused"]
        assert (result.event.start.hour, result.event.end.hour) == (9, 12)

    def test_a_numeric_date_after_a_time_is_no_range(self) -> None:
        """ "5/11 2027 15:00 - 7/11 18:00": from 15:00 on the 5th to 18:00 on the 7th,
        not a range 15:00–7:00."""
        text = (
            "Ungdommens fylkesting\n\n5/11 2027 15:00 - 7/11 18:00\nThon hotell Ålesund\n\n"
            "Fredag 5. november\nKl. 15.00 Registrering\nKl. 16.00 Opning\n"
        )
        result = folkemode.parse(text, format="text")
        assert not [d for d in result.diagnostics if d.code == "time-unused"]
        assert result.event.end.day == 7 and result.event.end.hour == 18


class TestDatesInDescriptions:
    def test_a_short_dated_line_in_a_description_is_warned(self) -> None:
        """ "Fortsættes 7. marts" under an item: perhaps a day heading missed, so said."""
        text = (
            "Landsmøde 2027\nLørdag 6. marts 2027\n\n10.00 Åbning\n12.00 Frokost\n"
            "Fortsættes 7. marts\n14.00 Debat\n"
        )
        found = _warnings(text, "date-unused")
        assert [d.line for d in found] == [6]

    def test_a_day_named_with_its_number_word_is_a_day_heading(self) -> None:
        """ "Anden dag: søndag den 7. marts" between items starts the next day."""
        text = (
            "Landsmøde 2027\nLørdag 6. marts 2027\n\n10.00 Åbning\n12.00 Frokost\n"
            "Anden dag: søndag den 7. marts\n14.00 Debat\n"
        )
        result = folkemode.parse(text, format="text")
        assert [s.start.day for s in result.event.sessions if s.start] == [6, 6, 7]
        assert not [d for d in result.diagnostics if d.code == "date-unused"]


class TestFirstNamesAlone:
    def test_a_first_name_after_v_is_said_to_be_unsure(self) -> None:
        """ "Workshop v/ Sara" is kept as a body, and the warning says it may be a person."""
        text = (
            "Ungdomsdag 2027\nFredag 7. maj 2027\n\n"
            "10.00 Velkomst v/ Mette og Jonas fra Ungdomsrådet\n10.30 Workshop v/ Sara\n"
            "11.30 Frokost\n"
        )
        assert [d.line for d in _warnings(text, "people-unsure")] == [4, 5]

    def test_a_body_after_v_is_not(self) -> None:
        """ "v/ Naturstyrelsen", "v/ KL": bodies by their words, no warning."""
        text = (
            "Temadag 2027\nFredag 7. maj 2027\n\n10.00 Oplæg v/ Naturstyrelsen\n"
            "11.00 Status v/ KL\n12.00 Frokost\n"
        )
        assert _warnings(text, "people-unsure") == []
