"""`dossier chronology|asylum|verify-attestation`: the asylum path from the command line.

`dossier asylum` writes the same PDF as the app (the PDF is drawn by Qt, so it needs the desktop
part; a CLI-only install says so plainly) with the organisation's attestation beside it.
`dossier verify-attestation` needs no vault at all: a lawyer or partner who received the two
files checks them with it (docs/spec/attestation.md).
"""

from __future__ import annotations

from pathlib import Path

import click

from casevault.cli.context import CliContext
from casevault.cli.desktop import desktop_available, desktop_entry
from casevault.cli.formatting import show_date
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_DAMAGED
from casevault.cli.messages import register as register_message
from casevault.cli.new_file import new_file
from casevault.cli.output import print_json
from casevault.cli.timeline_text import entry_words, flag_words
from casevault.domain.chronology import build_chronology
from casevault.exchange.attestation import SUFFIX, verify_attestation
from casevault.exchange.errors import AttestationInvalid
from casevault.services import cases as case_service

pass_cli = click.make_pass_decorator(CliContext)

_ATTESTATION_PROBLEMS = {
    "format": lambda: _("This is not a CaseVault attestation file, or it is damaged."),
    "signature": lambda: _(
        "The attestation's signature does NOT verify: it was changed or forged. Do not rely on "
        "this dossier; ask the organisation for it again by another route."
    ),
    "statement": lambda: _(
        "The attestation is signed but its content is not valid. Do not rely on this dossier."
    ),
    "document": lambda: _(
        "The attestation is about another PDF: this PDF was changed after it was signed, or "
        "the two files do not belong together. Do not rely on this dossier."
    ),
    "fingerprint": lambda: _(
        "The attestation is signed by other keys than the fingerprint you gave: it does not "
        "come from the organisation you expect. Do not rely on this dossier."
    ),
}
register_message(
    AttestationInvalid,
    lambda e: _ATTESTATION_PROBLEMS.get(e.reason, _ATTESTATION_PROBLEMS["format"])(),
    EXIT_DAMAGED,
)


@click.group("dossier")
def dossier_group() -> None:
    """The dossier for an asylum application: chronology, PDF, attestation."""


@dossier_group.command("chronology")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def dossier_chronology(cli: CliContext, case_id: str, as_json: bool) -> None:
    """The steps of the asylum path in order, and what in their order weakens the claim."""
    with cli.open_session() as session:
        case = case_service.get_case(session, case_id)
        events = case_service.list_timeline(session, case.id)
    chronology = build_chronology(events, case.fields.callup_date)
    if as_json:
        print_json(
            {
                "entries": [
                    {
                        "date": e.date,
                        "kind": str(e.kind),
                        "delivered": e.delivered,
                        "from": e.crossing.from_country if e.crossing else None,
                        "to": e.crossing.to_country if e.crossing else None,
                        "event_id": e.event_id,
                        "text": e.text,
                    }
                    for e in chronology.entries
                ],
                "flags": [{"kind": f.kind.value, "dates": list(f.dates)} for f in chronology.flags],
            }
        )
        return
    for entry in chronology.entries:
        click.echo(f"{show_date(entry.date)}  {entry_words(entry)}  {entry.text}".rstrip())
    if not chronology.entries:
        click.echo(_("No step of the asylum path is recorded."))
    click.echo("")
    if chronology.flags:
        click.echo(_("Points that may weaken the claim:"))
        for flag in chronology.flags:
            click.echo(f"  ! {flag_words(flag)}")
    else:
        click.echo(_("No point of concern in the order of events."))


@dossier_group.command("asylum")
@click.argument("case_id")
@click.option(
    "--dossier-lang",
    "language",
    type=click.Choice(["fr", "en"]),
    default="fr",
    show_default=True,
    help="Language of the dossier (independent of --lang).",
)
@click.option("--profile", default="standard", show_default=True, help="Redaction profile.")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The PDF to write; its attestation goes beside it (<name>.attestation).",
)
@click.option("--force", is_flag=True, help="Overwrite the files if they exist.")
@pass_cli
def dossier_asylum(
    cli: CliContext, case_id: str, language: str, profile: str, output: Path, force: bool
) -> None:
    """Write the dossier for an asylum application (PDF) and the organisation's attestation."""
    if not desktop_available():
        raise click.ClickException(
            _("The PDF is drawn by the desktop part of CaseVault, which is not installed here.")
        )
    attestation_path = output.with_name(output.name + SUFFIX)
    for path in (output, attestation_path):
        if path.exists() and not force:
            raise click.UsageError(
                _("{path} already exists. Choose another file or add --force.").format(path=path)
            )
    click.echo(
        _(
            "Warning: {path} will NOT be encrypted: anyone who gets the file can read it. Write "
            "it only to an encrypted drive and send it only over a safe channel."
        ).format(path=output),
        err=True,
    )
    write_asylum_dossier = desktop_entry("reports.asylum_dossier_offscreen", "write_asylum_dossier")

    with cli.open_session() as session:
        pdf, attestation = write_asylum_dossier(session, case_id, language, profile, output.name)
    with new_file(output, force=force) as sink:
        sink.write(pdf)
    with new_file(attestation_path, force=force) as sink:
        sink.write(attestation)
    click.echo(_("Written to {path}.").format(path=output))
    click.echo(_("Attestation written to {path}.").format(path=attestation_path))


@dossier_group.command("verify-attestation")
@click.argument("pdf", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--attestation",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="The attestation file (default: the PDF's name followed by .attestation).",
)
@click.option(
    "--fingerprint",
    help="The organisation's fingerprint as you got it from them; checked if given.",
)
def dossier_verify_attestation(
    pdf: Path, attestation: Path | None, fingerprint: str | None
) -> None:
    """Check a dossier's attestation (needs no vault)."""
    attestation = attestation or pdf.with_name(pdf.name + SUFFIX)
    if not attestation.is_file():
        raise click.UsageError(_("No attestation file {path}.").format(path=attestation))
    verified = verify_attestation(pdf.read_bytes(), attestation.read_bytes(), fingerprint)
    statement = verified.statement
    click.echo(_("The attestation is valid for this PDF."))
    click.echo(
        _("Signed by: {name} ({id}), on {date}.").format(
            name=statement.organisation_name,
            id=statement.organisation_id,
            date=show_date(statement.attested_on),
        )
    )
    click.echo(_("Key fingerprint: {fingerprint}").format(fingerprint=verified.fingerprint))
    click.echo(statement.statement)
    if fingerprint is None:
        click.echo(
            _(
                "Anyone can sign with keys of their own: compare this fingerprint with the one "
                "the organisation gave you by another route (or pass it with --fingerprint)."
            )
        )
    else:
        click.echo(_("The fingerprint matches the one you gave."))


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(dossier_group)
