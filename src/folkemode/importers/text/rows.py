"""Tab-separated tables: "Tid, Scene, Arrangement, Arrangør" and their rows.

A Folkemødet-style listing copied from a web table arrives with tabs between
its cells. A header row names the columns; each row then gives a session's
time, title, stage and organiser. Without a header the longest cell is the
title, and the others are kept as its description.
"""

from __future__ import annotations

from folkemode.importers.text.lines import Line
from folkemode.importers.text.state import BuilderState
from folkemode.importers.text.times import TimeSpan
from folkemode.model import Organisation

__all__ = ["RowsMixin"]

_TITLE_COLUMNS = frozenset(
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
    }
)
_TIME_COLUMNS = frozenset({"tid", "kl", "kl.", "tidspunkt", "time", "klokkeslæt", "start", "når"})


class RowsMixin(BuilderState):
    """Reading table header rows and the timed rows under them."""

    def on_table_head(self, line: Line) -> None:
        self.columns = {}
        for position, cell in enumerate(line.cells):
            word = cell.lower().strip(" :")
            if word in _TIME_COLUMNS:
                self.columns.setdefault("time", position)
            elif word in _TITLE_COLUMNS:
                self.columns.setdefault("title", position)
            elif word in self.lexicon.words("room_labels") | self.lexicon.words("label_venue"):
                self.columns.setdefault("room", position)
            elif word in self.lexicon.words("label_organiser"):
                self.columns.setdefault("organiser", position)
            elif word in self.lexicon.words("speaker_labels"):
                self.columns.setdefault("speakers", position)
        self.ledger.claim(line, "table header")

    def on_row(self, line: Line, span: TimeSpan) -> None:
        cells = list(line.cells)
        title_at = self.columns.get("title")
        if title_at is None or title_at >= len(cells):
            rest = [(len(c), i) for i, c in enumerate(cells) if i > 0]
            title_at = max(rest)[1] if rest else 0
        session = self.new_session(cells[title_at], line, span)
        self.titled(session, cells[title_at], line, "table row")
        for position, cell in enumerate(cells):
            if position in (0, title_at):
                continue
            if position == self.columns.get("room"):
                session.room = cell
            elif position == self.columns.get("organiser"):
                session.organisations.append(Organisation(name=cell))
            elif position == self.columns.get("speakers"):
                people = self.people.parse(cell)
                if people:
                    session.speakers.extend(people.speakers)
                else:
                    session.description.append(cell)
            else:
                session.description.append(cell)
