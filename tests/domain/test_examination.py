"""domain/examination.py: the note, its canonical signed bytes (pinned: docs/spec/examination.md)
and the decoder that accepts only those bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import pytest

from casevault.domain.errors import ExaminationPayloadInvalid, InvalidField
from casevault.domain.evaluation import SIGNING_CONTEXT as EVALUATION_CONTEXT
from casevault.domain.evaluation import EvaluatorInfo
from casevault.domain.examination import (
    SIGNING_CONTEXT,
    decode_statement,
    encode_statement,
    make_statement,
    new_note,
)

ORG = "3f7e8a2c-0000-4000-8000-000000000001"
FINGERPRINT = "ab" * 32
SIGNED_AT = dt.datetime(2024, 5, 2, 10, 30, 15, 123456, tzinfo=dt.UTC)
DIGEST = hashlib.sha256(b"synthetic summons").hexdigest()
# The spec's example (docs/spec/examination.md, "Example"): its length and SHA-256.
GOLDEN_LENGTH = 867
GOLDEN_SHA256 = "004f801b638bc78eefb2a2bb12eee3001165f37592160214fa6786a2f8fa70c6"


def _note(**overrides: object) -> dict[str, Any]:
    return {
        "id": "00000000-0000-4000-8000-0000000000f1",
        "case_id": "00000000-0000-4000-8000-0000000000c1",
        "attachment_id": "00000000-0000-4000-8000-0000000000d1",
        "attachment_sha256": DIGEST,
        "evaluator_id": "00000000-0000-4000-8000-0000000000a1",
        "organisation_id": ORG,
        "examined_on": "2024-05-01",
        "result": "anomalies",
        "text": "Печать наложена поверх подписи",
        **overrides,
    }


def _evaluator() -> EvaluatorInfo:
    return EvaluatorInfo(
        id="00000000-0000-4000-8000-0000000000a1",  # type: ignore[arg-type]
        name="Evaluator A",
        role="document examiner",
        organisation_id=ORG,
    )


def _payload(**overrides: object) -> bytes:
    return encode_statement(
        make_statement(new_note(_note(**overrides)), _evaluator(), FINGERPRINT, SIGNED_AT)
    )


def test_golden_encoding() -> None:
    """Pins the exact bytes of the spec's example: a change here breaks every signed note."""
    expected = (
        '{"evaluator":{"id":"00000000-0000-4000-8000-0000000000a1","name":"Evaluator A",'
        f'"organisation_id":"{ORG}","role":"document examiner"}},'
        '"format":"casevault/examination",'
        '"note":{"attachment_id":"00000000-0000-4000-8000-0000000000d1",'
        f'"attachment_sha256":"{DIGEST}",'
        '"case_id":"00000000-0000-4000-8000-0000000000c1",'
        '"evaluator_id":"00000000-0000-4000-8000-0000000000a1","examined_on":"2024-05-01",'
        f'"id":"00000000-0000-4000-8000-0000000000f1","organisation_id":"{ORG}",'
        '"result":"anomalies","text":"Печать наложена поверх подписи"},'
        '"signed_at":"2024-05-02T10:30:15Z",'
        f'"signer":{{"key_fingerprint":"{FINGERPRINT}","organisation_id":"{ORG}"}},"version":1}}'
    )
    payload = _payload()
    assert payload.decode("utf-8") == expected
    assert hashlib.sha256(payload).hexdigest() == GOLDEN_SHA256
    assert len(payload) == GOLDEN_LENGTH
    assert decode_statement(payload).note.text == "Печать наложена поверх подписи"


def test_the_label_is_not_the_evaluations() -> None:
    assert SIGNING_CONTEXT == b"casevault/examination/v1"
    assert SIGNING_CONTEXT != EVALUATION_CONTEXT


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"result": "anomalies", "text": "  "}, "anomalies"),
        ({"result": "fine"}, "result"),
        ({"text": "x" * 4001}, "text"),
        ({"text": "a\u202eb"}, "text"),
        ({"attachment_sha256": "A" * 64}, "attachment_sha256"),
        ({"examined_on": "1899-12-31"}, "examined_on"),
    ],
)
def test_bad_notes_are_refused(overrides: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidField):
        new_note(_note(**overrides))


def test_consistent_and_cannot_tell_need_no_text() -> None:
    assert new_note(_note(result="consistent", text="")).text == ""
    assert new_note(_note(result="cannot_tell", text="")).result.value == "cannot_tell"


def _mangled(payload: bytes) -> list[tuple[bytes, str]]:
    data = json.loads(payload)
    spaced = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
    duplicated = payload[:-1] + b',"version":1}'
    other_org = dict(data, signer={**data["signer"], "organisation_id": "someone-else"})
    return [
        (spaced, "not-canonical"),
        (duplicated, "duplicate-key"),
        (b"\xff" + payload, "not-utf8"),
        (payload[:-1], "not-json"),
        (json.dumps(other_org, sort_keys=True, separators=(",", ":")).encode(), "schema"),
        (b" " * (32 * 1024 + 1), "too-large"),
    ]


def test_only_the_canonical_bytes_decode() -> None:
    for bad, reason in _mangled(_payload()):
        with pytest.raises(ExaminationPayloadInvalid) as refused:
            decode_statement(bad)
        assert refused.value.reason == reason
