"""Shared fixtures: real vaults under tmp_path, Argon2id at its floor (passed explicitly)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from casevault.services.session import Session
from casevault.services.vaults import InitResult, KdfChoice, init_vault

# No per-example deadline: it is a timed assertion, and a loaded CI machine would make it
# fail for reasons that have nothing to do with the property (speed lives in benchmarks/).
settings.register_profile("casevault", deadline=None)
settings.load_profile("casevault")

PASSPHRASE = "correct horse battery staple"
FLOOR_KDF = KdfChoice(floor=True)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where a test vault goes (not yet created)."""
    return tmp_path / "vault"


@pytest.fixture
def initialised(vault_dir: Path) -> Iterator[InitResult]:
    """A fresh vault with our organisation, open, and its recovery code."""
    result = init_vault(vault_dir, PASSPHRASE, "Test Organisation", kdf=FLOOR_KDF)
    yield result
    result.session.close()


@pytest.fixture
def session(initialised: InitResult) -> Session:
    """An open session on a fresh vault."""
    return initialised.session


@pytest.fixture
def uncommon_text() -> list[str]:
    """Hostile and unusual Unicode that case fields must store and return unchanged."""
    return [
        "Чувиляев Ёжик-Щукин",
        "O'Brien; DROP TABLE cases; --",
        "\"quoted\" and 'single'",
        "🙂 emoji and ZWJ 👨‍👩‍👧",
        "Ǆemal Ğülşen Øster",
        "日本語の名前",
        "e\u0301 (combining accent)",
        "%s %d {0} {name}",
    ]
