"""Plugin names: clashes between installed and hand-registered plugins, and isolation.

Installed plugins are simulated: ``importlib.metadata.entry_points`` is
replaced by a list of fake entry points, and a fresh plugin manager loads
them, so these tests do not depend on what is installed.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Iterable
from typing import Any

import pytest

import folkemode
from folkemode import Event, Exporter
from folkemode import plugins as plugin_module
from folkemode.plugins import FolkemodePluginManager, PluginNameTaken


def agenda_plugin(heading: str) -> object:
    """A plugin writing the event's name under ``heading``, as the format ``agenda``."""

    class Agenda:
        @folkemode.hookimpl
        def register_exporters(self, register: Any) -> None:
            register(
                Exporter(
                    name="agenda",
                    media_type="text/markdown",
                    suffixes=(".agenda.md",),
                    dump=lambda event: f"{heading} {event.name}\n",
                )
            )

    return Agenda()


class FakeDistribution:
    def __init__(self, name: str, version: str) -> None:
        self.name, self.version = name, version


class FakeEntryPoint:
    """An entry point of the ``folkemode`` group, as an installed distribution has."""

    def __init__(
        self,
        name: str,
        plugin: object,
        distribution: str,
        version: str,
        error: Exception | None = None,
    ) -> None:
        self.name, self.plugin, self.error = name, plugin, error
        self.value = distribution.replace("-", "_")
        self.dist = FakeDistribution(distribution, version)

    def load(self) -> object:
        if self.error is not None:
            raise self.error
        return self.plugin


Install = Callable[..., FolkemodePluginManager]


@pytest.fixture
def install(monkeypatch: pytest.MonkeyPatch) -> Install:
    """Simulate installed plugins; a fresh manager stands in for folkemode's own."""

    def install_plugins(*entry_points: FakeEntryPoint) -> FolkemodePluginManager:
        def entry_points_of(group: str) -> Iterable[FakeEntryPoint]:
            return list(entry_points) if group == plugin_module.ENTRY_POINT_GROUP else []

        monkeypatch.setattr(importlib.metadata, "entry_points", entry_points_of)
        monkeypatch.delenv(plugin_module.BLOCK_VARIABLE, raising=False)
        manager = FolkemodePluginManager()
        monkeypatch.setattr(plugin_module, "pm", manager)
        return manager

    return install_plugins


def installed_agenda() -> FakeEntryPoint:
    return FakeEntryPoint("agenda", agenda_plugin("Installed:"), "folkemode-agenda", "0.1.0")


