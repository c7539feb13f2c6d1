"""Tables whose columns are lined up with spaces, as text copied from a PDF is.

A PDF programme arrives as rows like ``09.45-10.30    Korleis skal vi bu …
Professor Randi Øvrebø,`` with the cells of a row wrapped onto the next line
under their own columns. :func:`align_columns` finds such tables — under a
header row of short column names ("Kl.   Tema   Ansvarleg"), or rows of three
or more cells — gives each row its ``cells`` (as tab-separated rows have them)
and folds the wrapped lines into the cells of the row above; those lines are
marked ``continued`` so the reader claims them with their row.

>>> from folkemode.importers.text.lines import split_lines
>>> lines = split_lines(
...     "Kl.     Tema                 Ansvarleg\\n"
...     "09.45   Korleis skal vi bu   Professor Randi Øvrebø,\\n"
...     "        i 2040?              Høgskulen på Vestlandet\\n"
... )
>>> align_columns(lines)
>>> lines[1].cells
('09.45', 'Korleis skal vi bu i 2040?', 'Professor Randi Øvrebø, Høgskulen på Vestlandet')
>>> lines[2].continued
True
"""

from __future__ import annotations

import re
from itertools import islice

from folkemode.importers.text.lines import Line

__all__ = [
    "TIME_COLUMNS",
    "TITLE_COLUMNS",
    "align_columns",
    "join_tab_wraps",
    "join_wrapped",
]

TIME_COLUMNS = frozenset(
    {"tid", "kl", "kl.", "tidspunkt", "time", "klokkeslæt", "klokkeslett", "start", "når"}
)
"""Names of a table's time column."""

TITLE_COLUMNS = frozenset(
    {
        "arrangement",
        "arrangementer",
        "titel",
        "tittel",
        "emne",
        "program",
        "programpunkt",
        "aktivitet",
        "overskrift",
        "indhold",
        "innhold",
        "hvad",
        "hva",
        "kva",
        "session",
        "sesjon",
        "tema",
        "punkt",
        "innhald",
    }
)
"""Names of a table's title column."""

# A cell: words with single spaces between them; cells are two or more spaces apart.
_CELL = re.compile(r"\S+(?: \S+)*")
_MOST_COLUMNS = 8
# First letters of a header row ("Kl.", "Tid", "Når", "Start") or of a timed row.
_TABLE_STARTS = frozenset("0123456789KkTtNnSs")
_ROW_START = re.compile(r"(?:[Kk]l\.?\s{0,2})?\d{1,2}[.:]?\d{0,2}")


def _cells(raw: str) -> list[tuple[int, str]]:
    # one more than a table can have is enough to tell a table row from a long line
    return [(m.start(), m.group()) for m in islice(_CELL.finditer(raw), _MOST_COLUMNS + 1)]


def _is_head(cells: list[tuple[int, str]]) -> bool:
    """ "Kl.   Tema   Ansvarleg": short column names, the first one naming the time."""
    return (
        len(cells) >= 3
        and cells[0][1].lower().rstrip(":") in TIME_COLUMNS
        and all(
            text.count(" ") <= 1 and not text[:1].isdigit() and len(text) <= 24 for _, text in cells
        )
    )


def _column_of(start: int, columns: list[int]) -> int | None:
    for index, column in enumerate(columns):
        if abs(start - column) <= 1:
            return index
    return None


def _join(cell: str, more: str) -> str:
    if not cell:
        return more
    if cell.endswith("-") and cell[-2:-1].isalpha() and more[:1].islower():
        return cell[:-1] + more  # "til-" + "sette"
    return f"{cell} {more}"


