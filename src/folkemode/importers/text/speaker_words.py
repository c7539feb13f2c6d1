"""The words a speaker specification is read with: markers, joins, glue, labels.

Made once per text from the vocabulary (and the name words' particles and
modifiers), and read by every step that reads people: the parts of a
specification (:mod:`.parts`), names in titles (:mod:`.title_names`) and the
reader of lines and titles (:mod:`.people`).

>>> from folkemode.importers.text.names import NameWords
>>> words = SpeakerWords(Lexicon.build(), NameWords(Lexicon.build()))
>>> "v/" in words.markers, "og" in words.plain_joins, "samt" in words.plain_joins
(True, True, False)
"""

from __future__ import annotations

import functools
import re

from folkemode.importers.text.names import NameWords
from folkemode.importers.text.vocabulary import Lexicon

__all__ = ["SpeakerWords"]

# Small words a role phrase may hold before the name: "leder av Salten Regionråd Name".
_ROLE_GLUE = frozenset({"i", "for", "af", "av", "på", "ved", "hos", "fra", "frå", "til", "og", "&"})


# ", og" joins like "og": "Borgmester A, X Kommune, og kommunaldirektør B, Y Kommune".
# A separator is ``\s*,\s*(?:AND)\s+``, else ``\s*[,;]\s*``, else ``\s+(?:AND)\s+``,
# AND being the vocabulary's and-words ("og", "samt", "&"; a plugin's "och") and
# "and", case-blind. Written to open with its first character, a space, a comma or
# a semicolon, so that the search skips every other place in one quick scan; the
# lookbehinds then try, for that character, the alternatives in the same order. The
# group keeps each separator for ``split``.
@functools.lru_cache(maxsize=8)
def _separators(joins: frozenset[str]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern that splits at these and-words, and what a text without one lacks.

    The words are matched case-blind (so "ſamt" is "samt" too, as case-blind
    matching has it); the second value holds for each word a piece a lowered text
    holds when the word may be in it ("amt" for "samt", whose "ſ" stays "ſ").
    """
    words = "|".join(re.escape(w) for w in sorted(joins - {"&"}, key=len, reverse=True))
    join = rf"(?:(?i:{words})|&)" if words else "&"
    pattern = re.compile(
        rf"([\s,;](?:(?<=,)\s*{join}\s+|(?<=[,;])\s*"
        rf"|(?<=\s)\s*,\s*{join}\s+|(?<=\s)\s*[,;]\s*|(?<=\s)\s*{join}\s+))"
    )
    hints = {w[1:] if w[:1] in "sk" else w for w in joins - {"&"}}
    return pattern, tuple(sorted(hints))


class SpeakerWords:
    """The word sets of one vocabulary that speaker specifications are read with."""

    def __init__(self, lexicon: Lexicon, names: NameWords) -> None:
        self.markers = lexicon.words("speaker_markers")
        self.list_markers = lexicon.words("list_markers")
        # "Title Innleder: Name" — a speaker label inside a title line.
        self.label_words = lexicon.words("speaker_labels")
        self.label_markers = frozenset(f"{w}:" for w in self.label_words)
        self.by_markers = lexicon.words("by_markers")
        self.from_words = lexicon.words("from_words")
        self.by_longest = max(map(len, self.by_markers), default=0)
        self.tentative = lexicon.words("tentative_words")
        self.boards = lexicon.words("board_words")
        self.modifiers = names.modifiers
        self.particles = names.particles
        # Words of a sentence after a name, which no genitive owns ("Jens Hans mellem …").
        self.small_words = (
            lexicon.words("place_prepositions")
            | self.list_markers
            | self.by_markers
            | lexicon.words("and_words")
            | lexicon.words("speaker_markers")
        )
        # Words after a genitive name that make it one: "Kari Nordmanns tale".
        self.owned = (
            lexicon.words("kind_talk")
            | lexicon.words("kind_plenary")
            | lexicon.words("kind_debate")
        )
        # The words that join two people into a list ("A og B", "A och B", "A samt B"),
        # and of them the plain ones, which join words of a role too ("og", "och", "&").
        and_words = lexicon.words("and_words") | {"and"}
        # "v/ A eller B", "v/ A eller stedfortreder": alternatives split as a list does
        self.or_words = lexicon.words("or_words") - and_words
        self.joins = frozenset(and_words | self.or_words)
        self.plain_joins = frozenset(and_words - {"samt", "and"}) | {"&"}
        self.split, self.split_hints = _separators(self.joins)
        # The joining words as a lowered text holds them ("ſamt" is how the long s lowers).
        self.join_words = frozenset(
            {w.lower() for w in self.joins} | {f"ſ{w[1:]}" for w in self.joins if w[:1] == "s"}
        )
        self.role_glue = _ROLE_GLUE | self.plain_joins
        self.place_words = lexicon.words("place_prepositions")
        # "sjeføkonom i KS", "journalist Name fra Hedeby Avis": before a person's body
        self.body_prepositions = lexicon.words("body_prepositions")
        self.body_glue = tuple(f" {w} " for w in sorted(self.body_prepositions))
        # The small words inside a run of people and their bodies ("A fra X og B fra Y")
        self.between_people = self.body_prepositions | self.join_words
        # "Linda Holm deltar i debatten": after a bare name, a verb that makes a speaker
        self.speaking_verbs = lexicon.words("speaking_verbs")
        self.glue = self.role_glue | self.particles | self.modifiers
        # Made once: a new union on every line would cost more than the lookups.
        self.line_markers = self.markers | self.list_markers
        # The same markers by their first letter, each group the longest first (the first
        # that fits wins: "v./" before "v.", whatever order the set has): a line tries only
        # those its first letter allows (the vocabulary holds no empty word).
        self.line_markers_by_letter: dict[str, list[str]] = {}
        for marker in sorted(self.line_markers, key=lambda m: (-len(m), m)):
            self.line_markers_by_letter.setdefault(marker[:1], []).append(marker)
