"""Five organisations exchanging week after week: incremental bundles against full ones.

Five organisations, verified to each other with the full profile, each create N cases; then
warm-up weeks in which everyone sends to everyone and nothing is lost, until every organisation
holds every case (and rights where it needs them, docs/sync.md) and has acknowledged it: three
weeks, as each bundle is acknowledged in the next one (docs/sync.md, "Incremental bundles"), so
the third week's bundles carry what the second's, everything, brought (relayed cases get new
change numbers of their sender). That network is built once and copied, so both modes start
from the same vaults. Then, in each mode, three weeks in which each organisation edits 1% of the
cases it holds and creates N / 100 new ones, and sends one bundle to each partner. The post
loses 20% of the bundles for good, duplicates 20% and delays 20% to the next week; at the start
of week 2, org4 restores the backup it took at the end of the warm-up (it makes no change in
week 1, whose bundles it may have lost: those it sent itself are not lost). Then clean weeks
until every vault holds the same cases (at most three).

Incremental bundles (the default) against `--all` bundles, timed over the weeks after the
warm-up and reported week by week: the goal is ≤ 25% of the full bundles' time (issue #13).
Checks: converged (same digest everywhere) and 0 edits lost (the last value written to every
edited field is shown, or is one side of a conflict, everywhere). Digests are computed outside
the timed work.
"""

from __future__ import annotations

import contextlib
import io
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.network import _digest
from benchmarks.orgs import OVERRIDE, PASSPHRASE, Org, import_bytes, introduce, make_org, org_of
from casevault.services import cases as case_service
from casevault.services import exports
from casevault.services.errors import BundleReplayed
from casevault.services.vaults import open_vault
from casevault.services.versioning import live_versions
from casevault.synthetic.generator import generate_cases
from casevault.vault.repos import cases as case_repo

ORGS = 5
WARM_UP_WEEKS = 3
WEEKS = 3
MAX_CLEAN_WEEKS = 3
RESTORED = 4  # the organisation whose laptop is lost and restored from its warm-up backup
LOSS, DUPLICATE, DELAY = 0.2, 0.2, 0.2


@dataclass
class Weeks:
    """What one mode of the network found."""

    week_seconds: list[float]  # the weeks after the warm-up (edits, exports, imports), each
    converged: bool
    lost_edits: int
    edits: int
    bundles: int
    megabytes: float
    clean_weeks: int

    @property
    def seconds(self) -> float:
        """All the weeks after the warm-up."""
        return sum(self.week_seconds)


def _name(index: int) -> str:
    return f"org{index}"


def _open(root: Path, index: int) -> Org:
    return org_of(_name(index), open_vault(root / _name(index), PASSPHRASE))


class Post:
    """The network's open vaults and the post between them, one week at a time."""

    def __init__(self, root: Path, *, full: bool, rng: random.Random) -> None:
        self.root, self.full, self.rng = root, full, rng
        self.orgs = [_open(root, index) for index in range(ORGS)]
        # Bundles are addressed by index: a restored organisation is a new Org object, and a
        # bundle delayed across the restore must reach the restored vault, not the closed one.
        self.late: list[tuple[int, bytes]] = []
        self.sent = 0
        self.size = 0

    def _bundle(self, sender: Org, recipient: Org) -> bytes:
        sink = io.BytesIO()
        exports.export_bundle(
            sender.session, [recipient.org_id], sink, override_reason=OVERRIDE, full=self.full
        )
        return sink.getvalue()

    def week(self, *, lossy: bool) -> None:
        """Everyone writes a bundle to everyone; the post delivers, loses, doubles or delays."""
        post = [
            (target, self._bundle(sender, recipient))
            for sender in self.orgs
            for target, recipient in enumerate(self.orgs)
            if sender is not recipient
        ]
        self.sent += len(post)
        self.size += sum(len(bundle) for _, bundle in post)
        post += self.late
        self.late = []
        self.rng.shuffle(post)
        for target, bundle in post:
            fate = self.rng.random() if lossy else 1.0
            if fate < LOSS:
                continue
            if fate < LOSS + DELAY:
                self.late.append((target, bundle))
                continue
            for _ in range(2 if fate > 1 - DUPLICATE else 1):
                self.deliver(target, bundle)

    def deliver(self, target: int, bundle: bytes) -> None:
        """Import one bundle; a duplicate is refused as a replay, as it should be."""
        with contextlib.suppress(BundleReplayed):
            import_bytes(self.orgs[target], bundle)

    def restore(self, index: int, backup: Path) -> None:
        """The organisation's laptop is lost: its vault comes back from `backup`."""
        self.orgs[index].session.close()
        shutil.rmtree(self.root / _name(index))
        shutil.copytree(backup / _name(index), self.root / _name(index))
        self.orgs[index] = _open(self.root, index)

    def converged(self) -> bool:
        """Every vault holds the same cases, fields and live versions."""
        return len({_digest(org) for org in self.orgs}) == 1

    def close(self) -> None:
        for org in self.orgs:
            org.session.close()


