"""Speakers and organisations: "v/ Name, role", "Innleder: Title, Name, Org", lists.

A speaker specification is split into parts at commas and at "og"/"&" (but
not inside "trafik-, bolig- og …"), and each part is read as a person (a run
of capitalised names, perhaps after a job title), a role ("borgmester og
formand for …"), or an organisation ("Sogndal kommune", "Valgdirektoratet",
"KS"). Job titles become the speaker's role, never part of the name.

>>> people = PeopleReader(Lexicon.build())
>>> found = people.parse("Professor, Karen Melgaard Thygesen, Aalborg Universitet")
>>> [(s.name, s.role, s.organisation.name) for s in found.speakers]
[('Karen Melgaard Thygesen', 'Professor', 'Aalborg Universitet')]
>>> title, found = people.split_title("Ældrepolitik v/Ældrepolitisk udvalg")
>>> title, found.speakers, [o.name for o in found.organisations]
('Ældrepolitik', [], ['Ældrepolitisk udvalg'])
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import attrs

from folkemode.importers.text.names import (
    EDGE,
    INITIAL_WORD,
    NAME_TOKEN,
    NAME_WORD,
    NOT_NAME_WORD,
    PARTICLE_WORD,
    PLACE_WORD,
    NameWords,
)
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import Organisation, Speaker
from folkemode.roles import leads_session

__all__ = ["People", "PeopleReader", "with_lead_role"]

# Plural endings of job titles: "ordførarane", "ordførerne", "borgmestrene".


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


@functools.lru_cache(maxsize=256)
def _glue(separator: str, plain: frozenset[str]) -> tuple[bool, str]:
    """Whether ``separator`` is a plain and-word ("og", "och", "&") alone, and its glue.

    The glue is the separator stripped and lowered; ", og" joins like "og".
    (Few separators are written: each is worked out once.)
    """
    bare = separator.strip(" ,") if "," in separator else ""
    return separator.strip().lower() in plain, (bare or separator).strip().lower()


def _comma_parts(spec: str, plain: frozenset[str]) -> list[tuple[str, str]]:
    """:meth:`PeopleReader._parts` of a text whose only separators are commas, in one pass.

    With no "og", "&", "samt", "and" (nor "ſamt") as a word between spaces and
    commas, and no ";", every separator is a comma with the spaces around it
    (``\\s*,\\s*``, spaces as ``str.strip`` knows them): the spaces after a comma
    go with it, even up to the next comma, and those before it too. A comma is
    no and-word, so a part goes on past one only when it ends in "-" ("trafik-,
    bolig- …") or is blank; each separator's glue is what :func:`_glue` makes of it.
    The separators and parts are those the separator pattern's ``split`` gives,
    read as they are found rather than listed first.
    """
    pieces = spec.split(",")
    last = len(pieces) - 1
    found: list[tuple[str, str]] = []
    glue = ""
    before = pieces[0].rstrip()
    head = pieces[0][len(before) :]  # the spaces before the next comma
    for index in range(1, last + 1):
        piece = pieces[index]
        rest = piece.lstrip()
        after = rest.rstrip() if index < last else rest  # the spaces at the end stay
        separator = f"{head},{piece[: len(piece) - len(rest)]}"
        head = rest[len(after) :]
        if before.endswith("-") or not before or before.isspace():
            before = f"{before}{separator}{after}"
            continue
        if before.strip(EDGE):
            found.append((glue, before))
        glue = _glue(separator, plain)[1]
        before = after
    if before.strip(EDGE):
        found.append((glue, before))
    return found


# Small words a role phrase may hold before the name: "leder av Salten Regionråd Name".
_ROLE_GLUE = frozenset({"i", "for", "af", "av", "på", "ved", "hos", "fra", "frå", "til", "og", "&"})
# Words that end a name in a title: "Statsråd Name. Politisk debatt", "Name: Tittel".
_NAME_END = ".,:;!?"
# "Name – text", "UNICEF – Name": a dash between spaces.
_BRACKETS = re.compile(r"\([^)]*\)")
# A party after a name, as one token: "(H)", "(Ap)", "(SF),", "(KrF)."
_PARTY = re.compile(r"\([A-ZÆØÅ][\wæøå]{0,5}\)")


def _trimmed(text: str) -> str:
    """``text.strip(EDGE)``, keeping a bracket that closes one opened inside.

    "folketingsmedlem (S)" keeps its party whole; "(Ida Holm)" and "Ida Holm," lose
    their edges as before.
    """
    stripped = text.strip(EDGE)
    if stripped.isspace():
        return ""  # a tab or an em space alone names nobody
    if ")" in text and stripped.count("(") > stripped.count(")"):
        end = text.find(stripped) + len(stripped)
        closing = text[end:].count(")")
        stripped += ")" * min(closing, stripped.count("(") - stripped.count(")"))
    return stripped


_DASH = re.compile(r"\s+[–—-]\s+")
# Two to four words in capitals, each of letters (a hyphen inside): "LAURA DRACHMANN POULSEN".
# (Written to open with the capital, a character set the regex engine scans for fast;
# the character before it, no letter nor hyphen, is looked behind for only there.)
_CAPITALS = re.compile(
    r"[A-ZÆØÅÄÖÜÉ](?<![\w-].)[A-ZÆØÅÄÖÜÉ-]*[A-ZÆØÅÄÖÜÉ](?:\s[A-ZÆØÅÄÖÜÉ][A-ZÆØÅÄÖÜÉ-]*[A-ZÆØÅÄÖÜÉ]){1,3}(?![\w-])"
)


@dataclass
class People:
    """Speakers and organisations read from one specification."""

    speakers: list[Speaker] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.speakers or self.organisations)


# What the reader keeps of a reading: the speakers and organisations as tuples, so
# that no caller's list is the kept one (callers extend sessions from their lists).
_Kept = tuple[tuple[Speaker, ...], tuple[Organisation, ...]] | None


def _kept(people: People | None) -> _Kept:
    return None if people is None else (tuple(people.speakers), tuple(people.organisations))


def _fresh(kept: _Kept) -> People | None:
    """A kept reading with lists of its own."""
    return None if kept is None else People(list(kept[0]), list(kept[1]))


def _read_once(
    cache: dict[str, _Kept], text: str, read: Callable[[str], People | None]
) -> People | None:
    """``read(text)``, made once per text (up to 20,000 texts); each caller gets lists
    of its own, so none can change what is kept."""
    if text in cache:
        return _fresh(cache[text])
    found = read(text)
    if len(cache) < 20_000:
        cache[text] = _kept(found)
    return found


@dataclass
class _Person:
    name: str
    role: str | None = None
    organisation: str | None = None


class _Part(NamedTuple):
    """One part's reading (a tuple: made quickly, and never changed)."""

    kind: str  # "person", "role", "org"
    text: str
    role: str | None = None
    extra: str | None = None


# What :meth:`PeopleReader._part_cache` gives for a part not read yet (None is a reading).
_UNREAD = _Part("unread", "")
# What a word at the head of a part is (PeopleReader._lead): a job title, or a modifier.
_ROLE_LEAD = 2
_MODIFIER_LEAD = 1


def _marker_pattern(markers: frozenset[str]) -> re.Pattern[str]:
    """One pattern finding every speaker marker: "v/" after a space or "(", words between spaces.

    Both kinds follow a space or "(", so that is tested once, before any marker:
    the pattern opens with that character (not a lookbehind), and the search skips
    every other place in one quick scan. Search from one place before where the
    marker may start (see :meth:`PeopleReader._next_marker`).
    """
    glued = [m for m in markers if m.endswith(("/", "."))]
    spaced = [m for m in markers if m not in glued]
    alternatives = []
    if glued:
        alternatives.append(rf"(?P<glued>{_longest_first(glued)})")
    if spaced:
        alternatives.append(rf"(?<=\s)(?P<spaced>{_longest_first(spaced)})(?=\s)")
    body = "|".join(alternatives) or "(?!)"
    return re.compile(rf"[\s(](?P<marker>{body})")


def _longest_first(words: list[str]) -> str:
    """The words as one alternation, the longest first, grouped by their first letter.

    At a place only the group of its letter is tried, not every marker; within a
    group the longest still comes first, so the marker found is the same.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[:1], []).append(word)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")"
        for first, group in groups.items()
    )


def _placed(people: People) -> bool:
    """Only people (no body alone), each given with a role or a body."""
    return not people.organisations and all(s.role or s.organisation for s in people.speakers)


def _join(first: str | None, second: str, glue: str) -> str:
    return second if not first else f"{first}{glue}{second}"


class PeopleReader(NameWords):
    """Reads people and organisations with one vocabulary and the places of one text."""

    def __init__(self, lexicon: Lexicon, places: frozenset[str] = frozenset()) -> None:
        super().__init__(lexicon, places)
        self._part_cache: dict[str, _Part | None] = {}
        self._title_cache: dict[str, tuple[str, _Kept]] = {}
        self._markers = lexicon.words("speaker_markers")
        self._list_markers = lexicon.words("list_markers")
        # "Title Innleder: Name" — a speaker label inside a title line.
        self._label_words = lexicon.words("speaker_labels")
        self._label_markers = frozenset(f"{w}:" for w in self._label_words)
        self._marker_pattern = _marker_pattern(
            self._markers | self._list_markers | self._label_markers
        )
        self._by_markers = lexicon.words("by_markers")
        self._from_words = lexicon.words("from_words")
        self._by_longest = max(map(len, self._by_markers), default=0)
        self._tentative = lexicon.words("tentative_words")
        self._boards = lexicon.words("board_words")
        # Words of a sentence after a name, which no genitive owns ("Jens Hans mellem …").
        self._small_words = (
            lexicon.words("place_prepositions")
            | self._list_markers
            | self._by_markers
            | lexicon.words("and_words")
            | lexicon.words("speaker_markers")
        )
        # Words after a genitive name that make it one: "Kari Nordmanns tale".
        self._owned = (
            lexicon.words("kind_talk")
            | lexicon.words("kind_plenary")
            | lexicon.words("kind_debate")
        )
        # The words that join two people into a list ("A og B", "A och B", "A samt B"),
        # and of them the plain ones, which join words of a role too ("og", "och", "&").
        and_words = lexicon.words("and_words") | {"and"}
        # "v/ A eller B", "v/ A eller stedfortreder": alternatives split as a list does
        self._or_words = lexicon.words("or_words") - and_words
        self._joins = frozenset(and_words | self._or_words)
        self._plain_joins = frozenset(and_words - {"samt", "and"}) | {"&"}
        self._split, self._split_hints = _separators(self._joins)
        # The joining words as a lowered text holds them ("ſamt" is how the long s lowers).
        self._join_words = frozenset(
            {w.lower() for w in self._joins} | {f"ſ{w[1:]}" for w in self._joins if w[:1] == "s"}
        )
        self._role_glue = _ROLE_GLUE | self._plain_joins
        self._place_words = lexicon.words("place_prepositions")
        self._glue = self._role_glue | self._particles | self._modifiers
        # Made once: a new union on every line would cost more than the lookups.
        self._line_markers = self._markers | self._list_markers
        # The same markers by their first letter, each group in the set's own order (the
        # first that fits wins, as in a walk through the set): a line tries only those
        # its first letter allows (the vocabulary holds no empty word).
        self._line_markers_by_letter: dict[str, list[str]] = {}
        for marker in self._line_markers:
            self._line_markers_by_letter.setdefault(marker[:1], []).append(marker)
        self._line_cache: dict[str, _Kept] = {}
        self._prose_cache: dict[str, _Kept] = {}
        self._leads: dict[str, int] = {}
        self._organisations: dict[str, Organisation] = {}
        self._speakers: dict[tuple[str, str | None, str | None], Speaker] = {}

    # -- parts -------------------------------------------------------------------

    def _name_run(self, tokens: list[str], start: int) -> int:
        """End of the run of name-like tokens from ``start``."""
        kinds = self.kinds
        end = start
        size = len(tokens)
        while end < size:
            bits = kinds[tokens[end]]
            if bits & (NAME_WORD | INITIAL_WORD) or (bits & PARTICLE_WORD and end > start):
                end += 1
            else:
                break
        while end > start and kinds[tokens[end - 1]] & PARTICLE_WORD:
            end -= 1
        if (
            end - start >= 3
            and end < size
            and tokens[end][:1].islower()
            and self.is_org_word(tokens[end])
        ):
            end -= 1  # "Irene Jensen Bærum kommune": the place belongs to the body after it
        return end

    def _read_part(self, part: str) -> _Part | None:
        if part in self._part_cache:
            return self._part_cache[part]
        reading = self._read_part_uncached(part)
        if len(self._part_cache) < 20_000:
            self._part_cache[part] = reading
        return reading

    def _read_part_uncached(self, part: str) -> _Part | None:
        text = _trimmed(part)
        if not text or text[0] in "«“":
            return None  # "«Tittel»": a talk's title in quotes names nobody
        tokens = text.split()
        position = 0
        has_role = False  # is one of the leading words a job title, not only a modifier?
        leads = self._leads
        for token in tokens:
            lead = leads.get(token)
            if lead is None:
                lead = self._lead(token)
            if not lead:
                break
            if lead == _ROLE_LEAD:
                has_role = True
            position += 1
        if has_role:
            role = " ".join(tokens[:position])
            end = self._name_run(tokens, position)
            name = " ".join(tokens[position:end])
            # after a job title, a surname that is also a place is still a surname
            if end > position and self._person_words(tokens[position:end], False):
                tail = " ".join(tokens[end:]) or None
                return _Part("person", name, role=role, extra=tail)
            if end == position + 1 == len(tokens) and self._surname(tokens[position]):
                # "formand Hedin": after a job title a surname alone is the person.
                return _Part("rolename", name, role=role, extra=text)
            # "leder av Salten Regionråd Petter Jørgen Pedersen": a role phrase, then the name.
            cut = self._trailing_name(tokens, position)
            if cut is not None:
                name = " ".join(tokens[cut:])
                return _Part("rolename", name, role=" ".join(tokens[:cut]), extra=text)
            return _Part("role", text)
        if text[0].islower():
            # "coach Kari Nordmann", "konst. redaktør Per Vold", "prof. em. Name": a title
            # the vocabulary does not know (or not in full), a few words before a whole
            # name, is a title; a modifier ("em.", "tidligere") goes with one, never alone
            cut = self._trailing_name(tokens, 1)
            if (
                cut is not None
                and cut <= 3
                and all(
                    t[:1].islower()
                    and t.rstrip(".").isalpha()
                    and t.lower() not in self._role_glue
                    and t.lower() not in self._particles
                    and not self.is_performer_word(t)  # "distriktsmusikar Name" plays
                    for t in tokens[:cut]
                )
                and not all(t.lower() in self._modifiers for t in tokens[:cut])
            ):
                return _Part("person", " ".join(tokens[cut:]), role=" ".join(tokens[:cut]))
            if any(self.is_role_word(t) for t in tokens):
                found = self._described_role(tokens)
                return found if found is not None else _Part("role", text)
            return _Part("words", text)
        end = self._name_run(tokens, 0)
        name = " ".join(tokens[:end])
        if end == len(tokens) and self.is_person_words(name, tokens):
            return _Part("person", name)
        if end < len(tokens) and tokens[end].endswith(".") and NAME_TOKEN.match(tokens[end][:-1]):
            return None  # "Name Surname. Next sentence": where the part ends is unclear
        if end >= 2 and self.is_person_name(name):
            tail = " ".join(tokens[end:])
            if tail.startswith("(") or tail[:1].isupper() or self._starts_role(tokens, end):
                # "Stian Berge leiar i hovudutvalet": the role after the name.
                return _Part("person", name, extra=tail)
        # "Socialpolitisk arbejdsgruppe Ingelise Bech-Hansen": an organisation or
        # role, then a name at the end; every small word before it belongs to them.
        cut = self._trailing_name(tokens, 1)
        if (
            cut is not None
            and tokens[cut - 1][:1].islower()
            # "Velkomst ved moderator Name": a title, a marker, then who gives it
            and not any(t.lower() in self._markers for t in tokens[1:cut])
        ):
            prefix = tokens[:cut]
            if self.is_role_word(prefix[-1]) or all(
                t[:1].isupper() or self.is_org_word(t) or self.is_role_word(t) or t in self._glue
                for t in prefix
            ):
                name = " ".join(tokens[cut:])
                if any(self.is_org_word(t) for t in prefix):
                    return _Part("person", name, extra=" ".join(prefix))
                if any(self.is_role_word(t) for t in prefix):
                    # "Samtalen ledes af journalist Name": the role is what follows "af"
                    by = [i for i, t in enumerate(prefix) if t.lower() in self._by_markers]
                    if by and by[-1] < len(prefix) - 1:
                        prefix = prefix[by[-1] + 1 :]
                    return _Part("person", name, role=" ".join(prefix))
        if 2 <= len(tokens) <= 4 and tokens[-2].endswith("s") and self.is_role_word(tokens[-1]):
            return _Part("role", text)  # "Socialdemokraternes formand": a body's, a title
        if (
            len(tokens) == 2
            and self._surname(tokens[0])
            and tokens[1].startswith("(")
            and tokens[1].endswith(")")
            and (self.is_role_word(tokens[1][1:-1]) or tokens[1][1:-1].isalpha())
            and tokens[1][1:2].islower()
        ):
            # "… og Scheel (godsejer)": a surname alone with a job title is a person
            return _Part("person", tokens[0], role=tokens[1][1:-1])
        return _Part("org", text)

    def _described_role(self, tokens: list[str]) -> _Part | None:
        """ "næringspolitisk rådgiver Øystein Kjos i KS": a job title with a word or two
        before it the vocabulary does not know, then a whole name, then the rest."""
        for index in range(1, min(3, len(tokens) - 2)):
            if not self.is_role_word(tokens[index]):
                continue
            if not all(
                t[:1].islower() and t.isalpha() and t not in self._glue and t not in self._role_glue
                for t in tokens[:index]
            ):
                return None
            end = self._name_run(tokens, index + 1)
            if end - index > 2 and self._person_words(tokens[index + 1 : end], False):
                rest = tokens[end:]
                if rest and rest[0].lower() in self._role_glue:
                    rest = rest[1:]  # "i KS" is KS
                return _Part(
                    "person",
                    " ".join(tokens[index + 1 : end]),
                    role=" ".join(tokens[: index + 1]),
                    extra=" ".join(rest) or None,
                )
            return None
        return None

    def _lead(self, token: str) -> int:
        """What ``token`` is at the head of a part: a job title (_ROLE_LEAD), a modifier
        of one ("tidligere", _MODIFIER_LEAD) or neither (0); kept per word."""
        if self.is_role_word(token):
            lead = _ROLE_LEAD
        else:
            lead = _MODIFIER_LEAD if token.lower() in self._modifiers else 0
        if len(self._leads) < 50_000:
            self._leads[token] = lead
        return lead

    def _surname(self, token: str) -> bool:
        """A single capitalised word that may be a person's surname (not a body or a title)."""
        # Name-shaped, and neither a word no name holds (a month, a body, a title) nor a place.
        return self.kinds[token] & (NAME_WORD | NOT_NAME_WORD | PLACE_WORD) == NAME_WORD

    def _starts_role(self, tokens: list[str], start: int) -> bool:
        """True when a role ("leiar", "tidligere ordfører") starts at ``start``."""
        for token in tokens[start : start + 3]:
            if self.is_role_word(token):
                return True
            if token.lower() not in self._modifiers:
                return False
        return False

    def _trailing_name(self, tokens: list[str], start: int) -> int | None:
        """Where the longest person's name ending the tokens starts, from ``start`` on."""
        kinds = self.kinds
        in_name = NAME_WORD | INITIAL_WORD | PARTICLE_WORD
        first = len(tokens)
        while first > start and kinds[tokens[first - 1]] & in_name:
            first -= 1
        for cut in range(first, len(tokens) - 1):
            if kinds[tokens[cut]] & NAME_WORD and self.is_person_name(" ".join(tokens[cut:])):
                # "formand for Ældre Sagen", "leiar i Noregs Mållag": a body, not a person.
                if cut > 0 and tokens[cut - 1].lower() in self._role_glue:
                    # "nestleder i Venstre Trine Skei Grande": one word the text names as a
                    # place ("i Venstre", "i Bergen"), then the person
                    rest = tokens[cut + 1 :]
                    if (
                        kinds[tokens[cut]] & PLACE_WORD
                        and len(rest) >= 2
                        and self.is_person_name(" ".join(rest))
                    ):
                        return cut + 1
                    return None
                return cut
        return None

    def _role_lead(self, piece: str) -> bool:
        """ "Statsråd og leder av …", "Professor i kommunal og regional planlegging og …".

        A role phrase with no name yet: its "og" joins words of the role, not two people.
        """
        tokens = piece.split()
        if not tokens:
            return False
        position = 0
        while position < len(tokens) - 1 and tokens[position].lower() in self._modifiers:
            position += 1
        return (
            self.is_role_word(tokens[position])
            and not any(
                self.is_person_name(" ".join(tokens[i : i + 2])) for i in range(1, len(tokens) - 1)
            )
            and self._trailing_name(tokens, 1) is None
        )

    def _parts(self, spec: str) -> list[tuple[str, str]]:
        """(separator before, part) pairs; commas and "og" after a hyphen do not split.

        The separator comes stripped and lowered ("", ",", "og", "&" …), as
        :meth:`parse` compares it. One ``split`` call finds every separator
        (its group keeps them), the same places ``finditer`` would; a separator
        that does not split leaves its text in the part that goes on.
        """
        lowered = spec.lower()
        comma = "," in spec
        # A joining word splits only as a word of its own, between spaces or after a
        # comma ("Andersen" holds "and", "Skovgaard" no word): the quick test for a
        # piece of one comes first, then the words between spaces and commas.
        joining = ("&" in spec or any(map(lowered.__contains__, self._split_hints))) and (
            not self._join_words.isdisjoint(
                lowered.replace(",", " ").split() if comma else lowered.split()
            )
        )
        if not joining and ";" not in spec:
            if comma:
                # Commas alone: no pattern needed (no joining word can match in it).
                return _comma_parts(spec, self._plain_joins)
            # One person, one body: without a comma, a semicolon or a joining word
            # there is no separator.
            return [("", spec)] if spec.strip(EDGE) else []
        chunks = self._split.split(spec)
        if len(chunks) == 1:
            return [("", spec)] if spec.strip(EDGE) else []
        pieces: list[tuple[str, str]] = []
        glue = ""
        before = chunks[0]
        for index in range(1, len(chunks), 2):
            separator, after = chunks[index], chunks[index + 1]
            joins, joined = _glue(separator, self._plain_joins)
            if (
                before.endswith("-")
                or not before
                or before.isspace()
                or (
                    joins
                    # the text right after the separator: ``after`` is empty only
                    # when another separator follows, which starts with no letter
                    and after[:1].islower()
                    and self._role_lead(before)
                )
            ):
                before = f"{before}{separator}{after}"
                continue
            if before.strip(EDGE):
                pieces.append((glue, before))
            glue = joined
            before = after
        if before.strip(EDGE):
            pieces.append((glue, before))
        return pieces

    # -- specifications ------------------------------------------------------------

    def parse(self, spec: str) -> People | None:
        """Speakers and organisations in ``spec``, or None when it is not such a list."""
        spec = _trimmed(spec)
        if not spec or len(spec) > 400:
            return None
        if spec[0].islower() or spec.find(": ", 0, 24) > 0:
            spec = self._shared_lead(spec)  # (no lead to drop without either)
        lead, _, rest = spec.partition(" ")
        lead = lead.lower()
        # _signed's own first test, made here on the lead already lowered
        if lead in self._boards and self._signed(spec):
            return None
        if rest and lead in self._tentative:
            spec = rest  # "v. fx Name": a speaker not yet confirmed is still the speaker
        parts = self._parts(spec)
        if len(parts) == 1:
            return self._one_part(parts[0][1])
        if len(parts) > 24:
            return None
        readings: list[tuple[str, _Part]] = []
        listing = False  # "A og B": two people joined, so a name after a comma is no body
        previous: _Part | None = None
        known = self._part_cache
        for glue, text in parts:
            # the cache's lookup of _read_part, without the call (most parts are known)
            part = known.get(text, _UNREAD)
            if part is _UNREAD:
                part = self._read_part_uncached(text)
                if len(known) < 20_000:
                    known[text] = part
            if part is None:
                return None
            if previous is not None:
                kind = part.kind
                if kind == "person":
                    if glue in self._joins and previous.kind == "person":
                        listing = True
                elif (
                    kind == "role"
                    and glue[:1] == ","
                    and previous.kind == "org"
                    and self.is_person_name_anywhere(previous.text)
                ):
                    # "Søren Ærø, borgmester": a job title after it makes the name a
                    # person's, though the text names a place Ærø too.
                    readings[-1] = (readings[-1][0], _Part("person", previous.text))
            readings.append((glue, part))
            previous = part
        people: list[_Person] = []
        organisations: list[str] = []
        # "Folketingets formand, Søren Gade, statsminister …, Højesterets præsident, Name":
        # a list whose first part is a role and the next a person gives each role first
        # (a role with no person after it is still the last person's, as "…, varaordfører")
        role_first = readings[0][1].kind == "role" and readings[1][1].kind == "person"
        leads = (
            {i for i in range(len(readings) - 1) if readings[i + 1][1].kind == "person"}
            if role_first
            else set()
        )
        pending_role: str | None = None
        last: _Person | None = None
        body_last = False  # the part before named the last person's organisation
        for index, (glue, part) in enumerate(readings):
            kind = part.kind
            if glue in self._or_words and kind != "person" and kind != "rolename":
                continue  # "… eller stedfortreder", "… eller begge": nobody else named
            after_body, body_last = body_last, False
            if kind == "rolename":
                # "Name, utredningssjef i tankesmien Arena Idé": after a person, a role
                # phrase ending in capitals names their body; alone, it leads to a name.
                if last is not None and last.role is None and glue[:1] in (",", ";"):
                    part = _Part("role", part.extra or part.text)
                else:
                    part = _Part("person", part.text, role=part.role)
                kind = part.kind
            if kind == "person":
                if (
                    last is not None
                    and (not listing or self._body_between(readings, index, last))
                    and pending_role is None
                    and part.role is None
                    and last.organisation is None
                    and glue not in self._joins
                    # "A, leiar i Mållaget, B, …": whose role names their body, has it
                    and (last.role is None or self._role_and_organisation(last.role)[1] is None)
                ):
                    last.organisation = part.text if not part.extra else f"{part.text} {part.extra}"
                    continue
                last = _Person(part.text, role=part.role or pending_role)
                pending_role = None
                # "præsten Name i samtale med forlægger Name": a second person in the tail
                others = self._people_in_tail(part.extra) if part.extra else None
                if others is not None:
                    people.append(last)
                    people.extend(_Person(s.name, role=s.role) for s in others.speakers)
                    continue
                if part.extra:
                    if part.role is None and part.extra[:1].islower():
                        last.role = part.extra
                    else:
                        last.organisation = part.extra.strip("()") or None
                people.append(last)
            elif kind == "role":
                if last is not None and pending_role is None and index not in leads:
                    last.role = _join(
                        last.role, part.text, f" {glue} " if glue[:1].isalpha() else ", "
                    )
                else:
                    pending_role = _join(pending_role, part.text, ", ")
            elif kind == "org":
                if glue in self._plain_joins and organisations and last is None:
                    # "Statsforvalteren i Vestfold og Telemark" is one organisation.
                    organisations[-1] = f"{organisations[-1]} {glue} {part.text}"
                elif glue in self._plain_joins and last is not None and after_body:
                    # "Name, formand, Kommunernes Landsforening og Danske Regioner": the
                    # person's, as one ("Sveriges Kommuner och Regioner" is one name)
                    last.organisation = f"{last.organisation} {glue} {part.text}"
                    body_last = True
                elif last is not None and last.organisation is None:
                    last.organisation = part.text
                    body_last = True
                else:
                    organisations.append(part.text)
            elif last is not None:
                last.role = _join(last.role, part.text, ", ")
            else:
                return None
        if not people and not organisations:
            return None
        for person in people:
            if person.organisation is None and person.role:
                person.role, person.organisation = self._role_and_organisation(person.role)
        return People(
            [self._speaker(p.name, p.role, p.organisation) for p in people],
            [self._organisation(o) for o in organisations],
        )

    def _people_in_tail(self, tail: str) -> People | None:
        """The people after "med" or "mellem" in what follows a name, if only people.

        "i samtale med forlægger Johannes Riis" names one more speaker; "med
        ansvar for skolen" nobody.
        """
        tokens = tail.split()
        for index, token in enumerate(tokens[:4]):
            if token.lower() in self._list_markers:
                found = self.parse(" ".join(tokens[index + 1 :]))
                if found is not None and found.speakers and not found.organisations:
                    return found
                return None
        return None

    @staticmethod
    def _body_between(readings: list[tuple[str, _Part]], index: int, last: _Person) -> bool:
        """ "ordfører A, Vestre Lindvik, fylkesrådsleder B og rådgiver C": in a list of
        people each with a job title, a bare name between two of them is the body of
        the one before, not a person of its own."""
        part = readings[index][1]
        return (
            last.role is not None
            and part.role is None
            and not part.extra
            and readings[index][0] == ","
            and index + 1 < len(readings)
            and readings[index + 1][1].role is not None
        )

    def _one_part(self, text: str) -> People | None:
        """What :meth:`parse` makes of a specification of one part, without its loops.

        With one reading there is no separator, no person before and no role
        pending: a person (or a role and a name) is the one speaker, with the
        text after the name as role or organisation; an organisation is the one
        organisation; anything else names nobody.
        """
        part = self._read_part(text)
        if part is None:
            return None
        kind = part.kind
        if kind == "org":
            return People([], [self._organisation(part.text)])
        if kind != "person" and kind != "rolename":
            return None  # a role or words alone: nobody named
        role = part.role or None
        organisation = None
        extra = part.extra if kind == "person" else None  # a role and a name: the name alone
        others = self._people_in_tail(extra) if extra else None
        if others is not None:
            return People([self._speaker(part.text, role, None), *others.speakers], [])
        if extra:
            if part.role is None and extra[:1].islower():
                role = extra
            else:
                organisation = extra.strip("()") or None
        if organisation is None and role:
            role, organisation = self._role_and_organisation(role)
        return People([self._speaker(part.text, role, organisation)], [])

    def _organisation(self, name: str) -> Organisation:
        """The organisation called ``name``, made once per text (it is frozen).

        Making one checks its fields, which costs more than reading the part:
        the same bodies ("X Kommune") come back on many lines.
        """
        made = self._organisations.get(name)
        if made is None:
            made = Organisation(name=name)
            if len(self._organisations) < 20_000:
                self._organisations[name] = made
        return made

    def _speaker(self, name: str, role: str | None, organisation: str | None) -> Speaker:
        """The speaker ``name`` with ``role`` at ``organisation``, made once per text (frozen)."""
        if role is not None and " " not in role and self.is_plural_role_word(role):
            role = None  # "Ordførerne A og B": the title is all of theirs, no one's own
        key = (name, role, organisation)
        made = self._speakers.get(key)
        if made is None:
            body = self._organisation(organisation) if organisation else None
            made = Speaker(name=name, role=role, organisation=body)
            if len(self._speakers) < 20_000:
                self._speakers[key] = made
        return made

    def _shared_lead(self, spec: str) -> str:
        """ "Ordstyrar: Name" and "ordførarane A (X), B (Y) og C (Z)": the lead goes.

        A speaker label before the names, or a job title in the plural that
        is all the listed people's, says nothing about any one of them.
        """
        head, _, rest = spec.partition(" ")
        if rest and self.is_plural_role_word(head):
            return rest.lstrip()
        if spec[0].islower():
            return spec
        colon = spec.find(": ", 0, 24)
        if colon > 0 and spec[:colon].lower() in self._label_words:
            return spec[colon + 2 :].lstrip()
        return spec

    def _role_and_organisation(self, role: str) -> tuple[str, str | None]:
        """ "sjeføkonom i KS" is the role "sjeføkonom" at the organisation "KS"."""
        if " " not in role:
            return role, None  # one word ("borgmester") holds no preposition
        for preposition in (" i ", " for ", " hos ", " ved ", " på ", " av ", " af "):
            at = role.find(preposition)
            if at <= 0:
                continue
            tail = role[at + len(preposition) :].strip()
            if tail[:1].isupper() and any(self.is_org_word(w) for w in tail.split()):
                return role[:at].strip(), tail
        return role, None

    def split_title(self, title: str) -> tuple[str, People | None]:
        """Split "Title v/ Name, role" into the title and the people after the marker."""
        # Titles repeat ("Pause", a debate on every stage): each is read once, and
        # every caller gets lists of its own.
        # A title read for the first time is handed over as read; the reader keeps tuples.
        kept = self._title_cache.get(title)
        if kept is not None:
            return kept[0], _fresh(kept[1])
        head, people = self._split_title(title)
        if len(self._title_cache) < 20_000:
            self._title_cache[title] = (head, _kept(people))
        return head, people

    def _split_title(self, title: str) -> tuple[str, People | None]:
        lowered = title.lower()
        # _signed's own first test (a board's name first), made here without the call;
        # the first word lowered is the lowered text's first word (no letter lowers to
        # a space, nor a space to anything else)
        if lowered.partition(" ")[0] in self._boards and self._signed(title):
            return title, None
        head, people = self._split_at_marker(title, lowered)
        if people is None:
            found = self._after_dash(title)
            head, people = found if found is not None else self._named_in_title(title)
        if people is None and ": " in title:
            # "Møte i fylkestinget: Ordførar i X, Name, helsar tinget": who opens the item,
            # in a sentence after its name (the title is kept as it is written)
            colon = title.index(": ")
            people = self._leading_people(title[colon + 2 :]) if colon > 0 else None
        if people is not None and people.speakers:
            # "Kulturelt innslag ved Name", "v/ distriktsmusikar Name": performers are no speakers.
            performing = False
            performers = self._performer_cache  # is_performer_word's answers, without the call
            for word in head.split():
                known = performers.get(word)
                if known if known is not None else self.is_performer_word(word):
                    performing = True
                    break
            kept = [
                s
                for s in people.speakers
                if not performing
                and not (s.role and any(self.is_performer_word(w) for w in s.role.split()))
            ]
            if len(kept) < len(people.speakers):
                if not kept and not people.organisations:
                    return title, None
                people = People(kept, people.organisations)
        return head, people

    def _split_at_marker(self, title: str, lowered: str) -> tuple[str, People | None]:
        """ "Title v/ Name, role": the title before the first marker that people follow.

        ``lowered`` is ``title.lower()``, which the caller has made already.
        """
        search = 0
        for _ in range(8):  # a title has a marker or two, not thousands
            found = self._next_marker(lowered, search)
            if found is None:
                break
            at, after, listing = found
            search = after
            if len(title) - after > 400:
                continue
            head = title[:at].rstrip(" ,:–—-")
            if not head or self._signature(head):
                continue
            before, _, last = head.rpartition(" ")
            if (
                before.endswith(",")
                and last[:1].islower()
                and self.is_person_name(" ".join(before.rstrip(",").split()[-2:]))
            ):
                continue  # "Name, fyrstebibliotekar ved Universitetet": a title at a body

            later = self._next_marker(lowered, after)
            if later is not None:
                # "Morgenbønn ved Sola ruinkirke v/Name": a place after the first marker
                segment = title[after : later[0]].rstrip(" ,:–—-")
                between = self.parse(segment)
                tokens = [t.strip(EDGE) for t in segment.split()]
                if (
                    between is not None
                    and between.organisations
                    and not between.speakers
                    and not any(
                        self.is_person_name(f"{a} {b}") for a, b in itertools.pairwise(tokens)
                    )
                ):
                    continue
            spec, talk = title[after:], ""
            colon = spec.find(": ")
            if (
                colon > 0
                and spec[:colon].count(" ") <= 4
                and self.is_person_name(spec[:colon].strip())
            ):
                # "v/Johanne Øvstebø Tvedten: Den unge kongen": the speaker, then the talk
                spec, talk = spec[:colon], spec[colon + 2 :].strip()
            people = self.parse(spec)
            if talk and people is not None and people.speakers:
                return f"{head}: {talk}", people
            if people is None or not people.speakers:
                # "Minnetale v/ A - Tittel v/ B": one speaker after each marker.
                people = (
                    self._segmented(title, lowered, after, 0)
                    or self._opening(title[after:])
                    or people
                )
            if (people is None or not people.speakers) and not listing:
                # "Foredrag v/Name (UiB); «Tittel» - Quiz": the people, then more of the
                # title, which stays in it
                cut = self._people_then_more(spec)
                if cut is not None:
                    people, more = cut
                    return f"{head} – {more}" if more else head, people
            if not people:
                continue
            if listing:
                # "Paneldebat med Ida Holm og Bo Jensen": only names make "med" a marker.
                if people.speakers and not people.organisations:
                    return head, people
            elif lowered[at : at + 2] == "v/" or self._convincing(people):
                return head, people
        return title, None

    def _after_dash(self, title: str) -> tuple[str, People] | None:
        """ "Velkommen – A, leiar og B, nestleiar", "Korleis byggjer vi laget – Name":
        the people after a title's last dash, and the title before it."""
        if "-" not in title and "–" not in title and "—" not in title:
            return None  # (no dash: most lines)
        dashes = list(_DASH.finditer(title))
        if not dashes:
            return None
        head = title[: dashes[-1].start()].strip()
        rest = title[dashes[-1].end() :].strip(EDGE)
        # (a title of words: "A - Allinge Havn" is a stand's code and its place)
        if not (rest[:1].isupper() or self.is_role_word(rest.partition(" ")[0])) or not any(
            len(w) >= 4 for w in head.split()
        ):
            return None
        people = self.parse(rest)
        if people is None or not people.speakers or people.organisations:
            return None
        if len(people.speakers) == 1 and not (
            people.speakers[0].role or people.speakers[0].organisation
        ):
            # "Tematime om reiseliv - Destinasjon Lofoten": two capitalised words alone
            # may as well be a place or a body as a person
            return None
        return head, people

    def _people_then_more(self, spec: str) -> tuple[People, str] | None:
        """People opening ``spec`` up to a semicolon, a dash, a quote or a sentence's end,
        and the text after them; None when no such part names people."""
        for match in _AFTER_PEOPLE.finditer(spec):
            people = self.parse(spec[: match.start()])
            if people is not None and people.speakers and not people.organisations:
                return people, spec[match.start() :].strip(" ;–—-.")
        return None

    def _opening(self, text: str) -> People | None:
        """ "Name efterfulgt af fællessang", "Name. Andre synger": the name opening ``text``."""
        tokens = text.split()
        if not tokens:
            return None
        found = self._title_name(tokens, 0)
        role = None
        if found is None and self.is_role_word(tokens[0]):
            found = self._title_name(tokens, 1)
            role = tokens[0]
        if found is None:
            return None
        return People(speakers=[Speaker(name=found[0], role=role)])

    def _signed(self, text: str) -> bool:
        """ "Styret v/ leiar Name": a board's signature, with the marker after the board."""
        board, _, rest = text.partition(" ")
        if board.lower() not in self._boards:
            return False
        lowered = rest.lower()
        return any(lowered.startswith(m) for m in self._markers)

    def _signature(self, head: str) -> bool:
        """ "Styret v/ leiar Name", "Bestyrelsen v/ formand": a body signs, nobody speaks."""
        return head.lower() in self._boards

    def _segmented(self, title: str, lowered: str, after: int, depth: int) -> People | None:
        """ "Minnetale v/ A - Tittel v/ B": the people after each marker, up to a dash or the next.

        Only names count: the words between are a second title, not an organisation.
        """
        following = self._next_marker(lowered, after)
        end = following[0] if following is not None else len(title)
        segment = title[after:end]
        dash = _DASH.search(segment)
        if dash is not None:
            segment = segment[: dash.start()]
        elif following is None:
            return None
        people = self.parse(segment)
        if people is None or not people.speakers or people.organisations:
            return None
        if following is not None and depth < 4:
            rest = title[following[1] :]
            more = self.parse(rest) or self._segmented(title, lowered, following[1], depth + 1)
            if more is not None and more.speakers and not more.organisations:
                known = {s.name for s in people.speakers}
                people.speakers.extend(s for s in more.speakers if s.name not in known)
        return people

    # -- names inside a title -------------------------------------------------------

    def _named_in_title(self, title: str) -> tuple[str, People | None]:
        """People a title names without a marker; the title stays as written.

        "Oplæg af Name, role" (the title is "Oplæg"), "Tale fra partileder Name",
        "Statsråd Name. Politisk debatt", "Name om Grønland", "Name (role) byder
        velkommen", "Name: Tittel", and the genitive "Partisekretær Names tale".
        """
        tokens = title.split()
        if len(tokens) < 2 or len(tokens) > 40:
            return title, None
        # "Oplæg af Name", "Foredrag av Name", "… lokalsamfund? F.eks. Name".
        # A by-word comes among the first three; later only a word after "?", "." or "!"
        # can lead to a name, so a title with none of them is read no further. The word
        # before a name has a word after it: only a word before the last two can end
        # such a sentence (most titles' one "?" ends the title).
        sentences = False
        if "?" in title or "." in title or "!" in title:
            before = title.rsplit(None, 2)[0]
            sentences = "?" in before or "." in before or "!" in before
        by_markers, tentative = self._by_markers, self._tentative
        # Lowering never shortens a word: one longer than every by-word is none.
        longest = self._by_longest
        for index in range(1, len(tokens) - 1 if sentences else min(4, len(tokens) - 1)):
            token = tokens[index]
            # the ending first: without a "?", "." or "!" there is no "F.eks." to look up
            if not (
                (index <= 3 and len(token) <= longest and token.lower() in by_markers)
                or (sentences and tokens[index - 1][-1] in "?.!" and token.lower() in tentative)
            ):
                continue
            people = self.parse(" ".join(tokens[index + 1 :]))
            if people is not None and people.speakers and not people.organisations:
                return " ".join(tokens[:index]).rstrip(" ,:–—-"), people
        if not self._two_name_words(tokens):
            return title, None  # every reading below needs a name of two words at least
        speakers = self._role_names(tokens)
        if not speakers:
            speakers = self._leading_names(tokens)
        if not speakers:
            speakers = self._names_before_roles(tokens)
        if not speakers:
            speakers = self._after_verb(tokens)
        if not speakers:
            return self._greeting_from(title, tokens)
        return title, People(speakers=speakers)

    def _after_verb(self, tokens: list[str]) -> list[Speaker]:
        """ "byder Kim Johansen velkommen", "holder Dan Jensen (S), minister, tale": an item
        written as a sentence after its time ("Kl. 13.45 holder …"), the verb first, then
        who does it; nobody when the first word is no verb of one word or no name follows."""
        first = tokens[0]
        if not (first[:1].islower() and first.isalpha()) or first in self._glue:
            return []
        found = self._title_name(tokens, 1)
        if found is None or found[1] >= len(tokens):
            return []  # "… ved Name" at the very end is a marker's, read before this
        return [Speaker(name=found[0])]

    def _greeting_from(self, title: str, tokens: list[str]) -> tuple[str, People | None]:
        """ "Hilsen fra Name, Partiets formand": who a greeting or talk comes from.

        Only people given with their role or body: "Eksempler fra Lolland Falster"
        names a place, and "Hilsen fra KL" a body.
        """
        for index in range(1, min(4, len(tokens) - 1)):
            if tokens[index].lower() not in self._from_words:
                continue
            people = self.parse(" ".join(tokens[index + 1 :]))
            if (
                people is not None
                and people.speakers
                and not people.organisations
                and all(s.role or s.organisation for s in people.speakers)
            ):
                return " ".join(tokens[:index]), people
        return title, None

    def _two_name_words(self, tokens: list[str]) -> bool:
        """Whether two tokens in a row could open a name as :meth:`_title_name` reads one.

        Its first word is a name or an initial as written; the second an initial,
        or a name or a particle once the punctuation after it is dropped. Most
        titles have no such pair, and then no name to find.
        """
        kinds = self.kinds
        opens = 0  # may the previous token be a name's first word?
        for token in tokens:
            bits = kinds[token]
            if opens and (
                bits & INITIAL_WORD or kinds[token.rstrip(_NAME_END)] & (NAME_WORD | PARTICLE_WORD)
            ):
                return True
            opens = bits & (NAME_WORD | INITIAL_WORD)  # nonzero: may open a name
        return False

    def _role_names(self, tokens: list[str]) -> list[Speaker]:
        """ "Statsråd Name", "AUFs leder Name", "leder av kvinnenettverket Name": role, name."""
        speakers: list[Speaker] = []
        roles = self._role_cache  # is_role_word's own answers, looked up without the call
        index = 0
        while index < len(tokens):
            token = tokens[index]
            known = roles.get(token)
            if (
                token[-1:] not in _NAME_END
                and (known if known is not None else self.is_role_word(token))
                and not self.is_performer_word(token)
            ):
                found = self._name_after_role(tokens, index + 1)
                if found is not None:
                    name, end = found
                    # a title in the plural is all the names' and no one's own
                    title = None if self.is_plural_role_word(token) else token.strip(EDGE)
                    if name not in {s.name for s in speakers}:
                        speakers.append(Speaker(name=name, role=title))
                    # "kommunalsjefene Anne Berg og Tor Vik": one role before both names,
                    # each perhaps with a party ("Henrik Asheim (H) og Tuva Moflag (Ap)")
                    if end < len(tokens) and _PARTY.fullmatch(tokens[end]):
                        end += 1
                    while (
                        end + 1 < len(tokens)
                        and tokens[end].lower() in self._plain_joins
                        and tokens[end - 1][-1:] not in _NAME_END
                    ):
                        second = self._title_name(tokens, end + 1)
                        if second is None:
                            break
                        if second[0] not in {s.name for s in speakers}:
                            speakers.append(Speaker(name=second[0]))
                        end = second[1]
                        if end < len(tokens) and _PARTY.fullmatch(tokens[end]):
                            end += 1
                    index = end
                    continue
            index += 1
        return speakers

    def _name_after_role(self, tokens: list[str], start: int) -> tuple[str, int] | None:
        """The name after a job title, past a few words of the role ("av kvinnenettverket")."""
        for skip in range(start, min(start + 5, len(tokens))):
            at_body = skip > start and tokens[skip - 1].lower() in self._role_glue
            found = self._title_name(tokens, skip)
            if found is not None:
                if at_body:
                    # "leder for Ældre Sagen": a body after the preposition; but in
                    # "ordførar i Ulvik Per Olav Dale" a word the text names as a place
                    if self.kinds[tokens[skip]] & PLACE_WORD:
                        return self._title_name(tokens, skip + 1)
                    return self._name_after_body(tokens, skip)
                return found
            token = tokens[skip]
            if at_body and token[:1].isupper():
                return self._name_after_body(tokens, skip)
            bare = token.strip(EDGE)
            if token[-1:] in _NAME_END or not bare:
                return None
            if not (
                bare.lower() in self._glue
                or bare.lower() in self._role_glue
                or self.is_role_word(bare)
                or self.is_org_word(bare)
                or (bare[:1].islower() and skip > start)
            ):
                return None
        return None

    def _name_after_body(self, tokens: list[str], start: int) -> tuple[str, int] | None:
        """ "Formand for Guldborgsund Frivilligcenter Jan Riis": a body's name that ends
        in a word of bodies ("-center", "Kommune"), then a person's; None without one."""
        for end in range(start + 1, min(start + 5, len(tokens) - 1)):
            word = tokens[end]
            if not word[:1].isupper() or word[-1:] in _NAME_END:
                return None
            if self.is_org_word(word):
                return self._title_name(tokens, end + 1)
        return None

    def _title_name(self, tokens: list[str], start: int) -> tuple[str, int] | None:
        """A person's name starting at ``start``, in its base form, and where it ends.

        The name ends at punctuation ("Name. Politisk debatt"), a small word or
        the end; a genitive before a small word ("Kari Nordmanns tale") gives the
        base form when that is a clear name.
        """
        kinds = self.kinds
        words: list[str] = []
        end = start
        while end < len(tokens) and len(words) < 6:
            token = tokens[end]
            if kinds[token] & INITIAL_WORD and end + 1 < len(tokens):
                words.append(token)
                end += 1
                continue
            bare = token.rstrip(_NAME_END)
            bits = kinds[bare]
            particle = bits & PARTICLE_WORD and bare.lower() not in self._by_markers
            if not (bits & NAME_WORD or (words and particle)):
                break
            if len(words) >= 2 and bits & NOT_NAME_WORD:
                break  # "v/ Linda Frederiksen Input til …": an item's word opens what follows
            words.append(bare)
            end += 1
            if bare != token:
                break
        if len(words) < 2:
            return None
        stopped = tokens[end - 1][-1:] in _NAME_END
        following = tokens[end] if end < len(tokens) else ""
        if (
            following
            and not stopped
            and not following[:1].islower()
            and following[:1] != "("
            and not kinds[following] & NOT_NAME_WORD
        ):
            return None  # "Statsråd Anne Hansen Nye Veier": where the name ends is unclear
        last = words[-1]
        if (
            not stopped
            and last.endswith("s")
            and not last.endswith("ss")
            and len(last) > 4
            and self._owned_word(following)
        ):
            base = " ".join([*words[:-1], last[:-1]])
            if self.is_person_name(base):
                return base, end
        name = " ".join(words)
        if self.is_person_name(name):
            return name, end
        return None

    def _owned_word(self, word: str) -> bool:
        """ "tale", "velkomsthilsen", "beretning": what a genitive name owns in a title.

        Besides the talks and greetings the vocabulary knows, any lower-case word
        that is no small word of a sentence ("om", "og", "med", "i") and no job
        title: "Lone Vestergaards beretning", "Kari Nordmanns oppsummering".
        """
        lowered = word.lower().strip(EDGE)
        if lowered in self._owned or any(
            lowered.endswith(w) for w in ("tale", "hilsen", "helsing", "innlegg", "oplæg")
        ):
            return True
        return (
            len(lowered) > 4
            and word[:1].islower()
            and lowered.isalpha()
            and lowered not in self._glue
            and lowered not in self._small_words
            and not self.is_role_word(lowered)
        )

    def _names_before_roles(self, tokens: list[str]) -> list[Speaker]:
        """ "Leders tale Name, leder av Venstre": a name followed by a comma and a job title."""
        for start in range(1, len(tokens) - 2):
            if not self.kinds[tokens[start]] & NAME_WORD or tokens[start - 1][-1:] == ",":
                continue
            found = self._title_name(tokens, start)
            if found is None or found[1] >= len(tokens) or not tokens[found[1] - 1].endswith(","):
                continue
            if self._starts_role(tokens, found[1]):
                return [Speaker(name=found[0])]
        return []

    def _leading_names(self, tokens: list[str]) -> list[Speaker]:
        """ "Name om Grønland", "Name (role) byder velkommen", "Name: Tittel", "A og B i …".

        The name opens the title, a sentence of it ("Emne. Name om …"), or follows
        "med" ("Samtale med Name om …"); words must follow it.
        """
        speakers: list[Speaker] = []
        for start in range(len(tokens) - 2):
            before = tokens[start - 1] if start else ""
            if start and not (
                before[-1:] in ".:!?"
                or before in ("–", "—", "-")
                or before.lower() in self._list_markers
            ):
                continue
            found = self._title_name(tokens, start)
            if found is None or found[1] >= len(tokens):
                continue
            name, end = found
            speakers.append(Speaker(name=name))
            if tokens[end].lower() in self._plain_joins and tokens[end - 1][-1:] not in _NAME_END:
                second = self._title_name(tokens, end + 1)
                if second is not None and second[1] < len(tokens):
                    speakers.append(Speaker(name=second[0]))
            break
        return speakers

    def split_brackets(self, title: str) -> tuple[str, People | None]:
        """ "Velkommen (Anne Hansen, borgmester)": people in brackets after the title."""
        opening = title.rfind("(")
        if opening <= 0 or len(title) - opening > 200:
            return title, None
        people = self.bullet_people(title[opening + 1 : -1])
        if people is None or people.organisations:
            return title, None
        return title[:opening].rstrip(" ,–—-"), people

    def _next_marker(self, lowered: str, start: int) -> tuple[int, int, bool] | None:
        """(where, after, is a list marker) of the next speaker marker from ``start``."""
        # the pattern takes the space or "(" before the marker too
        match = self._marker_pattern.search(lowered, start - 1 if start else 0)
        if match is None:
            return None
        marker = match.group("marker")
        listing = marker in self._list_markers and marker not in self._markers
        return match.start("marker"), match.end("marker"), listing

    def _convincing(self, people: People) -> bool:
        """After "ved" a name or a clear organisation, not just any words ("ved siden af")."""
        return bool(people.speakers) or all(
            any(self.is_org_word(w) for w in o.name.split()) or o.name[:1].isupper()
            for o in people.organisations
        )

    def line_people(self, text: str) -> People | None:
        """People on a line of their own: "v/ Name, role", "Med A, B og C", "Samtale mellom …"."""
        lowered = text.lower()
        marked = self._marked(text, lowered)
        if marked is not None:
            return marked[1]
        head, people = self._split_at_marker(text, lowered)
        if people is not None and head.count(" ") < 3 and people.speakers:
            return people
        words = text.split(" ", 3)
        if len(words) >= 3 and words[1].lower() in self._list_markers and words[0][:1].isupper():
            people = self.parse(text.split(" ", 2)[2])
            if people and people.speakers and not people.organisations:
                return people
        return None

    def marked_people(self, text: str) -> People | None:
        """ "Ved A, role, og B, role": people after a speaker marker that opens the line,
        however long the line is; None when no marker opens it or the rest is no list."""
        marked = self._marked(text, text.lower())
        return None if marked is None else marked[1]

    def _marked(self, text: str, lowered: str) -> tuple[str, People | None] | None:
        """(marker, its people) when a speaker or list marker opens ``text``, else None."""
        for marker in self._line_markers_by_letter.get(lowered[:1], ()):
            if lowered.startswith(marker) and (
                marker.endswith(("/", ".")) or lowered[len(marker) : len(marker) + 1] == " "
            ):
                people = self.parse(text[len(marker) :])
                if people and (marker in self._markers or people.speakers):
                    return marker, people
                return marker, None
        return None

    def listed_sentence(self, text: str) -> People | None:
        """ "Samtale med Lene Borg, direktør, og Jonas Eg, forsker.": a sentence naming who talks.

        Only a sentence of a word, a list marker ("med", "mellem") and people, each
        perhaps with a role, and nothing else: "Samtale med Lene Borg om busserne." is
        a description (whose name the audit reports).
        """
        words = text.split(" ", 2)
        if (
            len(words) < 3
            or not text.endswith(".")
            or words[1].lower() not in self._list_markers
            or not words[0][:1].isupper()
        ):
            return None
        if self._says_more(words[2][:-1], self._glue | self._place_words):
            return None  # more is said than who: a description
        people = self.line_people(text[:-1])
        if people is None or not people.speakers or people.organisations:
            return None
        return people

    def people_sentence(self, text: str) -> People | None:
        """ "A, Skedsmo Mållag, B, Hamar mållag og C, Sveio Mållag.": a sentence that is
        only people, two or more, each with a role or a body, perhaps after a label of a
        word or two ("Panelsamtale: …"); None for anything else."""
        if not text.endswith(".") or text.count(",") < 2:
            return None
        colon = text.find(": ", 0, 30)
        if colon > 0 and text[:colon].count(" ") <= 1 and text[:1].isupper():
            text = text[colon + 2 :]  # "Panelsamtale: A, leiar i X, B, …": the label goes
        # (a word that ends in "-" goes on in the next: "dialekt- og mållag")
        words = " ".join(w for w in text[:-1].split() if not w.endswith("-"))
        if self._says_more(words, self._glue | self._place_words):
            return None  # "… spør formand Name, hvorfor …": a sentence about them
        people = self.parse(text[:-1])
        if people is None or len(people.speakers) < 2 or not _placed(people):
            return None
        return people

    def opening_speakers(self, text: str) -> People | None:
        """The speakers of a line that opens with a few words and a marker.

        "Innlegg av Name, fyrstebibliotekar ved …", "Velkommen ved ordstyrer Name, …";
        after a list marker ("Samtale med Name om …") only :meth:`listed_sentence`
        reads people, as a sentence that says more is a description.
        """
        if not text[:1].isupper():
            return None  # a title going on in lower case on its next line, say
        head, found = self.split_title(text)
        if found is None or not found.speakers or head == text:
            return None
        words = text.split(" ", 2)
        if not 0 < len(head.split()) <= 5 or words[1].lower() in self._list_markers:
            return None
        return found

    def _says_more(self, text: str, glue: frozenset[str]) -> bool:
        """Whether ``text`` (outside brackets) has a lower-case word that is no job title,
        no organisation's word and none of ``glue``: more than people and their roles."""
        return any(
            t[:1].islower()
            and not (self.is_role_word(t) or self.is_org_word(t) or t.strip(EDGE) in glue)
            for t in _BRACKETS.sub(" ", text).split()
        )

    def speaker_line(self, text: str) -> bool:
        """True when ``text`` is only people ("v/ Name, role", "Name, Org"), with no title.

        Stricter than :meth:`line_people`: "Oplæg v. Name" has a title before the
        marker, so it may head a session that a time alone on the line above opened.
        """
        lowered = text.lower()
        for marker in self._line_markers_by_letter.get(lowered[:1], ()):
            if lowered.startswith(marker) and (
                marker.endswith(("/", ".")) or lowered[len(marker) : len(marker) + 1] == " "
            ):
                return self.line_people(text) is not None
        if self._says_more(text, self._glue):
            return False  # "Name (role) byder velkommen": a sentence, so a title
        people = self.parse(text)
        return people is not None and bool(people.speakers) and not people.organisations

    def names_cased(self, text: str) -> str:
        """ "Minister MATTIAS TESFAYE åbner …": names written in capitals, in ordinary case.

        Pages set a speaker's name in capitals inside running text. A run of two to
        four words in capitals, in a line that has lower case too, is given ordinary
        case, so that the name reads as a name; a line mostly in capitals is left as
        it is, and so is a run holding a small word ("FRA") or a body's word or
        acronym ("SKOLE", "KL"): a heading or a body. A text with no such run comes
        back as it is.
        """
        if not _CAPITALS.search(text):
            return text
        if sum(c.islower() for c in text) < sum(c.isupper() for c in text):
            return text  # a heading in capitals ("FROKOST Ved VIFTENS BISTRO")
        return _CAPITALS.sub(self._cased_run, text)

    def _cased_run(self, match: re.Match[str]) -> str:
        run = match.group(0)
        words = run.split()
        if any(w.lower() in self._glue or self.is_org_word(w.title()) for w in words):
            return run
        return " ".join(w.title() for w in words)

    def prose_people(self, text: str) -> People | None:
        """People a sentence names with their job title or role.

        "Centerdirektør Name fører os ind i …", "Name, kulturkommentator, er dagens
        programleiar": a speaker named in a description paragraph.
        """
        # Descriptions repeat ("Kom og hør, …" under many sessions): each is read once.
        return _read_once(self._prose_cache, text, self._prose_people)

    def _prose_people(self, text: str) -> People | None:
        tokens = text.split()
        if len(tokens) > 80 or not self._two_name_words(tokens):
            return None  # both readings below need a name of two words at least
        speakers = self._role_names(tokens)
        if not speakers:
            found = self._title_name(tokens, 0)
            if (
                found is not None
                and found[1] < len(tokens)
                and tokens[found[1] - 1].endswith(",")
                and self._starts_role(tokens, found[1])
            ):
                speakers = [Speaker(name=found[0])]
        if not speakers:
            return self._leading_people(text)
        return People(speakers=speakers) if speakers else None

    def _leading_people(self, text: str) -> People | None:
        """ "A, ph.d., og B, autoriseret psykolog, debatterer …", "Name formand for X,
        tilbyder …": people, each with a role or a body, opening a sentence whose verb
        follows the comma after them; None for anything else."""
        if not text[:1].isupper():
            return None
        end = text.find(". ")
        sentence = text if end < 0 else text[:end]
        commas = [i for i, c in enumerate(sentence[:160]) if c == ","]
        for comma in reversed(commas):
            after = sentence[comma + 1 :].lstrip()
            if not after[:1].islower() or self._starts_role(after.split(), 0):
                continue  # a verb goes on after the people, not their next role
            people = self.parse(sentence[:comma])
            if people is not None and people.speakers and _placed(people):
                return people
        return None

    def labelled_tail(self, text: str) -> tuple[str, People] | None:
        """ "Paneldebat med A, B og C. Ordstyrer: journalist Name": a speaker label after
        a sentence, and its people; the text before it and the people, or None."""
        if ": " not in text:
            return None
        for match in _SENTENCE_LABEL.finditer(text):
            label = match.group("label")
            if label.lower() not in self._label_words:
                continue
            people = self.parse(text[match.end() :])
            if people is None or not people.speakers:
                return None
            if leads_session(label):
                people = with_lead_role(people, label.lower())
            # the title keeps its "?" or "!", not the full stop before the label
            end = match.start() + (text[match.start()] != ".")
            return text[:end], people
        return None

    def talk_and_speakers(self, text: str) -> tuple[str, People] | None:
        """ "«Tittel» – professor i statsvitenskap Name, Universitetet": a talk, its speaker.

        The talk's title in quotes, a dash, then people with their roles; or, with
        no quotes, people after the last dash who each have a role or a body
        ("Kraft i det grønne skiftet – fylkesråd for plan og næring Name").
        """
        if text[:1] not in _QUOTES:
            found = self._after_dash(text)
            if found is None or not all(s.role or s.organisation for s in found[1].speakers):
                return None
            return found
        dash = _DASH.search(text)
        if dash is None:
            return None
        title, rest = text[: dash.start()].strip(), text[dash.end() :].strip(EDGE)
        if title[-1:] not in _QUOTES or not rest:
            return None
        people = self.parse(rest)
        if people is None or not people.speakers or people.organisations:
            return None
        return title, people

    def bullet_people(self, text: str) -> People | None:
        """A list item that is a person ("Ordfører Name, Kommune"), not an agenda point.

        Also a person who leads the item: "Name: «Tittel»", "Name – innleiing om …",
        "UNICEF – Name", "Statsråd Name innleder".
        """
        return _read_once(self._line_cache, text, self._bullet_people)

    def _bullet_people(self, text: str) -> People | None:
        stripped = text.strip(EDGE)
        # _signed's own first test (a board's name first), made here without the call
        if stripped.partition(" ")[0].lower() in self._boards and self._signed(stripped):
            return None
        people = self.parse(text)
        if people is not None and people.speakers:
            if len(people.speakers) >= 2:
                return people
            speaker = people.speakers[0]
            if speaker.role or speaker.organisation:
                return people
        text = text.strip(EDGE)
        colon = text.find(": ", 0, 80)
        if colon > 0:
            # "Professor Name: Tittel", "Name: «Tittel»".
            part = self._read_part(text[:colon])
            if part is not None and part.kind in ("person", "rolename") and not part.extra:
                return People(speakers=[Speaker(name=part.text, role=part.role)])
        dash = _DASH.search(text, 0, 80)
        if dash is not None:
            left, right = text[: dash.start()].strip(EDGE), text[dash.end() :].strip(EDGE)
            if self.is_person_name(left) and right:
                # "Name – Org" or "Name – innleiing om …": the person leads the line.
                organisation = None
                if right[:1].isupper() and len(right.split()) <= 6:
                    organisation = Organisation(name=right)
                return People(speakers=[Speaker(name=left, organisation=organisation)])
            if (
                self.is_person_name(right)
                and len(left.split()) <= 4
                and any(self.is_org_word(w) for w in left.split())
            ):
                return People(speakers=[Speaker(name=right, organisation=Organisation(name=left))])
        tokens = text.split()
        if len(tokens) <= 12:
            speakers = self._role_names(tokens)
            if speakers:
                return People(speakers=speakers)
        return None


# A label after a sentence's end: ". Ordstyrer: …", "? Deltakere: …".
_SENTENCE_LABEL = re.compile(r"[.?!]\s+(?P<label>[A-ZÆØÅ][\wæøå-]{2,24}):\s+")

# Where people named after a marker may end and more of the title go on.
_AFTER_PEOPLE = re.compile(r';|\s[–—-]\s|\s[«"“]|\.\s+(?=[A-ZÆØÅ])')

# Quotation marks around a talk's title: «», "", “”, ”” and ''.
_QUOTES = "«»\"“”'"


def with_lead_role(people: People, role: str) -> People:
    """``people`` with ``role`` ("ordstyrer") put first in each speaker's role."""
    speakers = [
        attrs.evolve(s, role=role if not s.role else f"{role}, {s.role}")
        if not (s.role or "").lower().startswith(role)
        else s
        for s in people.speakers
    ]
    return People(speakers=speakers, organisations=list(people.organisations))
