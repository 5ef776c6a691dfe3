"""Helpers for renewdesk.spec: data-file lists, Qt pruning, version resources, Info.plist.

Kept out of the spec so they can be read, linted and tested like any module;
the spec stays a short list of decisions.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
from pathlib import Path, PurePosixPath

import appinfo

# Python modules RenewDesk never imports. PyInstaller only follows imports, so
# most of these would stay out anyway; listing them guards against an optional
# import somewhere in a dependency dragging a whole Qt module (and its QML or
# Chromium payload) in. RenewDesk uses QtCore, QtGui and QtWidgets; QtSvg's
# library comes in through the SVG icon engine. QtNetwork is added to the
# excludes by the spec only while no RenewDesk module imports it.
_UNUSED_QT = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
]
EXCLUDES = [f"PySide6.{name}" for name in _UNUSED_QT] + [
    # Development and test tools that happen to be installed in a build
    # environment; none is imported at run time.
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "aiosmtpd",
    "pypdf",
    "IPython",
    "numpy",
    "mypy",
    "ruff",
    # Build-time only. With setuptools in the bundle PyInstaller also adds its
    # pkg_resources runtime hook, which costs start-up time on every launch.
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    # Optional extras of libraries RenewDesk uses: Mako's syntax highlighting
    # (Alembic only renders templates when generating revisions), dnspython's
    # async Trio backend (email addresses are validated offline), and Jinja2,
    # reached only through pyparsing's railroad diagrams.
    "pygments",
    "trio",
    "jinja2",
    # reportlab imports Pillow for raster images (none in a quote). Pillow's
    # optional codecs and font engine bring their own libraries (AVIF alone is
    # 5 MB) and are only imported when such an image or font is opened.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
]

# Qt plugins by folder: the stems to keep (None keeps the whole folder, an
# empty set drops it). Folders not listed are kept whole.
_PLUGINS: dict[str, set[str] | None] = {
    # Windows, macOS, X11 and Wayland desktops, plus offscreen for the smoke
    # test and tests. eglfs/linuxfb/vnc/vkkhrdisplay are for embedded devices.
    "platforms": {
        "qwindows",
        "qcocoa",
        "qxcb",
        "qwayland",
        "qwayland-egl",
        "qwayland-generic",
        "qoffscreen",
        "qminimal",
    },
    # SVG for the icon, ICO/ICNS for window icons; JPEG and GIF are tiny and
    # let a user's logo load. qpdf would pull the whole QtPdf library in.
    "imageformats": {"qsvg", "qico", "qicns", "qjpeg", "qgif"},
    # The virtual keyboard needs QtQuick and QML; compose and IBus cover
    # dead keys and input methods on Linux.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # The XDG portal gives native file dialogs on GNOME and KDE. The GTK 3
    # theme is left out: it links the system's GTK, which PyInstaller would
    # otherwise copy from the build machine into the bundle.
    "platformthemes": {"qxdgdesktopportal"},
    # QtNetwork's plugins: network reachability (QNetworkInformation) and TLS
    # backends (QSslSocket, https through QNetworkAccessManager). RenewDesk
    # uses QtNetwork for the local socket of its single-instance guard only;
    # enable_network_plugins() turns these back on if the sources start using
    # either class. (SMTP and TLS for mail go through Python's ssl module.)
    "networkinformation": set(),
    "tls": set(),
    "egldeviceintegrations": set(),  # eglfs only
    "generic": set(),  # evdev/tuio input for framebuffer devices
    "vectorimageformats": set(),  # Lottie, for QtQuick
    "qmltooling": set(),
    "sqldrivers": set(),
    "designer": set(),
}
# Windows only: the software OpenGL renderer (~20 MB) and Direct3D shader
# compiler that PyInstaller adds for QOpenGLWidget and Qt Quick. RenewDesk's
# widgets paint with the raster engine; windeployqt leaves the same two out
# with --no-opengl-sw and --no-system-d3d-compiler.
_UNUSED_WINDOWS_GL = re.compile(r"^(opengl32sw|d3dcompiler_\d+|libEGL|libGLESv2)\.dll$", re.I)
# Qt's own translations: only the languages RenewDesk speaks.
_QT_TRANSLATIONS = re.compile(r"^qt(base)?_(en|sv)\.qm$")


def _stem(name: str) -> str:
    stem = name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_plugin(dest_dir: str, file_name: str) -> bool:
    """Whether a Qt plugin (or any file) at ``dest_dir/file_name`` belongs in the bundle."""
    parts = PurePosixPath(dest_dir.replace("\\", "/")).parts
    # Only files directly in <...>/plugins/<type>/ are judged; deeper folders
    # (e.g. macOS's platforms/darwin) are kept whole.
    if "plugins" not in parts or len(parts) != parts.index("plugins") + 2:
        return True
    keep = _PLUGINS.get(parts[-1])
    return keep is None or _stem(file_name) in keep


def prune(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """An Analysis TOC without dropped plugins, unused GL DLLs, other languages' Qt translations.

    The QtGui hook (pyinstaller_hooks/) already leaves most plugins out before
    analysis; this catches plugins other Qt hooks add, and the translations.
    """
    kept = []
    for entry in toc:
        dest = PurePosixPath(entry[0].replace("\\", "/"))
        if _UNUSED_WINDOWS_GL.match(dest.name):
            continue
        if "PySide6" in dest.parts:
            if not keep_plugin(str(dest.parent), dest.name):
                continue
            is_qm = "translations" in dest.parts and dest.suffix == ".qm"
            if is_qm and not _QT_TRANSLATIONS.match(dest.name):
                continue
        kept.append(entry)
    return kept


def drop_dangling_symlinks(
    binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]]
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Both TOCs without SYMLINK entries whose target was pruned."""
    present = {PurePosixPath(e[0].replace("\\", "/")) for e in (*binaries, *datas)}

    def alive(entry: tuple[str, str, str]) -> bool:
        if entry[2] != "SYMLINK":
            return True
        link = PurePosixPath(entry[0].replace("\\", "/"))
        target = PurePosixPath(entry[1].replace("\\", "/"))
        return PurePosixPath(link.parent, target) in present or target in present

    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)]


