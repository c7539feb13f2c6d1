"""``folkemode plugins`` and ``folkemode formats``: what is installed."""

from __future__ import annotations

import json
from collections.abc import Sequence

from folkemode.cli.common import EXIT_OK
from folkemode.cli.options import option_label
from folkemode.formats import Exporter, Importer


def plugins() -> int:
    from folkemode.plugins import plugin_listing

    print(json.dumps(plugin_listing(), indent=2, ensure_ascii=False))
    return EXIT_OK


def formats() -> int:
    from folkemode.plugins import exporters, importers

    inputs = sorted(importers().values(), key=lambda i: i.name)
    outputs = sorted(exporters().values(), key=lambda e: e.name)
    every: list[Importer | Exporter] = [*inputs, *outputs]
    name_width = max((len(f.name) for f in every), default=0)
    suffix_width = max((len(", ".join(f.suffixes)) for f in every), default=0)
    # a long flag gets its help on the next line rather than pushing every help right
    label_width = min(
        max((len(option_label(o)) for e in outputs for o in e.options), default=0), 30
    )

    def row(name: str, suffixes: Sequence[str], description: str) -> str:
        return f"  {name:<{name_width}}  {', '.join(suffixes):<{suffix_width}}  {description}"

    print("Input formats:")
    for importer in inputs:
        print(row(importer.name, importer.suffixes, importer.description))
    print("\nOutput formats:")
    for exporter in outputs:
        print(row(exporter.name, exporter.suffixes, exporter.description))
        for option in exporter.options:
            label = option_label(option)
            if len(label) > label_width:
                print(f"      {label}\n      {'':<{label_width}}  {option.help}")
            else:
                print(f"      {label:<{label_width}}  {option.help}")
    return EXIT_OK
