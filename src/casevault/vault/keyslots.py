"""The keyslot file: the 256-bit database key, wrapped once per secret (passphrase, recovery code).

Each slot = Argon2id(secret, salt, params) -> wrapping key; ChaCha20-Poly1305 seals the
database key with associated data that binds the vault id and the slot's own header (kind,
KDF parameters), so a slot cannot be moved to another vault or have its parameters lowered
without the seal breaking. The whole file also carries a SHA-256 checksum, so accidental
damage is reported as damage instead of as a wrong passphrase. Layout: docs/spec/vault.md.

Changing a secret rewrites only this small file, atomically (vault/atomic.py); re-keying rewrites
the database too. `generation` counts those changes; the database records the generation it goes
with, so an interrupted change is finished or undone on the next unlock (vault/keyslot_journal.py).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from casevault.crypto import aead
from casevault.crypto.errors import DecryptionFailed, KdfParametersRejected
from casevault.crypto.kdf import SALT_LENGTH, Argon2Params, derive_key
from casevault.crypto.randomness import random_bytes
from casevault.crypto.recovery_code import normalise_recovery_code
from casevault.vault.atomic import write_atomically
from casevault.vault.errors import KeyslotFileCorrupt, VaultNotFound, WrongSecret

FORMAT = "casevault-keyslots"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024  # a real file is ~1.5 KB; refuse to parse anything huge.
MAX_SLOTS = 8
MAX_GENERATION = 2**31
AEAD_NAME = "chacha20-poly1305"

SlotKind = Literal["passphrase", "recovery"]
# The duress slot is stored as a "passphrase" slot (vault/duress_slots.py); only its associated
# data, never written to the file, carries this role, so nothing at rest tells it apart.
DURESS_ROLE = "duress"
WRAPPED_KEY_LENGTH = 48


def encode_secret(kind: SlotKind, secret: str) -> bytes:
    """The bytes fed to Argon2id. Passphrases are NFC-normalised so the same characters typed
    on another keyboard layout give the same bytes; recovery codes are canonicalised."""
    if kind == "recovery":
        canonical = normalise_recovery_code(secret)
        if canonical is None:
            raise WrongSecret("recovery")
        return canonical.encode("ascii")
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyslotFileCorrupt("schema")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyslotFileCorrupt("schema") from exc


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class Keyslot:
    """One wrapped copy of the database key."""

    slot_id: str
    kind: SlotKind
    params: Argon2Params
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def header(self) -> dict[str, Any]:
        """The authenticated, unencrypted part of the slot."""
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "kdf": {
                "algorithm": "argon2id",
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "lanes": self.params.lanes,
                "salt": _b64(self.salt),
            },
            "aead": AEAD_NAME,
        }

    def to_dict(self) -> dict[str, Any]:
        """The slot as stored in the file."""
        return {**self.header(), "nonce": _b64(self.nonce), "wrapped_key": _b64(self.wrapped_key)}


def associated_data(vault_id: str, slot_header: dict[str, Any], role: str | None = None) -> bytes:
    """What a slot's seal is bound to. `role` (the duress slot only) is bound but not stored."""
    bound: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "slot": slot_header,
    }
    if role is not None:
        bound["role"] = role
    return _canonical(bound)


def wrap_with_key(
    vault_id: str,
    kind: SlotKind,
    wrapping_key: bytes,
    payload: bytes,
    params: Argon2Params,
    salt: bytes,
    role: str | None = None,
) -> Keyslot:
    """A slot sealing `payload` under an already derived `wrapping_key` (fresh id and nonce)."""
    draft = Keyslot(str(uuid.uuid4()), kind, params, salt, b"", b"")
    nonce, wrapped = aead.seal(
        wrapping_key, payload, associated_data(vault_id, draft.header(), role)
    )
    return Keyslot(draft.slot_id, kind, params, salt, nonce, wrapped)


def make_slot(
    vault_id: str,
    kind: SlotKind,
    secret: str,
    database_key: bytes,
    params: Argon2Params,
    salt: bytes | None = None,
) -> Keyslot:
    """Wrap `database_key` under `secret` (Argon2id with `salt`, fresh if None, then AEAD)."""
    salt = random_bytes(SALT_LENGTH) if salt is None else salt
    wrapping_key = derive_key(encode_secret(kind, secret), salt, params)
    return wrap_with_key(vault_id, kind, wrapping_key, database_key, params, salt)


