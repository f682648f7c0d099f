"""Hostile bundles from a real partner: a genuine bundle opened, changed and sealed again.

The sender's real keys sign the result with the project's own BundleWriter, so every check up
to the content passes: this is what a dishonest or compromised partner program can send.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Callable
from typing import Any

from casevault.exchange.records import Blob
from casevault.exchange.seal import BundleWriter, RecipientKeys, SenderIdentity
from casevault.exchange.unseal import unseal_bundle
from casevault.services.versioning import node_id
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo
from tests.support.orgs import Org

RecordChange = Callable[[str, dict[str, Any]], dict[str, Any]]


Item = tuple[str, Any]  # ("record", (kind, value)) or ("blob", (blob id, bytes))


def items_of(recipient: Org, bundle: bytes) -> list[Item]:
    """The records and blobs of `bundle` (to `recipient`), in order, as `recipient` reads them."""
    with recipient.session.vault.reading() as conn:
        verified = unseal_bundle(
            io.BytesIO(bundle),
            org_repo.get_own_private_keys(conn),
            recipient.org_id,
            lambda org_id: partner_repo.find_public_keys(conn, org_id),
        )
        return [
            ("blob", (item.blob_id, b"".join(item.chunks())))
            if isinstance(item, Blob)
            else ("record", (item.kind, dict(item.value)))
            for item in verified.items()
        ]


def seal_items(sender: Org, recipient: Org, items: list[Item]) -> bytes:
    """A new bundle from `sender` to `recipient` holding `items`, signed with `sender`'s keys."""
    with recipient.session.vault.reading() as conn:
        recipient_keys = org_repo.get_own_private_keys(conn)
    with sender.session.vault.reading() as conn:
        identity = SenderIdentity(org_repo.get_own_private_keys(conn), sender.org_id, node_id(conn))
    sink = io.BytesIO()
    recipients = [RecipientKeys(recipient.org_id, recipient_keys.public_keys())]
    created = dt.datetime.now(dt.UTC)
    with BundleWriter(sink, identity, recipients, str(uuid.uuid4()), created) as writer:
        for tag, value in items:
            if tag == "blob":
                writer.add_blob(value[0], io.BytesIO(value[1]))
            else:
                writer.add_record(value[0], value[1])
    return sink.getvalue()


def reseal(sender: Org, recipient: Org, bundle: bytes, change: RecordChange) -> bytes:
    """`bundle` (from `sender` to `recipient` only) with each record passed through `change`."""
    items = [
        (tag, (value[0], change(*value)) if tag == "record" else value)
        for tag, value in items_of(recipient, bundle)
    ]
    return seal_items(sender, recipient, items)
