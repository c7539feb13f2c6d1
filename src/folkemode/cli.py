"""The ``folkemode`` command: convert, check, diff, plugins, formats.

Exit codes: 0 success, 1 the input had problems (``check``, ``--strict``, an
empty input), 2 usage errors (unknown format, missing file, bad option).
Converting several inputs exits with the highest code any of them gave.
``diff`` exits as diff(1) does: 0 the same, 1 changed, 2 trouble.
Errors are one readable line on stderr; ``--debug`` shows the traceback too.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, TypeVar

from folkemode.__about__ import __version__
from folkemode.api import EXPECTED_YEAR, FIRST_YEAR, LAST_YEAR, checked_year
from folkemode.errors import Diagnostic, FolkemodeError, InvalidInput, Severity
from folkemode.formats import Exporter, ExportOption, Importer, ImportResult
from folkemode.summary import NO_PROGRAMME_CODE, ImportSummary, counted

if TYPE_CHECKING:
    from folkemode.checks import Finding
    from folkemode.model import Event

Parsed = TypeVar("Parsed")

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug in folkemode or a plugin, not in the input

#: From this many characters on (about a thousand sessions of text), reading and
#: writing one programme takes long enough to say on a terminal what is going on.
LONG_INPUT = 200_000


class UsageError(FolkemodeError):
    """The command line asked for something that cannot be done."""


class NothingToConvert(FolkemodeError):
    """The input is empty: writing an empty calendar over a published one helps nobody."""


def _parser() -> argparse.ArgumentParser:
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
    convert.add_argument(
        "-h", "--help", action=_ConvertHelp, help="show this help message and exit"
    )
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
        type=_aware_datetime,
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


def _codes(values: Sequence[str] | None) -> list[str] | None:
    """``--select S,R101 --select D``: the codes, comma-separated or repeated."""
    if values is None:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def _year(value: str) -> int:
    try:
        year = checked_year(value)
    except FolkemodeError:
        raise argparse.ArgumentTypeError(f"expected {EXPECTED_YEAR}; got {value!r}") from None
    assert year is not None
    return year


# -- exporter options as flags ---------------------------------------------------------------


def _flag(option: ExportOption) -> str:
    return "--" + option.name.replace("_", "-")


def _metavar(option: ExportOption) -> str:
    metavars: dict[type, str] = {list: "A,B", int: "N", date: "YYYY-MM-DD", datetime: "DATETIME"}
    return metavars.get(option.type, "VALUE")


def _label(option: ExportOption) -> str:
    """How ``folkemode formats`` shows an option: ``--header, --no-header``, ``--indent N``."""
    if option.type is bool:
        return f"{_flag(option)}, --no-{_flag(option)[2:]}"
    return f"{_flag(option)} {_metavar(option)}"


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number such as 2; got {value!r}"
        ) from None


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD, such as 2026-03-19; got {value!r}"
        ) from None


def _aware_datetime(value: str) -> datetime:
    expected = "expected a date and time with a UTC offset, such as 2025-11-01T12:00:00+01:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{expected}; got {value!r}") from None
    if parsed.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{expected}; {value!r} has no offset")
    return parsed


def _add_option(
    container: argparse._ActionsContainer, option: ExportOption, help: str | None = None
) -> None:
    """Offer ``option`` as a flag: a bool as ``--x``/``--no-x``, a list comma-separated."""
    text = (option.help if help is None else help).replace("%", "%%")
    flag, name = _flag(option), option.name
    if option.type is bool:
        action: Any = argparse.BooleanOptionalAction
        container.add_argument(flag, dest=name, action=action, default=argparse.SUPPRESS, help=text)
    elif option.type is list:
        container.add_argument(
            flag, dest=name, action="append", metavar="A,B", default=argparse.SUPPRESS, help=text
        )
    else:
        converters: dict[type, Any] = {
            int: _whole_number,
            date: _day,
            datetime: _aware_datetime,
        }
        container.add_argument(
            flag,
            dest=name,
            type=converters.get(option.type, str),
            default=argparse.SUPPRESS,
            metavar=_metavar(option),
            help=text,
        )


class _OptionParser(argparse.ArgumentParser):
    """Parses one exporter's flags; a bad value is one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message.removeprefix("argument "))


