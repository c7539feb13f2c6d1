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
        # The heads a token of each size can end with (shorter than it by three or more),
        # in the same longest-first order: no loop over the lengths that cannot fit.
        longest = max((length for length, _ in self._heads), default=0)
        self._heads_for = [
            tuple((n, h) for n, h in self._heads if size > n + 2) for size in range(longest + 3)
        ]
        self._plugin = plugin
        # Titles repeat ("Pause", "Frokost"): the vocabulary's answer per title, None if unknown.
        self._known: dict[str, SessionKind | None] = {}
        # Words repeat far more than titles: what each gives, by the word as written.
        self._words: dict[str, tuple[SessionKind | None, SessionKind | None]] = {}

    def classify(self, title: str, default: SessionKind = SessionKind.OTHER) -> SessionKind:
        """The kind of the session called ``title``."""
        if self._plugin is not None:
            chosen = self._plugin(title)
            if chosen is not None:
                return chosen
        # ``in``, not ``[]`` in a ``try``: most titles are new, and a KeyError raised
        # for each would cost more than the lookup.
        known = self._known
        if title in known:
            kind = known[title]
        else:
            kind = known[title] = self._lookup(title)
        return default if kind is None else kind

    def is_debate_word(self, word: str) -> bool:
        """A debate's word, also in its definite form: "Debatten", "Samtalen", "Panelet"."""
        lowered = word.lower().strip(_STRIP)
        forms = {lowered}
        for ending in ("en", "et", "n", "t", "a"):
            if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
                stem = lowered[: -len(ending)]
                forms.add(stem)
                if stem[-1] == stem[-2]:
                    forms.add(stem[:-1])  # "debatten": "debatt", "debat"
        return any(self._exact.get(form) is SessionKind.DEBATE for form in forms)

    def _lookup(self, title: str) -> SessionKind | None:
        """The kind the vocabulary gives ``title``, or None.

        A word known as a whole decides first, wherever it is; else the first
        word whose last part is known ("kaffepause").
        """
        words = self._words
        by_head: SessionKind | None = None
        # The words as written, each lowered once when first seen: the same as the
        # words of the lowered title (lowering makes no space and undoes none).
        for raw in title.split()[:12]:
            known = words.get(raw)
            if known is None:
                known = self._word(raw.lower())
                if len(words) < 50_000:
                    words[raw] = known
            exact, head = known
            if exact is not None:
                return exact
            if by_head is None:
                by_head = head
        return by_head

    def _word(self, raw: str) -> tuple[SessionKind | None, SessionKind | None]:
        """The kinds one lowered word gives, its punctuation gone: as a whole, by its end."""
        token = raw.strip(_STRIP)
        if not token:
            return None, None
        return self._exact.get(token), self._head_kind(token)

    def _head_kind(self, token: str) -> SessionKind | None:
        """The kind of the longest known head ``token`` ends with ("kaffepause": a break)."""
        size = len(token)
        fitting = self._heads_for
        for length, heads in fitting[size] if size < len(fitting) else self._heads:
            kind = heads.get(token[size - length :])
            if kind is not None:
                return kind
        return None
