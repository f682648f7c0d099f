"""Plain words for the exchange screens: every refusal of a bundle or a card, each import check,
each case field name and partner state.

The sentences are kept here (one module for the exchange area) and merged into the one table
of gui/messages.py, so `describe()` stays the only way an error becomes text. The wording
follows cli/exchange_messages.py: what happened, what to do, and never a hint that a refused
bundle might be fine anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.domain.organisation import Partner
from casevault.exchange import errors as ex
from casevault.services import errors as svc

Formatter = Callable[[Any], str]


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _tampered(_error: object) -> str:
    return QCoreApplication.translate(
        "Messages",
        "This bundle was changed, cut short or damaged after it was made. Nothing was imported. "
        "Ask the sender to send it again, by another route if you can.",
    )


_CARD_REASONS = {
    "too-large": QT_TRANSLATE_NOOP("Messages", "it is far too large to be an identity card"),
    "not-a-card": QT_TRANSLATE_NOOP("Messages", "it is not a CaseVault identity card"),
    "schema": QT_TRANSLATE_NOOP("Messages", "it is damaged or incomplete"),
    "unsupported-version": QT_TRANSLATE_NOOP(
        "Messages", "it was made by another version of CaseVault"
    ),
    "bad-id": QT_TRANSLATE_NOOP("Messages", "its organisation id is not valid"),
    "bad-name": QT_TRANSLATE_NOOP(
        "Messages",
        "its organisation name is empty, too long, or has invisible or control characters",
    ),
    "bad-kind": QT_TRANSLATE_NOOP("Messages", "the kind of organisation it names is not valid"),
    "bad-country": QT_TRANSLATE_NOOP("Messages", "its country is not a two-letter country code"),
    "bad-date": QT_TRANSLATE_NOOP("Messages", "its creation date is not valid"),
    "bad-keys": QT_TRANSLATE_NOOP("Messages", "its keys are damaged"),
    "bad-signature": QT_TRANSLATE_NOOP(
        "Messages", "its signature does not match its content (damaged or altered)"
    ),
}


def _card_invalid(error: ex.IdentityCardInvalid) -> str:
    reason = _CARD_REASONS.get(error.reason)
    why = _t(str(reason)) if reason else QCoreApplication.translate("Messages", "it is damaged")
    return QCoreApplication.translate("Messages", "This identity card cannot be used: %1.").replace(
        "%1", why
    )


def _not_trusted(error: svc.PartnerNotTrusted) -> str:
    if error.state == "revoked":
        return QCoreApplication.translate(
            "Messages", "This partner's keys are revoked. Nothing was sent or imported."
        )
    return QCoreApplication.translate(
        "Messages",
        "This partner is not verified yet. Compare the short code with them first "
        "(Partners and exchange → Verify).",
    )


EXCHANGE_MESSAGES: dict[type[BaseException], Formatter] = {
    ex.NotABundle: lambda e: QCoreApplication.translate(
        "Messages", "This file is not a CaseVault bundle."
    ),
    ex.UnsupportedVersion: lambda e: QCoreApplication.translate(
        "Messages", "This bundle was made by a newer CaseVault. Update CaseVault to import it."
    ),
    ex.UnsupportedSuite: lambda e: QCoreApplication.translate(
        "Messages", "This bundle was made by a newer CaseVault. Update CaseVault to import it."
    ),
    ex.ArmorMalformed: lambda e: QCoreApplication.translate(
        "Messages",
        "The pasted bundle text is broken at line %1 (a line missing or changed when it was "
        "copied?). Nothing was imported.",
    ).replace("%1", str(e.line)),
    ex.LimitExceeded: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle is larger than CaseVault accepts. Nothing was imported; ask the sender to "
        "split it.",
    ),
    ex.BundleMalformed: lambda e: QCoreApplication.translate(
        "Messages", "This bundle is damaged (its structure is broken). Nothing was imported."
    ),
    ex.BundleNotForUs: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle was not made for your organisation (or its address part was damaged). "
        "Nothing was imported.",
    ),
    ex.BundleTampered: _tampered,
    ex.SenderUnknown: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle comes from an organisation that is not among your partners. "
        "Nothing was imported. Add and verify the partner first.",
    ),
    ex.SenderKeyMismatch: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle is signed with keys that are not the ones you verified for this partner. "
        "Nothing was imported. Call the partner before doing anything else.",
    ),
    ex.NotARecipient: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle was made for other organisations and re-addressed to you. "
        "Nothing was imported.",
    ),
    ex.ContentInvalid: lambda e: (
        QCoreApplication.translate(
            "Messages",
            "This bundle is signed correctly, but part of its content is not acceptable "
            "(%1: %2). Nothing was imported.",
        )
        .replace("%1", e.kind)
        .replace("%2", e.field)
    ),
    ex.IdentityCardInvalid: _card_invalid,
    ex.ExchangeError: lambda e: QCoreApplication.translate(
        "Messages", "The bundle could not be made or read. Nothing was changed."
    ),
    svc.PartnerNotTrusted: _not_trusted,
    svc.PartnerKeysChanged: lambda e: QCoreApplication.translate(
        "Messages",
        "This partner's keys changed on %1. Nothing was sent or imported. Call them, compare "
        "the new short code and confirm it (Partners and exchange → Confirm new keys…) before "
        "you trust the new keys.",
    ).replace("%1", e.changed_at.date().isoformat()),
    svc.OwnKeyNotFound: lambda e: QCoreApplication.translate(
        "Messages", "None of your organisation's earlier keys has the fingerprint %1."
    ).replace("%1", e.fingerprint_ref),
    svc.BundleReplayed: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle was already imported. Importing it again is refused (it could be a replay).",
    ),
    svc.ImportTooLarge: lambda e: QCoreApplication.translate(
        "Messages", "This bundle holds more than %1 records; ask the sender to split it."
    ).replace("%1", str(e.maximum)),
    svc.NodeRemoved: lambda e: QCoreApplication.translate(
        "Messages",
        "This bundle comes from a laptop that was removed from your organisation. "
        "Nothing was imported.",
    ),
    svc.BundleFromThisNode: lambda e: QCoreApplication.translate(
        "Messages", "This bundle was made on this laptop; there is nothing to import."
    ),
    svc.NothingToExport: lambda e: QCoreApplication.translate(
        "Messages", "There is nothing to export."
    ),
    svc.ConsentMissing: lambda e: QCoreApplication.translate(
        "Messages",
        "%n case(s) have no consent for this partner. Record his consent, or give a written "
        "reason to export anyway.",
        "",
        len(e.case_ids),
    ),
    svc.ProfileNotFound: lambda e: QCoreApplication.translate(
        "Messages", "There is no redaction profile with this name."
    ),
    svc.NoSuchConflict: lambda e: QCoreApplication.translate(
        "Messages", "This field is no longer in conflict (someone resolved it already)."
    ),
    svc.PartnerNotFound: lambda e: QCoreApplication.translate(
        "Messages", "This partner is no longer in the vault."
    ),
    svc.AmbiguousPartnerId: lambda e: QCoreApplication.translate(
        "Messages", "This id matches several partners."
    ),
    svc.CardKeysRevoked: lambda e: QCoreApplication.translate(
        "Messages",
        "This card carries keys that were revoked: whoever sent it may hold a stolen key. Ask"
        " the organisation, by phone or in person, for a card with new keys.",
    ),
    svc.PartnerAlreadyKnown: lambda e: QCoreApplication.translate(
        "Messages", "This partner is already in your vault."
    ),
    svc.PartnerIsUs: lambda e: QCoreApplication.translate(
        "Messages", "This is your own organisation's identity card."
    ),
    svc.VerificationMismatch: lambda e: QCoreApplication.translate(
        "Messages",
        "The code does NOT match. Do not trust this partner's keys: the card may have been "
        "swapped on its way. Get a new card from the partner through another channel.",
    ),
}

# StagedBundle.checks_passed codes (services/import_verify.py), in the order they run.
_CHECKS = {
    "addressed-to-us": QT_TRANSLATE_NOOP("Messages", "It is addressed to your organisation."),
    "intact": QT_TRANSLATE_NOOP("Messages", "Nothing in it was changed after it was made."),
    "complete": QT_TRANSLATE_NOOP("Messages", "It is complete: nothing was cut off or added."),
    "signature": QT_TRANSLATE_NOOP("Messages", "The sender's signatures are genuine."),
    "recipient-list": QT_TRANSLATE_NOOP(
        "Messages", "It was not re-addressed: you are among the recipients the sender signed."
    ),
    "sender-trusted": QT_TRANSLATE_NOOP(
        "Messages", "The sender is a partner you verified, and not revoked."
    ),
    "not-a-replay": QT_TRANSLATE_NOOP("Messages", "It was never imported before."),
    "content-valid": QT_TRANSLATE_NOOP("Messages", "Every record in it is well-formed."),
    "evaluation-signatures": QT_TRANSLATE_NOOP(
        "Messages", "Every screening in it carries a valid signature."
    ),
    "names-safe": QT_TRANSLATE_NOOP(
        "Messages", "No name in it can disguise text or point outside a folder."
    ),
}

_FIELDS = {
    "name_cyrillic": QT_TRANSLATE_NOOP("Messages", "Name in Cyrillic"),
    "name_latin": QT_TRANSLATE_NOOP("Messages", "Name in Latin letters"),
    "aliases": QT_TRANSLATE_NOOP("Messages", "Aliases"),
    "date_of_birth": QT_TRANSLATE_NOOP("Messages", "Date of birth"),
    "place_of_birth": QT_TRANSLATE_NOOP("Messages", "Place of birth"),
    "service_type": QT_TRANSLATE_NOOP("Messages", "Service"),
    "unit": QT_TRANSLATE_NOOP("Messages", "Unit"),
    "rank": QT_TRANSLATE_NOOP("Messages", "Rank"),
    "callup_date": QT_TRANSLATE_NOOP("Messages", "Call-up date"),
    "callup_proof": QT_TRANSLATE_NOOP("Messages", "Proof of call-up"),
    "country": QT_TRANSLATE_NOOP("Messages", "Country now"),
    "city": QT_TRANSLATE_NOOP("Messages", "City"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "risk": QT_TRANSLATE_NOOP("Messages", "Risk"),
    "contact_channel": QT_TRANSLATE_NOOP("Messages", "Contact channel"),
    "languages": QT_TRANSLATE_NOOP("Messages", "Languages"),
    "caseworker": QT_TRANSLATE_NOOP("Messages", "Caseworker"),
    "tags": QT_TRANSLATE_NOOP("Messages", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Messages", "Notes"),
}

_PROFILES = {
    "standard": QT_TRANSLATE_NOOP(
        "Messages", "standard — everything except the contact channel and the caseworker"
    ),
    "full": QT_TRANSLATE_NOOP("Messages", "full — everything (your own laptops only)"),
    "minimal": QT_TRANSLATE_NOOP("Messages", "minimal — who he is and where his case stands"),
}


def check_label(code: str) -> str:
    """A passed import check, as a sentence."""
    label = _CHECKS.get(code)
    return _t(str(label)) if label else code


def field_label(name: str) -> str:
    """The translated name of a case field."""
    label = _FIELDS.get(name)
    return _t(str(label)) if label else name


def field_list(names: Iterable[str]) -> str:
    """Field names as one translated, comma-separated line (in the form's order)."""
    wanted = set(names)
    ordered = [n for n in _FIELDS if n in wanted] + sorted(wanted - set(_FIELDS))
    return ", ".join(field_label(n) for n in ordered)


# The built-in redaction profiles by a short name in the UI language (a custom profile is
# shown by the name its maker gave it).
_PROFILE_NAMES = {
    "standard": QT_TRANSLATE_NOOP("Messages", "Standard"),
    "full": QT_TRANSLATE_NOOP("Messages", "Full"),
    "minimal": QT_TRANSLATE_NOOP("Messages", "Minimal"),
}


def profile_name(name: str) -> str:
    """A redaction profile's name: a built-in one in the UI language, a custom one as named."""
    label = _PROFILE_NAMES.get(name)
    return _t(str(label)) if label else name


def profile_label(name: str) -> str:
    """A built-in profile, by its name in the UI language, with what it sends; a custom
    profile by its name."""
    label = _PROFILES.get(name)
    if not label:
        return name
    _code, dash, sends = _t(str(label)).partition(" — ")
    return profile_name(name) + dash + sends if dash else _t(str(label))


def partner_state(partner: Partner) -> str:
    """Verified / not verified / revoked / keys changed, in words."""
    if partner.revoked_at is not None:
        return QCoreApplication.translate("Messages", "Revoked")
    if partner.keys_changed_at is not None and not partner.verified:
        return QCoreApplication.translate(
            "Messages", "Keys changed on %1: compare the new short code to confirm"
        ).replace("%1", partner.keys_changed_at.date().isoformat())
    if partner.verified:
        return QCoreApplication.translate("Messages", "Verified")
    return QCoreApplication.translate("Messages", "Not verified")
