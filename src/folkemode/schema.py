"""The JSON Schema of the canonical JSON format, built from the model.

The published file ``folkemode/schemas/folkemode-2.schema.json`` is this
module's output (``python -m folkemode.schema > ...`` rewrites it); a test
checks the two agree and that real output validates against the file.
"""

from __future__ import annotations

import json
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs

from folkemode.model import Event, Session, SessionKind, SessionStatus, Track, WorkshopRound
from folkemode.serialise import FORMAT_VERSION, READ_VERSIONS

SCHEMA_ID = "https://folkemode.org/schemas/folkemode-2.schema.json"
SCHEMA_RESOURCE = ("schemas", "folkemode-2.schema.json")

_OFFSET_DATETIME = r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)$"


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        (only,) = options
        return {"anyOf": [_type_schema(only, defs), {"type": "null"}]}
    if origin is tuple:
        item, _ = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs)}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is datetime:
        return {"type": "string", "format": "date-time", "pattern": _OFFSET_DATETIME}
    if tp is date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d\d-\d\d$"}
    if tp is Decimal:
        return {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}
    if tp is SessionKind:
        return {"enum": [kind.value for kind in SessionKind]}
    if tp is SessionStatus:
        return {"enum": [status.value for status in SessionStatus]}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion (AgendaItem nests)
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required = []
    for field in attrs.fields(cls):
        tp = hints[field.name]
        if cls is Session and field.name in ("track", "round"):
            kind = Track if field.name == "track" else WorkshopRound
            properties[field.name] = {
                "description": f"The id of one of the event's {kind.__name__} objects.",
                "type": ["string", "null"],
            }
        else:
            properties[field.name] = _type_schema(tp, defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    return schema


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of canonical JSON, derived from the model."""
    defs: dict[str, Any] = {}
    event = _class_schema(Event, defs)
    event["properties"] = {
        "folkemode": {
            "enum": list(READ_VERSIONS),
            "description": f"Format version: {FORMAT_VERSION} is written, all of these are read.",
        },
        **event["properties"],
    }
    event["required"] = ["folkemode", *event.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "folkemode programme",
        "description": (
            f"An event programme in folkemode's canonical JSON, format version {FORMAT_VERSION}."
        ),
        **event,
        "$defs": dict(sorted(defs.items())),
    }


def json_schema() -> dict[str, Any]:
    """The published JSON Schema, as shipped in the package."""
    text = resources.files("folkemode").joinpath(*SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    print(json.dumps(build_schema(), indent=2, ensure_ascii=False))
