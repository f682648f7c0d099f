"""Screening in words for people: labels of verdicts, methods and checklist items, evaluation
states, signature status, the clearance explanation, and the sentences for screening errors.

The services and the domain hand over typed values only; every sentence is made here, through
Qt's translator (context "ScreeningText"), so the Russian catalog covers all of it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.domain.clearance import ClearanceNote, ClearanceState, NoteKind, SignerStanding
from casevault.domain.errors import EvaluationIncomplete, EvaluationPayloadInvalid, ThresholdTooLow
from casevault.services.case_clearance import ClearanceReport
from casevault.services.errors import (
    AlreadySuperseded,
    AmbiguousId,
    AttachmentNotFound,
    EvaluationFinalised,
    EvaluationNotFinalised,
    EvaluationNotFound,
    EvaluatorNotFound,
    EvaluatorNotOurs,
)
from casevault.services.evaluation_intake import EvaluationRefusal, RefusedEvaluation
from casevault.services.evaluations import ProblemKind, StoredEvaluation
from casevault.services.signer_trust import SignerTrust
from casevault.vault.errors import AttachmentTooLarge, RecordImmutable

_CONTEXT = "ScreeningText"


def _t(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


METHODS = {
    "interview": QT_TRANSLATE_NOOP("ScreeningText", "Interview"),
    "documents": QT_TRANSLATE_NOOP("ScreeningText", "Documents"),
    "open_source": QT_TRANSLATE_NOOP("ScreeningText", "Open-source check"),
    "references": QT_TRANSLATE_NOOP("ScreeningText", "References"),
    "other": QT_TRANSLATE_NOOP("ScreeningText", "Other"),
}
CHECK_ITEMS = {
    "deployment": QT_TRANSLATE_NOOP("ScreeningText", "Deployment places and dates"),
    "unit_record": QT_TRANSLATE_NOOP("ScreeningText", "Unit and its record"),
    "civilian_harm": QT_TRANSLATE_NOOP("ScreeningText", "Part in operations against civilians"),
    "callup_proof": QT_TRANSLATE_NOOP("ScreeningText", "Call-up proof"),
    "identity_documents": QT_TRANSLATE_NOOP("ScreeningText", "Identity documents"),
}
CHECK_STATES = {
    "not_checked": QT_TRANSLATE_NOOP("ScreeningText", "Not checked"),
    "checked": QT_TRANSLATE_NOOP("ScreeningText", "Checked, no concerns"),
    "concerns": QT_TRANSLATE_NOOP("ScreeningText", "Concerns"),
}
VERDICTS = {
    "cleared": QT_TRANSLATE_NOOP("ScreeningText", "Cleared"),
    "not_cleared": QT_TRANSLATE_NOOP("ScreeningText", "Not cleared"),
    "inconclusive": QT_TRANSLATE_NOOP("ScreeningText", "Inconclusive"),
}
CONFIDENCES = {
    "low": QT_TRANSLATE_NOOP("ScreeningText", "Low"),
    "medium": QT_TRANSLATE_NOOP("ScreeningText", "Medium"),
    "high": QT_TRANSLATE_NOOP("ScreeningText", "High"),
}
SIGNATURE_PROBLEMS = {
    ProblemKind.UNKNOWN_SIGNER: QT_TRANSLATE_NOOP(
        "ScreeningText", "signed by an organisation whose keys we do not hold"
    ),
    ProblemKind.KEY_MISMATCH: QT_TRANSLATE_NOOP(
        "ScreeningText", "signed with a key that is not the signer's"
    ),
    ProblemKind.SIGNATURE: QT_TRANSLATE_NOOP(
        "ScreeningText", "the stored record no longer matches its signatures"
    ),
    ProblemKind.PAYLOAD: QT_TRANSLATE_NOOP("ScreeningText", "its signed content cannot be read"),
    ProblemKind.CONTENT_MISMATCH: QT_TRANSLATE_NOOP(
        "ScreeningText", "what is shown differs from what was signed"
    ),
}


def label(table: dict[Any, object], code: Any) -> str:
    """The translated label of `code` in one of the tables above (unknown codes as they are)."""
    return _t(table[code]) if code in table else str(code)


def short(value: uuid.UUID | str) -> str:
    """The first eight characters of an id: enough to tell records apart on screen."""
    return str(value)[:8]


def state_text(stored: StoredEvaluation) -> str:
    """Draft, finalised, or superseded (replaced by a finalised correction)."""
    if not stored.finalised:
        if stored.evaluation.supersedes is not None:
            return _t(QT_TRANSLATE_NOOP("ScreeningText", "Draft correction of %1")).replace(
                "%1", short(stored.evaluation.supersedes)
            )
        return _t(QT_TRANSLATE_NOOP("ScreeningText", "Draft"))
    if stored.superseded_by is not None:
        return _t(QT_TRANSLATE_NOOP("ScreeningText", "Superseded by %1")).replace(
            "%1", short(stored.superseded_by)
        )
    return _t(QT_TRANSLATE_NOOP("ScreeningText", "Finalised"))


def signature_text(stored: StoredEvaluation, problem: ProblemKind | None, checked: bool) -> str:
    """The signature status of one evaluation, once the vault-wide check has run."""
    if not stored.finalised:
        return _t(QT_TRANSLATE_NOOP("ScreeningText", "Not signed (draft)"))
    if not checked:
        return _t(QT_TRANSLATE_NOOP("ScreeningText", "Checking…"))
    if problem is None:
        return _t(QT_TRANSLATE_NOOP("ScreeningText", "Verified"))
    return _t(QT_TRANSLATE_NOOP("ScreeningText", "Problem: %1")).replace(
        "%1", label(SIGNATURE_PROBLEMS, problem)
    )


_HEADLINES = {
    ClearanceState.CLEARED: QT_TRANSLATE_NOOP("ScreeningText", "This case is cleared."),
    ClearanceState.BLOCKED: QT_TRANSLATE_NOOP(
        "ScreeningText", "This case is not cleared: an evaluator found against it."
    ),
    ClearanceState.PENDING: QT_TRANSLATE_NOOP("ScreeningText", "This case is not cleared yet."),
}
_NOTES = {
    NoteKind.DRAFT: QT_TRANSLATE_NOOP(
        "ScreeningText", "%1's evaluation (%2) is a draft; it counts once finalised."
    ),
    NoteKind.NOT_CLEARED: QT_TRANSLATE_NOOP(
        "ScreeningText",
        "%1's evaluation (%2) says “not cleared”. Only a correction by %1 can change that.",
    ),
    NoteKind.INCONCLUSIVE: QT_TRANSLATE_NOOP(
        "ScreeningText", "%1's evaluation (%2) is inconclusive; clearance waits for a correction."
    ),
    NoteKind.SUPERSEDED: QT_TRANSLATE_NOOP(
        "ScreeningText", "%1's evaluation (%2) was corrected by %3; it no longer counts."
    ),
    NoteKind.SAME_EVALUATOR: QT_TRANSLATE_NOOP(
        "ScreeningText",
        "%1's evaluation (%2) is another by the same person; it does not count twice.",
    ),
}


_UNTRUSTED = {
    SignerStanding.REVOKED: QT_TRANSLATE_NOOP(
        "ScreeningText", "signed by %1, whose keys were revoked on %2"
    ),
    SignerStanding.UNVERIFIED: QT_TRANSLATE_NOOP(
        "ScreeningText", "signed by %1, not verified by short code or fingerprint"
    ),
    SignerStanding.UNKNOWN: QT_TRANSLATE_NOOP(
        "ScreeningText", "signed by an organisation you do not know (%1)"
    ),
    SignerStanding.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "ScreeningText", "signed by %1 with a key that is not theirs"
    ),
}


def untrusted_signer_text(note: ClearanceNote, signers: dict[str, SignerTrust]) -> str:
    """Why an evaluation does not count because of who signed it, e.g. "signed by X, whose keys
    were revoked on 2026-11-02"."""
    org_id = note.organisation_id or ""
    signer = signers.get(org_id)
    standing = note.signer or SignerStanding.UNKNOWN
    name = (signer.name if signer else None) or short(org_id)
    revoked = signer.revoked_at.date().isoformat() if signer and signer.revoked_at else "?"
    template = _UNTRUSTED.get(standing, _UNTRUSTED[SignerStanding.UNKNOWN])
    return _t(template).replace("%1", name).replace("%2", revoked)


