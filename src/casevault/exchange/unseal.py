"""Open a bundle: verify everything, then hand out its content.

Implements the reading side of docs/spec/bundle-format.md ("Verification"). Use:

    with open(path, "rb") as untrusted_file:
        bundle = unseal_bundle(untrusted_file, our_keys, our_org_id, partner_keys.get)
        if already_applied(bundle.bundle_id): ...          # replay: the caller's job
        for item in bundle.items():                         # JsonRecord or Blob
            ...                                             # Blob: for piece in item.chunks()

`unseal_bundle` returns only after a first, complete pass has checked, in this order: the
header is well-formed and within bounds; one stanza opens with our key (BundleNotForUs); the
header MAC (HeaderTampered); every chunk of the stream and its completeness (ContentCorrupt,
ContentTruncated, TrailingData); the frame grammar and bounds (FrameMalformed,
LimitExceeded); the manifest shape (ManifestInvalid); a sender we know (SenderUnknown) with
the keys we hold (SenderKeyMismatch) or, for a node-signed bundle, a certificate for the
signing laptop's keys signed by the key we hold as its organisation's (SenderKeyMismatch,
NodeCertificateInvalid);
that the laptop is not revoked (NodeRevoked, whatever time the bundle claims); both signatures
(SignatureInvalid); that we are in the signed recipient list under our current keys
(NotARecipient, which is what a re-addressed bundle gives); that the header has one stanza
per listed recipient (RecipientCountMismatch);
and that the content matches the signed hash, length and counts (ContentHashMismatch).
Nothing of the content reaches the caller before all of that holds.

The JSON records are kept from that first pass (`VerifiedBundle.records`: bounded by the
frame limits, and handed out only once every check above held), so a reader that needs only
them never decrypts the bundle again. `items()` is a second pass, needed only for blobs, that
decrypts again (blob bytes are never kept on disk or in memory in full) and checks that the
file still has the same header and content hash; if the file changed in between, it raises
BundleChanged at the end, so apply the items in one transaction and commit only after the
iteration ends. Keep `untrusted_file` open meanwhile.

Every failure caused by the file's bytes is an ExchangeError; nothing else escapes for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from casevault.crypto import errors as crypto_errors
from casevault.crypto import header_mac, hpke_wrap, signing
from casevault.crypto.aead_stream import StreamDecryptor
from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.exchange.armor import RewindableSource, open_untrusted_bundle
from casevault.exchange.bundle_format import (
    HEADER_MAC_LABEL,
    HPKE_INFO,
    PAYLOAD_LABEL,
    SIGNATURE_CONTEXT,
    BundleHeader,
    read_header,
)
from casevault.exchange.errors import (
    BundleChanged,
    BundleNotForUs,
    ContentCorrupt,
    ContentHashMismatch,
    ContentTruncated,
    FrameMalformed,
    HeaderTampered,
    NodeCertificateInvalid,
    NodeRevoked,
    NotARecipient,
    RecipientCountMismatch,
    SenderKeyMismatch,
    SenderUnknown,
    SignatureInvalid,
    TrailingData,
)
from casevault.exchange.manifest import Manifest, decode_manifest
from casevault.exchange.node_certificates import (
    CERTIFICATE_FORMAT,
    NodeCertificate,
    open_envelope,
    verify_certificate,
)
from casevault.exchange.records import (
    MANIFEST,
    SIGNATURE,
    SIGNATURE_LENGTH,
    Blob,
    FrameReader,
    JsonRecord,
    iterate_content,
)

SenderLookup = Callable[[str], PublicKeys | None]
"""Given a sender organisation id from a manifest: the public keys we hold for it, or None."""


@dataclass(frozen=True)
class NodeTrust:
    """What the reader knows of organisations' laptops (docs/spec/bundle-format.md, "Node
    certificates"). `certifier(org_id, fingerprint_hex)`: the keys of that organisation with
    that fingerprint that may certify its laptops, or None. `revoked(org_id, node_id,
    node_fingerprint_hex or None)`: whether a revocation names that laptop or those keys."""

    certifier: Callable[[str, str], PublicKeys | None]
    revoked: Callable[[str, str, str | None], bool]


def _translated(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The decryptor's chunks, with stream failures turned into exchange errors."""
    try:
        yield from chunks
    except crypto_errors.StreamTruncated as exc:
        raise ContentTruncated(exc.chunks_read) from exc
    except crypto_errors.StreamCorrupt as exc:
        raise ContentCorrupt(exc.index) from exc
    except crypto_errors.StreamTrailingData as exc:
        raise TrailingData() from exc
    except crypto_errors.StreamEmptyFinalChunk as exc:
        raise ContentTruncated(-1) from exc


