"""The HTML programme page: content, localisation, structure, themes, calendar links, safety."""

from __future__ import annotations

import itertools
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import attrs
import extruct
import html5lib
import icalendar
import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import folkemode
from folkemode import Event, FolkemodeError, Organisation, Session, Speaker, Track, Venue
from folkemode.exporters import html as html_exporter
from folkemode.exporters._linebreaks import SOFT_HYPHEN
from folkemode.exporters.html import dump_html
from folkemode.exporters.jsonld import event_jsonld
from folkemode.formats import Exporter, ExportOption
from folkemode.plugins import exporters
from tests.programmes import (
    HOSTILE,
    HOSTILE_ATTRIBUTE,
    PROGRAMMES,
    hostile_programme,
    norwegian_conference,
    nynorsk_annual_meeting,
    online_workshop_day,
    recurring_course,
)
from tests.strategies import events

Element = Any  # xml.etree elements from html5lib


def parse(page: str) -> Element:
    """The page as a browser's parser builds it (html5lib follows the HTML standard)."""
    return html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)


def text_of(element: Element) -> str:
    """The text a reader sees, a line break counting as a space (soft hyphens unseen)."""
    chunks: list[str] = []

    def walk(node: Element) -> None:
        if node.tag == "br":
            chunks.append(" ")
        chunks.append(node.text or "")
        for child in node:
            walk(child)
            chunks.append(child.tail or "")

    walk(element)
    return " ".join("".join(chunks).replace(SOFT_HYPHEN, "").split())


def headings(document: Element) -> list[tuple[int, str]]:
    return [
        (int(e.tag[1]), text_of(e))
        for e in document.iter()
        if isinstance(e.tag, str) and re.fullmatch(r"h[1-6]", e.tag)
    ]


def quiet(document: Element, session: Session) -> bool:
    """Whether the page shows ``session`` as a quiet row (a break, a meal)."""
    article = document.find(f".//article[@id='session-{session.id}']")
    return "quiet" in article.get("class").split()


def by_class(document: Element, name: str) -> list[Element]:
    return [
        e
        for e in document.iter()
        if isinstance(e.tag, str) and name in (e.get("class") or "").split()
    ]


