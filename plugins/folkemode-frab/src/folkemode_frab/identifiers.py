"""Identifiers in a frab schedule, all derived from folkemode's stable ids.

frab readers (conference apps, video tracking, volunteer planning) remember
sessions by their ``guid``, so it must not change when the schedule is
exported again. It is a UUID5 of the event's id and the session's id
(folkemode derives both from content: name, year, day and title), never a
random UUID and never a list position. Putting the event id in keeps two
programmes that each have a "Frokost" on the same day apart, as frab wants
guids to be unique across all schedules.

The legacy integer ``id`` is the guid's first 32 bits, folded into
1..2**31-1 so 32-bit readers can hold it. The short ``code`` pretalx gives
every session is that number in base 36: six characters of ``0-9 A-Z``,
unique wherever the number is.

>>> guid = session_guid("efteraarsseminar-2025", "20251113-frokost")
>>> guid.version, guid == session_guid("efteraarsseminar-2025", "20251113-frokost")
(5, True)
>>> number_from_guid(guid) == number_from_guid(guid) > 0
True
>>> session_code(1), session_code(2**31 - 1)
('000001', 'ZIK0ZJ')
>>> default_acronym("kommunalpolitisk-efteraarsseminar-2025")
'kommunalpolitisk_efteraarsseminar_2025'
"""

from __future__ import annotations

import re
import uuid

from folkemode import FolkemodeError
from folkemode.model import slugify

__all__ = [
    "NAMESPACE",
    "check_acronym",
    "default_acronym",
    "next_number",
    "number_from_guid",
    "person_guid",
    "room_guid",
    "session_code",
    "session_guid",
    "session_slug",
    "track_slug",
]

#: The UUID5 namespace of every guid this plugin writes.
NAMESPACE = uuid.uuid5(
    uuid.NAMESPACE_URL, "https://github.com/folkemode/folkemode/tree/main/plugins/folkemode-frab"
)

_LARGEST_ID = 2**31 - 1


def session_guid(event_id: str, session_id: str) -> uuid.UUID:
    """The guid of a session: UUID5 of ``"{event_id}/session/{session_id}"``."""
    return uuid.uuid5(NAMESPACE, f"{event_id}/session/{session_id}")


def person_guid(event_id: str, speaker_id: str) -> uuid.UUID:
    """The guid of a speaker: one per name within an event."""
    return uuid.uuid5(NAMESPACE, f"{event_id}/person/{speaker_id}")


def room_guid(event_id: str, room: str) -> uuid.UUID:
    """The guid of a room, from its name."""
    return uuid.uuid5(NAMESPACE, f"{event_id}/room/{room}")


def number_from_guid(guid: uuid.UUID) -> int:
    """A positive integer from the first 32 bits of ``guid``, at most 2**31-1."""
    return int.from_bytes(guid.bytes[:4], "big") % _LARGEST_ID + 1


def next_number(number: int) -> int:
    """The number after ``number``, wrapping round to 1 (for resolving clashes)."""
    return number % _LARGEST_ID + 1


_DIGITS36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def session_code(number: int) -> str:
    """``number`` (1..2**31-1) in base 36, six characters: the frab ``code`` of a session."""
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = _DIGITS36[digit] + digits
    return digits.rjust(6, "0")


# -- acronym and slugs ------------------------------------------------------------------

# The XSD wants [a-z0-9_-]{4,}; the JSON schema allows a hyphen only first or
# in a "-2025-name" suffix. Hyphens are left out of the first part so a slug
# built from it ("acronym-rest") satisfies both schemas' slug patterns too.
_ACRONYM = re.compile(r"[a-z0-9_]{4,}(-2[0-9]{3}-[a-z]+)?")


def default_acronym(event_id: str) -> str:
    """The event id with underscores for hyphens, padded to four characters."""
    return slugify(event_id, max_length=60).replace("-", "_").ljust(4, "_")


def check_acronym(value: str) -> str:
    """``value`` if both frab schemas accept it as an acronym; else a FolkemodeError."""
    if not _ACRONYM.fullmatch(value):
        raise FolkemodeError(
            f"the frab acronym {value!r} is not valid: use four or more lower-case letters, "
            "digits or underscores (e.g. 'efteraar_2025'), optionally followed by a "
            "year and a name ('kmd_topmoede-2025-aarhus')"
        )
    return value


def session_slug(acronym: str, session_id: str) -> str:
    """``acronym-session-id``: lower-case ASCII, at least four characters after the hyphen."""
    return f"{acronym}-{slugify(session_id, max_length=200).rjust(4, '0')}"


_TRACK_SLUG = re.compile(r"[a-z][a-z0-9-]+")


def track_slug(track_id: str) -> str:
    """A track slug that starts with a letter, as the XSD asks."""
    slug = slugify(track_id, max_length=60)
    return slug if _TRACK_SLUG.fullmatch(slug) else f"track-{slug}"
