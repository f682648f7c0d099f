"""`export`, `import`, `conflict list|resolve`, `profile list|show|create|assign`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from casevault.cli.admission_text import show_refusals
from casevault.cli.context import CliContext
from casevault.cli.erasure_text import confirmed_notices, show_compliance, show_erasure_preview
from casevault.cli.evaluation_text import import_evaluation_lines
from casevault.cli.exchange_messages import register_exchange_messages
from casevault.cli.formatting import show_day_of, show_stamp
from casevault.cli.i18n import _
from casevault.cli.identity_messages import renamed_attachment_text
from casevault.cli.new_file import new_file
from casevault.cli.output import print_json, print_table
from casevault.services import conflicts as conflict_service
from casevault.services import export_preview, exports, import_verify, imports, transport
from casevault.services import profiles as profile_service
from casevault.services.erasure_notices import comply_with_notices
from casevault.services.incremental import SinceLastExchange
from casevault.services.partners import show_partner

pass_cli = click.make_pass_decorator(CliContext)
register_exchange_messages()


def _show_export_preview(preview: export_preview.ExportPreview) -> None:
    names = ", ".join(p.name for p in preview.recipients)
    click.echo(
        _("To: {names}  (redaction profile: {profile})").format(
            names=names, profile=preview.profile.name
        )
    )
    click.echo(
        _("Never leaves under this profile: {fields}").format(
            fields=", ".join(sorted(preview.profile.withheld())) or _("nothing")
        )
    )
    _show_since_last(preview.since_last)
    for case in preview.cases:
        click.echo(f"  {str(case.case_id)[:8]}  {case.display_name}")
        click.echo("      " + _("leaves: {f}").format(f=", ".join(case.leaving) or "-"))
        if case.withheld:
            click.echo("      " + _("stays home: {f}").format(f=", ".join(case.withheld)))
        if case.consent_missing:
            click.echo(
                "      "
                + _("NO CONSENT recorded for: {p}").format(
                    p=", ".join(pid[:8] for pid, status in case.consent if status != "granted")
                )
            )
    click.echo(_("{n} cases, {t} deletions.").format(n=len(preview.cases), t=preview.tombstones))


def _show_since_last(since: SinceLastExchange | None) -> None:
    """What is new since the partner's last acknowledgement (nothing for a full bundle)."""
    if since is None:
        click.echo(_("Everything is sent: there is no usable acknowledgement from this partner."))
        return
    click.echo(
        _(
            "New since your last exchange (acknowledged on {date}): {changed} cases changed,"
            " of them {new} new. {unchanged} unchanged cases are not sent again"
            " (--all sends everything)."
        ).format(
            date=show_day_of(since.acknowledged_at),
            changed=since.changed,
            new=since.new,
            unchanged=since.unchanged,
        )
    )


@click.command("export")
@click.option("--to", "partners", multiple=True, required=True, help="Partner id (repeatable).")
@click.option(
    "--case",
    "cases",
    multiple=True,
    help="Case id (repeatable); default: what changed since the partner's last acknowledgement.",
)
@click.option("--all", "send_all", is_flag=True, help="Send every case, not only what changed.")
@click.option("--armor", is_flag=True, help="Write text that can be pasted into an e-mail.")
@click.option("--dry-run", is_flag=True, help="Only show which fields of which cases would leave.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the bundle (default: the partner's outbox folder, if it has one).",
)
@click.option(
    "--override-reason",
    help="Send cases without the man's recorded consent; the reason is kept and audited.",
)
@click.option("--json", "as_json", is_flag=True, help="With --dry-run: print JSON.")
@pass_cli
def export_command(
    cli: CliContext,
    partners: tuple[str, ...],
    cases: tuple[str, ...],
    armor: bool,
    dry_run: bool,
    output: Path | None,
    override_reason: str | None,
    as_json: bool,
    send_all: bool,
) -> None:
    """Write a signed, encrypted bundle of cases for verified partners."""
    selection = list(cases) or None
    with cli.open_session() as session:
        if dry_run:
            preview = export_preview.preview_export(session, partners, selection, full=send_all)
            print_json(preview) if as_json else _show_export_preview(preview)
            return
        if output is None:  # the partner's outbox, if it has one (cli/transport_commands.py)
            output = transport.outbox_file_for(session, partners)
        if output is None:
            raise click.UsageError(_("Say where to write the bundle: -o FILE (or use --dry-run)."))
        total = len(selection) if selection else None
        with (
            new_file(output) as sink,
            click.progressbar(length=total or 1, label=_("Sealing bundle"), file=None) as bar,
        ):

            def progress(done: int, of: int) -> None:
                bar.length = of
                bar.update(1)

            result = exports.export_bundle(
                session,
                partners,
                sink,
                selection,
                armor=armor,
                progress=progress,
                override_reason=override_reason,
                full=send_all,
            )
    click.echo(
        _("Bundle {id} written to {path}: {n} cases, {e} evaluations.").format(
            id=result.bundle_id[:8], path=output, n=result.cases, e=result.evaluations
        )
    )


