"""Built-in plugin: the text programme importer, and text as the fallback format.

Registered from :data:`folkemode.plugins.DEFAULT_PLUGINS` like any plugin.
Its ``sniff_format`` is a wrapper around every other sniffer: when none of
them recognises the input, it is read as a text programme.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

from folkemode.formats import Importer, ImportOptions, ImportResult
from folkemode.hookspecs import hookimpl


def _read(text: str, options: ImportOptions) -> ImportResult:
    from folkemode.importers.text.reader import read_text

    return read_text(text, options)


@hookimpl
def register_importers(register: Callable[[Importer], None]) -> None:
    register(
        Importer(
            name="text",
            media_type="text/plain",
            suffixes=(".txt", ".text"),
            read=_read,
            description=(
                "programme text in Danish, Norwegian Bokmål or Nynorsk, as copied from "
                "web pages, e-mails and PDFs"
            ),
        )
    )


@hookimpl(wrapper=True)
def sniff_format(text: str) -> Generator[None, str | None, str | None]:
    found = yield
    if found is not None:
        return found
    return "text" if text.strip() else None
