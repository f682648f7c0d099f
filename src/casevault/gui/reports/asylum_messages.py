"""Plain words for the asylum dossier's errors (an attestation that does not hold).

Merged into the one table of gui/messages.py; the wording follows cli/dossier_commands.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.exchange.errors import AttestationInvalid

Formatter = Callable[[Any], str]

_ATTESTATION_PROBLEMS = {
    "format": QT_TRANSLATE_NOOP(
        "Messages", "This is not a CaseVault attestation file, or it is damaged."
    ),
    "signature": QT_TRANSLATE_NOOP(
        "Messages",
        "The attestation's signature does NOT verify: it was changed or forged. Do not rely on "
        "this dossier; ask the organisation for it again by another route.",
    ),
    "statement": QT_TRANSLATE_NOOP(
        "Messages",
        "The attestation is signed but its content is not valid. Do not rely on this dossier.",
    ),
    "document": QT_TRANSLATE_NOOP(
        "Messages",
        "The attestation is about another PDF: this PDF was changed after it was signed, or "
        "the two files do not belong together. Do not rely on this dossier.",
    ),
    "fingerprint": QT_TRANSLATE_NOOP(
        "Messages",
        "The attestation is signed by other keys than the fingerprint you gave: it does not "
        "come from the organisation you expect. Do not rely on this dossier.",
    ),
}


def _attestation(error: AttestationInvalid) -> str:
    source = _ATTESTATION_PROBLEMS.get(error.reason, _ATTESTATION_PROBLEMS["format"])
    return QCoreApplication.translate("Messages", str(source))


ASYLUM_MESSAGES: dict[type[BaseException], Formatter] = {AttestationInvalid: _attestation}
