"""The folkemode-sv example plugin: Swedish read and written, with nothing Swedish in folkemode.

The plugin is a separate package (plugins/folkemode-sv, installed by
``.ci/setup.d/10-plugins.sh``); without it these tests skip, except under
``FOLKEMODE_REQUIRE_TOOLS=1``, where they fail. The rest of the suite runs
without it (tests there count on folkemode knowing no Swedish), so this
module registers it for its own tests and unregisters it afterwards; the
tests of what folkemode knows without it run inside
:func:`folkemode.plugins.isolated`, which sets it aside.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.pofile import read_po

import folkemode
from folkemode import Event, InvalidValue, i18n
from folkemode.cli import main
from folkemode.importers.text.locale import detect_locale
from folkemode.importers.text.reader import lexicon_with_plugins
from folkemode.plugins import isolated, pm
from tests.conftest import FIXTURES, ROOT
from tests.scoring import score, score_all

PLUGIN = ROOT / "plugins" / "folkemode-sv"
ALMEDALEN = sorted((FIXTURES / "almedalen").glob("*.txt"))
PLACEHOLDER = re.compile(r"%\(\w+\)s")

SWEDISH = """Almedalsveckan 2026

Måndag 22 juni 2026

Kl. 08.00-08.45 Frukostseminarium: Hur klarar kommunerna välfärden?
Plats: Donners plats, Visby
Arrangör: Sveriges Kommuner och Regioner
Medverkande:
Anna Lindqvist, ordförande, Sveriges Kommuner och Regioner (S)
Erik Berg, riksdagsledamot, Sveriges riksdag
Moderator: Lena Ström, journalist

Kl. 10.00-10.30 Fika

kl. 17.30 Mingel i trädgården
Samtal med: Karin Holm, generaldirektör, Skolverket
"""


@pytest.fixture(scope="module", autouse=True)
def sv() -> Iterator[ModuleType]:
    try:
        module = importlib.import_module("folkemode_sv")
    except ImportError:
        message = (
            "the folkemode-sv plugin is not installed "
            "(`. .ci/setup.d/10-plugins.sh` installs every plugin under plugins/)"
        )
        if os.environ.get("FOLKEMODE_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    registered = pm.get_plugin("sv") is None
    if registered:
        pm.register(module, name="sv")
    yield module
    if registered:
        pm.unregister(module)


@pytest.fixture(scope="module")
def event() -> Event:
    return folkemode.loads(SWEDISH, format="text")


class TestLocale:
    def test_registered(self) -> None:
        """The plugin's locale is read, written and known, with its aliases and zone."""
        assert "sv" in i18n.input_locales()
        assert "sv" in i18n.output_locales()
        assert i18n.normalise_locale("svenska") == i18n.normalise_locale("sv-SE") == "sv"
        assert i18n.timezone_for("sv") == "Europe/Stockholm"
        assert Event(name="Almedalsveckan", locale="sv").locale == "sv"

    def test_dates_and_times_come_from_cldr(self) -> None:
        """Days are CLDR's Swedish; clock times are written with a dot."""
        from datetime import date, time

        assert i18n.format_day(date(2026, 6, 22), "sv") == "måndag 22 juni 2026"
        assert i18n.format_time(time(8, 0), "sv") == "08.00"
        assert i18n.format_time(time(8, 0), "nb") == "08:00"

    def test_catalogue_translates_every_message(self) -> None:
        """The Swedish catalogue has every message of folkemode's, with the same placeholders."""
        base = ROOT / "src" / "folkemode" / "locale" / "nb" / "LC_MESSAGES" / "folkemode.po"
        ours = PLUGIN / "src" / "folkemode_sv" / "locale" / "sv" / "LC_MESSAGES" / "folkemode.po"
        with base.open("rb") as handle:
            wanted = read_po(handle, locale="nb")
        with ours.open("rb") as handle:
            swedish = read_po(handle, locale="sv")
        problems = []
        for message in wanted:
            if not message.id:
                continue
            entry = swedish.get(message.id)
            strings = entry.string if entry is not None else ""
            strings = strings if isinstance(strings, tuple) else (strings,)
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            if entry is None or entry.fuzzy or not all(strings):
                problems.append(f"untranslated: {key!r}")
            elif any(set(PLACEHOLDER.findall(s)) != set(PLACEHOLDER.findall(key)) for s in strings):
                problems.append(f"placeholders differ: {key!r}")
        assert not problems, problems
        assert i18n.translate("sv", "Speakers") == "Medverkande"


