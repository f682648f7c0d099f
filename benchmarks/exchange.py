"""Export a bundle of every case in the benchmark vault to a partner, then import it there.

The sender is the vault `storage.build` filled; the partner is a fresh vault, verified both
ways with the default redaction profile. Export is `export_bundle` (consent overridden with a
reason, which is audited, as a real bulk hand-over would be); import is what the import wizard
runs: `verify_and_stage`, `preview_import` (with the duplicate check), `apply_import`. The
export time is the baseline: the goal is import ≤ 3x export.
"""

from __future__ import annotations

import io
import time

from benchmarks.orgs import OVERRIDE, introduce, make_org, org_of
from benchmarks.report import Report, Row
from benchmarks.storage import Built
from casevault.services import exports, import_verify, imports


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
        imports.preview_import(partner.session, staged)
        previewed = time.perf_counter()
        result = imports.apply_import(partner.session, staged)
        import_seconds = time.perf_counter() - start
    finally:
        partner.session.close()
    assert result.new_cases == built.count
    ratio = import_seconds / export_seconds
    report.add(
        Row(
            f"import a {built.count:,}-case bundle ({len(bundle) / 2**20:.1f} MiB: verify "
            f"{verified - start:.1f} s, preview {previewed - verified:.1f} s, apply "
            f"{import_seconds - (previewed - start):.1f} s)",
            f"{import_seconds:.1f} s",
            f"export {export_seconds:.1f} s",
            ratio,
            "≤ 3x export",
            ratio <= 3.0,
        )
    )
    built.costs["export (per run)"] = export_seconds
    built.costs["import (per run)"] = import_seconds
