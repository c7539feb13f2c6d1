"""A page of meetings: "Næstved, onsdag den 26. oktober, kl. 19" over each meeting.

A series of meetings in several towns is published as one page: each meeting
under a line giving its town, its date and its hour, then "Sted:", the
people who speak, perhaps a programme of its own. Two or more such lines on
different days make the page a list of meetings, not one event's frame
given again and again. Each line is the day of what follows it; a meeting
with no timed items under it is a session of its own at that hour, its title
the town, and one with a programme under it is that programme's day.

>>> from folkemode.importers.text.classify import classify_text
>>> from folkemode.importers.text.vocabulary import Lexicon
>>> text = (
...     "Debatmøder\\n\\nVejle, onsdag den 4. marts, kl. 19\\nSted: Biblioteket\\n\\n"
...     "Aalborg, tirsdag den 10. marts, kl. 13\\n13.00 Velkomst\\n14.00 Debat\\n"
... )
>>> meeting_lines(classify_text(text, Lexicon.build()))
{2: True, 5: False}
"""

from __future__ import annotations

from collections.abc import Sequence

from folkemode.importers.text.classify import Kind, Shape
from folkemode.importers.text.lines import Line, word_count

__all__ = ["meeting_lines"]

_EDGE = " ,–—-:"


def _town(shape: Shape) -> str | None:
    """The town before a single day and its hour ("Næstved, onsdag den 26. oktober, kl. 19")."""
    when = shape.when
    if shape.kind is not Kind.WHEN or when is None or when.start is None:
        return None
    if (when.first.day, when.first.month) != (when.last.day, when.last.month):
        return None
    town = when.before.strip(_EDGE)
    if not town[:1].isupper() or word_count(town) > 4 or when.after.strip(_EDGE + "."):
        return None
    return town


def meeting_lines(items: Sequence[tuple[Line, Shape]]) -> dict[int, bool]:
    """The lines that each open a meeting of a list of them, by index: True when the
    meeting is a session of its own (no timed item under it), False when the items
    under it are its programme. Empty unless two such lines name different days."""
    found = [index for index, (_, shape) in enumerate(items) if _town(shape) is not None]
    days = set()
    for index in found:
        when = items[index][1].when
        assert when is not None
        days.add((when.first.day, when.first.month))
    if len(found) < 2 or len(days) < 2:
        return {}
    meetings: dict[int, bool] = {}
    for number, index in enumerate(found):
        end = found[number + 1] if number + 1 < len(found) else len(items)
        meetings[index] = not any(items[j][1].kind is Kind.TIMED for j in range(index + 1, end))
    return meetings


def town_of(shape: Shape) -> str:
    """The town a meeting's line names (for a line :func:`meeting_lines` found)."""
    town = _town(shape)
    assert town is not None
    return town
