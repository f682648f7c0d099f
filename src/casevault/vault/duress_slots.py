"""The shape every key file keeps: passphrase slot, duress-or-filler slot, recovery slot.

A vault always has a second "passphrase" slot right after the real one, with the same salt and
Argon2id parameters. When the duress passphrase is set, that slot seals 32 random bytes under
it, bound (in the associated data only) to the role "duress"; when it is not, the slot is 60
random bytes of the same sizes. A ChaCha20-Poly1305 seal is indistinguishable from random bytes
without the key, so the file at rest looks the same either way and says nothing about whether
the feature is in use. Sharing the salt lets one Argon2id derivation test both slots, so a
right, a wrong and a duress passphrase take the same time (docs/spec/vault.md, "Duress slot").

Position, not a label, says which slot is the real one: the first "passphrase" slot. Every
change of secret keeps the second slot as it is (it does not depend on the database key) and
adds a filler to a key file written before this existed.
"""

from __future__ import annotations

from casevault.crypto.aead import new_key
from casevault.crypto.kdf import SALT_LENGTH, derive_key
from casevault.crypto.randomness import random_bytes
from casevault.vault.keyslots import (
    DURESS_ROLE,
    Keyslot,
    KeyslotFile,
    SlotKind,
    encode_secret,
    make_slot,
    random_slot,
    wrap_with_key,
)


def _passphrase_slots(keyslots: KeyslotFile) -> list[Keyslot]:
    return [slot for slot in keyslots.slots if slot.kind == "passphrase"]


def real_passphrase_slot(keyslots: KeyslotFile) -> Keyslot:
    """The first passphrase slot: the one that opens the vault."""
    return _passphrase_slots(keyslots)[0]


def second_slot(keyslots: KeyslotFile) -> Keyslot | None:
    """The duress-or-filler slot, or None in a key file written before it existed."""
    slots = _passphrase_slots(keyslots)
    return slots[1] if len(slots) > 1 else None


def filler_for(real: Keyslot) -> Keyslot:
    """A slot no secret opens, sharing the real passphrase slot's salt and parameters."""
    return random_slot("passphrase", real.params, real.salt)


def duress_slot_for(vault_id: str, duress_passphrase: str, real: Keyslot) -> Keyslot:
    """The duress slot for `duress_passphrase` (one Argon2id run, the real slot's salt and
    parameters); it seals random bytes, which open nothing."""
    wrapping_key = derive_key(
        encode_secret("passphrase", duress_passphrase), real.salt, real.params
    )
    return wrap_with_key(
        vault_id, "passphrase", wrapping_key, new_key(), real.params, real.salt, DURESS_ROLE
    )


def arranged(
    vault_id: str, real: Keyslot, second: Keyslot, recovery: tuple[Keyslot, ...], generation: int
) -> KeyslotFile:
    """The key file in its one order: real passphrase, duress-or-filler, recovery."""
    return KeyslotFile(vault_id, (real, second, *recovery), generation)


def with_second_slot(keyslots: KeyslotFile, second: Keyslot, generation: int) -> KeyslotFile:
    """`keyslots` with the duress-or-filler slot replaced by `second`."""
    recovery = tuple(slot for slot in keyslots.slots if slot.kind == "recovery")
    return arranged(keyslots.vault_id, real_passphrase_slot(keyslots), second, recovery, generation)


def rebuilt_keyslots(
    current: KeyslotFile,
    secrets: dict[SlotKind, str],
    key: bytes,
    generation: int,
    *,
    new_database_key: bool,
) -> KeyslotFile:
    """The key file after a change of secret: a slot of each kind in `secrets` made afresh
    under `key`, the others kept (with `new_database_key`, only those in `secrets`), and the
    duress-or-filler slot kept as it is, or added as a filler. A new passphrase slot takes the
    pair's salt and parameters, so the duress slot keeps working and one derivation still
    tests both (reusing the vault's salt is harmless: it guards against precomputation across
    vaults, not between one vault's own secrets)."""
    if new_database_key and "passphrase" not in secrets:
        raise ValueError("a re-key needs the passphrase")  # the old slot would wrap the old key
    real = real_passphrase_slot(current)
    second = second_slot(current)
    vault_id = current.vault_id
    if "passphrase" in secrets:
        salt = second.salt if second is not None else random_bytes(SALT_LENGTH)
        real = make_slot(vault_id, "passphrase", secrets["passphrase"], key, real.params, salt)
    if second is None:
        second = filler_for(real)
    recovery = tuple(slot for slot in current.slots if slot.kind == "recovery")
    if "recovery" in secrets:
        params = recovery[0].params if recovery else real.params
        recovery = (make_slot(vault_id, "recovery", secrets["recovery"], key, params),)
    elif new_database_key:
        recovery = ()
    return arranged(vault_id, real, second, recovery, generation)


def new_vault_slots(vault_id: str, passphrase_slot: Keyslot, recovery_slot: Keyslot) -> KeyslotFile:
    """A new vault's key file: it has the filler slot from the start."""
    return arranged(vault_id, passphrase_slot, filler_for(passphrase_slot), (recovery_slot,), 0)
