"""Sphinx configuration of the folkemode documentation site.

Build the site with warnings as errors::

    python -m sphinx -W --keep-going -b html docs build/docs

The pages are Markdown, read through MyST, so that they read the same in a
repository browser; the API reference is generated from the docstrings by
autodoc, inside ``{eval-rst}`` blocks. The build uses no network.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT / "src"))

import folkemode  # noqa: E402
from folkemode import hookspecs  # noqa: E402

project = "folkemode"
release = folkemode.__version__
version = ".".join(release.split(".")[:2])

extensions = ["myst_parser", "sphinx.ext.autodoc"]

root_doc = "index"
source_suffix = {".md": "markdown"}
# README.md is the folder's front page in a repository browser; index.md includes it.
exclude_patterns = ["README.md", "_build", "**/.pytest_cache"]

# Links such as (../how-to/calendar.md#choose-the-sessions) point at headings.
myst_heading_anchors = 3

autodoc_default_options = {
    "members": True,
    "undoc-members": True,
    "member-order": "bysource",
}
autodoc_typehints = "signature"
python_use_unqualified_type_names = True

html_theme = "alabaster"
html_title = f"folkemode {release}"
html_show_copyright = False
html_show_sourcelink = False
html_theme_options = {
    "description": "Programmes of Nordic political meetings as structured data",
    "fixed_sidebar": True,
}


def _public_targets() -> list[str]:
    """Every name the reference must document: ``folkemode.__all__`` and the hooks."""
    names = [f"folkemode.{name}" for name in folkemode.__all__]
    names += [f"folkemode.hookspecs.{name}" for name in _hook_names()]
    return names


def _hook_names() -> list[str]:
    """The hook specifications in ``folkemode.hookspecs``, in source order."""
    return [
        name
        for name, value in vars(hookspecs).items()
        if callable(value) and hasattr(value, "folkemode_spec")
    ]


def _unlink_paths_outside_docs(app: Any, doctree: Any) -> None:
    """Show links to files of the source tree outside ``docs/`` as their text.

    Such links (to the example plugin, say) work in a repository browser, but
    the site holds no copy of those files to link to.
    """
    from sphinx import addnodes

    source_dir = Path(app.srcdir).resolve()
    page_dir = (source_dir / app.env.docname).parent
    for node in list(doctree.findall(addnodes.pending_xref)):
        if node.get("reftype") != "myst":
            continue
        target = str(node["reftarget"]).split("#", 1)[0]
        if not target:
            continue
        if node.get("refdomain") == "doc":
            path = Path(target) if Path(target).is_absolute() else source_dir / target
        else:
            path = page_dir / target
        path = path.resolve()
        if path.is_relative_to(source_dir) or not path.is_relative_to(ROOT):
            continue
        if path.exists() or path.with_suffix(".md").exists():
            # The link's text sits in an inline node the resolver would turn into the link.
            inner = node.children[0] if len(node.children) == 1 else node
            node.replace_self(inner.children if inner.tagname == "inline" else node.children)


def _drop_docstrings_of_types(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Leave out the docstring of a constant's type (``str``, ``tuple``...).

    A constant has no docstring of its own, so autodoc would show that of its
    type; the page says what the constant is for instead.
    """
    if what not in ("data", "attribute") or inspect.isclass(obj) or inspect.isroutine(obj):
        return
    type_doc = inspect.getdoc(type(obj))
    if type_doc and "\n".join(lines).strip() == type_doc.strip():
        lines.clear()


def _show_computed_defaults(
    app: Any,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    """Show a default that attrs computes from other fields (an ``id``) as ``...``."""
    if signature is None or "NOTHING" not in signature:
        return None
    return signature.replace("= NOTHING", "= ..."), return_annotation


def _check_reference_is_complete(app: Any, env: Any) -> None:
    """Warn about each public name or hook that no reference page documents.

    Under ``-W`` the warning fails the build, so the reference cannot fall
    behind ``folkemode.__all__`` or the hook specifications.
    """
    from sphinx.util import logging

    documented = env.get_domain("py").objects
    for target in _public_targets():
        if target not in documented:
            logging.getLogger(__name__).warning(
                "%s is public but documented on no page: add an autoclass, "
                "autofunction or autodata entry for it to a page of docs/reference/",
                target,
            )


def setup(app: Any) -> dict[str, Any]:
    app.connect("autodoc-process-docstring", _drop_docstrings_of_types)
    app.connect("autodoc-process-signature", _show_computed_defaults)
    app.connect("doctree-read", _unlink_paths_outside_docs)
    app.connect("env-check-consistency", _check_reference_is_complete)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
