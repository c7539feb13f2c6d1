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

import re
from dataclasses import dataclass, field

from folkemode.importers.text.names import EDGE, INITIAL, NAME_TOKEN, NameWords
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import Organisation, Speaker

__all__ = ["People", "PeopleReader"]

# Plural endings of job titles: "ordførarane", "ordførerne", "borgmestrene".
_PLURALS = ("arane", "ane", "erne", "ene", "arne", "ne", "e")
_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:og|&|samt|and)\s+", re.IGNORECASE)


@dataclass
class People:
    """Speakers and organisations read from one specification."""

    speakers: list[Speaker] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.speakers or self.organisations)


@dataclass
class _Person:
    name: str
    role: str | None = None
    organisation: str | None = None

    def speaker(self) -> Speaker:
        org = Organisation(name=self.organisation) if self.organisation else None
        return Speaker(name=self.name, role=self.role, organisation=org)


@dataclass(frozen=True, slots=True)
class _Part:
    kind: str  # "person", "role", "org"
    text: str
    role: str | None = None
    extra: str | None = None


def _marker_pattern(markers: frozenset[str]) -> re.Pattern[str]:
    """One pattern finding every speaker marker: "v/" after a space or "(", words between spaces."""
    glued = [m for m in markers if m.endswith(("/", "."))]
    spaced = [m for m in markers if m not in glued]
    alternatives = []
    if glued:
        joined = "|".join(re.escape(m) for m in sorted(glued, key=len, reverse=True))
        alternatives.append(rf"(?<=[\s(])(?P<glued>{joined})")
    if spaced:
        joined = "|".join(re.escape(m) for m in sorted(spaced, key=len, reverse=True))
        alternatives.append(rf"(?<=\s)(?P<spaced>{joined})(?=\s)")
    body = "|".join(alternatives) or "(?!)"
    return re.compile(rf"(?P<marker>{body})")


def _join(first: str | None, second: str, glue: str) -> str:
    return second if not first else f"{first}{glue}{second}"


