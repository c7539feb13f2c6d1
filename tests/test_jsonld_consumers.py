"""JSON-LD as its consumers read it: jsonld.js in safe mode and rdflib, the same graph, no base.

Every ``@id`` must be an absolute IRI. A relative one (a bare ``#fragment``)
is resolved by rdflib against wherever the file happens to be, refused by
jsonld.js in safe mode and, without safe mode, quietly dropped with every
triple about it. So each fixture programme, as the exporter writes it and as
the HTML page embeds it, is read by both: jsonld.js (``tests/js/jsonld_to_rdf.js``,
with ``{safe: true}``) must accept it and make the same graph as rdflib, and
rdflib must make the same graph whatever base it is given. schema.org's
context comes from the local copy :mod:`tests.schemaorg` serves; nothing is
fetched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import extruct
import pytest
import rdflib
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from folkemode import Event
from folkemode.exporters.html import dump_html
from folkemode.exporters.jsonld import event_jsonld
from tests import schemaorg
from tests.programmes import PROGRAMMES
from tests.strategies import events
from tests.tools import require_tool

# rdflib's own JSON-LD parser still makes a ConjunctiveGraph inside.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

SCRIPT = Path(__file__).resolve().parent / "js" / "jsonld_to_rdf.js"
PAGE = "https://example.dk/program.html"
# Two places the same file could be read from: no IRI may depend on which.
BASES = ("file:///home/lise/programmer/seminar.jsonld", "https://mirror.example.org/a/b/")
# Where a reference resolved against one of them lands, however many "../" it has.
BASE_ROOTS = ("file:", "https://mirror.example.org/")
# Nodes that are values of their subject (an address, a contact point) need no @id.
VALUE_TYPES = {
    rdflib.URIRef(schemaorg.SCHEMA + name)
    for name in ("PostalAddress", "VirtualLocation", "ContactPoint", "WebPage")
}


def jsonld_js(document: Any) -> dict[str, Any]:
    """What jsonld.js in safe mode makes of ``document``: ``expanded`` and ``nquads``.

    Skips (or fails under ``FOLKEMODE_REQUIRE_TOOLS=1``) without Node or jsonld.js.
    """
    library = require_tool("FOLKEMODE_JSONLD_JS", "jsonld.js (npm jsonld)", "node_modules/jsonld")
    node = os.environ.get("FOLKEMODE_NODE") or shutil.which("node")
    if node is None:
        message = "Node.js is not installed; jsonld.js needs it"
        if os.environ.get("FOLKEMODE_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    context = schemaorg.release_folder() / "schemaorgcontext.jsonld"
    result = subprocess.run(
        [node, str(SCRIPT), str(library), str(context)],
        input=json.dumps(document, ensure_ascii=False),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(f"jsonld.js in safe mode refused the document:\n{result.stderr}")
    read: dict[str, Any] = json.loads(result.stdout)
    return read


def js_graph(document: Any) -> rdflib.Graph:
    """jsonld.js's RDF of ``document``, as an rdflib graph (it expanded to something, too)."""
    read = jsonld_js(document)
    assert read["expanded"]
    return rdflib.Graph().parse(data=read["nquads"], format="nt")


def rdflib_graph(document: Any, base: str = BASES[0]) -> rdflib.Graph:
    """rdflib's reading of ``document`` as if it were the file at ``base``.

    The document's context is replaced by the local copy of the one its URL
    names, so that rdflib does not fetch it.
    """
    assert document["@context"] in schemaorg.CONTEXT_URLS
    local = {**document, "@context": schemaorg.schema_context()["@context"]}
    return rdflib.Graph().parse(data=json.dumps(local), format="json-ld", publicID=base)


def page_jsonld(event: Event, base_url: str | None = None) -> Any:
    """The JSON-LD the HTML page embeds, as extruct reads it."""
    page = dump_html(event, base_url=base_url, calendar_links="none")
    (found,) = extruct.extract(page, syntaxes=["json-ld"], uniform=False)["json-ld"]
    return found


def bare_fragments(data: Any) -> Any:
    """``data`` with every @id cut down to its fragment, as relative references."""
    if isinstance(data, list):
        return [bare_fragments(item) for item in data]
    if isinstance(data, dict):
        return {
            name: "#" + value.partition("#")[2] if name == "@id" else bare_fragments(value)
            for name, value in data.items()
        }
    return data


def iris(graph: rdflib.Graph) -> set[str]:
    """Every IRI in ``graph``, as a subject, a property or an object."""
    return {str(term) for triple in graph for term in triple if isinstance(term, rdflib.URIRef)}


def relative_iris(graph: rdflib.Graph) -> list[str]:
    """The IRIs in ``graph`` made from one of BASES: relative references resolved."""
    return sorted(iri for iri in iris(graph) if iri.startswith(BASE_ROOTS))


