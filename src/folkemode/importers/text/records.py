"""Event records: a title, then labelled lines, one of them its date and time.

Listings of a people's meeting's events, and news pages that pick a few of
them, give each event as a little record rather than a programme line:

    Partilederdebatten

    Arrangør: Arendalsuka, NRK
    Dag: Mandag 14/8 2017 21:30 – 23:00
    Tema: Politikk
    Sted: Arendal kultur- og rådhus

A guide may give the date line bare, with the stand or the place after the
hours ("Torsdag 13. juni 16:00 – 17:00 / N11 – Gæsten"): that is a record's
dated line too, and what follows the hours is the session's place.

Read line by line, the first such date would be the event's own and every
title a line of its description. :func:`find_records` decides it over the
whole text instead: when two or more titles are each followed by a block
of "Label: value" lines holding one date with a time, each block is a
session's, with the title above it. A single block is what an event page's
header looks like ("Tid: …", "Sted: …"), so it is left to the header.

>>> from folkemode.importers.text.classify import classify_text
>>> from folkemode.importers.text.vocabulary import Lexicon
>>> text = (
...     "Debatten\\nArrangør: NRK\\nDag: Mandag 14/8 2017 21:30 – 23:00\\n\\n"
...     "Ungdomsdebatten\\nDag: Fredag 18/8 2017 19:00 – 20:30\\nSted: Torvet\\n"
... )
>>> items = classify_text(text, Lexicon.build())
>>> records = find_records(items, Lexicon.build())
>>> [(items[r.title][0].text, r.dates.start) for r in records.values()]
[('Debatten', (21, 30)), ('Ungdomsdebatten', (19, 0))]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from folkemode.importers.text.classify import Kind, Shape
from folkemode.importers.text.dates import When, parse_when
from folkemode.importers.text.lines import Line, word_count
from folkemode.importers.text.times import TimeSpan, parse_leading_time
from folkemode.importers.text.vocabulary import Lexicon

__all__ = ["Record", "find_records"]

# "Arrangementstype: Debatt", "Dag: Mandag 14/8": one to three words, a colon, a value.
_LABELLED = re.compile(r"[A-ZÆØÅ][\w/-]*(?: [\w/-]+){0,2}: \S")
# The most lines a record's block of labelled lines may have.
_LONGEST_BLOCK = 12
# The kinds looked at on every line, looked up once (an enum member's lookup costs
# more than the test, on every line of a long programme).
_BLANK, _TEXT, _WHEN, _FIELD = Kind.BLANK, Kind.TEXT, Kind.WHEN, Kind.FIELD


@dataclass(frozen=True, slots=True)
class Record:
    """One event's record: where its title, its dated line and its labelled lines are."""

    title: int
    """Index of the title line."""
    when: int
    """Index of the line with the date and time."""
    lines: tuple[int, ...]
    """Indices of every labelled line of the block, the dated one among them."""
    dates: When | TimeSpan
    """The days and hours (a :class:`~.dates.When`), or only the hours."""


def _labelled(line: Line, shape: Shape) -> bool:
    if line.bullet is not None or line.cells:
        return False
    if shape.kind is _FIELD:
        return bool(shape.value)
    return (shape.kind is _TEXT or shape.kind is _WHEN) and _LABELLED.match(line.text) is not None


def _dated(line: Line, shape: Shape, lexicon: Lexicon) -> When | TimeSpan | None:
    """The date and time a labelled line gives: "Dag: Mandag 14/8 2017 21:30 – 23:00",
    "Tid: 14. august kl. 10-11", or only the hours ("Tid: 10.00-11.00")."""
    when = shape.when
    if shape.kind is _WHEN and when is not None and when.start is not None:
        # only the label before the date ("Dag:"), not a title with its dates, nor a place after
        label = line.text.partition(":")[0]
        if word_count(label) <= 3 and when.before.strip(" :") == label and not when.after:
            return when
        return None
    if shape.kind is not _FIELD or "label_time" not in shape.categories:
        return None
    when = parse_when(shape.value, lexicon)
    if when is not None:
        return when if when.start is not None and not when.after else None
    span = parse_leading_time(shape.value, lexicon)
    return span if span is not None and not span.invalid and not span.rest else None


def _bare_when(shape: Shape) -> When | None:
    """A line that opens with its date and gives a time, perhaps a place after it."""
    when = shape.when
    if shape.kind is _WHEN and when is not None and when.start is not None and not when.before:
        return when
    return None


def _title(line: Line, shape: Shape) -> bool:
    text = line.text
    return (
        shape.kind is _TEXT
        and line.bullet is None
        # "Repræsentation: Hvordan bryder vi lydmuren …?" is a title, "Tema: Politikk" a fact
        and (not _labelled(line, shape) or word_count(text.partition(":")[2]) >= 4)
        and word_count(text) <= 20
        and not text.endswith((":", ","))
        and (text[:1].isupper() or text[:1] in "«\"'”“")
    )


def _two_dated_lines(items: Sequence[tuple[Line, Shape]]) -> bool:
    """Whether two lines or more may be a record's dated line (by their shapes alone).

    Each record has one, so a text with fewer has no records, which this tells
    without reading a line (most programmes); it stops at the second.
    """
    found = 0
    for _, shape in items:
        kind = shape.kind
        if (kind is _WHEN and shape.when is not None and shape.when.start is not None) or (
            kind is _FIELD and "label_time" in shape.categories
        ):
            found += 1
            if found == 2:
                return True
    return False


def find_records(items: Sequence[tuple[Line, Shape]], lexicon: Lexicon) -> dict[int, Record]:
    """The records of the text by their title's index; empty unless there are two or more."""
    if not _two_dated_lines(items):
        return {}
    records: dict[int, Record] = {}
    index = 0
    while index < len(items):
        line, shape = items[index]
        if not _title(line, shape):
            index += 1
            continue
        block: list[int] = []
        dated: list[tuple[int, When | TimeSpan]] = []
        j = index + 1
        while j < len(items) and len(block) < _LONGEST_BLOCK:
            below, below_shape = items[j]
            if below_shape.kind is _BLANK:
                j += 1
                continue
            if not _labelled(below, below_shape):
                bare = _bare_when(below_shape) if not block else None
                if bare is None:
                    break
                # "Torsdag 13. juni 16:00 – 17:00 / N11 – Gæsten": the date opens the line
                block.append(j)
                dated.append((j, bare))
                j += 1
                continue
            block.append(j)
            when = _dated(below, below_shape, lexicon)
            if when is not None:
                dated.append((j, when))
            j += 1
        if len(dated) == 1:
            at, when = dated[0]
            records[index] = Record(title=index, when=at, lines=tuple(block), dates=when)
            index = block[-1] + 1
        else:
            index += 1
    return records if len(records) >= 2 else {}
