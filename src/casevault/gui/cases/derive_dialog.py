"""Add a derived copy (a crop, a redaction) of an attachment: the person picks the new file
and says how it was made. The copy is stored as a new attachment linked to its original, which
stays unchanged (services/attachments.py, derive_attachment)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.attachment import Attachment
from casevault.domain.bounds import MAX_SHORT_TEXT
from casevault.gui.kit.colours import ERROR_STYLE


class DeriveDialog(QDialog):
    """Asks for the derived file and how it was made; `path()` and `how()` once accepted.
    `choose_file(parent) -> path | None` is injected (tests pass a path without a dialog)."""

    def __init__(
        self,
        original: Attachment,
        choose_file: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose_file = choose_file
        self._path: str | None = None
        self.setWindowTitle(self.tr("Add a derived copy"))
        self.setAccessibleName(self.tr("Add a derived copy"))
        intro = QLabel(
            self.tr(
                "A crop or redaction of “%1”. It is stored as a new attachment that names "
                "its original; the original stays as it is."
            ).replace("%1", original.filename),
            self,
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.file_label.setAccessibleName(self.tr("Chosen file"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose file"))
        self.how_edit = QLineEdit(self)
        self.how_edit.setMaxLength(MAX_SHORT_TEXT)
        self.how_edit.setAccessibleName(self.tr("How it was made"))
        self.how_edit.setPlaceholderText(self.tr("e.g. cropped to the stamp; phone number hidden"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setAccessibleName(self.tr("Problem"))
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("&How it was made:"), self.how_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName(self.tr("Add copy"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose)
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)

    def choose(self) -> None:
        """Ask for the derived file."""
        path = self._choose_file(self)  # type: ignore[operator]
        if path:
            self._path = str(path)
            self.file_label.setText(Path(path).name)

    def path(self) -> str | None:
        """The chosen file."""
        return self._path

    def how(self) -> str:
        """How the copy was made, as typed."""
        return self.how_edit.text().strip()

    def _accept_if_complete(self) -> None:
        if not self._path:
            self.problem.setText(self.tr("Choose the file of the copy."))
            return
        if not self.how():
            self.problem.setText(self.tr("Say how the copy was made."))
            return
        self.accept()
