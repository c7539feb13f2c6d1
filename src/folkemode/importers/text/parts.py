"""The parts of a speaker specification, and what each part is.

"Name, role, Organisation og Name" is split at commas and and-words (not in
"trafik-, bolig- og …", not where "og" joins words of a role), and each part
is read as a person (a run of capitalised names, perhaps after a job title),
a role, an organisation, or words that name nobody.

>>> from folkemode.importers.text.names import NameWords
>>> from folkemode.importers.text.speaker_words import SpeakerWords
>>> from folkemode.importers.text.vocabulary import Lexicon
>>> words = NameWords(Lexicon.build())
>>> parts = PartReader(words, SpeakerWords(Lexicon.build(), words))
>>> parts.split("borgmester Ida Holm, Hedeby Kommune og Bo Lind")
[('', 'borgmester Ida Holm'), (',', 'Hedeby Kommune'), ('og', 'Bo Lind')]
>>> parts.read("borgmester Ida Holm")
Part(kind='person', text='Ida Holm', role='borgmester', extra=None)
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

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
from folkemode.importers.text.speaker_words import SpeakerWords

__all__ = ["NAME_END", "UNREAD", "Part", "PartReader", "trimmed"]

# A bracket's text with a comma in it, and what stands for that comma while parts are cut.
_IN_BRACKETS = re.compile(r"\([^()]*,[^()]*\)")
_KEPT_COMMA = "\x00"

# Prepositions between a person and their body: "Name fra Hedeby Avis", "Name i KS".
# Characters that end a name in a title: "Statsråd Name. Politisk debatt", "Name: Tittel".
NAME_END = ".,:;!?"


@functools.lru_cache(maxsize=256)
def _glue(separator: str, plain: frozenset[str]) -> tuple[bool, str]:
    """Whether ``separator`` is a plain and-word ("og", "och", "&") alone, and its glue.

    The glue is the separator stripped and lowered; ", og" joins like "og".
    (Few separators are written: each is worked out once.)
    """
    bare = separator.strip(" ,") if "," in separator else ""
    return separator.strip().lower() in plain, (bare or separator).strip().lower()


def _comma_parts(spec: str, plain: frozenset[str]) -> list[tuple[str, str]]:
    """:meth:`PartReader.split` of a text whose only separators are commas, in one pass.

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


def trimmed(text: str) -> str:
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


class Part(NamedTuple):
    """One part's reading (a tuple: made quickly, and never changed)."""

    kind: str  # "person", "role", "org"
    text: str
    role: str | None = None
    extra: str | None = None


# What :attr:`PartReader.cache` gives for a part not read yet (None is a reading).
UNREAD = Part("unread", "")
# What a word at the head of a part is (PartReader._lead): a job title, or a modifier.
_ROLE_LEAD = 2
_MODIFIER_LEAD = 1


