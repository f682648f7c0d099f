"""Apply the numbered SQL files of `migrations/` in order; the schema version is `user_version`.

Each migration runs in its own transaction together with the version bump, so a kill mid-way
leaves the previous version intact.
"""

from __future__ import annotations

import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from casevault.vault.connection import Connection, DatabaseError
from casevault.vault.errors import MigrationFailed, SchemaTooNew
from casevault.vault.schema_repairs import repair_edited_migrations

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def _migrations_dir() -> Traversable:
    # Installed wheel: shipped inside the package. Source checkout: the repository's migrations/.
    packaged = resources.files("casevault").joinpath("_migrations")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "migrations"


def available_migrations() -> list[tuple[int, str]]:
    """(number, SQL text) of every migration, in order. Numbers must be 1..n without gaps."""
    found: list[tuple[int, str]] = []
    for entry in _migrations_dir().iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [number for number, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migrations must be numbered 0001.. without gaps")
    return found


def latest_version() -> int:
    """The schema version this build of CaseVault writes."""
    return len(available_migrations())


def current_version(conn: Connection) -> int:
    """The schema version recorded in the vault."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the schema up to date; return the new version. Refuses a vault from the future.

    Raises SchemaTooNew, and MigrationFailed if SQLite refuses a migration: that migration is
    rolled back, so the vault stays at the last version that completed, its data untouched.
    """
    migrations = available_migrations()
    version = current_version(conn)
    if version > len(migrations):
        raise SchemaTooNew(version, len(migrations))
    for number, sql in migrations[version:]:
        script = f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;"
        try:
            conn.executescript(script)
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, DatabaseError):
                raise MigrationFailed(number - 1, type(exc).__name__) from exc
            raise
    # Tables made by an earlier text of an edited migration get today's shape (schema_repairs.py).
    repair_edited_migrations(conn)
    return current_version(conn)
