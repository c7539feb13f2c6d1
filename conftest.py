"""Run every Python example in README.md and docs/ as a test (Sybil).

A ```python block runs as code (doctest ``>>>`` lines inside one are checked
as doctests); all blocks of one file share a namespace, in order, so a
tutorial can build on its earlier steps. Each file runs in its own temporary
working directory, so examples may write files, and with only folkemode's own
plugins registered, so what else is installed does not change their output.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE
from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser


@pytest.fixture(scope="module")
def builtin_plugins_only() -> Iterator[None]:
    """The examples count on which plugins there are: installed ones are set aside."""
    from folkemode.plugins import isolated

    with isolated():
        yield


@pytest.fixture(scope="module")
def in_tmp_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("docs")
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield folder
    finally:
        os.chdir(previous)


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE),
        SkipParser(),
    ],
    # (a pattern matches one folder level per "*": "docs/**/*.md" is docs/X/Y.md)
    patterns=["README.md", "docs/*.md", "docs/**/*.md", "docs/*/*/*.md"],
    fixtures=["in_tmp_dir", "builtin_plugins_only"],
).pytest()
