"""Plain words for every way a bundle can be refused, for people who are not engineers.

Each says what happened and what to do, and none suggests the bundle might be fine anyway.
"""

from __future__ import annotations

from casevault.cli.formatting import show_day_of
from casevault.cli.i18n import _
from casevault.cli.messages import EXIT_DAMAGED, EXIT_INVALID_INPUT, EXIT_NOT_FOUND
from casevault.cli.messages import register as register_message
from casevault.exchange import errors as ex
from casevault.services import errors as svc

_TAMPERED = _(
    "This bundle was changed, cut short or damaged after it was made. Nothing was imported. "
    "Ask the sender to send it again, by another route if you can."
)

_ENTRIES = [
    (ex.NotABundle, lambda e: _("This file is not a CaseVault bundle."), EXIT_INVALID_INPUT),
    (
        ex.UnsupportedVersion,
        lambda e: _("This bundle was made by a newer CaseVault. Update CaseVault to import it."),
        EXIT_DAMAGED,
    ),
    (
        ex.BundleMalformed,
        lambda e: _("This bundle is damaged (its structure is broken). Nothing was imported."),
        EXIT_DAMAGED,
    ),
    (
        ex.BundleNotForUs,
        lambda e: _(
            "This bundle was not made for your organisation (or its address part was damaged). "
            "Nothing was imported."
        ),
        EXIT_DAMAGED,
    ),
    (ex.BundleTampered, lambda e: _TAMPERED, EXIT_DAMAGED),
    (
        ex.SenderUnknown,
        lambda e: _(
            "This bundle comes from an organisation that is not among your partners. "
            "Nothing was imported. Add and verify the partner first."
        ),
        EXIT_DAMAGED,
    ),
    (
        ex.SenderKeyMismatch,
        lambda e: _(
            "This bundle is signed with keys that are not the ones you verified for this partner. "
            "Nothing was imported. Call the partner before doing anything else."
        ),
        EXIT_DAMAGED,
    ),
    (
        ex.NotARecipient,
        lambda e: _(
            "This bundle was made for other organisations and re-addressed to you. "
            "Nothing was imported."
        ),
        EXIT_DAMAGED,
    ),
    (
        ex.ContentInvalid,
        lambda e: _(
            "This bundle is signed correctly, but part of its content is not acceptable "
            "({kind}: {field}). Nothing was imported."
        ).format(kind=e.kind, field=e.field),
        EXIT_DAMAGED,
    ),
    (
        svc.PartnerKeysChanged,
        lambda e: _(
            "This partner's keys changed on {date}. Nothing was sent or imported. Call them, "
            "compare the new short code (casevault partner show) and confirm it "
            "(casevault partner verify) before you trust the new keys."
        ).format(date=show_day_of(e.changed_at)),
        EXIT_DAMAGED,
    ),
    (
        svc.OwnKeyNotFound,
        lambda e: _("None of your organisation's earlier keys has the fingerprint {fp}.").format(
            fp=e.fingerprint_ref
        ),
        EXIT_NOT_FOUND,
    ),
    (
        svc.PartnerNotTrusted,
        lambda e: (
            _("This partner's keys are revoked. Nothing was sent or imported.")
            if e.state == "revoked"
            else _(
                "This partner is not verified yet. Compare the short code with them first "
                "(casevault partner verify)."
            )
        ),
        EXIT_DAMAGED,
    ),
    (
        svc.BundleReplayed,
        lambda e: _(
            "This bundle was already imported. Importing it again is refused "
            "(it could be a replay)."
        ),
        EXIT_INVALID_INPUT,
    ),
    (svc.NothingToExport, lambda e: _("There is nothing to export."), EXIT_INVALID_INPUT),
    (
        svc.ImportTooLarge,
        lambda e: _("This bundle holds more than {n} records; ask the sender to split it.").format(
            n=e.maximum
        ),
        EXIT_INVALID_INPUT,
    ),
    (
        svc.ProfileNotFound,
        lambda e: _("No redaction profile named {name}.").format(name=e.name),
        EXIT_NOT_FOUND,
    ),
    (
        svc.NoSuchConflict,
        lambda e: _("Field {field} of this case is not in conflict.").format(field=e.field),
        EXIT_INVALID_INPUT,
    ),
]


def register_exchange_messages() -> None:
    """Add these messages to cli/messages.py's table."""
    for error_type, formatter, code in _ENTRIES:
        register_message(error_type, formatter, code)
