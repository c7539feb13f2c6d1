"""The event header: name, frame, venue, price, deadline, organiser, contacts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import folkemode
from folkemode.importers.text.header import parse_price, parse_venue


def load(text: str, **options: object) -> folkemode.Event:
    return folkemode.loads(text, format="text", **options)  # type: ignore[arg-type]


COURSE = """Kurser › Politikere › Temadag

Temadag for udvalgsformænd: Det gode udvalgsmøde

Som udvalgsformand har du en nøglerolle, og på temadagen får du konkrete redskaber til det.

Tid: Tirsdag den 8. oktober 2024 kl. 9.30-16.00
Sted: Fyns Kursuscenter, Dalumvej 88, 5250 Odense SV
Pris: 2.850 kr. pr. deltager inkl. forplejning
Tilmeldingsfrist: 13. september 2024
Arrangør: Kommunekurser i samarbejde med KL

Program

kl. 9.30 Ankomst
kl. 10.00 Oplæg

Kontakt Birgitte Mølgaard: bm@kommunekurser.dk

Har du spørgsmål til det faglige indhold?
Chefkonsulent
Tobias Hald Winther
thw@kommunekurser.dk
Tlf. 33 70 12 45
"""


class TestCourseHeader:
    def test_fields(self) -> None:
        """Tid, Sted, Pris, Tilmeldingsfrist and Arrangør fill the event."""
        event = load(COURSE)
        assert event.name == "Temadag for udvalgsformænd: Det gode udvalgsmøde"
        assert event.start.isoformat() == "2024-10-08T09:30:00+02:00"
        assert event.end.isoformat() == "2024-10-08T16:00:00+02:00"
        assert event.venue is not None
        assert (event.venue.name, event.venue.address) == (
            "Fyns Kursuscenter",
            "Dalumvej 88, 5250 Odense SV",
        )
        assert event.price is not None and event.price.amount == Decimal(2850)
        assert event.price.currency == "DKK"
        assert event.registration_deadline == date(2024, 9, 13)
        assert [o.name for o in event.organisers] == ["Kommunekurser", "KL"]
        assert event.timezone == "Europe/Copenhagen" and event.locale == "da"

    def test_contacts(self) -> None:
        """ "Kontakt Name: e-mail" and a job-title block are both contacts."""
        event = load(COURSE)
        assert [(c.name, c.email, c.role, c.phone) for c in event.contacts] == [
            ("Birgitte Mølgaard", "bm@kommunekurser.dk", None, None),
            ("Tobias Hald Winther", "thw@kommunekurser.dk", "Chefkonsulent", "33 70 12 45"),
        ]

    def test_description(self) -> None:
        """Header prose becomes the event's description."""
        assert "nøglerolle" in (load(COURSE).description or "")


class TestOnline:
    @pytest.mark.parametrize(
        ("line", "platform"),
        [
            ("Regions- og Kommunalpolitisk Konference – REKOKO21 på Zoom", "Zoom"),
            ("Stad: Digitalt på Microsoft Teams", "Microsoft Teams"),
        ],
    )
    def test_platforms(self, line: str, platform: str) -> None:
        """ "på Zoom", "Teams": an online venue with its platform."""
        event = load(f"{line}\nDato: 27/01/2021\nKl. 9.00 Opning\n")
        assert event.venue is not None and event.venue.is_online
        assert event.venue.platform == platform

    def test_virtual(self) -> None:
        """ "Sted: Virtuelt" is an online event without a platform."""
        event = load("Webinar\nDato: 21/11/2023\nSted: Virtuelt\n09:00 Velkommen\n")
        assert event.venue is not None and event.venue.online


