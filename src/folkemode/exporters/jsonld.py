"""Built-in plugin: the programme as schema.org JSON-LD.

The event is a schema.org ``Event`` whose sessions are its ``subEvent`` s,
each pointing back with ``superEvent``. A recurring event (one with
editions) is an ``EventSeries`` holding one ``Event`` per edition; sessions
that fall on an edition's days belong to that edition. Every node carries
what Google's event search asks for where the programme says it: name, start
with UTC offset, location (``Place`` with ``PostalAddress``,
``VirtualLocation``, or both for a hybrid meeting), end, attendance mode,
status, description, organiser, performers with affiliation and job title,
language, and price.

``@id`` s are absolute IRIs built from the model's stable ids as fragments
of ``base_url`` (the page the data describes; by default the event's own
``url``), so a re-imported programme keeps the ids of unchanged sessions,
and the HTML page's anchors are the same fragments. Without any URL they are
fragments of a ``urn:uuid:`` made from the event's id, never relative
references that a reader would resolve against wherever the file happens to
be (see :func:`~folkemode.exporters._jsonld_builder.document_iri`).

>>> import json, folkemode
>>> data = json.loads(folkemode.dumps(folkemode.Event.example(), format="jsonld"))
>>> data["@type"], data["subEvent"][0]["name"], data["subEvent"][0]["startDate"]
('Event', 'Ankomst og registrering', '2025-11-13T09:30+01:00')
>>> data["subEvent"][0]["@id"]
'https://example.dk/efteraarsseminar-2025#session-20251113-ankomst-og-registrering'
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from folkemode.exporters._jsonld_builder import Builder, Node, day_span
from folkemode.exporters._jsonld_text import PageText
from folkemode.formats import INDENT_OPTION, Exporter, ExportOption
from folkemode.hookspecs import hookimpl
from folkemode.model import Event

__all__ = ["day_span", "dump_jsonld", "event_jsonld", "script_json", "script_jsonld"]


def dump_jsonld(event: Event, *, base_url: str | None = None, indent: int = 2) -> str:
    """The event as a schema.org JSON-LD document (one line when ``indent`` is 0 or less)."""
    return json.dumps(
        event_jsonld(event, base_url=base_url),
        ensure_ascii=False,
        indent=indent if indent > 0 else None,
    )


def event_jsonld(event: Event, *, base_url: str | None = None) -> Node:
    """The event as a JSON-LD object with its sessions (and editions) nested in it."""
    return Builder(event, base_url).document()


def script_json(data: Any) -> str:
    """Compact JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as JSON escapes, so no text in the
    data can close the element (``</script>``) or open a comment; a JSON
    parser reads back exactly the same data.

    >>> script_json({"name": "</script><script>alert(1)</script>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    return _script_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def script_jsonld(event: Event, *, base_url: str | None = None) -> str:
    """``script_json(event_jsonld(event, base_url=base_url))``, written straight from the event.

    The text is the same, character for character, made several times
    faster for a large programme: no dict is built for a session, and
    the organisations, people and places that many sessions share are
    encoded once (see :mod:`folkemode.exporters._jsonld_text`).

    >>> event = Event.example()
    >>> script_jsonld(event) == script_json(event_jsonld(event))
    True
    """
    return _script_safe(PageText(event, base_url).document_text())


def _script_safe(text: str) -> str:
    # replace() runs at memory speed (str.translate with a table is 50 times slower), and
    # looking for a character first is faster still when, as usual, there is none.
    for character, escaped in _SCRIPT_ESCAPES:
        if character in text:
            text = text.replace(character, escaped)
    return text


_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(
        Exporter(
            name="jsonld",
            media_type="application/ld+json",
            suffixes=(".jsonld",),
            dump=dump_jsonld,
            description="schema.org Event JSON-LD for search engines and linked data",
            options=(
                ExportOption(
                    name="base_url",
                    type=str,
                    help="URL of the page the data describes; @ids are its fragments "
                    "(default: the event's url, else a urn:uuid: made from the event's id)",
                ),
                INDENT_OPTION,
            ),
        )
    )
