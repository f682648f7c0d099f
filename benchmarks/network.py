"""Network simulation: five organisations exchange bundles over an unreliable post.

Five real vaults, verified to each other with the full profile (so every field travels and end
states can be compared whole). Round 1: each organisation types in N cases and sends them in
one bundle to the four others. Round 2: each organisation edits some shared cases (the same
cases, fields chosen at random, so some edits collide) before hearing from anyone, then sends
what it changed. A partner may change only the cases that were sent to it or came from it
(docs/sync.md, "What a partner may change"), so an edit of org0's case by org1 is taken by org0
and refused (listed) by the others; round 3: each organisation sends its own edited cases again,
merged, to all (how an edit reaches a third organisation: through the case's origin). Each
round's bundles are delivered in random order, some twice (the second copy must be refused as a
replay), some dropped and re-sent after the rest.

Checks, at the end: converged (all five vaults hold the same cases with the same field
values and the same live versions), the conflicts raised (one per field edited concurrently by
two or more organisations), and edits lost without a conflict: an edit whose value is neither
shown nor among a conflict's options at some vault. That last count must be 0.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.orgs import Org, export_bytes, import_bytes, introduce, make_org
from benchmarks.report import Report, Row
from casevault.services import cases as case_service
from casevault.services.errors import BundleReplayed
from casevault.services.versioning import live_versions
from casevault.synthetic.generator import generate_cases
from casevault.vault.repos import cases as case_repo

ORGS = 5
EDITED_FIELDS = ("notes", "unit", "city")
EDIT_CHANCE = 0.4
DUPLICATE_CHANCE = 0.2
DROP_CHANCE = 0.2


@dataclass
class Outcome:
    """What the simulation found (and how long it took)."""

    converged: bool
    conflicts: int
    expected_conflicts: int
    lost_edits: int
    edits: int
    imports: int
    replays_refused: int
    seconds: float
    import_seconds: float = 0.0
    digests: list[str] = field(default_factory=list)


def _deliver(
    bundles: list[tuple[Org, bytes, list[Org]]], rng: random.Random, outcome: Outcome
) -> None:
    """Each bundle to each of its recipients, shuffled, some twice, some dropped and re-sent."""
    post = [(bundle, target) for _, bundle, targets in bundles for target in targets]
    post += [d for d in post if rng.random() < DUPLICATE_CHANCE]
    rng.shuffle(post)
    dropped = [d for d in post if rng.random() < DROP_CHANCE]
    dropped_ids = {id(d) for d in dropped}
    first = [d for d in post if id(d) not in dropped_ids]
    rng.shuffle(dropped)
    for bundle, target in first + dropped:
        start = time.perf_counter()
        try:
            import_bytes(target, bundle)
            outcome.imports += 1
        except BundleReplayed:
            outcome.replays_refused += 1
        outcome.import_seconds += time.perf_counter() - start


def _digest(org: Org) -> str:
    """A hash of every case's fields and live versions: equal digests, equal end states."""
    digest = hashlib.sha256()
    with org.session.vault.reading() as conn:
        for case_id in sorted(case_repo.iter_case_ids(conn, include_deleted=True)):
            case = case_repo.get_case(conn, uuid.UUID(case_id))
            live = live_versions(conn, case_id)
            versions = {
                f: sorted(repr(v.key()) + repr(v.value) for v in vs) for f, vs in live.items()
            }
            digest.update(case_id.encode())
            digest.update(case.fields.model_dump_json().encode())
            digest.update(json.dumps(versions, sort_keys=True).encode())
    return digest.hexdigest()


def _edit_round(
    orgs: list[Org], shared: list[str], rng: random.Random
) -> tuple[dict[tuple[str, str], dict[str, str]], dict[str, list[str]]]:
    """Concurrent edits: (case, field) -> {org name: value}, and each org's edited cases."""
    edits: dict[tuple[str, str], dict[str, str]] = {}
    edited: dict[str, list[str]] = {org.name: [] for org in orgs}
    for org in orgs:
        for case_id in shared:
            if rng.random() >= EDIT_CHANCE:
                continue
            name = rng.choice(EDITED_FIELDS)
            value = f"{name} set by {org.name}"
            case_service.edit_case(org.session, case_id, {name: value})
            edits.setdefault((case_id, name), {})[org.name] = value
            edited[org.name].append(case_id)
    return edits, edited


