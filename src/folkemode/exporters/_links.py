"""Which links an exporter may write, and in what form.

Programme text is untrusted: an organiser's page may carry a
``javascript:`` link, a link with spaces in it, or worse. Exporters that
write links (HTML ``href``, JSON-LD ``url``) pass them through
:func:`safe_url`, which keeps only the schemes asked for and returns the URL
in a form every browser and validator reads the same way.

>>> safe_url("https://www.kl.dk/økonomi nu")
'https://www.kl.dk/%C3%B8konomi%20nu'
>>> safe_url("java\\tscript:alert(1)") is None
True
>>> safe_url("mailto:lise@example.dk", PAGE_SCHEMES)
'mailto:lise@example.dk'
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

__all__ = ["PAGE_SCHEMES", "WEB_SCHEMES", "safe_url"]

#: Schemes of links to web pages: what JSON-LD ``url`` properties may hold.
WEB_SCHEMES = frozenset({"http", "https"})
#: Schemes a reader may follow from a page: web pages and e-mail.
PAGE_SCHEMES = WEB_SCHEMES | {"mailto"}

# Browsers drop tabs and line breaks anywhere in a URL and C0 controls and
# spaces around it, so "java\tscript:" is "javascript:" to them: do the same
# before looking at the scheme.
_DROPPED = str.maketrans("", "", "\t\n\r")
_EDGES = "".join(chr(c) for c in range(0x21))
_HOST = re.compile(r"[A-Za-z0-9.\-_~!$&'()*+,;=:@\[\]%]+")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# What the URL standard lets a path, query or fragment hold as it is (besides
# letters and digits); everything else (spaces, quotes, angle brackets,
# brackets, a second "#", non-ASCII letters) is percent-encoded.
_KEEP = "/:@!$&'()*+,;=%~-._?"


def safe_url(value: str | None, schemes: frozenset[str] = WEB_SCHEMES) -> str | None:
    """``value`` as a well-formed URL with one of ``schemes``, or None.

    A web URL needs a host; an e-mail link needs an address. Characters a URL
    cannot hold literally are percent-encoded, and a host in non-ASCII
    letters is written in its IDNA form.
    """
    if not value:
        return None
    text = value.translate(_DROPPED).strip(_EDGES)
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in schemes:
        return None
    netloc: str | None = parts.netloc
    if scheme in WEB_SCHEMES:
        netloc = _ascii_host(parts.netloc)
        if netloc is None:
            return None
    elif scheme == "mailto" and not parts.path.strip():
        return None
    path, query, fragment = (
        quote(_STRAY_PERCENT.sub("%25", piece), safe=_KEEP)
        for piece in (parts.path, parts.query, parts.fragment)
    )
    return urlunsplit((scheme, netloc, path, query, fragment))


def _ascii_host(netloc: str) -> str | None:
    """The authority part in ASCII (IDNA for a non-ASCII host), or None if it is no host."""
    if not netloc.isascii():
        try:
            netloc = ".".join(
                label.encode("idna").decode("ascii") if not label.isascii() else label
                for label in netloc.split(".")
            )
        except UnicodeError:
            return None
    host = netloc.rpartition("@")[2].rpartition(":")[0] or netloc.rpartition("@")[2]
    if not host.strip(".") or not _HOST.fullmatch(netloc):
        return None
    return netloc
