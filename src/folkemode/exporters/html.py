"""Built-in plugin: the programme as one self-contained, localised HTML page.

The page needs nothing beside itself: styles are inline, it reads fine
without JavaScript (a small script only adds a track filter), and it
carries the event's schema.org JSON-LD (the ``jsonld`` exporter's output) so
search engines find it. Labels come from the gettext catalogues of
``locale`` (da, nb, nn or en; the event's own by default), dates and times
from CLDR through babel.

>>> import folkemode
>>> page = folkemode.dumps(folkemode.Event.example(), format="html", locale="nb")
>>> page.startswith("<!DOCTYPE html>"), '<html lang="nb"' in page
(True, True)
>>> "torsdag 13. november 2025" in page
True
>>> '<time datetime="2025-11-13T10:30+01:00">10:30</time>' in page
True

Themes: ``template_dir`` names a folder whose templates replace the built-in
ones of the same name (``page.html.j2``, ``style.css.j2``, ...); a theme's
``page.html.j2`` can start with ``{% extends "folkemode/page.html.j2" %}`` and
override only the blocks it changes.

Calendar links: every session with a start gets an "add to calendar" link
holding that session alone as iCalendar, written by the ``ics`` exporter, as
a ``data:`` URL, so the page stays one file that works offline, with or
without JavaScript (``calendar_links="data"``, the default when an ``ics``
exporter is registered). The link is kept small: the session's times are
written in UTC, which needs no time-zone definition, folkemode's own
``X-FOLKEMODE`` data is left out (calendar apps ignore it), and the calendar
is percent-encoded, with letters such as "ø" left as they are, rather than
base64 (as small, and what the calendars of a page share compresses away
when the page is served gzipped). A typical session's link is some 1 kB, the
same in a programme of ten sessions as of 3,000; breaks and meals, shown as
quiet rows, get none.
``"none"`` leaves the links out, and a URL pattern with ``{id}``
(``"calendar/{id}.ics"``) links to files you write yourself with
``folkemode.dumps(event, format="ics", session=id)``, which keeps the page
of a large programme lighter still. Without an ``ics`` exporter the page has
no calendar links unless you name a pattern.

Line breaks: long words get soft hyphens and long web and e-mail addresses
``<wbr>`` (see :mod:`folkemode.exporters._linebreaks`), and the styles ask
for ``hyphens: auto`` in the page's language, so text breaks where a reader
expects it to, at any width.
"""

from __future__ import annotations

import functools
import os
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2
from attrs import evolve
from markupsafe import Markup

from folkemode import i18n
from folkemode.__about__ import __version__
from folkemode.errors import FolkemodeError
from folkemode.exporters._escaping import EscapingCodeGenerator
from folkemode.exporters._linebreaks import breakable
from folkemode.exporters._links import safe_url
from folkemode.exporters._programme import Link, build_page
from folkemode.exporters.jsonld import script_jsonld
from folkemode.formats import Exporter, ExportOption
from folkemode.hookspecs import hookimpl
from folkemode.model import Event, Session

__all__ = ["dump_html"]

PAGE_TEMPLATE = "page.html.j2"
_URL_KEEP = "/:@!$&'()*+,;=%~-._?#"


def _data_escapes() -> dict[int, str]:
    """What a ``data:`` URL in an ``href`` must percent-encode: the ASCII characters that are
    not URL code points or that HTML would escape ("#", "?", "%", space, line ends, quotes…),
    and the few other characters the URL standard leaves out. Letters such as "ø" stay as
    they are (two bytes rather than six); the browser encodes them as UTF-8 itself."""
    keep = set("/:;=,+@!$()*-._~" + string.ascii_letters + string.digits)
    odd = [*range(0x80, 0xA0), *range(0xFDD0, 0xFDF0), 0xFFFE, 0xFFFF]
    odd += [plane + end for plane in range(0x10000, 0x110000, 0x10000) for end in (0xFFFE, 0xFFFF)]
    table = {n: f"%{n:02X}" for n in range(0x80) if chr(n) not in keep}
    for n in odd:
        table[n] = "".join(f"%{byte:02X}" for byte in chr(n).encode("utf-8"))
    return table


_DATA_ESCAPES = _data_escapes()
_BUILTIN = jinja2.PackageLoader("folkemode.exporters", "templates")


def dump_html(
    event: Event,
    *,
    locale: str | None = None,
    template_dir: str | os.PathLike[str] | None = None,
    base_url: str | None = None,
    calendar_links: str | None = None,
) -> str:
    """The event as one HTML page in ``locale`` (default: the event's)."""
    language = i18n.normalise_locale(locale or event.locale)
    environment = _environment(_theme_folder(template_dir), language)
    gettext = i18n.translations(language).gettext
    session_link, event_link = _calendar(event, calendar_links, gettext)
    page = build_page(event, language, gettext, session_link, event_link)
    jsonld = script_jsonld(event, base_url=base_url)
    try:
        template = environment.get_template(PAGE_TEMPLATE)
        return template.render(
            event=event,
            page=page,
            locale=language,
            jsonld=Markup(jsonld),
            generator=f"folkemode {__version__}",
        )
    except jinja2.TemplateSyntaxError as error:
        raise FolkemodeError(
            f"{error.filename or error.name}:{error.lineno}: template error: {error.message}"
        ) from None
    except jinja2.TemplateNotFound as error:
        raise FolkemodeError(
            f"template {error.name!r} not found in {template_dir or 'the built-in templates'}"
        ) from None
    except jinja2.UndefinedError as error:
        raise FolkemodeError(f"template error: {error.message}") from None


