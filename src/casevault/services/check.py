"""`casevault check`: is the vault sound, and if not, what is wrong and what to do.

Four independent checks, each run even if an earlier one failed, so one report says everything:

1. pages — SQLCipher re-authenticates every page of the file (`cipher_integrity_check`): a page
   damaged or altered at rest fails its HMAC;
2. structure — SQLite walks every table and index (`integrity_check`);
3. audit — the hash chain of the audit trail (services/audit_log.py);
4. evaluations — both signatures of every finalised evaluation and the stored copy against
   what was signed (services/evaluation_verify.py).

A check whose data cannot be read because of a damaged page reports UNREADABLE for its area
instead of stopping the whole run. Findings carry data only; the edges (cli/check_command.py,
gui/reports/check_dialog.py) say them in words. Nothing is written: the check is safe on a damaged
vault and records no audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from casevault.services.audit_log import verify_audit_chain
from casevault.services.evaluation_verify import verify_evaluations
from casevault.services.session import Session
from casevault.vault.errors import DatabaseCorrupt
from casevault.vault.integrity import check_pages, count_structure_problems


class CheckArea(StrEnum):
    """What was checked."""

    PAGES = "pages"
    STRUCTURE = "structure"
    AUDIT = "audit"
    EVALUATIONS = "evaluations"


class FindingKind(StrEnum):
    """What is wrong."""

    DAMAGED_PAGES = "damaged_pages"  # pages whose authentication (HMAC) fails
    BROKEN_STRUCTURE = "broken_structure"  # tables or indexes SQLite cannot walk soundly
    AUDIT_BROKEN = "audit_broken"  # an audit entry was altered, removed or reordered
    EVALUATIONS_INVALID = "evaluations_invalid"  # signatures or stored copies that do not match
    UNREADABLE = "unreadable"  # this area's data could not be read at all (a damaged page)


class Advice(StrEnum):
    """What the user should do about the findings, in the order to try it."""

    RESTORE_COPY = "restore_copy"  # put back a backup copy of the vault folder
    REIMPORT = "reimport"  # ask partners to send their cases or evaluations again


@dataclass(frozen=True)
class Finding:
    """One problem. `pages`: damaged page numbers; `count`: how many problems or records;
    `audit_seq`/`audit_problem`: the first break of the audit chain ("hash", "link", "gap",
    "tail"); `evaluation_ids`: the evaluations that failed verification."""

    area: CheckArea
    kind: FindingKind
    count: int = 0
    pages: tuple[int, ...] = ()
    audit_seq: int | None = None
    audit_problem: str | None = None
    evaluation_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckReport:
    """Every finding of one run, and how much was checked."""

    findings: tuple[Finding, ...]
    audit_entries: int
    evaluations: int

    @property
    def sound(self) -> bool:
        """True if nothing is wrong."""
        return not self.findings

    @property
    def advice(self) -> tuple[Advice, ...]:
        """What to do, most thorough first; empty when the vault is sound."""
        if self.sound:
            return ()
        only_evaluations = all(f.kind is FindingKind.EVALUATIONS_INVALID for f in self.findings)
        # A bad signature is fixed by the signer sending it again; anything else in the file
        # means this copy cannot be trusted as a whole, so an older sound copy comes first.
        if only_evaluations:
            return (Advice.REIMPORT,)
        return (Advice.RESTORE_COPY, Advice.REIMPORT)


def _check_pages(session: Session) -> list[Finding]:
    with session.vault.reading() as conn:  # joins check_vault's snapshot
        pages = check_pages(conn)
        structure = count_structure_problems(conn)
    findings = []
    if pages.problems:
        findings.append(
            Finding(CheckArea.PAGES, FindingKind.DAMAGED_PAGES, pages.problems, pages.damaged_pages)
        )
    if structure:
        findings.append(Finding(CheckArea.STRUCTURE, FindingKind.BROKEN_STRUCTURE, structure))
    return findings


def check_vault(session: Session) -> CheckReport:
    """Run every check on the open vault and report what is wrong. Read-only.

    Damage found is the answer, not an error. Raises only what stops the vault from being read
    at all: StorageVanished, StorageReadOnly, DiskFull (a failing device), VaultDestroyed,
    SnapshotClosed (the vault was locked meanwhile).

    Runs on a snapshot (vault/snapshot.py): the app's writes go on during the long checks, and
    every check sees the same state of the vault.
    """
    with session.vault.snapshot():
        return _check_all(session)


def _check_all(session: Session) -> CheckReport:
    findings = _check_pages(session)
    audit_entries = evaluations = 0
    try:
        audit_entries, chain_break = verify_audit_chain(session)
    except DatabaseCorrupt:  # DatabaseDamaged: a page of the audit table does not read
        findings.append(Finding(CheckArea.AUDIT, FindingKind.UNREADABLE))
    else:
        if chain_break is not None:
            findings.append(
                Finding(
                    CheckArea.AUDIT,
                    FindingKind.AUDIT_BROKEN,
                    1,
                    audit_seq=chain_break.seq,
                    audit_problem=chain_break.problem,
                )
            )
    try:
        verification = verify_evaluations(session)
    except DatabaseCorrupt:
        findings.append(Finding(CheckArea.EVALUATIONS, FindingKind.UNREADABLE))
    else:
        evaluations = verification.checked
        if verification.problems:
            ids = tuple(problem.evaluation_id for problem in verification.problems)
            findings.append(
                Finding(
                    CheckArea.EVALUATIONS,
                    FindingKind.EVALUATIONS_INVALID,
                    len(ids),
                    evaluation_ids=ids,
                )
            )
    return CheckReport(tuple(findings), audit_entries, evaluations)
