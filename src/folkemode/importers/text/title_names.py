"""People a title names without a marker: "Tale fra partileder Name", "Name om …".

A title that names its speaker without "v/" or "ved" does so in a few forms:
a job title before a name ("Statsråd Name. Politisk debatt", "kommunalsjefene
A og B"), a name opening the title or a sentence of it ("Name om Grønland",
"Name (role) byder velkommen"), a name then a comma and a job title, or a
verb then a name ("byder Name velkommen"). These are the shapes of names,
read word by word; :meth:`.people.PeopleReader.split_title` decides which
title is read so.

>>> from folkemode.importers.text.names import NameWords
>>> from folkemode.importers.text.parts import PartReader
>>> from folkemode.importers.text.speaker_words import SpeakerWords
>>> from folkemode.importers.text.vocabulary import Lexicon
>>> words = NameWords(Lexicon.build())
>>> vocab = SpeakerWords(Lexicon.build(), words)
>>> titles = TitleNames(words, vocab, PartReader(words, vocab))
>>> [s.name for s in titles.role_names("Tale fra partileder Sigrun Haugvik".split())]
['Sigrun Haugvik']
"""

from __future__ import annotations

import re

from folkemode.importers.text.names import (
    EDGE,
    INITIAL_WORD,
    NAME_WORD,
    NOT_NAME_WORD,
    PARTICLE_WORD,
    PLACE_WORD,
    NameWords,
)
from folkemode.importers.text.parts import NAME_END, PartReader
from folkemode.importers.text.speaker_words import SpeakerWords
from folkemode.model import Speaker

__all__ = ["TitleNames"]

# A party after a name, as one token: "(H)", "(Ap)", "(SF),", "(KrF)."
_PARTY = re.compile(r"\([A-ZÆØÅ][\wæøå]{0,5}\)")


