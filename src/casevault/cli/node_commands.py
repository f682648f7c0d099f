"""`node request|enrol|accept|list|remove|status|drop-org-keys` and `sync export`: several
laptops, one organisation."""

from __future__ import annotations

from pathlib import Path

import click

from casevault.cli.context import CliContext
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_DAMAGED, EXIT_INVALID_INPUT
from casevault.cli.messages import register as register_message
from casevault.cli.new_file import new_file
from casevault.cli.output import print_json, print_table
from casevault.exchange.errors import NodeCertificateInvalid, NodeRevoked
from casevault.services import exports, node_keys, nodes
from casevault.services.errors import (
    BundleFromThisNode,
    EnrolmentCodeMismatch,
    NodeNotCertified,
    NodeRemoved,
    VaultNotEmpty,
)
from casevault.vault.errors import OrgKeysNotHeld

pass_cli = click.make_pass_decorator(CliContext)
MAX_CARD_INPUT = 64 * 1024

register_message(
    NodeRemoved,
    lambda e: _(
        "This bundle comes from a laptop that was removed from your organisation. "
        "Nothing was imported."
    ),
    EXIT_DAMAGED,
)
register_message(
    NodeRevoked,
    lambda e: _(
        "This bundle was signed on a laptop that its organisation has removed (for example "
        "because it was seized). Nothing was imported. Bundles from that laptop are refused "
        "whatever date they carry; ask for anything you still need to be sent again from "
        "another laptop."
    ),
    EXIT_DAMAGED,
)
register_message(
    NodeCertificateInvalid,
    lambda e: _(
        "This bundle was signed on a laptop whose certificate from its organisation is forged "
        "or damaged. Nothing was imported. Call the sender before doing anything else."
    ),
    EXIT_DAMAGED,
)
register_message(
    NodeNotCertified,
    lambda e: _(
        "This laptop's own keys are not yet certified by your organisation's current keys, so "
        "it cannot do without the organisation's keys. Nothing was changed. Unlock it once "
        "while it still holds them (it certifies itself), or enrol it again."
    ),
    EXIT_INVALID_INPUT,
)
register_message(
    OrgKeysNotHeld,
    lambda e: _(
        "Your organisation's keys are not kept on this laptop. Do this on a laptop that keeps "
        "them (see docs/laptops.md)."
    ),
    EXIT_INVALID_INPUT,
)
register_message(
    BundleFromThisNode,
    lambda e: _("This bundle was made on this laptop; there is nothing to import."),
    EXIT_INVALID_INPUT,
)
register_message(
    VaultNotEmpty,
    lambda e: _("Only a new, empty vault can join an organisation ({n} records here).").format(
        n=e.records
    ),
    EXIT_INVALID_INPUT,
)
register_message(
    EnrolmentCodeMismatch,
    lambda e: _(
        "The code you typed is not the one the new laptop shows. Nothing was sealed or written. "
        "Enrolment is done in person: with both laptops side by side, make a new join request "
        "on the new laptop and type the code it shows."
    ),
    EXIT_DAMAGED,
)


@click.group("node")
def node_group() -> None:
    """This organisation's laptops: join, enrol, list, remove.

    Enrolment is done in person, with both laptops side by side: each shows a code that the
    person types on the other.
    """


@node_group.command("request")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
@pass_cli
def node_request(cli: CliContext, output: Path) -> None:
    """On a NEW laptop (fresh vault): write the request to join your organisation.

    Enrolment is done in person: bring this laptop next to an enrolled one; its person types
    the code shown here.
    """
    with cli.open_session() as session:
        request = nodes.create_join_request(session)
    with new_file(output) as sink:
        sink.write(request.card)
    click.echo(
        _("Join request written to {path}. Take it to an enrolled laptop.").format(path=output)
    )
    click.echo(
        _(
            "Enrolment is done in person, with both laptops side by side. "
            "Type this code on the enrolling laptop (never read it over a phone or send it):"
        )
    )
    click.echo(f"    {request.code}")


