"""Facts about an event that exporters work out once and reuse while the event lives.

An HTML page with calendar links runs the ICS exporter once per session, on
the same event: looking a session up by id, or finding the event's earliest
moment, must not walk all of its sessions each time. Events are immutable,
so what is derived from one stays true; it is kept by the event's identity
(hashing a whole programme would cost more than the work saved) and
forgotten when the event is.

>>> import folkemode
>>> @per_event
... def session_count(event):
...     return len(event.sessions)
>>> event = folkemode.Event.example()
>>> session_count(event), session_count(event)
(12, 12)
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TypeVar

from folkemode.model import Event

__all__ = ["per_event"]

T = TypeVar("T")


def per_event(function: Callable[[Event], T]) -> Callable[[Event], T]:
    """``function(event)``, computed once for each live event object.

    ``function`` must not return anything that refers to the event itself,
    or the event would be kept alive by its own cache entry.
    """
    results: dict[int, tuple[weakref.ref[Event], T]] = {}

    def forget(key: int) -> Callable[[weakref.ref[Event]], None]:
        def drop(_: weakref.ref[Event]) -> None:
            # The event is being freed: its id is not yet anybody else's.
            results.pop(key, None)

        return drop

    @functools.wraps(function)
    def cached(event: Event) -> T:
        key = id(event)
        known = results.get(key)
        if known is not None and known[0]() is event:
            return known[1]
        result = function(event)
        results[key] = (weakref.ref(event, forget(key)), result)
        return result

    return cached
