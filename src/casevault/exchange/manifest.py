"""The signed manifest: who sent the bundle, to whom, when, and the hash of its content.

Implements docs/spec/bundle-format.md, section "Manifest". It travels inside the encrypted
stream (so an eavesdropper learns neither sender nor recipients) as canonical JSON; the
signature (Ed25519 + ML-DSA-65, context SIGNATURE_CONTEXT) is over these exact bytes, so
no re-canonicalisation happens on the reading side.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from casevault.exchange.bundle_format import MAX_RECIPIENTS, check_identifier
from casevault.exchange.errors import FrameMalformed, InvalidIdentifier, ManifestInvalid
from casevault.exchange.records import decode_json, encode_json

FORMAT = "casevault-bundle-manifest/1"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SENDER_KEYS = {"org_id", "node_id", "keys_fingerprint"}
# ASCII digits only (`\d` would admit other scripts' digits); always six fraction digits.
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


@dataclass(frozen=True)
class ManifestRecipient:
    """One addressee: organisation id and the fingerprint of the keys the bundle was sealed to."""

    org_id: str
    keys_fingerprint: bytes


@dataclass(frozen=True)
class Manifest:
    """What the sender signed. `bundle_id` is what an importer remembers to refuse replays."""

    bundle_id: str
    created_at: dt.datetime
    sender_org_id: str
    sender_node_id: str
    sender_fingerprint: bytes
    recipients: tuple[ManifestRecipient, ...]
    content_sha256: bytes
    content_length: int
    record_count: int
    blob_count: int
    # A node-signed bundle: the organisation's certificate for the signing laptop's keys
    # (docs/spec/bundle-format.md, "Node certificates"); None: signed by the organisation keys.
    sender_node_certificate: bytes | None = None


def format_time(moment: dt.datetime) -> str:
    """RFC 3339 UTC with microseconds and "Z". Raises ValueError for a naive datetime."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("created_at must be timezone-aware")
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _sender(manifest: Manifest) -> dict[str, str]:
    sender = {
        "org_id": manifest.sender_org_id,
        "node_id": manifest.sender_node_id,
        "keys_fingerprint": manifest.sender_fingerprint.hex(),
    }
    if manifest.sender_node_certificate is not None:
        sender["node_certificate"] = base64.b64encode(manifest.sender_node_certificate).decode()
    return sender


def encode_manifest(manifest: Manifest) -> bytes:
    """The canonical JSON bytes that get signed."""
    return encode_json(
        {
            "format": FORMAT,
            "bundle_id": manifest.bundle_id,
            "created_at": format_time(manifest.created_at),
            "sender": _sender(manifest),
            "recipients": [
                {"org_id": r.org_id, "keys_fingerprint": r.keys_fingerprint.hex()}
                for r in manifest.recipients
            ],
            "content": {
                "sha256": manifest.content_sha256.hex(),
                "length": manifest.content_length,
                "records": manifest.record_count,
                "blobs": manifest.blob_count,
            },
        }
    )


def _object(untrusted: Any, keys: set[str], name: str) -> dict[str, Any]:
    if not isinstance(untrusted, dict) or set(untrusted) != keys:
        raise ManifestInvalid(name)
    return untrusted


def _identifier(untrusted: Any, name: str) -> str:
    try:
        return check_identifier(name, untrusted)
    except InvalidIdentifier as exc:
        raise ManifestInvalid(name) from exc


def _fingerprint(untrusted: Any, name: str) -> bytes:
    if not isinstance(untrusted, str) or _HEX64.fullmatch(untrusted) is None:
        raise ManifestInvalid(name)
    return bytes.fromhex(untrusted)


def _count(untrusted: Any, name: str) -> int:
    if type(untrusted) is not int or untrusted < 0:
        raise ManifestInvalid(name)
    return untrusted


def _time(untrusted: Any) -> dt.datetime:
    if not isinstance(untrusted, str) or _TIME.fullmatch(untrusted) is None:
        raise ManifestInvalid("created_at")
    try:
        moment = dt.datetime.fromisoformat(untrusted)  # refuses 2025-02-30, 24:00, :60
    except ValueError as exc:
        raise ManifestInvalid("created_at") from exc
    if moment.year < 1000:  # four digits that strftime writes back unpadded: one form only
        raise ManifestInvalid("created_at")
    return moment


def _certificate(untrusted: Any) -> bytes:
    try:
        if not isinstance(untrusted, str):
            raise ValueError("not text")
        return base64.b64decode(untrusted, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise ManifestInvalid("sender_node_certificate") from exc


def decode_manifest(untrusted_bytes: bytes) -> Manifest:
    """Parse and check the manifest (not its signature). Raises ManifestInvalid(field).

    Every object must have exactly its keys, every value its type and form, `created_at` a
    real UTC date and time, and the bytes must be the canonical encoding of what they say
    (ManifestInvalid("canonical")), so one manifest has exactly one signed form.
    """
    manifest = _decode_manifest(untrusted_bytes)
    if encode_manifest(manifest) != untrusted_bytes:
        raise ManifestInvalid("canonical")
    return manifest


def _decode_manifest(untrusted_bytes: bytes) -> Manifest:
    try:
        untrusted = decode_json(untrusted_bytes, "manifest")
    except FrameMalformed as exc:
        raise ManifestInvalid("json") from exc
    top = _object(
        untrusted,
        {"format", "bundle_id", "created_at", "sender", "recipients", "content"},
        "manifest",
    )
    if top["format"] != FORMAT:
        raise ManifestInvalid("format")
    sender = top["sender"]
    if isinstance(sender, dict) and "node_certificate" in sender:
        sender = _object(sender, {*_SENDER_KEYS, "node_certificate"}, "sender")
    else:
        sender = _object(sender, _SENDER_KEYS, "sender")
    content = _object(top["content"], {"sha256", "length", "records", "blobs"}, "content")
    untrusted_recipients = top["recipients"]
    if not isinstance(untrusted_recipients, list) or not (
        1 <= len(untrusted_recipients) <= MAX_RECIPIENTS
    ):
        raise ManifestInvalid("recipients")
    recipients = []
    for item in untrusted_recipients:
        entry = _object(item, {"org_id", "keys_fingerprint"}, "recipients")
        recipients.append(
            ManifestRecipient(
                org_id=_identifier(entry["org_id"], "recipient_org_id"),
                keys_fingerprint=_fingerprint(entry["keys_fingerprint"], "recipient_fingerprint"),
            )
        )
    if len({r.org_id for r in recipients}) != len(recipients):
        raise ManifestInvalid("recipients")
    return Manifest(
        bundle_id=_identifier(top["bundle_id"], "bundle_id"),
        created_at=_time(top["created_at"]),
        sender_org_id=_identifier(sender["org_id"], "sender_org_id"),
        sender_node_id=_identifier(sender["node_id"], "sender_node_id"),
        sender_fingerprint=_fingerprint(sender["keys_fingerprint"], "sender_fingerprint"),
        recipients=tuple(recipients),
        content_sha256=_fingerprint(content["sha256"], "content_sha256"),
        content_length=_count(content["length"], "content_length"),
        record_count=_count(content["records"], "records"),
        blob_count=_count(content["blobs"], "blobs"),
        sender_node_certificate=(
            _certificate(sender["node_certificate"]) if "node_certificate" in sender else None
        ),
    )
