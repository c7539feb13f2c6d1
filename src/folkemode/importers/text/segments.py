"""Lines that hold more than one programme item, and how a document writes its times.

Pages lose their line breaks and editors write several things on one line,
so one input line may carry:

- a day and a session: "Torsdag kl. 13.00: Title", "16. juni kl. 12.45: Title";
- two sessions: "10:10-10:30 Valg v/ Ida Holm 10:30-11:30 Tips og triks";
- a paragraph of them: "… Kl. 19.00: Velkomst Kl. 19.05: Foredrag …".

:func:`split_items` cuts such lines into logical lines (each keeping the
input line number), so the later steps see one item per line. Where a cut
falls is decided by the clock times found with :func:`.times.find_times`,
the one tokenizer of times.

:func:`writes_four_digit_times` decides, over the whole document, whether
bare four-digit numbers at the start of lines are times ("1530 Kaffe"):
only when the document writes its times so, never from one line.

>>> from folkemode.importers.text.lines import split_lines
>>> lex = Lexicon.build()
>>> text = "Torsdag kl. 13.00: Debat\\n9.00 A v/ Ida Holm 9.30-10.00 B"
>>> lines = split_items(split_lines(text), lex)
>>> [(line.number, line.text) for line in lines]
[(1, 'Torsdag'), (1, 'kl. 13.00: Debat'), (2, '9.00 A v/ Ida Holm'), (2, '9.30-10.00 B')]
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from folkemode.importers.text.dates import find_dates, parse_day_heading
from folkemode.importers.text.lines import Line
from folkemode.importers.text.times import TimeMention, find_times, parse_leading_time
from folkemode.importers.text.vocabulary import Lexicon

__all__ = ["split_items", "writes_four_digit_times"]

# Every time find_times reads holds a decimal digit: a line without one has no time.
_ANY_DIGIT = re.compile(r"\d")

# "1530 Kaffe", "0900: Velkomst", "Kl 1100": four digits at the start of a line.
_FOUR_DIGITS = re.compile(r"(?:kl\.?\s{0,2})?([01]\d|2[0-3])[0-5]\d(?![\d.,/])", re.IGNORECASE)
# The characters _FOUR_DIGITS can match first ("k" in every case, as re.IGNORECASE reads it).
_FOUR_DIGIT_STARTS = frozenset("012kK\u212a")
# What may stand between a day and its time: ", ", " - ", "den 5. marts" is the day itself.
_DAY_TIME_GAP = " ,–-:"


def writes_four_digit_times(lines: list[Line]) -> bool:
    """True when three or more lines start with a four-digit time, in rising order mostly.

    A year at the start of a line ("2024 Program") is one such number, a
    timetable written "0900 … 0930 … 1000" is many, rising through the day.
    """
    found: list[tuple[int, bool]] = []  # each time, and whether it stands alone on its line
    for line in lines:
        # (the pattern opens with "kl" or a time's first digit, 0, 1 or 2: a quick test first)
        if line.text[:1] not in _FOUR_DIGIT_STARTS:
            continue
        match = _FOUR_DIGITS.match(line.text)
        if match is None:
            continue
        rest = line.text[match.end() :]
        year_label = rest[:1] == ":" and match.group()[:2] in ("19", "20")
        if rest[:1] in (" ", ":", "-") and rest.strip(" :") and not year_label:
            found.append((int(match.group()[-4:]), False))
        elif not rest.strip(" :") and match.group().isdigit():
            # "1200" alone on its line, its title on the next (a table flattened)
            found.append((int(match.group()), True))
    alone = [value for value, single in found if single]
    if len(alone) < 3 or all(1900 <= value <= 2100 for value in alone):
        found = [entry for entry in found if not entry[1]]  # a few numbers, or years
    values = [value for value, _ in found]
    if len(values) < 3:
        return False
    rising = sum(1 for a, b in itertools.pairwise(values) if b > a)
    return rising >= (len(values) - 1) * 2 / 3


def split_items(lines: list[Line], lexicon: Lexicon, *, four_digits: bool = False) -> list[Line]:
    """``lines`` with each line that holds several items cut into one line per item."""
    result: list[Line] = []
    for line in lines:
        text = line.text
        # find_times needs a decimal digit, so a line without one is never cut
        if not text or line.cells or line.continued or _ANY_DIGIT.search(text) is None:
            result.append(line)
            continue
        mentions = find_times(text, lexicon, four_digits=four_digits)
        # One time, at the start (most timed lines): nothing to cut, whether or not the
        # line starts with a time as parse_leading_time reads it (see _cuts).
        single = len(mentions) == 1 and mentions[0].begin == 0
        cuts = _cuts(text, mentions, lexicon, four_digits) if mentions and not single else []
        if not cuts:
            result.append(line)
            continue
        pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        # "• Torsdag 26/10 kl. 16.00-18.00 Title": a listed item with its day first; the day
        # is a heading of its own and the bullet the item's
        bullet_at = 1 if line.bullet is not None and _day_first(text, cuts, lexicon) else 0
        at = 0
        for piece in pieces:
            if not piece:
                continue
            # each piece is a line of its own, also to the column finder, which reads ``raw``
            raw = line.raw if len(pieces) == 1 else piece
            bullet = line.bullet if at == bullet_at else None
            result.append(replace(line, text=piece, raw=raw, bullet=bullet))
            at += 1
    return result


def _day_first(text: str, cuts: list[int], lexicon: Lexicon) -> bool:
    """True when the text before the first cut is a day ("Torsdag 26/10"), the item after."""
    day = text[: cuts[0]].rstrip(_DAY_TIME_GAP) if cuts and cuts[0] > 0 else ""
    return bool(day) and parse_day_heading(day, lexicon) is not None


def _cuts(text: str, mentions: list[TimeMention], lexicon: Lexicon, four_digits: bool) -> list[int]:
    """Where ``text`` is cut: before each time that opens an item of its own."""
    leading = parse_leading_time(text, lexicon, four_digits=four_digits) is not None
    first = mentions[0]
    cuts: list[int] = []
    if not leading and first.begin > 0:
        after = _after(text, first)
        title = after.lstrip(" :.–-")[:1]
        titled = title.isupper() or title in '"«”' or not after.strip(" :")
        if titled and not find_dates(after, lexicon):
            # "Torsdag kl. 13.00: Title": a day, then a timed item (not "12.03. kl. 10 - 13.03. …")
            day = text[: first.begin].rstrip(_DAY_TIME_GAP)
            if day and parse_day_heading(day, lexicon) is not None:
                cuts.append(first.begin)
                leading = True
    if not leading:
        return (
            _paragraph_cuts(text, mentions)
            or _range_cuts(text, mentions, lexicon)
            or _closed_cuts(text, mentions)
        )
    for mention in mentions[1:]:
        if _opens_item(text, mention):
            cuts.append(mention.begin)
    return cuts


def _after(text: str, mention: TimeMention) -> str:
    return text[mention.finish :]


def _opens_item(text: str, mention: TimeMention) -> bool:
    """A later time opens an item: a range or a "kl." time, with a capitalised title after it."""
    before = text[: mention.begin].rstrip()
    after = _after(text, mention).lstrip(" :.–-")
    if not before or not after[:1].isupper() or before.endswith((",", "(", "fra", "til", "-")):
        return False
    written = text[mention.begin : mention.finish]
    # a range, a "kl." time, or "14:30" (a colon makes it no date) opens an item
    return mention.end is not None or written[:1] in "Kk" or ":" in written


def _closed_cuts(text: str, mentions: list[TimeMention]) -> list[int]:
    """ "- Innlegg v/ Name (Oppland) 16:00 Avslutning av debatten": after a closed bracket
    or a sentence's end, a time that opens an item (see :func:`_opens_item`)."""
    return [
        m.begin
        for m in mentions
        if m.begin > 0 and text[: m.begin].rstrip()[-1:] in ").!?" and _opens_item(text, m)
    ]