class TestWithoutThePlugin:
    def test_swedish_is_refused(self) -> None:
        """Without the plugin, an event in Swedish is refused as an unknown locale."""
        with isolated():
            with pytest.raises(InvalidValue, match="locale 'sv' is not supported"):
                Event(name="x", locale="sv")
            assert "sv" not in i18n.known_locales()
            with pytest.raises(folkemode.FolkemodeError):
                i18n.timezone_for("sv")

    def test_no_swedish_word_is_known(self) -> None:
        """Without the plugin, the vocabulary has no Swedish words and a Swedish text is Danish."""
        with isolated():
            lexicon = lexicon_with_plugins()
            assert "lördag" not in lexicon.weekdays  # ("måndag" is Nynorsk too)
            assert "augusti" not in lexicon.months
            assert "fika" not in lexicon.words("kind_break")
            assert "samtal med" not in lexicon.words("speaker_labels")
            assert "och" not in lexicon.words("and_words")
            assert "sv" not in lexicon.by_locale
            assert detect_locale(SWEDISH, lexicon) != "sv"
            assert i18n.translate("da", "Speakers") == "Oplægsholdere"


class TestReading:
    def test_detected(self, event: Event) -> None:
        """A Swedish text is detected as Swedish and placed in Stockholm time."""
        assert event.locale == "sv"
        assert event.timezone == "Europe/Stockholm"

    def test_sessions(self, event: Event) -> None:
        """Times, titles, places, organisers, speakers and kinds come out of the text."""
        first, fika, mingel = event.sessions
        assert (first.start.isoformat(), first.end.isoformat()) == (
            "2026-06-22T08:00:00+02:00",
            "2026-06-22T08:45:00+02:00",
        )
        assert first.title == "Frukostseminarium: Hur klarar kommunerna välfärden?"
        assert first.room == "Donners plats, Visby"
        assert [o.name for o in first.organisations] == ["Sveriges Kommuner och Regioner"]
        assert [(s.name, s.role) for s in first.speakers] == [
            ("Anna Lindqvist", "ordförande"),
            ("Erik Berg", "riksdagsledamot"),
            ("Lena Ström", "moderator, journalist"),  # the label is what she does here
        ]
        assert first.speakers[1].organisation is not None
        assert first.speakers[1].organisation.name == "Sveriges riksdag"
        assert fika.kind.value == "break"
        assert mingel.kind.value == "social"
        assert mingel.start.strftime("%H.%M") == "17.30"
        assert [s.name for s in mingel.speakers] == ["Karin Holm"]

    @pytest.mark.parametrize(
        ("text", "day", "month"),
        [("Måndag 22 juni", 22, 6), ("tisdag 25 juni", 25, 6), ("Måndag 4/7", 4, 7)],
    )
    def test_day_headings(self, text: str, day: int, month: int) -> None:
        """Swedish day headings: weekday names from CLDR, no dot after the day."""
        from folkemode.importers.text.dates import parse_day_heading

        heading = parse_day_heading(text, lexicon_with_plugins())
        assert heading is not None and heading.date is not None
        assert (heading.date.day, heading.date.month, heading.date.weekday) == (
            day,
            month,
            {"måndag": 0, "tisdag": 1}[text.split()[0].lower()],
        )

    def test_between_and_short_labels(self) -> None:
        """ "Mellan kl. 8–10 …" is a session; "Arr. X" without its colon is the organiser."""
        text = (
            "Tisdag 23 juni 2026\n\nMellan kl. 8–10 Frukostmingel i trädgården\n"
            "Arr. Regionernas samarbetsråd\n\nKl. 10.00–10.45 Debatt om vården\n"
        )
        event = folkemode.loads(text, format="text")
        first, second = event.sessions
        assert (first.title, first.start.hour, first.end and first.end.hour) == (
            "Frukostmingel i trädgården",
            8,
            10,
        )
        assert [o.name for o in first.organisations] == ["Regionernas samarbetsråd"]
        assert second.title == "Debatt om vården"

    def test_och_joins_speakers_and_parties_stay_whole(self) -> None:
        """ "A (KD), B (L) och C (MP)": three people, each with a party; "(M)" stays whole."""
        text = (
            "Tisdag 23 juni 2026\n\nKl. 13.00–14.00 Partierna om skolan\n"
            "Medverkande: Hanna Berg (KD), Oskar Lund (L) och Maja Falk (MP)\n"
            "Petter Lindqvist, riksdagsledamot (M)\n"
            "Samtal med Lena Borg, trafikdirektör, och Jonas Ek, forskare.\n"
        )
        (session,) = folkemode.loads(text, format="text").sessions
        found = [
            (s.name, s.role, s.organisation.name if s.organisation else None)
            for s in session.speakers
        ]
        assert found == [
            ("Hanna Berg", None, "KD"),
            ("Oskar Lund", None, "L"),
            ("Maja Falk", None, "MP"),
            ("Petter Lindqvist", "riksdagsledamot (M)", None),
            ("Lena Borg", "trafikdirektör", None),
            ("Jonas Ek", "forskare", None),
        ]

    def test_danish_and_norwegian_stay_theirs(self) -> None:
        """With the plugin installed, Danish and Norwegian texts are detected as before."""
        lexicon = lexicon_with_plugins()
        assert (
            detect_locale("Vi ser på rollen som folkevalgt. Samlingen blir over to dager.", lexicon)
            == "nb"
        )
        assert (
            detect_locale("Kva skal til for at unge vel å bu i distrikta? Korleis?", lexicon)
            == "nn"
        )
        assert (
            detect_locale("Mødet bliver holdt efter frokost, og vi taler om ældre.", lexicon)
            == "da"
        )


