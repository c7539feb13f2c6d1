"""The page's templates escape without Markup objects, and write exactly what markupsafe writes."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2.compiler import CodeGenerator
from markupsafe import Markup, escape

from folkemode import Event
from folkemode.exporters import html as html_exporter
from folkemode.exporters._escaping import ESCAPING, escape_text
from folkemode.exporters.html import dump_html
from tests.programmes import HOSTILE_ATTRIBUTE, PROGRAMMES


class Shown:
    """An object a template prints through its __html__."""

    def __html__(self) -> str:
        return "<b>shown</b>"


class TestEscapeText:
    @given(st.text())
    def test_any_text(self, text: str) -> None:
        """Any text is escaped to the characters markupsafe.escape writes."""
        assert escape_text(text) == str(escape(text))

    @pytest.mark.parametrize(
        "value",
        [Markup("<br>"), 3, 2.5, None, True, Shown(), HOSTILE_ATTRIBUTE, "", "æøå 🎉"],
    )
    def test_other_values(self, value: Any) -> None:
        """Markup stays as it is; numbers, None and objects with __html__ as markupsafe has them."""
        assert escape_text(value) == str(escape(value))
        assert type(escape_text(value)) in (str, Markup)

    def test_undefined_still_fails(self) -> None:
        """A value StrictUndefined stands for raises, as with markupsafe's escape."""
        missing = jinja2.StrictUndefined(name="nowhere")
        with pytest.raises(jinja2.UndefinedError, match="nowhere"):
            escape_text(missing)


class TestTemplates:
    def test_page_templates_use_it(self) -> None:
        """The page environment compiles templates that escape through escape_text."""
        if not ESCAPING:
            pytest.skip("this markupsafe has no escaping without Markup")
        environment = html_exporter._environment(None, "da")
        assert "escape_text as escape" in environment.compile("{{ x }}", raw=True)
        rendered = environment.from_string("{{ x }}|{{ y }}").render(x="<&>", y=Markup("<i>"))
        assert rendered == "&lt;&amp;&gt;|<i>"

    @pytest.mark.parametrize("locale", ["da", "nb"])
    @pytest.mark.parametrize("name", sorted(PROGRAMMES))
    def test_same_page_as_markupsafe_escaping(
        self, name: str, locale: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Every fixture page is the same, character for character, with Jinja2's own escaping."""
        event: Event = PROGRAMMES[name]()
        page = dump_html(event, locale=locale, calendar_links="none")
        fast = html_exporter._environment

        def stock(theme: str | None, language: str) -> jinja2.Environment:
            environment = fast(theme, language).overlay(cache_size=0)
            environment.code_generator_class = CodeGenerator
            assert "escape_text" not in environment.compile("{{ x }}", raw=True)
            return environment

        monkeypatch.setattr(html_exporter, "_environment", stock)
        assert dump_html(event, locale=locale, calendar_links="none") == page

    def test_captured_output_is_still_markup(self) -> None:
        """Macros and set blocks still give Markup, so what they hold is not escaped twice."""
        environment = html_exporter._environment(None, "da")
        template = environment.from_string(
            "{% macro m(x) %}<i>{{ x }}</i>{% endmacro %}"
            "{% set s %}<b>{{ '<' }}</b>{% endset %}{{ m('&') }}{{ s }}{{ s|upper }}"
        )
        assert template.render() == "<i>&amp;</i><b>&lt;</b><B>&LT;</B>"