class TestFrames:
    def test_date_then_times_on_the_next_line(self) -> None:
        """ "Date(s) - 23/01/2021" then "10:00 - 19:00" is the frame, not a session."""
        event = load(
            "REKOKO21\n\nDate(s) - 23/01/2021\n10:00 - 19:00\n\n"
            "Kategori Ingen\n\nKl. 10.00 Velkommen"
        )
        assert (event.start.isoformat(), event.end.isoformat()) == (
            "2021-01-23T10:00:00+01:00",
            "2021-01-23T19:00:00+01:00",
        )
        assert [s.title for s in event.sessions] == ["Velkommen"]

    def test_dato_and_tid_fields(self) -> None:
        """ "Dato: 21/11/2023" and "Tid: 09:00 - 12:00" together."""
        event = load("Webinar\n\nDato: 21/11/2023\nTid: 09:00 - 12:00\n\n09:00 Velkommen\n")
        assert event.start.isoformat() == "2023-11-21T09:00:00+01:00"
        assert event.end.isoformat() == "2023-11-21T12:00:00+01:00"

    def test_days_only_frame(self) -> None:
        """ "3.–4. november 2025" gives the days; times come from the sessions."""
        event = load("Forum 2025\n3.–4. november 2025\n\nMandag 3. november\nkl. 9.00 Ankomst\n")
        assert event.start.isoformat() == "2025-11-03T09:00:00+01:00"

    def test_no_sessions_whole_days(self) -> None:
        """Without times, the event spans whole days."""
        event = load("Landsmøte\nGardermoen, 22.–24. september 2023\n")
        assert event.all_day and event.start.date() == date(2023, 9, 22)
        assert event.venue is not None and event.venue.name == "Gardermoen"


class TestSecondDates:
    """A page's second date or hours in its header never replace the first in silence."""

    @pytest.mark.parametrize(
        "first, second",
        [
            (
                "Onsdag d. 12. november 2025 kl. 17:00 til 20:00",
                "Mandag d. 10. november 2025 kl. 12:00",
            ),
            ("Torsdag 6. mars 2025 kl. 18.00–21.00", "Tirsdag 4. mars 2025 kl. 9.00"),
            ("Laurdag 8. februar 2025 kl. 10-15", "Fredag 31. januar 2025"),
        ],
    )
    def test_an_earlier_date_under_the_first_is_set_aside(self, first: str, second: str) -> None:
        """ "… 12. november kl. 17-20" over "… 10. november kl. 12": a deadline, said so."""
        text = f"{first}\n{second}\nSted: Medborgerhuset\n\nProgram:\n17.00 Velkomst\n18.00 Debat\n"
        result = folkemode.parse(text, format="text")
        first_day = result.event.sessions[0].start.date()
        assert all(s.start.date() == first_day for s in result.event.sessions)
        assert first_day.day in (12, 6, 8)
        [warning] = [d for d in result.diagnostics if d.code == "date-unused"]
        assert warning.line == 2 and second.split(" kl.")[0] in warning.message

    def test_a_later_date_is_a_day_of_the_programme(self) -> None:
        """Days that go forward are the programme's days, as before."""
        text = "Fredag 7. marts 2025\nkl. 10.00 Velkomst\n\nLørdag 8. marts 2025\nkl. 9.00 Debat\n"
        result = folkemode.parse(text, format="text")
        assert [s.start.day for s in result.event.sessions] == [7, 8]
        assert not [d for d in result.diagnostics if d.code == "date-unused"]

    def test_second_hours_are_warned_not_taken(self) -> None:
        """ "Tid: 9-16" then "kl. 18-21" under the date: the first hours stay the event's."""
        text = (
            "Temadag\n\nDato: 21/11/2023\nTid: 09:00 - 16:00\nkl. 18:00 - 21:00\n\n"
            "09:00 Velkommen\n12:00 Frokost\n"
        )
        result = folkemode.parse(text, format="text")
        assert result.event.end.isoformat() == "2023-11-21T16:00:00+01:00"
        [warning] = [d for d in result.diagnostics if d.code == "time-unused"]
        assert warning.line == 5 and "18.00–21.00" in warning.message


class TestEditions:
    def test_dated_editions(self) -> None:
        """Year labels with date ranges below are the editions of a recurring course."""
        event = load(
            "Politikerdøgn\n\nDatoer\n\n2022:\n01.11. kl. 12:00 - 02.11. kl. 12.00\n\n"
            "2023:\n13.11. kl. 12:00 - 14.11. kl. 12.00\n"
        )
        assert [(e.start.isoformat(), e.end.isoformat()) for e in event.editions] == [
            ("2022-11-01T12:00:00+01:00", "2022-11-02T12:00:00+01:00"),
            ("2023-11-13T12:00:00+01:00", "2023-11-14T12:00:00+01:00"),
        ]