def _lost_and_conflicts(
    orgs: list[Org], edits: dict[tuple[str, str], dict[str, str]]
) -> tuple[int, int]:
    """Edits missing (neither shown nor a conflict option) at some vault; conflicts at org 0."""
    lost = 0
    for org in orgs:
        with org.session.vault.reading() as conn:
            for (case_id, name), by_org in edits.items():
                live = live_versions(conn, case_id).get(name, ())
                values = {v.value for v in live}
                lost += sum(1 for value in by_org.values() if value not in values)
    with orgs[0].session.vault.reading() as conn:
        conflicts = sum(
            1 for case_id, name in edits if len(live_versions(conn, case_id).get(name, ())) > 1
        )
    return lost, conflicts


def simulate(per_org: int, workdir: Path, seed: int = 1) -> Outcome:
    """Run both rounds with `per_org` cases per organisation; return what was found."""
    rng = random.Random(seed)
    orgs = [make_org(workdir, f"org{i}") for i in range(ORGS)]
    try:
        for a, b in itertools.combinations(orgs, 2):
            introduce(a, b, profile="full")
        start = time.perf_counter()
        outcome = Outcome(False, 0, 0, 0, 0, 0, 0, 0.0)
        owned: dict[str, list[str]] = {}
        for number, org in enumerate(orgs):
            data = generate_cases(per_org, seed=100 + number, notes_chars=300)
            owned[org.name] = [
                str(case_service.create_case(org.session, d.fields).id) for d in data
            ]
        round_one = [
            (org, export_bytes(org, others, owned[org.name]), others)
            for org in orgs
            for others in [[o for o in orgs if o is not org]]
        ]
        _deliver(round_one, rng, outcome)
        everything = [case_id for ids in owned.values() for case_id in ids]
        shared = rng.sample(everything, max(5, len(everything) // 50))
        edits, edited = _edit_round(orgs, shared, rng)
        round_two = [
            (org, export_bytes(org, others, sorted(set(edited[org.name]))), others)
            for org in orgs
            if edited[org.name]
            for others in [[o for o in orgs if o is not org]]
        ]
        _deliver(round_two, rng, outcome)
        round_three = [
            (org, export_bytes(org, others, mine), others)
            for org in orgs
            for mine in [sorted(set(owned[org.name]) & set(shared))]
            if mine
            for others in [[o for o in orgs if o is not org]]
        ]
        _deliver(round_three, rng, outcome)
        outcome.seconds = time.perf_counter() - start
        outcome.digests = [_digest(org) for org in orgs]
        outcome.converged = len(set(outcome.digests)) == 1
        outcome.lost_edits, outcome.conflicts = _lost_and_conflicts(orgs, edits)
        outcome.expected_conflicts = sum(1 for by_org in edits.values() if len(by_org) > 1)
        outcome.edits = sum(len(by_org) for by_org in edits.values())
    finally:
        for org in orgs:
            org.session.close()
    return outcome


def run(report: Report, per_org: int) -> None:
    """The network row: converged, conflicts, edits lost, time."""
    workdir = Path(tempfile.mkdtemp(prefix="casevault-bench-"))
    try:
        found = simulate(per_org, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report.add(
        Row(
            f"network: {ORGS} orgs x {per_org:,} cases, {found.imports} imports "
            f"({found.import_seconds:.0f} s), {found.replays_refused} replays refused, "
            f"{found.edits} concurrent edits; conflicts raised {found.conflicts} "
            f"(expected {found.expected_conflicts})",
            f"{'converged' if found.converged else 'NOT converged'}, {found.lost_edits} edits lost",
            f"{found.seconds:.0f} s",
            None,
            "converged, 0 lost",
            found.converged
            and found.lost_edits == 0
            and found.conflicts == found.expected_conflicts,
        )
    )
