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
from casevault.gui.messages import risk_label, service_label, status_label
from casevault.services.evaluations import ClearanceReport, StoredEvaluation

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
        _row(_t("Name (Cyrillic)"), fields.name_cyrillic.display()),
        _row(_t("Name (Latin)"), fields.name_latin.display()),
        _row(_t("Other names"), ", ".join(fields.aliases)),
        _row(_t("Date of birth"), _date(fields.date_of_birth)),
        _row(_t("Place of birth"), fields.place_of_birth),
        _row(_t("Service"), service_label(fields.service_type.value)),
        _row(_t("Unit"), fields.unit),
        _row(_t("Rank"), fields.rank),
        _row(_t("Call-up date"), _date(fields.callup_date)),
        _row(_t("Proof of call-up"), fields.callup_proof or _t("none recorded")),
        _row(_t("Current country"), fields.country or ""),
        _row(_t("City"), fields.city),
        _row(_t("Status"), status_label(fields.status.value)),
        _row(_t("Risk"), risk_label(fields.risk.value)),
        _row(_t("Languages"), ", ".join(fields.languages)),
    ]
    if include_contact:
        rows.append(_row(_t("Contact channel"), fields.contact_channel or _t("none recorded")))
    rows.append(_row(_t("Notes"), fields.notes))
    return "<table cellpadding='3'>" + "".join(rows) + "</table>"


def _timeline(dossier: Dossier) -> str:
    if not dossier.timeline:
        return "<p>" + escape(_t("No events recorded.")) + "</p>"
    rows = "".join(
        f"<tr><td valign='top'>{event.date.isoformat()}</td><td valign='top'>"
        f"{escape(event.kind)}</td><td>{escape(event.text)}</td></tr>"
        for event in dossier.timeline
    )
    header = (
        f"<tr><th align='left'>{escape(_t('Date'))}</th><th align='left'>{escape(_t('Kind'))}"
        f"</th><th align='left'>{escape(_t('What happened'))}</th></tr>"
    )
    return f"<table border='1' cellspacing='0' cellpadding='3'>{header}{rows}</table>"


def signature_state(dossier: Dossier, stored: StoredEvaluation) -> str:
    """One phrase: draft, signed and intact, signature problem, or superseded."""
    if not stored.finalised:
        return _t("Draft: not signed, does not count")
    if stored.evaluation.id in dossier.signature_problems:
        return _t("Signature does NOT verify: do not rely on it")
    if stored.superseded_by is not None:
        return _t("Signed; replaced by a later correction")
    return _t("Signed; signature verified")


def _evaluations(dossier: Dossier) -> str:
    if not dossier.evaluations:
        return "<p>" + escape(_t("No evaluations yet.")) + "</p>"
    parts = []
    for stored in dossier.evaluations:
        evaluation = stored.evaluation
        name = dossier.evaluator_names.get(evaluation.evaluator_id, _t("unknown evaluator"))
        verdict = _t(str(_VERDICTS.get(evaluation.verdict.value, evaluation.verdict.value)))
        methods = ", ".join(_t(str(_METHODS.get(m.value, m.value))) for m in evaluation.methods)
        confidence = _t(str(_CONFIDENCE.get(evaluation.confidence.value, "")))
        parts.append(
            "<table cellpadding='2'>"
            + _row(_t("Date"), evaluation.date.isoformat())
            + _row(_t("Evaluator"), name)
            + _row(_t("Verdict"), verdict)
            + _row(_t("Confidence"), confidence)
            + _row(_t("Methods"), methods)
            + _row(_t("Signature"), signature_state(dossier, stored))
            + _row(_t("Notes"), evaluation.notes)
            + "</table><hr/>"
        )
    return "".join(parts)


def dossier_html(dossier: Dossier, include_contact: bool) -> str:
    """The dossier as HTML; the contact channel only with `include_contact`."""
    fields = dossier.case.fields
    title = _t("Case dossier: %1").replace("%1", fields.display_name() or _t("(no name)"))
    state = dossier.clearance.explanation.state.value
    made = (
        _t("Prepared by %1 on %2 from CaseVault. Case id %3.")
        .replace("%1", dossier.organisation)
        .replace("%2", dossier.made_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        .replace("%3", str(dossier.case.id))
    )
    return (
        "<html><body>"
        f"<h1>{escape(title)}</h1><p>{escape(made)}</p>"
        f"<p><b>{escape(_t('Screening outcome'))}:</b> {escape(_t(str(_CLEARANCE[state])))}</p>"
        f"<h2>{escape(_t('Person and service'))}</h2>{_fields(dossier, include_contact)}"
        f"<h2>{escape(_t('Timeline'))}</h2>{_timeline(dossier)}"
        f"<h2>{escape(_t('Evaluations'))}</h2>{_evaluations(dossier)}"
        "</body></html>"
    )
