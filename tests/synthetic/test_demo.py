"""The demo vault opens unlocked for scripts/demo.sh, and nothing else does (synthetic/demo.py)."""

from __future__ import annotations

from pathlib import Path

from casevault.services.duress import set_duress_passphrase
from casevault.services.organisation import show_organisation
from casevault.services.unlock_guard import open_vault_counting, set_destroy_after
from casevault.services.vaults import KdfChoice, init_vault, open_vault
from casevault.synthetic.demo import (
    DEMO_ORGANISATION,
    DEMO_PASSPHRASE,
    build_demo_vault,
    open_demo_session,
)
from casevault.vault.unlock_attempts import read_unlock_attempts
from tests.conftest import PASSPHRASE

FLOOR = KdfChoice(floor=True)


def test_the_demo_vault_opens_with_the_published_passphrase(tmp_path: Path) -> None:
    build_demo_vault(tmp_path / "demo", 3, seed=1)
    session = open_demo_session(tmp_path / "demo")
    assert session is not None
    with session:
        assert show_organisation(session).name == DEMO_ORGANISATION


def test_a_real_vault_is_not_opened_and_no_attempt_is_counted(tmp_path: Path) -> None:
    """The guard "destroy after 3 wrong passphrases" is on: five demo starts count nothing."""
    vault = tmp_path / "real"
    with init_vault(vault, PASSPHRASE, "Real Org", kdf=FLOOR).session as session:
        set_destroy_after(session, 3)
    for _ in range(5):
        assert open_demo_session(vault) is None
    assert read_unlock_attempts(vault).failed == 0
    with open_vault_counting(vault, PASSPHRASE) as session:
        assert show_organisation(session).name == "Real Org"


def test_a_vault_with_the_demo_passphrase_but_another_organisation_is_refused(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "lookalike"
    init_vault(vault, DEMO_PASSPHRASE, "Our Real Network", kdf=FLOOR).session.close()
    assert open_demo_session(vault) is None
    with open_vault(vault, DEMO_PASSPHRASE) as session:  # closed again, nothing changed
        assert show_organisation(session).name == "Our Real Network"


def test_a_duress_passphrase_equal_to_the_demo_one_destroys_nothing(tmp_path: Path) -> None:
    vault = tmp_path / "real"
    with init_vault(vault, PASSPHRASE, "Real Org", kdf=FLOOR).session as session:
        set_duress_passphrase(session, DEMO_PASSPHRASE)
    assert open_demo_session(vault) is None
    with open_vault(vault, PASSPHRASE) as session:  # the real keys are still there
        assert show_organisation(session).name == "Real Org"


def test_a_missing_vault_is_not_a_demo_vault(tmp_path: Path) -> None:
    assert open_demo_session(tmp_path / "nothing") is None
