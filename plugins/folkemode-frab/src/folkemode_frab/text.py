"""Text and links as a frab schedule may carry them.

Programme text is untrusted: it may hold control characters (a form feed
from a PDF, a NUL from a broken export) that XML 1.0 cannot represent at all,
lone surrogates that cannot be written as UTF-8, and links that are not web
links. The same cleaning applies to the XML and the JSON output, so both say
the same thing.

>>> clean("Velkommen\\x0cog\\x00 dagens program\\r\\n")
'Velkommen\\nog dagens program\\n'
>>> web_url("https://www.kl.dk/økonomi nu")
'https://www.kl.dk/%C3%B8konomi%20nu'
>>> web_url("javascript:alert(1)") is None
True
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

__all__ = ["clean", "clean_optional", "web_url"]

# XML 1.0 allows tab, line feed and carriage return below U+0020, and neither
# surrogates nor U+FFFE/U+FFFF; vertical tab and form feed become line breaks.
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` with every character XML 1.0 forbids removed and line ends as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    return _NOT_XML.sub("", text)


def clean_optional(text: str | None) -> str | None:
    """Like :func:`clean`; ``None`` when nothing visible is left."""
    if text is None:
        return None
    cleaned = clean(text).strip()
    return cleaned or None


_WEB_SCHEMES = frozenset({"http", "https"})
_HOST = re.compile(r"[A-Za-z0-9.\-_~!$&'()*+,;=:@\[\]%]+")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Reserved and unreserved characters stay; spaces, quotes, angle brackets and
# non-ASCII letters are percent-encoded. A fragment cannot hold another "#".
_KEEP = "/:@!$&'()*+,;=%~-._?#[]"
_KEEP_IN_FRAGMENT = _KEEP.replace("#", "")


def web_url(value: str | None) -> str | None:
    """``value`` as a well-formed http(s) URL with a host, or ``None``.

    frab readers open these links in a browser, so other schemes
    (``javascript:``, ``file:``) are left out rather than passed on.
    """
    if not value:
        return None
    text = "".join(clean(value).split("\n")).strip()
    text = text.replace("\t", "")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _WEB_SCHEMES or not parts.hostname:
        return None
    netloc = _ascii_netloc(parts.netloc)
    if netloc is None:
        return None
    path, query = (
        quote(_STRAY_PERCENT.sub("%25", piece), safe=_KEEP) for piece in (parts.path, parts.query)
    )
    fragment = quote(_STRAY_PERCENT.sub("%25", parts.fragment), safe=_KEEP_IN_FRAGMENT)
    return urlunsplit((scheme, netloc, path, query, fragment))


def _ascii_netloc(netloc: str) -> str | None:
    """The authority in ASCII (IDNA for non-ASCII host names), or None if it is not one."""
    if not netloc.isascii():
        try:
            netloc = ".".join(
                label if label.isascii() else label.encode("idna").decode("ascii")
                for label in netloc.split(".")
            )
        except UnicodeError:
            return None
    return netloc if _HOST.fullmatch(netloc) else None
