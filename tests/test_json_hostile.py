"""Hostile canonical JSON: one InvalidInput naming every problem, or an event that writes.

``folkemode.loads(text, format="json")`` either raises :class:`InvalidInput`,
whose diagnostics name a JSON path and what was expected, or returns an event
that every built-in exporter writes as UTF-8 text. Never another exception,
never an internal error message.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import folkemode
import folkemode.plugins
from folkemode import Event, InvalidInput
from folkemode.serialise import FIRST_YEAR, LAST_YEAR, MAX_AGENDA_DEPTH, from_dict, to_json
from tests.strategies import events

BUILT_IN = ("json", "ics", "csv", "jsonld", "html")

# What must never reach a user: Python's own exception text and internals.
INTERNALS = re.compile(
    r"Error\b|Exception|object has no attribute|SimpleNamespace|Traceback|"
    r"not iterable|not subscriptable|<class|cattrs|NoneType"
)


def example_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(to_json(Event.example()))
    return data


def refused(text: str) -> list[str]:
    """Every problem ``loads`` reports for ``text``; each is checked for leaks."""
    with pytest.raises(InvalidInput) as caught:
        folkemode.loads(text, format="json")
    found = [str(d) for d in caught.value.diagnostics]
    assert found
    str(caught.value).encode("utf-8")  # the message itself can be printed anywhere
    for problem in found:
        assert not INTERNALS.search(problem), problem
    return found


def problems(data: Any) -> list[str]:
    return refused(json.dumps(data))


def writes_everywhere(event: Event) -> None:
    """The event dumps in every built-in format, as text UTF-8 can encode; a plugin's
    format may refuse it, but only with folkemode's own error (frab needs dates)."""
    assert set(BUILT_IN) <= set(folkemode.plugins.exporters())
    for name in folkemode.plugins.exporters():
        try:
            out = folkemode.dumps(event, format=name)
        except folkemode.FolkemodeError:
            if name in BUILT_IN:
                raise
            continue
        if isinstance(out, str):
            out.encode("utf-8")


def accepted(data: Any) -> Event:
    event = folkemode.loads(json.dumps(data), format="json")
    writes_everywhere(event)
    return event


def agenda(depth: int) -> dict[str, Any]:
    """An agenda item with ``depth`` levels, built without recursion."""
    item: dict[str, Any] = {"text": f"level {depth}"}
    for level in range(depth - 1, 0, -1):
        item = {"text": f"level {level}", "children": [item]}
    return item


def agenda_text(depth: int) -> str:
    """The JSON of :func:`agenda` for depths ``json.dumps`` cannot reach."""
    return '{"text": "a", "children": [' * (depth - 1) + '{"text": "a"}' + "]}" * (depth - 1)


# -- stray exceptions ------------------------------------------------------------------


