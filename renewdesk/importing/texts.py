"""Translation hook for every sentence the importer shows a user.

Strings go through ``Import.tr`` (QtCore only, no widgets), in
the ``Import`` context, the same way :mod:`renewdesk.messages` does it, so Qt
Linguist finds them and the command line and the window share one translation.
Without a running application or an installed translator it returns the
English source text, so the importer stays usable and testable without Qt set up.
"""

from __future__ import annotations

from renewdesk.i18n import TrContext


class Import(TrContext):
    """``Import.tr(text)``: ``text`` in the user's language (English without a translation)."""
