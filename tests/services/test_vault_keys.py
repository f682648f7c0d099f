"""services/vault_keys.py on real vaults: re-key and a new recovery code make old secrets stop
working for real, and every change of secret is one outcome with its audit entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casevault.domain.case import CaseFields
from casevault.services import cases as svc
from casevault.services.audit_log import list_audit_entries, verify_audit_chain
from casevault.services.session import Session
from casevault.services.vault_keys import recover_and_rekey, rekey_vault, replace_recovery_code
from casevault.services.vaults import InitResult, change_passphrase, open_vault, recover_vault
from casevault.vault import store
from casevault.vault.errors import DatabaseCorrupt, StorageFailed, WrongSecret
from casevault.vault.layout import database_path, keyslots_path, pending_keyslots_path
from casevault.vault.store import unlock_vault
from tests.conftest import PASSPHRASE

NEW = "violet tractor lantern seventeen"


def _actions(session: Session) -> list[str]:
    return [entry.action for entry in list_audit_entries(session, limit=1000)]


def test_after_rekey_an_old_copy_of_the_key_file_no_longer_opens_the_vault(
    initialised: InitResult, vault_dir: Path, tmp_path: Path
) -> None:
    session = initialised.session
    case = svc.create_case(session, CaseFields(notes="kept across the re-key"))
    old_copy = tmp_path / "old-keyslots.json"
    shutil.copy(keyslots_path(vault_dir), old_copy)
    db_before = database_path(vault_dir).read_bytes()

    new_code = rekey_vault(session, PASSPHRASE)
    assert new_code != initialised.recovery_code
    assert svc.get_case(session, case.id).fields.notes == "kept across the re-key"
    session.close()
    assert database_path(vault_dir).read_bytes()[:4096] != db_before[:4096]

    current = keyslots_path(vault_dir).read_bytes()
    shutil.copy(old_copy, keyslots_path(vault_dir))  # the seized copy put back
    with pytest.raises((DatabaseCorrupt, WrongSecret)):
        open_vault(vault_dir, PASSPHRASE)
    with pytest.raises((DatabaseCorrupt, WrongSecret)):
        unlock_vault(vault_dir, "recovery", initialised.recovery_code)
    keyslots_path(vault_dir).write_bytes(current)

    with open_vault(vault_dir, PASSPHRASE) as reopened:
        assert svc.get_case(reopened, case.id).fields.notes == "kept across the re-key"
        assert verify_audit_chain(reopened)[1] is None
        assert _actions(reopened)[0] == "vault.rekey"
    with pytest.raises(WrongSecret):
        recover_vault(vault_dir, initialised.recovery_code, NEW)
    recover_vault(vault_dir, new_code, NEW).close()
    open_vault(vault_dir, NEW).close()


def test_rekey_asks_for_the_current_passphrase_and_can_set_a_new_one(
    initialised: InitResult, vault_dir: Path
) -> None:
    session = initialised.session
    with pytest.raises(WrongSecret):
        rekey_vault(session, "not the passphrase at all")
    assert _actions(session)[0] == "vault.create"
    rekey_vault(session, PASSPHRASE, NEW)
    session.close()
    with pytest.raises(WrongSecret):
        open_vault(vault_dir, PASSPHRASE)
    open_vault(vault_dir, NEW).close()


def test_a_new_recovery_code_replaces_the_old_one(initialised: InitResult, vault_dir: Path) -> None:
    session = initialised.session
    with pytest.raises(WrongSecret):
        replace_recovery_code(session, "not the passphrase at all")
    code = replace_recovery_code(session, PASSPHRASE)
    assert _actions(session)[0] == "vault.recovery_code_replace"
    session.close()
    with pytest.raises(WrongSecret):
        recover_vault(vault_dir, initialised.recovery_code, NEW)
    open_vault(vault_dir, PASSPHRASE).close()  # the passphrase keeps working
    recover_vault(vault_dir, code, NEW).close()


def test_recovery_with_rekey_replaces_passphrase_key_and_recovery_code(
    initialised: InitResult, vault_dir: Path, tmp_path: Path
) -> None:
    svc.create_case(initialised.session, CaseFields(notes="x"))
    initialised.session.close()
    old_copy = tmp_path / "old-keyslots.json"
    shutil.copy(keyslots_path(vault_dir), old_copy)
    recovered = recover_and_rekey(vault_dir, initialised.recovery_code, NEW)
    with recovered.session as session:
        assert svc.count_cases(session) == 1
        assert _actions(session)[0] == "vault.recover"
    with pytest.raises(WrongSecret):
        recover_vault(vault_dir, initialised.recovery_code, PASSPHRASE)
    shutil.copy(old_copy, keyslots_path(vault_dir))
    with pytest.raises((DatabaseCorrupt, WrongSecret)):
        open_vault(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("operation", ["change", "recover"])
def test_a_change_whose_audit_entry_fails_leaves_the_old_secret_and_no_key_file(
    initialised: InitResult, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, operation: str
) -> None:
    """The audit entry cannot be written (as if killed there): the new secret must not work."""
    code = initialised.recovery_code
    if operation == "recover":
        initialised.session.close()

    def audit_fails(*args: object, **kwargs: object) -> None:
        raise StorageFailed("disk full")

    monkeypatch.setattr(Session, "audit", audit_fails)

    def attempt() -> None:
        if operation == "change":
            change_passphrase(initialised.session, NEW)
        else:
            recover_vault(vault_dir, code, NEW)

    with pytest.raises(StorageFailed):
        attempt()
    monkeypatch.undo()
    initialised.session.close()
    assert sorted(p.name for p in vault_dir.iterdir() if "keyslots" in p.name) == ["keyslots.json"]
    with pytest.raises(WrongSecret):
        open_vault(vault_dir, NEW)
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        assert _actions(reopened) == ["vault.create"]


def test_a_change_interrupted_after_its_commit_point_is_finished_on_the_next_unlock(
    initialised: InitResult, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As if killed between the audited commit and the rename of the new key file."""

    def killed(vault_dir: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "promote_pending_keyslots", killed)
    with pytest.raises(KeyboardInterrupt):
        change_passphrase(initialised.session, NEW)
    monkeypatch.undo()
    initialised.session.close()
    assert pending_keyslots_path(vault_dir).exists()
    # The database says the change happened: the old passphrase no longer works...
    with pytest.raises(WrongSecret):
        open_vault(vault_dir, PASSPHRASE)
    with pytest.raises(WrongSecret):
        open_vault(vault_dir, PASSPHRASE)
    # ...the new one does, the audit entry is there, and no second key file remains.
    with open_vault(vault_dir, NEW) as reopened:
        assert _actions(reopened)[0] == "vault.passphrase_change"
    assert not pending_keyslots_path(vault_dir).exists()
    assert sorted(p.name for p in vault_dir.iterdir() if "keyslots" in p.name) == ["keyslots.json"]
