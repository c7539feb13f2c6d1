"""Telling names apart: people, job titles, organisations, places.

There is no list of first names to lean on, so a person's name is recognised
by its shape — two to five capitalised words, with initials and particles
("von", "af") allowed inside — and by what it is not: no word of it is a job
title ("borgmester", "-direktør"), an organisation word ("kommune",
"-forening", "KS"), a month or weekday, a label, or a place the text names
elsewhere after "i", "på", "fra" ("v/ Digi Hallingdal" when the text also
says "i Hallingdal").

>>> words = NameWords(Lexicon.build())
>>> words.is_person_name("Stein-Are Hagen"), words.is_person_name("Aalborg Universitet")
(True, False)
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable

from folkemode.importers.text.vocabulary import Lexicon

__all__ = [
    "EDGE",
    "INITIAL",
    "INITIAL_WORD",
    "NAME_TOKEN",
    "NAME_WORD",
    "NOT_NAME_WORD",
    "PARTICLE_WORD",
    "PLACE_WORD",
    "NameWords",
    "TokenKinds",
]

# Capitals and small letters of the Nordic names a programme may list, Icelandic
# and Faroese ones ("Þorbjörn", "Guðrún") included.
_UPPER = "A-ZÆØÅÄÖÜÉÁÓÍÚÝÞÐ"
_LOWER = "a-zæøåäöüéèáóíúýñçðþêôûïë'’"
NAME_TOKEN = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*$")
INITIAL = re.compile(rf"[{_UPPER}]\.$")
_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,}[A-ZÆØÅ0-9'’&/-]*$")
EDGE = " ,.;:–—-()"

# What one token is, as bits of :meth:`NameWords.kind` (each test made once per
# distinct token of a read: the same first names and surnames come back on
# every line, while whole names rarely repeat).
NAME_WORD = 1  # shaped like a name: "Hansen", "Stein-Are" (NAME_TOKEN)
INITIAL_WORD = 2  # "A."
PARTICLE_WORD = 4  # a name particle, in any case: "von", "af"
NOT_NAME_WORD = 8  # name-shaped, yet no word of a person's name: a month, a label, a title
PLACE_WORD = 16  # one of the text's places
_KINDS_KEPT = 50_000  # tokens whose kind is remembered per reader


class TokenKinds(dict[str, int]):
    """The kind bits of tokens, each worked out on its first lookup.

    A dict, so the hot loops pay one subscript per token and no call.
    """

    def __init__(self, work_out: Callable[[str], int]) -> None:
        super().__init__()
        # Held weakly: the reader owns its kinds, and a bound method held here would
        # make a cycle of the two that only the cyclic collector frees (with everything
        # the reader keeps) after each read.
        self._work_out = weakref.WeakMethod(work_out)

    def __missing__(self, token: str) -> int:
        work_out = self._work_out()
        assert work_out is not None, "a reader's token kinds outlived it"
        kind = work_out(token)
        if len(self) < _KINDS_KEPT:
            self[token] = kind
        return kind


# (and their genitives, which open a body's name: "Norges Bondelag", "Danmarks Radio")
_COUNTRIES = frozenset(
    {"danmark", "norge", "sverige", "norden", "europa", "grønland", "færøerne", "island"}
    | {"danmarks", "norges", "sveriges", "nordens", "europas", "grønlands", "færøernes"}
)
_ORG_ADJECTIVES = frozenset(
    {
        "danske",
        "dansk",
        "norsk",
        "norske",
        "nordisk",
        "nordiske",
        "kommunal",
        "kommunale",
        "kommunalt",
        "regional",
        "nasjonal",
        "national",
        "statens",
        "fylkets",
        "kongelige",
        "europæisk",
        "europeisk",
    }
)


# Endings of the definite form of a job title: "lederen", "forfattaren", "formanden".
_DEFINITE = ("en", "n")
# Endings of its plural, indefinite and definite, longest first: "borgmestrene",
# "ordførarane", "ordførere", "folketingsmedlemmerne" (the "m" of "medlemmer" doubled).
_PLURAL = ("erne", "arne", "ene", "ane", "er", "ar", "ne", "e")

_LABELS = (
    "speaker_labels",
    "label_time",
    "label_venue",
    "label_price",
    "label_deadline",
    "label_registration",
    "label_organiser",
    "label_contact",
    "label_description",
    "label_published",
    "label_mail",
    "label_subject",
    "label_practical",
    "closings",
    "greetings",
)


# Kinds whose words open an item and are never a name: "v/ Name Oplæg om …"
_ITEM_KINDS = (
    "kind_break",
    "kind_meal",
    "kind_plenary",
    "kind_talk",
    "kind_debate",
    "kind_workshop",
    "kind_group_work",
)

_Groups = tuple[tuple[int, tuple[str, ...]], ...]


class _Endings:
    """Word endings ("-direktør", "-forening"), looked up by a word's last letter.

    A word is tried only against the endings with its last letter, a few
    ``str.endswith`` calls on tuples of them rather than a slice and a set lookup
    for every length of ending. An ending of four letters or fewer needs a word
    ``short_extra`` letters longer ("ungdomsråd" ends in "-råd"; a word of five letters
    is too short for that ending).
    """

    __slots__ = ("_blank", "_by_last")

    def __init__(self, endings: frozenset[str], short_extra: int) -> None:
        def groups(words: list[str]) -> _Groups:
            # (the least length of a word, the endings that need it); 0 when the
            # ending's own length is enough, as ``endswith`` tests it already
            needs: dict[int, list[str]] = {}
            for ending in words:
                size = len(ending)
                need = size + short_extra if size <= 4 and short_extra else 0
                needs.setdefault(need, []).append(ending)
            return tuple((need, tuple(sorted(ws))) for need, ws in sorted(needs.items()))

        # An empty ending (which no vocabulary has) would end every word.
        blank: list[str] = [e for e in endings if not e]
        by_last: dict[str, list[str]] = {}
        for ending in endings:
            if ending:
                by_last.setdefault(ending[-1], []).append(ending)
        self._blank = groups(blank)
        self._by_last = {last: groups(ws + blank) for last, ws in by_last.items()}

    def ends(self, word: str) -> bool:
        """True when ``word`` ends with one of the endings (a short one needs a longer word)."""
        size = len(word)
        for need, group in self._by_last.get(word[-1:], self._blank):
            if size >= need and word.endswith(group):
                return True
        return False


class NameWords:
    """The word tests of one vocabulary and the places of one text."""

    def __init__(self, lexicon: Lexicon, places: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.places = places
        self._role_words = lexicon.words("role_words")
        self._role_suffixes = _Endings(lexicon.words("role_suffixes"), 0)
        self._role_cache: dict[str, bool] = {}
        self._plural_cache: dict[str, bool] = {}
        self.role_answers = self._role_cache
        """:meth:`is_role_word`'s answers so far, by word, for loops that look up first."""
        self._org_cache: dict[str, bool] = {}
        self._person_cache: dict[str, bool] = {}
        self._performer_cache: dict[str, bool] = {}
        self.performer_answers = self._performer_cache
        """:meth:`is_performer_word`'s answers so far, by word."""
        self.kinds = TokenKinds(self._kind)
        self.modifiers = lexicon.words("role_modifiers")
        """Words before a job title ("tidligere", "daglig")."""
        self._org_words = lexicon.words("org_words") | _COUNTRIES | _ORG_ADJECTIVES
        self._org_suffixes = _Endings(lexicon.words("org_suffixes"), 3)
        self.particles = lexicon.words("name_particles")
        """Small words inside people's names ("von", "af")."""
        self._performer_words = _Endings(lexicon.words("performer_words"), 3)
        # Wide month and weekday names; "Tor", "Jan" and "Mai" are first names too.
        self._not_names = (
            {w for w in (*lexicon.months, *lexicon.weekdays) if len(w) >= 5 and "." not in w}
            | lexicon.words("program_words")
            | lexicon.words("event_words")
            | lexicon.words("item_words")
            | {w for k in _ITEM_KINDS for w in lexicon.words(k) if " " not in w}
            | {w for k in _LABELS for w in lexicon.words(k) if " " not in w}
        )

    def kind(self, token: str) -> int:
        """The ``*_WORD`` bits that hold for ``token`` (one word of ``str.split``)."""
        return self.kinds[token]

    def _kind(self, token: str) -> int:
        lowered = token.lower()
        kind = 0
        if NAME_TOKEN.match(token):
            kind |= NAME_WORD
            if lowered in self._not_names or self.is_org_word(token) or self.is_role_word(token):
                kind |= NOT_NAME_WORD
        elif INITIAL.match(token):
            kind |= INITIAL_WORD
        if lowered in self.particles:
            kind |= PARTICLE_WORD
        if lowered in self.places:
            kind |= PLACE_WORD
        return kind

    def is_role_word(self, word: str) -> bool:
        """A job title or role: "borgmester", "Sundhedschef", "forhandlingsleder"."""
        known = self._role_cache.get(word)
        if known is None:
            lowered = word.lower().strip(EDGE)
            known = self._role(lowered)
            if not known and len(lowered) > 6 and lowered.endswith(_DEFINITE):
                # The definite form: "Forfattaren", "borgmesteren", "formanden".
                known = any(
                    self._role(lowered[: -len(e)]) for e in _DEFINITE if lowered.endswith(e)
                )
            if not known and "-" in lowered[1:-1]:
                # "UiB-rektor", "KS-direktør": a body's short name joined to the title
                known = self._role(lowered.rsplit("-", 1)[1])
            if not known:
                known = self.is_plural_role_word(word)
            self._role_cache[word] = known
        return known

    def is_plural_role_word(self, word: str) -> bool:
        """A job title in the plural, "Folketingsmedlemmerne", "ordførarane": no one's role.

        It is a role word too (:meth:`is_role_word`); a name after it is a
        person's, but the title is all the listed people's.
        """
        known = self._plural_cache.get(word)
        if known is None:
            lowered = word.lower().strip(EDGE)
            known = len(lowered) > 7 and not self._role(lowered) and self._plural_role(lowered)
            self._plural_cache[word] = known
        return known

    def _role(self, lowered: str) -> bool:
        return lowered in self._role_words or self._role_suffixes.ends(lowered)

    def _plural_role(self, lowered: str) -> bool:
        """A job title in the plural: "Folketingsmedlemmerne", "ordførarane", "lederne"."""
        for ending in _PLURAL:
            if lowered.endswith(ending):
                stem = lowered[: -len(ending)]
                if len(stem) >= 5 and (
                    self._role(stem) or (stem[-1] == stem[-2] and self._role(stem[:-1]))
                ):
                    return True
        return False

    def is_performer_word(self, word: str) -> bool:
        """A performer or performance ("distriktsmusikar", "Kulturelt innslag"): no speaker."""
        known = self._performer_cache.get(word)
        if known is None:
            known = self._performer_words.ends(word.lower().strip(EDGE))
            self._performer_cache[word] = known
        return known

    def is_org_word(self, word: str) -> bool:
        """A word that makes a name an organisation: "kommune", "Naturfredningsforening", "KS"."""
        known = self._org_cache.get(word)
        if known is None:
            stripped = word.strip(EDGE)
            lowered = stripped.lower()
            known = (
                lowered in self._org_words
                or (_ACRONYM.match(stripped) is not None and len(stripped) <= 8)
                or self._org_suffixes.ends(lowered)
            )
            self._org_cache[word] = known
        return known

    def is_person_name(self, name: str) -> bool:
        """Two to five capitalised names, none of them a title, an organisation or a place.

        >>> NameWords(Lexicon.build()).is_person_name("Stein-Are Hagen")
        True
        """
        # The same names come back (a speaker on many sessions, the audit's runs).
        known = self._person_cache.get(name)
        if known is None:
            known = self._person_cache[name] = self._is_person_name(name)
        return known

    def is_person_name_anywhere(self, name: str) -> bool:
        """Like :meth:`is_person_name`, but a surname may be one of the text's places.

        For a name read in a person's context ("v/ Søren Ærø, borgmester"),
        where a place of the same name elsewhere in the text says nothing.
        """
        return self._is_person_name(name, places=False)

    def is_person_words(self, name: str, words: list[str]) -> bool:
        """:meth:`is_person_name` of ``name``, whose ``str.split`` is ``words`` already.

        For a caller that has the words: they are not split again, and the same
        word objects are looked up (their hashes are known).
        """
        known = self._person_cache.get(name)
        if known is None:
            known = self._person_cache[name] = self.person_words(words, True)
        return known

    def _is_person_name(self, name: str, *, places: bool = True) -> bool:
        return self.person_words(name.split(), places)

    def person_words(self, tokens: list[str], places: bool) -> bool:
        """:meth:`is_person_name` of a name given as its words; with ``places`` False a
        surname may be one of the text's places (read where a person is expected)."""
        size = len(tokens)
        if not 2 <= size <= 5:
            return False
        first = tokens[0]
        if first.endswith(("ernes", "enes", "ets")) or (len(first) >= 9 and first.endswith("ens")):
            return False  # a definite genitive: "Ungdommens Trafikråd", "Fylkets ungdomsråd"
        if len(first) >= 10 and first.endswith(("et", "en")):
            return False  # a long noun, definite: "Kommunestyret Nordby", "Fylkestinget …"
        last = tokens[-1]
        if last.endswith("s") and len(last) > 5 and self.is_org_word(last[:-1]):
            return False  # a body's genitive: "Hvidovre Kommunes handicappolitik"
        found = list(map(self.kinds.__getitem__, tokens))
        if found.count(NAME_WORD) == size:
            return True  # names and nothing else (no initial, particle or place): most names
        if (found[0] | found[-1]) & PARTICLE_WORD:
            return False
        for index, bits in enumerate(found):
            if bits & PARTICLE_WORD and 0 < index < size - 1:
                continue
            if bits & INITIAL_WORD and index < size - 1:
                continue
            if bits & (NAME_WORD | NOT_NAME_WORD) != NAME_WORD:
                return False  # not name-shaped, or a month, organisation or job title
            if places and index > 0 and bits & PLACE_WORD:
                return False
        return True
