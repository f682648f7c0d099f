"""Service-level fuzzing: a hostile bundle from a real, verified partner goes through the whole
import (verify, stage, apply). It may be accepted or refused, but a refusal raises only our own
errors and leaves the vault logically identical (every row of every table).

Records are signed with the partner's real keys (what a dishonest or compromised partner can
send), so the content checks run, not only the signature check.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fuzz import targets
from fuzz.strategies import hostile_json_text, json_values, record_values
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casevault.exchange.content import RECORD_KINDS
from casevault.exchange.errors import RecordNotSerialisable
from tests.support.hostile import forged_bundle
from tests.support.orgs import import_bytes, introduce, logical_dump, make_org

_RECORDS = st.lists(
    st.sampled_from(sorted(RECORD_KINDS)).flatmap(
        lambda kind: st.tuples(st.just(kind), record_values(kind))
    ),
    min_size=1,
    max_size=3,
)


def _is_json_object(value: object) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def test_refused_hostile_bundles_leave_the_vault_as_it_was(tmp_path: Path) -> None:
    berlin = make_org(tmp_path, "Berlin")
    paris = make_org(tmp_path, "Paris")
    introduce(berlin, paris)
    genuine = forged_bundle(paris, berlin, [])  # valid and signed, nothing in it

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        records=_RECORDS,
        extra=json_values,
        cut=st.integers(0, 4000),
        choice=st.integers(0, 2),
        junk=hostile_json_text(),
    )
    def one(
        records: list[tuple[str, dict[str, Any]]],
        extra: object,
        cut: int,
        choice: int,
        junk: bytes,
    ) -> None:
        records = [(k, {**v, "extra": extra}) for k, v in records if _is_json_object(v)]
        if choice == 0 and records:
            try:
                bundle = forged_bundle(paris, berlin, records)
            except RecordNotSerialisable:
                # Our writer refuses values outside the JSON profile (a fraction, an integer
                # beyond 2**53 - 1); the reader's refusal of them is in the bundle vectors.
                return
        elif choice == 1:
            bundle = genuine[:cut] + junk
        else:
            bundle = forged_bundle(paris, berlin, [("case", {"id": "x", "fields": junk.hex()})])
        before = logical_dump(berlin.session)
        try:
            import_bytes(berlin, bundle)
        except targets.OUR_ERRORS:
            assert logical_dump(berlin.session) == before

    try:
        one()
    finally:
        berlin.session.close()
        paris.session.close()