class TestNames:
    def test_subject_of_an_email(self) -> None:
        """An e-mail's subject names the event."""
        event = load(
            "Fra: KS Agder\nEmne: Program for regionkonferansen 2024\n\n"
            "Tirsdag 25.9:\nkl. 11.30 Lunsj\n"
        )
        assert event.name == "Program for regionkonferansen 2024"

    def test_event_word_preferred(self) -> None:
        """Of several headings, the one naming an event wins."""
        event = load("KS Vestfold\n\nStrategikonferansen 2024\n\n14. mars 2024\n10:00 Åpning\n")
        assert event.name == "Strategikonferansen 2024"

    def test_a_year_alone_does_not_name_the_event(self) -> None:
        """A photo's caption with a year ("2025 Høstsol over fjorden") comes after a heading
        with a conference word."""
        event = load(
            "2025 Høstsol over fjorden\n\nFolkevalgtsamling 2026\n\n"
            "Torsdag 5. februar\n10:00 Åpning\n"
        )
        assert event.name == "Folkevalgtsamling 2026"


class TestHelpers:
    @pytest.mark.parametrize(
        ("text", "amount", "currency"),
        [
            ("Pris: 4.950 kr. ekskl. moms", Decimal(4950), "DKK"),
            ("3 900 kroner per deltaker", Decimal(3900), "NOK"),
            ("Deltakaravgift: kr 2 500,-", Decimal(2500), "NOK"),
            ("Gratis for medlemmer", Decimal(0), "NOK"),
        ],
    )
    def test_prices(self, text: str, amount: Decimal, currency: str) -> None:
        """Amounts in Danish and Norwegian spellings; "gratis" is free."""
        locale = "da" if "ekskl" in text else "nb"
        price = parse_price(text, locale)
        assert price is not None and (price.amount, price.currency) == (amount, currency)

    @pytest.mark.parametrize(
        ("text", "name", "address"),
        [
            (
                "Voss kulturhus, Vangsgata 38, 5700 Voss",
                "Voss kulturhus",
                "Vangsgata 38, 5700 Voss",
            ),
            ("Fjellstova Høyfjellshotell, Geilo", "Fjellstova Høyfjellshotell", "Geilo"),
            ("Dalumvej 88, 5250 Odense", None, "Dalumvej 88, 5250 Odense"),
        ],
    )
    def test_venues(self, text: str, name: str | None, address: str | None) -> None:
        """Name before the street, address from the street on."""
        assert parse_venue(text) == (name, address)


class TestWebPage:
    PAGE = (
        "Hopp til hovedinnhold\n\nKS Agder\nFolkevalgtkonferansen 2025\n\n"
        "Konferansen arrangeres på Scandic Kristiansand Bystranda 4. og 5. juni. Vi byr på "
        "faglig påfyll og debatt.\n\nPåmelding\nMeld deg på her innen 15. mai. Konferansen er "
        "gratis for medlemmer.\n\nProgram\n\nDag 1 (onsdag 4. juni)\n• 10.00 Registrering\n\n"
        "Dag 2 (torsdag 5. juni)\n• 09.00 Oppsummering\n"
    )

    def test_facts_from_sentences(self) -> None:
        """Venue, deadline and price come out of sentences; "Dag 2 (torsdag 5. juni)" is a day."""
        event = load(self.PAGE)
        assert event.venue is not None and event.venue.name == "Scandic Kristiansand Bystranda"
        assert event.registration_deadline == date(2025, 5, 15)
        assert event.price is not None and event.price.is_free
        assert [s.start.date().day for s in event.sessions] == [4, 5]


class TestJoinedLabels:
    @pytest.mark.parametrize(
        "label", ["Sted og tid", "Stad og tid", "Tid og sted", "Hvor og hvornår"]
    )
    def test_place_and_dates(self, label: str) -> None:
        """A label joining place and time gives both the venue and the dates."""
        event = load(
            f"Kongres\n{label}: Fyns Forum, Ørbækvej 350, 5220 Odense SØ, 7.-9. oktober 2025\n"
            "\nDag 1\nKl. 10.00 Velkommen\n"
        )
        assert event.venue is not None
        assert event.venue.name == "Fyns Forum"
        assert event.start is not None and event.start.date() == date(2025, 10, 7)

    def test_address_under_the_date(self) -> None:
        """A place with its street right under the date line is the venue, no topic."""
        event = load(
            "Regionkonferansen 2025\nTorsdag 25. september 2025\n"
            "Vestfjord kultursenter, Kaivegen 2, Vikøy\n\n"
            "Konferansen er open for alle folkevalde i regionen og tilsette i kommunane.\n"
            "\n09.00 Registrering\n"
        )
        assert event.venue is not None
        assert event.venue.name == "Vestfjord kultursenter"
        assert [s.title for s in event.sessions] == ["Registrering"]