class TestStrayExceptions:
    @pytest.mark.parametrize("opening,closing", [("[", "]"), ('{"a": ', "}")])
    def test_deep_json(self, opening: str, closing: str) -> None:
        """Lists or objects nested 1,000+ deep are refused, not a RecursionError."""
        for depth in (1_000, 5_000, 100_000):
            (problem,) = refused(opening * depth + "1" + closing * depth)
            assert problem.startswith("$: lists and objects are nested too deeply")

    def test_deep_json_inside_a_document(self) -> None:
        """Deep nesting under a known key is refused the same way."""
        text = to_json(Event.example()).replace(
            '"folkemode": 2,', '"folkemode": 2, "description": ' + "[" * 3000 + "]" * 3000 + ","
        )
        (problem,) = refused(text)
        assert "nested too deeply" in problem

    def test_agendas_nested_200_deep(self) -> None:
        """Items nested 200 deep are refused at the first level too deep, with its path."""
        data = example_data()
        data["sessions"][0]["items"] = [agenda(200)]
        (problem,) = problems(data)
        path = "$.sessions[0].items[0]" + ".children[0]" * MAX_AGENDA_DEPTH
        assert problem == (
            f"{path}: expected agenda items nested at most {MAX_AGENDA_DEPTH} levels deep, "
            f"got an item at level {MAX_AGENDA_DEPTH + 1}"
        )

    def test_agendas_nested_thousands_deep(self) -> None:
        """Deeper than the JSON reader goes, or just short of it: refused either way."""
        base = to_json(Event.example())
        for depth in (300, 450, 2_000):
            text = base.replace('"items": [', '"items": [' + agenda_text(depth) + ", ", 1)
            (problem,) = refused(text)
            assert "nested" in problem

    def test_agendas_at_the_limit(self) -> None:
        """Exactly the limit is read and written in every format."""
        data = example_data()
        data["sessions"][0]["items"] = [agenda(MAX_AGENDA_DEPTH)]
        event = accepted(data)
        item = event.sessions[0].items[0]
        for _ in range(MAX_AGENDA_DEPTH - 1):
            (item,) = item.children
        assert item.text == f"level {MAX_AGENDA_DEPTH}"

    @pytest.mark.parametrize(
        "where,expected",
        [
            (
                '"folkemode": 2',
                '$.folkemode: expected "folkemode": 2 (the format version; 1 and 2 are read), got',
            ),
            ('"name": "Kommunalpolitisk Efterårsseminar 2025"', "$.name: expected a string, got"),
        ],
    )
    def test_4301_digit_integer(self, where: str, expected: str) -> None:
        """A number beyond Python's int parsing limit is refused at its path."""
        text = to_json(Event.example())
        key = where.split(":")[0]
        assert where in text
        (problem,) = refused(text.replace(where, f"{key}: {'1' * 4301}"))
        assert problem == f"{expected} a number of 4,301 digits"

    def test_4301_digit_amount(self) -> None:
        data = example_data()
        data["price"] = {"text": "Gratis", "amount": 0}
        text = json.dumps(data).replace('"amount": 0', f'"amount": -{"9" * 4301}')
        (problem,) = refused(text)
        assert problem == (
            "$.price.amount: expected an amount of at most 12 digits before the point, "
            "got a number of 4,301 digits"
        )

    def test_4301_digit_integer_under_an_unknown_key(self) -> None:
        text = to_json(Event.example()).replace(
            '"folkemode": 2,', f'"x": {"7" * 5000}, "folkemode": 2,'
        )
        assert refused(text) == ["$: unknown key: x"]


