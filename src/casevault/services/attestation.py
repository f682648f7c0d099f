"""The organisation attests a dossier PDF: a detached signature file (exchange/attestation.py).

Signed with the organisation's own keys (the ones partners know by fingerprint, as for
evaluations), so a laptop that does not hold them cannot attest (OrgKeysNotHeld). Audited:
the log records that a dossier of the case was attested, and the PDF's SHA-256.
"""

from __future__ import annotations

from casevault.domain.audit_actions import AuditAction
from casevault.exchange.attestation import (
    AttestationStatement,
    document_digest,
    make_attestation,
)
from casevault.services.asylum_dossier import AsylumDossier
from casevault.services.session import Session
from casevault.vault.repos import organisation as org_repo


def attest_dossier(session: Session, dossier: AsylumDossier, pdf: bytes, sentence: str) -> bytes:
    """The attestation file for the exact `pdf` bytes of `dossier`; `sentence` is the
    attestation as printed in the PDF (in the dossier's language).

    Raises OrgKeysNotHeld on a laptop without the organisation's keys.
    """
    statement = AttestationStatement(
        organisation_id=dossier.organisation_id,
        organisation_name=dossier.organisation_name,
        case_id=dossier.case_id,
        attested_on=dossier.made_at.date(),
        made_at=dossier.made_at,
        language=dossier.language,
        statement=sentence,
        document_sha256=document_digest(pdf),
        document_size=len(pdf),
    )
    with session.vault.transaction() as conn:
        attestation = make_attestation(statement, org_repo.get_own_private_keys(conn))
        session.audit(
            conn,
            AuditAction.DOSSIER_ATTEST,
            "case",
            str(dossier.case_id),
            {"sha256": statement.document_sha256, "language": dossier.language},
        )
    return attestation
