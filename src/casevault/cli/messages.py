"""Every error that reaches the CLI, turned into plain words and an exit code. The one place.

Keyed by exception type (most specific first through the MRO), never a chain of ifs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casevault.cli.field_words import invalid_field_sentence
from casevault.cli.i18n import N_, _
from casevault.cli.os_words import os_cause
from casevault.crypto.errors import CryptoError
from casevault.domain.errors import DomainError, InvalidField, TransitionNotAllowed
from casevault.services.errors import (
    AmbiguousCaseId,
    CaseDeleted,
    CaseNotFound,
    DuressSameAsPassphrase,
    KeyFileChangedSinceUnlock,
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
    RecordNotFound,
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

EXIT_FAILURE = 1
EXIT_WRONG_SECRET = 3
EXIT_LOCKED = 4
EXIT_NO_VAULT = 5
EXIT_DAMAGED = 6
EXIT_INVALID_INPUT = 7
EXIT_NOT_FOUND = 8
EXIT_STORAGE = 9
EXIT_UNEXPECTED = 70

_KEYSLOT_REASONS = {
    "not-json": N_("it is not a CaseVault key file"),
    "wrong-format": N_("it is not a CaseVault key file"),
    "unsupported-version": N_("it was written by another version of CaseVault"),
    "checksum": N_("it has been changed or damaged"),
    "schema": N_("it has been changed or damaged"),
    "weak-parameters": N_("its protection settings were lowered, which only tampering does"),
    "excessive-parameters": N_(
        "its protection settings are far above anything CaseVault writes: it was not made by "
        "CaseVault or was tampered with"
    ),
}
_PASSPHRASE_PROBLEMS = {
    "common": N_("it is a well-known password, which guessing tools try first"),
    "single-word": N_("it is a single word, and every dictionary is tried first"),
    "pattern": N_("it is a keyboard row, a run of digits or a repeated character"),
    "guessable": N_("it is too short or too simple to resist guessing"),
}
_KEYSLOT_DAMAGED = N_("it is damaged")  # for a reason this version does not know

Formatter = Callable[[Any], str]

_MESSAGES: dict[type[BaseException], tuple[Formatter, int]] = {
    WrongSecret: (
        lambda e: _("Wrong recovery code.") if e.kind == "recovery" else _("Wrong passphrase."),
        EXIT_WRONG_SECRET,
    ),
    VaultLocked: (
        lambda e: _("This vault is open in another CaseVault window or command. Close it first."),
        EXIT_LOCKED,
    ),
    VaultNotFound: (
        lambda e: _("No vault found at {path}. Create one with 'casevault init'.").format(
            path=e.path
        ),
        EXIT_NO_VAULT,
    ),
    VaultDestroyed: (
        lambda e: _(
            "This vault was destroyed (panic): its keys are gone, so nobody can open it any "
            "more, not even with the passphrase or the recovery code. It is not damaged; "
            "this is what the panic action does."
        ),
        EXIT_NO_VAULT,
    ),
    SnapshotClosed: (
        lambda e: _(
            "The vault was locked, or a case erased, while this was being read: it was "
            "stopped and nothing was changed. Run it again."
        ),
        EXIT_FAILURE,
    ),
    KeyFilesNotDestroyed: (
        lambda e: _(
            "Panic could NOT delete every copy of the key file: {files} remain in {path}. "
            "Delete them by any means you have, or destroy the disk."
        ).format(files=", ".join(e.remaining), path=e.path),
        EXIT_STORAGE,
    ),
    VaultAlreadyExists: (
        lambda e: _("{path} is not empty; choose a new folder for the vault.").format(path=e.path),
        EXIT_INVALID_INPUT,
    ),
    KeyslotFileCorrupt: (
        lambda e: _(
            "The vault's key file (keyslots.json) cannot be used: {reason}. Restore it from a "
            "backup; the vault itself has not been touched."
        ).format(reason=_(_KEYSLOT_REASONS.get(e.reason, _KEYSLOT_DAMAGED))),
        EXIT_DAMAGED,
    ),
    DatabaseCorrupt: (
        lambda e: _(
            "The vault's database does not open with this key file. It may be damaged or "
            "belong to another vault."
        ),
        EXIT_DAMAGED,
    ),
    SchemaTooNew: (
        lambda e: _("This vault was made by a newer CaseVault. Update CaseVault to open it."),
        EXIT_DAMAGED,
    ),
    MigrationFailed: (
        lambda e: _(
            "This vault could not be updated to this version of CaseVault ({detail}). It was "
            "left exactly as it was: keep a copy and ask for help before trying again."
        ).format(detail=os_cause(e.detail)),
        EXIT_DAMAGED,
    ),
    StorageFailed: (
        lambda e: _("Could not write to disk ({detail}). Nothing was changed.").format(
            detail=os_cause(e.detail)
        ),
        EXIT_STORAGE,
    ),
    DiskFull: (
        lambda e: _(
            "The disk is full, so this change could not be saved. Nothing was saved half-way "
            "and nothing already in the vault was lost. Free some space (or move the vault to "
            "a larger disk), then do it again."
        ),
        EXIT_STORAGE,
    ),
    StorageReadOnly: (
        lambda e: _(
            "The vault folder is read-only (a locked USB stick, a read-only disk or folder "
            "permissions), so CaseVault cannot work in it. Nothing was changed. Copy the whole "
            "vault folder to a writable place and open it there, or make the folder writable."
        ),
        EXIT_STORAGE,
    ),
    StorageVanished: (
        lambda e: _(
            "The vault's files disappeared or stopped answering: was the USB stick or disk "
            "removed? Nothing was saved half-way. Put it back and open the vault again."
        ),
        EXIT_STORAGE,
    ),
    DatabaseDamaged: (
        lambda e: _(
            "A part of the vault's database is damaged (the key is right, but a page of the "
            "file no longer reads back as it was written). Run 'casevault check' to see what "
            "is affected, then restore a backup copy of the vault folder or re-import the "
            "cases from your partners."
        ),
        EXIT_DAMAGED,
    ),
    RecordNotFound: (
        lambda e: _("No {kind} with id {id}.").format(kind=e.record_type, id=e.record_id),
        EXIT_NOT_FOUND,
    ),
    CaseNotFound: (
        lambda e: _("No case with id {id}.").format(id=e.case_ref),
        EXIT_NOT_FOUND,
    ),
    AmbiguousCaseId: (
        lambda e: _("{id} matches several cases; type more of the id.").format(id=e.case_ref),
        EXIT_INVALID_INPUT,
    ),
    CaseDeleted: (
        lambda e: _("Case {id} is deleted. Restore it first with 'case restore'.").format(
            id=e.case_id
        ),
        EXIT_INVALID_INPUT,
    ),
    VaultDestroyedAfterFailures: (
        lambda e: _(
            "Too many wrong passphrases ({n}): as this vault was set up to do, its keys were "
            "destroyed. Nobody can open it any more."
        ).format(n=e.failed),
        EXIT_DAMAGED,
    ),
    WeakPassphrase: (
        lambda e: (
            _("The passphrase must have at least {n} characters.").format(n=e.minimum)
            if e.reason == "too-short"
            else _(
                "This passphrase is refused: {why}. A good one is four or more random words "
                "that mean nothing together, e.g. picked by dice from a long word list."
            ).format(why=_(_PASSPHRASE_PROBLEMS.get(e.reason, _PASSPHRASE_PROBLEMS["guessable"])))
        ),
        EXIT_INVALID_INPUT,
    ),
    DuressSameAsPassphrase: (
        lambda _e: _(
            "The duress passphrase must be different from the vault's passphrase. Choose "
            "another one."
        ),
        EXIT_INVALID_INPUT,
    ),
    KeyFileChangedSinceUnlock: (
        lambda e: _(
            "The passphrase did not open the vault, and the vault's key file (keyslots.json) has "
            "changed since the last successful unlock: it was replaced or edited. This attempt "
            "was not counted and nothing was destroyed. Put back the key file that belongs to "
            "this vault (from a backup), or use the recovery code."
        ),
        EXIT_WRONG_SECRET,
    ),
    InvalidField: (invalid_field_sentence, EXIT_INVALID_INPUT),  # words, never pydantic's
    TransitionNotAllowed: (
        lambda e: _("A case cannot go from '{current}' to '{requested}'.").format(
            current=e.current, requested=e.requested
        ),
        EXIT_INVALID_INPUT,
    ),
    DomainError: (lambda e: _("This change is not allowed."), EXIT_INVALID_INPUT),
    VaultError: (lambda e: _("The vault could not complete this action."), EXIT_FAILURE),
    CryptoError: (lambda e: _("A cryptographic check failed."), EXIT_DAMAGED),
}


def register(error_type: type[BaseException], formatter: Formatter, exit_code: int) -> None:
    """Let a command group add messages for its own error types."""
    _MESSAGES[error_type] = (formatter, exit_code)


def describe(error: BaseException) -> tuple[str, int] | None:
    """(message, exit code) for a known error type, or None for an unexpected one."""
    for klass in type(error).__mro__:
        entry = _MESSAGES.get(klass)
        if entry is not None:
            formatter, code = entry
            return formatter(error), code
    return None