# -- accepted, then unwritable -----------------------------------------------------------


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``data`` at a path such as ``sessions.0.links.0`` (creating the last key)."""
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


class TestUnwritable:
    @pytest.mark.parametrize(
        "path",
        [
            "url",
            "registration_url",
            "venue.online_url",
            "sessions.0.links",
            "organisers.0.url",
        ],
    )
    @pytest.mark.parametrize("newline", ["\r\n", "\n", "\r", "\u2028"])
    def test_line_breaks_in_urls(self, path: str, newline: str) -> None:
        """A URL is one line: CR/LF inside one is refused, with the path."""
        data = example_data()
        data.setdefault("organisers", [{"name": "KL"}])
        url = f"https://kl.dk/{newline}X-Injected: yes"
        _put(data, path, [url] if path.endswith("links") else url)
        (problem,) = problems(data)
        where = "$." + re.sub(r"\.(\d+)", r"[\1]", path) + ("[0]" if path.endswith("links") else "")
        assert problem.startswith(f"{where}: expected a single line of text, got a line break in ")

    @pytest.mark.parametrize(
        "path",
        [
            "name",
            "description",
            "sessions.0.title",
            "sessions.0.description",
            "sessions.1.speakers.0.name",
            "venue.platform",
            "tracks.0.name",
            "rounds.0.name",
        ],
    )
    @pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "\udc80"])
    def test_lone_surrogates(self, path: str, surrogate: str) -> None:
        """A lone surrogate, escaped or raw, is refused wherever it is (descriptions too)."""
        data = example_data()
        _put(data, path, f"A{surrogate}")
        where = "$." + re.sub(r"\.(\d+)", r"[\1]", path)
        expected = (
            f"{where}: expected Unicode text, got a lone surrogate "
            f"U+{ord(surrogate):04X} in 'A\\u{ord(surrogate):04x}'"
        )
        assert problems(data) == [expected]
        raw = json.dumps(data, ensure_ascii=False)  # the surrogate itself in the text
        assert refused(raw) == [expected]

    def test_lone_surrogate_in_a_key(self) -> None:
        """An unknown key is named without writing the surrogate into the message."""
        data = example_data()
        data["sessions"][0]["A\ud800"] = 1
        assert problems(data) == ["$.sessions[0]: unknown key: 'A\\ud800'"]

    @pytest.mark.parametrize(
        "path",
        [
            "sessions.0.start",
            "sessions.0.end",
            "start",
            "end",
            "rounds.0.start",
            "editions.0.start",
        ],
    )
    @pytest.mark.parametrize(
        "moment",
        [
            "0001-01-01T09:00:00+01:00",
            "0001-01-01T00:00:00+00:00",
            "0999-12-31T23:00:00+01:00",
            "9999-01-01T09:00:00+01:00",
            "9999-12-31T23:59:59+00:00",
            "1000-01-01T00:30:00+14:00",  # 999 in UTC
            "9998-01-01T09:00:00+01:00",
            "9997-12-31T23:30:00-12:00",  # 9998 in UTC
        ],
    )
    def test_datetimes_outside_the_years(self, path: str, moment: str) -> None:
        """Datetimes in year 1 or 9999 (as written or in UTC) are refused at their path."""
        data = example_data()
        data.setdefault("editions", [{"start": "2026-11-12T09:00:00+01:00"}])
        _put(data, path, moment)
        found = problems(data)
        where = "$." + re.sub(r"\.(\d+)", r"[\1]", path)
        expected = f"{where}: expected a datetime in the years {FIRST_YEAR} to {LAST_YEAR}, "
        expected += f"got {moment!r}"
        assert [p for p in found if p.startswith(expected)], found

    def test_the_year_in_utc_and_in_the_zone(self) -> None:
        """A moment in the first year as written but not in UTC or the zone says so."""
        data = example_data()
        data["start"] = "1000-01-01T00:30:00+01:00"
        data["end"] = "2025-11-14T16:00:00+01:00"
        assert problems(data) == [
            f"$.start: expected a datetime in the years {FIRST_YEAR} to {LAST_YEAR}, "
            "got '1000-01-01T00:30:00+01:00', which is in 999 in UTC"
        ]
        data["timezone"] = "America/Nuuk"
        data["rounds"], data["sessions"] = [], []
        data["start"] = "1000-01-01T03:00:00+00:00"
        assert problems(data) == [
            f"$.start: expected a datetime in the years {FIRST_YEAR} to {LAST_YEAR}, "
            "got '1000-01-01T03:00:00+00:00', which is in 999 in America/Nuuk"
        ]

    def test_event_ending_9999_12_31(self) -> None:
        data = {"folkemode": 2, "name": "Til verdens ende", "start": "2025-11-13T09:00:00+01:00"}
        data["end"] = "9999-12-31T00:00:00+01:00"
        assert problems(data) == [
            f"$.end: expected a datetime in the years {FIRST_YEAR} to {LAST_YEAR}, "
            "got '9999-12-31T00:00:00+01:00'"
        ]

    @pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
    def test_dates_outside_the_years(self, day: str) -> None:
        data = example_data()
        data["registration_deadline"] = day
        assert problems(data) == [
            f"$.registration_deadline: expected a date in the years {FIRST_YEAR} to {LAST_YEAR}, "
            f"got {day!r}"
        ]

    def test_datetimes_at_the_edges(self) -> None:
        """The first and last years are read, and written in every format."""
        for start, end in [
            ("1000-01-01T12:00:00+01:00", "1000-01-02T12:00:00+01:00"),
            ("9997-12-31T09:00:00+01:00", "9997-12-31T22:00:00+01:00"),
        ]:
            data = {"folkemode": 2, "name": "Kanten", "start": start, "end": end}
            data["sessions"] = [{"id": "x", "title": "Velkomst", "kind": "talk", "start": start}]
            data["editions"] = [{"start": start, "end": end}]
            accepted(data)
            data["all_day"] = True
            accepted(data)

    @pytest.mark.parametrize(
        "amount,expected",
        [
            ("1e5000", "expected a decimal number in plain digits such as '1950.00', got '1e5000'"),
            ("1E3", "expected a decimal number in plain digits such as '1950.00', got '1E3'"),
            ("1_000", "expected a decimal number in plain digits such as '1950.00', got '1_000'"),
            ("Infinity", "expected a finite decimal number, got 'Infinity'"),
            ("-inf", "expected a finite decimal number, got '-inf'"),
            ("NaN", "expected a finite decimal number, got 'NaN'"),
            ("sNaN", "expected a finite decimal number, got 'sNaN'"),
            (
                "1234567890123",
                "expected an amount of at most 12 digits before the point, got '1234567890123'",
            ),
            (
                "0.1234567890123",
                "expected an amount of at most 12 digits after the point, got '0.1234567890123'",
            ),
            (
                10**12,
                "expected an amount of at most 12 digits before the point, got 1000000000000",
            ),
            ("gratis", "expected a decimal number such as '1950.00', got 'gratis'"),
            (1.5, "expected a decimal number as a string, got a number"),
        ],
    )
    def test_amounts(self, amount: Any, expected: str) -> None:
        """Amounts are plain, finite and of a sane size."""
        data = example_data()
        data["price"] = {"text": "Deltagergebyr", "amount": amount}
        assert problems(data) == [f"$.price.amount: {expected}"]

    @pytest.mark.parametrize("amount", ["1950.00", "0", "-5", "999999999999.999999999999", 1950])
    def test_sane_amounts(self, amount: Any) -> None:
        data = example_data()
        data["price"] = {"text": "Deltagergebyr", "amount": amount, "currency": "DKK"}
        assert str(accepted(data).price.amount) == str(amount)  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        "path",
        [
            "venue.platform",
            "venue.name",
            "contacts.0.name",
            "contacts.0.email",
            "sessions.0.title",
            "sessions.0.room",
            "sessions.0.id",
            "sessions.0.description",
            "tracks.0.id",
            "description",
        ],
    )
    @pytest.mark.parametrize("control", ["\x00", "\x1b", "\x07", "\x0b", "\x0c", "\x7f", "\x85"])
    def test_control_characters(self, path: str, control: str) -> None:
        """NUL, ESC, DEL, C1 and the like are refused, even in descriptions."""
        data = example_data()
        data.setdefault("contacts", [{"name": "Ida Holm"}])
        _put(data, path, f"Zo{control}om")
        where = "$." + re.sub(r"\.(\d+)", r"[\1]", path)
        found = problems(data)
        assert found[0] == (
            f"{where}: expected text without control characters, "
            f"got U+{ord(control):04X} in {f'Zo{control}om'!r}"
        )

    @pytest.mark.parametrize(
        "path", ["name", "sessions.0.title", "venue.platform", "contacts.0.name", "tracks.0.id"]
    )
    def test_line_breaks_in_single_lines(self, path: str) -> None:
        """Names, titles, platforms and ids are single lines."""
        data = example_data()
        data.setdefault("contacts", [{"name": "Ida Holm"}])
        _put(data, path, "Første linje\nanden linje")
        where = "$." + re.sub(r"\.(\d+)", r"[\1]", path)
        assert problems(data)[0] == (
            f"{where}: expected a single line of text, got a line break in "
            "'Første linje\\nanden linje'"
        )

    def test_what_is_still_read(self) -> None:
        """Descriptions keep their lines; tabs and breaks at the ends of a name are fine."""
        data = example_data()
        data["description"] = "Første linje\r\nanden linje\n\n\ttredje"
        data["sessions"][0]["description"] = "a\u2028b"
        data["sessions"][0]["title"] = "\n Velkomst\tved formanden \r\n"
        event = accepted(data)
        assert event.description == "Første linje\r\nanden linje\n\n\ttredje"
        assert event.sessions[0].title == "Velkomst\tved formanden"


# -- silent coercions -------------------------------------------------------------------


class TestSilentCoercions:
    @pytest.mark.parametrize(
        "path,value,expected",
        [
            ("sessions.0.links", "https://kl.dk", "expected a list, got a string"),
            ("sessions", {"0": {"title": "x"}}, "expected a list, got an object"),
            ("sessions", "abc", "expected a list, got a string"),
            ("sessions", None, "expected a list, got null"),
            ("sessions.1.speakers", "Ida Holm", "expected a list, got a string"),
            ("sessions.0.items", "Velkomst", "expected a list, got a string"),
            ("organisers", {"name": "KL"}, "expected a list, got an object"),
            ("tracks", "spor", "expected a list, got a string"),
            ("editions", 3, "expected a list, got a number"),
        ],
    )
    def test_a_string_is_not_a_list(self, path: str, value: Any, expected: str) -> None:
        """Where a list belongs, a string (or an object) is an error, not a list of letters."""
        data = example_data()
        _put(data, path, value)
        where = "$." + re.sub(r"\.(\d+)", r"[\1]", path)
        assert f"{where}: {expected}" in problems(data)

    @pytest.mark.parametrize(
        "version,shown",
        [(True, "true"), (1.0, "1.0"), ("1", '"1"'), (None, "null"), (3, "3"), (0, "0")],
    )
    def test_version_is_the_integer_1_or_2(self, version: Any, shown: str) -> None:
        data = example_data()
        data["folkemode"] = version
        assert problems(data) == [
            '$.folkemode: expected "folkemode": 2 (the format version; 1 and 2 are read), '
            f"got {shown}"
        ]

    def test_version_1_is_still_read(self) -> None:
        """A document written before sessions had a status reads as it did."""
        data = example_data()
        data["folkemode"] = 1
        assert from_dict(data) == Event.example()

    def test_duplicate_keys(self) -> None:
        """A key given twice is an error naming the key, at the object's path."""
        text = to_json(Event.example())
        text = text.replace('"folkemode": 2,', '"folkemode": 2, "name": "Andet navn",', 1)
        text = text.replace('"title": "Ankomst', '"title": "x", "title": "Ankomst', 1)
        assert refused(text) == [
            "$.sessions[0]: duplicate key: title; expected each key once",
            "$: duplicate key: name; expected each key once",
        ]

    def test_duplicate_keys_with_other_problems(self) -> None:
        """Keys given twice are listed with the object's other problems."""
        data = example_data()
        data["venue"] = {"name": 5}
        text = json.dumps(data).replace('"venue": {"name": 5}', '"venue": {"name": 5, "name": 6}')
        found = refused(text)
        assert "$.venue.name: expected a string, got a number" in found
        assert "$.venue: duplicate key: name; expected each key once" in found

    def test_duplicate_keys_in_an_agenda(self) -> None:
        data = example_data()
        data["sessions"][0]["items"] = [{"text": "a", "children": [{"text": "b"}]}]
        text = json.dumps(data).replace('{"text": "b"}', '{"text": "b", "text": "c", "text": "d"}')
        assert refused(text) == [
            "$.sessions[0].items[0].children[0]: duplicate key: text; expected each key once"
        ]

    @pytest.mark.parametrize(
        "zone", ["localtime", "posixrules", "Factory", "europe/copenhagen", "posix/Europe/Oslo"]
    )
    def test_zones_that_are_not_iana_zones(self, zone: str) -> None:
        """Files of the tz database that are not zones are refused at $.timezone, alone."""
        data = example_data()
        data["timezone"] = zone
        assert problems(data) == [
            f"$.timezone: timezone {zone!r} is not an IANA time zone such as 'Europe/Copenhagen'"
        ]

    @pytest.mark.parametrize("zone", ["Europe/Oslo", "UTC", "America/Nuuk", "Atlantic/Faroe"])
    def test_iana_zones(self, zone: str) -> None:
        data = example_data()
        data["timezone"] = zone
        # A round's id comes from its start in the event's zone: another zone, another id.
        for round in data["rounds"]:
            round["id"] = "runde-1"
        for session in data["sessions"]:
            if "round" in session:
                session["round"] = "runde-1"
        assert accepted(data).timezone == zone


