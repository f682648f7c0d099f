"""The "needs action" first screen at scale: services.needs_action.needs_action on a vault of
N synthetic cases with real signed evaluations, drafts, dated timeline events, cases sent to a
real (verified) partner with and without consent, and cases left untouched.

    python -m benchmarks.needs_action --cases 10000     # prints the row (a few minutes)

Baseline: the dashboard's statistics (services.statistics.compute_statistics) on the same vault,
also one pass over every case and evaluation. Each timing starts from a cold clearance cache
(the session's derived values are dropped), as after any change to the vault. Goal: < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import time
import uuid
from collections.abc import Callable

from benchmarks.report import Report, Row, ms
from benchmarks.storage import fresh_workdir
from casevault.domain.consent import ConsentMethod
from casevault.domain.organisation import VerificationMethod
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services import evaluations as eval_service
from casevault.services import partners as partner_service
from casevault.services.needs_action import needs_action
from casevault.services.session import Session
from casevault.services.statistics import compute_statistics
from casevault.services.vaults import KdfChoice, init_vault
from casevault.synthetic.generator import generate_cases
from casevault.vault.repos import sync_state

PASSPHRASE = "benchmark passphrase, synthetic data only"
GOAL_SECONDS = 0.3
RUNS = 5
SCREENING = {
    "date": "2024-05-01",
    "methods": ["interview"],
    "checklist": {"civilian_harm": {"state": "checked", "note": "synthetic"}},
    "verdict": "cleared",
    "confidence": "high",
}


def populate(session: Session, partner: Session, count: int) -> None:
    """`count` cases: a third screened once, a tenth with a draft, a fifth with an event in the
    next 60 days, a tenth sent to the partner (half of them without consent)."""
    card = partner_service.export_identity(partner)
    details = partner_service.add_partner(session, card.card)
    partner_id = details.partner.id
    partner_service.verify_partner(
        session, partner_id, VerificationMethod.SHORT_CODE, details.short_code
    )
    evaluator = eval_service.add_evaluator(session, "Synthetic evaluator")
    today = session.clock().date()
    ids: list[uuid.UUID] = []
    for number, item in enumerate(generate_cases(count, seed=23, notes_chars=200)):
        ids.append(case_service.create_case(session, item.fields).id)
        if number % 5 == 0:
            day = today + dt.timedelta(days=number % 60)
            case_service.add_timeline_event(session, ids[-1], day, "Synthetic appointment")
    for number, case_id in enumerate(ids):
        if number % 3 == 0:
            draft = eval_service.create_draft(session, case_id, evaluator.id, SCREENING)
            eval_service.finalise_evaluation(session, draft.evaluation.id)
        elif number % 10 == 1:
            eval_service.create_draft(session, case_id, evaluator.id, SCREENING)
    sent = ids[::10]
    for case_id in sent[::2]:
        consent_service.record_consent(
            session, case_id, partner_ref=partner_id, method=ConsentMethod.MESSAGE
        )
    with session.vault.transaction() as conn:  # what an export to the partner records
        for case_id in sent:
            sync_state.record_delivery(conn, str(case_id), partner_id, "bench", session.clock())


def _median(call: Callable[[], object], session: Session) -> float:
    times = []
    for _ in range(RUNS):
        session.derived.clear()  # cold: clearance computed again, as after any change
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(report: Report, count: int) -> None:
    """Build the vault in a private temporary folder, time, add the row, remove the folder."""
    workdir = fresh_workdir()
    try:
        kdf = KdfChoice(floor=True)
        session = init_vault(workdir / "ours", PASSPHRASE, "Bench", kdf=kdf).session
        partner = init_vault(workdir / "partner", PASSPHRASE, "Partner", kdf=kdf).session
        try:
            populate(session, partner, count)
            result = needs_action(session)
            baseline = _median(lambda: compute_statistics(session), session)
            elapsed = _median(lambda: needs_action(session), session)
        finally:
            session.close()
            partner.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    listed = sum(result.totals.values())
    report.add(
        Row(
            f"needs action list at {count:,} cases ({listed:,} items)",
            ms(elapsed),
            f"dashboard statistics {ms(baseline)}",
            elapsed / baseline if baseline else None,
            f"< {GOAL_SECONDS * 1000:.0f} ms",
            elapsed < GOAL_SECONDS,
        )
    )


def main(argv: list[str] | None = None) -> Report:
    """Measure at `--cases` (default 10,000) and print the row."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    args = parser.parse_args(argv)
    report = Report(f"{args.cases:,} cases")
    measure(report, args.cases)
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
