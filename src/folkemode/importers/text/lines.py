"""Splitting a programme into lines and telling their shape.

Text copied from web pages and PDFs carries non-breaking spaces, zero-width
characters, tab-separated table rows, bullets of many sorts and, where a page
lost its line breaks, headings glued to the end of the previous sentence
("…om konferansenTillitsreform – til hvem?"). :func:`split_lines` undoes
that, so the rest of the importer sees one clean :class:`Line` per logical
line, each knowing the input line number it came from.

>>> [(line.number, line.bullet, line.text) for line in split_lines(" • Velfærd\\n\\n  - Klima")]
[(1, '•', 'Velfærd'), (2, None, ''), (3, '-', 'Klima')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "SENTENCE_BREAK",
    "Line",
    "first_sentence",
    "is_all_caps",
    "is_prose",
    "looks_like_address",
    "split_lines",
    "word_count",
]

#: Where one sentence ends and the next begins: "… idrætspolitik. Det sker …"
SENTENCE_BREAK = re.compile(r"(?<=[a-zæøå)]{2}[.!?])\s+(?=[A-ZÆØÅ])")

# Characters that only get in the way: zero-width spaces and joiners, the byte
# order mark, soft hyphens, the marks that set the direction of text; spaces of
# every width; full-width letters and digits ("Ｋｌ. １０.００"), superscript and
# subscript digits, and the hyphens and minus signs that stand for a dash.
_CLEAN: dict[int, str | None] = {
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c"), None),
    **dict.fromkeys(range(0x200E, 0x2010), None),
    **dict.fromkeys(range(0x202A, 0x202F), None),
    **dict.fromkeys(range(0x2066, 0x206A), None),
    **{ord(c): " " for c in "\u00a0\u2007\u202f\u2002\u2003\u2009\u3000"},
    **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
    **{ord(c): str(n) for n, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")},
    **{ord(c): str(n) for n, c in enumerate("₀₁₂₃₄₅₆₇₈₉")},
    **{ord(c): "-" for c in "\u2010\u2011\u2012\u2212"},
    # Control characters (but tab and the line breaks split_lines reads), lone
    # surrogates: nothing a reader sees, and nothing the model or any format holds.
    **dict.fromkeys((*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F), None),
    **dict.fromkeys((*range(0x80, 0x85), *range(0x86, 0xA0)), None),
    **dict.fromkeys(range(0xD800, 0xE000), None),
    **dict.fromkeys((0xFFFE, 0xFFFF), None),  # noncharacters: no XML-based format holds them
}
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _CLEAN) + "]")
_MULTISPACE = re.compile(r" {2,}")
_GLUED_PARTY = re.compile(r"(?<=[a-zæøåäöü])\((?=[A-ZÆØÅ]{1,3}\))")
# "… 30. september 2020Kl. 12.30 – 12.35": a date's year glued to the clock word after it.
# (The pattern opens with the capital, which the engine scans for fast and few
# characters are, and looks back for the digit only there.)
# "06:00 pm", "7.30 a.m.": an English site's half-day clock, read as the 24-hour one
# ("18:00") before anything else sees the line.
_MERIDIEM_TIME = re.compile(r"(?<![\d.:])(\d{1,2})([:.])(\d{2}) ?([ap])\.?m\b\.?", re.IGNORECASE)


# Whether a text holds such a time at all, told fast: from each "m", a look back for a
# digit and "pm", "p.m", "am" or "a.m" (a search from every digit takes four times as long).
_ANY_MERIDIEM = re.compile(
    r"[mM](?:(?<=[aApP][mM])(?:(?<=\d[aApP][mM])|(?<=\d [aApP][mM]))"
    r"|(?<=[aApP]\.[mM])(?:(?<=\d[aApP]\.[mM])|(?<=\d [aApP]\.[mM])))"
)


def _on_the_clock(match: re.Match[str]) -> str:
    hour, separator, minutes, half = match.groups()
    value = int(hour) % 12 + (12 if half.lower() == "p" else 0)
    return f"{value:02d}{separator}{minutes}" if int(hour) <= 12 else match.group()


_GLUED_CLOCK = re.compile(r"K(?<=\dK)[Ll]\.?\s?\d")
# "10-00 – 10.15", "12.00-12-45" opening a line: a dash typed for the dot of a time in a
# range whose other time is written right; "10-12" (hours) has no such neighbour
# "Dag 2Dag 2: Søndag 7. marts": a page's tab label glued to the heading that repeats it.
# (read at the line's start only: the tab stands before the heading it names)
_TAB_LABEL = re.compile(r"[A-ZÆØÅ][a-zæøå]{1,12} \d{1,2}(?!\d)")
# "… introduktion til dag 2Dag 2: Torsdag …": the next day's label glued to a line's end
# (a digit, then a capitalised word, a number and a colon), read as a line of its own
# (the capital first and the digit looked behind for: the search skips from capital to
# capital, where a look behind first is tried at every character)
_GLUED_LABEL = re.compile(r"[A-ZÆØÅ](?<=\d[A-ZÆØÅ])[a-zæøå]{1,12} \d{1,2}:\s")
_DASH_FOR_DOT = re.compile(
    r"(?P<lead>(?:[Kk]l\.?\s?)?)(?:(?P<a>\d{1,2})-(?P<b>[0-5]\d)(?=\s?[-–—]\s?\d{1,2}[.:]\d\d(?!\d))"
    r"|(?P<c>\d{1,2}[.:]\d\d\s?[-–—]\s?\d{1,2})-(?P<d>[0-5]\d)(?![\d.:-]))"
)


def _dot_for_dash(text: str) -> str:
    """The line with a dash typed for a time's dot made a dot ("10-00 – 10.15")."""
    match = _DASH_FOR_DOT.match(text)
    if match is None:
        return text
    if match.group("a") is not None:
        fixed = f"{match.group('lead')}{match.group('a')}.{match.group('b')}"
    else:
        fixed = f"{match.group('lead')}{match.group('c')}.{match.group('d')}"
    return fixed + text[match.end() :]


