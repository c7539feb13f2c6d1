"""A speaker named again by surname alone: "Ti minutter for spørsmål til Bernt".

A programme names its speaker in full once ("Parlamentarisme som styringsform
v/ prof. em. Jan Fritjof Bernt") and then by surname in the items that follow
("Bernt fortsetter", "Spørsmål til Bernt"). Those items have the same speaker,
named as the text names them. A word counts only when it is exactly the
surname of a speaker the programme named in full, is written as a name, and
is no place, body or title of the text: "Bernts foredrag" (a genitive) and
"Holm" of a text that also names a place Holm are left alone.

>>> from folkemode.importers.text.vocabulary import Lexicon
>>> from folkemode.importers.text.people import PeopleReader
>>> reader = PeopleReader(Lexicon.build())
>>> surnames = known_surnames([["Jan Fritjof Bernt"]], reader)
>>> named_again("Ti minutter for spørsmål til Bernt", surnames)
['Bernt']
>>> named_again("Dialog med utgangspunkt i Bernts foredrag", surnames)
[]
"""

from __future__ import annotations

from collections.abc import Iterable

from folkemode.importers.text.drafts import SessionDraft
from folkemode.importers.text.people import PeopleReader
from folkemode.model import Speaker

__all__ = ["add_named_again", "known_surnames", "named_again"]

_EDGE = " ,.:;!?«»\"'()–-"


def known_surnames(names: Iterable[Iterable[str]], people: PeopleReader) -> frozenset[str]:
    """The surnames of the speakers named in full, that may stand for them alone.

    A surname shared by two speakers names neither; one that the text names as
    a place, or that is a body's or a title's word, names nobody.
    """
    owners: dict[str, set[str]] = {}
    for group in names:
        for name in group:
            words = name.split()
            if len(words) >= 2:
                owners.setdefault(words[-1], set()).add(name)
    return frozenset(
        surname
        for surname, full in owners.items()
        if len(full) == 1 and len(surname) >= 3 and people.is_lone_surname(surname)
    )


def named_again(title: str, surnames: frozenset[str]) -> list[str]:
    """The known surnames ``title`` names as words of their own, in order, each once."""
    found: list[str] = []
    for word in title.split():
        stripped = word.strip(_EDGE)
        if stripped in surnames and stripped not in found:
            found.append(stripped)
    return found


def add_named_again(sessions: list[SessionDraft], people: PeopleReader) -> None:
    """Give each session without speakers the speakers its title names by surname."""
    if not any(s.speakers for s in sessions):
        return
    surnames = known_surnames(([sp.name for sp in s.speakers] for s in sessions), people)
    if not surnames:
        return
    for session in sessions:
        if session.speakers:
            continue
        for surname in named_again(session.title, surnames):
            session.speakers.append(Speaker(name=surname))
