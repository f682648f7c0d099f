"""Export a bundle of every case in the benchmark vault to a partner, then import it there.

The sender is the vault `storage.build` filled; the partner is a fresh vault, verified both
ways with the default redaction profile. Export is `export_bundle` (consent overridden with a
reason, which is audited, as a real bulk hand-over would be); import is what the import wizard
runs: `verify_and_stage`, `preview_import` (with the duplicate check), `apply_import`.

Two baselines, both measured in the same run:

* the export of the same cases (goal: import ≤ 1.5x export);
* a plain-SQLite bulk insert of the very rows the import wrote, in one transaction: sqlcipher3
  without a key (plain SQLite of the same build, same pragmas, same schema, as in storage.py),
  the same repository functions the import uses (cases with tags, full-text and name index
  rows, field versions, one audit entry per case). The ratio is the price of encryption and of
  verifying, planning and previewing (goal: import ≤ 3x).
"""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

from benchmarks.orgs import OVERRIDE, introduce, make_org, org_of
from benchmarks.report import Report, Row
from benchmarks.storage import Built, _plain_database
from casevault.domain.case import Case
from casevault.exchange.field_versions import version_to_json
from casevault.exchange.plan_types import ImportPlan
from casevault.services import exports, import_verify, imports
from casevault.vault.repos import audit as audit_repo
from casevault.vault.repos import cases as case_repo
from casevault.vault.repos import sync_state


def _plain_bulk_insert(path: Path, plan: ImportPlan) -> float:
    """Seconds to write the plan's new cases to plain SQLite in one transaction."""
    conn = _plain_database(path)
    now = dt.datetime.now(dt.UTC)
    cases = [
        Case(
            id=p.case_id,
            origin_org=p.origin_org,
            created_at=p.created_at or now,
            updated_at=now,
            deleted=p.deleted_here,
            fields=p.new_fields,
        )
        for p in plan.cases
    ]
    try:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        case_repo.insert_new_cases(conn, cases)
        sync_state.put_new_case_versions(
            conn,
            [
                (
                    str(p.case_id),
                    {n: [version_to_json(v) for v in vs] for n, vs in p.merged.items()},
                )
                for p in plan.cases
            ],
        )
        for p in plan.cases:
            audit_repo.append_entry(
                conn,
                at=now,
                actor="bench",
                action="case.import",
                record_type="case",
                record_id=str(p.case_id),
                details={"fields": sorted(p.merged), "conflicts": []},
            )
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def run(report: Report, built: Built) -> None:
    """Time one export of all `built.count` cases and its import at a partner."""
    sender = org_of("Bench", built.session)
    partner = make_org(built.workdir, "partner")
    try:
        introduce(sender, partner)
        sink = io.BytesIO()
        start = time.perf_counter()
        exports.export_bundle(sender.session, [partner.org_id], sink, override_reason=OVERRIDE)
        export_seconds = time.perf_counter() - start
        bundle = sink.getvalue()
        start = time.perf_counter()
        staged = import_verify.verify_and_stage(partner.session, io.BytesIO(bundle))
        verified = time.perf_counter()
        preview = imports.preview_import(partner.session, staged)
        previewed = time.perf_counter()
        result = imports.apply_import(partner.session, staged)
        import_seconds = time.perf_counter() - start
    finally:
        partner.session.close()
    assert result.new_cases == built.count
    assert preview.plan is not None
    plain_seconds = _plain_bulk_insert(built.workdir / "plain-import.db", preview.plan)
    ratio = import_seconds / export_seconds
    report.add(
        Row(
            f"import a {built.count:,}-case bundle ({len(bundle) / 2**20:.1f} MiB: verify "
            f"{verified - start:.1f} s, preview {previewed - verified:.1f} s, apply "
            f"{import_seconds - (previewed - start):.1f} s)",
            f"{import_seconds:.1f} s",
            f"export {export_seconds:.1f} s",
            ratio,
            "≤ 1.5x export",
            ratio <= 1.5,
        )
    )
    plain_ratio = import_seconds / plain_seconds
    report.add(
        Row(
            f"import of {built.count:,} cases vs plain-SQLite bulk insert of the same rows",
            f"{import_seconds:.1f} s",
            f"plain SQLite {plain_seconds:.1f} s",
            plain_ratio,
            "≤ 3x",
            plain_ratio <= 3.0,
        )
    )
    built.costs["export (per run)"] = export_seconds
    built.costs["import (per run)"] = import_seconds
