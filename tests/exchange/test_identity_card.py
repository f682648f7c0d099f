"""Identity cards: round trip as file and text; any damage is refused with a reason."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.crypto.keys import PrivateKeys
from casevault.exchange.errors import IdentityCardInvalid
from casevault.exchange.identity_card import build_card, card_to_text, parse_card

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
