# LibreOffice Calc, headless, for tests/test_spreadsheets_libreoffice.py: it
# imports our CSV and opens our XLSX as a Danish or Norwegian user's Calc does.
# Sourced by .ci/run with `set -euo pipefail` from the repo root. Debian's
# libreoffice-calc-nogui (no desktop, no Java; 57 packages, some 90 MB) takes
# about 20 seconds to install, apt-get update included; when soffice is
# already there this does nothing and takes no time.
if ! command -v soffice >/dev/null 2>&1; then
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        libreoffice-calc-nogui >/dev/null
fi
FOLKEMODE_SOFFICE="$(command -v soffice)"
export FOLKEMODE_SOFFICE
