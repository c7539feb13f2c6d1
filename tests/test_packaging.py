"""What a release ships: the licence, the package's data files, and the test extra.

The wheel and the sdist are built once for the module with hatchling (the
build backend pyproject.toml names), which takes well under a second.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import re
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from attrs import frozen
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from folkemode import i18n
from tests.test_readme import quickstart

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "folkemode"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# SHA-256 of https://www.apache.org/licenses/LICENSE-2.0.txt, the text as published.
APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"


@frozen
class Built:
    """The wheel and the sdist, and the names of the files in each."""

    wheel: Path
    sdist: Path
    wheel_files: frozenset[str]
    sdist_files: frozenset[str]


def build(root: Path, directory: Path) -> tuple[Path, Path]:
    from hatchling.builders.sdist import SdistBuilder
    from hatchling.builders.wheel import WheelBuilder

    wheel = next(WheelBuilder(str(root)).build(directory=str(directory), versions=["standard"]))
    sdist = next(SdistBuilder(str(root)).build(directory=str(directory), versions=["standard"]))
    return Path(wheel), Path(sdist)


def wheel_names(wheel: Path) -> frozenset[str]:
    with zipfile.ZipFile(wheel) as archive:
        return frozenset(archive.namelist())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    wheel, sdist = build(ROOT, tmp_path_factory.mktemp("dist"))
    with tarfile.open(sdist) as archive:
        # Names without the leading "folkemode-<version>/".
        sdist_files = frozenset(
            str(PurePosixPath(*PurePosixPath(m.name).parts[1:])) for m in archive if m.isfile()
        )
    return Built(wheel, sdist, wheel_names(wheel), sdist_files)


def dist_info(built: Built) -> str:
    (folder,) = {name.split("/")[0] for name in built.wheel_files if ".dist-info/" in name}
    return folder


class TestLicence:
    def test_licence_is_the_full_apache_2_text(self) -> None:
        """LICENSE holds the Apache License 2.0, unabridged, as pyproject.toml declares."""
        assert PYPROJECT["project"]["license"] == "Apache-2.0"
        text = (ROOT / "LICENSE").read_text(encoding="utf-8")
        assert "Apache License\n                           Version 2.0, January 2004" in text
        assert "END OF TERMS AND CONDITIONS" in text
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == APACHE_2_SHA256

    def test_wheel_ships_the_licence(self, built: Built) -> None:
        """The wheel's metadata declares the licence and carries the file."""
        folder = dist_info(built)
        assert f"{folder}/licenses/LICENSE" in built.wheel_files
        with zipfile.ZipFile(built.wheel) as archive:
            shipped = archive.read(f"{folder}/licenses/LICENSE")
            metadata = archive.read(f"{folder}/METADATA").decode("utf-8")
        assert shipped == (ROOT / "LICENSE").read_bytes()
        assert "\nLicense-Expression: Apache-2.0\n" in metadata
        assert "\nLicense-File: LICENSE\n" in metadata

    def test_sdist_ships_the_licence(self, built: Built) -> None:
        """The sdist carries LICENSE next to pyproject.toml."""
        assert {"LICENSE", "pyproject.toml", "README.md", "PKG-INFO"} <= built.sdist_files


class TestWheel:
    def test_wheel_ships_every_file_of_the_package(self, built: Built) -> None:
        """Every file under src/folkemode is in the wheel: modules, templates, catalogues, data."""
        in_tree = {
            f"folkemode/{path.relative_to(PACKAGE).as_posix()}"
            for path in PACKAGE.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
        }
        missing = sorted(in_tree - built.wheel_files)
        assert missing == []

    def test_wheel_ships_what_an_installed_folkemode_reads(self, built: Built) -> None:
        """The example, page templates, catalogues, JSON Schema and py.typed are there by name."""
        templates = {n for n in built.wheel_files if n.startswith("folkemode/exporters/templates/")}
        catalogues = {
            f"folkemode/locale/{locale}/LC_MESSAGES/folkemode.po" for locale in i18n.OUTPUT_LOCALES
        }
        assert len(templates) >= 4
        assert catalogues <= built.wheel_files
        assert {
            "folkemode/py.typed",
            "folkemode/examples/topmoede.txt",
            "folkemode/schemas/folkemode-2.schema.json",
        } <= built.wheel_files

    def test_the_quickstart_example_is_package_data(self, built: Built) -> None:
        """The file the README's quickstart converts is shipped inside the package."""
        install, _ = quickstart()
        source = next(word for word in install.split() if word.startswith("src/folkemode/"))
        assert source.removeprefix("src/") in built.wheel_files

    def test_sdist_builds_the_same_wheel(self, built: Built, tmp_path: Path) -> None:
        """A wheel built from the unpacked sdist, as pip does, has the same files."""
        with tarfile.open(built.sdist) as archive:
            archive.extractall(tmp_path / "sdist", filter="data")
        (unpacked,) = (tmp_path / "sdist").iterdir()
        wheel, _ = build(unpacked, tmp_path / "dist")
        assert wheel_names(wheel) == built.wheel_files


