"""The documentation site: its API reference is complete, and it builds without a warning.

The reference pages are Markdown whose ``{eval-rst}`` blocks hold autodoc
directives; every name in ``folkemode.__all__`` and every hook specification
must have one. The site is built with ``sphinx-build -W`` in a subprocess.
The plugin tutorial's packaging step is checked by building and installing
the package it describes into a scratch folder and asking folkemode about it.

Where Sphinx (or pip and hatchling) is missing, those tests are skipped,
except when ``FOLKEMODE_REQUIRE_TOOLS`` is set, where they fail.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import folkemode
from folkemode import hookspecs
from folkemode.examples import example_text

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"
PLUGIN_TUTORIAL = DOCS / "tutorials" / "write-a-plugin.md"

# ".. autoclass:: folkemode.Event" in an {eval-rst} block, or a MyST directive
# fence such as "```{autofunction} folkemode.loads".
_DIRECTIVE = re.compile(
    r"^\s*(?:\.\.\s+|`{3,}\{)(?:py:)?(?P<kind>auto\w+|class|function|data|exception|method|"
    r"attribute|decorator)(?:::|\})\s*(?P<target>[\w.]+)",
    re.MULTILINE,
)
_FENCE = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)


def require(module: str, what: str, extra: str) -> None:
    """Skip when ``module`` cannot be imported, or fail under ``FOLKEMODE_REQUIRE_TOOLS``."""
    if importlib.util.find_spec(module) is not None:
        return
    message = f"{what} is not installed (python -m pip install -e '.[{extra}]')"
    if "FOLKEMODE_REQUIRE_TOOLS" in os.environ:
        pytest.fail(message)
    pytest.skip(message)


def documented() -> dict[str, tuple[str, Path]]:
    """Every object a reference page documents: target -> (directive, page)."""
    found: dict[str, tuple[str, Path]] = {}
    for page in sorted(REFERENCE.rglob("*.md")):
        for match in _DIRECTIVE.finditer(page.read_text(encoding="utf-8")):
            found.setdefault(match["target"], (match["kind"], page))
    return found


def hook_names() -> list[str]:
    """The hook specifications of ``folkemode.hookspecs``."""
    return [
        name
        for name, value in vars(hookspecs).items()
        if callable(value) and getattr(value, "folkemode_spec", None) is not None
    ]


class TestReferenceIsComplete:
    """Every public name and every hook has an entry on a reference page."""

    def test_every_public_name_is_documented(self) -> None:
        """Each name in ``folkemode.__all__`` has an autodoc entry under docs/reference/."""
        pages = documented()
        missing = [name for name in folkemode.__all__ if f"folkemode.{name}" not in pages]
        assert not missing, (
            f"not in the API reference: {', '.join(missing)}; add an entry such as "
            f"'.. autoclass:: folkemode.{missing[0]}' to a page of docs/reference/api/"
        )

    def test_every_hook_is_documented_with_its_signature(self) -> None:
        """Each hook specification has an ``autofunction`` entry, which shows its signature."""
        names = hook_names()
        assert names, "folkemode.hookspecs declares no hooks"
        pages = documented()
        missing = [
            name
            for name in names
            if pages.get(f"folkemode.hookspecs.{name}", ("",))[0] != "autofunction"
        ]
        assert not missing, (
            f"hooks without an autofunction entry: {', '.join(missing)}; add "
            f"'.. autofunction:: folkemode.hookspecs.{missing[0]}' to docs/reference/plugins.md"
        )

    def test_the_directives_are_found(self) -> None:
        """The parser sees the entries the pages hold, in both spellings."""
        text = (
            "```{eval-rst}\n.. autoclass:: folkemode.Event\n   :members:\n"
            ".. py:data:: folkemode.x\n```\n```{autofunction} folkemode.loads\n```\n"
        )
        found = {m["target"]: m["kind"] for m in _DIRECTIVE.finditer(text)}
        assert found == {
            "folkemode.Event": "autoclass",
            "folkemode.x": "data",
            "folkemode.loads": "autofunction",
        }


class SiteBuild:
    """The outcome of one ``sphinx-build`` run: the process and the HTML folder."""

    def __init__(self, process: subprocess.CompletedProcess[str], html: Path) -> None:
        self.process = process
        self.html = html

    @property
    def output(self) -> str:
        return f"{self.process.stderr}\n{self.process.stdout}"


@pytest.fixture(scope="module")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    """The site built into a scratch folder with warnings as errors."""
    require("sphinx", "Sphinx", "docs")
    require("myst_parser", "myst-parser", "docs")
    out = tmp_path_factory.mktemp("site")
    process = subprocess.run(
        [
            *(sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html"),
            *("-d", str(out / "doctrees"), str(DOCS), str(out / "html")),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=ROOT,
    )
    return SiteBuild(process, out / "html")


@pytest.fixture
def built_site(site_build: SiteBuild) -> Path:
    """The HTML folder of a build that passed."""
    if site_build.process.returncode != 0:
        pytest.fail("the site did not build; test_build_passes_without_warnings shows why")
    return site_build.html


class TestSiteBuilds:
    """The site builds with warnings as errors, and holds the API reference."""

    def test_build_passes_without_warnings(self, site_build: SiteBuild) -> None:
        """``sphinx-build -W --keep-going -b html docs`` succeeds."""
        code = site_build.process.returncode
        assert code == 0, f"sphinx-build -W failed with exit code {code}:\n{site_build.output}"
        assert (site_build.html / "index.html").is_file()

    def test_every_markdown_page_is_a_page_of_the_site(self, built_site: Path) -> None:
        """Each page under docs/ (but the folder's README) is built."""
        pages = [p.relative_to(DOCS) for p in DOCS.rglob("*.md") if p.name != "README.md"]
        missing = [str(p) for p in pages if not (built_site / p.with_suffix(".html")).is_file()]
        assert not missing

    def test_hooks_show_their_signatures(self, built_site: Path) -> None:
        """The hook reference shows each hook with its parameters, in order, and their types."""
        html = (built_site / "reference" / "plugins.html").read_text(encoding="utf-8")
        for name in hook_names():
            entry = re.search(rf'<dt[^>]*id="folkemode\.hookspecs\.{name}">(.*?)</dt>', html, re.S)
            assert entry, f"no entry for the hook {name}"
            shown = [
                re.sub(r"<[^>]+>", "", parameter)
                for parameter in re.findall(r'<em class="sig-param">(.*?)</em>', entry[1], re.S)
            ]
            code = getattr(hookspecs, name).__code__
            expected = list(code.co_varnames[: code.co_argcount])
            assert [s.split(":")[0] for s in shown] == expected, (name, shown)
            assert all(":" in s for s in shown), (name, shown)


# -- the plugin tutorial's package ---------------------------------------------------------


def tutorial_files() -> dict[str, str]:
    """The files of the tutorial's package: the code blocks whose first line is ``# <path>``."""
    files = {}
    for block in _FENCE.finditer(PLUGIN_TUTORIAL.read_text(encoding="utf-8")):
        first, _, rest = block["body"].partition("\n")
        named = re.fullmatch(r"# ([\w./-]+\.(?:py|toml))", first.strip())
        if named:
            files[named[1]] = rest
    return files


def top_level(source: str) -> dict[str, str]:
    """Functions (methods without ``self``) and assignments of ``source``, as normalised code."""
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = ast.unparse(node)
        elif isinstance(node, ast.ClassDef):
            for method in node.body:
                if isinstance(method, ast.FunctionDef):
                    method.args.args = method.args.args[1:]
                    found[method.name] = ast.unparse(method)
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = ast.unparse(node.value)
    return found


class TestPluginTutorialPackage:
    """The package of the plugin tutorial's step 6 is complete and works once installed."""

    def test_the_package_module_is_what_the_steps_built(self) -> None:
        """The module's code is that of steps 1 and 2, so the pieces cannot drift apart."""
        files = tutorial_files()
        module = top_level(files["src/folkemode_agenda/__init__.py"])
        steps: dict[str, str] = {}
        for block in _FENCE.finditer(PLUGIN_TUTORIAL.read_text(encoding="utf-8")):
            body = block["body"]
            is_step = block["info"].strip() == "python" and not body.startswith("# src/")
            if is_step and ("def dump_agenda" in body or "class AgendaPlugin" in body):
                steps.update(top_level(body))
        names = ["_MARKDOWN_SPECIAL", "escape", "dump_agenda", "OPTIONS", "register_exporters"]
        assert set(names) <= set(module), f"the package's module lacks {set(names) - set(module)}"
        assert {name: module.get(name) for name in names} == {
            name: steps.get(name) for name in names
        }

    def test_installed_package_is_a_plugin(self, tmp_path: Path) -> None:
        """Built and installed as the tutorial says, folkemode lists it and converts with it."""
        require("pip", "pip", "test")
        require("hatchling", "hatchling", "test")
        project = tmp_path / "folkemode-agenda"
        for path, text in tutorial_files().items():
            (project / path).parent.mkdir(parents=True, exist_ok=True)
            (project / path).write_text(text, encoding="utf-8")
        (project / "README.md").write_text("# folkemode-agenda\n", encoding="utf-8")
        (project / "src" / "folkemode_agenda" / "py.typed").write_text("", encoding="utf-8")
        metadata = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
        assert metadata["project"]["entry-points"]["folkemode"] == {"agenda": "folkemode_agenda"}

        target = tmp_path / "site-packages"
        install = subprocess.run(
            [
                *(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"),
                *("--no-build-isolation", "--disable-pip-version-check"),
                *("--target", str(target), str(project)),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert install.returncode == 0, install.stderr + install.stdout

        # The scratch folder comes first on the path, so its folkemode-agenda is the one found.
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path])}
        env.pop("FOLKEMODE_BLOCK_PLUGINS", None)

        def folkemode_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "folkemode", *arguments],
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                cwd=tmp_path,
                check=False,
            )

        found = subprocess.run(
            [sys.executable, "-c", "import folkemode_agenda; print(folkemode_agenda.__file__)"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert Path(found.stdout.strip()).is_relative_to(target), found.stderr

        listing = folkemode_cli("plugins")
        assert listing.returncode == 0, listing.stderr
        (agenda,) = [p for p in json.loads(listing.stdout) if p["name"] == "agenda"]
        assert agenda["version"] == "0.1.0"
        assert agenda["hooks"] == ["register_exporters"]

        programme = tmp_path / "programme.txt"
        programme.write_text(example_text("topmoede.txt"), encoding="utf-8")
        converted = folkemode_cli(
            "convert", "programme.txt", "-o", "programme.agenda.md", "--no-include-breaks"
        )
        assert converted.returncode == 0, converted.stderr
        agenda_text = (tmp_path / "programme.agenda.md").read_text(encoding="utf-8")
        event = folkemode.loads(example_text("topmoede.txt"), format="text")
        assert agenda_text.startswith(f"# {event.name}\n\n## Torsdag den 19. marts 2026\n")
        assert "- 09.30–10.00 Ankomst og registrering" in agenda_text
        assert "Kaffepause" not in agenda_text