# The line breaks besides "\n" (str.splitlines reads them all).
_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_ODD_BREAK = re.compile(f"[{_BREAKS}]")
# A character to clean or an odd line break: one pass over the text (at C speed) finds
# that most texts have neither, where a search for each would read the text twice.
_SPECIALS_AND_BREAKS = "".join(re.escape(chr(c)) for c in (*_CLEAN, *map(ord, _BREAKS)))
_SPECIAL_OR_BREAK = re.compile(f"[{_SPECIALS_AND_BREAKS}]")
# "Kl.\t10.00 Velkomst": a tab after a clock word is no column.
_CLOCK_CELL = re.compile(r"(?:kl|klokken|klokka|kloka)\.?$", re.IGNORECASE)
_BULLET_MARKS = "•·▪◦‣●○■□➢➤►▸→✓✔-–—*+"
_BULLET = re.compile(
    rf"(?P<marker>//|[{re.escape(_BULLET_MARKS)}]|\d{{1,2}}[.)]|[a-zA-Z][)])[ \t]+(?=\S)"
)
# A bullet-like start that is really a date or a time: "14. og 15. mars", "3. november".
# ("1.  10.30-11.00: Innsjekk" is a numbered item whose text starts with a time.)
_NUMBERED_DATE = re.compile(r"\d{1,2}[.)]\s+(?:og\b|[-–]|\d(?!\d?[.:]\d\d))")
# A heading glued to the sentence before it: a lower-case word of five or more
# letters running straight into a capitalised one.
# (Written to open with the capital, a character set the regex engine scans for fast
# and that few characters are: the cut is where the match starts, at the capital.)
_GLUED = re.compile(r"[A-ZÆØÅÄÖÜ](?<=[a-zæøåäöü]{5}.)(?=[a-zæøåäöü])")
_WORD_START = re.compile(r"[a-zæøåäöü]+$")
# What _SPECIAL_OR_BREAK or _GLUED finds, in one pass: a character to clean, an odd
# line break, or a capital after five small letters and before one (the set of the
# first character holds both, so the engine scans for it at C speed). Most texts have
# none, and are read with one scan, not two.
_ANY_FIX = re.compile(
    f"[{_SPECIALS_AND_BREAKS}A-ZÆØÅÄÖÜ]"
    f"(?:(?<=[{_SPECIALS_AND_BREAKS}])|(?<=[a-zæøåäöü]{{5}}[A-ZÆØÅÄÖÜ])(?=[a-zæøåäöü]))"
)
# "Kaivegen 2," / "…, Kaivegen 2" (a street and its number) or "7100 Vejle" (a postcode).
_ADDRESS = re.compile(r"[a-zæøåäöüé]\s\d{1,4}[A-Za-z]?(?:,|$)|(?<!\d)\d{4}\s{1,2}[A-ZÆØÅ]")
# "…, Nykøbing F.": a town with the initial of its island ends with a dot, not a sentence
_TOWN_INITIAL = re.compile(r"\s[A-ZÆØÅ]\.$")


