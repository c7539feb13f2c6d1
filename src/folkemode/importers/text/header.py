"""The event header: name, dates, venue, price, deadline, organiser, contacts.

Programmes open with what the whole event is: "Sted: Fyns Kursuscenter,
Dalumvej 88, 5250 Odense SV", "Pris: 2.850 kr. pr. deltager", "Tilmelding
senest mandag den 28. februar", "Arrangør: KS Vestland", "på Zoom",
"Publisert: 17.01.2022". :class:`HeaderReader` reads those lines into a
:class:`~.drafts.HeaderDraft`.

>>> from decimal import Decimal
>>> parse_price("Pris: 4.950 kr. ekskl. moms", "da").amount
Decimal('4950')
>>> parse_venue("Fyns Kursuscenter, Dalumvej 88, 5250 Odense SV")
('Fyns Kursuscenter', 'Dalumvej 88, 5250 Odense SV')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time
from decimal import Decimal

from folkemode.importers.text.classify import Shape
from folkemode.importers.text.contacts import ContactReader, find_urls
from folkemode.importers.text.dates import When, find_dates, parse_english_date, parse_when
from folkemode.importers.text.drafts import DayDraft, HeaderDraft
from folkemode.importers.text.ledger import Ledger
from folkemode.importers.text.lines import SENTENCE_BREAK, Line, looks_like_address, word_count
from folkemode.importers.text.people import PeopleReader
from folkemode.importers.text.times import find_times, parse_leading_time
from folkemode.importers.text.venues import VenueFinder
from folkemode.importers.text.vocabulary import Lexicon
from folkemode.model import Organisation, Price

__all__ = ["HeaderReader", "parse_price", "parse_venue"]

# Bounded repeats only: "1 000 000 …" a hundred thousand times must stay linear.
_AMOUNT = re.compile(
    r"(?P<amount>\d{1,3}(?:[. ]\d{3}){1,3}|\d{1,6})(?:,(?:\d{2}|-))?"
    r"\s{0,2}(?:kr\b\.?|kroner|dkk|nok|,-)"
    r"|(?:kr\.?|dkk|nok)\s{0,2}(?P<after>\d{1,3}(?:[. ]\d{3}){1,3}|\d{1,6})",
    re.IGNORECASE,
)
_STREET = re.compile(r"[A-Za-zæøåÆØÅ.]\s\d{1,4}[A-Za-z]?\b|\b\d{4}\s+[A-ZÆØÅ]")
_DAY_HINT = re.compile(r"\bdag\s{1,3}(?P<n>\d)\s{0,2}[,:]\s{0,3}", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.,/-])(?P<y>(?:19|20)\d\d)(?![\d])")
# "ingen påmelding", "uden tilmelding", "ikkje påmelding": a sign-up the text says there is not
_NO_SIGN_UP = re.compile(r"\b(?:ingen|uten|uden|utan|ikke|ikkje)\s+\w*meld\w*")
# "12.12.06: " opening a paragraph: the day the news item was written
_STAMP_PREFIX = re.compile(r"(\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})):\s")
_PLACE_AFTER = re.compile(r"(?:i|på)\s(?P<place>[A-ZÆØÅ].{2,80})$")
# "… arrangeres på Scandic Kristiansand Bystranda" before the dates.
_PLACE_BEFORE = re.compile(
    r"\s(?:i|på)\s(?P<place>[A-ZÆØÅ][^\s,.]{1,40}(?:\s[A-ZÆØÅ][^\s,.]{0,40}){0,4})$"
)
_CURRENCY = {"da": "DKK", "nb": "NOK", "nn": "NOK"}


def parse_price(
    text: str, locale: str, free: frozenset[str] = frozenset({"gratis"})
) -> Price | None:
    """The price a line states, with the amount when one is clear."""
    body = text.split(":", 1)[1].strip() if ":" in text[:25] else text.strip()
    if not body:
        return None
    match = _AMOUNT.search(body)
    lowered = body.lower()
    currency = _CURRENCY.get(locale)
    if "dkk" in lowered:
        currency = "DKK"
    elif "nok" in lowered:
        currency = "NOK"
    if match is not None:
        digits = (match.group("amount") or match.group("after")).replace(".", "").replace(" ", "")
        return Price(text=body, amount=Decimal(digits), currency=currency)
    if any(word in lowered for word in free):
        return Price(text=body, amount=Decimal(0), currency=currency)
    return Price(text=body) if any(c.isdigit() for c in body) else None


def _hours(start: time, end: time | None) -> str:
    return f"{start:%H.%M}" + (f"–{end:%H.%M}" if end is not None else "")


def parse_venue(value: str) -> tuple[str | None, str | None]:
    """(name, address) of "Name, Street 4, 7100 Town"."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts:
        return None, None
    for index, part in enumerate(parts):
        if _STREET.search(part):
            if index == 0:
                return None, ", ".join(parts)
            return ", ".join(parts[:index]), ", ".join(parts[index:])
    return parts[0], ", ".join(parts[1:]) or None


