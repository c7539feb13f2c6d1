"""No silent failure: what the reading did not use is said, on its line.

A programme read wrong with "0 warnings" is the worst outcome, so once the
structure is built, the whole text is looked over again:

- every clock time (:func:`.times.find_times`) must have become a
  session's start or end, the event's frame, a deadline or an edition; a
  time nobody used is a warning (``time-unused``) on its line;
- a title, description, agenda point, header sentence or speaker line that
  names people who are no session's speaker, contact or organiser is a
  warning (``people-unattached``): perhaps they speak and the text did not
  say so in a form the importer reads; a first name alone after a marker
  ("v/ Sara"), kept as a body, is ``people-unsure``;
- a short line with a date that went into a session's description is a
  warning (``date-unused``): a day heading the reading missed, perhaps;
- a text with many times but few sessions says so once (``few-sessions``), and
  a text with no session at all says no programme was found (``no-programme``);
- what the exporters will miss is said once: no venue (``no-venue``), a
  session without a time in a timed programme (``untimed``).

>>> from folkemode.importers.text.lines import split_lines
>>> lex = Lexicon.build()
>>> unused_times(split_lines("Vi mødes kl. 9.30 ved porten")[0], lex, set(), False)
['9.30']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from datetime import time

from folkemode.importers.text.calendar import Calendar
from folkemode.importers.text.classify import Classified
from folkemode.importers.text.dates import When, find_dates
from folkemode.importers.text.drafts import RoundDraft, SessionDraft
from folkemode.importers.text.ledger import Ledger
from folkemode.importers.text.lines import Line, word_count
from folkemode.importers.text.names import EDGE, INITIAL, NAME_TOKEN, NAME_WORD
from folkemode.importers.text.people import PeopleReader
from folkemode.importers.text.structure import Structure
from folkemode.importers.text.times import find_times
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import Event
from folkemode.summary import NO_PROGRAMME_CODE

__all__ = ["audit", "person_mentions", "unused_times"]

# Claims whose line holds the event's own times: its dates and frame, an
# edition, a deadline or sign-up, when the page was published.
_TIME_CLAIMS = (
    "event: times",
    "edition",
    "event: registration",
    "event: publication date",
    "event: deadline",
    "event: date set aside",
    "hour heading",
    "hour of the day's first item",
)
# Claims whose text is free prose, or a title, in which people may be named.
_PROSE_CLAIMS = (
    ": description",
    ": agenda item",
    "event: description",
    ": time and title",
    ": title and time",
    ": title above its time",
    ": first sentence as title",
    ": table row",
    ": speakers",
)


def _times_used(structure: Structure, calendar: Calendar) -> dict[int, set[time]]:
    """The clock times each line gave a session, a round or the event, by line number."""
    used: dict[int, set[time]] = {}
    units: list[SessionDraft | RoundDraft] = [*structure.sessions, *structure.rounds]
    for unit in units:
        for value in (unit.start, unit.end):
            if value is not None:
                used.setdefault(unit.line.number, set()).add(value)
        if isinstance(unit, SessionDraft) and unit.end_line is not None and unit.end is not None:
            # (the line giving the end may say the start again: "mellom 07.00 - 09.00")
            given = used.setdefault(unit.end_line.number, set())
            given.add(unit.end)
            if unit.start is not None:
                given.add(unit.start)
    header = structure.header
    for said in (header.opening, header.closing):
        if said is not None:
            used.setdefault(said[2].number, set()).add(said[1])
    if header.frame_times is not None and header.frame_times_line is not None:
        times = {t for t in header.frame_times if t is not None}
        used.setdefault(header.frame_times_line.number, set()).update(times)
    # "… tirsdag d. 9. november kl. 19 i Skagen …": the sentence whose date is the
    # event's frame gives its hours too, though sessions then say the same
    when, line = calendar.frame_when, calendar.frame_line
    if when is not None and line is not None:
        clocks = {time(*hours) for hours in (when.start, when.end) if hours is not None}
        clocks.update(time(*hours) for hours in when.hours)  # (each day's own hours)
        used.setdefault(line.number, set()).update(clocks)
        # the same days and hours said again ("Konferencen afholdes den 29. april kl. …")
        for again, again_line in (*header.frames, *header.weak_frames):
            if _same_frame(again, when):
                used.setdefault(again_line.number, set()).update(clocks)
    # "tysdag 21. januar kl. 10.00 – onsdag 22. januar kl. 15.00, Sunnfjord hotell"
    for edition, _, edition_line in header.editions:
        clocks = {time(*hours) for hours in (edition.start, edition.end) if hours is not None}
        used.setdefault(edition_line.number, set()).update(clocks)
    return used


def _same_frame(one: When, other: When) -> bool:
    """The same days (whether a weekday is named or not) and the same hours."""

    def days(when: When) -> tuple[object, ...]:
        return tuple((d.day, d.month, d.year) for d in (when.first, when.last))

    return days(one) == days(other) and (one.start, one.end) == (other.start, other.end)


# The times used on a line no session or round starts on (one set for all of them).
_NONE_USED: frozenset[time] = frozenset()


def _shown(value: time) -> str:
    return f"{value.hour}.{value.minute:02d}"


def unused_times(line: Line, lexicon: Lexicon, used: Set[time], four_digits: bool) -> list[str]:
    """The clock times written on ``line`` that are not in ``used``, as "9.30"."""
    found = []
    for mention in find_times(line.text, lexicon, four_digits=four_digits):
        if mention.start not in used or (mention.end is not None and mention.end not in used):
            found.append(_shown(mention.start))
    return found


# After these a capitalised run is a place or a body ("på Hotel Ørbæk Park", "i Gol").
_PLACE_WORDS = frozenset(
    {"i", "på", "paa", "fra", "frå", "til", "for", "hos", "om", "mot", "mod"} | {"under", "over"}
)


# A line opening with what looks like a clock time or a range of them, however written
# ("16:10-17;10", "Kl 9 .30"): the net under the time reader's rules, so that a form they
# miss, or read only in part, is said, not lost. (Not a date: "16.10.2024", "16.10."
# and "1.10 2026" have a dot or a year after them; not a price: "12,50 kr" has a comma.)
_TIME_LIKE = re.compile(
    r"(?i:kl\.?\s*)?(?:[01]?\d|2[0-4])\s?[.:;]\s?[0-5]\d(?![\d.])(?!\s(?:19|20)\d\d)"
    r"(?:\s?[-–—]\s?\d{1,2}(?:\s?[.:;]\s?\d{2})?)?(?![\d.])"
)
# Claims of a line whose numbers are a day's date, not a clock time.
_DAY_CLAIMS = ("day heading", "date set aside", "event: date", "event: dates")


# Two capitalised words in a row, the least a name is ("Ida Holm", "(Ida Holm").
_TWO_CAPITALS = re.compile(r"[A-ZÆØÅÄÖÜÉÁÓÍ][\w'’.-]*\s+[(«\"“]?[A-ZÆØÅÄÖÜÉÁÓÍ]")


def person_mentions(
    text: str, people: PeopleReader, known: set[str] | None = None
) -> list[tuple[str, ...]]:
    """Runs of two to four capitalised words in ``text`` that have a person's name's shape.

    Each run is given as its words; a capitalised word before a name (a
    sentence's first word, a job title) stays in, so callers can try the run
    without it. Punctuation ends a run, and a run after a preposition ("på
    Hotel Ørbæk Park") is a place, not a person. A run that ends in a name of
    ``known`` (see :func:`_known_name`) is passed over before its shape is tried.

    >>> people = PeopleReader(Lexicon.build())
    >>> person_mentions("Borgmester Ida Holm byder velkommen i Vejle. Mødet slutter", people)
    [('Borgmester', 'Ida', 'Holm')]
    """
    found: list[tuple[str, ...]] = []
    if _TWO_CAPITALS.search(text) is None:
        return found  # no two capitalised words in a row: no name (most titles)
    run: list[str] = []
    after_place = False
    for raw in [*text.split(), ""]:
        token = raw.strip(EDGE)
        opens = raw[:1] in '(«"“'
        if token and not opens and (NAME_TOKEN.match(token) or (run and INITIAL.match(token))):
            run.append(token)
            if raw[-1:] in ',.;:)!?»"”' and not INITIAL.match(token):
                # one word is no name: most runs end here unasked
                if len(run) > 1 and (known is None or not _known_name(run, known)):
                    found.extend(_names_in(run, people, after_place))
                run, after_place = [], False
            continue
        # ("Vestensborg Allé 78": an address)
        if (
            len(run) > 1
            and not token[:1].isdigit()
            and (known is None or not _known_name(run, known))
        ):
            found.extend(_names_in(run, people, after_place))
        run = [token] if token and opens and NAME_TOKEN.match(token) else []
        after_place = token.lower() in _PLACE_WORDS
    return found


# Small words a sentence opens with, capitalised there ("Da Mette Frederiksen …", "På Møn"):
# no part of a name that follows.
_OPENERS = _PLACE_WORDS | {"da", "når", "hvis", "som", "der", "her", "nu", "nå", "så", "men"}
# Endings of nouns that open a title or a line, no first name's ("Destinasjon Voss",
# "Status Bustneslia"): a run opening with one is a heading, not a person.
_NOUN_ENDINGS = ("sjon", "tion", "het", "skap", "isk", "lig", "tus")


def _names_in(run: list[str], people: PeopleReader, after_place: bool) -> list[tuple[str, ...]]:
    if len(run) < 2 or after_place or people.is_org_word(run[-1]):
        return []  # ("Svend Aukens Plads", "Holmø Forsamlingshus": a place's or a body's name)
    if run[0].lower() in _OPENERS:
        run = run[1:]
    for begin in range(len(run) - 1):
        first = run[begin].lower()
        if len(first) >= 6 and first.endswith(_NOUN_ENDINGS):
            continue
        for size in range(min(len(run) - begin, 4), 1, -1):
            if people.is_person_name(" ".join(run[begin : begin + size])):
                return [tuple(run[: begin + size])]
    return []


def audit(
    classified: Classified,
    structure: Structure,
    calendar: Calendar,
    event: Event,
    lexicon: Lexicon,
    people: PeopleReader,
    ledger: Ledger,
) -> None:
    """Warn, line by line, about times and people the reading did not use.

    ``classified`` is the classifier's reading of the document: its lines, whether
    it writes times "1530", and which lines hold a digit (only those can hold a time).
    """
    items, four_digits, digit_lines = classified
    used = _times_used(structure, calendar)
    known = _known_people(event, people.vocab.body_glue, people.performers)
    # descriptions repeat ("Kom og hør, …" under many sessions): each text is scanned once
    mentions: dict[str, list[tuple[str, ...]]] = {}
    times_seen = 0
    owner = 0  # the line a continued line was joined to ("08.00 -" for "09.30")
    claims_of = ledger.claims.get  # for each of the lines
    for index, (line, _) in enumerate(items):
        text = line.text
        if not text:
            continue
        if not line.continued:
            owner = line.number
        elif owner in used:
            used.setdefault(line.number, set()).update(used[owner])
        claims = claims_of(line.number, ())
        if index in digit_lines:
            times_seen += _check_times(line, claims, lexicon, used, four_digits, ledger)
            _check_dates(line, claims, lexicon, ledger)
        for claim in claims:
            if claim.endswith(_PROSE_CLAIMS):
                _check_people(line, people, known, ledger, mentions)
                break
    _check_event(event, structure, ledger)
    _check_bodies(structure, people, ledger)
    if not event.sessions and any(line.text for line, _ in items):
        ledger.warn(
            None,
            NO_PROGRAMME_CODE,
            "no programme found: no line of the text reads as a session "
            "(a programme gives its items with times, 'Kl. 9.00 Velkomst')",
        )
    timed = sum(1 for s in event.sessions if s.start is not None or s.round is not None)
    if times_seen >= 3 and times_seen >= timed:
        ledger.warn(
            None,
            "few-sessions",
            f"{times_seen} times in the text went into no session "
            f"({timed} timed sessions were read): the programme may be read only in part",
        )


def _check_dates(line: Line, claims: Sequence[str], lexicon: Lexicon, ledger: Ledger) -> None:
    """A short line with a date, read as a session's description: a day heading, perhaps,
    that was not read as one ("Dag 2Dag 2: Søndag 7. marts" under the last item)."""
    if word_count(line.text) > _SHORT_DATED or not any(
        c.endswith(": description") and not c.startswith("event") for c in claims
    ):
        return
    found = find_dates(line.text, lexicon)
    if found:
        first = found[0].first
        ledger.warn(
            line,
            "date-unused",
            f"the date {first.day}.{first.month}. on this line went into a session's "
            "description: if it starts a day of the programme, give it a line of its own "
            "('Søndag 7. marts')",
        )


def _check_bodies(structure: Structure, people: PeopleReader, ledger: Ledger) -> None:
    """A session's body that may be people: a first name alone ("v/ Sara") or first names
    joined ("v/ Mette og Jonas fra Ungdomsrådet"), read as an organisation for want of
    a surname. Said, since only the text's writer knows."""
    for draft in structure.sessions:
        if len(draft.organisations) != 1:
            continue  # "v/ Fritid, Idræt og Erhverv": departments, as likely as names
        for body in draft.organisations:
            head = body.name.split(" fra ", 1)[0].split(" frå ", 1)[0]
            names = [w.strip(EDGE) for w in head.split(" og ")]
            if (
                len(names) <= 2
                and all(_first_name_alone(n, people) for n in names)
                and _after_marker(draft.line.text, body.name, people)
            ):
                ledger.warn(
                    draft.line,
                    "people-unsure",
                    f"{body.name!r} is read as an organisation: if it names people, give "
                    "each with a surname ('v/ Mette Holm og Jonas Berg')",
                )


def _after_marker(text: str, name: str, people: PeopleReader) -> bool:
    """Whether ``name`` follows a speaker marker in ``text`` ("Workshop v/ Sara")."""
    at = text.find(name)
    if at <= 0:
        return False
    before = text[:at].rstrip().lower()
    return any(before.endswith(marker) for marker in people.vocab.markers)


def _first_name_alone(word: str, people: PeopleReader) -> bool:
    """One name-shaped word that is no organisation's word and no place of the text."""
    return (
        " " not in word
        and people.kinds[word] == NAME_WORD  # name-shaped, no month, title, body or place
        and not people.is_performer_word(word)  # "Saltenkoret" sings
    )


def _check_event(event: Event, structure: Structure, ledger: Ledger) -> None:
    """What the exporters will miss: a venue, a time for every session of a timed programme."""
    timed = [s for s in event.sessions if s.start is not None]
    if event.sessions and event.venue is None:
        ledger.warn(
            None,
            "no-venue",
            "no venue was found (no 'Sted:' line, address or place in the text's header): "
            "calendars and web pages will show none",
        )
    if not timed:
        return
    drafts = {id(d): d for d in structure.sessions}
    for draft in drafts.values():
        if draft.start is None and draft.round is None:
            ledger.warn(
                draft.line,
                "untimed",
                f"{draft.title[:60]!r} has no time in a timed programme: calendars leave it "
                "out (is it a heading?)",
            )


def _check_times(
    line: Line,
    claims: Iterable[str],
    lexicon: Lexicon,
    used: dict[int, set[time]],
    four_digits: bool,
    ledger: Ledger,
) -> int:
    for claim in claims:
        if claim.startswith(_TIME_CLAIMS):
            return 0
    unused = unused_times(line, lexicon, used.get(line.number, _NONE_USED), four_digits)
    text = line.text
    # (the net opens with a digit or "kl": the quick test first)
    odd = _TIME_LIKE.match(text) if text[:1].isdigit() or text[:1] in ("k", "K") else None
    if odd is not None and not any(claim.endswith(_DAY_CLAIMS) for claim in claims):
        # a form no rule reads, or reads only in part ("16:10-17;10" as 16.10-17): said
        read = find_times(line.text, lexicon, four_digits=four_digits)
        reach = read[0].finish if read and read[0].begin <= 1 else 0
        if reach < len(odd.group().rstrip()):
            ledger.warn(
                line,
                "time-unread",
                f"the line opens with {odd.group().strip()!r}, which looks like a time, "
                + (
                    "but no time could be read from it"
                    if not reach
                    else f"but only {line.text[:reach].strip()!r} was read as one"
                )
                + ": write it as '16.10' or '16.10-17.10'",
            )
            return 1
    if unused:
        listed = ", ".join(unused)
        ledger.warn(
            line,
            "time-unused",
            f"the time {listed} on this line is no session's start or end, nor the event's "
            "time, a deadline or an edition: is a session missing here?",
        )
    return len(unused)


# The most words of a line whose date is taken for a day heading that was missed.
_SHORT_DATED = 6


def _known_people(
    event: Event, body_glue: Sequence[str], performers: Iterable[str] = ()
) -> set[str]:
    """The names of the event's speakers, contacts and ``performers``, and of the speakers'
    bodies, casefolded.

    ``body_glue`` are the vocabulary's body prepositions between spaces (" i "): a role
    "utredningssjef i tankesmien Arena Idé" names the body after the first of them.
    """
    known: set[str] = set()
    # by name only: each name once, without making the event's list of speakers
    named = {sp.name for s in event.sessions for sp in s.speakers}
    named.update(c.name for c in event.contacts)
    named.update(performers)  # (who sings or plays is accounted for, though no speaker)
    for name in named:
        parts = name.casefold().split()
        # "Esben Juul Mortensen" is known as "Juul Mortensen" and "Mortensen" too (each
        # part is known on its own, the last one among them)
        known.update(parts)
        for begin in range(len(parts) - 1):
            known.add(" ".join(parts[begin:]))
    # the bodies read with them: "Name, Menon Business Economics" names a body on the
    # speaker's line; only a body's name as short as one (a long one is a sentence
    # read as a body, and the names in it are still nobody's)
    bodies = {o.name for s in event.sessions for o in s.organisations}
    for session in event.sessions:
        for speaker in session.speakers:
            if speaker.organisation is not None:
                bodies.add(speaker.organisation.name)
            if speaker.role:
                # "utredningssjef i tankesmien Arena Idé": the body after the preposition
                role = speaker.role.replace("\t", " ").replace("\n", " ")
                ends = [at + len(p) for p in body_glue if (at := role.find(p)) >= 0]
                if ends:
                    bodies.add(role[min(ends) :])
    for body in bodies:
        words = [w.strip(EDGE) for w in body.casefold().split()]
        if len(words) > 5:
            continue
        for begin in range(len(words) - 1):
            for end in range(begin + 2, min(begin + 4, len(words)) + 1):
                known.add(" ".join(words[begin:end]))
    return known


# The most words a known name or body's name has (:func:`_known_people` keeps names
# whole, and bodies' names of at most five words, in runs of two to four).
_LONGEST_NAME = 8


def _known_name(words: Sequence[str], known: set[str]) -> bool:
    """True when a run of words ends in a known name ("Borgmester Ida Holm": "ida holm").

    The longest ending first, as most runs are a speaker's whole name; no known name
    is longer than :data:`_LONGEST_NAME` words, so a long run is tried from there.
    """
    # "Lone Vestergaards beretning": the genitive of a known name
    genitive = words[-1].endswith("s")
    for begin in range(max(0, len(words) - _LONGEST_NAME), len(words) - 1):
        tail = " ".join(words[begin:]).casefold()
        if tail in known or (genitive and tail[:-1] in known):
            return True
    return False


# "dagens konferencier, Nynne, sætter …": a job title, then one capitalised word set off.
# The comma opens the pattern, which the regex engine skips to at once; the job title is
# the word before it (a word's letters, digits, "_" and "-", opening with a small letter).
_NAME_SET_OFF = re.compile(r", ([A-ZÆØÅ][a-zæøå]+)(?=[,.;])")
_WORD_BEFORE = re.compile(r"(?<![\w-])[a-zæøå][\w-]+\Z")


def _check_named_by_role(line: Line, people: PeopleReader, known: set[str], ledger: Ledger) -> None:
    """A first name alone after a job title ("konferencier, Nynne,"), which no reading
    takes for a person: said, as only the writer knows who it is."""
    text = line.text
    for match in _NAME_SET_OFF.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if before is None:
            continue
        role, name = before.group(), match.group(1)
        if (
            people.is_role_word(role)
            and _first_name_alone(name, people)
            and name.casefold() not in known
        ):
            ledger.warn(
                line,
                "people-unsure",
                f"{name!r} after {role!r} may be a person named by a first name alone: if "
                "they speak here, give them as a speaker with a surname ('v/ Name Surname')",
            )


def _check_people(
    line: Line,
    people: PeopleReader,
    known: set[str],
    ledger: Ledger,
    memo: dict[str, list[tuple[str, ...]]],
) -> None:
    names = []
    found: list[tuple[str, ...]] = []
    # a table row's cells one by one: a run of capitals does not go on across a column
    for text in line.cells or (line.text,):
        if text in memo:
            found.extend(memo[text])
        else:
            # (names set in capitals as the reader reads them: "LAURA DRACHMANN POULSEN")
            memo[text] = person_mentions(people.names_cased(text), people, known)
            found.extend(memo[text])
    for words in found:
        if not _known_name(words, known):
            names.append(" ".join(words))
    if ", " in line.text:
        _check_named_by_role(line, people, known, ledger)
    if names:
        listed = ", ".join(dict.fromkeys(names))
        ledger.warn(
            line,
            "people-unattached",
            f"{listed} named here but no session's speaker: if they speak, write "
            'them as speakers ("v/ Name", "Name, role")',
        )
