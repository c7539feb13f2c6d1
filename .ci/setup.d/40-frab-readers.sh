# Programs that read frab schedules, for tests/test_frab_readers.py: c3voc's
# schedule library and down-frab-videos (read our frab JSON), and pretalx with
# its pretalx-downstream plugin (imports our frab XML). Each lives in its own
# virtual environment under $FOLKEMODE_TOOLS, so none of their dependencies
# reach folkemode's own test environment. Sourced by .ci/run with
# `set -euo pipefail` from the repo root; quick when everything is there.

frab_readers_pip() {
    # pip's output goes to a log, shown only when the install fails.
    local python=$1 log=$2
    shift 2
    if ! "$python" -m pip install --disable-pip-version-check "$@" >"$log" 2>&1; then
        cat "$log" >&2
        return 1
    fi
}

# c3voc's library is published as c3voc-schedule-tools (import name "voc";
# the PyPI project named "voc" is an unrelated Python-to-Java compiler).
frab_readers_packages="c3voc-schedule-tools==1.1.0 down-frab-videos==0.5.10"
frab_readers_venv="$FOLKEMODE_TOOLS/frab-readers"
if [ "$(cat "$frab_readers_venv/.installed" 2>/dev/null)" != "$frab_readers_packages" ] ||
    ! "$frab_readers_venv/bin/python" -c '' 2>/dev/null; then
    rm -rf "$frab_readers_venv"
    python3 -m venv "$frab_readers_venv"
    # shellcheck disable=SC2086
    frab_readers_pip "$frab_readers_venv/bin/python" "$frab_readers_venv/pip.log" \
        $frab_readers_packages
    echo "$frab_readers_packages" >"$frab_readers_venv/.installed"
fi
export FOLKEMODE_FRAB_READERS_PYTHON="$frab_readers_venv/bin/python"

# pretalx-downstream 1.6.0 needs pretalx 2026, which needs Python 3.13 or
# newer. With only an older Python, the last pair that runs there is used:
# pretalx 2025.2 with pretalx-downstream 1.4.0, whose importer reads each
# <event> of the XML in the same way.
frab_pretalx_base=""
for frab_candidate in python3.13 python3.14 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[3-9]*/bin/python3; do
    # Run it: a version manager's shim may be on PATH without the version.
    if "$frab_candidate" -c 'import sys; sys.exit(sys.version_info < (3, 13))' 2>/dev/null; then
        frab_pretalx_base=$(command -v "$frab_candidate")
        break
    fi
done
if [ -n "$frab_pretalx_base" ]; then
    frab_pretalx_packages="pretalx==2026.2.1 pretalx-downstream==1.6.0"
else
    frab_pretalx_base=$(command -v python3)
    frab_pretalx_packages="pretalx==2025.2.2 pretalx-downstream==1.4.0"
fi
frab_pretalx_wanted="$("$frab_pretalx_base" -c 'import sys; print(sys.version.split()[0])') $frab_pretalx_packages"
frab_pretalx_venv="$FOLKEMODE_TOOLS/pretalx"
if [ "$(cat "$frab_pretalx_venv/.installed" 2>/dev/null)" != "$frab_pretalx_wanted" ] ||
    ! "$frab_pretalx_venv/bin/python" -c '' 2>/dev/null; then
    rm -rf "$frab_pretalx_venv"
    "$frab_pretalx_base" -m venv "$frab_pretalx_venv"
    # shellcheck disable=SC2086
    frab_readers_pip "$frab_pretalx_venv/bin/python" "$frab_pretalx_venv/pip.log" \
        $frab_pretalx_packages
    # The migrated database every import starts from.
    "$frab_pretalx_venv/bin/python" tests/fixtures/frab/readers/read-pretalx-downstream \
        --prepare "$frab_pretalx_venv/pretalx-data" >"$frab_pretalx_venv/migrate.log" 2>&1 ||
        { cat "$frab_pretalx_venv/migrate.log" >&2; false; }
    echo "$frab_pretalx_wanted" >"$frab_pretalx_venv/.installed"
fi
export FOLKEMODE_PRETALX_PYTHON="$frab_pretalx_venv/bin/python"

unset -f frab_readers_pip
unset frab_readers_packages frab_readers_venv frab_candidate frab_pretalx_base \
    frab_pretalx_packages frab_pretalx_wanted frab_pretalx_venv
