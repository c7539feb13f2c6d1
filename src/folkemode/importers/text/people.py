"""Speakers and organisations: "v/ Name, role", "Innleder: Title, Name, Org", lists.

A speaker specification is split into parts at commas and at "og"/"&" (but
not inside "trafik-, bolig- og …"), and each part is read as a person (a run
of capitalised names, perhaps after a job title), a role ("borgmester og
formand for …"), or an organisation ("Sogndal kommune", "Valgdirektoratet",
"KS"). Job titles become the speaker's role, never part of the name.

>>> people = PeopleReader(Lexicon.build())
>>> found = people.parse("Professor, Karen Melgaard Thygesen, Aalborg Universitet")
>>> [(s.name, s.role, s.organisation.name) for s in found.speakers]
[('Karen Melgaard Thygesen', 'Professor', 'Aalborg Universitet')]
>>> title, found = people.split_title("Ældrepolitik v/Ældrepolitisk udvalg")
>>> title, found.speakers, [o.name for o in found.organisations]
('Ældrepolitik', [], ['Ældrepolitisk udvalg'])
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import attrs

from folkemode.importers.text.lines import SENTENCE_BREAK
from folkemode.importers.text.names import (
    EDGE,
    NameWords,
)
from folkemode.importers.text.parts import UNREAD, Part, PartReader, trimmed
from folkemode.importers.text.speaker_words import SpeakerWords
from folkemode.importers.text.title_names import TitleNames
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import Organisation, Speaker
from folkemode.roles import leads_session

__all__ = ["People", "PeopleReader", "with_lead_role"]

_BRACKETS = re.compile(r"\([^)]*\)")
# "Name – text", "UNICEF – Name": a dash between spaces.
_DASH = re.compile(r"\s+[–—-]\s+")
# Two to four words in capitals, each of letters (a hyphen inside): "LAURA DRACHMANN POULSEN".
# (Written to open with the capital, a character set the regex engine scans for fast;
# the character before it, no letter nor hyphen, is looked behind for only there.)
_CAPITALS = re.compile(
    r"[A-ZÆØÅÄÖÜÉ](?<![\w-].)[A-ZÆØÅÄÖÜÉ-]*[A-ZÆØÅÄÖÜÉ](?:\s[A-ZÆØÅÄÖÜÉ][A-ZÆØÅÄÖÜÉ-]*[A-ZÆØÅÄÖÜÉ]){1,3}(?![\w-])"
)


@dataclass
class People:
    """Speakers and organisations read from one specification."""

    speakers: list[Speaker] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.speakers or self.organisations)


# What the reader keeps of a reading: the speakers and organisations as tuples, so
# that no caller's list is the kept one (callers extend sessions from their lists).
_Kept = tuple[tuple[Speaker, ...], tuple[Organisation, ...]] | None


def _kept(people: People | None) -> _Kept:
    return None if people is None else (tuple(people.speakers), tuple(people.organisations))


def _fresh(kept: _Kept) -> People | None:
    """A kept reading with lists of its own."""
    return None if kept is None else People(list(kept[0]), list(kept[1]))


def _read_once(
    cache: dict[str, _Kept], text: str, read: Callable[[str], People | None]
) -> People | None:
    """``read(text)``, made once per text (up to 20,000 texts); each caller gets lists
    of its own, so none can change what is kept."""
    if text in cache:
        return _fresh(cache[text])
    found = read(text)
    if len(cache) < 20_000:
        cache[text] = _kept(found)
    return found


# "ordførar Flora/Reidar Sandal": a slash between one person's words and the next name
_SLASHED_NAME = re.compile(r"(?<=\w)/(?=[A-ZÆØÅ])")


@dataclass
class _Person:
    name: str
    role: str | None = None
    organisation: str | None = None


def _marker_pattern(markers: frozenset[str]) -> re.Pattern[str]:
    """One pattern finding every speaker marker: "v/" after a space or "(", words between spaces.

    Both kinds follow a space or "(", so that is tested once, before any marker:
    the pattern opens with that character (not a lookbehind), and the search skips
    every other place in one quick scan. Search from one place before where the
    marker may start (see :meth:`PeopleReader._next_marker`).
    """
    glued = [m for m in markers if m.endswith(("/", "."))]
    spaced = [m for m in markers if m not in glued]
    alternatives = []
    if glued:
        alternatives.append(rf"(?P<glued>{_longest_first(glued)})")
    if spaced:
        alternatives.append(rf"(?<=\s)(?P<spaced>{_longest_first(spaced)})(?=\s)")
    body = "|".join(alternatives) or "(?!)"
    return re.compile(rf"[\s(](?P<marker>{body})")


def _longest_first(words: list[str]) -> str:
    """The words as one alternation, the longest first, grouped by their first letter.

    At a place only the group of its letter is tried, not every marker; within a
    group the longest still comes first, so the marker found is the same.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[:1], []).append(word)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")"
        for first, group in groups.items()
    )


def _in_brackets(extra: str) -> tuple[str | None, str | None]:
    """The role and body a person's tail gives: "(generalsekretær, Røde Kors)" is the
    role "generalsekretær" at Røde Kors, "(migrationsekspert)" a role alone, "(S)" and
    "Aalborg Universitet" a body."""
    inner = extra.strip("()").strip()
    if not extra.startswith("(") or not inner[:1].islower():
        return None, inner or None
    role, _, body = inner.partition(", ")
    return role.strip() or None, body.strip() or None


def _words_after_bracket(extra: str) -> bool:
    """True when words follow the bracket ``extra`` opens: "(ABC) mundtlige beretning"."""
    close = extra.find(")")
    return close > 0 and any(c.isalpha() for c in extra[close + 1 :])


