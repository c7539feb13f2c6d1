"""What every command shares: exit codes, the command line's own errors, reading
an input with the import options given, and writing an output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TypeVar

from folkemode.errors import FolkemodeError, InvalidInput
from folkemode.formats import ImportResult

Parsed = TypeVar("Parsed")


EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug in folkemode or a plugin, not in the input


class UsageError(FolkemodeError):
    """The command line asked for something that cannot be done."""


class NothingToConvert(FolkemodeError):
    """The input is empty: writing an empty calendar over a published one helps nobody."""


def read_input(path: str) -> tuple[str, str | None]:
    from folkemode.api import read_source

    if path == "-":
        # the bytes, read as UTF-8 (a byte-order mark dropped), as a file is: not the locale's
        return read_source(sys.stdin.buffer)[0], None
    return read_source(path)


def parse_input(
    args: argparse.Namespace, text: str, filename: str | None, source_format: str | None
) -> ImportResult:
    """Import ``text`` with the options of the command line; errors name the input."""
    from folkemode.api import parse

    return read_with(parse, args, text, filename, source_format)


def read_with(
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


def write_output(data: str | bytes, target: str | None) -> None:
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


def internal_error(error: Exception, path: str | None = None) -> str:
    """The one line that reports a bug in folkemode or a plugin (the traceback: --debug)."""
    where = f"{path}: " if path is not None else ""
    return (
        f"folkemode: internal error: {where}{type(error).__name__}: {error} "
        "(run again with --debug for the traceback, and please report it)"
    )
