"""A second bundle reader, written only from docs/spec/ (bundle-format.md, json.md and others).

It imports nothing of casevault: the HPKE key schedule (RFC 9180, base mode), the X-Wing
decapsulation and combiner, the STREAM read algorithm, the frames, the JSON profile, the
manifest, the signatures and the armour are all written out here from the spec's words, with
`cryptography` used only for the primitives (ML-KEM-768, X25519, Ed25519, ML-DSA-65,
ChaCha20-Poly1305). Where it and casevault's reader agree on every vector, the spec is complete
enough to implement; where writing it needed the code, the spec was fixed (see the spec's
"Changes").

`read_bundle(data, reader_seeds, reader_org_id, senders)` returns the records and blobs, or
raises `Refused(name, detail)` with the error name of the spec's error table.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
import struct
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric import mldsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from tests.spec.independent_keys import OrgKeys, Seeds, hkdf, hpke_open

__all__ = ["OrgKeys", "Refused", "Seeds", "read_bundle"]


class Refused(Exception):
    """The spec's error name and the values it carries."""

    def __init__(self, name: str, **detail: Any) -> None:
        super().__init__(name, detail)
        self.name = name
        self.detail = detail


# --- Armour (section 10) ---

BEGIN = b"-----BEGIN CASEVAULT BUNDLE-----"
END = b"-----END CASEVAULT BUNDLE-----"
WHITESPACE = b" \t\r\n"


def dearmor(data: bytes) -> bytes:
    if data[:16] == b"CASEVAULT-BUNDLE":
        return data
    body = data.lstrip(WHITESPACE)
    if len(data) - len(body) > 1024 or not body.startswith(BEGIN):
        raise Refused("NotABundle")
    line_number = data[: len(data) - len(body)].count(b"\n") + 1
    lines = body.split(b"\n")
    out = b""
    short_seen = False
    for index, raw in enumerate(lines):
        number = line_number + index
        is_last_piece = index == len(lines) - 1
        text = raw[:-1] if raw.endswith(b"\r") and not is_last_piece else raw
        if index == 0:
            if text != BEGIN or is_last_piece:
                raise Refused("ArmorMalformed", line=number)
            continue
        if text == END:
            rest = b"\n".join(lines[index + 1 :])
            if index == 1 or len(rest) > 1024 or rest.strip(WHITESPACE):
                raise Refused("ArmorMalformed", line=number + (index > 1))
            return out
        if is_last_piece or short_seen or not 0 < len(text) <= 64 or len(text) % 4:
            raise Refused("ArmorMalformed", line=number)
        short_seen = len(text) < 64
        try:
            decoded = base64.b64decode(text, validate=True)
        except ValueError:
            raise Refused("ArmorMalformed", line=number) from None
        if base64.b64encode(decoded) != text:
            raise Refused("ArmorMalformed", line=number)
        out += decoded
    raise Refused("ArmorMalformed", line=line_number + len(lines) - 1)


# --- Header (5.1, 5.2) and stream (5.3) ---

CHUNK, TAG = 65536, 16
FULL = CHUNK + TAG


def read_stream(payload_key: bytes, data: bytes) -> bytes:
    """The pseudocode of section 5.3, as written there."""
    aead = ChaCha20Poly1305(payload_key)

    def open_chunk(i: int, ct: bytes, last: bool) -> bytes | None:
        try:
            return aead.decrypt(i.to_bytes(11, "big") + bytes([last]), ct, None)
        except InvalidTag:
            return None

    out, i, pos = b"", 0, 0
    while True:
        chunk = data[pos : pos + FULL]
        pos += len(chunk)
        if len(chunk) < FULL:
            if len(chunk) < TAG:
                raise Refused("ContentTruncated", chunks_read=i)
            plain = open_chunk(i, chunk, True)
            if plain is None:
                raise Refused("ContentCorrupt", chunk=i)
            if not plain and i > 0:
                raise Refused("ContentTruncated", chunks_read=-1)
            return out + plain
        if pos == len(data):
            plain = open_chunk(i, chunk, True)
            if plain is not None:
                return out + plain
            if open_chunk(i, chunk, False) is not None:
                raise Refused("ContentTruncated", chunks_read=i + 1)
            raise Refused("ContentCorrupt", chunk=i)
        plain = open_chunk(i, chunk, False)
        if plain is None:
            if open_chunk(i, chunk, True) is not None:
                raise Refused("TrailingData")
            raise Refused("ContentCorrupt", chunk=i)
        out += plain
        i += 1


