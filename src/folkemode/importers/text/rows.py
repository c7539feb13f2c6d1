"""Tab-separated tables: "Tid, Scene, Arrangement, Arrangør" and their rows.

A Folkemødet-style listing copied from a web table arrives with tabs between
its cells. A header row names the columns; each row then gives a session's
time, title, stage and organiser. Without a header the longest cell is the
title, and the others are kept as its description.
"""

from __future__ import annotations

from folkemode.importers.text.columns import TIME_COLUMNS, TITLE_COLUMNS
from folkemode.importers.text.lines import Line
from folkemode.importers.text.people import People
from folkemode.importers.text.state import BuilderState
from folkemode.importers.text.times import TimeSpan
from folkemode.model import Organisation

__all__ = ["TableRows"]


class TableRows:
    """Reading table header rows and the timed rows under them.

    The columns a header row names are kept in the walk's
    :class:`~.state.BuilderState` it is given, where the rows below read them.
    """

    def __init__(self, state: BuilderState) -> None:
        self.state = state

    def on_table_head(self, line: Line) -> None:
        self.state.columns = {}
        for position, cell in enumerate(line.cells):
            word = cell.lower().strip(" :")
            if word in TIME_COLUMNS:
                self.state.columns.setdefault("time", position)
            elif word in TITLE_COLUMNS:
                self.state.columns.setdefault("title", position)
            elif word in self.state.lexicon.words("room_labels") | self.state.lexicon.words(
                "label_venue"
            ):
                self.state.columns.setdefault("room", position)
            elif word in self.state.lexicon.words("label_organiser"):
                self.state.columns.setdefault("organiser", position)
            elif word in self.state.lexicon.words("speaker_labels"):
                self.state.columns.setdefault("speakers", position)
        self.state.ledger.claim(line, "table header")

    def _cell_people(self, cell: str) -> People | None:
        """The people a cell names, also after "v/" or "ved"."""
        head, _, rest = cell.partition(" ")
        if rest and head.lower() in self.state.lexicon.words("speaker_markers"):
            cell = rest
        elif head.lower().startswith("v/") and len(head) > 2:
            cell = cell[2:]
        return self.state.people.parse(cell)

    def _names_people(self, cell: str) -> bool:
        """People, or an organisation after "v/" or "ved" (the one giving the session).

        "Åpning v/ fylkesleder Name" is a title that names its speaker, not a cell of people.
        """
        head, named = self.state.people.split_title(cell)
        if named is not None and head.strip() and head != cell:
            return False
        found = self._cell_people(cell)
        if found is None:
            return False
        head = cell.partition(" ")[0].lower()
        marked = head in self.state.lexicon.words("speaker_markers") or head.startswith("v/")
        return bool(found.speakers) or (marked and bool(found.organisations))

    def on_row(self, line: Line, span: TimeSpan) -> None:
        cells = list(line.cells)
        title_at = self.state.columns.get("title")
        people_at: set[int] = set()
        if title_at is None or title_at >= len(cells):
            # Without a header the longest cell is the title, unless it names people.
            people_at = {i for i, c in enumerate(cells) if i > 0 and c and self._names_people(c)}
            rest = [
                (len(c), i)
                for i, c in enumerate(cells)
                # "(sak 1)": a reference in brackets is no title
                if i > 0 and c and i not in people_at and not (c[0] == "(" and c[-1] == ")")
            ]
            if not rest:
                # only people: the cell is a title that names its speaker ("Økonomi v/ Name")
                rest = [(len(c), i) for i, c in enumerate(cells) if i > 0 and c]
                people_at = set()
            title_at = max(rest)[1] if rest else 0
        session = self.state.new_session(cells[title_at], line, span)
        self.state.titled(session, cells[title_at], line, "table row")
        for position, cell in enumerate(cells):
            if position in (0, title_at) or not cell:
                continue
            if position in people_at:
                found = self._cell_people(cell)
                if found:
                    session.speakers.extend(found.speakers)
                    session.organisations.extend(found.organisations)
                    continue
            if position == self.state.columns.get("room"):
                session.room = cell
            elif position == self.state.columns.get("organiser"):
                session.organisations.append(Organisation(name=cell))
            elif position == self.state.columns.get("speakers"):
                people = self.state.people.parse(cell)
                if people:
                    session.speakers.extend(people.speakers)
                else:
                    session.description.append(cell)
            else:
                session.description.append(cell)
