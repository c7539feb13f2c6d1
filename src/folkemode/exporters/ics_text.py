"""TEXT values for ICS written exactly as given.

icalendar's own escaping first turns a literal backslash-N (``\\N``) into a
line break, so a title such as ``Sal \\N`` would come back from any calendar
as ``Sal`` and a new line. :class:`Text` escapes by RFC 5545 alone: backslash,
semicolon, comma and line breaks, nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable

from icalendar import vCategory, vText


class Text(vText):
    """A TEXT property value escaped by RFC 5545 section 3.3.11 only."""

    def to_ical(self) -> bytes:
        escaped = (
            str(self)
            .replace("\\", "\\\\")
            .replace(";", "\\;")
            .replace(",", "\\,")
            .replace("\r\n", "\\n")
            .replace("\n", "\\n")
            .replace("\r", "\\n")
        )
        return escaped.encode("utf-8")


def categories(names: Iterable[str]) -> vCategory:
    """A CATEGORIES value whose names are escaped like :class:`Text`."""
    value = vCategory([])
    value.cats = [Text(name) for name in names]
    return value
