"""Telling what each line is, before the structure is put together.

Each :class:`~folkemode.importers.text.lines.Line` gets one :class:`Shape`:
a timed line ("Kl. 10.00 Velkommen"), a day heading, a dated line ("3.–4.
november 2025"), the programme heading, a labelled field ("Sted: …"), a
section label on its own ("Kontakt"), a year label ("2022:"), a table
header, boilerplate, a letter's closing, or plain text. Every later step
looks at these shapes instead of re-reading the text.

>>> lex = Lexicon.build()
>>> [classify(line, lex).kind.name for line in split_lines("PROGRAM\\nSted: Vejle\\nKl. 9 Kaffe")]
['PROGRAM', 'FIELD', 'TIMED']
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from folkemode.importers.text.columns import align_columns, join_tab_wraps, join_wrapped
from folkemode.importers.text.dates import (
    DayHeading,
    PartialDate,
    When,
    find_dates,
    parse_day_heading,
    parse_english_date,
    parse_when,
)
from folkemode.importers.text.lines import Line, is_prose, split_lines, word_count
from folkemode.importers.text.segments import split_items, writes_four_digit_times
from folkemode.importers.text.times import TimeSpan, parse_leading_time
from folkemode.importers.text.vocabulary import Lexicon

__all__ = [
    "FIELD_CATEGORIES",
    "Classified",
    "Kind",
    "Shape",
    "classify",
    "classify_document",
    "classify_text",
    "field_pattern",
]

#: Label categories a "Label: value" line can have, in order of preference.
FIELD_CATEGORIES = (
    "speaker_labels",
    "label_time",
    "label_venue",
    "label_address",
    "label_price",
    "label_deadline",
    "label_registration",
    "label_organiser",
    "label_contact",
    "label_published",
    "label_subject",
    "label_mail",
    "label_format",
    "label_description",
    "label_practical",
    "label_dates",
    "room_labels",
)


class Kind(enum.Enum):
    BLANK = "blank"
    TIMED = "timed"
    DAY = "day"
    WHEN = "when"
    PROGRAM = "program"
    FIELD = "field"
    LABEL = "label"
    YEAR = "year"
    TABLE_HEAD = "table-head"
    CONTINUED = "continued"
    BOILERPLATE = "boilerplate"
    BLOCK = "block"
    CLOSING = "closing"
    GREETING = "greeting"
    TEXT = "text"


@dataclass(slots=True)
class Shape:
    """What a line is, with what was read from it."""

    kind: Kind
    span: TimeSpan | None = None
    day: DayHeading | None = None
    when: When | None = None
    label: str = ""
    categories: tuple[str, ...] = ()
    value: str = ""
    year: int | None = None
    prose: bool = False


@dataclass(frozen=True, slots=True)
class _Patterns:
    field: re.Pattern[str]
    labels: dict[str, tuple[str, ...]]
    label_starts: frozenset[str]
    alone: frozenset[str]
    phrases: dict[str, dict[str, tuple[str, ...]]]
    day_starts: frozenset[str]
    page: re.Pattern[str]
    continued: re.Pattern[str]
    phrase_keys: frozenset[str]
    """Every key of the phrase indexes: a line whose keys are none of these starts no phrase."""
    program: frozenset[str]
    contact: frozenset[str]
    greeting_from: frozenset[str]
    """Words after "Hilsen" that make a greeting someone gives ("Hilsen fra …"), no sign-off."""


def _first_word(lowered: str) -> str:
    end = lowered.find(" ")
    return lowered if end < 0 else lowered[:end]


@functools.lru_cache(maxsize=8)
def field_pattern(lexicon: Lexicon) -> _Patterns:
    """The patterns and word indexes the classifier uses for one vocabulary (cached)."""
    labels: dict[str, list[str]] = {}
    for category in FIELD_CATEGORIES:
        for word in lexicon.words(category):
            labels.setdefault(word, []).append(category)
    alternation = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    field = re.compile(
        # "Sted:", "Tid 10.00", "Sted og tid:" (two labels joined give both meanings)
        rf"(?P<label>{alternation})(?:\s{{1,2}}(?:og|&)\s{{1,2}}(?P<label2>{alternation}))?"
        # "Arr. Byggfacket": a label written short, with its dot, takes a word without colon
        rf"(?:\s{{0,3}}:|(?<=\.)\s{{1,3}}(?=[^\W\d_])|\s{{1,3}}(?=\d)|:?\s{{0,3}}-\s)"
        rf"\s{{0,3}}(?P<value>.*)",
        re.IGNORECASE,
    )
    alone = frozenset(w for c in _ALONE for w in lexicon.words(c))
    phrases: dict[str, dict[str, tuple[str, ...]]] = {}
    for category in ("boilerplate", "boilerplate_blocks", "closings", "greetings"):
        index: dict[str, list[str]] = {}
        for phrase in lexicon.words(category):
            index.setdefault(_first_word(phrase).rstrip(":"), []).append(phrase)
        phrases[category] = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}
    label_starts = frozenset(_first_word(label).rstrip(":") for label in labels)
    day_starts = frozenset(lexicon.weekdays) | lexicon.words("day_words")
    pages = "|".join(re.escape(w) for w in sorted(lexicon.words("page_words")))
    # "Side 2" alone, or "… Side 2 af 3" at the end of a line
    page = re.compile(
        rf"^(?:{pages})\s{{0,2}}\d{{1,3}}$"
        rf"|(?:^|\s)(?:{pages})\s{{0,2}}\d{{1,3}}\s{{0,2}}(?:af|av|of|/)\s{{0,2}}\d{{1,3}}$",
        re.IGNORECASE,
    )
    goes_on = "|".join(re.escape(w) for w in sorted(lexicon.words("continued_words")))
    continued = re.compile(rf"\((?:{goes_on})\)$", re.IGNORECASE)
    return _Patterns(
        field,
        {k: tuple(v) for k, v in labels.items()},
        label_starts,
        alone,
        phrases,
        day_starts,
        page,
        continued,
        frozenset(key for index in phrases.values() for key in index),
        lexicon.words("program_words"),
        lexicon.words("label_contact"),
        lexicon.words("from_words") | {"til", "ved", "v/"},
    )


_ALONE = (
    "label_contact",
    "label_dates",
    "label_deadline",
    "label_practical",
    "label_registration",
    "label_description",
    "label_time",
    "label_venue",
    "label_price",
    "label_organiser",
    "speaker_labels",
)
# Labels a number may follow without a colon: times, dates, prices, deadlines, rooms, stamps.
_NUMBER_LABELS = frozenset(
    {"label_time", "label_dates", "label_price", "label_deadline", "label_registration"}
    | {"room_labels", "label_address", "label_published"}
)
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d\s?:$")
_SEGMENTS = re.compile(r"\s(?:\||·|›|»|>|/)\s|\s{3,}")
_DIGIT = re.compile(r"\d")
_PUNCTUATION = ":,.!?;"
_BOILERPLATE_WORDS = (
    "cookie",
    "informasjonskapsl",
    "nyhedsbrev",
    "nyhetsbrev",
    "nyheitsbrev",
    "privatlivspolitik",
    "personvern",
)


def _starts_with_phrase(lowered: str, first: str, index: dict[str, tuple[str, ...]]) -> bool:
    phrases = index.get(first) or index.get(first.rstrip(_PUNCTUATION)) or index.get(lowered[:1])
    if not phrases:
        return False
    for phrase in phrases:
        if lowered.startswith(phrase) and (
            len(lowered) == len(phrase)
            or not lowered[len(phrase)].isalpha()
            or not phrase[-1].isalpha()
        ):
            return True
    return False


def _is_segmented(line: Line) -> bool:
    """Navigation, share buttons, cookie choices: short pieces side by side."""
    raw = line.raw
    # (each mark tested in turn: this runs for most lines, and few have any)
    if not (
        "|" in raw
        or "·" in raw
        or "›" in raw
        or "»" in raw
        or ">" in raw
        or " / " in raw
        or "   " in raw
    ):
        return False  # a mark in the stripped line is one in the line
    raw = raw.strip()
    if not any(mark in raw for mark in ("|", "·", "›", "»", ">", " / ", "   ")):
        return False
    pieces = [p for p in _SEGMENTS.split(raw) if p.strip()]
    if len(pieces) < 3 and not (len(pieces) == 2 and "›" in raw):
        return False
    return all(word_count(p.strip()) <= 4 for p in pieces)


# Shapes that carry nothing but their kind are shared (nothing changes a shape once made).
_BLANK = Shape(Kind.BLANK)
_CONTINUED = Shape(Kind.CONTINUED)
_TEXT = Shape(Kind.TEXT)
_PROSE = Shape(Kind.TEXT, prose=True)


def classify(line: Line, lexicon: Lexicon, *, four_digits: bool = False) -> Shape:
    """The shape of one line; ``four_digits``: the document writes times as "1530"."""
    return _shape(line, lexicon, four_digits, field_pattern(lexicon), _holds_digit(line.text))


def _holds_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (``\\d``), as every time and date does."""
    # (a line that starts with a digit has one: most timed lines, told without a search)
    return bool(text) and (text[0].isdecimal() or _DIGIT.search(text) is not None)