# The plan object and the duplicates map are shown per case ("cases"), not as themselves.
_NOT_IN_JSON = frozenset({"plans", "plan", "possible_duplicates"})


def _plan_dict(preview: imports.ImportPreview, plan: imports.CasePlan) -> dict[str, Any]:
    return {
        "case_id": str(plan.case_id),
        "name": plan.display_name,
        "new": plan.is_new,
        "changes": [
            {"field": c.field, "old": c.old, "new": c.new, "conflict": c.conflict}
            for c in plan.changes
        ],
        "possible_duplicates": [
            {
                "case_id": str(d.summary.id),
                "name": d.summary.display_name,
                "reasons": [r.value for r in d.reasons],
            }
            for d in preview.duplicates_of(plan)
        ],
    }


def _show_import_preview(preview: imports.ImportPreview) -> None:
    click.echo(
        _("From: {name} ({id}), made {when}").format(
            name=preview.sender_name,
            id=preview.sender_org_id[:8],
            when=show_stamp(preview.created_at),
        )
    )
    click.echo(_("Checks passed: {checks}").format(checks=", ".join(preview.checks_passed)))
    click.echo(_("New cases: {n}").format(n=len(preview.new_cases)))
    for plan in preview.new_cases:
        click.echo(f"  + {str(plan.case_id)[:8]}  {plan.display_name}")
        for dup in preview.duplicates_of(plan):
            click.echo(
                "      "
                + _("possible duplicate of {id} {name} ({why})").format(
                    id=str(dup.summary.id)[:8],
                    name=dup.summary.display_name,
                    why=", ".join(r.value for r in dup.reasons),
                )
            )
    click.echo(_("Changed cases: {n}").format(n=len(preview.changed_cases)))
    for plan in preview.changed_cases:
        click.echo(f"  ~ {str(plan.case_id)[:8]}  {plan.display_name}")
        for change in plan.changes:
            mark = _(" (CONFLICT: kept side by side)") if change.conflict else ""
            click.echo(
                f"      {change.field}: {json.dumps(change.old, ensure_ascii=False)} -> "
                f"{json.dumps(change.new, ensure_ascii=False)}{mark}"
            )
    click.echo(
        _(
            "Timeline events: {t}, evaluations: {e} (skipped, signer unknown: {s}), deletions: {d}"
        ).format(
            t=preview.new_timeline_events,
            e=preview.new_evaluations,
            s=preview.skipped_evaluations,
            d=preview.tombstones,
        )
    )
    for renamed in preview.renamed_attachments:
        click.echo(renamed_attachment_text(renamed))
    for line in import_evaluation_lines(preview.refused_evaluations, preview.uncounted_evaluations):
        click.echo("  ! " + line)
    show_refusals(preview.refusals, preview.closures, preview.sender_name)