def looks_like_address(text: str) -> bool:
    """ "Vestfjord kultursenter, Kaivegen 2, Vikøy": a place with its street or postcode."""
    return (
        ", " in text
        and ":" not in text
        and word_count(text) <= 10
        and (not text.endswith((".", "?", "!")) or _TOWN_INITIAL.search(text) is not None)
        and _ADDRESS.search(text) is not None
    )


@dataclass(slots=True)
class Line:
    """One logical line of the input."""

    number: int
    """1-based line number in the input."""
    raw: str
    """The line as it was, without its line break."""
    text: str
    """The content: without indentation or bullet marker, spaces normalised."""
    indent: int = 0
    """Width of the leading whitespace (a tab counts 4)."""
    bullet: str | None = None
    """The bullet marker ("•", "-", "1.", "a)") when the line is a list item."""
    cells: tuple[str, ...] = ()
    """The cells of a table row, tab-separated or lined up (empty for other lines)."""
    spaced: bool = False
    """Runs of spaces inside the line (columns lined up with spaces, perhaps)."""
    continued: bool = False
    """A table row's wrapped cells, already folded into the row above."""


def _indent_of(raw: str) -> int:
    if not raw.startswith((" ", "\t")):
        return 0
    lead = len(raw) - len(raw.lstrip(" \t"))
    return lead + 3 * raw.count("\t", 0, lead)


def _unglue(text: str, match: re.Match[str], *, cells: bool = False) -> list[str]:
    """Split "…om konferansenTillitsreform – til hvem?" into its two lines.

    ``match`` is where :data:`_GLUED` found the capital. Only where the
    lower-case run starts a word (so "LinkedIn" and "DenOffentlige" stay
    whole) and the text before it has several words; in a text whose table
    cells ran together (``cells``, see :func:`_cells_run_together`) a
    capitalised word before the glue is cut too ("KlimaaksjonLiv Samuelsberg").
    """
    cut = match.start()
    left, right = text[:cut], text[cut:]
    head_word = left.rsplit(" ", 1)[-1]
    if cells:
        if left.count(" ") < 1 or len(right) < 4:
            return [text]
        return [left, right]
    if not _WORD_START.match(head_word) or left.count(" ") < 2 or len(right) < 4:
        return [text]
    return [left, right]


# The fewest lines glued as :func:`_unglue` cuts them that make a text's table one whose
# cells ran together when it was copied ("…vindkraftanleggBjarne Jensen").
_GLUED_ROWS = 3


def _cells_run_together(raws: list[str]) -> bool:
    """True when several lines are glued where a lower-case word meets a capital."""
    found = 0
    for raw in raws:
        match = _GLUED.search(raw)
        if match is None:
            continue
        head = raw[: match.start()].rsplit(" ", 1)[-1]
        if _WORD_START.match(head) and raw[: match.start()].count(" ") >= 1:
            found += 1
            if found >= _GLUED_ROWS:
                return True
    return False