class TestContent:
    def test_document(self) -> None:
        """A complete HTML document in the event's language, titled with the event's name."""
        page = dump_html(Event.example())
        assert page.startswith("<!DOCTYPE html>\n")
        document = parse(page)
        assert document.get("lang") == "da"
        assert text_of(document.find("head/title")) == "Kommunalpolitisk Efterårsseminar 2025"
        assert document.find("head/meta[@charset]").get("charset") == "utf-8"
        assert document.find("head/meta[@name='viewport']") is not None

    def test_days_are_sections(self) -> None:
        """Each day is a section headed by its date, holding that day's sessions in order."""
        document = parse(dump_html(Event.example()))
        days = by_class(document, "day")
        assert [d.get("id") for d in days] == ["day-2025-11-13", "day-2025-11-14"]
        assert text_of(days[0].find("h2")) == "torsdag den 13. november 2025"
        assert days[0].find("h2/time").get("datetime") == "2025-11-13"
        titles = [text_of(h) for h in days[1].iter("h3")]
        assert titles == ["Nyvalgt – hvad nu?", "Afslutning"]

    def test_round_is_cards_side_by_side(self) -> None:
        """A workshop round is one block whose parallel sessions are cards in one list."""
        document = parse(dump_html(Event.example()))
        (round_section,) = by_class(document, "round")
        assert text_of(round_section.find(".//h3")) == "Workshops runde 1"
        assert "3 parallelle sessioner" in text_of(by_class(round_section, "round-label")[0])
        cards = round_section.findall(".//ul[@class='cards']/li")
        assert [text_of(c.find(".//h4")) for c in cards] == [
            "Borgerdialog der virker",
            "Klimaplaner i praksis",
            "Sådan læser du et budget",
        ]
        # The round states the time once; cards with the same time do not repeat it.
        assert round_section.find("p[@class='when']") is not None
        assert all(c.find(".//p[@class='when']") is None for c in cards)

    def test_times(self) -> None:
        """Times are <time> elements with the full date, time and UTC offset."""
        document = parse(dump_html(Event.example()))
        talk = document.find(
            ".//article[@id='session-20251113-oekonomien-i-kommunerne-frem-mod-2030']"
        )
        times = talk.findall(".//p[@class='when']/time")
        assert [(t.get("datetime"), t.text) for t in times] == [
            ("2025-11-13T10:30+01:00", "10.30"),
            ("2025-11-13T11:45+01:00", "11.45"),
        ]

    def test_speakers_with_role_and_organisation(self) -> None:
        """Speakers are listed with their role and organisation."""
        document = parse(dump_html(Event.example()))
        debate = document.find(".//article[@id='session-20251113-debat-hvem-bestemmer-i-kommunen']")
        assert [text_of(li) for li in debate.findall(".//ul[@class='speakers']/li")] == [
            "Mette Aagaard, borgmester, Egeskov Kommune",
            "Karim Haddad, kommunaldirektør, Havnby Kommune",
        ]

    def test_tracks_rooms_and_kinds(self) -> None:
        """Each session shows its kind, its track and its room."""
        document = parse(dump_html(Event.example()))
        budget = document.find(".//article[@id='session-20251113-saadan-laeser-du-et-budget']")
        tags = [text_of(span) for span in budget.find(".//p[@class='tags']")]
        assert tags == ["Workshop", "Nyvalgtes spor", "Lokale C"]
        card = document.find(".//li[@data-track='nyvalgtes-spor']")
        assert card is not None

    def test_labels_are_not_repeated(self) -> None:
        """ "Spor A" is shown as it is, not as "Spor: Spor A"; other names get the label."""
        event = Event.example()
        tracks = (Track(name="Spor A"), Track(name="Økonomi"), Track(name="Sporvogne"))
        sessions = [
            evolve(event.sessions[4], id=f"s{n}", track=track, room=room, round=None)
            for n, (track, room) in enumerate(
                zip(tracks, ("Lokale 2", "Sal B", "Lokalet"), strict=True)
            )
        ]
        document = parse(dump_html(evolve(event, tracks=tracks, sessions=sessions, rounds=())))
        shown = [
            [
                text_of(tag)
                for tag in document.find(f".//article[@id='session-s{n}']//p[@class='tags']")
            ]
            for n in range(3)
        ]
        assert shown == [
            ["Workshop", "Spor A", "Lokale 2"],
            ["Workshop", "Spor: Økonomi", "Lokale: Sal B"],
            ["Workshop", "Spor: Sporvogne", "Lokale: Lokalet"],
        ]
        page = dump_html(evolve(event, tracks=tracks, sessions=sessions, rounds=()))
        assert "Spor: Spor A" not in page and "Lokale: </span>Lokale 2" not in page

    def test_moderators_apart_from_speakers(self) -> None:
        """Whoever leads a debate is named by that role apart from the panel, not as a panellist."""
        event = Event.example()
        debate = event.sessions[8]
        people = (
            *debate.speakers,
            Speaker(name="Lene Stougaard", role="ordstyrer, journalist"),
            Speaker(name="Kari Nordmann", role="Moderator"),
            Speaker(name="Per Berg", role="konferencier", organisation=Organisation(name="KL")),
        )
        document = parse(
            dump_html(evolve(event, sessions=[evolve(debate, speakers=people)], rounds=()))
        )
        article = document.find(f".//article[@id='session-{debate.id}']")
        panel = [text_of(li) for li in article.findall(".//ul[@class='speakers']/li")]
        assert panel == [
            "Mette Aagaard, borgmester, Egeskov Kommune",
            "Karim Haddad, kommunaldirektør, Havnby Kommune",
        ]
        assert [text_of(p) for p in article.findall(".//p[@class='moderator']")] == [
            "Ordstyrer: Lene Stougaard, journalist",
            "Moderator: Kari Nordmann",
            "Konferencier: Per Berg, KL",
        ]

    def test_nested_agenda(self) -> None:
        """Agenda items nest as lists in lists."""
        document = parse(dump_html(nynorsk_annual_meeting()))
        agenda = document.find(".//ul[@class='agenda']")
        first = agenda.find("li")
        assert first.text == "Sak 1: Konstituering"
        assert [text_of(li) for li in first.findall("ul/li")] == [
            "Godkjenning av innkalling og saksliste",
            "Val av møteleiar og referent",
        ]

    def test_description_paragraphs(self) -> None:
        """Blank lines in a description start new paragraphs."""
        document = parse(dump_html(norwegian_conference()))
        talk = document.find(".//article[@id='session-20260210-kommuneoekonomien-i-2026']")
        paragraphs = talk.findall(".//div[@class='description']/p")
        assert [text_of(p) for p in paragraphs] == [
            "Hva betyr statsbudsjettet for kommunene?",
            "Etter innlegget blir det tid til spørsmål.",
        ]

    def test_masthead_facts(self) -> None:
        """Venue, online link, price, sign-up, deadline and contact are in the masthead."""
        document = parse(dump_html(norwegian_conference()))
        facts = {
            text_of(div.find("dt")): text_of(div.find("dd"))
            for div in document.find(".//dl[@class='facts']")
        }
        assert facts == {
            "Sted": "Gardermoen konferansesenter Hotellvegen 1, 2060 Gardermoen",
            "Pris": "3 950 kr",
            "Påmelding": (
                "https://example.no/kommunekonferansen-2026/pamelding Frist: 20. januar 2026"
            ),
            "Kontakt": "Ingrid Lie, rådgiver, ingrid.lie@example.no, +47 22 00 00 00",
        }
        assert document.find(".//a[@href='mailto:ingrid.lie@example.no']") is not None

    def test_editions_listed(self) -> None:
        """A recurring event lists its dates before the programme."""
        document = parse(dump_html(recurring_course()))
        editions = document.find(".//section[@class='editions']")
        assert [text_of(li) for li in editions.iter("li")] == [
            "Monday, April 20, 2026: Spring course, Aarhus · Aarhus City Hall",
            "Monday, June 8, 2026: Summer course, Odense · Odense Congress Centre",
            "Monday, September 14, 2026: Autumn course, online · Teams",
        ]

    def test_undated_sessions_come_last(self) -> None:
        """Sessions without a day get their own section after the dated ones."""
        event = evolve(
            Event.example(), sessions=(*Event.example().sessions, Session(title="Ekskursion"))
        )
        document = parse(dump_html(event))
        last = by_class(document, "day")[-1]
        assert last.get("id") == "day-undated"
        assert text_of(last.find("h2")) == "Uden dato"
        assert text_of(last.find(".//h3")) == "Ekskursion"

    def test_breaks_are_quiet(self) -> None:
        """Breaks and meals are slim rows."""
        document = parse(dump_html(Event.example()))
        pause = document.find(".//article[@id='session-20251113-kaffepause']")
        assert "quiet" in pause.get("class").split()

    def test_empty_programme(self) -> None:
        """An event with no sessions still makes a page."""
        page = dump_html(Event(name="Møde"))
        assert "<h1>Møde</h1>" in page


