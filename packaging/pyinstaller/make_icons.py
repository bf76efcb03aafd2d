"""Make the Windows (.ico) and macOS (.icns) program icons from GroupDesk's SVG icon.

Run at build time (the PyInstaller spec calls :func:`make_icons`), so no generated picture is
kept in git. Qt draws the SVG at each size; both files hold PNG images, which Windows Vista
and later and every supported macOS read.

    python packaging/pyinstaller/make_icons.py OUT_DIR   # writes groupdesk.ico, groupdesk.icns
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "groupdesk" / "resources" / "icons" / "groupdesk.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# Apple's element types for PNG data, by pixel size (the @2x types share sizes with others).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def png_images(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """The SVG drawn square at each size, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    images: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        images[size] = bytes(data.data())
    return images


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG per size (ICONDIR, then ICONDIRENTRYs, then the data)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = images[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """A macOS icon: 'icns', its length, then typed elements each holding a PNG."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SVG) -> tuple[Path, Path]:
    """Write ``groupdesk.ico`` and ``groupdesk.icns`` into ``out_dir``; return their paths."""
    images = png_images(svg, set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES})
    out_dir.mkdir(parents=True, exist_ok=True)
    ico, icns = out_dir / "groupdesk.ico", out_dir / "groupdesk.icns"
    ico.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    icns.write_bytes(icns_bytes(images))
    return ico, icns


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(f"usage: {sys.argv[0]} OUT_DIR")
    for path in make_icons(Path(sys.argv[1])):
        print(path)
