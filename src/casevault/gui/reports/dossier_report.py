"""The case dossier for a lawyer, as HTML for the PDF: one case's fields, its timeline, its
evaluations with verdicts and signature state, the clearance outcome, and the call-up proof.

The contact channel (the most sensitive field) is left out unless the user ticked it; the
caseworker's name is left out always (it identifies our people, not the man). Every value is
escaped: case text is data, never markup.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.domain.case import Case, TimelineEvent
from casevault.domain.clearance import NoteKind
from casevault.gui.messages import risk_label, service_label, status_label
from casevault.gui.screening.screening_text import untrusted_signer_text
from casevault.services.case_clearance import ClearanceReport
from casevault.services.evaluations import StoredEvaluation

_VERDICTS = {
    "cleared": QT_TRANSLATE_NOOP("DossierReport", "Cleared"),
    "not_cleared": QT_TRANSLATE_NOOP("DossierReport", "Not cleared"),
    "inconclusive": QT_TRANSLATE_NOOP("DossierReport", "Inconclusive"),
}
_CONFIDENCE = {
    "low": QT_TRANSLATE_NOOP("DossierReport", "low"),
    "medium": QT_TRANSLATE_NOOP("DossierReport", "medium"),
    "high": QT_TRANSLATE_NOOP("DossierReport", "high"),
}
_METHODS = {
    "interview": QT_TRANSLATE_NOOP("DossierReport", "interview"),
    "documents": QT_TRANSLATE_NOOP("DossierReport", "documents"),
    "open_source": QT_TRANSLATE_NOOP("DossierReport", "open-source check"),
    "references": QT_TRANSLATE_NOOP("DossierReport", "references"),
    "other": QT_TRANSLATE_NOOP("DossierReport", "other"),
}
_CLEARANCE = {
    "cleared": QT_TRANSLATE_NOOP(
        "DossierReport", "Cleared: independent signed evaluations agree, none negative."
    ),
    "blocked": QT_TRANSLATE_NOOP("DossierReport", "Not cleared: a signed evaluation is negative."),
    "pending": QT_TRANSLATE_NOOP("DossierReport", "Screening not complete."),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("DossierReport", text)


@dataclass(frozen=True)
class Dossier:
    """Everything the dossier shows, fetched through the services in one go (in a worker)."""

    case: Case
    timeline: tuple[TimelineEvent, ...]
    evaluations: tuple[StoredEvaluation, ...]
    evaluator_names: dict[uuid.UUID, str]
    signature_problems: frozenset[uuid.UUID]  # finalised evaluations that failed verification
    clearance: ClearanceReport
    organisation: str
    made_at: dt.datetime


def _row(label: str, value: str) -> str:
    if not value:
        return ""
    return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{escape(value)}</td></tr>"


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _fields(dossier: Dossier, include_contact: bool) -> str:
    fields = dossier.case.fields
    rows = [
        _row(
            QCoreApplication.translate("DossierReport", "Name (Cyrillic)"),
            fields.name_cyrillic.display(),
        ),
        _row(
            QCoreApplication.translate("DossierReport", "Name (Latin)"), fields.name_latin.display()
        ),
        _row(QCoreApplication.translate("DossierReport", "Other names"), ", ".join(fields.aliases)),
        _row(
            QCoreApplication.translate("DossierReport", "Date of birth"),
            _date(fields.date_of_birth),
        ),
        _row(QCoreApplication.translate("DossierReport", "Place of birth"), fields.place_of_birth),
        _row(
            QCoreApplication.translate("DossierReport", "Service"),
            service_label(fields.service_type.value),
        ),
        _row(QCoreApplication.translate("DossierReport", "Unit"), fields.unit),
        _row(QCoreApplication.translate("DossierReport", "Rank"), fields.rank),
        _row(
            QCoreApplication.translate("DossierReport", "Call-up date"), _date(fields.callup_date)
        ),
        _row(
            QCoreApplication.translate("DossierReport", "Proof of call-up"),
            fields.callup_proof or QCoreApplication.translate("DossierReport", "none recorded"),
        ),
        _row(QCoreApplication.translate("DossierReport", "Current country"), fields.country or ""),
        _row(QCoreApplication.translate("DossierReport", "City"), fields.city),
        _row(
            QCoreApplication.translate("DossierReport", "Status"), status_label(fields.status.value)
        ),
        _row(QCoreApplication.translate("DossierReport", "Risk"), risk_label(fields.risk.value)),
        _row(QCoreApplication.translate("DossierReport", "Languages"), ", ".join(fields.languages)),
    ]
    if include_contact:
        rows.append(
            _row(
                QCoreApplication.translate("DossierReport", "Contact channel"),
                fields.contact_channel
                or QCoreApplication.translate("DossierReport", "none recorded"),
            )
        )
    rows.append(_row(QCoreApplication.translate("DossierReport", "Notes"), fields.notes))
    return "<table cellpadding='3'>" + "".join(rows) + "</table>"


def _timeline(dossier: Dossier) -> str:
    if not dossier.timeline:
        return (
            "<p>"
            + escape(QCoreApplication.translate("DossierReport", "No events recorded."))
            + "</p>"
        )
    rows = "".join(
        f"<tr><td valign='top'>{event.date.isoformat()}</td><td valign='top'>"
        f"{escape(event.kind)}</td><td>{escape(event.text)}</td></tr>"
        for event in dossier.timeline
    )
    date = QCoreApplication.translate("DossierReport", "Date")
    kind = QCoreApplication.translate("DossierReport", "Kind")
    what = QCoreApplication.translate("DossierReport", "What happened")
    header = (
        f"<tr><th align='left'>{escape(date)}</th><th align='left'>{escape(kind)}</th>"
        f"<th align='left'>{escape(what)}</th></tr>"
    )
    return f"<table border='1' cellspacing='0' cellpadding='3'>{header}{rows}</table>"


def signature_state(dossier: Dossier, stored: StoredEvaluation) -> str:
    """One phrase: draft, signed and intact, signature problem, or superseded."""
    if not stored.finalised:
        return QCoreApplication.translate("DossierReport", "Draft: not signed, does not count")
    if stored.evaluation.id in dossier.signature_problems:
        return QCoreApplication.translate(
            "DossierReport", "Signature does NOT verify: do not rely on it"
        )
    untrusted = _untrusted_signer(dossier, stored)
    if untrusted is not None:
        return QCoreApplication.translate(
            "DossierReport", "Signed; does NOT count towards clearance: %1"
        ).replace("%1", untrusted)
    if stored.superseded_by is not None:
        return QCoreApplication.translate("DossierReport", "Signed; replaced by a later correction")
    return QCoreApplication.translate("DossierReport", "Signed; signature verified")


def _untrusted_signer(dossier: Dossier, stored: StoredEvaluation) -> str | None:
    """Why the evaluation does not count because of who signed it, or None if it may count."""
    for note in dossier.clearance.explanation.notes:
        if note.kind is NoteKind.UNTRUSTED_SIGNER and note.evaluation_id == stored.evaluation.id:
            return untrusted_signer_text(note, dossier.clearance.signers)
    return None


def _evaluations(dossier: Dossier) -> str:
    if not dossier.evaluations:
        return (
            "<p>"
            + escape(QCoreApplication.translate("DossierReport", "No evaluations yet."))
            + "</p>"
        )
    parts = []
    for stored in dossier.evaluations:
        evaluation = stored.evaluation
        name = dossier.evaluator_names.get(
            evaluation.evaluator_id,
            QCoreApplication.translate("DossierReport", "unknown evaluator"),
        )
        verdict = _t(str(_VERDICTS.get(evaluation.verdict.value, evaluation.verdict.value)))
        methods = ", ".join(_t(str(_METHODS.get(m.value, m.value))) for m in evaluation.methods)
        confidence = _t(str(_CONFIDENCE.get(evaluation.confidence.value, "")))
        parts.append(
            "<table cellpadding='2'>"
            + _row(QCoreApplication.translate("DossierReport", "Date"), evaluation.date.isoformat())
            + _row(QCoreApplication.translate("DossierReport", "Evaluator"), name)
            + _row(QCoreApplication.translate("DossierReport", "Verdict"), verdict)
            + _row(QCoreApplication.translate("DossierReport", "Confidence"), confidence)
            + _row(QCoreApplication.translate("DossierReport", "Methods"), methods)
            + _row(
                QCoreApplication.translate("DossierReport", "Signature"),
                signature_state(dossier, stored),
            )
            + _row(QCoreApplication.translate("DossierReport", "Notes"), evaluation.notes)
            + "</table><hr/>"
        )
    return "".join(parts)


def dossier_html(dossier: Dossier, include_contact: bool) -> str:
    """The dossier as HTML; the contact channel only with `include_contact`."""
    fields = dossier.case.fields
    title = QCoreApplication.translate("DossierReport", "Case dossier: %1").replace(
        "%1", fields.display_name() or QCoreApplication.translate("DossierReport", "(no name)")
    )
    state = dossier.clearance.explanation.state.value
    made = (
        QCoreApplication.translate(
            "DossierReport", "Prepared by %1 on %2 from CaseVault. Case id %3."
        )
        .replace("%1", dossier.organisation)
        .replace("%2", dossier.made_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        .replace("%3", str(dossier.case.id))
    )
    outcome = QCoreApplication.translate("DossierReport", "Screening outcome")
    person = QCoreApplication.translate("DossierReport", "Person and service")
    timeline = QCoreApplication.translate("DossierReport", "Timeline")
    evaluations = QCoreApplication.translate("DossierReport", "Evaluations")
    return (
        "<html><body>"
        f"<h1>{escape(title)}</h1><p>{escape(made)}</p>"
        f"<p><b>{escape(outcome)}:</b> {escape(_t(str(_CLEARANCE[state])))}</p>"
        f"<h2>{escape(person)}</h2>{_fields(dossier, include_contact)}"
        f"<h2>{escape(timeline)}</h2>{_timeline(dossier)}"
        f"<h2>{escape(evaluations)}</h2>{_evaluations(dossier)}"
        "</body></html>"
    )
