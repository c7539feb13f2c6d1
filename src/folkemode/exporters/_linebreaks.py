"""Where the page's text may break: soft hyphens in long words, ``<wbr>`` in addresses.

The page asks for ``hyphens: auto`` in its own language, but a browser
hyphenates only where it has a dictionary for that language; elsewhere
``overflow-wrap`` breaks a word that does not fit at any letter, without a
hyphen ("Strategikonferanse" / "n" on a phone). So words long enough to need
a break (:data:`LONG_WORD` letters or more) get soft hyphens between their
syllables, found by the rule Danish and Norwegian share: one consonant
between two vowels starts the next syllable, of several consonants the last
one does, and two vowels that are not a diphthong belong to two syllables.
A browser breaks there with a hyphen, and shows nothing where it does not
break. Addresses get no hyphens, since a reader types them as they are:
``<wbr>`` lets them break after "@" and "//" and before dots, slashes and
the other separators, never inside a name.

>>> breakable("Strategikonferansen 2024")
'Stra\\xadte\\xadgi\\xadkon\\xadfe\\xadran\\xadsen 2024'
>>> print(breakable("ingrid.lie@example.no"))
ingrid.lie@<wbr>example<wbr>.no
>>> breakable("Kort tekst")
'Kort tekst'
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

__all__ = ["LONG_WORD", "SOFT_HYPHEN", "breakable", "needs_breaks", "syllables"]

SOFT_HYPHEN = "\u00ad"
#: Words this long get soft hyphens. Shorter ones fit a line of the page at any width
#: from 360 px up, and are left to the browser's own hyphenation.
LONG_WORD = 15
_LONG_TOKEN = re.compile(rf"\S{{{LONG_WORD},}}")
# Whether a text has a long token at all, in one pass: possessive, so it never backtracks
# (a search for _LONG_TOKEN tries again at every character, and most texts have none).
_HAS_LONG_TOKEN = re.compile(rf"\s*+(?:\S{{1,{LONG_WORD - 1}}}+\s++)*+\S{{{LONG_WORD}}}")
_LONG_LETTERS = re.compile(rf"[^\W\d_]{{{LONG_WORD},}}")
# A web or e-mail address, a path or a domain name ("example.no"): no hyphens in it.
_ADDRESS = re.compile(r"[@/]|\.[^\W\d_]")
# Break opportunities in an address: after "@" and "//", before the other separators.
_ADDRESS_BREAK = re.compile(r"(?<=@)(?=.)|(?<=//)(?=[^/])|(?<=[^/:.@])(?=[./?#&=_~%].)")
_WBR = Markup("<wbr>")

_VOWELS = frozenset("aeiouyæøåéèêëáàâäóòôöúùûüíìîï")
# Vowel pairs that are one sound: no syllable break between them.
_DIPHTHONGS = frozenset(
    {"ai", "au", "ei", "eu", "oi", "ou", "ui", "øy", "øi", "ay", "ey", "oy", "uy", "ie"}
    | {"aa", "ee", "ii", "oo", "uu", "yy", "ææ", "øø", "åå"}
)
# Consonants that make one sound and start a syllable together ("sta-sjon").
_ONSETS = ("skj", "sch", "sj", "kj", "tj", "gj", "ch", "ph", "th")
_EDGE = 3  # letters kept together at each end of a word


def syllables(word: str) -> list[int]:
    """Where ``word`` may be hyphenated: the indexes that start a new syllable.

    >>> word = "kommuneøkonomien"
    >>> "-".join(word[a:b] for a, b in zip([0, *syllables(word)], [*syllables(word), None]))
    'kom-mu-ne-øko-no-mien'
    """
    lower = word.lower()
    size = len(lower)
    points: list[int] = []
    vowel = [c in _VOWELS for c in lower]
    at = next((n for n, v in enumerate(vowel) if v), size)
    while at < size:
        following = at + 1
        while following < size and not vowel[following]:
            following += 1
        if following >= size:
            break
        if following == at + 1:
            cut = following if lower[at : following + 1] not in _DIPHTHONGS else None
        else:
            cut = following - 1
            for onset in _ONSETS:
                if lower.endswith(onset, at + 1, following):
                    cut = following - len(onset)
                    break
        # A syllable of one letter between two breaks ("ne-ø-ko") is no syllable.
        if (
            cut is not None
            and _EDGE <= cut <= size - _EDGE
            and (not points or cut - points[-1] > 1)
        ):
            points.append(cut)
        at = following
    return points


def _hyphenate(match: re.Match[str]) -> str:
    word = match.group()
    points = syllables(word)
    if not points:
        return word
    ends = [*points, len(word)]
    return SOFT_HYPHEN.join(word[a:b] for a, b in zip([0, *points], ends, strict=True))


def _address_parts(token: str) -> list[str]:
    """An address cut where it may break. The name before an e-mail's "@" is kept whole
    unless it is long itself: "kari.nordmann@" / "example.no", not "kari" / ".nordmann@…"."""
    at = token.find("@")
    if 0 < at < LONG_WORD:
        return [token[: at + 1], *_ADDRESS_BREAK.split(token[at + 1 :])]
    return _ADDRESS_BREAK.split(token)


def needs_breaks(text: str) -> bool:
    """Whether :func:`breakable` would change ``text``: whether it has a long word or address.

    One test over several texts joined by a line break is cheaper than one per text.
    """
    return len(text) >= LONG_WORD and _HAS_LONG_TOKEN.match(text) is not None


def breakable(text: str) -> str:
    """``text`` with soft hyphens in its long words and ``<wbr>`` in its long addresses.

    Plain text comes back as ``str`` (soft hyphens are characters, escaped
    like the rest); text with an address in it comes back as ``Markup``,
    already escaped, with its ``<wbr>`` elements.
    """
    if len(text) < LONG_WORD or _HAS_LONG_TOKEN.match(text) is None:
        return text
    pieces: list[str] = []
    marked = False
    last = 0
    for match in _LONG_TOKEN.finditer(text):
        token = match.group()
        if _ADDRESS.search(token) is None:
            continue
        pieces.append(_LONG_LETTERS.sub(_hyphenate, text[last : match.start()]))
        pieces.append(_WBR.join(escape(part) for part in _address_parts(token)))
        marked = True
        last = match.end()
    rest = _LONG_LETTERS.sub(_hyphenate, text[last:])
    if not marked:
        return rest
    return Markup("").join([*pieces, rest])
