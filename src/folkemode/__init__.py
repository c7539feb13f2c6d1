"""folkemode: programmes of Nordic political meetings as structured data.

>>> import folkemode
>>> event = folkemode.Event.example()
>>> folkemode.loads(folkemode.dumps(event, format="json"), format="json") == event
True
"""

from folkemode.__about__ import __version__
from folkemode.api import dump, dumps, load, loads, parse, parse_file
from folkemode.changes import Change, ChangeKind, Diff, diff, revise
from folkemode.checks import Check, Finding, check
from folkemode.errors import (
    Diagnostic,
    FolkemodeError,
    InvalidInput,
    InvalidValue,
    Severity,
    UnknownFormat,
)
from folkemode.formats import Exporter, ExportOption, Importer, ImportOptions, ImportResult
from folkemode.hookspecs import hookimpl
from folkemode.model import (
    AgendaItem,
    Contact,
    Edition,
    Event,
    Organisation,
    Price,
    Session,
    SessionKind,
    SessionStatus,
    Speaker,
    Track,
    Venue,
    WorkshopRound,
)
from folkemode.summary import ImportSummary

__all__ = [
    "AgendaItem",
    "Change",
    "ChangeKind",
    "Check",
    "Contact",
    "Diagnostic",
    "Diff",
    "Edition",
    "Event",
    "ExportOption",
    "Exporter",
    "Finding",
    "FolkemodeError",
    "ImportOptions",
    "ImportResult",
    "ImportSummary",
    "Importer",
    "InvalidInput",
    "InvalidValue",
    "Organisation",
    "Price",
    "Session",
    "SessionKind",
    "SessionStatus",
    "Severity",
    "Speaker",
    "Track",
    "UnknownFormat",
    "Venue",
    "WorkshopRound",
    "__version__",
    "check",
    "diff",
    "dump",
    "dumps",
    "hookimpl",
    "load",
    "loads",
    "parse",
    "parse_file",
    "revise",
]
