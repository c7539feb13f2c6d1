"""Built-in plugin: write folkemode's canonical JSON."""

from __future__ import annotations

from collections.abc import Callable

from folkemode.formats import INDENT_OPTION, Exporter
from folkemode.hookspecs import hookimpl
from folkemode.model import Event


def dump_json(event: Event, *, indent: int = 2) -> str:
    """The event as canonical JSON text (on one line when ``indent`` is 0 or less)."""
    from folkemode.serialise import to_json

    return to_json(event, indent=indent if indent > 0 else None)


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(
        Exporter(
            name="json",
            media_type="application/json",
            suffixes=(".json",),
            dump=dump_json,
            description="folkemode's canonical JSON (format version 1)",
            options=(INDENT_OPTION,),
        )
    )
