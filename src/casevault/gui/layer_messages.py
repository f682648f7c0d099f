"""Plain words for the errors no other GUI table claims: crypto failures, the bundle writer's
refusals, a few service errors met first in the CLI, and each layer's base class.

Merged into the one table of gui/messages.py; the wording follows cli/layer_messages.py.
tests/gui/test_every_error_has_words.py walks every error type and fails if any still reaches a
person as the generic "Something went wrong" or as its layer's catch-all sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from casevault.crypto import errors as crypto
from casevault.exchange import errors as ex
from casevault.services import errors as svc
from casevault.vault.errors import RecordNotFound

Formatter = Callable[[Any], str]


LAYER_MESSAGES: dict[type[BaseException], Formatter] = {
    crypto.DecryptionFailed: lambda e: QCoreApplication.translate(
        "Messages",
        "Encrypted data could not be opened: it was changed or damaged, or it was locked with "
        "another key. Nothing was read from it.",
    ),
    crypto.SignatureInvalid: lambda e: QCoreApplication.translate(
        "Messages",
        "A signature does not match: the file was changed, or it was not signed by who it "
        "claims. Nothing was accepted.",
    ),
    crypto.KdfParametersRejected: lambda e: QCoreApplication.translate(
        "Messages",
        "The key file's protection settings are outside what CaseVault accepts: it was tampered "
        "with or not made by CaseVault. Restore it from a backup.",
    ),
    crypto.MalformedKey: lambda e: QCoreApplication.translate(
        "Messages",
        "A key in this file is not a valid key: the file is damaged or was not made by "
        "CaseVault. Nothing was accepted.",
    ),
    crypto.StreamError: lambda e: QCoreApplication.translate(
        "Messages",
        "The encrypted data is damaged, cut short or has bytes added: it was changed after it "
        "was made. Nothing was read from it.",
    ),
    crypto.NoMatchingStanza: lambda e: QCoreApplication.translate(
        "Messages", "This file was not encrypted for your organisation. Nothing was read."
    ),
    crypto.HeaderMacInvalid: lambda e: QCoreApplication.translate(
        "Messages",
        "The start of this file was changed after it was made. Nothing was read from it.",
    ),
    RecordNotFound: lambda e: QCoreApplication.translate(
        "Messages", "This item is no longer in the vault."
    ),
    ex.InvalidIdentifier: lambda e: QCoreApplication.translate(
        "Messages",
        "An identifier is not valid (letters, digits and . _ : - only). Nothing was written.",
    ),
    ex.RecordNotSerialisable: lambda e: QCoreApplication.translate(
        "Messages", "A record could not be put into the bundle. Nothing was written."
    ),
    ex.WriterClosed: lambda e: QCoreApplication.translate(
        "Messages", "This bundle was already finished. Start the export again."
    ),
    ex.DuplicateRecipient: lambda e: QCoreApplication.translate(
        "Messages", "The same partner was chosen twice. Choose each partner once."
    ),
    ex.ExchangeError: lambda e: QCoreApplication.translate(
        "Messages", "The bundle or card could not be used. Nothing was imported or sent."
    ),
    svc.CaseLinkedToItself: lambda e: QCoreApplication.translate(
        "Messages", "A case cannot be linked to itself."
    ),
    svc.ErasureNotConfirmed: lambda e: QCoreApplication.translate(
        "Messages", "Nothing was erased: the id typed does not match the case's full id."
    ),
    svc.VaultNotEmpty: lambda e: QCoreApplication.translate(
        "Messages",
        "Only a new, empty vault can join an organisation. This one already holds records.",
    ),
    svc.NoPendingAnnouncement: lambda e: QCoreApplication.translate(
        "Messages", "There is no key change to announce."
    ),
    svc.NotMerged: lambda e: QCoreApplication.translate(
        "Messages", "This case was not merged into another case."
    ),
    svc.CaseMerged: lambda e: QCoreApplication.translate(
        "Messages",
        "This case was merged into another one. It can be separated again with the command "
        "“casevault case unmerge”.",
    ),
    svc.ServiceError: lambda e: QCoreApplication.translate(
        "Messages", "This action could not be completed. Nothing was changed."
    ),
}
