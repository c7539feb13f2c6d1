# Install every example plugin under plugins/ into the current virtual
# environment, editable, so the tests find them through their entry points
# exactly as a user's installation would. Sourced by .ci/run from the repo
# root; a plugin already installed from this checkout with unchanged
# metadata is skipped, so a second run takes well under a second.
for folkemode_plugin in plugins/*/; do
    folkemode_plugin=${folkemode_plugin%/}
    [ -f "$folkemode_plugin/pyproject.toml" ] || continue
    if ! python - "$folkemode_plugin" <<'PY'
import importlib.metadata
import json
import sys
import tomllib
from pathlib import Path

# Exit 0 when the plugin is installed from this folder and its pyproject.toml
# has not changed since (entry points and dependencies live there).
folder = Path(sys.argv[1]).resolve()
pyproject = folder / "pyproject.toml"
name = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["name"]
try:
    dist = importlib.metadata.distribution(name)
except importlib.metadata.PackageNotFoundError:
    sys.exit(1)
origin = json.loads(dist.read_text("direct_url.json") or "{}").get("url")
metadata = next((f for f in dist.files or () if f.name == "METADATA"), None)
current = (
    origin == folder.as_uri()
    and metadata is not None
    and Path(str(metadata.locate())).stat().st_mtime >= pyproject.stat().st_mtime
)
sys.exit(0 if current else 1)
PY
    then
        python -m pip install --quiet --disable-pip-version-check -e "$folkemode_plugin"
    fi
done
unset folkemode_plugin
