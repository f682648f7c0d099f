"""One fuzz target per parser of outside bytes. Each takes bytes and returns normally or raises
one of the project's own errors (OUR_ERRORS); anything else escaping is a bug.

Real keys (made once per process), real HPKE, real signatures: `seal_payload` wraps any payload
plaintext in a genuine header and STREAM for our key, so a fuzzer reaches the frame reader, the
manifest and the content records instead of stopping at the first MAC.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass
from hashlib import sha256

from casevault.crypto import aead_stream, header_mac, hpke_wrap, signing
from casevault.crypto.errors import CryptoError
from casevault.crypto.kdf import FLOOR
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.domain.errors import DomainError
from casevault.exchange.armor import ArmorReader
from casevault.exchange.bundle_format import (
    HEADER_MAC_LABEL,
    HPKE_INFO,
    PAYLOAD_LABEL,
    SIGNATURE_CONTEXT,
    encode_header_without_mac,
)
from casevault.exchange.content import RECORD_KINDS, parse_enrolment, parse_record
from casevault.exchange.errors import ExchangeError
from casevault.exchange.identity_card import build_card, parse_card
from casevault.exchange.manifest import Manifest, ManifestRecipient, encode_manifest
from casevault.exchange.records import (
    END_OF_CONTENT,
    MANIFEST,
    SIGNATURE,
    Blob,
    decode_json,
    frame,
)
from casevault.exchange.unseal import unseal_bundle
from casevault.services.errors import ServiceError
from casevault.services.nodes import check_join_request
from casevault.vault.errors import VaultError
from casevault.vault.keyslots import KeyslotFile, make_slot, parse_keyslot_file

OUR_ERRORS: tuple[type[Exception], ...] = (
    CryptoError,
    DomainError,
    VaultError,
    ExchangeError,
    ServiceError,
)
SENDER_ORG = "org-sender"
RECIPIENT_ORG = "org-recipient"
CREATED = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class FuzzKeys:
    """A sender and a recipient organisation with real keys."""

    sender: PrivateKeys
    recipient: PrivateKeys


@functools.cache
def keys() -> FuzzKeys:
    """Made once per process: key generation is far slower than one fuzz input."""
    return FuzzKeys(PrivateKeys.generate(), PrivateKeys.generate())


def _known_sender(org_id: str) -> PublicKeys | None:
    return keys().sender.public_keys() if org_id == SENDER_ORG else None


def seal_payload(payload: bytes) -> bytes:
    """A genuine header and STREAM for RECIPIENT_ORG around any payload plaintext."""
    file_key = aead_stream.new_file_key()
    nonce = aead_stream.new_stream_nonce()
    stanza = hpke_wrap.wrap_file_key(file_key, keys().recipient.public_keys(), HPKE_INFO)
    header = encode_header_without_mac([stanza], nonce)
    sink = io.BytesIO()
    sink.write(header + header_mac.header_mac(file_key, HEADER_MAC_LABEL, header))
    stream = aead_stream.StreamEncryptor(file_key, nonce, sink, PAYLOAD_LABEL)
    stream.write(payload)
    stream.close()
    return sink.getvalue()


def manifest_for(content: bytes, records: int, blobs: int) -> Manifest:
    """The manifest a genuine sender would sign for `content`."""
    return Manifest(
        bundle_id="bundle-fuzz",
        created_at=CREATED,
        sender_org_id=SENDER_ORG,
        sender_node_id="node-1",
        sender_fingerprint=keys().sender.public_keys().fingerprint(),
        recipients=(
            ManifestRecipient(RECIPIENT_ORG, keys().recipient.public_keys().fingerprint()),
        ),
        content_sha256=sha256(content).digest(),
        content_length=len(content),
        record_count=records,
        blob_count=blobs,
    )


def signed_trailer(manifest_bytes: bytes) -> bytes:
    """MANIFEST and SIGNATURE frames: `manifest_bytes` signed with the sender's real keys."""
    signature = signing.sign(keys().sender, SIGNATURE_CONTEXT, manifest_bytes)
    return frame(MANIFEST, manifest_bytes) + frame(SIGNATURE, signature.ed25519 + signature.mldsa65)


def genuine_payload(content_frames: bytes, records: int, blobs: int) -> bytes:
    """Content frames + END_OF_CONTENT + a correct, signed manifest."""
    content = content_frames + frame(END_OF_CONTENT, b"")
    return content + signed_trailer(encode_manifest(manifest_for(content, records, blobs)))


# --- the targets --------------------------------------------------------------------------


def bundle_file(untrusted: bytes) -> None:
    """A whole bundle file (binary or armoured) as a recipient opens it, content read too."""
    verified = unseal_bundle(io.BytesIO(untrusted), keys().recipient, RECIPIENT_ORG, _known_sender)
    for item in verified.items():
        if isinstance(item, Blob):
            item.drain()
        else:
            parse_record(item.kind, dict(item.value))


def bundle_payload(untrusted_payload: bytes) -> None:
    """A payload plaintext (frames, manifest, signature) behind a genuine header and stream."""
    bundle_file(seal_payload(untrusted_payload))


def armour(untrusted: bytes) -> None:
    """The armour decoder alone, read to the end twice (as unseal does)."""
    reader = ArmorReader(io.BytesIO(untrusted))
    while reader.read(4096):
        pass
    reader.seek(0)
    while reader.read(65536):
        pass


def identity_card(untrusted: bytes) -> None:
    """An identity card, binary JSON or its one-line text form."""
    parse_card(untrusted)


def join_request(untrusted: bytes) -> None:
    """A new laptop's join request, checked against a typed code."""
    check_join_request(untrusted, "12345 67890 12345 67890 12345")


def enrolment_record(untrusted: bytes) -> None:
    """The enrolment record inside an enrolment bundle (JSON, then its model)."""
    parse_enrolment("enrolment", decode_json(untrusted, "record"))


def content_record(untrusted: bytes) -> None:
    """Every kind of content record: the first byte picks the kind, the rest is its JSON."""
    kinds = sorted(RECORD_KINDS)
    kind = kinds[untrusted[0] % len(kinds)] if untrusted else "case"
    parse_record(kind, decode_json(untrusted[1:], "record"))


def keyslot_file(untrusted: bytes) -> None:
    """The vault's keyslots.json as read at unlock (parsing only: no Argon2 per input)."""
    parse_keyslot_file(untrusted)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "bundle_file": bundle_file,
    "bundle_payload": bundle_payload,
    "armour": armour,
    "identity_card": identity_card,
    "join_request": join_request,
    "enrolment_record": enrolment_record,
    "content_record": content_record,
    "keyslot_file": keyslot_file,
}
"""Every target by name (the fuzz script and the CI sample iterate over this)."""


@functools.cache
def sample_card() -> bytes:
    """A genuine identity card of the sender."""
    return build_card(SENDER_ORG, "Sender Org", "lawyer", "DE", keys().sender, CREATED)


@functools.cache
def sample_keyslot_file() -> bytes:
    """A genuine keyslot file (one passphrase slot, Argon2id at its floor)."""
    slot = make_slot("vault-fuzz", "passphrase", "a passphrase", b"k" * 32, FLOOR)
    return KeyslotFile("vault-fuzz", (slot,)).to_bytes()


def run_one(target: Callable[[bytes], None], untrusted: bytes) -> bool:
    """Feed one input; True if it was accepted, False if refused with one of our errors."""
    try:
        target(untrusted)
    except OUR_ERRORS:
        return False
    return True