# --- JSON profile (json.md) ---


def strict_json(raw: bytes, name: str, where: str) -> dict[str, Any]:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        if len({k for k, _ in items}) != len(items):
            raise ValueError
        return dict(items)

    def integer(text: str) -> int:
        if len(text.lstrip("-")) > 16 or abs(int(text)) > 2**53 - 1:
            raise ValueError
        return int(text)

    def depth(value: Any) -> int:
        if isinstance(value, dict):
            return 1 + max((depth(v) for v in value.values()), default=0)
        if isinstance(value, list):
            return 1 + max((depth(v) for v in value), default=0)
        return 0

    def strings(value: Any) -> list[str]:
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in [k, *strings(v)]]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return [value] if isinstance(value, str) else []

    def refuse(_: str) -> Any:
        raise ValueError

    try:
        text = raw.decode("utf-8")
        if text.startswith("\ufeff"):
            raise ValueError
        value = json.loads(
            text, object_pairs_hook=pairs, parse_float=refuse, parse_int=integer,
            parse_constant=refuse,
        )  # fmt: skip
        if not isinstance(value, dict) or depth(value) > 32:
            raise ValueError
        if any(0xD800 <= ord(c) <= 0xDFFF for s in strings(value) for c in s):
            raise ValueError
    except (ValueError, RecursionError):
        raise Refused(name, field=where) from None
    return value


# --- Frames (6) ---

KIND = re.compile(r"[a-z][a-z0-9_.-]{0,31}")
BLOB_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}")
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
HEX64 = re.compile(r"[0-9a-f]{64}")
TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
BOUND = {0x01: 1 + 32 + 1048576, 0x02: 129, 0x03: 65536, 0x10: 262144}
EXACT = {0x04: (0, "blob_end"), 0x05: (0, "end_of_content"), 0x11: (3373, "signature")}
LIMIT = {0x01: "record_length", 0x02: "blob_id_length", 0x03: "frame_length", 0x10: "manifest"}


@dataclass
class Frames:
    data: bytes
    pos: int = 0

    def next(self) -> tuple[int, bytes]:
        if len(self.data) - self.pos < 5:
            raise Refused("FrameMalformed", field="frame_header")
        tag, length = struct.unpack_from(">BI", self.data, self.pos)
        if tag in EXACT:
            if length != EXACT[tag][0]:
                raise Refused("FrameMalformed", field=EXACT[tag][1])
        elif tag not in BOUND:
            raise Refused("FrameMalformed", field="tag")
        elif length > BOUND[tag]:
            raise Refused("LimitExceeded", limit=LIMIT[tag])
        if len(self.data) - self.pos - 5 < length:
            raise Refused("FrameMalformed", field="frame_body")
        body = self.data[self.pos + 5 : self.pos + 5 + length]
        self.pos += 5 + length
        return tag, body


def _prefixed(body: bytes, maximum: int, what: str, pattern: re.Pattern[str]) -> tuple[str, bytes]:
    if not body or not 1 <= body[0] <= maximum or len(body) < 1 + body[0]:
        raise Refused("FrameMalformed", field=what)
    text = body[1 : 1 + body[0]].decode("latin-1")
    if pattern.fullmatch(text) is None:
        raise Refused("FrameMalformed", field=what)
    return text, body[1 + body[0] :]


@dataclass
class Content:
    records: list[dict[str, Any]] = field(default_factory=list)
    blobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    length: int = 0