class TestDateTimeRanges:
    def test_ranges_are_editions(self) -> None:
        """Date-time ranges under place headings, without a programme, are editions."""
        event = load(
            "Kurs i økonomi\n\nKursstader og datoar 2025\n\nFørde:\n"
            "tysdag 21. januar kl. 10.00 – onsdag 22. januar kl. 15.00, Sunnfjord hotell\n\n"
            "Voss:\ntysdag 11. februar kl. 10.00 – onsdag 12. februar kl. 15.00, Voss kulturhus\n"
        )
        assert [(e.start.isoformat(), e.end and e.end.isoformat()) for e in event.editions] == [
            ("2025-01-21T10:00:00+01:00", "2025-01-22T15:00:00+01:00"),
            ("2025-02-11T10:00:00+01:00", "2025-02-12T15:00:00+01:00"),
        ]
        assert [e.venue and e.venue.name for e in event.editions] == [
            "Sunnfjord hotell",
            "Voss kulturhus",
        ]

    def test_one_range_is_the_frame(self) -> None:
        """A single date-time range is the event's own frame."""
        event = load(
            "Seminar\nmandag 3. mars 2025 kl. 10.00 – tirsdag 4. mars kl. 15.00, Voss kulturhus\n"
        )
        assert event.editions == ()
        assert event.start is not None and event.start.isoformat() == "2025-03-03T10:00:00+01:00"


class TestWeekdayOfTheEventsDay:
    def test_a_weekday_that_does_not_fit_the_frame_is_warned(self) -> None:
        """ "Temadag torsdag 14. marts 2026": the 14th is a Saturday, so it is said."""
        result = folkemode.parse(
            "Temadag torsdag 14. marts 2026\nSted: Rådhuset\n\nKl. 10.00 Velkomst\n",
            format="text",
        )
        [warning] = [d for d in result.diagnostics if d.code == "weekday"]
        assert warning.line == 1 and "2026-03-14" in warning.message

    def test_a_range_of_days_with_its_weekdays_is_not(self) -> None:
        result = folkemode.parse(
            "Landsmøde lørdag-søndag 25.-26. oktober 2025\nSted: Huset\n\nKl. 10.00 Velkomst\n",
            format="text",
        )
        assert not [d for d in result.diagnostics if d.code == "weekday"]


class TestTheEndInProse:
    def test_begins_then_ends_in_one_sentence(self) -> None:
        """ "Mødet begynder klokken 09.45 … og slutter ca. kl. 14.00.": the last item ends then."""
        text = (
            "Dialogmøde\n\nMødet begynder klokken 09.45 onsdag den 9. april 2025 i "
            "Byrådssalen og slutter ca. kl. 14.00.\n\nProgram\n09.45 Velkomst\n13.00 Debat\n"
        )
        result = folkemode.parse(text, format="text")
        assert result.event.sessions[-1].end.isoformat() == "2025-04-09T14:00:00+02:00"
        assert not [d for d in result.problems if d.code == "time-unused"]


class TestAnAddressUnderTheDate:
    def test_the_address_is_the_venue_not_a_session(self) -> None:
        """ "Fredag den 24. marts 2023 kl. 17:00" over "HK Huset, Aukens Plads 11, 2300 By"."""
        text = (
            "Konference om Europa\n\nFredag den 24. marts 2023 kl. 17:00\n"
            "HK Huset, Svend Aukens Plads 11, 2300 København S\n\nProgram\n\n"
            "17.00-17.10: Velkomst\n17.10-18.00: Oplæg\n"
        )
        result = folkemode.parse(text, format="text")
        assert [s.title for s in result.event.sessions] == ["Velkomst", "Oplæg"]
        assert result.event.venue is not None and result.event.venue.name.startswith("HK Huset")
        assert not [d for d in result.problems if d.code == "people-unattached"]


