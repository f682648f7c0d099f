"""A thief who copied an organisation's keys: real keys, real statements, real bundles made
with the project's own writer (exchange/seal.py), to test that rotation cannot outrun
revocation."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casevault.crypto.keys import PrivateKeys
from casevault.exchange.key_events import build_rotation
from casevault.exchange.seal import BundleWriter, RecipientKeys, SenderIdentity
from casevault.vault.repos import organisation as org_repo
from tests.support.orgs import Org

THIEF_NODE = "thief-laptop"
STOLEN_AT = dt.datetime(2025, 6, 1, 9, 0, tzinfo=dt.UTC)


@dataclass
class Thief:
    """A copy of the victim's keys taken from a seized laptop, and the thief's own new keys."""

    victim_org_id: str
    stolen: PrivateKeys
    own: PrivateKeys

    def rotation_record(self) -> dict[str, Any]:
        """A rotation of the stolen keys to the thief's keys, signed by both."""
        return build_rotation(self.victim_org_id, self.stolen, self.own, STOLEN_AT)


def copy_keys(victim: Org) -> Thief:
    """What a thief holds after copying `victim`'s current keys."""
    with victim.session.vault.reading() as conn:
        stolen = org_repo.get_own_private_keys(conn)
    return Thief(victim.org_id, stolen, PrivateKeys.generate())


def sealed(
    signer: PrivateKeys,
    sender_org_id: str,
    recipients: Sequence[Org],
    records: Sequence[tuple[str, dict[str, Any]]],
) -> bytes:
    """A real bundle from `sender_org_id` signed by `signer`, addressed to `recipients`."""
    targets = []
    for recipient in recipients:
        with recipient.session.vault.reading() as conn:
            keys = org_repo.get_own_private_keys(conn).public_keys()
        targets.append(RecipientKeys(recipient.org_id, keys))
    sink = io.BytesIO()
    sender = SenderIdentity(signer, sender_org_id, THIEF_NODE)
    with BundleWriter(sink, sender, targets, str(uuid.uuid4()), STOLEN_AT) as writer:
        for kind, value in records:
            writer.add_record(kind, value)
    return sink.getvalue()