class HeaderReader:
    """Reads header fields and header text into one :class:`HeaderDraft`."""

    def __init__(
        self,
        lexicon: Lexicon,
        people: PeopleReader,
        contacts: ContactReader,
        ledger: Ledger,
        locale: str,
    ) -> None:
        self.lexicon = lexicon
        self.people = people
        self.contacts = contacts
        self.ledger = ledger
        self.locale = locale
        self.venues = VenueFinder(lexicon)
        self.draft = HeaderDraft()
        self.hours_over_day = False
        """The page opens with the event's hours over its day (set by the walk)."""
        self.programme: tuple[Sequence[object], ...] = ()
        """The programme's sessions and days as the walk collects them (its own lists):
        once either holds one, a sentence's hours are no longer the event's (the audit
        warns about them instead)."""
        self._online = lexicon.words("online_words")
        self._event_words = lexicon.words("event_words")

    # -- fields --------------------------------------------------------------------

    def field(self, line: Line, shape: Shape) -> None:
        """A "Label: value" line of the header."""
        categories = shape.categories
        value = shape.value
        draft = self.draft
        venue = "label_venue" in categories or "room_labels" in categories
        if venue and self.venue_and_when(line, value):
            return
        if "label_time" in categories or "label_dates" in categories:
            self.when(line, value, strong=True)
        elif venue:
            self.venue(line, value)
        elif "label_address" in categories:
            draft.venue_address = draft.venue_address or value
            self.ledger.claim(line, "event: address")
        elif "label_price" in categories:
            draft.price = draft.price or parse_price(
                value, self.locale, self.lexicon.words("free_words")
            )
            self.ledger.claim(line, "event: price")
        elif "label_deadline" in categories or "label_registration" in categories:
            self.registration(line, value, deadline="label_deadline" in categories)
        elif "label_organiser" in categories:
            for name in re.split(r"\s+i samarbe[jiy]de? med\s+|\s+og\s+(?=[A-ZÆØÅ])", value):
                if name.strip():
                    draft.organisers.append(Organisation(name=name.strip()))
            self.ledger.claim(line, "event: organiser")
        elif "label_contact" in categories:
            if self.contacts.inline(line) is None:
                self.description(line)
            else:
                self.ledger.claim(line, "event: contact")
        elif "label_published" in categories:
            self.published(line, value)
        elif "label_subject" in categories and not (self.programme and self.programme[0]):
            # (under the programme's sessions "Emne:" is a session's subject, not the event's)
            draft.subject = (line, value)
            draft.title_years.extend(int(m.group("y")) for m in _YEAR.finditer(value))
            self._sentence_dates(line, value)  # "Emne: Sommerseminar den 12. august 2021"
            self.ledger.claim(line, "event: name (subject)")
        elif "label_mail" in categories:
            emails = self.contacts.inline(line)
            if emails is None and value[:1].isupper() and ("<" in value or "@" in value):
                name = value.split("<", 1)[0].strip()
                if name and not draft.organisers:
                    draft.organisers.append(Organisation(name=name))
                    self.ledger.claim(line, "event: organiser (sender)")
                    return
            self.ledger.ignore(line, "e-mail header")
        else:
            self.description(line)

    def when(self, line: Line, value: str, *, strong: bool) -> None:
        """A date, a time or both: the frame of the event."""
        when = parse_when(value, self.lexicon)
        if when is not None:
            (self.draft.frames if strong else self.draft.weak_frames).append((when, line))
            self.ledger.claim(line, "event: dates")
            return
        span = parse_leading_time(value, self.lexicon)
        if span is not None and not span.invalid:
            self.frame_time(line, span.start, span.end)
            return
        self.description(line)

    def frame_time(self, line: Line, start: time, end: time | None) -> None:
        """Times of the event without a date ("Tid: 09:00 - 12:00").

        The first hours given are kept: other hours later in the header are said,
        never taken over them in silence.
        """
        kept, kept_line = self.draft.frame_times, self.draft.frame_times_line
        if kept is not None and kept_line is not None and kept != (start, end):
            self.ledger.claim(line, "event: times, a second set (warned, not taken)")
            self.ledger.warn(
                line,
                "time-unused",
                f"the hours {_hours(start, end)} on this line are not the event's: those on "
                f"line {kept_line.number} ({_hours(*kept)}) are kept",
            )
            return
        self.draft.frame_times = (start, end)
        self.draft.frame_times_line = line
        self.ledger.claim(line, "event: times")

    def venue_and_when(self, line: Line, value: str) -> bool:
        """ "Sted og tid: Fyns Forum, Ørbækvej 350, Odense, 7.-9. oktober 2025": both at once.

        True when the value holds a date beside a place; the date becomes the
        frame and the rest the venue.
        """
        if not any(c.isdigit() for c in value):
            return False
        when = parse_when(value, self.lexicon)
        if when is None:
            return False
        place = (when.before or when.after).strip(" ,.:;-–—")
        if not place:
            return False
        self.draft.frames.append((when, line))
        self.venue(line, place)
        return True

    def ranges_as_editions(self, *, timed: bool) -> None:
        """Two or more "tysdag 21. januar kl. 10.00 – onsdag 22. januar kl. 15.00" lines
        in a text without a timed programme (``timed``) are editions of one course,
        not its frame."""
        draft = self.draft
        ranges = [
            (when, line)
            for when, line in draft.frames
            if when.first != when.last and when.start is not None and when.end is not None
        ]
        if len(ranges) < 2 or timed:
            return
        draft.frames = [frame for frame in draft.frames if frame not in ranges]
        draft.editions.extend((when, None, line) for when, line in ranges)

    def day_place(self, line: Line, day: DayDraft, *, first: bool) -> bool:
        """ "Vestfjord kultursenter, Kaivegen 2, Vikøy" right under a day heading: its place.

        Under the ``first`` day heading, before any session, it is the event's venue.
        """
        text = line.text
        # (on an event's own page, "Hovedscenen, Torvet" under its day is its place too)
        placed = (
            self.hours_over_day
            and ", " in text
            and word_count(text) <= 5
            and text[:1].isupper()
            and not text.endswith((".", "?", "!", ":"))
        )
        if line.bullet is not None or not (placed or looks_like_address(text)):
            return False
        draft = self.draft
        if first and draft.venue_name is None and draft.venue_address is None:
            self.venue(line, line.text)
        else:
            day.location = day.location or line.text
            self.ledger.claim(line, "place of the day")
        return True

    def venue(self, line: Line, value: str) -> None:
        draft = self.draft
        self._online_words(value)
        if draft.venue_name is None and draft.venue_address is None:
            name, address = parse_venue(value)
            if draft.online and draft.platform and name and draft.platform.lower() in name.lower():
                name = value
            draft.venue_name, draft.venue_address = name, address
            self.ledger.claim(line, "event: venue")
        else:
            self.description(line)

    def registration(self, line: Line, value: str, *, deadline: bool) -> None:
        draft = self.draft
        if draft.price is None:
            lowered = value.lower()
            if _AMOUNT.search(value) or any(w in lowered for w in self.lexicon.words("free_words")):
                draft.price = parse_price(value, self.locale, self.lexicon.words("free_words"))
        urls = find_urls(value)
        if urls:
            draft.registration_url = draft.registration_url or urls[0]
        dates = find_dates(value, self.lexicon, loose=deadline)
        if dates and draft.deadline is None:
            draft.deadline = dates[0].first
        # "… senest 24. oktober til Beate Nyhus, beate.nyhus@…": whom to sign up with
        contact = self.contacts.inline(line) if "@" in value else None
        if contact is not None:
            self.ledger.claim(line, "event: contact")
        if urls or dates:
            self.ledger.claim(line, "event: registration")
        else:
            self.ledger.ignore(line, "registration text")

    def published(self, line: Line, value: str) -> None:
        dates = find_dates(value, self.lexicon, loose=True)
        for mention in dates[:1]:
            if mention.first.year is not None:
                self.draft.references.append(mention.first)
        english = parse_english_date(value) if not dates else None
        if english is not None:
            self.draft.references.append(english)
        self.ledger.claim(line, "event: publication date")

    # -- text ----------------------------------------------------------------------

    def description(self, line: Line, text: str | None = None) -> None:
        """Keep ``line`` as event description (or set it aside later if there is no event)."""
        self.draft.description.append((line, line.text if text is None else text))

    def text(self, line: Line, shape: Shape, *, heading: bool) -> None:
        """A header line that is no field: contacts, links, dates, price, deadline, name."""
        draft = self.draft
        text = line.text
        if "@" in text and self.contacts.inline(line) is not None:
            self.ledger.claim(line, "event: contact")
            return
        urls = find_urls(text)
        if urls and len(text) <= len(urls[0]) + 4:
            draft.url = draft.url or urls[0]
            self.ledger.claim(line, "event: url")
            return
        titled = heading and not line.bullet and not shape.prose
        place = self.scan(line, title=titled)
        if titled and not (place and self.hours_over_day):
            # (on an event's own page, under its hours and day, a place line is no name)
            # a conference word first, then a year alone ("2025 Høstsol over fjorden", a
            # photo's caption, after "Folkevalgtsamling 2026"), then any heading
            rank = 1 if self.has_event_word(text) else 2 if _YEAR.search(text) else 3
            draft.name_candidates.append((rank, line, text))
            return
        self.description(line)

    def names_event(self, text: str) -> bool:
        """True for a line naming an event: a conference word ("dialogmøde") or a year."""
        return self.has_event_word(text) or _YEAR.search(text) is not None

    def has_event_word(self, text: str) -> bool:
        """True for a line with a conference word: "dialogmøde", "Folkevalgtsamling"."""
        words = [w.strip(" ,.:!?–-").lower() for w in text.split()]
        return any(
            w in self._event_words or any(w.endswith(e) for e in self._event_words if len(e) >= 4)
            for w in words
        )

    def scan(self, line: Line, *, title: bool = False) -> bool:
        """Facts inside free header text: dates, years, deadline, price, online.

        ``title`` says the line is a heading, whose year is better evidence. True when
        the line is a venue's (an address, a place and its kind), which names no event.
        """
        text = line.text
        lowered = text.lower()
        draft = self.draft
        self._online_words(text)
        if any(c.isdigit() for c in text):
            found = [int(match.group("y")) for match in _YEAR.finditer(text)]
            (draft.title_years if title else draft.years).extend(found)
            stamp = _STAMP_PREFIX.match(text)
            if stamp is not None and len(text) > 80:
                # "12.12.06: Onsdag bliver en festdag, …": a news item opens with its date
                draft.references.extend(
                    m.first
                    for m in find_dates(stamp.group(1), self.lexicon, loose=True)
                    if m.first.year
                )
            # each sentence on its own: "Tilmeld dig … Det sker mandag den 21. januar kl. 18.30"
            for sentence in SENTENCE_BREAK.split(text[stamp.end() :] if stamp else text):
                self._sentence_dates(line, sentence)
        place = self.venues.line(text)
        for sentence in SENTENCE_BREAK.split(text):
            self.venues.sentence(sentence)
            if draft.price is None and _AMOUNT.search(text):
                draft.price = parse_price(text, self.locale, self.lexicon.words("free_words"))
        if draft.price is None and any(
            w in lowered.split() for w in self.lexicon.words("free_words")
        ):
            draft.price = parse_price(text, self.locale, self.lexicon.words("free_words"))
        if any(w in lowered for w in self.lexicon.words("report_words")):
            draft.report = True
        return place

    def facts_in_session_text(self, line: Line) -> None:
        """The event's facts a session's text ends with, in a page written as one paragraph:
        "Arrangementet finder sted i … Kompagnistræde 22." gives the venue where no
        other is found, "kontakt Name (name@…)" a contact."""
        text = line.text
        for sentence in SENTENCE_BREAK.split(text):
            self.venues.held_at(sentence)
        if "@" in text and not any(line in c.lines for c in self.contacts.contacts):
            contact = self.contacts.inline(line)
            if contact is not None:
                self.ledger.claim(line, "event: contact")

    def heading_years(self, line: Line) -> None:
        """ "Program for Venstres landsmøte 2020": a year in a programme heading is the title's."""
        self.draft.title_years.extend(int(m.group("y")) for m in _YEAR.finditer(line.text))

    def _sentence_dates(self, line: Line, sentence: str) -> None:
        """A sentence's dates: a deadline when it speaks of signing up by then, else a frame."""
        draft = self.draft
        lowered = sentence.lower()
        mentions = find_dates(sentence, self.lexicon)
        if not mentions:
            self._sentence_times(line, sentence)
            return
        # ("gratis inngang og ingen påmelding": no sign-up, so the date is the event's)
        unsaid = _NO_SIGN_UP.sub(" ", lowered)
        registration = any(w in unsaid for w in self.lexicon.words("registration_words"))
        deadline_word = any(
            f" {w} " in f" {lowered} " for w in self.lexicon.words("deadline_words")
        )
        if registration and deadline_word:
            if draft.deadline is None:
                draft.deadline = mentions[0].first
        elif not registration:
            when = parse_when(sentence, self.lexicon)
            if when is not None:
                self._opening_or_closing(when, line)
                draft.weak_frames.append((when, line))
                place = _PLACE_AFTER.match(when.after) or _PLACE_BEFORE.search(when.before)
                if place is not None and draft.venue_fallback is None:
                    draft.venue_fallback = place.group("place").rstrip(" .!,")

    def _opening_or_closing(self, when: When, line: Line) -> None:
        """When the event begins or ends, in prose: "Programmet avsluttes 30. mai kl. 12.45",
        "Mødet begynder klokken 09.45 onsdag den 9. april … og slutter ca. kl. 14.00."."""
        if when.end is not None or when.first != when.last:
            return
        opening, closing = self.lexicon.words("opening_verbs"), self.lexicon.words("closing_verbs")
        before = {w.strip(",.") for w in when.before.lower().split()}
        clock = time(*when.start) if when.start is not None else self._said_time(when.before)
        if clock is not None:
            if before & closing:
                self.draft.closing = (when.first, clock, line)
                return
            if before & opening and self.draft.opening is None:
                self.draft.opening = (when.first, clock, line)
        after = {w.strip(",.") for w in when.after.lower().split()}
        if after & closing:
            # "… og slutter ca. kl. 14.00": the end, after the day it is on
            ends = self._said_time(when.after)
            if ends is not None:
                self.draft.closing = (when.last, ends, line)

    def _said_time(self, text: str) -> time | None:
        """The one clock time ``text`` says, with no end, or None."""
        found = find_times(text, self.lexicon) if any(c.isdigit() for c in text) else []
        return found[0].start if len(found) == 1 and found[0].end is None else None

    def _sentence_times(self, line: Line, sentence: str) -> None:
        """ "… inviterer til Ældredag kl. 14.00-17.00.": the event's hours, in a sentence;
        "Samlingen begynner klokken 09.45": when it opens."""
        if self.draft.frame_times is not None or any(self.programme):
            return
        if "kl" not in sentence.lower():
            return
        found = find_times(sentence, self.lexicon)
        if len(found) != 1:
            return
        if found[0].end is None:
            # "Samlingen begynner klokken 09.45, og har følgende program:": when it opens,
            # unless a dated sentence gave the hours already ("… kl. 19. Dørene åbner 18.15")
            words = {w.strip(",.:;") for w in sentence.lower().split()}
            if not words & self.lexicon.words("opening_verbs"):
                return
            draft = self.draft
            if any(w.start is not None for w, _ in (*draft.frames, *draft.weak_frames)):
                return
        self.draft.frame_times = (found[0].start, found[0].end)
        self.draft.frame_times_line = line

    def day_hint(self, line: Line) -> None:
        """ "konferansens dag 2, 8.mars": which date a numbered day is, anywhere in the text."""
        text = line.text
        for match in _DAY_HINT.finditer(text):
            mentions = find_dates(text[match.end() : match.end() + 40], self.lexicon, loose=True)
            if mentions and mentions[0].start <= 2:
                self.draft.day_hints.append((int(match.group("n")), mentions[0].first))

    def _online_words(self, text: str) -> None:
        """ "på Zoom", "digitalt på Teams: https://…", a Zoom link: the event is online,
        on that platform.

        A platform's name counts as a word of its own, whatever follows it ("Teams:",
        "(Zoom)", "Teams-møte"), but not inside a web address ("meet.example.org"); the
        address of a meeting on a known platform names the platform too.
        """
        from urllib.parse import urlsplit

        draft = self.draft
        urls = find_urls(text)
        words = text.lower()
        for url in urls:
            words = words.replace(url.lower(), " ")
        found: list[str] = []
        for key, name in self.lexicon.platforms.items():
            at = words.find(key)
            while at >= 0:
                end = at + len(key)
                before = words[at - 1] if at else " "
                after = words[end] if end < len(words) else " "
                if not (before.isalnum() or before in "@/.") and not (
                    after.isalnum()
                    or after in "@/"
                    or (after == "." and words[end + 1 : end + 2].isalnum())
                ):
                    found.append(name)
                    break
                at = words.find(key, end)
        hosts = {
            "zoom.us": "Zoom",
            "teams.microsoft.com": "Microsoft Teams",
            "teams.live.com": "Microsoft Teams",
            "meet.google.com": "Google Meet",
            "webex.com": "Webex",
            "whereby.com": "Whereby",
        }
        for url in urls:
            try:
                host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
            except ValueError:  # "http://[x": no host to know a platform by
                continue
            platform = next(
                (n for h, n in hosts.items() if host == h or host.endswith("." + h)), None
            )
            if platform is not None:
                found.append(platform)
                draft.online_url = draft.online_url or url
                break
        for name in found:
            if draft.platform is None or len(name) > len(draft.platform):
                draft.platform = name
            draft.online = True
        lowered = f" {text.lower()} "
        if any(f" {w} " in lowered or f" {w}." in lowered for w in self._online):
            draft.online = True
