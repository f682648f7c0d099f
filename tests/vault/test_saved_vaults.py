"""Vaults saved by every schema version (tests/data/vaults/schema-NN/, made by the code of that
version: tests/data/vaults/make_all.py) open with their passphrase and their recovery code,
migrate to today's schema, stay intact, keep every record, and take new writes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from casevault.services import attachments as attachment_service
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services import partners as partner_service
from casevault.services.audit_log import verify_audit_chain
from casevault.services.evaluation_verify import verify_evaluations
from casevault.services.session import Session
from casevault.services.vaults import open_vault
from casevault.vault.connection import Connection
from casevault.vault.migrate import current_version, latest_version
from casevault.vault.repos import erasure_register, key_chain
from casevault.vault.store import unlock_vault
from tests.conftest import FLOOR_KDF, PASSPHRASE

SAVED = Path(__file__).resolve().parents[1] / "data" / "vaults"
VERSIONS = sorted(int(p.name.removeprefix("schema-")) for p in SAVED.glob("schema-*"))


def _meta(version: int) -> dict[str, Any]:
    meta: dict[str, Any] = json.loads(
        (SAVED / f"schema-{version:02d}" / "meta.json").read_text(encoding="utf-8")
    )
    return meta


def _copy(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"schema-{version:02d}"
    shutil.copytree(SAVED / f"schema-{version:02d}" / "vault", target)
    return target


def _schema_shape(conn: Connection | sqlite3.Connection) -> dict[str, Any]:
    """Every table, index, trigger and view by name, and every table's columns: what today's code
    relies on (the SQL text may differ in comments and spacing, so it is not compared)."""
    objects = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    shape: dict[str, Any] = {"objects": sorted((t, n) for t, n in objects)}
    for kind, name in objects:
        if kind == "table":
            columns = conn.execute(f"PRAGMA table_info('{name}')").fetchall()
            shape[name] = [(c[1], c[2], c[3], c[5]) for c in columns]
    return shape


@pytest.fixture(scope="module")
def todays_shape(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from casevault.services.vaults import init_vault

    result = init_vault(tmp_path_factory.mktemp("fresh") / "v", PASSPHRASE, "Fresh", kdf=FLOOR_KDF)
    with result.session as session, session.vault.reading() as conn:
        return _schema_shape(conn)


def test_every_schema_version_has_a_saved_vault() -> None:
    assert list(range(1, latest_version() + 1)) == VERSIONS
    for version in VERSIONS:
        assert _meta(version)["schema_version"] == version


@pytest.mark.parametrize("version", VERSIONS)
def test_saved_vault_opens_migrates_and_keeps_everything(
    version: int, tmp_path: Path, todays_shape: dict[str, Any]
) -> None:
    meta = _meta(version)
    with open_vault(_copy(version, tmp_path), meta["passphrase"]) as session:
        with session.vault.reading() as conn:
            assert current_version(conn) == latest_version()
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert _schema_shape(conn) == todays_shape
            vault_id = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'")
            assert vault_id.fetchone()[0] == meta["vault_id"] == session.vault.vault_id
        _check_records(session, meta)


def _check_records(session: Session, meta: dict[str, Any]) -> None:
    checked, chain_break = verify_audit_chain(session)
    assert chain_break is None
    assert checked >= meta["audit_entries"]
    for expected in meta["cases"]:
        case = case_service.get_case(session, expected["id"])
        assert case.fields.name_cyrillic.surname == expected["surname"]
        assert case.fields.name_cyrillic.given == expected["given"]
        assert case.fields.unit == expected["unit"]
        assert case.fields.notes == expected["notes"]
        assert case.deleted == expected["deleted"]
        assert len(case_service.list_timeline(session, expected["id"])) == expected["timeline"]
    report = verify_evaluations(session)
    assert report.problems == ()
    assert report.checked == len(meta["evaluations"])
    assert report.not_counted == ()
    partners = {p.id for p in partner_service.list_partners(session)}
    assert partners == {p["id"] for p in meta["partners"]}
    with session.vault.reading() as conn:
        for partner in meta["partners"]:
            assert len(key_chain.list_history(conn, partner["id"])) == 1
        for case_id in meta["erased"]:
            assert erasure_register.is_erased(conn, case_id)
    for consent in meta["consents"]:
        records = consent_service.list_consent(session, consent["case_id"])
        assert [str(r.partner_id) for r in records] == [consent["partner_id"]]
    for attachment in meta["attachments"]:
        stored, data = attachment_service.read_attachment(session, attachment["id"])
        assert hashlib.sha256(data).hexdigest() == attachment["sha256"] == stored.sha256
        assert stored.size == attachment["size"]


@pytest.mark.parametrize("version", VERSIONS)
def test_saved_vault_opens_with_its_recovery_code(version: int, tmp_path: Path) -> None:
    meta = _meta(version)
    vault = unlock_vault(_copy(version, tmp_path), "recovery", meta["recovery_code"])
    with vault, vault.reading() as conn:
        assert current_version(conn) == latest_version()
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == len(meta["cases"])


@pytest.mark.parametrize("version", VERSIONS)
def test_migrated_vault_takes_new_writes(version: int, tmp_path: Path) -> None:
    meta = _meta(version)
    live = next(c for c in meta["cases"] if not c["deleted"])
    with open_vault(_copy(version, tmp_path), meta["passphrase"]) as session:
        edited = case_service.edit_case(session, live["id"], {"unit": "в/ч 00000 (edited)"})
        assert edited.fields.unit == "в/ч 00000 (edited)"
        case_service.add_timeline_event(session, live["id"], dt.date(2026, 5, 1), "after")
        deleted = next((c for c in meta["cases"] if c["deleted"]), None)
        if deleted is not None:
            assert not case_service.restore_case(session, deleted["id"]).deleted
        found = case_service.search_cases(session, live["surname"])
        assert live["id"] in {str(s.id) for s in found}
        assert verify_audit_chain(session)[1] is None
