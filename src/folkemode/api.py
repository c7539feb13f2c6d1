"""The public functions: ``loads``/``load`` read, ``dumps``/``dump`` write.

>>> import folkemode
>>> text = folkemode.dumps(folkemode.Event.example(), format="json")
>>> folkemode.loads(text, format="json") == folkemode.Event.example()
True
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, Any

from folkemode.errors import FolkemodeError, InvalidInput, Severity
from folkemode.formats import ImportOptions, ImportResult
from folkemode.model import Event

__all__ = ["dump", "dumps", "load", "loads", "parse", "parse_file"]

PathOrFile = str | os.PathLike[str] | IO[str] | IO[bytes]


def parse(
    text: str,
    *,
    format: str | None = None,
    filename: str | None = None,
    locale: str | None = None,
    year: int | None = None,
    timezone: str | None = None,
    **options: Any,
) -> ImportResult:
    """Import ``text`` and return the event together with every diagnostic.

    ``format`` names the importer; without it the ``filename`` suffix or the
    text itself decides. Extra keyword options go to the importer.
    """
    from folkemode import i18n
    from folkemode.plugins import importer_for

    importer = importer_for(format, filename, text)
    import_options = ImportOptions(
        locale=i18n.normalise_locale(locale) if locale is not None else None,
        year=checked_year(year),
        timezone=timezone,
        filename=filename,
        extra=options,
    )
    if timezone is not None:
        _check_timezone(timezone)
    return importer.read(text, import_options)


def loads(
    text: str,
    *,
    format: str | None = None,
    strict: bool = False,
    **options: Any,
) -> Event:
    """Import ``text`` into an :class:`~folkemode.model.Event`.

    Problems become diagnostics (see :func:`parse`); with ``strict=True`` any
    error or warning raises one :class:`~folkemode.errors.InvalidInput` that
    lists them all.
    """
    result = parse(text, format=format, **options)
    if strict:
        problems = [d for d in result.diagnostics if d.severity != Severity.INFO]
        if problems:
            raise InvalidInput(problems, source=options.get("filename"))
    return result.event


def parse_file(source: PathOrFile, *, format: str | None = None, **options: Any) -> ImportResult:
    """Like :func:`parse`, reading a path or an open file."""
    text, filename = read_source(source)
    options.setdefault("filename", filename)
    return parse(text, format=format, **options)


def load(
    source: PathOrFile, *, format: str | None = None, strict: bool = False, **options: Any
) -> Event:
    """Import a file (a path or an open file); the format comes from the suffix or content."""
    text, filename = read_source(source)
    options.setdefault("filename", filename)
    return loads(text, format=format, strict=strict, **options)


def dumps(event: Event, *, format: str, **options: Any) -> str | bytes:
    """Export ``event`` in the named format; keyword options go to the exporter."""
    from folkemode.plugins import exporter_for

    return exporter_for(format).render(event, options)


def dump(event: Event, target: PathOrFile, *, format: str | None = None, **options: Any) -> None:
    """Export ``event`` to a path or an open file; the format comes from the suffix."""
    from folkemode.plugins import exporter_for

    filename = _name_of(target)
    exporter = exporter_for(format, filename)
    data = exporter.render(event, options)
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8", newline="")
        return
    if isinstance(target, io.TextIOBase):
        target.write(data if isinstance(data, str) else data.decode("utf-8"))
    else:
        target.write(data.encode("utf-8") if isinstance(data, str) else data)  # type: ignore[arg-type]


def read_source(source: PathOrFile) -> tuple[str, str | None]:
    """The text of a path or open file (UTF-8, byte-order mark dropped) and its name."""
    filename = _name_of(source)
    try:
        if isinstance(source, (str, os.PathLike)):
            raw: str | bytes = Path(source).read_bytes()
        else:
            raw = source.read()
    except OSError as error:
        raise FolkemodeError(f"cannot read {filename or 'input'}: {error.strerror}") from error
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FolkemodeError(
                f"{filename or 'input'} is not UTF-8 text (byte {error.start}); "
                "save it as UTF-8 and try again"
            ) from None
    return raw, filename


def _name_of(source: PathOrFile) -> str | None:
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else None


#: The years ``year=`` may name: those canonical JSON can hold
#: (:data:`folkemode.serialise.FIRST_YEAR` to ``LAST_YEAR``), so a programme placed in
#: them can be written and read back. Kept here too, so checking a year loads no cattrs.
FIRST_YEAR, LAST_YEAR = 1000, 9997

#: What a year must look like, for messages.
EXPECTED_YEAR = f"a four-digit year from {FIRST_YEAR} to {LAST_YEAR}, such as 2026"


def checked_year(year: object) -> int | None:
    """``year=`` as a four-digit year: 2026 or "2026"; anything else is refused by name.

    >>> checked_year("2026"), checked_year(None)
    (2026, None)
    >>> try:
    ...     checked_year(26)
    ... except FolkemodeError as error:
    ...     print(error)
    year must be a four-digit year from 1000 to 9997, such as 2026; got 26
    """
    if year is None:
        return None
    value: int | None = None
    if isinstance(year, int) and not isinstance(year, bool):
        value = year
    elif isinstance(year, str) and year.strip().isdigit():
        value = int(year.strip())
    if value is None or not FIRST_YEAR <= value <= LAST_YEAR:
        raise FolkemodeError(f"year must be {EXPECTED_YEAR}; got {year!r}")
    return value


def _check_timezone(timezone: str) -> None:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise FolkemodeError(
            f"timezone {timezone!r} is not an IANA time zone such as 'Europe/Oslo'"
        ) from None