def _exporter_options(exporter: Exporter, extra: list[str], locale: str | None) -> dict[str, Any]:
    parser = _OptionParser(
        prog=f"folkemode convert --to {exporter.name}", add_help=False, allow_abbrev=False
    )
    for option in exporter.options:
        _add_option(parser, option)
    namespace, unknown = parser.parse_known_args(extra)
    if unknown:
        offered = ", ".join(_flag(o) for o in exporter.options) or "none"
        raise UsageError(
            f"unrecognised argument{'s' if len(unknown) > 1 else ''} {' '.join(unknown)}; "
            f"the {exporter.name} exporter's options are: {offered}"
        )
    options = vars(namespace)
    for name, value in options.items():
        if isinstance(value, list):
            options[name] = [
                part.strip() for item in value for part in item.split(",") if part.strip()
            ]
    if locale is not None:
        if not any(o.name == "locale" for o in exporter.options):
            raise UsageError(f"the {exporter.name} format has no words to localise; drop --locale")
        options["locale"] = locale
    return options


class _ConvertHelp(argparse.Action):
    """``convert --help``: the general flags, then every exporter's (plugins loaded only now)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> NoReturn:
        from folkemode.plugins import exporters

        usage = parser.format_usage().removeprefix("usage: ").rstrip()
        parser.usage = f"{usage} [EXPORTER OPTIONS]".replace("%", "%%")
        group = parser.add_argument_group(
            "exporter options",
            "Each output format takes some of these; the formats are named in brackets.",
        )
        offered: dict[str, list[tuple[str, ExportOption]]] = {}
        for exporter in sorted(exporters().values(), key=lambda e: e.name):
            for option in exporter.options:
                offered.setdefault(option.name, []).append((exporter.name, option))
        for uses in offered.values():
            helps: dict[str, list[str]] = {}
            for name, option in uses:
                helps.setdefault(option.help, []).append(name)
            if len(helps) == 1:
                text = f"{uses[0][1].help} [{', '.join(name for name, _ in uses)}]"
            else:
                text = ". ".join(f"[{', '.join(names)}] {said}" for said, names in helps.items())
            with contextlib.suppress(argparse.ArgumentError):  # a general flag too: --locale
                _add_option(group, uses[0][1], text)
        parser.print_help()
        parser.exit()


# -- reading ---------------------------------------------------------------------------------


def _read_input(path: str) -> tuple[str, str | None]:
    from folkemode.api import read_source

    if path == "-":
        # the bytes, read as UTF-8 (a byte-order mark dropped), as a file is: not the locale's
        return read_source(sys.stdin.buffer)[0], None
    return read_source(path)


def _parse(
    args: argparse.Namespace, text: str, filename: str | None, source_format: str | None
) -> ImportResult:
    """Import ``text`` with the options of the command line; errors name the input."""
    from folkemode.api import parse

    return _read_with(parse, args, text, filename, source_format)


def _read_with(
    read: Callable[..., Parsed],
    args: argparse.Namespace,
    text: str,
    filename: str | None,
    source_format: str | None,
) -> Parsed:
    """Call ``read`` (:func:`folkemode.parse`, or one taking its arguments) for the input."""
    if source_format is None and not text.strip():
        # nothing to tell the format by: the text importer says there is no programme
        source_format = "text"
    try:
        return read(
            text,
            format=source_format,
            filename=filename,
            locale=args.input_locale,
            year=args.year,
            timezone=args.timezone,
        )
    except InvalidInput as error:
        if error.source is not None:
            raise
        raise InvalidInput(error.diagnostics, source=filename or "<stdin>") from error


# -- versions --------------------------------------------------------------------------------


def _read_version(args: argparse.Namespace, path: str, source_format: str | None) -> Event:
    """One version of a programme, for ``--previous`` and ``diff``; errors name the file."""
    text, filename = _read_input(path)
    name = "standard input" if path == "-" else path
    if not text.strip():
        raise UsageError(f"{name} is empty: it holds no version of a programme")
    result = _parse(args, text, filename, source_format)
    if not result.event.sessions and any(d.code == NO_PROGRAMME_CODE for d in result.problems):
        raise UsageError(f"{name}: no programme found (no session was read)")
    return result.event


def _version_time(event: Event, path: str, given: datetime | None = None) -> datetime | None:
    """When a version was published: ``given`` (``--updated``), else what the version
    says (``Event.updated``), else its file's modification time, to the second and in
    the event's zone; ``None`` for standard input that says nothing. Never the clock's
    time: the same file gives the same version, byte for byte."""
    if given is not None:
        return given
    if event.updated is not None:
        return event.updated
    if path == "-":
        return None
    try:
        seconds = int(Path(path).stat().st_mtime)
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    return datetime.fromtimestamp(seconds, tz=event.zone)


def _next_version(
    args: argparse.Namespace, path: str, event: Event, status: _Status
) -> tuple[Event, int]:
    """``event`` as the version after ``--previous`` (and dated by ``--updated``), with
    the number of changes between the two."""
    from folkemode.changes import diff, revise

    if args.previous is None:
        return (event if args.updated is None else event.evolve(updated=args.updated)), 0
    previous = _read_version(args, args.previous, None)
    updated = _version_time(event, path, args.updated)
    if updated is None:
        status.say(
            "folkemode: standard input says not when this version was published: "
            "give --updated, so calendars see when its sessions changed"
        )
    elif updated != event.updated:
        event = event.evolve(updated=updated)
    changed = len(diff(previous, event).changes) if status.enabled else 0
    return revise(previous, event), changed


# -- convert ---------------------------------------------------------------------------------


class _Status:
    """What ``convert`` is doing, on one line of a terminal's stderr, rewritten in place.

    Off when stderr is no terminal (a log, a pipe) and with ``--quiet``; lasting
    lines (warnings, errors) go through :meth:`say`, which wipes the status first.
    Only a carriage return and spaces are written, which every terminal understands.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._shown = 0  # the length of the line on screen

    def show(self, message: str) -> None:
        if self.enabled:
            # one column short of the width, so the line never wraps onto a new one
            line = message[: max(shutil.get_terminal_size().columns - 1, 20)]
            sys.stderr.write(f"\r{line:<{self._shown}}")
            sys.stderr.flush()
            self._shown = len(line)

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write(f"\r{'':<{self._shown}}\r")
            sys.stderr.flush()
            self._shown = 0

    def say(self, line: str) -> None:
        self.clear()
        print(line, file=sys.stderr)


