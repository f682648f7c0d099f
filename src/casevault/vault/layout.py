"""Names of the files inside a vault directory. One place, so nobody guesses a path."""

from __future__ import annotations

from pathlib import Path

DATABASE_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots.json"
# The naming rule of the key-file family: every file of the vault folder whose name, leading
# dots removed, starts with this stem may hold a wrapped database key (the key file itself, the
# temp names of an atomic replacement, any pending or backup copy). Panic destroys all of them,
# so anything that ever writes wrapped keys must name its files this way.
KEY_FILE_STEM = "keyslots"
LOCK_NAME = "vault.lock"
UNLOCK_ATTEMPTS_NAME = "unlock_attempts.json"
# While a secret is being changed: the next key file, and (re-key) the next database.
PENDING_KEYSLOTS_NAME = "keyslots.pending.json"
REKEY_DATABASE_NAME = "vault.rekey.db"


def database_path(vault_dir: Path) -> Path:
    """The SQLCipher database."""
    return vault_dir / DATABASE_NAME


def keyslots_path(vault_dir: Path) -> Path:
    """The keyslot file: wrapped copies of the database key."""
    return vault_dir / KEYSLOTS_NAME


def is_key_file_name(name: str) -> bool:
    """Whether a file of this name belongs to the key-file family (see KEY_FILE_STEM)."""
    return name.lstrip(".").startswith(KEY_FILE_STEM)


def pending_keyslots_path(vault_dir: Path) -> Path:
    """The next key file while a change of secret is under way (vault/keyslot_journal.py)."""
    return vault_dir / PENDING_KEYSLOTS_NAME


def rekey_database_path(vault_dir: Path) -> Path:
    """The database being written under a new key while a re-key is under way."""
    return vault_dir / REKEY_DATABASE_NAME


def lock_path(vault_dir: Path) -> Path:
    """The lock file that keeps a second process out."""
    return vault_dir / LOCK_NAME


def unlock_attempts_path(vault_dir: Path) -> Path:
    """The non-secret counter of failed unlocks and the destroy-after setting."""
    return vault_dir / UNLOCK_ATTEMPTS_NAME


def is_vault(vault_dir: Path) -> bool:
    """True if the directory holds a keyslot file (the database may still be missing)."""
    return keyslots_path(vault_dir).is_file()


def is_destroyed_vault(vault_dir: Path) -> bool:
    """True if the directory holds a vault's database but no key file: its keys were destroyed.

    The key file is only ever replaced atomically (never absent while the vault lives), so its
    absence next to a database means panic or the destroy-after-failures option ran.
    """
    return database_path(vault_dir).is_file() and not keyslots_path(vault_dir).is_file()