def unnamed_things(graph: rdflib.Graph) -> list[str]:
    """Blank nodes that stand for a thing (an event, a person, a place) rather than a value."""
    return sorted(
        str(kind)
        for subject, kind in graph.subject_objects(rdflib.RDF.type)
        if isinstance(subject, rdflib.BNode) and kind not in VALUE_TYPES
    )


CASES = [
    pytest.param(name, base_url, id=f"{name}-{'page' if base_url else 'no-url'}")
    for name in sorted(PROGRAMMES)
    for base_url in (None, PAGE)
]


class TestJsonLdJs:
    @pytest.mark.parametrize(("name", "base_url"), CASES)
    def test_safe_mode_keeps_every_triple(self, name: str, base_url: str | None) -> None:
        """jsonld.js in safe mode reads the export and makes exactly the graph rdflib makes."""
        document = event_jsonld(PROGRAMMES[name](), base_url=base_url)
        theirs, ours = js_graph(document), rdflib_graph(document)
        assert len(theirs) == len(ours) > 0
        assert isomorphic(theirs, ours)

    def test_safe_mode_without_any_url(self) -> None:
        """Without the event's URL and without a base URL, safe mode still finds nothing amiss."""
        document = event_jsonld(evolve(Event.example(), url=None, registration_url=None))
        assert document["@id"].startswith("urn:uuid:")
        theirs, ours = js_graph(document), rdflib_graph(document)
        assert len(theirs) == len(ours) > 300
        assert isomorphic(theirs, ours)

    @pytest.mark.parametrize(("name", "base_url"), CASES)
    def test_page_jsonld(self, name: str, base_url: str | None) -> None:
        """The JSON-LD embedded in the HTML page passes safe mode with the same graph."""
        document = page_jsonld(PROGRAMMES[name](), base_url)
        assert isomorphic(js_graph(document), rdflib_graph(document))

    def test_safe_mode_refuses_bare_fragments(self) -> None:
        """The check is real: @ids cut down to bare fragments are refused."""
        document = bare_fragments(event_jsonld(Event.example()))
        assert document["@id"].startswith("#event-")
        with pytest.raises(AssertionError, match="relative @id reference"):
            jsonld_js(document)

    def test_no_network(self) -> None:
        """The document loader serves schema.org's context and nothing else."""
        with pytest.raises(AssertionError, match="no documents are loaded from the network"):
            jsonld_js({"@context": "https://example.org/context.jsonld", "name": "x"})


class TestRdflib:
    @pytest.mark.parametrize(("name", "base_url"), CASES)
    def test_ids_do_not_depend_on_the_files_location(self, name: str, base_url: str | None) -> None:
        """Read from two places, the export gives the same graph, all of it absolute IRIs."""
        document = event_jsonld(PROGRAMMES[name](), base_url=base_url)
        here, there = (rdflib_graph(document, base) for base in BASES)
        assert relative_iris(here) == relative_iris(there) == []
        assert isomorphic(here, there)
        assert all(urlsplit(iri).scheme for iri in iris(here))
        assert unnamed_things(here) == []

    @pytest.mark.parametrize("name", sorted(PROGRAMMES))
    def test_page_ids_do_not_depend_on_the_pages_location(self, name: str) -> None:
        """The page's embedded JSON-LD, read from two places, is one and the same graph."""
        document = page_jsonld(PROGRAMMES[name]())
        here, there = (rdflib_graph(document, base) for base in BASES)
        assert relative_iris(here) == relative_iris(there) == []
        assert isomorphic(here, there)
        assert unnamed_things(here) == []

    def test_two_events_share_no_iri(self) -> None:
        """Two events without URLs share no IRI of their own, not even an organisation's."""
        first = evolve(Event.example(), url=None)
        second = evolve(first, id="kommunalpolitisk-efteraarsseminar-2026")
        own = [iris(rdflib_graph(event_jsonld(e))) for e in (first, second)]
        shared = own[0] & own[1]
        assert any("#org-" in iri for iri in own[0])
        assert {iri for iri in shared if not iri.startswith(("http://", "https://"))} == set()

    def test_bare_fragments_depend_on_the_files_location(self) -> None:
        """The check is real: bare fragments become different IRIs in different places."""
        document = bare_fragments(event_jsonld(Event.example()))
        here = rdflib_graph(document, BASES[0])
        assert relative_iris(here)
        assert not isomorphic(here, rdflib_graph(document, BASES[1]))

    @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(events(max_sessions=6), st.sampled_from([None, PAGE]))
    def test_generated_events(self, event: Event, base_url: str | None) -> None:
        """Any valid event, with or without a page URL, reads the same from anywhere."""
        document = event_jsonld(event, base_url=base_url)
        here, there = (rdflib_graph(document, base) for base in BASES)
        assert relative_iris(here) == []
        assert isomorphic(here, there)
