"""Plugins: built-ins registered like third-party plugins; failures isolated."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import folkemode
from folkemode import Event, Exporter, ExportOption, UnknownFormat
from folkemode import plugins as plugin_module
from folkemode.cli import main
from folkemode.formats import Importer, ImportOptions, ImportResult


class Shout:
    """A plugin writing the event's name in capitals, with one option."""

    @folkemode.hookimpl
    def register_exporters(self, register: Any) -> None:
        def dump(event: Event, *, times: int = 1) -> str:
            return (event.name.upper() + "!") * times + "\n"

        register(
            Exporter(
                name="shout",
                media_type="text/plain",
                suffixes=(".shout",),
                dump=dump,
                options=(ExportOption(name="times", type=int, help="how often"),),
            )
        )


class Broken:
    """A plugin whose registration raises."""

    @folkemode.hookimpl
    def register_exporters(self, register: Any) -> None:
        raise RuntimeError("cannot find my templates")


@pytest.fixture(autouse=True)
def only_builtin_plugins() -> Iterator[None]:
    """These tests count on exactly which plugins there are, so installed ones are set aside."""
    with plugin_module.isolated():
        yield


class TestRegistry:
    def test_builtins_are_plugins(self) -> None:
        """The JSON formats come from plugins listed in DEFAULT_PLUGINS."""
        names = {p["name"] for p in plugin_module.plugin_listing()}
        assert {"folkemode.importers.json", "folkemode.exporters.json"} <= names
        assert set(plugin_module.DEFAULT_PLUGINS) <= names | {
            f["name"] for f in plugin_module.plugin_listing() if "error" in f
        }

    def test_temporary_exporter_through_dumps(self, register_plugin: Any, example: Event) -> None:
        """A registered exporter is reachable by name and by suffix."""
        register_plugin(Shout(), name="shout")
        assert folkemode.dumps(example, format="shout", times=2) == (
            "KOMMUNALPOLITISK EFTERÅRSSEMINAR 2025!" * 2 + "\n"
        )
        assert plugin_module.exporter_for(filename="x.SHOUT").name == "shout"

    def test_temporary_exporter_through_cli(
        self, register_plugin: Any, example: Event, tmp_path: Path, capsys: Any
    ) -> None:
        """The CLI uses a plugin's exporter and turns its options into flags."""
        register_plugin(Shout(), name="shout")
        source = tmp_path / "programme.json"
        folkemode.dump(example, source)
        target = tmp_path / "programme.shout"
        assert main(["convert", str(source), "-o", str(target), "--times", "3"]) == 0
        assert target.read_text(encoding="utf-8").count("!") == 3

    def test_plugin_replaces_a_builtin_format(self, register_plugin: Any, example: Event) -> None:
        """A plugin registering a built-in's name replaces it; unregistering restores it."""

        class LoudJson:
            @folkemode.hookimpl
            def register_exporters(self, register: Any) -> None:
                register(
                    Exporter(
                        name="json",
                        media_type="application/json",
                        suffixes=(".json",),
                        dump=lambda event: "{}\n",
                    )
                )

        plugin = register_plugin(LoudJson(), name="loud-json")
        assert folkemode.dumps(example, format="json") == "{}\n"
        plugin_module.pm.unregister(plugin)
        assert folkemode.dumps(example, format="json").startswith('{\n  "folkemode": 2')
        plugin_module.pm.register(plugin, name="loud-json")

    def test_unknown_option_is_refused(self, register_plugin: Any, example: Event) -> None:
        """An exporter option that does not exist is named in the error."""
        register_plugin(Shout(), name="shout")
        with pytest.raises(folkemode.FolkemodeError, match="no option 'loud'"):
            folkemode.dumps(example, format="shout", loud=True)

    def test_broken_plugin_does_not_take_others_down(
        self, register_plugin: Any, example: Event
    ) -> None:
        """A plugin that raises while registering is reported by name; others still work."""
        register_plugin(Broken(), name="broken-plugin")
        assert folkemode.dumps(example, format="json").startswith("{")
        failures = [str(f) for f in plugin_module.failures()]
        assert any("broken-plugin" in f and "cannot find my templates" in f for f in failures)

    def test_unknown_format(self, example: Event) -> None:
        """An unknown format name lists the ones there are."""
        with pytest.raises(UnknownFormat, match=r"available: .*json"):
            folkemode.dumps(example, format="docx")

    def test_unknown_suffix(self, example: Event, tmp_path: Path) -> None:
        """A file suffix nobody writes is a clear error."""
        with pytest.raises(UnknownFormat, match="cannot tell the output format"):
            folkemode.dump(example, tmp_path / "x.docx")

    def test_importer_plugin_and_sniffing(self, register_plugin: Any) -> None:
        """A plugin importer can claim a text through the sniff hook."""

        class Upper:
            @folkemode.hookimpl
            def register_importers(self, register: Any) -> None:
                def read(text: str, options: ImportOptions) -> ImportResult:
                    return ImportResult(event=Event(name=text.split(":", 1)[1]))

                register(
                    Importer(
                        name="upper", media_type="text/x-upper", suffixes=(".upper",), read=read
                    )
                )

            @folkemode.hookimpl
            def sniff_format(self, text: str) -> str | None:
                return "upper" if text.startswith("UPPER:") else None

        register_plugin(Upper(), name="upper")
        assert folkemode.loads("UPPER:Årsmøde").name == "Årsmøde"