def _shape(
    line: Line, lexicon: Lexicon, four_digits: bool, patterns: _Patterns, digits: bool
) -> Shape:
    """:func:`classify`, with the vocabulary's patterns looked up once per document.

    ``digits``: whether the line's text holds a digit (:func:`_holds_digit`).
    """
    text = line.text
    if not text:
        return _BLANK
    if line.continued:
        return _CONTINUED
    if line.cells and len(line.cells) >= 3:
        span = parse_leading_time(line.cells[0], lexicon, four_digits=four_digits)
        if span is not None:
            rest = " ".join(c for c in line.cells[1:] if c)
            return Shape(Kind.TIMED, span=_with_rest(span, rest))
        if all(word_count(c) <= 2 for c in line.cells) and not any(
            c[:1].isdigit() for c in line.cells
        ):
            return Shape(Kind.TABLE_HEAD)
    # (a time holds its hour's digits: a line without a digit starts with none)
    span = parse_leading_time(text, lexicon, four_digits=four_digits) if digits else None
    if span is not None:
        return Shape(Kind.TIMED, span)  # (the span given by place: the commonest shape)
    if digits and text[0].isdigit() and _YEAR_LABEL.match(text):
        return Shape(Kind.YEAR, year=int(text[:4]))
    lowered = text.lower()
    first = lowered.partition(" ")[0]  # (as _first_word: all before the first space)
    lead = first.rstrip(_PUNCTUATION)
    if lead in patterns.label_starts:
        field = patterns.field.match(text)
        label_end = field.end("label2") if field is not None and field.group("label2") else 0
        if field is not None and (
            max(field.end("label"), label_end) == len(text)
            or not text[max(field.end("label"), label_end)].isalpha()
        ):
            label = field.group("label").lower()
            value = field.group("value").strip()
            categories = patterns.labels.get(label, ())
            if label_end:
                second = patterns.labels.get(field.group("label2").lower(), ())
                categories = (*categories, *(c for c in second if c not in categories))
            # "Tema 1 – Rammevilkår": a label word before a number is a numbered heading,
            # unless the label is one a number may follow ("Tid 10.00", "Sal 2").
            numbered = (
                value[:1].isdigit()
                and ":" not in text[: field.start("value")]
                and not set(categories) & _NUMBER_LABELS
            )
            if (value or text.rstrip().endswith(":")) and not numbered:
                return Shape(Kind.FIELD, label=label, categories=categories, value=value)
        gap = line.raw.lstrip().find("  ")
        aligned = line.raw.lstrip()[:gap].lower() if line.spaced and gap > 0 else ""
        if aligned in patterns.labels and (
            patterns.labels[aligned] != _PUBLISHED or find_dates(text[len(aligned) :], lexicon)
        ):
            # "Tidsrum      Fra kl. 09.00 – 14.00": an aligned header, the gap for a colon
            # (a stamp's label with its date: "Nyheter  Tirsdag 7. mai 2019", not a path)
            label = aligned
            return Shape(
                Kind.FIELD,
                label=label,
                categories=patterns.labels[label],
                value=text[len(label) :].strip(),
            )
        if digits:
            # "Udgivet den 02-03-2016", "Sidst opdateret den 12. marts 2019": a stamp
            # without its colon (a label of one word or of two)
            for label in (lead, " ".join(lowered.split(" ", 2)[:2]).rstrip(_PUNCTUATION)):
                if "label_published" in patterns.labels.get(label, ()) and find_dates(
                    text[len(label) :], lexicon
                ):
                    # ("Nyheter  Tirsdag 7. mai 2019": the news item's date; not "Nyheter /
                    # Arendalsuka 2019", a page's path)
                    return Shape(
                        Kind.FIELD,
                        label=label,
                        categories=_PUBLISHED,
                        value=text[len(label) :].strip(),
                    )
        bare = lowered.rstrip(" :?").strip()
        if bare in patterns.alone:
            return Shape(Kind.LABEL, label=bare, categories=patterns.labels.get(bare, ()))
        first_label, joined, second_label = bare.partition(" og ")
        if joined and first_label in patterns.alone and second_label in patterns.alone:
            # "Tid og sted": a heading over the event's facts, in sentences
            return Shape(Kind.LABEL, label=bare, categories=("label_practical",))
    if digits or lead in patterns.day_starts:
        day = parse_day_heading(text, lexicon)
        if day is not None:
            return Shape(Kind.DAY, day=day)
    if text.endswith(")") and patterns.continued.search(text) is not None:
        return Shape(Kind.BOILERPLATE)  # "Program (fortsat)": the page before goes on
    prose = is_prose(text)
    if not prose and digits:
        when = parse_when(text, lexicon)
        # after the dates, only a place ("…, Voss kulturhus") and only once times were given
        if (
            when is not None
            and (
                word_count(when.before) <= 4
                # "• Fylkesting for ungdom Sogn og Fjordane (FFU), fredag 1. november kl.
                # 13:30 til 15:00:": a listed item named before its day and hours
                or (
                    line.bullet is not None
                    and when.end is not None
                    and word_count(when.before) <= 12
                    and not when.after.strip(" :")
                    and text.rstrip().endswith(":")  # (what it says of the item comes next)
                )
            )
            # ("Lysebu 24.-25. oktober 2018.": a full stop after the dates is no text)
            and (
                not when.after.strip(" .")
                or (when.start is not None and word_count(when.after) <= 6)
            )
        ):
            return Shape(Kind.WHEN, when=when)
    if (
        not prose
        and line.indent <= 2
        and line.bullet is None
        and _is_programme_heading(text, patterns.program, lowered)
    ):
        return Shape(Kind.PROGRAM)
    if digits and text[-1].isdigit() and patterns.page.search(text) is not None:
        return Shape(Kind.BOILERPLATE)  # "Side 2 af 3", a PDF's page header or footer
    phrases = patterns.phrases
    words = word_count(text)
    # A phrase is found under the line's first word or its first letter (as
    # _starts_with_phrase looks it up): a line with neither among the keys starts none.
    keys = patterns.phrase_keys
    phrased = first in keys or lead in keys or lowered[:1] in keys
    if phrased:
        if words <= 4 and _starts_with_phrase(lowered, first, phrases["boilerplate_blocks"]):
            return Shape(Kind.BLOCK)
        if (
            words <= 6
            and _starts_with_phrase(lowered, first, phrases["closings"])
            # ("Hilsen fra daglig leder": a greeting on the programme, not the letter's end)
            and lowered.partition(" ")[2].partition(" ")[0] not in patterns.greeting_from
        ):
            return Shape(Kind.CLOSING)
        if words <= 5 and _starts_with_phrase(lowered, first, phrases["greetings"]):
            return Shape(Kind.GREETING)
    if (
        (
            phrased
            and _starts_with_phrase(lowered, first, phrases["boilerplate"])
            # a sentence with dates or prices in it is read, whatever it starts with
            and (words <= 6 or not digits)
        )
        or (not prose and _is_segmented(line))
        or any(map(lowered.__contains__, _BOILERPLATE_WORDS))  # (no generator: a hot path)
    ):
        return Shape(Kind.BOILERPLATE)
    if (
        not prose
        and text.endswith("?")
        and words <= 8
        and any(w.strip("?,.") in patterns.contact for w in lowered.split())
    ):
        return Shape(Kind.LABEL, label="kontakt", categories=("label_contact",))
    return _PROSE if prose else _TEXT


