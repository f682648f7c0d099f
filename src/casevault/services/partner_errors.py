"""Partners, our organisation's keys and laptops: identity cards, verification, key changes,
enrolment and removed laptops.
"""

from __future__ import annotations

import datetime as dt

from casevault.services.service_error import ServiceError


class PartnerNotFound(ServiceError):
    """No partner with this id (or prefix)."""

    def __init__(self, partner_ref: str) -> None:
        super().__init__(partner_ref)
        self.partner_ref = partner_ref


class AmbiguousPartnerId(ServiceError):
    """A short partner id prefix matches more than one partner."""

    def __init__(self, partner_ref: str) -> None:
        super().__init__(partner_ref)
        self.partner_ref = partner_ref


class PartnerAlreadyKnown(ServiceError):
    """A card for an organisation we already hold (key changes travel as signed rotations)."""

    def __init__(self, partner_id: str) -> None:
        super().__init__(partner_id)
        self.partner_id = partner_id


class CardKeysRevoked(ServiceError):
    """An identity card whose keys were revoked before (by their owner, or by any key of their
    rotation chain): whoever sends it may hold a stolen key. Never accepted again."""

    def __init__(self, partner_id: str) -> None:
        super().__init__(partner_id)
        self.partner_id = partner_id


class PartnerIsUs(ServiceError):
    """The card is our own organisation's."""

    def __init__(self, partner_id: str) -> None:
        super().__init__(partner_id)
        self.partner_id = partner_id


class VerificationMismatch(ServiceError):
    """The code or fingerprint the partner read does not match the keys we hold for it."""

    def __init__(self, partner_id: str) -> None:
        super().__init__(partner_id)
        self.partner_id = partner_id


class EnrolmentCodeMismatch(ServiceError):
    """The code typed on the enrolling laptop is not the one the new laptop shows: the join
    request may have been swapped on its way. Nothing was sealed or written."""

    def __init__(self, request_org_id: str) -> None:
        super().__init__(request_org_id)
        self.request_org_id = request_org_id


class PartnerNotTrusted(ServiceError):
    """Export to (or import from) a partner that is not verified, or whose keys are revoked.

    `state` is "unverified" or "revoked".
    """

    def __init__(self, partner_id: str, state: str) -> None:
        super().__init__(partner_id, state)
        self.partner_id = partner_id
        self.state = state


class NodeRemoved(ServiceError):
    """A bundle from a laptop of our own organisation that was removed (e.g. seized)."""

    def __init__(self, node_id: str) -> None:
        super().__init__(node_id)
        self.node_id = node_id


class VaultNotEmpty(ServiceError):
    """Joining an organisation needs a new, empty vault (this one holds records)."""

    def __init__(self, records: int) -> None:
        super().__init__(records)
        self.records = records


class NoPendingAnnouncement(ServiceError):
    """There is no key rotation or revocation waiting to be announced."""


class PartnerKeysChanged(PartnerNotTrusted):
    """The partner's keys were replaced by a signed rotation and nobody has compared the new
    short code with the partner yet: nothing is sent to it, and nothing but further key events
    is accepted from it, until then (a thief with copied keys can rotate them too).

    `changed_at` is when the rotation was accepted here.
    """

    def __init__(self, partner_id: str, changed_at: dt.datetime) -> None:
        super().__init__(partner_id, "keys_changed")
        self.changed_at = changed_at


class OwnKeyNotFound(ServiceError):
    """No earlier key of our organisation has this fingerprint (or prefix)."""

    def __init__(self, fingerprint_ref: str) -> None:
        super().__init__(fingerprint_ref)
        self.fingerprint_ref = fingerprint_ref


class NodeNotCertified(ServiceError):
    """This laptop's node keys have no certificate from the organisation's current keys, so it
    cannot do without the organisation's private keys yet (docs/laptops.md)."""

    def __init__(self, node_id: str) -> None:
        super().__init__(node_id)
        self.node_id = node_id
