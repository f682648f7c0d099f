"""Header MAC: any change to the header, or another key or label, is refused."""

from __future__ import annotations

import pytest

from casevault.crypto.errors import HeaderMacInvalid
from casevault.crypto.header_mac import MAC_LENGTH, header_mac, verify_header_mac

KEY = bytes(range(32))
HEADER = b"CASEVAULT-BUNDLE header bytes"


def test_mac_verifies() -> None:
    mac = header_mac(KEY, b"label", HEADER)
    assert len(mac) == MAC_LENGTH
    verify_header_mac(KEY, b"label", HEADER, mac)


@pytest.mark.parametrize(
    ("key", "label", "header"),
    [(bytes(32), b"label", HEADER), (KEY, b"other", HEADER), (KEY, b"label", HEADER + b"!")],
)
def test_mac_refuses_changes(key: bytes, label: bytes, header: bytes) -> None:
    mac = header_mac(KEY, b"label", HEADER)
    with pytest.raises(HeaderMacInvalid):
        verify_header_mac(key, label, header, mac)


def test_truncated_mac_is_refused() -> None:
    with pytest.raises(HeaderMacInvalid):
        verify_header_mac(KEY, b"label", HEADER, header_mac(KEY, b"label", HEADER)[:16])