def split_lines(text: str, months: frozenset[str] = frozenset()) -> list[Line]:
    """The logical lines of ``text``; blank lines are kept (with empty ``text``).

    ``months`` are month names (and other words that follow an ordinal, such
    as "dag"), so "24. marts" is read as a date and "2. dag" as a heading
    rather than as items of a numbered list.
    """
    lines: list[Line] = []
    fixes = _ANY_FIX.search(text) is not None
    odd = fixes and _SPECIAL_OR_BREAK.search(text) is not None
    special = odd and _SPECIAL.search(text) is not None
    # Without characters to clean, each line's text is its raw line stripped, with runs
    # of spaces made one and a bullet, tabs or a space taken out or put in: the letters
    # of a glued heading stand so in the input too. Most texts have none.
    glue = special or (fixes and _GLUED.search(text) is not None)
    # Every line break counts, not only "\n": "\r\n", a lone "\r", "\v", "\f", U+0085,
    # U+2028 and U+2029 (str.splitlines); a text ending with a break has one line more.
    raws = text.splitlines() if odd and _ODD_BREAK.search(text) else text.split("\n")
    # A mark the whole text lacks no line has: one scan of the text for each, not one
    # a line. (Cleaning makes no tab, but a full-width "（" becomes a bracket.)
    tabs = "\t" in text
    pipes = "|" in text
    brackets = special or "(" in text
    clocks = _GLUED_CLOCK.search(text) is not None
    meridiem = _ANY_MERIDIEM.search(text) is not None
    labels = _GLUED_LABEL.search(text) is not None
    run_together = glue and _cells_run_together(raws)
    append = lines.append
    for number, raw in enumerate(raws, start=1):
        clean = raw.translate(_CLEAN) if special and _SPECIAL.search(raw) else raw
        indent = _indent_of(clean) if clean.startswith((" ", "\t")) else 0
        body = clean.strip()
        if not body:  # (nothing below makes an empty body, or empties one)
            append(Line(number, raw, "", indent))
            continue
        cells: tuple[str, ...] = ()
        if tabs and "\t" in body:
            parts = [part.strip() for part in body.split("\t")]
            found = [part for part in parts if part]
            if len(found) >= 2 and _CLOCK_CELL.match(found[0]):
                found[:2] = [f"{found[0]} {found[1]}"]
            cells = tuple(found) if len(found) >= 2 else ()
            body = " ".join(found)
        elif pipes and (body[-1] == "|" or body[0] == "|"):
            # "16:00 | Velkommen |", "| 09.00 | Åpning |": a table's row with its cells
            # between bars, as a page's table is copied
            found = [part.strip() for part in body.strip("|").split("|")]
            found = [part for part in found if part]
            if len(found) >= 2 and _CLOCK_CELL.match(found[0]):
                found[:2] = [f"{found[0]} {found[1]}"]
            cells = tuple(found) if len(found) >= 2 else ()
            body = " ".join(found) if found else body
        spaced = "  " in body
        if spaced:
            body = _MULTISPACE.sub(" ", body)
        if brackets and "(" in body:
            body = _GLUED_PARTY.sub(" (", body)  # "Arne Boelt(S)": the party after a space
        if clocks:
            body = _GLUED_CLOCK.sub(r" \g<0>", body)  # "2020Kl. 12.30": the year, a space
        if meridiem:
            body = _MERIDIEM_TIME.sub(_on_the_clock, body)
        if body[0].isupper() and body[1:2].islower():
            tab = _TAB_LABEL.match(body)
            if tab is not None and body.startswith(tab.group(), tab.end()):
                body = body[tab.end() :]  # "Dag 2Dag 2:": the label once
        bullet = None
        # (a bullet starts with its mark, a digit, or a letter before ")": a quick test first)
        head = body[0]
        # ("// Name, role": two slashes, as some pages set a speaker under the title)
        if head in _BULLET_MARKS or head.isdigit() or body[1:2] == ")" or body[:3] == "// ":
            match = _BULLET.match(body)
            # (a numbered date starts with a digit)
            if match is not None and not (head.isdigit() and _NUMBERED_DATE.match(body)):
                marker = match.group("marker")
                rest = body[match.end() :]
                if not (marker[0].isdigit() and _first_word(rest) in months):
                    bullet = marker
                    body = rest
        if "-" in body[:16] and (body[:1].isdigit() or body[:1] in "Kk"):
            body = _dot_for_dash(body)
        label = _GLUED_LABEL.search(body, 1) if labels and not cells else None
        if label is not None:
            for part in (body[: label.start()].rstrip(), body[label.start() :]):
                append(Line(number, raw, part, indent, bullet, cells, spaced))
                bullet = None
            continue
        glued = _GLUED.search(body) if glue and bullet is None and not cells else None
        if glued is None:
            append(Line(number, raw, body, indent, bullet, cells, spaced))
            continue
        for part in _unglue(body, glued, cells=run_together):
            append(Line(number, raw, part, indent, None, cells, spaced))
    return lines


