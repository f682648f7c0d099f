"""Identity cards, node certificates and key statements are read under the bundles' strict JSON
profile (docs/spec/json.md, exchange/records.parse_json_object): a duplicate key, a number
beyond the exact range or with a fraction, a lone surrogate, a BOM or deep nesting refuses the
document with its own error, never anything else. Each hostile text below is otherwise valid:
where a signature is involved it is genuine, so only the profile can refuse it."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from casevault.crypto.keys import PrivateKeys
from casevault.crypto.signing import DualSignature
from casevault.exchange.errors import ContentInvalid, IdentityCardInvalid, NodeCertificateInvalid
from casevault.exchange.identity_card import build_card, parse_card
from casevault.exchange.key_events import REVOCATION_FORMAT, build_revocation, verify_revocation
from casevault.exchange.node_certificates import (
    CERTIFICATE_FORMAT,
    build_certificate,
    open_envelope,
)
from casevault.exchange.records import parse_json_object

KEYS = PrivateKeys.generate()
NOW = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
DEEP = "[" * 40 + "]" * 40

# (name, change of the card's JSON text): each breaks one rule of the profile.
HOSTILE_TEXTS = [
    ("duplicate key", lambda t: t.replace('{"country"', '{"name":"Decoy","country"', 1)),
    ("huge number", lambda t: t.replace('"version":1', '"version":1e400', 1)),
    ("fraction", lambda t: t.replace('"version":1', '"version":1.0', 1)),
    ("seventeen digits", lambda t: t.replace('"version":1', '"version":10000000000000001', 1)),
    ("lone surrogate", lambda t: t.replace('"country":"DE"', '"country":"D\\ud800"', 1)),
    ("bom", lambda t: "\ufeff" + t),
    ("too deep", lambda t: t.replace('"country":"DE"', f'"country":{DEEP}', 1)),
]


def _card_text() -> str:
    return build_card("org-1", "Berlin Transit e.V.", "transit_ngo", "DE", KEYS, NOW).decode()


@pytest.mark.parametrize(("rule", "change"), HOSTILE_TEXTS, ids=[n for n, _ in HOSTILE_TEXTS])
def test_the_profile_refuses_each_rule(rule: str, change: object) -> None:
    assert callable(change)
    with pytest.raises(ValueError, match=r"\S"):  # any reason, as long as it is refused
        parse_json_object(change(_card_text()).encode("utf-8"))


@pytest.mark.parametrize(("rule", "change"), HOSTILE_TEXTS, ids=[n for n, _ in HOSTILE_TEXTS])
def test_an_identity_card_outside_the_profile_is_not_a_card(rule: str, change: object) -> None:
    assert callable(change)
    with pytest.raises(IdentityCardInvalid) as refused:
        parse_card(change(_card_text()).encode("utf-8"))
    assert refused.value.reason == "not-a-card"


def test_a_duplicate_key_cannot_hide_a_second_name_in_a_genuine_card() -> None:
    # Before, the last "name" won silently: the card verified, and another reader taking the
    # first would have shown "Decoy".
    text = _card_text()
    assert parse_card(text.encode()).name == "Berlin Transit e.V."
    with pytest.raises(IdentityCardInvalid):
        parse_card(text.replace('{"country"', '{"name":"Decoy","country"', 1).encode())


def _certificate() -> bytes:
    node = PrivateKeys.generate().public_keys()
    return build_certificate("org-1", KEYS, "node-1", node, NOW, "Laptop")


@pytest.mark.parametrize(
    "change",
    [
        lambda e: e.replace(b'{"ed25519"', b'{"ed25519":"AAAA","ed25519"', 1),
        lambda e: b"\xef\xbb\xbf" + e,
        lambda e: e.replace(b'"statement":"', b'"statement":"\\ud800', 1),
        lambda e: e[:-1] + b',"x":1e400}',
    ],
    ids=["duplicate key", "bom", "lone surrogate", "huge number"],
)
def test_a_node_certificate_envelope_outside_the_profile_is_refused(change: object) -> None:
    assert callable(change)
    envelope = _certificate()
    assert open_envelope(envelope, CERTIFICATE_FORMAT).org_id == "org-1"
    with pytest.raises(NodeCertificateInvalid) as refused:
        open_envelope(change(envelope), CERTIFICATE_FORMAT)
    assert refused.value.reason == "format"


def test_a_key_statement_outside_the_profile_is_refused() -> None:
    record = build_revocation("org-1", KEYS, NOW)
    statement = base64.b64decode(record["statement"])
    signature = DualSignature(
        base64.b64decode(record["ed25519"]), base64.b64decode(record["mldsa65"])
    )
    assert verify_revocation(statement, signature, KEYS.public_keys(), "org-1").org_id == "org-1"
    for hostile in (
        statement.replace(b'{"fingerprint"', b'{"org_id":"org-2","fingerprint"', 1),
        b"\xef\xbb\xbf" + statement,
        statement.replace(b'"version":1', b'"version":1e400', 1),
    ):
        with pytest.raises(ContentInvalid) as refused:
            verify_revocation(hostile, signature, KEYS.public_keys(), "org-1")
        assert refused.value.kind == REVOCATION_FORMAT
