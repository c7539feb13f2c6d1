# Programs that read a programme's versions, for tests/test_caldav.py and
# tests/test_cli_versions.py: the Radicale CalDAV server with the caldav client
# library (a calendar server that is sent version 1, then version 2), khal (a
# terminal calendar that imports both) and feedparser (reads the Atom feed of
# changes). They share one virtual environment under $FOLKEMODE_TOOLS, so none
# of their dependencies reach folkemode's own test environment. Sourced by
# .ci/run with `set -euo pipefail` from the repo root; pinned, and quick when
# everything is already there.
caldav_packages="radicale==3.9.0 caldav==3.6.0 khal==0.14.1 feedparser==6.0.14"
caldav_venv="$FOLKEMODE_TOOLS/caldav"
if [ "$(cat "$caldav_venv/.installed" 2>/dev/null)" != "$caldav_packages" ]; then
    rm -rf "$caldav_venv"
    python3 -m venv "$caldav_venv"
    # pip's output goes to a log, shown only when the install fails.
    # shellcheck disable=SC2086
    if ! "$caldav_venv/bin/python" -m pip install --disable-pip-version-check \
        $caldav_packages >"$caldav_venv/pip.log" 2>&1; then
        cat "$caldav_venv/pip.log" >&2
        false
    fi
    echo "$caldav_packages" >"$caldav_venv/.installed"
fi
export FOLKEMODE_CALDAV_PYTHON="$caldav_venv/bin/python"
export FOLKEMODE_KHAL="$caldav_venv/bin/khal"
export FOLKEMODE_FEEDPARSER_PYTHON="$caldav_venv/bin/python"
unset caldav_packages caldav_venv
