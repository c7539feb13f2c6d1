"""The status line ``convert`` keeps on a terminal."""

from __future__ import annotations

import shutil
import sys


class Status:
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
