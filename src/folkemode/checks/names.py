"""When two spellings name one person, room or title: the keys the checks compare.

>>> person_key("Ida  HOLM"), person_key("Søren Kierkegård") == person_key("søren kierkegard")
('ida holm', False)
>>> person_key("José Álvarez") == person_key("jose alvarez")
True
>>> initial_key("I. Holm"), initial_key("Ida Marie Holm"), initial_key("Holm")
(('i', 'holm'), ('i', 'holm'), None)
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["initial_key", "is_initialled", "person_key", "place_key"]

_INITIAL = re.compile(r"\w\.?")
# Letters of their own in Danish and Norwegian, not an "a" with a ring.
_LETTERS = {"å": "å", "Å": "Å"}


def _unaccented(letter: str) -> str:
    decomposed = unicodedata.normalize("NFKD", letter)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """``name`` without case, extra spaces or accents ("é", "á"; "ø" and "å" are letters)."""
    if not name.isascii():
        name = "".join(_LETTERS.get(c) or _unaccented(c) for c in name)
    return " ".join(name.casefold().split())


@functools.lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """A room or stand without case or extra spaces: "Sal  A" and "sal a" are one room."""
    return " ".join(name.casefold().split())


@functools.lru_cache(maxsize=8192)
def initial_key(name: str) -> tuple[str, str] | None:
    """The first initial and the surname ("I. Holm" and "Ida Holm" give both ``('i', 'holm')``)."""
    words = person_key(name).replace(".", ". ").split()
    if len(words) < 2:
        return None
    return words[0][0], words[-1]


def is_initialled(name: str) -> bool:
    """True when the first name is an initial: "I. Holm", "I Holm"."""
    words = person_key(name).replace(".", ". ").split()
    return len(words) >= 2 and _INITIAL.fullmatch(words[0]) is not None
