"""Built-in plugin: read folkemode's canonical JSON."""

from __future__ import annotations

from collections.abc import Callable

from folkemode.formats import Importer, ImportOptions, ImportResult
from folkemode.hookspecs import hookimpl


def read_json(text: str, options: ImportOptions) -> ImportResult:
    """Read canonical JSON; any problem raises InvalidInput listing all of them."""
    from folkemode.serialise import from_json

    return ImportResult(event=from_json(text))


@hookimpl
def register_importers(register: Callable[[Importer], None]) -> None:
    register(
        Importer(
            name="json",
            media_type="application/json",
            suffixes=(".json",),
            read=read_json,
            description="folkemode's canonical JSON (format version 1)",
        )
    )


@hookimpl(trylast=True)
def sniff_format(text: str) -> str | None:
    head = text.lstrip("\ufeff \t\r\n")[:200]
    if head.startswith("{") and '"folkemode"' in head:
        return "json"
    return None
