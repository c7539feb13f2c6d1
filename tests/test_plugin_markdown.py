"""The folkemode-markdown plugin: Markdown programmes that read back as the programme.

The plugin is a separate package (plugins/folkemode-markdown, installed by
``.ci/setup.d/10-plugins.sh``); without it these tests skip, except under
``FOLKEMODE_REQUIRE_TOOLS=1``, where they fail. Its output is read back with
markdown-it-py, a CommonMark parser, with tables and strike-through on as
GitHub has them: whatever a title, name or description holds, the parser
gives back that text, and no formatting, link or HTML the plugin did not
write. The plugin grew out of the plugin tutorial's agenda exporter, and the
last test class keeps the two in step.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

import folkemode
from folkemode import Event, InvalidValue, Session, SessionStatus, Speaker, i18n
from folkemode.cli import main
from folkemode.examples import example_text
from folkemode.plugins import exporter_for, exporters
from tests.strategies import events
from tests.test_docs_site import _FENCE, PLUGIN_TUTORIAL

ROOT = Path(__file__).resolve().parent.parent
TOPMOEDE = ROOT / "src" / "folkemode" / "examples" / "topmoede.txt"
DAY = date(2026, 3, 19)
LOCALES = (None, *i18n.OUTPUT_LOCALES)
LAYOUTS = ("list", "table")


@pytest.fixture(scope="module")
def markdown() -> ModuleType:
    try:
        return importlib.import_module("folkemode_markdown")
    except ImportError:
        message = (
            "the folkemode-markdown plugin is not installed "
            "(`. .ci/setup.d/10-plugins.sh` installs every plugin under plugins/)"
        )
        if os.environ.get("FOLKEMODE_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def topmoede() -> Event:
    return folkemode.loads(example_text("topmoede.txt"), format="text")


def run_folkemode(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The ``folkemode`` command in a process of its own, with every installed plugin."""
    env = {k: v for k, v in os.environ.items() if k != "FOLKEMODE_BLOCK_PLUGINS"}
    return subprocess.run(
        [sys.executable, "-m", "folkemode", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        check=False,
    )


# -- reading the output back ------------------------------------------------------------------

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
#: The blocks the plugin writes; anything else (code, quotes, HTML, rules) it did not intend.
BLOCKS = {"heading", "paragraph", "bullet_list", "list_item", "table", "thead", "tbody", "tr"}
BLOCKS |= {"th", "td", "inline"}


def parse(text: str) -> list[Token]:
    return PARSER.parse(text)


def inline_texts(tokens: list[Token], inside: str) -> list[str]:
    """The text of each inline run directly inside a ``heading``, ``list_item`` or ``td``."""
    found, depth = [], []
    for token in tokens:
        if token.nesting == 1:
            depth.append(token.type.removesuffix("_open"))
        elif token.nesting == -1:
            depth.pop()
        elif token.type == "inline" and inside in depth[-2:]:
            children = token.children or []
            assert all(child.type == "text" for child in children), token.content
            found.append("".join(child.content for child in children))
    return found


def unintended(tokens: list[Token]) -> list[str]:
    """Every block or inline element the plugin never writes: formatting, code, HTML, images."""
    found = []
    for token in tokens:
        kind = token.type.removesuffix("_open").removesuffix("_close")
        if kind not in BLOCKS:
            found.append(token.type)
        for child in token.children or ():
            if child.type in ("link_open", "link_close"):
                if child.markup != "autolink":
                    found.append(f"{child.type} ({child.markup})")
            elif child.type != "text":
                found.append(child.type)
    return found


def links(tokens: list[Token]) -> list[str]:
    return [
        str(child.attrs["href"])
        for token in tokens
        for child in token.children or ()
        if child.type == "link_open"
    ]


def as_read(text: str) -> str:
    """What a title reads as once written: runs of spaces and tabs are one space."""
    return re.sub(r"[ \t]+", " ", text)


def read_paragraphs(text: str) -> list[str]:
    """The paragraphs a description reads as: split at blank lines, each on one line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Space at a paragraph's ends, no-break space too, is not part of its text.
    parts = (re.sub(r"[ \t\n]+", " ", p).strip() for p in re.split(r"\n[ \t]*\n", text))
    return [part for part in parts if part]


# Any text, with what Markdown reads as markup (and GitHub as links) well represented.
HOSTILE = st.sampled_from(
    [
        *r"\`*_[]<>#|~&@:/.!()-+=0123456789 wW\t",
        "&amp;",
        "&#42;",
        "&copy",
        "<b>",
        "<!--",
        "</p>",
        "[x](javascript:alert(1))",
        "![x](y.png)",
        "[x]: /y",
        "<https://evil.example>",
        "http://kl.dk",
        "www.kl.dk",
        "info@kl.dk",
        "**",
        "__",
        "~~",
        "``",
        "# ",
        "1. ",
        "2) ",
        "- ",
        "+ ",
        "> ",
        "---",
        "===",
        "    ",
        "\\",
    ]
)
TEXT = st.lists(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=4) | HOSTILE,
    min_size=1,
    max_size=12,
).map("".join)
DESCRIPTION = st.lists(TEXT | st.sampled_from(["\n", "\n\n", "\r\n", "\n  \n"]), max_size=8).map(
    "".join
)


def session(**fields: Any) -> Session:
    """A session on ``DAY``, or a skipped example when the model refuses the text."""
    try:
        return Session(day=DAY, **fields)
    except InvalidValue:
        assume(False)
        raise


def event_of(*sessions: Session, name: str = "Møde", **fields: Any) -> Event:
    try:
        return Event(name=name, sessions=sessions, **fields)
    except InvalidValue:
        assume(False)
        raise


# -- the plugin ------------------------------------------------------------------------------


class TestInstalledPlugin:
    """The installed package is a folkemode plugin with one exporter."""

    def test_listed_by_folkemode_plugins(self, markdown: ModuleType, tmp_path: Path) -> None:
        """``folkemode plugins`` names it, with its version and its one hook."""
        listing = run_folkemode("plugins", cwd=tmp_path)
        assert listing.returncode == 0, listing.stderr
        (plugin,) = [p for p in json.loads(listing.stdout) if p["name"] == "markdown"]
        assert plugin["version"] == markdown.__version__
        assert plugin["hooks"] == ["register_exporters"]
        assert "error" not in plugin

    def test_exporter_by_name_and_suffix(self, markdown: ModuleType) -> None:
        """``markdown`` writes ``.md`` and ``.markdown``; a longer suffix is not its."""
        exporter = exporters()["markdown"]
        assert exporter.media_type == "text/markdown"
        assert exporter_for(filename="programme.md").name == "markdown"
        assert exporter_for(filename="PROGRAMME.MARKDOWN").name == "markdown"
        assert exporter_for(filename="programme.frab.xml").name == "frab"
        assert exporter.options == markdown.OPTIONS

    def test_plugin_doctests(self, markdown: ModuleType) -> None:
        """The examples in the plugin's docstrings hold."""
        attempted = 0
        for suffix in ("", ".text", ".labels"):
            module = importlib.import_module(f"folkemode_markdown{suffix}")
            result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
            assert result.failed == 0, module.__name__
            attempted += result.attempted
        assert attempted >= 8

    def test_labels_for_every_language(self, markdown: ModuleType) -> None:
        """Every language folkemode writes has all the labels, none of them blank."""
        labels = markdown.labels.LABELS
        assert set(labels) == set(i18n.OUTPUT_LOCALES)
        for language in i18n.OUTPUT_LOCALES:
            assert all(vars(labels[language]).values()), language


class TestCommandLine:
    """``folkemode convert`` picks the exporter by suffix and offers its options as flags."""

    def test_convert_with_flags(self, markdown: ModuleType, tmp_path: Path) -> None:
        """A table of the example programme, in English, under a level-2 heading, no breaks."""
        converted = run_folkemode(
            *("convert", str(TOPMOEDE), "-o", "x.md", "--no-include-breaks"),
            *("--heading-level", "2", "--layout", "table", "--locale", "en"),
            "--no-show-speakers",
            cwd=tmp_path,
        )
        assert converted.returncode == 0, converted.stderr
        text = (tmp_path / "x.md").read_text(encoding="utf-8")
        assert text.startswith("## Kommunalpolitisk Topmøde 2026 – Fjordbyen\n\n")
        assert "\n### Thursday, March 19, 2026\n\n| Time | Session | Room |\n" in text
        # CLDR puts a narrow no-break space before AM and PM.
        assert "| 9:30\u202fAM–10:00\u202fAM | Ankomst og registrering |  |\n" in text
        assert "Kaffepause" not in text and "Frokost" not in text
        assert "Ida Holm" not in text

    def test_convert_with_defaults(self, markdown: ModuleType, tmp_path: Path) -> None:
        """Without flags: a list in the programme's language, with speakers and details."""
        assert main(["convert", str(TOPMOEDE), "-o", str(tmp_path / "x.markdown")]) == 0
        text = (tmp_path / "x.markdown").read_text(encoding="utf-8")
        assert "\n## Torsdag den 19. marts 2026\n\n- 09.30–10.00 Ankomst og registrering\n" in text
        assert "- 10.00–10.15 Velkommen\n  - Oplægsholder: Ida Holm (borgmester, " in text
        assert "\n- 11.30–11.45 Kaffepause\n" in text

    @pytest.mark.parametrize(
        ("flags", "message"),
        [
            (["--layout", "grid"], "layout 'grid' is not supported; use one of list, table"),
            (["--heading-level", "6"], "heading_level must be a whole number from 1 to 5, got 6"),
            (["--show-speaker"], "the markdown exporter's options are: --include-breaks"),
        ],
    )
    def test_wrong_flags_say_what_to_give(
        self,
        markdown: ModuleType,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        flags: list[str],
        message: str,
    ) -> None:
        """A value the exporter cannot use fails with one line that names what it takes."""
        with pytest.raises(SystemExit) as exit:
            main(["convert", str(TOPMOEDE), "-o", str(tmp_path / "x.md"), *flags])
        assert exit.value.code == 2
        assert message in capsys.readouterr().err
        assert not (tmp_path / "x.md").exists()

    def test_labels_follow_the_locale(self, markdown: ModuleType) -> None:
        """Speakers, cancellations and undated sessions are labelled in the language asked for."""
        cancelled = Session(
            title="Debat",
            day=DAY,
            status=SessionStatus.CANCELLED,
            speakers=[Speaker(name="Ida"), Speaker(name="Ole")],
        )
        event = Event(name="Møde", sessions=[cancelled, Session(title="Senere")])
        expected = {
            "da": ("Aflyst: Debat", "Oplægsholdere: Ida, Ole", "Uden dato"),
            "nb": ("Avlyst: Debat", "Innledere: Ida, Ole", "Uten dato"),
            "nn": ("Avlyst: Debat", "Innleiarar: Ida, Ole", "Utan dato"),
            "en": ("Cancelled: Debat", "Speakers: Ida, Ole", "Not yet dated"),
        }
        for language, (title, speakers, undated) in expected.items():
            text = folkemode.dumps(event, format="markdown", locale=language)
            assert f"- … {title}\n  - {speakers}\n" in text
            assert text.endswith(f"\n## {undated}\n\n- … Senere\n")


# -- escaping ----------------------------------------------------------------------------------


#: Many examples, as the hostile ones are a few among many characters.
thorough = settings(max_examples=200, suppress_health_check=[HealthCheck.filter_too_much])


class TestEscaping:
    """Whatever the programme's text, the Markdown reads back as that text and nothing more."""

    @thorough
    @given(title=TEXT)
    def test_a_title_reads_back_in_its_list_item(self, markdown: ModuleType, title: str) -> None:
        """A session's title is its list item's text, with no element the plugin did not write."""
        one = session(title=title)
        tokens = parse(markdown.dump_markdown(event_of(one)))
        assert unintended(tokens) == []
        assert inline_texts(tokens, "list_item") == [f"… {as_read(one.title)}"]

    @thorough
    @given(name=TEXT)
    def test_a_name_reads_back_as_the_heading(self, markdown: ModuleType, name: str) -> None:
        """The programme's name is its heading's text, at any heading level."""
        event = event_of(session(title="Velkommen"), name=name)
        for level in (1, 3):
            tokens = parse(markdown.dump_markdown(event, heading_level=level))
            assert unintended(tokens) == []
            assert inline_texts(tokens, "heading")[0] == as_read(event.name)
            assert tokens[0].tag == f"h{level}"

    @thorough
    @given(title=TEXT, room=TEXT, speaker=TEXT)
    def test_table_cells_read_back(
        self, markdown: ModuleType, title: str, room: str, speaker: str
    ) -> None:
        """In a table, title, room and speaker each stay in their own cell."""
        one = session(title=title, room=room, speakers=[speaker])
        tokens = parse(markdown.dump_markdown(event_of(one), layout="table"))
        assert unintended(tokens) == []
        cells = inline_texts(tokens, "td")
        names = as_read(one.speakers[0].name)
        assert cells == ["…", as_read(one.title), as_read(one.room or ""), names]

    @thorough
    @given(description=DESCRIPTION)
    def test_a_description_reads_back_paragraph_by_paragraph(
        self, markdown: ModuleType, description: str
    ) -> None:
        """Each paragraph of a description is a paragraph of its own, starting nothing else."""
        described = session(title="Oplæg", description=description)
        tokens = parse(markdown.dump_markdown(event_of(described), show_speakers=False))
        assert unintended(tokens) == []
        expected = read_paragraphs(described.description or "")
        assert inline_texts(tokens, "list_item") == ["… Oplæg", *expected]

    @thorough
    @given(
        urls=st.lists(TEXT | st.sampled_from(["https://kl.dk/a b", "mailto:a@kl.dk"]), max_size=3)
    )
    def test_only_web_and_mail_addresses_become_links(
        self, markdown: ModuleType, urls: list[str]
    ) -> None:
        """Every link is an http(s) or mailto autolink to one of the session's addresses."""
        linked = session(title="Oplæg", links=urls)
        tokens = parse(markdown.dump_markdown(event_of(linked)))
        assert unintended(tokens) == []
        found = links(tokens)
        assert all(re.match(r"(https?://|mailto:)", href, re.IGNORECASE) for href in found)
        assert set(found) <= {PARSER.normalizeLink(url) for url in linked.links}

    def test_hostile_session_links(self, markdown: ModuleType) -> None:
        """A javascript: link is text; an http link with a space in it is text too."""
        linked = Session(
            title="Oplæg",
            day=DAY,
            links=[
                *("javascript:alert(1)", "https://kl.dk/a b"),
                *("https://kl.dk/ok", "mailto:a@kl.dk"),
            ],
        )
        text = markdown.dump_markdown(Event(name="Møde", sessions=[linked]))
        tokens = parse(text)
        assert links(tokens) == ["https://kl.dk/ok", "mailto:a@kl.dk"]
        assert (
            "  - Links: javascript:alert(1), https\\://kl.dk/a b, <https://kl.dk/ok>, "
            "<mailto:a@kl.dk>\n" in text
        )

    @settings(max_examples=60, suppress_health_check=list(HealthCheck))
    @given(event=events(), layout=st.sampled_from(LAYOUTS), locale=st.sampled_from(LOCALES))
    def test_generated_programmes(
        self, markdown: ModuleType, event: Event, layout: str, locale: str | None
    ) -> None:
        """Any valid programme gives headings, lists or tables and safe autolinks, nothing else."""
        text = markdown.dump_markdown(event, layout=layout, locale=locale)
        tokens = parse(text)
        assert unintended(tokens) == []
        assert inline_texts(tokens, "heading")[0] == as_read(event.name)
        assert all(re.match(r"(https?://|mailto:)", h, re.IGNORECASE) for h in links(tokens))


# -- the tutorial --------------------------------------------------------------------------


def tutorial_blocks() -> Iterator[str]:
    """The tutorial's Python blocks before its package step (step 6 repeats steps 1 and 2)."""
    for block in _FENCE.finditer(PLUGIN_TUTORIAL.read_text(encoding="utf-8")):
        if block["info"].strip() == "python" and not block["body"].startswith("# src/"):
            yield block["body"]


@pytest.fixture(scope="module")
def tutorial() -> dict[str, Any]:
    """Step 1's functions, and step 2's ``OPTIONS`` (without registering its plugin)."""
    namespace: dict[str, Any] = {}
    (step_1,) = [body for body in tutorial_blocks() if "def dump_agenda" in body]
    exec(compile(step_1, str(PLUGIN_TUTORIAL), "exec"), namespace)
    (step_2,) = [body for body in tutorial_blocks() if "class AgendaPlugin" in body]
    tree = ast.parse(step_2)
    wanted = [
        node
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        or (isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "OPTIONS")
    ]
    module = ast.Module(body=wanted, type_ignores=[])
    exec(compile(module, str(PLUGIN_TUTORIAL), "exec"), namespace)
    return namespace


class TestTutorialInStep:
    """The plugin tutorial builds this plugin's core, and says how the rest grew from it."""

    @pytest.mark.parametrize("include_breaks", [True, False])
    @pytest.mark.parametrize("locale", LOCALES)
    def test_same_agenda_as_the_tutorial(
        self,
        markdown: ModuleType,
        tutorial: dict[str, Any],
        topmoede: Event,
        include_breaks: bool,
        locale: str | None,
    ) -> None:
        """Without speakers and details, the plugin writes step 1's agenda line for line."""
        for event in (Event.example(), topmoede):
            options: dict[str, Any] = {"include_breaks": include_breaks, "locale": locale}
            ours = markdown.dump_markdown(event, show_speakers=False, show_details=False, **options)
            assert ours == tutorial["dump_agenda"](event, **options)

    def test_the_tutorials_options_are_the_plugins(
        self, markdown: ModuleType, tutorial: dict[str, Any]
    ) -> None:
        """Step 2's options are the plugin's first ones, word for word."""
        options = tutorial["OPTIONS"]
        assert markdown.OPTIONS[: len(options)] == options

    def test_the_tutorial_names_every_flag(self, markdown: ModuleType) -> None:
        """The tutorial's last step mentions each option the plugin added as its flag."""
        text = PLUGIN_TUTORIAL.read_text(encoding="utf-8")
        heading = re.search(r"^## .*folkemode-markdown$", text, re.MULTILINE)
        assert heading, "the tutorial has no step about folkemode-markdown"
        last_step = text[heading.start() :]
        assert "plugins/folkemode-markdown" in last_step
        for option in markdown.OPTIONS[2:]:
            assert f"`{option.name}`" in last_step, option.name
            flag = option.name.replace("_", "-")
            assert re.search(rf"--(no-)?{flag}\b", last_step), option.name