class _Converted(NamedTuple):
    code: int
    summary: ImportSummary


def _counts(sessions: int, warnings: int, errors: int) -> str:
    said = [counted(sessions, "session"), counted(warnings, "warning")]
    return ", ".join(said + ([counted(errors, "error")] if errors else []))


def _convert_one(
    args: argparse.Namespace,
    path: str,
    target: str | None,
    exporter: Exporter,
    options: dict[str, Any],
    status: _Status,
    step: str = "",
) -> _Converted:
    """Convert one input to ``target`` (None: standard output), saying what is worth saying."""
    text, filename = _read_input(path)
    source = filename or "<stdin>"
    if not text.strip():
        name = "standard input" if path == "-" else path
        raise NothingToConvert(f"{name} is empty: no programme found, nothing written")
    long = len(text) >= LONG_INPUT
    if step or long:
        lines = counted(len(text.splitlines()), "line")
        status.show(f"{step}reading {source} ({lines})…")
    result = _parse(args, text, filename, args.source_format)
    problems = result.problems
    if not result.event.sessions and any(d.code == NO_PROGRAMME_CODE for d in problems):
        # an empty calendar must never replace a published one
        raise NothingToConvert(
            f"{source}: no programme found (no session was read), nothing written"
        )
    if problems and args.strict:
        raise InvalidInput(problems, source=source)
    summary = result.summary
    event, changed = _next_version(args, path, result.event, status)
    left_out = [s for s in event.sessions if s.day is None] if exporter.dated_only else []
    if left_out:
        # a calendar has no place for a session without a date: say so, never drop it quietly
        titles = ", ".join(repr(s.title) for s in left_out[:3]) + (
            " …" if len(left_out) > 3 else ""
        )
        status.say(
            f"{source}: {counted(len(left_out), 'session')} without a date left out of the "
            f"{exporter.name} output: {titles}"
        )
        if args.strict:
            return _Converted(EXIT_PROBLEMS, summary)
    if step or long:
        written = target or "standard output"
        status.show(f"{step}writing {written} ({counted(summary.sessions, 'session')})…")
    _write(exporter.render(event, options), target)
    hint = f"`folkemode check {path}` lists them"
    if status.enabled and not step:
        where = target or f"{exporter.name} to standard output"
        counts = _counts(summary.sessions, summary.warnings, summary.errors)
        if args.previous is not None:
            counts += f"; {counted(changed, 'change')} since {args.previous}"
        status.say(f"folkemode: wrote {where}: {counts}" + (f"; {hint}" if problems else ""))
    elif problems:
        status.say(f"folkemode: {source}: {counted(len(problems), 'problem')} in the input; {hint}")
    return _Converted(EXIT_OK, summary)


