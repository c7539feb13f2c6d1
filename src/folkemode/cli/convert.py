"""``folkemode convert``: one input to a file or standard output, or many into a folder."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import Any, NamedTuple

from folkemode.cli.common import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    NothingToConvert,
    UsageError,
    internal_error,
    parse_input,
    read_input,
    write_output,
)
from folkemode.cli.options import exporter_options
from folkemode.cli.status import Status
from folkemode.cli.versions import next_version
from folkemode.errors import FolkemodeError, InvalidInput
from folkemode.formats import Exporter
from folkemode.summary import NO_PROGRAMME_CODE, ImportSummary, counted

#: From this many characters on (about a thousand sessions of text), reading and
#: writing one programme takes long enough to say on a terminal what is going on.
LONG_INPUT = 200_000


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
    status: Status,
    step: str = "",
) -> _Converted:
    """Convert one input to ``target`` (None: standard output), saying what is worth saying."""
    text, filename = read_input(path)
    source = filename or "<stdin>"
    if not text.strip():
        name = "standard input" if path == "-" else path
        raise NothingToConvert(f"{name} is empty: no programme found, nothing written")
    long = len(text) >= LONG_INPUT
    if step or long:
        lines = counted(len(text.splitlines()), "line")
        status.show(f"{step}reading {source} ({lines})…")
    result = parse_input(args, text, filename, args.source_format)
    problems = result.problems
    if not result.event.sessions and any(d.code == NO_PROGRAMME_CODE for d in problems):
        # an empty calendar must never replace a published one
        raise NothingToConvert(
            f"{source}: no programme found (no session was read), nothing written"
        )
    if problems and args.strict:
        raise InvalidInput(problems, source=source)
    summary = result.summary
    event, changed = next_version(args, path, result.event, status)
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
    write_output(exporter.render(event, options), target)
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


def run(args: argparse.Namespace, extra: list[str]) -> int:
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
    options = exporter_options(exporter, extra, args.locale)
    status = Status(enabled=not args.quiet and sys.stderr.isatty())
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
    status: Status,
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


def _report(error: Exception, path: str, status: Status, debug: bool) -> int:
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
    status.say(internal_error(error, path))
    return EXIT_INTERNAL
