"""Check an installed (not editable) folkemode: what it ships, and the quickstart.

Run by .ci/check-package with the Python of a fresh environment that has only
the wheel installed, from an empty working directory:

    python -I check_installed_package.py --readme README.md --sdist folkemode-X.tar.gz

Exits 1 with one line per problem.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import shlex
import subprocess
import sys
import tarfile
from importlib import resources
from pathlib import Path, PurePosixPath

PACKAGE_FILES = (
    "py.typed",
    "examples/topmoede.txt",
    "exporters/templates/page.html.j2",
)
SDIST_FILES = ("LICENSE", "PKG-INFO", "README.md", "pyproject.toml")


def quickstart_conversion(readme: Path) -> list[str]:
    """The conversion at the end of the quickstart's first command, as arguments."""
    section = readme.read_text(encoding="utf-8").split("## Quickstart", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.DOTALL)
    if block is None:
        raise SystemExit("the README's Quickstart has no bash block")
    first = next(line for line in block.group(1).splitlines() if line.strip())
    return shlex.split(first.split("&&")[-1])


def shipped_files() -> tuple[set[str], list[str]]:
    """Files of the installed distribution (by RECORD), and problems found with them."""
    problems = []
    dist = importlib.metadata.distribution("folkemode")
    names = {PurePosixPath(str(f)).as_posix() for f in dist.files or ()}
    licences = [n for n in names if re.fullmatch(r"folkemode-[^/]+\.dist-info/licenses/LICENSE", n)]
    if not licences:
        problems.append("the installed distribution has no dist-info/licenses/LICENSE")
    if dist.metadata["License-Expression"] != "Apache-2.0":
        problems.append(f"License-Expression is {dist.metadata['License-Expression']!r}")
    return names, problems


def check_package_data(names: set[str]) -> list[str]:
    """Examples, templates, catalogues, the JSON Schema and py.typed are installed and read."""
    import folkemode
    from folkemode import i18n, schema

    problems = []
    where = Path(folkemode.__file__).resolve()
    if not where.is_relative_to(Path(sys.prefix).resolve()):
        problems.append(f"folkemode was imported from {where}, not from the installed wheel")
    wanted = [f"folkemode/{name}" for name in PACKAGE_FILES]
    wanted.append("folkemode/" + "/".join(schema.SCHEMA_RESOURCE))  # the current format's
    wanted += [f"folkemode/locale/{loc}/LC_MESSAGES/folkemode.po" for loc in i18n.OUTPUT_LOCALES]
    problems += [f"not installed: {name}" for name in wanted if name not in names]
    if i18n.translate("da", "Track") != "Spor":
        problems.append("the Danish catalogue is not read: 'Track' is not translated")
    page = folkemode.dumps(folkemode.Event.example(), format="html")
    if "<html" not in page or "application/ld+json" not in page:
        problems.append("the HTML exporter did not render its page template")
    if schema.json_schema().get("$id") != schema.SCHEMA_ID:
        problems.append("the shipped JSON Schema does not carry its $id")
    return problems


def check_quickstart(readme: Path) -> list[str]:
    """The quickstart's conversion works with the example the installed package holds."""
    arguments = quickstart_conversion(readme)
    if not (arguments[0].endswith("folkemode") and arguments[1] == "convert"):
        return [f"the quickstart's first command does not end in a conversion: {arguments}"]
    source = PurePosixPath(arguments[2])
    if source.parts[:2] != ("src", "folkemode"):
        return [f"the quickstart converts {source}, which is not a file of the package"]
    example = resources.files("folkemode").joinpath(*source.parts[2:])
    if Path(str(source)).exists():
        return [f"{source} exists in {Path.cwd()}: run this from an empty directory"]
    command = [str(Path(sys.prefix) / "bin" / "folkemode"), "convert", str(example)]
    command += arguments[3:]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return [f"{shlex.join(command)} exited {result.returncode}: {result.stderr.strip()}"]
    output = Path(arguments[arguments.index("-o") + 1])
    calendar = output.read_text(encoding="utf-8") if output.is_file() else ""
    events = calendar.count("BEGIN:VEVENT")
    if not calendar.startswith("BEGIN:VCALENDAR") or events < 10:
        return [f"{output} is not a calendar of the example's sessions ({events} events)"]
    print(f"{shlex.join(['folkemode', *command[1:]])}: {output} with {events} events")
    return []


def check_sdist(sdist: Path) -> list[str]:
    with tarfile.open(sdist) as archive:
        names = {PurePosixPath(*PurePosixPath(m.name).parts[1:]).as_posix() for m in archive}
    wanted = [*SDIST_FILES, *(f"src/folkemode/{name}" for name in PACKAGE_FILES)]
    return [f"not in the sdist: {name}" for name in wanted if name not in names]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", type=Path, required=True)
    parser.add_argument("--sdist", type=Path, required=True)
    options = parser.parse_args()
    names, problems = shipped_files()
    problems += check_package_data(names)
    problems += check_quickstart(options.readme)
    problems += check_sdist(options.sdist)
    for problem in problems:
        print(f"package check: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
