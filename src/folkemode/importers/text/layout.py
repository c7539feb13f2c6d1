"""Where a document puts its titles: after the time, or above it.

Most programmes write "09:00 Title". Event guides (Folkemødet's, Arendalsuka's)
write the title first and the time under it, with the stand, organiser and
place on the time's line:

    Hvem skal passe på de ensomme ældre?
    09:30 - 10:15 B12 Ældrerådenes Samvirke - Havnen
    Hver femte over 75 år …

Read line by line, the title would be taken for the description of the
session before. :func:`titles_above` decides it from the whole document
instead: a time whose line carries a stand code ("B12 …") with a short
heading straight above it that starts a block is a title-above item on its
own evidence; a bare time ("09:00 - 09:30") under such a heading is one
when most bare times in the document sit that way. It returns, for each
such time line, the index of its title line.

>>> from folkemode.importers.text.classify import classify_text
>>> from folkemode.importers.text.vocabulary import Lexicon
>>> text = "Kl. 9:00\\n\\nSang\\n09:00 - 09:30\\nKoret\\n\\nDebat\\n09:00 - 10:00\\nForum\\n"
>>> items = classify_text(text, Lexicon.build())
>>> layout = titles_above(items)
>>> [(items[t][0].text, items[h][0].text) for t, h in sorted(layout.above.items())]
[('09:00 - 09:30', 'Sang'), ('09:00 - 10:00', 'Debat')]
>>> [items[i][0].text for i in sorted(layout.hour_headings)]
['Kl. 9:00']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from folkemode.importers.text.classify import Kind, Shape
from folkemode.importers.text.columns import TIME_COLUMNS, TITLE_COLUMNS
from folkemode.importers.text.lines import Line, word_count

__all__ = [
    "Layout",
    "fields_under_times",
    "people_column_rows",
    "rooms_above_times",
    "rooms_under_times",
    "titles_above",
]

# The kinds looked at around every time line, looked up once (an enum member's
# lookup costs more than the test).
_BLANK, _TEXT, _TIMED, _DAY, _PROGRAM = Kind.BLANK, Kind.TEXT, Kind.TIMED, Kind.DAY, Kind.PROGRAM
# What may stand above a block's first line (a tuple: members compare by identity).
_BEFORE_BLOCK = (_BLANK, _DAY, _PROGRAM)

# "B12 Organiser - Place", "A5 - Højskolernes Folkekøkken": a stand or tent code first.
_STAND = re.compile(r"[A-ZÆØÅ]{1,3}\s?\d{1,3}[a-z]?(?:\s|$)")


@dataclass
class Layout:
    """Title lines above their times, and hour headings over them."""

    above: dict[int, int] = field(default_factory=dict)
    """For a time line's index, the index of its title line above."""
    between: dict[int, list[int]] = field(default_factory=dict)
    """For a time line under a whole block, the paragraphs between its title and it."""
    hour_headings: set[int] = field(default_factory=set)
    """Time lines alone ("Kl. 9:00") that head the title-above items under them."""

    @property
    def titles(self) -> set[int]:
        return set(self.above.values())

    @property
    def held(self) -> set[int]:
        """Lines read with the time below them: titles, and the paragraphs of a block."""
        return self.titles | {i for lines in self.between.values() for i in lines}


def _is_title(line: Line, shape: Shape) -> bool:
    text = line.text
    return (
        shape.kind is _TEXT
        and line.bullet is None
        and word_count(text) <= 20
        and not text.endswith((":", ","))
        and (text[:1].isupper() or text[:1] in "«\"'”“")
    )


_PLACE_DASH = re.compile(r"\s[-–]\s")


def _is_stand(rest: str, rooms: frozenset[str]) -> bool:
    """ "B12 Organiser - Place", "Telt J34 – Himmel & Jord": a stand, never a title."""
    if _STAND.match(rest):
        return True
    return rest.split(" ", 1)[0].lower().rstrip(":") in rooms and bool(_PLACE_DASH.search(rest))