class TestLineBreaks:
    def test_long_words_get_soft_hyphens(self) -> None:
        """A word too long for a phone's line may break between its syllables, with a hyphen."""
        event = evolve(Event.example(), name="Strategikonferansen i Vestfold og Telemark 2024")
        page = dump_html(event)
        shy = SOFT_HYPHEN
        heading = f"<h1>Stra{shy}te{shy}gi{shy}kon{shy}fe{shy}ran{shy}sen i Vestfold"
        assert heading in page
        assert "<title>Strategikonferansen i Vestfold" in page  # a tab title does not wrap

    def test_addresses_break_at_separators(self) -> None:
        """An e-mail or web address may break after "@" and before its dots and slashes,
        never inside a name, and gets no hyphen; its link is the address itself."""
        document = parse(dump_html(norwegian_conference()))
        mail = document.find(".//a[@href='mailto:ingrid.lie@example.no']")
        assert [mail.text, *(w.tail for w in mail)] == ["ingrid.lie@", "example", ".no"]
        assert all(w.tag == "wbr" for w in mail)
        sign_up = document.find(
            ".//a[@href='https://example.no/kommunekonferansen-2026/pamelding']"
        )
        assert [sign_up.text, *(w.tail for w in sign_up)] == [
            "https://",
            "example",
            ".no",
            "/kommunekonferansen-2026",
            "/pamelding",
        ]

    def test_styles_ask_for_hyphenation(self) -> None:
        """The styles hyphenate in the page's language, and break a word anywhere only when
        nothing else keeps it from widening the page."""
        page = dump_html(Event.example(), locale="nb")
        style = text_of(parse(page).find(".//style"))
        assert "hyphens: auto;" in style and "overflow-wrap: anywhere;" in style
        assert '<html lang="nb">' in page


