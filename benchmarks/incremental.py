"""Incremental exchange: bundle size and import time after a 1% edit, and a five-organisation
network exchanging week after week with incremental bundles versus full ones.

`run_one_percent`: a vault of N cases sends its full bundle to a partner, which imports it and
answers (its bundle carries the acknowledgement); then 1% of the cases are edited and the next
(incremental) bundle is written and imported. Baselines, same run: the full bundle's size and
its import time. Goals (issue #13): ≤ 2% of the size, ≤ 5% of the import time.

`run_network`: the five-organisation network of benchmarks/network_weeks.py, with full
bundles (the baseline) and incremental ones, from the same warmed-up vaults.
"""

from __future__ import annotations

import io
import random
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks import network_weeks
from benchmarks.orgs import OVERRIDE, Org, import_bytes, introduce, make_org
from benchmarks.report import Report, Row
from casevault.services import cases as case_service
from casevault.services import exports
from casevault.synthetic.generator import generate_cases


def _bundle(sender: Org, recipient: Org, *, full: bool) -> bytes:
    sink = io.BytesIO()
    exports.export_bundle(
        sender.session, [recipient.org_id], sink, override_reason=OVERRIDE, full=full
    )
    return sink.getvalue()


def run_one_percent(report: Report, count: int) -> None:
    """Size and import time of the incremental bundle after editing 1% of `count` cases."""
    workdir = Path(tempfile.mkdtemp(prefix="casevault-bench-"))
    try:
        office, partner = make_org(workdir, "office"), make_org(workdir, "partner")
        try:
            introduce(office, partner)
            data = generate_cases(count, seed=7, notes_chars=300)
            ids = [str(case_service.create_case(office.session, d.fields).id) for d in data]
            full = _bundle(office, partner, full=False)  # nothing acknowledged: everything
            start = time.perf_counter()
            import_bytes(partner, full)
            full_seconds = time.perf_counter() - start
            import_bytes(office, _bundle(partner, office, full=False))  # the acknowledgement
            for number, case_id in enumerate(random.Random(1).sample(ids, max(1, count // 100))):
                case_service.edit_case(office.session, case_id, {"notes": f"edit {number}"})
            small = _bundle(office, partner, full=False)
            start = time.perf_counter()
            result = import_bytes(partner, small)
            small_seconds = time.perf_counter() - start
        finally:
            office.session.close()
            partner.session.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    edited = result.changed_cases == max(1, count // 100)
    size_ratio = len(small) / len(full)
    time_ratio = small_seconds / full_seconds
    report.add(
        Row(
            f"incremental bundle after editing 1% of {count:,} cases",
            f"{len(small) / 1024:.0f} KiB",
            f"full {len(full) / 2**20:.1f} MiB",
            size_ratio,
            "≤ 0.02x full",
            size_ratio <= 0.02 and edited,
        )
    )
    report.add(
        Row(
            f"import of that incremental bundle ({count:,} cases, 1% edited)",
            f"{small_seconds:.2f} s",
            f"full import {full_seconds:.1f} s",
            time_ratio,
            "≤ 0.05x full import",
            time_ratio <= 0.05,
        )
    )


def run_network(report: Report, per_org: int) -> None:
    """The network's weeks with full bundles (baseline) and incremental ones, same start."""
    workdir = Path(tempfile.mkdtemp(prefix="casevault-bench-"))
    try:
        network_weeks.build_network(per_org, workdir / "base")
        found = {
            full: network_weeks.run_weeks(
                workdir / "base", workdir / ("full" if full else "incremental"), per_org, full=full
            )
            for full in (True, False)
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report.add(network_row(per_org, found[False], found[True]))


def network_row(per_org: int, inc: network_weeks.Weeks, base: network_weeks.Weeks) -> Row:
    """The report's row for one network run: incremental against full bundles."""
    ratio = inc.seconds / base.seconds
    return Row(
        f"network weeks: {network_weeks.ORGS} orgs x {per_org:,} cases, "
        f"{network_weeks.WEEKS} lossy weeks + restore + {inc.clean_weeks} clean "
        f"({base.clean_weeks} with full bundles), {inc.bundles} incremental bundles "
        f"({inc.megabytes:.1f} MiB vs {base.megabytes:.1f} MiB full); "
        f"{'converged' if inc.converged else 'NOT converged'}, "
        f"{inc.lost_edits} of {inc.edits} edits lost; week by week "
        f"{' / '.join(f'{w:.0f}' for w in inc.week_seconds)} s against "
        f"{' / '.join(f'{w:.0f}' for w in base.week_seconds)} s",
        f"{inc.seconds:.0f} s",
        f"full bundles {base.seconds:.0f} s",
        ratio,
        "≤ 0.25x full, converged, 0 lost",
        ratio <= 0.25 and inc.converged and inc.lost_edits == 0 and base.converged,
    )
