"""`transport set|show|clear|send|run|pending|accept|reject`: outbox and inbox folders per peer.

CaseVault only reads and writes files in folders; a USB stick, a shared drive or Syncthing moves
them (docs/transport.md). Picking up runs the same verify -> preview -> apply as `import`.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from casevault.cli.context import CliContext
from casevault.cli.exchange_commands import import_command
from casevault.cli.i18n import _
from casevault.cli.messages import describe
from casevault.cli.output import print_json, print_table
from casevault.cli.transport_text import refusal_text, register_transport_messages, wait_text
from casevault.domain.transport import Outcome
from casevault.services import inbox, transport
from casevault.services.inbox import FileReport, PassReport, Sightings
from casevault.services.session import Session

pass_cli = click.make_pass_decorator(CliContext)
register_transport_messages()

_DIR = click.Path(path_type=Path, file_okay=False)
_NODE_HELP = "PEER is the node id of another laptop of your organisation (see `node list`)."


@click.group("transport")
def transport_group() -> None:
    """Outbox and inbox folders per partner or laptop (USB stick, shared drive, Syncthing)."""


@transport_group.command("set")
@click.argument("peer")
@click.option("--node", is_flag=True, help=_NODE_HELP)
@click.option("--outbox", type=_DIR, help="Folder where bundles for this peer are written.")
@click.option("--inbox", type=_DIR, help="Folder where this peer's bundles arrive.")
@click.option(
    "--auto-apply/--no-auto-apply",
    default=None,
    help="Apply bundles that need no decision on their own (off unless turned on).",
)
@click.option(
    "--send-on-pass/--no-send-on-pass",
    default=None,
    help="Also send a bundle on every pick-up pass when something changed.",
)
@pass_cli
def transport_set(
    cli: CliContext,
    peer: str,
    node: bool,
    outbox: Path | None,
    inbox: Path | None,
    auto_apply: bool | None,
    send_on_pass: bool | None,
) -> None:
    """Give a partner (or, with --node, another laptop) an outbox and/or an inbox folder."""
    with cli.open_session() as session:
        target = transport.resolve_peer(session, peer, node=node)
        shown = transport.set_folders(
            session,
            target,
            outbox=outbox,
            inbox=inbox,
            auto_apply=auto_apply,
            send_on_pass=send_on_pass,
        )
    _show([shown])


def _show(rows: list[transport.PeerFolders]) -> None:
    if not rows:
        click.echo(_("No transport folders are set."))
        return
    for row in rows:
        click.echo(f"{row.name}  ({row.peer.kind.value} {row.peer.id[:8]})")
        click.echo("    " + _("outbox: {path}").format(path=row.outbox or "-"))
        click.echo("    " + _("inbox:  {path}").format(path=row.inbox or "-"))
        click.echo(
            "    "
            + (_("automatic import: on") if row.auto_apply else _("automatic import: off"))
            + "; "
            + (_("sends on every pass: on") if row.send_on_pass else _("sends on every pass: off"))
        )


@transport_group.command("show")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def transport_show(cli: CliContext, as_json: bool) -> None:
    """List every peer's folders and settings."""
    with cli.open_session() as session:
        rows = transport.list_folders(session)
    if not as_json:
        _show(rows)
        return
    print_json(
        [
            {
                "peer_kind": row.peer.kind.value,
                "peer_id": row.peer.id,
                "name": row.name,
                "outbox": str(row.outbox) if row.outbox else None,
                "inbox": str(row.inbox) if row.inbox else None,
                "auto_apply": row.auto_apply,
                "send_on_pass": row.send_on_pass,
            }
            for row in rows
        ]
    )


@transport_group.command("clear")
@click.argument("peer")
@click.option("--node", is_flag=True, help=_NODE_HELP)
@pass_cli
def transport_clear(cli: CliContext, peer: str, node: bool) -> None:
    """Forget a peer's folders (the folders and their files are left as they are)."""
    with cli.open_session() as session:
        removed = transport.clear_folders(session, transport.resolve_peer(session, peer, node=node))
    click.echo(_("Folders forgotten.") if removed else _("This peer had no folders."))