class TestLocales:
    @pytest.mark.parametrize(
        ("locale", "day", "time", "labels"),
        [
            ("da", "torsdag den 13. november 2025", "10.30", ("Workshop-runde", "", "Pause")),
            ("nb", "torsdag 13. november 2025", "10:30", ("Workshop-runde", "", "Pause")),
            ("nn", "torsdag 13. november 2025", "10:30", ("Workshop-runde", "", "Pause")),
            (
                "en",
                "Thursday, November 13, 2025",
                "10:30\u202fAM",
                ("Workshop round", "Track: ", "Break"),
            ),
        ],
    )
    def test_dates_times_and_labels(
        self, locale: str, day: str, time: str, labels: tuple[str, ...]
    ) -> None:
        """Day headings and times follow CLDR; labels come from the locale's catalogue."""
        page = dump_html(Event.example(), locale=locale)
        document = parse(page)
        assert document.get("lang") == locale
        assert text_of(document.find(".//section[@class='day']/h2")) == day
        assert f">{time}</time>" in page
        round_label, track = labels[0], labels[1]
        assert round_label in text_of(by_class(document, "round-label")[0])
        # "Nyvalgtes spor" says it is a track in Danish and Norwegian, not in English.
        assert f'<span class="track">{track}Nyvalgtes spor</span>' in page
        page_with_break = dump_html(Event.example(), locale=locale)
        assert labels[2] in page_with_break

    def test_nynorsk_is_not_bokmaal(self) -> None:
        """Nynorsk has its own words where they differ from Bokmål."""
        assert ">Stad</dt>" in dump_html(nynorsk_annual_meeting())
        assert ">Sted</dt>" in dump_html(nynorsk_annual_meeting(), locale="nb")

    def test_default_is_the_events_locale(self) -> None:
        """Without a locale the page is in the programme's own language."""
        assert '<html lang="nb">' in dump_html(norwegian_conference())

    def test_locale_tags_are_normalised(self) -> None:
        """ "nb-NO" and "no" mean Bokmål."""
        assert '<html lang="nb">' in dump_html(Event.example(), locale="nb-NO")
        assert '<html lang="nb">' in dump_html(Event.example(), locale="no")

    def test_unsupported_locale(self) -> None:
        """A locale folkemode does not write is a clear error."""
        with pytest.raises(FolkemodeError, match="locale 'sv' is not supported"):
            dump_html(Event.example(), locale="sv")

    def test_summer_and_winter_offsets(self) -> None:
        """The datetime attribute carries the offset in force on that day."""
        page = dump_html(norwegian_conference())
        assert 'datetime="2026-02-10T09:00+01:00"' in page


class TestStructure:
    @pytest.mark.parametrize("name", sorted(PROGRAMMES))
    def test_heading_order(self, name: str) -> None:
        """One h1, h2 for days, h3 for sessions and rounds, h4 inside rounds: no level skipped."""
        levels = [level for level, _ in headings(parse(dump_html(PROGRAMMES[name]())))]
        assert levels[0] == 1 and levels.count(1) == 1
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels

    def test_landmarks(self) -> None:
        """Banner, navigation, main and footer landmarks; a skip link to the programme."""
        document = parse(dump_html(Event.example()))
        body = document.find("body")
        assert [child.tag for child in body if child.tag != "script"] == [
            "a",
            "header",
            "nav",
            "main",
            "footer",
        ]
        assert body.find("a").get("href") == "#programme"
        assert body.find("main").get("id") == "programme"
        assert body.find("nav").get("aria-label") == "Program"

    @pytest.mark.parametrize("name", sorted(PROGRAMMES))
    def test_ids_are_unique(self, name: str) -> None:
        """No two elements share an id, and every in-page link has its target."""
        document = parse(dump_html(PROGRAMMES[name]()))
        ids = [e.get("id") for e in document.iter() if isinstance(e.tag, str) and e.get("id")]
        assert len(ids) == len(set(ids))
        targets = {
            e.get("href")[1:] for e in document.iter("a") if e.get("href", "").startswith("#")
        }
        assert targets <= set(ids)

    def test_self_contained(self) -> None:
        """No external stylesheet, script, image or font: the page works offline."""
        page = dump_html(Event.example())
        document = parse(page)
        assert not [e for e in document.iter() if isinstance(e.tag, str) and e.get("src")]
        assert document.find(".//link") is None
        style = text_of(document.find(".//style"))
        assert "@import" not in style and "url(" not in style

    def test_readable_without_script(self) -> None:
        """Every session is in the markup; the one script only adds the (hidden) track filter."""
        document = parse(dump_html(Event.example()))
        assert len(document.findall(".//article")) == len(Event.example().sessions)
        scripts = [s for s in document.iter("script") if s.get("type") != "application/ld+json"]
        assert len(scripts) == 1
        form = document.find(".//form[@id='track-filter']")
        assert form.get("hidden") is not None

    def test_no_filter_without_tracks(self) -> None:
        """A programme without tracks has no filter and no script."""
        document = parse(dump_html(nynorsk_annual_meeting()))
        assert document.find(".//form") is None
        assert [s.get("type") for s in document.iter("script")] == ["application/ld+json"]

    def test_print_stylesheet(self) -> None:
        """The page carries print rules that hide navigation and calendar links."""
        style = text_of(parse(dump_html(Event.example())).find(".//style"))
        print_rules = style[style.index("@media print") :]
        assert ".toolbar" in print_rules and ".calendar" in print_rules


