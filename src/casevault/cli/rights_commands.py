"""`consent add|withdraw|list`, `case access` and `case erase`: the man's rights from the command
line, over services/consent.py, services/subject_access.py and services/erasure.py."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path
from typing import Any

import click

from casevault.cli import erasure_text, messages
from casevault.cli.case_commands import case_group
from casevault.cli.context import CliContext
from casevault.cli.date_input import DateInput
from casevault.cli.formatting import show_day_of
from casevault.cli.i18n import N_, _
from casevault.cli.messages import EXIT_INVALID_INPUT
from casevault.cli.new_file import new_file
from casevault.cli.output import print_json, print_table
from casevault.cli.subject_access_text import render_json, render_markdown
from casevault.domain.consent import ConsentDecision, ConsentMethod, ConsentRecord
from casevault.domain.errors import InvalidField
from casevault.domain.field_problems import Problem
from casevault.domain.organisation import PartnerKind
from casevault.services import consent as consent_service
from casevault.services.erasure import ErasureResult, compact_vault, erase_case
from casevault.services.errors import ConsentMissing, ErasureNotConfirmed
from casevault.services.subject_access import build_subject_access_report

pass_cli = click.make_pass_decorator(CliContext)

_STATUS_TEXT = {
    "granted": N_("he agreed that his file may go to this partner"),
    "withdrawn": N_("he WITHDREW consent (or refused) for this partner"),
    "none": N_("he has not said anything about this partner: no consent"),
}


# ---- consent ------------------------------------------------------------------------------


def _statement_options(func: Any) -> Any:
    options = [
        click.option("--partner", "partner_ref", help="Partner id (or its start)."),
        click.option(
            "--kind",
            type=click.Choice([k.value for k in PartnerKind]),
            help="Every partner of this kind, instead of one partner.",
        ),
        click.option(
            "--method",
            required=True,
            type=click.Choice([m.value for m in ConsentMethod]),
            help="How he said it.",
        ),
        click.option("--witness", default="", help="Witness's name (oral statements)."),
        click.option("--note", default="", help="Anything worth keeping (required for 'other')."),
        click.option(
            "--given",
            "given_text",
            type=DateInput("given"),
            help="When he said it, YYYY-MM-DD (default: now).",
        ),
        click.option("--json", "as_json", is_flag=True, help="Print the record as JSON."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _given_at(day: dt.date | None) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _scope(record: ConsentRecord) -> str:
    if record.partner_id is not None:
        return record.partner_id
    return _("every {kind}").format(kind=record.partner_kind)


def _print_record(record: ConsentRecord, as_json: bool) -> None:
    if as_json:
        print_json(record)
    else:
        click.echo(str(record.id))


@click.group("consent")
def consent_group() -> None:
    """What each man agreed to: where his file may go."""


@consent_group.command("add")
@click.argument("case_id")
@click.option("--attachment", "attachment_text", help="Attachment id of the signed form.")
@_statement_options
@pass_cli
def consent_add(
    cli: CliContext, /, case_id: str, attachment_text: str | None, as_json: bool, **options: Any
) -> None:
    """Record that he agreed his file may go to a partner (or a kind of partner)."""
    try:
        attachment = uuid.UUID(attachment_text) if attachment_text else None
    except ValueError as exc:
        raise InvalidField("attachment", Problem.NOT_AN_ID) from exc
    with cli.open_session() as session:
        record = consent_service.record_consent(
            session,
            case_id,
            partner_ref=options["partner_ref"],
            kind=PartnerKind(options["kind"]) if options["kind"] else None,
            method=ConsentMethod(options["method"]),
            witness=options["witness"],
            note=options["note"],
            attachment_id=attachment,
            given_at=_given_at(options["given_text"]),
        )
    _print_record(record, as_json)


@consent_group.command("withdraw")
@click.argument("case_id")
@_statement_options
@pass_cli
def consent_withdraw(cli: CliContext, /, case_id: str, as_json: bool, **options: Any) -> None:
    """Record that he withdrew (or refused) consent. Earlier statements stay in the history."""
    with cli.open_session() as session:
        record = consent_service.withdraw_consent(
            session,
            case_id,
            partner_ref=options["partner_ref"],
            kind=PartnerKind(options["kind"]) if options["kind"] else None,
            method=ConsentMethod(options["method"]),
            witness=options["witness"],
            note=options["note"],
            given_at=_given_at(options["given_text"]),
        )
    _print_record(record, as_json)


@consent_group.command("list")
@click.argument("case_id")
@click.option("--partner", "partner_ref", help="Also say whether his file may go to it now.")
@click.option("--json", "as_json", is_flag=True)
@pass_cli
def consent_list(cli: CliContext, case_id: str, partner_ref: str | None, as_json: bool) -> None:
    """Every statement he made, oldest first (the full history)."""
    decision: ConsentDecision | None = None
    with cli.open_session() as session:
        records = consent_service.list_consent(session, case_id)
        if partner_ref is not None:
            decision = consent_service.consent_status(session, case_id, partner_ref)
    if as_json:
        print_json({"records": records, "decision": decision})
        return
    if not records:
        click.echo(_("No consent recorded for this case."))
    else:
        print_table(
            [_("Given"), _("Statement"), _("For"), _("How"), _("Id")],
            [
                [
                    show_day_of(r.given_at),
                    r.action.value,
                    _scope(r),
                    r.method.value,
                    str(r.id)[:8],
                ]
                for r in records
            ],
        )
    if decision is not None:
        click.echo(_(_STATUS_TEXT[decision.status.value]))


# ---- subject access -----------------------------------------------------------------------


@case_group.command("access")
@click.argument("case_id")
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The file to write (required: the copy never goes to the screen).",
)
@click.option("--json", "as_json", is_flag=True, help="Write JSON instead of a document.")
@click.option("--force", is_flag=True, help="Overwrite the file if it exists.")
@pass_cli
def case_access(cli: CliContext, case_id: str, output: Path, as_json: bool, force: bool) -> None:
    """Write a copy of everything held about a man (his right of access), unencrypted."""
    if output.exists() and not force:  # before the warning and the work, not after
        raise click.UsageError(
            _("{path} already exists. Choose another file or add --force.").format(path=output)
        )
    click.echo(
        _(
            "Warning: {path} will hold his whole file in PLAIN TEXT, not encrypted. Write it "
            "only to an encrypted drive, hand it to him, then delete it."
        ).format(path=output),
        err=True,
    )
    with cli.open_session() as session:
        report = build_subject_access_report(session, case_id)
    with new_file(output, force=force) as sink:
        sink.write((render_json(report) if as_json else render_markdown(report)).encode("utf-8"))
    click.echo(_("Written to {path}.").format(path=output))


# ---- erasure ------------------------------------------------------------------------------


def _print_erasure(result: ErasureResult) -> None:
    click.echo(_("Case {id} is erased for good.").format(id=result.case_id))
    for other in result.related_erased:
        click.echo(_("Case {id} (the same man) is erased for good.").format(id=other))
    if result.partners_to_notify:
        click.echo(
            _(
                "These partners received his file and still hold a copy. The next bundle you "
                "send each of them carries a signed erasure notice; ask them to confirm it:"
            )
        )
        for partner in result.partners_to_notify:
            name = partner.partner_name or _("(partner no longer on file)")
            click.echo(f"  - {name} ({partner.partner_id}), {show_day_of(partner.sent_at)}")
    click.echo(_("Backups made before now still contain him: delete or overwrite them."))


@case_group.command("erase")
@click.argument("case_id")
@click.option("--confirm", "confirm_id", metavar="FULL-ID", help="The case's full id, again.")
@click.option(
    "--also",
    "also",
    multiple=True,
    metavar="FULL-ID",
    help="Another case of the same man (merged or linked), erased too (repeatable).",
)
@click.option("--json", "as_json", is_flag=True)
@pass_cli
def case_erase(
    cli: CliContext, case_id: str, confirm_id: str | None, also: tuple[str, ...], as_json: bool
) -> None:
    """Erase a case FOR GOOD at the man's request: every trace in this vault, no undo."""
    if confirm_id is None:
        if not sys.stdin.isatty():
            raise click.UsageError(
                _("Erasure cannot be undone: repeat the case's full id with --confirm.")
            )
        confirm_id = str(
            click.prompt(_("This erases the case for good. Type its full id to confirm"), err=True)
        )
    with cli.open_session() as session:
        result = erase_case(session, case_id, confirm_id, also)
    if as_json:
        print_json(result)
    else:
        _print_erasure(result)


@click.command("compact")
@pass_cli
def compact_command(cli: CliContext) -> None:
    """Compact the vault, so that no free page keeps erased data (retry after a failure)."""
    with cli.open_session() as session:
        compact_vault(session)
    click.echo(_("The vault is compacted."))


# ---- wiring -------------------------------------------------------------------------------


def _register_messages() -> None:
    messages.register(
        ConsentMissing,
        lambda e: _(
            "{n} case(s) have no consent for partner {partner}: {ids}. Record his consent, or "
            "give a written reason to export anyway."
        ).format(n=len(e.case_ids), partner=e.partner_id, ids=", ".join(e.case_ids)),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        ErasureNotConfirmed,
        lambda e: _("Nothing was erased: the id typed does not match the case's full id."),
        EXIT_INVALID_INPUT,
    )


def register(group: click.Group) -> None:
    """Add `consent` to the top-level group (`case access|erase` attach to case_group on import)
    and the messages for this module's errors."""
    group.add_command(consent_group)
    group.add_command(compact_command)
    _register_messages()
    erasure_text.register_messages()
