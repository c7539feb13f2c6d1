"""The ``register_checks`` hook: a plugin adds a check, or replaces a built-in one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import folkemode
from folkemode import Check, Event, Finding
from folkemode.checks import BUILTIN_CHECKS, checks
from folkemode.checks.context import CheckContext
from folkemode.plugins import pm


def no_registration(event: Event, context: CheckContext) -> Iterator[Finding]:
    """X101: the event has no registration link."""
    if event.registration_url is None:
        yield Finding(code="X101", severity="warning", message="no registration link")


class Registration:
    @folkemode.hookimpl
    def register_checks(self, register: Callable[[Check], None]) -> None:
        register(
            Check(
                code="X101",
                name="registration-link",
                severity="warning",
                summary="The event has no registration link.",
                run=no_registration,
            )
        )


class QuietDuplicates:
    """Replaces the built-in duplicate check (by its name) with one that finds nothing."""

    @folkemode.hookimpl
    def register_checks(self, register: Callable[[Check], None]) -> None:
        register(
            Check(
                code="D101",
                name="duplicate",
                severity="info",
                summary="Nothing.",
                run=lambda event, context: [],
            )
        )


class TestHook:
    def test_the_built_in_checks_are_a_plugin(self) -> None:
        """The built-in checks are registered through the hook, as a plugin of their own."""
        checks()
        plugin = pm.get_plugin(BUILTIN_CHECKS)
        assert plugin is not None
        assert [h.name for h in pm.get_hookcallers(plugin) or ()] == ["register_checks"]

    def test_a_plugin_adds_a_check(self, register_plugin: Any, example: Event) -> None:
        """A plugin's check runs with the others, and select/ignore know its code."""
        register_plugin(Registration(), name="registration-check")
        assert [f.code for f in folkemode.check(example)] == ["X101"]
        assert folkemode.check(example, ignore=["X"]) == ()

    def test_a_plugin_replaces_a_built_in_check(self, register_plugin: Any) -> None:
        """A check registered under a built-in check's name takes its place."""
        event = Event.example()
        lunch = next(s for s in event.sessions if s.title == "Frokost")
        twice = event.with_sessions(
            folkemode.Session(title="Frokost", start=lunch.start, end=lunch.end)
        )
        assert [f.code for f in folkemode.check(twice)] == ["D101"]
        register_plugin(QuietDuplicates(), name="quiet-duplicates")
        assert folkemode.check(twice) == ()
        assert checks()["D101"].severity == "info"

    def test_context_findings_take_the_checks_severity(self, example: Event) -> None:
        """``CheckContext.finding`` words the message and takes the registered severity."""
        context = CheckContext(example, locale="en", severities={"S101": folkemode.Severity.ERROR})
        session = example.sessions[0]
        finding = context.finding("S101", "%(title)s twice", [session], title=session.title)
        assert (finding.severity, finding.message, finding.sessions, finding.line) == (
            "error",
            "Ankomst og registrering twice",
            (session.id,),
            None,
        )