def align_columns(lines: list[Line]) -> None:
    """Give the rows of space-aligned tables their cells, in place (see the module)."""
    columns: list[int] | None = None
    row: Line | None = None
    row_cells: list[str] = []
    for line in lines:
        text = line.text
        if not text:
            row = None
            continue
        if columns is None and text[0] not in _TABLE_STARTS:
            continue  # neither a header row nor a timed row: nothing to line up
        raw = line.raw
        if not line.spaced or line.cells or "\t" in raw:
            columns, row = None, None
            continue
        cells = _cells(raw)
        if len(cells) > _MOST_COLUMNS:
            columns, row = None, None
            continue
        if _is_head(cells):
            columns = [start for start, _ in cells]
            row = None
            line.cells = tuple(text for _, text in cells)
            continue
        first_start, first_text = cells[0]
        if _ROW_START.match(first_text) is not None and len(cells) >= 2:
            aligned = columns is not None and all(
                _column_of(start, columns) is not None for start, _ in cells
            )
            if not aligned:
                if len(cells) < 3:
                    columns, row = None, None
                    continue
                columns = [start for start, _ in cells]
            assert columns is not None
            row_cells = [""] * len(columns)
            for start, text in cells:
                at = _column_of(start, columns)
                assert at is not None
                row_cells[at] = _join(row_cells[at], text)
            row = line
            line.cells = tuple(row_cells)
            continue
        if row is not None and columns is not None and first_start > columns[0] + 1:
            places = [_column_of(start, columns) for start, _ in cells]
            if None not in places and max(p or 0 for p in places) >= 2:
                for (_, text), at in zip(cells, places, strict=True):
                    assert at is not None
                    row_cells[at] = _join(row_cells[at], text)
                row.cells = tuple(row_cells)
                line.continued = True
                continue
            continue  # a line under the row's title: its body, read as usual
        columns, row = None, None


def join_tab_wraps(lines: list[Line]) -> None:
    """Fold a tab-separated row's wrapped cells ("\tog introduktion\tKommune X") into it."""
    row: Line | None = None
    parts: list[str] = []
    for line in lines:
        if not line.cells:
            row = None
            continue
        pieces = [piece.strip() for piece in line.raw.split("\t")]
        if row is not None and not pieces[0] and len(pieces) <= len(parts):
            for index, piece in enumerate(pieces):
                if piece:
                    parts[index] = _join(parts[index], piece)
            row.cells = tuple(part for part in parts if part)
            line.continued = True
            continue
        row, parts = (line, pieces) if _ROW_START.match(pieces[0]) else (None, [])


_AND_WORDS = ("og", "samt", "&")
_WRAPPED_ENDS = ("-", "–", " og", " samt", " &", " Og", " OG")


# "08.00 -", "Kl. 14.00 –": a time and a dash, the end on the next line ("09.30").
_TIME_THEN_DASH = re.compile(r"(?:[Kk]l\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–—]")
_TIME_ALONE = re.compile(r"\d{1,2}[.:]\d{2}")


def join_wrapped(lines: list[Line]) -> None:
    """Join lines a PDF broke inside a word ("til-" / "sette") or a list ("A, B og" / "C").

    The second line's text moves to the end of the first, and the second is
    marked ``continued``.
    """
    previous: Line | None = None
    for line in lines:
        if previous is not None and line.text and not line.continued and line.bullet is None:
            head = previous.text
            if not head.endswith(_WRAPPED_ENDS):
                previous = line if not line.cells else None
                continue
            last = head.rsplit(" ", 1)[-1].lower()
            if _TIME_THEN_DASH.fullmatch(head) and _TIME_ALONE.fullmatch(line.text):
                # "08.00 -" / "09.30": a range of times broken after its dash
                previous.text = f"{head} {line.text}"
                line.continued = True
                continue
            if (
                head.endswith("-")
                and head[-2:-1].isalpha()
                and line.text[:1].islower()
                and line.indent >= previous.indent
            ):
                previous.text = head[:-1] + line.text
                line.continued = True
                continue
            if (
                last in _AND_WORDS
                and " " in head
                and not line.text[:1].isdigit()
                and line.indent >= previous.indent
            ):
                previous.text = f"{head} {line.text}"
                line.continued = True
                continue
        previous = line if line.text and not line.continued and not line.cells else None
