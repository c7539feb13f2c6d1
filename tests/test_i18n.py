"""Localisation: locale names, CLDR names, formatting and catalogues."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from folkemode import FolkemodeError, i18n


class TestLocales:
    @pytest.mark.parametrize(
        ("tag", "expected"),
        [
            ("no", "nb"),
            ("da_DK", "da"),
            ("nb-NO", "nb"),
            ("nn_NO", "nn"),
            ("NB", "nb"),
            ("en_GB", "en"),
            ("da_DK.UTF-8", "da"),
            ("nynorsk", "nn"),
        ],
    )
    def test_normalise(self, tag: str, expected: str) -> None:
        """Common spellings of a locale reduce to the one folkemode uses."""
        assert i18n.normalise_locale(tag) == expected

    def test_unsupported(self) -> None:
        """An unsupported locale is a clear error naming the choices."""
        with pytest.raises(FolkemodeError, match="use one of da, nb, nn, en"):
            i18n.normalise_locale("sv_SE")

    def test_timezones(self) -> None:
        """Danish programmes are in Copenhagen time, Norwegian in Oslo time."""
        assert i18n.timezone_for("da") == "Europe/Copenhagen"
        assert i18n.timezone_for("nn") == "Europe/Oslo"


class TestNames:
    def test_months_come_from_cldr(self) -> None:
        """Month names in every width and with or without the dot."""
        da = i18n.month_names("da")
        assert da["marts"] == da["mar."] == da["mar"] == 3
        assert i18n.month_names("nb")["desember"] == 12
        assert i18n.month_names("nn")["mai"] == 5

    def test_weekdays(self) -> None:
        """Weekday names per language, Monday first."""
        assert i18n.weekday_names("da")["tirsdag"] == 1
        assert i18n.weekday_names("nb")["tirsdag"] == 1
        assert i18n.weekday_names("nn")["tysdag"] == 1
        assert i18n.weekday_names("nn")["måndag"] == 0

    def test_short_forms_without_dot_are_not_words(self) -> None:
        """'to' and 'on' are ordinary Norwegian words, not Thursday and Wednesday."""
        nn = i18n.weekday_names("nn")
        assert "to" not in nn and "on" not in nn and nn["to."] == 3


class TestFormatting:
    def test_day_headings(self) -> None:
        """Day headings as each language writes them."""
        day = date(2021, 1, 23)
        assert i18n.format_day(day, "da") == "lørdag den 23. januar 2021"
        assert i18n.format_day(day, "nb") == "lørdag 23. januar 2021"
        assert i18n.format_day(day, "nn") == "laurdag 23. januar 2021"

    def test_times(self) -> None:
        """Danish writes 10.00, Norwegian 10:00."""
        start = datetime(2021, 1, 23, 10, tzinfo=ZoneInfo("Europe/Copenhagen"))
        assert i18n.format_time_range(start, time(11, 15), "da") == "10.00–11.15"
        assert i18n.format_time_range(time(10), time(11, 15), "nb") == "10:00–11:15"
        assert i18n.format_time_range(time(10), None, "nn") == "10:00"

    @pytest.mark.parametrize(
        ("minutes", "locale", "expected"),
        [
            (75, "da", "1 time og 15 minutter"),
            (75, "nb", "1 time og 15 minutter"),
            (75, "nn", "1 time og 15 minutt"),
            (120, "nn", "2 timar"),
            (90, "en", "1 hour and 30 minutes"),
            (45, "da", "45 minutter"),
            (1, "da", "1 minut"),
            (0, "da", "0 minutter"),
            (26 * 60 + 5, "nb", "1 døgn, 2 timer og 5 minutter"),
        ],
    )
    def test_durations_are_exact(self, minutes: int, locale: str, expected: str) -> None:
        """Durations are written to the minute, never rounded to the hour."""
        assert i18n.format_duration(timedelta(minutes=minutes), locale) == expected

    def test_negative_duration(self) -> None:
        """A negative duration is a programming error, said plainly."""
        with pytest.raises(ValueError, match="negative"):
            i18n.format_duration(timedelta(minutes=-5), "da")


class TestCatalogues:
    def test_missing_message_falls_back(self) -> None:
        """A message without a translation comes back as itself."""
        assert i18n.translate("da", "No such label, surely") == "No such label, surely"
