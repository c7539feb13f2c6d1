"""The words the text importer knows that CLDR does not have, one table per locale.

Month and weekday names come from CLDR (:mod:`folkemode.i18n`); everything
else a programme is written with — "kl.", "fem kvarter", "v/", "Pause",
"Lunsj", job titles, web boilerplate — lives in the tables here: :mod:`.da`,
:mod:`.nb` and :mod:`.nn`, each with the words of :mod:`.shared`. The
importer reads with the union of all of them (Danish and Norwegian
programmes borrow each other's words), and a plugin can add words through
the ``text_vocabulary`` hook — for a language of its own too, with that
language's month and weekday names (``months``, ``weekdays``).

>>> lexicon = Lexicon.build()
>>> "lunsj" in lexicon.words("kind_meal"), lexicon.numbers["halvannen"]
(True, 1.5)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from folkemode import i18n
from folkemode.errors import PluginError
from folkemode.importers.text.vocabulary import da, nb, nn, shared

__all__ = ["CATEGORIES", "TABLES", "Lexicon"]

#: What each word category is for; a plugin may add words to any of them.
CATEGORIES: dict[str, str] = {
    "clock": "words that introduce a clock time (kl., klokken)",
    "range": "words between two times or days besides dashes (til)",
    "approx": "words before a duration or amount meaning roughly (ca.)",
    "time_leads": "words before a clock time meaning from or about (fra, ca.)",
    "between_words": "words before two times joined by an and-word (mellem kl. 8 og 10)",
    "daily_words": "words before the hours of every day of a frame (begge dage, hver dag)",
    "half": "the word for a half in durations (halv)",
    "date_articles": "words before a day number (den, d.)",
    "day_words": "the word in 'Dag 1', 'Dag 2'",
    "and_words": "words joining the last item of a list (og, samt)",
    "venue_verbs": "verbs saying where an event is held, before 'på'/'i' (holdes, vert)",
    "or_words": "words between two alternatives (eller): 'v/ A eller stedfortræder'",
    "speaker_markers": "words before speakers after a title (v/, ved)",
    "list_markers": "words before a list of names (med, mellem)",
    "speaker_labels": "labels of speaker lines (Oplægsholder:, Innleder:)",
    "people_columns": "more headings of a table's column of people (Kontaktpersonar)",
    "by_markers": "prepositions between a talk and its speaker, only before a name (af, av)",
    "from_words": "prepositions between a greeting and who it comes from, only before a "
    "person given with a role (Hilsen fra Name, formand)",
    "tentative_words": "words before a speaker not yet confirmed (fx, f.eks.)",
    "board_words": "bodies that sign a text, not speakers (Styret v/ leder Name)",
    "performer_words": "performers and performances, whose people are no speakers (musiker)",
    "role_words": "job titles and roles (borgmester, ordfører)",
    "role_suffixes": "endings of compound job titles (-direktør, -leder)",
    "role_modifiers": "words before a job title (tidligere, daglig)",
    "org_words": "whole words that make a name an organisation (kommune, KS)",
    "org_suffixes": "endings that make a word an organisation (-forening, -direktoratet)",
    "name_particles": "small words inside people's names (von, af)",
    "place_prepositions": "words before a place name (i, på, fra)",
    "body_prepositions": "prepositions between a person or a role and their body "
    "(rådgiver i KS, Name fra Hedeby Avis)",
    "program_words": "headings that start the programme (Program, Dagsorden)",
    "item_words": "words that open an item and are no one's name (Input, Innspill)",
    "round_words": "words of a workshop-round heading (Workshops, Parallelle)",
    "track_labels": "labels naming a track of a round (Spor A)",
    "room_labels": "labels naming a room or stage (Sal 2, Scene)",
    "member_labels": "labels numbering parallel sessions (Sesjon 1, Workshop 2)",
    "format_titles": "titles naming only a session's format, its subject on the next line "
    "(Fællessession)",
    "kind_break": "breaks",
    "kind_meal": "meals",
    "kind_registration": "arrival and registration",
    "kind_workshop": "workshops",
    "kind_group_work": "group work",
    "kind_meeting": "general assemblies and formal meetings",
    "kind_social": "social events",
    "kind_plenary": "plenary items",
    "kind_talk": "talks",
    "kind_debate": "debates and panels",
    "kind_heads": "kind words that also end compounds (kaffepause, festmiddag)",
    "label_time": "header labels of the date and time",
    "label_venue": "header labels of the venue",
    "label_address": "header labels of the address",
    "label_price": "header labels of the price",
    "label_deadline": "header labels of the registration deadline",
    "label_registration": "header labels of registration",
    "label_organiser": "header labels of the organiser",
    "label_contact": "header labels of contacts",
    "label_description": "header labels whose text describes the event",
    "label_published": "labels of a publication or sending date",
    "label_mail": "e-mail header labels (Fra:, Til:)",
    "label_subject": "the e-mail subject label",
    "label_format": "labels whose value says what kind a session is (Form: Workshop)",
    "label_dates": "labels of a list of dates of a recurring event",
    "label_practical": "headings of practical information",
    "boilerplate": "phrases of web pages and e-mails that are not programme",
    "boilerplate_blocks": "headings after which a page's boilerplate block follows",
    "closings": "sign-offs of letters (Med venlig hilsen); the signature follows",
    "greetings": "openings of letters (Kære alle, Hei)",
    "deadline_words": "words before a deadline date (senest, innen)",
    "end_markers": "titles marking where a meeting or its day ends, with no length (Slut)",
    "closing_items": "titles of the meeting's closing, which lasts until the next item only "
    "when that is on the programme (Afslutning)",
    "day_end_phrases": "phrases saying the meeting stops for the day (dagens møde slut)",
    "notice_words": "titles of a point in time, not a session with a length (Frist)",
    "opening_verbs": "words before the time a meeting begins in a sentence (begynner, starter)",
    "speaking_verbs": "verbs of taking part after a name in a description, which make its "
    "bearer a speaker (deltar, medvirker)",
    "closing_verbs": "words before the time a meeting ends in a sentence (heves, slutter)",
    "venue_words": "kinds of venue, to tell a venue from another place (hotel, rådhus)",
    "peoples_meetings": "people's meetings, whose events each have their own stand (Folkemødet)",
    "registration_words": "words about signing up (tilmelding, påmelding)",
    "free_words": "words saying it costs nothing (gratis)",
    "currency_words": "currency words and signs (kr., kroner)",
    "online_words": "words for an online event (digitalt, virtuelt)",
    "event_words": "words naming the kind of event (konference, seminar)",
    "report_words": "words saying the text reports on a past event (referat)",
    "markers": "words typical of this written language, to detect it",
    "page_words": "the word before a page number in a PDF's header or footer (Side 2 af 3)",
    "continued_words": "words in brackets saying a heading goes on from the page before",
}

_MAPPINGS = ("numbers", "units", "platforms", "months", "weekdays")
_WEEKDAY_VARIANTS = {"sundag": 6, "sundagen": 6, "søndagen": 6, "laurdagen": 5, "lørdagen": 5}


def _table(module: Any) -> dict[str, Any]:
    return {
        **shared.SHARED,
        **module.WORDS,
        "numbers": module.NUMBERS,
        "units": module.UNITS,
        "platforms": shared.PLATFORMS,
    }


#: Each locale's table: its own words with the shared ones.
TABLES: dict[str, dict[str, Any]] = {"da": _table(da), "nb": _table(nb), "nn": _table(nn)}


class Lexicon:
    """The merged vocabulary the importer reads with.

    Word categories hold lower-cased words; ``numbers`` maps number words to
    values, ``units`` duration units to minutes and ``platforms`` meeting
    services to their display names. ``months`` and ``weekdays`` are CLDR's
    names in the built-in locales with those a plugin adds for its own.
    ``by_locale`` keeps each locale's own ``markers`` for telling the written
    languages apart.
    """

    __slots__ = (
        "_hash",
        "_key",
        "_words",
        "by_locale",
        "months",
        "numbers",
        "platforms",
        "units",
        "weekdays",
    )

    def __init__(
        self,
        words: Mapping[str, frozenset[str]],
        numbers: Mapping[str, float],
        units: Mapping[str, int],
        platforms: Mapping[str, str],
        by_locale: Mapping[str, frozenset[str]],
        months: Mapping[str, int] | None = None,
        weekdays: Mapping[str, int] | None = None,
    ) -> None:
        self._words = dict(words)
        self.numbers = dict(numbers)
        self.units = dict(units)
        self.platforms = dict(platforms)
        self.by_locale = dict(by_locale)
        #: Month names of every input locale (CLDR), lower-cased, to 1..12.
        self.months: dict[str, int] = {}
        #: Weekday names of every input locale (CLDR), lower-cased; Monday is 0.
        self.weekdays: dict[str, int] = {}
        for locale in i18n.INPUT_LOCALES:
            self.months.update(i18n.month_names(locale))
            self.weekdays.update(i18n.weekday_names(locale))
        # Written forms CLDR does not list: Nynorsk "sundag" beside "søndag".
        self.weekdays.update(_WEEKDAY_VARIANTS)
        # A plugin's language: its names, as the plugin gives them.
        self.months.update(months or {})
        self.weekdays.update(weekdays or {})
        self._key = (
            tuple(sorted((k, tuple(sorted(v))) for k, v in self._words.items())),
            tuple(sorted(self.numbers.items())),
            tuple(sorted(self.units.items())),
            tuple(sorted(self.platforms.items())),
            tuple(sorted(self.months.items())),
            tuple(sorted(self.weekdays.items())),
        )
        self._hash = hash(self._key)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and other._key == self._key

    def words(self, category: str) -> frozenset[str]:
        """The words of one category (empty for an unknown one)."""
        return self._words.get(category, frozenset())

    @classmethod
    def build(cls, extra: Iterable[tuple[str, Mapping[str, Any]]] = ()) -> Lexicon:
        """Merge every locale's table with ``extra`` (locale, words) pairs from plugins."""
        words: dict[str, set[str]] = {}
        numbers: dict[str, float] = {}
        units: dict[str, int] = {}
        platforms: dict[str, str] = {}
        months: dict[str, int] = {}
        weekdays: dict[str, int] = {}
        by_locale: dict[str, set[str]] = {}
        tables: list[tuple[str, Mapping[str, Any]]] = list(TABLES.items())
        tables.extend(extra)
        for locale, table in tables:
            for category, values in table.items():
                if category == "numbers":
                    numbers.update({str(k).lower(): float(v) for k, v in values.items()})
                elif category == "units":
                    units.update({str(k).lower(): int(v) for k, v in values.items()})
                elif category == "platforms":
                    platforms.update({str(k).lower(): str(v) for k, v in values.items()})
                elif category in ("months", "weekdays"):
                    names = _numbered(category, values, 1 if category == "months" else 0)
                    (months if category == "months" else weekdays).update(names)
                elif category in CATEGORIES:
                    lowered = {str(value).lower() for value in values}
                    words.setdefault(category, set()).update(lowered)
                    if category == "markers":
                        by_locale.setdefault(locale, set()).update(lowered)
                else:
                    raise PluginError(
                        f"unknown vocabulary category {category!r} for locale {locale!r}; "
                        f"known: {', '.join(sorted([*CATEGORIES, *_MAPPINGS]))}"
                    )
        return cls(
            {k: frozenset(v) for k, v in words.items()},
            numbers,
            units,
            platforms,
            {k: frozenset(v) for k, v in by_locale.items()},
            months,
            weekdays,
        )


def _numbered(category: str, values: Mapping[str, Any], first: int) -> dict[str, int]:
    """Month (1..12) or weekday (0..6) names, lower-cased; another number is refused."""
    names: dict[str, int] = {}
    for name, number in values.items():
        if not first <= int(number) <= first + (11 if first else 6):
            raise PluginError(f"{category}: {name!r} has no such number {number!r}")
        names[str(name).lower()] = int(number)
    return names