class TestHoursOfADayWithoutAProgramme:
    def test_a_course_page_gives_its_day_and_hours(self) -> None:
        """ "Dato:" over "28. august 2019 09:30 - 12:00", no programme: the event's hours."""
        text = (
            "Kurs i val av formannskap\n\nDato:\n28. august 2019 09:30 - 12:00\nStad:\n"
            "Statens hus, møterom 1\n\nFylkesmannen inviterer til kurs om vala.\n"
        )
        event = folkemode.loads(text, format="text")
        assert (event.start.isoformat(), event.end.isoformat()) == (
            "2019-08-28T09:30:00+02:00",
            "2019-08-28T12:00:00+02:00",
        )
        assert not event.all_day


class TestWhenTheMeetingOpens:
    def test_an_opening_sentence_without_a_date_gives_the_start(self) -> None:
        """ "Samlingen begynner klokken 09.45, og har følgende program:" — the event's start."""
        text = (
            "Folkevalgtsamling lørdag 16. januar 2027\n\n"
            "Samlingen begynner klokken 09.45, og har følgende program:\n\n"
            "10.00 Velkommen\n10.30 Lokalsamfunnene\n11.30 Lunsj\n"
        )
        result = folkemode.parse(text, format="text")
        assert f"{result.event.start:%H.%M}" == "09.45"
        assert not [d for d in result.problems if d.code == "time-unused"]

    def test_a_time_in_a_sentence_without_an_opening_verb_is_no_start(self) -> None:
        text = (
            "Folkevalgtsamling lørdag 16. januar 2027\n\n"
            "Påmelding innen klokken 09.45 dagen før.\n\n"
            "10.00 Velkommen\n10.30 Lokalsamfunnene\n"
        )
        assert f"{folkemode.loads(text, format='text').start:%H.%M}" == "10.00"


class TestALabelAloneOverItsValue:
    TEXT = (
        "Konference om borgerinddragelse\n\nDato og tid\n\n"
        "Tirsdag d. 29. april 2025 kl. 09:30 til 16:00\n\nTilmeldingsfrist\n\n"
        "Fredag d. 25. april 2025 kl. 23:55\n\n"
        "Konferencen afholdes den 29. april 2025 kl. 09:30 - 16:00.\n\n"
        "Program\n09:30 Morgenmad\n10:00 Velkomst\n11:35 Workshops\n"
    )

    def test_the_date_and_hours_are_the_events(self) -> None:
        """ "Dato og tid" over its value: the event's frame, not a day and a session."""
        result = folkemode.parse(self.TEXT, format="text")
        event = result.event
        assert (f"{event.start:%Y-%m-%d %H.%M}", f"{event.end:%H.%M}") == (
            "2025-04-29 09.30",
            "16.00",
        )
        assert [s.title for s in event.sessions] == ["Morgenmad", "Velkomst", "Workshops"]

    def test_the_deadline_under_its_label(self) -> None:
        result = folkemode.parse(self.TEXT, format="text")
        assert f"{result.event.registration_deadline:%Y-%m-%d}" == "2025-04-25"
        assert not [d for d in result.problems if d.code in ("time-unused", "date-unused")]


class TestSignUpUnderTheProgramme:
    def test_a_sign_up_paragraph_after_the_last_item_is_the_deadline(self) -> None:
        """ "Påmelding … innen 20. mars." under the programme: the deadline, not the last
        item's description."""
        event = folkemode.loads(
            "Årsmøte 2027\nLørdag 10. april 2027\n\n10.00 Åpning\n12.00 Lunsj\n\n"
            "Påmelding til middagen skjer via lokallaget innen 20. mars.\n",
            format="text",
        )
        assert event.registration_deadline == date(2027, 3, 20)
        assert event.sessions[-1].description is None

    def test_a_deadline_before_the_last_meeting_of_a_series_is_that_year_s(self) -> None:
        """Sign-up by 12 March for a series running 4 to 20 March: 2027, not the year before."""
        event = folkemode.loads(
            "Debatmøder 2027\n\nSkive, torsdag den 4. marts, kl. 19\nSted: Biblioteket\n\n"
            "Viborg, lørdag den 20. marts, kl. 10\n10.00 Velkomst\n11.00 Debat\n\n"
            "Tilmelding til Viborg-mødet senest 12. marts på foreningsraadet.dk.\n",
            format="text",
        )
        assert event.registration_deadline == date(2027, 3, 12)
