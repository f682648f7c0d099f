"""The subject access copy as a readable document, in the app's language.

The same Markdown document as the CLI's `case access` (cli/subject_access_text.py) with the
app's words (QCoreApplication.translate): each front end makes its own sentences. Only
gui/cases/subject_access_dialog.py writes it, and only to a file the user picked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from casevault.services.subject_access import SubjectAccessReport


def _section(title: str, lines: Iterable[str], empty: str) -> list[str]:
    body = list(lines)
    return ["", f"## {title}", "", *(body or [empty])]


def _bullet(pairs: Iterable[tuple[str, object]]) -> list[str]:
    return [f"- **{label}**: {'' if value is None else value}" for label, value in pairs]


def render_document(report: SubjectAccessReport) -> str:
    """The whole report as a readable Markdown document: headings per part, one bullet per fact
    (the same document as `casevault case access` without --json), in the UI language."""
    case = report.case
    fields = case.fields.model_dump(mode="json")
    lines = [
        "# "
        + QCoreApplication.translate(
            "SubjectAccessText", "Copy of the data held about case %1"
        ).replace("%1", str(case.id)),
        "",
        QCoreApplication.translate(
            "SubjectAccessText", "Made on %1. This document is not encrypted."
        ).replace("%1", str(report.generated_at)),
    ]
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "The case"),
        _bullet(
            [
                (QCoreApplication.translate("SubjectAccessText", "Id"), case.id),
                (QCoreApplication.translate("SubjectAccessText", "Created"), case.created_at),
                (QCoreApplication.translate("SubjectAccessText", "Last changed"), case.updated_at),
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
                *((name, json.dumps(value, ensure_ascii=False)) for name, value in fields.items()),
            ]
        ),
        "",
    )
    lines += _section(
        QCoreApplication.translate(
            "SubjectAccessText", "Versions of fields received from other organisations or laptops"
        ),
        (
            f"- **{name}**: {json.dumps(versions, ensure_ascii=False)}"
            for name, versions in sorted(report.field_versions.items())
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "Timeline"),
        (f"- {e.date} ({e.kind}): {e.text}" for e in report.timeline),
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
                        entry.evaluation.state.value,
                    ),
                    (
                        QCoreApplication.translate("SubjectAccessText", "Signature check"),
                        entry.verification,
                    ),
                    (
                        QCoreApplication.translate("SubjectAccessText", "Superseded by"),
                        entry.evaluation.superseded_by,
                    ),
                ]
            ),
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
            f"- {r.given_at}: {r.action.value} — "
            f"{r.partner_id or r.partner_kind} — {r.method.value}"
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
            f"- {o.at}: "
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
            f"- {d.sent_at}: {d.partner_name or d.partner_id} ({d.partner_id}), "
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
            f"- {a.filename} ({a.media_type}, "
            + QCoreApplication.translate("SubjectAccessText", "%1 bytes").replace("%1", str(a.size))
            + f", sha256 {a.sha256})"
            for a in report.attachments
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    lines += _section(
        QCoreApplication.translate("SubjectAccessText", "Log of actions on this file"),
        (
            f"- {e.at} {e.actor}: {e.action} {e.record_type} {e.record_id} "
            f"{json.dumps(e.details, ensure_ascii=False, sort_keys=True)}"
            for e in report.audit
        ),
        QCoreApplication.translate("SubjectAccessText", "None."),
    )
    return "\n".join(lines) + "\n"
