"""The subject access report as a readable Markdown document (and as JSON), in memory.

He or his lawyer reads it: fields by their labels, codes of fixed lists in words, dates and
times in the user's form, sizes with their unit (the CLI's own words: cli/field_words.py,
cli/formatting.py, cli/timeline_text.py, cli/evaluation_text.py, cli/consent_text.py,
cli/audit_text.py). Ids, hashes and the signed content of an evaluation stay as stored (they are
the evidence), each after a plain label. Only cli/rights_commands.py writes the result, and only
to a file the user names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from casevault.cli import audit_text, consent_text
from casevault.cli.evaluation_text import PROBLEM_TEXT, state_text
from casevault.cli.field_words import choice_words, field_label
from casevault.cli.formatting import show_date, show_size, show_time
from casevault.cli.i18n import _
from casevault.cli.timeline_text import event_kind_words
from casevault.domain.case import Case
from casevault.services.evaluations import ProblemKind
from casevault.services.subject_access import EvaluationEntry, SubjectAccessReport, report_json


def _section(title: str, lines: Iterable[str], empty: str) -> list[str]:
    body = list(lines)
    return ["", f"## {title}", "", *(body or [empty])]


def _bullet(pairs: Iterable[tuple[str, object]]) -> list[str]:
    return [f"- **{label}**: {'' if value is None else value}" for label, value in pairs]


def _value_words(case: Case, name: str, value: object) -> str:
    """A field's value in words; "" for an empty field."""
    if value in (None, "", [], {}):
        return ""
    if name in ("date_of_birth", "callup_date"):
        return show_date(getattr(case.fields, name))
    if isinstance(value, dict):
        return " ".join(str(value[k]) for k in ("surname", "given", "patronymic") if value.get(k))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return choice_words(name, str(value))


def _field_pairs(case: Case) -> list[tuple[str, str]]:
    """The case's fields that hold something, each by its label and its value in words."""
    pairs = []
    for name, value in case.fields.model_dump(mode="json").items():
        words = _value_words(case, name, value)
        if words:
            pairs.append((field_label(name), words))
    return pairs


def _signature_check(entry: EvaluationEntry) -> str:
    """services/subject_access.py's `verification` code in words."""
    if entry.verification == "draft":
        return _("not signed (draft)")
    if entry.verification == "verified":
        return _("signature verified")
    try:
        return _(PROBLEM_TEXT[ProblemKind(entry.verification)])
    except (ValueError, KeyError):
        return entry.verification


def _detail(key: str, value: object) -> object:
    if key == "fields" and isinstance(value, list):
        return [field_label(str(v)) for v in value]
    if key == "field" and isinstance(value, str):
        return field_label(value)
    if key == "method" and isinstance(value, str):
        return consent_text.method_words(value)
    if key == "kind" and isinstance(value, str):
        return consent_text.kind_words(value)
    return value


def _details(details: dict[str, object]) -> str:
    """An audit entry's details as recorded, with case fields and consent codes in words."""
    named = {key: _detail(key, value) for key, value in details.items()}
    return json.dumps(named, ensure_ascii=False, sort_keys=True)


def render_markdown(report: SubjectAccessReport) -> str:
    """The whole report as Markdown: headings per part, one bullet per fact."""
    case = report.case
    lines = [
        "# " + _("Copy of the data held about case {id}").format(id=case.id),
        "",
        _("Made on {at}. This document is not encrypted.").format(
            at=show_time(report.generated_at)
        ),
    ]
    lines += _section(
        _("The case"),
        _bullet(
            [
                (_("Id"), case.id),
                (_("Created"), show_time(case.created_at)),
                (_("Last changed"), show_time(case.updated_at)),
                (_("Origin organisation"), case.origin_org),
                (_("Deleted"), _("yes") if case.deleted else _("no")),
                *_field_pairs(case),
            ]
        ),
        "",
    )
    lines += _section(
        _("Versions of fields received from other organisations or laptops"),
        (
            f"- **{field_label(name)}**: {json.dumps(versions, ensure_ascii=False)}"
            for name, versions in sorted(report.field_versions.items())
        ),
        _("None."),
    )
    lines += _section(
        _("Timeline"),
        (f"- {show_date(e.date)} ({event_kind_words(e)}): {e.text}" for e in report.timeline),
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
                    (_("State"), state_text(entry.evaluation)),
                    (_("Signature check"), _signature_check(entry)),
                    (_("Superseded by"), entry.evaluation.superseded_by),
                ]
            ),
            _("The evaluation as stored and signed:"),
            "",
            "```json",
            json.dumps(evaluation.model_dump(mode="json"), ensure_ascii=False, indent=2),
            "```",
            "",
        ]
    lines += _section(_("Screenings (evaluations)"), evaluation_lines, _("None."))
    lines += _section(
        _("Consent statements"),
        (
            f"- {show_time(r.given_at)}: {consent_text.action_words(r.action)} — "
            f"{consent_text.scope_words(r.partner_id, r.partner_kind)} — "
            f"{consent_text.method_words(r.method)}"
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
            f"- {a.filename} ({a.media_type}, {show_size(a.size)}, SHA-256 {a.sha256})"
            for a in report.attachments
        ),
        _("None."),
    )
    lines += _section(
        _("Log of actions on this file"),
        (
            f"- {show_time(e.at, seconds=True)} {audit_text.actor_words(e.actor)}: "
            f"{audit_text.action_words(e.action)} — "
            f"{audit_text.record_type_words(e.record_type)} {e.record_id}"
            + (
                " — " + _("details: {details}").format(details=_details(e.details))
                if e.details
                else ""
            )
            for e in report.audit
        ),
        _("None."),
    )
    return "\n".join(lines) + "\n"


def render_json(report: SubjectAccessReport) -> str:
    """The whole report as one JSON document (services/subject_access.report_json)."""
    return report_json(report)
