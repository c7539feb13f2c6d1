"""``folkemode diff``: what changed between two versions, as text, JSON or Atom."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from folkemode.cli.common import UsageError, internal_error, write_output
from folkemode.cli.versions import read_version, version_time
from folkemode.errors import FolkemodeError, InvalidInput

if TYPE_CHECKING:
    from folkemode.model import Event


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
    old = read_version(args, args.old, args.source_format)
    new = read_version(args, args.new, args.source_format)
    found = diff(old, new)
    if args.target_format == "atom":
        from folkemode.atom import atom_feed

        updated = version_time(new, args.new, args.updated)
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
        write_output(output, None if args.output == "-" else args.output)
    except BrokenPipeError:
        # `folkemode diff a b | head`: still say whether they differ, and keep Python
        # from reporting the pipe again when it flushes standard output on exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return code


def _version_header(event: Event, path: str, given: datetime | None = None) -> dict[str, Any]:
    updated = version_time(event, path, given)
    return {
        "file": "<stdin>" if path == "-" else path,
        "name": event.name,
        "updated": updated.isoformat() if updated is not None else None,
    }


def run(args: argparse.Namespace) -> int:
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
        print(internal_error(error), file=sys.stderr)
    return EXIT_TROUBLE
