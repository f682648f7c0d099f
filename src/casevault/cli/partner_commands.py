"""`identity export` and `partner add|list|show|verify|revoke`."""

from __future__ import annotations

from pathlib import Path

import click

from casevault.cli.context import CliContext
from casevault.cli.formatting import show_time
from casevault.cli.i18n import N_, _
from casevault.cli.key_history import partner_state, print_key_history
from casevault.cli.messages import EXIT_DAMAGED, EXIT_INVALID_INPUT, EXIT_NOT_FOUND
from casevault.cli.messages import register as register_message
from casevault.cli.new_file import new_file
from casevault.cli.output import print_fields, print_json, print_table
from casevault.domain.organisation import PartnerKind, VerificationMethod
from casevault.exchange.errors import IdentityCardInvalid
from casevault.services import key_events
from casevault.services import partners as partner_service
from casevault.services.errors import (
    AmbiguousPartnerId,
    CardKeysRevoked,
    NoPendingAnnouncement,
    PartnerAlreadyKnown,
    PartnerIsUs,
    PartnerNotFound,
    VerificationMismatch,
)

pass_cli = click.make_pass_decorator(CliContext)
MAX_CARD_INPUT = 64 * 1024

_CARD_REASONS = {
    "too-large": N_("it is far too large to be an identity card"),
    "not-a-card": N_("it is not a CaseVault identity card"),
    "schema": N_("it is damaged or incomplete"),
    "unsupported-version": N_("it was made by another version of CaseVault"),
    "bad-id": N_("its organisation id is not valid"),
    "bad-name": N_(
        "its organisation name is empty, too long, or has invisible or control characters"
    ),
    "bad-kind": N_("the kind of organisation it names is not valid"),
    "bad-country": N_("its country is not a two-letter country code"),
    "bad-date": N_("its creation date is not valid"),
    "bad-keys": N_("its keys are damaged"),
    "bad-signature": N_("its signature does not match its content (damaged or altered)"),
}
_CARD_DAMAGED = N_("it is damaged")  # for a reason this version does not know

register_message(
    IdentityCardInvalid,
    lambda e: _("This identity card cannot be used: {why}.").format(
        why=_(_CARD_REASONS.get(e.reason, _CARD_DAMAGED))
    ),
    EXIT_DAMAGED,
)
register_message(
    PartnerNotFound,
    lambda e: _("No partner with id {id}.").format(id=e.partner_ref),
    EXIT_NOT_FOUND,
)
register_message(
    AmbiguousPartnerId,
    lambda e: _("{id} matches several partners; type more of the id.").format(id=e.partner_ref),
    EXIT_INVALID_INPUT,
)
register_message(
    CardKeysRevoked,
    lambda e: _(
        "This card carries keys that were revoked ({id}): whoever sent it may hold a stolen"
        " key. Ask the organisation, by phone or in person, for a card with new keys."
    ).format(id=e.partner_id),
    EXIT_INVALID_INPUT,
)
register_message(
    PartnerAlreadyKnown,
    lambda e: _("This partner is already in your vault ({id}).").format(id=e.partner_id),
    EXIT_INVALID_INPUT,
)
register_message(
    NoPendingAnnouncement,
    lambda e: _("There is no key change to announce (run identity rotate or revoke first)."),
    EXIT_INVALID_INPUT,
)
register_message(
    PartnerIsUs,
    lambda e: _("This is your own organisation's identity card."),
    EXIT_INVALID_INPUT,
)
register_message(
    VerificationMismatch,
    lambda e: _(
        "The code does NOT match. Do not trust this partner's keys: the card may have been "
        "swapped on its way. Get a new card from the partner through another channel."
    ),
    EXIT_DAMAGED,
)


@click.group("identity")
def identity_group() -> None:
    """Your organisation's identity card (public keys), for partners."""


