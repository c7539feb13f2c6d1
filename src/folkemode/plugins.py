"""The plugin manager: built-in formats and third-party plugins, loaded alike.

Built-ins are listed in :data:`DEFAULT_PLUGINS` and registered exactly as a
plugin found through the ``folkemode`` entry-point group is. Loading happens on
first use (``import folkemode`` stays cheap) and only once. A plugin that fails
to import or to register is recorded in :func:`failures` and does not take the
others down. ``FOLKEMODE_BLOCK_PLUGINS=name,other`` skips plugins by name.

Plugin names are unique, and a clash never takes the others down:

- Registering a plugin by hand (``pm.register(plugin, name="agenda")``) first
  loads the built-in and installed plugins, so what happens does not depend on
  what ran before. A name that is already taken raises
  :class:`PluginNameTaken`, which names both plugins and where each comes from;
  every plugin registered before keeps working.
- An installed plugin whose name is taken (by a built-in, or by another
  installed plugin) is not loaded; :func:`failures` says which plugin holds
  the name.

>>> from folkemode.plugins import pm
>>> pm.register(object(), name="folkemode.exporters.json")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
folkemode.plugins.PluginNameTaken: cannot register an object as 'folkemode.exporters.json': ...

Code that relies on exactly which plugins are registered, such as a test or
a tutorial, runs inside :func:`isolated`, which sets installed plugins aside
for the block and leaves the manager as it found it.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import threading
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import pluggy
from attrs import frozen

from folkemode import hookspecs
from folkemode.errors import PluginError, UnknownFormat
from folkemode.formats import Exporter, Importer

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "FolkemodePluginManager",
    "InstalledPlugin",
    "PluginFailure",
    "PluginNameTaken",
    "exporter_for",
    "exporters",
    "failures",
    "importer_for",
    "importers",
    "installed",
    "isolated",
    "load_plugins",
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
    "folkemode.exporters.xlsx",
    "folkemode.exporters.jsonld",
    "folkemode.exporters.html",
    "folkemode.checks.builtin",
)


class PluginNameTaken(PluginError, ValueError):
    """A plugin was registered under a name another plugin already has.

    A ``ValueError`` too, as pluggy's own "already registered" error is.
    """


@frozen
class PluginFailure:
    """A plugin that could not be used, and why."""

    name: str
    error: str

    def __str__(self) -> str:
        return f"plugin {self.name!r} was not loaded: {self.error}"


@frozen
class InstalledPlugin:
    """Where a plugin found through the entry-point group comes from."""

    name: str
    value: str
    """What the entry point names: the plugin's module (and object)."""
    distribution: str | None = None
    version: str | None = None

    def __str__(self) -> str:
        origin = f", from {self.distribution} {self.version}" if self.distribution else ""
        return f"the installed plugin {self.name!r} ({self.value}{origin})"


def _blocked() -> set[str]:
    return {n.strip() for n in os.environ.get(BLOCK_VARIABLE, "").split(",") if n.strip()}


def _describe(plugin: object) -> str:
    if isinstance(plugin, types.ModuleType):
        return f"the module {plugin.__name__}"
    if isinstance(plugin, type):
        return f"the class {plugin.__module__}.{plugin.__qualname__}"
    kind = type(plugin)
    if kind is object:
        return "an object"
    if kind.__module__ in ("builtins", "__main__"):  # defined in a session or an example
        return f"an instance of {kind.__qualname__}"
    return f"an instance of {kind.__module__}.{kind.__qualname__}"