def _bodies_joined(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Landbrug & Fødevarer": a single capitalised word after "&" ends a body's name
    with the part before it, and names no person of its own."""
    joined: list[tuple[str, str]] = []
    for glue, text in parts:
        if joined and glue == "&" and " " not in text and text[:1].isupper():
            before_glue, before = joined[-1]
            joined[-1] = (before_glue, f"{before} & {text}")
        else:
            joined.append((glue, text))
    return joined


def _placed(people: People) -> bool:
    """Only people (no body alone), each given with a role or a body."""
    return not people.organisations and all(s.role or s.organisation for s in people.speakers)


def _join(first: str | None, second: str, glue: str) -> str:
    return second if not first else f"{first}{glue}{second}"


# "… i samtale med Name": the words before "med" that make who follows a speaker too.
_TALK_WORDS = frozenset({"samtale", "samtalen", "dialog", "dialogen", "debat", "debatt"})


class PeopleReader:
    """Reads people and organisations with one vocabulary and the places of one text.

    It reads with the text's name words (:class:`.names.NameWords`), the parts of a
    specification (:class:`.parts.PartReader`) and the names a title holds without a
    marker (:class:`.title_names.TitleNames`), each made once for the text.
    """

    def __init__(self, lexicon: Lexicon, places: frozenset[str] = frozenset()) -> None:
        words = self.words = NameWords(lexicon, places)
        vocab = self.vocab = SpeakerWords(lexicon, words)
        self.parts = PartReader(words, vocab)
        self.titles = TitleNames(words, vocab, self.parts)
        self.lexicon = lexicon
        self.kinds = words.kinds
        self.is_role_word = words.is_role_word
        self.is_plural_role_word = words.is_plural_role_word
        self.is_org_word = words.is_org_word
        self.is_performer_word = words.is_performer_word
        self.is_person_name = words.is_person_name
        self.is_person_name_anywhere = words.is_person_name_anywhere
        self._title_cache: dict[str, tuple[str, _Kept]] = {}
        self._marker_pattern = _marker_pattern(
            vocab.markers | vocab.list_markers | vocab.label_markers
        )
        self._line_cache: dict[str, _Kept] = {}
        self._prose_cache: dict[str, _Kept] = {}
        self._organisations: dict[str, Organisation] = {}
        self._speakers: dict[tuple[str, str | None, str | None], Speaker] = {}
        self.performers: set[str] = set()
        """The names of the performers read in the text (who sing or play, and speak not)."""

    # -- specifications ------------------------------------------------------------

    def parse(self, spec: str, *, listed: bool = False) -> People | None:
        """Speakers and organisations in ``spec``, or None when it is not such a list.

        ``listed`` says a label announced people ("Deltagere: A, B"): a name after a comma
        is then the next person, not the body of the one before.
        """
        spec = trimmed(spec)
        if not spec or len(spec) > 400:
            return None
        space = spec.rfind(" ")
        if space > 0 and spec[space - 1].isdigit():
            # ("… Tone Anita Karlsen 20-30 minutter": a number and a unit end the text)
            spec = self._without_duration(spec)
        if spec[0].islower() or spec.find(": ", 0, 24) > 0:
            spec = self._shared_lead(spec)  # (no lead to drop without either)
        colon = spec.find(": ", 0, 60)
        if colon > 0:
            at_body = self._at_body(spec, colon, listed)
            if at_body is not None:
                return at_body
        lead, _, rest = spec.partition(" ")
        lead = lead.lower()
        # _signed's own first test, made here on the lead already lowered
        if lead in self.vocab.boards and self._signed(spec):
            return None
        if rest and lead in self.vocab.tentative:
            spec = rest  # "v. fx Name": a speaker not yet confirmed is still the speaker
        parts = self.parts.split(spec)
        if len(parts) > 1 and any(glue == "&" for glue, _ in parts):
            parts = _bodies_joined(parts)
        if len(parts) == 1:
            return self._one_part(parts[0][1])
        if len(parts) > 24:
            return None
        readings: list[tuple[str, Part]] = []
        listing = listed  # "A og B": two people joined, so a name after a comma is no body
        previous: Part | None = None
        known = self.parts.cache
        for glue, text in parts:
            # the cache's lookup of _read_part, without the call (most parts are known)
            part = known.get(text, UNREAD)
            if part is UNREAD:
                part = self.parts.read_uncached(text)
                if len(known) < 20_000:
                    known[text] = part
            if part is None:
                return None
            if previous is not None:
                kind = part.kind
                if kind == "person":
                    if glue in self.vocab.joins and previous.kind == "person":
                        listing = True
                elif (
                    kind == "role"
                    and glue[:1] == ","
                    and previous.kind == "org"
                    and self.is_person_name_anywhere(previous.text)
                ):
                    # "Søren Ærø, borgmester": a job title after it makes the name a
                    # person's, though the text names a place Ærø too.
                    readings[-1] = (readings[-1][0], Part("person", previous.text))
            readings.append((glue, part))
            previous = part
        people: list[_Person] = []
        organisations: list[str] = []
        # "Folketingets formand, Søren Gade, statsminister …, Højesterets præsident, Name":
        # a list whose first part is a role and the next a person gives each role first
        # (a role with no person after it is still the last person's, as "…, varaordfører")
        role_first = readings[0][1].kind == "role" and readings[1][1].kind == "person"
        leads = (
            {i for i in range(len(readings) - 1) if readings[i + 1][1].kind == "person"}
            if role_first
            else set()
        )
        pending_role: str | None = None
        last: _Person | None = None
        body_last = False  # the part before named the last person's organisation
        for index, (glue, part) in enumerate(readings):
            kind = part.kind
            if glue in self.vocab.or_words and kind != "person" and kind != "rolename":
                continue  # "… eller stedfortreder", "… eller begge": nobody else named
            after_body, body_last = body_last, False
            if kind == "rolename":
                # "Name, utredningssjef i tankesmien Arena Idé": after a person, a role
                # phrase ending in capitals names their body; alone, it leads to a name.
                if last is not None and last.role is None and glue[:1] in (",", ";"):
                    part = Part("role", part.extra or part.text)
                else:
                    part = Part("person", part.text, role=part.role)
                kind = part.kind
            if kind == "person":
                if (
                    last is not None
                    and (not listing or self._body_between(readings, index, last))
                    and pending_role is None
                    and part.role is None
                    and last.organisation is None
                    and glue not in self.vocab.joins
                    # "A, leiar i Mållaget, B, …": whose role names their body, has it
                    and (last.role is None or self._role_and_organisation(last.role)[1] is None)
                ):
                    last.organisation = part.text if not part.extra else f"{part.text} {part.extra}"
                    continue
                last = _Person(part.text, role=part.role or pending_role)
                pending_role = None
                # "præsten Name i samtale med forlægger Name": a second person in the tail
                others = self._people_in_tail(part.extra) if part.extra else None
                if others is not None:
                    people.append(last)
                    people.extend(_Person(s.name, role=s.role) for s in others.speakers)
                    continue
                if part.extra:
                    if part.role is None and part.extra[:1].islower():
                        last.role = part.extra
                    else:
                        role, last.organisation = _in_brackets(part.extra)
                        if role is not None and last.role is None:
                            last.role = role
                people.append(last)
            elif kind == "role":
                if last is not None and pending_role is None and index not in leads:
                    last.role = _join(
                        last.role, part.text, f" {glue} " if glue[:1].isalpha() else ", "
                    )
                else:
                    pending_role = _join(pending_role, part.text, ", ")
            elif kind == "org":
                if glue in self.vocab.plain_joins and organisations and last is None:
                    # "Statsforvalteren i Vestfold og Telemark" is one organisation.
                    organisations[-1] = f"{organisations[-1]} {glue} {part.text}"
                elif glue in self.vocab.plain_joins and last is not None and after_body:
                    # "Name, formand, Kommunernes Landsforening og Danske Regioner": the
                    # person's, as one ("Sveriges Kommuner och Regioner" is one name)
                    last.organisation = f"{last.organisation} {glue} {part.text}"
                    body_last = True
                elif last is not None and last.organisation is None:
                    last.organisation = part.text
                    body_last = True
                else:
                    organisations.append(part.text)
            elif last is not None:
                last.role = _join(last.role, part.text, ", ")
            else:
                return None
        if not people and not organisations:
            return None
        for person in people:
            if person.organisation is None and person.role:
                person.role, person.organisation = self._role_and_organisation(person.role)
        return People(
            [self._speaker(p.name, p.role, p.organisation) for p in people],
            [self._organisation(o) for o in organisations],
        )

    def _people_in_tail(self, tail: str) -> People | None:
        """The people after "med" or "mellem" in what follows a name, if only people.

        "i samtale med forlægger Johannes Riis" names one more speaker; "med
        ansvar for skolen" nobody.
        """
        tokens = tail.split()
        for index, token in enumerate(tokens[:4]):
            if token.lower() in self.vocab.list_markers:
                found = self.parse(" ".join(tokens[index + 1 :]))
                if found is not None and found.speakers and not found.organisations:
                    return found
                return None
        return None

    @staticmethod
    def _body_between(readings: list[tuple[str, Part]], index: int, last: _Person) -> bool:
        """ "ordfører A, Vestre Lindvik, fylkesrådsleder B og rådgiver C": in a list of
        people each with a job title, a bare name between two of them is the body of
        the one before, not a person of its own."""
        part = readings[index][1]
        return (
            last.role is not None
            and part.role is None
            and not part.extra
            and readings[index][0] == ","
            and index + 1 < len(readings)
            and readings[index + 1][1].role is not None
        )

    def _without_duration(self, spec: str) -> str:
        """``spec`` without the time it ends with: "A og B 20-30 minutter" is "A og B"."""
        words = spec.rsplit(None, 3)
        if len(words) < 3 or words[-1].lower() not in self.lexicon.units:
            return spec
        amount = words[-2].lower()
        for dash in "-–":
            amount = amount.replace(dash, " ")
        if not all(bit.isdigit() for bit in amount.split()):
            return spec
        cut = len(words) - 2
        if words[cut - 1].lower().rstrip(".") in self.lexicon.words("approx") and cut > 1:
            cut -= 1  # "ca. 30 minutter"
        return " ".join(words[:cut]).rstrip(" ,-–—")

    def _one_part(self, text: str) -> People | None:
        """What :meth:`parse` makes of a specification of one part, without its loops.

        With one reading there is no separator, no person before and no role
        pending: a person (or a role and a name) is the one speaker, with the
        text after the name as role or organisation; an organisation is the one
        organisation; anything else names nobody.
        """
        part = self.parts.read(text)
        if part is None:
            return None
        kind = part.kind
        if kind == "org":
            return People([], [self._organisation(part.text)])
        if kind != "person" and kind != "rolename":
            return None  # a role or words alone: nobody named
        role = part.role or None
        organisation = None
        extra = part.extra if kind == "person" else None  # a role and a name: the name alone
        if extra and extra[0] == "(" and _words_after_bracket(extra):
            # "Borgmester Name (V) holder tale": a sentence about the person, no list of
            # people (what it says is read where titles and sentences are)
            return None
        others = self._people_in_tail(extra) if extra else None
        if others is not None:
            return People([self._speaker(part.text, role, None), *others.speakers], [])
        if extra:
            if part.role is None and extra[:1].islower():
                role = extra
            else:
                in_role, organisation = _in_brackets(extra)
                role = role or in_role
        if organisation is None and role:
            role, organisation = self._role_and_organisation(role)
        return People([self._speaker(part.text, role, organisation)], [])

    def _organisation(self, name: str) -> Organisation:
        """The organisation called ``name``, made once per text (it is frozen).

        Making one checks its fields, which costs more than reading the part:
        the same bodies ("X Kommune") come back on many lines.
        """
        made = self._organisations.get(name)
        if made is None:
            made = Organisation(name=name)
            if len(self._organisations) < 20_000:
                self._organisations[name] = made
        return made

    def _speaker(self, name: str, role: str | None, organisation: str | None) -> Speaker:
        """The speaker ``name`` with ``role`` at ``organisation``, made once per text (frozen)."""
        if role is not None and " " not in role and self.is_plural_role_word(role):
            role = None  # "Ordførerne A og B": the title is all of theirs, no one's own
        key = (name, role, organisation)
        made = self._speakers.get(key)
        if made is None:
            body = self._organisation(organisation) if organisation else None
            made = Speaker(name=name, role=role, organisation=body)
            if len(self._speakers) < 20_000:
                self._speakers[key] = made
        return made

    def _at_body(self, spec: str, colon: int, listed: bool) -> People | None:
        """ "Københavns Kommune: Name, teamleder": the people after the colon, each at the
        body before it (unless they name their own)."""
        body = spec[:colon].strip()
        if (
            not body[:1].isupper()
            or body.count(" ") > 4  # (a body's name, not a sentence ending in one)
            or not self.is_org_word(body.rsplit(" ", 1)[-1])
        ):
            return None
        found = self.parse(spec[colon + 2 :], listed=listed)
        if found is None or not found.speakers:
            return None
        speakers = [
            s if s.organisation is not None else self._speaker(s.name, s.role, body)
            for s in found.speakers
        ]
        return People(speakers, found.organisations)

    def _shared_lead(self, spec: str) -> str:
        """ "Ordstyrar: Name" and "ordførarane A (X), B (Y) og C (Z)": the lead goes.

        A speaker label before the names, or a job title in the plural that
        is all the listed people's, says nothing about any one of them.
        """
        head, _, rest = spec.partition(" ")
        if rest and self.is_plural_role_word(head):
            return rest.lstrip()
        if spec[0].islower():
            return spec
        colon = spec.find(": ", 0, 24)
        if colon > 0 and spec[:colon].lower() in self.vocab.label_words:
            return spec[colon + 2 :].lstrip()
        return spec

    def _role_and_organisation(self, role: str) -> tuple[str, str | None]:
        """ "sjeføkonom i KS" is the role "sjeføkonom" at the organisation "KS"."""
        if " " not in role:
            return role, None  # one word ("borgmester") holds no preposition
        # the first preposition in the role with a body after it
        found = []
        for preposition in self.vocab.body_glue:
            at = role.find(preposition)
            if at > 0:
                found.append((at, len(preposition)))
        for at, size in sorted(found):
            tail = role[at + size :].strip()
            if tail[:1].isupper() and any(self.is_org_word(w) for w in tail.split()):
                return role[:at].strip(), tail
        return role, None

    def split_title(self, title: str) -> tuple[str, People | None]:
        """Split "Title v/ Name, role" into the title and the people after the marker."""
        # Titles repeat ("Pause", a debate on every stage): each is read once, and
        # every caller gets lists of its own.
        # A title read for the first time is handed over as read; the reader keeps tuples.
        kept = self._title_cache.get(title)
        if kept is not None:
            return kept[0], _fresh(kept[1])
        head, people = self._split_title(title)
        if len(self._title_cache) < 20_000:
            self._title_cache[title] = (head, _kept(people))
        return head, people

    def _split_title(self, title: str) -> tuple[str, People | None]:
        lowered = title.lower()
        # _signed's own first test (a board's name first), made here without the call;
        # the first word lowered is the lowered text's first word (no letter lowers to
        # a space, nor a space to anything else)
        if lowered.partition(" ")[0] in self.vocab.boards and self._signed(title):
            return title, None
        head, people = self._split_at_marker(title, lowered)
        if people is None:
            found = self._after_dash(title)
            head, people = found if found is not None else self._named_in_title(title)
        if people is None and title.count(", ") >= 2:
            # "Velkomst, Ulla Holm, MF og vært": a short title, the speaker and her role
            people = self._after_comma(title)
            if people is not None:
                head = title[: title.index(", ")]
        if people is None and ": " in title:
            # "Møte i fylkestinget: Ordførar i X, Name, helsar tinget": who opens the item,
            # in a sentence after its name (the title is kept as it is written)
            colon = title.index(": ")
            people = self._leading_people(title[colon + 2 :]) if colon > 0 else None
        if people is not None and people.speakers:
            # "Kulturelt innslag ved Name", "v/ distriktsmusikar Name": performers are no speakers.
            performing = False
            performers = (
                self.words.performer_answers
            )  # is_performer_word's answers, without the call
            for word in head.split():
                known = performers.get(word)
                if known if known is not None else self.is_performer_word(word):
                    performing = True
                    break
            kept = [
                s
                for s in people.speakers
                if not performing
                and not (s.role and any(self.is_performer_word(w) for w in s.role.split()))
            ]
            if len(kept) < len(people.speakers):
                self.performers.update(s.name for s in people.speakers if s not in kept)
                if not kept and not people.organisations:
                    return title, None
                people = People(kept, people.organisations)
        return head, people

    def _after_comma(self, title: str) -> People | None:
        """The speaker after a short title and a comma, given with a job title or a body
        ("Åbningstale, Lykke Fris, prorektor …"), or None."""
        head, _, rest = title.partition(", ")
        if head.count(" ") > 2 or not rest[:1].isupper():
            return None
        name, _, tail = rest.partition(", ")
        if not self.is_person_name(name) or not tail:
            return None
        lead = tail.split(None, 1)[0].strip(EDGE)
        if not (self.is_role_word(lead) or self.is_org_word(tail.rsplit(None, 1)[-1])):
            return None
        people = self.parse(rest)
        if people is None or len(people.speakers) != 1 or people.organisations:
            return None
        return people

    def _split_at_marker(self, title: str, lowered: str) -> tuple[str, People | None]:
        """ "Title v/ Name, role": the title before the first marker that people follow.

        ``lowered`` is ``title.lower()``, which the caller has made already.
        """
        search = 0
        for _ in range(8):  # a title has a marker or two, not thousands
            found = self._next_marker(lowered, search)
            if found is None:
                break
            at, after, listing = found
            search = after
            if len(title) - after > 400:
                continue
            head = title[:at].rstrip(" ,:–—-")
            if not head or self._signature(head):
                continue
            before, _, last = head.rpartition(" ")
            if (
                before.endswith(",")
                and last[:1].islower()
                and self.is_person_name(" ".join(before.rstrip(",").split()[-2:]))
            ):
                continue  # "Name, fyrstebibliotekar ved Universitetet": a title at a body

            later = self._next_marker(lowered, after)
            if later is not None:
                # "Morgenbønn ved Sola ruinkirke v/Name": a place after the first marker
                segment = title[after : later[0]].rstrip(" ,:–—-")
                between = self.parse(segment)
                tokens = [t.strip(EDGE) for t in segment.split()]
                if (
                    between is not None
                    and between.organisations
                    and not between.speakers
                    and not any(
                        self.is_person_name(f"{a} {b}") for a, b in itertools.pairwise(tokens)
                    )
                ):
                    continue
            spec, talk = title[after:], ""
            colon = spec.find(": ")
            if (
                colon > 0
                and spec[:colon].count(" ") <= 4
                and self.is_person_name(spec[:colon].strip())
            ):
                # "v/Johanne Øvstebø Tvedten: Den unge kongen": the speaker, then the talk
                spec, talk = spec[:colon], spec[colon + 2 :].strip()
            people = None
            stop = SENTENCE_BREAK.search(spec) if not talk else None
            if stop is not None:
                # "ved professor Name. Kommentarer, spørsmål, svar.": the people end with
                # their sentence
                people = self.parse(spec[: stop.start()].rstrip("."))
                if people is not None and not people.speakers:
                    people = None
            if people is None:
                people = self.parse(spec)
            if talk and people is not None and people.speakers:
                return f"{head}: {talk}", people
            if people is None or not people.speakers:
                # "Minnetale v/ A - Tittel v/ B": one speaker after each marker.
                people = (
                    self._segmented(title, lowered, after, 0)
                    or self._opening_people(title[after:])
                    or people
                )
            if (people is None or not people.speakers) and not listing:
                # "Foredrag v/Name (UiB); «Tittel» - Quiz": the people, then more of the
                # title, which stays in it
                cut = self._people_then_more(spec)
                if cut is not None:
                    people, more = cut
                    return f"{head} – {more}" if more else head, people
            if not people:
                continue
            if listing:
                # "Paneldebat med Ida Holm og Bo Jensen": only names make "med" a marker.
                if people.speakers and not people.organisations:
                    return head, people
            elif lowered[at : at + 2] == "v/" or self._convincing(people):
                return head, people
        return title, None

    def _after_dash(self, title: str) -> tuple[str, People] | None:
        """ "Velkommen – A, leiar og B, nestleiar", "Korleis byggjer vi laget – Name":
        the people after a title's last dash, and the title before it."""
        if "-" not in title and "–" not in title and "—" not in title:
            return None  # (no dash: most lines)
        dashes = list(_DASH.finditer(title))
        if not dashes:
            return None
        head = title[: dashes[-1].start()].strip()
        rest = title[dashes[-1].end() :].strip(EDGE)
        # (a title of words: "A - Allinge Havn" is a stand's code and its place)
        if not (rest[:1].isupper() or self.is_role_word(rest.partition(" ")[0])) or not any(
            len(w) >= 4 for w in head.split()
        ):
            return None
        people = self.parse(rest)
        if people is None or not people.speakers or people.organisations:
            return None
        if len(people.speakers) == 1 and not (
            people.speakers[0].role or people.speakers[0].organisation
        ):
            # "Tematime om reiseliv - Destinasjon Lofoten": two capitalised words alone
            # may as well be a place or a body as a person
            return None
        return head, people

    def _people_then_more(self, spec: str) -> tuple[People, str] | None:
        """People opening ``spec`` up to a semicolon, a dash, a quote or a sentence's end,
        and the text after them; None when no such part names people."""
        for match in _AFTER_PEOPLE.finditer(spec):
            people = self.parse(spec[: match.start()])
            if people is not None and people.speakers and not people.organisations:
                return people, spec[match.start() :].strip(" ;–—-.")
        return None

    def _opening_people(self, text: str) -> People | None:
        """The name opening ``text``, or the people ("A og B") up to the sentence's end.

        "v./Charlotte Holm og Pernille Bak. Hvilken betydning …": both, not the first alone.
        """
        opening = self._opening(text)
        if opening is None:
            return None
        cut = self._people_then_more(text)
        if cut is None:
            return opening
        found = cut[0].speakers
        # ("professor Jan Fridthjof Bernt. Kommentarer …": the whole name, to the stop)
        if len(found) > len(opening.speakers) or (
            len(found) == 1 and found[0].name.startswith(opening.speakers[0].name)
        ):
            return cut[0]
        return opening

    def _opening(self, text: str) -> People | None:
        """ "Name efterfulgt af fællessang", "Name. Andre synger": the name opening ``text``."""
        tokens = text.split()
        if not tokens:
            return None
        found = self.titles.title_name(tokens, 0)
        role = None
        if found is None and self.is_role_word(tokens[0]):
            found = self.titles.title_name(tokens, 1)
            role = tokens[0]
        if found is None:
            return None
        return People(speakers=[Speaker(name=found[0], role=role)])

    def _signed(self, text: str) -> bool:
        """ "Styret v/ leiar Name": a board's signature, with the marker after the board."""
        board, _, rest = text.partition(" ")
        if board.lower() not in self.vocab.boards:
            return False
        lowered = rest.lower()
        return any(lowered.startswith(m) for m in self.vocab.markers)

    def _signature(self, head: str) -> bool:
        """ "Styret v/ leiar Name", "Bestyrelsen v/ formand": a body signs, nobody speaks."""
        return head.lower() in self.vocab.boards

    def _segmented(self, title: str, lowered: str, after: int, depth: int) -> People | None:
        """ "Minnetale v/ A - Tittel v/ B": the people after each marker, up to a dash or the next.

        Only names count: the words between are a second title, not an organisation.
        """
        following = self._next_marker(lowered, after)
        end = following[0] if following is not None else len(title)
        segment = title[after:end]
        dash = _DASH.search(segment)
        if dash is not None:
            segment = segment[: dash.start()]
        elif following is None:
            return None
        people = self.parse(segment)
        if people is None or not people.speakers or people.organisations:
            return None
        if following is not None and depth < 4:
            rest = title[following[1] :]
            more = self.parse(rest) or self._segmented(title, lowered, following[1], depth + 1)
            if more is not None and more.speakers and not more.organisations:
                known = {s.name for s in people.speakers}
                people.speakers.extend(s for s in more.speakers if s.name not in known)
        return people

    # -- names inside a title -------------------------------------------------------

    def _named_in_title(self, title: str) -> tuple[str, People | None]:
        """People a title names without a marker; the title stays as written.

        "Oplæg af Name, role" (the title is "Oplæg"), "Tale fra partileder Name",
        "Statsråd Name. Politisk debatt", "Name om Grønland", "Name (role) byder
        velkommen", "Name: Tittel", and the genitive "Partisekretær Names tale".
        """
        tokens = title.split()
        if len(tokens) < 2 or len(tokens) > 40:
            return title, None
        # "Oplæg af Name", "Foredrag av Name", "… lokalsamfund? F.eks. Name".
        # A by-word comes among the first three; later only a word after "?", "." or "!"
        # can lead to a name, so a title with none of them is read no further. The word
        # before a name has a word after it: only a word before the last two can end
        # such a sentence (most titles' one "?" ends the title).
        sentences = False
        if "?" in title or "." in title or "!" in title:
            before = title.rsplit(None, 2)[0]
            sentences = "?" in before or "." in before or "!" in before
        by_markers, tentative = self.vocab.by_markers, self.vocab.tentative
        # Lowering never shortens a word: one longer than every by-word is none.
        longest = self.vocab.by_longest
        for index in range(1, len(tokens) - 1 if sentences else min(4, len(tokens) - 1)):
            token = tokens[index]
            # the ending first: without a "?", "." or "!" there is no "F.eks." to look up
            if not (
                (index <= 3 and len(token) <= longest and token.lower() in by_markers)
                or (sentences and tokens[index - 1][-1] in "?.!" and token.lower() in tentative)
            ):
                continue
            people = self.parse(" ".join(tokens[index + 1 :]))
            if people is not None and people.speakers and not people.organisations:
                return " ".join(tokens[:index]).rstrip(" ,:–—-"), people
        if not self.titles.two_name_words(tokens):
            return title, None  # every reading below needs a name of two words at least
        speakers = self.titles.role_names(tokens)
        if not speakers:
            speakers = self.titles.leading_names(tokens)
        if not speakers:
            speakers = self.titles.names_before_roles(tokens)
        if not speakers:
            speakers = self.titles.after_verb(tokens)
        if not speakers:
            found = self._people_after_title(tokens, sentences)
            return found if found is not None else self._greeting_from(title, tokens)
        return title, People(speakers=speakers)

    def _people_after_title(
        self, tokens: list[str], sentences: bool
    ) -> tuple[str, People | None] | None:
        """The people a table's row glues to its title with no marker between them.

        "Hva nå? Tonje Lie og Rune Dahl": after the title's question or exclamation,
        only people. "Strategi for frivillighet Tonje Lie (fylkesråd) og Rune Dahl
        (avdelingsleder), Viken fylkeskommune": after a word in small letters, a run
        that reads as people each given with a role or body, to the end. ``sentences``
        says a "?", "." or "!" stands before the last two words.
        """
        size = len(tokens)
        for index in range(1, size - 1):
            before = tokens[index - 1]
            mark = sentences and before[-1] in "?!"
            if not mark and (not before[-1:].islower() or before.lower() in self.vocab.small_words):
                continue  # (a word of the sentence: "Sverre Lid og Marit Bø, fortel …")
            first = tokens[index]
            if not first[:1].isupper() or not self.is_person_name(
                f"{first} {tokens[index + 1].rstrip(',')}"
            ):
                continue
            people = self.parse(" ".join(tokens[index:]))
            if people is None or not people.speakers or people.organisations:
                continue
            if mark or all(self._placed_by_role(s) for s in people.speakers):
                return " ".join(tokens[:index]).rstrip(" ,:–—-"), people
        return None

    def column_people(self, title: str) -> tuple[str, People | None]:
        """A table row's title with the people of its last column glued on, split.

        "Hydrogenprosjektet Kari Bø", "Val for kystveg Ola Li, ordførar/Per Dal, leiar":
        under a heading that names the column, the people need no role or body.
        """
        tokens = title.split()
        for index in range(1, len(tokens) - 1):
            before, first = tokens[index - 1], tokens[index]
            if not before[-1:].islower() or before.lower() in self.vocab.small_words:
                continue
            if not first[:1].isupper() or not self.is_person_name(
                f"{first} {tokens[index + 1].rstrip(',')}"
            ):
                continue
            # "ordførar Flora/Reidar Sandal": a slash between two of them
            spec = _SLASHED_NAME.sub(" og ", " ".join(tokens[index:]))
            people = self.parse(spec)
            if people is not None and people.speakers and not people.organisations:
                return " ".join(tokens[:index]).rstrip(" ,:–—-("), people
        return title, None

    def _placed_by_role(self, speaker: Speaker) -> bool:
        """A speaker given with a body, or a role that opens with a job title."""
        if speaker.organisation is not None:
            return True
        role = speaker.role.split() if speaker.role else []
        return bool(role) and len(role) <= 4 and self.is_role_word(role[0].strip(",.()"))

    def _greeting_from(self, title: str, tokens: list[str]) -> tuple[str, People | None]:
        """ "Hilsen fra Name, Partiets formand": who a greeting or talk comes from.

        Only people given with their role or body: "Eksempler fra Lolland Falster"
        names a place, and "Hilsen fra KL" a body.
        """
        for index in range(1, min(4, len(tokens) - 1)):
            if tokens[index].lower() not in self.vocab.from_words:
                continue
            people = self.parse(" ".join(tokens[index + 1 :]))
            if (
                people is not None
                and people.speakers
                and not people.organisations
                and all(s.role or s.organisation for s in people.speakers)
            ):
                return " ".join(tokens[:index]), people
        return title, None

    def split_brackets(self, title: str) -> tuple[str, People | None]:
        """ "Velkommen (Anne Hansen, borgmester)": people in brackets after the title."""
        opening = title.rfind("(")
        if opening <= 0 or len(title) - opening > 200:
            return title, None
        people = self.bullet_people(title[opening + 1 : -1])
        if people is None or people.organisations:
            return title, None
        return title[:opening].rstrip(" ,–—-"), people

    def _next_marker(self, lowered: str, start: int) -> tuple[int, int, bool] | None:
        """(where, after, is a list marker) of the next speaker marker from ``start``."""
        # the pattern takes the space or "(" before the marker too
        match = self._marker_pattern.search(lowered, start - 1 if start else 0)
        if match is None:
            return None
        marker = match.group("marker")
        listing = marker in self.vocab.list_markers and marker not in self.vocab.markers
        return match.start("marker"), match.end("marker"), listing

    def _convincing(self, people: People) -> bool:
        """After "ved" a name or a clear organisation, not just any words ("ved siden af")."""
        return bool(people.speakers) or all(
            any(self.is_org_word(w) for w in o.name.split()) or o.name[:1].isupper()
            for o in people.organisations
        )

    def line_people(self, text: str) -> People | None:
        """People on a line of their own: "v/ Name, role", "Med A, B og C", "Samtale mellom …"."""
        lowered = text.lower()
        marked = self._marked(text, lowered)
        if marked is not None:
            return marked[1]
        head, people = self._split_at_marker(text, lowered)
        if people is not None and head.count(" ") < 3 and people.speakers:
            return people
        words = text.split(" ", 3)
        if (
            len(words) >= 3
            and words[1].lower() in self.vocab.list_markers
            and words[0][:1].isupper()
        ):
            people = self.parse(text.split(" ", 2)[2])
            if people and people.speakers and not people.organisations:
                return people
        return None

    def marked_people(self, text: str) -> People | None:
        """ "Ved A, role, og B, role": people after a speaker marker that opens the line,
        however long the line is; None when no marker opens it or the rest is no list."""
        marked = self._marked(text, text.lower())
        return None if marked is None else marked[1]

    def _marked(self, text: str, lowered: str) -> tuple[str, People | None] | None:
        """(marker, its people) when a speaker or list marker opens ``text``, else None."""
        for marker in self.vocab.line_markers_by_letter.get(lowered[:1], ()):
            if lowered.startswith(marker) and (
                marker.endswith(("/", ".")) or lowered[len(marker) : len(marker) + 1] == " "
            ):
                people = self.parse(text[len(marker) :])
                if people and any(s.role and s.role.count(" ") >= 6 for s in people.speakers):
                    # "Ved arrangementet i salen vil der være taler ved A, B …": the opening
                    # word is a preposition, and the people come after the marker further on
                    again = lowered.find(f" {marker} ", len(marker))
                    later = self.parse(text[again + len(marker) + 2 :]) if again > 0 else None
                    people = later if later is not None and later.speakers else people
                if people and (marker in self.vocab.markers or people.speakers):
                    return marker, people
                return marker, None
        return None

    def listed_sentence(self, text: str) -> People | None:
        """ "Samtale med Lene Borg, direktør, og Jonas Eg, forsker.": a sentence naming who talks.

        Only a sentence of a word, a list marker ("med", "mellem") and people, each
        perhaps with a role, and nothing else: "Samtale med Lene Borg om busserne." is
        a description (whose name the audit reports).
        """
        words = text.split(" ", 2)
        if (
            len(words) < 3
            or not text.endswith(".")
            or words[1].lower() not in self.vocab.list_markers
            or not words[0][:1].isupper()
        ):
            return None
        if self._says_more(words[2][:-1], self.vocab.glue | self.vocab.place_words):
            return None  # more is said than who: a description
        people = self.line_people(text[:-1])
        if people is None or not people.speakers or people.organisations:
            return None
        return people

    def people_sentence(self, text: str) -> People | None:
        """ "A, Skedsmo Mållag, B, Hamar mållag og C, Sveio Mållag.": a sentence that is
        only people, two or more, each with a role or a body, perhaps after a label of a
        word or two ("Panelsamtale: …"); None for anything else."""
        if not text.endswith(".") or text.count(",") < 2:
            return None
        colon = text.find(": ", 0, 30)
        if colon > 0 and text[:colon].count(" ") <= 1 and text[:1].isupper():
            text = text[colon + 2 :]  # "Panelsamtale: A, leiar i X, B, …": the label goes
        # (a word that ends in "-" goes on in the next: "dialekt- og mållag")
        words = " ".join(w for w in text[:-1].split() if not w.endswith("-"))
        if self._says_more(words, self.vocab.glue | self.vocab.place_words):
            return None  # "… spør formand Name, hvorfor …": a sentence about them
        people = self.parse(text[:-1])
        if people is None or len(people.speakers) < 2 or not _placed(people):
            return None
        return people

    def opening_speakers(self, text: str) -> People | None:
        """The speakers of a line that opens with a few words and a marker.

        "Innlegg av Name, fyrstebibliotekar ved …", "Velkommen ved ordstyrer Name, …";
        after a list marker ("Samtale med Name om …") only :meth:`listed_sentence`
        reads people, as a sentence that says more is a description.
        """
        if not text[:1].isupper():
            return None  # a title going on in lower case on its next line, say
        head, found = self.split_title(text)
        if found is None or not found.speakers or head == text:
            return None
        words = text.split(" ", 2)
        if not 0 < len(head.split()) <= 5 or words[1].lower() in self.vocab.list_markers:
            return None
        return found

    def _says_more(self, text: str, glue: frozenset[str]) -> bool:
        """Whether ``text`` (outside brackets) has a lower-case word that is no job title,
        no organisation's word and none of ``glue``: more than people and their roles.

        A word just before a job title describes it ("næringspolitisk rådgiver").
        """
        tokens = _BRACKETS.sub(" ", text).split()
        return any(
            t[:1].islower()
            and not (self.is_role_word(t) or self.is_org_word(t) or t.strip(EDGE) in glue)
            and not (i + 1 < len(tokens) and self.is_role_word(tokens[i + 1]))
            for i, t in enumerate(tokens)
        )

    def speaker_line(self, text: str) -> bool:
        """True when ``text`` is only people ("v/ Name, role", "Name, Org"), with no title.

        Stricter than :meth:`line_people`: "Oplæg v. Name" has a title before the
        marker, so it may head a session that a time alone on the line above opened.
        """
        lowered = text.lower()
        for marker in self.vocab.line_markers_by_letter.get(lowered[:1], ()):
            if lowered.startswith(marker) and (
                marker.endswith(("/", ".")) or lowered[len(marker) : len(marker) + 1] == " "
            ):
                return self.line_people(text) is not None
        if self._says_more(text, self.vocab.glue):
            return False  # "Name (role) byder velkommen": a sentence, so a title
        people = self.parse(text)
        return people is not None and bool(people.speakers) and not people.organisations

    def names_cased(self, text: str) -> str:
        """ "Minister MATTIAS TESFAYE åbner …": names written in capitals, in ordinary case.

        Pages set a speaker's name in capitals inside running text. A run of two to
        four words in capitals, in a line that has lower case too, is given ordinary
        case, so that the name reads as a name; a line mostly in capitals is left as
        it is, and so is a run holding a small word ("FRA") or a body's word or
        acronym ("SKOLE", "KL"): a heading or a body. A text with no such run comes
        back as it is.
        """
        if not _CAPITALS.search(text):
            return text
        if sum(c.islower() for c in text) < sum(c.isupper() for c in text):
            return text  # a heading in capitals ("FROKOST Ved VIFTENS BISTRO")
        return _CAPITALS.sub(self._cased_run, text)

    def _cased_run(self, match: re.Match[str]) -> str:
        run = match.group(0)
        words = run.split()
        if any(w.lower() in self.vocab.glue or self.is_org_word(w.title()) for w in words):
            return run
        return " ".join(w.title() for w in words)

    def prose_people(self, text: str) -> People | None:
        """People a sentence names with their job title or role.

        "Centerdirektør Name fører os ind i …", "Name, kulturkommentator, er dagens
        programleiar": a speaker named in a description paragraph.
        """
        # Descriptions repeat ("Kom og hør, …" under many sessions): each is read once.
        return _read_once(self._prose_cache, text, self._prose_people)

    def _prose_people(self, text: str) -> People | None:
        tokens = text.split()
        if len(tokens) > 80 or not self.titles.two_name_words(tokens):
            return None  # both readings below need a name of two words at least
        speakers = self.titles.role_names(tokens)
        if speakers:
            # "Bjørn Holm deltar i debatt med politidirektør Odd Li": the bare name too
            opening = self._people_opening_sentences(text)
            if opening is not None:
                known = {s.name for s in speakers}
                speakers = [*[s for s in opening.speakers if s.name not in known], *speakers]
        if not speakers:
            named = self._name_then_job(tokens)
            if named is not None:
                speakers = [Speaker(name=named)]
        if not speakers:
            return self._leading_people(text) or self._people_opening_sentences(text)
        return People(speakers=speakers) if speakers else None

    def _name_then_job(self, tokens: list[str]) -> str | None:
        """The name opening ``tokens`` when a comma and a job title follow it ("Trude Li,
        dagleg leiar …"), else None."""
        found = self.titles.title_name(tokens, 0)
        if (
            found is not None
            and found[1] < len(tokens)
            and tokens[found[1] - 1].endswith(",")
            and self.parts.starts_role(tokens, found[1])
        ):
            return found[0]
        return None

    def _people_opening_sentences(self, text: str) -> People | None:
        """ "Marie Holm fra Dagbladet og Vidar Lund fra Fædrelandsvennen vurderer … i samtale
        med Kjell Saure fra KS.": the people who open a sentence of a description, each
        with a body or role, up to its verb; and those "i samtale med" after it."""
        found: list[Speaker] = []
        for number, sentence in enumerate(SENTENCE_BREAK.split(text)):
            tokens = sentence.rstrip(".").split()
            if len(tokens) < 4 or not tokens[0][:1].isupper():
                continue
            leading = self._leading_people(sentence) if number else None
            if leading is not None:
                # "… trenden. Divisjonsdirektør for folkehelse, Linda Holm, deltar i debatten."
                found.extend(leading.speakers)
                continue
            named = self._name_then_job(tokens) if number else None
            if named is not None:
                # "Innleiar blir annonsert. Trude Li, dagleg leiar for Vossa Jazz.": a
                # sentence that is a name and a job title
                found.append(Speaker(name=named))
                continue
            verb = next(
                (
                    i
                    for i, t in enumerate(tokens)
                    if t[:1].islower() and t.lower() not in self.vocab.between_people
                ),
                None,
            )
            if verb is None or verb < 2:
                continue
            people = self.parse(" ".join(tokens[:verb]))
            if people is None or not people.speakers:
                continue
            if not _placed(people) and not (
                # "Bjørn Holm deltar i debatt med …": a bare name, then what speakers do
                tokens[verb].lower() in self.vocab.speaking_verbs
                and not people.organisations
                and all(" " in s.name for s in people.speakers)
            ):
                continue
            found.extend(people.speakers)
            lowered = [t.lower() for t in tokens]
            for at in range(verb, len(tokens) - 2):
                if lowered[at] == "med" and lowered[at - 1].rstrip(",") in _TALK_WORDS:
                    more = self.parse(" ".join(tokens[at + 1 :]))
                    if more is not None and more.speakers and _placed(more):
                        found.extend(more.speakers)
                    break
        return People(speakers=found) if found else None

    def _leading_people(self, text: str) -> People | None:
        """ "A, ph.d., og B, autoriseret psykolog, debatterer …", "Name formand for X,
        tilbyder …": people, each with a role or a body, opening a sentence whose verb
        follows the comma after them; None for anything else."""
        if not text[:1].isupper():
            return None
        end = text.find(". ")
        sentence = text if end < 0 else text[:end]
        commas = [i for i, c in enumerate(sentence[:160]) if c == ","]
        for comma in reversed(commas):
            after = sentence[comma + 1 :].lstrip()
            if not after[:1].islower() or self.parts.starts_role(after.split(), 0):
                continue  # a verb goes on after the people, not their next role
            people = self.parse(sentence[:comma])
            if people is not None and people.speakers and _placed(people):
                return people
        return None

    def labelled_tail(self, text: str) -> tuple[str, People] | None:
        """ "Paneldebat med A, B og C. Ordstyrer: journalist Name": a speaker label after
        a sentence, and its people; the text before it and the people, or None.

        Without the colon (". Innleder Kjell Holm og Jarle Li") only people may follow.
        """
        if ". " not in text and "? " not in text and "! " not in text:
            return None
        for match in _SENTENCE_LABEL.finditer(text):
            label = match.group("label")
            if label.lower() not in self.vocab.label_words:
                continue
            people = self.parse(text[match.end() :])
            if people is None or not people.speakers:
                return None
            if match.group("colon") is None and people.organisations:
                return None
            if leads_session(label):
                people = with_lead_role(people, label.lower())
            # the title keeps its "?" or "!", not the full stop before the label
            end = match.start() + (text[match.start()] != ".")
            return text[:end], people
        return None

    def talk_and_speakers(self, text: str) -> tuple[str, People] | None:
        """ "«Tittel» – professor i statsvitenskap Name, Universitetet": a talk, its speaker.

        The talk's title in quotes, a dash, then people with their roles; or, with
        no quotes, people after the last dash who each have a role or a body
        ("Kraft i det grønne skiftet – fylkesråd for plan og næring Name").
        """
        if text[:1] not in _QUOTES:
            found = self._after_dash(text)
            if found is None or not all(s.role or s.organisation for s in found[1].speakers):
                return None
            return found
        dash = _DASH.search(text)
        if dash is None:
            return None
        title, rest = text[: dash.start()].strip(), text[dash.end() :].strip(EDGE)
        if title[-1:] not in _QUOTES or not rest:
            return None
        people = self.parse(rest)
        if people is None or not people.speakers or people.organisations:
            return None
        return title, people

    def bullet_people(self, text: str) -> People | None:
        """A list item that is a person ("Ordfører Name, Kommune"), not an agenda point.

        Also a person who leads the item: "Name: «Tittel»", "Name – innleiing om …",
        "UNICEF – Name", "Statsråd Name innleder".
        """
        return _read_once(self._line_cache, text, self._bullet_people)

    def _bullet_people(self, text: str) -> People | None:
        stripped = text.strip(EDGE)
        # _signed's own first test (a board's name first), made here without the call
        if stripped.partition(" ")[0].lower() in self.vocab.boards and self._signed(stripped):
            return None
        people = self.parse(text)
        if people is not None and people.speakers:
            if len(people.speakers) >= 2:
                return people
            speaker = people.speakers[0]
            if speaker.role or speaker.organisation:
                return people
        text = text.strip(EDGE)
        colon = text.find(": ", 0, 80)
        if colon > 0:
            # "Professor Name: Tittel", "Name: «Tittel»".
            part = self.parts.read(text[:colon])
            if part is not None and part.kind in ("person", "rolename") and not part.extra:
                return People(speakers=[Speaker(name=part.text, role=part.role)])
        dash = _DASH.search(text, 0, 80)
        if dash is not None:
            left, right = text[: dash.start()].strip(EDGE), text[dash.end() :].strip(EDGE)
            if self.is_person_name(left) and right:
                # "Name – Org" or "Name – innleiing om …": the person leads the line.
                lead = right.split(None, 1)[0].strip(EDGE).lower()
                if self.is_role_word(lead) or lead in self.vocab.modifiers:
                    # "Name - Administrerende direktør i Green Power Denmark": a job title
                    role, body = self._role_and_organisation(right)
                    return People(speakers=[self._speaker(left, role, body)])
                organisation = None
                if right[:1].isupper() and len(right.split()) <= 6:
                    organisation = Organisation(name=right)
                return People(speakers=[Speaker(name=left, organisation=organisation)])
            if (
                self.is_person_name(right)
                and len(left.split()) <= 4
                and any(self.is_org_word(w) for w in left.split())
            ):
                return People(speakers=[Speaker(name=right, organisation=Organisation(name=left))])
        tokens = text.split()
        if len(tokens) <= 12:
            speakers = self.titles.role_names(tokens)
            if speakers:
                return People(speakers=speakers)
        return None


# A label after a sentence's end: ". Ordstyrer: …", "? Deltakere: …".
# ". Innleder Kjell Holm" without the colon, before a capital.
_SENTENCE_LABEL = re.compile(
    r"[.?!]\s+(?P<label>[A-ZÆØÅ][\wæøå-]{2,24})(?P<colon>:)?(?(colon)\s+|\s+(?=[A-ZÆØÅ]))"
)

# Where people named after a marker may end and more of the title go on.
_AFTER_PEOPLE = re.compile(r';|\s[–—-]\s|\s[«"“]|\.\s+(?=[A-ZÆØÅ])')

# Quotation marks around a talk's title: «», "", “”, ”” and ''.
_QUOTES = "«»\"“”'"


def with_lead_role(people: People, role: str) -> People:
    """``people`` with ``role`` ("ordstyrer") put first in each speaker's role."""
    speakers = [
        attrs.evolve(s, role=role if not s.role else f"{role}, {s.role}")
        if not (s.role or "").lower().startswith(role)
        else s
        for s in people.speakers
    ]
    return People(speakers=speakers, organisations=list(people.organisations))
