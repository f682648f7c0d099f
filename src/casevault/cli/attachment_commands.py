"""`attachment add|derive|examine|show|list|export|delete`: files kept encrypted in the vault
with a case, with their provenance and signed examination notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from casevault.cli.context import CliContext
from casevault.cli.date_input import DateInput
from casevault.cli.evidence_text import (
    evidence_json,
    note_lines,
    payload_invalid_text,
    provenance_lines,
)
from casevault.cli.formatting import show_date, show_time
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_INVALID_INPUT, EXIT_NOT_FOUND
from casevault.cli.messages import register as register_message
from casevault.cli.new_file import new_file
from casevault.cli.output import print_json, print_table
from casevault.domain.errors import ExaminationPayloadInvalid
from casevault.domain.examination import ExaminationResult
from casevault.services import attachments as attachment_service
from casevault.services.errors import AttachmentNotFound
from casevault.services.evidence import evidence_item
from casevault.services.examinations import examine_attachment
from casevault.vault.errors import AttachmentTooLarge

pass_cli = click.make_pass_decorator(CliContext)

register_message(
    AttachmentNotFound, lambda e: _("No attachment with id {id}.").format(id=e.ref), EXIT_NOT_FOUND
)
register_message(
    AttachmentTooLarge,
    lambda e: _("The file is too large (the limit is {mb} MB).").format(mb=e.maximum // 2**20),
    EXIT_INVALID_INPUT,
)
register_message(ExaminationPayloadInvalid, payload_invalid_text, EXIT_INVALID_INPUT)


@click.group("attachment")
def attachment_group() -> None:
    """Scans, PDFs and photos kept encrypted with a case."""


@attachment_group.command("add")
@click.argument("case_id")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--received-from",
    help="Who handed it over, and how, e.g. 'the man himself, by Signal'.",
)
@click.option(
    "--received-on", type=DateInput("received_on"), help="The day it was received, YYYY-MM-DD."
)
@pass_cli
def attachment_add(
    cli: CliContext,
    case_id: str,
    file: Path,
    received_from: str | None,
    received_on: dt.date | None,
) -> None:
    """Store a copy of FILE, encrypted, with the case, byte for byte. (The original stays
    where it is.)"""
    with cli.open_session() as session, file.open("rb") as source:
        stored = attachment_service.add_attachment(
            session,
            case_id,
            source,
            file.name,
            received_from=received_from,
            received_on=received_on,
        )
    click.echo(str(stored.id))
    click.echo(
        _("Stored encrypted. If the original file should not stay on this computer, delete it."),
        err=True,
    )


@attachment_group.command("derive")
@click.argument("original_id")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--how", required=True, help="How it was made, e.g. 'cropped to the stamp'.")
@pass_cli
def attachment_derive(cli: CliContext, original_id: str, file: Path, how: str) -> None:
    """Store FILE as a copy derived from an attachment (a crop, a redaction). The original
    stays unchanged. Prints the new id."""
    with cli.open_session() as session, file.open("rb") as source:
        stored = attachment_service.derive_attachment(session, original_id, source, file.name, how)
    click.echo(str(stored.id))


@attachment_group.command("examine")
@click.argument("attachment_id")
@click.option("--evaluator", "evaluator_id", required=True, help="Evaluator id (or prefix).")
@click.option("--result", required=True, type=click.Choice([r.value for r in ExaminationResult]))
@click.option("--text", default="", help="What was seen (required for anomalies).")
@click.option(
    "--on",
    "examined_on",
    type=DateInput("examined_on"),
    help="The day of the examination, YYYY-MM-DD (default today).",
)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_cli
def attachment_examine(
    cli: CliContext,
    attachment_id: str,
    evaluator_id: str,
    result: str,
    text: str,
    examined_on: dt.date | None,
    yes: bool,
) -> None:
    """Sign an examination note on an attachment with your organisation's keys. It cannot be
    changed afterwards. Prints the note's id."""
    if not yes:
        click.confirm(_("Sign this note? It cannot be changed afterwards."), abort=True, err=True)
    with cli.open_session() as session:
        stored = examine_attachment(session, attachment_id, evaluator_id, result, text, examined_on)
    click.echo(stored.id)


@attachment_group.command("show")
@click.argument("attachment_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def attachment_show(cli: CliContext, attachment_id: str, as_json: bool) -> None:
    """An attachment's provenance and examination notes, each note verified now."""
    with cli.open_session() as session:
        item = evidence_item(session, attachment_id)
    if as_json:
        print_json(evidence_json(item))
        return
    attachment = item.attachment
    click.echo(f"{attachment.id}  {attachment.filename}")
    click.echo(
        _("Type: {type}; size: {size} bytes; SHA-256: {sha}").format(
            type=attachment.media_type, size=str(attachment.size), sha=attachment.sha256
        )
    )
    click.echo(_("Added: {when}").format(when=show_time(attachment.created_at)))
    for line in provenance_lines(item):
        click.echo(line)
    if not item.notes:
        click.echo(_("No examination notes."))
    for note in item.notes:
        for line in note_lines(note):
            click.echo(line)


@attachment_group.command("list")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def attachment_list(cli: CliContext, case_id: str, as_json: bool) -> None:
    """List a case's attachments."""
    with cli.open_session() as session:
        found = attachment_service.list_attachments(session, case_id)
    if as_json:
        print_json(found)
        return
    print_table(
        [_("Id"), _("File"), _("Type"), _("Size"), _("Received")],
        [
            [
                str(a.id)[:8],
                a.filename,
                a.media_type,
                str(a.size),  # no thousands separator: a comma is a decimal sign in ru/fr
                show_date(a.received_on) if a.received_on else "",
            ]
            for a in found
        ],
    )


@attachment_group.command("export")
@click.argument("attachment_id")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
@click.option("--yes", is_flag=True, help="Do not ask (the copy is NOT encrypted).")
@pass_cli
def attachment_export(cli: CliContext, attachment_id: str, output: Path, yes: bool) -> None:
    """Write an UNENCRYPTED copy to a place you choose."""
    if output.exists():
        raise click.UsageError(_("{path} exists; choose a new file name.").format(path=output))
    if not yes:
        click.confirm(
            _("The copy will NOT be encrypted: anyone who finds it can read it. Continue?"),
            abort=True,
            err=True,
        )
    with cli.open_session() as session, new_file(output) as sink:
        attachment_service.copy_attachment_out(session, attachment_id, sink)
    click.echo(_("Unencrypted copy written to {path}. Delete it when done.").format(path=output))


@attachment_group.command("delete")
@click.argument("attachment_id")
@pass_cli
def attachment_delete(cli: CliContext, attachment_id: str) -> None:
    """Remove an attachment from the vault for good, with its notes and derived copies."""
    with cli.open_session() as session:
        copies = attachment_service.derived_copies(session, attachment_id)
        if copies:
            click.echo(
                _("Derived copies deleted with it: {count}.").format(count=len(copies)),
                err=True,
            )
        removed = attachment_service.delete_attachment(session, attachment_id)
    click.echo(_("Attachment {id} deleted.").format(id=str(removed.id)[:8]))


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(attachment_group)
