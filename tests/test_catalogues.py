"""The gettext catalogues: every label used is translated in every locale, and they ship."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from folkemode import i18n
from tests.tools import ROOT

PACKAGE = ROOT / "src" / "folkemode"
LOCALE_DIR = PACKAGE / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)s")


@cache
def used_messages() -> frozenset[str | tuple[str, str]]:
    """What `pybabel extract -F babel.cfg` finds in the package: templates and Python."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found: set[str | tuple[str, str]] = set()
    for _, _, message, _, _ in extract_from_dir(str(PACKAGE), method_map, options_map):
        found.add(message if isinstance(message, str) else (message[0], message[1]))
    return frozenset(found)


def catalogue(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, domain="folkemode")


def msgid(message: str | tuple[str, str]) -> str:
    return message if isinstance(message, str) else message[0]


class TestCatalogues:
    def test_labels_are_found(self) -> None:
        """Extraction finds the template labels and the session kinds' labels."""
        ids = {msgid(m) for m in used_messages()}
        assert {"Workshop round", "Track", "Break", "Add to calendar", "Plenary"} <= ids

    @pytest.mark.parametrize("locale", i18n.OUTPUT_LOCALES)
    def test_every_message_is_translated(self, locale: str) -> None:
        """Each message used has a non-empty, non-fuzzy translation with the same placeholders."""
        path = LOCALE_DIR / locale / "LC_MESSAGES" / "folkemode.po"
        translated = catalogue(path, locale)
        assert translated.plural_forms == "nplurals=2; plural=(n != 1);"
        problems = []
        for message in sorted(used_messages(), key=msgid):
            entry = translated.get(msgid(message))
            if entry is None:
                problems.append(f"missing: {msgid(message)!r}")
                continue
            strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            if entry.fuzzy or not all(strings):
                problems.append(f"untranslated: {msgid(message)!r}")
            wanted = set(PLACEHOLDER.findall(msgid(message)))
            if any(set(PLACEHOLDER.findall(s)) != wanted for s in strings):
                problems.append(f"placeholders differ: {msgid(message)!r}")
        assert problems == []

    @pytest.mark.parametrize("locale", i18n.OUTPUT_LOCALES)
    def test_no_stale_messages(self, locale: str) -> None:
        """A catalogue holds only messages the code still uses (`pybabel update` was run)."""
        path = LOCALE_DIR / locale / "LC_MESSAGES" / "folkemode.po"
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue(path) if m.id}
        assert ids == {msgid(m) for m in used_messages()}

    def test_template_is_current(self) -> None:
        """folkemode.pot lists exactly what extraction finds (`pybabel extract` was run)."""
        template = catalogue(LOCALE_DIR / "folkemode.pot")
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
        assert ids == {msgid(m) for m in used_messages()}

    @pytest.mark.parametrize(
        ("locale", "expected"),
        [("da", "Workshop-runde"), ("nb", "Workshop-runde"), ("nn", "Workshop-runde")],
    )
    def test_read_at_run_time(self, locale: str, expected: str) -> None:
        """i18n reads the shipped catalogues, so labels change without a build step."""
        assert i18n.translate(locale, "Workshop round") == expected
        assert i18n.translate(locale, "Track") == "Spor"
        assert (
            i18n.translations(locale)
            .ngettext("%(count)s parallel session", "%(count)s parallel sessions", 1)
            .startswith("%(count)s parallel")
        )


class TestPackaging:
    def test_wheel_ships_templates_and_catalogues(self) -> None:
        """The wheel carries every template and .po file, so an installed folkemode can render."""
        from hatchling.builders.wheel import WheelBuilder

        shipped = {f.distribution_path for f in WheelBuilder(str(ROOT)).recurse_included_files()}
        templates = {
            f"folkemode/exporters/templates/{p.name}"
            for p in (PACKAGE / "exporters" / "templates").glob("*.j2")
        }
        catalogues = {
            f"folkemode/locale/{locale}/LC_MESSAGES/folkemode.po" for locale in i18n.OUTPUT_LOCALES
        }
        assert len(templates) >= 4
        assert templates | catalogues <= shipped
