"""Words for evidence in the app: provenance, derived copies, examination notes and their
verification status (services/evidence.py), and the error sentence of this part. Made here, at
the edge, from typed values; every string through QCoreApplication.translate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.domain.errors import ExaminationPayloadInvalid
from casevault.domain.examination import ExaminationResult
from casevault.services.evidence import EvidenceItem
from casevault.services.examination_verify import CheckedNote, NoteStatus

_CONTEXT = "EvidenceText"


def _t(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


STATUS: dict[NoteStatus, object] = {
    NoteStatus.VERIFIED: QT_TRANSLATE_NOOP("EvidenceText", "signature verified"),
    NoteStatus.UNKNOWN_SIGNER: QT_TRANSLATE_NOOP(
        "EvidenceText", "NOT VERIFIED: signed by an organisation we do not know"
    ),
    NoteStatus.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "EvidenceText", "NOT VERIFIED: signed with a key that is not the signer's"
    ),
    NoteStatus.SIGNATURE: QT_TRANSLATE_NOOP(
        "EvidenceText", "NOT VERIFIED: the note was changed after it was signed"
    ),
    NoteStatus.PAYLOAD: QT_TRANSLATE_NOOP(
        "EvidenceText", "NOT VERIFIED: the signed note cannot be read"
    ),
    NoteStatus.CONTENT_MISMATCH: QT_TRANSLATE_NOOP(
        "EvidenceText", "NOT VERIFIED: the stored note differs from what was signed"
    ),
    NoteStatus.DOCUMENT_MISMATCH: QT_TRANSLATE_NOOP(
        "EvidenceText", "NOT VERIFIED: this file is not the one that was examined"
    ),
    NoteStatus.UNVERIFIED_SIGNER: QT_TRANSLATE_NOOP(
        "EvidenceText", "NOT VERIFIED: a partner whose keys were never compared"
    ),
    NoteStatus.REVOKED: QT_TRANSLATE_NOOP(
        "EvidenceText", "NOT VERIFIED: the signer's keys were revoked"
    ),
}

RESULTS: dict[ExaminationResult, object] = {
    ExaminationResult.CONSISTENT: QT_TRANSLATE_NOOP("EvidenceText", "Consistent"),
    ExaminationResult.ANOMALIES: QT_TRANSLATE_NOOP("EvidenceText", "Anomalies"),
    ExaminationResult.CANNOT_TELL: QT_TRANSLATE_NOOP("EvidenceText", "Cannot tell"),
}


def translated_result(result: ExaminationResult) -> str:
    """'Consistent', 'Anomalies', 'Cannot tell' in the UI language."""
    return _t(RESULTS[result])


def status_text(note: CheckedNote) -> str:
    """The note's verification status in words."""
    return _t(STATUS[note.status])


def note_line(note: CheckedNote) -> str:
    """'Examined on DATE by NAME (ORG): RESULT — text [status]'."""
    statement = note.statement
    if statement is None:
        return _t("An examination note that cannot be read") + f" [{status_text(note)}]"
    found = statement.note
    line = (
        _t("Examined on %1 by %2 (%3): %4")
        .replace("%1", found.examined_on.isoformat())
        .replace("%2", statement.evaluator.name)
        .replace("%3", note.signer.name or note.signer.org_id)
        .replace("%4", _t(RESULTS[found.result]))
    )
    if found.text:
        line += " — " + found.text
    return f"{line} [{status_text(note)}]"


def note_summary(item: EvidenceItem) -> str:
    """The Examination column: anomalies first, then the latest result; 'not verified' when
    the note it names does not verify."""
    if not item.notes:
        return ""
    shown = item.anomalies[-1] if item.has_anomalies else item.notes[-1]
    assert shown.statement is not None or not item.has_anomalies  # noqa: S101 - by `anomalies`
    result = _t(RESULTS[shown.statement.note.result]) if shown.statement else _t("Unreadable note")
    if not shown.verified:
        result += " " + _t("(not verified)")
    return result


def notes_tooltip(item: EvidenceItem) -> str:
    """Every note of the document, one per line."""
    return "\n".join(note_line(note) for note in item.notes)


def provenance_tooltip(item: EvidenceItem) -> str:
    """SHA-256, received from/on (or 'not recorded'), the original of a derived copy."""
    attachment = item.attachment
    lines = [_t("SHA-256: %1").replace("%1", attachment.sha256)]
    if attachment.derived_from is not None:
        held = _t("held here") if item.original_held else _t("not held here")
        lines.append(
            _t("Derived from %1 (%2): %3")
            .replace("%1", str(attachment.derived_from)[:8])
            .replace("%2", held)
            .replace("%3", attachment.derived_how or "")
        )
    elif not attachment.provenance_recorded:
        lines.append(_t("Provenance not recorded"))
    if attachment.received_from:
        lines.append(_t("Received from: %1").replace("%1", attachment.received_from))
    if attachment.received_on:
        lines.append(_t("Received on: %1").replace("%1", attachment.received_on.isoformat()))
    return "\n".join(lines)


def anomalies_text(items: list[EvidenceItem]) -> str:
    """The case's line about anomalies ('' when none): never silent."""
    flagged = [item for item in items if item.has_anomalies]
    if not flagged:
        return ""
    lines = [
        QCoreApplication.translate(
            _CONTEXT, "⚠ Anomalies recorded on %n document(s):", None, len(flagged)
        )
    ]
    for item in flagged:
        for note in item.anomalies:
            lines.append(f"• {item.attachment.filename}: {note_line(note)}")
    return "\n".join(lines)


EVIDENCE_MESSAGES: dict[type[BaseException], Callable[[Any], str]] = {
    ExaminationPayloadInvalid: lambda e: _t(
        QT_TRANSLATE_NOOP(
            "EvidenceText", "A signed examination note cannot be read; it may have been altered."
        )
    ),
}
