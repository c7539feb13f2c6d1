"""Programme checks: what would embarrass an organiser, found before publishing.

Each check is a small function over an :class:`~folkemode.model.Event` that
yields :class:`Finding` objects (code, severity, message, sessions, line).
Checks are registered through the ``register_checks`` hook, the built-in
ones (:mod:`folkemode.checks.builtin`) as plugins add theirs. A check is
given the event and a :class:`~folkemode.checks.context.CheckContext`
(options, input lines, and how to word a finding).

>>> import folkemode
>>> event = folkemode.Event.example()
>>> lunch = next(s for s in event.sessions if s.title == "Frokost")
>>> twice = event.with_sessions(
...     folkemode.Session(title="Frokost", start=lunch.start, end=lunch.end))
>>> [(f.code, str(f.severity), f.message) for f in folkemode.check(twice)]
[('D101', 'error', '"Frokost" står der to gange, 13. nov. 2025 12.00–13.00')]
"""

from folkemode.checks.findings import Check, CheckFunction, Finding
from folkemode.checks.lines import parse_with_lines, session_lines
from folkemode.checks.registry import BUILTIN_CHECKS, UnknownCheck, check, checks, selected

__all__ = [
    "BUILTIN_CHECKS",
    "Check",
    "CheckFunction",
    "Finding",
    "UnknownCheck",
    "check",
    "checks",
    "parse_with_lines",
    "selected",
    "session_lines",
]
