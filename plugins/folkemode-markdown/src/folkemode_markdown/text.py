r"""Programme text made literal in Markdown, and links that are safe to follow.

Programme text comes from web pages and e-mails, so it is untrusted: it must
read back as the same text, never as formatting, a link or HTML. Every
character that means something to CommonMark or to GitHub's Markdown is
escaped with a backslash (CommonMark lets any ASCII punctuation be escaped):

- ``\ ` * _ [ ] < > # | ~`` — code, emphasis, links, HTML, headings,
  table cells and strike-through;
- ``&`` — so ``&amp;`` stays ``&amp;`` rather than becoming ``&``;
- ``@``, the ``:`` of ``://`` and the dot of ``www.`` — so a renderer that
  turns bare web and e-mail addresses into links (GitHub does) leaves them
  as text.

At the start of a paragraph, what would begin a list, a quote or a rule
(``-``, ``+``, ``=``, ``1.``, ``1)``) is escaped as well.

>>> escape("*Vigtigt* # 1 & <b>mere</b>")
'\\*Vigtigt\\* \\# 1 \\& \\<b\\>mere\\</b\\>'
>>> escape_paragraph("1. Se www.kl.dk")
'1\\. Se www\\.kl.dk'
>>> link("https://www.kl.dk/okonomi")
'<https://www.kl.dk/okonomi>'
>>> link("javascript:alert(1)")  # only text: nothing to click
'javascript:alert(1)'
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["escape", "escape_paragraph", "link", "one_line", "paragraphs"]

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&@])")
# What a GitHub-style renderer would turn into a link on its own.
_BARE_LINK = re.compile(r"(?<=[A-Za-z0-9])(:)(?=//)|(?<![A-Za-z0-9])(www)(\.)", re.IGNORECASE)
# A paragraph that starts like a list item, a block quote, a rule or a setext line.
_BLOCK_START = re.compile(r"^([-+=])|^(\d{1,9})([.)])")
_SPACES = re.compile(r"[ \t\r\n]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
# What an angle-bracket autolink may hold: no spaces, controls or angle brackets.
_AUTOLINK_TEXT = re.compile(r"[^\x00-\x20<>\x7f]+")
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def one_line(text: str) -> str:
    """``text`` with each run of spaces, tabs and line breaks made one space.

    Space at the ends goes, no-break space too: Markdown would drop it.
    """
    return _SPACES.sub(" ", text).strip()


def escape(text: str) -> str:
    """Text on one line, with Markdown's special characters made literal."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))
    return _BARE_LINK.sub(_escape_bare_link, escaped)


def _escape_bare_link(match: re.Match[str]) -> str:
    if match[1] is not None:
        return r"\:"
    return rf"{match[2]}\."


def escape_paragraph(text: str) -> str:
    """Like :func:`escape`, for text that begins a paragraph of its own."""
    return _BLOCK_START.sub(
        lambda m: rf"\{m[1]}" if m[1] is not None else rf"{m[2]}\{m[3]}", escape(text)
    )


def paragraphs(text: str | None) -> list[str]:
    """The paragraphs of a description (split at blank lines), each escaped on one line."""
    if not text:
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    found = (escape_paragraph(part) for part in _BLANK_LINES.split(lines))
    return [paragraph for paragraph in found if paragraph]


def link(url: str) -> str:
    """An http(s) or mailto address as an autolink ``<…>``; anything else as escaped text.

    Only these schemes become links, so ``javascript:`` and ``file:`` are
    never something to click.
    """
    address = url.strip()
    if _AUTOLINK_TEXT.fullmatch(address):
        try:
            parts = urlsplit(address)
        except ValueError:
            parts = None
        if parts is not None and parts.scheme.lower() in _LINK_SCHEMES:
            is_web = parts.scheme.lower() != "mailto"
            if (parts.netloc if is_web else parts.path) and (not is_web or parts.hostname):
                return f"<{address}>"
    return escape(address)