def _write(data: str | bytes, target: str | None) -> None:
    if target is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    try:
        if isinstance(data, bytes):
            with open(target, "wb") as handle:
                handle.write(data)
        else:
            with open(target, "w", encoding="utf-8", newline="") as handle:
                handle.write(data)
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror}") from None


def _convert(args: argparse.Namespace, extra: list[str]) -> int:
    from folkemode.plugins import exporter_for

    inputs: list[str] = args.inputs
    output = None if args.output == "-" else args.output
    into_folder = (
        len(inputs) > 1
        or any(path != "-" and Path(path).is_dir() for path in inputs)
        or (output is not None and Path(output).is_dir())
    )
    if into_folder:
        if "-" in inputs:
            raise UsageError("standard input (-) converts on its own, to a file or standard output")
        if output is None:
            raise UsageError("give an output folder with -o DIR to convert several inputs")
        if args.target_format is None:
            raise UsageError(f"name the output format with --to to write into the folder {output}")
        if args.previous is not None:
            raise UsageError(
                "--previous is the earlier version of one programme: convert one input with it"
            )
    elif args.target_format is None and output is None:
        raise UsageError("name the output format with --to, or give an output file with -o")
    exporter = exporter_for(args.target_format, None if into_folder else output)
    options = _exporter_options(exporter, extra, args.locale)
    status = _Status(enabled=not args.quiet and sys.stderr.isatty())
    try:
        if into_folder:
            assert output is not None
            return _convert_into(args, Path(output), exporter, options, status)
        return _convert_one(args, inputs[0], output, exporter, options, status).code
    finally:
        status.clear()


def _programme_files(folder: Path, source_format: str | None) -> list[str]:
    """The files in ``folder`` an importer reads (by suffix), by name; hidden ones left out."""
    from folkemode.plugins import importer_for, importers

    readers = [importer_for(source_format)] if source_format else list(importers().values())
    suffixes = tuple(suffix for reader in readers for suffix in reader.suffixes)
    try:
        found = sorted(
            str(path)
            for path in folder.iterdir()
            if path.is_file() and not path.name.startswith(".")
            if path.name.lower().endswith(suffixes)
        )
    except OSError as error:
        raise UsageError(f"cannot read the folder {folder}: {error.strerror}") from None
    if not found:
        raise UsageError(f"{folder} holds no programme files ({', '.join(suffixes)})")
    return found