def _open_stream(source: RewindableSource, header: BundleHeader, file_key: bytes) -> FrameReader:
    decryptor = StreamDecryptor(file_key, header.stream_nonce, source, PAYLOAD_LABEL)
    return FrameReader(_translated(decryptor.chunks()))


def _read_trailer(reader: FrameReader) -> tuple[bytes, bytes]:
    """MANIFEST and SIGNATURE frames, then the end of the payload."""
    tag, manifest_bytes = reader.next_frame()
    if tag != MANIFEST:
        raise FrameMalformed("manifest")
    tag, signature_bytes = reader.next_frame()
    if tag != SIGNATURE or len(signature_bytes) != SIGNATURE_LENGTH:
        raise FrameMalformed("signature")
    if not reader.at_end():
        raise FrameMalformed("trailing_frames")
    return manifest_bytes, signature_bytes


@dataclass
class VerifiedBundle:
    """A bundle whose every check passed. `manifest` is signed by `sender_keys`."""

    manifest: Manifest
    sender_keys: PublicKeys  # the sender ORGANISATION's keys we hold (also for node-signed ones)
    _untrusted_file: RewindableSource = field(repr=False)
    _file_key: bytes = field(repr=False)
    _header: bytes = field(repr=False)
    _manifest_bytes: bytes = field(repr=False)
    # The JSON records of the first pass, in order (blobs are not kept: see `items`).
    records: tuple[JsonRecord, ...] = field(default=(), repr=False)
    blob_ids: tuple[str, ...] = ()  # the blobs' ids, in order
    node_certificate: NodeCertificate | None = None  # set for a node-signed bundle

    @property
    def bundle_id(self) -> str:
        """The sender's id for this bundle: remember it to refuse a replay."""
        return self.manifest.bundle_id

    def items(self) -> Iterator[JsonRecord | Blob]:
        """The content, in order, re-read and re-checked (see the module docstring).

        A Blob's chunks must be read before asking for the next item, or they are skipped.
        Raises BundleChanged if the file differs from what was verified.
        """
        source = open_untrusted_bundle(self._untrusted_file)
        header = read_header(source)
        if header.authenticated_bytes + header.untrusted_mac != self._header:
            raise BundleChanged()
        reader = _open_stream(source, header, self._file_key)
        yield from iterate_content(reader)
        if reader.content_hash() != self.manifest.content_sha256:
            raise BundleChanged()
        manifest_bytes, _ = _read_trailer(reader)
        if manifest_bytes != self._manifest_bytes:
            raise BundleChanged()


def _unwrap(header: BundleHeader, our_keys: PrivateKeys) -> bytes:
    try:
        file_key = hpke_wrap.unwrap_file_key(header.stanzas, our_keys, HPKE_INFO)
    except crypto_errors.NoMatchingStanza as exc:
        raise BundleNotForUs() from exc
    try:
        header_mac.verify_header_mac(
            file_key, HEADER_MAC_LABEL, header.authenticated_bytes, header.untrusted_mac
        )
    except crypto_errors.HeaderMacInvalid as exc:
        raise HeaderTampered() from exc
    return file_key


def _check_sender(manifest: Manifest, known_sender: SenderLookup) -> PublicKeys:
    sender_keys = known_sender(manifest.sender_org_id)
    if sender_keys is None:
        raise SenderUnknown(manifest.sender_org_id)
    if sender_keys.fingerprint() != manifest.sender_fingerprint:
        raise SenderKeyMismatch(manifest.sender_org_id)
    return sender_keys


def _verify_signature(
    sender_keys: PublicKeys, manifest: Manifest, message: bytes, sig: bytes
) -> None:
    signature = signing.DualSignature(ed25519=sig[:64], mldsa65=sig[64:])
    try:
        signing.verify(sender_keys, SIGNATURE_CONTEXT, message, signature)
    except crypto_errors.SignatureInvalid as exc:
        raise SignatureInvalid(exc.algorithm) from exc
    except crypto_errors.MalformedKey as exc:
        raise SenderKeyMismatch(manifest.sender_org_id) from exc