class PartReader:
    """Splits specifications into parts and reads each part, with one text's words.

    Readings are kept per part (up to 20,000): the same parts come back on many lines.
    """

    def __init__(self, words: NameWords, vocab: SpeakerWords) -> None:
        self.vocab = vocab
        self.words = words
        self.kinds = words.kinds  # (looked up for every token: kept at hand)
        self.cache: dict[str, Part | None] = {}
        """Each part's reading, by its text (:data:`UNREAD` is what a lookup misses with)."""
        self._leads: dict[str, int] = {}

    def name_run(self, tokens: list[str], start: int) -> int:
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
            and self.words.is_org_word(tokens[end])
        ):
            end -= 1  # "Irene Jensen Bærum kommune": the place belongs to the body after it
        return end

    def read(self, part: str) -> Part | None:
        if part in self.cache:
            return self.cache[part]
        reading = self.read_uncached(part)
        if len(self.cache) < 20_000:
            self.cache[part] = reading
        return reading

    def read_uncached(self, part: str) -> Part | None:
        text = trimmed(part)
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
            end = self.name_run(tokens, position)
            name = " ".join(tokens[position:end])
            # after a job title, a surname that is also a place is still a surname
            if end > position and self.words.person_words(tokens[position:end], False):
                rest = tokens[end:]
                if (
                    len(rest) > 1
                    and rest[0] in self.vocab.body_prepositions
                    and rest[1][:1].isupper()
                ):
                    rest = rest[1:]  # "journalist Name fra Hedeby Avis": the body is Hedeby Avis
                tail = " ".join(rest) or None
                return Part("person", name, role=role, extra=tail)
            if end == position + 1 == len(tokens) and self.surname(tokens[position]):
                # "formand Hedin": after a job title a surname alone is the person.
                return Part("rolename", name, role=role, extra=text)
            # "leder av Salten Regionråd Petter Jørgen Pedersen": a role phrase, then the name.
            cut = self.trailing_name(tokens, position)
            if cut is not None:
                name = " ".join(tokens[cut:])
                return Part("rolename", name, role=" ".join(tokens[:cut]), extra=text)
            return Part("role", text)
        if text[0].islower():
            # "coach Kari Nordmann", "konst. redaktør Per Vold", "prof. em. Name": a title
            # the vocabulary does not know (or not in full), a few words before a whole
            # name, is a title; a modifier ("em.", "tidligere") goes with one, never alone
            cut = self.trailing_name(tokens, 1)
            if (
                cut is not None
                and cut <= 3
                and all(
                    t[:1].islower()
                    and t.rstrip(".").isalpha()
                    and t.lower() not in self.vocab.role_glue
                    and t.lower() not in self.vocab.particles
                    and not self.words.is_performer_word(t)  # "distriktsmusikar Name" plays
                    for t in tokens[:cut]
                )
                and not all(t.lower() in self.vocab.modifiers for t in tokens[:cut])
            ):
                return Part("person", " ".join(tokens[cut:]), role=" ".join(tokens[:cut]))
            if any(self.words.is_role_word(t) for t in tokens):
                found = self._described_role(tokens)
                return found if found is not None else Part("role", text)
            return Part("words", text)
        end = self.name_run(tokens, 0)
        name = " ".join(tokens[:end])
        if end == len(tokens) and self.words.is_person_words(name, tokens):
            return Part("person", name)
        if end < len(tokens) and tokens[end].endswith(".") and NAME_TOKEN.match(tokens[end][:-1]):
            return None  # "Name Surname. Next sentence": where the part ends is unclear
        if end >= 2 and self.words.is_person_name(name):
            tail = " ".join(tokens[end:])
            if tail.startswith("(") or tail[:1].isupper() or self.starts_role(tokens, end):
                # "Stian Berge leiar i hovudutvalet": the role after the name.
                return Part("person", name, extra=tail)
            if (
                end + 1 < len(tokens)
                and tokens[end] in self.vocab.body_prepositions
                and tokens[end + 1][:1].isupper()
            ):
                # "Kjell Erik Saure fra KS", "Marie Holm frå Dagbladet": the body after it
                return Part("person", name, extra=" ".join(tokens[end + 1 :]))
        # "Socialpolitisk arbejdsgruppe Ingelise Bech-Hansen": an organisation or
        # role, then a name at the end; every small word before it belongs to them.
        cut = self.trailing_name(tokens, 1)
        if (
            cut is not None
            and tokens[cut - 1][:1].islower()
            # "Velkomst ved moderator Name": a title, a marker, then who gives it
            and not any(t.lower() in self.vocab.markers for t in tokens[1:cut])
        ):
            prefix = tokens[:cut]
            if self.words.is_role_word(prefix[-1]) or all(
                t[:1].isupper()
                or self.words.is_org_word(t)
                or self.words.is_role_word(t)
                or t in self.vocab.glue
                for t in prefix
            ):
                name = " ".join(tokens[cut:])
                if any(self.words.is_org_word(t) for t in prefix):
                    return Part("person", name, extra=" ".join(prefix))
                if any(self.words.is_role_word(t) for t in prefix):
                    # "Samtalen ledes af journalist Name": the role is what follows "af"
                    by = [i for i, t in enumerate(prefix) if t.lower() in self.vocab.by_markers]
                    if by and by[-1] < len(prefix) - 1:
                        prefix = prefix[by[-1] + 1 :]
                    return Part("person", name, role=" ".join(prefix))
        if (
            2 <= len(tokens) <= 4
            and tokens[-2].endswith("s")
            and self.words.is_role_word(tokens[-1])
        ):
            return Part("role", text)  # "Socialdemokraternes formand": a body's, a title
        if (
            len(tokens) == 2
            and self.surname(tokens[0])
            and tokens[1].startswith("(")
            and tokens[1].endswith(")")
            and (self.words.is_role_word(tokens[1][1:-1]) or tokens[1][1:-1].isalpha())
            and tokens[1][1:2].islower()
        ):
            # "… og Scheel (godsejer)": a surname alone with a job title is a person
            return Part("person", tokens[0], role=tokens[1][1:-1])
        return Part("org", text)

    def _described_role(self, tokens: list[str]) -> Part | None:
        """ "næringspolitisk rådgiver Øystein Kjos i KS": a job title with a word or two
        before it the vocabulary does not know, then a whole name, then the rest."""
        for index in range(1, min(3, len(tokens) - 2)):
            if not self.words.is_role_word(tokens[index]):
                continue
            if not all(
                t[:1].islower()
                and t.isalpha()
                and t not in self.vocab.glue
                and t not in self.vocab.role_glue
                for t in tokens[:index]
            ):
                return None
            end = self.name_run(tokens, index + 1)
            if end - index > 2 and self.words.person_words(tokens[index + 1 : end], False):
                rest = tokens[end:]
                if rest and rest[0].lower() in self.vocab.role_glue:
                    rest = rest[1:]  # "i KS" is KS
                return Part(
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
        if self.words.is_role_word(token):
            lead = _ROLE_LEAD
        else:
            lead = _MODIFIER_LEAD if token.lower() in self.vocab.modifiers else 0
        if len(self._leads) < 50_000:
            self._leads[token] = lead
        return lead

    def surname(self, token: str) -> bool:
        """A single capitalised word that may be a person's surname (not a body or a title)."""
        # Name-shaped, and neither a word no name holds (a month, a body, a title) nor a place.
        return self.kinds[token] & (NAME_WORD | NOT_NAME_WORD | PLACE_WORD) == NAME_WORD

    def starts_role(self, tokens: list[str], start: int) -> bool:
        """True when a role ("leiar", "tidligere ordfører") starts at ``start``."""
        for token in tokens[start : start + 3]:
            if self.words.is_role_word(token):
                return True
            if token.lower() not in self.vocab.modifiers:
                return False
        return False

    def trailing_name(self, tokens: list[str], start: int) -> int | None:
        """Where the longest person's name ending the tokens starts, from ``start`` on."""
        kinds = self.kinds
        in_name = NAME_WORD | INITIAL_WORD | PARTICLE_WORD
        first = len(tokens)
        while first > start and kinds[tokens[first - 1]] & in_name:
            first -= 1
        for cut in range(first, len(tokens) - 1):
            if kinds[tokens[cut]] & NAME_WORD and self.words.is_person_name(" ".join(tokens[cut:])):
                # "formand for Ældre Sagen", "leiar i Noregs Mållag": a body, not a person.
                if cut > 0 and tokens[cut - 1].lower() in self.vocab.role_glue:
                    # "nestleder i Venstre Trine Skei Grande": one word the text names as a
                    # place ("i Venstre", "i Bergen"), then the person
                    rest = tokens[cut + 1 :]
                    if (
                        kinds[tokens[cut]] & PLACE_WORD
                        and len(rest) >= 2
                        and self.words.is_person_name(" ".join(rest))
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
        while position < len(tokens) - 1 and tokens[position].lower() in self.vocab.modifiers:
            position += 1
        return (
            self.words.is_role_word(tokens[position])
            and not any(
                self.words.is_person_name(" ".join(tokens[i : i + 2]))
                for i in range(1, len(tokens) - 1)
            )
            and self.trailing_name(tokens, 1) is None
        )

    def split(self, spec: str) -> list[tuple[str, str]]:
        """(separator before, part) pairs; commas and "og" after a hyphen do not split,
        nor a comma in brackets ("Anders Lade (generalsekretær, Røde Kors)").

        The separator comes stripped and lowered ("", ",", "og", "&" …), as
        :meth:`parse` compares it. One ``split`` call finds every separator
        (its group keeps them), the same places ``finditer`` would; a separator
        that does not split leaves its text in the part that goes on.
        """
        if "(" in spec and "," in spec:
            masked = _IN_BRACKETS.sub(lambda m: m.group(0).replace(",", _KEPT_COMMA), spec)
            if masked != spec:
                return [
                    (glue, part.replace(_KEPT_COMMA, ",")) for glue, part in self._split(masked)
                ]
        return self._split(spec)

    def _split(self, spec: str) -> list[tuple[str, str]]:
        lowered = spec.lower()
        comma = "," in spec
        # A joining word splits only as a word of its own, between spaces or after a
        # comma ("Andersen" holds "and", "Skovgaard" no word): the quick test for a
        # piece of one comes first, then the words between spaces and commas.
        joining = ("&" in spec or any(map(lowered.__contains__, self.vocab.split_hints))) and (
            not self.vocab.join_words.isdisjoint(
                lowered.replace(",", " ").split() if comma else lowered.split()
            )
        )
        if not joining and ";" not in spec:
            if comma:
                # Commas alone: no pattern needed (no joining word can match in it).
                return _comma_parts(spec, self.vocab.plain_joins)
            # One person, one body: without a comma, a semicolon or a joining word
            # there is no separator.
            return [("", spec)] if spec.strip(EDGE) else []
        chunks = self.vocab.split.split(spec)
        if len(chunks) == 1:
            return [("", spec)] if spec.strip(EDGE) else []
        pieces: list[tuple[str, str]] = []
        glue = ""
        before = chunks[0]
        for index in range(1, len(chunks), 2):
            separator, after = chunks[index], chunks[index + 1]
            joins, joined = _glue(separator, self.vocab.plain_joins)
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
