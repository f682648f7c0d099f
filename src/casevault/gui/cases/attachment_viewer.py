"""Show an attached image or PDF from memory only.

The bytes come from services.attachments.read_attachment and never touch the disk: an image is
decoded with QImage.fromData, a PDF is read by QPdfDocument from a QBuffer over the bytes. The
bytes are untrusted (a partner or a stranger may have made the file): a file Qt cannot decode
gives a plain sentence, never a crash. Closing the viewer drops the document and the buffer.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.attachment import Attachment

ZOOM_STEP = 1.25
MIN_ZOOM = 0.05
MAX_ZOOM = 16.0


class AttachmentViewer(QDialog):
    """A window over one image or PDF held in memory, with zoom (Ctrl++, Ctrl+-, Ctrl+0)."""

    def __init__(
        self, attachment: Attachment, untrusted_data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(attachment.filename)
        self.setAccessibleName(self.tr("Attachment viewer"))
        self.resize(800, 640)
        self.zoom = 1.0
        self.image: QImage | None = None
        self.image_label: QLabel | None = None
        self.document: QPdfDocument | None = None
        self.pdf_view: QPdfView | None = None
        self._buffer: QBuffer | None = None
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Viewer problem"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._zoom_row())
        layout.addWidget(self.problem)
        if attachment.is_image:
            self._show_image(untrusted_data, layout)
        elif attachment.is_pdf:
            self._show_pdf(untrusted_data, layout)
        else:
            self._say(self.tr("This kind of file cannot be shown here."))

    def _zoom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.actual_size_button = QPushButton(self.tr("&Actual size"), self)
        self.actual_size_button.setAccessibleName(self.tr("Actual size"))
        self.actual_size_button.setToolTip(self.tr("Actual size (Ctrl+0)"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close viewer"))
        for button in (self.zoom_in_button, self.zoom_out_button, self.actual_size_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.actual_size_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.close_button.clicked.connect(self.close)
        for keys, factor in (
            (QKeySequence.StandardKey.ZoomIn, ZOOM_STEP),
            (QKeySequence.StandardKey.ZoomOut, 1 / ZOOM_STEP),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda f=factor: self.set_zoom(self.zoom * f))
        QShortcut(QKeySequence("Ctrl+0"), self).activated.connect(lambda: self.set_zoom(1.0))
        return row

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        for button in (self.zoom_in_button, self.zoom_out_button, self.actual_size_button):
            button.setEnabled(False)

    # --- images ----------------------------------------------------------------------
    def _show_image(self, untrusted_data: bytes, layout: QVBoxLayout) -> None:
        image = QImage.fromData(untrusted_data)
        if image.isNull():
            self._say(self.tr("This image cannot be shown: the file may be damaged."))
            return
        self.image = image
        self.image_label = QLabel(self)
        self.image_label.setAccessibleName(self.tr("Image"))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Image, scrollable"))
        scroll.setWidget(self.image_label)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(scroll, 1)
        self.set_zoom(1.0)

    # --- PDF -------------------------------------------------------------------------
    def _show_pdf(self, untrusted_data: bytes, layout: QVBoxLayout) -> None:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(untrusted_data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._pdf_status)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setAccessibleName(self.tr("Document"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setDocument(self.document)
        layout.addWidget(self.pdf_view, 1)
        self.document.load(self._buffer)
        self._pdf_status(self.document.status())

    def _pdf_status(self, status: QPdfDocument.Status) -> None:
        if status is QPdfDocument.Status.Error and self.document is not None:
            if self.document.error() is QPdfDocument.Error.IncorrectPassword:
                self._say(self.tr("This PDF is protected by a password and cannot be shown."))
            else:
                self._say(self.tr("This PDF cannot be shown: the file may be damaged."))

    def page_count(self) -> int:
        """Pages of the loaded PDF (0 for an image or a PDF that did not load)."""
        if self.document is None or self.document.status() is not QPdfDocument.Status.Ready:
            return 0
        return int(self.document.pageCount())

    # --- zoom ------------------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        """Scale the image or the PDF pages (1.0 = actual size)."""
        self.zoom = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        if self.image is not None and self.image_label is not None:
            size = self.image.size() * self.zoom
            pixmap = QPixmap.fromImage(self.image)
            if self.zoom != 1.0:
                pixmap = pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self.image_label.setPixmap(pixmap)
        if self.pdf_view is not None:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self.zoom)

    def shown_image_size(self) -> tuple[int, int]:
        """(width, height) of the image as shown now (0, 0 if none)."""
        if self.image_label is None:
            return (0, 0)
        pixmap = self.image_label.pixmap()
        return (pixmap.width(), pixmap.height())

    def done(self, result: int) -> None:
        """Closing drops the decoded image, the document and the buffer over the bytes."""
        if self.document is not None:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        if self.image_label is not None:
            self.image_label.clear()
        self.image = None
        super().done(result)
