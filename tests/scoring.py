"""Scoring an imported programme against its annotation (NNN.expected.json).

The rules are those of the project's scoring tool: a session matches when
its date, its start and the start of its title agree (case and spaces
folded); ends, kinds and speakers are compared on matched sessions; parallel
groups must share one WorkshopRound object; untimed titles, the event's
first day, start and end, locale, venue, editions, contacts and the most
sessions allowed are checks. :func:`score` returns the counts and the misses
so tests can say exactly what went wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import folkemode


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold().replace("–", "-")


def hhmm(value: datetime | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


def f1(hits: int, predicted: int, true: int) -> float:
    if predicted == 0 and true == 0:
        return 1.0
    precision = hits / predicted if predicted else 0.0
    recall = hits / true if true else 0.0
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


_COUNTS = (
    "hits",
    "predicted",
    "true",
    "ends_ok",
    "ends",
    "kinds_ok",
    "kinds",
    "speaker_hits",
    "speakers_predicted",
    "speakers_true",
    "checks_ok",
    "checks",
    "imperfect",
    "silent",
)


@dataclass
class Score:
    """Counts for one or more programmes."""

    hits: int = 0
    predicted: int = 0
    true: int = 0
    ends_ok: int = 0
    ends: int = 0
    kinds_ok: int = 0
    kinds: int = 0
    speaker_hits: int = 0
    speakers_predicted: int = 0
    speakers_true: int = 0
    checks_ok: int = 0
    checks: int = 0
    imperfect: int = 0
    """Programmes not read perfectly."""
    silent: int = 0
    """Programmes not read perfectly whose diagnostics hold no warning or error."""
    misses: list[str] = field(default_factory=list)

    def __iadd__(self, other: Score) -> Score:
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)
        return self

    @property
    def sessions_f1(self) -> float:
        return f1(self.hits, self.predicted, self.true)

    @property
    def speakers_f1(self) -> float:
        return f1(self.speaker_hits, self.speakers_predicted, self.speakers_true)

    def line(self) -> str:
        return (
            f"sessions_f1={self.sessions_f1:.2f} ends={self.ends_ok / max(self.ends, 1):.2f} "
            f"kinds={self.kinds_ok / max(self.kinds, 1):.2f} "
            f"speakers_f1={self.speakers_f1:.2f} checks={self.checks_ok}/{self.checks} "
            f"silent={self.silent}/{self.imperfect}"
        )


def score(path: Path) -> Score:
    """Import ``path`` (a .txt beside its .expected.json) and score it."""
    expected: dict[str, Any] = json.loads(
        path.with_suffix("").with_suffix(".expected.json").read_text(encoding="utf-8")
    )
    options = {"year": expected["year"]} if expected.get("pass_year") else {}
    parsed = folkemode.parse(path.read_text(encoding="utf-8"), format="text", **options)
    event = parsed.event
    warned = any(d.severity is not folkemode.Severity.INFO for d in parsed.diagnostics)
    got = list(event.sessions)
    timed = [s for s in got if s.start is not None]
    result = Score(predicted=len(timed), true=len(expected["sessions"]))
    used: set[int] = set()
    matched: dict[str, folkemode.Session] = {}
    for day, start, end, title, kind, speakers in expected["sessions"]:
        hit = None
        for index, session in enumerate(got):
            if index in used or session.start is None:
                continue
            if session.start.date().isoformat() != day or hhmm(session.start) != start:
                continue
            a, b = fold(session.title), fold(title)
            if a.startswith(b) or (b.startswith(a) and len(a) >= 4):
                hit = index
                break
        if hit is None:
            result.misses.append(f"{path.name}: session {day} {start} {title}")
            result.speakers_true += len(speakers)
            continue
        used.add(hit)
        session = got[hit]
        matched[fold(title)] = session
        result.hits += 1
        result.ends += 1
        if hhmm(session.end) == end:
            result.ends_ok += 1
        else:
            result.misses.append(f"{path.name}: end of {title!r}: {hhmm(session.end)} != {end}")
        if kind is not None:
            result.kinds += 1
            if session.kind.value == kind:
                result.kinds_ok += 1
            else:
                result.misses.append(f"{path.name}: kind of {title!r}: {session.kind.value}")
        want = {fold(n) for n in speakers}
        have = {fold(s.name) for s in session.speakers}
        result.speaker_hits += len(want & have)
        result.speakers_predicted += len(have)
        result.speakers_true += len(want)
        if want != have:
            result.misses.append(f"{path.name}: speakers of {title!r}: {sorted(have)}")

    def check(ok: bool, what: str) -> None:
        result.checks += 1
        result.checks_ok += ok
        if not ok:
            result.misses.append(f"{path.name}: {what}")

    for group in expected.get("parallel_groups", []):
        members = [matched.get(fold(t)) for t in group]
        rounds = {id(m.round) if m.round is not None else None for m in members if m is not None}
        check(
            None not in members and len(rounds) == 1 and None not in rounds,
            f"parallel group {group[0]!r}… not one round",
        )
    for title in expected.get("untimed", []):
        check(any(fold(s.title).startswith(fold(title)) for s in got), f"untimed {title!r}")
    if "event_first_day" in expected:
        have_day = event.start.date().isoformat() if event.start is not None else None
        check(have_day == expected["event_first_day"], f"first day {have_day}")
    if "max_sessions" in expected:
        check(len(got) <= expected["max_sessions"], f"{len(got)} sessions")
    for key in ("event_start", "event_end"):
        if key in expected:
            value = getattr(event, key.split("_")[1])
            have_time = value.strftime("%Y-%m-%dT%H:%M") if value is not None else None
            check(have_time == expected[key], f"{key} {have_time}")
    if "locale" in expected:
        check(event.locale == expected["locale"], f"locale {event.locale}")
    if "venue_contains" in expected:
        venue = event.venue
        blob = " ".join(filter(None, (venue.name, venue.address))) if venue else ""
        check(fold(expected["venue_contains"]) in fold(blob), f"venue {blob!r}")
    if "editions" in expected:
        editions = [
            [
                e.start.strftime("%Y-%m-%dT%H:%M"),
                e.end.strftime("%Y-%m-%dT%H:%M") if e.end else None,
            ]
            for e in event.editions
        ]
        check(editions == expected["editions"], f"editions {editions}")
    for name, email in expected.get("contacts", []):
        contacts = [(fold(c.name), (c.email or "").lower()) for c in event.contacts]
        check((fold(name), email.lower()) in contacts, f"contact {name} not in {contacts}")
    result.imperfect = int(
        result.hits < result.true
        or result.predicted > result.hits
        or result.ends_ok < result.ends
        or result.kinds_ok < result.kinds
        or result.speaker_hits < result.speakers_true
        or result.speakers_predicted > result.speaker_hits
        or result.checks_ok < result.checks
    )
    result.silent = int(bool(result.imperfect) and not warned)
    if result.silent:
        result.misses.append(f"{path.name}: imperfect, and no warning says so")
    return result


def score_all(paths: list[Path]) -> Score:
    total = Score()
    for path in paths:
        total += score(path)
    return total