class DuressSlotOpened(Exception):
    """The passphrase opened the duress slot (raised only with `allow_duress`).

    Carries the decoy's key file and database key, made at once from the wrapping key already
    derived, so that entering the decoy costs no second Argon2id run (the unlock takes as long
    as a normal one). Caught by vault/duress.py's caller in the same call; never stored.
    """

    def __init__(self, decoy_keyslots: KeyslotFile, decoy_key: bytes) -> None:
        super().__init__("duress")
        self.decoy_keyslots = decoy_keyslots
        self.decoy_key = decoy_key


@dataclass(frozen=True)
class KeyslotFile:
    """The whole file: the vault id, its slots, and how many secret changes it follows.

    `generation` is 0 for a new vault (and for files written before it existed) and goes up by
    one with every change of passphrase, recovery code or database key.
    """

    vault_id: str
    slots: tuple[Keyslot, ...]
    generation: int = 0

    def body(self) -> dict[str, Any]:
        """Everything the checksum covers."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "slots": [slot.to_dict() for slot in self.slots],
        }

    def to_bytes(self) -> bytes:
        """Serialise with the checksum as pretty JSON (readable by people; it holds no secret)."""
        body = self.body()
        document = {**body, "checksum": hashlib.sha256(_canonical(body)).hexdigest()}
        return json.dumps(document, indent=2, sort_keys=True).encode() + b"\n"

    def unwrap(self, kind: SlotKind, secret: str, *, allow_duress: bool = False) -> bytes:
        """The database key, from the first slot of `kind` that `secret` opens.

        Raises WrongSecret if none does; with `allow_duress`, DuressSlotOpened if `secret` is
        the duress passphrase (otherwise that is a WrongSecret too). Argon2id runs once per
        distinct (salt, parameters): the passphrase slot and the duress-or-filler slot share
        them, so a right, a wrong and a duress passphrase all cost one derivation.
        """
        encoded = encode_secret(kind, secret)
        derived: dict[tuple[bytes, Argon2Params], bytes] = {}
        candidates = [slot for slot in self.slots if slot.kind == kind]
        for slot in candidates:
            if (slot.salt, slot.params) not in derived:
                derived[(slot.salt, slot.params)] = derive_key(encoded, slot.salt, slot.params)
            opened = _open_slot(self.vault_id, slot, derived[(slot.salt, slot.params)], None)
            if opened is not None:
                return opened
        if kind == "passphrase":
            for slot in candidates:
                wrapping_key = derived[(slot.salt, slot.params)]
                if _open_slot(self.vault_id, slot, wrapping_key, DURESS_ROLE) is None:
                    continue
                if allow_duress:
                    raise self._decoy(slot, wrapping_key)
                break
        raise WrongSecret(kind)

    def _decoy(self, duress: Keyslot, wrapping_key: bytes) -> DuressSlotOpened:
        """The decoy's key file: the duress passphrase becomes its passphrase (same salt and
        parameters, a new random database key), with a filler slot and a recovery slot of
        random bytes in the usual places, under the same vault id and generation."""
        decoy_key = aead.new_key()
        recovery_params = next(
            (slot.params for slot in self.slots if slot.kind == "recovery"), duress.params
        )
        slots = (
            wrap_with_key(
                self.vault_id, "passphrase", wrapping_key, decoy_key, duress.params, duress.salt
            ),
            random_slot("passphrase", duress.params, duress.salt),
            random_slot("recovery", recovery_params, random_bytes(SALT_LENGTH)),
        )
        return DuressSlotOpened(KeyslotFile(self.vault_id, slots, self.generation), decoy_key)

    def replace_slots(self, kind: SlotKind, new_slot: Keyslot) -> KeyslotFile:
        """A copy with every slot of `kind` replaced by `new_slot`; the old secret stops working."""
        kept = tuple(slot for slot in self.slots if slot.kind != kind)
        return KeyslotFile(self.vault_id, (*kept, new_slot), self.generation)


def random_slot(kind: SlotKind, params: Argon2Params, salt: bytes) -> Keyslot:
    """A slot that no secret opens: random nonce and sealed bytes, of a real slot's sizes."""
    return Keyslot(
        str(uuid.uuid4()),
        kind,
        params,
        salt,
        random_bytes(aead.NONCE_LENGTH),
        random_bytes(WRAPPED_KEY_LENGTH),
    )


