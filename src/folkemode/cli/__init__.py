"""The ``folkemode`` command: convert, check, diff, plugins, formats.

Exit codes: 0 success, 1 the input had problems (``check``, ``--strict``, an
empty input), 2 usage errors (unknown format, missing file, bad option).
Converting several inputs exits with the highest code any of them gave.
``diff`` exits as diff(1) does: 0 the same, 1 changed, 2 trouble.
Errors are one readable line on stderr; ``--debug`` shows the traceback too.

The package has a module per command (:mod:`.convert`, :mod:`.check`,
:mod:`.diff`, :mod:`.listing`); :mod:`.arguments` declares them all, and
:mod:`.common` holds what they share.
"""

from __future__ import annotations

import io
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from folkemode.cli import check, convert, diff, listing
from folkemode.cli.arguments import build_parser
from folkemode.cli.common import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    NothingToConvert,
    UsageError,
    internal_error,
)
from folkemode.errors import FolkemodeError, InvalidInput

__all__ = ["EXIT_INTERNAL", "EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "UsageError", "main"]


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
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "convert":
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    try:
        if args.command == "convert":
            return convert.run(args, extra)
        if args.command == "check":
            return check.run(args)
        if args.command == "diff":
            return diff.run(args)
        if args.command == "plugins":
            return listing.plugins()
        return listing.formats()
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
        print(internal_error(error), file=sys.stderr)
        return EXIT_INTERNAL
