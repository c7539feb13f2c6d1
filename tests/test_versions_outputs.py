"""What a revised programme looks like in the linked data and the other outputs."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import folkemode
from folkemode import Event, Session, revise
from folkemode.exporters.jsonld import event_jsonld, script_json, script_jsonld

CPH = ZoneInfo("Europe/Copenhagen")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 5, hour, minute, tzinfo=CPH)


def versions() -> Event:
    first = Event(
        name="Temadag om klima 2026",
        sessions=[
            Session(title="Velkomst", start=at(9), end=at(9, 30)),
            Session(title="Debat om vindmøller", start=at(10), end=at(11)),
            Session(title="Frokost", start=at(12), end=at(13), kind="meal"),
        ],
    )
    second = Event(
        name="Temadag om klima 2026",
        sessions=[
            Session(title="Velkomst", start=at(9), end=at(9, 30)),
            Session(title="Debat om vindmøller", start=at(11), end=at(12)),
        ],
    )
    return revise(first, second)


def nodes(event: Event) -> dict[str, dict[str, object]]:
    data = event_jsonld(event)
    return {str(node["name"]): node for node in data["subEvent"]}


class TestJsonLd:
    def test_status_of_each_session(self) -> None:
        found = nodes(versions())
        assert found["Velkomst"]["eventStatus"] == "https://schema.org/EventScheduled"
        assert found["Frokost"]["eventStatus"] == "https://schema.org/EventCancelled"
        moved = found["Debat om vindmøller"]
        assert moved["eventStatus"] == "https://schema.org/EventRescheduled"
        assert moved["previousStartDate"] == "2026-03-05T10:00+01:00"
        assert moved["startDate"] == "2026-03-05T11:00+01:00"

    def test_page_text_is_the_same_data(self) -> None:
        """The page's JSON-LD, written as text, is the exporter's data to the character."""
        event = versions()
        assert script_jsonld(event) == script_json(event_jsonld(event))
        json.loads(script_jsonld(event))


class TestPage:
    def test_cancelled_is_struck_through_and_labelled(self) -> None:
        """A cancelled session stays on the page, struck through and said so in words."""
        import html5lib

        page = folkemode.dumps(versions(), format="html")
        tree = html5lib.parse(page, namespaceHTMLElements=False)
        articles = {
            "".join(a.find(".//*[@class='title']").itertext()): a for a in tree.iter("article")
        }
        lunch = articles["Frokost"]
        assert "cancelled" in lunch.get("class", "").split()
        assert "".join(lunch.find(".//p[@class='status status-cancelled']").itertext()) == "Aflyst"
        moved = articles["Debat om vindmøller"]
        assert "".join(moved.find(".//p[@class='status status-rescheduled']").itertext()) == (
            "Flyttet"
        )
        assert articles["Velkomst"].find(".//p[@class='status status-scheduled']") is None
        assert ".cancelled .title" in page  # the style that strikes it through

    def test_in_norwegian(self) -> None:
        page = folkemode.dumps(versions(), format="html", locale="nb")
        assert ">Avlyst<" in page and ">Flyttet<" in page