def _with_rest(span: TimeSpan, rest: str) -> TimeSpan:
    return TimeSpan(
        start=span.start,
        end=span.end,
        rest=rest,
        open_end=span.open_end,
        clock_word=span.clock_word,
        duration=span.duration,
        invalid=span.invalid,
    )


# The names of files a page links to ("Program 2019.pdf"), which head nothing.
_FILE_ENDINGS = (".pdf", ".doc", ".docx", ".ppt", ".pptx", ".xls", ".xlsx", ".odt")


def _is_programme_heading(text: str, program: frozenset[str], lowered: str) -> bool:
    """A programme heading: "Program", "Foreløbigt program", "Slik var programmet".

    ``program`` are the vocabulary's programme words, ``lowered`` is ``text.lower()``.
    """
    if text.endswith(".") or lowered.endswith(_FILE_ENDINGS):
        return False  # ("Program for Topmøde 2019 - Kommuner.pdf": a link to a file)
    bare = text
    if "(" in bare:
        bare = bare[: bare.index("(")]
    # A quick test first: a heading's first word is a programme word, or one of its
    # words starts with "program", so "program" is in the lower-cased text.
    head = bare.split(None, 1)
    first = head[0].strip(" :.!–-").lower() if head else ""
    if first and first not in program and "program" not in lowered:
        return False
    words = [w.strip(" :.!–-").lower() for w in bare.split()]
    words = [w for w in words if w]
    if not words or len(words) > 8:
        return False
    if words[0] in program:
        return True
    # "Endelig program", "Slik var programmet" — but not "Den gode dagsorden".
    return len(words) <= 4 and any(w.startswith("program") and w in program for w in words)


