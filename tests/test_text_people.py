"""Speakers and organisations (folkemode.importers.text.people)."""

from __future__ import annotations

import pytest

import folkemode
from folkemode.importers.text.people import People, PeopleReader
from folkemode.importers.text.vocabulary import Lexicon

READER = PeopleReader(Lexicon.build(), places=frozenset({"hallingdal"}))


def who(people: People | None) -> list[tuple[str, str | None, str | None]]:
    assert people is not None
    return [
        (s.name, s.role, s.organisation.name if s.organisation else None) for s in people.speakers
    ]


def orgs(people: People | None) -> list[str]:
    assert people is not None
    return [o.name for o in people.organisations]


class TestTitles:
    @pytest.mark.parametrize(
        ("text", "title", "speakers"),
        [
            (
                "Folkeskolen v/ Mathilde Winter, folketingskandidat og lærerstuderende.",
                "Folkeskolen",
                [("Mathilde Winter", "folketingskandidat og lærerstuderende", None)],
            ),
            (
                "Velkommen v/ Peter Riis Dam, borgmester og formand for Kommunalpolitisk Forum",
                "Velkommen",
                [("Peter Riis Dam", "borgmester og formand", "Kommunalpolitisk Forum")],
            ),
            (
                "Åpning ved fylkesordfører Kristin Solheim Wærnes",
                "Åpning",
                [("Kristin Solheim Wærnes", "fylkesordfører", None)],
            ),
            (
                "Opning ved fylkesordførar Kjetil Brakstad Hovland",
                "Opning",
                [("Kjetil Brakstad Hovland", "fylkesordførar", None)],
            ),
            (
                "Arbeidskraft i helse og omsorg ved Line Aamodt Berg, forsker ved OsloMet",
                "Arbeidskraft i helse og omsorg",
                [("Line Aamodt Berg", "forsker ved OsloMet", None)],
            ),
            (
                "Åpenhet og innsyn ved redaktør Stein-Are Hagen, Lokalavisa Indre Salten",
                "Åpenhet og innsyn",
                [("Stein-Are Hagen", "redaktør", "Lokalavisa Indre Salten")],
            ),
            (
                "Boligaftalen v/Esben Juul Mortensen, Boligøkonomisk Videncenter",
                "Boligaftalen",
                [("Esben Juul Mortensen", None, "Boligøkonomisk Videncenter")],
            ),
        ],
    )
    def test_speakers_after_the_marker(
        self, text: str, title: str, speakers: list[tuple[str, str | None, str | None]]
    ) -> None:
        """ "v/" and "ved" split the title from speakers; titles go to the role."""
        head, people = READER.split_title(text)
        assert head == title
        assert who(people) == speakers

    @pytest.mark.parametrize(
        ("text", "organisation"),
        [
            ("Ældrepolitik v/Ældrepolitisk udvalg", "Ældrepolitisk udvalg"),
            ("Etikk og habilitet v/ Statsforvalteren i Nordland", "Statsforvalteren i Nordland"),
            ("Valggjennomføring v/Valgdirektoratet", "Valgdirektoratet"),
            ("Kulturinnslag ved Larvik kulturskole", "Larvik kulturskole"),
            ("Frivilligheit v/ Sogndal kommune", "Sogndal kommune"),
            ("Lokalt samarbeid v/ Tromsø kommune", "Tromsø kommune"),
            ("Trafik v/Ungdommens Trafikråd", "Ungdommens Trafikråd"),
            ("Digitalisering i små kommuner v/ Digi Hallingdal", "Digi Hallingdal"),
            ("Ferjer v/ Statens vegvesen", "Statens vegvesen"),
        ],
    )
    def test_organisations_are_not_people(self, text: str, organisation: str) -> None:
        """Municipalities, committees, agencies after "v/" are organisations."""
        _, people = READER.split_title(text)
        assert who(people) == []
        assert orgs(people) == [organisation]

    @pytest.mark.parametrize(
        "text",
        [
            "Hvad ved vi om den lokale natur",
            "Paneldebatt med ordførerne",
            "Afslutning v/ den nyvalgte landsformand",
            "Møde ved vandet",
        ],
    )
    def test_no_people(self, text: str) -> None:
        """ "ved" in a sentence and a role without a name leave the title whole."""
        head, people = READER.split_title(text)
        assert (head, people) == (text, None)


