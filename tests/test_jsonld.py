"""schema.org JSON-LD: valid against the vocabulary, complete for event search, stable, inert."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyld import jsonld

import folkemode
from folkemode import Event, Price, Session, SessionKind, Venue
from folkemode.exporters._jsonld_builder import document_iri
from folkemode.exporters.jsonld import event_jsonld, script_json, script_jsonld
from tests import schemaorg
from tests.programmes import HOSTILE, PROGRAMMES, online_workshop_day, recurring_course
from tests.strategies import events

OFFSET = re.compile(r"T\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$")
EVENT_TYPES = {"Event", "EventSeries", "SocialEvent", "FoodEvent"}


def event_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The node and every sub-event below it."""
    yield node
    for child in node.get("subEvent", []):
        yield from event_nodes(child)


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def values_of(data: Any, key: str) -> Iterator[Any]:
    """Every value stored under ``key`` anywhere in ``data``."""
    if isinstance(data, dict):
        for name, value in data.items():
            if name == key:
                yield value
            yield from values_of(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from values_of(item, key)


class TestSchemaOrgVocabulary:
    @pytest.mark.parametrize("name", sorted(PROGRAMMES))
    def test_fixture_programmes(self, name: str) -> None:
        """Every type, property and enumeration value in the fixtures is schema.org's."""
        assert schemaorg.problems(event_jsonld(PROGRAMMES[name]())) == []

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(events(max_sessions=6), st.sampled_from([None, "https://example.org/page"]))
    def test_generated_events(self, event: Event, base_url: str | None) -> None:
        """Any valid event, with or without a page URL, expands to known schema.org terms only."""
        assert schemaorg.problems(event_jsonld(event, base_url=base_url)) == []

    def test_misspelt_property_fails(self) -> None:
        """A property schema.org does not have is reported, not silently dropped."""
        data = event_jsonld(Event.example())
        data["subEvent"][1]["perfomer"] = data["subEvent"][1].pop("performer")
        assert schemaorg.problems(data) == [
            "$[0].subEvent[1].perfomer: unknown property http://schema.org/perfomer"
        ]

    def test_misspelt_type_fails(self) -> None:
        """An unknown type is reported."""
        data = event_jsonld(Event.example())
        data["subEvent"][0]["@type"] = "Evnt"
        assert "$[0].subEvent[0]: unknown type http://schema.org/Evnt" in schemaorg.problems(data)

    def test_property_of_another_type_fails(self) -> None:
        """A real property on a type that cannot have it (jobTitle of an Organization) fails."""
        data = event_jsonld(Event.example())
        data["organizer"][0]["jobTitle"] = "chef"
        assert schemaorg.problems(data) == [
            "$[0].organizer[0].jobTitle: jobTitle is not a property of "
            "http://schema.org/Organization"
        ]

    def test_value_of_wrong_type_fails(self) -> None:
        """A node value the property does not take (a Place as performer) fails."""
        data = event_jsonld(Event.example())
        data["subEvent"][1]["performer"] = {"@type": "Place", "name": "Torvet"}
        assert schemaorg.problems(data) == [
            "$[0].subEvent[1].performer[0]: a http://schema.org/Place is not a value "
            "performer takes"
        ]

    def test_unknown_enumeration_member_fails(self) -> None:
        """A misspelt schema.org value such as an event status fails."""
        data = event_jsonld(Event.example())
        data["eventStatus"] = "https://schema.org/EventSchedueld"
        assert schemaorg.problems(data) == [
            "$[0].eventStatus[0]: https://schema.org/EventSchedueld is no schema.org "
            "enumeration member"
        ]

    def test_no_network(self) -> None:
        """The document loader serves only the local schema.org context."""
        with pytest.raises(jsonld.JsonLdError):
            schemaorg.expand({"@context": "https://example.org/context.jsonld", "name": "x"})

    def test_local_context_is_schema_orgs(self) -> None:
        """The context maps terms to schema.org and coerces dates as schema.org does."""
        context = schemaorg.schema_context()["@context"]
        assert context["@vocab"] == "http://schema.org/"
        assert context["startDate"] == {"@id": "schema:startDate", "@type": "Date"}


class TestEventSearchFields:
    def test_every_event_has_the_required_fields(self) -> None:
        """Name, start with UTC offset, end, location, mode, status and language on every event."""
        data = event_jsonld(Event.example())
        nodes = list(event_nodes(data))
        assert len(nodes) == 1 + len(Event.example().sessions)
        for node in nodes:
            assert node["@type"] in EVENT_TYPES
            assert node["name"]
            assert OFFSET.search(node["startDate"]), node["startDate"]
            assert OFFSET.search(node["endDate"]), node["endDate"]
            assert node["location"]
            assert node["eventAttendanceMode"].startswith("https://schema.org/")
            assert node["eventStatus"] == "https://schema.org/EventScheduled"
            assert node["inLanguage"] == "da"
            assert node["organizer"]

    def test_performers(self) -> None:
        """Speakers are Persons with their job title and an affiliated Organization."""
        talk = event_jsonld(Event.example())["subEvent"][2]
        assert talk["performer"] == [
            {
                "@type": "Person",
                "@id": "https://example.dk/efteraarsseminar-2025#person-jonas-brink",
                "name": "Jonas Brink",
                "jobTitle": "cheføkonom",
                "affiliation": {
                    "@type": "Organization",
                    "@id": "https://example.dk/efteraarsseminar-2025#org-kommunernes-landsforening",
                    "name": "Kommunernes Landsforening",
                    "alternateName": "KL",
                    "url": "https://www.kl.dk",
                },
            }
        ]

    def test_hybrid_venue(self) -> None:
        """A hybrid meeting has a Place with a PostalAddress and a VirtualLocation with its URL."""
        data = event_jsonld(Event.example())
        place, online = data["location"]
        assert place["address"] == {
            "@type": "PostalAddress",
            "streetAddress": "Torvet 1",
            "postalCode": "5700",
            "addressLocality": "Egeskov",
            "addressCountry": "DK",
        }
        assert online == {
            "@type": "VirtualLocation",
            "name": "Zoom",
            "url": "https://zoom.us/j/98765432100",
        }
        assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"

    def test_room_is_a_place_in_the_venue(self) -> None:
        """A session's room is a Place contained in the venue, with the venue's address."""
        workshop = event_jsonld(Event.example())["subEvent"][4]
        room = workshop["location"][0]
        assert room["name"] == "Lokale A"
        assert room["containedInPlace"] == {
            "@id": "https://example.dk/efteraarsseminar-2025#venue-egeskov-raadhus"
        }
        assert room["address"]["postalCode"] == "5700"

    def test_online_only(self) -> None:
        """An online event has only a VirtualLocation and the online attendance mode."""
        data = event_jsonld(online_workshop_day())
        for node in event_nodes(data):
            assert node["location"]["@type"] == "VirtualLocation"
            assert node["location"]["url"] == "https://zoom.us/j/12345678900"
            assert node["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"

    def test_physical_only(self) -> None:
        """A venue without an online meeting is attended offline."""
        event = evolve(Event.example(), venue=Venue(name="Rådhuset", address="Torvet 1"))
        data = event_jsonld(event)
        assert data["location"]["@type"] == "Place"
        assert data["location"]["address"] == {
            "@type": "PostalAddress",
            "streetAddress": "Torvet 1",
        }
        assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"

    def test_price(self) -> None:
        """A stated price is an Offer with amount, currency and deadline; not free."""
        data = event_jsonld(Event.example())
        assert data["offers"] == {
            "@type": "Offer",
            "@id": "https://example.dk/efteraarsseminar-2025#offer",
            "description": "1.950 kr. ekskl. moms",
            "price": 1950,
            "priceCurrency": "DKK",
            "url": "https://example.dk/efteraarsseminar-2025",
            "validThrough": "2025-10-30",
        }
        assert data["isAccessibleForFree"] is False

    def test_free(self) -> None:
        """A programme that costs nothing is accessible for free at price 0."""
        data = event_jsonld(online_workshop_day())
        assert data["isAccessibleForFree"] is True
        assert data["offers"]["price"] == 0

    def test_price_without_amount(self) -> None:
        """A price in words only is an Offer with its description, and no free/paid claim."""
        event = evolve(Event.example(), price=Price(text="Se hjemmesiden"))
        data = event_jsonld(event)
        assert data["offers"]["description"] == "Se hjemmesiden"
        assert "price" not in data["offers"]
        assert "isAccessibleForFree" not in data

    def test_fractional_price(self) -> None:
        """Øre and cents survive as a decimal number."""
        event = evolve(Event.example(), price=Price(text="99,50 kr", amount=Decimal("99.50")))
        assert event_jsonld(event)["offers"]["price"] == 99.5

    def test_summer_time_offset(self) -> None:
        """Times carry the offset in force on the day, in the event's zone."""
        zone = ZoneInfo("Europe/Oslo")
        event = Event(
            name="Sommermøte",
            timezone="Europe/Oslo",
            locale="nb",
            sessions=[
                Session(
                    title="Åpning",
                    start=datetime(2026, 6, 1, 10, tzinfo=zone),
                    end=datetime(2026, 6, 1, 8, 30, tzinfo=ZoneInfo("UTC")),
                )
            ],
        )
        session = event_jsonld(event)["subEvent"][0]
        assert session["startDate"] == "2026-06-01T10:00+02:00"
        assert session["endDate"] == "2026-06-01T10:30+02:00"
        assert session["inLanguage"] == "nb"

    def test_all_day_event_has_dates(self) -> None:
        """An event known only by its dates says so with plain dates."""
        zone = ZoneInfo("Europe/Copenhagen")
        event = Event(
            name="Folkemødet",
            start=datetime(2026, 6, 11, tzinfo=zone),
            end=datetime(2026, 6, 13, tzinfo=zone),
            all_day=True,
        )
        data = event_jsonld(event)
        assert (data["startDate"], data["endDate"]) == ("2026-06-11", "2026-06-13")

    def test_untimed_session_has_its_day(self) -> None:
        """A session with a day but no time starts on that date."""
        event = Event(
            name="Seminar",
            sessions=[Session(title="Åbent hus", day=datetime(2026, 3, 2).date())],
        )
        assert event_jsonld(event)["subEvent"][0]["startDate"] == "2026-03-02"

    def test_kinds_with_closer_types(self) -> None:
        """Meals are FoodEvents and social items SocialEvents."""
        types = {n["name"]: n["@type"] for n in event_nodes(event_jsonld(Event.example()))}
        assert types["Festmiddag"] == "FoodEvent"
        assert types["Kaffepause"] == "Event"

    def test_contacts_of_the_organiser(self) -> None:
        """The one organiser carries the contacts as ContactPoints on the top event only."""
        data = event_jsonld(Event.example())
        assert data["organizer"][0]["contactPoint"] == [
            {
                "@type": "ContactPoint",
                "name": "Lise Kjær",
                "contactType": "konsulent",
                "email": "lise.kjaer@example.dk",
            }
        ]
        assert "contactPoint" not in data["subEvent"][0]["organizer"][0]

    def test_contacts_organise_when_no_organisation_does(self) -> None:
        """Without an organising organisation, the contact persons are the organisers."""
        event = online_workshop_day()
        data = event_jsonld(event)
        assert data["organizer"] == [
            {
                "@type": "Person",
                "@id": f"{document_iri(event, None)}#person-jens-lund",
                "name": "Jens Lund",
                "email": "jens@example.dk",
            }
        ]

    def test_session_organisations_organise_it(self) -> None:
        """Organisations named on a session are that session's organisers."""
        data = event_jsonld(Event.example())
        workshop = next(n for n in event_nodes(data) if n["name"] == "Klimaplaner i praksis")
        assert [o["name"] for o in workshop["organizer"]] == ["Egeskov Kommune"]

    def test_links_are_pages_about_the_session(self) -> None:
        """A session's web links are pages about it."""
        talk = event_jsonld(Event.example())["subEvent"][2]
        assert talk["subjectOf"] == [{"@type": "WebPage", "url": "https://www.kl.dk/okonomi"}]


class TestStructure:
    def test_sub_events_point_back(self) -> None:
        """Each sub-event names its parent with superEvent, and every @id is unique."""
        data = event_jsonld(Event.example())
        ids = []
        for node in event_nodes(data):
            ids.append(node["@id"])
            for child in node.get("subEvent", []):
                assert child["superEvent"] == {"@id": node["@id"]}
        assert len(ids) == len(set(ids))

    def test_editions_make_a_series(self) -> None:
        """A recurring event is an EventSeries of Events; sessions sit in their edition."""
        data = event_jsonld(recurring_course())
        assert data["@type"] == "EventSeries"
        editions = data["subEvent"]
        assert [e["name"] for e in editions] == [
            "Spring course, Aarhus",
            "Summer course, Odense",
            "Autumn course, online",
        ]
        assert [e["startDate"] for e in editions] == [
            "2026-04-20T09:00+02:00",
            "2026-06-08T09:00+02:00",
            "2026-09-14T09:00+02:00",
        ]
        assert [s["name"] for s in editions[0]["subEvent"]] == [
            "How a municipal budget is made",
            "Lunch",
            "Reading the numbers together",
        ]
        assert "subEvent" not in editions[1]
        assert editions[1]["location"]["address"]["addressLocality"] == "Odense SØ"
        assert editions[2]["location"]["@type"] == "VirtualLocation"
        assert editions[2]["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
        assert editions[0]["subEvent"][0]["superEvent"] == {"@id": editions[0]["@id"]}

    def test_ids_come_from_the_model(self) -> None:
        """@ids are fragments of the event's URL made from the model's ids."""
        event = Event.example()
        data = event_jsonld(event)
        assert data["@id"] == f"{event.url}#event-{event.id}"
        assert [s["@id"] for s in data["subEvent"]] == [
            f"{event.url}#session-{s.id}" for s in event.sessions
        ]

    def test_ids_are_stable_when_the_programme_changes(self) -> None:
        """Adding a session keeps the @ids of all the others."""
        event = Event.example()
        before = {n["name"]: n["@id"] for n in event_nodes(event_jsonld(event))}
        extra = Session(
            title="Morgenkaffe",
            start=datetime(2025, 11, 13, 9, tzinfo=event.zone),
            kind=SessionKind.BREAK,
        )
        after = {
            n["name"]: n["@id"]
            for n in event_nodes(event_jsonld(evolve(event, sessions=(extra, *event.sessions))))
        }
        assert {name: after[name] for name in before} == before

    def test_base_url_names_the_page(self) -> None:
        """With base_url, @ids and sub-event URLs are anchors on that page."""
        data = event_jsonld(Event.example(), base_url="https://example.dk/program.html")
        talk = data["subEvent"][2]
        assert talk["@id"] == (
            "https://example.dk/program.html#session-20251113-oekonomien-i-kommunerne-frem-mod-2030"
        )
        assert talk["url"] == talk["@id"]
        assert data["url"] == "https://example.dk/efteraarsseminar-2025"

    def test_without_any_url_ids_are_fragments_of_a_urn(self) -> None:
        """Without a URL, @ids are fragments of a urn:uuid: made from the event's id."""
        data = event_jsonld(evolve(Event.example(), url=None))
        assert data["@id"] == (
            "urn:uuid:53332abb-6024-5a7d-a0c9-a79919d39c6d"
            "#event-kommunalpolitisk-efteraarsseminar-2025"
        )
        assert data["subEvent"][0]["@id"] == (
            "urn:uuid:53332abb-6024-5a7d-a0c9-a79919d39c6d#session-20251113-ankomst-og-registrering"
        )

    def test_urn_is_the_events_own(self) -> None:
        """The urn:uuid: is the version 5 UUID of the event's id in folkemode's namespace."""
        event = evolve(Event.example(), url=None)
        expected = uuid.uuid5(uuid.UUID("87a39d70-11af-4151-9e41-4fb1d5c2e576"), event.id).urn
        assert document_iri(event, None) == expected
        assert document_iri(evolve(event, id="kommunalpolitisk-foraarsseminar-2026"), None) != (
            expected
        )
        this_year, next_year = Event(name="Årsmøde 2026"), Event(name="Årsmøde 2027")
        assert document_iri(this_year, None) != document_iri(next_year, None)

    def test_urn_ignores_the_programme(self) -> None:
        """An edited programme (other sessions, a description) keeps its urn:uuid:."""
        sessions = Event.example().sessions
        before = Event(name="Efterårsseminar", sessions=sessions)
        after = Event(name="Efterårsseminar", sessions=sessions[1:], description="Nyt program")
        assert before.id == after.id
        assert document_iri(after, None) == document_iri(before, None)

    def test_without_a_page_no_url(self) -> None:
        """A url is a web address: without a page there is no session url, and no urn in any."""
        data = event_jsonld(evolve(Event.example(), url=None, registration_url=None))
        assert all("url" not in node for node in event_nodes(data))
        assert "url" not in data["offers"]
        urls = list(values_of(data, "url"))
        assert urls and all(u.startswith("https://") for u in urls), urls

    def test_odd_ids_are_percent_encoded(self) -> None:
        """An id given by hand with spaces or a '#' still makes one well-formed IRI."""
        event = Event.example()
        odd = evolve(event.sessions[0], id="åben dør #1")
        data = event_jsonld(evolve(event, sessions=(odd, *event.sessions[1:])))
        assert data["subEvent"][0]["@id"] == (
            "https://example.dk/efteraarsseminar-2025#session-%C3%A5ben%20d%C3%B8r%20%231"
        )

    def test_exporter_is_registered(self, tmp_path: Any) -> None:
        """The "jsonld" format and the .jsonld suffix both reach this exporter."""
        event = Event.example()
        text = folkemode.dumps(event, format="jsonld")
        assert json.loads(text) == event_jsonld(event)
        folkemode.dump(event, tmp_path / "programme.jsonld")
        assert (tmp_path / "programme.jsonld").read_text(encoding="utf-8") == text

    def test_one_line(self) -> None:
        """indent=0 writes one line; Nordic letters stay themselves."""
        text = folkemode.dumps(Event.example(), format="jsonld", indent=0)
        assert "\n" not in text
        assert "Efterårsseminar" in text

    def test_base_url_option(self) -> None:
        """base_url is an exporter option, so the command line offers it."""
        text = folkemode.dumps(Event.example(), format="jsonld", base_url="https://a.example/p")
        assert json.loads(text)["@id"].startswith("https://a.example/p#event-")


class TestHostileText:
    def test_text_survives_exactly(self) -> None:
        """Hostile text is data: it comes back unchanged from the JSON."""
        event = PROGRAMMES["hostile"]()
        data = json.loads(folkemode.dumps(event, format="jsonld"))
        assert data["name"] == event.name
        assert data["subEvent"][0]["performer"][0]["name"] == event.sessions[0].speakers[0].name

    def test_only_web_links(self) -> None:
        """javascript:, data: and other schemes never reach a url property."""
        data = event_jsonld(PROGRAMMES["hostile"]())
        urls = list(values_of(data, "url"))
        assert all(u.startswith(("http://", "https://")) for u in urls), urls
        assert "javascript" not in json.dumps(data).lower()

    def test_script_json_cannot_close_the_element(self) -> None:
        """Embedded JSON has no '<', '>' or '&', and parses back to the same data."""
        data = event_jsonld(PROGRAMMES["hostile"]())
        text = script_json(data)
        assert not set("<>&") & set(text)
        assert json.loads(text) == data
        assert HOSTILE in json.loads(text)["name"]

    @settings(max_examples=100)
    @given(
        st.recursive(st.text(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner))
    )
    def test_script_json_any_text(self, data: Any) -> None:
        """For any text, the embedded form is inert and reads back exactly."""
        text = script_json(data)
        assert "<" not in text
        assert json.loads(text) == data


class TestPageText:
    @pytest.mark.parametrize("base_url", [None, "https://example.dk/program.html"])
    @pytest.mark.parametrize("name", sorted(PROGRAMMES))
    def test_fixture_programmes(self, name: str, base_url: str | None) -> None:
        """The page's JSON-LD text is script_json of the exporter's data, to the character."""
        event = PROGRAMMES[name]()
        assert script_jsonld(event, base_url=base_url) == script_json(
            event_jsonld(event, base_url=base_url)
        )

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(events(), st.sampled_from([None, "https://example.org/page"]))
    def test_generated_events(self, event: Event, base_url: str | None) -> None:
        """Any event's page text is the same as encoding its JSON-LD data."""
        assert script_jsonld(event, base_url=base_url) == script_json(
            event_jsonld(event, base_url=base_url)
        )
