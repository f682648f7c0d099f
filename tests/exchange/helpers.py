"""Shared test helpers for exchange/: real keys, small real bundles."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable

from casevault.crypto.keys import PrivateKeys
from casevault.exchange.records import Blob, JsonRecord
from casevault.exchange.seal import BlobSource, RecipientKeys, SenderIdentity, seal_bundle
from casevault.exchange.unseal import VerifiedBundle

CREATED = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


def make_bundle(
    sender: PrivateKeys,
    recipients: dict[str, PrivateKeys],
    items: Iterable[JsonRecord | BlobSource] = (),
    bundle_id: str = "bundle-1",
) -> bytes:
    """A real sealed bundle from org-a (node-1) to the given organisations."""
    sink = io.BytesIO()
    seal_bundle(
        sink,
        SenderIdentity(sender, "org-a", "node-1"),
        [RecipientKeys(org, keys.public_keys()) for org, keys in recipients.items()],
        bundle_id,
        CREATED,
        items,
    )
    return sink.getvalue()


def read_all(bundle: VerifiedBundle) -> list[tuple[str, str, object]]:
    """Every item as ("record", kind, value) or ("blob", id, bytes)."""
    out: list[tuple[str, str, object]] = []
    for item in bundle.items():
        if isinstance(item, Blob):
            out.append(("blob", item.blob_id, b"".join(item.chunks())))
        else:
            out.append(("record", item.kind, item.value))
    return out
