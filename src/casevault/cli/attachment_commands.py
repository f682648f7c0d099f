"""`attachment add|list|export|delete`: files kept encrypted in the vault with a case."""

from __future__ import annotations

from pathlib import Path

import click

from casevault.cli.context import CliContext
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_INVALID_INPUT, EXIT_NOT_FOUND
from casevault.cli.messages import register as register_message
from casevault.cli.new_file import new_file
from casevault.cli.output import print_json, print_table
from casevault.services import attachments as attachment_service
from casevault.services.errors import AttachmentNotFound
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


@click.group("attachment")
def attachment_group() -> None:
    """Scans, PDFs and photos kept encrypted with a case."""


@attachment_group.command("add")
@click.argument("case_id")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@pass_cli
def attachment_add(cli: CliContext, case_id: str, file: Path) -> None:
    """Store a copy of FILE, encrypted, with the case. (The original stays where it is.)"""
    with cli.open_session() as session, file.open("rb") as source:
        stored = attachment_service.add_attachment(session, case_id, source, file.name)
    click.echo(str(stored.id))
    click.echo(
        _("Stored encrypted. If the original file should not stay on this computer, delete it."),
        err=True,
    )


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
        [_("Id"), _("File"), _("Type"), _("Size")],
        [[str(a.id)[:8], a.filename, a.media_type, f"{a.size:,}"] for a in found],
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
    """Remove an attachment from the vault for good."""
    with cli.open_session() as session:
        removed = attachment_service.delete_attachment(session, attachment_id)
    click.echo(_("Attachment {id} deleted.").format(id=str(removed.id)[:8]))


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(attachment_group)