_REFUSALS = {
    EvaluationRefusal.SUPERSEDES_OTHER_ORGANISATION: QT_TRANSLATE_NOOP(
        "ScreeningText",
        "Evaluation %1 is refused: it claims to correct an evaluation signed by another "
        "organisation.",
    ),
    EvaluationRefusal.EVALUATOR_OF_OTHER_ORGANISATION: QT_TRANSLATE_NOOP(
        "ScreeningText",
        "Evaluation %1 is refused: it names as its evaluator a person of another organisation.",
    ),
    EvaluationRefusal.SIGNER_REVOKED: QT_TRANSLATE_NOOP(
        "ScreeningText", "Evaluation %1 is refused: it is signed with keys you revoked."
    ),
}


def import_evaluation_lines(refused: tuple[RefusedEvaluation, ...], uncounted: int) -> list[str]:
    """What the import preview says about evaluations it refuses or keeps without counting."""
    lines = [_t(_REFUSALS[r.reason]).replace("%1", short(r.evaluation_id)) for r in refused]
    if uncounted:
        lines.append(
            QCoreApplication.translate(
                "ScreeningText",
                "%n new evaluation(s) signed by organisations you have not verified: kept "
                "for reference, not counted towards clearance.",
                "",
                uncounted,
            )
        )
    return lines


def not_counted_text() -> str:
    """The mark of an evaluation kept for reference that never counts."""
    return _t(QT_TRANSLATE_NOOP("ScreeningText", "Not counted"))


