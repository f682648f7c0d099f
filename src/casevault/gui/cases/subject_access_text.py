"""The subject access copy as a readable document, in the app's language.

The same facts, in the same parts, as the CLI's `case access` (cli/subject_access_text.py),
told with the app's own words (QCoreApplication.translate): fields by the labels the app shows
them with, codes of fixed lists by their labels, dates and times in the user's form, sizes with
their unit. Ids, hashes and the signed content of an evaluation stay as stored (they are the
evidence), each after a plain label. Only gui/cases/subject_access_dialog.py writes it, and
only to a file the user picked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from casevault.domain.case import Case
from casevault.domain.consent import ConsentMethod
from casevault.domain.organisation import PartnerKind
from casevault.gui.cases.consent_model import action_text, kind_text, method_text, scope_text
from casevault.gui.cases.field_values import EMPTY, date_text, size_text, time_text, value_text
from casevault.gui.cases.timeline_panel import event_label
from casevault.gui.exchange.exchange_messages import field_label
from casevault.gui.reports.audit_view import action_label, actor_label, record_type_label
from casevault.gui.screening.screening_text import signature_text, state_text
from casevault.services.evaluations import ProblemKind
from casevault.services.subject_access import EvaluationEntry, SubjectAccessReport


def _section(title: str, lines: Iterable[str], empty: str) -> list[str]:
    body = list(lines)
    return ["", f"## {title}", "", *(body or [empty])]


def _bullet(pairs: Iterable[tuple[str, object]]) -> list[str]:
    return [f"- **{label}**: {'' if value is None else value}" for label, value in pairs]


def _t(text: str) -> str:
    return QCoreApplication.translate("SubjectAccessText", text)


def _field_pairs(case: Case) -> list[tuple[str, str]]:
    """The case's fields that hold something, each by its label and its value in words."""
    pairs = []
    for name, value in case.fields.model_dump(mode="json").items():
        if name in ("date_of_birth", "callup_date") and value:
            text = date_text(getattr(case.fields, name))
        else:
            text = value_text(value, name)
        if text != EMPTY:
            pairs.append((field_label(name), text))
    return pairs


def _detail(key: str, value: object) -> object:
    if key == "fields" and isinstance(value, list):
        return [field_label(str(v)) for v in value]
    if key == "field" and isinstance(value, str):
        return field_label(value)
    if key == "method" and value in set(ConsentMethod):
        return method_text(ConsentMethod(str(value)))
    if key == "kind" and value in set(PartnerKind):
        return kind_text(PartnerKind(str(value)))
    return value


def _details(details: dict[str, object]) -> str:
    """An audit entry's details as recorded, with case fields and consent codes in words."""
    named = {key: _detail(key, value) for key, value in details.items()}
    return json.dumps(named, ensure_ascii=False, sort_keys=True)


def _signature_check(entry: EvaluationEntry) -> str:
    """services/subject_access.py's `verification` code in the words of the screening panel."""
    if entry.verification in ("draft", "verified"):
        return signature_text(entry.evaluation, None, checked=True)
    try:
        problem = ProblemKind(entry.verification)
    except ValueError:
        return entry.verification
    return signature_text(entry.evaluation, problem, checked=True)


