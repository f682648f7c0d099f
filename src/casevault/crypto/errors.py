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


class StreamError(CryptoError):
    """Base of the failures of a chunked AEAD stream (aead_stream.py)."""


class StreamTruncated(StreamError):
    """The stream ended before its last chunk: data is missing at the end.

    `chunks_read` is how many authentic chunks came before the end.
    """

    def __init__(self, chunks_read: int) -> None:
        super().__init__(chunks_read)
        self.chunks_read = chunks_read


class StreamCorrupt(StreamError):
    """Chunk `index` does not authenticate: altered, reordered, swapped, or cut inside a chunk."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


class StreamTrailingData(StreamError):
    """Bytes follow the authenticated last chunk (appended data, or two streams glued together)."""


class StreamEmptyFinalChunk(StreamError):
    """An empty last chunk after non-empty ones: forbidden, so the encoding is unique."""


class NoMatchingStanza(CryptoError):
    """None of the wrapped file keys opens with our private key: not addressed to us, or altered.

    `stanzas_tried` is how many were tried.
    """

    def __init__(self, stanzas_tried: int) -> None:
        super().__init__(stanzas_tried)
        self.stanzas_tried = stanzas_tried


class HeaderMacInvalid(CryptoError):
    """The header MAC does not match: a header byte was changed, added or removed."""
