"""Which year a programme is in, when most of its dates do not say.

Day headings rarely carry a year ("Torsdag 14. marts"). The year comes, in
this order, from ``year=``; from a programme date that has one ("Tid: 3.–4.
november 2025"); from a year in the title or header ("Strategikonferansen
2024"); or from the date the page was published or the e-mail sent, taking
the weekdays the headings name into account ("Publisert: 10.03.2025" and
"Torsdag 6. mars" give 2025: 6 March 2026 is a Friday). Without any of those
there is no year, and the importer says so instead of guessing.

>>> choose_year([PartialDate(6, 3, None, 3)], explicit=[], header_years=[],
...             references=[PartialDate(10, 3, 2025)], report=True)
(2025, 'the publication date 2025-03-10 and the weekdays')
>>> assign_years([PartialDate(30, 12), PartialDate(2, 1)], 2024)
[datetime.date(2024, 12, 30), datetime.date(2025, 1, 2)]
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from folkemode.importers.text.dates import PartialDate

__all__ = ["assign_years", "choose_year"]


def _weekday_hits(partials: Sequence[PartialDate], year: int) -> int:
    hits = 0
    for partial in partials:
        if partial.weekday is None or partial.year is not None:
            continue
        day = partial.with_year(year)
        if day is not None and day.weekday() == partial.weekday:
            hits += 1
        elif day is not None:
            hits -= 1
    return hits


def _best_fit(years: list[int], partials: Sequence[PartialDate]) -> int:
    """Of ``years``, the one the weekdays of ``partials`` fit best; the first on a tie."""
    if len(years) == 1:
        return years[0]
    hits = [_weekday_hits(partials, y) for y in years]
    return years[hits.index(max(hits))]


def choose_year(
    partials: Sequence[PartialDate],
    *,
    explicit: Sequence[PartialDate],
    header_years: Sequence[int],
    references: Sequence[PartialDate],
    report: bool,
    option: int | None = None,
    sentence_dates: Sequence[PartialDate] = (),
    other_years: Sequence[int] = (),
    described_years: Sequence[int] = (),
) -> tuple[int | None, str]:
    """The year of the first undated date, and where it came from (None, "" when unknown).

    Evidence in order of strength: ``year=``; a programme date with its year
    (``explicit``); a year in the title or a heading (``header_years``); a
    date with a year in a header sentence (``sentence_dates``); the
    publication date with the weekdays (``references``); any other year in
    the header (``other_years``); last, a year the sessions' descriptions name
    that the weekdays fit (``described_years``), and none that they do not.
    """
    if option is not None:
        return option, "year="
    for partial in explicit:
        if partial.year is not None:
            return partial.year, f"the date {partial.day}.{partial.month}.{partial.year}"
    if header_years:
        # "2021 Morgen med fullmåne" (a photo's caption) over "Fylkesårsmøte 2022" and
        # "Fredag 4. mars": of the header's years, the one the weekdays fit (else the first)
        year = _best_fit(list(dict.fromkeys(header_years)), partials)
        return year, f"the year {year} in the header"
    for partial in sentence_dates:
        # ("Fra 1. januar 2019 …" over "fredag 7. desember": a date in passing whose year
        # the weekdays deny is no evidence for theirs)
        if partial.year is not None and _weekday_hits(partials, partial.year) >= 0:
            return partial.year, f"the date {partial.day}.{partial.month}.{partial.year}"
    dated = [r for r in references if r.year is not None]
    if not dated:
        if other_years:
            # "… stortingsvalet 2021 … miljøpris for 2020" over "Laurdag 14. november": of
            # the years the text names, the one its weekdays fit (else the first named)
            year = _best_fit(list(dict.fromkeys(other_years)), partials)
            return year, f"the year {year} in the text"
        # "Middag … på Kulturkonferansen 2023" under "torsdag 30. mars": a year in passing,
        # taken only where the weekdays say it is the year
        fits = [y for y in dict.fromkeys(described_years) if _weekday_hits(partials, y) > 0]
        if fits:
            return fits[0], f"the year {fits[0]} in the programme and the weekdays"
        return None, ""
    reference = dated[0]
    assert reference.year is not None
    published = reference.with_year(reference.year) or date(reference.year, 1, 1)
    first = next((p for p in partials if p.year is None), None)
    candidates = [reference.year - 1, reference.year, reference.year + 1]
    scored = [(_weekday_hits(partials, y), y) for y in candidates]
    best = max(score for score, _ in scored)
    if best > 0:
        chosen = [y for score, y in scored if score == best]
        if first is not None and len(chosen) > 1:
            chosen.sort(key=lambda y: abs(((first.with_year(y) or published) - published).days))
        return chosen[0], f"the publication date {published.isoformat()} and the weekdays"
    if first is None:
        return reference.year, f"the publication date {published.isoformat()}"
    year = reference.year
    day = first.with_year(year)
    if report:
        if day is not None and day > published:
            year -= 1
    elif day is not None and day < published:
        year += 1
    return year, f"the publication date {published.isoformat()}"


def assign_years(partials: Sequence[PartialDate], base: int) -> list[date | None]:
    """Dates for ``partials`` in programme order, starting in ``base``.

    A date that goes back by half a year or more from the one before is taken
    to be in the next year (a programme across New Year).
    """
    result: list[date | None] = []
    year = base
    previous: tuple[int, int] | None = None
    for partial in partials:
        if partial.year is not None:
            year = partial.year
        elif (
            previous is not None
            and (partial.month, partial.day) < previous
            and (previous[0] - partial.month >= 6)
        ):
            year += 1
        result.append(partial.with_year(partial.year or year))
        previous = (partial.month, partial.day)
    return result
