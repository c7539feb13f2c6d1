"""Where the event is, when no "Sted:" line says it.

Pages name their venue in an address line ("Casa Latinoamericana,
Høffdingsvej 10, 2500 Valby"), a line of a place and its kind ("Nyborg
Strand, Hotel og Konferencecenter") or a sentence ("… kulturkonferanse på
Scandic Sunnfjord hotell i Førde torsdag …"). :class:`VenueFinder` collects
candidates from the header's lines and keeps the best: an address line
first, then a line naming a kind of venue, then a place in a sentence that
names a kind of venue ("på Scandic Sunnfjord hotell" before "i Førde") or
says the event is held there ("Møtet vert på Scandic Bergen City"), then
any place after "på"/"i" — never a stray sentence.

>>> finder = VenueFinder(Lexicon.build())
>>> finder.sentence("Velkomen til konferanse på Scandic Sunnfjord hotell i Førde torsdag")
>>> finder.sentence("Vi ses i Førde")
>>> finder.best()
'Scandic Sunnfjord hotell, Førde'
"""

from __future__ import annotations

import re

from folkemode.importers.text.lines import looks_like_address, word_count
from folkemode.importers.text.vocabulary import Lexicon

__all__ = ["VenueFinder"]

# "på Scandic Sunnfjord hotell", "i Egense Forsamlingshus": a preposition, then a
# run of capitalised words, perhaps with one venue word after them.
_RUN = re.compile(
    # ("hos DU-LEG og VIRKE": two houses joined by "og" are one place)
    r"(?:^|\s)(?:på|paa|i|ved|hos)\s"
    r"(?P<place>[A-ZÆØÅ][\w'’&-]*(?:\s(?:og\s(?=[A-ZÆØÅ]))?(?:[A-ZÆØÅ&][\w'’&-]*))*)"
    r"(?P<kind>\s(?!(?:i|på|om|ved|den|d|fra|til|med|og)\b)[a-zæøå]+)?"
    # "… hotell i Førde", "Teatersalen i Frihedens Idrætscenter": the town or house after it
    r"(?:\si\s(?P<town>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+){0,3}))?"
)


# "… foregår onsdag den 13. marts kl. 19 i mødelokale 2, Rådmandshaven 20 i Næstved.": after
# a verb of being held, a preposition, then a phrase that holds a street and its number
# (a number with a dot after it is a date's: "på Scandic Bystranda 4. og 5. juni")
_HELD_AT = re.compile(
    r"\s(?:i|på|paa|hos)\s(?P<where>[^.!?;]*?[A-ZÆØÅ][\wæøå'’-]+\s\d{1,3}[a-zA-Z]?"
    # (the sentence's full stop after the number is none of a date's: "… Kompagnistræde 22.")
    r"(?!\w)(?!\.\s*[a-zæøå\d])[^.!?;]*)"
)

# A line opening with a year, then words: a photo's caption, no postcode and town.
_CAPTION = re.compile(r"(?:19|20)\d\d\s+[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå]")

# "oktober 2021", "October, 2021": a month and a year, whose four digits look like a
# postcode before a capital ("20 October, 2021 Det sker")
_MONTH_YEAR = re.compile(r"(\w+)\.?,?\s{1,2}(?:19|20)\d\d(?!\d)")


def _english_months() -> frozenset[str]:
    from babel.dates import get_month_names

    return frozenset(name.lower() for name in get_month_names("wide", locale="en").values())


# A note in brackets at a line's end: "(Dørene åbnes kl. 15:30)", "(gratis parkering)".
_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")


# The end of a room's name ("Byrådssalen", "mødelokalet"), which the house it is in may follow.
_ROOM_ENDS = ("salen", "sal", "lokalet", "lokale", "rommet")


