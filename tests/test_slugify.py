"""slugify: Nordic letters spelt out, other accents dropped, everything else a hyphen."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from folkemode.model import slugify

NORDIC = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", "ß": "ss"}


def spelt_out(text: str, max_length: int = 60) -> str:
    """What slugify promises, written plainly: one character at a time."""
    text = "".join(NORDIC.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "x"


class TestSlugify:
    @settings(max_examples=500)
    @given(st.text(st.sampled_from("æøåÆØÅßéüÿŁǄ aZ09-_!\u0301\u00a0") | st.characters()))
    def test_any_text(self, text: str) -> None:
        """Any text gives the slug spelt out character by character."""
        assert slugify(text) == spelt_out(text)

    def test_examples(self) -> None:
        """Names people write, with and without Nordic letters and accents."""
        assert slugify("Søren Ørsted, Ærø") == "soeren-oersted-aeroe"
        assert slugify("Café Åbenrå – ß") == "cafe-aabenraa-ss"
        assert slugify("Taler 12-1") == "taler-12-1"
        assert slugify("!!!") == "x"