@click.command("import")
@click.argument("bundle_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--preview-only", is_flag=True, help="Check and show, change nothing.")
@click.option("--yes", is_flag=True, help="Apply without asking.")
@click.option("--json", "as_json", is_flag=True, help="Print the preview as JSON.")
@click.option(
    "--erase-notified",
    "erase_notified",
    multiple=True,
    metavar="FULL-ID",
    help="Comply with the sender's erasure notice for this case: erase it (repeatable).",
)
@pass_cli
def import_command(
    cli: CliContext,
    bundle_file: Path,
    preview_only: bool,
    yes: bool,
    as_json: bool,
    erase_notified: tuple[str, ...],
) -> None:
    """Check a bundle completely, show what it changes, then apply it in one step."""
    with cli.open_session() as session, bundle_file.open("rb") as untrusted:
        staged = import_verify.verify_and_stage(session, untrusted)
        preview = imports.preview_import(session, staged)
        if as_json:
            print_json(
                {
                    **{k: v for k, v in vars(preview).items() if k not in _NOT_IN_JSON},
                    "cases": [_plan_dict(preview, p) for p in preview.plans],
                }
            )
        else:
            _show_import_preview(preview)
            show_erasure_preview(preview)
        if preview_only:
            return
        if not yes:
            click.confirm(_("Apply this bundle to your vault?"), abort=True, err=True)
        to_erase = confirmed_notices(preview, erase_notified, ask=not yes)
        with click.progressbar(
            length=max(1, len(staged.cases)), label=_("Applying"), file=None
        ) as bar:
            result = imports.apply_import(
                session, staged, progress=lambda _done, _total: bar.update(1)
            )
        compliance = comply_with_notices(session, staged, to_erase)
    click.echo(
        _("Imported: {n} new cases, {c} changed, {k} conflicts to resolve.").format(
            n=result.new_cases, c=result.changed_cases, k=result.conflicts
        ),
        err=True,
    )
    if result.replanned:
        click.echo(
            _(
                "Your vault changed after the preview, so the bundle was checked again against"
                " it before anything was applied."
            ),
            err=True,
        )
    show_compliance(preview, compliance)


@click.group("conflict")
def conflict_group() -> None:
    """Concurrent edits kept side by side: list and resolve."""


@conflict_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def conflict_list(cli: CliContext, as_json: bool) -> None:
    """List every field in conflict, with the competing values."""
    with cli.open_session() as session:
        found = conflict_service.list_conflicts(session)
    if as_json:
        print_json(found)
        return
    if not found:
        click.echo(_("No conflicts."))
    for conflict in found:
        click.echo(f"{str(conflict.case_id)[:8]}  {conflict.display_name}  [{conflict.field}]")
        for number, option in enumerate(conflict.options, start=1):
            value = json.dumps(option.value, ensure_ascii=False)
            click.echo(f"    {number}. {value}   ({option.node[:8]}, {option.stamp[:16]})")


@conflict_group.command("resolve")
@click.argument("case_id")
@click.argument("field")
@click.option("--pick", type=click.IntRange(1), required=True, help="Option number, as listed.")
@pass_cli
def conflict_resolve(cli: CliContext, case_id: str, field: str, pick: int) -> None:
    """Keep one of the competing values; the choice travels to partners too."""
    with cli.open_session() as session:
        value = conflict_service.resolve_conflict(session, case_id, field, pick - 1)
    click.echo(
        _("Kept {value} for {field}.").format(
            value=json.dumps(value, ensure_ascii=False), field=field
        )
    )


@click.group("profile")
def profile_group() -> None:
    """Redaction profiles: which fields leave, per partner."""


@profile_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def profile_list(cli: CliContext, as_json: bool) -> None:
    """List profiles and what each keeps home."""
    with cli.open_session() as session:
        found = profile_service.list_profiles(session)
    rows = [
        {
            "name": p.name,
            "builtin": p.builtin,
            "fields": sorted(p.fields),
            "withheld": sorted(p.withheld()),
        }
        for p in found
    ]
    if as_json:
        print_json(rows)
        return
    print_table(
        [_("Profile"), _("Keeps home")],
        [[p.name, ", ".join(sorted(p.withheld())) or "-"] for p in found],
    )


@profile_group.command("create")
@click.argument("name")
@click.option("--field", "fields", multiple=True, required=True, help="A field that may leave.")
@pass_cli
def profile_create(cli: CliContext, name: str, fields: tuple[str, ...]) -> None:
    """Create (or replace) a custom profile listing the fields that may leave."""
    with cli.open_session() as session:
        profile_service.save_profile(session, name, list(fields))
    click.echo(_("Profile {name} saved.").format(name=name))


@profile_group.command("assign")
@click.argument("partner_id")
@click.argument("name")
@pass_cli
def profile_assign(cli: CliContext, partner_id: str, name: str) -> None:
    """Use profile NAME for everything sent to a partner."""
    with cli.open_session() as session:
        partner = show_partner(session, partner_id).partner
        profile_service.assign_profile(session, partner.id, name)
    click.echo(
        _("{partner} now receives the {name} profile.").format(partner=partner.name, name=name)
    )


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    for command in (export_command, import_command, conflict_group, profile_group):
        group.add_command(command)