class FolkemodePluginManager(pluggy.PluginManager):
    """folkemode's pluggy manager: lazy loading, isolated failures, unique names."""

    def __init__(self) -> None:
        super().__init__("folkemode")
        self.add_hookspecs(hookspecs)
        self._lock = threading.RLock()
        self._loaded = False
        self._failures: list[PluginFailure] = []
        # Entry-point plugins as loaded, with the object each loaded to.
        self._installed: dict[str, tuple[InstalledPlugin, object]] = {}

    def register(self, plugin: object, name: str | None = None) -> str | None:
        """Register ``plugin`` after the built-in and installed ones; a taken name is refused."""
        with self._lock:
            self.load()
            plugin_name = name or self.get_canonical_name(plugin)
            holder = self.get_plugin(plugin_name)
            if holder is not None and holder is not plugin:
                raise PluginNameTaken(
                    f"cannot register {_describe(plugin)} as {plugin_name!r}: that name is "
                    f"taken by {self.origin(plugin_name)}; {self._advice(plugin_name)}"
                )
            return super().register(plugin, name=plugin_name)

    def origin(self, name: str) -> str:
        """Where the plugin registered as ``name`` comes from, in words."""
        installed = self._installed_as(name)
        if installed is not None:
            return str(installed)
        if name in DEFAULT_PLUGINS:
            return f"the built-in plugin {name!r}"
        return f"{_describe(self.get_plugin(name))} registered earlier as {name!r}"

    def _installed_as(self, name: str) -> InstalledPlugin | None:
        """The installed plugin registered as ``name`` right now, if that is one."""
        found = self._installed.get(name)
        if found is None or self.get_plugin(name) is not found[1]:
            return None
        return found[0]

    def _advice(self, name: str) -> str:
        if self._installed_as(name) is not None:
            return (
                "register yours under another name, or leave the installed one out "
                f"with {BLOCK_VARIABLE}={name}"
            )
        if name in DEFAULT_PLUGINS:
            return "register yours under another name"
        return "register yours under another name, or unregister that one first"

    def load(self) -> None:
        """Register the built-in and installed plugins once; later calls do nothing."""
        with self._lock:
            if self._loaded:
                return
            self._loaded = True
            blocked = _blocked()
            for module_name in DEFAULT_PLUGINS:
                if module_name in blocked:
                    continue
                try:
                    module = importlib.import_module(module_name)
                except Exception as error:  # a broken built-in must not take the others down
                    self.record_failure(module_name, error)
                    continue
                pluggy.PluginManager.register(self, module, name=module_name)
            for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
                if entry_point.name not in blocked:
                    self._load_entry_point(entry_point)
            self.check_pending()

    def _load_entry_point(self, entry_point: importlib.metadata.EntryPoint) -> None:
        dist = getattr(entry_point, "dist", None)
        installed = InstalledPlugin(
            name=entry_point.name,
            value=getattr(entry_point, "value", entry_point.name),
            distribution=dist.name if dist is not None else None,
            version=dist.version if dist is not None else None,
        )
        if self.get_plugin(entry_point.name) is not None:
            self._failures.append(
                PluginFailure(
                    entry_point.name,
                    f"{installed} has a name already taken by {self.origin(entry_point.name)}",
                )
            )
            return
        try:
            plugin = entry_point.load()
            pluggy.PluginManager.register(self, plugin, name=entry_point.name)
        except Exception as error:
            self.record_failure(entry_point.name, error)
            return
        self._installed[entry_point.name] = (installed, plugin)

    def record_failure(self, name: str, error: Exception) -> None:
        """Note that the plugin ``name`` failed with ``error`` (once)."""
        failure = PluginFailure(name, f"{type(error).__name__}: {error}")
        with self._lock:
            if failure not in self._failures:
                self._failures.append(failure)

    def installed(self) -> dict[str, InstalledPlugin]:
        """The registered plugins that were loaded through the entry-point group, by name."""
        self.load()
        found = {name: self._installed_as(name) for name in self._installed}
        return {name: plugin for name, plugin in found.items() if plugin is not None}

    def failures(self) -> tuple[PluginFailure, ...]:
        """Plugins that could not be loaded or registered, with the reason."""
        self.load()
        return tuple(self._failures)

    @contextmanager
    def isolated(self, *, keep: Iterable[str] = ()) -> Iterator[FolkemodePluginManager]:
        """See :func:`isolated`."""
        self.load()
        kept = set(keep)
        with self._lock:
            before = list(self.list_name_plugin())
            before_failures = list(self._failures)
            for name, plugin in before:
                if self._installed_as(name) is not None and name not in kept:
                    self.unregister(plugin)
            remaining = {name for name, _ in self.list_name_plugin()}
            self._failures[:] = [
                f for f in before_failures if f.name in DEFAULT_PLUGINS or f.name in remaining
            ]
        try:
            yield self
        finally:
            with self._lock:
                # Unregister everything and register the plugins of before in their
                # order, as the order decides which of two formats of one name wins.
                for _, plugin in list(self.list_name_plugin()):
                    self.unregister(plugin)
                for name, plugin in before:
                    pluggy.PluginManager.register(self, plugin, name=name)
                self._failures[:] = before_failures


pm = FolkemodePluginManager()


def load_plugins() -> None:
    """Register built-in and installed plugins once; later calls do nothing."""
    pm.load()


@contextmanager
def isolated(*, keep: Iterable[str] = ()) -> Iterator[FolkemodePluginManager]:
    """Run a block with the built-in plugins only, and the installed ones named in ``keep``.

    For tests and examples that rely on exactly which plugins are registered:
    installed plugins (and their failures) are set aside for the block, so
    registering a plugin by hand under an installed plugin's name works in
    it. On leaving, the manager is as it was found: plugins registered in the
    block are unregistered and the ones set aside come back.

    >>> from folkemode import plugins
    >>> with plugins.isolated():
    ...     sorted(plugins.installed())
    []
    """
    with pm.isolated(keep=keep) as manager:
        yield manager


def installed() -> dict[str, InstalledPlugin]:
    """The plugins loaded through the ``folkemode`` entry-point group, by name."""
    return pm.installed()


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
            pm.record_failure(pm.get_name(impl.plugin) or repr(impl.plugin), error)
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
    return pm.failures()


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
    installed_plugins = pm.installed()
    listing: list[dict[str, Any]] = []
    for plugin in pm.get_plugins():
        name = pm.get_name(plugin) or repr(plugin)
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        entry: dict[str, Any] = {"name": name, "hooks": hooks}
        origin = installed_plugins.get(name)
        if origin is not None and origin.version is not None:
            entry["version"] = origin.version
        elif name in DEFAULT_PLUGINS:
            from folkemode.__about__ import __version__

            entry["version"] = __version__
            entry["builtin"] = True
        listing.append(entry)
    listing.sort(key=lambda e: (not e.get("builtin", False), e["name"]))
    for failure in pm.failures():
        listing.append({"name": failure.name, "hooks": [], "error": failure.error})
    return listing
