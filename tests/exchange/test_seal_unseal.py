"""Seal and unseal with real keys: round trips, and every kind of bad bundle refused by type."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casevault.crypto import aead_stream, header_mac, hpke_wrap
from casevault.crypto.keys import PrivateKeys
from casevault.exchange import errors
from casevault.exchange.armor import armor
from casevault.exchange.bundle_format import (
    HEADER_MAC_LABEL,
    HPKE_INFO,
    PAYLOAD_LABEL,
    encode_header_without_mac,
    read_header,
)
from casevault.exchange.records import JsonRecord
from casevault.exchange.seal import BlobSource, BundleWriter, RecipientKeys, SenderIdentity
from casevault.exchange.unseal import unseal_bundle

from .helpers import CREATED, make_bundle, read_all

CANARY = "CANARY-Чувиляев-7731"


@pytest.fixture(scope="module")
def keys() -> dict[str, PrivateKeys]:
    return {name: PrivateKeys.generate() for name in ("a", "b", "c", "d")}


@pytest.fixture(scope="module")
def bundle_ab(keys: dict[str, PrivateKeys]) -> bytes:
    items = [
        JsonRecord("case", {"name": CANARY, "n": 1}),
        BlobSource("scan-1", io.BytesIO(b"%PDF" + bytes(150_000))),
        JsonRecord("tombstone", {"id": "case-0"}),
    ]
    return make_bundle(keys["a"], {"org-b": keys["b"], "org-c": keys["c"]}, items)


def unseal(data: bytes, reader: PrivateKeys, org: str, keys: dict[str, PrivateKeys]) -> object:
    known = {"org-a": keys["a"].public_keys()}
    return read_all(unseal_bundle(io.BytesIO(data), reader, org, known.get))


def test_round_trip_for_each_recipient(bundle_ab: bytes, keys: dict[str, PrivateKeys]) -> None:
    for org, reader in (("org-b", keys["b"]), ("org-c", keys["c"])):
        items = unseal(bundle_ab, reader, org, keys)
        assert items == [
            ("record", "case", {"name": CANARY, "n": 1}),
            ("blob", "scan-1", b"%PDF" + bytes(150_000)),
            ("record", "tombstone", {"id": "case-0"}),
        ]


def test_manifest_names_sender_and_recipients(
    bundle_ab: bytes, keys: dict[str, PrivateKeys]
) -> None:
    known = {"org-a": keys["a"].public_keys()}
    bundle = unseal_bundle(io.BytesIO(bundle_ab), keys["b"], "org-b", known.get)
    manifest = bundle.manifest
    assert bundle.bundle_id == "bundle-1"
    assert (manifest.sender_org_id, manifest.sender_node_id) == ("org-a", "node-1")
    assert manifest.created_at == CREATED
    assert [r.org_id for r in manifest.recipients] == ["org-b", "org-c"]
    assert (manifest.record_count, manifest.blob_count) == (2, 1)


def test_armoured_bundle_reads_the_same(bundle_ab: bytes, keys: dict[str, PrivateKeys]) -> None:
    assert unseal(armor(bundle_ab), keys["b"], "org-b", keys) == unseal(
        bundle_ab, keys["b"], "org-b", keys
    )


def test_intercepted_bundle_reveals_no_names(
    bundle_ab: bytes, keys: dict[str, PrivateKeys]
) -> None:
    for secret in (CANARY.encode(), b"org-a", b"org-b", b"node-1", b"scan-1", b"case"):
        assert secret not in bundle_ab
    for org in ("a", "b", "c"):
        public = keys[org].public_keys()
        for material in (public.fingerprint(), public.x25519, public.ed25519):
            assert material not in bundle_ab


def test_outsider_cannot_open(bundle_ab: bytes, keys: dict[str, PrivateKeys]) -> None:
    with pytest.raises(errors.BundleNotForUs):
        unseal(bundle_ab, keys["d"], "org-d", keys)


def test_unknown_sender(bundle_ab: bytes, keys: dict[str, PrivateKeys]) -> None:
    with pytest.raises(errors.SenderUnknown) as caught:
        unseal_bundle(io.BytesIO(bundle_ab), keys["b"], "org-b", {}.get)
    assert caught.value.org_id == "org-a"


def test_sender_with_other_keys(bundle_ab: bytes, keys: dict[str, PrivateKeys]) -> None:
    with pytest.raises(errors.SenderKeyMismatch):
        unseal_bundle(
            io.BytesIO(bundle_ab), keys["b"], "org-b", {"org-a": keys["d"].public_keys()}.get
        )


def test_wrong_org_id_for_our_keys(bundle_ab: bytes, keys: dict[str, PrivateKeys]) -> None:
    with pytest.raises(errors.NotARecipient):
        unseal(bundle_ab, keys["b"], "org-c", keys)


def _plaintext_and_key(data: bytes, reader: PrivateKeys) -> tuple[bytes, bytes]:
    source = io.BytesIO(data)
    header = read_header(source)
    file_key = hpke_wrap.unwrap_file_key(header.stanzas, reader, HPKE_INFO)
    decryptor = aead_stream.StreamDecryptor(file_key, header.stream_nonce, source, PAYLOAD_LABEL)
    return b"".join(decryptor.chunks()), file_key


def _reseal(plaintext: bytes, file_key: bytes, recipients: list[PrivateKeys]) -> bytes:
    stanzas = [hpke_wrap.wrap_file_key(file_key, k.public_keys(), HPKE_INFO) for k in recipients]
    nonce = aead_stream.new_stream_nonce()
    header = encode_header_without_mac(stanzas, nonce)
    sink = io.BytesIO()
    sink.write(header + header_mac.header_mac(file_key, HEADER_MAC_LABEL, header))
    aead_stream.encrypt_stream(file_key, nonce, io.BytesIO(plaintext), sink, PAYLOAD_LABEL)
    return sink.getvalue()


def test_readdressed_by_a_recipient_is_refused(
    bundle_ab: bytes, keys: dict[str, PrivateKeys]
) -> None:
    # org-b forwards the sender's signed content to org-d under a fresh encryption.
    plaintext, file_key = _plaintext_and_key(bundle_ab, keys["b"])
    forwarded = _reseal(plaintext, file_key, [keys["d"]])
    with pytest.raises(errors.NotARecipient):
        unseal(forwarded, keys["d"], "org-d", keys)


def test_stanza_added_by_a_recipient_is_refused(
    bundle_ab: bytes, keys: dict[str, PrivateKeys]
) -> None:
    plaintext, file_key = _plaintext_and_key(bundle_ab, keys["b"])
    widened = _reseal(plaintext, file_key, [keys["b"], keys["c"], keys["d"]])
    with pytest.raises(errors.RecipientCountMismatch):
        unseal(widened, keys["b"], "org-b", keys)


def test_content_changed_by_a_recipient_is_refused(
    bundle_ab: bytes, keys: dict[str, PrivateKeys]
) -> None:
    plaintext, file_key = _plaintext_and_key(bundle_ab, keys["b"])
    forged = plaintext.replace(b'"n":1', b'"n":2')
    with pytest.raises(errors.ContentHashMismatch):
        unseal(_reseal(forged, file_key, [keys["b"], keys["c"]]), keys["b"], "org-b", keys)


def test_file_changed_between_the_two_passes(
    bundle_ab: bytes, keys: dict[str, PrivateKeys]
) -> None:
    untrusted = io.BytesIO(bundle_ab)
    bundle = unseal_bundle(untrusted, keys["b"], "org-b", {"org-a": keys["a"].public_keys()}.get)
    untrusted.seek(0)
    untrusted.write(make_bundle(keys["a"], {"org-b": keys["b"]}))
    with pytest.raises(errors.BundleChanged):
        list(bundle.items())


def test_abandoned_writer_leaves_an_unreadable_file(keys: dict[str, PrivateKeys]) -> None:
    sink = io.BytesIO()
    sender = SenderIdentity(keys["a"], "org-a", "node-1")
    recipients = [RecipientKeys("org-b", keys["b"].public_keys())]
    writer = BundleWriter(sink, sender, recipients, "b-2", CREATED)
    with pytest.raises(RuntimeError), writer:  # noqa: PT012 -- fails mid-way on purpose
        writer.add_record("case", {"id": 1})
        raise RuntimeError("export interrupted")
    with pytest.raises(errors.ContentTruncated):
        unseal(sink.getvalue(), keys["b"], "org-b", keys)
    with pytest.raises(errors.WriterClosed):
        writer.add_record("case", {"id": 2})


@pytest.mark.parametrize(
    ("bundle_id", "recipients", "created", "error"),
    [
        ("bad id", ["org-b"], CREATED, errors.InvalidIdentifier),
        ("b-1", [], CREATED, errors.LimitExceeded),
        ("b-1", ["org-b", "org-b"], CREATED, errors.DuplicateRecipient),
        ("b-1", ["org b"], CREATED, errors.InvalidIdentifier),
        ("b-1", ["org-b"], dt.datetime(2025, 1, 1), ValueError),  # naive on purpose
    ],
)
def test_writer_refuses_bad_arguments(
    keys: dict[str, PrivateKeys],
    bundle_id: str,
    recipients: list[str],
    created: dt.datetime,
    error: type[Exception],
) -> None:
    sender = SenderIdentity(keys["a"], "org-a", "node-1")
    with pytest.raises(error):
        BundleWriter(
            io.BytesIO(),
            sender,
            [RecipientKeys(r, keys["b"].public_keys()) for r in recipients],
            bundle_id,
            created,
        )


json_values = st.recursive(  # within the JSON profile (docs/spec/json.md)
    st.none() | st.booleans() | st.integers(-(2**53 - 1), 2**53 - 1) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
items_strategy = st.lists(
    st.one_of(
        st.tuples(
            st.just("record"),
            st.sampled_from(["case", "evaluation", "timeline"]),
            st.dictionaries(st.text(max_size=8), json_values, max_size=4),
        ),
        st.tuples(st.just("blob"), st.integers(0, 99), st.binary(max_size=3000)),
    ),
    max_size=5,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=items_strategy)
def test_round_trip_arbitrary_content(
    keys: dict[str, PrivateKeys], items: list[tuple[str, object, object]]
) -> None:
    to_seal: list[JsonRecord | BlobSource] = []
    expected: list[tuple[str, str, object]] = []
    for index, (what, name, value) in enumerate(items):
        if what == "record":
            to_seal.append(JsonRecord(str(name), value))  # type: ignore[arg-type]  # strategy gives dicts
            expected.append(("record", str(name), value))
        else:
            blob_id = f"blob-{index}"
            to_seal.append(BlobSource(blob_id, io.BytesIO(value)))  # type: ignore[arg-type]  # bytes
            expected.append(("blob", blob_id, value))
    data = make_bundle(keys["a"], {"org-b": keys["b"]}, to_seal)
    assert unseal(data, keys["b"], "org-b", keys) == expected


@pytest.fixture(scope="module")
def small_bundle(keys: dict[str, PrivateKeys]) -> bytes:
    return make_bundle(keys["a"], {"org-b": keys["b"]}, [JsonRecord("case", {"id": "x"})])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_mutation_is_refused_with_an_exchange_error(
    small_bundle: bytes, keys: dict[str, PrivateKeys], data: st.DataObject
) -> None:
    mutated = bytearray(small_bundle)
    how = data.draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
    position = data.draw(st.integers(0, len(mutated) - 1))
    if how == "flip":
        mutated[position] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        del mutated[position:]
    elif how == "insert":
        mutated[position:position] = data.draw(st.binary(min_size=1, max_size=4))
    else:
        del mutated[position : position + data.draw(st.integers(1, 64))]
    with pytest.raises(errors.ExchangeError):
        unseal(bytes(mutated), keys["b"], "org-b", keys)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tail=st.binary(max_size=3000))
def test_arbitrary_bytes_raise_only_exchange_errors(
    keys: dict[str, PrivateKeys], tail: bytes
) -> None:
    for prefix in (
        b"",
        b"CASEVAULT-BUNDLE\x01\x00\x01\x00\x01\x04\x90",
        b"-----BEGIN CASEVAULT BUNDLE-----\n",
    ):
        with pytest.raises(errors.ExchangeError):
            unseal(prefix + tail, keys["b"], "org-b", keys)


@pytest.mark.parametrize(
    "value",
    [
        {"n": 2**53},  # outside the JSON profile's integers
        {"n": 1.5},  # fractions are not in the profile
        {"n": 1e20},
        {"deep": json.loads("[" * 32 + "]" * 32)},  # 33 levels with the record
        {"s": "\ud800"},  # a lone surrogate cannot be UTF-8
    ],
)
def test_writer_refuses_what_the_json_profile_refuses(
    keys: dict[str, PrivateKeys], value: dict[str, object]
) -> None:
    sender = SenderIdentity(keys["a"], "org-a", "node-1")
    recipient = RecipientKeys("org-b", keys["b"].public_keys())
    sink = io.BytesIO()
    with (
        BundleWriter(sink, sender, [recipient], "bundle-1", CREATED) as writer,
        pytest.raises(errors.RecordNotSerialisable),
    ):
        writer.add_record("case", value)
