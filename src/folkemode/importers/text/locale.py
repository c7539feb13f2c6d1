"""Telling Danish, Bokmål and Nynorsk apart.

Each locale's vocabulary table has ``markers``: words typical of that
written language ("af", "efter", "bliver" in Danish; "av", "etter", "blir"
in Norwegian; "ikkje", "korleis", "frå" in Nynorsk). Danish is weighed
against both Norwegian standards first, then Bokmål against Nynorsk, each
by the words only one side uses.

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
_SAMPLE = 60_000


def detect_locale(text: str, lexicon: Lexicon) -> str:
    """ "da", "nb" or "nn" for ``text`` (Danish when there is no evidence)."""
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
    for word in _WORDS.findall(text[:_SAMPLE].lower()):
        if word in only_da:
            counts["da"] += 1
        elif word in only_no:
            counts["no"] += 1
            if word in only_nb:
                counts["nb"] += 1
            elif word in only_nn:
                counts["nn"] += 1
    if counts["da"] >= counts["no"]:
        return "da"
    return "nn" if counts["nn"] > counts["nb"] else "nb"
