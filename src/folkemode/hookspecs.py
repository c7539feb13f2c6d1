"""The hooks a folkemode plugin can implement.

A plugin is a module (or object) with functions marked ``@folkemode.hookimpl``
whose names match the specifications below. Implementations may accept any
subset of a hook's arguments, so hooks can grow new arguments without breaking
plugins.

>>> import folkemode
>>> from folkemode.formats import Exporter
>>> class Shout:
...     @folkemode.hookimpl
...     def register_exporters(self, register):
...         register(Exporter(name="shout", media_type="text/plain", suffixes=(".shout",),
...                           dump=lambda event, **options: event.name.upper()))
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from pluggy import HookimplMarker, HookspecMarker

if TYPE_CHECKING:
    from folkemode.checks.findings import Check
    from folkemode.formats import Exporter, Importer
    from folkemode.i18n import CatalogueSource, Language

hookspec = HookspecMarker("folkemode")
hookimpl = HookimplMarker("folkemode")


@hookspec
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register output formats by calling ``register(Exporter(...))`` once per format."""


@hookspec
def register_importers(register: Callable[[Importer], None]) -> None:
    """Register input formats by calling ``register(Importer(...))`` once per format."""


@hookspec(firstresult=True)
def sniff_format(text: str, filename: str | None) -> str | None:
    """Name the importer that reads ``text`` (from ``filename``, if known), or return None.

    The first plugin to return a name wins; the built-in sniffers run last,
    so a plugin can claim a file before them.
    """


@hookspec
def text_vocabulary(locale: str) -> Mapping[str, Any] | None:
    """Extra words for the text importer reading ``locale`` ("da", "nb", "nn" or a plugin's).

    Return a mapping from vocabulary categories to words, e.g.
    ``{"kind_break": ["fika"], "speaker_labels": ["föreläsare"]}``; the
    categories are listed in
    ``folkemode.importers.text.vocabulary.CATEGORIES`` (plus ``numbers``,
    ``units``, ``platforms``, ``months`` and ``weekdays``, which map words
    to values: months to 1..12, weekdays to 0..6 from Monday). The hook is
    asked once for every locale of :func:`folkemode.i18n.input_locales`,
    including those registered with ``register_locales``; the words given
    for a locale's ``markers`` tell texts in it apart from the others. The
    importer reads with the words of every locale and every plugin.
    Return None to add nothing.
    """


@hookspec(firstresult=True)
def text_session_kind(title: str, locale: str) -> str | None:
    """The kind of a session the text importer read, or None to let it decide.

    ``title`` is the session's title without time and speakers, ``locale``
    the text's language. Return a :class:`~folkemode.model.SessionKind` value
    such as ``"social"``; the first plugin to answer wins.
    """


@hookspec
def register_checks(register: Callable[[Check], None]) -> None:
    """Register programme checks by calling ``register(Check(...))`` once per check.

    A check has a code (letters and digits, such as ``"X101"``), a name, a
    severity and ``run(event, context)``, which yields the
    :class:`~folkemode.Finding` objects of ``folkemode check``. A
    check registered under the name of another replaces it.
    """


@hookspec
def register_locales(register: Callable[[Language], None]) -> None:
    """Register languages by calling ``register(Language(...))`` once per language.

    A :class:`~folkemode.i18n.Language` names a locale CLDR knows (``"sv"``),
    the time zone its programmes are given in and the spellings users type
    for it. Once registered, events may carry it as ``Event.locale``,
    ``normalise_locale`` and ``--locale`` accept it, and (with ``reads``) the
    text importer asks ``text_vocabulary`` for its words and can detect it.
    A built-in locale cannot be registered again.
    """


@hookspec
def locale_catalogues(locale: str) -> CatalogueSource | None:
    """A gettext catalogue (the path of a ``.po`` file) with labels in ``locale``, or None.

    The exporters translate their labels ("Programme", "Break", "Speakers")
    through it: folkemode's own catalogue of ``locale`` first, then those of
    the plugins, so a plugin can translate the labels of a language it
    registers, or add its own messages to a built-in one.
    """