def _check_node_sender(
    manifest: Manifest, org_keys: PublicKeys, nodes: NodeTrust | None
) -> NodeCertificate:
    """The manifest's node certificate, verified, for a node-signed bundle. The certificate
    must name the manifest's organisation, laptop and signing key, and be signed by a key we
    hold as that organisation's (never by one the bundle brings). Raises
    NodeCertificateInvalid, SenderKeyMismatch (certified by a key we do not hold for it)."""
    assert manifest.sender_node_certificate is not None  # noqa: S101 -- the caller checked
    signed = open_envelope(manifest.sender_node_certificate, CERTIFICATE_FORMAT)
    if signed.org_id != manifest.sender_org_id:
        raise NodeCertificateInvalid("binding")
    if nodes is None:
        certifier = org_keys if org_keys.fingerprint().hex() == signed.org_key_fingerprint else None
    else:
        certifier = nodes.certifier(signed.org_id, signed.org_key_fingerprint)
    if certifier is None:  # not the organisation key we hold: a forgery, or a key a thief holds
        raise SenderKeyMismatch(manifest.sender_org_id)
    certificate = verify_certificate(signed, certifier)
    if (
        certificate.node_id != manifest.sender_node_id
        or certificate.node_keys.fingerprint() != manifest.sender_fingerprint
    ):
        raise NodeCertificateInvalid("binding")
    return certificate


def _check_signer(
    manifest: Manifest, known_sender: SenderLookup, nodes: NodeTrust | None
) -> tuple[PublicKeys, PublicKeys, NodeCertificate | None]:
    """(the organisation's keys, the keys that signed, the node certificate or None). A bundle
    signed by or naming a revoked laptop is refused whatever time it claims (NodeRevoked)."""
    if manifest.sender_node_certificate is None:
        org_keys = _check_sender(manifest, known_sender)
        signer, certificate, node_print = org_keys, None, None
    else:
        found = known_sender(manifest.sender_org_id)
        if found is None:
            raise SenderUnknown(manifest.sender_org_id)
        org_keys = found
        certificate = _check_node_sender(manifest, org_keys, nodes)
        signer, node_print = certificate.node_keys, manifest.sender_fingerprint.hex()
    if nodes is not None and nodes.revoked(
        manifest.sender_org_id, manifest.sender_node_id, node_print
    ):
        raise NodeRevoked(manifest.sender_org_id, manifest.sender_node_id)
    return org_keys, signer, certificate


def unseal_bundle(
    untrusted_file: RewindableSource,
    our_keys: PrivateKeys,
    our_org_id: str,
    known_sender: SenderLookup,
    nodes: NodeTrust | None = None,
) -> VerifiedBundle:
    """Verify the bundle in `untrusted_file` (binary or armoured) for us; see module docstring.

    `our_org_id` is the recipient id `our_keys` are listed under: our organisation's id, or
    this laptop's node id when `our_keys` are its node keys. With `nodes`, a node-signed
    bundle's certificate is checked against the keys it names and revoked laptops are refused
    (NodeCertificateInvalid, NodeRevoked; docs/spec/bundle-format.md, "Node certificates")."""
    source = open_untrusted_bundle(untrusted_file)
    header = read_header(source)
    file_key = _unwrap(header, our_keys)
    reader = _open_stream(source, header, file_key)
    kept: list[JsonRecord] = []
    blob_ids: list[str] = []
    for item in iterate_content(reader):
        if isinstance(item, Blob):
            item.drain()
            blob_ids.append(item.blob_id)
        else:
            kept.append(item)
    records = len(kept)
    manifest_bytes, signature_bytes = _read_trailer(reader)
    manifest = decode_manifest(manifest_bytes)
    sender_keys, signer_keys, certificate = _check_signer(manifest, known_sender, nodes)
    _verify_signature(signer_keys, manifest, manifest_bytes, signature_bytes)
    our_fingerprint = our_keys.public_keys().fingerprint()
    if not any(
        r.org_id == our_org_id and r.keys_fingerprint == our_fingerprint
        for r in manifest.recipients
    ):
        raise NotARecipient(our_org_id)
    if len(header.stanzas) != len(manifest.recipients):
        raise RecipientCountMismatch(len(header.stanzas), len(manifest.recipients))
    if (
        reader.content_hash() != manifest.content_sha256
        or reader.content_length != manifest.content_length
        or records != manifest.record_count
        or len(blob_ids) != manifest.blob_count
    ):
        raise ContentHashMismatch()
    return VerifiedBundle(
        manifest=manifest,
        sender_keys=sender_keys,
        _untrusted_file=untrusted_file,
        _file_key=file_key,
        _header=header.authenticated_bytes + header.untrusted_mac,
        _manifest_bytes=manifest_bytes,
        records=tuple(kept),
        blob_ids=tuple(blob_ids),
        node_certificate=certificate,
    )
