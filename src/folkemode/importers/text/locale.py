"""Telling Danish, Bokmål, Nynorsk and the languages of plugins apart.

Each locale's vocabulary table has ``markers``: words typical of that
written language ("af", "efter", "bliver" in Danish; "av", "etter", "blir"
in Norwegian; "ikkje", "korleis", "frå" in Nynorsk). Danish is weighed
against both Norwegian standards first, then Bokmål against Nynorsk, each
by the words only one side uses. A language a plugin adds (its markers come
through the ``text_vocabulary`` hook) wins when more of the text's words
are its own than are the winner's.

>>> lex = Lexicon.build()
>>> detect_locale("Kva skal til for at unge vel å bu i distrikta? Korleis?", lex)
'nn'
>>> detect_locale("Vi ser på rollen som folkevalgt. Samlingen blir over to dager.", lex)
'nb'
"""

from __future__ import annotations

import re

from folkemode.importers.text.vocabulary import Lexicon

__all__ = ["detect_locale"]

_WORDS = re.compile(r"[a-zæøåäöüéèò'-]+")
# Web and mail addresses, whose parts are no words: "kommune.no" holds no Nynorsk "no".
_ADDRESS = re.compile(r"@|://|www\.|[a-z0-9]\.(?:no|dk|se|com|org|net)\b")
_SAMPLE = 60_000


_BUILT_IN = ("da", "nb", "nn")


def detect_locale(text: str, lexicon: Lexicon) -> str:
    """ "da", "nb", "nn" or a plugin's locale for ``text`` (Danish when there is no evidence)."""
    sample = text[:_SAMPLE].lower()
    if _ADDRESS.search(sample) is not None:
        sample = " ".join(t for t in sample.split() if _ADDRESS.search(t) is None)
    words = _WORDS.findall(sample)
    built_in, evidence = _nordic(words, lexicon)
    others = {k: v for k, v in lexicon.by_locale.items() if k not in _BUILT_IN}
    if not others:
        return built_in
    best, most = built_in, evidence
    for locale, own in others.items():
        # Only the words no other locale has count for a plugin's language.
        theirs = frozenset().union(*(v for k, v in lexicon.by_locale.items() if k != locale))
        count = sum(1 for word in words if word in own and word not in theirs)
        if count > most:
            best, most = locale, count
    return best


def _nordic(words: list[str], lexicon: Lexicon) -> tuple[str, int]:
    """Danish, Bokmål or Nynorsk, with the count of marker words that decided it."""
    markers = lexicon.by_locale
    danish = markers.get("da", frozenset())
    bokmaal = markers.get("nb", frozenset())
    nynorsk = markers.get("nn", frozenset())
    norwegian = bokmaal | nynorsk
    only_da = danish - norwegian
    only_no = norwegian - danish
    only_nb = bokmaal - nynorsk
    only_nn = nynorsk - bokmaal
    counts = {"da": 0, "no": 0, "nb": 0, "nn": 0}
    for word in words:
        if word in only_da:
            counts["da"] += 1
        elif word in only_no:
            counts["no"] += 1
            if word in only_nb:
                counts["nb"] += 1
            elif word in only_nn:
                counts["nn"] += 1
    if counts["da"] >= counts["no"]:
        return "da", counts["da"]
    return ("nn" if counts["nn"] > counts["nb"] else "nb"), counts["no"]
