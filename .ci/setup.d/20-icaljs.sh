# ical.js (Mozilla's iCalendar parser, the one in Thunderbird) for tests/test_ics.py.
# Sourced by .ci/run with `set -euo pipefail` from the repo root.
FOLKEMODE_ICALJS="$FOLKEMODE_TOOLS/node_modules/ical.js"
if [ ! -f "$FOLKEMODE_ICALJS/package.json" ]; then
    npm install --silent --no-audit --no-fund --prefix "$FOLKEMODE_TOOLS" ical.js@2 >/dev/null
fi
export FOLKEMODE_ICALJS
