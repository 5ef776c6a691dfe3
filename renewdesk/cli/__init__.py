"""The ``renewdesk`` command line: :func:`main` (in :mod:`renewdesk.cli.main`) is its entry.

``cli/main.py`` parses and dispatches, ``cli/wiring.py`` builds what a command
needs, and each command group has its own module (``subscriptions``, ``quotes``).
"""

from renewdesk.cli.main import main

__all__ = ["main"]
