"""Plain words for what an import refused to apply (services/admission.py) and for partners
closing their copy of a case (services/partner_closures.py), in the CLI.

One sentence per (record kind, reason): what was not applied, and why, in terms of what was
sent to whom. The GUI says the same in gui/exchange/admission_text.py.
"""

from __future__ import annotations

import datetime as dt

import click

from casevault.cli.formatting import show_day_of
from casevault.cli.i18n import N_, _
from casevault.exchange.admission import RecordKind, RefusalReason
from casevault.services.admission import ClosingNotice, Refusal
from casevault.services.partner_closures import PartnerClosure

_K = RecordKind
_R = RefusalReason
_SENTENCES: dict[tuple[RecordKind, RefusalReason], str] = {
    (_K.CASE, _R.CASE_NOT_SHARED): N_(
        "{case}: not changed. {sender} never received this case from you, so it may not "
        "change it (it tried: {fields})."
    ),
    (_K.CASE, _R.FIELD_NOT_SHARED): N_(
        "{case}: {fields} not changed. These fields were never sent to {sender}."
    ),
    (_K.CASE, _R.CLAIMS_OUR_ORIGIN): N_(
        "{case}: refused. It claims to be a case of your own organisation, but your vault "
        "does not hold it; your cases reach you only from your own laptops."
    ),
    (_K.CASE, _R.OTHER_ORIGIN): N_(
        "{case}: it claims to come from {origin}. Only {sender} signed it, so it is kept as "
        "coming from {sender}."
    ),
    (_K.TIMELINE, _R.CASE_NOT_SHARED): N_(
        "{case}: {count} timeline event(s) refused. {sender} never received this case from you."
    ),
    (_K.TIMELINE, _R.CLAIMS_OUR_ORIGIN): N_(
        "{case}: {count} timeline event(s) refused. They claim to be written by your own "
        "organisation, but came from {sender}."
    ),
    (_K.TIMELINE, _R.OTHER_ORIGIN): N_(
        "{case}: {count} timeline event(s) claim to come from {origin}; they are kept as "
        "coming from {sender}, who signed them."
    ),
    (_K.ATTACHMENT, _R.CASE_NOT_SHARED): N_(
        "{case}: {count} attachment(s) refused. {sender} never received this case from you."
    ),
    (_K.ATTACHMENT, _R.CLAIMS_OUR_ORIGIN): N_(
        "{case}: {count} attachment(s) refused. They claim to be added by your own "
        "organisation, but came from {sender}."
    ),
    (_K.ATTACHMENT, _R.OTHER_ORIGIN): N_(
        "{case}: {count} attachment(s) claim to come from {origin}; they are kept as coming "
        "from {sender}, who signed them."
    ),
    (_K.TOMBSTONE, _R.CASE_NOT_SHARED): N_(
        "{case}: {sender}'s deletion ignored. {sender} never received this case from you."
    ),
}
_FALLBACK = N_("{case}: part of this record was not applied ({sender} may not change it).")


def case_label(display_name: str, case_id: object) -> str:
    """How a case is named in these sentences: our name for it and the start of its id."""
    short = str(case_id)[:8]
    return _("Case {id} {name}").format(id=short, name=display_name).strip()


def refusal_sentence(refusal: Refusal, sender_name: str) -> str:
    """One refusal in plain words."""
    template = _SENTENCES.get((refusal.kind, refusal.reason), _FALLBACK)
    return _(template).format(
        case=case_label(refusal.display_name, refusal.case_id),
        sender=sender_name,
        fields=", ".join(refusal.fields),
        origin=refusal.claimed_origin_name or refusal.claimed_origin[:8],
        count=refusal.count,
    )


def closing_sentence(notice: ClosingNotice, sender_name: str) -> str:
    """A partner's deletion, as it will be kept: a notice, not a deletion."""
    return _(
        "{sender} closed their copy of {case} on {when}. Your record stays as it is; "
        "a note is kept with it."
    ).format(
        sender=sender_name,
        case=case_label(notice.display_name, notice.case_id),
        when=_day(notice.closed_at),
    )


def show_refusals(
    refusals: tuple[Refusal, ...], closures: tuple[ClosingNotice, ...], sender_name: str
) -> None:
    """The import preview's section on what will not be applied as sent."""
    for notice in closures:
        click.echo("  ! " + closing_sentence(notice, sender_name))
    if refusals:
        click.echo(
            _("Not applied ({n}): the rest of the bundle still applies.").format(n=len(refusals))
        )
        for refusal in refusals:
            click.echo("  x " + refusal_sentence(refusal, sender_name))


def show_closures(closures: list[PartnerClosure]) -> None:
    """The lines `case show` prints for partners that closed their copy."""
    for closure in closures:
        click.echo(
            _("Note: {partner} closed their copy of this case on {when}.").format(
                partner=closure.partner_name, when=_day(closure.closed_at)
            )
        )


def _day(moment: dt.datetime) -> str:
    return show_day_of(moment)