# -- messages ------------------------------------------------------------------------


class TestMessages:
    @pytest.mark.parametrize(
        "value,got",
        [("abc", "a string"), (None, "null"), ([], "a list"), (7, "a number"), (True, "a boolean")],
    )
    def test_a_session_that_is_not_an_object(self, value: Any, got: str) -> None:
        data = example_data()
        data["sessions"][0] = value
        assert problems(data) == [f"$.sessions[0]: expected an object, got {got}"]

    @pytest.mark.parametrize("path", ["venue", "price", "sessions.1.speakers.0", "rounds.0"])
    def test_other_objects(self, path: str) -> None:
        data = example_data()
        _put(data, path, "abc")
        where = "$." + re.sub(r"\.(\d+)", r"[\1]", path)
        assert problems(data) == [f"{where}: expected an object, got a string"]

    def test_only_the_real_problem_of_an_invalid_start(self) -> None:
        """An unreadable start is reported alone, not again by the end compared with it."""
        data = example_data()
        data["start"] = "i morgen"
        assert problems(data) == [
            "$.start: expected an ISO 8601 datetime with offset such as "
            "'2025-11-13T09:30:00+01:00', got 'i morgen'"
        ]

    def test_kinds_of_other_types(self) -> None:
        data = example_data()
        data["sessions"][0]["kind"] = ["talk"]
        (problem,) = problems(data)
        assert problem.startswith("$.sessions[0].kind: expected one of plenary, talk,")
        assert problem.endswith("got a list")

    def test_long_values_are_shortened(self) -> None:
        data = example_data()
        data["sessions"][0]["start"] = "x" * 100_000
        (problem,) = problems(data)
        assert len(problem) < 250

    def test_the_whole_document_not_an_object(self) -> None:
        for value in ("abc", None, 1, True):
            assert problems(value) == [
                f"$: expected a JSON object describing an event, got {json.dumps(value)}".replace(
                    '"abc"', "a string"
                )
                .replace("1", "a number")
                .replace("true", "a boolean")
            ]