def _block_title(items: Sequence[tuple[Line, Shape]], index: int) -> tuple[int, list[int]] | None:
    """The heading of the block a time line closes, and the paragraphs between them."""
    number = items[index][0].number
    j = index - 1
    while j >= 0 and items[j][1].kind is _DAY and items[j][0].number == number:
        j -= 1  # "Torsdag 15. juni," cut from the front of the time line
    between: list[int] = []
    while j >= 0:
        line, shape = items[j]
        if shape.kind is _BLANK:
            j -= 1
            continue
        if shape.kind is not _TEXT or line.bullet is not None:
            return None
        if not shape.prose:
            heading = _is_title(line, shape) and _starts_block(items, j) and bool(between)
            return (j, between[::-1]) if heading else None
        between.append(j)
        j -= 1
    return None


def _starts_block(items: Sequence[tuple[Line, Shape]], index: int) -> bool:
    return index == 0 or items[index - 1][1].kind in _BEFORE_BLOCK


def titles_above(
    items: Sequence[tuple[Line, Shape]], rooms: frozenset[str] = frozenset()
) -> Layout:
    """Which time lines have their title on the line above, decided over the whole text.

    ``rooms`` are the vocabulary's room words ("Stand", "Telt", "Scene"): "Stand
    14 Omsorgsforbundet - Kanalplassen" after a time is a stand, as "B12 …" is.
    """
    strong: dict[int, int] = {}
    placed: dict[int, int] = {}
    bare: dict[int, int] = {}
    blocks: dict[int, tuple[int, list[int]]] = {}
    bare_times = 0
    hours: list[int] = []  # every time line without a title, for the hour headings below
    for index, (line, shape) in enumerate(items):
        if shape.kind is not _TIMED or shape.span is None:
            continue
        rest = shape.span.rest
        if not rest:
            hours.append(index)
        if line.cells or index == 0:
            continue
        if not rest:
            bare_times += 1
        stand = _is_stand(rest, rooms)
        above = index - 1
        if not rest:
            # "Fredag den 27. marts 2015, 09.15 -12.00" under its title: the day cut from
            # the front of the time's line stands between them
            while (
                above > 0 and items[above][1].kind is _DAY and items[above][0].number == line.number
            ):
                above -= 1
        above_line, above_shape = items[above]
        if not _is_title(above_line, above_shape) or not _starts_block(items, above):
            block = _block_title(items, index) if stand else None
            if block is not None:
                blocks[index] = block
            continue
        if not rest:
            bare[index] = above
        elif stand:
            strong[index] = above
        elif _PLACE_DASH.search(rest) and word_count(rest) <= 10:
            placed[index] = above  # "Bakgården Omsorgsforbundet - Kulturhuset"
    layout = Layout(above=dict(strong))
    # A guide that gives each event as a heading and paragraphs, the time and stand
    # last ("Torsdag 15. juni, kl. 12.00-13.00. Telt J34 – …"): when two or more do.
    if len(blocks) >= 2:
        for index, (title, between) in blocks.items():
            layout.above[index] = title
            layout.between[index] = between
    # "Organiser - Place" without a stand code: a guide's line where the guide has codes too
    if len(strong) >= 2:
        layout.above.update(placed)
    # Bare times under headings: the document's way when most of its bare times sit so.
    if len(bare) >= 2 and len(bare) * 2 > bare_times:
        layout.above.update(bare)
    titles = layout.titles
    for index in hours:
        nxt = next(
            (j for j in range(index + 1, min(len(items), index + 4)) if items[j][0].text),
            None,
        )
        if nxt is not None and nxt in titles and index not in layout.above:
            layout.hour_headings.add(index)
    return layout


