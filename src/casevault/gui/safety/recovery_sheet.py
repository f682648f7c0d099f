"""The recovery code on paper: the page printed from the set-up wizard (and after a new code),
and the safety advice shown before the vault is first used.

The printed page holds the code and what to do with the paper, and nothing else: no
organisation name, no vault folder, no date. A sheet found in a search then does not say whose
it is or which laptop it opens, and it never needs to be replaced when those change.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from casevault.gui.kit.printing import print_html


def _t(text: str) -> str:
    return QCoreApplication.translate("RecoverySheet", text)


def recovery_sheet_html(code: str) -> str:
    """The printed page for `code` (groups of four, two lines), every value escaped."""
    groups = code.split("-")
    lines = "<br/>".join(escape("-".join(groups[i : i + 4])) for i in range(0, len(groups), 4))
    title = _t("CaseVault recovery code")
    keep = _t(
        "This code opens the vault without the passphrase. Keep this paper hidden, away from "
        "the laptop, where a search of the office or of your bag will not find it. Do not "
        "photograph it or type it into any other program."
    )
    use = _t(
        "To use it: on the lock screen, choose “Forgot the passphrase? Use the recovery code”."
    )
    return (
        f"<h2>{escape(title)}</h2>"
        f"<p style='font-family: monospace; font-size: 20pt'><b>{lines}</b></p>"
        f"<p>{escape(keep)}</p><p>{escape(use)}</p>"
    )


def safety_advice() -> str:
    """What a new user must know before the first case: panic, and the recovery code."""
    return _t(
        "Before you start: if the laptop is about to be taken, File → Destroy the vault "
        "(panic, Ctrl+Shift+Del) destroys its keys at once, also on the lock screen; nothing "
        "can open it afterwards, not even your passphrase or the recovery code. Lock the vault "
        "(Ctrl+L) whenever you step away. Keep the recovery code on paper, printed or written, "
        "hidden away from the laptop: whoever finds it together with the laptop can open the "
        "vault, and without it a forgotten passphrase means the cases are lost."
    )


def print_button(parent: QWidget, code_of: Callable[[], str]) -> QPushButton:
    """A "Print the code…" button that prints what `code_of()` returns (nothing if empty)."""
    button = QPushButton(_t("&Print the code…"), parent)
    button.setAccessibleName(_t("Print the recovery code"))
    button.clicked.connect(lambda: print_recovery_code(parent, code_of()))
    return button


def print_recovery_code(parent: QWidget | None, code: str, printer: QPrinter | None = None) -> bool:
    """Print the sheet for `code` (printer dialog unless `printer` is given); False if
    cancelled or there is no code."""
    if not code:
        return False
    return print_html(parent, recovery_sheet_html(code), _t("CaseVault recovery code"), printer)
