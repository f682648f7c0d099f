"""The header MAC: binds every header byte (stanzas, stream nonce) to the file key.

As in age: header key = HKDF-SHA256(ikm=file key, salt=empty, info=label), and the MAC is
HMAC-SHA256(header key, header bytes). Whoever lacks the file key cannot add, drop or alter
a stanza without detection (docs/spec/bundle-format.md, section "Header MAC"). A recipient
(who has the file key) can; the signed recipient list inside the payload stops that.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casevault.crypto.aead_stream import FILE_KEY_LENGTH
from casevault.crypto.errors import HeaderMacInvalid

MAC_LENGTH = 32


def _header_key(file_key: bytes, label: bytes) -> bytes:
    if len(file_key) != FILE_KEY_LENGTH:
        raise ValueError("file key must be 32 bytes")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(file_key)


def header_mac(file_key: bytes, label: bytes, header: bytes) -> bytes:
    """HMAC-SHA256 of `header` under the key derived from `file_key` and `label`."""
    mac = hmac.HMAC(_header_key(file_key, label), hashes.SHA256())
    mac.update(header)
    return mac.finalize()


def verify_header_mac(file_key: bytes, label: bytes, header: bytes, untrusted_mac: bytes) -> None:
    """Return if `untrusted_mac` matches (constant-time compare); raise HeaderMacInvalid if not."""
    mac = hmac.HMAC(_header_key(file_key, label), hashes.SHA256())
    mac.update(header)
    try:
        mac.verify(untrusted_mac)
    except InvalidSignature as exc:
        raise HeaderMacInvalid() from exc