def _convert_into(
    args: argparse.Namespace,
    folder: Path,
    exporter: Exporter,
    options: dict[str, Any],
    status: _Status,
) -> int:
    """Convert each input (a folder: each programme file in it) into ``folder``.

    A failing input is reported with its name and the others are still converted;
    the exit code is the highest any input gave.
    """
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file: give a folder with -o to convert into")
    codes: list[int] = []  # one for each input that failed or was converted
    paths: list[str] = []
    for path in args.inputs:
        if not Path(path).is_dir():
            paths.append(path)  # a missing file is reported when it is read
            continue
        try:
            paths.extend(_programme_files(Path(path), args.source_format))
        except FolkemodeError as error:
            codes.append(_report(error, path, status, args.debug))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"cannot make the folder {folder}: {error.strerror}") from None
    suffix = exporter.suffixes[0] if exporter.suffixes else f".{exporter.name}"
    written: dict[Path, str] = {}
    sessions = warnings = errors = 0
    # Two inputs of one name ("a.txt", "a.text") are found before anything is written,
    # so neither output is half the story.
    sources: dict[Path, list[str]] = {}
    for path in paths:
        sources.setdefault(folder / (Path(path).stem + suffix), []).append(path)
    for number, path in enumerate(paths, 1):
        target = folder / (Path(path).stem + suffix)
        try:
            if len(sources[target]) > 1:
                others = ", ".join(p for p in sources[target] if p != path)
                raise UsageError(
                    f"{path} and {others} would both be written to {target}; "
                    "rename one of them (neither is written)"
                )
            if target.exists() and target.resolve() == Path(path).resolve():
                raise UsageError(f"{path} would overwrite itself; write into another folder")
            step = f"[{number}/{len(paths)}] "
            code, summary = _convert_one(args, path, str(target), exporter, options, status, step)
        except Exception as error:  # a bug too: reported, and the other inputs still converted
            codes.append(_report(error, path, status, args.debug))
            continue
        codes.append(code)
        if code == EXIT_OK:
            written[target] = path
            sessions += summary.sessions
            warnings += summary.warnings
            errors += summary.errors
    if status.enabled:
        failed = sum(code != EXIT_OK for code in codes)
        status.say(
            f"folkemode: wrote {counted(len(written), 'file')} into {folder} ({exporter.name}): "
            + _counts(sessions, warnings, errors)
            + (f"; {counted(failed, 'input')} failed" if failed else "")
        )
    return max(codes, default=EXIT_OK)


def _report(error: Exception, path: str, status: _Status, debug: bool) -> int:
    """Say why ``path`` could not be converted; the exit code that stands for it."""
    if debug:
        status.clear()
        traceback.print_exc()
    if isinstance(error, InvalidInput):
        status.say(str(error))
        return EXIT_PROBLEMS
    message = str(error) if path in str(error) else f"{path}: {error}"
    if isinstance(error, NothingToConvert):
        status.say(f"folkemode: error: {message}")
        return EXIT_PROBLEMS
    if isinstance(error, FolkemodeError):
        status.say(f"folkemode: error: {message}")
        return EXIT_USAGE
    status.say(
        f"folkemode: internal error: {path}: {type(error).__name__}: {error} "
        "(run again with --debug for the traceback, and please report it)"
    )
    return EXIT_INTERNAL