@transport_group.command("send")
@click.argument("peer")
@click.option("--node", is_flag=True, help=_NODE_HELP)
@pass_cli
def transport_send(cli: CliContext, peer: str, node: bool) -> None:
    """Write a bundle for a peer into its outbox now (the same bundle `export` would write)."""
    with cli.open_session() as session:
        sent = transport.send(session, transport.resolve_peer(session, peer, node=node))
    click.echo(
        _("Bundle {id} written to the outbox as {name}: {n} cases.").format(
            id=sent.export.bundle_id[:8], name=sent.file_name, n=sent.export.cases
        )
    )


def _file_line(report: FileReport) -> str:
    name = report.file_name
    if report.outcome is Outcome.APPLIED and report.result is not None:
        return _("{file}: imported ({n} new cases, {c} changed).").format(
            file=name, n=report.result.new_cases, c=report.result.changed_cases
        )
    if report.outcome is Outcome.WAITING:
        return _("{file}: waits for you: {why}.").format(
            file=name, why=wait_text(report.waiting_for)
        )
    if report.outcome is Outcome.ALREADY:
        return _("{file}: already handled before; not imported again.").format(file=name)
    line = _("{file}: refused and moved to refused/: {why}.").format(
        file=name, why=refusal_text(report.refusal) if report.refusal else "-"
    )
    described = describe(report.error) if report.error is not None else None
    return line + (" " + described[0] if described else "")


def _show_pass(report: PassReport) -> None:
    for file_report in report.files:
        click.echo(_file_line(file_report))
    for sent in report.sent:
        click.echo(
            _("Sent bundle {id} to the outbox as {name}.").format(
                id=sent.export.bundle_id[:8], name=sent.file_name
            )
        )
    for failure in report.send_failures:
        described = describe(failure.error)
        click.echo(
            _("Could not send to {peer}: {why}").format(
                peer=failure.peer.id[:8], why=described[0] if described else repr(failure.error)
            ),
            err=True,
        )
    for peer in report.missing_inboxes:
        click.echo(
            _("The inbox of {peer} cannot be reached now (not connected?).").format(
                peer=peer.id[:8]
            ),
            err=True,
        )
    if report.still_arriving:
        click.echo(
            _("{n} file(s) still arriving; they are picked up on a later pass.").format(
                n=report.still_arriving
            )
        )


def _one_pass(session: Session, sightings: Sightings, send: bool) -> PassReport:
    report = inbox.run_pass(session, sightings, send=send)
    _show_pass(report)
    return report


@transport_group.command("run")
@click.option(
    "--watch",
    type=click.IntRange(min=5),
    metavar="SECONDS",
    help="Keep going: a pass every SECONDS seconds until interrupted (Ctrl+C).",
)
@click.option(
    "--settle",
    type=click.FloatRange(min=0, max=600),
    default=2.0,
    show_default=True,
    help="Seconds between the two looks that tell a complete file from one still arriving.",
)
@click.option("--no-send", is_flag=True, help="Only pick up; send nothing on this pass.")
@pass_cli
def transport_run(cli: CliContext, watch: int | None, settle: float, no_send: bool) -> None:
    """Pick up complete new bundles from every inbox: verify, preview, apply or set aside.

    A bundle waits for you (see `transport pending`) unless automatic import is on for its
    sender and nothing in it needs a decision. A file is taken only when two looks, SETTLE
    seconds apart, see it unchanged.
    """
    sightings = Sightings()
    with cli.open_session() as session:
        inbox.run_pass(session, sightings, send=False)  # the first look
        if watch is None:
            time.sleep(settle)
            _one_pass(session, sightings, not no_send)
            return
        try:
            while True:
                time.sleep(watch)
                _one_pass(session, sightings, not no_send)
        except KeyboardInterrupt:
            click.echo(_("Stopped."), err=True)


