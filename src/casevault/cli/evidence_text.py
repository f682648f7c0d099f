"""Words for evidence in the CLI: provenance, derived copies and examination notes with their
verification status (services/evidence.py). Made here, at the edge, from typed values."""

from __future__ import annotations

from typing import Any

from casevault.cli.formatting import show_date
from casevault.cli.i18n import N_, _
from casevault.domain.errors import ExaminationPayloadInvalid
from casevault.services.evidence import EvidenceItem
from casevault.services.examination_verify import CheckedNote, NoteStatus

STATUS_TEXT: dict[NoteStatus, str] = {
    NoteStatus.VERIFIED: N_("signature verified"),
    NoteStatus.UNKNOWN_SIGNER: N_("NOT VERIFIED: signed by an organisation we do not know"),
    NoteStatus.UNKNOWN_KEY: N_("NOT VERIFIED: signed with a key that is not the signer's"),
    NoteStatus.SIGNATURE: N_("NOT VERIFIED: the note was changed after it was signed"),
    NoteStatus.PAYLOAD: N_("NOT VERIFIED: the signed note cannot be read"),
    NoteStatus.CONTENT_MISMATCH: N_(
        "NOT VERIFIED: the stored note differs from what was signed (moved or edited)"
    ),
    NoteStatus.DOCUMENT_MISMATCH: N_(
        "NOT VERIFIED: this file is not the one that was examined (its SHA-256 differs)"
    ),
    NoteStatus.UNVERIFIED_SIGNER: N_(
        "NOT VERIFIED: the signer is a partner whose keys were never compared"
    ),
    NoteStatus.REVOKED: N_("NOT VERIFIED: the signer's keys were revoked"),
}

RESULT_TEXT: dict[str, str] = {
    "consistent": N_("consistent"),
    "anomalies": N_("ANOMALIES"),
    "cannot_tell": N_("cannot tell"),
}


def payload_invalid_text(error: ExaminationPayloadInvalid) -> str:
    """The sentence for ExaminationPayloadInvalid."""
    return _("A signed examination note cannot be read ({reason}).").format(reason=error.reason)


def note_lines(checked: CheckedNote) -> list[str]:
    """'examined on DATE by NAME (ORG): RESULT' and its text, then the signature status."""
    statement = checked.statement
    status = _(STATUS_TEXT[checked.status])
    if statement is None:
        return [_("Examination note {id}: {status}").format(id=checked.row.id[:8], status=status)]
    note = statement.note
    who = statement.evaluator.name
    org = checked.signer.name or checked.signer.org_id
    lines = [
        _("Examined on {date} by {name} ({organisation}): {result}").format(
            date=show_date(note.examined_on),
            name=who,
            organisation=org,
            result=_(RESULT_TEXT[note.result.value]),
        )
    ]
    lines += [f"    {line}" for line in note.text.splitlines() if line.strip()]
    lines.append("    " + status)
    return lines


def provenance_lines(item: EvidenceItem) -> list[str]:
    """Received from / on, or 'not recorded'; the original of a derived copy."""
    attachment = item.attachment
    lines = []
    if attachment.derived_from is not None:
        held = _("held here") if item.original_held else _("not held here")
        lines.append(
            _("Derived from {id} ({held}): {how}").format(
                id=str(attachment.derived_from)[:8], held=held, how=attachment.derived_how or ""
            )
        )
    elif not attachment.provenance_recorded:
        lines.append(_("Provenance: not recorded"))
    if attachment.received_from is not None:
        lines.append(_("Received from: {who}").format(who=attachment.received_from))
    if attachment.received_on is not None:
        lines.append(_("Received on: {date}").format(date=show_date(attachment.received_on)))
    for copy_id in item.derived_copies:
        lines.append(_("Derived copy: {id}").format(id=str(copy_id)[:8]))
    return lines


def evidence_json(item: EvidenceItem) -> dict[str, Any]:
    """`attachment show --json`: the attachment, its original and notes with their status."""
    return {
        "attachment": item.attachment.model_dump(mode="json"),
        "original_held": item.original_held,
        "derived_copies": [str(i) for i in item.derived_copies],
        "notes": [
            {
                "id": n.row.id,
                "status": n.status.value,
                "verified": n.verified,
                "signer_org_id": n.row.signer_org_id,
                "statement": None if n.statement is None else n.statement.model_dump(mode="json"),
            }
            for n in item.notes
        ],
    }
