"""Use cases for the vault as a whole: create, unlock, change or recover the passphrase."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from casevault.crypto.kdf import FLOOR, Argon2Params, calibrate
from casevault.crypto.keys import PrivateKeys
from casevault.crypto.recovery_code import new_recovery_code
from casevault.domain.audit_actions import AuditAction
from casevault.domain.outside_names import check_display_name
from casevault.domain.passphrase_strength import MIN_LENGTH, passphrase_problem
from casevault.services import node_keys
from casevault.services.errors import WeakPassphrase
from casevault.services.session import Session, utc_now
from casevault.vault.layout import is_vault
from casevault.vault.repos import organisation as org_repo
from casevault.vault.store import create_vault, unlock_vault

MIN_PASSPHRASE_LENGTH = MIN_LENGTH


@dataclass(frozen=True)
class KdfChoice:
    """How to pick Argon2id parameters: calibrated (the default) or the floor (tests, demo)."""

    floor: bool = False
    target_seconds: float = 1.0

    def params(self) -> Argon2Params:
        """The parameters to use; the floor is enforced either way."""
        return FLOOR if self.floor else calibrate(self.target_seconds)


@dataclass(frozen=True)
class InitResult:
    """A new vault, open, and its recovery code (shown to the user once, never stored)."""

    session: Session
    recovery_code: str
    kdf: Argon2Params


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases that guessing would find even behind Argon2id: too short, well-known,
    one word, a keyboard pattern (domain/passphrase_strength.py). Raises WeakPassphrase."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise WeakPassphrase(MIN_PASSPHRASE_LENGTH, problem.value)


def init_vault(
    path: Path,
    passphrase: str,
    org_name: str,
    *,
    kdf: KdfChoice | None = None,
    actor: str = "caseworker",
) -> InitResult:
    """Create a vault with our organisation's identity (fresh keys) and a recovery code.

    Raises WeakPassphrase, UnsafeName (the organisation name goes on our identity card, which
    partners refuse with control, bidi or invisible characters), and the vault errors."""
    check_display_name(org_name)
    check_passphrase(passphrase)
    params = (kdf or KdfChoice()).params()
    recovery_code = new_recovery_code()
    vault = create_vault(path, passphrase, recovery_code, params)
    session = Session(vault, actor=actor)
    org_id = str(uuid.uuid4())
    with vault.transaction() as conn:
        org_repo.insert_own_organisation(conn, org_id, org_name, PrivateKeys.generate(), utc_now())
        session.audit(
            conn, AuditAction.VAULT_CREATE, "vault", vault.vault_id, {"organisation": org_id}
        )
    # The first laptop certifies its own node keys: part of `vault.create`, no entry of its own.
    node_keys.ensure_node_identity(session, audited=False)
    return InitResult(session, recovery_code, params)


def open_vault(path: Path, passphrase: str, *, actor: str = "caseworker") -> Session:
    """Unlock with the passphrase. Raises the vault errors (WrongSecret, VaultLocked, ...).
    A vault from before node keys gets them (and a certificate, if it holds the
    organisation's keys) on this first unlock (services/node_keys.py)."""
    session = Session(unlock_vault(path, "passphrase", passphrase), actor=actor)
    try:
        node_keys.ensure_node_identity(session)
    except BaseException:
        session.close()
        raise
    return session


def change_passphrase(session: Session, new_passphrase: str) -> None:
    """Replace the passphrase slot; the recovery code keeps working. The new key file and the
    audit entry take effect together or not at all, even under a kill (Vault.change_secrets).
    Raises WeakPassphrase, StorageFailed."""
    check_passphrase(new_passphrase)
    vault = session.vault
    vault.change_secrets(
        {"passphrase": new_passphrase},
        lambda conn: session.audit(
            conn, AuditAction.VAULT_PASSPHRASE_CHANGE, "vault", vault.vault_id
        ),
    )


def recover_vault(
    path: Path, recovery_code: str, new_passphrase: str, *, actor: str = "caseworker"
) -> Session:
    """Unlock with the recovery code and set a new passphrase (atomic with its audit entry, as
    change_passphrase). The database key stays; services/vault_keys.recover_and_rekey also
    replaces it and the recovery code. Returns the open session."""
    check_passphrase(new_passphrase)
    session = Session(unlock_vault(path, "recovery", recovery_code), actor=actor)
    vault = session.vault
    try:
        vault.change_secrets(
            {"passphrase": new_passphrase},
            lambda conn: session.audit(conn, AuditAction.VAULT_RECOVER, "vault", vault.vault_id),
        )
    except BaseException:
        session.close()
        raise
    return session


def vault_exists(path: Path) -> bool:
    """Whether `path` already holds a vault (so the app offers unlock rather than set-up)."""
    return is_vault(path.absolute())
