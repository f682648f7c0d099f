"""`casevault check`: run every integrity check on the vault and say what is wrong and what to
do (services/check.py). Exit 0 if the vault is sound, EXIT_DAMAGED if anything is wrong."""

from __future__ import annotations

import sys

import click

from casevault.cli.context import CliContext
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_DAMAGED
from casevault.cli.output import print_json
from casevault.services.check import Advice, CheckReport, Finding, FindingKind, check_vault

pass_cli = click.make_pass_decorator(CliContext)


def _pages(finding: Finding) -> str:
    if not finding.pages:
        return _("{n} damaged part(s) of the database file").format(n=finding.count)
    return _("damaged pages of the database file: {pages}").format(
        pages=", ".join(str(page) for page in finding.pages)
    )


def _audit_break(finding: Finding) -> str:
    what = {
        "hash": _("entry {seq} was altered"),
        "link": _("the entry before {seq} was altered or removed"),
        "gap": _("entry {seq} was removed"),
        "tail": _("the newest entries (from {seq}) were removed"),
    }.get(finding.audit_problem or "", _("entry {seq} was altered"))
    return _("The audit trail was tampered with: {what}.").format(
        what=what.format(seq=finding.audit_seq)
    )


def describe_finding(finding: Finding) -> str:
    """One sentence per finding."""
    if finding.kind is FindingKind.DAMAGED_PAGES:
        return _(
            "Part of the database file is damaged or was altered ({where}): it no longer "
            "reads back as it was written."
        ).format(where=_pages(finding))
    if finding.kind is FindingKind.BROKEN_STRUCTURE:
        return _("The database's tables or indexes are broken ({n} problem(s) found).").format(
            n=finding.count
        )
    if finding.kind is FindingKind.AUDIT_BROKEN:
        return _audit_break(finding)
    if finding.kind is FindingKind.EVALUATIONS_INVALID:
        return _(
            "{n} signed evaluation(s) no longer match their signatures: they were altered "
            "after signing and must not be relied on ({ids})."
        ).format(n=finding.count, ids=", ".join(i[:8] for i in finding.evaluation_ids))
    if finding.area.value == "audit":
        return _("The audit trail cannot be read: the part of the file that holds it is damaged.")
    return _(
        "The signed evaluations cannot be read: the part of the file that holds them is damaged."
    )


def describe_advice(advice: Advice) -> str:
    """What to do, as an instruction."""
    if advice is Advice.RESTORE_COPY:
        return _(
            "Restore a backup copy of the whole vault folder made before the damage (close "
            "CaseVault first), then run 'casevault check' on it."
        )
    return _(
        "Ask your partners to send their cases and evaluations again and import them; what "
        "you sent them can be sent back to you the same way."
    )


def _print_report(report: CheckReport) -> None:
    if report.sound:
        click.echo(
            _(
                "The vault is sound: every page of the database is authentic, its tables and "
                "indexes are intact, the audit trail is unbroken (entries: {audit}) and every "
                "signed evaluation verifies (evaluations: {evaluations})."
            ).format(audit=report.audit_entries, evaluations=report.evaluations)
        )
        return
    click.echo(_("The vault has problems:"))
    for finding in report.findings:
        click.echo(f"  - {describe_finding(finding)}")
    click.echo(_("What to do:"))
    for number, advice in enumerate(report.advice, start=1):
        click.echo(f"  {number}. {describe_advice(advice)}")


@click.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_cli
def check_command(cli: CliContext, as_json: bool) -> None:
    """Check the vault for damage and tampering, and say what to do."""
    with cli.open_session() as session:
        report = check_vault(session)
    if as_json:
        print_json(
            {
                "sound": report.sound,
                "findings": report.findings,
                "advice": report.advice,
                "audit_entries": report.audit_entries,
                "evaluations": report.evaluations,
            }
        )
    else:
        _print_report(report)
    if not report.sound:
        sys.exit(EXIT_DAMAGED)


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(check_command)
