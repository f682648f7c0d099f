"""Verification of examination notes, every time one is shown (here, and at partners after an
import): both signatures against the signer's keys, the signed bytes as a canonical statement,
the stored row against what was signed, the document against the SHA-256 that was examined, and
the signer's standing as it is now (services/signer_trust.py: revoking a partner withdraws its
notes at once). A note that fails any of these is still shown, marked "not verified" with the
reason — never silently trusted, never silently dropped. Spec: docs/spec/examination.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from casevault.crypto.errors import CryptoError
from casevault.crypto.signing import DualSignature, verify
from casevault.domain.clearance import SignerStanding
from casevault.domain.errors import DomainError
from casevault.domain.examination import SIGNING_CONTEXT, ExaminationStatement, decode_statement
from casevault.services.signer_trust import SignerTrust, signer_trust_map, trust_of
from casevault.vault import blobs
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import partners as partner_repo
from casevault.vault.repos import signer_keys
from casevault.vault.repos.examinations import StoredNote


class NoteStatus(StrEnum):
    """Whether a note verifies, and if not, why (the first reason found)."""

    VERIFIED = "verified"
    UNKNOWN_SIGNER = "unknown_signer"  # no keys known for the signing organisation
    UNKNOWN_KEY = "unknown_key"  # signed with a key that is not (or no longer) the signer's
    SIGNATURE = "signature"  # the bytes changed after signing (or were never signed so)
    PAYLOAD = "payload"  # signed bytes that are not a canonical statement
    CONTENT_MISMATCH = "content_mismatch"  # the stored row says other than what was signed
    DOCUMENT_MISMATCH = "document_mismatch"  # the document is not the one examined (SHA-256)
    UNVERIFIED_SIGNER = "unverified_signer"  # a partner whose keys were never compared
    REVOKED = "revoked"  # a partner we revoked

    @property
    def verified(self) -> bool:
        """True only for a note whose signatures, binding and signer all check out."""
        return self is NoteStatus.VERIFIED


_STANDING_STATUS = {
    SignerStanding.UNVERIFIED: NoteStatus.UNVERIFIED_SIGNER,
    SignerStanding.REVOKED: NoteStatus.REVOKED,
    SignerStanding.UNKNOWN: NoteStatus.UNKNOWN_SIGNER,
    SignerStanding.UNKNOWN_KEY: NoteStatus.UNKNOWN_KEY,
}


@dataclass(frozen=True)
class CheckedNote:
    """A stored note with its verification. `statement` is what the signed bytes say (None if
    they do not decode); shown only together with `status`, since it is a claim until verified."""

    row: StoredNote
    status: NoteStatus
    statement: ExaminationStatement | None
    signer: SignerTrust

    @property
    def verified(self) -> bool:
        """True only if the note verifies and its signer is trusted now."""
        return self.status.verified


def _decoded(row: StoredNote) -> ExaminationStatement | None:
    try:
        return decode_statement(row.payload)
    except DomainError:
        return None


def _signature_status(conn: Connection, row: StoredNote) -> NoteStatus | None:
    if partner_repo.find_public_keys(conn, row.signer_org_id) is None:
        return NoteStatus.UNKNOWN_SIGNER
    keys = signer_keys.find_signer_keys(conn, row.signer_org_id, row.signer_key_fingerprint)
    if keys is None:
        return NoteStatus.UNKNOWN_KEY
    try:
        verify(keys, SIGNING_CONTEXT, row.payload, DualSignature(row.sig_ed25519, row.sig_mldsa65))
    except CryptoError:
        return NoteStatus.SIGNATURE
    return None


def _binding_status(
    conn: Connection, row: StoredNote, statement: ExaminationStatement
) -> NoteStatus | None:
    note = statement.note
    agrees = (
        str(note.id) == row.id
        and str(note.case_id) == row.case_id
        and str(note.attachment_id) == row.attachment_id
        and note.result.value == row.result
        and statement.signer.organisation_id == row.signer_org_id
        and statement.signer.key_fingerprint == row.signer_key_fingerprint
    )
    if not agrees:
        return NoteStatus.CONTENT_MISMATCH
    try:
        document = blobs.get_attachment(conn, note.attachment_id)
    except RecordNotFound:
        return NoteStatus.DOCUMENT_MISMATCH
    if document.sha256 != note.attachment_sha256 or document.case_id != note.case_id:
        return NoteStatus.DOCUMENT_MISMATCH
    return None


def check_note(
    conn: Connection, row: StoredNote, trust: dict[str, SignerTrust] | None = None
) -> CheckedNote:
    """Verify one stored note (inside the caller's read transaction)."""
    trust = signer_trust_map(conn) if trust is None else trust
    signer = trust_of(trust, row.signer_org_id)
    statement = _decoded(row)
    status = _signature_status(conn, row)
    if status is None and statement is None:
        status = NoteStatus.PAYLOAD
    if status is None and statement is not None:
        status = _binding_status(conn, row, statement)
    if status is None:
        standing = signer.standing_for_key(row.signer_key_fingerprint)
        status = _STANDING_STATUS.get(standing, NoteStatus.VERIFIED)
    return CheckedNote(row, status, statement, signer)


def check_notes(conn: Connection, rows: list[StoredNote]) -> list[CheckedNote]:
    """Verify several notes against one reading of the signers' trust."""
    trust = signer_trust_map(conn)
    return [check_note(conn, row, trust) for row in rows]
