"""Example programmes shipped with folkemode, readable as package resources.

>>> import folkemode
>>> from folkemode.examples import example_text
>>> event = folkemode.loads(example_text("topmoede.txt"), format="text", strict=True)
>>> event.name, len(event.sessions)
('Kommunalpolitisk Topmøde 2026 – Fjordbyen', 18)
"""

from __future__ import annotations

from importlib import resources

__all__ = ["example_path", "example_text"]


def example_path(name: str = "topmoede.txt") -> resources.abc.Traversable:
    """The shipped example programme ``name`` as a package resource."""
    return resources.files(__name__).joinpath(name)


def example_text(name: str = "topmoede.txt") -> str:
    """The text of the shipped example programme ``name``."""
    return example_path(name).read_text(encoding="utf-8")
