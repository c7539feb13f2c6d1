"""The plugin manager: built-in formats and third-party plugins, loaded alike.

Built-ins are listed in :data:`DEFAULT_PLUGINS` and registered exactly as a
plugin found through the ``folkemode`` entry-point group is. Loading happens on
first use (``import folkemode`` stays cheap) and only once. A plugin that fails
to import or to register is recorded in :func:`failures` and does not take the
others down. ``FOLKEMODE_BLOCK_PLUGINS=name,other`` skips plugins by name.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import threading
from collections.abc import Iterator
from typing import Any

import pluggy
from attrs import frozen

from folkemode import hookspecs
from folkemode.errors import PluginError, UnknownFormat
from folkemode.formats import Exporter, Importer

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginFailure",
    "exporter_for",
    "exporters",
    "failures",
    "importer_for",
    "importers",
    "plugin_listing",
    "pm",
    "sniff",
]

ENTRY_POINT_GROUP = "folkemode"
BLOCK_VARIABLE = "FOLKEMODE_BLOCK_PLUGINS"

DEFAULT_PLUGINS: tuple[str, ...] = (
    "folkemode.importers.json",
    "folkemode.importers.text.plugin",
    "folkemode.exporters.json",
    "folkemode.exporters.ics",
    "folkemode.importers.ics",
    "folkemode.exporters.csv",
    "folkemode.exporters.jsonld",
    "folkemode.exporters.html",
)

pm = pluggy.PluginManager("folkemode")
pm.add_hookspecs(hookspecs)

_lock = threading.RLock()
_loaded = False
_failures: list[PluginFailure] = []


@frozen
class PluginFailure:
    """A plugin that could not be used, and why."""

    name: str
    error: str

    def __str__(self) -> str:
        return f"plugin {self.name!r} was not loaded: {self.error}"


def _blocked() -> set[str]:
    return {n.strip() for n in os.environ.get(BLOCK_VARIABLE, "").split(",") if n.strip()}


def load_plugins() -> None:
    """Register built-in and installed plugins once; later calls do nothing."""
    global _loaded
    with _lock:
        if _loaded:
            return
        _loaded = True
        blocked = _blocked()
        for module_name in DEFAULT_PLUGINS:
            if module_name in blocked:
                continue
            try:
                module = importlib.import_module(module_name)
            except Exception as error:  # a broken built-in must not take the others down
                _failures.append(PluginFailure(module_name, f"{type(error).__name__}: {error}"))
                continue
            pm.register(module, name=module_name)
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            if entry_point.name in blocked or pm.get_plugin(entry_point.name) is not None:
                continue
            try:
                plugin = entry_point.load()
                pm.register(plugin, name=entry_point.name)
            except Exception as error:
                _failures.append(
                    PluginFailure(entry_point.name, f"{type(error).__name__}: {error}")
                )
        pm.check_pending()


def _collect(hook_name: str, kind: type[Any]) -> dict[str, Any]:
    """Call a ``register_*`` hook plugin by plugin, so one broken plugin is skipped.

    Later registrations win: ``get_hookimpls()`` lists implementations oldest
    first, so a plugin registered after the built-ins replaces a built-in
    format of the same name.
    """
    load_plugins()
    found: dict[str, Any] = {}
    for impl in getattr(pm.hook, hook_name).get_hookimpls():
        registered: list[Any] = []

        def register(thing: Any, _sink: list[Any] = registered) -> None:
            if not isinstance(thing, kind):
                raise PluginError(f"register() expects a {kind.__name__}, got {thing!r}")
            _sink.append(thing)

        arguments = {"register": register}
        try:
            impl.function(*(arguments[name] for name in impl.argnames))
        except Exception as error:
            failure = PluginFailure(
                pm.get_name(impl.plugin) or repr(impl.plugin), f"{type(error).__name__}: {error}"
            )
            with _lock:
                if failure not in _failures:
                    _failures.append(failure)
            continue
        for thing in registered:
            found[thing.name] = thing
    return found


def exporters() -> dict[str, Exporter]:
    """Every registered exporter by name; a later plugin overrides a built-in."""
    return _collect("register_exporters", Exporter)


def importers() -> dict[str, Importer]:
    """Every registered importer by name; a later plugin overrides a built-in."""
    return _collect("register_importers", Importer)


def failures() -> tuple[PluginFailure, ...]:
    """Plugins that could not be loaded or registered, with the reason."""
    load_plugins()
    return tuple(_failures)


def _by_suffix(things: dict[str, Any], filename: str) -> Any | None:
    lowered = filename.lower()
    matches = [t for t in things.values() for s in t.suffixes if lowered.endswith(s)]
    # The longest suffix wins, so ".frab.xml" beats ".xml".
    matches.sort(key=lambda t: max(len(s) for s in t.suffixes if lowered.endswith(s)))
    return matches[-1] if matches else None


def exporter_for(format: str | None = None, filename: str | None = None) -> Exporter:
    """The exporter named ``format``, else the one for ``filename``'s suffix."""
    found = exporters()
    if format is not None:
        if format in found:
            return found[format]
        raise UnknownFormat(
            f"no exporter is called {format!r}; available: {', '.join(sorted(found))}"
        )
    if filename is not None:
        exporter = _by_suffix(found, filename)
        if exporter is not None:
            return exporter  # type: ignore[no-any-return]
        raise UnknownFormat(
            f"cannot tell the output format from {filename!r}; name one of "
            f"{', '.join(sorted(found))} (suffixes: {_suffix_list(found)})"
        )
    raise UnknownFormat("name an output format, e.g. format='json'")


