"""Speakers named inside titles and lines without a marker (folkemode.importers.text.people)."""

from __future__ import annotations

import pytest

import folkemode
from folkemode.importers.text.people import People, PeopleReader
from folkemode.importers.text.vocabulary import TABLES, Lexicon

READER = PeopleReader(Lexicon.build())


def names(people: People | None) -> list[str]:
    return [] if people is None else [s.name for s in people.speakers]


class TestRoleBeforeName:
    @pytest.mark.parametrize(
        ("title", "speaker"),
        [
            ("Tale fra partileder Sigrun Haugvik", "Sigrun Haugvik"),
            ("Statsråd Eirik Nordvang. Politisk debatt fortsetter", "Eirik Nordvang"),
            ("Innlegg fra Ungdomslagets leder Tiril Sandmo", "Tiril Sandmo"),
            ("Statsråd og leder av seniornettverket Oddny Brekke. Debatt", "Oddny Brekke"),
            ("Borgmester Lone Kjærsgaard byder velkommen", "Lone Kjærsgaard"),
            ("Forfattaren Ingrid Hovdenak kåserer", "Ingrid Hovdenak"),
        ],
    )
    def test_the_name_after_a_job_title_is_the_speaker(self, title: str, speaker: str) -> None:
        """A job title before a name makes that person a speaker; the title stays as written."""
        head, people = READER.split_title(title)
        assert head == title
        assert names(people) == [speaker]

    def test_the_job_title_is_not_part_of_the_name(self) -> None:
        """ "Biskop Emeritus" is the role, the name is what follows it."""
        head, people = READER.split_title("Andagt v/Biskop Emeritus Poul Vestergaard-Lund")
        assert head == "Andagt"
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [
            ("Poul Vestergaard-Lund", "Biskop Emeritus")
        ]

    @pytest.mark.parametrize(
        ("title", "speakers"),
        [
            ("Debat med folketingsmedlemmerne Ida Storm og Bo Lind", ["Ida Storm", "Bo Lind"]),
            ("Ordførarane Siri Hole og Lars Myr svarar", ["Siri Hole", "Lars Myr"]),
            (
                "Stortingsrepresentantene Hege Dahl (Sp) og Ivar Bø (SV) møtes",
                ["Hege Dahl", "Ivar Bø"],
            ),
            (
                "Organisering. Rådmann Per Olsen og kommunalsjefene Anne Berg og Tor Vik",
                ["Per Olsen", "Anne Berg", "Tor Vik"],
            ),
        ],
    )
    def test_one_job_title_in_the_plural_before_several_names(
        self, title: str, speakers: list[str]
    ) -> None:
        """A plural or definite job title before "A og B" names both, and is in neither name."""
        head, people = READER.split_title(title)
        assert head.startswith(title.split()[0])
        assert names(people) == speakers

    def test_a_title_opening_with_the_job_title_a_comma_and_the_name(self) -> None:
        """ "Billedhugger, Laila Vester fortæller om kilden": the sculptor speaks."""
        head, people = READER.split_title("Billedhugger, Laila Vester fortæller om kilden")
        assert head == "Billedhugger, Laila Vester fortæller om kilden"
        assert names(people) == ["Laila Vester"]

    def test_a_body_between_the_job_title_and_the_name(self) -> None:
        """ "Formand for Hedeby Frivilligcenter Jan Riis runder af": the body ends in a body's
        word, and the name after it speaks."""
        _, people = READER.split_title("Formand for Hedeby Frivilligcenter Jan Riis runder af")
        assert names(people) == ["Jan Riis"]

    def test_a_word_that_opens_an_item_ends_the_name(self) -> None:
        """ "v/ Linda Holm Input til udvalget": "Input" opens what follows, no surname."""
        head, people = READER.split_title(
            "Overvejelserne v/ Linda Holm Input til medlemmer af udvalget"
        )
        assert head == "Overvejelserne"
        assert names(people) == ["Linda Holm"]

    def test_a_role_word_followed_by_common_words_names_nobody(self) -> None:
        """ "Ledere og utøvelse av ledelse" has a role word but no name after it."""
        assert READER.split_title("Ledere og utøvelse av ledelse") == (
            "Ledere og utøvelse av ledelse",
            None,
        )


class TestNameOpeningTheTitle:
    @pytest.mark.parametrize(
        ("title", "speaker"),
        [
            ("Halvard Strøm om Grønland", "Halvard Strøm"),
            ("Tove Aaslie oppsummerer debatten", "Tove Aaslie"),
            ("Mikael Brandt (stifter af Foreningshuset) byder velkommen.", "Mikael Brandt"),
            ("Målpolitisk emne. Sverre Fuglum om makt og språk", "Sverre Fuglum"),
            ("Samtale med Eline Rustad Vik om Norsk Ungdomslag", "Eline Rustad Vik"),
        ],
    )
    def test_a_name_before_words_speaks(self, title: str, speaker: str) -> None:
        """A name that opens the title (or a sentence of it) and is followed by words speaks."""
        head, people = READER.split_title(title)
        assert names(people) == [speaker]
        assert head.startswith(title.split()[0])

    def test_a_genitive_name_gives_its_base_form(self) -> None:
        """ "Partisekretær Kari Nordviks tale" names Kari Nordvik."""
        _, people = READER.split_title("Partisekretær Kari Nordviks tale til landsmøtet")
        assert names(people) == ["Kari Nordvik"]

    def test_a_title_that_is_only_a_name_pair_of_capitals_is_not_read(self) -> None:
        """Two capitalised words with nothing after them are not taken for a speaker."""
        assert READER.split_title("Grønne Byer") == ("Grønne Byer", None)


