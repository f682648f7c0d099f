"""domain/evaluation.py: bounds, draft edits, readiness, and the canonical signed encoding."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest

from casevault.domain.errors import EvaluationIncomplete, EvaluationPayloadInvalid, InvalidField
from casevault.domain.evaluation import (
    MAX_CHECK_NOTE,
    MAX_LINKS,
    MAX_PAYLOAD,
    Evaluation,
    Evaluator,
    apply_draft_changes,
    changed_fields,
    check_ready_to_finalise,
    decode_statement,
    encode_statement,
    make_statement,
    validate_evaluation,
)

ORG = "3f7e8a2c-0000-4000-8000-000000000001"
FINGERPRINT = "ab" * 32


def _data(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": "00000000-0000-4000-8000-0000000000e1",
        "case_id": "00000000-0000-4000-8000-0000000000c1",
        "evaluator_id": "00000000-0000-4000-8000-0000000000a1",
        "organisation_id": ORG,
        "date": "2024-05-01",
        "methods": ["interview", "documents"],
        "checklist": {"civilian_harm": {"state": "checked", "note": "no sign"}},
        "verdict": "cleared",
        "confidence": "high",
        "notes": "Interview in Astana.",
    }
    data.update(overrides)
    return data


def _evaluator() -> Evaluator:
    return Evaluator(
        id=uuid.UUID("00000000-0000-4000-8000-0000000000a1"),
        name="Evaluator A",
        role="screener",
        organisation_id=ORG,
        created_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    )


SIGNED_AT = dt.datetime(2024, 5, 2, 10, 30, 15, 123456, tzinfo=dt.UTC)


def test_lists_are_sorted_and_deduplicated() -> None:
    ids = [str(uuid.uuid4()) for _ in range(3)]
    evaluation = validate_evaluation(
        _data(methods=["references", "interview", "interview"], attachment_ids=[*ids, ids[0]])
    )
    assert [m.value for m in evaluation.methods] == ["interview", "references"]
    assert [str(i) for i in evaluation.attachment_ids] == sorted(ids)


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"verdict": "cleared-ish"}, "verdict"),
        ({"confidence": "total"}, "confidence"),
        ({"methods": ["telepathy"]}, "methods.0"),
        ({"notes": "x" * 20_001}, "notes"),
        ({"notes": "hidden \u202e text"}, "notes"),
        ({"date": "1800-01-01"}, "date"),
        (
            {
                "checklist": {
                    "civilian_harm": {"state": "checked", "note": "x" * (MAX_CHECK_NOTE + 1)}
                }
            },
            "checklist.civilian_harm.note",
        ),
        ({"checklist": {"weather": {"state": "checked"}}}, "checklist.weather"),
        ({"attachment_ids": [str(uuid.uuid4()) for _ in range(MAX_LINKS + 1)]}, "attachment_ids"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bounds_are_enforced(override: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidField) as info:
        validate_evaluation(_data(**override))
    assert info.value.field == field


def test_models_are_frozen() -> None:
    evaluation = validate_evaluation(_data())
    with pytest.raises(ValueError, match="frozen"):
        evaluation.verdict = "not_cleared"  # type: ignore[assignment]  # the point of the test


def test_draft_changes_merge_checklist_items_and_refuse_fixed_fields() -> None:
    evaluation = validate_evaluation(_data())
    changed = apply_draft_changes(
        evaluation, {"checklist": {"deployment": {"state": "concerns"}}, "verdict": "inconclusive"}
    )
    assert changed.checklist.deployment.state == "concerns"
    assert changed.checklist.civilian_harm.note == "no sign"
    assert changed_fields(evaluation, changed) == ["checklist", "verdict"]
    for fixed in ("case_id", "evaluator_id", "supersedes", "id"):
        with pytest.raises(InvalidField, match=fixed):
            apply_draft_changes(evaluation, {fixed: str(uuid.uuid4())})


def test_cleared_verdict_needs_civilian_item_checked() -> None:
    check_ready_to_finalise(validate_evaluation(_data()))
    for state in ("not_checked", "concerns"):
        evaluation = validate_evaluation(_data(checklist={"civilian_harm": {"state": state}}))
        with pytest.raises(EvaluationIncomplete) as info:
            check_ready_to_finalise(evaluation)
        assert info.value.field == "checklist.civilian_harm"
    # A "not cleared" verdict may be signed whatever the checklist says.
    check_ready_to_finalise(validate_evaluation(_data(verdict="not_cleared", checklist={})))
    with pytest.raises(EvaluationIncomplete, match="methods"):
        check_ready_to_finalise(validate_evaluation(_data(methods=[])))


def test_encoding_is_canonical_and_deterministic(uncommon_text: list[str]) -> None:
    notes = "\n".join(uncommon_text)
    first = validate_evaluation(_data(notes=notes, methods=["documents", "interview"]))
    second = validate_evaluation(_data(notes=notes, methods=["interview", "documents"]))
    a = encode_statement(make_statement(first, _evaluator(), FINGERPRINT, SIGNED_AT))
    b = encode_statement(make_statement(second, _evaluator(), FINGERPRINT, SIGNED_AT))
    assert a == b
    text = a.decode("utf-8")
    assert ", " not in text.split('"notes"')[0]  # no whitespace between items
    assert '": ' not in text
    parsed = json.loads(text)
    assert list(parsed) == sorted(parsed)
    assert parsed["format"] == "casevault/evaluation"
    assert parsed["version"] == 1
    assert parsed["signed_at"] == "2024-05-02T10:30:15Z"
    assert parsed["signer"] == {"key_fingerprint": FINGERPRINT, "organisation_id": ORG}
    assert parsed["evaluator"]["name"] == "Evaluator A"
    assert "Чувиляев" in text  # UTF-8, not \u escapes
    assert decode_statement(a).evaluation == first


def test_text_is_normalised_to_nfc() -> None:
    decomposed = validate_evaluation(_data(notes="e\u0301"))
    composed = validate_evaluation(_data(notes="\u00e9"))
    assert decomposed == composed
    assert encode_statement(
        make_statement(decomposed, _evaluator(), FINGERPRINT, SIGNED_AT)
    ) == encode_statement(make_statement(composed, _evaluator(), FINGERPRINT, SIGNED_AT))


def test_golden_encoding() -> None:
    """Pins the exact bytes (docs/spec/evaluation.md): a change here breaks old signatures."""
    evaluation = validate_evaluation(
        _data(checklist={"civilian_harm": {"state": "checked", "note": ""}}, notes="")
    )
    payload = encode_statement(make_statement(evaluation, _evaluator(), FINGERPRINT, SIGNED_AT))
    expected = (
        '{"evaluation":{"attachment_ids":[],"case_id":"00000000-0000-4000-8000-0000000000c1",'
        '"checklist":{"callup_proof":{"note":"","state":"not_checked"},'
        '"civilian_harm":{"note":"","state":"checked"},'
        '"deployment":{"note":"","state":"not_checked"},'
        '"identity_documents":{"note":"","state":"not_checked"},'
        '"unit_record":{"note":"","state":"not_checked"}},'
        '"confidence":"high","date":"2024-05-01",'
        '"evaluator_id":"00000000-0000-4000-8000-0000000000a1",'
        '"id":"00000000-0000-4000-8000-0000000000e1","methods":["documents","interview"],'
        f'"notes":"","organisation_id":"{ORG}","supersedes":null,"timeline_event_ids":[],'
        '"verdict":"cleared"},'
        '"evaluator":{"id":"00000000-0000-4000-8000-0000000000a1","name":"Evaluator A",'
        f'"organisation_id":"{ORG}","role":"screener"}},'
        '"format":"casevault/evaluation","signed_at":"2024-05-02T10:30:15Z",'
        f'"signer":{{"key_fingerprint":"{FINGERPRINT}","organisation_id":"{ORG}"}},"version":1}}'
    )
    assert payload.decode("utf-8") == expected


def _payload() -> bytes:
    return encode_statement(
        make_statement(validate_evaluation(_data()), _evaluator(), FINGERPRINT, SIGNED_AT)
    )


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda p: p[:-1], "not-json"),
        (lambda p: b"\xff" + p, "not-utf8"),
        (lambda p: b" " + p, "not-canonical"),
        (lambda p: p.replace(b'"version":1', b'"version":2'), "schema"),
        (lambda p: p.replace(b'{"evaluation"', b'{"version":1,"evaluation"', 1), "duplicate-key"),
        (lambda p: p + b" " * MAX_PAYLOAD, "too-large"),
        (lambda p: p.replace(ORG.encode(), b"another-org", 1), "schema"),
    ],
)
def test_decode_refuses_anything_but_the_canonical_form(mutate: object, reason: str) -> None:
    with pytest.raises(EvaluationPayloadInvalid) as info:
        decode_statement(mutate(_payload()))  # type: ignore[operator]  # parametrised callable
    assert info.value.reason == reason


def test_signed_at_must_be_whole_utc_seconds() -> None:
    statement = make_statement(validate_evaluation(_data()), _evaluator(), FINGERPRINT, SIGNED_AT)
    assert statement.signed_at.microsecond == 0
    data = statement.model_dump()
    data["signed_at"] = SIGNED_AT
    with pytest.raises(ValueError, match="whole seconds"):
        type(statement).model_validate(data)


def test_evaluation_model_forbids_extra_fields() -> None:
    with pytest.raises(ValueError, match="Extra inputs"):
        Evaluation.model_validate({**_data(), "cleared_by_hand": True})
