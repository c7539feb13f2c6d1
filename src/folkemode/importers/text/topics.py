"""Headings without times that are sessions of their own.

Some programmes list their topics instead of times — a heading, then a
paragraph about it, then the next heading — and reports of group work put
each group under a heading in capitals with bullets below. Those headings
become untimed sessions. An article has headings and paragraphs too, so a
heading in ordinary case counts only as one of a run of two or more such
blocks (or right under a "Program" heading), and never inside a timed day,
where headings are agenda points of the session above them.

>>> from folkemode.importers.text.classify import classify_text
>>> from folkemode.importers.text.vocabulary import Lexicon
>>> lex = Lexicon.build()
>>> text = "Intro\\n\\nKLIMA OG NATUR\\n * Flere cykelstier\\n\\nPSYKISK HELSE\\n * Tid til at tale"
>>> sorted(topic_headings(classify_text(text, lex)))
[2, 5]
"""

from __future__ import annotations

from collections.abc import Sequence

from folkemode.importers.text.classify import Kind, Shape
from folkemode.importers.text.lines import Line, is_all_caps, looks_like_address, word_count
from folkemode.importers.text.vocabulary import Lexicon

__all__ = ["is_heading_like", "topic_headings"]

# The kinds every line is tested against, looked up once (an enum member's
# lookup costs more than the test, on every line of a long programme).
_BLANK, _TEXT, _BLOCK, _DAY = Kind.BLANK, Kind.TEXT, Kind.BLOCK, Kind.DAY
_TIMED, _PROGRAM = Kind.TIMED, Kind.PROGRAM
_CLOSING = (_TIMED, _DAY, _PROGRAM)  # a tuple: members compare by identity, no hashing


def is_heading_like(line: Line, shape: Shape) -> bool:
    """A short line of its own that could head something: no sentence, no list item."""
    text = line.text
    return (
        shape.kind is _TEXT
        and not shape.prose
        and line.bullet is None
        and line.indent <= 3
        and len(text) <= 100  # before the words are counted
        and word_count(text) <= 12
        and not text.endswith((".", ",", ";"))
        and (text[0].isupper() or text[0].isdigit() or text[0] in '«"')
        and "@" not in text
        and "://" not in text
    )


def _in_capitals(text: str) -> bool:
    """``is_all_caps(text.rstrip(":"))``, told at once for most lines by their start.

    ``str.upper`` maps each character on its own, and no character's capital
    starts with the character itself unless it is its own capital: so a text
    is its own capital only if every character is, and one of the first two
    that is not ("Kom og hør") settles it without the whole line in capitals.
    """
    head = text[:2]
    return head.upper() == head and is_all_caps(text.rstrip(":"))


def _next(items: Sequence[tuple[Line, Shape]], index: int) -> int | None:
    for j in range(index + 1, min(len(items), index + 4)):
        if items[j][1].kind is not _BLANK:
            return j
    return None


def _caps_content(line: Line, shape: Shape) -> bool:
    if shape.kind is not _TEXT or is_all_caps(line.text):
        return False
    return shape.prose or line.bullet is not None or line.text.endswith(":")


def topic_headings(items: Sequence[tuple[Line, Shape]], lexicon: Lexicon | None = None) -> set[int]:
    """Indexes (into ``items``) of the lines that head untimed sessions.

    With ``lexicon``, a heading about signing up ("Nu kan du tilmelde dig") or
    practical matters ("Praktisk om dagen") is a page's section, not a topic.
    """
    signing_up = lexicon.words("registration_words") if lexicon is not None else frozenset()
    practical = lexicon.words("label_practical") if lexicon is not None else frozenset()
    # Only the long sign-up phrases count inside a heading ("tilmeld", not "meld").
    signing_up_long = tuple(w for w in signing_up if len(w) >= 7)
    accepted: set[int] = set()
    run: list[int] = []
    runs: list[tuple[list[int], bool]] = []
    in_block = False
    after_programme = False
    timed_in_day = False

    def close_run() -> None:
        nonlocal run
        if run:
            runs.append((run, after_programme and not timed_in_day))
        run = []

    last_kind = _BLANK
    for index, (line, shape) in enumerate(items):
        kind = shape.kind
        if kind is _BLANK:
            continue
        if last_kind is _DAY and kind is _TEXT and looks_like_address(line.text):
            last_kind = kind
            continue  # the place of the day above, no heading
        last_kind = kind
        if kind is _BLOCK:
            in_block = True
            close_run()
            continue
        if kind in _CLOSING:
            in_block = False
            close_run()
            if kind is _TIMED:
                timed_in_day = True
            else:
                timed_in_day = False
                after_programme = after_programme or kind is _PROGRAM or kind is _DAY
            continue
        if in_block:
            continue
        if timed_in_day and (kind is not _TEXT or not _in_capitals(line.text)):
            # Under a time only a heading in capitals can head something (no run grows
            # there, so the run closed below is empty): every other line is passed by.
            continue
        # What follows is looked for only under a line that could head something.
        heading = kind is _TEXT and (
            is_heading_like(line, shape) or (is_all_caps(line.text) and line.text.endswith(":"))
        )
        following = _next(items, index) if heading else None
        aside = following is not None and _aside(line.text, signing_up_long, practical)
        if aside:
            # "Tilmelding for kommuner": a section of the page; the programme is over
            after_programme = False
        if following is not None and not aside:
            next_line, next_shape = items[following]
            if is_all_caps(line.text.rstrip(":")):
                if _caps_content(next_line, next_shape):
                    close_run()
                    accepted.add(index)
                continue
            if (
                not timed_in_day
                and next_shape.kind is _TEXT
                and next_shape.prose
                and (next_line.bullet is None)
                # a topic's paragraph sits right under it; an article's sub-headings
                # stand apart, a blank line above their text
                and (following == index + 1 or after_programme)
            ):
                run.append(index)
                continue
        if kind is _TEXT and (shape.prose or line.bullet is not None):
            continue  # the content of the block before
        close_run()
    close_run()
    # Headings above a timed programme are the page's sections ("Tid og sted",
    # "Målgruppen for samlingen"), not untimed sessions.
    first_timed = next((i for i, (_, s) in enumerate(items) if s.kind is _TIMED), -1)
    for heads, programme in runs:
        if len(heads) >= 2 or programme:
            accepted.update(h for h in heads if h > first_timed)
    return accepted


def _aside(text: str, signing_up: tuple[str, ...], practical: frozenset[str]) -> bool:
    """ "Nu kan du tilmelde dig …", "Praktisk om dagen": a page's section heading.

    ``signing_up`` holds the sign-up phrases of seven letters or more.
    """
    lowered = text.lower().rstrip(" :")
    practical_lead = (
        lowered.split(" ", 1)[0] in practical and " " in lowered and " og " not in lowered
    )
    return (
        lowered in practical
        or (practical_lead and lowered.split(" ", 1)[1].startswith(("om ", "for ", "til ")))
        or any(w in lowered for w in signing_up)
    )