@identity_group.command("export")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--text", "as_text", is_flag=True, help="Print the card as one line of text.")
@click.option("--kind", type=click.Choice([k.value for k in PartnerKind]), default="other")
@click.option("--country", default=None, help="Two-letter country code of your organisation.")
@pass_cli
def identity_export(
    cli: CliContext, output: Path | None, as_text: bool, kind: str, country: str | None
) -> None:
    """Write your identity card. It holds only public keys: safe to send by e-mail."""
    with cli.open_session() as session:
        exported = partner_service.export_identity(
            session, PartnerKind(kind), country.upper() if country else None
        )
    if output is not None:
        with new_file(output) as sink:
            sink.write(exported.card)
        click.echo(_("Identity card written to {path}.").format(path=output), err=True)
    if as_text or output is None:
        click.echo(exported.text)
    click.echo(
        _("Fingerprint: {fp}. Partners compare it (or the short code) with you.").format(
            fp=exported.fingerprint
        ),
        err=True,
    )


@identity_group.command("rotate")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_cli
def identity_rotate(cli: CliContext, yes: bool) -> None:
    """Replace your keys with new ones; partners accept them through the old ones."""
    if not yes:
        click.confirm(_("Make new keys for your organisation?"), abort=True, err=True)
    with cli.open_session() as session:
        event = key_events.rotate_keys(session)
    click.echo(_("New fingerprint: {fp}").format(fp=event.new_fingerprint))
    click.echo(
        _(
            "Now send partners the announcement: casevault identity announce -o FILE. "
            "Enrol your other laptops again."
        )
    )


@identity_group.command("revoke")
@click.option("--confirm", "typed", help="Type REVOKE to confirm without a prompt.")
@click.option(
    "--earlier-key",
    metavar="FINGERPRINT",
    help="Revoke one of your earlier keys (and every key rotated from it) instead of the "
    "current ones: at least its first 8 digits.",
)
@pass_cli
def identity_revoke(cli: CliContext, typed: str | None, earlier_key: str | None) -> None:
    """Your keys may be in someone else's hands: tell partners to stop trusting them.

    If you rotated your keys after a copy may have been taken, revoke the earlier key with
    --earlier-key: partners then revoke it and every key rotated from it, a thief's too."""
    if typed is None:
        typed = click.prompt(
            _(
                "Partners will stop trusting you until they verify your new card "
                "by phone. Type REVOKE to go on"
            ),
            err=True,
        )
    if typed != "REVOKE":
        raise click.UsageError(_("Not confirmed; nothing was changed."))
    with cli.open_session() as session:
        event = key_events.revoke_keys(session, earlier_key)
    click.echo(_("Keys revoked: {fp}").format(fp=event.old_fingerprint))
    click.echo(_("Keys revoked. New fingerprint: {fp}").format(fp=event.new_fingerprint))
    click.echo(
        _(
            "1. Send the announcement: casevault identity announce -o FILE\n"
            "2. Send your new identity card and verify it with each partner by phone."
        )
    )


@identity_group.command("announce")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
@click.option("--to", "partners", multiple=True, help="Partner id (default: every trusted one).")
@pass_cli
def identity_announce(cli: CliContext, output: Path, partners: tuple[str, ...]) -> None:
    """Write the bundle that tells partners about your key rotation or revocation."""
    with cli.open_session() as session, new_file(output) as sink:
        sent_to = key_events.export_key_announcement(session, list(partners) or None, sink)
    click.echo(
        _("Announcement for {n} partners written to {path}.").format(n=len(sent_to), path=output)
    )


@click.group("partner")
def partner_group() -> None:
    """Partner organisations: add from a card, verify, revoke."""


def _read_card(source: str) -> bytes:
    with click.open_file(source, "rb") as stream:
        return bytes(stream.read(MAX_CARD_INPUT + 1))


