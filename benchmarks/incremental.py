"""Incremental exchange: bundle size and import time after a 1% edit, and a five-organisation
network exchanging week after week with incremental bundles versus full ones.

`run_one_percent`: a vault of N cases sends its full bundle to a partner, which imports it and
answers (its bundle carries the acknowledgement); then 1% of the cases are edited and the next
(incremental) bundle is written and imported. Baselines, same run: the full bundle's size and
its import time. Goals (issue #13): ≤ 2% of the size, ≤ 5% of the import time.

`simulate_weeks`: five organisations, verified to each other with the full profile. Each
creates N cases; two warm-up weeks in which everyone sends to everyone (so every organisation
holds every case and has rights where it needs them, docs/sync.md); then three weeks in which
each organisation edits 1% of the cases it holds and creates 1% new ones, and sends one bundle
to each partner. The post loses 20% of the bundles for good, duplicates 20% and delays 20% to
the next week; at the start of week 3, org4 restores the backup it took at the end of the
warm-up (it makes no change in week 2, whose bundles it may have lost: those it sent itself
are not lost). Then clean weeks until every vault converges. The same run with `full=True`
(every bundle carries everything) is the baseline; the goal is ≤ 25% of its time, timed over
the weeks after the warm-up (the routine exchange; in the warm-up every case is new to
everyone, so both send everything and the warm-up is reported apart). Checks:
converged (same digest everywhere), and 0 edits lost (the last value written to every edited
field is shown, or is one side of a conflict, everywhere).
"""

from __future__ import annotations

import contextlib
import io
import random
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.network import _digest
from benchmarks.orgs import (
    OVERRIDE,
    PASSPHRASE,
    Org,
    import_bytes,
    introduce,
    make_org,
    org_of,
)
from benchmarks.report import Report, Row
from casevault.services import cases as case_service
from casevault.services import exports
from casevault.services.errors import BundleReplayed
from casevault.services.vaults import open_vault
from casevault.services.versioning import live_versions
from casevault.synthetic.generator import generate_cases

ORGS = 5
WEEKS = 3
CLEAN_WEEKS = 3
LOSS, DUPLICATE, DELAY = 0.2, 0.2, 0.2


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


@dataclass
class Weeks:
    """What one simulated network found."""

    seconds: float  # the weeks after the warm-up (the routine exchange)
    warm_up: float  # the two warm-up weeks (everything is new to everyone)
    converged: bool
    lost_edits: int
    edits: int
    bundles: int
    megabytes: float


def simulate_weeks(per_org: int, workdir: Path, *, full: bool, seed: int = 5) -> Weeks:
    """Run the weeks (module docstring) with incremental bundles, or full ones if `full`."""
    rng = random.Random(seed)
    orgs = [make_org(workdir, f"org{i}") for i in range(ORGS)]
    last_edit: dict[tuple[str, str], str] = {}
    sent = 0
    size = 0
    # Bundles are addressed by index: a restored organisation is a new Org object, and a bundle
    # delayed across the restore must reach the restored vault, not the closed one.
    late: list[tuple[int, bytes]] = []
    try:
        for i, a in enumerate(orgs):
            for b in orgs[i + 1 :]:
                introduce(a, b, profile="full")
        for number, org in enumerate(orgs):
            for d in generate_cases(per_org, seed=200 + number, notes_chars=300):
                case_service.create_case(org.session, d.fields)
        start = time.perf_counter()

        def week(lossy: bool) -> None:
            nonlocal sent, size, late
            post = [
                (j, _bundle(a, b, full=full))
                for a in orgs
                for j, b in enumerate(orgs)
                if a is not b
            ]
            sent += len(post)
            size += sum(len(bundle) for _, bundle in post)
            post += late
            late = []
            rng.shuffle(post)
            for target, bundle in post:
                fate = rng.random() if lossy else 1.0
                if fate < LOSS:
                    continue
                if fate < LOSS + DELAY:
                    late.append((target, bundle))
                    continue
                for _ in range(2 if fate > 1 - DUPLICATE else 1):
                    with contextlib.suppress(BundleReplayed):
                        import_bytes(orgs[target], bundle)

        week(lossy=False)
        week(lossy=False)
        warm_up = time.perf_counter() - start
        backup = workdir / "org4-backup"
        orgs[4].session.close()
        shutil.copytree(workdir / "org4", backup)
        orgs[4] = org_of("org4", open_vault(workdir / "org4", PASSPHRASE))
        for number in range(WEEKS):
            if number == 1:  # org4's laptop is lost: it restores the warm-up backup
                orgs[4].session.close()
                shutil.rmtree(workdir / "org4")
                shutil.copytree(backup, workdir / "org4")
                orgs[4] = org_of("org4", open_vault(workdir / "org4", PASSPHRASE))
            for org in orgs:
                if org is orgs[4] and number == 0:
                    continue  # no change of its own that the restore would take away
                held = [str(s.id) for s in case_service.list_cases(org.session, limit=10**6)]
                for case_id in rng.sample(held, max(1, len(held) // 100)):
                    value = f"{org.name} week {number} {rng.randrange(10**6)}"
                    case_service.edit_case(org.session, case_id, {"notes": value})
                    last_edit[(case_id, "notes")] = value
                for d in generate_cases(max(1, per_org // 100), seed=rng.randrange(10**6)):
                    case_service.create_case(org.session, d.fields)
            week(lossy=True)
        for _ in range(CLEAN_WEEKS):
            week(lossy=False)
        for target, bundle in late:
            with contextlib.suppress(BundleReplayed):
                import_bytes(orgs[target], bundle)
        seconds = time.perf_counter() - start - warm_up
        digests = {_digest(org) for org in orgs}
        lost = 0
        for org in orgs:
            with org.session.vault.reading() as conn:
                for (case_id, name), value in last_edit.items():
                    values = {v.value for v in live_versions(conn, case_id).get(name, ())}
                    lost += value not in values
    finally:
        for org in orgs:
            org.session.close()
    return Weeks(seconds, warm_up, len(digests) == 1, lost, len(last_edit), sent, size / 2**20)


def run_network(report: Report, per_org: int) -> None:
    """The same weeks with full bundles (baseline) and incremental ones."""
    found: dict[bool, Weeks] = {}
    for full in (True, False):
        workdir = Path(tempfile.mkdtemp(prefix="casevault-bench-"))
        try:
            found[full] = simulate_weeks(per_org, workdir, full=full)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    inc, base = found[False], found[True]
    ratio = inc.seconds / base.seconds
    report.add(
        Row(
            f"network weeks: {ORGS} orgs x {per_org:,} cases, {WEEKS} lossy weeks + restore, "
            f"{inc.bundles} incremental bundles ({inc.megabytes:.1f} MiB vs "
            f"{base.megabytes:.1f} MiB full); {'converged' if inc.converged else 'NOT converged'}"
            f", {inc.lost_edits} of {inc.edits} edits lost",
            f"{inc.seconds:.0f} s (warm-up {inc.warm_up:.0f} s)",
            f"full bundles {base.seconds:.0f} s (warm-up {base.warm_up:.0f} s)",
            ratio,
            "≤ 0.25x full, converged, 0 lost",
            ratio <= 0.25 and inc.converged and inc.lost_edits == 0 and base.converged,
        )
    )
