"""Build the bundle test vectors from `cryptography` primitives, independently of casevault.

Run from the repository root: `python tests/data/bundle_vectors/generate.py [OUT_DIR]` (default:
this folder). It follows docs/spec/bundle-format.md step by step (HPKE, HKDF, HMAC,
ChaCha20-Poly1305, Ed25519, ML-DSA-65 straight from `cryptography`) and never imports
casevault, so the vectors test the reader rather than echo the writer. The index it writes,
`vectors.json`, is documented in docs/spec/test-vectors.md.

Deterministic: keys, ids, times, file keys, stream nonces and content come from fixed labels
(`fixed()`). Two operations draw randomness inside `cryptography` and cannot be seeded: HPKE
encapsulation (the stanzas) and ML-DSA signing (hedged). Their outputs are kept in
`randomness.json` and reused whenever they are still valid for the same inputs (the stanza
opens to the same file key for the same recipient; the signature verifies over the same
manifest), so a re-run writes byte-identical files; only a changed input draws anew.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac, hpke
from cryptography.hazmat.primitives.asymmetric import mldsa, mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

HERE = Path(__file__).parent
CHUNK = 64 * 1024
TAG = 16
FULL = CHUNK + TAG
STANZA = 1168
SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
HPKE_INFO = b"casevault/bundle/v1 suite-1 file-key"
MAC_LABEL = b"casevault/bundle/v1 suite-1 header-mac"
PAYLOAD_LABEL = b"casevault/bundle/v1 suite-1 payload"
SIG_CONTEXT = b"casevault/bundle-manifest/v1"
CERTIFICATE_CONTEXT = b"casevault/node-certificate/v1"
FINGERPRINT_DOMAIN = b"casevault/org-fingerprint/v1\x00"
CREATED_AT = "2025-03-01T12:00:00.000000Z"
RECORD_TIME = "2025-03-01T12:00:00Z"
WALL_MS = 1740830400000  # RECORD_TIME in milliseconds since 1970


def fixed(label: str, length: int) -> bytes:
    """Deterministic "randomness": SHA-256 in counter mode over a label."""
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(f"{label}/{counter}".encode()).digest()
        counter += 1
    return out[:length]


def fixed_uuid(label: str) -> str:
    """A version-4 UUID from a label (as a random UUID would look)."""
    return str(uuid.UUID(bytes=fixed(label, 16), version=4))


class Randomness:
    """Stanzas and ML-DSA signatures of earlier runs, reused while still valid."""

    def __init__(self, path: Path) -> None:
        self.old: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
        self.used: dict[str, str] = {}

    def stanza(self, key: str, recipient: Org, file_key: bytes) -> bytes:
        cached = self.old.get(key)
        if cached is not None:
            try:
                if recipient.open_stanza(bytes.fromhex(cached)) == file_key:
                    self.used[key] = cached
                    return bytes.fromhex(cached)
            except (InvalidTag, ValueError):
                pass
        stanza = SUITE.encrypt(file_key, recipient.hpke_public(), info=HPKE_INFO)
        self.used[key] = stanza.hex()
        return stanza

    def mldsa(self, signer: Org, message: bytes, context: bytes = SIG_CONTEXT) -> bytes:
        digest = hashlib.sha256(message).hexdigest()
        named = "" if context == SIG_CONTEXT else context.decode() + "/"
        key = f"mldsa/{signer.name}/{named}{digest}"
        cached = self.old.get(key)
        if cached is not None:
            try:
                signer.ml.public_key().verify(bytes.fromhex(cached), message, context)
                self.used[key] = cached
                return bytes.fromhex(cached)
            except InvalidSignature:
                pass
        signature = signer.ml.sign(message, context)
        self.used[key] = signature.hex()
        return signature


class Org:
    """A synthetic organisation with fixed keys."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.org_id = fixed_uuid(name + "/org-id")
        self.node_id = fixed_uuid(name + "/node-id")
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

    def open_stanza(self, stanza: bytes) -> bytes:
        private = hpke.MLKEM768X25519PrivateKey(self.kem, self.x)
        return SUITE.decrypt(stanza, private, info=HPKE_INFO)

    def fingerprint(self) -> str:
        raw = (
            self.ed.public_key().public_bytes_raw()
            + self.ml.public_key().public_bytes_raw()
            + self.x.public_key().public_bytes_raw()
            + self.kem.public_key().public_bytes_raw()
        )
        return hashlib.sha256(FINGERPRINT_DOMAIN + raw).hexdigest()

    def sign(self, message: bytes, rand: Randomness, context: bytes = SIG_CONTEXT) -> bytes:
        ed = self.ed.sign(bytes([len(context)]) + context + message)
        return ed + rand.mldsa(self, message, context)

    def public_keys(self) -> dict[str, str]:
        """Raw public keys in base64, as on identity cards and in node certificates."""
        raw = {
            "ed25519": self.ed.public_key().public_bytes_raw(),
            "mldsa65": self.ml.public_key().public_bytes_raw(),
            "x25519": self.x.public_key().public_bytes_raw(),
            "mlkem768": self.kem.public_key().public_bytes_raw(),
        }
        return {name: base64.b64encode(value).decode() for name, value in raw.items()}

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


