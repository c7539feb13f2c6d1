"""Shared fixtures: temporary plugins, the example event, fixture files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from folkemode import Event
from folkemode.plugins import isolated, load_plugins, pm

# No hypothesis deadlines: timing belongs in benchmarks/, and the machines that
# run the tests are shared and noisy.
settings.register_profile("folkemode", deadline=None)
settings.load_profile("folkemode")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
REAL = SHARED / "real"


@pytest.fixture(scope="session", autouse=True)
def plugins_of_this_repository_only() -> Iterator[None]:
    """Plugins installed beside folkemode (but the frab and markdown plugins) are set aside."""
    with isolated(keep=["frab", "markdown"]):
        yield


@pytest.fixture
def example() -> Event:
    return Event.example()


@pytest.fixture
def register_plugin() -> Iterator[Any]:
    """Register plugin objects for one test; they are unregistered afterwards."""
    load_plugins()
    registered: list[Any] = []

    def register(plugin: Any, name: str | None = None) -> Any:
        pm.register(plugin, name=name)
        registered.append(plugin)
        return plugin

    yield register
    for plugin in registered:
        pm.unregister(plugin)


def fixture_path(*parts: str) -> Path:
    """A file under tests/fixtures, by name."""
    return FIXTURES.joinpath(*parts)


def seed_paths(pattern: str = "*.txt") -> list[Path]:
    """The shared seed programmes, or a skip when ../shared/seeds is not there."""
    if not SEEDS.is_dir():
        pytest.skip("the shared seeds folder (../shared/seeds) is not present")
    return sorted(SEEDS.glob(pattern))
