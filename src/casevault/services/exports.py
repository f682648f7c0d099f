"""Export: build a signed, encrypted bundle of cases for verified partners.

What leaves is decided before a byte is written: the recipients must be verified and not
revoked, and each recipient's redaction profile removes fields (a bundle to several partners
carries only what every one of them may see; services/export_recipients.py).
services/export_preview.py shows exactly that, field by field; `export_bundle` writes it. Only
ciphertext reaches the sink (exchange/seal.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from casevault.domain.audit_actions import AuditAction
from casevault.exchange.armor import ArmorWriter
from casevault.exchange.content import attachment_blob_id, b64
from casevault.exchange.redaction import FULL, RedactionProfile
from casevault.exchange.seal import BundleWriter, RecipientKeys
from casevault.services import erasure_notices, incremental, node_keys, node_record_delivery
from casevault.services.consent import check_export_consent_in
from casevault.services.errors import (
    ConsentMissing,
    NothingToExport,
)
from casevault.services.examination_intake import note_records
from casevault.services.export_recipients import (
    consent_states,
    effective_profile,
    export_recipients,
    selected_ids,
)
from casevault.services.session import Session
from casevault.vault import blobs
from casevault.vault.connection import Connection
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partner_rights as rights_repo
from casevault.vault.repos import sync_state
from casevault.vault.repos import timeline as timeline_repo

Progress = Callable[[int, int], object]  # (done, total)


@dataclass(frozen=True)
class ExportResult:
    """What was sent (for the caseworker and the audit log)."""

    bundle_id: str
    recipients: tuple[str, ...]
    cases: int
    timeline_events: int
    evaluations: int
    tombstones: int
    erasure_notices: int = 0


def _case_record(conn: Connection, case_id: str, profile: RedactionProfile) -> dict[str, Any]:
    case = case_repo.get_case(conn, uuid.UUID(case_id))
    versions = sync_state.get_field_versions(conn, case_id)
    return {
        "id": case_id,
        "origin_org": case.origin_org,
        "created_at": case.created_at.isoformat(),
        "fields": {f: v for f, v in versions.items() if f in profile.fields},
    }


def _write_case(
    writer: BundleWriter,
    conn: Connection,
    case_id: str,
    profile: RedactionProfile,
    own_org: str,
    selection: incremental.Selection | None = None,
) -> tuple[int, int]:
    """Write one case and its records; with an incremental `selection`, only the timeline
    events, evaluations and attachments changed since its start."""
    writer.add_record("case", _case_record(conn, case_id, profile))
    events = [
        e
        for e in timeline_repo.list_events(conn, uuid.UUID(case_id))
        if selection is None or selection.timeline is None or str(e.id) in selection.timeline
    ]
    for event in events:
        writer.add_record(
            "timeline",
            {
                "id": str(event.id),
                "case_id": case_id,
                "date": event.date.isoformat(),
                "kind": event.kind,
                "text": event.text,
                "created_at": event.created_at.isoformat(),
                "origin_org": timeline_repo.get_origin(conn, event.id) or own_org,
            },
        )
    sealed = 0
    for stored in eval_repo.list_evaluations(conn, uuid.UUID(case_id)):
        if stored.seal is None:
            continue  # drafts never leave
        wanted = None if selection is None else selection.evaluations
        if wanted is not None and str(stored.evaluation.id) not in wanted:
            continue  # the peer acknowledged it
        writer.add_record(
            "evaluation",
            {
                "payload": b64(stored.seal.payload),
                "sig_ed25519": b64(stored.seal.sig_ed25519),
                "sig_mldsa65": b64(stored.seal.sig_mldsa65),
                "finalised_at": stored.seal.finalised_at.isoformat(),
            },
        )
        sealed += 1
    for attachment in blobs.list_attachments(conn, uuid.UUID(case_id)):
        wanted = None if selection is None else selection.attachments
        if wanted is not None and str(attachment.id) not in wanted:
            continue  # the peer acknowledged it
        # Provenance members are left out when not recorded (content-records.md).
        meta = attachment.model_dump(mode="json", exclude_none=True)
        writer.add_record("attachment", meta)
        writer.add_blob(
            attachment_blob_id(attachment.id), ChunkReader(blobs.iter_chunks(conn, attachment.id))
        )
    for note in note_records(conn, uuid.UUID(case_id)):  # small: every one, every time
        writer.add_record("examination_note", note)
    return len(events), sealed


class ChunkReader:
    """A file-like `read(n)` over an iterator of chunks (attachment bytes from the vault)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes (all that is left for -1); b"" at the end."""
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        if size < 0:
            data, self._buffer = self._buffer, b""
        else:
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data


def export_bundle(
    session: Session,
    partner_refs: Sequence[str],
    sink: BinaryIO,
    case_refs: Sequence[str] | None = None,
    *,
    armor: bool = False,
    progress: Progress | None = None,
    to_own_nodes: bool = False,
    override_reason: str | None = None,
    full: bool = False,
) -> ExportResult:
    """Write one bundle for `partner_refs` to `sink`; record deliveries and audit it.

    With `case_refs=None` every case that changed since the recipients' last acknowledgement
    goes (services/incremental.py), with the tombstones of deleted ones; `full`: every case.
    Every bundle carries our signed acknowledgement of what we applied from them. With
    `to_own_nodes`, the bundle is for our organisation's other laptops (sync): sealed to our own
    keys, nothing withheld, no partner involved. To a partner, every case needs the man's
    consent for that partner (services/consent.py); a missing one raises ConsentMissing before
    anything is written, unless `override_reason` is given, which is stored and audited with
    the export. Raises
    PartnerNotTrusted, NothingToExport, CaseNotFound. If writing fails, the sink holds an
    unfinished bundle that every reader refuses; the caller deletes it.
    """
    bundle_id = str(uuid.uuid4())
    now = session.clock()
    # The long phase (reading every case and writing the bundle) reads a snapshot, so saving a
    # case meanwhile is not blocked (vault/snapshot.py).
    with session.vault.snapshot() as conn:
        own = org_repo.get_own_organisation(conn)
        if to_own_nodes:
            recipients = []
            profile = FULL
            addressees = [RecipientKeys(own.id, own.public_keys)]
        else:
            recipients = export_recipients(conn, partner_refs)
            profile = effective_profile(conn, [p for p, _ in recipients])
            addressees = [RecipientKeys(p.id, keys) for p, keys in recipients]
        selection = incremental.select(
            conn,
            [a.org_id for a in addressees],
            profile.fields,
            None if case_refs is None else selected_ids(conn, case_refs),
            full=full,
        )
        ids = selection.case_ids
        tombstones = incremental.tombstones(conn, selection)
        notice_to = [a.org_id for a in addressees]
        notices = erasure_notices.pending_for(conn, notice_to)
        ack = incremental.ack_record(
            conn, selection, None if to_own_nodes else {a.org_id for a in addressees}
        )
        node_records = node_record_delivery.select(
            conn, [a.org_id for a in addressees], to_own_nodes=to_own_nodes, full=full
        )
        if not (
            ids
            or tombstones
            or notices
            or selection.incremental
            or ack.applied
            or node_records.revocation_pending  # a removed laptop must be refused everywhere
        ):
            raise NothingToExport()  # a bundle with no record but our acknowledgement is useful
        if override_reason is None:
            partners = [p for p, _ in recipients]
            states = {
                case_id: dict(consent_states(conn, case_id, partners, now)) for case_id in ids
            }
            for partner in partners:
                missing = tuple(c for c in ids if states[c][partner.id] != "granted")
                if missing:
                    raise ConsentMissing(missing, partner.id)
        sender = node_keys.sender_identity(conn)  # this laptop's certified keys (node_keys.py)
        # Their laptops too, so one without the organisation's private keys can open it.
        addressees += node_keys.node_recipients(conn, notice_to)
        target = ArmorWriter(sink) if armor else sink
        events = evaluations = 0
        with BundleWriter(target, sender, addressees, bundle_id, now) as writer:
            writer.add_record("ack", ack.model_dump(mode="json"))
            node_record_delivery.write(writer, node_records)
            for done, case_id in enumerate(ids, start=1):
                case_events, case_evaluations = _write_case(
                    writer, conn, case_id, profile, own.id, selection
                )
                events += case_events
                evaluations += case_evaluations
                if progress is not None:
                    progress(done, len(ids))
            for record_id, deleted_at in tombstones:
                writer.add_record(
                    "tombstone",
                    {"record_type": "case", "record_id": record_id, "deleted_at": deleted_at},
                )
            for notice in notices:
                writer.add_record("erasure_notice", notice.model_dump(mode="json"))
        if isinstance(target, ArmorWriter):
            target.close()
    with session.vault.transaction() as conn:
        for partner, _ in recipients:
            if override_reason is not None:
                check_export_consent_in(conn, session, ids, partner.id, override_reason)
            for case_id in ids:
                sync_state.record_delivery(conn, case_id, partner.id, bundle_id, now)
                # What left bounds what this partner may change by import (services/admission).
                rights_repo.remember_shared_fields(conn, case_id, partner.id, profile.fields)
        erasure_notices.mark_sent(conn, notices, notice_to, now)
        incremental.note_sent(conn, bundle_id, selection, profile.fields, now)
        node_record_delivery.note_sent(conn, bundle_id, node_records)
        session.audit(
            conn,
            AuditAction.BUNDLE_EXPORT,
            "bundle",
            bundle_id,
            {
                "recipients": [p.id for p, _ in recipients],
                "cases": len(ids),
                "profile": profile.name,
            },
        )
    return ExportResult(
        bundle_id,
        tuple(p.id for p, _ in recipients),
        len(ids),
        events,
        evaluations,
        len(tombstones),
        len(notices),
    )
