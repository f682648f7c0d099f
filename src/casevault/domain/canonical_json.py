"""The canonical JSON of signed statements (evaluations, examination notes): one encoding,
and a decoder that accepts only that encoding, so signed bytes have exactly one reading.

Canonical: JSON, keys sorted, no whitespace, UTF-8 (not \\u-escaped), no NaN. Spec:
docs/spec/evaluation.md ("Canonical bytes").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def encode_canonical(model: BaseModel) -> bytes:
    """The canonical bytes of `model` (as its JSON dump)."""
    return json.dumps(
        model.model_dump(mode="json"),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    ).encode("utf-8")


def decode_canonical(
    untrusted_payload: bytes,
    model_type: type[M],
    max_size: int,
    invalid: Callable[[str], Exception],
) -> M:
    """Parse `untrusted_payload` as a `model_type`, accepting only its canonical bytes.

    Raises `invalid(reason)` with reason "too-large", "not-utf8", "not-json" (duplicate keys
    included: "duplicate-key"), "schema" or "not-canonical". Decoding is not verifying.
    """
    if len(untrusted_payload) > max_size:
        raise invalid("too-large")

    def refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        if len(keys) != len(set(keys)):
            raise invalid("duplicate-key")
        return dict(pairs)

    try:
        text = untrusted_payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise invalid("not-utf8") from exc
    try:
        untrusted_data = json.loads(text, object_pairs_hook=refuse_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise invalid("not-json") from exc
    try:
        statement = model_type.model_validate(untrusted_data)
    except ValidationError as exc:
        raise invalid("schema") from exc
    if encode_canonical(statement) != untrusted_payload:
        raise invalid("not-canonical")
    return statement