def build_network(per_org: int, root: Path, *, seed: int = 5) -> None:
    """Five introduced organisations in `root`, N cases each, after the warm-up weeks."""
    orgs = [make_org(root, _name(index)) for index in range(ORGS)]
    try:
        for i, a in enumerate(orgs):
            for b in orgs[i + 1 :]:
                introduce(a, b, profile="full")
        for number, org in enumerate(orgs):
            for data in generate_cases(per_org, seed=200 + number, notes_chars=300):
                case_service.create_case(org.session, data.fields)
    finally:
        for org in orgs:
            org.session.close()
    warm_up(root, WARM_UP_WEEKS, seed=seed)


def warm_up(root: Path, weeks: int, *, seed: int) -> None:
    """Weeks in which everyone sends to everyone and nothing is lost."""
    post = Post(root, full=False, rng=random.Random(seed))
    try:
        for _ in range(weeks):
            post.week(lossy=False)
    finally:
        post.close()


def _edit(
    org: Org, number: int, per_org: int, rng: random.Random, last_edit: dict[str, str]
) -> None:
    with org.session.vault.reading() as conn:  # every live case (a list page stops at 1,000)
        held = case_repo.iter_case_ids(conn)
    for case_id in rng.sample(held, max(1, len(held) // 100)):
        value = f"{org.name} week {number} {rng.randrange(10**6)}"
        case_service.edit_case(org.session, case_id, {"notes": value})
        last_edit[case_id] = value
    for data in generate_cases(max(1, per_org // 100), seed=rng.randrange(10**6)):
        case_service.create_case(org.session, data.fields)


def _lost_edits(post: Post, last_edit: dict[str, str]) -> int:
    lost = 0
    for org in post.orgs:
        with org.session.vault.reading() as conn:
            for case_id, value in last_edit.items():
                shown = {v.value for v in live_versions(conn, case_id).get("notes", ())}
                lost += value not in shown
    return lost


def run_weeks(base: Path, root: Path, per_org: int, *, full: bool, seed: int = 5) -> Weeks:
    """The weeks after the warm-up on a copy of the network in `base`, in one mode."""
    shutil.copytree(base, root)
    rng = random.Random(seed)
    post = Post(root, full=full, rng=rng)
    last_edit: dict[str, str] = {}
    weeks: list[float] = []
    clean = 0
    try:
        for number in range(WEEKS):
            start = time.perf_counter()
            if number == 1:
                post.restore(RESTORED, base)
            for index, org in enumerate(post.orgs):
                if not (index == RESTORED and number == 0):
                    _edit(org, number, per_org, rng, last_edit)
            post.week(lossy=True)
            weeks.append(time.perf_counter() - start)
        converged = False
        while not converged and clean < MAX_CLEAN_WEEKS:
            start = time.perf_counter()
            post.week(lossy=False)
            late, post.late = post.late, []
            for target, bundle in late:
                post.deliver(target, bundle)
            weeks.append(time.perf_counter() - start)
            clean += 1
            converged = post.converged()
        lost = _lost_edits(post, last_edit)
    finally:
        post.close()
    return Weeks(weeks, converged, lost, len(last_edit), post.sent, post.size / 2**20, clean)
