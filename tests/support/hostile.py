"""A dishonest partner: bundles it writes by hand with the project's own writer and its real keys.

Everything in these bundles verifies (real HPKE, real signatures, addressed to the victim); only
the content lies. Used to prove that import admits only what the sender may change.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from typing import Any

from casevault.exchange.content import attachment_blob_id
from casevault.exchange.seal import BundleWriter, RecipientKeys, SenderIdentity
from casevault.services.versioning import node_id
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import sync_state
from tests.support.orgs import Org

NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


def forged_bundle(
    sender: Org,
    recipient: Org,
    records: list[tuple[str, dict[str, Any]]],
    blobs: dict[str, bytes] | None = None,
) -> bytes:
    """A genuine, signed bundle from `sender` to `recipient` carrying exactly `records`."""
    with sender.session.vault.reading() as conn:
        identity = SenderIdentity(org_repo.get_own_private_keys(conn), sender.org_id, node_id(conn))
    with recipient.session.vault.reading() as conn:
        recipient_keys = org_repo.get_own_organisation(conn).public_keys
    sink = io.BytesIO()
    with BundleWriter(
        sink, identity, [RecipientKeys(recipient.org_id, recipient_keys)], str(uuid.uuid4()), NOW
    ) as writer:
        for kind, value in records:
            writer.add_record(kind, value)
        for blob_id, data in (blobs or {}).items():
            writer.add_blob(blob_id, io.BytesIO(data))
    return sink.getvalue()


def dominating_fields(victim: Org, case_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """Versions of `values` whose vectors dominate every version the victim holds: with no
    admission check, each would simply replace the victim's value."""
    with victim.session.vault.reading() as conn:
        held = sync_state.get_field_versions(conn, case_id)
    any_stamp = next(v["stamp"] for versions in held.values() for v in versions)
    out: dict[str, Any] = {}
    for name, value in values.items():
        vectors: dict[str, int] = {}
        for version in held.get(name, []):
            for node, count in version["vector"]:
                vectors[node] = max(vectors.get(node, 0), count)
        vector = sorted((node, count + 1000) for node, count in vectors.items())
        out[name] = [{"value": value, "vector": [*vector, ["evil-node", 1]], "stamp": any_stamp}]
    return out


def case_record(
    case_id: str, origin_org: str, fields: dict[str, Any], created_at: str = "2026-10-01T00:00:00Z"
) -> tuple[str, dict[str, Any]]:
    """A `case` record as the wire carries it."""
    return "case", {
        "id": case_id,
        "origin_org": origin_org,
        "created_at": created_at,
        "fields": fields,
    }


def timeline_record(case_id: str, origin_org: str, text: str) -> tuple[str, dict[str, Any]]:
    """A new `timeline` event for `case_id`."""
    return "timeline", {
        "id": str(uuid.uuid4()),
        "case_id": case_id,
        "date": "2026-10-20",
        "kind": "note",
        "text": text,
        "created_at": "2026-10-20T10:00:00Z",
        "origin_org": origin_org,
    }


def attachment_records(
    case_id: str, origin_org: str, data: bytes
) -> tuple[tuple[str, dict[str, Any]], dict[str, bytes]]:
    """An `attachment` record and its blob."""
    import hashlib

    attachment_id = uuid.uuid4()
    record = {
        "id": str(attachment_id),
        "case_id": case_id,
        "filename": "planted.pdf",
        "media_type": "application/pdf",
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "created_at": "2026-10-20T10:00:00Z",
        "origin_org": origin_org,
    }
    return ("attachment", record), {attachment_blob_id(attachment_id): data}


def tombstone_record(case_id: str) -> tuple[str, dict[str, Any]]:
    """A deletion of `case_id`."""
    return "tombstone", {
        "record_type": "case",
        "record_id": case_id,
        "deleted_at": "2026-10-25T10:00:00Z",
    }
