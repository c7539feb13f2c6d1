"""What sort of session a title names: break, meal, registration, meeting, ...

The first word of the title that the vocabulary knows decides ("Lunsj og
mingling" is a meal, "Innsjekk og kaffe" registration). Compound words are
read by their last part, as Danish and Norwegian build them: "kaffepause" is
a break and "valgkampdebatt" a debate, unless the whole word is known
("frokostpause" is a meal). A plugin can decide first through the
``text_session_kind`` hook.

>>> kinds = KindClassifier(Lexicon.build())
>>> [kinds.classify(t).value for t in ("Frokostpause", "Kaffi og frukt", "Valgkampdebatt", "Klima")]
['meal', 'break', 'debate', 'other']
"""

from __future__ import annotations

from collections.abc import Callable

from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import SessionKind

__all__ = ["KindClassifier"]

_CATEGORY_KINDS: tuple[tuple[str, SessionKind], ...] = (
    ("kind_meeting", SessionKind.MEETING),
    ("kind_registration", SessionKind.REGISTRATION),
    ("kind_meal", SessionKind.MEAL),
    ("kind_break", SessionKind.BREAK),
    ("kind_group_work", SessionKind.GROUP_WORK),
    ("kind_workshop", SessionKind.WORKSHOP),
    ("kind_social", SessionKind.SOCIAL),
    ("kind_debate", SessionKind.DEBATE),
    ("kind_talk", SessionKind.TALK),
    ("kind_plenary", SessionKind.PLENARY),
)
_STRIP = " ,.;:!?()[]«»\"'–—-/"

PluginKind = Callable[[str], SessionKind | None]


class KindClassifier:
    """Classifies session titles with one vocabulary (and, optionally, plugins)."""

    def __init__(self, lexicon: Lexicon, plugin: PluginKind | None = None) -> None:
        self._exact: dict[str, SessionKind] = {}
        for category, kind in _CATEGORY_KINDS:
            for word in lexicon.words(category):
                self._exact.setdefault(word, kind)
        heads: dict[int, dict[str, SessionKind]] = {}
        for word in lexicon.words("kind_heads"):
            if word in self._exact:
                heads.setdefault(len(word), {})[word] = self._exact[word]
        # Longest heads first, each length one dictionary lookup.
        self._heads = tuple(sorted(heads.items(), reverse=True))
        self._plugin = plugin

    def classify(self, title: str, default: SessionKind = SessionKind.OTHER) -> SessionKind:
        """The kind of the session called ``title``."""
        if self._plugin is not None:
            chosen = self._plugin(title)
            if chosen is not None:
                return chosen
        tokens = [t.strip(_STRIP) for t in title.lower().split()[:12]]
        tokens = [t for t in tokens if t]
        for token in tokens:
            kind = self._exact.get(token)
            if kind is not None:
                return kind
        for token in tokens:
            size = len(token)
            for length, heads in self._heads:
                if size > length + 2:
                    kind = heads.get(token[size - length :])
                    if kind is not None:
                        return kind
        return default