class TestMarkers:
    def test_af_before_a_name_splits_the_title(self) -> None:
        """ "Oplæg af Name, role" is the talk "Oplæg" by that person."""
        head, people = READER.split_title("Oplæg af Bodil Rask, formand for Ældrerådet")
        assert head == "Oplæg"
        assert names(people) == ["Bodil Rask"]

    def test_af_before_words_is_a_preposition(self) -> None:
        """ "Uddeling af Kirkeby-priser" names nobody."""
        assert READER.split_title("Uddeling af Kirkeby-priser.")[1] is None

    def test_each_marker_gives_its_speaker(self) -> None:
        """ "Minnetale v/ A - Tittel v/ B" has both A and B as speakers."""
        head, people = READER.split_title(
            "Minnetale v/ Arne Solvik - Dei unge slekter v/ Hilde Marie Nes"
        )
        assert head == "Minnetale"
        assert names(people) == ["Arne Solvik", "Hilde Marie Nes"]

    def test_the_name_after_the_marker_ends_at_the_sentence(self) -> None:
        """ "Tale ved Name. Someone synger" keeps the speaker, not the singer."""
        _, people = READER.split_title("”Byen og havnen” Tale ved Jens Ole Krag. Lise Bo synger.")
        assert names(people) == ["Jens Ole Krag"]

    def test_a_surname_alone_after_a_job_title(self) -> None:
        """ "åbning ved formand Vesterby" gives the surname alone."""
        _, people = READER.split_title("Start på mødet: åbning ved formand Vesterby")
        assert names(people) == ["Vesterby"]

    def test_a_tentative_speaker_counts(self) -> None:
        """ "v. fx Name" names a speaker not yet confirmed, who is still the speaker."""
        _, people = READER.split_title("Velkomst v. fx Palle Birk, formand for Udvalget")
        assert names(people) == ["Palle Birk"]

    def test_performers_are_no_speakers(self) -> None:
        """ "Kulturelt innslag ved Name" is a performance, not a talk."""
        assert READER.split_title("Kulturelt innslag ved Siri Aasen")[1] is None

    def test_a_board_signature_is_not_a_speaker(self) -> None:
        """ "Styret v/ leiar Name" signs the text; nobody speaks."""
        assert READER.split_title("Styret v/ leiar Oda Vikene") == (
            "Styret v/ leiar Oda Vikene",
            None,
        )
        assert READER.bullet_people("Styret v/ leiar Oda Vikene") is None


class TestSpeakerLines:
    def test_a_panel_line_keeps_both_people(self) -> None:
        """ "Borgmester A, X Kommune, og kommunaldirektør B, Y Kommune" is two people."""
        people = READER.parse(
            "Borgmester Hanne Lind, Odder Kommune, og kommunaldirektør Bo Riis, Skive Kommune"
        )
        assert people is not None
        assert [
            (s.name, s.role, s.organisation.name if s.organisation else None)
            for s in people.speakers
        ] == [
            ("Hanne Lind", "Borgmester", "Odder Kommune"),
            ("Bo Riis", "kommunaldirektør", "Skive Kommune"),
        ]
        assert people.organisations == []

    def test_role_and_second_person_are_split(self) -> None:
        """ "A, dagleg leiar og B, formidlar" is two people with a role each."""
        people = READER.parse("Astrid Lien, dagleg leiar og Tone Brekke, formidlar")
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [
            ("Astrid Lien", "dagleg leiar"),
            ("Tone Brekke", "formidlar"),
        ]

    def test_a_role_phrase_before_the_name(self) -> None:
        """ "leder av Salten Regionråd Name": the role with its body, then the person."""
        people = READER.parse("leder av Nordfjord Regionråd Petter Ås Olsen")
        assert names(people) == ["Petter Ås Olsen"]

    def test_a_body_after_a_preposition_is_no_person(self) -> None:
        """ "Name, leiar i Noregs Fiskarlag" names one person; the body is theirs."""
        people = READER.parse("Oddvar Hole, leiar i Noregs Fiskarlag")
        assert names(people) == ["Oddvar Hole"]

    def test_a_body_named_after_its_kind_stays_in_the_role(self) -> None:
        """ "Name, utredningssjef i tankesmien Nye Tanker" is one person."""
        people = READER.parse("Lise Pellerud, utredningssjef i tankesmien Nye Tanker")
        assert names(people) == ["Lise Pellerud"]

    def test_the_role_after_the_name(self) -> None:
        """ "Name leiar i hovudutvalet" gives the role after the name."""
        people = READER.parse("Stig Dale leiar i hovudutvalet for kultur")
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [
            ("Stig Dale", "leiar i hovudutvalet for kultur")
        ]

    @pytest.mark.parametrize(
        ("line", "speaker"),
        [
            ('Frode Aasen: "Partiets ærend i lokalpolitikken"', "Frode Aasen"),
            ("Trine Skogli Lund – Innleiing på temaet lagbygging", "Trine Skogli Lund"),
            ("UNICEF – Chris Halloway", "Chris Halloway"),
            ("Kommunal- og distriktsminister Jan Ove Sand innleder", "Jan Ove Sand"),
        ],
    )
    def test_a_person_leading_a_line(self, line: str, speaker: str) -> None:
        """A name before a colon or a dash, or after a job title, makes the line a speaker's."""
        assert names(READER.bullet_people(line)) == [speaker]

    def test_icelandic_names_are_names(self) -> None:
        """Names with Þ, ð and ý are read like any other."""
        people = READER.parse("Þórdís Ýr Guðmundsdóttir, formand for Ungdomsrådet")
        assert names(people) == ["Þórdís Ýr Guðmundsdóttir"]


class TestLabels:
    @pytest.mark.parametrize(
        ("locale", "labels"),
        [
            ("da", ("deltagere", "debatdeltagere", "i panelet", "ordstyrer", "moderator")),
            ("nb", ("deltakere", "debattdeltakere", "i panelet", "ordstyrer", "innleder")),
            ("nn", ("deltakarar", "debattdeltakarar", "i panelet", "ordstyrar", "innleiar")),
        ],
    )
    def test_every_language_has_the_speaker_list_labels(
        self, locale: str, labels: tuple[str, ...]
    ) -> None:
        """Danish, Bokmål and Nynorsk each know the labels of speaker lists."""
        known = {w.lower() for w in TABLES[locale]["speaker_labels"]}
        assert set(labels) <= known
        assert {"medvirkende", "medverkande"} & known


