"""Unlock with a count of wrong passphrases, and the optional destroy-after-N-failures rule.

The option is OFF unless the user turns it on (a forgotten passphrase plus a typo too many
must not cost an organisation its files by default). When on, the N-th wrong passphrase in a
row destroys the keyslots exactly as the panic action does. The counter survives restarts
(vault/unlock_attempts.py). Only the passphrase counts; the recovery code is the way back for
the owner and is already slow to guess (Argon2id over 100+ bits).

A wrong passphrase counts only if the key file is the one last unlocked successfully here: a
key file planted or edited since (say with a raised Argon2id cost, so that the right passphrase
fails) makes every attempt fail, and counting those would let it destroy the vault through the
owner's own correct attempts. Such failures raise KeyFileChangedSinceUnlock and destroy nothing.

Limits: this stops someone guessing at this app's unlock screen, not an adversary who copies
the vault folder first (see vault/unlock_attempts.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casevault.domain.audit_actions import AuditAction
from casevault.services.duress import open_decoy
from casevault.services.errors import (
    KeyFileChangedSinceUnlock,
    UnlockLimitOutOfRange,
    VaultDestroyedAfterFailures,
)
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.errors import WrongSecret
from casevault.vault.keyslots import DuressSlotOpened
from casevault.vault.panic import destroy_keyslots
from casevault.vault.unlock_attempts import (
    UnlockAttempts,
    is_last_unlocked_keyslots,
    read_unlock_attempts,
    record_failed_unlock,
    reset_failed_unlocks,
    write_unlock_attempts,
)

MIN_LIMIT = 3  # fewer would punish ordinary typos
MAX_LIMIT = 50


@dataclass(frozen=True)
class UnlockGuard:
    """The option (None: off) and the wrong passphrases since the last unlock."""

    destroy_after: int | None
    failed: int


def open_vault_counting(path: Path, passphrase: str, *, actor: str = "caseworker") -> Session:
    """open_vault, counting wrong passphrases; the duress passphrase returns the decoy instead
    (services/duress.py: the real keys are destroyed first). Raises what open_vault raises,
    KeyFileChangedSinceUnlock (not counted) instead of WrongSecret when the key file is not the
    one last unlocked, and VaultDestroyedAfterFailures when this failure reached the limit (the
    vault is gone)."""
    try:
        session = open_vault(path, passphrase, actor=actor)
    except DuressSlotOpened as duress:
        # The duress passphrase: the real keys go, the decoy opens (services/duress.py).
        return open_decoy(path, duress, actor=actor)
    except WrongSecret:
        if not is_last_unlocked_keyslots(path):
            raise KeyFileChangedSinceUnlock("passphrase") from None
        attempts = record_failed_unlock(path)
        if attempts.destroy_after is not None and attempts.failed >= attempts.destroy_after:
            destroy_keyslots(path)
            raise VaultDestroyedAfterFailures(attempts.failed) from None
        raise
    reset_failed_unlocks(path)
    return session


def get_unlock_guard(session: Session) -> UnlockGuard:
    """The current option and count for the open vault."""
    attempts = read_unlock_attempts(session.vault.path)
    return UnlockGuard(attempts.destroy_after, attempts.failed)


def set_destroy_after(session: Session, limit: int | None) -> UnlockGuard:
    """Turn the option on with `limit` wrong passphrases, or off with None. Audited (the
    setting's name only). Raises UnlockLimitOutOfRange, StorageFailed."""
    if limit is not None and not MIN_LIMIT <= limit <= MAX_LIMIT:
        raise UnlockLimitOutOfRange(limit, MIN_LIMIT, MAX_LIMIT)
    path = session.vault.path
    with session.vault.transaction() as conn:
        # The file is written inside the transaction: if it cannot be written, no audit entry
        # claims a change that did not happen.
        digest = read_unlock_attempts(path).keyslots_digest
        write_unlock_attempts(path, UnlockAttempts(0, limit, digest))
        session.audit(
            conn,
            AuditAction.SETTINGS_UNLOCK_GUARD,
            "settings",
            "unlock_guard",
            {"fields": ["destroy_after"]},
        )
    return UnlockGuard(limit, 0)
