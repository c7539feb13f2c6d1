"""A panel listed apart from the debate it sits on.

A page gives its programme ("Kl. 16.40 | Debat med lokalvalgte MF'ere") and,
after it, the panel ("Debatpanelet af folkevalgte består af:" and a list of
people). Read line by line, the list falls under the programme's last item.
When that item is no debate and the day has exactly one debate without
speakers, the panel is that debate's, and the move is said (info
``panel-moved``); with none, or several, the people stay where they were read.
"""

from __future__ import annotations

from folkemode.importers.text.drafts import SessionDraft
from folkemode.importers.text.kinds import KindClassifier
from folkemode.importers.text.ledger import Ledger
from folkemode.importers.text.state import Structure
from folkemode.model import SessionKind

__all__ = ["move_panels"]


def move_panels(structure: Structure, kinds: KindClassifier, ledger: Ledger) -> None:
    """Give each panel read under a session that is no debate to the day's one debate."""
    for session in structure.sessions:
        if not session.panel or _debate(session, kinds):
            continue
        debates = [
            other
            for other in structure.sessions
            if other is not session
            and other.day is session.day
            and not other.speakers
            and _debate(other, kinds)
        ]
        if len(debates) != 1:
            continue
        target = debates[0]
        panel = {id(speaker) for speaker in session.panel}
        session.speakers = [s for s in session.speakers if id(s) not in panel]
        target.speakers.extend(session.panel)
        session.panel = []
        ledger.info(
            session.panel_line,
            "panel-moved",
            f"the panel listed here is read as the speakers of {target.title[:50]!r}, "
            "the day's one debate",
        )


def _debate(session: SessionDraft, kinds: KindClassifier) -> bool:
    kind = session.kind or kinds.classify(session.title)
    return kind is SessionKind.DEBATE
