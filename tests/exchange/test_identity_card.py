"""Identity cards: round trip as file and text; any damage is refused with a reason."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.crypto.keys import PrivateKeys
from casevault.crypto.signing import sign
from casevault.domain.outside_names import display_name_problem
from casevault.exchange.errors import IdentityCardInvalid
from casevault.exchange.identity_card import (
    SIGNATURE_CONTEXT,
    build_card,
    card_to_text,
    parse_card,
)

KEYS = PrivateKeys.generate()
NOW = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)


def _card(name: str = "Berlin Transit e.V.") -> bytes:
    return build_card("org-1", name, "transit_ngo", "DE", KEYS, NOW)


def test_round_trip_file_and_text() -> None:
    card = _card("Правозащитный центр «Выход»")
    for form in (card, card_to_text(card).encode(), b"\n  " + card_to_text(card).encode() + b"\n"):
        parsed = parse_card(form)
        assert parsed.name == "Правозащитный центр «Выход»"
        assert parsed.public_keys == KEYS.public_keys()
        assert parsed.country == "DE"
    assert len(card_to_text(card)) < 16_000  # fits in an e-mail body


def _edit(card: bytes, change: object) -> bytes:
    document = json.loads(card)
    change(document)  # type: ignore[operator]
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(name="Someone Else"), "bad-signature"),
        (lambda d: d.update(org_id="org-2"), "bad-signature"),
        (
            lambda d: d["public_keys"].update(ed25519=base64.b64encode(b"\x01" * 32).decode()),
            "bad-signature",
        ),
        (lambda d: d["public_keys"].update(ed25519="AAAA"), "bad-keys"),
        (lambda d: d.update(version=2), "unsupported-version"),
        (lambda d: d.update(extra="field"), "schema"),
        (lambda d: d.update(format="other"), "not-a-card"),
        (lambda d: d.pop("signature"), "schema"),
    ],
)
def test_altered_cards_are_refused(change: object, reason: str) -> None:
    with pytest.raises(IdentityCardInvalid) as info:
        parse_card(_edit(_card(), change))
    assert info.value.reason == reason


def test_oversized_input_is_refused() -> None:
    with pytest.raises(IdentityCardInvalid) as info:
        parse_card(b"{" + b" " * 100_000 + b"}")
    assert info.value.reason == "too-large"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_raise_only_the_card_error(untrusted: bytes) -> None:
    with pytest.raises(IdentityCardInvalid):
        parse_card(untrusted)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_flipped_byte_is_refused_or_harmless(position: int, flip: int) -> None:
    card = bytearray(_card())
    card[position % len(card)] ^= flip
    try:
        parsed = parse_card(bytes(card))
    except IdentityCardInvalid:
        return
    # Only a flip that JSON normalises away (e.g. inside insignificant whitespace) may pass,
    # and then the content is exactly the original.
    assert parsed.public_keys == KEYS.public_keys()
    assert parsed.name == "Berlin Transit e.V."


def _self_signed(document: dict[str, object]) -> bytes:
    """A card whose self-signature is genuine over whatever `document` holds (a hostile card)."""

    def canonical(obj: object) -> bytes:
        return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    signature = sign(KEYS, SIGNATURE_CONTEXT, canonical(document))
    signed = dict(document)
    signed["signature"] = {
        "ed25519": base64.b64encode(signature.ed25519).decode(),
        "mldsa65": base64.b64encode(signature.mldsa65).decode(),
    }
    return canonical(signed)


def _document(**changes: object) -> dict[str, object]:
    document = json.loads(_card())
    document.pop("signature")
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"org_id": "../../org"}, "bad-id"),
        ({"org_id": "org 1"}, "bad-id"),
        ({"org_id": "o" * 65}, "bad-id"),
        ({"name": "Berlin\u202etisnarT"}, "bad-name"),  # right-to-left override
        ({"name": "Berlin\u2067Transit"}, "bad-name"),  # right-to-left isolate
        ({"name": "Berlin\u200bTransit"}, "bad-name"),  # zero-width space
        ({"name": "Berlin\u200fTransit"}, "bad-name"),  # right-to-left mark
        ({"name": "Berlin\x00Transit"}, "bad-name"),
        ({"name": "Berlin\nTransit"}, "bad-name"),
        ({"name": "Berlin\u2028Transit"}, "bad-name"),  # line separator
        ({"name": " Berlin"}, "bad-name"),
        ({"name": "   "}, "bad-name"),
        ({"name": "B" * 201}, "bad-name"),
        ({"name": 7}, "schema"),
        ({"kind": "Transit NGO!"}, "bad-kind"),
        ({"country": "de"}, "bad-country"),
        ({"country": "DEU"}, "bad-country"),
        ({"country": 49}, "bad-country"),
        ({"created_at": "yesterday"}, "bad-date"),
        ({"created_at": "2026-11-26T00:00:00"}, "bad-date"),  # no time zone
        ({"version": True}, "unsupported-version"),  # JSON true is not the version 1
    ],
)
def test_self_signed_hostile_fields_are_refused(changes: dict[str, object], reason: str) -> None:
    with pytest.raises(IdentityCardInvalid) as info:
        parse_card(_self_signed(_document(**changes)))
    assert info.value.reason == reason


def test_keys_and_signatures_must_have_exactly_the_suite_sizes() -> None:
    keys = KEYS.public_keys().to_dict()
    with_extra_key = _document(public_keys={**keys, "rsa": keys["ed25519"]})
    short_key = _document(public_keys={**keys, "x25519": base64.b64encode(b"\x09" * 31).decode()})
    for document in (with_extra_key, short_key):
        with pytest.raises(IdentityCardInvalid) as info:
            parse_card(_self_signed(document))
        assert info.value.reason == "bad-keys"
    card = json.loads(_card())
    card["signature"]["extra"] = card["signature"]["ed25519"]
    with pytest.raises(IdentityCardInvalid) as signature_info:
        parse_card(json.dumps(card).encode())
    assert signature_info.value.reason == "bad-signature"
    card = json.loads(_card())
    card["signature"]["ed25519"] = base64.b64encode(b"\x00" * 65).decode()
    with pytest.raises(IdentityCardInvalid) as long_info:
        parse_card(json.dumps(card).encode())
    assert long_info.value.reason == "bad-signature"


@settings(max_examples=60, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "org_id": st.text(max_size=70),
            "name": st.text(max_size=210),
            "kind": st.text(max_size=45),
            "country": st.none() | st.text(max_size=4),
            "created_at": st.text(max_size=40),
        },
    )
)
def test_any_self_signed_card_is_accepted_only_with_safe_fields(
    changes: dict[str, object],
) -> None:
    try:
        card = parse_card(_self_signed(_document(**changes)))
    except IdentityCardInvalid:
        return
    assert display_name_problem(card.name) is None
    assert card.org_id.isascii()
    assert "/" not in card.org_id
