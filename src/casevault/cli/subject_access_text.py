"""The subject access report as a readable Markdown document (and as JSON), in memory.

Only cli/rights_commands.py writes the result, and only to a file the user names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from casevault.cli.formatting import show_time
from casevault.cli.i18n import _
from casevault.services.subject_access import SubjectAccessReport, report_json


def _section(title: str, lines: Iterable[str], empty: str) -> list[str]:
    body = list(lines)
    return ["", f"## {title}", "", *(body or [empty])]


def _bullet(pairs: Iterable[tuple[str, object]]) -> list[str]:
    return [f"- **{label}**: {'' if value is None else value}" for label, value in pairs]


def render_markdown(report: SubjectAccessReport) -> str:
    """The whole report as Markdown: headings per part, one bullet per fact."""
    case = report.case
    fields = case.fields.model_dump(mode="json")
    lines = [
        "# " + _("Copy of the data held about case {id}").format(id=case.id),
        "",
        _("Made on {at}. This document is not encrypted.").format(at=report.generated_at),
    ]
    lines += _section(
        _("The case"),
        _bullet(
            [
                (_("Id"), case.id),
                (_("Created"), case.created_at),
                (_("Last changed"), case.updated_at),
                (_("Origin organisation"), case.origin_org),
                (_("Deleted"), _("yes") if case.deleted else _("no")),
                *((name, json.dumps(value, ensure_ascii=False)) for name, value in fields.items()),
            ]
        ),
        "",
    )
    lines += _section(
        _("Versions of fields received from other organisations or laptops"),
        (
            f"- **{name}**: {json.dumps(versions, ensure_ascii=False)}"
            for name, versions in sorted(report.field_versions.items())
        ),
        _("None."),
    )
    lines += _section(
        _("Timeline"),
        (f"- {e.date} ({e.kind}): {e.text}" for e in report.timeline),
        _("No events."),
    )
    evaluation_lines = []
    for entry in report.evaluations:
        evaluation = entry.evaluation.evaluation
        evaluation_lines += [
            "### " + _("Evaluation {id}").format(id=evaluation.id),
            "",
            *_bullet(
                [
                    (_("State"), entry.evaluation.state.value),
                    (_("Signature check"), entry.verification),
                    (_("Superseded by"), entry.evaluation.superseded_by),
                ]
            ),
            "```json",
            json.dumps(evaluation.model_dump(mode="json"), ensure_ascii=False, indent=2),
            "```",
            "",
        ]
    lines += _section(_("Screenings (evaluations)"), evaluation_lines, _("None."))
    lines += _section(
        _("Consent statements"),
        (
            f"- {show_time(r.given_at)}: {r.action.value} — "
            f"{r.partner_id or r.partner_kind} — {r.method.value}"
            + (" — " + _("witness: {name}").format(name=r.witness) if r.witness else "")
            + (f" — {r.note}" if r.note else "")
            for r in report.consents
        ),
        _("None."),
    )
    lines += _section(
        _("Exports without consent (with the written reason)"),
        (
            f"- {show_time(o.at)}: "
            + _("to {partner}").format(partner=o.partner_id)
            + " — "
            + (o.reason if o.reason is not None else _("(reason erased)"))
            for o in report.consent_overrides
        ),
        _("None."),
    )
    lines += _section(
        _("Partners that received this file"),
        (
            f"- {show_time(d.sent_at)}: {d.partner_name or d.partner_id} ({d.partner_id}), "
            + _("bundle {id}").format(id=d.bundle_id)
            for d in report.deliveries
        ),
        _("None."),
    )
    lines += _section(
        _("Attachments"),
        (
            f"- {a.filename} ({a.media_type}, {a.size} bytes, sha256 {a.sha256})"
            for a in report.attachments
        ),
        _("None."),
    )
    lines += _section(
        _("Log of actions on this file"),
        (
            f"- {e.at} {e.actor}: {e.action} {e.record_type} {e.record_id} "
            f"{json.dumps(e.details, ensure_ascii=False, sort_keys=True)}"
            for e in report.audit
        ),
        _("None."),
    )
    return "\n".join(lines) + "\n"


def render_json(report: SubjectAccessReport) -> str:
    """The whole report as one JSON document (services/subject_access.report_json)."""
    return report_json(report)