@partner_group.command("add")
@click.argument("card_file")
@pass_cli
def partner_add(cli: CliContext, card_file: str) -> None:
    """Add a partner from its identity card file (or - for the text form on stdin)."""
    untrusted = _read_card(card_file)
    with cli.open_session() as session:
        details = partner_service.add_partner(session, untrusted)
    click.echo(
        _("Added {name} ({id}), NOT yet verified.").format(
            name=details.partner.name, id=details.partner.id
        )
    )
    click.echo(_("Call them (or meet) and compare this short code; both sides see the same:"))
    click.echo(f"    {details.short_code}")
    click.echo(
        _('Then run: casevault partner verify {id} --code "<the digits they read>"').format(
            id=details.partner.id[:8]
        )
    )


@partner_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def partner_list(cli: CliContext, as_json: bool) -> None:
    """List partners and whether they are verified."""
    with cli.open_session() as session:
        partners = partner_service.list_partners(session)
    if as_json:
        print_json([{**p.model_dump(mode="json"), "trusted": p.trusted} for p in partners])
        return
    if not partners:
        click.echo(_("No partners yet. Add one with: casevault partner add CARD"))
        return

    print_table(
        [_("Id"), _("Name"), _("Kind"), _("Country"), _("State")],
        [[p.id[:8], p.name, p.kind.value, p.country or "", partner_state(p)] for p in partners],
    )


@partner_group.command("show")
@click.argument("partner_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def partner_show(cli: CliContext, partner_id: str, as_json: bool) -> None:
    """Show a partner's fingerprint and the short code to compare with it."""
    with cli.open_session() as session:
        details = partner_service.show_partner(session, partner_id)
        history = partner_service.key_history(session, details.partner.id)
    p = details.partner
    if as_json:
        print_json(
            {
                "partner": p,
                "trusted": p.trusted,
                "state": partner_state(p),
                "fingerprint": details.fingerprint_text,
                "short_code": details.short_code,
                "key_history": history,
            }
        )
        return
    print_fields(
        [
            (_("Name"), p.name),
            (_("Id"), p.id),
            (_("Kind"), p.kind.value),
            (_("Country"), p.country or ""),
            (_("Fingerprint"), details.fingerprint_text),
            (_("Short code"), details.short_code),
            (
                _("Verified"),
                show_time(p.verified_at) + f" ({p.verified_by})"
                if p.verified_at and p.verified_by
                else _("no"),
            ),
            (_("Revoked"), show_time(p.revoked_at) if p.revoked_at else _("no")),
            (_("State"), partner_state(p)),
        ]
    )
    print_key_history(history)


@partner_group.command("verify")
@click.argument("partner_id")
@click.option("--code", help="The short code as the partner read it to you.")
@click.option("--fingerprint", help="The full fingerprint as the partner read it to you.")
@pass_cli
def partner_verify(
    cli: CliContext, partner_id: str, code: str | None, fingerprint: str | None
) -> None:
    """Mark a partner verified after comparing the short code (or fingerprint) with it."""
    if (code is None) == (fingerprint is None):
        raise click.UsageError(_("Give either --code or --fingerprint."))
    method = VerificationMethod.SHORT_CODE if code else VerificationMethod.FINGERPRINT
    with cli.open_session() as session:
        partner = partner_service.verify_partner(
            session, partner_id, method, code or fingerprint or ""
        )
    click.echo(
        _("{name} is verified. Bundles signed by it will be accepted.").format(name=partner.name)
    )


@partner_group.command("revoke")
@click.argument("partner_id")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_cli
def partner_revoke(cli: CliContext, partner_id: str, yes: bool) -> None:
    """Stop trusting a partner's keys (e.g. its laptop was seized)."""
    if not yes:
        click.confirm(_("Refuse every future bundle signed by this partner's keys?"), abort=True)
    with cli.open_session() as session:
        partner = partner_service.revoke_partner(session, partner_id)
    click.echo(_("{name}'s keys are revoked.").format(name=partner.name))


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(identity_group)
    group.add_command(partner_group)