def classify_text(text: str, lexicon: Lexicon) -> list[tuple[Line, Shape]]:
    """Every logical line of ``text`` with its shape."""
    return classify_document(text, lexicon).items


class Classified(NamedTuple):
    """A text's logical lines with their shapes, and what was told of them on the way."""

    items: list[tuple[Line, Shape]]
    four_digits: bool
    """Whether the text writes its times as "1530" (:func:`.segments.writes_four_digit_times`)."""
    digits: frozenset[int]
    """The indexes of the items whose text holds a decimal digit, told once while
    classifying: a later step that needs a digit (a time, a date) reads only these."""


def classify_document(text: str, lexicon: Lexicon) -> Classified:
    """Every logical line with its shape, whether the text writes times as "1530", and
    which lines hold a digit (see :class:`Classified`)."""
    # "24. marts" is a date and "2. dag" a day heading, not items of a numbered list.
    not_items = frozenset(lexicon.months) | lexicon.words("day_words")
    lines = split_lines(text, not_items)
    four_digits = writes_four_digit_times(lines)
    lines = split_items(lines, lexicon, four_digits=four_digits)
    align_columns(lines)
    join_tab_wraps(lines)
    join_wrapped(lines)
    items, dated, digits = _classify_all(lines, lexicon, four_digits)
    _label_values(items)
    _label_pairs(items, lexicon, four_digits)
    _numbered_items(items, [i for i in dated if items[i][1].kind is Kind.DAY])
    _repeated_headers(items, text)
    _date_stamp(items, dated, lexicon)
    _dated_title(items, lexicon)
    return Classified(items, four_digits, frozenset(digits))


