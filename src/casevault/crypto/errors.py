"""The crypto layer's one error hierarchy."""

from __future__ import annotations


class CryptoError(Exception):
    """Base of every failure raised by casevault.crypto."""


class DecryptionFailed(CryptoError):
    """Authenticated decryption failed: wrong key, or the data was altered or truncated."""


class SignatureInvalid(CryptoError):
    """A signature did not verify. `algorithm` names which one of a dual signature failed."""

    def __init__(self, algorithm: str) -> None:
        super().__init__(algorithm)
        self.algorithm = algorithm


class KdfParametersRejected(CryptoError):
    """Argon2id parameters below the floor or above the ceiling (e.g. from a tampered file)."""

    def __init__(self, parameter: str, value: int) -> None:
        super().__init__(f"{parameter}={value}")
        self.parameter = parameter
        self.value = value


class MalformedKey(CryptoError):
    """Key bytes that do not parse as the expected key type."""
