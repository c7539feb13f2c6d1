# Tools the web page tests check our HTML with: Debian's Chromium (driven by
# playwright-core, never a downloaded browser), the Nu HTML Checker (vnu.jar,
# run by Java) and axe-core. Sourced by .ci/run with `set -euo pipefail`.
# Quiet and quick when everything is already there.

web_tools_apt=()
command -v chromium >/dev/null 2>&1 || web_tools_apt+=(chromium)
command -v java >/dev/null 2>&1 || web_tools_apt+=(openjdk-17-jre-headless)
command -v npm >/dev/null 2>&1 || web_tools_apt+=(nodejs npm)
if [ "${#web_tools_apt[@]}" -gt 0 ]; then
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${web_tools_apt[@]}" >/dev/null
fi
unset web_tools_apt

# Pinned, so a new release cannot change what "valid" means between two runs.
web_tools_packages="vnu-jar@26.9.27 playwright-core@1.65.1 axe-core@4.14.1"
web_tools_dir="$FOLKEMODE_TOOLS/web"
if [ "$(cat "$web_tools_dir/.installed" 2>/dev/null)" != "$web_tools_packages" ]; then
    mkdir -p "$web_tools_dir"
    # shellcheck disable=SC2086
    npm install --prefix "$web_tools_dir" --no-audit --no-fund --loglevel=error \
        $web_tools_packages >/dev/null
    echo "$web_tools_packages" >"$web_tools_dir/.installed"
fi

FOLKEMODE_CHROMIUM="$(command -v chromium)"
FOLKEMODE_JAVA="$(command -v java)"
FOLKEMODE_NODE="$(command -v node)"
export FOLKEMODE_CHROMIUM FOLKEMODE_JAVA FOLKEMODE_NODE
export FOLKEMODE_VNU_JAR="$web_tools_dir/node_modules/vnu-jar/build/dist/vnu.jar"
export FOLKEMODE_WEB_NODE_MODULES="$web_tools_dir/node_modules"
unset web_tools_packages web_tools_dir
