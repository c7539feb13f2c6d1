"""Which links exporters write: only http, https (and mailto on pages), always well-formed."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from folkemode.exporters._links import PAGE_SCHEMES, safe_url

# What the URL standard allows in a path, query or fragment ("%" only before two hex digits).
URL_PIECE = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*")


class TestSafeUrl:
    @pytest.mark.parametrize(
        ("given_url", "expected"),
        [
            ("https://www.kl.dk/okonomi", "https://www.kl.dk/okonomi"),
            ("HTTP://Example.dk/A?b=1&c=2#d", "http://Example.dk/A?b=1&c=2#d"),
            ("  https://example.dk/x  ", "https://example.dk/x"),
            ("https://example.dk/a b", "https://example.dk/a%20b"),
            ('https://example.dk/"><script>', "https://example.dk/%22%3E%3Cscript%3E"),
            ("https://example.dk/100%", "https://example.dk/100%25"),
            ("https://example.dk/50%25", "https://example.dk/50%25"),
            ("https://æble.dk/ø", "https://xn--ble-xla.dk/%C3%B8"),
            ("https://example.dk:8080/", "https://example.dk:8080/"),
        ],
    )
    def test_web_links_kept_and_tidied(self, given_url: str, expected: str) -> None:
        """http and https links are kept, with unsafe characters percent-encoded."""
        assert safe_url(given_url) == expected

    @pytest.mark.parametrize(
        "given_url",
        [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\x00javascript:alert(1)",
            " javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "www.kl.dk",
            "/relative/path",
            "https://",
            "https:///path-only",
            "https://exa mple.dk/",
            'https://a"b.dk/',
            "http://[::1",
            "",
            None,
        ],
    )
    def test_other_links_refused(self, given_url: str | None) -> None:
        """Scripts, other schemes, hostless and malformed URLs give None."""
        assert safe_url(given_url) is None

    def test_mailto_only_where_asked(self) -> None:
        """mailto: is a page link, not a JSON-LD url."""
        assert safe_url("mailto:lise@example.dk") is None
        assert safe_url("mailto:lise@example.dk", PAGE_SCHEMES) == "mailto:lise@example.dk"
        assert safe_url("mailto:", PAGE_SCHEMES) is None
        assert safe_url("mailto:a b@example.dk", PAGE_SCHEMES) == "mailto:a%20b@example.dk"

    @given(st.text())
    def test_any_text(self, text: str) -> None:
        """Whatever the text, the result is None or an http(s) URL the URL standard allows."""
        url = safe_url(text)
        if url is not None:
            assert url.startswith(("http://", "https://"))
            parts = urlsplit(url)
            for piece in (parts.path, parts.query, parts.fragment):
                assert URL_PIECE.fullmatch(piece), (url, piece)
