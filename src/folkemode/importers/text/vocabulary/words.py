"""Writing word lists compactly: one string, entries separated by "|"."""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """The entries of ``text``, separated by "|", stripped, empty ones dropped.

    >>> words("læs også | mest læste |")
    ('læs også', 'mest læste')
    """
    return tuple(entry.strip() for entry in text.split("|") if entry.strip())
