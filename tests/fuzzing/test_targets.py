"""CI sample of the fuzz targets (fuzz/): structured hostile inputs raise only our own errors.

The long run is `python -m fuzz.run --seconds N` (time, memory and coverage figures in
docs/hardening.md, "Fuzzing"); here each target gets a modest hypothesis sample, and every bug
the fuzzers found is pinned with @example.
"""

from __future__ import annotations

import pytest
from fuzz import targets
from fuzz.strategies import STRATEGIES
from hypothesis import HealthCheck, example, given, settings

SAMPLE = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_every_target_has_a_strategy() -> None:
    assert set(STRATEGIES) == set(targets.TARGETS)


def test_genuine_inputs_are_accepted() -> None:
    # The strategies start from valid inputs: prove the starting points really are valid.
    assert targets.run_one(targets.bundle_payload, targets.genuine_payload(b"", 0, 0))
    assert targets.run_one(targets.identity_card, targets.sample_card())
    assert targets.run_one(targets.keyslot_file, targets.sample_keyslot_file())


_HUGE_INTEGER = b'{"a":' + b"9" * 4301 + b"}"  # past Python's int-from-string limit
_DEEP_NESTING = b"[" * 5000 + b"]" * 5000  # past the parser's recursion limit


@pytest.mark.parametrize("name", ["keyslot_file", "identity_card", "join_request"])
@pytest.mark.parametrize("untrusted", [_HUGE_INTEGER, _DEEP_NESTING], ids=["huge-int", "deep"])
def test_found_by_fuzzing_json_past_python_limits(name: str, untrusted: bytes) -> None:
    # Found by fuzz/: ValueError / RecursionError escaped the keyslot and card parsers.
    assert not targets.run_one(targets.TARGETS[name], untrusted)


@pytest.mark.parametrize("name", sorted(targets.TARGETS))
def test_hostile_inputs_raise_only_our_errors(name: str) -> None:
    target = targets.TARGETS[name]

    @SAMPLE
    @given(untrusted=STRATEGIES[name])
    @example(untrusted=_HUGE_INTEGER)
    @example(untrusted=_DEEP_NESTING)
    def check(untrusted: bytes) -> None:
        targets.run_one(target, untrusted)  # anything but OUR_ERRORS escapes and fails

    check()