def _first_word(text: str) -> str:
    end = text.find(" ")
    return (text if end < 0 else text[:end]).lower().rstrip(".,:")


def bare_name(text: str) -> bool:
    """Two to four words of letters, the first and last capitalised, and nothing else:
    the shape of a name alone ("Jan van Dijk"; no punctuation, no digit)."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w.replace("-", "").isalpha() for w in words)
    )


def word_count(text: str) -> int:
    """Words in ``text`` (runs separated by spaces)."""
    return text.count(" ") + 1 if text else 0


# A sentence ending inside a line: a word, its full stop, then the next sentence.
# (The stop comes first and the two letters before it are looked behind for, so the
# regex engine skips fast from stop to stop; the match is the same as with the
# letters looked behind for before the stop.)
_SENTENCE_END = re.compile(r"[.!?…](?<=[a-zæøåäöü)]{2}.)[\"'»”]?\s+(?=[A-ZÆØÅ«\"–])")
_FINAL_STOP = re.compile(r"[a-zæøåäöü)\d%][.!…][\"'»”]?$")
# A final stop is found in the last four characters (three, and a line break before "$").
_FINAL_REACH = 4


def first_sentence(text: str) -> tuple[str, str] | None:
    """The first sentence of ``text`` and the rest, or None when there is only one.

    A question keeps its mark, as a title does ("Hvem skal eie kraften?").

    >>> first_sentence("Reception i huset. Formanden byder velkommen.")
    ('Reception i huset', 'Formanden byder velkommen.')
    >>> first_sentence("Hvem skal eie kraften? Ordfører Per Holm, Nordvik")
    ('Hvem skal eie kraften?', 'Ordfører Per Holm, Nordvik')
    """
    match = _SENTENCE_END.search(text)
    if match is None:
        return None
    end = match.start() + (text[match.start()] in "?!")
    return text[:end].rstrip(), text[match.end() :].strip()


def is_prose(text: str) -> bool:
    """True for running text: a sentence or more, not a heading or a list item.

    >>> is_prose("Kommuneøkonomi"), is_prose("Det er mye på gang på økonomifronten. I desember …")
    (False, True)
    >>> is_prose("01.11. kl. 12:00 - 02.11. kl. 12.00")
    False
    """
    words = word_count(text)
    if words >= 16:
        return True
    if words < 5:
        return False
    if words >= 8 and _SENTENCE_END.search(text) is not None:
        return True
    return words >= 7 and _FINAL_STOP.search(text, max(0, len(text) - _FINAL_REACH)) is not None


def is_all_caps(text: str) -> bool:
    """True for a heading in capitals ("BØRN OG UNGE:"), with a real word in it.

    >>> is_all_caps("TRANSPORT OG GRØN OMSTILLING"), is_all_caps("TRS"), is_all_caps("KL og KS")
    (True, False, False)
    """
    if text.upper() != text or text.lower() == text:
        return False
    return any(len(word) >= 4 and sum(c.isalpha() for c in word) >= 4 for word in text.split())