def record_frame(kind: str, value: object) -> bytes:
    return frame(0x01, bytes([len(kind)]) + kind.encode() + canonical_json(value))


def blob_frames(blob_id: str, data: bytes) -> bytes:
    out = frame(0x02, bytes([len(blob_id)]) + blob_id.encode())
    for i in range(0, len(data), CHUNK):
        out += frame(0x03, data[i : i + CHUNK])
    return out + frame(0x04, b"")


# --- Content records (docs/spec/content-records.md): importable, from the sender's node. ---


def version(sender: Org, value: object) -> dict[str, object]:
    stamp = f"{WALL_MS:016x}-0000-{sender.node_id}"
    return {"stamp": stamp, "value": value, "vector": [[sender.node_id, 1]]}


def case_record(sender: Org, case_id: str, surname: str, latin: str) -> dict[str, object]:
    values: dict[str, object] = {
        "name_cyrillic": {"given": "Иван", "patronymic": "", "surname": surname},
        "name_latin": {"given": "Ivan", "patronymic": "", "surname": latin},
        "country": "GE",
        "status": "screening",
        "risk": "high",
        "service_type": "mobilised",
        "callup_date": "2024-09-30",
        "languages": ["ru"],
    }
    return {
        "id": case_id,
        "origin_org": sender.org_id,
        "created_at": RECORD_TIME,
        "fields": {name: [version(sender, value)] for name, value in values.items()},
    }


def timeline_record(sender: Org, case_id: str, label: str) -> dict[str, object]:
    return {
        "id": fixed_uuid(label + "/timeline"),
        "case_id": case_id,
        "date": "2024-10-02",
        "kind": "call",
        "text": "Первый звонок / first call",
        "created_at": RECORD_TIME,
        "origin_org": sender.org_id,
    }


def attachment_record(sender: Org, case_id: str, label: str, data: bytes) -> dict[str, object]:
    return {
        "id": fixed_uuid(label + "/attachment"),
        "case_id": case_id,
        "filename": "scan-1.pdf",
        "media_type": "application/pdf",
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "created_at": RECORD_TIME,
        "origin_org": sender.org_id,
    }


@dataclass
class Content:
    """Records and blobs in order, as frames, with what an importer should find."""

    frames: bytes = b""
    records: list[dict[str, object]] = field(default_factory=list)
    blobs: dict[str, dict[str, object]] = field(default_factory=dict)

    def record(self, kind: str, value: dict[str, object]) -> Content:
        self.frames += record_frame(kind, value)
        self.records.append({"kind": kind, "value": value})
        return self

    def blob(self, blob_id: str, data: bytes) -> Content:
        self.frames += blob_frames(blob_id, data)
        self.blobs[blob_id] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        return self

    def ended(self) -> bytes:
        return self.frames + frame(0x05, b"")


def one_case(sender: Org, label: str, surname: str, latin: str) -> Content:
    case_id = fixed_uuid(label + "/case")
    return Content().record("case", case_record(sender, case_id, surname, latin))


def case_with_attachment(sender: Org, label: str, data: bytes) -> Content:
    case_id = fixed_uuid(label + "/case")
    attachment = attachment_record(sender, case_id, label, data)
    content = Content().record("case", case_record(sender, case_id, "Чувиляев", "Chuvilyaev"))
    content.record("timeline", timeline_record(sender, case_id, label))
    content.record("attachment", attachment)
    return content.blob(f"attachment/{attachment['id']}", data)


# --- Manifest, payload, stream, header ---


