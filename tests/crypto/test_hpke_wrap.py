"""HPKE key wrap: a recipient finds its stanza by trying; nobody else opens any."""

from __future__ import annotations

import pytest

from casevault.crypto import hpke_wrap
from casevault.crypto.aead_stream import new_file_key
from casevault.crypto.errors import NoMatchingStanza
from casevault.crypto.keys import PrivateKeys

INFO = b"test/file-key"


@pytest.fixture(scope="module")
def orgs() -> list[PrivateKeys]:
    return [PrivateKeys.generate() for _ in range(3)]


def test_each_recipient_finds_its_stanza(orgs: list[PrivateKeys]) -> None:
    file_key = new_file_key()
    stanzas = [hpke_wrap.wrap_file_key(file_key, k.public_keys(), INFO) for k in orgs]
    assert all(len(s) == hpke_wrap.STANZA_LENGTH == 1168 for s in stanzas)
    for keys in orgs:
        assert hpke_wrap.unwrap_file_key(stanzas, keys, INFO) == file_key


def test_stanzas_are_fresh_each_time(orgs: list[PrivateKeys]) -> None:
    file_key = new_file_key()
    one = hpke_wrap.wrap_file_key(file_key, orgs[0].public_keys(), INFO)
    two = hpke_wrap.wrap_file_key(file_key, orgs[0].public_keys(), INFO)
    assert one != two
    assert file_key not in one


def test_outsider_opens_nothing(orgs: list[PrivateKeys]) -> None:
    stanzas = [hpke_wrap.wrap_file_key(new_file_key(), orgs[0].public_keys(), INFO)]
    with pytest.raises(NoMatchingStanza) as caught:
        hpke_wrap.unwrap_file_key(stanzas, orgs[1], INFO)
    assert caught.value.stanzas_tried == 1


def test_info_binds_the_context(orgs: list[PrivateKeys]) -> None:
    stanzas = [hpke_wrap.wrap_file_key(new_file_key(), orgs[0].public_keys(), INFO)]
    with pytest.raises(NoMatchingStanza):
        hpke_wrap.unwrap_file_key(stanzas, orgs[0], b"another/purpose")


@pytest.mark.parametrize("position", [0, 600, 1119, 1120, 1167])
def test_altered_stanza_does_not_open(orgs: list[PrivateKeys], position: int) -> None:
    stanza = bytearray(hpke_wrap.wrap_file_key(new_file_key(), orgs[0].public_keys(), INFO))
    stanza[position] ^= 0x01
    with pytest.raises(NoMatchingStanza):
        hpke_wrap.unwrap_file_key([bytes(stanza)], orgs[0], INFO)


def test_wrong_length_stanzas_are_skipped(orgs: list[PrivateKeys]) -> None:
    file_key = new_file_key()
    good = hpke_wrap.wrap_file_key(file_key, orgs[0].public_keys(), INFO)
    assert hpke_wrap.unwrap_file_key([b"", good[:-1], good], orgs[0], INFO) == file_key


def test_wrong_file_key_length_is_a_programming_error(orgs: list[PrivateKeys]) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        hpke_wrap.wrap_file_key(b"short", orgs[0].public_keys(), INFO)
