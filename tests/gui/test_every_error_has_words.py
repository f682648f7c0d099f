"""Every error type of every layer has its own plain sentence in the app.

The app's describe() must never fall back to "Something went wrong" (no entry) nor to the
catch-all sentence of the error's layer; each type is instantiated with plausible arguments.
"""

from __future__ import annotations

import pytest
from tests.support.error_types import LAYER_BASES, all_error_types, instantiate

from casevault.gui.messages import describe

pytestmark = pytest.mark.gui

ERROR_TYPES = all_error_types()
_UNEXPECTED = describe(RuntimeError("not one of ours"))


@pytest.mark.parametrize(
    "error_type", ERROR_TYPES, ids=lambda t: f"{t.__module__.split('.')[1]}.{t.__name__}"
)
def test_error_type_has_its_own_sentence(error_type: type[Exception]) -> None:
    message = describe(instantiate(error_type))
    assert message.strip()
    assert message != _UNEXPECTED, f"{error_type.__name__} reaches people as 'Something went wrong'"
    if error_type in LAYER_BASES:
        return
    base = next(b for b in LAYER_BASES if issubclass(error_type, b))
    assert message != describe(base()), (
        f"{error_type.__name__} only gets the catch-all sentence of {base.__name__}"
    )