class TestImport:
    TEXT = (
        "Landsmøte 2031\n"
        "\n"
        "Lørdag 3. mai 2031\n"
        "\n"
        "Kl. 10.00 Tale fra partileder Sigrun Haugvik\n"
        "Kl. 10.30 Statsråd Eirik Nordvang. Politisk debatt fortsetter\n"
        "Kl. 11.00 Partisekretær Kari Nordviks tale til landsmøtet\n"
        "Kl. 11.30 Lunsj\n"
    )

    def test_speakers_named_in_titles_reach_the_sessions(self) -> None:
        """A programme whose titles name their speakers gives each session its speaker."""
        event = folkemode.loads(self.TEXT, format="text")
        got = {s.title: [p.name for p in s.speakers] for s in event.sessions}
        assert got == {
            "Tale fra partileder Sigrun Haugvik": ["Sigrun Haugvik"],
            "Statsråd Eirik Nordvang. Politisk debatt fortsetter": ["Eirik Nordvang"],
            "Partisekretær Kari Nordviks tale til landsmøtet": ["Kari Nordvik"],
            "Lunsj": [],
        }


class TestHelpersForOtherReaders:
    @pytest.mark.parametrize(
        ("line", "only_people"),
        [
            ("v/ Anne Hjort, rådmann", True),
            ("Sara Winther Holm, lektor, Roskilde Universitet", True),
            ("Oplæg v. Bent Iversen (professor)", False),
            ("Mikael Brandt (stifter af Foreningshuset) byder velkommen.", False),
        ],
    )
    def test_a_speaker_line_has_no_title(self, line: str, only_people: bool) -> None:
        """Only a line of people alone is a speaker line; one with a title may head a session."""
        assert READER.speaker_line(line) is only_people

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            (
                "Centerdirektør Ulla Brink Hald fører os ind i arbejdet med sundhed.",
                "Ulla Brink Hald",
            ),
            ("Jon Kvale, kulturkommentator, er dagens programleiar.", "Jon Kvale"),
        ],
    )
    def test_a_sentence_naming_a_person_by_role(self, sentence: str, speaker: str) -> None:
        """A description sentence that names someone with their job title names a speaker."""
        assert names(READER.prose_people(sentence)) == [speaker]

    def test_a_plain_sentence_names_nobody(self) -> None:
        """A sentence without a job title and a name gives no speaker."""
        assert READER.prose_people("Klima og trivsel er vigtige temaer for eleverne.") is None


class TestAcrossBlankLines:
    def test_moderator_below_the_paragraphs(self) -> None:
        """ "Moderator: Name" a blank line below a session's paragraphs moderates that session."""
        text = (
            "Fagdag 2026\nSted: Rådhuset, Torvet 1, 8000 Aarhus\n12. maj 2026\n\n"
            "Kl. 10.00 Hvem skal bygge boligerne?\n"
            "Tre kommuner fortæller om deres erfaringer med almene boliger.\n\n"
            "Moderator: journalist Lene Stougaard\n\nKl. 11.00 Frokost\n"
        )
        event = folkemode.loads(text, format="text")
        assert [s.name for s in event.sessions[0].speakers] == ["Lene Stougaard"]

    def test_party_letters_glued_to_the_name(self) -> None:
        """ "Arne Bøgh(S)": the party in brackets after the name, the name kept whole."""
        text = (
            "Debataften 2026\nSted: Biblioteket, Torvet 2, 7100 Vejle\n3. marts 2026\n\n"
            "Kl. 19.00 Debat om skolen med Arne Bøgh(S) og Mette Lind(V)\n"
            "Kl. 21.00 Tak for i aften\n"
        )
        event = folkemode.loads(text, format="text")
        assert [s.name for s in event.sessions[0].speakers] == ["Arne Bøgh", "Mette Lind"]


class TestPlacesAndTalks:
    def test_a_place_after_the_first_marker(self) -> None:
        """ "Morgenbønn ved Sola ruinkirke v/Name": the place stays in the title, Name speaks."""
        title, people = READER.split_title("Morgenbønn ved Strand kirke v/Gaute Lie")
        assert title == "Morgenbønn ved Strand kirke"
        assert people is not None and [s.name for s in people.speakers] == ["Gaute Lie"]

    def test_speaker_then_a_colon_and_the_talk(self) -> None:
        """ "v/Name Name Name: Talk": the whole name speaks, the talk stays in the title."""
        title, people = READER.split_title("Foredrag v/Johanne Øvre Tveit: Den unge kongen")
        assert title == "Foredrag: Den unge kongen"
        assert people is not None and [s.name for s in people.speakers] == ["Johanne Øvre Tveit"]


class TestModeratorLabel:
    """ "Ordstyrer: journalist Name": what they do here is kept, and the page names them apart."""

    TEXT = (
        "Temadag om klima\n\nTorsdag 5. marts 2026\n\n"
        "Kl. 10.00 Debat om vindmøller\n"
        "Ordstyrer: journalist Kari Nordmann\n"
        "Deltagere: Ida Holm, borgmester, og Jonas Brink\n"
        "Kl. 11.00 Frokost\n"
    )

    def test_the_label_leads_the_role(self) -> None:
        event = folkemode.loads(self.TEXT, format="text")
        roles = {s.name: s.role for s in event.sessions[0].speakers}
        assert roles["Kari Nordmann"] == "ordstyrer, journalist"
        assert roles["Ida Holm"] == "borgmester"

    def test_the_page_shows_the_moderator_apart(self) -> None:
        page = folkemode.dumps(folkemode.loads(self.TEXT, format="text"), format="html")
        assert (
            '<span class="label">Ordstyrer:</span> <span class="name">Kari Nordmann</span>' in page
        )