def rooms_under_times(items: Sequence[tuple[Line, Shape]], room_words: frozenset[str]) -> set[int]:
    """The place lines between a bare time and its title ("09.30" / "Byrådssalen" /
    "Oplæg om klimaplanen"), by index.

    Under a time alone, two lines and then a blank line or the next time: the first
    is the place when it says so (a room's word, "sal 2", "Byrådssalen") or when the
    same line stands so under another time too; else both lines are the title's and
    the description's, as before.

    >>> from folkemode.importers.text.classify import classify_text
    >>> from folkemode.importers.text.vocabulary import Lexicon
    >>> text = "09.30\\nRådhuset, sal 2\\nVelkomst\\n\\n10.00\\nByrådssalen\\nOplæg\\n"
    >>> items = classify_text(text, Lexicon.build())
    >>> [items[i][0].text for i in sorted(rooms_under_times(items, frozenset({"sal"})))]
    ['Rådhuset, sal 2', 'Byrådssalen']
    """
    candidates: list[int] = []
    size = len(items)
    for index, (_, shape) in enumerate(items):
        span = shape.span
        if shape.kind is not _TIMED or span is None or span.rest:
            continue
        first = index + 1
        while first < size and items[first][1].kind is _BLANK:
            first += 1
        second = first + 1
        if second >= size or items[first][1].kind is not _TEXT:
            continue
        title_line, title_shape = items[second]
        # (a label's word alone, no colon after it, is a title here: "Spørgsmål")
        if title_shape.kind is not _TEXT and not (
            title_shape.kind is Kind.LABEL and not title_line.text.rstrip().endswith(":")
        ):
            continue
        # the block ends after the second line: a blank line, the next time or the end
        if second + 1 < size and items[second + 1][1].kind not in (_BLANK, _TIMED):
            continue
        candidates.append(first)
    texts = [items[i][0].text.strip() for i in candidates]
    counts = Counter(texts)
    rooms: set[int] = set()
    for index, text in zip(candidates, texts, strict=True):
        if word_count(text) > 5 or text.endswith((".", "?", "!", ":")):
            continue
        words = [w.strip(",.").lower() for w in text.split()]
        named = any(w in room_words or w.endswith(("salen", "sal", "lokalet")) for w in words)
        if named or counts[text] >= 2:
            rooms.add(index)
    return rooms


def rooms_above_times(
    items: Sequence[tuple[Line, Shape]], room_words: frozenset[str]
) -> dict[int, int]:
    """The room lines over each time ("Lokale K1" / "09.00: Fællessession"): for each
    time's index, the index of its room line.

    A room's word and its name or number, no colon, with the next time as the next
    line of text: the room of the sessions from that time on (the walk keeps it up to
    the next room line or day). Read so only where the
    document does it twice or more and every such room line sits over a time (one
    alone, or one under a session's text, may be that session's room as well).

    >>> from folkemode.importers.text.classify import classify_text
    >>> from folkemode.importers.text.vocabulary import Lexicon
    >>> text = "Lokale K1\\n\\n09.00 Velkomst\\nTekst.\\n\\nLokale K2\\n\\n10.00 Debat\\n"
    >>> items = classify_text(text, Lexicon.build())
    >>> sorted((items[t][0].text, items[r][0].text)
    ...        for t, r in rooms_above_times(items, frozenset({"lokale"})).items())
    [('09.00 Velkomst', 'Lokale K1'), ('10.00 Debat', 'Lokale K2')]
    """
    found: dict[int, int] = {}
    rooms = 0
    size = len(items)
    for index, (line, shape) in enumerate(items):
        # (a room's line has two or three words: the quick test first)
        if shape.kind is not _TEXT or not 1 <= line.text.count(" ") <= 2:
            continue
        if not _names_a_room(line.text, room_words):
            continue
        rooms += 1
        following = index + 1
        while following < size and items[following][1].kind is _BLANK:
            following += 1
        if following < size and items[following][1].kind is _TIMED:
            found[following] = index
    return found if len(found) >= 2 and len(found) == rooms else {}