def render_document(report: SubjectAccessReport) -> str:
    """The whole report as a readable Markdown document: headings per part, one bullet per fact
    (the same document as `casevault case access` without --json), in the UI language."""
    case = report.case
    lines = [
        "# "
        + QCoreApplication.translate(
            "SubjectAccessText", "Copy of the data held about case %1"
        ).replace("%1", str(case.id)),
        "",
        QCoreApplication.translate(
            "SubjectAccessText", "Made on %1. This document is not encrypted."
        ).replace("%1", time_text(report.generated_at)),
    ]
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "The case"),
        _bullet(
            [
                (QCoreApplication.translate("SubjectAccessText", "Id"), case.id),
                (
                    QCoreApplication.translate("SubjectAccessText", "Created"),
                    time_text(case.created_at),
                ),
                (
                    QCoreApplication.translate("SubjectAccessText", "Last changed"),
                    time_text(case.updated_at),
                ),
                (
                    QCoreApplication.translate("SubjectAccessText", "Origin organisation"),
                    case.origin_org,
                ),
                (
                    QCoreApplication.translate("SubjectAccessText", "Deleted"),
                    QCoreApplication.translate("SubjectAccessText", "yes")
                    if case.deleted
                    else QCoreApplication.translate("SubjectAccessText", "no"),
                ),
                *_field_pairs(case),
            ]
        ),
        "",
    )
    lines += _section(
        QCoreApplication.translate(
            "SubjectAccessText", "Versions of fields received from other organisations or laptops"
        ),
        (
            f"- **{field_label(name)}**: {json.dumps(versions, ensure_ascii=False)}"
            for name, versions in sorted(report.field_versions.items())
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "Timeline"),
        (f"- {date_text(e.date)} ({event_label(e)}): {e.text}" for e in report.timeline),
        QCoreApplication.translate("SubjectAccessText", "No events."),
    )
    evaluation_lines = []
    for entry in report.evaluations:
        evaluation = entry.evaluation.evaluation
        evaluation_lines += [
            "### "
            + QCoreApplication.translate("SubjectAccessText", "Evaluation %1").replace(
                "%1", str(evaluation.id)
            ),
            "",
            *_bullet(
                [
                    (
                        QCoreApplication.translate("SubjectAccessText", "State"),
                        state_text(entry.evaluation),
                    ),
                    (
                        QCoreApplication.translate("SubjectAccessText", "Signature check"),
                        _signature_check(entry),
                    ),
                    (
                        QCoreApplication.translate("SubjectAccessText", "Superseded by"),
                        entry.evaluation.superseded_by,
                    ),
                ]
            ),
            _t("The evaluation as stored and signed:"),
            "",
            "```json",
            json.dumps(evaluation.model_dump(mode="json"), ensure_ascii=False, indent=2),
            "```",
            "",
        ]
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "Screenings (evaluations)"),
        evaluation_lines,
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "Consent statements"),
        (
            f"- {time_text(r.given_at)}: {action_text(r.action)} — "
            f"{scope_text(r, {})} — {method_text(r.method)}"
            + (
                " — "
                + QCoreApplication.translate("SubjectAccessText", "witness: %1").replace(
                    "%1", str(r.witness)
                )
                if r.witness
                else ""
            )
            + (f" — {r.note}" if r.note else "")
            for r in report.consents
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    lines += _section(
        QCoreApplication.translate(
            "SubjectAccessText", "Exports without consent (with the written reason)"
        ),
        (
            f"- {time_text(o.at)}: "
            + QCoreApplication.translate("SubjectAccessText", "to %1").replace(
                "%1", str(o.partner_id)
            )
            + " — "
            + (
                o.reason
                if o.reason is not None
                else QCoreApplication.translate("SubjectAccessText", "(reason erased)")
            )
            for o in report.consent_overrides
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "Partners that received this file"),
        (
            f"- {time_text(d.sent_at)}: {d.partner_name or d.partner_id} ({d.partner_id}), "
            + QCoreApplication.translate("SubjectAccessText", "bundle %1").replace(
                "%1", str(d.bundle_id)
            )
            for d in report.deliveries
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "Attachments"),
        (
            f"- {a.filename} ({a.media_type}, {size_text(a.size)}, SHA-256 {a.sha256})"
            for a in report.attachments
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "Log of actions on this file"),
        (
            f"- {time_text(e.at, seconds=True)} {actor_label(e.actor)}: {action_label(e.action)} — "
            f"{record_type_label(e.record_type)} {e.record_id}"
            + (" — " + _t("details: %1").replace("%1", _details(e.details)) if e.details else "")
            for e in report.audit
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    return "\n".join(lines) + "\n"