class TestRequirements:
    def test_readme_states_the_python_requirement(self) -> None:
        """The README says which Python folkemode needs, as requires-python does."""
        required = PYPROJECT["project"]["requires-python"]
        version = re.fullmatch(r">=\s*(\d+\.\d+)", required)
        assert version is not None, required
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        assert f"Python {version.group(1)} or newer" in readme


# --- The test extra: `pip install -e ".[test]"` is all `pytest` needs ---------------------------

SUITE_SOURCES = ("conftest.py", "tests/**/*.py", "docs/**/*.py")
SUITE_DOCUMENTS = ("README.md", "docs/**/*.md")
IMPORT_IN_EXAMPLE = re.compile(
    r"^(?:>>> |\.\.\. )?\s*(?:import|from)\s+([A-Za-z_]\w*)", re.MULTILINE
)


def local_modules() -> set[str]:
    """Top-level names that are this repository's own code, not distributions."""
    plugins = {p.name for p in ROOT.glob("plugins/*/src/*") if p.is_dir()}
    return {"folkemode", "tests", "conftest", "docs", *plugins}


def imported_by_the_suite() -> dict[str, set[str]]:
    """Third-party top-level modules the tests and doc examples import, with where."""
    found: dict[str, set[str]] = {}

    def note(module: str, where: Path) -> None:
        top = module.split(".")[0]
        if top not in sys.stdlib_module_names and top not in local_modules():
            found.setdefault(top, set()).add(where.relative_to(ROOT).as_posix())

    for pattern in SUITE_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if isinstance(node, ast.Import):
                    for alias in node.names:
                        note(alias.name, path)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    note(node.module, path)
                elif (  # pytest.importorskip("x"): a test that would quietly skip
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "importorskip"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    note(node.args[0].value, path)
    for pattern in SUITE_DOCUMENTS:
        for path in sorted(ROOT.glob(pattern)):
            text = path.read_text(encoding="utf-8")
            for block in re.findall(r"```python\n(.*?)```", text, re.DOTALL):
                for match in IMPORT_IN_EXAMPLE.finditer(block):
                    note(match.group(1), path)
    return found


def provided_by(requirements: list[str]) -> set[str]:
    """The distributions these requirements install, with everything they require in turn."""
    provided: set[str] = set()
    seen: set[tuple[str, str]] = set()
    # Each requirement with the extra of its parent it was required under, for its marker.
    pending = [(Requirement(r), "") for r in requirements]
    while pending:
        requirement, parent_extra = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate(
            {"extra": parent_extra}
        ):
            continue
        name = canonicalize_name(requirement.name)
        extras = {e for e in {"", *requirement.extras} if (name, e) not in seen}
        if not extras:
            continue
        seen.update((name, e) for e in extras)
        provided.add(name)
        try:
            requires = importlib.metadata.requires(requirement.name) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # then its modules are not installed either, which the test reports
        pending.extend((Requirement(line), e) for line in requires for e in extras)
    return provided


class TestTestExtra:
    def test_the_test_extra_provides_every_import_of_the_suite(self) -> None:
        """Each module the tests, conftests and doc examples import comes with `.[test]`."""
        project = PYPROJECT["project"]
        provided = provided_by(project["dependencies"] + project["optional-dependencies"]["test"])
        distributions = importlib.metadata.packages_distributions()
        problems = []
        for module, places in sorted(imported_by_the_suite().items()):
            names = {canonicalize_name(d) for d in distributions.get(module, [])}
            if not names & provided:
                origin = ", ".join(sorted(names)) or "no installed distribution"
                problems.append(
                    f"{module} (from {origin}), imported by {', '.join(sorted(places))}, "
                    "does not come with the test extra; add it to "
                    "[project.optional-dependencies] test in pyproject.toml"
                )
        assert problems == []

    def test_the_scan_finds_what_the_suite_needs(self) -> None:
        """The scan sees the root conftest's Sybil and the tests' pytest and hypothesis."""
        found = imported_by_the_suite()
        assert "conftest.py" in found["sybil"]
        assert {"pytest", "hypothesis"} <= set(found)
        assert not set(found) & local_modules()

    def test_only_the_extras_asked_for_count(self) -> None:
        """A requirement's own extras are followed only when they are asked for."""
        assert "pyyaml" not in provided_by(["sybil"])
        assert "pyyaml" in provided_by(["sybil[myst]"])
        assert "sybil" not in provided_by(['sybil; extra == "docs"'])