_NETWORK_PLUGIN_USERS = {
    "networkinformation": ("QNetworkInformation",),
    "tls": ("QSsl", "QNetworkAccessManager", "QDtls"),
}


def enable_network_plugins(package: Path) -> list[str]:
    """Keep QtNetwork's plugin folders whose classes ``package`` uses; their names."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
    enabled = []
    for folder, classes in _NETWORK_PLUGIN_USERS.items():
        if any(name in text for name in classes):
            _PLUGINS[folder] = None
            enabled.append(folder)
    return enabled


def uses_module(package: Path, module: str) -> bool:
    """Whether any source file of ``package`` mentions ``module`` (e.g. ``QtNetwork``)."""
    return any(module in p.read_text(encoding="utf-8") for p in package.rglob("*.py"))


def tree(src: Path, dest: str, *, skip_suffixes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(file, destination folder) pairs for every file under ``src``."""
    pairs = []
    for path in sorted(src.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.name.startswith("."):
            continue
        if path.suffix in skip_suffixes or path.suffix in (".pyc", ".pyo"):
            continue
        pairs.append((str(path), str(PurePosixPath(dest, *path.parent.relative_to(src).parts))))
    return pairs


def package_data(
    package: Path, dest: str, *, source_dirs: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """The package's non-Python files, plus every file (sources too) under ``source_dirs``."""
    pairs = []
    for src, folder in tree(package, dest):
        relative = Path(src).relative_to(package).as_posix()
        in_source_dir = any(relative.startswith(d.rstrip("/") + "/") for d in source_dirs)
        if in_source_dir or not src.endswith(".py"):
            pairs.append((src, folder))
    return pairs


def imports_of(folder: Path) -> list[str]:
    """Absolute imports in the .py files under ``folder`` (what Alembic will import)."""
    names: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    names.discard("__future__")
    return sorted(names)


def windows_version_info(exe_name: str, description: str, year: int):  # pragma: no cover
    """The VERSIONINFO resource Windows shows under the file's Properties > Details."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    version = appinfo.version()
    numbers = appinfo.numeric_version(version)
    strings = {
        "CompanyName": appinfo.PUBLISHER,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": appinfo.copyright_line(year),
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": appinfo.APP_NAME,
        "ProductVersion": version,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0409 = US English, 04B0 = 1200 = Unicode
            StringFileInfo(
                [StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]
            ),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


def macos_minimum(default: str = "12.0") -> str:
    """The oldest macOS the installed PySide6 wheel supports (its macosx_X_Y tag)."""
    found = []
    for dist in ("PySide6-Essentials", "shiboken6", "PySide6"):
        try:
            wheel = importlib.metadata.distribution(dist).read_text("WHEEL") or ""
        except importlib.metadata.PackageNotFoundError:
            continue
        found += [(int(x), int(y)) for x, y in re.findall(r"macosx_(\d+)_(\d+)", wheel)]
    if not found:
        return default
    major, minor = max(found)
    return f"{major}.{minor}"


def macos_info_plist(version: str, year: int) -> dict[str, object]:
    """Info.plist keys beyond the ones PyInstaller's BUNDLE writes itself."""
    return {
        "CFBundleName": appinfo.APP_NAME,
        "CFBundleDisplayName": appinfo.APP_NAME,
        "CFBundleShortVersionString": version,
        # CFBundleVersion must be up to three dot-separated integers.
        "CFBundleVersion": ".".join(str(n) for n in appinfo.numeric_version(version)[:3]),
        "CFBundleDevelopmentRegion": "en",
        # Without this list macOS shows the standard menus and panels (and
        # Qt's native dialogs) in English even on a Swedish system.
        "CFBundleLocalizations": ["en", "sv"],
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": macos_minimum(),
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": appinfo.copyright_line(year),
        "NSPrincipalClass": "NSApplication",
        "NSRequiresAquaSystemAppearance": False,  # follow Dark Mode
        "NSSupportsAutomaticGraphicsSwitching": True,
    }
