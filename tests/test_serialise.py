"""Canonical JSON: exact round trips and every problem reported with its path."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import folkemode
from folkemode import Event, InvalidInput
from folkemode.serialise import FORMAT_VERSION, from_json, to_dict, to_json
from tests.strategies import events


def example_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(to_json(Event.example()))
    return data


def problems(data: Any) -> list[str]:
    with pytest.raises(InvalidInput) as caught:
        from_json(json.dumps(data))
    return [str(d) for d in caught.value.diagnostics]


class TestRoundTrip:
    def test_example(self) -> None:
        """The shipped example survives dumps and loads unchanged."""
        event = Event.example()
        text = folkemode.dumps(event, format="json")
        assert folkemode.loads(text, format="json") == event

    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
    @given(events())
    def test_every_generated_event(self, event: Event) -> None:
        """Any valid event comes back equal, in its own zone, with its ids."""
        back = from_json(to_json(event))
        assert back == event
        assert [s.id for s in back.sessions] == [s.id for s in event.sessions]
        for session in back.sessions:
            if session.start is not None:
                assert session.start.tzinfo is not None
                assert str(session.start.tzinfo) == event.timezone

    def test_rounds_are_shared_objects(self) -> None:
        """Sessions of one round refer to the event's round object itself."""
        back = from_json(to_json(Event.example()))
        parallel = back.parallel_sessions(back.rounds[0])
        assert len(parallel) == 3
        assert all(s.round is back.rounds[0] for s in parallel)

    def test_text_is_readable_utf8(self) -> None:
        """Nordic letters are written as themselves, not as escapes."""
        text = to_json(Event.example())
        assert "Efterårsseminar" in text and "\\u00e5" not in text

    def test_versioned(self) -> None:
        """The document says which format version it is."""
        assert to_dict(Event.example())["folkemode"] == FORMAT_VERSION

    def test_datetimes_have_offsets(self) -> None:
        """Datetimes are ISO 8601 with their UTC offset, next to the IANA zone."""
        data = example_data()
        assert data["timezone"] == "Europe/Copenhagen"
        assert data["sessions"][0]["start"] == "2025-11-13T09:30:00+01:00"


class TestBadJson:
    def test_syntax_error_names_the_line(self) -> None:
        """Broken JSON is reported with its line and column."""
        with pytest.raises(InvalidInput) as caught:
            from_json('{\n  "folkemode": 2,\n  "name": "x",,\n}')
        assert str(caught.value.diagnostics[0]).startswith("line 3: not valid JSON")

    def test_wrong_type(self) -> None:
        """A number where a title belongs is named by its path."""
        data = example_data()
        data["sessions"][1]["title"] = 42
        assert problems(data) == ["$.sessions[1].title: expected a string, got a number"]

    def test_naive_datetime(self) -> None:
        """A datetime without an offset is refused with a hint."""
        data = example_data()
        data["sessions"][2]["start"] = "2025-11-13T10:30:00"
        (problem,) = problems(data)
        assert problem.startswith("$.sessions[2].start: expected an ISO 8601 datetime with offset")

    def test_not_a_datetime(self) -> None:
        """Text that is no datetime at all is refused at its path."""
        data = example_data()
        data["rounds"][0]["start"] = "half past one"
        (problem,) = problems(data)
        assert problem.startswith("$.rounds[0].start: expected an ISO 8601 datetime")

    def test_unknown_keys(self) -> None:
        """Unknown keys are refused at every level."""
        data = example_data()
        data["colour"] = "red"
        data["sessions"][0]["speakr"] = []
        assert problems(data) == [
            "$.sessions[0]: unknown key: speakr",
            "$: unknown key: colour",
        ]

    def test_end_before_start(self) -> None:
        """A session ending before it starts is named by its index."""
        data = example_data()
        data["sessions"][3]["end"] = "2025-11-13T11:00:00+01:00"
        (problem,) = problems(data)
        assert problem.startswith("$.sessions[3]: end 2025-11-13T11:00:00+01:00 is before start")

    def test_unknown_locale(self) -> None:
        """Only supported locales are accepted."""
        data = example_data()
        data["locale"] = "sv"
        assert problems(data) == [
            "$.locale: locale 'sv' is not supported; expected one of da, nb, nn, en"
        ]

    def test_every_problem_at_once(self) -> None:
        """All problems are listed in one error, never a partial event."""
        data = example_data()
        data["locale"] = "sv"
        data["timezone"] = "Europe/Atlantis"
        data["sessions"][0]["kind"] = "party"
        data["sessions"][2]["start"] = "2025-11-13T10:30:00"
        data["sessions"][4]["round"] = "no-such-round"
        del data["name"]
        found = problems(data)
        assert len(found) == 6
        assert {p.split(":")[0] for p in found} == {
            "$.locale",
            "$.timezone",
            "$.sessions[0].kind",
            "$.sessions[2].start",
            "$.sessions[4].round",
            "$.name",
        }

    def test_missing_version(self) -> None:
        """A document without the format version is not guessed at."""
        data = example_data()
        del data["folkemode"]
        (problem,) = problems(data)
        assert problem.startswith('$.folkemode: expected "folkemode": 2')

    def test_not_an_object(self) -> None:
        """A JSON list is not an event."""
        assert problems([1, 2]) == ["$: expected a JSON object describing an event, got a list"]

    def test_error_is_a_folkemode_error(self) -> None:
        """Callers can catch one documented exception type."""
        with pytest.raises(folkemode.FolkemodeError):
            folkemode.loads("{", format="json")


class TestJsonSchema:
    def test_output_validates(self) -> None:
        """The published JSON Schema accepts what we write."""
        jsonschema = pytest.importorskip("jsonschema")
        from folkemode.schema import json_schema

        schema = json_schema()
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.validate(example_data(), schema)

    @settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
    @given(events())
    def test_generated_output_validates(self, event: Event) -> None:
        """Every generated event's JSON satisfies the schema."""
        import jsonschema

        from folkemode.schema import json_schema

        jsonschema.validate(to_dict(event), json_schema())

    def test_published_file_matches_the_model(self) -> None:
        """The shipped schema file is what the model generates today."""
        from folkemode.schema import build_schema, json_schema

        assert json_schema() == build_schema(), "run: python -m folkemode.schema > src/..."

    def test_schema_rejects_unknown_keys(self) -> None:
        """The schema is as strict as the reader."""
        import jsonschema

        from folkemode.schema import json_schema

        data = example_data()
        data["sessions"][0]["speakr"] = []
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(data, json_schema())