def _theme_folder(template_dir: str | os.PathLike[str] | None) -> str | None:
    if template_dir is None:
        return None
    folder = Path(template_dir).expanduser().resolve()
    if not folder.is_dir():
        raise FolkemodeError(f"template folder {os.fspath(template_dir)!r} does not exist")
    return str(folder)


@functools.lru_cache(maxsize=32)
def _environment(theme: str | None, locale: str) -> jinja2.Environment:
    """One Jinja2 environment per theme folder and locale (templates compile once)."""
    loaders: list[jinja2.BaseLoader] = [_BUILTIN, jinja2.PrefixLoader({"folkemode": _BUILTIN})]
    if theme is not None:
        loaders.insert(0, jinja2.FileSystemLoader(theme))
    environment = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
        # The built-in templates cannot change while folkemode runs: no need to look at
        # their files before each page. A theme's are looked at, so edits to it show.
        auto_reload=theme is not None,
    )
    # Same escaping, without a Markup object per printed value (see _escaping).
    environment.code_generator_class = EscapingCodeGenerator
    environment.filters["breakable"] = breakable
    environment.install_gettext_translations(i18n.translations(locale), newstyle=True)  # type: ignore[attr-defined]
    return environment


def _calendar(
    event: Event, setting: str | None, gettext: Callable[[str], str]
) -> tuple[Callable[[Session], Link | None], Callable[[], Link | None]]:
    """The "add to calendar" link of a session, and of the whole programme."""
    from folkemode.plugins import exporters

    def nothing(*_: Any) -> None:
        return None

    if setting == "none":
        return nothing, nothing
    if setting is not None and setting != "data":
        return _pattern_links(setting, gettext("Add to calendar")), nothing
    ics = exporters().get("ics")
    offered = {option.name for option in ics.options} if ics is not None else set()
    if ics is None or "session" not in offered:
        if setting == "data":
            raise FolkemodeError(
                "calendar_links='data' needs the ics exporter (with its 'session' option), "
                "and none is registered"
            )
        return nothing, nothing
    label = gettext("Add to calendar")
    lean: dict[str, Any] = {"folkemode_data": False} if "folkemode_data" in offered else {}
    # One session at its instants: in UTC, its calendar needs no VTIMEZONE.
    in_utc = evolve(event, timezone="UTC")

    def session_link(session: Session) -> Link | None:
        if session.start is None:
            return None  # nothing to put in a calendar
        calendar = ics.render(in_utc, {"session": session.id, **lean})
        return _data_link(calendar, label, session.id)

    def event_link() -> Link:
        label = gettext("Add the programme to your calendar")
        return _data_link(ics.render(event, lean), label, event.id)

    return session_link, event_link


def _data_link(calendar: str | bytes, label: str, name: str) -> Link:
    text = calendar.decode("utf-8") if isinstance(calendar, bytes) else calendar
    href = "data:text/calendar;charset=utf-8," + text.translate(_DATA_ESCAPES)
    return Link(label, href, f"{name}.ics")


def _pattern_links(pattern: str, label: str) -> Callable[[Session], Link]:
    """Links to calendar files the user writes: ``pattern`` with ``{id}`` for each session."""
    if "{id}" not in pattern:
        raise FolkemodeError(
            f"calendar_links must be 'data', 'none' or a URL pattern with {{id}}, not {pattern!r}"
        )
    if urlsplit(pattern).scheme:
        quoted = safe_url(pattern)
        if quoted is None:
            raise FolkemodeError(
                f"calendar_links pattern {pattern!r} must be a relative URL or an http(s) URL"
            )
    else:
        quoted = quote(pattern, safe=_URL_KEEP)
    # An id read from JSON or a foreign calendar may hold anything ("javascript:…",
    # "../x"): quoted whole, it stays one relative path segment.

    def link(session: Session) -> Link:
        safe_id = quote(session.id, safe="")
        return Link(label, quoted.replace("%7Bid%7D", safe_id), f"{safe_id}.ics")

    return link


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    register(
        Exporter(
            name="html",
            media_type="text/html",
            suffixes=(".html", ".htm"),
            dump=dump_html,
            description="one self-contained, localised programme page with schema.org JSON-LD",
            options=(
                ExportOption(
                    name="locale",
                    type=str,
                    help="language of the page: da, nb, nn or en (default: the event's)",
                ),
                ExportOption(
                    name="template_dir",
                    type=str,
                    help="folder of templates that replace the built-in ones (a theme)",
                ),
                ExportOption(
                    name="base_url",
                    type=str,
                    help="URL the page will be published at; JSON-LD @ids are its fragments",
                ),
                ExportOption(
                    name="calendar_links",
                    type=str,
                    help="'data' (embedded; the default when an ics exporter exists), "
                    "'none', or a URL pattern such as 'calendar/{id}.ics'",
                ),
            ),
        )
    )