class TestFromDict:
    """``from_dict`` takes data built in Python too (the ICS importer's): the same rules."""

    def test_python_values(self) -> None:
        from folkemode.serialise import from_dict

        for data, expected in [
            ({"folkemode": 2, "name": "x", 1: 2, None: 3}, "$: unknown keys: a number, null"),
            (
                {"folkemode": 2, "name": "x", "price": {"text": "a", "amount": 10**5000}},
                "$.price.amount: expected an amount of at most 12 digits before the point, "
                "got a larger number",
            ),
            ({"folkemode": 20**5000, "name": "x"}, '$.folkemode: expected "folkemode": 2'),
        ]:
            with pytest.raises(InvalidInput) as caught:
                from_dict(data)
            (problem,) = caught.value.diagnostics
            assert str(problem).startswith(expected)

    def test_deep_python_data(self) -> None:
        """Nesting no JSON text could bring (Python lists a million deep) is refused too."""
        from folkemode.serialise import from_dict

        deep: list[Any] = []
        for _ in range(1_000_000):
            deep = [deep]
        item: dict[str, Any] = {"text": "a"}
        for _ in range(100_000):
            item = {"text": "a", "children": [item]}
        data = {"folkemode": 2, "name": "x", "description": deep, "sessions": [{"title": "t"}]}
        data["sessions"][0]["items"] = [item]
        with pytest.raises(InvalidInput) as caught:
            from_dict(data)
        assert [d.path for d in caught.value.diagnostics] == [
            "$.sessions[0].items[0]" + ".children[0]" * MAX_AGENDA_DEPTH,
            "$.description",
        ]