def _range_cuts(text: str, mentions: list[TimeMention], lexicon: Lexicon) -> list[int]:
    """ "… til konferansen. PROGRAM 09.00 - 09.15 Åpning … 09.15 - 10.15 Folkevalgte …":
    a page that lost its line breaks, two or more ranges each opening an item. The
    programme's heading in capitals before the first is cut off too."""
    opening = [m for m in mentions if m.end is not None and _opens_item(text, m)]
    if len(opening) < 2:
        return []
    cuts = [m.begin for m in opening if m.begin > 0]
    for match in _CAPITAL_WORD.finditer(text, 0, opening[0].begin):
        if match.group().lower() in lexicon.words("program_words"):
            cuts.insert(0, match.start())
            break
    return cuts


# A word in capitals after a sentence's end ("… konferansen. PROGRAM Konferansier: …").
_CAPITAL_WORD = re.compile(r"(?<=[.!?] )[A-ZÆØÅ]{4,}\b")


def _paragraph_cuts(text: str, mentions: list[TimeMention]) -> list[int]:
    """ "Aftenen: Kl. 19.00: Velkomst Kl. 19.05: Foredrag": two or more "Kl." items in a row."""
    opening = [
        m
        for m in mentions
        if text[m.begin : m.begin + 1] == "K" and _after(text, m).lstrip(" :.–-")[:1].isupper()
    ]
    if len(opening) < 2:
        return []
    return [m.begin for m in opening if m.begin > 0]