# -- the other commands ----------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    from folkemode.checks import check, parse_with_lines

    source = "<stdin>" if args.input == "-" else args.input
    as_json = args.output_format == "json"
    try:
        text, filename = _read_input(args.input)
        source = filename or "<stdin>"
        result, lines = _read_with(parse_with_lines, args, text, filename, args.source_format)
    except InvalidInput as error:
        source = error.source or source
        if as_json:
            _print_json(source, error.diagnostics, (), None)
        else:
            for diagnostic in error.diagnostics:
                print(diagnostic.located(source))
        print(
            f"{source}: could not be imported, {counted(len(error.diagnostics), 'error')}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    findings = check(
        result.event,
        select=_codes(args.select),
        ignore=_codes(args.ignore) or (),
        locale=args.locale,
        walking_time=args.walking_time,
        lines=lines,
        diagnostics=result.diagnostics,
    )
    # What the checks report for the importer ("weekday") is listed once, as a finding.
    shown = [
        d
        for d in (result.diagnostics if args.verbose else result.problems)
        if d.code not in SURFACED_DIAGNOSTICS
    ]
    summary = result.summary
    if as_json:
        _print_json(source, shown, findings, summary)
    else:
        # one list in line order: what the importer said and what the checks found
        said = [(d.line or 0, 0, d.located(source)) for d in shown]
        said += [(f.line or 0, 1, f.located(source)) for f in findings]
        for _, _, line in sorted(said, key=lambda entry: entry[:2]):
            print(line)
        print(f"{source}: {summary}")
        if findings:
            print(f"{source}: {_finding_counts(findings)}")
    import_problems = any(d.severity != Severity.INFO for d in shown) or any(
        f.code in SURFACED_DIAGNOSTICS.values() for f in findings
    )
    errors = any(f.severity == Severity.ERROR for f in findings)
    return EXIT_PROBLEMS if import_problems or errors else EXIT_OK


#: Import diagnostics that ``check`` lists as findings of a check, by code.
SURFACED_DIAGNOSTICS = {"weekday": "T104"}


def _finding_counts(findings: Sequence[Finding]) -> str:
    """ "3 findings: 1 error, 1 warning, 1 info"."""
    by_severity = {severity: 0 for severity in Severity}
    for finding in findings:
        by_severity[finding.severity] += 1
    counts = ", ".join(
        counted(number, str(severity), "infos" if severity == Severity.INFO else None)
        for severity, number in by_severity.items()
    )
    return f"{counted(len(findings), 'finding')}: {counts}"


def _print_json(
    source: str,
    diagnostics: Sequence[Diagnostic],
    findings: Sequence[Finding],
    summary: ImportSummary | None,
) -> None:
    """``check --format json``: the import's diagnostics, the findings and the summary."""
    document = {
        "file": source,
        "diagnostics": [
            {
                "code": d.code,
                "severity": str(d.severity),
                "message": d.message,
                "line": d.line,
                "path": d.path,
            }
            for d in diagnostics
        ],
        "findings": [f.as_dict() for f in findings],
        "summary": None if summary is None else str(summary),
    }
    print(json.dumps(document, indent=2, ensure_ascii=False))


EXIT_SAME, EXIT_CHANGED, EXIT_TROUBLE = 0, 1, 2
DIFF_FORMATS = ("text", "json", "atom")