class TitleNames:
    """The readings of names in a title, with one text's words."""

    def __init__(self, words: NameWords, vocab: SpeakerWords, parts: PartReader) -> None:
        self.vocab = vocab
        self.parts = parts
        self.words = words
        self.kinds = words.kinds  # (looked up for every token: kept at hand)
        self.role_answers = words.role_answers

    def after_verb(self, tokens: list[str]) -> list[Speaker]:
        """ "byder Kim Johansen velkommen", "holder Dan Jensen (S), minister, tale": an item
        written as a sentence after its time ("Kl. 13.45 holder …"), the verb first, then
        who does it; nobody when the first word is no verb of one word or no name follows."""
        first = tokens[0]
        if not (first[:1].islower() and first.isalpha()) or first in self.vocab.glue:
            return []
        found = self.title_name(tokens, 1)
        if found is None or found[1] >= len(tokens):
            return []  # "… ved Name" at the very end is a marker's, read before this
        return [Speaker(name=found[0])]

    def two_name_words(self, tokens: list[str]) -> bool:
        """Whether two tokens in a row could open a name as :meth:`title_name` reads one.

        Its first word is a name or an initial as written; the second an initial,
        or a name or a particle once the punctuation after it is dropped. Most
        titles have no such pair, and then no name to find.
        """
        kinds = self.kinds
        opens = 0  # may the previous token be a name's first word?
        for token in tokens:
            bits = kinds[token]
            if opens and (
                bits & INITIAL_WORD or kinds[token.rstrip(NAME_END)] & (NAME_WORD | PARTICLE_WORD)
            ):
                return True
            opens = bits & (NAME_WORD | INITIAL_WORD)  # nonzero: may open a name
        return False

    def role_names(self, tokens: list[str]) -> list[Speaker]:
        """ "Statsråd Name", "AUFs leder Name", "leder av kvinnenettverket Name": role, name."""
        speakers: list[Speaker] = []
        roles = self.role_answers  # is_role_word's own answers, looked up without the call
        index = 0
        while index < len(tokens):
            token = tokens[index]
            known = roles.get(token)
            # "Billedhugger, Laila Westergaard fortæller …": the job title, a comma, the name
            opening = index == 0 and token.endswith(",") and len(token) > 2
            if (
                (token[-1:] not in NAME_END or opening)
                and (known if known is not None else self.words.is_role_word(token))
                and not self.words.is_performer_word(token)
            ):
                found = self._name_after_role(tokens, index + 1)
                if found is not None:
                    name, end = found
                    # a title in the plural is all the names' and no one's own
                    title = None if self.words.is_plural_role_word(token) else token.strip(EDGE)
                    if name not in {s.name for s in speakers}:
                        speakers.append(Speaker(name=name, role=title))
                    # "kommunalsjefene Anne Berg og Tor Vik": one role before both names,
                    # each perhaps with a party ("Henrik Asheim (H) og Tuva Moflag (Ap)")
                    if end < len(tokens) and _PARTY.fullmatch(tokens[end]):
                        end += 1
                    while (
                        end + 1 < len(tokens)
                        and tokens[end].lower() in self.vocab.plain_joins
                        and tokens[end - 1][-1:] not in NAME_END
                    ):
                        second = self.title_name(tokens, end + 1)
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
            at_body = skip > start and tokens[skip - 1].lower() in self.vocab.role_glue
            found = self.title_name(tokens, skip)
            if found is not None:
                if at_body:
                    # "leder for Ældre Sagen": a body after the preposition; but in
                    # "ordførar i Ulvik Per Olav Dale" a word the text names as a place
                    if self.kinds[tokens[skip]] & PLACE_WORD:
                        return self.title_name(tokens, skip + 1)
                    return self._name_after_body(tokens, skip)
                return found
            token = tokens[skip]
            if at_body and token[:1].isupper():
                return self._name_after_body(tokens, skip)
            bare = token.strip(EDGE)
            if token[-1:] in NAME_END or not bare:
                return None
            if not (
                bare.lower() in self.vocab.glue
                or bare.lower() in self.vocab.role_glue
                or self.words.is_role_word(bare)
                or self.words.is_org_word(bare)
                or (bare[:1].islower() and skip > start)
            ):
                return None
        return None

    def _name_after_body(self, tokens: list[str], start: int) -> tuple[str, int] | None:
        """ "Formand for Guldborgsund Frivilligcenter Jan Riis": a body's name that ends
        in a word of bodies ("-center", "Kommune"), then a person's; None without one."""
        for end in range(start + 1, min(start + 5, len(tokens) - 1)):
            word = tokens[end]
            if not word[:1].isupper() or word[-1:] in NAME_END:
                return None
            if self.words.is_org_word(word):
                return self.title_name(tokens, end + 1)
        return None

    def title_name(self, tokens: list[str], start: int) -> tuple[str, int] | None:
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
            bare = token.rstrip(NAME_END)
            bits = kinds[bare]
            particle = bits & PARTICLE_WORD and bare.lower() not in self.vocab.by_markers
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
        stopped = tokens[end - 1][-1:] in NAME_END
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
        owned = following
        if following[:1] == "(" and following[-1:] == ")" and end + 1 < len(tokens):
            # "Formand Name Christensens (ABC) mundtlige beretning": the short form in
            # brackets stands between the genitive and what it owns
            owned = tokens[end + 1]
        if (
            not stopped
            and last.endswith("s")
            and not last.endswith("ss")
            and len(last) > 4
            and self._owned_word(owned)
        ):
            base = " ".join([*words[:-1], last[:-1]])
            if self.words.is_person_name(base):
                return base, end
        name = " ".join(words)
        if self.words.is_person_name(name):
            return name, end
        return None

    def _owned_word(self, word: str) -> bool:
        """ "tale", "velkomsthilsen", "beretning": what a genitive name owns in a title.

        Besides the talks and greetings the vocabulary knows, any lower-case word
        that is no small word of a sentence ("om", "og", "med", "i") and no job
        title: "Lone Vestergaards beretning", "Kari Nordmanns oppsummering".
        """
        lowered = word.lower().strip(EDGE)
        if lowered in self.vocab.owned or any(
            lowered.endswith(w) for w in ("tale", "hilsen", "helsing", "innlegg", "oplæg")
        ):
            return True
        return (
            len(lowered) > 4
            and word[:1].islower()
            and lowered.isalpha()
            and lowered not in self.vocab.glue
            and lowered not in self.vocab.small_words
            and not self.words.is_role_word(lowered)
        )

    def names_before_roles(self, tokens: list[str]) -> list[Speaker]:
        """ "Leders tale Name, leder av Venstre": a name followed by a comma and a job title."""
        for start in range(1, len(tokens) - 2):
            if not self.kinds[tokens[start]] & NAME_WORD or tokens[start - 1][-1:] == ",":
                continue
            found = self.title_name(tokens, start)
            if found is None or found[1] >= len(tokens) or not tokens[found[1] - 1].endswith(","):
                continue
            if self.parts.starts_role(tokens, found[1]):
                return [Speaker(name=found[0])]
        return []

    def leading_names(self, tokens: list[str]) -> list[Speaker]:
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
                or before.lower() in self.vocab.list_markers
            ):
                continue
            found = self.title_name(tokens, start)
            if found is None or found[1] >= len(tokens):
                continue
            name, end = found
            speakers.append(Speaker(name=name))
            if (
                tokens[end].lower() in self.vocab.plain_joins
                and tokens[end - 1][-1:] not in NAME_END
            ):
                second = self.title_name(tokens, end + 1)
                if second is not None and second[1] < len(tokens):
                    speakers.append(Speaker(name=second[0]))
            break
        return speakers
