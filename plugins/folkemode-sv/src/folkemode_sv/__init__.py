"""Swedish for folkemode: the text importer reads it, the exporters write it.

The plugin registers the locale ``sv`` (time zone Europe/Stockholm, clock
times written "08.00"), gives the text importer its Swedish words
(:mod:`folkemode_sv.vocabulary`, with CLDR's month and weekday names) and
the exporters their Swedish labels (``locale/sv/LC_MESSAGES/folkemode.po``).

>>> from folkemode_sv import register_locales
>>> found = []
>>> register_locales(found.append)
>>> found[0].name, found[0].timezone
('sv', 'Europe/Stockholm')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import folkemode
from folkemode.i18n import Language
from folkemode_sv.vocabulary import vocabulary

__version__ = "0.1.0"
__all__ = ["LANGUAGE", "locale_catalogues", "register_locales", "text_vocabulary"]

#: The language this plugin teaches folkemode.
LANGUAGE = Language(
    name="sv",
    timezone="Europe/Stockholm",
    aliases=("svenska", "swedish", "swe", "sv_se"),
    # Swedish usage (Språkrådet) writes "08.00"; CLDR's short time is "08:00".
    time_pattern="HH.mm",
)


@folkemode.hookimpl
def register_locales(register: Callable[[Language], None]) -> None:
    """Swedish: ``sv``, read and written."""
    register(LANGUAGE)


@folkemode.hookimpl
def text_vocabulary(locale: str) -> Mapping[str, Any] | None:
    """The Swedish words, for the text importer reading Swedish (and only then)."""
    return vocabulary() if locale == LANGUAGE.name else None


@folkemode.hookimpl
def locale_catalogues(locale: str) -> Traversable | None:
    """The Swedish labels of the exporters."""
    if locale != LANGUAGE.name:
        return None
    return resources.files(__name__).joinpath("locale", "sv", "LC_MESSAGES", "folkemode.po")
