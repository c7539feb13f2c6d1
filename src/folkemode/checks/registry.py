"""Finding the checks (built-in and plugins') and running the ones asked for.

Checks come from the ``register_checks`` hook; the built-in ones are a
plugin too (:mod:`folkemode.checks.builtin`). ``select`` and ``ignore`` take
codes or their prefixes, as ruff does: ``S`` is every speaker check, ``S1``
the overlaps, ``S101`` one check. ``ignore`` wins over ``select``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta

from folkemode.checks.findings import Check, Finding
from folkemode.errors import Diagnostic, FolkemodeError
from folkemode.model import Event

__all__ = ["BUILTIN_CHECKS", "UnknownCheck", "check", "checks", "selected"]

#: The module of the built-in checks, registered as a plugin of this name.
BUILTIN_CHECKS = "folkemode.checks.builtin"


class UnknownCheck(FolkemodeError, ValueError):
    """``select`` or ``ignore`` names a code that no registered check has."""


def _register_builtin() -> None:
    """Load the plugins; the built-in checks are one of folkemode's default plugins."""
    from folkemode import plugins

    plugins.load_plugins()


def checks() -> dict[str, Check]:
    """Every registered check by code, in the order of the codes.

    A check a plugin registers under the name of another (a built-in one)
    replaces it.
    """
    from folkemode import plugins

    _register_builtin()
    by_name: dict[str, Check] = plugins._collect("register_checks", Check)
    by_code = {c.code: c for c in by_name.values()}
    return dict(sorted(by_code.items()))


def _matches(code: str, prefixes: Iterable[str]) -> bool:
    return any(prefix == "ALL" or code.startswith(prefix) for prefix in prefixes)


def selected(
    available: Mapping[str, Check],
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
) -> list[Check]:
    """The checks whose codes ``select`` names (all when None) and ``ignore`` does not.

    >>> from folkemode.checks import checks
    >>> [c.code for c in selected(checks(), ["S1", "D"], ignore=["S102"])]
    ['D101', 'S101']
    """
    wanted = [p.strip().upper() for p in select] if select is not None else ["ALL"]
    unwanted = [p.strip().upper() for p in ignore]
    for prefix in (*wanted, *unwanted):
        if prefix != "ALL" and not any(code.startswith(prefix) for code in available):
            raise UnknownCheck(
                f"no check has a code starting with {prefix!r}; "
                f"the checks are: {', '.join(available)}"
            )
    return [
        c
        for code, c in available.items()
        if _matches(code, wanted) and not _matches(code, unwanted)
    ]


def check(
    event: Event,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    locale: str | None = None,
    walking_time: timedelta | None = None,
    lines: Mapping[str, int] | None = None,
    diagnostics: Sequence[Diagnostic] = (),
) -> tuple[Finding, ...]:
    """Run the programme checks on ``event``; the findings, in programme order.

    ``select`` and ``ignore`` take codes or prefixes (``"S"``, ``"S1"``,
    ``"S101"``); messages are in ``locale`` (default: the event's). With
    ``walking_time``, a person needs that long between sessions in two
    rooms. ``lines`` (session id -> input line) and the importer's
    ``diagnostics`` let findings name lines of a text programme, as
    :func:`folkemode.checks.parse_with_lines` gives them.

    >>> import folkemode
    >>> folkemode.check(folkemode.Event.example())
    ()
    """
    from folkemode.checks.context import CheckContext

    available = checks()
    chosen = selected(available, select, ignore)
    context = CheckContext(
        event,
        locale=locale,
        lines=lines,
        diagnostics=diagnostics,
        walking_time=walking_time,
        severities={code: c.severity for code, c in available.items()},
    )
    found: list[Finding] = []
    for one in chosen:
        found.extend(one.run(event, context))
    positions = context.positions
    last = len(positions)

    def order(finding: Finding) -> tuple[float, int, str]:
        first = positions.get(finding.sessions[0], last) if finding.sessions else -1
        line = finding.line if finding.line is not None else float("inf")
        return line, first, finding.code

    found.sort(key=order)
    return tuple(found)
