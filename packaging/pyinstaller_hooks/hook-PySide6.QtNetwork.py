"""Replaces PyInstaller's own QtNetwork hook to leave unused network plugins out before analysis.

The stock hook bundles the network-information plugins (which pull GLib,
GIO and libmount in on Linux) and the TLS backends. RenewDesk's QtNetwork use
is a local socket; see ``_PLUGINS`` and ``enable_network_plugins`` in
specparts.py for when they come back. Same mechanism as hook-PySide6.QtGui.py.
"""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from specparts import keep_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if keep_plugin(dest, Path(src).name)]
