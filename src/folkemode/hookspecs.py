"""The hooks a folkemode plugin can implement.

A plugin is a module (or object) with functions marked ``@folkemode.hookimpl``
whose names match the specifications below. Implementations may accept any
subset of a hook's arguments, so hooks can grow new arguments without breaking
plugins.

>>> import folkemode
>>> from folkemode.formats import Exporter
>>> class Shout:
...     @folkemode.hookimpl
...     def register_exporters(self, register):
...         register(Exporter(name="shout", media_type="text/plain", suffixes=(".shout",),
...                           dump=lambda event, **options: event.name.upper()))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pluggy import HookimplMarker, HookspecMarker

if TYPE_CHECKING:
    from folkemode.formats import Exporter, Importer

hookspec = HookspecMarker("folkemode")
hookimpl = HookimplMarker("folkemode")


@hookspec
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register output formats by calling ``register(Exporter(...))`` once per format."""


@hookspec
def register_importers(register: Callable[[Importer], None]) -> None:
    """Register input formats by calling ``register(Importer(...))`` once per format."""


@hookspec(firstresult=True)
def sniff_format(text: str, filename: str | None) -> str | None:
    """Name the importer that reads ``text`` (from ``filename``, if known), or return None.

    The first plugin to return a name wins; the built-in sniffers run last,
    so a plugin can claim a file before them.
    """
