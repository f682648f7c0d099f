"""Every error type of every layer has its own plain sentence in the CLI.

Nothing may reach a person as "Something unexpected went wrong (SomeError)" (no entry at all)
or as its layer's catch-all sentence (an entry only for the base class, which says nothing about
what happened). Each type is instantiated with plausible arguments and described for real.
"""

from __future__ import annotations

import pytest

import casevault.cli.main  # noqa: F401 -- importing it registers every command group's messages
from casevault.cli.messages import describe
from tests.support.error_types import LAYER_BASES, all_error_types, instantiate

ERROR_TYPES = all_error_types()


def _catch_all_sentences() -> dict[type[Exception], str]:
    sentences = {}
    for base in LAYER_BASES:
        described = describe(base())
        assert described is not None, f"{base.__name__} has no sentence at all"
        sentences[base] = described[0]
    return sentences


def test_the_walk_finds_every_layer() -> None:
    # A broken walk (nothing imported) would make the test below vacuous.
    assert len(ERROR_TYPES) > 90
    for base in LAYER_BASES:
        assert sum(issubclass(t, base) for t in ERROR_TYPES) > 1


@pytest.mark.parametrize(
    "error_type", ERROR_TYPES, ids=lambda t: f"{t.__module__.split('.')[1]}.{t.__name__}"
)
def test_error_type_has_its_own_sentence(error_type: type[Exception]) -> None:
    described = describe(instantiate(error_type))
    assert described is not None, f"{error_type.__name__} reaches people as 'unexpected'"
    message, code = described
    assert message.strip()
    assert code != 0
    if error_type in LAYER_BASES:
        return
    base = next(b for b in LAYER_BASES if issubclass(error_type, b))
    assert message != _catch_all_sentences()[base], (
        f"{error_type.__name__} only gets the catch-all sentence of {base.__name__}"
    )