class TestNameClashes:
    def test_by_hand_under_an_installed_plugins_name(
        self, install: Install, example: Event
    ) -> None:
        """Registering by hand under an installed plugin's name names both and breaks nothing."""
        manager = install(installed_agenda())
        mine = agenda_plugin("Mine:")
        with pytest.raises(PluginNameTaken) as raised:
            manager.register(mine, name="agenda")
        message = str(raised.value)
        assert "cannot register an instance of tests.test_plugin_isolation" in message
        assert "as 'agenda'" in message
        assert "installed plugin 'agenda' (folkemode_agenda, from folkemode-agenda 0.1.0)" in (
            message
        )
        assert "FOLKEMODE_BLOCK_PLUGINS=agenda" in message
        assert isinstance(raised.value, folkemode.FolkemodeError)
        assert isinstance(raised.value, ValueError)  # what pluggy's own error is
        assert folkemode.dumps(example, format="agenda").startswith("Installed:")
        assert folkemode.dumps(example, format="json").startswith("{")
        assert not manager.is_registered(mine)

    def test_outcome_does_not_depend_on_what_was_loaded_before(self, install: Install) -> None:
        """Registering by hand before anything has loaded the plugins gives the same error."""
        manager = install(installed_agenda())
        with pytest.raises(PluginNameTaken, match="installed plugin 'agenda'"):
            manager.register(agenda_plugin("Mine:"), name="agenda")
        assert plugin_module.installed()["agenda"].distribution == "folkemode-agenda"

    def test_under_another_name_the_later_format_wins(
        self, install: Install, example: Event
    ) -> None:
        """A plugin registered under a free name replaces the installed one's format."""
        manager = install(installed_agenda())
        mine = agenda_plugin("Mine:")
        manager.register(mine, name="agenda-under-test")
        assert folkemode.dumps(example, format="agenda").startswith("Mine:")
        manager.unregister(mine)
        assert folkemode.dumps(example, format="agenda").startswith("Installed:")

    def test_two_hand_registered_plugins(self, install: Install) -> None:
        """A name taken by hand is refused with a hint to unregister the first plugin."""
        manager = install()
        manager.register(agenda_plugin("First:"), name="agenda")
        with pytest.raises(PluginNameTaken, match=r"registered earlier as 'agenda'.*unregister"):
            manager.register(agenda_plugin("Second:"), name="agenda")

    def test_two_installed_plugins_share_a_name(self, install: Install, example: Event) -> None:
        """The second installed plugin of one name is a failure naming the first."""
        other = FakeEntryPoint("agenda", agenda_plugin("Other:"), "agenda-tools", "2.0")
        install(installed_agenda(), other)
        assert folkemode.dumps(example, format="agenda").startswith("Installed:")
        (failure,) = plugin_module.failures()
        assert failure.name == "agenda"
        assert "(agenda_tools, from agenda-tools 2.0)" in failure.error
        assert "taken by the installed plugin 'agenda' (folkemode_agenda" in failure.error
        listed = [p for p in plugin_module.plugin_listing() if p["name"] == "agenda"]
        assert [p.get("version") for p in listed] == ["0.1.0", None]
        assert "error" in listed[1]

    def test_installed_plugin_under_a_builtin_name(self, install: Install, example: Event) -> None:
        """An installed plugin cannot take a built-in's name; the built-in keeps working."""
        impostor = FakeEntryPoint(
            "folkemode.exporters.json", agenda_plugin("Impostor:"), "impostor", "1.0"
        )
        install(impostor)
        assert folkemode.dumps(example, format="json").startswith("{")
        (failure,) = plugin_module.failures()
        assert "taken by the built-in plugin 'folkemode.exporters.json'" in failure.error


class TestIsolated:
    def test_tutorial_steps_with_a_plugin_of_that_name_installed(
        self, install: Install, example: Event
    ) -> None:
        """In isolation a plugin is tried out by hand under an installed plugin's name."""
        manager = install(installed_agenda())
        manager.load()
        order = [name for name, _ in manager.list_name_plugin()]
        with plugin_module.isolated():
            assert plugin_module.installed() == {}
            assert "agenda" not in plugin_module.exporters()
            mine = agenda_plugin("Mine:")
            manager.register(mine, name="agenda")
            assert folkemode.dumps(example, format="agenda").startswith("Mine:")
            manager.unregister(mine)
            assert "agenda" not in plugin_module.exporters()
        assert [name for name, _ in manager.list_name_plugin()] == order
        assert folkemode.dumps(example, format="agenda").startswith("Installed:")

    def test_leaves_the_manager_as_it_was_found(self, install: Install, example: Event) -> None:
        """Plugins registered in the block go, set-aside ones and their failures come back."""
        broken = FakeEntryPoint(
            "broken", None, "broken-plugin", "0.1", ImportError("No module named 'lxml'")
        )
        manager = install(installed_agenda(), broken)
        manager.load()
        before = list(manager.list_name_plugin())
        assert [f.name for f in plugin_module.failures()] == ["broken"]
        with pytest.raises(RuntimeError), plugin_module.isolated():
            assert plugin_module.failures() == ()
            manager.register(agenda_plugin("Left behind:"), name="agenda")
            manager.unregister(name="folkemode.exporters.csv")
            raise RuntimeError("the block fails")
        assert list(manager.list_name_plugin()) == before
        assert [f.name for f in plugin_module.failures()] == ["broken"]
        assert folkemode.dumps(example, format="agenda").startswith("Installed:")

    def test_keep_names_installed_plugins_to_keep(self, install: Install, example: Event) -> None:
        """``keep`` leaves the named installed plugins registered in the block."""
        install(installed_agenda())
        with plugin_module.isolated(keep=["agenda"]):
            assert set(plugin_module.installed()) == {"agenda"}
            assert folkemode.dumps(example, format="agenda").startswith("Installed:")
