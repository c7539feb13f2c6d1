"""The ``folkemode`` command: convert, check, plugins, formats.

Exit codes: 0 success, 1 the input had problems (``check``, ``--strict``),
2 usage errors (unknown format, missing file, bad option). Errors are one
readable line on stderr; ``--debug`` shows the traceback too.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import traceback
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NoReturn

from folkemode.__about__ import __version__
from folkemode.errors import FolkemodeError, InvalidInput
from folkemode.formats import Exporter, ExportOption, ImportResult

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug in folkemode or a plugin, not in the input


class UsageError(FolkemodeError):
    """The command line asked for something that cannot be done."""


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
        description=(
            "Convert a programme. Formats come from the file suffixes unless --from/--to name "
            "them. Options of the chosen exporter are flags too: see `folkemode formats`."
        ),
    )
    convert.add_argument("input", metavar="IN", help="input file, or - for standard input")
    convert.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default="-",
        help="output file, or - for standard output (the default)",
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
        "--locale",
        metavar="L",
        help="language of the output, for exporters that write words (da, nb, nn, en)",
    )

    check = commands.add_parser(
        "check",
        help="import a programme and list the problems found",
        description=(
            "Import IN, print each diagnostic as FILE:LINE: message, then a summary: "
            "sessions, days, ends, speakers and the number of problems."
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

    commands.add_parser("plugins", help="list installed plugins as JSON")
    commands.add_parser("formats", help="list input and output formats with their options")
    return parser


def _add_import_arguments(parser: argparse.ArgumentParser, *, strict: bool = True) -> None:
    parser.add_argument(
        "--input-locale", metavar="L", help="language of the input text (default: detected)"
    )
    parser.add_argument(
        "--year", type=int, metavar="YYYY", help="year to assume when the text names none"
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


# -- exporter options as flags ---------------------------------------------------------------


def _flag(option: ExportOption) -> str:
    return "--" + option.name.replace("_", "-")


def _option_parser(exporter: Exporter) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"folkemode convert --to {exporter.name}", add_help=False, allow_abbrev=False
    )
    for option in exporter.options:
        flag = _flag(option)
        if option.type is bool:
            parser.add_argument(
                flag,
                dest=option.name,
                action=argparse.BooleanOptionalAction,
                default=argparse.SUPPRESS,
                help=option.help,
            )
        elif option.type is list:
            parser.add_argument(
                flag,
                dest=option.name,
                action="append",
                metavar="A,B",
                default=argparse.SUPPRESS,
                help=option.help,
            )
        else:
            converters: dict[type, Any] = {
                int: int,
                str: str,
                date: date.fromisoformat,
                datetime: _aware_datetime,
            }
            parser.add_argument(
                flag,
                dest=option.name,
                type=converters[option.type],
                default=argparse.SUPPRESS,
                metavar="VALUE",
                help=option.help,
            )
    return parser


def _aware_datetime(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("add a UTC offset, e.g. 2025-11-01T12:00:00+01:00")
    return parsed


def _exporter_options(exporter: Exporter, extra: list[str], locale: str | None) -> dict[str, Any]:
    parser = _option_parser(exporter)
    try:
        namespace, unknown = parser.parse_known_args(extra)
    except SystemExit:
        raise UsageError(f"bad option for the {exporter.name} exporter (see above)") from None
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


# -- commands ----------------------------------------------------------------------------------


def _read_input(path: str) -> tuple[str, str | None]:
    from folkemode.api import read_source

    if path == "-":
        # the bytes, read as UTF-8 (a byte-order mark dropped), as a file is: not the locale's
        return read_source(sys.stdin.buffer)[0], None
    return read_source(path)


def _import(args: argparse.Namespace) -> tuple[ImportResult, str]:
    from folkemode.api import parse

    text, filename = _read_input(args.input)
    result = parse(
        text,
        format=args.source_format,
        filename=filename,
        locale=args.input_locale,
        year=args.year,
        timezone=args.timezone,
    )
    return result, filename or "<stdin>"


def _convert(args: argparse.Namespace, extra: list[str]) -> int:
    from folkemode.plugins import exporter_for

    target = None if args.output == "-" else args.output
    if args.target_format is None and target is None:
        raise UsageError("name the output format with --to, or give an output file with -o")
    exporter = exporter_for(args.target_format, target)
    options = _exporter_options(exporter, extra, args.locale)
    result, source = _import(args)
    problems = result.problems
    if problems and args.strict:
        raise InvalidInput(problems, source=source)
    left_out = [s for s in result.event.sessions if s.day is None] if exporter.dated_only else []
    if left_out:
        # a calendar has no place for a session without a date: say so, never drop it quietly
        titles = ", ".join(repr(s.title) for s in left_out[:3]) + (
            " …" if len(left_out) > 3 else ""
        )
        count = f"{len(left_out)} session{'s' if len(left_out) != 1 else ''}"
        print(
            f"{source}: {count} without a date left out of the {exporter.name} output: {titles}",
            file=sys.stderr,
        )
        if args.strict:
            return EXIT_PROBLEMS
    data = exporter.render(result.event, options)
    if target is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
    else:
        try:
            if isinstance(data, bytes):
                with open(target, "wb") as handle:
                    handle.write(data)
            else:
                with open(target, "w", encoding="utf-8", newline="") as handle:
                    handle.write(data)
        except OSError as error:
            raise UsageError(f"cannot write {target}: {error.strerror}") from None
    if problems:
        print(
            f"folkemode: {source}: {len(problems)} problem{'s' if len(problems) != 1 else ''} "
            f"in the input; `folkemode check {args.input}` lists them",
            file=sys.stderr,
        )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    try:
        result, source = _import(args)
    except InvalidInput as error:
        source = error.source or ("<stdin>" if args.input == "-" else args.input)
        for diagnostic in error.diagnostics:
            print(diagnostic.located(source))
        count = len(error.diagnostics)
        print(
            f"{source}: could not be imported, {count} error{'s' if count != 1 else ''}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    shown = result.diagnostics if args.verbose else result.problems
    for diagnostic in shown:
        print(diagnostic.located(source))
    summary = result.summary
    print(f"{source}: {summary}")
    return EXIT_PROBLEMS if summary.problems else EXIT_OK


def _plugins() -> int:
    from folkemode.plugins import plugin_listing

    print(json.dumps(plugin_listing(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _formats() -> int:
    from folkemode.plugins import exporters, importers

    print("Input formats:")
    for importer in sorted(importers().values(), key=lambda i: i.name):
        print(f"  {importer.name:<10} {', '.join(importer.suffixes):<16} {importer.description}")
    print("\nOutput formats:")
    for exporter in sorted(exporters().values(), key=lambda e: e.name):
        print(f"  {exporter.name:<10} {', '.join(exporter.suffixes):<16} {exporter.description}")
        for option in exporter.options:
            kind = {
                bool: "",
                list: " A,B",
                int: " N",
                date: " YYYY-MM-DD",
                datetime: " DATETIME",
            }.get(option.type, " VALUE")
            print(f"      {_flag(option) + kind:<28} {option.help}")
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
        if args.command == "plugins":
            return _plugins()
        return _formats()
    except InvalidInput as error:
        if args.debug:
            traceback.print_exc()
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEMS
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