class TestStructuredData:
    @pytest.mark.parametrize("name", sorted(PROGRAMMES))
    def test_extruct_finds_the_jsonld(self, name: str) -> None:
        """extruct reads from the page exactly what the JSON-LD exporter writes."""
        event = PROGRAMMES[name]()
        page = dump_html(event)
        found = extruct.extract(page, syntaxes=["json-ld"], uniform=False)["json-ld"]
        assert found == [json.loads(folkemode.dumps(event, format="jsonld"))]

    def test_base_url_reaches_the_jsonld(self) -> None:
        """The page's base_url makes JSON-LD @ids that are the page's own anchors."""
        page = dump_html(Event.example(), base_url="https://example.dk/program.html")
        (data,) = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
        session_id = data["subEvent"][2]["@id"]
        assert session_id.startswith("https://example.dk/program.html#session-")
        assert f'id="{session_id.partition("#")[2]}"' in page

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(events(max_sessions=6), st.sampled_from(["da", "nb", "nn", "en"]))
    def test_generated_events(self, event: Event, locale: str) -> None:
        """Any valid event renders; its JSON-LD is extractable and every session has its anchor."""
        page = dump_html(event, locale=locale)
        found = extruct.extract(page, syntaxes=["json-ld"], uniform=False)["json-ld"]
        assert found == [event_jsonld(event)]
        document = parse(page)
        anchors = {e.get("id") for e in document.iter("article")}
        assert anchors == {f"session-{s.id}" for s in event.sessions}
        assert text_of(document.find(".//h1")) == " ".join(
            event.name.replace(SOFT_HYPHEN, "").split()
        )


class TestHostileText:
    def test_text_stays_text(self) -> None:
        """'</script><script>alert(1)</script>' in every field is shown, never run."""
        event = hostile_programme()
        page = dump_html(event)
        document = parse(page)
        scripts = list(document.iter("script"))
        assert [s.get("type") for s in scripts] == ["application/ld+json", None]
        assert (
            scripts[1].text.strip()
            == (Path(html_exporter.__file__).parent / "templates" / "filter.js.j2")
            .read_text(encoding="utf-8")
            .split("#}", 1)[1]
            .strip()
        )
        assert json.loads(scripts[0].text) == event_jsonld(event)
        assert text_of(document.find(".//h1")) == " ".join(
            event.name.replace(SOFT_HYPHEN, "").split()
        )
        assert HOSTILE in document.find(".//title").text

    def test_no_event_handler_attributes(self) -> None:
        """Quotes in text cannot open an attribute: no element gains an on* attribute."""
        document = parse(dump_html(hostile_programme()))
        attributes = {name for e in document.iter() if isinstance(e.tag, str) for name in e.attrib}
        assert not [name for name in attributes if name.startswith("on")]
        description = document.find(".//meta[@name='description']").get("content")
        assert description == hostile_programme().description

    def test_only_safe_links(self) -> None:
        """javascript:, data: and vbscript: links are shown as text, not as links."""
        event = hostile_programme()
        document = parse(dump_html(event, calendar_links="none"))
        hrefs = [a.get("href") for a in document.iter("a")]
        assert all(h.startswith(("#", "https://", "http://", "mailto:")) for h in hrefs), hrefs
        links = document.find(".//ul[@class='links']")
        assert [text_of(li) for li in links] == [
            " ".join(u.split()) for u in event.sessions[0].links
        ]
        assert links.find(".//a") is None

    def test_mailto_with_quotes(self) -> None:
        """An e-mail address with quotes and brackets makes a percent-encoded mailto link."""
        document = parse(dump_html(hostile_programme()))
        mailto = [a.get("href") for a in document.iter("a") if a.get("href").startswith("mailto:")]
        assert len(mailto) == 1
        assert not set("\"'<> ") & set(unquote(mailto[0]).replace(HOSTILE_ATTRIBUTE, ""))
        assert '"' not in mailto[0] and "<" not in mailto[0]