class TestLists:
    def test_label_title_name_organisation(self) -> None:
        """ "Title, Name, Org" after a label: the title is the role."""
        assert who(
            READER.parse("Projektleder, Simon Leed Krøs, Danmarks Naturfredningsforening")
        ) == [("Simon Leed Krøs", "Projektleder", "Danmarks Naturfredningsforening")]
        assert who(READER.parse("Tidligere borgmester, Henriette Boel Kragh")) == [
            ("Henriette Boel Kragh", "Tidligere borgmester", None)
        ]
        assert who(
            READER.parse("Energikonsulent, Jannik Thorsø Frandsen, Energiforum Sydvest")
        ) == [("Jannik Thorsø Frandsen", "Energikonsulent", "Energiforum Sydvest")]

    def test_names_joined_by_og(self) -> None:
        """ "A, B, C og D" are four people."""
        names = [
            s[0] for s in who(READER.parse("Kari Aune, Ola Mjøen, Siv Eggen og Tarjei Brekke"))
        ]
        assert names == ["Kari Aune", "Ola Mjøen", "Siv Eggen", "Tarjei Brekke"]

    def test_group_then_names(self) -> None:
        """A group's name before the first person is its organisation."""
        found = who(
            READER.parse(
                "Socialpolitisk arbejdsgruppe Ingelise Bech-Hansen, Bente Møller, Lole Møller "
                "og Dorte Olsen"
            )
        )
        assert [s[0] for s in found] == [
            "Ingelise Bech-Hansen",
            "Bente Møller",
            "Lole Møller",
            "Dorte Olsen",
        ]

    def test_people_with_organisations(self) -> None:
        """ "Name, Org, Name, Org og Name, Org" pairs each person with their organisation."""
        found = who(
            READER.parse(
                "Anne Lise Fjellheim, Rana kommune, Mats Olav Brenna, Alstahaug kommune og "
                "Gro Kjersti Ulvang, Vefsn kommune"
            )
        )
        assert found == [
            ("Anne Lise Fjellheim", None, "Rana kommune"),
            ("Mats Olav Brenna", None, "Alstahaug kommune"),
            ("Gro Kjersti Ulvang", None, "Vefsn kommune"),
        ]

    def test_hyphenated_lists_stay_in_the_role(self) -> None:
        """ "trafik-, bolig- og landdistriktspolitik" does not split the role."""
        ((name, role, _),) = who(
            READER.parse(
                "Lars Hedegaard, politisk rådgiver vedr. trafik-, bolig- og landdistriktspolitik"
            )
        )
        assert name == "Lars Hedegaard"
        assert role == "politisk rådgiver vedr. trafik-, bolig- og landdistriktspolitik"

    def test_organisation_inside_the_role(self) -> None:
        """ "sjeføkonom i KS" is the role at the organisation; "ordfører i Bodø" stays a role."""
        assert who(READER.parse("Eirik Sundt, sjeføkonom i KS")) == [
            ("Eirik Sundt", "sjeføkonom", "KS")
        ]
        assert who(READER.parse("Ingvild Karlsen, ordfører i Bodø")) == [
            ("Ingvild Karlsen", "ordfører i Bodø", None)
        ]

    def test_departments_with_og(self) -> None:
        """ "Kommunal- og distriktsdepartementet" is one organisation."""
        assert who(
            READER.parse("Statssekretær, Halvor Brenden Hoff, Kommunal- og distriktsdepartementet")
        ) == [("Halvor Brenden Hoff", "Statssekretær", "Kommunal- og distriktsdepartementet")]


class TestLines:
    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("v/ Jens Erik Vedel, kommunaldirektør", ["Jens Erik Vedel"]),
            ("ved Eirik Vold Sundt, sjeføkonom i KS", ["Eirik Vold Sundt"]),
            (
                "Med Henrik Dalsgaard, Mette Bøgh Kristiansen og Sune Ahlefeldt-Krag",
                ["Henrik Dalsgaard", "Mette Bøgh Kristiansen", "Sune Ahlefeldt-Krag"],
            ),
            ("Innledning ved programkomiteens leder, Marte Sunde Haugan", ["Marte Sunde Haugan"]),
            (
                "Samtale mellom ordførar Astrid Berstad Nygård og "
                "kommunedirektør Leif Osvald Heggdal",
                ["Astrid Berstad Nygård", "Leif Osvald Heggdal"],
            ),
        ],
    )
    def test_speaker_lines(self, text: str, names: list[str]) -> None:
        """Lines that only name speakers."""
        assert [s[0] for s in who(READER.line_people(text))] == names

    def test_prose_is_no_speaker_line(self) -> None:
        """A sentence with capitalised words is not a list of people."""
        assert READER.line_people("Hvordan får kommune, region og læger et samarbejde?") is None

    @pytest.mark.parametrize(
        "text",
        [
            "Ordfører Tor Arne Heggelund, Skien kommune",
            "Borgmester Ida Lykke Brandt, Vesthimmerlands Kommune",
            "Daglig leder Mari Tøndel Berg, Hallingdal Næringshage",
            "Hamnesjef Bjarne Lid, Fjordhamnene IKS",
        ],
    )
    def test_bullets_that_are_people(self, text: str) -> None:
        """A bullet with a title and a name is a speaker; the title is the role."""
        ((name, role, organisation),) = who(READER.bullet_people(text))
        assert role is not None and role.split()[-1].lower() in text.lower()
        assert organisation is not None and name in text

    @pytest.mark.parametrize(
        "text", ["Velfærd", "Valg af dirigent", "Open Space", "Beretning fra sentralstyret"]
    )
    def test_bullets_that_are_agenda(self, text: str) -> None:
        """Agenda points are not people."""
        assert READER.bullet_people(text) is None