class TestPartiesAndListedSentences:
    """A party in brackets stays whole; a sentence that only says who talks gives speakers."""

    @pytest.mark.parametrize(
        ("spec", "role", "organisation"),
        [
            ("Anne Holm, folketingsmedlem (S)", "folketingsmedlem (S)", None),
            ("Kari Lund, ordfører, Bodø kommune (Ap)", "ordfører", "Bodø kommune (Ap)"),
            ("Per Dam (V), borgmester i Hjørring", "borgmester i Hjørring", "V"),
        ],
    )
    def test_a_party_keeps_its_closing_bracket(
        self, spec: str, role: str, organisation: str | None
    ) -> None:
        people = READER.parse(spec)
        assert people is not None
        (speaker,) = people.speakers
        found = speaker.organisation.name if speaker.organisation else None
        assert (speaker.role, found) == (role, organisation)

    def test_brackets_around_a_name_still_go(self) -> None:
        assert names(READER.parse("(Ida Holm)")) == ["Ida Holm"]

    TEXT = "Tirsdag 23. juni 2026\n\nKl. 11.00–11.45 Trafik på landet\n{line}\n"

    def test_a_sentence_naming_who_talks(self) -> None:
        line = (
            "Samtale med Lene Borg, trafikdirektør, og Jonas Eg, forsker ved Aalborg Universitet."
        )
        event = folkemode.loads(self.TEXT.format(line=line), format="text")
        (session,) = event.sessions
        assert [(s.name, s.role) for s in session.speakers] == [
            ("Lene Borg", "trafikdirektør"),
            ("Jonas Eg", "forsker"),
        ]
        assert session.description is None

    def test_a_sentence_saying_more_stays_a_description(self) -> None:
        line = "Samtale med Lene Borg om fremtidens busser."
        result = folkemode.parse(self.TEXT.format(line=line), format="text")
        (session,) = result.event.sessions
        assert session.speakers == () and session.description == line
        assert [d.code for d in result.diagnostics if d.line == 4] == ["people-unattached"]


class TestGenitiveNames:
    @pytest.mark.parametrize(
        ("title", "name"),
        [
            ("Lone Vestergaards beretning og debat om beretningen", "Lone Vestergaard"),
            ("Kari Nordmanns oppsummering av dagen", "Kari Nordmann"),
        ],
    )
    def test_a_name_owning_what_follows_is_in_its_base_form(self, title: str, name: str) -> None:
        text = f"Lørdag 25. oktober 2025\n\nKl. 11.00-12.00 {title}\n"
        result = folkemode.parse(text, format="text")
        (session,) = result.event.sessions
        assert [s.name for s in session.speakers] == [name]
        assert not [d for d in result.diagnostics if d.code == "people-unattached"]

    def test_a_name_before_a_small_word_is_kept_whole(self) -> None:
        """ "Jens Mogens om …": no genitive before "om"."""
        _, people = READER.split_title("Debat v/ Jens Mogens om kommunens budget")
        assert people is not None and [s.name for s in people.speakers] == ["Jens Mogens"]


class TestOrganisationsNamedAsCompounds:
    """ "Telemark Senterparti", "Orø Bådelaug": a body's name, never a speaker."""

    @pytest.mark.parametrize(
        ("spec", "speaker", "body"),
        [
            ("Kari Lundvik, Nordmarka Senterparti", "Kari Lundvik", "Nordmarka Senterparti"),
            ("Brede Fjell, Vestby Musikhus", "Brede Fjell", "Vestby Musikhus"),
        ],
    )
    def test_a_speakers_body(self, spec: str, speaker: str, body: str) -> None:
        people = READER.parse(spec)
        assert people is not None
        [person] = people.speakers
        assert person.name == speaker
        assert person.organisation is not None and person.organisation.name == body

    def test_in_a_title(self) -> None:
        """ "v/ leder A, Nordmarka Senterparti og fylkesleder B": two people and a party."""
        head, people = READER.split_title(
            "Åpning v/ leder Kari Lundvik, Nordmarka Senterparti og fylkesleder Brede Fjell"
        )
        assert head == "Åpning"
        assert names(people) == ["Kari Lundvik", "Brede Fjell"]
        _, people = READER.split_title("Konsert v/ Vestby Musikhus")
        assert names(people) == []

    def test_bodies_alone_are_no_people(self) -> None:
        people = READER.parse("Holmø Forsamlingshus, Holmø Bådelaug")
        assert people is not None and not people.speakers
        assert [o.name for o in people.organisations] == ["Holmø Forsamlingshus", "Holmø Bådelaug"]

    def test_no_unattached_warning_for_an_estate(self) -> None:
        """ "Lundbjerg Gods" in a description is a place, not a person nobody attached."""
        result = folkemode.parse(
            "Borgermøde 4. marts 2025\n\nKl. 19.00 Velkomst\nVi mødes på Lundbjerg Gods.\n",
            format="text",
        )
        assert not [d for d in result.diagnostics if d.code == "people-unattached"]


class TestTitlesTheVocabularyDoesNotKnow:
    """A word or two in lower case before a whole name is the person's title."""

    @pytest.mark.parametrize(
        ("title", "head", "speaker", "role"),
        [
            ("Foredrag ved coach Siri Haugholt", "Foredrag", "Siri Haugholt", "coach"),
            (
                "Innlegg ved konst. redaktør Per Vold, Lokalposten",
                "Innlegg",
                "Per Vold",
                "konst. redaktør",
            ),
        ],
    )
    def test_after_a_marker(self, title: str, head: str, speaker: str, role: str) -> None:
        found, people = READER.split_title(title)
        assert found == head
        assert people is not None
        [person] = people.speakers
        assert (person.name, person.role) == (speaker, role)

    def test_two_people_each_with_a_title(self) -> None:
        """ "Avdelingsleiar A og fysioterapeut B": both speak, each with their title."""
        people = READER.parse("Avdelingsleiar Tone Hella og fysioterapeut Mads Sæbø")
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [
            ("Tone Hella", "Avdelingsleiar"),
            ("Mads Sæbø", "fysioterapeut"),
        ]

    def test_a_performer_is_no_speaker(self) -> None:
        """ "ved distriktsmusikar Name" plays: not a speaker, whatever the title."""
        people = READER.parse("distriktsmusikar Ola Strand")
        assert names(people) == []


