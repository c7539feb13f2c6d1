"""The HTML pages checked by the tools a browser vendor would use.

The Nu HTML Checker validates the page of every fixture programme in every
locale, plus generated and imported programmes, in one JVM run. Headless
Chromium (the system's, driven by playwright-core through
``tests/js/check_pages.cjs``) lays pages out at phone and desktop widths,
runs axe-core in them and writes screenshots to ``test-artifacts/``.

The tools come from ``.ci/setup.d/30-web-tools.sh``; without them these tests
skip, except under ``FOLKEMODE_REQUIRE_TOOLS=1`` (CI), where they fail.
"""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import folkemode
from folkemode import Event, i18n
from folkemode.plugins import importers
from tests.programmes import PROGRAMMES
from tests.strategies import events
from tests.tools import ROOT, require_tool

ARTIFACTS = ROOT / "test-artifacts"
PAGES = ARTIFACTS / "pages"
SCREENSHOTS = ARTIFACTS / "screenshots"
FIXTURE_TEXTS = ROOT / "tests" / "fixtures" / "programmes"
SEEDS = ROOT.parent / "shared" / "seeds"
GENERATED = 12
# A page with known errors: the checker must find them, or a pass would mean nothing.
CANARY = "<!DOCTYPE html><html lang=en><p><div></p></html>"

FIXTURE_PAGES = [f"{name}-{locale}" for name in PROGRAMMES for locale in i18n.OUTPUT_LOCALES]


def generated_events(count: int) -> list[Event]:
    """``count`` events from the shared strategy, the same ones on every run."""
    found: list[Event] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(events(max_sessions=10))
    def collect(event: Event) -> None:
        found.append(event)

    collect()
    return found[:count]


def imported_texts() -> dict[str, Path]:
    """Text programmes to render once the text importer exists: fixtures and shared seeds."""
    if "text" not in importers():
        return {}
    texts = {f"imported-{p.stem}": p for p in sorted(FIXTURE_TEXTS.glob("*.txt"))}
    if SEEDS.is_dir():
        texts.update({f"seed-{p.stem}": p for p in sorted(SEEDS.glob("*.txt"))})
    return texts


@pytest.fixture(scope="module")
def pages() -> dict[str, Path]:
    """Every page to check, written to test-artifacts/pages (kept for a human look)."""
    PAGES.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}

    def write(name: str, html: str) -> None:
        path = PAGES / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        written[name] = path

    for name, build in PROGRAMMES.items():
        event = build()
        for locale in i18n.OUTPUT_LOCALES:
            write(f"{name}-{locale}", folkemode.dumps(event, format="html", locale=locale))
    for number, event in enumerate(generated_events(GENERATED)):
        write(f"generated-{number}", folkemode.dumps(event, format="html"))
    for name, path in imported_texts().items():
        event = folkemode.load(path, format="text")
        write(name, folkemode.dumps(event, format="html"))
    write("canary", CANARY)
    return written


