"""A page of meetings in several towns, each under "Town, weekday den D. month, kl. H"."""

from __future__ import annotations

from datetime import date, time

import folkemode
from folkemode.errors import Severity

_PAGE = """Debatmøder om lokaldemokratiet 2027

Tre aftener om foreningslivet og kommunen.

Vejle, onsdag den 3. marts, kl. 19
Sted: Bibliotekets sal
Indledere:
• Folketingsmedlem Ida Storm (RV)
• Kulturchef Bo Lind

Herning, tirsdag den 9. marts, kl. 18.45
Sted: Kulturhuset
Indledere:
• Borgmester Lise Dam

Aarhus, mandag den 15. marts, kl. 13
13.00 Velkomst
v./ formand Jens Kure
14.00 Debat om frivillighed
"""


def test_each_meeting_is_a_session_on_its_own_day() -> None:
    """Each town's line is a session on its date and hour, its speakers from the bullets."""
    event = folkemode.loads(_PAGE, format="text")
    got = [
        (s.start.date(), s.start.time(), s.title, [p.name for p in s.speakers])
        for s in event.sessions
        if s.start is not None
    ]
    assert got == [
        (date(2027, 3, 3), time(19, 0), "Vejle", ["Ida Storm", "Bo Lind"]),
        (date(2027, 3, 9), time(18, 45), "Herning", ["Lise Dam"]),
        (date(2027, 3, 15), time(13, 0), "Velkomst", ["Jens Kure"]),
        (date(2027, 3, 15), time(14, 0), "Debat om frivillighed", []),
    ]


def test_the_meetings_times_are_all_used() -> None:
    """No time of the page is left over: the last town's hour is its programme's first."""
    result = folkemode.parse(_PAGE, format="text")
    assert [d.message for d in result.diagnostics if d.severity is Severity.WARNING] == []


def test_one_such_line_is_the_event_frame() -> None:
    """A single "Town, weekday date, kl. H" is the event's date, not a list of meetings."""
    event = folkemode.loads(
        "Temamøde 2027\n\nVejle, onsdag den 3. marts, kl. 19\n\n19.00 Velkomst\n20.00 Debat\n",
        format="text",
    )
    assert [s.title for s in event.sessions] == ["Velkomst", "Debat"]
    assert event.start is not None and event.start.date() == date(2027, 3, 3)