class TestSpeakersOpeningALine:
    """Under a session, "Innlegg av Name, role" and "Velkommen ved Name, …" name its speakers."""

    TEXT = (
        "Fagdag laurdag 25. mars 2017\n\n"
        "10.00\nVelkommen til konferansen\n\n"
        "Velkommen ved ordstyrer Siv Lunde, ekspedisjonssjef i Kulturdepartementet.\n\n"
        "13.20\nKan samlingane gi ny giv?\n\n"
        "Innlegg av Rolf Hegge, fyrstebibliotekar ved Universitetsbiblioteket\n\n"
        "Samtale om forsking på språk.\n\n"
        "14.00\nHelsingstale ved HVL-rektor Berit Rønne\n"
    )

    def test_a_lead_of_a_few_words(self) -> None:
        """ "Velkommen til Oslo rådhus ved ordfører i Oslo Name.": five words, then who."""
        text = (
            "Konferanse i Oslo 5. juni 2024\n\n10:00 Velkommen til konferansen\n\n"
            "Velkommen til Oslo rådhus ved ordfører i Oslo Anne Lind.\n11:00 Pause\n"
        )
        session = folkemode.loads(text, format="text").sessions[0]
        assert [s.name for s in session.speakers] == ["Anne Lind"]

    def test_each_session_has_its_speakers(self) -> None:
        event = folkemode.loads(self.TEXT, format="text")
        assert [(s.title, [p.name for p in s.speakers]) for s in event.sessions] == [
            ("Velkommen til konferansen", ["Siv Lunde"]),
            ("Kan samlingane gi ny giv?", ["Rolf Hegge"]),
            ("Helsingstale", ["Berit Rønne"]),
        ]

    def test_the_role_at_a_body_is_kept(self) -> None:
        event = folkemode.loads(self.TEXT, format="text")
        speaker = event.sessions[1].speakers[0]
        assert speaker.role == "fyrstebibliotekar"
        assert speaker.organisation is not None
        assert speaker.organisation.name == "Universitetsbiblioteket"
        assert event.sessions[2].speakers[0].role == "HVL-rektor"


class TestAPlaceBetweenTitleAndName:
    """ "nestleder i Venstre Trine Skei Grande": the title's place, then the person."""

    def test_a_place_the_text_names_elsewhere_too(self) -> None:
        text = (
            "Landsstyremøte lørdag 22. september 2007 i Kulturhuset\n\n"
            "11:00 Åpning\n11:15 Tale av nestleder i Venstre Tone Skau Bekken\n"
            "12:15 Helsing frå ordførar i Ulvik Per Olav Dale\n13:00 Lunsj\n"
        )
        event = folkemode.loads(text, format="text")
        assert [
            [(p.name, p.role, p.organisation and p.organisation.name) for p in s.speakers]
            for s in event.sessions
        ] == [
            [],
            [("Tone Skau Bekken", "nestleder", "Venstre")],  # (the party is her body)
            [("Per Olav Dale", "ordførar", None)],
            [],
        ]

    def test_a_body_of_two_words_is_not_cut(self) -> None:
        """ "leiar i Noregs Mållag": no person after the body, none made up."""
        _, people = READER.split_title("Helsing ved leiar i Noregs Mållag")
        assert names(people) == []


class TestTalksAndTheirSpeakers:
    def test_a_quoted_talk_then_its_speaker(self) -> None:
        """ "• «Tittel» – professor i … Name, Universitetet": the talk is an item."""
        text = (
            "Landsmøte torsdag 28. mai 2015\n\n11.15: Temaseksjon\n\n"
            " • «Hvem eier velferden» – professor i statsvitenskap Knut Berge, "
            "Universitetet i Tromsø\n • Samtale med salen\n"
        )
        (session,) = folkemode.loads(text, format="text").sessions
        [speaker] = session.speakers
        assert (speaker.name, speaker.role) == ("Knut Berge", "professor i statsvitenskap")
        assert [item.text for item in session.items] == [
            "«Hvem eier velferden»",
            "Samtale med salen",
        ]

    def test_the_speaker_in_the_sentence_after_the_title(self) -> None:
        """A time alone, then "Title. Føredrag ved professor Name, …": the speaker is read."""
        text = (
            "Fylkesting tysdag 10. desember 2019\n\n15.45:\nKulturinnslag\n\n16.30:\n"
            "Sogn og Fjordane fylke og fylkeskommune i eit historisk perspektiv frå 1837 "
            "til i dag. Føredrag ved professor Odd Holm, Høgskulen på Vestlandet\n"
        )
        _, session = folkemode.loads(text, format="text").sessions
        assert session.title.startswith("Sogn og Fjordane fylke og fylkeskommune")
        assert [s.name for s in session.speakers] == ["Odd Holm"]


class TestGreetingsFrom:
    """ "Hilsen fra Name, role": who the greeting comes from, when given with a role."""

    def test_a_person_with_a_role(self) -> None:
        found, people = READER.split_title("Hilsen fra Lene Vinther, Fagforbundets formand")
        assert found == "Hilsen"
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [
            ("Lene Vinther", "Fagforbundets formand")
        ]
        _, people = READER.split_title("Helsing frå Ola Brekke, leiar i Bondelaget")
        assert names(people) == ["Ola Brekke"]

    @pytest.mark.parametrize(
        "title", ["Eksempler fra Lolland Falster", "Hilsen fra KL", "Nyt fra Christiansborg"]
    )
    def test_places_and_bodies_are_no_people(self, title: str) -> None:
        assert READER.split_title(title) == (title, None)


