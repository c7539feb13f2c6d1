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
- with calendar links (``calendar_links="data"``, when an ics exporter is
  registered): the time, the page's size per session, and what the links
  cost per session: a session's own link, and its share of the whole
  programme's link. ``--sessions 16`` shows the same for a small programme.
"""

from __future__ import annotations

import argparse
import base64
import re
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


_CALENDAR_HREF = re.compile(r'href="(data:text/calendar[^"]*)"')


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
        assert isinstance(with_links, str)
        linked = time.perf_counter() - started
        hrefs = [len(h.encode("utf-8")) for h in _CALENDAR_HREF.findall(with_links)]
        programme, own = hrefs[0], hrefs[1:]
        print(f"\nwith calendar links       {linked * 1000:8.1f} ms  (calendar_links='data')")
        linked_size = len(with_links.encode("utf-8"))
        print(f"  size per session        {linked_size / sessions:8.0f} bytes")
        print(f"  links per session       {(linked_size - size) / sessions:8.0f} bytes")
        print(f"    a session's own link  {sum(own) / max(len(own), 1):8.0f} bytes  (mean)")
        print(f"    the programme's link  {programme / sessions:8.0f} bytes  (its share)")
        # For comparison: a link holding the session's full calendar (in the event's zone,
        # with folkemode's own data), base64-encoded, over a sample of the sessions.
        ics = exporters()["ics"]
        sample = event.sessions[:: max(1, sessions // 100)]
        full = [
            len(base64.b64encode(str(ics.render(event, {"session": s.id})).encode("utf-8")))
            for s in sample
        ]
        mean = sum(full) / len(full)
        print(f"    full calendar, base64 {mean:8.0f} bytes  (mean of {len(full)})")
    else:
        print("\n(no ics exporter registered: calendar links not measured)")


if __name__ == "__main__":
    main()
