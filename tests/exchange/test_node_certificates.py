"""Node certificates and node-signed bundles, with real keys and no database.

A bundle signed by a laptop's own keys is accepted only with a certificate for exactly those
keys, that laptop and that organisation, signed by the organisation key the reader holds; a
revoked laptop's bundles are refused whatever date they claim; bundles signed by the
organisation's keys (before node keys) still verify.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from collections.abc import Callable

import pytest

from casevault.crypto.keys import PrivateKeys, PublicKeys
from casevault.exchange.errors import (
    NodeCertificateInvalid,
    NodeRevoked,
    SenderKeyMismatch,
    SenderUnknown,
)
from casevault.exchange.manifest import decode_manifest, encode_manifest
from casevault.exchange.node_certificates import (
    CERTIFICATE_FORMAT,
    REVOCATION_FORMAT,
    build_certificate,
    build_revocation,
    open_envelope,
    verify_certificate,
    verify_revocation,
)
from casevault.exchange.records import JsonRecord
from casevault.exchange.seal import RecipientKeys, SenderIdentity, seal_bundle
from casevault.exchange.unseal import NodeTrust, VerifiedBundle, unseal_bundle
from tests.exchange.helpers import read_all

ORG, OTHER_ORG, PARTNER = "org-a", "org-b", "partner"
NODE, OTHER_NODE = "node-1", "node-2"
ISSUED = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


class Keys:
    """One test world's keys, made once per module (ML-DSA key generation is not free)."""

    org = PrivateKeys.generate()
    other_org = PrivateKeys.generate()
    node = PrivateKeys.generate()
    other_node = PrivateKeys.generate()
    partner = PrivateKeys.generate()


def _certificate(
    org_keys: PrivateKeys = Keys.org,
    org_id: str = ORG,
    node_id: str = NODE,
    node: PrivateKeys = Keys.node,
) -> bytes:
    return build_certificate(org_id, org_keys, node_id, node.public_keys(), ISSUED, "Office 2")


def _bundle(
    signer: PrivateKeys,
    certificate: bytes | None,
    *,
    org_id: str = ORG,
    node_id: str = NODE,
    created: dt.datetime = ISSUED,
) -> bytes:
    sink = io.BytesIO()
    seal_bundle(
        sink,
        SenderIdentity(signer, org_id, node_id, certificate),
        [RecipientKeys(PARTNER, Keys.partner.public_keys())],
        "bundle-1",
        created,
        [JsonRecord("note", {"text": "hello"})],
    )
    return sink.getvalue()


def _held(org_id: str) -> PublicKeys | None:
    return {ORG: Keys.org.public_keys(), OTHER_ORG: Keys.other_org.public_keys()}.get(org_id)


def _trust(revoked: Callable[[str, str, str | None], bool] = lambda *_: False) -> NodeTrust:
    def certifier(org_id: str, fingerprint: str) -> PublicKeys | None:
        held = _held(org_id)
        return held if held is not None and held.fingerprint().hex() == fingerprint else None

    return NodeTrust(certifier, revoked)


def _open(bundle: bytes, trust: NodeTrust | None = None) -> VerifiedBundle:
    return unseal_bundle(io.BytesIO(bundle), Keys.partner, PARTNER, _held, trust or _trust())


def test_a_node_signed_bundle_verifies_through_its_certificate() -> None:
    verified = _open(_bundle(Keys.node, _certificate()))
    assert verified.node_certificate is not None
    assert verified.node_certificate.node_id == NODE
    assert verified.node_certificate.label == "Office 2"
    # Signed by the laptop, not the organisation; the organisation's keys are what we hold.
    assert verified.manifest.sender_fingerprint == Keys.node.public_keys().fingerprint()
    assert verified.sender_keys == Keys.org.public_keys()
    assert read_all(verified) == [("record", "note", {"text": "hello"})]


def test_a_bundle_signed_by_the_organisation_still_verifies() -> None:
    verified = _open(_bundle(Keys.org, None))
    assert verified.node_certificate is None
    assert verified.manifest.sender_fingerprint == Keys.org.public_keys().fingerprint()


def test_a_certificate_signed_by_another_organisation_is_refused() -> None:
    # org-b certifies a laptop key in org-a's name: not a key we hold for org-a.
    forged = _certificate(org_keys=Keys.other_org)
    with pytest.raises(SenderKeyMismatch):
        _open(_bundle(Keys.node, forged))


def test_a_certificate_of_a_foreign_organisation_is_refused() -> None:
    # A genuine certificate of org-b's laptop, carried by a bundle that claims to be org-a's.
    foreign = _certificate(org_keys=Keys.other_org, org_id=OTHER_ORG)
    with pytest.raises(NodeCertificateInvalid) as refused:
        _open(_bundle(Keys.node, foreign))
    assert refused.value.reason == "binding"


def test_a_certificate_for_other_keys_or_another_laptop_is_refused() -> None:
    # A thief with his own keys and a genuine certificate of another laptop.
    with pytest.raises(NodeCertificateInvalid) as other_keys:
        _open(_bundle(Keys.other_node, _certificate()))
    assert other_keys.value.reason == "binding"
    with pytest.raises(NodeCertificateInvalid) as other_laptop:
        _open(_bundle(Keys.node, _certificate(), node_id=OTHER_NODE))
    assert other_laptop.value.reason == "binding"


