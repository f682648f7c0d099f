"""Import, step 1: verify a bundle completely and stage its content in memory. Writes nothing.

Checks, in order, each with its own typed error (exchange/errors.py, services/errors.py):
the file is a bundle (binary or armoured) -> a stanza opens with our key -> header and content
are authentic and complete -> the sender is a partner we hold (or our own organisation, from
another of our laptops) -> both signatures verify -> we are among the signed recipients -> the
content hash matches -> the sender is verified and not revoked -> the bundle id was never
applied -> every record fits the content schema -> every evaluation's signature verifies
against its signer's key -> the content is what its signer may send (services/partner_keys.py:
only key events while a partner's key change waits for confirmation, only revocations when
signed by an earlier key of the partner). Only then is a StagedBundle returned. Evaluations
that verify but claim what their signer may not claim (services/evaluation_intake.py) are set
aside as refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from casevault.crypto.errors import CryptoError
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.crypto.signing import DualSignature, verify
from casevault.domain.errors import DomainError
from casevault.domain.evaluation import SIGNING_CONTEXT, decode_statement
from casevault.exchange.content import RECORD_KINDS as CONTENT_KINDS
from casevault.exchange.content import (
    AckRecord,
    AttachmentRecord,
    CaseRecord,
    ErasureNoticeRecord,
    EvaluationRecord,
    ExaminationNoteRecord,
    KeyRevocationRecord,
    KeyRotationRecord,
    TimelineRecord,
    TombstoneRecord,
    parse_record,
)
from casevault.exchange.errors import (
    BundleNotForUs,
    ContentInvalid,
    NotARecipient,
    SenderKeyMismatch,
)
from casevault.exchange.import_content import (
    ImportContent,
    IncomingCase,
    ReceivedNote,
    VerifiedEvaluation,
    incoming_case,
)
from casevault.exchange.key_events import VerifiedRevocation, VerifiedRotation, verify_rotation
from casevault.exchange.name_screening import (
    RenamedAttachment,
    check_statement_names,
    screen_attachment_name,
)
from casevault.exchange.node_certificates import RECORD_KINDS as NODE_RECORD_KINDS
from casevault.exchange.record_kinds import KindHandling, handling_of
from casevault.exchange.unseal import NodeTrust, SenderLookup, VerifiedBundle, unseal_bundle
from casevault.services import node_keys, partner_keys
from casevault.services.errors import (
    BundleFromThisNode,
    BundleReplayed,
    ImportTooLarge,
    NodeRemoved,
)
from casevault.services.evaluation_intake import RefusedEvaluation, refusal_reason, refuse
from casevault.services.examination_intake import decode_received_note
from casevault.services.gc_pause import collector_paused
from casevault.services.node_keys import NodeRecord
from casevault.services.session import Session
from casevault.services.signer_trust import signer_trust_map
from casevault.services.versioning import node_id
from casevault.vault.connection import Connection
from casevault.vault.repos import evaluations as eval_repo
from casevault.vault.repos import nodes as node_repo
from casevault.vault.repos import organisation as org_repo
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import sync_state

# Staged records live in memory until applied in one transaction; this bounds that memory
# (about 2 KB a case: 200,000 records stay well under a gigabyte).
MAX_IMPORT_RECORDS = 200_000


StagedEvaluation = VerifiedEvaluation  # the name the services have used


@dataclass
class StagedBundle:
    """A fully verified bundle, its content parsed and checked, not yet applied."""

    bundle_id: str
    sender_org_id: str
    sender_node_id: str
    sender_name: str
    created_at: str
    cases: list[CaseRecord] = field(default_factory=list)
    timeline: list[TimelineRecord] = field(default_factory=list)
    evaluations: list[StagedEvaluation] = field(default_factory=list)
    tombstones: list[TombstoneRecord] = field(default_factory=list)
    attachments: list[AttachmentRecord] = field(default_factory=list)
    examination_notes: list[ReceivedNote] = field(default_factory=list)
    verified: VerifiedBundle | None = field(default=None, repr=False)  # re-read for blobs only
    # The preview's merge plans and the audit length they were computed at (services/imports).
    previewed: dict[str, Any] = field(default_factory=dict, repr=False)
    skipped_evaluations: list[uuid.UUID] = field(default_factory=list)  # signer unknown to us
    refused_evaluations: list[RefusedEvaluation] = field(default_factory=list)
    key_rotations: list[VerifiedRotation] = field(default_factory=list)
    key_revocations: list[VerifiedRevocation] = field(default_factory=list)
    checks_passed: list[str] = field(default_factory=list)
    # Erasure (services/erasure_guard.py, services/erasure_notices.py): the sender's notices,
    # and the ids of cases erased here whose records this bundle carried (dropped, not applied).
    erasure_notices: list[ErasureNoticeRecord] = field(default_factory=list)
    erased_here: set[uuid.UUID] = field(default_factory=set)
    renamed_attachments: list[RenamedAttachment] = field(default_factory=list)  # unsafe names
    # `cases` with their field versions decoded (once, at verification).
    incoming: list[IncomingCase] = field(default_factory=list, repr=False)

    def content(self) -> ImportContent:
        """What the import plan judges (exchange/import_plan.py). Raises ContentInvalid only
        if `cases` was changed after verification and a new record does not decode."""
        decoded = {id(c.record): c for c in self.incoming}
        return ImportContent(
            bundle_id=self.bundle_id,
            sender_org_id=self.sender_org_id,
            cases=tuple(decoded.get(id(r)) or incoming_case(r) for r in self.cases),
            timeline=tuple(self.timeline),
            attachments=tuple(self.attachments),
            tombstones=tuple(self.tombstones),
            evaluations=tuple(self.evaluations),
            examination_notes=tuple(self.examination_notes),
        )

    node_records: list[NodeRecord] = field(default_factory=list)  # services/node_keys.py
    # Records of kinds this version does not know and may pass over (exchange/record_kinds.py).
    passed_over_kinds: dict[str, int] = field(default_factory=dict)
    ack: AckRecord | None = None  # incremental exchange (services/incremental.py)


def _verify_evaluation(conn: Connection, record: EvaluationRecord) -> StagedEvaluation | uuid.UUID:
    """A verified evaluation, or the id of one whose signer we do not know (skipped)."""
    payload = record.payload_bytes()
    try:
        statement = decode_statement(payload)
    except DomainError as exc:
        raise ContentInvalid("evaluation", "payload") from exc
    signer = statement.signer.organisation_id
    keys = partner_repo.find_public_keys(conn, signer)
    if keys is None:
        return statement.evaluation.id
    if keys.fingerprint().hex() != statement.signer.key_fingerprint:
        raise ContentInvalid("evaluation", "signer_key_fingerprint")
    ed, ml = record.signatures()
    try:
        verify(keys, SIGNING_CONTEXT, payload, DualSignature(ed, ml))
    except CryptoError as exc:
        raise ContentInvalid("evaluation", "signature") from exc
    return StagedEvaluation(record, statement)


def _set_aside_refused_evaluations(conn: Connection, staged: StagedBundle) -> None:
    """Move the new evaluations we must not store from `staged.evaluations` to
    `staged.refused_evaluations` (reasons: services/evaluation_intake.py)."""
    trust = signer_trust_map(conn)
    in_bundle = {
        e.statement.evaluation.id: e.statement.signer.organisation_id for e in staged.evaluations
    }
    kept: list[StagedEvaluation] = []
    for staged_eval in staged.evaluations:
        statement = staged_eval.statement
        reason = None
        if not eval_repo.evaluation_exists(conn, statement.evaluation.id):
            reason = refusal_reason(conn, statement, trust, in_bundle)
        if reason is None:
            kept.append(staged_eval)
        else:
            staged.refused_evaluations.append(refuse(statement, reason))
    staged.evaluations = kept


def _unseal_with_any_of_our_keys(
    untrusted_file: BinaryIO,
    our_keys: list[tuple[PrivateKeys, str]],
    known_sender: Callable[[str], PublicKeys | None],
    nodes: NodeTrust,
) -> VerifiedBundle:
    """Each of (keys, recipient id) in turn: our current keys, this laptop's node keys, then
    retired ones (a partner may not have our rotation yet): services/node_keys.py."""
    first_error: BundleNotForUs | NotARecipient | None = None
    for keys, recipient_id in our_keys:
        untrusted_file.seek(0)
        try:
            return unseal_bundle(untrusted_file, keys, recipient_id, known_sender, nodes)
        except (BundleNotForUs, NotARecipient) as exc:
            first_error = first_error or exc
    raise first_error or BundleNotForUs()


@collector_paused  # many small objects, no cycles: services/gc_pause.py
def verify_and_stage(session: Session, untrusted_file: BinaryIO) -> StagedBundle:
    """Run every check and stage the content. Raises the first failure; writes nothing."""
    with session.vault.reading() as conn:
        own = org_repo.get_own_organisation(conn)
        our_keys = node_keys.unsealing_keys(conn)
        nodes = node_keys.node_trust(conn)

        def attempt(sender_lookup: SenderLookup) -> VerifiedBundle:
            return _unseal_with_any_of_our_keys(untrusted_file, our_keys, sender_lookup, nodes)

        by_earlier_key = False
        try:
            # Our own organisation (another of our laptops) or a partner; trust is checked next.
            verified = attempt(lambda org_id: partner_repo.find_public_keys(conn, org_id))
        except SenderKeyMismatch as mismatch:
            # An earlier key of the sender's history (may carry revocations only).
            verified = partner_keys.unseal_signed_by_earlier_key(conn, mismatch, attempt)
            by_earlier_key = True
        manifest = verified.manifest
        checks = ["addressed-to-us", "intact", "complete", "signature", "recipient-list"]
        trust = partner_keys.sender_trust(
            conn, own.id, manifest.sender_org_id, by_earlier_key=by_earlier_key
        )
        sender_name = trust.name
        if manifest.sender_org_id == own.id:
            if manifest.sender_node_id == node_id(conn):
                raise BundleFromThisNode()
            if node_repo.is_removed(conn, manifest.sender_node_id):
                raise NodeRemoved(manifest.sender_node_id)
        checks.append("sender-trusted")
        if sync_state.bundle_was_applied(conn, manifest.bundle_id):
            raise BundleReplayed(manifest.bundle_id)
        checks.append("not-a-replay")
        staged = StagedBundle(
            bundle_id=manifest.bundle_id,
            sender_org_id=manifest.sender_org_id,
            sender_node_id=manifest.sender_node_id,
            sender_name=sender_name,
            created_at=manifest.created_at.isoformat(),
        )
        if verified.node_certificate is not None:  # the signing laptop's: peers learn nodes
            staged.node_records.append(verified.node_certificate)
        count = 0
        passed_over = staged.passed_over_kinds
        blob_ids: set[str] = set()
        kinds: set[str] = set()
        blob_ids.update(verified.blob_ids)  # checked by unseal; streamed in when applied
        kinds.update(["blob"] if verified.blob_ids else [])
        for item in verified.records:  # kept from unseal's one decryption: not decrypted again
            if item.kind in NODE_RECORD_KINDS:  # certificates, revocations (node_keys.py)
                found = node_keys.stage_node_record(conn, nodes, item.kind, dict(item.value))
                staged.node_records.extend([found] if found else [])
                continue
            kinds.add(item.kind)
            count += 1
            if count > MAX_IMPORT_RECORDS:
                raise ImportTooLarge(MAX_IMPORT_RECORDS)
            if handling_of(item.kind, CONTENT_KINDS) is KindHandling.SKIP:
                passed_over[item.kind] = passed_over.get(item.kind, 0) + 1  # a newer writer's
                continue
            record = parse_record(item.kind, dict(item.value))
            if isinstance(record, AckRecord):
                staged.ack = staged.ack or record  # one per bundle; a second one changes nothing
            elif isinstance(record, CaseRecord):
                staged.cases.append(record)
            elif isinstance(record, TimelineRecord):
                staged.timeline.append(record)
            elif isinstance(record, TombstoneRecord):
                staged.tombstones.append(record)
            elif isinstance(record, AttachmentRecord):
                safe, renamed = screen_attachment_name(record)
                staged.attachments.append(safe)
                staged.renamed_attachments.extend([renamed] if renamed else [])
            elif isinstance(record, ErasureNoticeRecord):
                staged.erasure_notices.append(record)
            elif isinstance(record, ExaminationNoteRecord):
                staged.examination_notes.extend(decode_received_note(record))
            elif isinstance(record, KeyRotationRecord | KeyRevocationRecord) and (
                manifest.sender_org_id == own.id
            ):
                continue  # our own laptops are enrolled again after a key change
            elif isinstance(record, KeyRotationRecord):
                statement, old_sig, new_sig = record.parts()
                staged.key_rotations.append(
                    verify_rotation(
                        statement, old_sig, new_sig, verified.sender_keys, manifest.sender_org_id
                    )
                )
            elif isinstance(record, KeyRevocationRecord):
                statement, signature = record.parts()
                staged.key_revocations.append(
                    partner_keys.verify_received_revocation(
                        conn, manifest.sender_org_id, statement, signature
                    )
                )
            else:
                checked = _verify_evaluation(conn, record)
                if isinstance(checked, uuid.UUID):
                    staged.skipped_evaluations.append(checked)
                else:
                    check_statement_names(checked.statement)
                    staged.evaluations.append(checked)
        if {a.blob_id for a in staged.attachments} != blob_ids:
            raise ContentInvalid("attachment", "blob")
        partner_keys.check_content(conn, manifest.sender_org_id, trust, kinds)
        _set_aside_refused_evaluations(conn, staged)
        checks += ["content-valid", "evaluation-signatures", "names-safe"]
        staged.checks_passed = checks
        staged.verified = verified
    return staged
