"""The lines under a session: speakers, agenda points, description, links.

Below "Kl. 10.00 Velkommen" a programme may give speaker lines ("v/ Name,
role", "Oplægsholder: Title, Name, Org", "Med A, B og C"), bullets that are
people ("• Ordfører Name, Kommune") or agenda points (nested by indentation),
headings with bullets under them, paragraphs and links. :class:`BodyReader`
puts each such line into the open :class:`~.drafts.SessionDraft`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol

from folkemode.importers.text.classify import Kind, Shape
from folkemode.importers.text.contacts import find_urls
from folkemode.importers.text.drafts import SessionDraft
from folkemode.importers.text.endings import Endings
from folkemode.importers.text.ledger import Ledger, session_label
from folkemode.importers.text.lines import Line, bare_name, word_count
from folkemode.importers.text.people import People, PeopleReader, with_lead_role
from folkemode.model import Organisation, SessionKind
from folkemode.roles import leads_session

__all__ = ["BodyReader"]


class _Named(Protocol):
    @property
    def name(self) -> str: ...


class _Names:
    """The names in a list that grows at its end (a session's speakers), kept as it grows."""

    __slots__ = ("counted", "last", "names", "things")

    def __init__(self, things: Sequence[_Named]) -> None:
        self.things = things  # held, so its ``id()`` is not given to another list
        self.names: set[str] = set()
        self.counted = 0
        self.last: _Named | None = None


# Sessions no description gives a speaker: a paragraph under a break speaks of another.
_NO_TALKS = frozenset({SessionKind.BREAK, SessionKind.MEAL})
# The fewest letters of a word that names one session among others ("Landstingssalen").
_NAMING_WORD = 8


def _places_named(text: str) -> set[str]:
    """The long capitalised words after "i" or "på" in ``text`` ("i Landstingssalen")."""
    words = text.split()
    return {
        word.strip('.,:;!?()«»"')
        for before, word in itertools.pairwise(words)
        if before.lower() in ("i", "på", "paa") and len(word) >= _NAMING_WORD and word[:1].isupper()
    }


class BodyReader:
    """Reads body lines into sessions."""

    def __init__(
        self,
        people: PeopleReader,
        ledger: Ledger,
        sessions: Sequence[SessionDraft] = (),
        endings: Endings | None = None,
    ) -> None:
        self.people = people
        self.ledger = ledger
        self.sessions = sessions
        """The sessions read so far (the structure's own list, which grows)."""
        self.endings = endings
        """The text's end rules: an end marker ("Tak for i aften") has no speakers."""
        self.people_list: SessionDraft | None = None
        """The session whose speaker label ("Deltagere:") announced a list below it."""
        self.panel_list: SessionDraft | None = None
        """The session under which a line announced a panel ("Debatpanelet består af:")."""
        self.named_bullets: dict[int, int] = {}
        """Indent of the bullets of bare names under a session, by ``id()`` of the session."""
        self.known_names: dict[int, _Names] = {}
        """The names in a session's speakers or organisations, by ``id()`` of the list."""
        self.role_line: Line | None = None
        """The line below "Signe Pape," that gave her role, read with her name already."""
        self.performer_roles: dict[str, bool] = {}
        """Whether a role is a performer's, by role (see :meth:`_performer_role`)."""
        self.speaker_bullet: tuple[int, int] | None = None
        """The session (by ``id()``) and indent of the last line, when it was a bullet
        that named speakers ("- Name, leder i LO"): a bare name may follow in the list."""

    def _names(self, things: Sequence[_Named]) -> set[str]:
        """The names in ``things`` (a session's speakers, say) as it stands now.

        Kept from one call to the next, so a session with thousands of speaker
        lines is not read through again for each; what was added to the list
        since (speakers from the title line, a table row) is taken in first.
        """
        known = self.known_names.get(id(things))
        if known is None or known.things is not things:
            known = self.known_names[id(things)] = _Names(things)
        counted = known.counted
        if counted and (len(things) < counted or things[counted - 1] is not known.last):
            known.names.clear()  # changed other than at its end: read it all again
            counted = known.counted = 0
            known.last = None
        if len(things) > counted:
            known.names.update([thing.name for thing in things[counted:]])
            known.counted, known.last = len(things), things[-1]
        return known.names

    def add_people(self, session: SessionDraft, people: People, line: Line, what: str) -> None:
        if line.bullet is not None and people.speakers:
            self.speaker_bullet = (id(session), line.indent)
        if people.speakers:
            # "Kulturinnslag v/ Name" (the line names a performance), "Jon Lid" under
            # "Kunstnarleg innslag" (the title does), "Jon Lid, komikar med gitar" (the
            # role does): performers, who are no speakers
            words = line.text.split(None, 2)
            is_performer = self.people.is_performer_word
            everyone = (
                is_performer(words[0])
                or (len(words) > 1 and is_performer(words[1]))
                or self._performance(session)
            )
            kept = (
                []
                if everyone
                else [s for s in people.speakers if not (s.role and self._performer_role(s.role))]
            )
            if len(kept) < len(people.speakers):
                self.people.performers.update(s.name for s in people.speakers if s not in kept)
                people = People(kept, people.organisations)
                if not kept:
                    what = "performer"
        if people.speakers:
            self.add_speakers_quietly(session, people)
            if self.panel_list is session and line.bullet is not None:
                session.panel.extend(people.speakers)
        if people.organisations:
            # Most lines name no organisation of their own: the session's names are
            # looked at only when there is one to add (they are kept, not worked out).
            have = self._names(session.organisations)
            session.organisations.extend([o for o in people.organisations if o.name not in have])
        session.body_lines += 1
        self.ledger.claim(line, f"{session_label(session.title)}: {what}")

    def _performer_role(self, role: str) -> bool:
        """A role that makes its bearer a performer ("komikar med gitar"); roles repeat."""
        known = self.performer_roles.get(role)
        if known is None:
            known = self.performer_roles[role] = any(
                map(self.people.is_performer_word, role.split())
            )
        return known

    def _performance(self, session: SessionDraft) -> bool:
        """A short title that names a performance ("Kunstnarleg innslag")."""
        title = session.title
        if title.count(" ") > 3:
            return False
        return any(map(self.people.is_performer_word, title.split()))

    def add_speakers_quietly(self, session: SessionDraft, people: People) -> None:
        """Add the speakers ``people`` names that ``session`` does not have yet (no claim).

        An end marker ("Tak for i aften") takes none: a list under it (the candidates
        who took part, say) names the evening's people, whom the audit then reports.
        """
        if self.endings is not None and self.endings.opens_with_marker(session.title):
            return
        speakers = session.speakers
        # A few speakers are read through at once; only a long list (a session with
        # many speaker lines) keeps its names from one line to the next.
        known = {s.name for s in speakers} if len(speakers) <= 8 else self._names(speakers)
        # ``known`` is read as it was before: two speakers of one name in ``people`` both go in;
        # one known already goes in again when this line gives a body (the session's speakers
        # are made unique when it is built, each keeping what any of its lines told)
        speakers.extend(
            [s for s in people.speakers if s.name not in known or s.organisation is not None]
        )

    def describe(self, session: SessionDraft, line: Line) -> None:
        session.description.append(line.text)
        session.body_lines += 1
        self.ledger.claim(line, f"{session_label(session.title)}: description")

    def item(self, session: SessionDraft, line: Line, depth: float) -> None:
        session.add_item(line.text.rstrip(":").strip() or line.text, depth)
        session.body_lines += 1
        self.ledger.claim(line, f"{session_label(session.title)}: agenda item")

    def field(self, session: SessionDraft, line: Line, shape: Shape) -> bool:
        """A labelled line under a session; False when it belongs to the event instead."""
        categories = shape.categories
        value = shape.value
        if "speaker_labels" in categories:
            if not value:
                self.people_list = session
                session.body_lines += 1
                self.ledger.claim(line, f"{session_label(session.title)}: speaker label")
                return True
            label = line.text.partition(":")[0]
            # "Deltagere: A, B": a list of people; "Ordstyrer: Name, Hedeby Avis" one, and
            # where they come from
            people = self.people.parse(value, listed=not leads_session(label))
            if people:
                if leads_session(label):
                    # "Ordstyrer: journalist Name": the label is what they do here
                    people = with_lead_role(people, label.strip().lower())
                self.add_people(session, people, line, "speakers")
            else:
                self.describe(session, line)
            return True
        if "room_labels" in categories or "label_venue" in categories:
            session.room = value
            session.body_lines += 1
            self.ledger.claim(line, f"{session_label(session.title)}: room")
            return True
        if "label_organiser" in categories:
            session.organisations.append(Organisation(name=value))
            session.body_lines += 1
            self.ledger.claim(line, f"{session_label(session.title)}: organiser")
            return True
        if (
            "label_description" in categories
            or "label_practical" in categories
            # "Emne: …", "Form: Workshop" under a session: what it is about, and how it is held
            or "label_subject" in categories
            or "label_format" in categories
        ):
            self.describe(session, line)
            return True
        return False

    def line(
        self,
        session: SessionDraft,
        line: Line,
        shape: Shape,
        following: Sequence[tuple[Line, Shape]],
        *,
        attached: bool = False,
    ) -> None:
        """Read one text line under ``session``; ``following`` are the next few lines.

        ``attached`` says no blank line came between this line and the one before.
        """
        text = line.text
        # ("- Name, leder i LO" / "- Jan Willem Goudriaan": the list goes on with a bare name)
        after_speaker = self.speaker_bullet == (id(session), line.indent)
        self.speaker_bullet = None
        if line is self.role_line:
            self.role_line = None
            session.body_lines += 1
            self.ledger.claim(line, f"{session_label(session.title)}: speaker's role")
            return
        if line.bullet is None:
            # "Debatpanelet af folkevalgte består af:": the people listed next are a panel
            announces = text.endswith(":") and "panel" in text.lower()
            self.panel_list = session if announces else None
            if announces:
                session.panel_line = line
        if self.people_list is session and line.bullet is not None:
            people = self.people.parse(text)
            if people is not None and not people.speakers:
                # "• Name - Miljøminister" under "Deltagere:": the person, then the job
                people = self.people.bullet_people(text) or people
            if people:
                self.add_people(session, people, line, "speakers")
                return
        if self.people_list is session and line.bullet is None and not line.indent:
            self.people_list = None
        # A web address opens with "http://", "https://" or "www." (any case): without
        # "://" or "." in the line there is none to look for (most speaker lines).
        urls = find_urls(text) if "." in text or "://" in text else []
        if urls and len(text) <= len(urls[0]) + 2:
            session.links.extend(urls)
            session.body_lines += 1
            self.ledger.claim(line, f"{session_label(session.title)}: link")
            return
        talk = self.people.talk_and_speakers(text)
        if talk is not None:
            # "• «Tittel» – professor Name, Universitetet": a talk and who gives it
            self.add_people(session, talk[1], line, "agenda item and speakers")
            session.add_item(talk[0], float(line.indent))
            return
        if line.bullet is not None:
            tail = self.people.labelled_tail(text)
            if tail is not None:
                # "• Pandima, Interreg IVC. Innleder Kjell Holm": a talk and who gives it
                self.add_people(session, tail[1], line, "agenda item and speakers")
                session.add_item(tail[0], float(line.indent))
                return
        if not shape.prose:
            if line.bullet is not None:
                # "- ved professor Name": a bullet opened by the marker names the speaker
                people = self.people.bullet_people(text) or self.people.marked_people(text)
            else:
                people = self.people.line_people(text)
                if people is None or not (people.speakers or people.organisations):
                    people = self.people.bullet_people(text)
            if (
                people is None
                and line.bullet is not None
                and (
                    (after_speaker and bare_name(text))
                    or self._list_of_names(session, line, following)
                    or _introduced_below(line, following)
                )
            ):
                people = self.people.parse(text)
            if (
                people is None
                and line.bullet is None
                and attached
                and bare_name(text)
                and self.people.is_person_name(text)
            ):
                # "Å våge samarbeid …: Vaffel, kaffi og øl" over "Claus Røynesdal": the
                # speaker of the title or talk on the line above
                people = self.people.parse(text)
            colon = text.find(":", 0, 30)
            if people is None and colon > 0 and text[:colon].count(" ") <= 2:
                # "Oplæg: Valgforsker Name, Org" — any short label before clear people.
                people = self.people.bullet_people(text[colon + 1 :])
            if people is None and text.endswith(","):
                people = self._name_over_role(line, following)
            if people is not None and (people.speakers or people.organisations):
                self.add_people(session, people, line, "speakers")
                return
            if line.bullet is not None or line.indent:
                # "• Valg på uvanlige steder v/ Name, Org": a sub-talk and its speaker
                head, found = self.people.split_title(text)
                if found is not None and found.speakers and head.strip():
                    self.add_people(session, found, line, "agenda item and speakers")
                    session.add_item(head.strip(" -–—:"), float(line.indent))
                    return
            found = self.people.opening_speakers(text)
            if found is None and text.endswith(".") and text[:1].isupper():
                # "Gerty Lund legg fram saka.": a short sentence whose subject speaks
                found = self.people.prose_people(text)
            if found is not None:
                # "Innlegg av Name, fyrstebibliotekar ved …": who gives the session's talk,
                # and the line kept as it is written
                self.add_speakers_quietly(session, found)
                self.describe(session, line)
                return
        if (
            attached
            and session.body_lines == 0
            and line.bullet is None
            and not shape.prose
            and word_count(text) <= 12
            and ((text[:1].islower() and word_count(text) <= 8) or session.title_continues)
            and not session.title.endswith((".", "?", "!", ":"))
        ):
            # A title broken over two lines, as text copied from a PDF is.
            glue = session.title_continues
            joint = f"{glue} " if glue in (",",) else f" {glue} " if glue else " "
            joined = f"{session.title}{joint}{text}"
            head, found = self.people.split_title(joined)
            if found is not None and found.speakers:
                joined = head.strip(" -–—:") or joined
                session.speakers.extend(found.speakers)
            session.title = joined
            session.title_continues = ""
            self.ledger.claim(line, f"{session_label(session.title)}: title, continued")
            return
        if urls:
            session.links.extend(urls)
        depth = float(line.indent)
        if line.bullet is not None:
            if shape.prose:
                # "- Foredrag v/Name (UiB); «Tittel» - Quiz …": the item as written, and its
                # speaker
                found = self.people.opening_speakers(text)
                if found is None:
                    # "– sak 5 - Framlegg til … v/Sigurd Reksnes – leiar i …": a marker
                    # inside a long item names who gives it
                    found = self.people.split_title(text)[1]
                    found = found if found is not None and not found.organisations else None
                if found is not None:
                    self.add_speakers_quietly(session, found)
            self.item(session, line, depth)
            return
        # "LAURA DRACHMANN POULSEN, formand for …": names set in capitals, read as names
        cased = self.people.names_cased(text) if shape.prose else text
        if shape.prose and line.bullet is None:
            listed = (
                self.people.marked_people(cased)
                or self.people.listed_sentence(cased)
                or self.people.people_sentence(cased)
            )
            if listed is not None:
                named = self._session_named(session, text)
                if named is not None and listed.speakers:
                    # "Ved arrangementet i Landstingssalen vil der være taler ved A, B …"
                    # under the day's last item: the speakers of the one it names
                    self.add_speakers_quietly(named, listed)
                    self.describe(session, line)
                    return
                self.add_people(session, listed, line, "speakers")
                return
        if shape.prose:
            # "Centerdirektør Name fører os …": a speaker named in the description;
            # "Velkommen ved ordstyrer Name, ekspedisjonssjef i …": one after a short lead
            found = self.people.prose_people(cased) or self.people.opening_speakers(cased)
            if found is not None and found.speakers and session.kind not in _NO_TALKS:
                # (a paragraph under "Pause" naming someone speaks of the talk around it;
                # the audit says so)
                self.add_speakers_quietly(self._session_named(session, text) or session, found)
            self.describe(session, line)
            return
        if _heads_list(following):
            # A heading with bullets under it: "Valgkampens temaer", "Cykelpolitik:".
            self.item(session, line, depth - 0.5)
            return
        if line.indent == 0 and not text.endswith(":") and word_count(text) <= 12:
            # "med mellom anna handlingsplan for valkampen ved Name": the item as written,
            # and who gives it
            head, found = self.people.split_title(text)
            if found is not None and found.speakers and head != text:
                self.add_speakers_quietly(session, found)
            self.item(session, line, depth - 0.5)
            return
        self.describe(session, line)

    def _session_named(self, session: SessionDraft, text: str) -> SessionDraft | None:
        """Another session of the day that ``text`` names by a long word of its title
        ("… i Landstingssalen …" for "Officiel fejring i Landstingssalen"), when only one
        does and ``session``'s own title has none of those words; else None."""
        if not self.sessions or self.sessions[-1] is not session:
            return None  # (only under the last item, where a paragraph closes the list)
        words = _places_named(text)
        if not words or words & _places_named(session.title):
            return None
        named = [
            other
            for other in self.sessions
            if other is not session
            and other.day is session.day
            and words & _places_named(other.title)
        ]
        return named[0] if len(named) == 1 else None

    def _name_over_role(self, line: Line, following: Sequence[tuple[Line, Shape]]) -> People | None:
        """ "Signe Pape," over "Regiondirektør KS" (a table's cell broken in two): one
        person and her role. The role's line is kept in :attr:`role_line`, read so."""
        name = line.text.rstrip(",").strip()
        if not self.people.is_person_name(name):
            return None
        for nxt, shape in following:
            if shape.kind is Kind.BLANK:
                continue
            if shape.kind is not Kind.TEXT or shape.prose or nxt.bullet is not None:
                return None
            first = nxt.text.split(None, 1)[0] if nxt.text.strip() else ""
            if not self.people.is_role_word(first.strip(",.")):
                return None
            people = self.people.parse(f"{name}, {nxt.text}")
            if people is None or len(people.speakers) != 1 or people.speakers[0].role is None:
                return None
            self.role_line = nxt
            return people
        return None

    def _list_of_names(
        self, session: SessionDraft, line: Line, following: Sequence[tuple[Line, Shape]]
    ) -> bool:
        """A bullet with a bare name, in a list of bare names (a panel: "• Anne Hansen")."""
        if not self.people.is_person_name(line.text):
            return False
        if self.named_bullets.get(id(session)) == line.indent:
            return True
        for nxt, shape in following:
            if shape.kind is Kind.BLANK:
                continue
            if (
                nxt.bullet is not None
                and nxt.indent == line.indent
                and self.people.is_person_name(nxt.text)
            ):
                self.named_bullets[id(session)] = line.indent
                return True
            return False
        return False


def _introduced_below(line: Line, following: Sequence[tuple[Line, Shape]]) -> bool:
    """A bullet with a bare name whose next line opens with that name ("• Laura Storm"
    over "Laura Storm er ekspert i …"): the speaker, introduced under the name."""
    name = line.text.strip(" ,.;:")
    for nxt, _ in following[:1]:
        rest = nxt.text[len(name) : len(name) + 1]
        return nxt.bullet is None and nxt.text.startswith(name) and rest in (" ", ",")
    return False


def _heads_list(following: Sequence[tuple[Line, Shape]]) -> bool:
    for line, shape in following:
        if shape.kind is Kind.BLANK:
            continue
        return line.bullet is not None
    return False
