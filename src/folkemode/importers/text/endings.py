"""When a session ends where the text writes no end.

In a back-to-back day a session ends when the next one starts; that rule is
:mod:`.assemble`'s. This module owns the exceptions, each a general form
published programmes use:

- an end marker ("Slutt", "Møteslutt", "Tak for i dag") has no length, and a
  session that says the day stops after it ("Afstemning. Derefter er dagens
  møde slut.") runs to no later item;
- a point in time ("Frist for innlevering …", "Forslag … tilgjengelig") has
  no length;
- a sentence under the last item gives its end: "Møtet heves kl. 16:00.",
  "Møteslutt senest 17.00" (:meth:`Endings.closing_time`);
- at a people's meeting (Folkemødet, Arendalsuka) every event has its own
  stand, so one event does not end when the next one in the list starts
  (:attr:`Endings.stand_events`).

>>> endings = Endings(Lexicon.build(), "Program for årsmødet")
>>> endings.no_end("Møteslutt", []), endings.no_end("Frist for forslag", [])
(True, True)
>>> endings.no_end("Slutt første dag", []), endings.no_end("Slutten på dagen", [])
(True, False)
>>> endings.no_end("Afstemning. Derefter er dagens møde slut.", []), endings.no_end("Lunsj", [])
(True, False)
>>> endings.closing_time("Møtet heves kl. 16:00.")
datetime.time(16, 0)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import time

from folkemode.importers.text.times import find_times
from folkemode.importers.text.vocabulary import Lexicon

__all__ = ["Endings"]

_EDGE = " .,:;!–-"


def _first_sentence(lowered: str) -> str:
    """The title's first sentence, without its edges ("takk for no" of "takk for no! …")."""
    for index, char in enumerate(lowered):
        if char in ".!?" and lowered[index + 1 : index + 2] == " ":
            return lowered[:index].strip(_EDGE)
    return lowered


class Endings:
    """The end rules of one text, with the vocabulary's words."""

    def __init__(self, lexicon: Lexicon, text: str) -> None:
        self.lexicon = lexicon
        self._markers = lexicon.words("end_markers")
        self._closings = lexicon.words("closing_items")
        self._opened: dict[str, bool] = {}
        self._marker_starts = frozenset(m.split()[0] for m in self._markers if m.split())
        self._phrases = lexicon.words("day_end_phrases")
        self._notices = lexicon.words("notice_words")
        self._verbs = lexicon.words("closing_verbs")
        lowered = text.lower()
        self.stand_events = any(name in lowered for name in lexicon.words("peoples_meetings"))
        """True for a people's meeting: events end only where the text says so."""

    def is_closing(self, title: str) -> bool:
        """True for the meeting's closing alone ("Avslutning", "Afrunding."), no more said."""
        return title.lower().strip(_EDGE) in self._closings

    def opens_with_marker(self, title: str) -> bool:
        """True for a title that an end marker opens ("Tak for i aften og godt valg!").

        Asked for each speaker line under a session: the answer is kept by title.
        """
        known = self._opened.get(title)
        if known is None:
            lowered = title.lower().strip(_EDGE)
            # (a marker's first word must open the title: most titles are told at once)
            first = lowered.partition(" ")[0].rstrip("!.,")
            known = self._opened[title] = first in self._marker_starts and any(
                lowered.startswith(marker)
                and lowered[len(marker) : len(marker) + 1] in ("", " ", "!", ".", ",")
                for marker in self._markers
            )
        return known

    def marker_and_more(self, title: str) -> bool:
        """True for an end marker opening a title that goes on ("Takk for no! Seminaret
        vert avslutta – og …"), which may not end the day."""
        lowered = title.lower().strip(_EDGE)
        return lowered not in self._markers and _first_sentence(lowered) in self._markers

    def no_end(self, title: str, description: Iterable[str]) -> bool:
        """True when the session has no length: an end marker, a notice, the day's last word."""
        lowered = title.lower().strip(_EDGE)
        if lowered in self._markers or _first_sentence(lowered) in self._markers:
            return True  # "Slutt", "Takk for no! Seminaret vert avslutta …"
        words = lowered.split()
        first = words[0].strip(_EDGE) if words else ""
        if (
            first in self._markers
            and len(words) <= 4
            and any(w.strip(_EDGE).startswith("dag") for w in words[1:])
        ):
            return True  # "Slutt første dag", "Slut dag 1", "Møteslutt for dagen"
        if first in self._notices:
            return True
        if any(len(word) >= 8 and word in lowered for word in self._notices):
            # a notice's long word as a word of its own ("Forslag … tilgjengelig"), not
            # the start of a longer one ("Tilgængelighed, information …": a theme)
            said = {word.strip(_EDGE) for word in words}
            if any(len(word) >= 8 and word in said for word in self._notices):
                return True
        texts = [lowered, *(line.lower() for line in description)]
        return any(phrase in text for text in texts for phrase in self._phrases)

    def closing_time(self, text: str) -> time | None:
        """The time a sentence says the meeting ends at ("Møtet heves kl. 16:00."), or None."""
        if not any(c.isdigit() for c in text):
            return None
        words = {word.strip(_EDGE) for word in text.lower().split()}
        if not words & self._verbs and not any(
            marker in text.lower() for marker in self._markers if " " not in marker
        ):
            return None
        found = find_times(text, self.lexicon)
        if len(found) != 1 or found[0].end is not None:
            return None
        return found[0].start
