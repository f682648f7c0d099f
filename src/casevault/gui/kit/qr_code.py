"""A QR code of a key fingerprint, drawn from segno's module matrix into a QImage.

segno (pure Python, no other dependency) only computes which modules are dark; we paint them
ourselves, so no image library and no file is involved. A phone app scanning the code reads the
fingerprint text, which the partner compares with the one its own CaseVault shows.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap

QUIET_ZONE = 4  # modules of white border the QR standard asks for


def qr_image(text: str, module_pixels: int = 6) -> QImage:
    """`text` as a black-on-white QR code, `module_pixels` pixels per module, quiet zone included.

    Error correction "M" (15 %) keeps the code small for a 64-hex-digit fingerprint and still
    scans from a screen photo.
    """
    code = segno.make(text, error="m", micro=False)
    rows = [list(row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    size = len(rows)
    image = QImage(size, size, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    black = QColor("black")
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixelColor(x, y, black)
    # Nearest-neighbour scaling keeps the module edges sharp for a camera.
    return image.scaled(
        size * module_pixels,
        size * module_pixels,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


def qr_pixmap(text: str, module_pixels: int = 6) -> QPixmap:
    """The same, ready for a QLabel."""
    return QPixmap.fromImage(qr_image(text, module_pixels))
