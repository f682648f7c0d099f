"""Opening the vault and choosing its secrets: weak passphrases, the destroy-after limit, the
duress passphrase, a replaced key file.
"""

from __future__ import annotations

from casevault.services.service_error import ServiceError


class WeakPassphrase(ServiceError):
    """A new passphrase too easy to guess to protect the vault. `reason` is a
    domain.passphrase_strength.PassphraseProblem value ("too-short", "common", "single-word",
    "pattern", "guessable"); `minimum` is the least number of characters."""

    def __init__(self, minimum: int, reason: str = "too-short") -> None:
        super().__init__(minimum, reason)
        self.minimum = minimum
        self.reason = reason


class VaultDestroyedAfterFailures(ServiceError):
    """Too many wrong passphrases with the destroy-after option on: the keys were destroyed."""

    def __init__(self, failed: int) -> None:
        super().__init__(failed)
        self.failed = failed


class KeyFileChangedSinceUnlock(ServiceError):
    """The secret did not open the vault, and the key file is not the one last unlocked here:
    it was replaced or edited since. The failure was not counted and nothing was destroyed."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class UnlockLimitOutOfRange(ServiceError):
    """The destroy-after limit must lie between `minimum` and `maximum` wrong passphrases."""

    def __init__(self, value: int, minimum: int, maximum: int) -> None:
        super().__init__(value, minimum, maximum)
        self.value = value
        self.minimum = minimum
        self.maximum = maximum


class DuressSameAsPassphrase(ServiceError):
    """The duress passphrase refused: it is the vault's own passphrase (typing it must open the
    real vault, so it cannot also destroy it)."""
