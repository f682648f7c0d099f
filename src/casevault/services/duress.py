"""The duress passphrase: set in the settings; typed at unlock, it destroys the real keys (as
panic does) and opens a plausible decoy vault of invented cases instead, so that a person forced
to unlock is not seen refusing.

What holds (docs/dashboard-and-safety.md, "Duress passphrase"): after the duress unlock no file
on this disk can unwrap the real database key, and the folder holds a working vault with the
usual files, the key file of the usual size and a database in the size range of the real one.
Whether a duress passphrase is set cannot be read from the files at rest (vault/duress_slots.py).

What it cannot do: a copy of the folder taken before (a forensic image, a backup) still opens
with the real passphrase; someone who compares the folder with such a copy, who knows the real
cases, or who knows this feature exists and suspects it was used, is not deceived.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path

from casevault.crypto.keys import PrivateKeys
from casevault.crypto.randomness import random_bytes
from casevault.domain.audit_actions import AuditAction
from casevault.services import node_keys
from casevault.services.errors import DuressSameAsPassphrase
from casevault.services.session import Session, utc_now
from casevault.services.vaults import check_passphrase
from casevault.synthetic.decoy import add_decoy_cases, decoy_organisation_name
from casevault.vault.duress import database_size, enter_decoy
from casevault.vault.duress_slots import duress_slot_for, filler_for, real_passphrase_slot
from casevault.vault.errors import WrongSecret
from casevault.vault.keyslots import DuressSlotOpened
from casevault.vault.repos import organisation as org_repo

# Sizes measured with synthetic cases (docs/hardening.md, "Duress"): an empty vault's database,
# and what one invented case with its timeline and screenings adds on average. Re-measure when
# the schema grows (schema 19: laptop keys and certificates in an empty vault, change rows per
# record): 434 KB empty, 12.1 KB per case; schema 16 was 332 KB and 11.4 KB.
EMPTY_DATABASE_BYTES = 430_000
BYTES_PER_CASE = 12_000
MIN_DECOY_CASES = 3
MAX_DECOY_CASES = 400  # keeps the duress unlock within a few seconds (measured)
DECOY_HISTORY_DAYS = 420  # the decoy's records and audit entries spread over this past


def set_duress_passphrase(session: Session, duress_passphrase: str) -> None:
    """Set (or replace) the duress passphrase. Audited as `settings.duress` with no detail, the
    same entry as turning it off, so the log does not say which.

    Raises WeakPassphrase, DuressSameAsPassphrase, StorageFailed.
    """
    check_passphrase(duress_passphrase)
    vault = session.vault
    try:
        vault.check_secret("passphrase", duress_passphrase)
    except WrongSecret:
        pass
    else:
        raise DuressSameAsPassphrase()
    vault.replace_second_slot(
        lambda keyslots: duress_slot_for(
            vault.vault_id, duress_passphrase, real_passphrase_slot(keyslots)
        ),
        lambda conn: session.audit(conn, AuditAction.SETTINGS_DURESS, "settings", "duress"),
    )


def clear_duress_passphrase(session: Session) -> None:
    """Turn the duress passphrase off: its slot becomes random bytes again. Audited as
    `settings.duress`. Raises StorageFailed."""
    vault = session.vault
    vault.replace_second_slot(
        lambda keyslots: filler_for(real_passphrase_slot(keyslots)),
        lambda conn: session.audit(conn, AuditAction.SETTINGS_DURESS, "settings", "duress"),
    )


def decoy_case_count(real_database_bytes: int) -> int:
    """How many invented cases make a database of about `real_database_bytes`."""
    wanted = (real_database_bytes - EMPTY_DATABASE_BYTES) // BYTES_PER_CASE
    return max(MIN_DECOY_CASES, min(MAX_DECOY_CASES, wanted))


def _backdated_clock(days: int, calls: int) -> Callable[[], dt.datetime]:
    """A clock that starts `days` ago and reaches about now after `calls` readings, so the
    decoy's records and audit entries look made over months, not in one second."""
    now = utc_now()
    start = now - dt.timedelta(days=days)
    step = (now - start) / max(calls, 1)
    readings = iter(range(1 << 62))

    def clock() -> dt.datetime:
        return min(start + step * next(readings), utc_now())

    return clock


def open_decoy(path: Path, opened: DuressSlotOpened, *, actor: str = "caseworker") -> Session:
    """Destroy the real vault's keys and return the decoy, open and filled with invented cases
    sized after the real database. Not audited in the decoy as such: its log reads like that of
    a vault made months ago. Raises VaultLocked, KeyFilesNotDestroyed, StorageFailed.
    """
    count = decoy_case_count(database_size(path))
    # Picks invented names and dates, nothing secret; seeded from the OS so no two decoys match.
    rng = random.Random(int.from_bytes(random_bytes(8), "big"))  # noqa: S311
    vault = enter_decoy(path, opened)
    session = Session(vault, actor=actor, clock=_backdated_clock(DECOY_HISTORY_DAYS, count * 7))
    try:
        org_id = str(uuid.uuid4())
        with vault.transaction() as conn:
            org_repo.insert_own_organisation(
                conn, org_id, decoy_organisation_name(rng), PrivateKeys.generate(), session.clock()
            )
            session.audit(
                conn, AuditAction.VAULT_CREATE, "vault", vault.vault_id, {"organisation": org_id}
            )
        # Like a real new vault: laptop keys certified at creation, under `vault.create`, so
        # `node status` later finds them and writes no entry dated today.
        node_keys.ensure_node_identity(session, audited=False)
        with vault.unsynced_writes():
            add_decoy_cases(session, count, rng)
    except BaseException:
        session.close()
        raise
    session.clock = utc_now
    return session
