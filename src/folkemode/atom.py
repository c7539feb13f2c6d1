"""An Atom feed of a programme's changes, for a website to publish beside its calendar.

Each entry is one new version: what changed since the version before, one
line per change (see :mod:`folkemode.changelog`). Ids come from the event's
id and the version's time, never from the clock or a counter, so writing the
feed of the same two versions again gives the same bytes, and a feed reader
that has seen an entry never shows it twice. Give the feed written for the
earlier versions as ``earlier`` and its entries are kept below the new one
(an entry of the same version is replaced), so the feed is the whole story.

>>> from datetime import datetime, timedelta
>>> from folkemode import Event
>>> old = Event.example()
>>> lunch = next(s for s in old.sessions if s.title == "Frokost")
>>> new = old.without_sessions(lunch.id)
>>> feed = atom_feed(old, new, updated=datetime.fromisoformat("2025-11-01T12:00:00+01:00"))
>>> print(feed.splitlines()[1])
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
>>> print(feed.split("<content")[1].split("</content>")[0])
 type="html">&lt;ul&gt;
&lt;li&gt;Aflyst: «Frokost», torsdag den 13. november 2025 kl. 12.00–13.00&lt;/li&gt;
&lt;/ul&gt;
"""

from __future__ import annotations

import html
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NamedTuple

from folkemode import i18n
from folkemode.changelog import N_, change_log
from folkemode.changes import Diff
from folkemode.errors import FolkemodeError
from folkemode.model import Event

__all__ = ["ATOM_NAMESPACE", "atom_feed"]

ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

FEED_TITLE = N_("%(event)s: changes to the programme")
ENTRY_TITLE = N_("Changes of %(date)s at %(time)s")


class _Entry(NamedTuple):
    id: str
    title: str
    updated: datetime
    content: str
    """HTML: the change log as a list."""
    link: str | None


def atom_feed(
    old: Event,
    new: Event,
    *,
    updated: datetime,
    locale: str | None = None,
    found: Diff | None = None,
    earlier: str | None = None,
) -> str:
    """The Atom feed (RFC 4287) of the changes from ``old`` to ``new``, as XML text.

    ``updated`` is when ``new`` was published (its entry's ``updated``);
    ``locale`` the language of the titles and lines (default: the new
    version's); ``earlier`` the text of a feed written before, whose entries
    are kept. Two versions without a change add no entry.
    """
    if updated.tzinfo is None or updated.utcoffset() is None:
        raise FolkemodeError(f"updated needs a time zone, e.g. {updated.isoformat()}+01:00")
    language = i18n.normalise_locale(locale or new.locale)
    gettext = i18n.translations(language).gettext
    lines = change_log(old, new, locale=language, found=found)
    kept = _entries(earlier) if earlier is not None else []
    entries: list[_Entry] = []
    if lines:
        local = updated.astimezone(new.zone)
        title = gettext(ENTRY_TITLE) % {
            "date": i18n.format_date(local.date(), language, "long"),
            "time": i18n.format_time(local, language),
        }
        items = "".join(f"<li>{html.escape(line, quote=False)}</li>\n" for line in lines)
        entries.append(
            _Entry(
                id=_urn(f"{old.id}/changes/{updated.astimezone(UTC).isoformat()}"),
                title=title,
                updated=updated,
                content=f"<ul>\n{items}</ul>",
                link=new.url,
            )
        )
    entries += [e for e in kept if all(e.id != n.id for n in entries)]
    entries.sort(key=lambda e: e.updated.timestamp(), reverse=True)  # stable: ties keep order

    feed = ET.Element("feed", {"xmlns": ATOM_NAMESPACE, _XML_LANG: language})
    _text(feed, "id", _urn(f"{old.id}/changes"))
    _text(feed, "title", gettext(FEED_TITLE) % {"event": new.name})
    newest = entries[0].updated if entries else updated
    _text(feed, "updated", _moment(newest))
    author = ET.SubElement(feed, "author")
    _text(author, "name", new.organisers[0].name if new.organisers else new.name)
    if new.url:
        ET.SubElement(feed, "link", rel="alternate", type="text/html", href=new.url)
    _text(feed, "generator", "folkemode")
    for entry in entries:
        element = ET.SubElement(feed, "entry")
        _text(element, "id", entry.id)
        _text(element, "title", entry.title)
        _text(element, "updated", _moment(entry.updated))
        if entry.link:
            ET.SubElement(element, "link", rel="alternate", type="text/html", href=entry.link)
        _text(element, "content", entry.content).attrib["type"] = "html"
    ET.indent(feed)
    body = ET.tostring(feed, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _moment(value: datetime) -> str:
    """RFC 3339, to the second, with the offset the time was given in."""
    return value.isoformat(timespec="seconds")


def _urn(name: str) -> str:
    """A permanent id made from ``name`` alone (a name-based UUID, RFC 9562)."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'folkemode:{name}')}"


def _entries(earlier: str) -> list[_Entry]:
    """The entries of a feed written before, read back as data."""
    try:
        root = ET.fromstring(earlier)
    except ET.ParseError as error:
        raise FolkemodeError(f"the earlier feed is not XML: {error}") from None
    if root.tag != f"{{{ATOM_NAMESPACE}}}feed":
        raise FolkemodeError("the earlier feed is not an Atom feed (its root is no Atom <feed>)")
    return [_entry(element, number) for number, element in enumerate(_children(root, "entry"), 1)]


def _entry(element: ET.Element, number: int) -> _Entry:
    def text(tag: str) -> str:
        found = element.find(f"{{{ATOM_NAMESPACE}}}{tag}")
        if found is None or not (found.text or "").strip():
            raise FolkemodeError(f"entry {number} of the earlier feed has no <{tag}>")
        return (found.text or "").strip()

    try:
        updated = datetime.fromisoformat(text("updated"))
    except ValueError:
        raise FolkemodeError(
            f"entry {number} of the earlier feed has an <updated> that is no RFC 3339 time"
        ) from None
    if updated.tzinfo is None:
        raise FolkemodeError(f"entry {number} of the earlier feed has an <updated> without offset")
    link = next(
        (
            e.get("href")
            for e in _children(element, "link")
            if e.get("rel", "alternate") == "alternate"
        ),
        None,
    )
    return _Entry(
        id=text("id"), title=text("title"), updated=updated, content=text("content"), link=link
    )


def _children(element: ET.Element, tag: str) -> Iterable[ET.Element]:
    return element.findall(f"{{{ATOM_NAMESPACE}}}{tag}")
