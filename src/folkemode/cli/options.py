"""An exporter's options as flags of ``folkemode convert``, and their values' types."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NoReturn

from folkemode.cli.common import UsageError
from folkemode.formats import Exporter, ExportOption


def _flag(option: ExportOption) -> str:
    return "--" + option.name.replace("_", "-")


def _metavar(option: ExportOption) -> str:
    metavars: dict[type, str] = {list: "A,B", int: "N", date: "YYYY-MM-DD", datetime: "DATETIME"}
    return metavars.get(option.type, "VALUE")


def option_label(option: ExportOption) -> str:
    """How ``folkemode formats`` shows an option: ``--header, --no-header``, ``--indent N``."""
    if option.type is bool:
        return f"{_flag(option)}, --no-{_flag(option)[2:]}"
    return f"{_flag(option)} {_metavar(option)}"


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number such as 2; got {value!r}"
        ) from None


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD, such as 2026-03-19; got {value!r}"
        ) from None


def aware_datetime(value: str) -> datetime:
    expected = "expected a date and time with a UTC offset, such as 2025-11-01T12:00:00+01:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{expected}; got {value!r}") from None
    if parsed.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{expected}; {value!r} has no offset")
    return parsed


def _add_option(
    container: argparse._ActionsContainer, option: ExportOption, help: str | None = None
) -> None:
    """Offer ``option`` as a flag: a bool as ``--x``/``--no-x``, a list comma-separated."""
    text = (option.help if help is None else help).replace("%", "%%")
    flag, name = _flag(option), option.name
    if option.type is bool:
        action: Any = argparse.BooleanOptionalAction
        container.add_argument(flag, dest=name, action=action, default=argparse.SUPPRESS, help=text)
    elif option.type is list:
        container.add_argument(
            flag, dest=name, action="append", metavar="A,B", default=argparse.SUPPRESS, help=text
        )
    else:
        converters: dict[type, Any] = {
            int: _whole_number,
            date: _day,
            datetime: aware_datetime,
        }
        container.add_argument(
            flag,
            dest=name,
            type=converters.get(option.type, str),
            default=argparse.SUPPRESS,
            metavar=_metavar(option),
            help=text,
        )


class _OptionParser(argparse.ArgumentParser):
    """Parses one exporter's flags; a bad value is one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message.removeprefix("argument "))


def exporter_options(exporter: Exporter, extra: list[str], locale: str | None) -> dict[str, Any]:
    parser = _OptionParser(
        prog=f"folkemode convert --to {exporter.name}", add_help=False, allow_abbrev=False
    )
    for option in exporter.options:
        _add_option(parser, option)
    namespace, unknown = parser.parse_known_args(extra)
    if unknown:
        offered = ", ".join(_flag(o) for o in exporter.options) or "none"
        raise UsageError(
            f"unrecognised argument{'s' if len(unknown) > 1 else ''} {' '.join(unknown)}; "
            f"the {exporter.name} exporter's options are: {offered}"
        )
    options = vars(namespace)
    for name, value in options.items():
        if isinstance(value, list):
            options[name] = [
                part.strip() for item in value for part in item.split(",") if part.strip()
            ]
    if locale is not None:
        if not any(o.name == "locale" for o in exporter.options):
            raise UsageError(f"the {exporter.name} format has no words to localise; drop --locale")
        options["locale"] = locale
    return options


class ConvertHelp(argparse.Action):
    """``convert --help``: the general flags, then every exporter's (plugins loaded only now)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> NoReturn:
        from folkemode.plugins import exporters

        usage = parser.format_usage().removeprefix("usage: ").rstrip()
        parser.usage = f"{usage} [EXPORTER OPTIONS]".replace("%", "%%")
        group = parser.add_argument_group(
            "exporter options",
            "Each output format takes some of these; the formats are named in brackets.",
        )
        offered: dict[str, list[tuple[str, ExportOption]]] = {}
        for exporter in sorted(exporters().values(), key=lambda e: e.name):
            for option in exporter.options:
                offered.setdefault(option.name, []).append((exporter.name, option))
        for uses in offered.values():
            helps: dict[str, list[str]] = {}
            for name, option in uses:
                helps.setdefault(option.help, []).append(name)
            if len(helps) == 1:
                text = f"{uses[0][1].help} [{', '.join(name for name, _ in uses)}]"
            else:
                text = ". ".join(f"[{', '.join(names)}] {said}" for said, names in helps.items())
            with contextlib.suppress(argparse.ArgumentError):  # a general flag too: --locale
                _add_option(group, uses[0][1], text)
        parser.print_help()
        parser.exit()