@pytest.fixture(scope="module")
def vnu_errors(pages: dict[str, Path]) -> dict[str, list[str]]:
    """The checker's errors per page, from one run of vnu.jar over all of them."""
    java = require_tool("FOLKEMODE_JAVA", "Java (runs the Nu HTML Checker)")
    jar = require_tool(
        "FOLKEMODE_VNU_JAR", "the Nu HTML Checker", "web/node_modules/vnu-jar/build/dist/vnu.jar"
    )
    run = subprocess.run(
        [
            java,
            "-jar",
            jar,
            "--format",
            "json",
            "--errors-only",
            "--exit-zero-always",
            *map(str, pages.values()),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    report = json.loads(run.stderr)
    by_path = {path.resolve(): name for name, path in pages.items()}
    errors: dict[str, list[str]] = {name: [] for name in pages}
    for message in report["messages"]:
        if message["type"] in ("error", "non-document-error"):
            # vnu names files as "file:/path", without the empty authority.
            where = Path(unquote(urlsplit(message.get("url", "")).path)).resolve()
            name = by_path.get(where, "?")
            errors.setdefault(name, []).append(
                f"line {message.get('lastLine', '?')}: {message['message']}"
            )
    return errors


class TestNuHtmlChecker:
    def test_checker_finds_errors(self, vnu_errors: dict[str, list[str]]) -> None:
        """The run really checked the files: the deliberately broken page has errors."""
        assert vnu_errors["canary"]
        assert "?" not in vnu_errors

    @pytest.mark.parametrize("name", FIXTURE_PAGES)
    def test_fixture_page(self, name: str, vnu_errors: dict[str, list[str]]) -> None:
        """Each fixture programme's page, in each locale, has no validation errors."""
        assert vnu_errors[name] == []

    def test_generated_pages(self, vnu_errors: dict[str, list[str]]) -> None:
        """Pages of generated events (odd text, no times, editions...) have no errors."""
        generated = {n: e for n, e in vnu_errors.items() if n.startswith("generated-")}
        assert len(generated) == GENERATED
        assert {n: e for n, e in generated.items() if e} == {}

    def test_imported_pages(self, vnu_errors: dict[str, list[str]]) -> None:
        """Pages of imported text programmes have no errors."""
        if not imported_texts():
            pytest.skip("no text importer is registered yet")
        imported = {n: e for n, e in vnu_errors.items() if n.startswith(("imported-", "seed-"))}
        assert {n: e for n, e in imported.items() if e} == {}


# Which pages the browser opens, and how. The seed-style programme (an online
# day with two big workshop rounds) is looked at in every way.
BROWSER_PAGES: list[dict[str, Any]] = [
    {
        "name": "online-workshop-day-da",
        "widths": [360, 390, 1280, 1440],
        "dark": True,
        "axe": True,
        "filter": True,
        "print": True,
    },
    {"name": "example-da", "widths": [390, 1280], "dark": True, "axe": True, "filter": True},
    {"name": "norwegian-conference-nb", "widths": [390, 1280], "axe": True, "filter": True},
    {"name": "nynorsk-annual-meeting-nn", "widths": [390, 1280], "axe": True},
    {"name": "recurring-course-en", "widths": [390], "axe": True},
    {"name": "hostile-da", "widths": [1280], "axe": True},
    {"name": "long-words-da", "widths": [360, 1280], "axe": True},
]


@pytest.fixture(scope="module")
def browser(pages: dict[str, Path]) -> list[dict[str, Any]]:
    """Layout, axe results and screenshots from one headless Chromium session."""
    node = require_tool("FOLKEMODE_NODE", "Node.js")
    modules = require_tool(
        "FOLKEMODE_WEB_NODE_MODULES", "playwright-core and axe-core", "web/node_modules"
    )
    chromium = require_tool("FOLKEMODE_CHROMIUM", "Chromium (Debian package chromium)")
    wanted = list(BROWSER_PAGES)
    imported = sorted(n for n in pages if n.startswith("seed-"))[:2]
    wanted += [{"name": n, "widths": [390, 1280], "axe": True} for n in imported]
    spec = {
        "modules": str(modules),
        "chromium": str(chromium),
        "screenshots": str(SCREENSHOTS),
        "pages": [{**entry, "path": str(pages[entry["name"]])} for entry in wanted],
    }
    spec_path = ARTIFACTS / "browser-spec.json"
    spec_path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    run = subprocess.run(
        [node, ROOT / "tests" / "js" / "check_pages.cjs", spec_path],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    results: list[dict[str, Any]] = json.loads(run.stdout)["pages"]
    (ARTIFACTS / "browser-results.json").write_text(json.dumps(results, indent=1), "utf-8")
    return results


def view(results: list[dict[str, Any]], name: str, width: int) -> dict[str, Any]:
    return next(r for r in results if r["name"] == name and r["width"] == width)


class TestBrowser:
    def test_no_horizontal_scrolling(self, browser: list[dict[str, Any]]) -> None:
        """From a 360 px phone to a 1440 px desktop, nothing is wider than the window."""
        too_wide = {
            f"{r['name']}@{r['width']}/{r['scheme']}": r["overflowing"]
            for r in browser
            if r["scrollWidth"] > r["clientWidth"]
        }
        assert too_wide == {}
        assert {r["width"] for r in browser} >= {360, 390, 1280, 1440}

    def test_rounds_side_by_side_on_desktop(self, browser: list[dict[str, Any]]) -> None:
        """At 1280 px the parallel sessions of a round sit next to each other, not overlapping."""
        for name, smallest_row in (("example-da", 3), ("online-workshop-day-da", 3)):
            rounds = view(browser, name, 1280)["rounds"]
            assert rounds, name
            for cards in rounds:
                first_row = [c for c in cards if abs(c["y"] - cards[0]["y"]) < 1]
                assert len(first_row) >= min(smallest_row, len(cards)), (name, cards)
                for left, right in itertools.pairwise(first_row):
                    assert left["x"] + left["width"] <= right["x"], (name, cards)

    def test_rounds_stack_on_phones(self, browser: list[dict[str, Any]]) -> None:
        """At 390 px the cards of a round stack in one column."""
        for cards in view(browser, "online-workshop-day-da", 390)["rounds"]:
            assert len({round(c["x"]) for c in cards}) == 1
            tops = [c["y"] for c in cards]
            assert tops == sorted(tops) and len(set(tops)) == len(tops)

    def test_axe_finds_nothing_serious(self, browser: list[dict[str, Any]]) -> None:
        """axe-core reports no serious or critical accessibility violation, light or dark."""
        serious = {
            f"{r['name']}@{r['width']}/{r['scheme']}": v
            for r in browser
            for v in r.get("violations", [])
            if v["impact"] in ("serious", "critical")
        }
        assert serious == {}
        assert sum("violations" in r for r in browser) >= len(BROWSER_PAGES)

    def test_no_script_runs_from_text(self, browser: list[dict[str, Any]]) -> None:
        """No page raises a script error or an alert, hostile text included."""
        assert {r["name"]: r["errors"] for r in browser if r["errors"]} == {}

    def test_track_filter(self, browser: list[dict[str, Any]]) -> None:
        """With scripts on, the track filter appears and hides only other tracks' sessions."""
        for name in ("online-workshop-day-da", "example-da", "norwegian-conference-nb"):
            assert view(browser, name, 1280)["filter"] == {
                "formVisible": True,
                "otherTracksHidden": True,
                "untrackedVisible": True,
                "restored": True,
            }

    def test_print(self, browser: list[dict[str, Any]]) -> None:
        """Printed, the page drops navigation, skip link and calendar links; a PDF is written."""
        printed = view(browser, "online-workshop-day-da", 1280)
        assert printed["printHidden"] is True
        assert Path(printed["pdf"]).read_bytes().startswith(b"%PDF")

    def test_screenshots_written(self, browser: list[dict[str, Any]]) -> None:
        """Every view left a PNG screenshot in test-artifacts/screenshots."""
        for result in browser:
            shot = Path(result["screenshot"])
            assert shot.parent == SCREENSHOTS
            assert shot.read_bytes().startswith(b"\x89PNG")