def importer_for(
    format: str | None = None, filename: str | None = None, text: str | None = None
) -> Importer:
    """The importer named ``format``, else by ``filename``'s suffix, else by sniffing ``text``."""
    found = importers()
    if format is not None:
        if format in found:
            return found[format]
        raise UnknownFormat(
            f"no importer is called {format!r}; available: {', '.join(sorted(found))}"
        )
    if filename is not None:
        importer = _by_suffix(found, filename)
        if importer is not None:
            return importer  # type: ignore[no-any-return]
    if text is not None:
        name = sniff(text, filename)
        if name is not None and name in found:
            return found[name]
    where = f" {filename!r}" if filename else " this input"
    raise UnknownFormat(
        f"cannot tell the input format of{where}; name one of {', '.join(sorted(found))}"
    )


def sniff(text: str, filename: str | None = None) -> str | None:
    """Ask the ``sniff_format`` hooks which importer reads ``text``."""
    load_plugins()
    result: str | None = pm.hook.sniff_format(text=text, filename=filename)
    return result


def _suffix_list(things: dict[str, Any]) -> str:
    return ", ".join(sorted({s for t in things.values() for s in t.suffixes}))


def plugin_listing() -> list[dict[str, Any]]:
    """Name, hooks and version of each plugin, like ``llm plugins``."""
    load_plugins()
    dists = dict(_distributions_by_plugin())
    listing: list[dict[str, Any]] = []
    for plugin in pm.get_plugins():
        name = pm.get_name(plugin) or repr(plugin)
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        entry: dict[str, Any] = {"name": name, "hooks": hooks}
        dist = dists.get(name)
        if dist is not None:
            entry["version"] = dist.version
        elif name in DEFAULT_PLUGINS:
            from folkemode.__about__ import __version__

            entry["version"] = __version__
            entry["builtin"] = True
        listing.append(entry)
    listing.sort(key=lambda e: (not e.get("builtin", False), e["name"]))
    for failure in _failures:
        listing.append({"name": failure.name, "hooks": [], "error": failure.error})
    return listing


def _distributions_by_plugin() -> Iterator[tuple[str, importlib.metadata.Distribution]]:
    for dist in importlib.metadata.distributions():
        for entry_point in dist.entry_points:
            if entry_point.group == ENTRY_POINT_GROUP:
                yield entry_point.name, dist
