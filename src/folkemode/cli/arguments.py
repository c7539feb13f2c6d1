"""The command line's commands and their arguments."""

from __future__ import annotations

import argparse
import re
from datetime import timedelta

from folkemode.__about__ import __version__
from folkemode.api import EXPECTED_YEAR, FIRST_YEAR, LAST_YEAR, checked_year
from folkemode.cli.diff import DIFF_FORMATS
from folkemode.cli.options import ConvertHelp, aware_datetime
from folkemode.errors import FolkemodeError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="folkemode",
        description="Read programmes of Nordic political meetings; write ICS, HTML, CSV, JSON.",
    )
    parser.add_argument("--version", action="version", version=f"folkemode {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    convert = commands.add_parser(
        "convert",
        help="convert a programme to another format",
        add_help=False,
        description=(
            "Convert a programme, or several into a folder. Formats come from the file "
            "suffixes unless --from/--to name them. Options of the chosen exporter are "
            "flags too: they are listed below, and by format in `folkemode formats`."
        ),
    )
    convert.add_argument("-h", "--help", action=ConvertHelp, help="show this help message and exit")
    convert.add_argument(
        "inputs",
        nargs="+",
        metavar="IN",
        help="input file or folder, or - for standard input; several need -o DIR",
    )
    convert.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default="-",
        help="output file, or - for standard output (the default); a folder for several inputs",
    )
    convert.add_argument(
        "--from",
        dest="source_format",
        metavar="FMT",
        help="input format (default: from the suffix or the content)",
    )
    convert.add_argument(
        "--to",
        dest="target_format",
        metavar="FMT",
        help="output format (default: from the OUT suffix)",
    )
    _add_import_arguments(convert)
    convert.add_argument(
        "--previous",
        metavar="OLD",
        help="the version published before, in any input format (best the file written "
        "from it): sessions keep its ids and count their changes, dropped ones stay, "
        "cancelled, so calendars update in place",
    )
    _add_updated(convert, "this version", "with --previous the input file's modification time")
    convert.add_argument(
        "--locale",
        metavar="L",
        help="language of the output, for exporters that write words (da, nb, nn, en)",
    )
    convert.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no summary line and no progress on a terminal (warnings and errors still show)",
    )
    _add_debug(convert)

    check = commands.add_parser(
        "check",
        help="import a programme and list the problems found",
        description=(
            "Import IN, print each diagnostic as FILE:LINE: message and each finding of the "
            "programme checks as FILE:LINE: CODE message, then a summary: sessions, days, "
            "ends, speakers and the number of problems. Exits 1 when the import had a "
            "problem or a check found an error."
        ),
    )
    check.add_argument("input", metavar="IN", help="input file, or - for standard input")
    check.add_argument("--from", dest="source_format", metavar="FMT", help="input format")
    _add_import_arguments(check, strict=False)
    check.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also list lines set aside on purpose (boilerplate, prose)",
    )
    check.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="run only the checks with these codes or code prefixes, e.g. S,R101 (default: all)",
    )
    check.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        default=[],
        help="leave out the checks with these codes or code prefixes, e.g. A102,S2",
    )
    check.add_argument(
        "--walking-time",
        type=_walking_time,
        metavar="TIME",
        help="least time a person needs between sessions in two rooms, e.g. 10m (check S102)",
    )
    check.add_argument(
        "--locale",
        metavar="L",
        help="language of the findings' messages (da, nb, nn, en; default: the programme's)",
    )
    check.add_argument(
        "--format",
        dest="output_format",
        choices=("text", "json"),
        default="text",
        help="text lines (the default) or one JSON document, for CI",
    )
    _add_debug(check)

    changes = commands.add_parser(
        "diff",
        help="list what changed between two versions of a programme",
        description=(
            "Compare two versions of a programme, each in any input format, and print "
            "what changed: a session added, cancelled, moved, renamed or given another "
            "room, kind, description or speakers. Exits as diff(1) does: 0 when nothing "
            "changed, 1 when something did, 2 on trouble."
        ),
    )
    changes.add_argument("old", metavar="OLD", help="the earlier version, or - for standard input")
    changes.add_argument("new", metavar="NEW", help="the later version, or - for standard input")
    changes.add_argument(
        "--to",
        dest="target_format",
        choices=DIFF_FORMATS,
        default="text",
        help="text: one line per change (the default); json: the changes as data; "
        "atom: an Atom feed with one entry per version",
    )
    changes.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default="-",
        help="output file, or - for standard output (the default)",
    )
    changes.add_argument(
        "--from",
        dest="source_format",
        metavar="FMT",
        help="input format of both versions (default: from each one's suffix or content)",
    )
    _add_import_arguments(changes, strict=False)
    changes.add_argument(
        "--locale",
        metavar="L",
        help="language of the change log (da, nb, nn, en; default: the new version's)",
    )
    _add_updated(changes, "NEW", "its file's modification time")
    changes.add_argument(
        "--feed",
        metavar="FEED",
        help="with --to atom: the feed written for the earlier versions; its entries are "
        "kept after the new one (it may be OUT itself)",
    )
    _add_debug(changes)

    plugins = commands.add_parser(
        "plugins",
        help="list installed plugins as JSON",
        description=(
            "List the installed plugins as JSON: each one's name, the hooks it implements "
            "and its version. The built-in formats are plugins too, marked builtin; a "
            "plugin that failed to load is listed with its error."
        ),
    )
    _add_debug(plugins)
    formats = commands.add_parser(
        "formats",
        help="list input and output formats with their options",
        description=(
            "List the input and output formats: name, file suffixes and what each is for, "
            "and under each output format the options it takes as flags of `folkemode convert`."
        ),
    )
    _add_debug(formats)
    return parser


def _add_debug(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: left out, it does not overwrite a --debug given before the command
    parser.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks on errors"
    )


def _add_updated(parser: argparse.ArgumentParser, version: str, fallback: str) -> None:
    parser.add_argument(
        "--updated",
        type=aware_datetime,
        metavar="DATETIME",
        help=f"when {version} was published, e.g. 2026-02-10T09:00:00+01:00 (default: "
        f"what it says, else {fallback})",
    )


def _add_import_arguments(parser: argparse.ArgumentParser, *, strict: bool = True) -> None:
    parser.add_argument(
        "--input-locale", metavar="L", help="language of the input text (default: detected)"
    )
    parser.add_argument(
        "--year",
        type=_year,
        metavar="YYYY",
        help=f"year to assume when the text names none ({FIRST_YEAR} to {LAST_YEAR})",
    )
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="IANA time zone of the times in the text (default: from the language)",
    )
    if strict:
        parser.add_argument(
            "--strict", action="store_true", help="fail (exit 1) when the input has any problem"
        )


_DURATION = re.compile(r"(?:(?P<h>\d+)\s*h)?\s*(?:(?P<m>\d+)\s*(?:m|min)?)?", re.IGNORECASE)


def _walking_time(value: str) -> timedelta:
    """ "10m", "10", "1h", "1h30m": a length of time in hours and minutes."""
    match = _DURATION.fullmatch(value.strip())
    if not value.strip() or match is None or not (match["h"] or match["m"]):
        raise argparse.ArgumentTypeError(
            f"expected minutes or hours such as 10m, 1h or 1h30m; got {value!r}"
        )
    return timedelta(hours=int(match["h"] or 0), minutes=int(match["m"] or 0))


def _year(value: str) -> int:
    try:
        year = checked_year(value)
    except FolkemodeError:
        raise argparse.ArgumentTypeError(f"expected {EXPECTED_YEAR}; got {value!r}") from None
    assert year is not None
    return year
