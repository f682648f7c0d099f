"""Seal a bundle: content records and blobs, signed by us, encrypted to each recipient.

Implements the writing side of docs/spec/bundle-format.md. Use as a context manager:

    sender = SenderIdentity(keys=our_private_keys, org_id=our_org_id, node_id=our_node_id)
    recipients = [RecipientKeys(org_id=p.id, public_keys=p.public_keys) for p in partners]
    with open(path, "wb") as sink:
        with BundleWriter(sink, sender, recipients, bundle_id, created_at) as writer:
            writer.add_record("case", {...})           # any JSON object, <= 1 MiB
            writer.add_blob("attachment/1234", fileobj) # streamed in 64 KiB pieces
    # writer.result: SealedBundle (bundle id, content hash, sizes)

or `seal_bundle(sink, sender, recipients, bundle_id, created_at, items)` in one call.

Guarantees: only ciphertext reaches `sink` (header, then the STREAM), written as it is
produced, with memory bounded by one chunk whatever the size of the blobs. If the `with`
block raises, the bundle is left without its last chunk, manifest and signature, so every
reader refuses it; the caller should delete the partial file. Nothing is signed until the
content has been written, so a signature always covers the real content hash.

Raises InvalidIdentifier, DuplicateRecipient, LimitExceeded, RecordNotSerialisable,
WriterClosed; MalformedKey (crypto) for unusable keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from casevault.crypto import aead_stream, header_mac, hpke_wrap, signing
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.exchange.bundle_format import (
    HEADER_MAC_LABEL,
    HPKE_INFO,
    MAX_RECIPIENTS,
    PAYLOAD_LABEL,
    SIGNATURE_CONTEXT,
    check_identifier,
    encode_header_without_mac,
)
from casevault.exchange.errors import DuplicateRecipient, LimitExceeded, WriterClosed
from casevault.exchange.manifest import Manifest, ManifestRecipient, encode_manifest, format_time
from casevault.exchange.records import (
    MANIFEST,
    SIGNATURE,
    ContentWriter,
    JsonRecord,
    Readable,
    Writable,
    frame,
)


@dataclass(frozen=True)
class SenderIdentity:
    """Who seals: the signing private keys, our organisation's id, and this laptop's node id.

    With `node_certificate` (the organisation's certificate for this laptop's keys, see
    exchange/node_certificates.py), `keys` are this laptop's node keys and the manifest carries
    the certificate; without it, `keys` are the organisation's keys (bundles before node keys).
    """

    keys: PrivateKeys
    org_id: str
    node_id: str
    node_certificate: bytes | None = None


@dataclass(frozen=True)
class RecipientKeys:
    """One addressee: a partner organisation's id and its public keys."""

    org_id: str
    public_keys: PublicKeys


@dataclass(frozen=True)
class BlobSource:
    """A blob to add in `seal_bundle`: an id and an open binary file to stream it from."""

    blob_id: str
    source: Readable


@dataclass(frozen=True)
class SealedBundle:
    """What was sealed (for the sender's audit log): nothing secret."""

    bundle_id: str
    content_sha256: bytes
    content_length: int
    record_count: int
    blob_count: int


class BundleWriter:
    """Writes one bundle to `sink`; see the module docstring. Not reusable."""

    def __init__(
        self,
        sink: Writable,
        sender: SenderIdentity,
        recipients: Sequence[RecipientKeys],
        bundle_id: str,
        created_at: dt.datetime,
    ) -> None:
        check_identifier("bundle_id", bundle_id)
        check_identifier("sender_org_id", sender.org_id)
        check_identifier("sender_node_id", sender.node_id)
        format_time(created_at)  # refuse a naive datetime now, not after the content
        if not 1 <= len(recipients) <= MAX_RECIPIENTS:
            raise LimitExceeded("recipients", len(recipients), MAX_RECIPIENTS)
        seen: set[str] = set()
        for recipient in recipients:
            check_identifier("recipient_org_id", recipient.org_id)
            if recipient.org_id in seen:
                raise DuplicateRecipient(recipient.org_id)
            seen.add(recipient.org_id)
        self._sender = sender
        self._recipients = tuple(recipients)
        self._bundle_id = bundle_id
        self._created_at = created_at
        self._sender_fingerprint = sender.keys.public_keys().fingerprint()
        file_key = aead_stream.new_file_key()
        stanzas = [hpke_wrap.wrap_file_key(file_key, r.public_keys, HPKE_INFO) for r in recipients]
        stream_nonce = aead_stream.new_stream_nonce()
        header = encode_header_without_mac(stanzas, stream_nonce)
        sink.write(header + header_mac.header_mac(file_key, HEADER_MAC_LABEL, header))
        self._stream = aead_stream.StreamEncryptor(file_key, stream_nonce, sink, PAYLOAD_LABEL)
        self._content = ContentWriter(self._stream)
        self._open = True
        self.result: SealedBundle | None = None

    def _check_open(self) -> None:
        if not self._open:
            raise WriterClosed()

    def add_record(self, kind: str, value: Mapping[str, Any]) -> None:
        """Append one JSON record (kind: lower-case ASCII, 1..32; value: a JSON object)."""
        self._check_open()
        self._content.add_record(kind, value)

    def add_blob(self, blob_id: str, source: Readable) -> int:
        """Append a blob streamed from `source` until EOF; return its size in bytes."""
        self._check_open()
        return self._content.add_blob(blob_id, source)

    def finish(self) -> SealedBundle:
        """End the content, sign the manifest, close the stream. Call once."""
        self._check_open()
        self._open = False
        content_sha256 = self._content.end()
        manifest = Manifest(
            bundle_id=self._bundle_id,
            created_at=self._created_at,
            sender_org_id=self._sender.org_id,
            sender_node_id=self._sender.node_id,
            sender_fingerprint=self._sender_fingerprint,
            recipients=tuple(
                ManifestRecipient(r.org_id, r.public_keys.fingerprint()) for r in self._recipients
            ),
            content_sha256=content_sha256,
            content_length=self._content.length,
            record_count=self._content.records,
            blob_count=self._content.blobs,
            sender_node_certificate=self._sender.node_certificate,
        )
        manifest_bytes = encode_manifest(manifest)
        signature = signing.sign(self._sender.keys, SIGNATURE_CONTEXT, manifest_bytes)
        self._stream.write(frame(MANIFEST, manifest_bytes))
        self._stream.write(frame(SIGNATURE, signature.ed25519 + signature.mldsa65))
        self._stream.close()
        self.result = SealedBundle(
            bundle_id=self._bundle_id,
            content_sha256=content_sha256,
            content_length=self._content.length,
            record_count=self._content.records,
            blob_count=self._content.blobs,
        )
        return self.result

    def abandon(self) -> None:
        """Stop without finishing: what was written stays an unreadable, truncated bundle."""
        self._open = False

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None and self._open:
            self.finish()
        else:
            self.abandon()


def seal_bundle(
    sink: Writable,
    sender: SenderIdentity,
    recipients: Sequence[RecipientKeys],
    bundle_id: str,
    created_at: dt.datetime,
    items: Iterable[JsonRecord | BlobSource],
) -> SealedBundle:
    """Seal `items` (JSON records and blobs, in order) into one bundle written to `sink`."""
    with BundleWriter(sink, sender, recipients, bundle_id, created_at) as writer:
        for item in items:
            if isinstance(item, JsonRecord):
                writer.add_record(item.kind, item.value)
            else:
                writer.add_blob(item.blob_id, item.source)
    assert writer.result is not None  # noqa: S101 -- narrows the type: finish() set it
    return writer.result