def _diff(args: argparse.Namespace) -> int:
    """``folkemode diff OLD NEW``: the change log, the changes as JSON, or an Atom feed."""
    from folkemode.changes import diff
    from folkemode.i18n import normalise_locale

    if args.old == "-" and args.new == "-":
        raise UsageError("only one of OLD and NEW can be standard input (-)")
    if args.feed is not None and args.target_format != "atom":
        raise UsageError("--feed is the earlier Atom feed: it goes with --to atom")
    locale = normalise_locale(args.locale) if args.locale is not None else None
    earlier = None
    if args.feed is not None:
        try:
            earlier = Path(args.feed).read_text(encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot read {args.feed}: {error.strerror}") from None
    old = _read_version(args, args.old, args.source_format)
    new = _read_version(args, args.new, args.source_format)
    found = diff(old, new)
    if args.target_format == "atom":
        from folkemode.atom import atom_feed

        updated = _version_time(new, args.new, args.updated)
        if updated is None:
            raise UsageError(
                "standard input says not when this version was published: give --updated "
                "for the feed's entry"
            )
        try:
            output = atom_feed(
                old, new, updated=updated, locale=locale, found=found, earlier=earlier
            )
        except FolkemodeError as error:  # what is wrong with the earlier feed
            raise UsageError(f"{args.feed}: {error}") from None
    elif args.target_format == "json":
        from folkemode.changelog import change_records

        document = {
            "event": old.id,
            "old": _version_header(old, args.old),
            "new": _version_header(new, args.new, args.updated),
            "changes": change_records(old, new, locale=locale, found=found),
        }
        output = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    else:
        from folkemode.changelog import change_log

        output = "".join(f"{line}\n" for line in change_log(old, new, locale=locale, found=found))
    code = EXIT_CHANGED if found else EXIT_SAME
    try:
        _write(output, None if args.output == "-" else args.output)
    except BrokenPipeError:
        # `folkemode diff a b | head`: still say whether they differ, and keep Python
        # from reporting the pipe again when it flushes standard output on exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return code


def _version_header(event: Event, path: str, given: datetime | None = None) -> dict[str, Any]:
    updated = _version_time(event, path, given)
    return {
        "file": "<stdin>" if path == "-" else path,
        "name": event.name,
        "updated": updated.isoformat() if updated is not None else None,
    }


def _diff_command(args: argparse.Namespace) -> int:
    """``diff`` with diff(1)'s exit codes: every kind of trouble is 2."""
    try:
        return _diff(args)
    except InvalidInput as error:
        if args.debug:
            traceback.print_exc()
        print(str(error), file=sys.stderr)
    except FolkemodeError as error:
        if args.debug:
            traceback.print_exc()
        print(f"folkemode: error: {error}", file=sys.stderr)
    except Exception as error:  # a bug: still trouble, as diff(1) says it
        if args.debug:
            raise
        print(
            f"folkemode: internal error: {type(error).__name__}: {error} "
            "(run again with --debug for the traceback, and please report it)",
            file=sys.stderr,
        )
    return EXIT_TROUBLE


def _plugins() -> int:
    from folkemode.plugins import plugin_listing

    print(json.dumps(plugin_listing(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _formats() -> int:
    from folkemode.plugins import exporters, importers

    inputs = sorted(importers().values(), key=lambda i: i.name)
    outputs = sorted(exporters().values(), key=lambda e: e.name)
    every: list[Importer | Exporter] = [*inputs, *outputs]
    name_width = max((len(f.name) for f in every), default=0)
    suffix_width = max((len(", ".join(f.suffixes)) for f in every), default=0)
    # a long flag gets its help on the next line rather than pushing every help right
    label_width = min(max((len(_label(o)) for e in outputs for o in e.options), default=0), 30)

    def row(name: str, suffixes: Sequence[str], description: str) -> str:
        return f"  {name:<{name_width}}  {', '.join(suffixes):<{suffix_width}}  {description}"

    print("Input formats:")
    for importer in inputs:
        print(row(importer.name, importer.suffixes, importer.description))
    print("\nOutput formats:")
    for exporter in outputs:
        print(row(exporter.name, exporter.suffixes, exporter.description))
        for option in exporter.options:
            label = _label(option)
            if len(label) > label_width:
                print(f"      {label}\n      {'':<{label_width}}  {option.help}")
            else:
                print(f"      {label:<{label_width}}  {option.help}")
    return EXIT_OK


def _fail(message: str, code: int) -> NoReturn:
    print(f"folkemode: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def _utf8_streams() -> None:
    """Write UTF-8 whatever the terminal's locale: programmes are full of æ, ø and å."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() not in (
            "utf-8",
            "utf8",
        ):
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    _utf8_streams()
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "convert":
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    try:
        if args.command == "convert":
            return _convert(args, extra)
        if args.command == "check":
            return _check(args)
        if args.command == "diff":
            return _diff_command(args)
        if args.command == "plugins":
            return _plugins()
        return _formats()
    except InvalidInput as error:
        if args.debug:
            traceback.print_exc()
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEMS
    except NothingToConvert as error:
        if args.debug:
            traceback.print_exc()
        _fail(str(error), EXIT_PROBLEMS)
    except FolkemodeError as error:
        if args.debug:
            traceback.print_exc()
        _fail(str(error), EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # a bug: one line by default, the traceback with --debug
        if args.debug:
            raise
        print(
            f"folkemode: internal error: {type(error).__name__}: {error} "
            "(run again with --debug for the traceback, and please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
