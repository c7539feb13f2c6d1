"""What an importer and an exporter are: the objects plugins register.

An :class:`Exporter` turns an :class:`~folkemode.model.Event` into text or
bytes; an :class:`Importer` turns text into an :class:`ImportResult` (the
event plus the diagnostics met on the way). Both declare their name, media
type and file suffixes, so formats can be chosen by name or by file suffix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from attrs import field, frozen

from folkemode.errors import Diagnostic, FolkemodeError, Severity
from folkemode.model import Event
from folkemode.summary import ImportSummary

__all__ = [
    "ExportOption",
    "Exporter",
    "ImportOptions",
    "ImportResult",
    "Importer",
]


#: ``dump(event, **options)``: each exporter takes its own keyword options.
DumpFunction = Callable[..., str | bytes]


def _suffixes(value: Sequence[str]) -> tuple[str, ...]:
    suffixes = tuple(s.lower() if s.startswith(".") else f".{s.lower()}" for s in value)
    return suffixes


@frozen(kw_only=True)
class ExportOption:
    """One keyword option an exporter accepts, so the CLI can offer it.

    ``type`` is one of ``bool``, ``str``, ``int``, ``date``, ``datetime`` or
    ``list`` (a list of strings; the CLI takes it comma-separated).
    """

    name: str
    type: type
    help: str
    default: Any = None


def _options(value: Sequence[ExportOption]) -> tuple[ExportOption, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Exporter:
    """An output format.

    ``dump(event, **options)`` returns ``str`` (or ``bytes`` when ``binary``).
    """

    name: str
    media_type: str
    suffixes: tuple[str, ...] = field(converter=_suffixes)
    dump: DumpFunction
    binary: bool = False
    description: str = ""
    options: tuple[ExportOption, ...] = field(default=(), converter=_options)
    dated_only: bool = False
    """True for a format that can hold only dated sessions (a calendar): the command
    line says which sessions it leaves out."""

    def render(self, event: Event, options: Mapping[str, Any]) -> str | bytes:
        """Run ``dump`` after checking option names against :attr:`options`."""
        known = {o.name for o in self.options}
        unknown = sorted(set(options) - known)
        if unknown:
            offered = ", ".join(sorted(known)) or "none"
            raise FolkemodeError(
                f"the {self.name} exporter has no option {', '.join(map(repr, unknown))}; "
                f"its options are: {offered}"
            )
        return self.dump(event, **options)


@frozen(kw_only=True)
class ImportOptions:
    """What a caller may tell an importer; each importer uses what applies."""

    locale: str | None = None
    """Locale of the text ("da", "nb", "nn"); detected when None."""
    year: int | None = None
    """Year to assume when the text names none."""
    timezone: str | None = None
    """IANA zone; from the locale when None."""
    filename: str | None = None
    extra: Mapping[str, Any] = field(factory=dict)
    """Options only one importer understands."""


def _diagnostics(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(value)


@frozen(kw_only=True)
class ImportResult:
    """An imported event and everything the importer had to say about the input."""

    event: Event
    diagnostics: tuple[Diagnostic, ...] = field(default=(), converter=_diagnostics)

    @property
    def problems(self) -> tuple[Diagnostic, ...]:
        """Diagnostics that are errors or warnings (not deliberate ``info`` set-asides)."""
        return tuple(d for d in self.diagnostics if d.severity != Severity.INFO)

    @property
    def summary(self) -> ImportSummary:
        """Counts to trust at a glance: sessions, days, ends, speakers, diagnostics.

        >>> from folkemode import Event
        >>> summary = ImportResult(event=Event.example()).summary
        >>> summary.sessions, summary.days, summary.with_end, summary.warnings
        (12, 2, 12, 0)
        """
        return ImportSummary.of(self.event, self.diagnostics)


ReadFunction = Callable[[str, ImportOptions], ImportResult]


@frozen(kw_only=True)
class Importer:
    """An input format. ``read(text, options)`` returns an :class:`ImportResult`.

    ``read`` raises :class:`~folkemode.errors.InvalidInput` when nothing
    sensible can be built; otherwise problems go into the diagnostics.
    """

    name: str
    media_type: str
    suffixes: tuple[str, ...] = field(converter=_suffixes)
    read: ReadFunction
    description: str = ""


#: The ``indent`` option of text formats written with ``json.dumps``.
INDENT_OPTION = ExportOption(
    name="indent",
    type=int,
    help="spaces to indent with (0 or less writes one line)",
    default=2,
)

OPTION_TYPES: tuple[type, ...] = (bool, str, int, date, datetime, list)