# -- fuzzing ---------------------------------------------------------------------------


class Raw:
    """JSON text written as it is: numbers Python cannot hold, nesting it cannot write."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Raw({self.text[:40]!r}{'…' if len(self.text) > 40 else ''})"


class Pairs:
    """An object that may give a key twice."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        self.pairs = pairs

    def __repr__(self) -> str:
        return f"Pairs({self.pairs!r})"


def write(value: Any, *, ascii: bool) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, (dict, Pairs)):
        pairs = value.pairs if isinstance(value, Pairs) else list(value.items())
        inner = ", ".join(
            f"{json.dumps(k, ensure_ascii=ascii)}: {write(v, ascii=ascii)}" for k, v in pairs
        )
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ", ".join(write(v, ascii=ascii) for v in value) + "]"
    return json.dumps(value, ensure_ascii=ascii)


HOSTILE_CHARACTERS = [
    "\x00",
    "\x01",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9b",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\u2028",
    "\u2029",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\ufeff",
    "\ufffe",
    "\U0010ffff",
    "\u202e",
    "\u0301",
    " ",
    "",
]
FIELD_NAMES = sorted(
    {
        name
        for cls in (
            folkemode.Event,
            folkemode.Session,
            folkemode.Venue,
            folkemode.Price,
            folkemode.AgendaItem,
            folkemode.Speaker,
            folkemode.Organisation,
            folkemode.Contact,
            folkemode.Track,
            folkemode.WorkshopRound,
            folkemode.Edition,
        )
        for name in (field.name for field in __import__("attrs").fields(cls))
    }
)
EDGE_STRINGS = [
    "1e5000",
    "-1e-5000",
    "Infinity",
    "NaN",
    "999999999999.999999999999",
    "1000-01-01T00:00:00+14:00",
    "1000-01-01T00:00:00-12:00",
    "9998-12-31T23:59:59-12:00",
    "9998-12-31T23:59:59+14:00",
    "1000-01-01",
    "9998-12-31",
    "0001-01-01T00:00:00+00:00",
    "9999-12-31T23:59:59+00:00",
    "2025-11-13T09:30:00+01:00",
    "2025-11-13T09:30:00.123456+01:00:30",
    "2025-11-13T09:30:00Z",
    "2025-11-13",
    "2025-W46-4",
    "20251113T0930+0100",
    "talk",
    "workshop",
    "Europe/Copenhagen",
    "UTC",
    "localtime",
    "Factory",
    "posixrules",
    "Etc/GMT-14",
    "da",
    "en",
    "https://kl.dk/\r\nX: y",
    "javascript:alert(1)",
    "mailto:a@b.dk",
    "</script><script>alert(1)</script>",
    '=HYPERLINK("x")',
    "BEGIN:VEVENT",
    "{{ 7*7 }}",
    "",
    " ",
    "x" * 5000,
]
RAW_NUMBERS = ["1" * 4301, "-" + "9" * 5000, "1e5000", "-1e400", "1E-400", "0.1e1", "-0", "1.0"]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**15), 10**15)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(EDGE_STRINGS)
    | st.sampled_from(RAW_NUMBERS).map(Raw)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def locations(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in the document, found without recursion."""
    found: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        keys = range(len(node)) if isinstance(node, list) else list(node)
        for key in keys:
            found.append((node, key))
            if isinstance(node[key], (dict, list)):
                stack.append(node[key])
    return found


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A valid document with a few random mutations, as JSON text."""
    event = draw(st.just(Event.example()) | events(max_sessions=6))
    text = folkemode.dumps(event, format="json")
    assert isinstance(text, str)
    data: Any = json.loads(text)
    for _ in range(draw(st.integers(1, 4))):
        places = locations(data)
        if not places:
            break
        container, key = places[draw(st.integers(0, len(places) - 1))]
        value = container[key]
        operation = draw(
            st.sampled_from(
                ["replace", "delete", "add", "duplicate", "nest", "agenda", "characters", "list"]
            )
        )
        if operation == "replace":
            container[key] = draw(json_values)
        elif operation == "delete":
            del container[key]
        elif operation == "add" and isinstance(value, dict):
            value[draw(st.sampled_from(FIELD_NAMES))] = draw(json_values)
        elif operation == "duplicate" and isinstance(value, dict) and value:
            pairs = list(value.items())
            twice = draw(st.sampled_from(pairs))
            where = draw(st.integers(0, len(pairs)))
            replacement = draw(st.just(twice[1]) | json_values)
            container[key] = Pairs([*pairs[:where], (twice[0], replacement), *pairs[where:]])
        elif operation == "nest":
            depth = draw(st.integers(1, 3000))
            opening, closing = draw(st.sampled_from([("[", "]"), ('{"text": ', "}")]))
            inner = write(value, ascii=True)
            container[key] = Raw(opening * depth + inner + closing * depth)
        elif operation == "agenda":
            depth = draw(st.integers(MAX_AGENDA_DEPTH - 2, 1500))
            container[key] = Raw("[" + agenda_text(depth) + "]")
        elif operation == "characters" and isinstance(value, str):
            at = draw(st.integers(0, len(value)))
            character = draw(st.sampled_from(HOSTILE_CHARACTERS))
            container[key] = value[:at] + character + value[at:]
        elif operation == "list" and isinstance(value, list) and value:
            container[key] = draw(st.sampled_from([value[0], value * 3, [value], {"0": value}]))
    return write(data, ascii=draw(st.booleans()))


def check(text: str) -> None:
    """InvalidInput and nothing else, or an event every exporter writes as UTF-8."""
    try:
        event = folkemode.loads(text, format="json")
    except InvalidInput as error:
        assert error.diagnostics
        str(error).encode("utf-8")
        for diagnostic in error.diagnostics:
            assert diagnostic.path is not None or diagnostic.line is not None, diagnostic
            assert diagnostic.code != "internal-error", diagnostic
            assert not INTERNALS.search(diagnostic.message), diagnostic
        return
    writes_everywhere(event)
    # What was read is written as canonical JSON that reads back as the same event.
    again = folkemode.dumps(event, format="json")
    assert isinstance(again, str)
    assert folkemode.loads(again, format="json") == event


class TestFuzz:
    @settings(
        max_examples=250,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutated())
    def test_mutated_documents(self, text: str) -> None:
        check(text)

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(json_values)
    def test_any_json_value(self, value: Any) -> None:
        check(write(value, ascii=False))

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=8))
    def test_any_object_with_a_version(self, data: dict[str, Any]) -> None:
        check(write({"folkemode": 2, **data}, ascii=False))

    def test_the_example_mutated_by_hand(self) -> None:
        """A few mutations the fuzzer may take long to find, checked every run."""
        base = example_data()
        for path, value in [
            ("sessions.0", Raw("1" * 4301)),
            ("sessions.0.items", Raw("[" + agenda_text(700) + "]")),
            ("venue", Pairs([("name", "A"), ("name", "B")])),
            ("price", {"text": "x", "amount": "1e5000"}),
            ("end", "9999-12-31T00:00:00+01:00"),
            ("venue.platform", "Zoom\x00"),
        ]:
            data = copy.deepcopy(base)
            _put(data, path, value)
            check(write(data, ascii=False))


class TestNoZoneWritten:
    def test_times_read_in_the_default_zone(self) -> None:
        """With no "timezone", times are read in the event's default zone, as written later."""
        text = (
            '{"folkemode": 2, "name": "Møde", "rounds": '
            '[{"name": "Runde", "start": "2000-01-01T00:00:00+00:00"}]}'
        )
        event = folkemode.loads(text, format="json")
        again = folkemode.loads(folkemode.dumps(event, format="json"), format="json")
        assert again == event
        assert [r.id for r in again.rounds] == ["20000101-0100-runde"]
