"""The programme page as a person sees it, in headless Chromium at 390 and 1280 px.

Chromium (the system's, driven by playwright-core, as in
``tests/test_web_tools.py``) lays out pages that show what a reader notices
first: long compound words in a title, an e-mail address in a narrow column,
a meeting link, tracks named "Spor A", a debate with its moderator. In the
laid-out page no word or address is split between two of its letters (a
break at a soft hyphen, which shows a hyphen, or at an address's ``<wbr>`` is
fine), and the text a reader sees says each thing once; with scripts off, a
session's "add to calendar" link downloads that session's calendar.
Screenshots of every page at both widths are written to
``test-artifacts/page-screenshots/``, with the pages themselves beside them.

The tools come from ``.ci/setup.d/30-web-tools.sh``; without them these tests
skip, except under ``FOLKEMODE_REQUIRE_TOOLS=1`` (CI), where they fail.
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve

import folkemode
from folkemode import (
    Contact,
    Event,
    Organisation,
    Session,
    SessionKind,
    Speaker,
    Track,
    Venue,
)
from folkemode.plugins import exporters
from tests.programmes import OSLO, norwegian_conference
from tests.tools import ROOT, require_tool

SHOTS = ROOT / "test-artifacts" / "page-screenshots"
WIDTHS = (390, 1280)
DEBATE = "20240314-debatt-hvem-skal-betale-for-velferden"
TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA4ZmI1NjctZjY4Ny00/0"
# The programme text whose page showed "Strategikonferanse" / "n" on a phone.
STRATEGY_TEXT = (
    ROOT / "tests" / "fixtures" / "programmes" / "103_nb_strategikonferanse_vestfold_telemark.txt"
)

# Runs in the page: every run of letters and digits in the text a reader can see,
# and whether the browser put its letters on more than one line.
MEASURE = r"""
() => {
  const split = [];
  const hyphenated = [];
  const word = /[\p{L}\p{N}\u00ad]+/gu;
  const boxes = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((box) => box.width > 0);
  };
  // The line a character is drawn on. After a break at a soft hyphen, Chromium gives
  // the next character the hyphen's box too, before its own: its own is the last one.
  const line = (node, at) => {
    const found = boxes(node, at, at + 1);
    return found.length ? Math.round(found[found.length - 1].bottom) : null;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, .visually-hidden")) continue;
    for (const match of node.data.matchAll(word)) {
      const end = match.index + match[0].length;
      const lines = new Set(boxes(node, match.index, end).map((b) => Math.round(b.bottom)));
      if (lines.size < 2) continue;
      // Broken across lines: fine at a soft hyphen, wrong between two letters.
      let between = false;
      let previous = null;
      let soft = false;
      for (let at = match.index; at < end; at++) {
        if (node.data[at] === "\u00ad") { soft = true; continue; }
        const here = line(node, at);
        if (previous !== null && here !== null && here !== previous && !soft) between = true;
        if (here !== null) { previous = here; soft = false; }
      }
      const where = `${parent.tagName.toLowerCase()}: ${match[0].replaceAll("\u00ad", "")}`;
      (between ? split : hyphenated).push(where);
    }
  }
  // Addresses a reader sees that take more than one line.
  const wrapped = [...document.querySelectorAll("a[href^='mailto:'], a[href^='http']")]
    .filter((a) => new Set([...a.getClientRects()].map((b) => Math.round(b.bottom))).size > 1)
    .map((a) => a.textContent);
  const heading = getComputedStyle(document.querySelector("h1"));
  return {
    split,
    hyphenated,
    wrapped,
    text: document.body.innerText,
    hyphens: heading.hyphens,
    lang: document.documentElement.lang,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  };
}
"""

DRIVER = r"""
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const { chromium } = require(path.join(spec.modules, "playwright-core"));
const measure = eval(spec.measure);

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "folkemode-shots-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: spec.chromium,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const results = [];
  try {
    const page = context.pages()[0] || (await context.newPage());
    for (const entry of spec.pages) {
      for (const width of spec.widths) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: "light", media: "screen" });
        await page.goto("file://" + entry.path, { waitUntil: "load" });
        const shot = path.join(spec.folder, `${entry.name}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        const measured = await page.evaluate(measure);
        results.push({ name: entry.name, width, screenshot: shot, ...measured });
      }
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  // A session's "add to calendar" link, clicked with scripts off: what it downloads.
  const browser = await chromium.launch({ executablePath: spec.chromium, headless: true,
                                          args: ["--no-sandbox", "--disable-gpu"] });
  let download = null;
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto("file://" + spec.download.path, { waitUntil: "load" });
    const [file] = await Promise.all([page.waitForEvent("download"),
                                      page.click(spec.download.selector)]);
    download = { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), "utf8") };
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify({ views: results, download }));
})().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exit(1);
});
"""


def strategy_conference() -> Event:
    """Bokmål, online on Teams: a long title, a long e-mail address, "Spor A" and "Spor B",
    a debate with a moderator, long compound words in titles and descriptions."""

    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2024, 3, 14, hour, minute, tzinfo=OSLO)

    spor_a, spor_b = Track(name="Spor A"), Track(name="Spor B")
    ks = Organisation(name="KS Vestfold og Telemark", url="https://www.ks.no/vestfold-telemark")
    return Event(
        name="Strategikonferansen for kommunestyrerepresentanter 2024",
        start=at(10),
        end=at(16),
        timezone="Europe/Oslo",
        locale="nb",
        venue=Venue(name=f"digitalt på Teams: {TEAMS}", online_url=TEAMS, platform="Teams"),
        organisers=[ks],
        contacts=[
            Contact(
                name="Kari Nordmann",
                role="seniorrådgiver",
                email="kari.nordmann@strategikonferansen.example.no",
            )
        ],
        tracks=[spor_a, spor_b],
        sessions=[
            Session(
                title="Kommuneøkonomien og inntektssystemutvalget",
                start=at(10),
                end=at(11),
                kind=SessionKind.TALK,
                speakers=[Speaker(name="Eirik Vold Sundt", role="sjeføkonom", organisation=ks)],
                description=(
                    "Hva betyr generalistkommuneutvalget og inntektssystemutvalget for "
                    "handlingsrommet i kommuneøkonomien fram mot 2027?"
                ),
            ),
            Session(
                title="Folkevalgtopplæringen i arbeidsgiverpolitikken",
                start=at(11, 15),
                end=at(12),
                kind=SessionKind.WORKSHOP,
                track=spor_a,
            ),
            Session(
                title="Klimatilpasningsstrategien",
                start=at(11, 15),
                end=at(12),
                kind=SessionKind.WORKSHOP,
                track=spor_b,
                links=["https://www.miljodirektoratet.example.no/klimatilpasning/veileder"],
            ),
            Session(
                title="Debatt: Hvem skal betale for velferden?",
                start=at(13),
                end=at(14),
                kind=SessionKind.DEBATE,
                speakers=[
                    Speaker(name="Kristin Solheim Wærnes", role="fylkesordfører"),
                    Speaker(name="Halvor Brenden Hoff", role="statssekretær"),
                    Speaker(name="Line Aamodt Berg", role="ordstyrer, journalist"),
                ],
            ),
        ],
    )


def page_sources() -> dict[str, str]:
    """The pages to look at, by name."""
    sources = {
        "strategy-conference-nb": folkemode.dumps(strategy_conference(), format="html"),
        "norwegian-conference-nb": folkemode.dumps(norwegian_conference(), format="html"),
        "example-da": folkemode.dumps(Event.example(), format="html"),
    }
    if STRATEGY_TEXT.exists():
        imported = folkemode.load(STRATEGY_TEXT, format="text")
        sources["imported-strategikonferanse-nb"] = folkemode.dumps(imported, format="html")
    return sources


@pytest.fixture(scope="module")
def views() -> dict[tuple[str, int], dict[str, Any]]:
    """Each page at each width, as Chromium laid it out, its screenshot written."""
    node = require_tool("FOLKEMODE_NODE", "Node.js")
    modules = require_tool("FOLKEMODE_WEB_NODE_MODULES", "playwright-core", "web/node_modules")
    chromium = require_tool("FOLKEMODE_CHROMIUM", "Chromium (Debian package chromium)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    pages = []
    for name, html in page_sources().items():
        path = SHOTS / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        pages.append({"name": name, "path": str(path.resolve())})
    spec = {
        "modules": str(modules),
        "chromium": str(chromium),
        "folder": str(SHOTS.resolve()),
        "widths": list(WIDTHS),
        "measure": MEASURE,
        "pages": pages,
        "download": {
            "path": str((SHOTS / "strategy-conference-nb.html").resolve()),
            "selector": f"#session-{DEBATE} a.calendar",
        },
    }
    (SHOTS / "spec.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
    (SHOTS / "driver.cjs").write_text(DRIVER, encoding="utf-8")
    run = subprocess.run(
        [node, SHOTS / "driver.cjs", SHOTS / "spec.json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    results: dict[str, Any] = json.loads(run.stdout)
    (SHOTS / "download.json").write_text(json.dumps(results["download"]), encoding="utf-8")
    return {(r["name"], r["width"]): r for r in results["views"]}


class TestLineBreaks:
    def test_no_word_split_without_a_hyphen(self, views: dict[tuple[str, int], Any]) -> None:
        """At 390 and 1280 px no word and no address breaks between two of its letters."""
        split = {f"{name}@{width}": v["split"] for (name, width), v in views.items() if v["split"]}
        assert split == {}
        assert {width for _, width in views} == set(WIDTHS)

    def test_the_pages_do_need_breaks(self, views: dict[tuple[str, int], Any]) -> None:
        """The check has something to check: at 390 px a word of the title is too long for
        the line and breaks with a hyphen; at 1280 px an e-mail address is too long for its
        column and breaks at a <wbr>."""
        phone = views["strategy-conference-nb", 390]
        assert "h1: kommunestyrerepresentanter" in phone["hyphenated"]
        desktop = views["norwegian-conference-nb", 1280]
        assert "ingrid.lie@example.no" in desktop["wrapped"]

    def test_hyphenation_in_the_pages_language(self, views: dict[tuple[str, int], Any]) -> None:
        """The browser is asked to hyphenate, in the language of the page."""
        for (name, _), view in views.items():
            assert view["hyphens"] == "auto", name
            assert view["lang"] == name.rsplit("-", 1)[1], name

    def test_no_horizontal_scrolling(self, views: dict[tuple[str, int], Any]) -> None:
        """Nothing is wider than the window."""
        wide = {
            k: v["scrollWidth"] for k, v in views.items() if v["scrollWidth"] > v["clientWidth"]
        }
        assert wide == {}


class TestWhatAReaderSees:
    def test_meeting_link_not_written_out(self, views: dict[tuple[str, int], Any]) -> None:
        """The Teams link is named, not shown raw, let alone twice."""
        for width in WIDTHS:
            text = views["strategy-conference-nb", width]["text"]
            assert "teams.microsoft.com" not in text.replace("\u00ad", "")
            assert "digitalt på Teams" in text

    def test_track_word_once(self, views: dict[tuple[str, int], Any]) -> None:
        """A track named "Spor A" reads "Spor A", not "Spor: Spor A"."""
        text = views["strategy-conference-nb", 1280]["text"]
        assert "Spor A" in text and "Spor B" in text and "Spor: Spor" not in text

    def test_moderator_apart(self, views: dict[tuple[str, int], Any]) -> None:
        """The moderator is named as such, not listed as one more panellist."""
        lines = views["strategy-conference-nb", 1280]["text"].split("\n")
        assert "Ordstyrer: Line Aamodt Berg, journalist" in lines
        assert not any(line.startswith("Line Aamodt Berg") for line in lines)


class TestCalendarLink:
    def test_works_without_scripts(self, views: dict[tuple[str, int], Any]) -> None:
        """With scripts off, a session's link downloads that session's calendar, as the ICS
        exporter writes it (in UTC), under the session's own file name."""
        if "ics" not in exporters():
            pytest.skip("no ics exporter is registered")
        download = json.loads((SHOTS / "download.json").read_text(encoding="utf-8"))
        assert download["name"] == f"{DEBATE}.ics"
        expected = folkemode.dumps(
            evolve(strategy_conference(), timezone="UTC"),
            format="ics",
            session=DEBATE,
            folkemode_data=False,
        )
        assert download["text"] == expected
        assert "SUMMARY:Debatt: Hvem skal betale for velferden?" in download["text"]


class TestScreenshots:
    def test_written(self, views: dict[tuple[str, int], Any]) -> None:
        """Every page left a PNG at 390 and at 1280 px in test-artifacts/page-screenshots."""
        for (name, width), view in views.items():
            shot = Path(view["screenshot"])
            assert shot == (SHOTS / f"{name}-{width}.png").resolve()
            assert shot.read_bytes().startswith(b"\x89PNG")
        assert {name for name, _ in views} >= {"strategy-conference-nb", "example-da"}
