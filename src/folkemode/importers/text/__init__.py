"""The text programme importer: Danish, Norwegian Bokmål and Nynorsk programmes.

``folkemode.loads(text, format="text")`` reads a programme as it is copied
from a web page, an e-mail or a PDF. The modules each own one step:
:mod:`.vocabulary` (the words), :mod:`.lines`, :mod:`.columns`, :mod:`.times`,
:mod:`.dates`,
:mod:`.names`, :mod:`.people`, :mod:`.kinds`, :mod:`.locale`, :mod:`.classify`,
:mod:`.topics`, :mod:`.header`, :mod:`.contacts`, :mod:`.body`,
:mod:`.state`, :mod:`.rounds`, :mod:`.rows`, :mod:`.structure`,
:mod:`.drafts`, :mod:`.ledger`, :mod:`.years`, :mod:`.calendar`,
:mod:`.assemble`, :mod:`.event` and :mod:`.reader`, which runs them in order;
:mod:`.plugin` registers the importer.
"""

from folkemode.importers.text.reader import read_text, read_text_with_ledger

__all__ = ["read_text", "read_text_with_ledger"]
