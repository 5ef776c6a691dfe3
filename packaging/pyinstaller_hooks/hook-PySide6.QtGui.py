"""Replaces PyInstaller's own QtGui hook to leave unused Qt plugins out *before* analysis.

PyInstaller's hook collects every plugin folder QtGui may use (all platforms,
image formats, input contexts, themes). Dropping plugins afterwards in the spec
would leave the libraries they pulled in behind (the GTK 3 theme alone brings
cairo, pango and GDK from the build machine), so the filter runs here, where
the plugins are chosen; PyInstaller then only resolves what we keep. Hooks in
``hookspath`` take precedence over PyInstaller's built-in ones.
"""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from specparts import keep_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if keep_plugin(dest, Path(src).name)]
