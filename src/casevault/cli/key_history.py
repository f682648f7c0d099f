"""How `partner list|show` word a partner's key state and its key history."""

from __future__ import annotations

import datetime as dt

import click

from casevault.cli.formatting import show_day_of, show_time
from casevault.cli.i18n import _
from casevault.cli.output import print_table
from casevault.domain.organisation import Partner, PartnerKey


def _day(when: dt.datetime | None) -> str:
    return show_time(when) if when else ""


def _short(fingerprint: str) -> str:
    return " ".join(fingerprint[i : i + 4].upper() for i in range(0, 16, 4)) + " …"


def partner_state(partner: Partner) -> str:
    """Revoked / keys changed (waiting for the new code) / verified / not verified."""
    if partner.revoked_at is not None:
        return _("revoked")
    if partner.keys_changed_at is not None and not partner.verified:
        return _("keys changed on {date}, compare the new short code to confirm").format(
            date=show_day_of(partner.keys_changed_at)
        )
    return _("verified") if partner.verified else _("NOT verified")


def print_key_history(history: list[PartnerKey]) -> None:
    """One line per key the partner has had, oldest first."""
    click.echo("")
    click.echo(_("Key history (oldest first):"))
    rows = []
    for key in history:
        if key.predecessor is None:
            source = _("identity card")
        else:
            source = _("rotation signed by {fp}").format(fp=_short(key.predecessor))
        if key.revoked_at is None:
            revoked = ""
        elif key.revoked_via == key.fingerprint:
            revoked = _("{when} (its own revocation)").format(when=_day(key.revoked_at))
        else:
            revoked = _("{when} (revocation of {fp})").format(
                when=_day(key.revoked_at), fp=_short(key.revoked_via or "")
            )
        rows.append(
            [
                _short(key.fingerprint) + (" *" if key.current else ""),
                source,
                _day(key.introduced_at),
                _day(key.verified_at),
                _day(key.replaced_at),
                revoked,
            ]
        )
    print_table([_("Key"), _("From"), _("Since"), _("Verified"), _("Replaced"), _("Revoked")], rows)
    click.echo(_("* current keys"))
