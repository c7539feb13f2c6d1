"""The public functions: load/loads/dump/dumps/parse, files and strict mode."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import folkemode
from folkemode import Diagnostic, Event, Importer, ImportOptions, ImportResult, Severity


class Lines:
    """An importer plugin that reports each line starting with '?' as not understood."""

    @folkemode.hookimpl
    def register_importers(self, register: Any) -> None:
        def read(text: str, options: ImportOptions) -> ImportResult:
            diagnostics = [
                Diagnostic(line=n, message=f"not understood: {line!r}", code="not-understood")
                for n, line in enumerate(text.splitlines(), 1)
                if line.startswith("?")
            ] + [Diagnostic(line=1, message="set aside", severity=Severity.INFO, code="ignored")]
            return ImportResult(event=Event(name=options.filename or "x"), diagnostics=diagnostics)

        register(Importer(name="lines", media_type="text/x-lines", suffixes=(".lines",), read=read))


class TestFiles:
    def test_path_and_bom(self, tmp_path: Path) -> None:
        """A UTF-8 file with a byte-order mark reads like one without."""
        path = tmp_path / "p.json"
        path.write_bytes(b"\xef\xbb\xbf" + folkemode.dumps(Event.example(), format="json").encode())
        assert folkemode.load(path) == Event.example()

    def test_open_files(self) -> None:
        """Text and binary file objects work for reading and writing."""
        text_buffer = io.StringIO()
        folkemode.dump(Event.example(), text_buffer, format="json")
        binary_buffer = io.BytesIO()
        folkemode.dump(Event.example(), binary_buffer, format="json")
        assert binary_buffer.getvalue().decode("utf-8") == text_buffer.getvalue()
        assert folkemode.load(io.BytesIO(binary_buffer.getvalue()), format="json") == (
            Event.example()
        )

    def test_format_sniffed_from_content(self) -> None:
        """Canonical JSON is recognised without a suffix or a format name."""
        text = folkemode.dumps(Event.example(), format="json")
        assert folkemode.loads(text) == Event.example()

    def test_bad_timezone_option(self) -> None:
        """An unknown time zone option is refused before importing."""
        with pytest.raises(folkemode.FolkemodeError, match="not an IANA time zone"):
            folkemode.loads("{}", format="json", timezone="Mars/Base")


class TestDiagnostics:
    def test_parse_returns_diagnostics(self, register_plugin: Any) -> None:
        """parse() gives the event and every diagnostic with its line."""
        register_plugin(Lines(), name="lines")
        result = folkemode.parse("ok\n?huh\nfine", format="lines")
        assert [str(d) for d in result.problems] == ["line 2: not understood: '?huh'"]
        assert len(result.diagnostics) == 2

    def test_default_mode_returns_the_event(self, register_plugin: Any) -> None:
        """Without strict, problems do not stop the import."""
        register_plugin(Lines(), name="lines")
        assert folkemode.loads("?huh", format="lines").name == "x"

    def test_strict_raises_one_error_listing_all(self, register_plugin: Any) -> None:
        """strict=True turns warnings and errors (not info) into one InvalidInput."""
        register_plugin(Lines(), name="lines")
        with pytest.raises(folkemode.InvalidInput) as caught:
            folkemode.loads("?a\nok\n?b", format="lines", strict=True)
        assert [d.line for d in caught.value.diagnostics] == [1, 3]
        assert str(caught.value).splitlines()[0] == "2 problems in the input:"

    def test_strict_passes_clean_input(self, register_plugin: Any) -> None:
        """Info diagnostics alone do not fail strict mode."""
        register_plugin(Lines(), name="lines")
        assert folkemode.loads("ok", format="lines", strict=True).name == "x"

    def test_located_form(self) -> None:
        """Diagnostics print as FILE:LINE: message for editors and CI logs."""
        diagnostic = Diagnostic(line=17, message="not understood: 'Kl. 25.99'")
        assert diagnostic.located("p.txt") == "p.txt:17: not understood: 'Kl. 25.99'"
