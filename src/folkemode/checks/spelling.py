"""One person or organisation, two spellings: "Ida Holm", "Ida  Holm", "ida holm", "I. Holm".

Spellings that differ in case, spaces or accents are one name (see
:func:`.person_key`); "I. Holm" is taken for "Ida Holm" when the programme
has one full name only with that initial and surname. The spelling used
most is taken for the right one, and each other is a hint.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from folkemode.checks.context import CheckContext
from folkemode.checks.findings import N_, Finding
from folkemode.checks.names import initial_key, is_initialled, person_key
from folkemode.model import Event, Session

__all__ = ["organisation_spellings", "speaker_spellings"]

SPEAKER = N_('the speaker "%(name)s" is also spelled "%(other)s"')
ORGANISATION = N_('the organisation "%(name)s" is also spelled "%(other)s"')


def _variants(
    named: Iterable[tuple[str, Session]], *, initials: bool
) -> Iterator[tuple[str, str, list[Session]]]:
    """(spelling, the usual spelling, its sessions) for each spelling that is not the usual."""
    uses: Counter[str] = Counter()
    sessions: dict[str, list[Session]] = {}
    for name, session in named:
        uses[name] += 1
        where = sessions.setdefault(name, [])
        if not where or where[-1] is not session:
            where.append(session)
    groups: dict[str, list[str]] = {}
    for name in uses:  # in order of first appearance
        groups.setdefault(person_key(name), []).append(name)
    if initials:
        _join_initials(groups)
    for spellings in groups.values():
        if len(spellings) < 2:
            continue
        usual = max(spellings, key=lambda s: (not is_initialled(s), uses[s]))
        for spelling in spellings:
            if spelling != usual:
                yield spelling, usual, sessions[spelling]


def _join_initials(groups: dict[str, list[str]]) -> None:
    """Move "I. Holm" into the group of "Ida Holm" when that is the one full name it fits."""
    full: dict[tuple[str, str], set[str]] = {}
    for key, spellings in groups.items():
        if not is_initialled(spellings[0]):
            fitting = initial_key(spellings[0])
            if fitting is not None:
                full.setdefault(fitting, set()).add(key)
    for key in [k for k, spellings in groups.items() if is_initialled(spellings[0])]:
        fitting = initial_key(groups[key][0])
        matches = full.get(fitting, set()) if fitting is not None else set()
        if len(matches) == 1:
            groups[next(iter(matches))].extend(groups.pop(key))


def speaker_spellings(event: Event, context: CheckContext) -> Iterator[Finding]:
    """S201: a speaker's name spelled two ways."""
    named = ((speaker.name, s) for s in event.sessions for speaker in s.speakers)
    for spelling, usual, sessions in _variants(named, initials=True):
        yield context.finding("S201", SPEAKER, sessions, name=usual, other=spelling)


def organisation_spellings(event: Event, context: CheckContext) -> Iterator[Finding]:
    """S202: an organisation's name spelled two ways."""

    def named() -> Iterator[tuple[str, Session]]:
        for session in event.sessions:
            for organisation in session.organisations:
                yield organisation.name, session
            for speaker in session.speakers:
                if speaker.organisation is not None:
                    yield speaker.organisation.name, session

    for spelling, usual, sessions in _variants(named(), initials=False):
        yield context.finding("S202", ORGANISATION, sessions, name=usual, other=spelling)