class TestCalendarLinks:
    @pytest.fixture
    def fake_ics(self, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
        """An "ics" exporter that records its options and writes a tiny calendar."""
        calls: list[dict[str, Any]] = []

        def dump(event: Event, **options: Any) -> str:
            calls.append(options)
            return f"BEGIN:VCALENDAR\r\nX-SESSION:{options.get('session')}\r\nEND:VCALENDAR\r\n"

        fake = Exporter(
            name="ics",
            media_type="text/calendar",
            suffixes=(".ics",),
            dump=dump,
            options=(ExportOption(name="session", type=str, help="one session"),),
        )
        found = {**exporters(), "ics": fake}
        monkeypatch.setattr(folkemode.plugins, "exporters", lambda: found)
        return calls

    def test_data_links_hold_one_session(self, fake_ics: list[dict[str, Any]]) -> None:
        """Each session links to its own calendar, embedded as a data: URL with a file name."""
        event = Event.example()
        document = parse(dump_html(event))
        links = [a for a in document.iter("a") if "calendar" in (a.get("class") or "")]
        listed = [s for s in event.sessions if not quiet(document, s)]
        assert len(links) == len(listed) + 1  # and one for the whole programme
        session = event.sessions[1]
        first = document.find(f".//article[@id='session-{session.id}']//a[@class='calendar']")
        prefix = "data:text/calendar;charset=utf-8,"
        assert first.get("href").startswith(prefix)
        calendar = unquote(first.get("href")[len(prefix) :])
        assert calendar == f"BEGIN:VCALENDAR\r\nX-SESSION:{session.id}\r\nEND:VCALENDAR\r\n"
        assert first.get("download") == f"{session.id}.ics"
        assert {"session": session.id} in fake_ics and {} in fake_ics

    def test_quiet_rows_and_untimed_sessions_have_none(
        self, fake_ics: list[dict[str, Any]]
    ) -> None:
        """A break (a quiet row, its actions hidden) and a session with no time get no link."""
        event = Event.example()
        event = evolve(event, sessions=(*event.sessions, Session(title="Ekskursion")))
        document = parse(dump_html(event))
        pause = document.find(".//article[@id='session-20251113-kaffepause']")
        assert "quiet" in pause.get("class").split()
        assert pause.find(".//a") is None
        assert document.find(f".//article[@id='session-{event.sessions[-1].id}']//a") is None
        asked = {c.get("session") for c in fake_ics}
        assert "20251113-kaffepause" not in asked and event.sessions[-1].id not in asked

    def test_large_programmes_have_them_too(self, fake_ics: list[dict[str, Any]]) -> None:
        """A programme of hundreds of sessions gets every session's calendar by default."""
        event = Event.example()
        many = tuple(
            evolve(event.sessions[1], title=f"Stand {n}", id=f"stand-{n}") for n in range(400)
        )
        big = evolve(event, sessions=(*event.sessions, *many))
        page = dump_html(big)
        document = parse(page)
        listed = [s.id for s in big.sessions if not quiet(document, s)]
        assert page.count('class="calendar"') == len(listed) + 1
        assert sorted(c["session"] for c in fake_ics if c) == sorted(listed)
        assert 'class="calendar"' not in dump_html(big, calendar_links="none")

    def test_pattern_links(self) -> None:
        """A pattern with {id} links each session to a calendar file beside the page."""
        event = Event.example()
        page = dump_html(event, calendar_links="kalender/{id}.ics")
        assert f'href="kalender/{event.sessions[1].id}.ics"' in page
        page = dump_html(event, calendar_links="https://example.dk/ical/{id} x.ics")
        assert f'href="https://example.dk/ical/{event.sessions[1].id}%20x.ics"' in page

    def test_none(self) -> None:
        """calendar_links="none" leaves them out."""
        assert 'class="calendar"' not in dump_html(Event.example(), calendar_links="none")

    @pytest.mark.parametrize(
        ("setting", "message"),
        [
            ("kalender.ics", "URL pattern with {id}"),
            ("javascript:alert('{id}')", "must be a relative URL or an http"),
        ],
    )
    def test_bad_settings(self, setting: str, message: str) -> None:
        """A pattern without {id} or with a script scheme is refused."""
        with pytest.raises(FolkemodeError, match=re.escape(message)):
            dump_html(Event.example(), calendar_links=setting)

    def test_data_needs_an_ics_exporter(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Asking for data: links without an ics exporter says what is missing."""
        without_ics = {n: e for n, e in exporters().items() if n != "ics"}
        monkeypatch.setattr(folkemode.plugins, "exporters", lambda: without_ics)
        with pytest.raises(FolkemodeError, match="needs the ics exporter"):
            dump_html(Event.example(), calendar_links="data")
        assert 'class="calendar"' not in dump_html(Event.example())

    def test_real_ics_exporter(self) -> None:
        """With folkemode's ICS exporter, a session's link holds that one session as a VEVENT,
        at its instants in UTC and without folkemode's own data: small, and still exact."""
        if "ics" not in exporters():
            pytest.skip("no ics exporter is registered yet")
        event = Event.example()
        session = event.sessions[2]
        document = parse(dump_html(event))
        link = document.find(f".//article[@id='session-{session.id}']//a[@class='calendar']")
        calendar = unquote(link.get("href").split(",", 1)[1])
        direct = folkemode.dumps(
            evolve(event, timezone="UTC"), format="ics", session=session.id, folkemode_data=False
        )
        assert calendar == direct
        assert calendar.count("BEGIN:VEVENT") == 1
        assert "VTIMEZONE" not in calendar and "X-FOLKEMODE" not in calendar
        assert session.title in calendar.replace("\r\n ", "")
        (vevent,) = icalendar.Calendar.from_ical(calendar).walk("VEVENT")
        assert vevent.decoded("DTSTART") == session.start
        assert vevent.decoded("DTEND") == session.end
        assert str(vevent["UID"]).startswith(session.id + "@")

    def test_links_stay_small(self) -> None:
        """A session's link costs about as much as what it says about the session, not
        three times the page's own text for it."""
        if "ics" not in exporters():
            pytest.skip("no ics exporter is registered yet")
        for build in (online_workshop_day, norwegian_conference):
            event = build()
            page = dump_html(event)
            sessions = [a.get("href") for a in parse(page).iter("a") if a.get("download")][1:]
            assert sessions and max(len(h.encode()) for h in sessions) < 1700, build.__name__
            bare = dump_html(event, calendar_links="none")
            assert len(page.encode()) < 2.2 * len(bare.encode()), build.__name__


class TestThemes:
    def test_replace_one_template(self, tmp_path: Path) -> None:
        """A theme folder's template replaces the built-in one of the same name."""
        (tmp_path / "style.css.j2").write_text("body { color: rebeccapurple; }", encoding="utf-8")
        page = dump_html(Event.example(), template_dir=tmp_path)
        assert "rebeccapurple" in page and "--paper" not in page
        assert "Workshops runde 1" in page

    def test_extend_the_built_in_page(self, tmp_path: Path) -> None:
        """A theme's page can extend the built-in one and override a block."""
        (tmp_path / "page.html.j2").write_text(
            '{% extends "folkemode/page.html.j2" %}'
            "{% block footer %}<footer><p>{{ _('Track') }}: {{ event.name }}</p></footer>"
            "{% endblock %}",
            encoding="utf-8",
        )
        page = dump_html(Event.example(), template_dir=str(tmp_path), locale="nb")
        assert "<footer><p>Spor: Kommunalpolitisk Efterårsseminar 2025</p></footer>" in page
        assert "Laget med" not in page and "Workshops runde 1" in page

    def test_theme_output_is_escaped(self, tmp_path: Path) -> None:
        """Autoescaping applies to a theme's templates too."""
        (tmp_path / "page.html.j2").write_text("<h1>{{ event.name }}</h1>", encoding="utf-8")
        page = dump_html(hostile_programme(), template_dir=tmp_path)
        assert "<script>" not in page and "&lt;/script&gt;" in page

    def test_missing_folder(self, tmp_path: Path) -> None:
        """A template folder that does not exist is named in the error."""
        with pytest.raises(FolkemodeError, match=r"template folder .*nowhere.* does not exist"):
            dump_html(Event.example(), template_dir=tmp_path / "nowhere")

    def test_syntax_error(self, tmp_path: Path) -> None:
        """A broken theme template is reported with its file and line."""
        (tmp_path / "page.html.j2").write_text("<p>\n{% if %}\n", encoding="utf-8")
        with pytest.raises(FolkemodeError, match=r"page\.html\.j2:2: template error"):
            dump_html(Event.example(), template_dir=tmp_path)

    def test_unknown_name(self, tmp_path: Path) -> None:
        """A theme that uses a name the page does not have gets a clear error."""
        (tmp_path / "page.html.j2").write_text("{{ event.nmae }}", encoding="utf-8")
        with pytest.raises(FolkemodeError, match=r"template error: .*nmae"):
            dump_html(Event.example(), template_dir=tmp_path)

    def test_missing_include(self, tmp_path: Path) -> None:
        """Including a template that is not there names it."""
        (tmp_path / "page.html.j2").write_text('{% include "nav.html.j2" %}', encoding="utf-8")
        with pytest.raises(FolkemodeError, match=r"template 'nav\.html\.j2' not found"):
            dump_html(Event.example(), template_dir=tmp_path)


class TestExporter:
    def test_registered(self, tmp_path: Path) -> None:
        """The "html" format and the .html suffix reach this exporter, with its options."""
        event = Event.example()
        assert folkemode.dumps(event, format="html", locale="en") == dump_html(event, locale="en")
        folkemode.dump(event, tmp_path / "programme.html")
        assert (tmp_path / "programme.html").read_text(encoding="utf-8") == dump_html(event)
        names = {o.name for o in exporters()["html"].options}
        assert names == {"locale", "template_dir", "base_url", "calendar_links"}

    def test_unknown_option(self) -> None:
        """A misspelt option is refused with the list of real ones."""
        with pytest.raises(FolkemodeError, match="no option 'locle'"):
            folkemode.dumps(Event.example(), format="html", locle="da")

    def test_online_venue(self) -> None:
        """An online meeting's link is in the masthead, named by its platform."""
        document = parse(dump_html(online_workshop_day()))
        link = document.find(".//dl[@class='facts']//a")
        assert link.get("href") == "https://zoom.us/j/12345678900"
        assert text_of(link) == "Zoom"

    def test_meeting_link_shown_once(self) -> None:
        """ "digitalt på Teams: <link>" is a Teams meeting, and the page shows its raw link
        nowhere: the venue keeps its words, the online fact links "Microsoft Teams"."""
        url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA4ZmI1NjctZjY4Nz/0"
        text = (
            "Strategikonferansen 2024\n\n"
            f"Sted: digitalt på Teams: {url}\n"
            "Dato: 14. mars 2024\n\nProgram\n10:00-11:00 Åpning\n11:00-12:00 Debatt\n"
        )
        event = folkemode.loads(text, format="text")
        assert event.venue is not None and event.venue.platform == "Microsoft Teams"
        document = parse(dump_html(event))
        facts = {
            text_of(div.find("dt")): div.find("dd")
            for div in document.find(".//dl[@class='facts']")
        }
        assert text_of(facts["Sted"]) == "digitalt på Teams"
        (link,) = facts["Digitalt"].iter("a")
        assert (link.get("href"), text_of(link)) == (url, "Microsoft Teams")
        assert url not in text_of(document.find("body"))
        if "ics" in exporters():
            calendar = folkemode.dumps(event, format="ics")
            assert "LABEL=Microsoft Teams;" in calendar and "Nettmøte" not in calendar

    def test_meeting_link_without_platform(self) -> None:
        """A meeting link on an unknown service is named by its host, not written out."""
        event = evolve(
            Event.example(),
            venue=Venue(name="Online", online_url="https://meet.example.org/r/budget-2026"),
        )
        link = parse(dump_html(event)).find(".//dl[@class='facts']//a")
        assert text_of(link) == "meet.example.org"

    def test_session_without_end(self) -> None:
        """A session with a start only shows just its start."""
        zone = Event.example().zone
        event = Event(
            name="Møde",
            sessions=[Session(title="Start", start=datetime(2026, 1, 5, 9, tzinfo=zone))],
        )
        document = parse(dump_html(event))
        assert [t.text for t in document.findall(".//p[@class='when']/time")] == ["09.00"]

    @pytest.mark.parametrize(
        "session_id",
        ["javascript:alert(document.domain)//", "../../../outside/x", 'a" onclick="x', "Ærø møde"],
    )
    def test_ids_from_outside_stay_one_relative_link(self, session_id: str) -> None:
        """A session id read from JSON or a foreign calendar becomes one quoted path segment."""
        event = Event.example()
        first = attrs.evolve(event.sessions[1], id=session_id)
        event = attrs.evolve(event, sessions=[event.sessions[0], first, *event.sessions[2:]])
        document = parse(dump_html(event, calendar_links="kalender/{id}.ics"))
        links = [a for a in document.iter("a") if a.get("download")]
        first_link = next(a for a in links if "kalender/" in (a.get("href") or ""))
        href = first_link.get("href")
        assert href == "kalender/" + quote(session_id, safe="") + ".ics"
        assert "/" not in href.removeprefix("kalender/") and ":" not in href
