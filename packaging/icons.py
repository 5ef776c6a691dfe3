"""Render the RenewDesk icon SVGs to PNG sizes, a Windows .ico and a macOS .icns.

Run at build time by ``packaging/build.py`` (or on its own:
``python packaging/icons.py build/icons``). Only PySide6 is needed: QtSvg ships
in PySide6-Essentials, so no Pillow and no external converter.

Two sources, as hand-tuned icon sets do: ``renewdesk.svg`` (full detail) for
48 px and up, ``renewdesk-small.svg`` (thicker strokes, fewer lines, edges on
the pixel grid) for 16-32 px, where the full drawing would turn to mush.

The ICO and ICNS containers are written here rather than through Qt's image
plugins: Qt's ``ico`` writer stores a single image, and its ``icns`` writer
scales one image itself instead of taking our per-size renders.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
FULL_SVG = ICON_DIR / "renewdesk.svg"
SMALL_SVG = ICON_DIR / "renewdesk-small.svg"
SMALL_MAX = 32  # sizes up to this use the small drawing

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# (ICNS type, pixel size). ic11-ic14 and ic10 are the Retina (@2x) slots.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
# Apple's icon grid: the rounded body is 824 of 1024 px, centred, so a RenewDesk
# icon sits in the Dock at the same visual size as the system's own.
MACOS_BODY = 824 / 1024


def _qt():
    """Import Qt lazily and make sure a GUI application object exists (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # Kept on the function so it lives as long as the process.
        _qt.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    from PySide6 import QtCore, QtGui, QtSvg

    return QtCore, QtGui, QtSvg


def render(size: int, *, scale: float = 1.0, svg: Path | None = None):
    """The icon as a ``QImage`` of ``size`` x ``size``; ``scale`` < 1 pads it."""
    QtCore, QtGui, QtSvg = _qt()
    source = svg or (SMALL_SVG if size <= SMALL_MAX and SMALL_SVG.is_file() else FULL_SVG)
    renderer = QtSvg.QSvgRenderer(str(source))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read {source}")
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
    side = size * scale
    offset = (size - side) / 2
    renderer.render(painter, QtCore.QRectF(offset, offset, side, side))
    painter.end()
    return image.convertToFormat(QtGui.QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    """PNG encoding of a ``QImage``."""
    QtCore, _, _ = _qt()
    data = QtCore.QByteArray()
    buffer = QtCore.QBuffer(data)
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def _bgra_rows(image) -> list[bytes]:
    """Rows of a 32-bit ARGB ``QImage`` as little-endian BGRA bytes, top row first."""
    width = image.width()
    rows = []
    for y in range(image.height()):
        line = bytes(image.constScanLine(y))[: width * 4]
        if sys.byteorder == "big":  # QImage ARGB32 is native-endian 0xAARRGGBB
            line = b"".join(line[i : i + 4][::-1] for i in range(0, len(line), 4))
        rows.append(line)
    return rows


def _dib(image) -> bytes:
    """A 32-bit ICO bitmap entry: BITMAPINFOHEADER, BGRA bottom-up, 1-bit AND mask."""
    width, height = image.width(), image.height()
    rows = _bgra_rows(image)
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, width * height * 4, 0, 0, 0, 0
    )
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:  # transparent pixel: set the AND bit
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    return header + b"".join(reversed(rows)) + b"".join(mask_rows)


def ico_bytes(images: Iterable) -> bytes:
    """A Windows .ico holding every image; 256 px as PNG, smaller as 32-bit DIBs.

    DIBs below 256 px keep the file readable by every Windows resource tool
    (PyInstaller's icon embedding, Inno Setup); PNG for 256 px is what Windows
    itself writes since Vista and keeps the file small.
    """
    entries = []
    for image in sorted(images, key=lambda i: i.width()):
        size = image.width()
        entries.append((size, png_bytes(image) if size >= 256 else _dib(image)))
    offset = 6 + 16 * len(entries)
    directory = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    for size, data in entries:
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return bytes(directory) + b"".join(data for _, data in entries)


def icns_bytes(entries: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns from (four-character type, PNG bytes) pairs."""
    body = b"".join(kind + struct.pack(">I", len(png) + 8) + png for kind, png in entries)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def _iconutil_icns(out: Path) -> bool:
    """Build the .icns with Apple's iconutil (macOS only); False if unavailable."""
    iconutil = shutil.which("iconutil")
    if sys.platform != "darwin" or iconutil is None:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        iconset = Path(tmp) / "renewdesk.iconset"
        iconset.mkdir()
        for base in (16, 32, 128, 256, 512):
            for factor, suffix in ((1, ""), (2, "@2x")):
                image = render(base * factor, scale=MACOS_BODY)
                name = f"icon_{base}x{base}{suffix}.png"
                (iconset / name).write_bytes(png_bytes(image))
        subprocess.run([iconutil, "-c", "icns", "-o", str(out), str(iconset)], check=True)
    return True


def build_icons(out_dir: Path) -> dict[str, Path]:
    """Write PNG sizes, renewdesk.ico and renewdesk.icns into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for size in PNG_SIZES:
        path = out_dir / f"renewdesk-{size}.png"
        path.write_bytes(png_bytes(render(size)))
        written[f"png{size}"] = path

    ico = out_dir / "renewdesk.ico"
    ico.write_bytes(ico_bytes(render(size) for size in ICO_SIZES))
    written["ico"] = ico

    icns = out_dir / "renewdesk.icns"
    if not _iconutil_icns(icns):
        icns.write_bytes(
            icns_bytes(
                (kind, png_bytes(render(size, scale=MACOS_BODY))) for kind, size in ICNS_TYPES
            )
        )
    written["icns"] = icns
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=ROOT / "build" / "icons")
    args = parser.parse_args(argv)
    for name, path in build_icons(args.out_dir).items():
        print(f"{name:8} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
