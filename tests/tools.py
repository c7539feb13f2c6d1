"""Find the external tools some tests check our output with.

CI installs them through ``.ci/setup.d`` and exports where they are; a developer
without them gets a skip, but under ``FOLKEMODE_REQUIRE_TOOLS=1`` (set by CI) a
missing tool fails the test instead of quietly skipping it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TOOLS = ROOT / ".ci-tools"


def tools_folder() -> Path:
    return Path(os.environ.get("FOLKEMODE_TOOLS", DEFAULT_TOOLS))


def require_tool(env_var: str, what: str, fallback: str | None = None) -> Path:
    """The path in ``env_var`` (or ``fallback`` under the tools folder), else skip or fail."""
    value = os.environ.get(env_var)
    candidates = [Path(value)] if value else []
    if fallback is not None:
        candidates.append(tools_folder() / fallback)
    for candidate in candidates:
        if candidate.exists():
            return candidate
    message = f"{what} is not installed (set {env_var}; `.ci/run` installs it)"
    if os.environ.get("FOLKEMODE_REQUIRE_TOOLS") == "1":
        pytest.fail(message)
    pytest.skip(message)
