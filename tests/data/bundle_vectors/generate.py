"""Build the bundle test vectors from `cryptography` primitives, independently of casevault.

Run from the repository root: `python tests/data/bundle_vectors/generate.py`. This follows
docs/spec/bundle-format.md step by step (HPKE, HKDF, HMAC, ChaCha20-Poly1305, Ed25519,
ML-DSA-65 straight from `cryptography`) and never imports casevault, so the vectors test the
reader rather than echo the writer. Keys, file key, stream nonce and content are fixed; HPKE
encapsulation and ML-DSA signing draw their own randomness inside the library, so a re-run
gives different stanza and signature bytes (equally valid). The committed files are the
golden vectors; regenerate only with a format change.

Output: keys/*.json (seeds, hex), *.bundle files, valid.bundle.asc, valid.expected.json
(content), and vectors.json: one entry per case, with the file, who reads it, which senders
the reader knows, edits to apply to the file first, and the expected result.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from pathlib import Path

from cryptography.hazmat.primitives import hashes, hmac, hpke
from cryptography.hazmat.primitives.asymmetric import mldsa, mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

HERE = Path(__file__).parent
CHUNK = 64 * 1024
SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
HPKE_INFO = b"casevault/bundle/v1 suite-1 file-key"
MAC_LABEL = b"casevault/bundle/v1 suite-1 header-mac"
PAYLOAD_LABEL = b"casevault/bundle/v1 suite-1 payload"
SIG_CONTEXT = b"casevault/bundle-manifest/v1"
FINGERPRINT_DOMAIN = b"casevault/org-fingerprint/v1\x00"


def fixed(label: str, length: int) -> bytes:
    """Deterministic "randomness": SHA-256 in counter mode over a label."""
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(f"{label}/{counter}".encode()).digest()
        counter += 1
    return out[:length]


class Org:
    def __init__(self, name: str, org_id: str, node_id: str) -> None:
        self.name, self.org_id, self.node_id = name, org_id, node_id
        self.seeds = {
            "ed25519": fixed(name + "/ed25519", 32),
            "mldsa65": fixed(name + "/mldsa65", 32),
            "x25519": fixed(name + "/x25519", 32),
            "mlkem768": fixed(name + "/mlkem768", 64),
        }
        self.ed = Ed25519PrivateKey.from_private_bytes(self.seeds["ed25519"])
        self.ml = mldsa.MLDSA65PrivateKey.from_seed_bytes(self.seeds["mldsa65"])
        self.x = x25519.X25519PrivateKey.from_private_bytes(self.seeds["x25519"])
        self.kem = mlkem.MLKEM768PrivateKey.from_seed_bytes(self.seeds["mlkem768"])

    def hpke_public(self) -> hpke.MLKEM768X25519PublicKey:
        return hpke.MLKEM768X25519PublicKey(self.kem.public_key(), self.x.public_key())

    def fingerprint(self) -> str:
        raw = (
            self.ed.public_key().public_bytes_raw()
            + self.ml.public_key().public_bytes_raw()
            + self.x.public_key().public_bytes_raw()
            + self.kem.public_key().public_bytes_raw()
        )
        return hashlib.sha256(FINGERPRINT_DOMAIN + raw).hexdigest()

    def sign(self, message: bytes) -> bytes:
        ed = self.ed.sign(bytes([len(SIG_CONTEXT)]) + SIG_CONTEXT + message)
        return ed + self.ml.sign(message, SIG_CONTEXT)

    def key_file(self) -> dict[str, str]:
        return {"org_id": self.org_id, "node_id": self.node_id} | {
            k + "_seed": v.hex() for k, v in self.seeds.items()
        }


def frame(tag: int, body: bytes) -> bytes:
    return struct.pack(">BI", tag, len(body)) + body


def canonical_json(value: object) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def content_frames(records: list[tuple[str, dict[str, object]]], blobs: dict[str, bytes]) -> bytes:
    out = b""
    for kind, value in records:
        out += frame(0x01, bytes([len(kind)]) + kind.encode() + canonical_json(value))
    for blob_id, data in blobs.items():
        out += frame(0x02, bytes([len(blob_id)]) + blob_id.encode())
        for i in range(0, len(data), CHUNK):
            out += frame(0x03, data[i : i + CHUNK])
        out += frame(0x04, b"")
    return out + frame(0x05, b"")


def payload(
    sender: Org, recipients: list[Org], bundle_id: str, content: bytes, counts: tuple[int, int]
) -> bytes:
    manifest = canonical_json(
        {
            "format": "casevault-bundle-manifest/1",
            "bundle_id": bundle_id,
            "created_at": "2025-03-01T12:00:00.000000Z",
            "sender": {
                "org_id": sender.org_id,
                "node_id": sender.node_id,
                "keys_fingerprint": sender.fingerprint(),
            },
            "recipients": [
                {"org_id": r.org_id, "keys_fingerprint": r.fingerprint()} for r in recipients
            ],
            "content": {
                "sha256": hashlib.sha256(content).hexdigest(),
                "length": len(content),
                "records": counts[0],
                "blobs": counts[1],
            },
        }
    )
    return content + frame(0x10, manifest) + frame(0x11, sender.sign(manifest))


def stream(file_key: bytes, nonce: bytes, plaintext: bytes) -> bytes:
    key = HKDF(hashes.SHA256(), 32, salt=nonce, info=PAYLOAD_LABEL).derive(file_key)
    aead = ChaCha20Poly1305(key)
    pieces = [plaintext[i : i + CHUNK] for i in range(0, len(plaintext), CHUNK)] or [b""]
    out = b""
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        out += aead.encrypt(index.to_bytes(11, "big") + bytes([last]), piece, None)
    return out


def bundle(recipients: list[Org], plaintext: bytes, label: str) -> bytes:
    file_key = fixed(label + "/file-key", 32)
    nonce = fixed(label + "/stream-nonce", 16)
    stanzas = [SUITE.encrypt(file_key, r.hpke_public(), info=HPKE_INFO) for r in recipients]
    header = b"CASEVAULT-BUNDLE" + struct.pack(">BHHH", 1, 1, len(stanzas), 1168)
    header += b"".join(stanzas) + nonce
    mac_key = HKDF(hashes.SHA256(), 32, salt=None, info=MAC_LABEL).derive(file_key)
    mac = hmac.HMAC(mac_key, hashes.SHA256())
    mac.update(header)
    return header + mac.finalize() + stream(file_key, nonce, plaintext)


def armor(data: bytes) -> bytes:
    text = base64.b64encode(data)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return (
        b"\n".join([b"-----BEGIN CASEVAULT BUNDLE-----", *lines, b"-----END CASEVAULT BUNDLE-----"])
        + b"\n"
    )


def main() -> None:
    sender = Org("vector-sender", "org-sender", "node-s1")
    recipient = Org("vector-recipient", "org-recipient", "node-r1")
    other = Org("vector-other", "org-other", "node-o1")
    (HERE / "keys").mkdir(exist_ok=True)
    for org in (sender, recipient, other):
        (HERE / "keys" / f"{org.name}.json").write_text(json.dumps(org.key_file(), indent=2) + "\n")

    records: list[tuple[str, dict[str, object]]] = [
        ("case", {"id": "case-0001", "name_cyrillic": "Чувиляев", "status": "screening"}),
        ("timeline", {"case_id": "case-0001", "event": "call-up", "date": "2024-09-30"}),
        ("tombstone", {"id": "case-0000"}),
    ]
    blob = fixed("vector-blob", 140_000)  # three chunks of stream: two full, one short
    content = content_frames(records, {"attachment/scan-1": blob})
    valid_plain = payload(sender, [recipient], "bundle-0001", content, (3, 1))
    valid = bundle([recipient], valid_plain, "valid")
    (HERE / "valid.bundle").write_bytes(valid)
    expected = {
        "bundle_id": "bundle-0001",
        "sender_org_id": sender.org_id,
        "records": [{"kind": k, "value": v} for k, v in records],
        "blobs": {
            "attachment/scan-1": {"size": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}
        },
    }
    (HERE / "valid.expected.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    )

    small = content_frames([("case", {"id": "case-0002"})], {})
    small_plain = payload(sender, [recipient], "bundle-0002", small, (1, 0))
    small_bundle = bundle([recipient], small_plain, "small")
    (HERE / "small.bundle").write_bytes(small_bundle)
    (HERE / "small.bundle.asc").write_bytes(armor(small_bundle))
    # Re-addressed: the recipient re-encrypts the sender's signed payload to another organisation.
    readdressed = bundle([other], small_plain, "readdressed")
    (HERE / "readdressed.bundle").write_bytes(readdressed)
    # Co-recipient swaps the content but keeps the signed manifest.
    forged_content = content_frames([("case", {"id": "case-9999"})], {})
    manifest_and_sig = valid_plain[len(content) :]
    (HERE / "content_swapped.bundle").write_bytes(
        bundle([recipient], forged_content + manifest_and_sig, "content-swapped")
    )
    # Signed by `other` while claiming to be the sender.
    impostor = Org("vector-other", "org-sender", "node-s1")
    (HERE / "impostor.bundle").write_bytes(
        bundle(
            [recipient], payload(impostor, [recipient], "bundle-0003", small, (1, 0)), "impostor"
        )
    )
    # Two recipients listed, only one stanza: a stanza was removed by a co-recipient.
    (HERE / "stanza_removed.bundle").write_bytes(
        bundle(
            [recipient],
            payload(sender, [recipient, other], "bundle-0004", small, (1, 0)),
            "removed",
        )
    )

    header_length = 16 + 7 + 1168 + 16 + 32
    full = CHUNK + 16
    vectors = [
        {"name": "valid", "file": "valid.bundle", "expect": "ok"},
        {"name": "small", "file": "small.bundle", "expect": "ok"},
        {"name": "small_armored", "file": "small.bundle.asc", "expect": "ok"},
        {
            "name": "wrong_recipient",
            "file": "valid.bundle",
            "reader": "vector-other",
            "expect": "BundleNotForUs",
        },
        {
            "name": "unknown_sender",
            "file": "valid.bundle",
            "senders": [],
            "expect": "SenderUnknown",
        },
        {
            "name": "readdressed",
            "file": "readdressed.bundle",
            "reader": "vector-other",
            "expect": "NotARecipient",
        },
        {
            "name": "content_swapped",
            "file": "content_swapped.bundle",
            "expect": "ContentHashMismatch",
        },
        {"name": "impostor", "file": "impostor.bundle", "expect": "SenderKeyMismatch"},
        {
            "name": "stanza_removed",
            "file": "stanza_removed.bundle",
            "expect": "RecipientCountMismatch",
        },
        {
            "name": "truncated_at_chunk",
            "file": "valid.bundle",
            "edit": {"truncate": header_length + 2 * full},
            "expect": "ContentTruncated",
        },
        {
            "name": "truncated_in_header",
            "file": "valid.bundle",
            "edit": {"truncate": 100},
            "expect": "HeaderTruncated",
        },
        {
            "name": "stanza_bitflip",
            "file": "valid.bundle",
            "edit": {"flip": 16 + 7 + 500},
            "expect": "BundleNotForUs",
        },
        {
            "name": "nonce_bitflip",
            "file": "valid.bundle",
            "edit": {"flip": 16 + 7 + 1168 + 3},
            "expect": "HeaderTampered",
        },
        {
            "name": "chunk_bitflip",
            "file": "valid.bundle",
            "edit": {"flip": header_length + full + 77},
            "expect": "ContentCorrupt",
        },
        {
            "name": "swapped_chunks",
            "file": "valid.bundle",
            "edit": {"swap": [header_length, header_length + full, full]},
            "expect": "ContentCorrupt",
        },
        {
            "name": "trailing_data",
            "file": "valid.bundle",
            # Appended to a short last chunk, the extra byte makes that chunk fail its tag.
            "edit": {"append": "00"},
            "expect": "ContentCorrupt",
        },
        {"name": "bad_magic", "file": "valid.bundle", "edit": {"flip": 0}, "expect": "NotABundle"},
        {
            "name": "version_2",
            "file": "valid.bundle",
            "edit": {"set": [16, 2]},
            "expect": "UnsupportedVersion",
        },
    ]
    (HERE / "vectors.json").write_text(json.dumps(vectors, indent=2) + "\n")


if __name__ == "__main__":
    main()