class TestLoading:
    def test_broken_entry_point_and_blocking(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """Entry points that fail to import are reported; blocked ones are skipped."""
        import importlib.metadata

        class FakeEntryPoint:
            def __init__(self, name: str, error: Exception | None = None) -> None:
                self.name, self.error = name, error

            def load(self) -> Any:
                if self.error is not None:
                    raise self.error
                return Shout()

        entry_points = [
            FakeEntryPoint("missing-dep", ImportError("No module named 'lxml'")),
            FakeEntryPoint("blocked-one"),
            FakeEntryPoint("good-one"),
        ]
        monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: entry_points)
        monkeypatch.setenv(plugin_module.BLOCK_VARIABLE, "blocked-one")
        manager = plugin_module.pm
        fresh = plugin_module.FolkemodePluginManager()
        monkeypatch.setattr(plugin_module, "pm", fresh)
        plugin_module.load_plugins()
        names = {fresh.get_name(p) for p in fresh.get_plugins()}
        assert "good-one" in names and "blocked-one" not in names
        assert [f.name for f in plugin_module.failures()] == ["missing-dep"]
        assert "shout" in plugin_module.exporters()
        assert manager is not fresh

    def test_loading_is_idempotent(self) -> None:
        """Loading twice registers nothing twice."""
        plugin_module.load_plugins()
        before = len(plugin_module.pm.get_plugins())
        plugin_module.load_plugins()
        assert len(plugin_module.pm.get_plugins()) == before

    def test_import_is_lazy(self) -> None:
        """`import folkemode` loads no exporter, babel, cattrs or icalendar."""
        import subprocess
        import sys

        code = (
            "import sys, folkemode; "
            "print(sorted(m for m in ('icalendar', 'babel', 'cattrs', 'jinja2', "
            "'folkemode.plugins', 'folkemode.serialise') if m in sys.modules))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert out.strip() == "[]"


class TestHookDocs:
    def test_every_hook_is_documented_with_its_signature(self) -> None:
        """docs/reference/plugins.md shows every hook with its arguments and a description.

        Either written out, ``name(arguments)``, or through Sphinx's
        ``autofunction``, which renders the hook specification's signature
        and docstring.
        """
        import inspect

        from folkemode import hookspecs

        doc = (Path(__file__).parent.parent / "docs" / "reference" / "plugins.md").read_text(
            encoding="utf-8"
        )
        for name in dir(hookspecs):
            function = getattr(hookspecs, name)
            if not hasattr(function, "folkemode_spec"):
                continue
            arguments = ", ".join(inspect.signature(function).parameters)
            rendered = f".. autofunction:: folkemode.hookspecs.{name}\n" in doc
            assert rendered or f"{name}({arguments})" in doc, (
                f"{name}({arguments}) is not documented"
            )
            if rendered:
                assert inspect.getdoc(function), f"the {name} hook has no docstring to render"

    def test_cli_lists_plugins_as_json(self, capsys: Any) -> None:
        """`folkemode plugins` prints name, hooks and version for each plugin."""
        assert main(["plugins"]) == 0
        listing = json.loads(capsys.readouterr().out)
        json_exporter = next(p for p in listing if p["name"] == "folkemode.exporters.json")
        assert json_exporter["hooks"] == ["register_exporters"]
        assert json_exporter["version"] == folkemode.__version__