class TestSurnameWithItsRole:
    def test_a_surname_alone_with_a_role_in_brackets(self) -> None:
        """ "Lars Holt (Friluftsrådet) og Brahe (godsejer)": both speak."""
        people = READER.parse("Lars Holt (Friluftsrådet) og Brahe (godsejer)")
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [
            ("Lars Holt", None),
            ("Brahe", "godsejer"),
        ]

    def test_a_body_with_its_place_in_brackets_stays_a_body(self) -> None:
        people = READER.parse("Friluftsrådet (Bornholm)")
        assert people is not None and not people.speakers


class TestALabelAfterTheTitlesSentence:
    def test_moderator_after_a_panel(self) -> None:
        """ "Paneldebat med A (S) og B (V). Ordstyrer: journalist C": three speakers."""
        text = (
            "Temadag tirsdag 4. marts 2025\nSted: Rådhuset\n\n"
            "10.15-11.00 Paneldebat med Ida Bech (S) og Ole Mørk (V). "
            "Ordstyrer: journalist Lise Krog\n"
        )
        (session,) = folkemode.loads(text, format="text").sessions
        assert session.title == "Paneldebat"
        assert [(s.name, s.role) for s in session.speakers] == [
            ("Ida Bech", None),
            ("Ole Mørk", None),
            ("Lise Krog", "ordstyrer, journalist"),
        ]

    def test_participants_after_a_question(self) -> None:
        text = (
            "Fagdag 4. mars 2025\nSted: Rådhuset\n\n"
            "13.00 Hvem skal bygge veiene? Deltakere: Anne Vik (H) og Per Sæther (Ap)\n"
        )
        (session,) = folkemode.loads(text, format="text").sessions
        assert session.title == "Hvem skal bygge veiene?"
        assert [s.name for s in session.speakers] == ["Anne Vik", "Per Sæther"]


class TestPeopleThenMore:
    def test_a_long_bullet_names_its_speaker(self) -> None:
        """ "- Foredrag v/Name (UiB); «Tittel …» - Quiz - …": speaker read, item kept whole."""
        line = (
            "Foredrag v/Yrja Flom (UiB); «Regionreforma i eit historisk perspektiv – med "
            "litt humor og skråblikk» - Quiz - Servering av tapas"
        )
        text = f"Årsmøte fredag 8. februar 2019\n\n18:00 Uformell aften\n- {line}\n22:00 Slutt\n"
        session = folkemode.loads(text, format="text").sessions[0]
        assert [s.name for s in session.speakers] == ["Yrja Flom"]
        assert [item.text for item in session.items] == [line]
        assert not session.organisations

    def test_the_title_keeps_what_follows_the_people(self) -> None:
        head, people = READER.split_title("Foredrag v/ Kari Lund «Om skulen i bygda»")
        assert names(people) == ["Kari Lund"]
        assert head == "Foredrag – «Om skulen i bygda»"

    def test_a_quoted_title_is_no_body(self) -> None:
        people = READER.parse("Kari Lund; «Om skulen»")
        assert people is None or not people.organisations


class TestPeopleAfterTheTitlesDash:
    @pytest.mark.parametrize(
        ("title", "head", "speakers"),
        [
            (
                "Velkommen – Åse Rønning, leiar og Jan Hauge, nestleiar",
                "Velkommen",
                ["Åse Rønning", "Jan Hauge"],
            ),
            (
                "Kraft i det grønne skiftet – fylkesråd for plan og næring Lise Haugli",
                "Kraft i det grønne skiftet",
                ["Lise Haugli"],
            ),
        ],
    )
    def test_people_after_the_last_dash(self, title: str, head: str, speakers: list[str]) -> None:
        found, people = READER.split_title(title)
        assert found == head
        assert names(people) == speakers

    @pytest.mark.parametrize(
        "title",
        [
            "A - Allinge Havn",
            "Debatt – Høyre og Ap",
            "Kaffe – Kantina",
            "Tematime om reiseliv - Destinasjon Lofoten",
        ],
    )
    def test_a_place_or_bodies_after_a_dash_are_no_people(self, title: str) -> None:
        assert names(READER.split_title(title)[1]) == []


class TestTableRowsNamingTheirSpeaker:
    def test_the_title_cell_names_its_speaker_and_a_reference_is_no_title(self) -> None:
        text = (
            "Årsmøte onsdag 20. mars 2019\n\n"
            "12.00               Åpning v/fylkesleder Ståle Nordby                    (sak 1)\n"
            "12.45               Leders tale v/fylkesleder Ståle Nordby.              (sak 6)\n"
        )
        event = folkemode.loads(text, format="text")
        assert [(s.title, [p.name for p in s.speakers]) for s in event.sessions] == [
            ("Åpning", ["Ståle Nordby"]),
            ("Leders tale", ["Ståle Nordby"]),
        ]


class TestASentenceOfPeople:
    def test_people_with_their_bodies(self) -> None:
        """ "A, Skedsmo Mållag, B, Hamar dialekt- og mållag og C, Sveio Mållag.": three."""
        text = (
            "Landsmøte laurdag 10. september 2022\n\n17.30 Om å vere ung i laget\n"
            "Lene Nakken, Skedsmo Mållag, Siv Luvås, Hamar dialekt- og mållag og "
            "Mari Fludal, Sveio Mållag.\n20.00 Festmiddag\n"
        )
        session = folkemode.loads(text, format="text").sessions[0]
        assert [s.name for s in session.speakers] == ["Lene Nakken", "Siv Luvås", "Mari Fludal"]

    def test_a_sentence_about_people_stays_a_description(self) -> None:
        line = (
            "Socialrådgiver Mette Tind, Hjælperådet, spørger formand Bo Krogh, Vesterå "
            "Kommune, og direktør Sus Winkel, hvorfor borgerne venter."
        )
        assert READER.people_sentence(line) is None


class TestWhitespaceAlone:
    @pytest.mark.parametrize("spec", ["\t", "\u2003", " \t "])
    def test_whitespace_names_nobody(self, spec: str) -> None:
        """A tab or an em space alone is no organisation (and raises nothing)."""
        assert READER.parse(spec) is None


