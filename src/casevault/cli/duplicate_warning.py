"""Duplicate reasons in plain words, and the warning `case add` prints for possible duplicates."""

from __future__ import annotations

import uuid

import click

from casevault.cli.i18n import N_, _
from casevault.domain.case import CaseFields
from casevault.services import duplicates
from casevault.services.duplicates import DuplicateReason, PossibleDuplicate
from casevault.services.session import Session

_REASONS = {
    DuplicateReason.SAME_NAME: N_("same name"),
    DuplicateReason.SAME_NAME_OTHER_SPELLING: N_("same name in another spelling"),
    DuplicateReason.SAME_DATE_OF_BIRTH: N_("same date of birth"),
    DuplicateReason.DATE_OF_BIRTH_MISSING: N_("date of birth missing on one of them"),
}


def describe_reasons(reasons: tuple[DuplicateReason, ...]) -> str:
    """Reasons as one translated phrase: "same name in another spelling, same date of birth"."""
    return ", ".join(_(_REASONS[reason]) for reason in reasons)


def warn_possible_duplicates(session: Session, fields: CaseFields, case_id: uuid.UUID) -> None:
    """After `case add`: one line on stderr per existing case that may be the same man."""
    found: list[PossibleDuplicate] = duplicates.find_duplicates_for(session, fields, case_id)
    for dup in found:
        click.echo(
            _("Warning: possible duplicate of case {id} ({name}): {reasons}.").format(
                id=str(dup.summary.id)[:8],
                name=dup.summary.display_name,
                reasons=describe_reasons(dup.reasons),
            ),
            err=True,
        )
    if found:
        click.echo(
            _("Check them, then use 'case link' (same man) or 'case link --distinct'."), err=True
        )
