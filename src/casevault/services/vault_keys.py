"""Replacing the vault's keys: re-key (a new database key) and a new recovery code.

A passphrase change only rewraps the database key, so a copy of the key file taken before it
still opens the database with the old passphrase. Re-key re-encrypts the database under a new
random key with new slots for the passphrase and a NEW recovery code: afterwards no old key
file, passphrase or recovery code opens the live vault. What it cannot undo: a copy of the old
database file together with the old key file, taken before, still opens with the old secrets.

Each operation and its audit entry happen together or not at all (Vault.change_secrets).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casevault.crypto.recovery_code import new_recovery_code
from casevault.domain.audit_actions import AuditAction
from casevault.services.session import Session
from casevault.services.vaults import check_passphrase
from casevault.vault.store import unlock_vault


@dataclass(frozen=True)
class Recovered:
    """A vault opened with the recovery code and re-keyed, and its new recovery code (shown
    once, never stored)."""

    session: Session
    recovery_code: str


def rekey_vault(
    session: Session, current_passphrase: str, new_passphrase: str | None = None
) -> str:
    """Re-encrypt the database under a new random key; the passphrase stays (or becomes
    `new_passphrase`) and the recovery code is replaced. Returns the new recovery code.

    The current passphrase is asked again so that someone at an unlocked, unattended computer
    cannot lock the owner out. Raises WrongSecret, WeakPassphrase, StorageFailed. Audited
    (`vault.rekey`).
    """
    vault = session.vault
    vault.check_secret("passphrase", current_passphrase)
    passphrase = current_passphrase
    if new_passphrase is not None:
        check_passphrase(new_passphrase)
        passphrase = new_passphrase
    code = new_recovery_code()
    vault.change_secrets(
        {"passphrase": passphrase, "recovery": code},
        lambda conn: session.audit(conn, AuditAction.VAULT_REKEY, "vault", vault.vault_id),
        new_database_key=True,
    )
    return code


def replace_recovery_code(session: Session, current_passphrase: str) -> str:
    """A new recovery code; the old one stops working, the passphrase keeps working. Returns
    the new code. Raises WrongSecret, StorageFailed. Audited (`vault.recovery_code_replace`)."""
    vault = session.vault
    vault.check_secret("passphrase", current_passphrase)
    code = new_recovery_code()
    vault.change_secrets(
        {"recovery": code},
        lambda conn: session.audit(
            conn, AuditAction.VAULT_RECOVERY_CODE_REPLACE, "vault", vault.vault_id
        ),
    )
    return code


def recover_and_rekey(
    path: Path, recovery_code: str, new_passphrase: str, *, actor: str = "caseworker"
) -> Recovered:
    """Open with the recovery code, then re-key with `new_passphrase` and a new recovery code
    (the old passphrase and the used recovery code may be known to someone else). Raises what
    unlock_vault raises, WeakPassphrase, StorageFailed. Audited (`vault.recover`, rekey)."""
    check_passphrase(new_passphrase)
    session = Session(unlock_vault(path, "recovery", recovery_code), actor=actor)
    vault = session.vault
    code = new_recovery_code()
    try:
        vault.change_secrets(
            {"passphrase": new_passphrase, "recovery": code},
            lambda conn: session.audit(
                conn, AuditAction.VAULT_RECOVER, "vault", vault.vault_id, {"rekey": True}
            ),
            new_database_key=True,
        )
    except BaseException:
        session.close()
        raise
    return Recovered(session, code)