class TestAnItemNamingWhoGivesIt:
    def test_a_short_line_under_a_title_ending_in_its_speaker(self) -> None:
        """ "med mellom anna handlingsplan for valkampen ved Name": kept, and a speaker."""
        text = (
            "Årsmøte 31. januar 2009\n\nkl 1750 — 1830 Valkampen 2009\n"
            "med mellom anna handlingsplan for valkampen ved Børre Rud\n\nkl 1830 Slutt for dagen\n"
        )
        session = folkemode.loads(text, format="text").sessions[0]
        assert [s.name for s in session.speakers] == ["Børre Rud"]
        assert [i.text for i in session.items] == [
            "med mellom anna handlingsplan for valkampen ved Børre Rud"
        ]


class TestAbbreviatedTitleWithModifier:
    def test_professor_emeritus_abbreviated(self) -> None:
        """ "v/ prof. em. Name": an abbreviated title and its modifier, then the name."""
        head, people = READER.split_title("Kommunalrett i praksis v/ prof. em. Åse Lind Berget")
        assert head == "Kommunalrett i praksis"
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [("Åse Lind Berget", "prof. em.")]

    def test_a_modifier_alone_is_no_title(self) -> None:
        """ "tidligere Name": a modifier with no title before the name is not read as one."""
        assert READER.parse("tidligere Åse Lind Berget") is None


class TestAlternatives:
    def test_or_someone_standing_in(self) -> None:
        """ "v/ byråd Name eller stedfortreder": the person; the stand-in names nobody."""
        head, people = READER.split_title(
            "Budsjettet for 2027 v/ finansbyråd Tone Vik Hauge eller stedfortreder"
        )
        assert head == "Budsjettet for 2027"
        assert [(s.name, s.role) for s in people.speakers] == [("Tone Vik Hauge", "finansbyråd")]

    def test_one_or_the_other_or_both(self) -> None:
        """ "ved A eller B eller begge": both are the session's speakers."""
        assert names(READER.parse("Eirik Nes eller Marit Lunde eller begge")) == [
            "Eirik Nes",
            "Marit Lunde",
        ]


class TestALongLineOpenedByTheMarker:
    def test_ved_line_with_two_people_and_long_roles(self) -> None:
        """A line under the title opening with "Ved" names the people, however long it is."""
        text = (
            "Seminar laurdag 7. mars 2026\n\n12.30 Kva er eit godt lokalsamfunn?\n"
            "Ved Sigrun Bakke Aas, nestleiar i Ungdomsrådet og medlem i programnemnda, "
            "og Hallvard Eide, tilsett i Bygdeforlaget\n13.30 Lunsj\n"
        )
        session = folkemode.loads(text, format="text").sessions[0]
        assert [s.name for s in session.speakers] == ["Sigrun Bakke Aas", "Hallvard Eide"]


class TestAPanelSentence:
    def test_label_then_people_whose_roles_name_their_bodies(self) -> None:
        """ "Panelsamtale: A, leiar i X, B, varaordførar i Y kommune, … og D, role.": four
        people; a person after a role that names its body is the next person, not a body."""
        text = (
            "Haustmøte laurdag 10. oktober 2026\n\n14.20 Kva no for bygdene?\n"
            "Panelsamtale: Odd Ivar Bru, leiar i Mållaget, Randi Sæle, varaordførar i "
            "Fjordvik kommune, Tor Heggheim, rådgjevar i Tankesmia Vest og Liv Hagen, "
            "stortingsrepresentant.\n15.30 Kaffi\n"
        )
        session = folkemode.loads(text, format="text").sessions[0]
        assert [
            (s.name, s.organisation.name if s.organisation else None) for s in session.speakers
        ] == [
            ("Odd Ivar Bru", "Mållaget"),
            ("Randi Sæle", "Fjordvik kommune"),
            ("Tor Heggheim", "Tankesmia Vest"),
            ("Liv Hagen", None),
        ]


class TestBodiesNamedAsCompounds:
    @pytest.mark.parametrize(
        "spec", ["Ida Vang, projektleder, Vesterå Bibliotekerne", "Norges Bondelag"]
    )
    def test_no_body_is_a_speaker(self, spec: str) -> None:
        """A body in the plural definite, or opening with a country's genitive, is no person."""
        people = READER.parse(spec)
        assert people is not None
        assert "Vesterå Bibliotekerne" not in names(people)
        assert "Norges Bondelag" not in names(people)


class TestNamesSetInCapitals:
    def test_names_in_capitals_in_a_description(self) -> None:
        """ "Minister ANNE BØGH og borgmester KAJ LIND åbner …": two speakers, in ordinary case."""
        text = (
            "Topmøde 3. september 2026\n\n9.00 VELKOMST\n\n"
            "Børneminister ANNE BØGH og borgmester KAJ LIND åbner dagen og byder velkommen.\n\n"
            "10.00 PAUSE\n"
        )
        session = folkemode.loads(text, format="text").sessions[0]
        assert [s.name for s in session.speakers] == ["Anne Bøgh", "Kaj Lind"]

    def test_a_heading_in_capitals_and_a_body_stay(self) -> None:
        assert READER.names_cased("FROKOST Ved VIFTENS BISTRO") == "FROKOST Ved VIFTENS BISTRO"
        assert READER.names_cased("ELEVER FRA VESTERÅ SKOLE hjælper os i gang") == (
            "ELEVER FRA VESTERÅ SKOLE hjælper os i gang"
        )
        assert READER.names_cased("Oplæg fra KL om budgettet") == "Oplæg fra KL om budgettet"


class TestPeopleOpeningASentence:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            (
                "Ida Krag Holm formand for Danske Elevråd, giver os en ung stemme i debatten.",
                ["Ida Krag Holm"],
            ),
            (
                "Eske Lund, ph.d., og Bo Mørk, autoriseret psykolog, debatterer, hvordan vi "
                "skaber gode vaner.",
                ["Eske Lund", "Bo Mørk"],
            ),
        ],
    )
    def test_people_with_roles_then_the_verb(self, line: str, expected: list[str]) -> None:
        assert names(READER.prose_people(line)) == expected

    def test_a_body_opening_a_sentence_is_no_speaker(self) -> None:
        assert (
            READER.prose_people("Vesterå Kommune, Region Midtkysten, inviterer til møde.") is None
        )