def node_certificate(
    organisation: Org,
    node: Org,
    rand: Randomness,
    *,
    certifier: Org | None = None,
    node_id: str | None = None,
) -> bytes:
    """The envelope of bundle-format.md 13.1-13.2: `organisation` certifies `node`'s keys.
    `certifier` signs instead (and is named as the certifying key); `node_id` names another
    laptop than the one whose keys it certifies."""
    signer = certifier or organisation
    statement = canonical_json(
        {
            "format": "casevault-node-certificate",
            "version": 1,
            "org_id": organisation.org_id,
            "org_key_fingerprint": signer.fingerprint(),
            "node_id": node_id or node.node_id,
            "node_public_keys": node.public_keys(),
            "issued_at": "2025-03-01T11:00:00Z",
            "label": "Ноутбук 2",
        }
    )
    signature = signer.sign(statement, rand, CERTIFICATE_CONTEXT)
    return canonical_json(
        {
            "statement": base64.b64encode(statement).decode(),
            "ed25519": base64.b64encode(signature[:64]).decode(),
            "mldsa65": base64.b64encode(signature[64:]).decode(),
        }
    )


def manifest_object(
    sender: Org,
    recipients: list[Org],
    bundle_id: str,
    content: bytes,
    counts: tuple[int, int],
    certificate: bytes | None = None,
) -> dict[str, Any]:
    sender_object = {
        "org_id": sender.org_id,
        "node_id": sender.node_id,
        "keys_fingerprint": sender.fingerprint(),
    }
    if certificate is not None:  # a node-signed bundle (13.4)
        sender_object["node_certificate"] = base64.b64encode(certificate).decode()
    return {
        "format": "casevault-bundle-manifest/1",
        "bundle_id": bundle_id,
        "created_at": CREATED_AT,
        "sender": sender_object,
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


def payload(
    rand: Randomness,
    sender: Org,
    recipients: list[Org],
    bundle_id: str,
    content: bytes,
    counts: tuple[int, int],
    *,
    manifest: bytes | None = None,
    signature: bytes | None = None,
    certificate: bytes | None = None,
) -> bytes:
    if manifest is None:
        manifest = canonical_json(
            manifest_object(sender, recipients, bundle_id, content, counts, certificate)
        )
    if signature is None:
        signature = sender.sign(manifest, rand)
    return content + frame(0x10, manifest) + frame(0x11, signature)


def stream(file_key: bytes, nonce: bytes, pieces: list[bytes]) -> bytes:
    key = HKDF(hashes.SHA256(), 32, salt=nonce, info=PAYLOAD_LABEL).derive(file_key)
    aead = ChaCha20Poly1305(key)
    out = b""
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        out += aead.encrypt(index.to_bytes(11, "big") + bytes([last]), piece, None)
    return out


def chunked(plaintext: bytes) -> list[bytes]:
    """The spec's chunking: 64 KiB pieces, the last 0..64 KiB, empty only if it is the only one."""
    return [plaintext[i : i + CHUNK] for i in range(0, len(plaintext), CHUNK)] or [b""]


def bundle(
    rand: Randomness,
    recipients: list[Org],
    plaintext: bytes,
    label: str,
    *,
    pieces: list[bytes] | None = None,
) -> bytes:
    file_key = fixed(label + "/file-key", 32)
    nonce = fixed(label + "/stream-nonce", 16)
    stanzas = [rand.stanza(f"stanza/{label}/{r.name}", r, file_key) for r in recipients]
    header = b"CASEVAULT-BUNDLE" + struct.pack(">BHHH", 1, 1, len(stanzas), STANZA)
    header += b"".join(stanzas) + nonce
    mac_key = HKDF(hashes.SHA256(), 32, salt=None, info=MAC_LABEL).derive(file_key)
    mac = hmac.HMAC(mac_key, hashes.SHA256())
    mac.update(header)
    return header + mac.finalize() + stream(file_key, nonce, pieces or chunked(plaintext))


def armor(data: bytes, newline: bytes = b"\n", final: bool = True) -> bytes:
    text = base64.b64encode(data)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    begin, end = b"-----BEGIN CASEVAULT BUNDLE-----", b"-----END CASEVAULT BUNDLE-----"
    return newline.join([begin, *lines, end]) + (newline if final else b"")


def header_length(stanzas: int) -> int:
    return 16 + 7 + STANZA * stanzas + 16 + 32


class Writer:
    """Collects files and index entries."""

    def __init__(self, out: Path, rand: Randomness, orgs: dict[str, Org]) -> None:
        self.out, self.rand, self.orgs = out, rand, orgs
        self.entries: list[dict[str, Any]] = []

    def file(self, name: str, data: bytes) -> str:
        (self.out / name).write_bytes(data)
        return name

    def ok(
        self, name: str, file: str, content: Content, bundle_id: str, reader: str = "recipient"
    ) -> None:
        expected = f"{bundle_id.removeprefix('bundle-')}.expected.json"
        document = {
            "bundle_id": bundle_id,
            "sender_org_id": self.orgs["sender"].org_id,
            "records": content.records,
            "blobs": content.blobs,
        }
        (self.out / expected).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        self.entry(name, file, "ok", reader=reader, expected=expected)

    def entry(
        self,
        name: str,
        file: str,
        expect: str,
        *,
        reader: str = "recipient",
        senders: tuple[str, ...] = ("sender",),
        edit: dict[str, Any] | None = None,
        detail: dict[str, Any] | None = None,
        expected: str | None = None,
    ) -> None:
        entry: dict[str, Any] = {
            "name": name,
            "file": file,
            "reader": f"vector-{reader}",
            "senders": [f"vector-{s}" for s in senders],
        }
        if edit:
            entry["edit"] = edit
        entry["expect"] = expect
        if detail:
            entry["detail"] = detail
        if expected:
            entry["expected"] = expected
        self.entries.append(entry)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rand = Randomness(HERE / "randomness.json")
    sender, recipient, other = Org("vector-sender"), Org("vector-recipient"), Org("vector-other")
    orgs = {"sender": sender, "recipient": recipient, "other": other}
    (out / "keys").mkdir(exist_ok=True)
    for org in orgs.values():
        (out / "keys" / f"{org.name}.json").write_text(json.dumps(org.key_file(), indent=2) + "\n")
    w = Writer(out, rand, orgs)
    to_recipient = [recipient]

    def sealed(label: str, content: Content, recipients: list[Org] | None = None) -> bytes:
        recipients = recipients or to_recipient
        counts = (len(content.records), len(content.blobs))
        plain = payload(rand, sender, recipients, label, content.ended(), counts)
        return bundle(rand, recipients, plain, label)

    # 1. Valid, importable bundles.
    blob = fixed("vector-blob", 140_000)  # stream of three chunks: two full, one short
    valid_content = case_with_attachment(sender, "valid", blob)
    valid = sealed("bundle-valid", valid_content)
    w.ok("valid", w.file("valid.bundle", valid), valid_content, "bundle-valid")

    small_content = one_case(sender, "small", "Ёжиков", "Yozhikov")
    small = sealed("bundle-small", small_content)
    w.ok("small", w.file("small.bundle", small), small_content, "bundle-small")
    armoured = armor(small)
    w.ok("armor_lf", w.file("small.bundle.asc", armoured), small_content, "bundle-small")
    w.ok(
        "armor_crlf",
        w.file("small-crlf.bundle.asc", armor(small, b"\r\n")),
        small_content,
        "bundle-small",
    )
    w.ok(
        "armor_no_final_newline",
        w.file("small-no-final-newline.bundle.asc", armor(small, final=False)),
        small_content,
        "bundle-small",
    )
    w.ok(
        "armor_surrounding_whitespace",
        w.file("small-whitespace.bundle.asc", b" \t\r\n" * 256 + armoured + b"\n \t" * 341),
        small_content,
        "bundle-small",
    )

    multi_content = one_case(sender, "multi", "Щукин", "Shchukin")
    multi = sealed("bundle-multi", multi_content, [other, recipient])
    w.ok("multi_recipient_second", w.file("multi.bundle", multi), multi_content, "bundle-multi")
    w.ok(
        "multi_recipient_first",
        "multi.bundle",
        multi_content,
        "bundle-multi",
        reader="other",
    )

    # A payload of exactly two chunks: the last chunk is full and carries the last flag.
    def exact_content(size: int) -> Content:
        return case_with_attachment(sender, "exact", fixed("vector-exact-blob", size))

    size = 2 * CHUNK - 6000
    for _ in range(20):  # the manifest's numbers change length with the blob: find the fixpoint
        content = exact_content(size)
        counts = (len(content.records), len(content.blobs))
        plain = payload(rand, sender, to_recipient, "bundle-exact", content.ended(), counts)
        if len(plain) == 2 * CHUNK:
            break
        size += 2 * CHUNK - len(plain)
    assert len(plain) == 2 * CHUNK, len(plain)
    exact = bundle(rand, to_recipient, plain, "bundle-exact")
    w.ok("exact_chunks", w.file("exact-chunks.bundle", exact), content, "bundle-exact")
    # The same payload with an empty last chunk after two full ones: refused.
    empty_last = bundle(
        rand, to_recipient, plain, "bundle-exact", pieces=[plain[:CHUNK], plain[CHUNK:], b""]
    )
    w.entry(
        "empty_last_chunk",
        w.file("empty-last-chunk.bundle", empty_last),
        "ContentTruncated",
        detail={"chunks_read": -1},
    )

    # A node-signed bundle (bundle-format.md 13.4): the sender's laptop signs with its own
    # keys, certified by the organisation; it also carries the certificate as a record (13.5).
    laptop = Org("vector-sender-laptop")
    laptop.org_id = sender.org_id
    laptop_keys = json.dumps(laptop.key_file(), indent=2) + "\n"
    (out / "keys" / f"{laptop.name}.json").write_text(laptop_keys)
    certificate = node_certificate(sender, laptop, rand)
    node_content = Content().record(
        "node_certificate", {"certificate": base64.b64encode(certificate).decode()}
    )
    node_content.record(
        "case", case_record(laptop, fixed_uuid("node/case"), "Ноутбуков", "Noutbukov")
    )

    def node_signed(label: str, cert: bytes, signer: Org = laptop) -> bytes:
        counts = (len(node_content.records), 0)
        plain = payload(
            rand, laptop, to_recipient, label, node_content.ended(), counts, certificate=cert
        )
        if signer is not laptop:  # the same manifest, signed by another key
            manifest = plain[len(node_content.ended()) + 5 :][: -(5 + 3373)]
            plain = payload(
                rand,
                laptop,
                to_recipient,
                label,
                node_content.ended(),
                counts,
                manifest=manifest,
                signature=signer.sign(manifest, rand),
            )
        return bundle(rand, to_recipient, plain, label)

    w.ok(
        "node_signed",
        w.file("node-signed.bundle", node_signed("bundle-node", certificate)),
        node_content,
        "bundle-node",
    )
    w.entry(
        "node_certified_by_another_key",
        w.file(
            "node-other-certifier.bundle",
            node_signed(
                "bundle-node-other", node_certificate(sender, laptop, rand, certifier=other)
            ),
        ),
        "SenderKeyMismatch",
        detail={"org_id": sender.org_id},
    )
    w.entry(
        "node_certificate_for_another_node",
        w.file(
            "node-binding.bundle",
            node_signed(
                "bundle-node-binding",
                node_certificate(sender, laptop, rand, node_id=fixed_uuid("elsewhere/node-id")),
            ),
        ),
        "NodeCertificateInvalid",
        detail={"reason": "binding"},
    )
    envelope = json.loads(certificate)
    altered_signature = bytearray(base64.b64decode(envelope["ed25519"]))
    altered_signature[0] ^= 0x01
    envelope["ed25519"] = base64.b64encode(bytes(altered_signature)).decode()
    w.entry(
        "node_certificate_signature_altered",
        w.file(
            "node-certificate-altered.bundle",
            node_signed("bundle-node-altered", canonical_json(envelope)),
        ),
        "NodeCertificateInvalid",
        detail={"reason": "signature"},
    )
    w.entry(
        "node_signed_by_organisation_key",
        w.file(
            "node-signed-by-org.bundle",
            node_signed("bundle-node-org", certificate, signer=sender),
        ),
        "SignatureInvalid",
        detail={"algorithm": "ed25519"},
    )

    # 2. Refusals by whom it is for and who sent it.
    w.entry("wrong_recipient", "valid.bundle", "BundleNotForUs", reader="other")
    w.entry("unknown_sender", "valid.bundle", "SenderUnknown", senders=())
    small_plain = payload(rand, sender, to_recipient, "bundle-small", small_content.ended(), (1, 0))
    readdressed = bundle(rand, [other], small_plain, "bundle-readdressed")
    w.entry(
        "readdressed",
        w.file("readdressed.bundle", readdressed),
        "NotARecipient",
        reader="other",
    )
    valid_plain = payload(rand, sender, to_recipient, "bundle-valid", valid_content.ended(), (3, 1))
    forged = one_case(sender, "forged", "Подменов", "Podmenov").ended()
    swapped = bundle(
        rand, to_recipient, forged + valid_plain[len(valid_content.ended()) :], "bundle-swapped"
    )
    w.entry(
        "content_swapped",
        w.file("content-swapped.bundle", swapped),
        "ContentHashMismatch",
    )
    impostor = Org("vector-other")
    impostor.org_id, impostor.node_id = sender.org_id, sender.node_id
    impostor_plain = payload(
        rand, impostor, to_recipient, "bundle-impostor", small_content.ended(), (1, 0)
    )
    w.entry(
        "impostor",
        w.file("impostor.bundle", bundle(rand, to_recipient, impostor_plain, "bundle-impostor")),
        "SenderKeyMismatch",
    )
    removed_plain = payload(
        rand, sender, [recipient, other], "bundle-removed", small_content.ended(), (1, 0)
    )
    w.entry(
        "stanza_removed",
        w.file(
            "stanza-removed.bundle", bundle(rand, to_recipient, removed_plain, "bundle-removed")
        ),
        "RecipientCountMismatch",
    )

    # 3. Header and stream (edits of valid.bundle: header 1239 bytes, chunks of 65,552).
    head = header_length(1)
    w.entry("empty_file", w.file("empty.bundle", b""), "NotABundle")
    w.entry("shorter_than_magic", w.file("short.bundle", b"CASEVAULT-BUN"), "NotABundle")
    w.entry("bad_magic", "valid.bundle", "NotABundle", edit={"flip": 0})
    w.entry("truncated_in_header", "valid.bundle", "HeaderTruncated", edit={"truncate": 100})
    w.entry(
        "version_2",
        "valid.bundle",
        "UnsupportedVersion",
        edit={"set": [16, 2]},
        detail={"version": 2},
    )
    w.entry(
        "suite_2",
        "valid.bundle",
        "UnsupportedSuite",
        edit={"set": [18, 2]},
        detail={"suite": 2},
    )
    w.entry(
        "no_stanza",
        "valid.bundle",
        "LimitExceeded",
        edit={"set": [20, 0]},
        detail={"limit": "recipients"},
    )
    w.entry(
        "stanza_length_1167",
        "valid.bundle",
        "LimitExceeded",
        edit={"set": [22, 0x8F]},
        detail={"limit": "stanza_length"},
    )
    w.entry("stanza_bitflip", "valid.bundle", "BundleNotForUs", edit={"flip": 16 + 7 + 500})
    w.entry("nonce_bitflip", "valid.bundle", "HeaderTampered", edit={"flip": head - 32 - 13})
    w.entry("mac_bitflip", "valid.bundle", "HeaderTampered", edit={"flip": head - 1})
    w.entry(
        "header_only",
        "valid.bundle",
        "ContentTruncated",
        edit={"truncate": head},
        detail={"chunks_read": 0},
    )
    w.entry(
        "final_read_shorter_than_tag",
        "valid.bundle",
        "ContentTruncated",
        edit={"truncate": head + 2 * FULL + 15},
        detail={"chunks_read": 2},
    )
    w.entry(
        "truncated_at_chunk_boundary",
        "valid.bundle",
        "ContentTruncated",
        edit={"truncate": head + 2 * FULL},
        detail={"chunks_read": 2},
    )
    w.entry(
        "truncated_inside_chunk",
        "valid.bundle",
        "ContentCorrupt",
        edit={"truncate": head + FULL + 1000},
        detail={"chunk": 1},
    )
    w.entry(
        "chunk_bitflip",
        "valid.bundle",
        "ContentCorrupt",
        edit={"flip": head + FULL + 77},
        detail={"chunk": 1},
    )
    w.entry(
        "swapped_chunks",
        "valid.bundle",
        "ContentCorrupt",
        edit={"swap": [head, head + FULL, FULL]},
        detail={"chunk": 0},
    )
    w.entry(
        "trailing_data_after_short_last_chunk",
        "valid.bundle",
        "ContentCorrupt",
        edit={"append": "00"},
        detail={"chunk": 2},
    )
    w.entry(
        "trailing_data_after_full_last_chunk",
        "exact-chunks.bundle",
        "TrailingData",
        edit={"append": "00"},
    )

    # 4. Malformed frames: each a sealed, signed bundle whose only fault is one frame.
    fault_content = one_case(sender, "fault", "Ошибкин", "Oshibkin")
    good = fault_content.frames

    def faulty(name: str, plain: bytes, detail: dict[str, Any], expect: str) -> None:
        label = f"bundle-{name.replace('_', '-')}"
        w.entry(
            name,
            w.file(f"{name.replace('_', '-')}.bundle", bundle(rand, to_recipient, plain, label)),
            expect,
            detail=detail,
        )

    def signed(content: bytes, counts: tuple[int, int] = (1, 0), **kw: Any) -> bytes:
        return payload(rand, sender, to_recipient, "bundle-fault", content, counts, **kw)

    end = frame(0x05, b"")
    case_manifest = canonical_json(
        manifest_object(sender, to_recipient, "bundle-fault", good + end, (1, 0))
    )
    good_sig = sender.sign(case_manifest, rand)
    tail = frame(0x10, case_manifest)
    faulty(
        "signature_short",
        good + end + tail + frame(0x11, good_sig[:-1]),
        {"field": "signature"},
        "FrameMalformed",
    )
    faulty(
        "signature_long",
        good + end + tail + frame(0x11, good_sig + b"\x00"),
        {"field": "signature"},
        "FrameMalformed",
    )
    faulty(
        "frames_after_signature",
        good + end + tail + frame(0x11, good_sig) + end,
        {"field": "trailing_frames"},
        "FrameMalformed",
    )
    faulty("missing_end_of_content", good, {"field": "frame_header"}, "FrameMalformed")
    faulty("cut_inside_frame", good[:-10], {"field": "frame_body"}, "FrameMalformed")
    faulty(
        "non_empty_end_of_content",
        signed(good + frame(0x05, b"\x00")),
        {"field": "end_of_content"},
        "FrameMalformed",
    )
    blob_id = b"attachment/00000000-0000-4000-8000-000000000000"
    begin = frame(0x02, bytes([len(blob_id)]) + blob_id)
    faulty(
        "non_empty_blob_end",
        signed(begin + frame(0x03, b"x") + frame(0x04, b"\x00") + end, (0, 1)),
        {"field": "blob_end"},
        "FrameMalformed",
    )
    faulty(
        "empty_blob_data",
        signed(begin + frame(0x03, b"") + frame(0x04, b"") + end, (0, 1)),
        {"field": "blob_data"},
        "FrameMalformed",
    )
    faulty(
        "blob_id_length_mismatch",
        signed(frame(0x02, bytes([len(blob_id) - 1]) + blob_id) + frame(0x04, b"") + end, (0, 1)),
        {"field": "blob_id"},
        "FrameMalformed",
    )
    faulty(
        "duplicate_blob_id",
        signed(begin + frame(0x04, b"") + begin + frame(0x04, b"") + end, (0, 2)),
        {"field": "blob_id"},
        "FrameMalformed",
    )
    faulty(
        "kind_length_beyond_body",
        signed(frame(0x01, b"\x05case") + end),
        {"field": "kind"},
        "FrameMalformed",
    )
    faulty(
        "kind_length_zero",
        signed(frame(0x01, b"\x00{}") + end),
        {"field": "kind"},
        "FrameMalformed",
    )
    faulty(
        "unknown_tag",
        signed(good + frame(0x06, b"") + end),
        {"field": "tag"},
        "FrameMalformed",
    )
    faulty(
        "blob_data_outside_blob",
        signed(frame(0x03, b"x") + end),
        {"field": "order"},
        "FrameMalformed",
    )
    faulty(
        "record_over_bound",
        signed(good + struct.pack(">BI", 0x01, 1 + 32 + 1024 * 1024 + 1) + end),
        {"limit": "record_length"},
        "LimitExceeded",
    )
    faulty(
        "blob_data_over_bound",
        signed(begin + struct.pack(">BI", 0x03, CHUNK + 1) + end, (0, 1)),
        {"limit": "frame_length"},
        "LimitExceeded",
    )
    for name, json_text in (
        ("json_lone_surrogate", b'{"id":"\\ud800"}'),
        ("json_fraction", b'{"id":1.5}'),
        ("json_huge_integer", b'{"id":9007199254740992}'),
        ("json_duplicate_key", b'{"id":1,"id":2}'),
        ("json_too_deep", b'{"id":' + b"[" * 32 + b"]" * 32 + b"}"),
        ("json_bom", b'\xef\xbb\xbf{"id":1}'),
        ("json_not_an_object", b"[1]"),
        ("json_invalid_utf8", b'{"id":"\xc0\xaf"}'),
    ):
        faulty(
            name,
            signed(frame(0x01, b"\x04case" + json_text) + end),
            {"field": "record"},
            "FrameMalformed",
        )

    # 5. Invalid manifests (signed as they are: the manifest is checked before the signature).
    content_bytes = good + end
    base = manifest_object(sender, to_recipient, "bundle-fault", content_bytes, (1, 0))

    def manifest_case(name: str, manifest: bytes, field_name: str) -> None:
        faulty(
            name, signed(content_bytes, manifest=manifest), {"field": field_name}, "ManifestInvalid"
        )

    manifest_case(
        "manifest_not_canonical",
        json.dumps(base, sort_keys=True, ensure_ascii=False).encode(),
        "canonical",
    )
    manifest_case(
        "manifest_keys_unsorted",
        json.dumps(base, separators=(",", ":"), ensure_ascii=False).encode(),
        "canonical",
    )
    manifest_case(
        "manifest_impossible_date",
        canonical_json(base | {"created_at": "2025-02-30T12:00:00.000000Z"}),
        "created_at",
    )
    manifest_case(
        "manifest_no_fraction",
        canonical_json(base | {"created_at": "2025-03-01T12:00:00Z"}),
        "created_at",
    )
    manifest_case(
        "manifest_extra_sender_key",
        canonical_json(base | {"sender": base["sender"] | {"name": "x"}}),
        "sender",
    )
    manifest_case(
        "manifest_extra_top_key",
        canonical_json(base | {"note": "x"}),
        "manifest",
    )
    manifest_case(
        "manifest_upper_case_fingerprint",
        canonical_json(
            base | {"sender": base["sender"] | {"keys_fingerprint": sender.fingerprint().upper()}}
        ),
        "sender_fingerprint",
    )
    manifest_case(
        "manifest_duplicate_recipient",
        canonical_json(base | {"recipients": base["recipients"] * 2}),
        "recipients",
    )
    manifest_case(
        "manifest_negative_count",
        canonical_json(base | {"content": base["content"] | {"records": -1}}),
        "records",
    )

    # 6. Invalid signatures (everything else intact).
    manifest = canonical_json(base)
    signature = sender.sign(manifest, rand)
    for name, index, algorithm in (
        ("ed25519_signature_altered", 0, "ed25519"),
        ("mldsa65_signature_altered", 64, "ml-dsa-65"),
    ):
        altered = bytearray(signature)
        altered[index] ^= 0x01
        faulty(
            name,
            signed(content_bytes, manifest=manifest, signature=bytes(altered)),
            {"algorithm": algorithm},
            "SignatureInvalid",
        )

    # 7. Armour refusals.
    lines = armoured.split(b"\n")
    w.entry(
        "armor_trailing_space",
        w.file(
            "armor-trailing-space.bundle.asc", b"\n".join([lines[0], lines[1] + b" ", *lines[2:]])
        ),
        "ArmorMalformed",
        detail={"line": 2},
    )
    w.entry(
        "armor_long_line",
        w.file(
            "armor-long-line.bundle.asc",
            b"\n".join([lines[0], lines[1] + lines[2][:4], lines[2][4:], *lines[3:]]),
        ),
        "ArmorMalformed",
        detail={"line": 2},
    )
    w.entry(
        "armor_begin_trailing_space",
        w.file("armor-begin-space.bundle.asc", b"\n".join([lines[0] + b" ", *lines[1:]])),
        "ArmorMalformed",
        detail={"line": 1},
    )
    w.entry(
        "armor_missing_end",
        w.file("armor-missing-end.bundle.asc", b"\n".join(lines[:-2]) + b"\n"),
        "ArmorMalformed",
    )
    w.entry(
        "armor_empty_body",
        w.file("armor-empty-body.bundle.asc", b"\n\n" + lines[0] + b"\n" + lines[-2] + b"\n"),
        "ArmorMalformed",
        detail={"line": 4},
    )
    w.entry(
        "armor_text_after_end",
        w.file("armor-text-after-end.bundle.asc", armoured + b"hello\n"),
        "ArmorMalformed",
    )
    w.entry(
        "armor_too_much_leading_whitespace",
        w.file("armor-leading-whitespace.bundle.asc", b"\n" * 1025 + armoured),
        "NotABundle",
    )
    w.entry(
        "armor_mixed_line_endings",
        w.file("armor-mixed-endings.bundle.asc", armoured.replace(b"\n", b"\r\n", 3)),
        "ok",
        expected="small.expected.json",
    )

    (out / "vectors.json").write_text(json.dumps(w.entries, indent=2) + "\n")
    (out / "randomness.json").write_text(json.dumps(rand.used, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
