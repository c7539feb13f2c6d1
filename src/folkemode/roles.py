"""Roles that say what a person does in a session rather than who they are.

A moderator (ordstyrer, konferansier, vært, …) leads a session instead of
speaking in it. The text importer keeps such a label as the first part of the
speaker's role ("ordstyrer, journalist"); the page names them apart.

>>> leads_session("Ordstyrer")
True
>>> leads_session("borgmester")
False
"""

from __future__ import annotations

__all__ = ["MODERATOR_ROLES", "leads_session"]

#: Roles of a person who leads a session rather than speaks in it.
MODERATOR_ROLES = frozenset(
    {
        "ordstyrer",
        "ordstyrar",
        "moderator",
        "konferencier",
        "konferansier",
        "konfransier",
        "debatleder",
        "debattleder",
        "debattleiar",
        "mødeleder",
        "møteleder",
        "møteleiar",
        "programleder",
        "programleiar",
        "vært",
        "vert",
        "chair",
        "host",
    }
)


def leads_session(word: str) -> bool:
    """True when ``word`` (a label or the first part of a role) names a moderator."""
    return word.strip().casefold() in MODERATOR_ROLES