def _open_slot(vault_id: str, slot: Keyslot, wrapping_key: bytes, role: str | None) -> bytes | None:
    try:
        return aead.open_sealed(
            wrapping_key,
            slot.nonce,
            slot.wrapped_key,
            associated_data(vault_id, slot.header(), role),
        )
    except DecryptionFailed:
        return None


def _parse_slot(untrusted: object) -> Keyslot:
    if not isinstance(untrusted, dict):
        raise KeyslotFileCorrupt("schema")
    try:
        kdf = untrusted["kdf"]
        if kdf["algorithm"] != "argon2id" or untrusted["aead"] != AEAD_NAME:
            raise KeyslotFileCorrupt("schema")
        kind = untrusted["kind"]
        if kind not in ("passphrase", "recovery"):
            raise KeyslotFileCorrupt("schema")
        numbers = [kdf["memory_kib"], kdf["iterations"], kdf["lanes"]]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise KeyslotFileCorrupt("schema")
        params = Argon2Params(memory_kib=numbers[0], iterations=numbers[1], lanes=numbers[2])
        slot_id = untrusted["id"]
        if not isinstance(slot_id, str) or len(slot_id) > 64:
            raise KeyslotFileCorrupt("schema")
        salt = _unb64(kdf["salt"])
        nonce = _unb64(untrusted["nonce"])
        wrapped = _unb64(untrusted["wrapped_key"])
    except (KeyError, TypeError) as exc:
        raise KeyslotFileCorrupt("schema") from exc
    if params.above_ceiling():
        # CaseVault never writes such a slot: a planted file that would make the right
        # passphrase take minutes, and then fail as if it were wrong.
        raise KeyslotFileCorrupt("excessive-parameters")
    try:
        params.check()
    except KdfParametersRejected as exc:
        raise KeyslotFileCorrupt("weak-parameters") from exc
    if (
        len(salt) != SALT_LENGTH
        or len(nonce) != aead.NONCE_LENGTH
        or len(wrapped) != WRAPPED_KEY_LENGTH
    ):
        raise KeyslotFileCorrupt("schema")
    return Keyslot(slot_id, kind, params, salt, nonce, wrapped)


def parse_keyslot_file(untrusted_bytes: bytes) -> KeyslotFile:
    """Parse and check a keyslot file. Raises KeyslotFileCorrupt with a reason code."""
    if len(untrusted_bytes) > MAX_FILE_BYTES:
        raise KeyslotFileCorrupt("schema")
    try:
        document = json.loads(untrusted_bytes.decode("utf-8"))
    # ValueError: not JSON, or an integer past Python's 4300-digit limit; RecursionError:
    # nesting deeper than the parser's stack (both found by fuzz/, pinned in tests/fuzzing/).
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise KeyslotFileCorrupt("not-json") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise KeyslotFileCorrupt("wrong-format")
    if document.get("version") != VERSION:
        raise KeyslotFileCorrupt("unsupported-version")
    checksum = document.pop("checksum", None)
    if checksum != hashlib.sha256(_canonical(document)).hexdigest():
        raise KeyslotFileCorrupt("checksum")
    vault_id = document.get("vault_id")
    slots = document.get("slots")
    if not isinstance(vault_id, str) or len(vault_id) > 64 or not isinstance(slots, list):
        raise KeyslotFileCorrupt("schema")
    if not 1 <= len(slots) <= MAX_SLOTS:
        raise KeyslotFileCorrupt("schema")
    generation = document.get("generation", 0)
    if not isinstance(generation, int) or isinstance(generation, bool):
        raise KeyslotFileCorrupt("schema")
    if not 0 <= generation <= MAX_GENERATION:
        raise KeyslotFileCorrupt("schema")
    return KeyslotFile(vault_id, tuple(_parse_slot(slot) for slot in slots), generation)


def read_keyslot_file(path: Path) -> KeyslotFile:
    """Read and parse; raise VaultNotFound if absent, KeyslotFileCorrupt if damaged."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise VaultNotFound(str(path.parent)) from exc
    except IsADirectoryError as exc:
        raise KeyslotFileCorrupt("not-json") from exc
    return parse_keyslot_file(data)


def write_keyslot_file(path: Path, keyslots: KeyslotFile) -> None:
    """Atomically replace the keyslot file (temp file, fsync, rename)."""
    write_atomically(path, keyslots.to_bytes())
