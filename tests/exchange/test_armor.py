"""Armour: 64 columns, canonical base64, strict reading, streaming both ways."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casevault.exchange.armor import (
    BEGIN,
    END,
    ArmorReader,
    armor,
    open_untrusted_bundle,
)
from casevault.exchange.bundle_format import MAGIC
from casevault.exchange.errors import ArmorMalformed, ExchangeError, NotABundle


def dearmor(text: bytes) -> bytes:
    return ArmorReader(io.BytesIO(text)).read()


@settings(max_examples=50, deadline=None)
@given(st.binary(min_size=1, max_size=500))
def test_round_trip(data: bytes) -> None:
    text = armor(data)
    lines = text.split(b"\n")
    assert lines[0] == BEGIN
    assert lines[-2] == END
    assert lines[-1] == b""
    assert all(len(line) == 64 for line in lines[1:-3])
    assert 0 < len(lines[-3]) <= 64
    assert dearmor(text) == data


def test_crlf_and_surrounding_whitespace_are_accepted() -> None:
    data = bytes(range(200))
    text = b"\r\n  \n" + armor(data).replace(b"\n", b"\r\n") + b"\n\n"
    assert dearmor(text) == data


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t.replace(END, b"-----END SOMETHING-----"),
        lambda t: t.replace(END + b"\n", b""),  # no END line
        lambda t: t + b"more text",  # text after END
        lambda t: t.replace(b"\n", b"\n ", 2),  # indented body line
        lambda t: t.replace(b"A", b"*", 1),  # not base64
        lambda t: BEGIN + b"\n" + END + b"\n",  # empty body
    ],
)
def test_damaged_armour_is_refused(damage: object) -> None:
    text = armor(bytes(range(256)) * 2)
    with pytest.raises(ArmorMalformed):
        dearmor(damage(text))  # type: ignore[operator]  # the parametrized lambdas


def test_short_line_in_the_middle_is_refused() -> None:
    lines = armor(bytes(300)).split(b"\n")
    lines[1] = lines[1][:60]
    with pytest.raises(ArmorMalformed):
        dearmor(b"\n".join(lines))


def test_non_canonical_padding_is_refused() -> None:
    with pytest.raises(ArmorMalformed):
        dearmor(BEGIN + b"\nQR==\n" + END + b"\n")
    assert dearmor(BEGIN + b"\nQQ==\n" + END + b"\n") == b"A"


def test_rewind_reads_again() -> None:
    reader = ArmorReader(io.BytesIO(armor(b"hello world")))
    assert reader.read(5) == b"hello"
    reader.seek(0)
    assert reader.read() == b"hello world"


def test_detection() -> None:
    assert open_untrusted_bundle(io.BytesIO(MAGIC + b"rest")).read() == MAGIC + b"rest"
    assert open_untrusted_bundle(io.BytesIO(armor(MAGIC))).read() == MAGIC
    with pytest.raises(NotABundle):
        open_untrusted_bundle(io.BytesIO(b"%PDF-1.7"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_text_after_begin_raises_only_exchange_errors(data: bytes) -> None:
    with contextlib.suppress(ExchangeError):
        dearmor(BEGIN + b"\n" + data)
