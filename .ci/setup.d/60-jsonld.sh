# jsonld.js (npm `jsonld`, the JSON-LD processor JavaScript consumers use) for
# tests/test_jsonld_consumers.py, which reads our JSON-LD with it in safe mode.
# Sourced by .ci/run with `set -euo pipefail` from the repo root, after Node
# and npm are installed (30-web-tools.sh). Pinned, so a new release cannot
# change what the tests accept between two runs; quiet when already there.
jsonld_js_version="9.0.0"
FOLKEMODE_JSONLD_JS="$FOLKEMODE_TOOLS/node_modules/jsonld"
if [ "$(node -p 'require(process.argv[1]).version' "$FOLKEMODE_JSONLD_JS/package.json" 2>/dev/null)" \
    != "$jsonld_js_version" ]; then
    npm install --silent --no-audit --no-fund --prefix "$FOLKEMODE_TOOLS" \
        "jsonld@$jsonld_js_version" >/dev/null
fi
export FOLKEMODE_JSONLD_JS
unset jsonld_js_version