class TestNames:
    @pytest.mark.parametrize(
        "name",
        [
            "Simon Leed Krøs",
            "Stein-Are Hagen",
            "Tor Arne Heggelund",
            "Anne K. Holm",
            "Johannes Eide Lunde",
            "Jan van der Berg",
        ],
    )
    def test_people(self, name: str) -> None:
        """Two to five capitalised names, initials and particles included."""
        assert READER.is_person_name(name)

    @pytest.mark.parametrize(
        "name",
        [
            "Danmarks Naturfredningsforening",
            "Aalborg Universitet",
            "Digi Hallingdal",
            "KL",
            "Kommunernes Landsforening",
            "Programleder Maria",
            "Torsdag Marts",
            "Valgdirektoratet",
        ],
    )
    def test_not_people(self, name: str) -> None:
        """Organisations, single words, places and vocabulary are not names."""
        assert not READER.is_person_name(name)


class TestSharedLeads:
    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("Ordstyrar: Trond Eide Lunde", ["Trond Eide Lunde"]),
            ("Moderator: Dorthe Lund", ["Dorthe Lund"]),
            (
                "ordførarane Solfrid Hauge (Vikøy), Anders Bru (Nesfjord) og Guri Tveitane",
                ["Solfrid Hauge", "Anders Bru", "Guri Tveitane"],
            ),
            ("ordførerne Kari Nes og Per Dahl", ["Kari Nes", "Per Dahl"]),
        ],
    )
    def test_lead_is_dropped(self, text: str, names: list[str]) -> None:
        """A speaker label or a plural job title before the names belongs to none of them."""
        assert [name for name, _, _ in who(READER.parse(text))] == names

    def test_band_is_no_person(self) -> None:
        """ "Trio Bellevue" names a band, not a person."""
        assert not READER.is_person_name("Trio Bellevue")

    @pytest.mark.parametrize("role", ["forbundskasserer", "kasserar", "revisor"])
    def test_more_job_titles(self, role: str) -> None:
        """Treasurers and auditors are job titles, also in compounds."""
        assert who(READER.parse(f"{role} Jesper Nørgaard Kjeldsen")) == [
            ("Jesper Nørgaard Kjeldsen", role, None)
        ]


class TestPlacesDoNotOverridePeople:
    """A surname that is also a place named elsewhere in the text stays a surname."""

    TEXT = (
        "Temadag om turisme\n\nTorsdag 5. marts 2026\n\n"
        "Kl. 9.00 Velkommen v/ Søren Ærø, borgmester\n"
        "Kl. 9.30 Indledning ved borgmester Søren Ærø\n"
        "Kl. 10.00 Oplæg om turisme på Ærø\n"
        "Kl. 11.00 Debat v/ Ærø Kommune\n"
    )

    def test_name_then_role(self) -> None:
        event = folkemode.loads(self.TEXT, format="text")
        welcome = event.sessions[0]
        assert [(s.name, s.role) for s in welcome.speakers] == [("Søren Ærø", "borgmester")]
        assert welcome.organisations == ()

    def test_role_then_name(self) -> None:
        event = folkemode.loads(self.TEXT, format="text")
        assert [s.name for s in event.sessions[1].speakers] == ["Søren Ærø"]

    def test_the_place_itself_is_still_a_body(self) -> None:
        event = folkemode.loads(self.TEXT, format="text")
        assert [o.name for o in event.sessions[3].organisations] == ["Ærø Kommune"]
        assert event.sessions[3].speakers == ()