class TestWriting:
    def test_html_page(self, tmp_path: Path) -> None:
        """`folkemode convert … --locale sv` writes a Swedish page with Swedish dates."""
        source = tmp_path / "almedalen.txt"
        source.write_text(SWEDISH, encoding="utf-8")
        target = tmp_path / "almedalen.html"
        assert main(["convert", str(source), "-o", str(target), "--locale", "sv"]) in (0, 1)
        page = target.read_text(encoding="utf-8")
        assert 'lang="sv"' in page
        assert "måndag 22 juni 2026" in page
        assert ">08.00" in page
        assert "Medverkande" in page
        assert "Lägg till i kalendern" in page

    def test_ics(self, event: Event) -> None:
        """The calendar's descriptions carry the Swedish labels."""
        calendar = folkemode.dumps(event, format="ics")
        assert "//SV" in calendar
        assert "Medverkande:" in calendar

    def test_jsonld(self, event: Event) -> None:
        """JSON-LD says the event is in Swedish."""
        data = json.loads(folkemode.dumps(event, format="jsonld"))
        found = json.dumps(data, ensure_ascii=False)
        assert '"inLanguage": "sv"' in found


class TestAlmedalen:
    def test_corpus_is_there(self) -> None:
        """Eight or more Almedalen programmes, each with its annotation."""
        assert len(ALMEDALEN) >= 8
        assert all(p.with_suffix("").with_suffix(".expected.json").exists() for p in ALMEDALEN)

    def test_whole_corpus(self) -> None:
        """Sessions and speakers found, above the floors; every check passes."""
        total = score_all(ALMEDALEN)
        # Measured: sessions_f1 1.00, speakers_f1 1.00, checks 27/27 (9 programmes).
        assert total.sessions_f1 >= 0.99, total.misses
        assert total.speakers_f1 >= 0.99, total.misses
        assert total.checks_ok == total.checks, total.misses
        assert total.silent == 0, total.misses

    @pytest.mark.parametrize("path", ALMEDALEN, ids=lambda p: p.stem)
    def test_each_programme_is_swedish(self, path: Path) -> None:
        """Each programme is read as Swedish and invents no session."""
        result = score(path)
        assert result.predicted == result.hits, result.misses


class TestReadme:
    def test_example_runs(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The README's example prints what the README says it prints."""
        readme = (PLUGIN / "README.md").read_text(encoding="utf-8")
        (block,) = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
        exec(compile(block, "README.md", "exec"), {})
        assert capsys.readouterr().out.splitlines() == [
            "sv Europe/Stockholm",
            "08.00 break",
            "True True",
        ]
