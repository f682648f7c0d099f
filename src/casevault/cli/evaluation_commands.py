"""`evaluator add|list`, `evaluation add|edit|finalise|supersede|list|show|verify|delete|policy`
and `case clearance`: screening from the command line, over services/evaluations.py."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import click

from casevault.cli.case_commands import case_group
from casevault.cli.context import CliContext
from casevault.cli.date_input import DateInput
from casevault.cli.evaluation_text import (
    check_label,
    clearance_json,
    evaluation_json,
    print_clearance,
    print_verification,
    register_messages,
    short,
    state_text,
    uncounted_json,
)
from casevault.cli.formatting import show_date, show_time
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_DAMAGED
from casevault.cli.output import print_fields, print_json, print_table
from casevault.domain.errors import InvalidField
from casevault.domain.evaluation import CHECK_ITEMS, CheckState, Confidence, Method, Verdict
from casevault.domain.field_problems import Problem
from casevault.services import case_clearance as clearance_service
from casevault.services import evaluations as eval_service

pass_cli = click.make_pass_decorator(CliContext)


# ---- options shared by add, edit and supersede --------------------------------------------


def _content_options(func: Any) -> Any:
    """Attach the options that set an evaluation's editable fields (all optional)."""
    options = [
        click.option(
            "--date", "date_text", type=DateInput("date"), help="YYYY-MM-DD (add: default today)."
        ),
        click.option(
            "--method",
            "methods",
            multiple=True,
            type=click.Choice([m.value for m in Method]),
            help="How it was checked. May be repeated; replaces the list.",
        ),
        click.option(
            "--check",
            "checks",
            multiple=True,
            metavar="ITEM=STATE",
            help=f"Checklist item ({', '.join(CHECK_ITEMS)}) = "
            f"{'|'.join(s.value for s in CheckState)}. May be repeated.",
        ),
        click.option(
            "--check-note", "check_notes", multiple=True, metavar="ITEM=TEXT", help="A note."
        ),
        click.option("--verdict", type=click.Choice([v.value for v in Verdict])),
        click.option("--confidence", type=click.Choice([c.value for c in Confidence])),
        click.option("--notes"),
        click.option("--attachment", "attachments", multiple=True, help="Attachment id."),
        click.option("--timeline-event", "events", multiple=True, help="Timeline event id."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _pairs(values: tuple[str, ...], option: str) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        item, sep, rest = value.partition("=")
        if not sep or item.strip() not in CHECK_ITEMS:
            raise InvalidField(option, Problem.EXPECTED_ITEM_VALUE)
        pairs.append((item.strip(), rest))
    return pairs


def _changes(options: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if options["date_text"] is not None:
        changes["date"] = options["date_text"].isoformat()
    checklist: dict[str, dict[str, str]] = {}
    for item, state in _pairs(options["checks"], "check"):
        checklist.setdefault(item, {})["state"] = state
    for item, note in _pairs(options["check_notes"], "check-note"):
        checklist.setdefault(item, {})["note"] = note
    if checklist:
        changes["checklist"] = checklist
    for name, key in (
        ("methods", "methods"),
        ("attachments", "attachment_ids"),
        ("events", "timeline_event_ids"),
    ):
        if options[name]:
            changes[key] = list(options[name])
    for name in ("verdict", "confidence", "notes"):
        if options[name] is not None:
            changes[name] = options[name]
    return changes


# ---- evaluators ---------------------------------------------------------------------------


@click.group("evaluator")
def evaluator_group() -> None:
    """People of your organisation who screen cases."""


@evaluator_group.command("add")
@click.argument("name")
@click.option("--role", default="", help="E.g. caseworker, lawyer.")
@pass_cli
def evaluator_add(cli: CliContext, name: str, role: str) -> None:
    """Add an evaluator. Prints the id."""
    with cli.open_session() as session:
        evaluator = eval_service.add_evaluator(session, name, role)
    click.echo(str(evaluator.id))


@evaluator_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def evaluator_list(cli: CliContext, as_json: bool) -> None:
    """List evaluators."""
    with cli.open_session() as session:
        evaluators = eval_service.list_evaluators(session)
    if as_json:
        print_json(evaluators)
    elif not evaluators:
        click.echo(_("No evaluators yet. Add one with 'casevault evaluator add NAME'."))
    else:
        print_table(
            [_("Id"), _("Name"), _("Role")],
            [[short(e.id), e.name, e.role] for e in evaluators],
        )


# ---- evaluations --------------------------------------------------------------------------


@click.group("evaluation")
def evaluation_group() -> None:
    """Screen a case: draft, sign (finalise), correct, verify."""


@evaluation_group.command("add")
@click.argument("case_id")
@click.option("--evaluator", "evaluator_id", required=True, help="Evaluator id (or prefix).")
@_content_options
@pass_cli
def evaluation_add(cli: CliContext, /, case_id: str, evaluator_id: str, **options: Any) -> None:
    """Start a draft evaluation of a case. Prints its id."""
    fields = {"date": dt.date.today().isoformat(), **_changes(options)}
    with cli.open_session() as session:
        stored = eval_service.create_draft(session, case_id, evaluator_id, fields)
    click.echo(str(stored.evaluation.id))


@evaluation_group.command("edit")
@click.argument("evaluation_id")
@_content_options
@pass_cli
def evaluation_edit(cli: CliContext, /, evaluation_id: str, **options: Any) -> None:
    """Change a draft (only the options given)."""
    changes = _changes(options)
    if not changes:
        raise click.UsageError(_("Say what to change, e.g. --verdict inconclusive."))
    with cli.open_session() as session:
        stored = eval_service.edit_draft(session, evaluation_id, changes)
    click.echo(_("Draft {id} saved.").format(id=stored.evaluation.id))


def _interactive() -> bool:
    """Whether a person can answer a question (both ends are a terminal)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


@evaluation_group.command("finalise")
@click.argument("evaluation_id")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_cli
def evaluation_finalise(cli: CliContext, evaluation_id: str, yes: bool) -> None:
    """Sign a draft with your organisation's keys. It cannot be changed afterwards."""
    if not yes:
        if not _interactive():
            raise click.UsageError(_("Finalising cannot be undone; confirm with --yes."))
        click.confirm(
            _("Sign this evaluation? It cannot be changed afterwards, only corrected."),
            abort=True,
        )
    with cli.open_session() as session:
        stored = eval_service.finalise_evaluation(session, evaluation_id)
    click.echo(_("Evaluation {id} signed and final.").format(id=stored.evaluation.id))


@evaluation_group.command("supersede")
@click.argument("evaluation_id")
@_content_options
@pass_cli
def evaluation_supersede(cli: CliContext, /, evaluation_id: str, **options: Any) -> None:
    """Start a correction of a finalised evaluation (a new draft that names it). Prints its id."""
    with cli.open_session() as session:
        stored = eval_service.supersede_evaluation(session, evaluation_id, _changes(options))
    click.echo(str(stored.evaluation.id))
    click.echo(
        _("Correction drafted. Sign it with: casevault evaluation finalise {id}").format(
            id=stored.evaluation.id
        ),
        err=True,
    )


@evaluation_group.command("delete")
@click.argument("evaluation_id")
@pass_cli
def evaluation_delete(cli: CliContext, evaluation_id: str) -> None:
    """Delete a draft. Finalised evaluations cannot be deleted."""
    with cli.open_session() as session:
        deleted = eval_service.delete_draft(session, evaluation_id)
    click.echo(_("Draft {id} deleted.").format(id=deleted))


@evaluation_group.command("list")
@click.option("--case", "case_id", help="Only this case.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def evaluation_list(cli: CliContext, case_id: str | None, as_json: bool) -> None:
    """List evaluations (superseded ones too, marked)."""
    with cli.open_session() as session:
        found = eval_service.list_evaluations(session, case_id)
        names = {e.id: e.name for e in eval_service.list_evaluators(session)}
    if as_json:
        print_json([evaluation_json(s) for s in found])
        return
    if not found:
        click.echo(_("No evaluations."))
        return
    print_table(
        [_("Id"), _("Case"), _("Evaluator"), _("Date"), _("Verdict"), _("State")],
        [
            [
                short(s.evaluation.id),
                short(s.evaluation.case_id),
                names.get(s.evaluation.evaluator_id, short(s.evaluation.evaluator_id)),
                show_date(s.evaluation.date),
                s.evaluation.verdict.value,
                state_text(s),
            ]
            for s in found
        ],
    )


@evaluation_group.command("show")
@click.argument("evaluation_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def evaluation_show(cli: CliContext, evaluation_id: str, as_json: bool) -> None:
    """Show one evaluation with its checklist and signature."""
    with cli.open_session() as session:
        stored = eval_service.get_evaluation(session, evaluation_id)
        evaluator = eval_service.get_evaluator(session, stored.evaluation.evaluator_id)
    if as_json:
        print_json(evaluation_json(stored))
        return
    e = stored.evaluation
    pairs = [
        (_("Id"), str(e.id)),
        (_("Case"), str(e.case_id)),
        (
            _("Evaluator"),
            f"{evaluator.name} ({evaluator.role})" if evaluator.role else evaluator.name,
        ),
        (_("Date"), show_date(e.date)),
        (_("Methods"), ", ".join(m.value for m in e.methods)),
        (_("Verdict"), e.verdict.value),
        (_("Confidence"), e.confidence.value),
        (_("State"), state_text(stored)),
        (_("Supersedes"), str(e.supersedes) if e.supersedes else ""),
        (_("Notes"), e.notes),
    ]
    for item in CHECK_ITEMS:
        check = getattr(e.checklist, item)
        pairs.append((check_label(item), f"{check.state.value}  {check.note}".rstrip()))
    if stored.seal is not None:
        pairs.append((_("Signed at"), show_time(stored.seal.finalised_at)))
        pairs.append((_("Signer key"), stored.seal.signer_key_fingerprint))
    print_fields(pairs)


@evaluation_group.command("verify")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def evaluation_verify(cli: CliContext, as_json: bool) -> None:
    """Re-check the signature of every finalised evaluation, and name those that do not count
    because of who signed them."""
    with cli.open_session() as session:
        report = eval_service.verify_evaluations(session)
    if as_json:
        print_json(
            {
                "checked": report.checked,
                "intact": report.intact,
                "problems": report.problems,
                "not_counted": [uncounted_json(u) for u in report.not_counted],
            }
        )
    else:
        print_verification(report)
    if not report.intact:
        sys.exit(EXIT_DAMAGED)


@evaluation_group.command("policy")
@click.option("--threshold", type=int, help="Evaluations needed to clear a case (at least 2).")
@click.option(
    "--two-organisations/--any-organisation",
    "two_orgs",
    default=None,
    help="Require evaluators from at least two organisations.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def evaluation_policy(
    cli: CliContext, threshold: int | None, two_orgs: bool | None, as_json: bool
) -> None:
    """Show or change the clearance policy."""
    with cli.open_session() as session:
        if threshold is None and two_orgs is None:
            policy = clearance_service.get_clearance_policy(session)
        else:
            policy = clearance_service.set_clearance_policy(
                session, threshold=threshold, require_two_organisations=two_orgs
            )
    if as_json:
        print_json(policy)
        return
    click.echo(_("A case is cleared by {n} independent evaluations.").format(n=policy.threshold))
    if policy.require_two_organisations:
        click.echo(_("The evaluators must come from at least two organisations."))


# ---- case clearance -----------------------------------------------------------------------


@case_group.command("clearance")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def case_clearance(cli: CliContext, case_id: str, as_json: bool) -> None:
    """Whether a case is cleared by screening, and why (or why not)."""
    with cli.open_session() as session:
        report = clearance_service.explain_clearance(session, case_id)
    if as_json:
        print_json(clearance_json(report))
        return
    print_clearance(report)


def register(group: click.Group) -> None:
    """Add the evaluator and evaluation groups to the top-level group (`case clearance` joins the
    case group on import) and their error messages to cli/messages.py."""
    group.add_command(evaluator_group)
    group.add_command(evaluation_group)
    register_messages()