class TestListsOfPeopleWithTitles:
    def test_a_described_job_title_after_og_is_a_second_person(self) -> None:
        """ "energisjef A og næringspolitisk rådgiver B i KS": two people, B's body KS."""
        people = READER.parse("energisjef Mari Sand og næringspolitisk rådgiver Øyvind Kjøs i KS")
        assert who(people) == [
            ("Mari Sand", "energisjef", None),
            ("Øyvind Kjøs", "næringspolitisk rådgiver", "KS"),
        ]

    def test_a_bare_name_between_people_with_titles_is_the_body_before(self) -> None:
        """In "ordfører A, Vestre Lia, fylkesrådsleder B", Vestre Lia is A's municipality."""
        people = READER.parse("ordfører Jorunn Haug, Vestre Lia, fylkesrådsleder Terje Bø")
        assert who(people) == [
            ("Jorunn Haug", "ordfører", "Vestre Lia"),
            ("Terje Bø", "fylkesrådsleder", None),
        ]

    def test_names_without_titles_after_the_first_stay_people(self) -> None:
        """ "ordfører A, B og C": B and C are people, not A's body."""
        people = READER.parse("ordfører Anne Holm, Per Sand og Ida Lund")
        assert [n for n, _, _ in who(people)] == ["Anne Holm", "Per Sand", "Ida Lund"]

    def test_a_person_in_conversation_with_another(self) -> None:
        """ "præsten A i samtale med forlægger B": B speaks too, and is no body of A's."""
        people = READER.parse("præsten Mikael Vold i samtale med forlægger Jens Riis")
        assert who(people) == [
            ("Mikael Vold", "præsten", None),
            ("Jens Riis", "forlægger", None),
        ]

    def test_the_role_of_a_sentence_is_what_follows_af(self) -> None:
        """ "Samtalen ledes af journalist A": the role is "journalist", not the sentence."""
        assert who(READER.parse("Samtalen ledes af journalist Mette Vang")) == [
            ("Mette Vang", "journalist", None)
        ]


class TestMarkersThatShareTheirStart:
    def test_the_longest_marker_is_tried_first(self) -> None:
        """ "v./" is tried before "v." (whatever order the set has), so the slash goes too."""
        groups = READER.vocab.line_markers_by_letter
        assert all(
            [len(m) for m in group] == sorted((len(m) for m in group), reverse=True)
            for group in groups.values()
        )

    def test_ved_slash_is_a_marker(self) -> None:
        """ "Evaluering av valet  ved/ Steinulf Tunge i nemnda": "ved/" as "v/"."""
        head, people = READER.split_title("Evaluering av valet  ved/ Steinulf Tunge i nemnda")
        assert head == "Evaluering av valet"
        assert [n for n, _, _ in who(people)] == ["Steinulf Tunge"]

    def test_a_line_opening_with_v_dot_slash(self) -> None:
        """ "v./ formand for Foreningsrådet Ole Rask": Ole Rask, the chair."""
        assert who(READER.line_people("v./ formand for Foreningsrådet Ole Rask")) == [
            ("Ole Rask", "formand", "Foreningsrådet")
        ]


class TestSentencesOfPeople:
    def test_a_described_title_is_no_more_than_a_title(self) -> None:
        """ "… og næringspolitisk rådgiver Eva Moen i KS.": a sentence of people only."""
        people = READER.people_sentence(
            "Ordfører Per Holm, Nordvik, fylkesrådsleder Kari Strand og "
            "næringspolitisk rådgiver Eva Moen i KS."
        )
        assert [n for n, _, _ in who(people)] == ["Per Holm", "Kari Strand", "Eva Moen"]

    def test_the_preposition_before_a_body_is_no_part_of_it(self) -> None:
        """ "områdedirektør Nils Kvale i KS": the body is KS, not "i KS"."""
        assert who(READER.parse("områdedirektør Nils Kvale i KS")) == [
            ("Nils Kvale", "områdedirektør", "KS")
        ]

    def test_a_role_and_body_in_brackets(self) -> None:
        """ "A (generalsekretær, Røde Kors) og B (migrationsekspert)": roles and a body, and
        the body is no person of its own."""
        assert who(
            READER.parse(
                "Anders Lade (generalsekretær, Røde Kors) og Morten Lis (migrationsekspert)"
            )
        ) == [
            ("Anders Lade", "generalsekretær", "Røde Kors"),
            ("Morten Lis", "migrationsekspert", None),
        ]
