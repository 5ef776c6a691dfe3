"""Importing subscriptions, the price book and campaigns from CSV and XLSX (SPEC 4). Qt-free.

:mod:`~renewdesk.importing.reader` opens a file, :mod:`~renewdesk.importing.aliases`
maps its headers, :mod:`~renewdesk.importing.subscriptions`,
:mod:`~renewdesk.importing.prices` and :mod:`~renewdesk.importing.campaigns`
validate rows, :mod:`~renewdesk.importing.diff` compares them with the cache
and :mod:`renewdesk.store.import_writes` writes them. The use case that
strings these together is :class:`renewdesk.services.import_service.ImportService`.
"""

from renewdesk.importing.errors import ImportCancelled, ImportFileError, ImportProblem
from renewdesk.importing.subscriptions import ImportDefaults

__all__ = ["ImportCancelled", "ImportDefaults", "ImportFileError", "ImportProblem"]