def _tampered(certificate: bytes, **changes: object) -> bytes:
    envelope = json.loads(certificate)
    statement = json.loads(base64.b64decode(envelope["statement"]))
    statement.update(changes)
    statement_bytes = json.dumps(
        statement, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode()
    envelope["statement"] = base64.b64encode(statement_bytes).decode()
    return json.dumps(envelope, sort_keys=True, separators=(",", ":")).encode()


def test_a_tampered_certificate_is_refused() -> None:
    # The thief's keys written into a genuine certificate: its signature no longer holds.
    swapped = _tampered(_certificate(), node_public_keys=Keys.other_node.public_keys().to_dict())
    with pytest.raises(NodeCertificateInvalid) as refused:
        _open(_bundle(Keys.other_node, swapped))
    assert refused.value.reason == "signature"
    with pytest.raises(NodeCertificateInvalid) as garbage:
        _open(_bundle(Keys.node, b"not a certificate"))
    assert garbage.value.reason == "format"


def test_a_node_signed_bundle_from_an_unknown_organisation_is_refused() -> None:
    stranger = PrivateKeys.generate()
    certificate = _certificate(org_keys=stranger, org_id="stranger")
    with pytest.raises(SenderUnknown):
        _open(_bundle(Keys.node, certificate, org_id="stranger"))


def test_a_revoked_laptop_is_refused_whatever_date_it_claims() -> None:
    revoked_nodes = {(ORG, NODE)}
    trust = _trust(lambda org, node, _fingerprint: (org, node) in revoked_nodes)
    for created in (ISSUED, dt.datetime(2001, 1, 1, tzinfo=dt.UTC)):  # now, and backdated
        with pytest.raises(NodeRevoked) as refused:
            _open(_bundle(Keys.node, _certificate(), created=created), trust)
        assert (refused.value.org_id, refused.value.node_id) == (ORG, NODE)
    # Also under another laptop id, by the revoked keys' fingerprint.
    revoked_keys = Keys.node.public_keys().fingerprint().hex()
    by_key = _trust(lambda _org, _node, fingerprint: fingerprint == revoked_keys)
    with pytest.raises(NodeRevoked):
        _open(_bundle(Keys.node, _certificate()), by_key)
    # And an organisation-signed bundle naming the revoked laptop as its sender.
    with pytest.raises(NodeRevoked):
        _open(_bundle(Keys.org, None), trust)
    # The same bundles open for a reader who holds no revocation.
    assert _open(_bundle(Keys.node, _certificate())).node_certificate is not None


def test_the_manifest_carries_the_certificate_in_its_signed_bytes() -> None:
    certificate = _certificate()
    verified = _open(_bundle(Keys.node, certificate))
    assert verified.manifest.sender_node_certificate == certificate
    again = decode_manifest(encode_manifest(verified.manifest))
    assert again == verified.manifest


def test_a_revocation_verifies_only_against_the_organisation_key() -> None:
    revocation = build_revocation(ORG, Keys.org, NODE, "ab" * 32, ISSUED)
    signed = open_envelope(revocation, REVOCATION_FORMAT)
    checked = verify_revocation(signed, Keys.org.public_keys())
    assert (checked.org_id, checked.node_id, checked.node_fingerprint) == (ORG, NODE, "ab" * 32)
    with pytest.raises(NodeCertificateInvalid):
        verify_revocation(signed, Keys.other_org.public_keys())
    # A certificate is not a revocation, nor the other way round (formats and contexts differ).
    with pytest.raises(NodeCertificateInvalid):
        open_envelope(revocation, CERTIFICATE_FORMAT)
    with pytest.raises(NodeCertificateInvalid):
        open_envelope(_certificate(), REVOCATION_FORMAT)


def test_a_certificate_with_an_unsafe_label_is_refused() -> None:
    certificate = build_certificate(
        ORG, Keys.org, NODE, Keys.node.public_keys(), ISSUED, "Office\u202e2"
    )
    with pytest.raises(NodeCertificateInvalid) as refused:
        verify_certificate(open_envelope(certificate, CERTIFICATE_FORMAT), Keys.org.public_keys())
    assert refused.value.reason == "format"


def test_a_statement_with_a_missing_or_extra_field_is_refused() -> None:
    extra = _tampered(_certificate(), valid_until="2099-01-01T00:00:00Z")
    with pytest.raises(NodeCertificateInvalid) as refused:
        open_envelope(extra, CERTIFICATE_FORMAT)
    assert refused.value.reason == "format"
    envelope = json.loads(_certificate())
    statement = json.loads(base64.b64decode(envelope["statement"]))
    del statement["label"]
    envelope["statement"] = base64.b64encode(
        json.dumps(statement, sort_keys=True, separators=(",", ":")).encode()
    ).decode()
    missing = json.dumps(envelope, sort_keys=True, separators=(",", ":")).encode()
    with pytest.raises(NodeCertificateInvalid):
        open_envelope(missing, CERTIFICATE_FORMAT)
