"""Nothing lost: every non-blank line is claimed by the model or reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from folkemode.formats import ImportOptions
from folkemode.importers.text import read_text_with_ledger
from folkemode.importers.text.lines import split_lines
from tests.conftest import FIXTURES, REAL, SEEDS

PROGRAMMES = (
    sorted((FIXTURES / "programmes").glob("*.txt"))
    + sorted((FIXTURES / "holdout").glob("*.txt"))
    + sorted((FIXTURES / "unseen").glob("*.txt"))
    + sorted((FIXTURES / "published").glob("*.txt"))
    + sorted((FIXTURES / "published_unseen").glob("*.txt"))
    + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
    + (sorted(REAL.glob("*.txt")) if REAL.is_dir() else [])
)


@pytest.mark.parametrize("path", PROGRAMMES, ids=lambda p: p.stem)
class TestEveryLineAccounted:
    def test_every_line_claimed_or_reported(self, path: Path) -> None:
        """Each non-blank line went into a model field or into a diagnostic, by a rule."""
        text = path.read_text(encoding="utf-8")
        result, ledger = read_text_with_ledger(text, ImportOptions())
        assert ledger.fallbacks == [], [line.text for line in ledger.fallbacks]
        reported = {d.line for d in result.diagnostics if d.line is not None}
        for line in split_lines(text):
            if line.text:
                assert line.number in ledger.claims or line.number in reported, line

    def test_no_internal_errors(self, path: Path) -> None:
        """The safety net never had to catch anything."""
        result, _ = read_text_with_ledger(path.read_text(encoding="utf-8"), ImportOptions())
        assert not [d for d in result.diagnostics if d.code == "internal-error"]
