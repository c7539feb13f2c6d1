"""The few words a Markdown programme needs besides dates and times, per language.

Day headings and times come from CLDR through :mod:`folkemode.i18n`; these
are the column headings and labels, in every language folkemode itself
writes. A language another plugin teaches folkemode gets its day names and
times from CLDR all the same, and the English labels.

>>> labels_for("nn").speakers
'Innleiarar'
>>> labels_for("fo").speakers
'Speakers'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["LABELS", "Labels", "labels_for"]


@dataclass(frozen=True, kw_only=True)
class Labels:
    """The words of one language."""

    time: str
    """Column heading of the times (table layout)."""
    session: str
    """Column heading of the titles (table layout)."""
    room: str
    """Column heading of the rooms (table layout)."""
    speaker: str
    """Label before a single speaker's name."""
    speakers: str
    """Label before several speakers' names, and their column heading."""
    links: str
    """Label before a session's links."""
    cancelled: str
    """Put before the title of a cancelled session."""
    undated: str
    """Heading of the sessions that have no day yet."""


LABELS: Mapping[str, Labels] = MappingProxyType(
    {
        "da": Labels(
            time="Tid",
            session="Programpunkt",
            room="Lokale",
            speaker="Oplægsholder",
            speakers="Oplægsholdere",
            links="Links",
            cancelled="Aflyst",
            undated="Uden dato",
        ),
        "nb": Labels(
            time="Tid",
            session="Programpost",
            room="Rom",
            speaker="Innleder",
            speakers="Innledere",
            links="Lenker",
            cancelled="Avlyst",
            undated="Uten dato",
        ),
        "nn": Labels(
            time="Tid",
            session="Programpost",
            room="Rom",
            speaker="Innleiar",
            speakers="Innleiarar",
            links="Lenkjer",
            cancelled="Avlyst",
            undated="Utan dato",
        ),
        "en": Labels(
            time="Time",
            session="Session",
            room="Room",
            speaker="Speaker",
            speakers="Speakers",
            links="Links",
            cancelled="Cancelled",
            undated="Not yet dated",
        ),
    }
)


def labels_for(language: str) -> Labels:
    """The labels of ``language`` (a normalised code such as ``"nb"``), else the English ones."""
    return LABELS.get(language, LABELS["en"])
