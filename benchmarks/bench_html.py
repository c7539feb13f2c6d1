"""HTML page benchmark: the full programme page against a bare Jinja2 loop.

    python benchmarks/bench_html.py

Prints, measured in this run on this machine, for a 3,000-session,
Folkemødet-sized programme:
- rendering the page (``folkemode.dumps(event, format="html")``: views,
  localised dates and times, workshop rounds, embedded JSON-LD, styles) vs
  the floor: one Jinja2 template, autoescaped, looping over the same sessions
  and printing what the page shows of each (time, title, kind, track, room,
  speakers with role and organisation, description, agenda). Target: ratio
  <= 1.5. Calendar links are left out of this ratio (they are the ICS
  exporter's work, one calendar per session, plus one of the whole
  programme) and timed once on their own line when an ics exporter is
  registered.
- the page's size per session, and the share of it that is JSON-LD.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import jinja2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from markupsafe import Markup

import folkemode
from _events import big_event
from folkemode import i18n
from folkemode.exporters._programme import build_page
from folkemode.exporters.html import _environment
from folkemode.exporters.jsonld import event_jsonld, script_json, script_jsonld
from folkemode.plugins import exporters

BARE_LOOP = """\
<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{{ event.name }}</title></head>
<body><h1>{{ event.name }}</h1><ol>
{% for s in sessions %}<li><p>{{ s.start.strftime("%H:%M") }}–{{ s.end.strftime("%H:%M") }}</p>
<h3>{{ s.title }}</h3><p>{{ s.kind.value }}{% if s.track %} {{ s.track.name }}{% endif %}
{% if s.room %} {{ s.room }}{% endif %}</p>
{% for sp in s.speakers %}<p>{{ sp.name }}{% if sp.role %}, {{ sp.role }}{% endif %}
{% if sp.organisation %}, {{ sp.organisation.name }}{% endif %}</p>{% endfor %}
{% if s.description %}<p>{{ s.description }}</p>{% endif %}
{% for item in s.items %}<p>{{ item.text }}</p>{% endfor %}</li>
{% endfor %}</ol></body></html>
"""


def _none(*_: object) -> None:
    return None


def best_of(runs: int, function: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=3000)
    args = parser.parse_args()

    event = big_event(args.sessions)
    bare = jinja2.Environment(autoescape=True).from_string(BARE_LOOP)
    page = folkemode.dumps(event, format="html", calendar_links="none")  # warm: templates compile
    floor_page = bare.render(event=event, sessions=event.sessions)

    ours = best_of(args.runs, lambda: folkemode.dumps(event, format="html", calendar_links="none"))
    floor = best_of(args.runs, lambda: bare.render(event=event, sessions=event.sessions))
    # The parts of the page, timed alone.
    gettext = i18n.translations("da").gettext
    views = best_of(args.runs, lambda: build_page(event, "da", gettext, _none, _none))
    jsonld = best_of(args.runs, lambda: script_jsonld(event))
    built = build_page(event, "da", gettext, _none, _none)
    embedded = Markup(script_jsonld(event))
    template = _environment(None, "da").get_template("page.html.j2")
    rendering = best_of(
        args.runs,
        lambda: template.render(
            event=event, page=built, locale="da", jsonld=embedded, generator="folkemode"
        ),
    )
    assert isinstance(page, str)
    sessions = len(event.sessions)
    print(f"{sessions} sessions on {len(event.days)} days, {len(event.rounds)} workshop rounds")
    print(f"HTML page                 {ours * 1000:8.1f} ms")
    print(f"  views (times, rounds)   {views * 1000:8.1f} ms")
    print(f"  JSON-LD                 {jsonld * 1000:8.1f} ms")
    print(f"  templates               {rendering * 1000:8.1f} ms")
    print(f"bare Jinja2 loop          {floor * 1000:8.1f} ms  (floor)")
    print(f"page ratio                {ours / floor:8.2f}  (target <= 1.5)")
    print(f"templates alone ratio     {rendering / floor:8.2f}")

    size = len(page.encode("utf-8"))
    data = len(script_json(event_jsonld(event)).encode("utf-8"))
    print(f"\npage size                 {size / 1e6:8.2f} MB")
    print(f"per session               {size / sessions:8.0f} bytes")
    print(f"  of which JSON-LD        {data / sessions:8.0f} bytes")
    print(f"bare loop per session     {len(floor_page.encode('utf-8')) / sessions:8.0f} bytes")

    if "ics" in exporters():
        # What the links cost: one run of the ICS exporter per session, and one for the
        # whole programme.
        started = time.perf_counter()
        with_links = folkemode.dumps(event, format="html", calendar_links="data")
        linked = time.perf_counter() - started
        print(f"\nwith calendar links       {linked * 1000:8.1f} ms  (calendar_links='data')")
        print(f"  size per session        {len(with_links.encode('utf-8')) / sessions:8.0f} bytes")
    else:
        print("\n(no ics exporter registered: calendar links not measured)")


if __name__ == "__main__":
    main()