@transport_group.command("pending")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def transport_pending(cli: CliContext, as_json: bool) -> None:
    """Bundles that wait for a person, and why."""
    with cli.open_session() as session:
        waiting = inbox.list_waiting(session)
    if as_json:
        print_json(
            [
                {
                    "sha256": w.sha256,
                    "peer_kind": w.peer.kind.value,
                    "peer_id": w.peer.id,
                    "from": w.peer_name,
                    "path": str(w.path),
                    "bundle_id": w.bundle_id,
                    "reasons": [r.value for r in w.reasons],
                    "arrived": w.seen_at,
                }
                for w in waiting
            ]
        )
        return
    if not waiting:
        click.echo(_("No bundle waits for you."))
        return
    print_table(
        [_("File"), _("From"), _("Arrived on"), _("Why it waits")],
        [[w.sha256[:8], w.peer_name, w.seen_at[:16], wait_text(w.reasons)] for w in waiting],
    )
    click.echo(_("Review one with: casevault transport accept FILE  (or reject it)."))


@transport_group.command("history")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def transport_history(cli: CliContext, limit: int, as_json: bool) -> None:
    """The inbox files picked up most recently: imported, waiting, refused (and why)."""
    with cli.open_session() as session:
        handled = inbox.handled_files(session, limit)
    if as_json:
        print_json(
            [
                {
                    "sha256": h.sha256,
                    "from": h.peer_name,
                    "file": h.file_name,
                    "outcome": h.outcome.value,
                    "refusal": h.refusal.value if h.refusal else None,
                    "waiting_for": [r.value for r in h.waiting_for],
                    "bundle_id": h.bundle_id,
                    "seen_at": h.seen_at,
                }
                for h in handled
            ]
        )
        return
    if not handled:
        click.echo(_("No file was picked up yet."))
        return
    print_table(
        [_("Arrived on"), _("From"), _("File"), _("What happened")],
        [[h.seen_at[:16], h.peer_name, h.file_name, _outcome_text(h)] for h in handled],
    )


def _outcome_text(handled: inbox.HandledFile) -> str:
    if handled.outcome is Outcome.REFUSED and handled.refusal is not None:
        return _("refused: {why}").format(why=refusal_text(handled.refusal))
    if handled.outcome is Outcome.WAITING:
        return _("waits for you: {why}").format(why=wait_text(handled.waiting_for))
    if handled.outcome is Outcome.APPLIED:
        return _("imported")
    return _("already handled before")


@transport_group.command("accept")
@click.argument("file_ref", metavar="FILE")
@click.option("--yes", is_flag=True, help="Apply without asking.")
@click.pass_context
def transport_accept(ctx: click.Context, file_ref: str, yes: bool) -> None:
    """Review a waiting bundle exactly as `import` does (preview, then apply), then file it."""
    cli = ctx.find_object(CliContext)
    if cli is None:  # pragma: no cover - the top-level group always sets it
        raise click.UsageError(_("No vault is open."))
    with cli.open_session() as session:
        waiting = inbox.find_waiting(session, file_ref)
    ctx.invoke(
        import_command,
        bundle_file=waiting.path,
        preview_only=False,
        yes=yes,
        as_json=False,
        erase_notified=(),
    )
    with cli.open_session() as session:
        inbox.finish_waiting(session, waiting, applied=True)
    click.echo(_("Moved to processed/."))


@transport_group.command("reject")
@click.argument("file_ref", metavar="FILE")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_cli
def transport_reject(cli: CliContext, file_ref: str, yes: bool) -> None:
    """Do not import a waiting bundle: move it to refused/ (the vault is not changed)."""
    with cli.open_session() as session:
        waiting = inbox.find_waiting(session, file_ref)
        if not yes:
            click.confirm(
                _("Move {file} to refused/ without importing it?").format(file=waiting.path.name),
                abort=True,
            )
        inbox.finish_waiting(session, waiting, applied=False)
    click.echo(_("Moved to refused/."))


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(transport_group)
