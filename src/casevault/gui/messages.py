"""Every error the app can show, as a translated plain-language sentence. The one place.

A dict keyed by exception type; lookup walks the MRO, most specific first. Unknown errors get a
generic sentence (and a log line with the type name only, never case data).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.crypto.errors import CryptoError
from casevault.domain.errors import DomainError, InvalidField, TransitionNotAllowed
from casevault.gui.cases.evidence_text import EVIDENCE_MESSAGES
from casevault.gui.exchange.erasure_notices_view import ERASURE_MESSAGES
from casevault.gui.exchange.exchange_messages import EXCHANGE_MESSAGES
from casevault.gui.exchange.transport_text import TRANSPORT_MESSAGES
from casevault.gui.field_problem_text import field_problem as field_problem  # re-exported
from casevault.gui.layer_messages import LAYER_MESSAGES
from casevault.gui.partners.identity_messages import IDENTITY_MESSAGES
from casevault.gui.partners.node_messages import NODE_MESSAGES
from casevault.gui.reports.asylum_messages import ASYLUM_MESSAGES
from casevault.gui.screening.screening_text import SCREENING_MESSAGES
from casevault.services.errors import (
    AmbiguousCaseId,
    CaseDeleted,
    CaseNotFound,
    DuressSameAsPassphrase,
    KeyFileChangedSinceUnlock,
    UnlockLimitOutOfRange,
    VaultDestroyedAfterFailures,
    WeakPassphrase,
)
from casevault.vault.errors import (
    DatabaseCorrupt,
    DatabaseDamaged,
    DiskFull,
    KeyFilesNotDestroyed,
    KeyslotFileCorrupt,
    MigrationFailed,
    SchemaTooNew,
    SnapshotClosed,
    StorageFailed,
    StorageReadOnly,
    StorageVanished,
    VaultAlreadyExists,
    VaultDestroyed,
    VaultError,
    VaultLocked,
    VaultNotFound,
    WrongSecret,
)

_log = logging.getLogger(__name__)
Formatter = Callable[[Any], str]


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _weak_passphrase(error: WeakPassphrase) -> str:
    if error.reason == "too-short":
        return QCoreApplication.translate(
            "Messages", "The passphrase must have at least %1 characters."
        ).replace("%1", str(error.minimum))
    return QCoreApplication.translate(
        "Messages",
        "This passphrase is too easy to guess (a well-known password, a single word or a "
        "keyboard pattern). Use four or more random words that mean nothing together.",
    )


def _wrong_secret(error: WrongSecret) -> str:
    if error.kind == "recovery":
        return QCoreApplication.translate(
            "Messages", "That recovery code does not open this vault. Check each group of four."
        )
    return QCoreApplication.translate(
        "Messages", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."
    )


_MESSAGES: dict[type[BaseException], Formatter] = {
    WrongSecret: _wrong_secret,
    VaultLocked: lambda e: QCoreApplication.translate(
        "Messages", "This vault is already open in another CaseVault window. Close it first."
    ),
    VaultNotFound: lambda e: QCoreApplication.translate(
        "Messages", "There is no vault in this folder."
    ),
    VaultDestroyed: lambda e: QCoreApplication.translate(
        "Messages",
        "This vault was destroyed (panic): its keys are gone, so nobody can open it any more, "
        "not even with the passphrase or the recovery code. It is not damaged; this is what "
        "the panic action does.",
    ),
    SnapshotClosed: lambda e: QCoreApplication.translate(
        "Messages",
        "The vault was locked, or a case erased, while this was being read: it was stopped "
        "and nothing was changed. Try again.",
    ),
    KeyFilesNotDestroyed: lambda e: QCoreApplication.translate(
        "Messages",
        "Panic could NOT delete every copy of the key file: %1 remain in the vault folder. "
        "Delete them by any means you have, or destroy the disk.",
    ).replace("%1", ", ".join(e.remaining)),
    VaultAlreadyExists: lambda e: QCoreApplication.translate(
        "Messages", "The vault folder already contains other files. Choose an empty folder."
    ),
    KeyslotFileCorrupt: lambda e: QCoreApplication.translate(
        "Messages",
        "The vault's key file is damaged or was changed. Restore it from a backup; "
        "the case data itself has not been touched.",
    ),
    DatabaseCorrupt: lambda e: QCoreApplication.translate(
        "Messages", "The vault's database is damaged or belongs to another vault."
    ),
    SchemaTooNew: lambda e: QCoreApplication.translate(
        "Messages", "This vault was made by a newer CaseVault. Update CaseVault to open it."
    ),
    MigrationFailed: lambda e: QCoreApplication.translate(
        "Messages",
        "This vault could not be updated to this version of CaseVault. It was left exactly as "
        "it was: keep a copy and ask for help before trying again.",
    ),
    StorageFailed: lambda e: QCoreApplication.translate(
        "Messages", "Could not write to the disk (is it full?). Nothing was changed."
    ),
    DiskFull: lambda e: QCoreApplication.translate(
        "Messages",
        "The disk is full, so this change could not be saved. Nothing was saved half-way and "
        "nothing already in the vault was lost. Free some space (or move the vault to a larger "
        "disk), then do it again.",
    ),
    StorageReadOnly: lambda e: QCoreApplication.translate(
        "Messages",
        "The vault folder is read-only (a locked USB stick, a read-only disk or folder "
        "permissions), so CaseVault cannot work in it. Nothing was changed. Copy the whole "
        "vault folder to a writable place and open it there, or make the folder writable.",
    ),
    StorageVanished: lambda e: QCoreApplication.translate(
        "Messages",
        "The vault's files disappeared or stopped answering: was the USB stick or disk "
        "removed? Nothing was saved half-way. Put it back and open the vault again.",
    ),
    DatabaseDamaged: lambda e: QCoreApplication.translate(
        "Messages",
        "A part of the vault's database is damaged (the key is right, but a page of the file "
        "no longer reads back as it was written). Use File → Check the vault… to see what is "
        "affected, then restore a backup copy of the vault folder or re-import the cases from "
        "your partners.",
    ),
    CaseNotFound: lambda e: QCoreApplication.translate(
        "Messages", "This case is no longer in the vault."
    ),
    AmbiguousCaseId: lambda e: QCoreApplication.translate(
        "Messages", "This id matches several cases."
    ),
    CaseDeleted: lambda e: QCoreApplication.translate(
        "Messages", "This case was deleted. Restore it before editing."
    ),
    WeakPassphrase: lambda e: _weak_passphrase(e),
    KeyFileChangedSinceUnlock: lambda e: QCoreApplication.translate(
        "Messages",
        "The passphrase did not open the vault, and the vault's key file has changed since the "
        "last unlock (replaced or edited). This attempt was not counted and nothing was "
        "destroyed. Put back this vault's own key file from a backup, or use the recovery code.",
    ),
    InvalidField: lambda e: field_problem(e),
    VaultDestroyedAfterFailures: lambda e: QCoreApplication.translate(
        "Messages",
        "Too many wrong passphrases. As set in this vault's options, its keys were destroyed: "
        "it can never be opened again.",
    ),
    DuressSameAsPassphrase: lambda _e: QCoreApplication.translate(
        "Messages",
        "The duress passphrase must be different from the vault's passphrase. Choose another one.",
    ),
    UnlockLimitOutOfRange: lambda e: (
        QCoreApplication.translate("Messages", "Choose a number between %1 and %2.")
        .replace("%1", str(e.minimum))
        .replace("%2", str(e.maximum))
    ),
    TransitionNotAllowed: lambda e: (
        QCoreApplication.translate("Messages", "A case cannot move from “%1” to “%2”.")
        .replace("%1", status_label(e.current))
        .replace("%2", status_label(e.requested))
    ),
    DomainError: lambda e: QCoreApplication.translate("Messages", "This change is not allowed."),
    VaultError: lambda e: QCoreApplication.translate(
        "Messages", "The vault could not complete this action."
    ),
    CryptoError: lambda e: QCoreApplication.translate(
        "Messages", "A security check failed. The data may have been tampered with."
    ),
    **EXCHANGE_MESSAGES,  # bundles, cards, partners (gui/exchange/exchange_messages.py)
}
# evaluations and attachments (gui/screening/screening_text.py)
_MESSAGES.update(SCREENING_MESSAGES)
_MESSAGES.update(EVIDENCE_MESSAGES)  # examination notes (gui/cases/evidence_text.py)
_MESSAGES.update(ERASURE_MESSAGES)  # erasure is final (gui/exchange/erasure_notices_view.py)
# unsafe names, enrolment codes (gui/partners/identity_messages.py)
_MESSAGES.update(IDENTITY_MESSAGES)
_MESSAGES.update(LAYER_MESSAGES)  # crypto, bundle writer, layer bases (gui/layer_messages.py)
_MESSAGES.update(TRANSPORT_MESSAGES)  # transport folders (gui/exchange/transport_text.py)
_MESSAGES.update(NODE_MESSAGES)  # per-laptop keys (gui/partners/node_messages.py)
_MESSAGES.update(ASYLUM_MESSAGES)  # dossier attestations (gui/reports/asylum_messages.py)


def describe(error: BaseException) -> str:
    """A sentence for a person, in the current language."""
    for klass in type(error).__mro__:
        formatter = _MESSAGES.get(klass)
        if formatter is not None:
            return formatter(error)
    _log.error("unexpected error in the app: %s", type(error).__name__)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong. Nothing was changed. If it happens again, tell your IT contact.",
    )


_STATUS_LABELS = {
    "intake": QT_TRANSLATE_NOOP("Messages", "Intake"),
    "screening": QT_TRANSLATE_NOOP("Messages", "Screening"),
    "in_hiding": QT_TRANSLATE_NOOP("Messages", "In hiding"),
    "in_transit": QT_TRANSLATE_NOOP("Messages", "In transit"),
    "arrived": QT_TRANSLATE_NOOP("Messages", "Arrived"),
    "asylum": QT_TRANSLATE_NOOP("Messages", "Asylum"),
    "closed": QT_TRANSLATE_NOOP("Messages", "Closed"),
}
_RISK_LABELS = {
    "low": QT_TRANSLATE_NOOP("Messages", "Low"),
    "medium": QT_TRANSLATE_NOOP("Messages", "Medium"),
    "high": QT_TRANSLATE_NOOP("Messages", "High"),
    "critical": QT_TRANSLATE_NOOP("Messages", "Critical"),
}
_SERVICE_LABELS = {
    "mobilised": QT_TRANSLATE_NOOP("Messages", "Mobilised"),
    "contract": QT_TRANSLATE_NOOP("Messages", "Contract"),
    "conscript": QT_TRANSLATE_NOOP("Messages", "Conscript"),
    "unknown": QT_TRANSLATE_NOOP("Messages", "Unknown"),
}


def status_label(status: str) -> str:
    """The translated name of a case status code."""
    return _t(str(_STATUS_LABELS[status])) if status in _STATUS_LABELS else status


def risk_label(risk: str) -> str:
    """The translated name of a risk level."""
    return _t(str(_RISK_LABELS[risk])) if risk in _RISK_LABELS else risk


def service_label(service: str) -> str:
    """The translated name of a service type."""
    return _t(str(_SERVICE_LABELS[service])) if service in _SERVICE_LABELS else service
