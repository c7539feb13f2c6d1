"""Autoescaping for the page's templates without a ``Markup`` object per value.

Jinja2 compiles every ``{{ value }}`` of an autoescaped template to
``escape(value)``: markupsafe's ``escape``, which replaces ``& < > ' "`` with
one fast C call and then wraps the result in a new ``Markup`` string. That
wrapping is a Python-level constructor costing ten times the escaping itself,
and a 3,000-session programme page prints some 50,000 values: it was half the
time of rendering the templates.

The wrapper is not needed where Jinja2 puts the result: output is joined
into the page as plain text, and whatever a template captures (a macro's
result, a ``{% set %}`` or ``{% filter %}`` block) Jinja2 marks as ``Markup``
itself, from the joined text. So templates compiled with
:class:`EscapingCodeGenerator` call :func:`escape_text`, which escapes the
same characters with the same markupsafe function and returns the text as a
``str``. Autoescaping stays on, and the page is the same, character for
character (the tests render every fixture both ways).

>>> from markupsafe import Markup
>>> escape_text('</script> & "x"'), str(escape_text(Markup("<br>"))), escape_text(3)
('&lt;/script&gt; &amp; &#34;x&#34;', '<br>', '3')
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from markupsafe import escape

__all__ = ["ESCAPING", "EscapingCodeGenerator", "escape_text"]


def _markupsafe_escaper() -> Callable[[str], str] | None:
    """markupsafe's own escaping of a str, without the Markup around it, if it has one.

    It is not public API, so it is used only when it writes what
    ``markupsafe.escape`` writes.
    """
    sample = "<a href='x'>\"R&D\"</a>"
    for module in ("markupsafe._speedups", "markupsafe._native"):
        try:
            inner: Callable[[str], str] = importlib.import_module(module)._escape_inner
        except (ImportError, AttributeError):
            continue
        if inner(sample) == str(escape(sample)):
            return inner
    return None


_escape_inner = _markupsafe_escaper()
#: Whether templates escape through :func:`escape_text` (with this markupsafe, they can).
ESCAPING = _escape_inner is not None


def escape_text(value: Any, /) -> str:
    """``str(markupsafe.escape(value))``, without making the ``Markup`` in between."""
    if _escape_inner is None:
        return str(escape(value))
    if type(value) is str:
        return _escape_inner(value)
    html = getattr(value, "__html__", None)
    if html is not None:
        text = html()
        return text if isinstance(text, str) else str(text)
    return _escape_inner(str(value))


class EscapingCodeGenerator(CodeGenerator):
    """Compiles templates whose printed values are escaped by :func:`escape_text`.

    Jinja2 names markupsafe's escape ``escape`` in each compiled template
    module and uses that name only for printed values; the last line of the
    module binds the name to :func:`escape_text` instead.
    """

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        super().visit_Template(node, frame)
        if ESCAPING:
            self.writeline(f"from {__name__} import escape_text as escape")
