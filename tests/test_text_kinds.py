"""Session kinds (folkemode.importers.text.kinds)."""

from __future__ import annotations

import pytest

from folkemode import SessionKind
from folkemode.importers.text.kinds import KindClassifier
from folkemode.importers.text.vocabulary import Lexicon

LEX = Lexicon.build()
KINDS = KindClassifier(LEX)


class TestKinds:
    @pytest.mark.parametrize(
        ("title", "kind"),
        [
            ("Pause", SessionKind.BREAK),
            ("Ordskifte om interkommunalt samarbeid", SessionKind.DEBATE),
            ("Aperitiff i foajeen", SessionKind.SOCIAL),
            ("Regionrådsmøte", SessionKind.MEETING),
            ("Kaffepause", SessionKind.BREAK),
            ("Kaffi og frukt", SessionKind.BREAK),
            ("Kaffe og kage", SessionKind.BREAK),
            ("Frokost", SessionKind.MEAL),
            ("Frokostpause", SessionKind.MEAL),
            ("Lunsj og mingling", SessionKind.MEAL),
            ("Middag på Hotell Nordlyset", SessionKind.MEAL),
            ("Festmiddag med prisutdeling", SessionKind.MEAL),
            ("Ankomst, registrering og kaffe", SessionKind.REGISTRATION),
            ("Innsjekk og kaffe", SessionKind.REGISTRATION),
            ("Registrering og kaffi", SessionKind.REGISTRATION),
            ("Workshop om klima", SessionKind.WORKSHOP),
            ("Gruppearbejde med cases", SessionKind.GROUP_WORK),
            ("Gruppearbeid i kommunegrupper", SessionKind.GROUP_WORK),
            ("Generalforsamling i foreningen", SessionKind.MEETING),
            ("Årsmøte i regionrådet", SessionKind.MEETING),
            ("Fylkesmøte", SessionKind.MEETING),
            ("Delegeretmøde, 1. del", SessionKind.MEETING),
            ("Landsmøteforhandlinger, fortsettelse", SessionKind.MEETING),
            ("Sosialt samvær i baren", SessionKind.SOCIAL),
            ("Fest med levende musik", SessionKind.SOCIAL),
            ("Velkomstdrink i Fjordsalen", SessionKind.SOCIAL),
            ("Folkemødefest for frivillige", SessionKind.SOCIAL),
            ("Opsamling i plenum", SessionKind.PLENARY),
            ("Paneldebat om statens styring", SessionKind.DEBATE),
            ("Valgkampdebatt med fylkeslederne", SessionKind.DEBATE),
            ("Panelsamtale om bolyst", SessionKind.DEBATE),
            ("Klima – hvad gør vi?", SessionKind.OTHER),
        ],
    )
    def test_titles(self, title: str, kind: SessionKind) -> None:
        """The first known word decides; compounds are read by their last part."""
        assert KINDS.classify(title) is kind

    def test_plugin_decides_first(self) -> None:
        """A plugin's answer is taken before the vocabulary's."""
        kinds = KindClassifier(LEX, plugin=lambda t: SessionKind.SOCIAL if "quiz" in t else None)
        assert kinds.classify("Pubquiz") is SessionKind.SOCIAL
        assert kinds.classify("Pause") is SessionKind.BREAK
