"""Plain words for the transport folders in the app: why a bundle waits, why a file was set
aside in refused/, and the transport errors (merged into the one table of gui/messages.py).

The wording follows cli/transport_text.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.domain.transport import RefusalCause, WaitReason
from casevault.services.errors import TransportFolderInvalid, TransportNotSet, WaitingFileNotFound

Formatter = Callable[[Any], str]

_W = WaitReason
_WAIT_TEXT = {
    _W.AUTO_APPLY_OFF: QT_TRANSLATE_NOOP(
        "Messages", "automatic import is off for this sender, so every bundle waits"
    ),
    _W.CONFLICTS: QT_TRANSLATE_NOOP("Messages", "it brings edits that conflict with yours"),
    _W.POSSIBLE_DUPLICATES: QT_TRANSLATE_NOOP(
        "Messages", "it brings a case that may be a man you already have"
    ),
    _W.REFUSALS: QT_TRANSLATE_NOOP(
        "Messages", "part of it may not be applied (changes the sender may not make here)"
    ),
    _W.ERASURE_NOTICES: QT_TRANSLATE_NOOP("Messages", "the sender asks you to erase cases"),
    _W.KEY_EVENTS: QT_TRANSLATE_NOOP("Messages", "the sender announces a change of its keys"),
}
_C = RefusalCause
_REFUSAL_TEXT = {
    _C.NOT_A_BUNDLE: QT_TRANSLATE_NOOP("Messages", "not a CaseVault bundle"),
    _C.DAMAGED: QT_TRANSLATE_NOOP("Messages", "changed, cut short or damaged after it was made"),
    _C.NOT_FOR_US: QT_TRANSLATE_NOOP("Messages", "not made for your organisation"),
    _C.UNKNOWN_SENDER: QT_TRANSLATE_NOOP(
        "Messages", "signed by no partner you know (or by keys you do not hold for it)"
    ),
    _C.SENDER_NOT_TRUSTED: QT_TRANSLATE_NOOP(
        "Messages", "its sender is not verified, or its keys were revoked"
    ),
    _C.REMOVED_LAPTOP: QT_TRANSLATE_NOOP(
        "Messages", "made on a laptop removed from your organisation"
    ),
    _C.OWN_BUNDLE: QT_TRANSLATE_NOOP(
        "Messages", "made on this laptop: the outbox and inbox folders are crossed"
    ),
    _C.WRONG_FOLDER: QT_TRANSLATE_NOOP(
        "Messages", "authentic, but from another sender than the one this folder is for"
    ),
    _C.INVALID_CONTENT: QT_TRANSLATE_NOOP(
        "Messages", "its content breaks the rules of the bundle format"
    ),
    _C.REJECTED_BY_PERSON: QT_TRANSLATE_NOOP("Messages", "rejected by a person"),
    _C.NOT_ACCEPTED: QT_TRANSLATE_NOOP("Messages", "not accepted; import it by hand to see why"),
}
_FOLDER_PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP(
        "Messages", "The folder %1 does not exist (is the USB stick or shared drive connected?)."
    ),
    "not-a-folder": QT_TRANSLATE_NOOP("Messages", "%1 is a file, not a folder."),
    "same": QT_TRANSLATE_NOOP(
        "Messages",
        "The outbox and the inbox must be two different folders (%1): otherwise CaseVault "
        "would pick up its own bundles.",
    ),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def wait_text(reasons: tuple[WaitReason, ...]) -> str:
    """Why a bundle waits, in one line."""
    texts = [_t(str(_WAIT_TEXT[r])) for r in reasons]
    if not texts:
        return ""
    line = texts[0]
    for more in texts[1:]:
        # The separator is the translator's: French puts a no-break space before ";".
        line = _t("%1; %2").replace("%2", more).replace("%1", line)
    return line


def refusal_text(cause: RefusalCause) -> str:
    """Why a file went to refused/, in a few words."""
    return _t(str(_REFUSAL_TEXT[cause]))


def _not_set(error: TransportNotSet) -> str:
    if error.folder == "outbox":
        return _t("No outbox folder is set for this partner: set one in Transport folders.")
    return _t("No inbox folder is set for this partner: set one in Transport folders.")


def _invalid(error: TransportFolderInvalid) -> str:
    text = _FOLDER_PROBLEMS.get(error.problem, _FOLDER_PROBLEMS["missing"])
    return _t(str(text)).replace("%1", error.path)


TRANSPORT_MESSAGES: dict[type[BaseException], Formatter] = {
    TransportNotSet: _not_set,
    TransportFolderInvalid: _invalid,
    WaitingFileNotFound: lambda e: _t(
        "This bundle no longer waits (it was imported, rejected or moved). The list is updated."
    ),
}