def note_text(
    note: ClearanceNote, names: dict[uuid.UUID, str], signers: dict[str, SignerTrust] | None = None
) -> str:
    """One fact about one evaluation, as a sentence."""
    if note.kind is NoteKind.UNTRUSTED_SIGNER:
        return (
            _t(QT_TRANSLATE_NOOP("ScreeningText", "The evaluation %1 does not count: %2."))
            .replace("%1", short(note.evaluation_id))
            .replace("%2", untrusted_signer_text(note, signers or {}))
        )
    name = names.get(note.evaluator_id, short(note.evaluator_id))
    by = short(note.superseded_by) if note.superseded_by else ""
    return (
        _t(_NOTES[note.kind])
        .replace("%1", name)
        .replace("%2", short(note.evaluation_id))
        .replace("%3", by)
    )


def clearance_headline(report: ClearanceReport) -> str:
    """Cleared, blocked or not yet, in one sentence."""
    return _t(_HEADLINES[report.explanation.state])


def clearance_details(report: ClearanceReport) -> list[str]:
    """The counts and every note, one sentence each."""
    ex = report.explanation
    lines = [
        QCoreApplication.translate(
            "ScreeningText",
            "%1 of %n independent evaluation(s) say “cleared”.",
            "",
            ex.threshold,
        ).replace("%1", str(len(ex.clearing_evaluators)))
    ]
    if len(ex.clearing_organisations) < ex.required_organisations:
        lines.append(
            QCoreApplication.translate(
                "ScreeningText",
                "Evaluators from at least %n organisation(s) are needed; so far %1.",
                "",
                ex.required_organisations,
            ).replace("%1", str(len(ex.clearing_organisations)))
        )
    lines.extend(note_text(note, report.evaluator_names, report.signers) for note in ex.notes)
    return lines


def _incomplete(error: EvaluationIncomplete) -> str:
    if error.field == "methods":
        return _t(
            QT_TRANSLATE_NOOP("ScreeningText", "Not ready to sign: tick at least one method.")
        )
    return _t(
        QT_TRANSLATE_NOOP(
            "ScreeningText",
            "Not ready to sign: a “cleared” verdict needs the check of any part in operations "
            "against civilians marked as checked with no concerns.",
        )
    )


# Added to gui/messages.py's table: the errors the screening and attachment screens can raise.
SCREENING_MESSAGES: dict[type[BaseException], Callable[[Any], str]] = {
    EvaluationNotFound: lambda e: _t(
        QT_TRANSLATE_NOOP("ScreeningText", "This evaluation is no longer in the vault.")
    ),
    EvaluatorNotFound: lambda e: _t(
        QT_TRANSLATE_NOOP("ScreeningText", "This evaluator is no longer in the vault.")
    ),
    AmbiguousId: lambda e: _t(
        QT_TRANSLATE_NOOP("ScreeningText", "This id matches several records.")
    ),
    EvaluationFinalised: lambda e: _t(
        QT_TRANSLATE_NOOP(
            "ScreeningText",
            "This evaluation is signed and final. To change it, make a correction.",
        )
    ),
    EvaluationNotFinalised: lambda e: _t(
        QT_TRANSLATE_NOOP("ScreeningText", "This evaluation is still a draft: edit it instead.")
    ),
    AlreadySuperseded: lambda e: _t(
        QT_TRANSLATE_NOOP("ScreeningText", "This evaluation already has a correction (%1).")
    ).replace("%1", short(e.successor_id)),
    EvaluatorNotOurs: lambda e: _t(
        QT_TRANSLATE_NOOP(
            "ScreeningText",
            "This evaluator belongs to another organisation; you can only sign for your own.",
        )
    ),
    EvaluationIncomplete: _incomplete,
    ThresholdTooLow: lambda e: _t(
        QT_TRANSLATE_NOOP(
            "ScreeningText", "A case always needs at least %1 independent evaluations."
        )
    ).replace("%1", str(e.minimum)),
    RecordImmutable: lambda e: _t(
        QT_TRANSLATE_NOOP(
            "ScreeningText", "This record is signed and final; the vault refused to change it."
        )
    ),
    EvaluationPayloadInvalid: lambda e: _t(
        QT_TRANSLATE_NOOP(
            "ScreeningText", "A signed evaluation cannot be read; the vault may have been altered."
        )
    ),
    AttachmentNotFound: lambda e: _t(
        QT_TRANSLATE_NOOP("ScreeningText", "This attachment is no longer in the vault.")
    ),
    AttachmentTooLarge: lambda e: _t(
        QT_TRANSLATE_NOOP(
            "ScreeningText", "This file is too large (the limit is %1 MB). Nothing was changed."
        )
    ).replace("%1", str(e.maximum // (1024 * 1024))),
}


def error_key(field: str) -> str:
    """Which label under the evaluation form shows a problem with `field` (as the domain names
    it)."""
    parts = field.split(".")
    if parts[0] == "checklist" and len(parts) > 1:
        return f"checklist.{parts[1]}"
    if parts[0] in ("name", "role"):
        return "new_evaluator"
    return parts[0]