class TestRolesWrittenFirst:
    def test_each_role_before_its_person(self) -> None:
        """ "X's formand, A, minister B samt Y's præsident, C": each role goes to the next."""
        people = READER.parse(
            "Folketingets formand, Ole Sand, statsminister Eva Borg samt Højesterets "
            "præsident, Jens Peter Kold"
        )
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [
            ("Ole Sand", "Folketingets formand"),
            ("Eva Borg", "statsminister"),
            ("Jens Peter Kold", "Højesterets præsident"),
        ]

    def test_a_role_at_the_end_is_the_last_persons(self) -> None:
        people = READER.parse(
            "statssekretær i departementet, Åse Moen (H) og Pål Eng (Frp), varaordfører"
        )
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers][-1] == ("Pål Eng", "varaordfører")


class TestWhoOpensTheItemAfterAColon:
    def test_role_name_and_verb_after_the_colon(self) -> None:
        """ "Møte i fylkestinget: Ordførar i X kommune, Name, helsar tinget": the speaker."""
        head, people = READER.split_title(
            "Møte i fylkestinget: Ordførar i Fjordvik kommune, Jon Håkon Lid, helsar tinget"
        )
        assert head.startswith("Møte i fylkestinget")
        assert people is not None
        assert [(s.name, s.role) for s in people.speakers] == [("Jon Håkon Lid", "Ordførar")]

    def test_a_title_with_a_colon_and_no_people(self) -> None:
        assert READER.split_title("Debatt: Kva no, Noreg?") == ("Debatt: Kva no, Noreg?", None)


class TestAPanelListedAfterTheProgramme:
    TEXT = (
        "Debatmøde om motorvejen\n\nMandag den 7. april 2025 kl. 16.00 på Vesterå Glasværk.\n\n"
        "Programmet:\n- Kl. 16.00 | Velkomst\n- Kl. 16.40 | Debat med lokale folketingsmedlemmer\n"
        "- Kl. 17.30 | Rundvisning på glasværket\n\nDebatpanelet består af:\n"
        "- Signe Holt, Venstre\n- Bo Kragh, Moderaterne\n"
    )

    def test_the_panel_is_the_debates(self) -> None:
        result = folkemode.parse(self.TEXT, format="text")
        speakers = {s.title: [p.name for p in s.speakers] for s in result.event.sessions}
        assert speakers["Debat med lokale folketingsmedlemmer"] == ["Signe Holt", "Bo Kragh"]
        assert speakers["Rundvisning på glasværket"] == []
        assert [d.code for d in result.diagnostics if d.code == "panel-moved"] == ["panel-moved"]

    def test_with_two_debates_the_panel_stays(self) -> None:
        text = self.TEXT.replace("| Velkomst", "| Debat om broen")
        result = folkemode.parse(text, format="text")
        speakers = {s.title: [p.name for p in s.speakers] for s in result.event.sessions}
        assert speakers["Rundvisning på glasværket"] == ["Signe Holt", "Bo Kragh"]


class TestATitleBeforeTheMarker:
    def test_velkomst_ved_moderator_is_a_title_with_its_speaker(self) -> None:
        """ "Velkomst ved moderator Name" under a bare time is the title, not a role."""
        assert not READER.speaker_line("Velkomst ved moderator Karen Holt")
        head, people = READER.split_title("Velkomst ved moderator Karen Holt")
        assert head == "Velkomst"
        assert [(s.name, s.role) for s in people.speakers] == [("Karen Holt", "moderator")]


class TestItemsWrittenAsSentences:
    TEXT = (
        "1. maj 2027\n\nKl. 12.30 mødes vi ved rådhuset i Vesterå.\n"
        "Kl. 12.50 byder Kim Holt velkommen.\n"
        "Kl. 13.00 går vi med fanerne i optog gennem byen.\n"
        "Kl. 13.45 holder Dan Vang (S), minister, tale.\n"
    )

    def test_each_kl_line_of_the_list_is_an_item(self) -> None:
        """ "Kl. 13.00 går vi …" among "Kl. …" lines is an item, not the one above's text."""
        sessions = folkemode.loads(self.TEXT, format="text").sessions
        assert [f"{s.start:%H.%M}" for s in sessions] == ["12.30", "12.50", "13.00", "13.45"]

    def test_who_the_verb_first_sentence_names(self) -> None:
        sessions = folkemode.loads(self.TEXT, format="text").sessions
        assert [[p.name for p in s.speakers] for s in sessions] == [
            [],
            ["Kim Holt"],
            [],
            ["Dan Vang"],
        ]

    def test_a_sentence_alone_in_prose_stays_text(self) -> None:
        text = (
            "Temadag 5. marts 2027\n\nFra kl. 9.00 er der kaffe, og vi slutter omkring "
            "kl. 15.30.\n\nKl. 10.00 Velkomst\n"
        )
        assert [s.title for s in folkemode.loads(text, format="text").sessions] == ["Velkomst"]


class TestABulletOpenedByTheMarker:
    def test_ved_bullet_names_the_speaker(self) -> None:
        """ "- ved sekretariatsleder i X Name" under a session: its speaker, not an item."""
        text = (
            "23.06.2027\n\n09.00 Åpning\n- ved sekretariatsleder i Utredningen Ellen Rømme\n\n"
            "09.15 Overlevering\n- ved professor Øyvind Sand\n"
        )
        sessions = folkemode.loads(text, format="text").sessions
        assert [[p.name for p in s.speakers] for s in sessions] == [
            ["Ellen Rømme"],
            ["Øyvind Sand"],
        ]
        assert sessions[0].items == ()