def _dated_title(items: list[tuple[Line, Shape]], lexicon: Lexicon) -> None:
    """ "17.11: Årets store dag …" opening the page, and "Lørdag den 17. november …" in its
    text: the page's title with the day in front, not a session at 17.11.

    Only a first line whose minutes no programme writes (not a multiple of five) and
    whose two numbers are a date the text writes out.
    """
    first = next((i for i, (_, shape) in enumerate(items) if shape.kind is not Kind.BLANK), None)
    if first is None or items[first][1].kind is not Kind.TIMED:
        return
    line, shape = items[first]
    span = shape.span
    if span is None or span.end is not None or span.start.minute % 5 == 0:
        return
    day, month = span.start.hour, span.start.minute
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return
    for other, _ in items[first + 1 :]:
        if other.text and any(
            m.first.day == day and m.first.month == month for m in find_dates(other.text, lexicon)
        ):
            items[first] = (line, Shape(Kind.TEXT))
            return


_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})")
# Labels whose value, on the line below them, is a date and time ("Dato og tid").
_WHEN_LABELS = frozenset({"label_time", "label_dates", "label_deadline"})
_WHEN_KINDS = frozenset({Kind.DAY, Kind.WHEN, Kind.TIMED})


def _label_values(items: list[tuple[Line, Shape]]) -> None:
    """ "Dato og tid" over "Tirsdag d. 29. april 2025 kl. 09:30 til 16:00": a form's label
    alone, its value on the next line, is one labelled field, not a day and a session.

    The value's line, cut into a day and a time, is made whole again: its first piece
    becomes the field, the others are marked as folded into it.
    """
    label_kind, blank_kind = Kind.LABEL, Kind.BLANK  # (an enum's member is slow to look up)
    for index, (_, shape) in enumerate(items):
        if shape.kind is not label_kind or _WHEN_LABELS.isdisjoint(shape.categories):
            continue
        at = index + 1
        while at < len(items) and items[at][1].kind is blank_kind:
            at += 1
        if at >= len(items) or items[at][1].kind not in _WHEN_KINDS:
            continue
        line = items[at][0]
        pieces = [at]
        while pieces[-1] + 1 < len(items) and items[pieces[-1] + 1][0].number == line.number:
            pieces.append(pieces[-1] + 1)
        if not all(items[i][1].kind in _WHEN_KINDS for i in pieces):
            continue
        value = " ".join(items[i][0].text for i in pieces)
        whole = dataclasses.replace(line, text=value)
        items[at] = (
            whole,
            Shape(Kind.FIELD, label=shape.label, categories=shape.categories, value=value),
        )
        for i in pieces[1:]:
            items[i] = (items[i][0], _CONTINUED)


