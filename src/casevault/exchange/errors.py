"""The exchange layer's one error hierarchy. Each subclass names a failure and carries data."""

from __future__ import annotations


class ExchangeError(Exception):
    """Base of every failure raised by casevault.exchange."""


class IdentityCardInvalid(ExchangeError):
    """An identity card that cannot be used. `reason`: "too-large", "not-a-card", "schema",
    "unsupported-version", "bad-keys", "bad-signature"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
