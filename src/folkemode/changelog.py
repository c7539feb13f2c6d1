"""What changed between two versions of a programme, in words and as data.

:func:`change_log` words each change :func:`folkemode.diff` finds as one line
in the programme's language, or in another of da, nb, nn and en: dates and
clock times as CLDR writes them there, the words from folkemode's gettext
catalogues. :func:`change_records` gives the same changes as plain data for
JSON, each with its line.

>>> from datetime import timedelta
>>> from folkemode import Event
>>> old = Event.example()
>>> lunch = next(s for s in old.sessions if s.title == "Frokost")
>>> later = timedelta(minutes=30)
>>> new = old.replace_session(lunch.id, start=lunch.start + later, end=lunch.end + later)
>>> change_log(old, new)
['Flyttet: «Frokost» fra kl. 12.00 til kl. 12.30']
>>> change_log(old, new, locale="nb")
['Flyttet: «Frokost» fra kl. 12:00 til kl. 12:30']
>>> change_log(old, new.without_sessions(lunch.id), locale="nn")
['Avlyst: «Frokost», torsdag 13. november 2025 kl. 12:00–13:00']
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.lists import format_list

from folkemode import i18n
from folkemode.changes import Change, ChangeKind, Diff, diff
from folkemode.exporters.text import kind_label
from folkemode.model import Event, Session, SessionStatus, Speaker

__all__ = ["change_log", "change_records"]


def N_(message: str) -> str:
    """Mark ``message`` for ``pybabel extract`` (babel.cfg) without translating it here."""
    return message


# The messages: English ids, translated in the catalogues. "%(title)s" is a session's title.
WHEN = N_("%(day)s at %(time)s")
NO_TIME = N_("no date given")
ADDED = N_('New: "%(title)s", %(when)s')
CANCELLED = N_('Cancelled: "%(title)s", %(when)s')
UNCANCELLED = N_('No longer cancelled: "%(title)s", %(when)s')
MOVED_ON_THE_DAY = N_('Moved: "%(title)s" from %(old_time)s to %(new_time)s')
"""Clock times only (the day is the same): the catalogues add "kl." where it is said."""
MOVED = N_('Moved: "%(title)s" from %(old)s to %(new)s')
NEW_END = N_('New end: "%(title)s" ends at %(new_time)s instead of %(old_time)s')
RESCHEDULED = N_('Rescheduled: "%(title)s", %(when)s')
ROOM = N_('New room: "%(title)s" moves from %(old)s to %(new)s')
ROOM_GIVEN = N_('Room: "%(title)s" is in %(new)s')
ROOM_DROPPED = N_('Room: "%(title)s" is no longer in %(old)s')
RENAMED = N_('Renamed: "%(old)s" is now called "%(new)s"')
DESCRIPTION = N_('New description: "%(title)s"')
KIND = N_('New kind: "%(title)s" is now %(new)s, not %(old)s')
ONLINE = N_('Online: "%(title)s" now takes place online')
NOT_ONLINE = N_('On site: "%(title)s" no longer takes place online')


def change_log(
    old: Event, new: Event, *, locale: str | None = None, found: Diff | None = None
) -> list[str]:
    """One line for each change from ``old`` to ``new``, in programme order.

    ``locale`` is the language (default: the new version's); ``found`` is
    ``diff(old, new)`` when the caller has it already. Times are shown in
    the new version's time zone.
    """
    wording = _Wording(i18n.normalise_locale(locale or new.locale), new.zone)
    changes = (found if found is not None else diff(old, new)).changes
    return [wording.line(change) for change in changes]


def change_records(
    old: Event, new: Event, *, locale: str | None = None, found: Diff | None = None
) -> list[dict[str, Any]]:
    """The changes from ``old`` to ``new`` as data: plain values that JSON can hold.

    Each record has the change's ``kind`` (a :class:`~folkemode.ChangeKind`
    value), the ``session`` id (the old one: ids are kept), the line
    :func:`change_log` gives for it as ``text``, the session as it was
    (``old``) and as it is (``new``), each ``None`` when it was added or
    cancelled, and the names of the speakers added and removed.

    >>> from folkemode import Event
    >>> old = Event.example()
    >>> lunch = next(s for s in old.sessions if s.title == "Frokost")
    >>> (record,) = change_records(old, old.replace_session(lunch.id, room="Kantinen"))
    >>> record["kind"], record["session"], record["old"]["room"], record["new"]["room"]
    ('moved', '20251113-frokost', None, 'Kantinen')
    """
    found = found if found is not None else diff(old, new)
    lines = change_log(old, new, locale=locale, found=found)
    return [
        {
            "kind": change.kind.value,
            "session": change.session_id,
            "text": line,
            "old": _snapshot(change.old),
            "new": _snapshot(change.new),
            "speakers_added": [s.name for s in change.added_speakers],
            "speakers_removed": [s.name for s in change.removed_speakers],
        }
        for change, line in zip(found.changes, lines, strict=True)
    ]


def _snapshot(session: Session | None) -> dict[str, Any] | None:
    """What a change record says of a session: what a reader sees of it."""
    if session is None:
        return None
    return {
        "id": session.id,
        "title": session.title,
        "start": _instant(session.start),
        "end": _instant(session.end),
        "day": session.day.isoformat() if session.day is not None else None,
        "room": session.room,
        "kind": session.kind.value,
        "status": session.status.value,
        "speakers": [s.name for s in session.speakers],
    }


def _instant(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class _Wording:
    """Words one change as a line, in one locale, with times in one zone."""

    def __init__(self, locale: str, zone: ZoneInfo) -> None:
        self.locale = locale
        self.zone = zone
        self.translations = i18n.translations(locale)
        self._ = self.translations.gettext

    # -- pieces ----------------------------------------------------------------------------

    def clock(self, moment: datetime) -> str:
        return i18n.format_time(moment.astimezone(self.zone), self.locale)

    def times(self, session: Session) -> str:
        """ "10.00–11.00", or the start alone when the session has no end."""
        assert session.start is not None
        end = session.end.astimezone(self.zone) if session.end is not None else None
        return i18n.format_time_range(session.start.astimezone(self.zone), end, self.locale)

    def when(self, session: Session) -> str:
        """ "torsdag den 5. marts 2026 kl. 10.00–11.00", or the day, or that none is given."""
        if session.start is not None:
            day = i18n.format_day(session.start.astimezone(self.zone).date(), self.locale)
            return self._(WHEN) % {"day": day, "time": self.times(session)}
        if session.day is not None:
            return i18n.format_day(session.day, self.locale)
        return self._(NO_TIME)

    def names(self, speakers: Sequence[Speaker]) -> str:
        """ "Ida Holm og Sofie Lund": the names as a list in the locale's words."""
        return format_list([s.name for s in speakers], locale=self.locale)

    def kind(self, session: Session) -> str:
        return kind_label(session.kind, self.locale).lower()

    # -- lines -----------------------------------------------------------------------------

    def line(self, change: Change) -> str:
        old, new = change.old, change.new
        kind = change.kind
        if kind is ChangeKind.ADDED:
            assert new is not None
            return self._(ADDED) % {"title": new.title, "when": self.when(new)}
        if kind is ChangeKind.CANCELLED:
            session = new or old
            assert session is not None
            return self._(CANCELLED) % {"title": session.title, "when": self.when(session)}
        assert old is not None and new is not None
        title = new.title
        if kind is ChangeKind.RETIMED:
            return self.retimed(old, new)
        if kind is ChangeKind.MOVED:
            if old.room and new.room:
                return self._(ROOM) % {"title": title, "old": old.room, "new": new.room}
            if new.room:
                return self._(ROOM_GIVEN) % {"title": title, "new": new.room}
            return self._(ROOM_DROPPED) % {"title": title, "old": old.room}
        if kind is ChangeKind.RENAMED:
            return self._(RENAMED) % {"old": old.title, "new": new.title}
        if kind is ChangeKind.SPEAKERS:
            return self.speakers(change, title)
        if kind is ChangeKind.DESCRIPTION:
            return self._(DESCRIPTION) % {"title": title}
        if kind is ChangeKind.KIND:
            return self._(KIND) % {"title": title, "new": self.kind(new), "old": self.kind(old)}
        return self.status(old, new)

    def speakers(self, change: Change, title: str) -> str:
        said = []
        added, removed = change.added_speakers, change.removed_speakers
        if added:
            message = self.translations.ngettext(
                'New speaker in "%(title)s": %(names)s',
                'New speakers in "%(title)s": %(names)s',
                len(added),
            )
            said.append(message % {"title": title, "names": self.names(added)})
        if removed:
            message = self.translations.ngettext(
                'Speaker no longer in "%(title)s": %(names)s',
                'Speakers no longer in "%(title)s": %(names)s',
                len(removed),
            )
            said.append(message % {"title": title, "names": self.names(removed)})
        return "; ".join(said)

    def retimed(self, old: Session, new: Session) -> str:
        title = new.title
        if (
            old.start is not None
            and new.start is not None
            and old.start.astimezone(self.zone).date() == new.start.astimezone(self.zone).date()
        ):
            if old.start.timestamp() == new.start.timestamp():
                if old.end is not None and new.end is not None:
                    return self._(NEW_END) % {
                        "title": title,
                        "old_time": self.clock(old.end),
                        "new_time": self.clock(new.end),
                    }
                times = (self.times(old), self.times(new))
            elif old.duration == new.duration:
                times = (self.clock(old.start), self.clock(new.start))
            else:
                times = (self.times(old), self.times(new))
            return self._(MOVED_ON_THE_DAY) % {
                "title": title,
                "old_time": times[0],
                "new_time": times[1],
            }
        return self._(MOVED) % {"title": title, "old": self.when(old), "new": self.when(new)}

    def status(self, old: Session, new: Session) -> str:
        title = new.title
        if new.status is SessionStatus.MOVED_ONLINE:
            return self._(ONLINE) % {"title": title}
        if new.status is SessionStatus.RESCHEDULED:
            return self._(RESCHEDULED) % {"title": title, "when": self.when(new)}
        if old.status is SessionStatus.CANCELLED:
            return self._(UNCANCELLED) % {"title": title, "when": self.when(new)}
        return self._(NOT_ONLINE) % {"title": title}