# The fewest label and value pairs in a row that make a list of them, and of their
# labels how many the vocabulary must know.
_FEWEST_PAIRS, _FEWEST_KNOWN = 3, 2


def _label_pairs(items: list[tuple[Line, Shape]], lexicon: Lexicon, four_digits: bool) -> None:
    """ "Arrangør" / "Universitetet i Agder" / "Dag" / "Mandag 14/8 2023 14:00 - 15:30" /
    "Arrangementstype" / "Debatt": a form's fields copied with each label on a line of
    its own and the value on the next, three pairs or more in a row with no blank line.

    Each pair is read as one "Label: value" line, standing where the value stands (its
    line number is the value's, whose times and dates it holds); the label's line is
    marked as folded into it. Two of the labels at least must be the vocabulary's. A
    run read from the wrong line (a short heading straight above the first label) is
    tried again one line on, once, so the reading stays linear.
    """
    index, size = 0, len(items)
    label_kind, text_kind = Kind.LABEL, Kind.TEXT  # (an enum's member is slow to look up)
    while index < size:
        line, shape = items[index]
        # (the quick test first: a label's line has a few words, most lines more)
        if not (
            shape.kind is label_kind or (shape.kind is text_kind and line.text.count(" ") <= 3)
        ):
            index += 1
            continue
        pairs, after = _pairs_from(items, index)
        if not _is_form(items, pairs):
            if len(pairs) < _FEWEST_PAIRS - 1:
                index += 1  # (too short a run to read one line on: the next line is tried)
                continue
            pairs, shifted = _pairs_from(items, index + 1)
            if not _is_form(items, pairs):
                index = max(after, shifted, index + 1)
                continue
            after = shifted
        for label, pieces in pairs:
            name = items[label][0].text.rstrip(": ")
            value = " ".join(items[i][0].text for i in pieces)
            whole = dataclasses.replace(items[pieces[0]][0], text=f"{name}: {value}", bullet=None)
            items[pieces[0]] = (whole, classify(whole, lexicon, four_digits=four_digits))
            items[label] = (items[label][0], _CONTINUED)
            for i in pieces[1:]:
                items[i] = (items[i][0], _CONTINUED)
        index = after


def _pairs_from(
    items: list[tuple[Line, Shape]], at: int
) -> tuple[list[tuple[int, list[int]]], int]:
    """The label and value pairs in a row from ``at`` (each value's pieces), and where
    they end."""
    pairs: list[tuple[int, list[int]]] = []
    size = len(items)
    while at + 1 < size:
        label_line, label_shape = items[at]
        if not _bare_label(label_line, label_shape):
            break
        value_line = items[at + 1][0]
        if items[at + 1][1].kind is Kind.BLANK or value_line.number != label_line.number + 1:
            break
        pieces = [at + 1]
        while pieces[-1] + 1 < size and items[pieces[-1] + 1][0].number == value_line.number:
            pieces.append(pieces[-1] + 1)
        pairs.append((at, pieces))
        at = pieces[-1] + 1
    return pairs, at


def _is_form(items: list[tuple[Line, Shape]], pairs: list[tuple[int, list[int]]]) -> bool:
    known = sum(1 for label, _ in pairs if items[label][1].kind is Kind.LABEL)
    return len(pairs) >= _FEWEST_PAIRS and known >= _FEWEST_KNOWN


def _bare_label(line: Line, shape: Shape) -> bool:
    """A label alone on its line, or a word or three that may be one ("Dag", "Språk")."""
    text = line.text
    if shape.kind is Kind.LABEL:
        return not shape.value
    return (
        shape.kind is Kind.TEXT
        and line.bullet is None
        and 0 < word_count(text) <= 4
        and text[:1].isupper()
        and not any(c.isdigit() for c in text)
        and not text.endswith((".", "?", "!"))
        and ":" not in text.rstrip(":")
    )


_PUBLISHED = ("label_published",)