@node_group.command("enrol")
@click.argument("request_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
@click.option(
    "--code",
    help="The code the NEW laptop shows (asked for if not given). Enrolment is done in person.",
)
@pass_cli
def node_enrol(cli: CliContext, request_file: Path, output: Path, code: str | None) -> None:
    """On an ENROLLED laptop, next to the new one: make the enrolment bundle for a join request.

    Enrolment is done in person, with both laptops side by side. Nothing is sealed or written
    until the code shown on the new laptop has been typed here.
    """
    untrusted = request_file.read_bytes()[:MAX_CARD_INPUT]
    if code is None:
        code = click.prompt(
            _(
                "Enrolment is done in person, with both laptops side by side. "
                "Type the code the new laptop shows"
            ),
            err=True,
        )
    nodes.check_join_request(untrusted, code)  # before a file is made or a key is touched
    with cli.open_session() as session, new_file(output) as sink:
        result = nodes.enrol_node(session, untrusted, code, sink)
    click.echo(
        _(
            "Enrolment bundle written to {path}. It holds your organisation's keys, "
            "encrypted for the new laptop only."
        ).format(path=output)
    )
    click.echo(
        _(
            "Give the new laptop this file and your identity card "
            "(casevault identity export -o org.card); type this code on it:"
        )
    )
    click.echo(f"    {result.short_code}")


@node_group.command("accept")
@click.argument("bundle_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--org-card",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    required=True,
    help="The organisation's identity card.",
)
@click.option(
    "--code", required=True, help="The code the enrolling laptop shows (both laptops side by side)."
)
@pass_cli
def node_accept(cli: CliContext, bundle_file: Path, org_card: Path, code: str) -> None:
    """On the NEW laptop, next to the enrolling one: become a node of the organisation.

    Enrolment is done in person: type the code the enrolling laptop shows.
    """
    card = org_card.read_bytes()[:MAX_CARD_INPUT]
    with cli.open_session() as session, bundle_file.open("rb") as untrusted:
        name = nodes.accept_enrolment(session, untrusted, card, code)
    click.echo(
        _("This laptop is now a node of {name}. Sync with: casevault sync export").format(name=name)
    )


@node_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def node_list(cli: CliContext, as_json: bool) -> None:
    """This laptop's node id and the other laptops heard from."""
    with cli.open_session() as session:
        own, others = nodes.list_nodes(session)
    if as_json:
        print_json({"this_node": own, "others": others})
        return
    click.echo(_("This laptop: {id}").format(id=own))
    print_table(
        [_("Node"), _("Last bundle applied"), _("Removed")],
        [[n.node_id, n.last_bundle_applied or "", n.removed_at or ""] for n in others],
    )


@node_group.command("remove")
@click.argument("node_id")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_cli
def node_remove(cli: CliContext, node_id: str, yes: bool) -> None:
    """Refuse every later bundle from a laptop (e.g. it was seized), here, at your other
    laptops and at partners. See docs/laptops.md."""
    if not yes:
        click.confirm(
            _("Refuse every future bundle from node {id}?").format(id=node_id), abort=True
        )
    with cli.open_session() as session:
        signed = nodes.remove_node(session, node_id)
    if signed:
        click.echo(
            _(
                "Laptop removed. A signed revocation now goes in every bundle you send, to your "
                "other laptops and to partners; once they import one, that laptop's bundles are "
                "refused there too. If that laptop also kept the organisation's keys, rotate "
                "them as well (docs/laptops.md)."
            )
        )
    else:
        click.echo(
            _(
                "Laptop removed on this laptop only: this laptop does not keep the "
                "organisation's keys, so it cannot sign the revocation. Remove it again on a "
                "laptop that keeps them (docs/laptops.md)."
            )
        )


@node_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def node_status(cli: CliContext, as_json: bool) -> None:
    """This laptop's own keys: their fingerprint, whether the organisation certified them, and
    whether this laptop keeps the organisation's keys."""
    with cli.open_session() as session:
        status = node_keys.ensure_node_identity(session)
    if as_json:
        print_json(status)
        return
    click.echo(_("This laptop: {id}").format(id=status.node_id))
    click.echo(_("Its own keys: {fingerprint}").format(fingerprint=status.fingerprint))
    click.echo(
        _("Certified by the organisation: yes")
        if status.certified
        else _("Certified by the organisation: no (it signs with the organisation's keys)")
    )
    click.echo(
        _("Keeps the organisation's keys: yes")
        if status.holds_org_keys
        else _("Keeps the organisation's keys: no")
    )


@node_group.command("drop-org-keys")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_cli
def node_drop_org_keys(cli: CliContext, yes: bool) -> None:
    """Remove the organisation's keys from THIS laptop; it keeps working with its own,
    certified keys. See docs/laptops.md."""
    if not yes:
        click.confirm(
            _(
                "Remove your organisation's private keys from this laptop for good? It will "
                "still sync, export and import with its own keys, but it can no longer enrol "
                "laptops, rotate keys, sign evaluations or identity cards. Make sure another "
                "laptop keeps the organisation's keys: without one, nobody can do these again"
            ),
            abort=True,
        )
    with cli.open_session() as session:
        node_keys.drop_org_keys(session)
    click.echo(_("The organisation's keys were removed from this laptop."))


@click.group("sync")
def sync_group() -> None:
    """Keep this organisation's laptops in step (bundles, no server)."""


@sync_group.command("export")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
@click.option("--armor", is_flag=True, help="Write text that can be pasted into an e-mail.")
@click.option("--all", "send_all", is_flag=True, help="Send every case, not only what changed.")
@pass_cli
def sync_export(cli: CliContext, output: Path, armor: bool, send_all: bool) -> None:
    """Write what your other laptops lack (import it there with `casevault import`)."""
    with cli.open_session() as session, new_file(output) as sink:
        result = exports.export_bundle(
            session, [], sink, armor=armor, to_own_nodes=True, full=send_all
        )
    click.echo(_("Sync bundle written to {path}: {n} cases.").format(path=output, n=result.cases))


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(node_group)
    group.add_command(sync_group)
