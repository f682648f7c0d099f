"""The panic action: destroy the vault's keys now, with no passphrase, no lock and no waiting.

`destroy_vault_keys` works on a folder, so it runs from the lock screen, from a command while
the desktop app has the vault open, or from the app while one of its own workers is halfway
through a long read. The session of the app itself is then dropped with
`close_session_later`: its key leaves this object at once, and the database connection closes
as soon as the running call lets go of it, on a background thread, so nothing waits.

What it guarantees and what it cannot (the edges print this, docs/dashboard-and-safety.md):
no file on this disk can unwrap the database key any more, so the database can never be
decrypted again from this disk, with the passphrase, the recovery code or anything else. A copy
of the key file taken earlier, with the passphrase or recovery code, still opens a copy of the
database taken earlier. A process that has the vault open keeps the key in memory until it
closes it; CaseVault's own windows and commands refuse their next step (VaultDestroyed).
"""

from __future__ import annotations

import threading
from pathlib import Path

from casevault.services.session import Session
from casevault.vault.layout import is_destroyed_vault
from casevault.vault.panic import PanicReport, destroy_key_files

__all__ = [
    "PanicReport",
    "close_session_later",
    "destroy_vault_keys",
    "panic_destroy",
    "vault_destroyed",
]


def destroy_vault_keys(path: Path) -> PanicReport:
    """Destroy every copy of the key file in the vault folder `path`. Not audited: the audit
    log is inside the database that can no longer be opened. No undo.

    Raises VaultNotFound (nothing to destroy there), KeyFilesNotDestroyed.
    """
    return destroy_key_files(path)


def close_session_later(session: Session) -> threading.Thread:
    """Close `session` without waiting for a call that is using it.

    The vault's key is dropped from the Vault object at once; the connection (which SQLCipher
    keeps keyed in memory) closes when the running call, if any, returns. Returns the closing
    thread (tests join it).
    """
    session.vault.forget_key()
    closer = threading.Thread(target=session.close, name="casevault-panic-close", daemon=True)
    closer.start()
    return closer


def panic_destroy(session: Session) -> PanicReport:
    """Destroy the keys of the session's vault first, then close the session (without waiting
    for a running call). Raises what destroy_vault_keys raises; the session is closed either
    way, since panic means the user wants the data out of reach now."""
    try:
        return destroy_vault_keys(session.vault.path)
    finally:
        close_session_later(session)


def vault_destroyed(path: Path) -> bool:
    """Whether `path` holds a vault whose keys were destroyed (it can never be opened again)."""
    return is_destroyed_vault(path.absolute())