def _date_stamp(items: list[tuple[Line, Shape]], dated: list[int], lexicon: Lexicon) -> None:
    """ "11.01.19" alone above a page's text is when it was published, not a day heading.

    Only the first dated line, before any time or programme heading, and
    only when running text (not a timed line) follows it. A date in English
    order ("Friday, June 7, 2019") is a stamp wherever it stands, and so is a
    bare date heading ("12. marts 2019", no weekday) that the page's own stamp
    names ("Sidst opdateret den 12. marts 2019"). A bare date first, over
    running text that gives the event's day with its weekday, is a stamp too.

    ``dated`` are the indexes of the only items this reads, in order: the day
    headings, the publication stamps and the lines of text that end with a digit
    (see :func:`_classify_all`).
    """
    stamps = _stamped_days(items, dated, lexicon)
    done = False  # past the first dated line
    text_kind, day_kind = Kind.TEXT, Kind.DAY
    for index in dated:
        line, shape = items[index]
        kind = shape.kind
        day = shape.day
        if kind is day_kind and day is not None and day.date in stamps and _bare(line, lexicon):
            items[index] = (line, Shape(Kind.FIELD, categories=_PUBLISHED, value=line.text))
            continue
        if kind is day_kind and day is not None and _COMMENTS.search(day.location or ""):
            # "03-10-18 Esben Ørberg 0 comment": a post's date, its writer and its comments
            items[index] = (line, Shape(Kind.FIELD, categories=_PUBLISHED, value=line.text))
            continue
        if kind is day_kind and _under_stamp_label(items, index):
            # "Publisert:" over "1. april 2022": the label's value, a line further down
            items[index] = (line, Shape(Kind.FIELD, categories=_PUBLISHED, value=line.text))
            continue
        if kind is text_kind and parse_english_date(line.text) is not None:
            # "Friday, June 7, 2019" in a Nordic page: the site's date stamp, wherever it stands
            items[index] = (line, Shape(Kind.FIELD, categories=_PUBLISHED, value=line.text))
            continue
        if done or kind is not day_kind:
            continue
        done = True
        after = next((s for _, s in items[index + 1 :] if s.kind is not Kind.BLANK), None)
        if after is None or after.kind is not Kind.TEXT:
            continue
        if _NUMERIC_DATE.fullmatch(line.text) or _dated_in_prose(items, index, lexicon):
            items[index] = (line, Shape(Kind.FIELD, categories=_PUBLISHED, value=line.text))


# A post's count of comments after its date and writer ("0 comment", "3 kommentarer").
_COMMENTS = re.compile(r"\b\d+\s+(?:comments?|kommentar(?:er|ar)?)\b", re.IGNORECASE)


def _under_stamp_label(items: list[tuple[Line, Shape]], index: int) -> bool:
    """True when the line before ``index`` (blank lines aside) is a stamp's label alone."""
    for _, shape in reversed(items[max(0, index - 3) : index]):
        if shape.kind is Kind.BLANK:
            continue
        return shape.kind is Kind.FIELD and shape.categories == _PUBLISHED and not shape.value
    return False


def _bare(line: Line, lexicon: Lexicon) -> bool:
    """A date heading that names no weekday ("12. marts 2019", not "Fredag 12. marts")."""
    weekdays = lexicon.weekdays
    return not any(word.strip(_PUNCTUATION).lower() in weekdays for word in line.text.split())


def _dated_in_prose(items: list[tuple[Line, Shape]], index: int, lexicon: Lexicon) -> bool:
    """ "30. august 2017" over "Mødet holdes mandag den 18. september kl. 18.30": a bare
    date (no weekday, nothing else on its line) whose running text, before the
    programme, gives another day with its weekday: the bare date is when the page
    was written."""
    day = items[index][1].day
    if day is None or day.date is None or day.location or day.number is not None:
        return False
    if not _bare(items[index][0], lexicon) or word_count(items[index][0].text) > 4:
        return False
    own = (day.date.day, day.date.month)
    for line, shape in items[index + 1 :]:
        if shape.kind is Kind.TIMED or shape.kind is Kind.PROGRAM or shape.kind is Kind.DAY:
            return False
        if shape.kind is Kind.TEXT and _DIGIT.search(line.text) is not None:
            for mention in find_dates(line.text, lexicon):
                first = mention.first
                if first.weekday is not None and (first.day, first.month) != own:
                    return True
    return False


def _stamped_days(
    items: list[tuple[Line, Shape]], dated: list[int], lexicon: Lexicon
) -> set[PartialDate]:
    """The full dates the page's publication stamps give ("Udgivet 12. marts 2019")."""
    found: set[PartialDate] = set()
    for index in dated:
        shape = items[index][1]
        if shape.kind is Kind.FIELD and shape.categories == _PUBLISHED:
            found.update(
                m.first for m in find_dates(shape.value, lexicon, loose=True) if m.first.year
            )
    return found


def _dated(line: Line, shape: Shape) -> bool:
    """Whether :func:`_date_stamp` reads a line: a day heading, or text that ends with a digit.

    (parse_english_date reads only a text that ends with a digit.)
    """
    kind = shape.kind
    return (
        kind is Kind.DAY
        or (kind is Kind.TEXT and line.text.rstrip()[-1:].isdecimal())
        or (kind is Kind.FIELD and shape.categories == _PUBLISHED)
    )


