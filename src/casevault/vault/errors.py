"""The vault layer's one error hierarchy. Each subclass names one failure and carries data."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every failure raised by casevault.vault."""


class VaultNotFound(VaultError):
    """No vault at the given directory (no keyslot file or no database)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class VaultDestroyed(VaultNotFound):
    """The folder holds a vault's database but no key file: its keys were destroyed (panic, or
    the destroy-after-wrong-passphrases option), so nothing can ever decrypt it again.

    A subclass of VaultNotFound: whoever handles "no usable vault here" handles this too, and
    the edges give it its own, plainer sentence.
    """


class KeyFilesNotDestroyed(VaultError):
    """Panic could not remove every copy of the key file.

    `destroyed` and `remaining` are file names inside the vault folder `path`.
    """

    def __init__(self, path: str, destroyed: tuple[str, ...], remaining: tuple[str, ...]) -> None:
        super().__init__(path, remaining)
        self.path = path
        self.destroyed = destroyed
        self.remaining = remaining


class SnapshotClosed(VaultError):
    """A long read on a snapshot of the vault (vault/snapshot.py) was stopped: the vault was
    locked or its keys destroyed while it ran, or a case was being erased. Nothing was written;
    the read can be started again (after unlocking)."""


class VaultAlreadyExists(VaultError):
    """`init` was pointed at a directory that already holds a vault (or other files)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class VaultLocked(VaultError):
    """Another process has this vault open; one process at a time per vault."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class WrongSecret(VaultError):
    """No keyslot of the requested kind opens with the given passphrase or recovery code."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class KeyslotFileCorrupt(VaultError):
    """The keyslot file is unreadable, altered, or belongs to another program or format version.

    `reason` is a short code: "not-json", "wrong-format", "unsupported-version", "checksum",
    "schema", "weak-parameters", "excessive-parameters" (a cost above anything CaseVault writes:
    only a planted file has it).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DatabaseCorrupt(VaultError):
    """The database key unwrapped, but the database does not open with it (damaged or swapped)."""


class SchemaTooNew(VaultError):
    """The vault was written by a newer CaseVault; opening it could damage it."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"{found} > {supported}")
        self.found = found
        self.supported = supported


class MigrationFailed(VaultError):
    """Bringing the vault's schema from `version` to `version + 1` failed; the vault was left at
    `version`, exactly as it was (each migration is one transaction). `detail` names the cause."""

    def __init__(self, version: int, detail: str) -> None:
        super().__init__(f"{version}: {detail}")
        self.version = version
        self.detail = detail


class RecordNotFound(VaultError):
    """A record id that is not in the vault."""

    def __init__(self, record_type: str, record_id: str) -> None:
        super().__init__(f"{record_type} {record_id}")
        self.record_type = record_type
        self.record_id = record_id


class StorageFailed(VaultError):
    """The operating system refused a write (disk full, read-only, permissions)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class RecordImmutable(VaultError):
    """The database refused to change or remove a record that is final (a signed evaluation)."""

    def __init__(self, record_type: str, record_id: str) -> None:
        super().__init__(f"{record_type} {record_id}")
        self.record_type = record_type
        self.record_id = record_id


class AttachmentTooLarge(VaultError):
    """A file larger than the vault accepts as one attachment (`maximum` bytes)."""

    def __init__(self, maximum: int) -> None:
        super().__init__(maximum)
        self.maximum = maximum


class DiskFull(StorageFailed):
    """The disk (or the file-size limit) has no room for the write (SQLITE_FULL, ENOSPC, EFBIG,
    EDQUOT). The transaction was rolled back; freeing space is enough to carry on."""


class StorageReadOnly(StorageFailed):
    """The vault folder or its files cannot be written (SQLITE_READONLY, EROFS, EACCES, EPERM):
    a read-only mount, a locked stick, or file permissions. Nothing was written."""


class StorageVanished(StorageFailed):
    """The vault's files disappeared or stopped answering mid-run (ENOENT, ENODEV, EIO,
    SQLITE_IOERR): typically a USB stick pulled out. The transaction under way was not kept."""


class DatabaseDamaged(DatabaseCorrupt):
    """The key opened the database, but a page read later failed its check (SQLITE_CORRUPT, or a
    page whose HMAC fails, which SQLCipher reports as SQLITE_NOTADB). `code` is SQLite's name.

    A subclass of DatabaseCorrupt so that existing handlers of "the database is unusable" still
    catch it; the edges give it its own sentence (run `casevault check`, restore, re-import)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class OrgKeysNotHeld(VaultError):
    """This laptop does not hold the organisation's private keys (they were removed from it on
    purpose, docs/laptops.md): what needs them (signing an evaluation or an identity card,
    enrolling a laptop, rotating keys) is done on a laptop that does."""
