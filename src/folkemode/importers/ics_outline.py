"""The line-level outline of an iCalendar file: where each component and property is.

icalendar parses leniently: a missing ``END``, an ``END`` that closes the
wrong component or a line without a colon are passed over or stored as
errors without a place. This pass reads the file once more, unfolding lines
as RFC 5545 says, checks the nesting, and remembers the line each component
and property starts on, so every problem names its line.

>>> outline = scan("BEGIN:VCALENDAR\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:Hej\\r\\n  der\\r\\n"
...                "END:VEVENT\\r\\nEND:VCALENDAR\\r\\n")
>>> [(c.name, c.line, c.depth, c.properties) for c in outline.components]
[('VCALENDAR', 1, 0, {}), ('VEVENT', 2, 1, {'SUMMARY': [3]})]
>>> outline.problems
()

Every line break counts: CR LF, LF alone and CR alone (as editors number
lines). :attr:`Outline.text` is the file as the parser is given it: one
unfolded content line per CR LF, so the parser and this outline cannot
disagree about where a line or a fold is.

>>> scan("BEGIN:VCALENDAR\\rX-A:1\\r  2\\n\\nEND:VCALENDAR").text
'BEGIN:VCALENDAR\\r\\nX-A:1 2\\r\\nEND:VCALENDAR\\r\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import define, field
from icalendar.parser import Contentline

from folkemode.errors import Diagnostic, Severity

__all__ = ["Outline", "OutlineComponent", "scan"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SHOWN = 60


@define
class OutlineComponent:
    """A component: its name, the line of its BEGIN, and the lines of its properties."""

    name: str
    line: int
    properties: dict[str, list[int]] = field(factory=dict)
    depth: int = 0
    """0 for a VCALENDAR, 1 for what it holds directly, and so on."""

    def line_of(self, name: str) -> int:
        """The line of property ``name`` (the first, if repeated), else the BEGIN line."""
        lines = self.properties.get(name.upper())
        return lines[0] if lines else self.line


@define
class Outline:
    """Components in document order (as ``Component.walk()`` visits them) and problems."""

    components: list[OutlineComponent] = field(factory=list)
    problems: tuple[Diagnostic, ...] = ()
    text: str = ""
    """The content lines, unfolded, each ended by CR LF: what the parser is given."""
    lines: list[tuple[int, str]] = field(factory=list)
    """Each content line, unfolded, with the number of the line it starts on."""

    def line_holding(self, fragment: str) -> tuple[int, str] | None:
        """The first content line that holds ``fragment``: where a parser's complaint is."""
        return next(((n, line) for n, line in self.lines if fragment and fragment in line), None)


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the number of the physical line each starts on."""
    start = 0
    pending: list[str] = []
    for number, physical in enumerate(_LINE_BREAK.split(text), start=1):
        if physical[:1] in (" ", "\t") and pending:
            pending.append(physical[1:])
            continue
        if pending:
            yield start, "".join(pending)
        start, pending = number, [physical]
    if pending:
        yield start, "".join(pending)


def _shown(line: str) -> str:
    return repr(line if len(line) <= _SHOWN else line[:_SHOWN] + "…")


def scan(text: str) -> Outline:
    """Outline ``text``; problems are errors that make the file unreadable as iCalendar."""
    outline = Outline()
    problems: list[Diagnostic] = []
    stack: list[OutlineComponent] = []
    seen_calendar = False
    kept: list[str] = []

    def error(line: int, message: str, code: str = "syntax", content: str | None = None) -> None:
        problems.append(
            Diagnostic(line=line, message=message, severity=Severity.ERROR, code=code, text=content)
        )

    for number, content in _logical_lines(text.lstrip("\ufeff")):
        if not content.strip():
            continue
        kept.append(content)
        outline.lines.append((number, content))
        try:
            name, _, value = Contentline(content).parts()  # type: ignore[no-untyped-call]
        except (ValueError, AssertionError):
            where = f" in {stack[-1].name}" if stack else ""
            error(
                number,
                f"not an iCalendar content line{where} (expected NAME:value or "
                f"NAME;PARAM=x:value): {_shown(content)}",
                content=content,
            )
            continue
        name = name.upper()
        if name == "BEGIN":
            component = OutlineComponent(name=value.strip().upper(), line=number, depth=len(stack))
            if not stack and component.name != "VCALENDAR":
                error(
                    number,
                    f"BEGIN:{component.name} outside a calendar; the file must "
                    "start with BEGIN:VCALENDAR",
                    code="structure",
                )
            seen_calendar = seen_calendar or component.name == "VCALENDAR"
            stack.append(component)
            outline.components.append(component)
        elif name == "END":
            closing = value.strip().upper()
            if not stack:
                error(number, f"END:{closing} without a matching BEGIN:{closing}", code="structure")
            elif stack[-1].name != closing:
                open_one = stack[-1]
                error(
                    number,
                    f"END:{closing} closes BEGIN:{open_one.name} from line "
                    f"{open_one.line}; expected END:{open_one.name}",
                    code="structure",
                )
                if any(c.name == closing for c in stack):
                    while stack and stack[-1].name != closing:
                        stack.pop()
                    stack.pop()
            else:
                stack.pop()
        elif stack:
            stack[-1].properties.setdefault(name, []).append(number)
        else:
            error(
                number,
                f"property {name} outside any component; properties belong "
                "between BEGIN:VCALENDAR and END:VCALENDAR",
                code="structure",
            )
    for component in reversed(stack):
        error(
            component.line,
            f"BEGIN:{component.name} is never closed; add END:{component.name}",
            code="structure",
        )
    if not seen_calendar and not problems:
        error(1, "no BEGIN:VCALENDAR: this is not an iCalendar file", code="structure")
    outline.problems = tuple(problems)
    outline.text = "".join(f"{line}\r\n" for line in kept)
    return outline