class VenueFinder:
    """Venue candidates found in the header, with how much each is to be trusted."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._kinds = lexicon.words("venue_words")
        # "Forsamlingshuset", "Kulturhus": compounds ending in a venue word
        self._endings = tuple(w for w in self._kinds if len(w) >= 4)
        self._not_places = (
            frozenset(lexicon.months) | frozenset(lexicon.weekdays) | lexicon.words("event_words")
        )
        self._months = frozenset(lexicon.months) | _english_months()
        self._verbs = lexicon.words("venue_verbs")
        self._found: list[tuple[int, int, str]] = []
        self._named: str | None = None  # the header line before, when it named a venue

    def _kind_word(self, text: str) -> bool:
        words = [w.strip(",.()&").lower() for w in text.split()]
        return any(w in self._kinds or w.endswith(self._endings) for w in words if w)

    def line(self, text: str) -> bool:
        """A header line of its own: an address, or a place and its kind (True when so).

        A place named on the header line before its address ("Nyborg Strand,
        Hotel og Konferencecenter" over "Østerøvej 2, 5800 Nyborg") goes with it.
        """
        stripped = _NOTE_AFTER.sub("", text).strip(" ,")  # ("… 2200 København (Dørene åbnes …)")
        named, self._named = self._named, None
        if _CAPTION.match(stripped) and word_count(stripped) > 3:
            return False  # "2021 Morgen med fullmåne, Akershus": a photo's year and caption
        if looks_like_address(stripped + ("," if "," not in stripped else "")) and not any(
            match.group(1).lower() in self._months for match in _MONTH_YEAR.finditer(stripped)
        ):
            self._add(4, f"{named}, {stripped}" if named else stripped)
            return True
        if (
            "," in stripped
            and word_count(stripped) <= 8
            and stripped[:1].isupper()
            and not stripped.endswith((".", "?", "!", ":"))
            and self._kind_word(stripped)
        ):
            self._add(3, stripped)
            self._named = stripped
            return True
        if (
            "," not in stripped
            and 2 <= word_count(stripped) <= 4
            and stripped[:1].isupper()
            and "." not in stripped.rstrip(".")
            # the venue's word ends its name ("Scandic Bodø Hotell", not "Nyt liv i
            # kulturhuset"), and no small word is in it
            and self._kind_word(stripped.rstrip(".").rsplit(" ", 1)[-1])
            and all(w[:1].isupper() or w[:1].isdigit() for w in stripped.split()[:-1])
        ):
            # "Scandic Bodø Hotell." on a line of its own: a venue by its kind's word
            self._add(3, stripped.rstrip("."))
            return True
        return False

    def sentence(self, text: str) -> None:
        """A header sentence: the place after "på"/"i", the better with a venue word."""
        self.held_at(text)
        room = ""  # "i Byrådssalen på Odsherred Rådhus": the room, then its house
        for match in _RUN.finditer(text):
            place = match.group("place")
            if place.split()[0].lower() in self._not_places:
                continue
            kind = (match.group("kind") or "").strip()
            town = match.group("town")
            if (
                not kind
                and not town
                and place.lower().endswith(_ROOM_ENDS)
                and text.startswith(" på ", match.end())
            ):
                room = place
                continue
            if room:
                place, room = f"{room}, {place}", ""
            # "Møtet vert på Scandic Bergen City": the sentence says where it is held
            before = text[: match.start()].rsplit(None, 1)[-1:]
            held = bool(before) and before[0].lower() in self._verbs
            if kind and kind.lower() in self._kinds:
                self._add(3, f"{place} {kind}", town)
            elif self._kind_word(place):
                self._add(3, place, town)
            elif held:
                self._add(2, place, town)  # "holdes hos DU-LEG og VIRKE i Kolding"
            else:
                self._add(1, place)

    def held_at(self, text: str) -> None:
        """ "Mødet foregår … i mødelokale 2, Rådmandshaven 20 i Næstved.": an address in
        the sentence that says where the event is held is as good as an address line."""
        words = text.split()
        verb = next((i for i, w in enumerate(words) if w.lower() in self._verbs), None)
        if verb is None:
            return
        # (the words joined by single spaces: the search starts after the verb)
        match = _HELD_AT.search(" ".join(words), len(" ".join(words[: verb + 1])))
        if match is None:
            return
        where = match.group("where").strip(" ,")
        if word_count(where) <= 10 and not any(
            w.strip(",").lower() in self._not_places for w in where.split()
        ):
            self._add(3, where)

    def _add(self, rank: int, text: str, town: str | None = None) -> None:
        text = text.rstrip(" ,.")
        if town is not None and town.lower() not in self._not_places:
            text = f"{text}, {town}"
        self._found.append((rank, -len(self._found), text))

    def best(self, at_least: int = 1) -> str | None:
        """The most trusted candidate (the first of its rank) of ``at_least`` that rank, or None.

        Ranks: 4 an address line, 3 a place with a kind of venue, 2 a place the
        sentence says the event is held at ("holdes i Molde"), 1 any place.
        """
        found = max(self._found) if self._found else None
        return found[2] if found is not None and found[0] >= at_least else None
