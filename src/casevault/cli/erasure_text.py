"""Erasure in the import command: what a bundle's erasure notices would do, the confirmation
each needs, and what complying did; plus the messages of the erasure errors."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Sequence

import click

from casevault.cli import messages
from casevault.cli.formatting import show_day_of
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_INVALID_INPUT, EXIT_STORAGE
from casevault.cli.os_words import os_cause
from casevault.services.erasure_notices import ComplianceResult, NoticeAction, NoticePlan
from casevault.services.errors import CaseErased, CompactionFailed, RelatedCasesNotConfirmed
from casevault.services.imports import ImportPreview


def show_erasure_preview(preview: ImportPreview) -> None:
    """The refused records of erased cases (ids only) and each erasure notice."""
    if preview.erased_here:
        click.echo(
            _(
                "Refused: records of {n} case(s) erased here at the man's request (they never "
                "come back): {ids}"
            ).format(n=len(preview.erased_here), ids=", ".join(str(c) for c in preview.erased_here))
        )
    for plan in preview.erasure_notices:
        click.echo(_notice_line(preview.sender_name, plan))


def _notice_line(sender: str, plan: NoticePlan) -> str:
    when = show_day_of(plan.erased_at)
    if plan.action is NoticeAction.ERASE:
        text = _(
            "ERASURE NOTICE: {sender} erased case {id} ({name} as held here) at the man's "
            "request on {when}. Erase it here too with --erase-notified {id}."
        ).format(sender=sender, id=plan.case_id, name=plan.display_name, when=when)
        if plan.related:
            text += " " + _("Cases of the same man erased with it: {ids}").format(
                ids=", ".join(str(c) for c in plan.related)
            )
        return text
    reasons = {
        NoticeAction.ALREADY_ERASED: _("already erased here; compliance will be recorded"),
        NoticeAction.ALREADY_COMPLIED: _("already complied with"),
        NoticeAction.NOT_HELD: _("this vault never held that case; nothing to do"),
        NoticeAction.SENDER_NEVER_HAD_IT: _(
            "IGNORED: the sender never held this case (not its origin, not sent to or from it)"
        ),
    }
    return _("Erasure notice from {sender} about case {id}: {reason}").format(
        sender=sender, id=plan.case_id, reason=reasons[plan.action]
    )


def confirmed_notices(preview: ImportPreview, typed: Sequence[str], ask: bool) -> set[uuid.UUID]:
    """The case ids whose erasure a person confirmed: given with --erase-notified (full ids),
    or, at a terminal without --yes, answered yes one by one."""
    wanted = {t.strip().lower() for t in typed}
    confirmed: set[uuid.UUID] = set()
    for plan in preview.erasure_notices:
        if plan.action is not NoticeAction.ERASE:
            continue
        if str(plan.case_id) in wanted:
            confirmed.add(plan.case_id)
        elif ask and sys.stdin.isatty():
            question = _("Erase case {id} ({name}) for good, as {sender} asks?").format(
                id=plan.case_id, name=plan.display_name, sender=preview.sender_name
            )
            if click.confirm(question, default=False, err=True):
                confirmed.add(plan.case_id)
    return confirmed


def show_compliance(preview: ImportPreview, result: ComplianceResult) -> None:
    """What complying with the notices did; and the notices still waiting for a yes."""
    for case_id in result.erased:
        click.echo(_("Case {id} is erased for good, as notified.").format(id=case_id), err=True)
    waiting = [
        p
        for p in preview.erasure_notices
        if p.action is NoticeAction.ERASE and p.case_id not in result.erased
    ]
    if waiting:
        click.echo(
            _(
                "{n} erasure notice(s) not complied with yet; the sender's next bundle brings "
                "them again."
            ).format(n=len(waiting)),
            err=True,
        )


def register_messages() -> None:
    """Plain words for the erasure errors."""
    messages.register(
        CaseErased,
        lambda e: _(
            "Case {id} was erased at the man's request. An erasure is final: it cannot be "
            "restored, unmerged or imported again."
        ).format(id=e.case_id),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        RelatedCasesNotConfirmed,
        lambda e: _(
            "Nothing was erased: {n} other case(s) belong to the same man (merged or linked as "
            "duplicates): {ids}. Check them with 'case show', then repeat each full id with "
            "--also to erase them too."
        ).format(n=len(e.related), ids=", ".join(e.related)),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        CompactionFailed,
        lambda e: _(
            "The man's records ARE erased ({ids}), but the vault could not be compacted "
            "({detail}): traces may remain in the database's free space until it is. Close "
            "other programs using the vault and run 'casevault compact'."
        ).format(ids=", ".join(e.case_ids), detail=os_cause(e.detail)),
        EXIT_STORAGE,
    )