def people_column_rows(
    items: Sequence[tuple[Line, Shape]], people_words: frozenset[str]
) -> tuple[set[int], set[int]]:
    """A table flattened one row to a line, whose last column names people: the
    heading lines ("Tema Kontaktpersonar") and the line numbers of the rows under them.

    The heading names a title column, perhaps a time column, and last a column of
    people (``people_words``); the timed lines right under it are its rows, each a
    time, a title and the people at its end ("16.05–16.15 Hydrogenprosjektet Kari
    Bø"), up to the first line of other text.

    >>> from folkemode.importers.text.classify import classify_text
    >>> from folkemode.importers.text.vocabulary import Lexicon
    >>> text = "Tid Tema Innleiar\\n10.00 Opning Kari Bø\\n10.30 Pause\\n\\nTakk.\\n"
    >>> items = classify_text(text, Lexicon.build())
    >>> people_column_rows(items, frozenset({"innleiar"}))
    ({0}, {2, 3})
    """
    headings: set[int] = set()
    rows: set[int] = set()
    size = len(items)
    for index, (line, shape) in enumerate(items):
        # (a heading of columns has two to four words: the quick test first)
        if shape.kind is not _TEXT or not 1 <= line.text.count(" ", 1) <= 3:
            continue
        if not _people_heading(line.text, people_words):
            continue
        under = [
            j for j in range(index + 1, min(size, index + 4)) if items[j][1].kind is not _BLANK
        ]
        if not under or items[under[0]][1].kind is not _TIMED:
            continue
        headings.add(index)
        for following in range(under[0], size):
            kind = items[following][1].kind
            if kind is _TIMED:
                rows.add(items[following][0].number)
            elif kind is not _BLANK:
                break
    return headings, rows


def _people_heading(text: str, people_words: frozenset[str]) -> bool:
    """ "Tema Kontaktpersonar", "Tid Program Innleder": column names, people's last."""
    words = [w.lower().strip(":") for w in text.split()]
    if not 2 <= len(words) <= 4 or words[-1] not in people_words:
        return False
    return any(w in TITLE_COLUMNS for w in words[:-1]) and all(
        w in TITLE_COLUMNS or w in TIME_COLUMNS for w in words[:-1]
    )


def _names_a_room(text: str, room_words: frozenset[str]) -> bool:
    """ "Lokale K1", "Sal 2", "Scene Nord": a room's word, then one or two words of its name."""
    head, _, name = text.strip().partition(" ")
    return (
        bool(name)
        and head.lower() in room_words
        and word_count(name) <= 2
        and not text.rstrip().endswith((".", ":", "?", "!"))
    )


# The labels of a session's own facts when a guide writes them under each time.
_SESSION_FACTS = ("label_venue", "room_labels", "label_organiser")


def fields_under_times(items: Sequence[tuple[Line, Shape]]) -> set[int]:
    """The "Lokation: D7 - FOA" lines that give each timed item its place, by index.

    A guide writes a time and title, a blank line, then the item's place or
    organiser as a labelled line, item after item. One such line under the only
    time may be the event's venue in a footer; two or more under times say the
    document's items carry their own (the walk then gives each to its session). A
    field with the next time right under it heads the times below instead.

    >>> from folkemode.importers.text.classify import classify_text
    >>> from folkemode.importers.text.vocabulary import Lexicon
    >>> text = "09:00 Debat\\n\\nSted: Telt 3\\n\\nTekst.\\n\\n10:00 Tale\\n\\nSted: Telt 5\\n"
    >>> items = classify_text(text, Lexicon.build())
    >>> [items[i][0].text for i in sorted(fields_under_times(items))]
    ['Sted: Telt 3', 'Sted: Telt 5']
    """
    found: list[int] = []
    in_item = False  # a time came last, with only its title and text after it
    candidate = None  # a field under a time, kept once the line after it is known
    text_kind = Kind.TEXT
    for index, (_, shape) in enumerate(items):
        kind = shape.kind
        if kind is _BLANK:
            continue
        if candidate is not None and kind is not _TIMED:
            # ("Scene: Telt 2" over the next times is their stage, not the last one's)
            found.append(candidate)
        candidate = None
        if (
            kind is Kind.FIELD
            and in_item
            and shape.value
            and not set(_SESSION_FACTS).isdisjoint(shape.categories)
        ):
            # (right under the time, or under its title and description: "Sted: Freya")
            candidate = index
        in_item = kind is _TIMED or (in_item and kind is text_kind)
    if candidate is not None:
        found.append(candidate)
    return set(found) if len(found) >= 2 else set()
