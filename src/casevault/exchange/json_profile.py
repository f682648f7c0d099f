"""The JSON profile of every signed JSON document we write or read (docs/spec/json.md).

Canonical encoding (`encode_json`), and the reader's rules beyond RFC 8259 (`parse_json_object`,
`decode_json`): UTF-8, no duplicate keys, integers only and within +-(2**53 - 1), no lone
surrogates, bounded depth. Pure: no I/O. Used for bundle records (exchange/records.py),
manifests, identity cards, node certificates and key statements.
"""

from __future__ import annotations

import json
import re
from typing import Any

from casevault.exchange.errors import FrameMalformed


def encode_json(value: object) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8, no NaN. Raises TypeError/ValueError."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


# The JSON profile (docs/spec/json.md): what a reader accepts beyond RFC 8259 itself.
MAX_JSON_DEPTH = 32  # nested arrays and objects; a case record needs 6
MAX_SAFE_INTEGER = 2**53 - 1  # exact in every JSON implementation (RFC 7493, I-JSON)
# Cheap searches of the text that say when the slower walk over every value is needed: a long
# digit run (a large integer, or only digits inside a string), a possible fraction, an escape
# in the surrogate range. Ordinary records match none of them. Digits are mapped to "D" and
# searched with `in` (C speed; a regex like [0-9]{16,} costs fifty times more).
_DIGITS_AS_D = bytes.maketrans(b"0123456789E", b"DDDDDDDDDDe")
_SIXTEEN_DIGITS = b"D" * 16
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constant(name: str) -> None:
    raise ValueError(name)  # NaN, Infinity: not JSON


def _no_fraction(text: str) -> None:
    raise ValueError("number with a fraction or an exponent")  # no record needs one


def _check_depth(container: dict[str, Any] | list[Any], depth: int) -> None:
    # Visits containers only: a few microseconds for a case record.
    if depth > MAX_JSON_DEPTH:
        raise ValueError("nested too deeply")
    for item in container.values() if type(container) is dict else container:
        if type(item) is dict or type(item) is list:
            _check_depth(item, depth + 1)


def _check_values(value: object) -> None:
    """Integers within +-MAX_SAFE_INTEGER, no fractions, no lone surrogate in any string."""
    if isinstance(value, dict):
        for key, item in value.items():
            _check_string(key)
            _check_values(item)
    elif isinstance(value, list):
        for item in value:
            _check_values(item)
    elif isinstance(value, str):
        _check_string(value)
    elif isinstance(value, float):
        raise ValueError("number with a fraction")
    elif isinstance(value, int) and not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        raise ValueError("integer too large")  # (True and False are within the range)


def _check_string(text: str) -> None:
    # A valid pair of escapes was joined into one code point by the parser: what is left in
    # the surrogate range was a lone escape, which no UTF-8 text can carry.
    if any("\ud800" <= char <= "\udfff" for char in text):
        raise ValueError("lone surrogate")


def check_json_profile(value: dict[str, Any], text: bytes, *, written: bool = False) -> None:
    """Raise ValueError unless `value` (whose JSON text is `text`) is within the profile's
    depth, integer and surrogate rules (docs/spec/json.md), and, when `written` (a value our
    own writer encoded, where Python floats could hide), has no fractions. A reader needs no
    fraction check here: its parser already refuses them."""
    _check_depth(value, 1)
    shape = text.translate(_DIGITS_AS_D)
    if (
        _SIXTEEN_DIGITS in shape
        or (b"\\u" in text and _ESCAPED_SURROGATE.search(text) is not None)
        or (written and (b"D." in shape or b"De" in shape))
    ):
        _check_values(value)


def parse_json_object(untrusted: bytes) -> dict[str, Any]:
    """A JSON object under the profile of docs/spec/json.md, for every signed JSON document we
    read (records, manifests, identity cards, node certificates, key statements).

    UTF-8 without BOM; no duplicate keys; no NaN or Infinity; numbers are integers within
    +-(2**53 - 1) (no fraction, no exponent); no lone surrogate escapes; at most
    MAX_JSON_DEPTH nested arrays and objects; the top level is an object. Raises ValueError
    (UnicodeDecodeError included) for anything else, and never RecursionError."""
    try:
        value = json.loads(
            untrusted.decode("utf-8"),  # a BOM stays U+FEFF, which json refuses
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_no_fraction,
        )
        if not isinstance(value, dict):
            raise ValueError("not an object")
        check_json_profile(value, untrusted)
    except RecursionError as exc:  # nested deeper than the parser's stack
        raise ValueError("nested too deeply") from exc
    return value


def decode_json(untrusted: bytes, error_field: str) -> dict[str, Any]:
    """A JSON object under the profile of docs/spec/json.md (`parse_json_object`), else
    FrameMalformed(error_field)."""
    try:
        return parse_json_object(untrusted)
    except ValueError as exc:
        raise FrameMalformed(error_field) from exc