def read_frames(payload: bytes) -> tuple[Content, bytes, bytes]:
    frames = Frames(payload)
    content = Content()
    blob: tuple[str, bytes] | None = None
    while True:
        tag, body = frames.next()
        if blob is not None:
            if tag == 0x03 and body:
                blob = (blob[0], blob[1] + body)
                continue
            if tag != 0x04:
                raise Refused("FrameMalformed", field="blob_data")
            data = blob[1]
            content.blobs[blob[0]] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            blob = None
        elif tag == 0x05:
            break
        elif tag == 0x01:
            kind, rest = _prefixed(body, 32, "kind", KIND)
            if len(rest) > 1048576:
                raise Refused("LimitExceeded", limit="record_length")
            value = strict_json(rest, "FrameMalformed", "record")
            content.records.append({"kind": kind, "value": value})
        elif tag == 0x02:
            blob_id, rest = _prefixed(body, 128, "blob_id", BLOB_ID)
            if rest or blob_id in content.blobs:
                raise Refused("FrameMalformed", field="blob_id")
            blob = (blob_id, b"")
        else:
            raise Refused("FrameMalformed", field="order")
    content.length = frames.pos
    tag, manifest = frames.next()
    if tag != 0x10:
        raise Refused("FrameMalformed", field="manifest")
    tag, signature = frames.next()
    if tag != 0x11:
        raise Refused("FrameMalformed", field="signature")
    if frames.pos != len(payload):
        raise Refused("FrameMalformed", field="trailing_frames")
    return content, manifest, signature


# --- Manifest (7) ---


