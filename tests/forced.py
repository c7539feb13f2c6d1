"""Model objects holding what the model refuses, to test the exporters' own defences.

The model refuses control characters, line breaks in one-line fields and
years no format can write (:mod:`folkemode.values`), so no importer or user
can hand such values to an exporter. The exporters escape and drop them all
the same; these tests keep that second line of defence honest.
"""

from __future__ import annotations

import copy
from typing import Any, TypeVar

T = TypeVar("T")


def forced(thing: T, **fields: Any) -> T:
    """A copy of ``thing`` with ``fields`` set as given, past the model's checks."""
    made = copy.copy(thing)
    for name, value in fields.items():
        object.__setattr__(made, name, value)
    return made