def _classify_all(
    lines: list[Line], lexicon: Lexicon, four_digits: bool
) -> tuple[list[tuple[Line, Shape]], list[int], list[int]]:
    """Each line with its shape; a line repeated as it stands is classified once.

    A shape depends only on the line's text, raw form, indentation and bullet
    (table rows aside), and nothing changes a shape once made, so repeats share it.
    With the items come the indexes of those :func:`_date_stamp` reads and of
    those whose text holds a digit, told here once for each line classified,
    not in a second pass over every item.
    """
    seen: dict[tuple[str, str, int, str | None], tuple[Shape, bool, bool]] = {}
    items: list[tuple[Line, Shape]] = []
    dated: list[int] = []
    digit_lines: list[int] = []
    patterns = field_pattern(lexicon)
    # (an enum's member is slow to look up)
    day_kind, text_kind, field_kind = Kind.DAY, Kind.TEXT, Kind.FIELD
    for line in lines:
        if line.cells or line.continued:
            digits = _holds_digit(line.text)
            shape = _shape(line, lexicon, four_digits, patterns, digits)
            if _dated(line, shape):
                dated.append(len(items))
            if digits:
                digit_lines.append(len(items))
            items.append((line, shape))
            continue
        if not line.text:
            items.append((line, _BLANK))  # (as _shape gives every line without text)
            continue
        key = (line.text, line.raw, line.indent, line.bullet)
        known = seen.get(key)
        if known is None:
            digits = _holds_digit(key[0])
            shape = _shape(line, lexicon, four_digits, patterns, digits)
            kind = shape.kind  # (then as _dated, written out: this runs for most lines)
            stamp = (
                kind is day_kind
                or (kind is text_kind and key[0].rstrip()[-1:].isdecimal())
                or (kind is field_kind and shape.categories == _PUBLISHED)
            )
            known = seen[key] = (shape, stamp, digits)
        if known[1]:
            dated.append(len(items))
        if known[2]:
            digit_lines.append(len(items))
        items.append((line, known[0]))
    return items, dated, digit_lines


# "2.3 Godkjenning av dagsorden": a sub-item's number, read alone like a day and month.
_SUB_NUMBER = re.compile(r"(\d{1,2})\.(\d{1,2})\s+\S")


def _numbered_items(items: list[tuple[Line, Shape]], days: list[int]) -> None:
    """ "2.2 …", "2.3 …", "2.4 …": numbered sub-items in a row are items, not day headings.

    A day heading written "2.3 Godkjenning av dagsorden" would be the 2nd of March;
    beside "2.2 …" or "2.4 …" on the line before or after, it is item 2.3 of a list.

    Only a day heading changes, so only the lines next to one are read: ``days``
    are the indexes of the day headings, in order (see :func:`_classify_all`).
    Its neighbour is the nearest line with text above or below it (blank lines
    between, nothing else), and a sub-number of the same list.
    """
    for index in days:
        line = items[index][0]
        match = _SUB_NUMBER.match(line.text)
        if match is None:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        before = _numbered_neighbour(items, index, -1)
        after = _numbered_neighbour(items, index, 1)
        if (before is not None and before == (first, second - 1)) or (
            after is not None and after == (first, second + 1)
        ):
            items[index] = (line, _TEXT)


def _numbered_neighbour(
    items: list[tuple[Line, Shape]], index: int, step: int
) -> tuple[int, int] | None:
    """The sub-number ("2.2") of the nearest line with text ``step`` away, past blank lines."""
    at = index + step
    while 0 <= at < len(items) and items[at][1].kind is Kind.BLANK:
        at += step
    if not 0 <= at < len(items):
        return None
    match = _SUB_NUMBER.match(items[at][0].text)
    return None if match is None else (int(match.group(1)), int(match.group(2)))


def _repeated_headers(items: list[tuple[Line, Shape]], text: str) -> None:
    """The title at the top of every page of a PDF: a repeat of one of the first lines."""
    heads: set[str] = set()
    seen = after = 0
    for index, (line, shape) in enumerate(items):
        if not line.text:
            continue
        seen += 1
        # only a line the whole text has more than once can come back (a quick test)
        if shape.kind is Kind.TEXT and text.count(line.text, 0, len(text)) > 1:
            heads.add(line.text)
        if seen == 3:
            after = index + 1
            break
    if not heads:
        return
    for index in range(after, len(items)):
        line, shape = items[index]
        if line.text in heads and shape.kind is Kind.TEXT and line.bullet is None:
            items[index] = (line, Shape(Kind.BOILERPLATE))