def check_manifest(raw: bytes) -> dict[str, Any]:
    m = strict_json(raw, "ManifestInvalid", "json")

    def exact(obj: Any, keys: set[str], name: str) -> dict[str, Any]:
        if not isinstance(obj, dict) or set(obj) != keys:
            raise Refused("ManifestInvalid", field=name)
        return obj

    def check(ok: bool, name: str) -> None:
        if not ok:
            raise Refused("ManifestInvalid", field=name)

    def ident(value: Any) -> bool:
        return isinstance(value, str) and ID.fullmatch(value) is not None

    def hex64(value: Any) -> bool:
        return isinstance(value, str) and HEX64.fullmatch(value) is not None

    def count(value: Any) -> bool:
        return type(value) is int and value >= 0

    exact(m, {"format", "bundle_id", "created_at", "sender", "recipients", "content"}, "manifest")
    check(m["format"] == "casevault-bundle-manifest/1", "format")
    sender_keys = {"org_id", "node_id", "keys_fingerprint"}
    if isinstance(m["sender"], dict) and "node_certificate" in m["sender"]:
        sender_keys.add("node_certificate")  # a node-signed bundle (13.4)
    sender = exact(m["sender"], sender_keys, "sender")
    if "node_certificate" in sender:
        try:
            if not isinstance(sender["node_certificate"], str):
                raise ValueError
            base64.b64decode(sender["node_certificate"], validate=True)
        except ValueError:
            raise Refused("ManifestInvalid", field="sender_node_certificate") from None
    content = exact(m["content"], {"sha256", "length", "records", "blobs"}, "content")
    recipients = m["recipients"]
    check(isinstance(recipients, list) and 1 <= len(recipients) <= 64, "recipients")
    for entry in recipients:
        exact(entry, {"org_id", "keys_fingerprint"}, "recipients")
        check(ident(entry["org_id"]), "recipient_org_id")
        check(hex64(entry["keys_fingerprint"]), "recipient_fingerprint")
    check(len({r["org_id"] for r in recipients}) == len(recipients), "recipients")
    check(ident(m["bundle_id"]), "bundle_id")
    created = m["created_at"]
    check(isinstance(created, str) and TIME.fullmatch(created) is not None, "created_at")
    try:
        moment = dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        raise Refused("ManifestInvalid", field="created_at") from None
    check(moment.year >= 1000, "created_at")
    check(ident(sender["org_id"]), "sender_org_id")
    check(ident(sender["node_id"]), "sender_node_id")
    check(hex64(sender["keys_fingerprint"]), "sender_fingerprint")
    check(hex64(content["sha256"]), "content_sha256")
    check(count(content["length"]), "content_length")
    check(count(content["records"]), "records")
    check(count(content["blobs"]), "blobs")
    canonical = json.dumps(m, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    check(canonical.encode() == raw, "canonical")
    return m


# --- Node certificates (13.1, 13.2, 13.4) ---

CERTIFICATE_FIELDS = {
    "format", "version", "org_id", "org_key_fingerprint", "node_id", "node_public_keys",
    "issued_at", "label",
}  # fmt: skip
KEY_LENGTHS = {"ed25519": 32, "mldsa65": 1952, "x25519": 32, "mlkem768": 1184}


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _b64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError
    return base64.b64decode(value, validate=True)


def open_certificate(envelope: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """(statement fields, statement bytes, Ed25519 and ML-DSA-65 signatures): the shape of
    13.1 and 13.2, not the signatures. Refused("NodeCertificateInvalid", reason="format")."""
    try:
        if len(envelope) > 16 * 1024:
            raise ValueError
        outer = json.loads(envelope.decode("utf-8"))
        if not isinstance(outer, dict) or set(outer) != {"statement", "ed25519", "mldsa65"}:
            raise ValueError
        if _canonical(outer) != envelope:
            raise ValueError
        statement = _b64(outer["statement"])
        ed_sig, ml_sig = _b64(outer["ed25519"]), _b64(outer["mldsa65"])
        if len(ed_sig) != 64 or len(ml_sig) != 3309:
            raise ValueError
        document = json.loads(statement.decode("utf-8"))
        if not isinstance(document, dict) or _canonical(document) != statement:
            raise ValueError
        if set(document) != CERTIFICATE_FIELDS or document["version"] != 1:
            raise ValueError
        if document["format"] != "casevault-node-certificate":
            raise ValueError
        for name in ("org_id", "node_id"):
            if not isinstance(document[name], str) or not ID.fullmatch(document[name]):
                raise ValueError
        if not isinstance(document["org_key_fingerprint"], str):
            raise ValueError
        if not HEX64.fullmatch(document["org_key_fingerprint"]):
            raise ValueError
        issued = document["issued_at"]
        if not isinstance(issued, str) or not re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", issued
        ):
            raise ValueError
        dt.datetime.strptime(issued, "%Y-%m-%dT%H:%M:%SZ")
        keys = document["node_public_keys"]
        if not isinstance(keys, dict) or set(keys) != set(KEY_LENGTHS):
            raise ValueError
        if any(len(_b64(keys[name])) != size for name, size in KEY_LENGTHS.items()):
            raise ValueError
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise Refused("NodeCertificateInvalid", reason="format") from None
    return document, statement, ed_sig, ml_sig


def verify_two(keys: OrgKeys, context: bytes, message: bytes, ed_sig: bytes, ml_sig: bytes) -> str:
    """ "" if both signatures verify, else the name of the first algorithm that fails."""
    try:
        Ed25519PublicKey.from_public_bytes(keys.ed25519).verify(
            ed_sig, bytes([len(context)]) + context + message
        )
    except InvalidSignature:
        return "ed25519"
    try:
        mldsa.MLDSA65PublicKey.from_public_bytes(keys.mldsa65).verify(ml_sig, message, context)
    except InvalidSignature:
        return "ml-dsa-65"
    return ""


def node_signer(sender: dict[str, Any], org_keys: OrgKeys) -> OrgKeys:
    """Steps 2-5 of 13.4: the laptop keys that must have signed the manifest."""
    document, statement, ed_sig, ml_sig = open_certificate(
        base64.b64decode(sender["node_certificate"])
    )
    if document["org_id"] != sender["org_id"]:
        raise Refused("NodeCertificateInvalid", reason="binding")
    if document["org_key_fingerprint"] != org_keys.fingerprint():
        raise Refused("SenderKeyMismatch", org_id=sender["org_id"])
    if verify_two(org_keys, b"casevault/node-certificate/v1", statement, ed_sig, ml_sig):
        raise Refused("NodeCertificateInvalid", reason="signature")
    keys = document["node_public_keys"]
    node = OrgKeys(*(base64.b64decode(keys[name]) for name in KEY_LENGTHS))
    if document["node_id"] != sender["node_id"] or node.fingerprint() != sender["keys_fingerprint"]:
        raise Refused("NodeCertificateInvalid", reason="binding")
    return node


# --- The whole verification (9) ---


def read_bundle(
    data: bytes, seeds: Seeds, our_org_id: str, senders: dict[str, OrgKeys]
) -> dict[str, Any]:
    data = dearmor(data)
    if len(data) < 16 or data[:16] != b"CASEVAULT-BUNDLE":
        raise Refused("NotABundle")
    if len(data) < 23:
        raise Refused("HeaderTruncated")
    version, suite, count, stanza_length = struct.unpack_from(">BHHH", data, 16)
    if version != 1:
        raise Refused("UnsupportedVersion", version=version)
    if suite != 1:
        raise Refused("UnsupportedSuite", suite=suite)
    if not 1 <= count <= 64:
        raise Refused("LimitExceeded", limit="recipients")
    if stanza_length != 1168:
        raise Refused("LimitExceeded", limit="stanza_length")
    mac_at = 23 + 1168 * count + 16
    if len(data) < mac_at + 32:
        raise Refused("HeaderTruncated")
    file_key = None
    for i in range(count):
        stanza = data[23 + 1168 * i : 23 + 1168 * (i + 1)]
        try:
            opened = hpke_open(seeds, stanza, b"casevault/bundle/v1 suite-1 file-key")
        except (InvalidTag, ValueError):
            continue
        if file_key is None and len(opened) == 32:
            file_key = opened
    if file_key is None:
        raise Refused("BundleNotForUs")
    mac_key = hkdf(file_key, b"", b"casevault/bundle/v1 suite-1 header-mac")
    expected_mac = hmac.new(mac_key, data[:mac_at], hashlib.sha256).digest()
    if not hmac.compare_digest(expected_mac, data[mac_at : mac_at + 32]):
        raise Refused("HeaderTampered")
    nonce = data[mac_at - 16 : mac_at]
    payload_key = hkdf(file_key, nonce, b"casevault/bundle/v1 suite-1 payload")
    payload = read_stream(payload_key, data[mac_at + 32 :])
    content, manifest_bytes, signature = read_frames(payload)
    manifest = check_manifest(manifest_bytes)
    sender_id = manifest["sender"]["org_id"]
    sender = senders.get(sender_id)
    if sender is None:
        raise Refused("SenderUnknown", org_id=sender_id)
    if "node_certificate" in manifest["sender"]:
        sender = node_signer(manifest["sender"], sender)
    elif sender.fingerprint() != manifest["sender"]["keys_fingerprint"]:
        raise Refused("SenderKeyMismatch", org_id=sender_id)
    context = b"casevault/bundle-manifest/v1"
    failed = verify_two(sender, context, manifest_bytes, signature[:64], signature[64:])
    if failed:
        raise Refused("SignatureInvalid", algorithm=failed)
    ours = seeds.public().fingerprint()
    if not any(
        r["org_id"] == our_org_id and r["keys_fingerprint"] == ours for r in manifest["recipients"]
    ):
        raise Refused("NotARecipient", org_id=our_org_id)
    if count != len(manifest["recipients"]):
        raise Refused(
            "RecipientCountMismatch", stanzas=count, recipients=len(manifest["recipients"])
        )
    signed = manifest["content"]
    if (
        hashlib.sha256(payload[: content.length]).hexdigest() != signed["sha256"]
        or content.length != signed["length"]
        or len(content.records) != signed["records"]
        or len(content.blobs) != signed["blobs"]
    ):
        raise Refused("ContentHashMismatch")
    return {
        "bundle_id": manifest["bundle_id"],
        "sender_org_id": sender_id,
        "records": content.records,
        "blobs": content.blobs,
    }
