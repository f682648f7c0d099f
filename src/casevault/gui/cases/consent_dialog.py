"""The "Record consent…" / "Withdraw…" dialog: who it is about (a partner chosen by name, or
every partner of a kind), how he said it, the witness, a note and, for a signed form, the scan
of the form (stored as an attachment of the case through services/attachments.py).

The dialog only gathers the statement; ConsentPanel stores it through services/consent.py,
whose rules (witness only for an oral statement, a note for "other", ...) decide. The dialog
enables and disables the inputs so that a person is never offered a combination those rules
refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casevault.domain.consent import ConsentMethod
from casevault.domain.organisation import Partner, PartnerKind
from casevault.gui.cases.consent_model import kind_text, method_text
from casevault.gui.kit.file_choosers import choose_file_to_attach

FileChooser = Callable[[QWidget], str | None]


@dataclass(frozen=True)
class ConsentInput:
    """What the person entered (not validated yet: the service checks it)."""

    partner_id: str | None
    kind: PartnerKind | None
    method: ConsentMethod
    witness: str
    note: str
    form_path: str | None  # the scan of the signed form, to attach first


class ConsentDialog(QDialog):
    """Gathers one statement. `withdraw` True asks for a withdrawal (no form to attach)."""

    def __init__(
        self,
        partners: list[Partner],
        withdraw: bool = False,
        choose_file: FileChooser = choose_file_to_attach,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose_file = choose_file
        self.withdraw = withdraw
        self.form_path: str | None = None
        title = self.tr("Withdraw consent") if withdraw else self.tr("Record consent")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.to_partner = QRadioButton(self.tr("One &partner"), self)
        self.to_kind = QRadioButton(self.tr("Every partner of a &kind"), self)
        group = QButtonGroup(self)
        group.addButton(self.to_partner)
        group.addButton(self.to_kind)
        self.partner = QComboBox(self)
        self.partner.setAccessibleName(self.tr("Partner"))
        for partner in sorted(partners, key=lambda p: p.name.casefold()):
            if partner.revoked_at is None:
                self.partner.addItem(partner.name, partner.id)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of partner"))
        for kind in PartnerKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("How he said it"))
        for method in ConsentMethod:
            self.method.addItem(method_text(method), method.value)
        self.witness = QLineEdit(self)
        self.witness.setAccessibleName(self.tr("Witness"))
        self.witness.setPlaceholderText(self.tr("Name of the person who heard him"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(80)
        self.attach_button = QPushButton(self.tr("Attach the signed &form…"), self)
        self.attach_button.setAccessibleName(self.tr("Attach the signed form"))
        self.form_label = QLabel(self.tr("No form attached (optional)."), self)
        self.form_label.setWordWrap(True)
        form_row = QHBoxLayout()
        form_row.addWidget(self.attach_button)
        form_row.addWidget(self.form_label, 1)
        form = QFormLayout()
        form.addRow(self.to_partner, self.partner)
        form.addRow(self.to_kind, self.kind)
        form.addRow(self.tr("&How he said it:"), self.method)
        form.addRow(self.tr("Wi&tness:"), self.witness)
        form.addRow(self.tr("N&ote:"), self.note)
        if not withdraw:
            form.addRow(self.tr("Signed form:"), form_row)
        else:
            self.attach_button.hide()
            self.form_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Withdraw…") if withdraw else self.tr("&Record"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setAccessibleName(title)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.attach_button.clicked.connect(self.pick_form)
        for signal in (self.to_partner.toggled, self.method.currentIndexChanged):
            signal.connect(self._update)
        self.witness.textChanged.connect(self._update)
        self.note.textChanged.connect(self._update)
        if self.partner.count():
            self.to_partner.setChecked(True)
        else:
            self.to_partner.setEnabled(False)
            self.to_kind.setChecked(True)
        self._update()

    def preset(self, partner_id: str | None, kind: PartnerKind | None) -> None:
        """Start with this scope chosen (Withdraw… on a selected grant)."""
        if partner_id is not None and (index := self.partner.findData(partner_id)) >= 0:
            self.to_partner.setChecked(True)
            self.partner.setCurrentIndex(index)
        elif kind is not None:
            self.to_kind.setChecked(True)
            self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def pick_form(self) -> None:
        """Choose the scan of the signed form (stored encrypted when the dialog is accepted)."""
        path = self._choose_file(self)
        if path:
            self.form_path = path
            self.form_label.setText(path.replace("\\", "/").rsplit("/", 1)[-1])
        self._update()

    def chosen_method(self) -> ConsentMethod:
        """The method selected."""
        return ConsentMethod(str(self.method.currentData()))

    def _update(self) -> None:
        one = self.to_partner.isChecked()
        self.partner.setEnabled(one)
        self.kind.setEnabled(not one)
        method = self.chosen_method()
        oral = method is ConsentMethod.ORAL_WITNESSED
        self.witness.setEnabled(oral)
        signed = method is ConsentMethod.SIGNED_FORM
        self.attach_button.setEnabled(signed)
        ready = (not oral or bool(self.witness.text().strip())) and (
            method is not ConsentMethod.OTHER or bool(self.note.toPlainText().strip())
        )
        self.ok_button.setEnabled(ready)

    def value(self) -> ConsentInput:
        """The statement as entered."""
        one = self.to_partner.isChecked()
        method = self.chosen_method()
        kind = self.kind.currentData()
        return ConsentInput(
            partner_id=str(self.partner.currentData()) if one else None,
            kind=None if one else PartnerKind(str(kind)),
            method=method,
            witness=self.witness.text().strip() if method is ConsentMethod.ORAL_WITNESSED else "",
            note=self.note.toPlainText().strip(),
            form_path=self.form_path if method is ConsentMethod.SIGNED_FORM else None,
        )
