"""Partner organisations as records: who they are, their keys, and whether we verified them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from casevault.domain.bounds import CountryCode, ShortText


class PartnerKind(StrEnum):
    """What a partner does; consent and redaction are decided per kind as well as per partner."""

    TRANSIT_NGO = "transit_ngo"
    ASSOCIATION = "association"
    LAWYER = "lawyer"
    AUTHORITY = "authority"
    OTHER = "other"


class VerificationMethod(StrEnum):
    """How a partner's keys were checked against the partner itself (never by the card alone)."""

    SHORT_CODE = "short_code"  # the 24 digits, read over a call or in person
    FINGERPRINT = "fingerprint"  # the full 64-hex-digit fingerprint compared


class Partner(BaseModel):
    """A partner organisation as we hold it. Bundles from it are trusted only once verified."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=64)
    name: ShortText
    kind: PartnerKind = PartnerKind.OTHER
    country: CountryCode | None = None
    fingerprint: str = Field(min_length=64, max_length=64)
    added_at: dt.datetime
    verified_at: dt.datetime | None = None
    verified_by: VerificationMethod | None = None
    revoked_at: dt.datetime | None = None
    # Set when a partner's signed key rotation replaced keys we had verified; cleared when the
    # new short code is compared. Until then the partner is not verified (docs/sync.md).
    keys_changed_at: dt.datetime | None = None

    @property
    def verified(self) -> bool:
        """True if someone compared the keys with the partner and they matched."""
        return self.verified_at is not None

    @property
    def trusted(self) -> bool:
        """Bundles are accepted only from a verified, non-revoked partner."""
        return self.verified and self.revoked_at is None


class PartnerKey(BaseModel):
    """One key set a partner has had, and what happened to it (the partner's key history)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str = Field(min_length=64, max_length=64)
    predecessor: str | None = None  # the key that signed the rotation to this one; None: a card
    introduced_at: dt.datetime
    verified_at: dt.datetime | None = None
    verified_by: VerificationMethod | None = None
    replaced_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    revoked_via: str | None = None  # the key a revocation named: this one or an ancestor
    current: bool = False
