"""Which input line each session of a text programme comes from.

The text importer's :class:`~folkemode.importers.text.ledger.Ledger` records
what every line went into: ``session 'Frokost': time and title`` and so on.
A session's line is the first line claimed for it. Sessions of one title
are matched to those lines in order; a title the importer read on two lines
is found by the part on its first.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from typing import Any

from folkemode.formats import ImportOptions, ImportResult
from folkemode.model import Event

__all__ = ["parse_with_lines", "session_lines"]

_CLAIM = re.compile(r"session (?P<label>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"): ")
# What the importer claims the line that begins a session for.
_OPENING = {
    "time and title",
    "title above its time",
    "first sentence as title",
    "table row",
    "parallel session",
    "title and time",
}
_LABEL_LENGTH = 40


def _label(title: str) -> str:
    """The title as the ledger shows it (shortened as the importer does)."""
    return title if len(title) <= _LABEL_LENGTH else title[: _LABEL_LENGTH - 1] + "…"


def _openings(claims: Mapping[int, list[str]]) -> list[tuple[str, int]]:
    """(label, line) of each session as the ledger met it, in line order."""
    found: list[tuple[str, int]] = []
    current: str | None = None
    for number in sorted(claims):
        for what in claims[number]:
            match = _CLAIM.match(what)
            if match is None:
                continue
            label = ast.literal_eval(match["label"])
            opening = what[match.end() :] in _OPENING
            if label == current and not opening:
                continue
            if not opening and current is not None and label.startswith(current.rstrip("…")):
                found[-1] = (label, found[-1][1])  # the title went on: the line it began on
            else:
                found.append((label, number))
            current = label
    return found


def session_lines(event: Event, claims: Mapping[int, list[str]]) -> dict[str, int]:
    """Session id -> input line, from a text importer's ledger claims (``ledger.claims``)."""
    by_label: dict[str, list[int]] = {}
    for label, number in _openings(claims):
        by_label.setdefault(label, []).append(number)
    for numbers in by_label.values():
        numbers.reverse()  # popped from the end: first line first
    found: dict[str, int] = {}
    missing = []
    for session in event.sessions:
        waiting = by_label.get(_label(session.title))
        if waiting:
            found[session.id] = waiting.pop()
        else:
            missing.append(session)
    if missing:
        # a title continued on the next line: its label is the first line's part
        left = sorted(
            (prefix.rstrip("…"), number) for prefix, ns in by_label.items() for number in ns
        )
        for session in missing:
            fitting = [(p, n) for p, n in left if p and session.title.startswith(p)]
            if fitting:
                chosen = max(fitting, key=lambda pair: len(pair[0]))
                left.remove(chosen)
                found[session.id] = chosen[1]
    return found


def parse_with_lines(text: str, **options: Any) -> tuple[ImportResult, dict[str, int]]:
    """Like :func:`folkemode.parse`, with the line of each session when ``text`` is text.

    For other formats (and a plugin's importer of the name ``text``) the
    mapping is empty.
    """
    from folkemode import api, i18n
    from folkemode.importers.text import plugin as text_plugin
    from folkemode.plugins import importer_for

    importer = importer_for(options.get("format"), options.get("filename"), text)
    if importer.read is not text_plugin._read:
        return api.parse(text, **options), {}
    from folkemode.importers.text import read_text_with_ledger

    locale, timezone = options.pop("locale", None), options.pop("timezone", None)
    if timezone is not None:
        api._check_timezone(timezone)
    import_options = ImportOptions(
        locale=i18n.normalise_locale(locale) if locale is not None else None,
        year=api.checked_year(options.pop("year", None)),
        timezone=timezone,
        filename=options.pop("filename", None),
        extra={k: v for k, v in options.items() if k != "format"},
    )
    result, ledger = read_text_with_ledger(text, import_options)
    return result, session_lines(result.event, ledger.claims)