class PeopleReader(NameWords):
    """Reads people and organisations with one vocabulary and the places of one text."""

    def __init__(self, lexicon: Lexicon, places: frozenset[str] = frozenset()) -> None:
        super().__init__(lexicon, places)
        self._part_cache: dict[str, _Part | None] = {}
        self._markers = lexicon.words("speaker_markers")
        self._list_markers = lexicon.words("list_markers")
        # "Title Innleder: Name" — a speaker label inside a title line.
        self._label_words = lexicon.words("speaker_labels")
        self._label_markers = frozenset(f"{w}:" for w in self._label_words)
        self._marker_pattern = _marker_pattern(
            self._markers | self._list_markers | self._label_markers
        )

    # -- parts -------------------------------------------------------------------

    def _name_run(self, tokens: list[str], start: int) -> int:
        """End of the run of name-like tokens from ``start``."""
        end = start
        while end < len(tokens):
            token = tokens[end]
            if (
                NAME_TOKEN.match(token)
                or INITIAL.match(token)
                or (token.lower() in self._particles and end > start)
            ):
                end += 1
            else:
                break
        while end > start and tokens[end - 1].lower() in self._particles:
            end -= 1
        return end

    def _read_part(self, part: str) -> _Part | None:
        if part in self._part_cache:
            return self._part_cache[part]
        reading = self._read_part_uncached(part)
        if len(self._part_cache) < 20_000:
            self._part_cache[part] = reading
        return reading

    def _read_part_uncached(self, part: str) -> _Part | None:
        text = part.strip(EDGE)
        if not text:
            return None
        tokens = text.split()
        position = 0
        while position < len(tokens) and (
            tokens[position].lower() in self._modifiers or self.is_role_word(tokens[position])
        ):
            position += 1
        has_role = any(self.is_role_word(t) for t in tokens[:position])
        role = " ".join(tokens[:position]) if has_role else None
        if has_role:
            end = self._name_run(tokens, position)
            name = " ".join(tokens[position:end])
            if end > position and self.is_person_name(name):
                tail = " ".join(tokens[end:]) or None
                return _Part("person", name, role=role, extra=tail)
            return _Part("role", text)
        if text[0].islower():
            if any(self.is_role_word(t) for t in tokens):
                return _Part("role", text)
            return _Part("words", text)
        end = self._name_run(tokens, 0)
        name = " ".join(tokens[:end])
        if end == len(tokens) and self.is_person_name(name):
            return _Part("person", name)
        if end >= 2 and self.is_person_name(name):
            tail = " ".join(tokens[end:])
            if tail.startswith("(") or tail[:1].isupper():
                return _Part("person", name, extra=tail)
        # "Socialpolitisk arbejdsgruppe Ingelise Bech-Hansen": an organisation or
        # role, then a name at the end.
        for cut in range(1, len(tokens) - 1):
            if NAME_TOKEN.match(tokens[cut]) and tokens[cut - 1][:1].islower():
                name = " ".join(tokens[cut:])
                prefix = " ".join(tokens[:cut])
                if self.is_person_name(name):
                    if any(self.is_org_word(t) for t in tokens[:cut]):
                        return _Part("person", name, extra=prefix)
                    if any(self.is_role_word(t) for t in tokens[:cut]):
                        return _Part("person", name, role=prefix)
                break
        return _Part("org", text)

    def _parts(self, spec: str) -> list[tuple[str, str]]:
        """(separator before, part) pairs; commas and "og" after a hyphen do not split."""
        pieces: list[tuple[str, str]] = []
        glue = ""
        position = 0
        for match in _SPLIT.finditer(spec):
            before = spec[position : match.start()]
            if before.endswith("-") or not before.strip():
                continue
            pieces.append((glue, before))
            glue = match.group(0)
            position = match.end()
        pieces.append((glue, spec[position:]))
        return [(g, p) for g, p in pieces if p.strip(EDGE)]

    # -- specifications ------------------------------------------------------------

    def parse(self, spec: str) -> People | None:
        """Speakers and organisations in ``spec``, or None when it is not such a list."""
        spec = spec.strip(EDGE)
        if not spec or len(spec) > 400:
            return None
        spec = self._shared_lead(spec)
        parts = self._parts(spec)
        if len(parts) > 24:
            return None
        readings: list[tuple[str, _Part]] = []
        for glue, text in parts:
            part = self._read_part(text)
            if part is None:
                return None
            readings.append((glue.strip().lower(), part))
        listing = any(
            glue in ("og", "&", "samt", "and")
            and part.kind == "person"
            and readings[index - 1][1].kind == "person"
            for index, (glue, part) in enumerate(readings)
            if index > 0
        )
        people: list[_Person] = []
        organisations: list[str] = []
        pending_role: str | None = None
        last: _Person | None = None
        for glue, part in readings:
            if part.kind == "person":
                if (
                    last is not None
                    and not listing
                    and part.role is None
                    and last.organisation is None
                    and glue not in ("og", "&", "samt", "and")
                ):
                    last.organisation = part.text if not part.extra else f"{part.text} {part.extra}"
                    continue
                last = _Person(part.text, role=part.role or pending_role)
                pending_role = None
                if part.extra:
                    if part.role is None and part.extra[:1].islower():
                        last.role = part.extra
                    else:
                        last.organisation = part.extra.strip("()") or None
                people.append(last)
            elif part.kind == "role":
                if last is not None and pending_role is None:
                    last.role = _join(
                        last.role, part.text, f" {glue} " if glue[:1].isalpha() else ", "
                    )
                else:
                    pending_role = _join(pending_role, part.text, ", ")
            elif part.kind == "org":
                if glue in ("og", "&") and organisations and last is None:
                    # "Statsforvalteren i Vestfold og Telemark" is one organisation.
                    organisations[-1] = f"{organisations[-1]} {glue} {part.text}"
                elif last is not None and last.organisation is None:
                    last.organisation = part.text
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
            speakers=[p.speaker() for p in people],
            organisations=[Organisation(name=o) for o in organisations],
        )

    def _shared_lead(self, spec: str) -> str:
        """ "Ordstyrar: Name" and "ordførarane A (X), B (Y) og C (Z)": the lead goes.

        A speaker label before the names, or a job title in the plural that
        is all the listed people's, says nothing about any one of them.
        """
        if spec[0].islower():
            head, _, rest = spec.partition(" ")
            if rest and not self.is_role_word(head):
                for ending in _PLURALS:
                    if head.endswith(ending) and self.is_role_word(head[: -len(ending)]):
                        return rest.lstrip()
            return spec
        colon = spec.find(": ", 0, 24)
        if colon > 0 and spec[:colon].lower() in self._label_words:
            return spec[colon + 2 :].lstrip()
        return spec

    def _role_and_organisation(self, role: str) -> tuple[str, str | None]:
        """ "sjeføkonom i KS" is the role "sjeføkonom" at the organisation "KS"."""
        for preposition in (" i ", " for ", " hos ", " ved ", " på "):
            at = role.find(preposition)
            if at <= 0:
                continue
            tail = role[at + len(preposition) :].strip()
            if tail[:1].isupper() and any(self.is_org_word(w) for w in tail.split()):
                return role[:at].strip(), tail
        return role, None

    def split_title(self, title: str) -> tuple[str, People | None]:
        """Split "Title v/ Name, role" into the title and the people after the marker."""
        lowered = title.lower()
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
            people = self.parse(title[after:])
            if not (head and people):
                continue
            if listing:
                # "Paneldebat med Ida Holm og Bo Jensen": only names make "med" a marker.
                if people.speakers and not people.organisations:
                    return head, people
            elif lowered[at : at + 2] == "v/" or self._convincing(people):
                return head, people
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
        match = self._marker_pattern.search(lowered, start)
        if match is None:
            return None
        marker = match.group("marker")
        listing = marker in self._list_markers and marker not in self._markers
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
        for marker in self._markers | self._list_markers:
            if lowered.startswith(marker) and (
                marker.endswith(("/", ".")) or lowered[len(marker) : len(marker) + 1] == " "
            ):
                people = self.parse(text[len(marker) :])
                if people and (marker in self._markers or people.speakers):
                    return people
                return None
        head, people = self.split_title(text)
        if people is not None and head.count(" ") < 3 and people.speakers:
            return people
        words = text.split(" ", 3)
        if len(words) >= 3 and words[1].lower() in self._list_markers and words[0][:1].isupper():
            people = self.parse(text.split(" ", 2)[2])
            if people and people.speakers and not people.organisations:
                return people
        return None

    def bullet_people(self, text: str) -> People | None:
        """A list item that is a person ("Ordfører Name, Kommune"), not an agenda point."""
        people = self.parse(text)
        if people is None or not people.speakers:
            return None
        if len(people.speakers) >= 2:
            return people
        speaker = people.speakers[0]
        if speaker.role or speaker.organisation:
            return people
        return None
