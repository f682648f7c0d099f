"""The write workloads the kill harness interrupts: how each vault is prepared, and its steps.

`prepare` runs in the parent, once per run, and leaves a template folder (vaults, input files,
state.json). The steps run in the killed child (benchmarks/crash/child.py), each one atomic
operation of the product; the harness accepts, after a kill, exactly the state before the
first step or after one of the steps.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.orgs import Org, export_bytes, introduce, make_org
from casevault.domain.case import CaseFields, PersonName
from casevault.services import (
    attachments,
    case_merge,
    erasure,
    exports,
    import_verify,
    imports,
    nodes,
)
from casevault.services import cases as case_service
from casevault.services import evaluations as evaluation_service
from casevault.services import partners as partner_service
from casevault.services.session import Session
from casevault.services.vault_keys import rekey_vault
from casevault.services.vaults import change_passphrase, open_vault, recover_vault
from casevault.synthetic.generator import generate_cases

PASSPHRASE = "benchmark passphrase"  # as benchmarks/orgs.py
OTHER = "the other benchmark passphrase"
IMPORT_CASES = 1_000
IMPORT_ATTACHMENT_EVERY = 10  # one case in ten carries an attachment
IMPORT_ATTACHMENT_BYTES = 16 * 1024
ATTACHMENT_BYTES = 4 * 1024 * 1024


class ChildContext:
    """What a step sees in the child: the workload folder, its state.json, open sessions."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.state: dict[str, Any] = json.loads((folder / "state.json").read_text())
        self.sessions: dict[str, Session] = {}

    def session(self, vault: str = "vault") -> Session:
        """The open session on `vault` (opened with PASSPHRASE on first use)."""
        if vault not in self.sessions:
            self.sessions[vault] = open_vault(self.folder / vault, PASSPHRASE)
        return self.sessions[vault]

    def close(self) -> None:
        """Close every session (a normal end of the child)."""
        for session in self.sessions.values():
            session.close()


Step = Callable[[ChildContext], None]


@dataclass(frozen=True)
class Workload:
    """One operation (or short sequence) to interrupt.

    `vaults` are the folders compared after a kill. `secret_change`: the single step replaces
    PASSPHRASE by OTHER on the first vault, so exactly one of them must open it, and the one
    that opens says which state it must hold. `opens_before` lists vaults opened before the
    kill hooks are armed (unlocking is not part of the operation)."""

    name: str
    prepare: Callable[[Path, Path], None]
    steps: tuple[Step, ...]
    vaults: tuple[str, ...] = ("vault",)
    secret_change: bool = False
    opens_before: tuple[str, ...] = ("vault",)


def _save(folder: Path, **state: Any) -> None:
    (folder / "state.json").write_text(json.dumps(state))


def _fields(surname: str, notes: str = "") -> CaseFields:
    return CaseFields(name_cyrillic=PersonName(surname=surname), city="Vilnius", notes=notes)


def _org_with_cases(folder: Path, count: int) -> tuple[Org, list[str]]:
    org = make_org(folder, "vault")
    ids = []
    for item in generate_cases(count, seed=5):
        ids.append(str(case_service.create_case(org.session, item.fields).id))
    return org, ids


def _evaluation_draft(org: Org, case_id: str) -> str:
    person = evaluation_service.add_evaluator(org.session, "Анна Смирнова", "interviewer")
    draft = evaluation_service.create_draft(
        org.session,
        case_id,
        person.id,
        {
            "date": "2026-10-01",
            "methods": ["interview"],
            "checklist": {"civilian_harm": {"state": "checked", "note": "none found"}},
            "verdict": "cleared",
            "confidence": "high",
        },
    )
    return str(draft.evaluation.id)


# ---- prepare (parent) ----------------------------------------------------------------------


def _prepare_cases(folder: Path, inputs: Path) -> None:
    org, ids = _org_with_cases(folder, 20)
    # A signed evaluation already in the vault: every kill must leave it verifying.
    evaluation_service.finalise_evaluation(org.session, _evaluation_draft(org, ids[0]))
    org.session.close()
    _save(folder, cases=ids)


def _prepare_evaluation(folder: Path, inputs: Path) -> None:
    org, ids = _org_with_cases(folder, 5)
    draft = _evaluation_draft(org, ids[1])
    org.session.close()
    _save(folder, cases=ids, draft=draft)


def _prepare_attachment(folder: Path, inputs: Path) -> None:
    _prepare_cases(folder, inputs)
    blob = random.Random(3).randbytes(ATTACHMENT_BYTES)
    (folder / "attachment.bin").write_bytes(blob)


def _prepare_merge(folder: Path, inputs: Path) -> None:
    org = make_org(folder, "vault")
    kept = case_service.create_case(org.session, _fields("Орлов", "first contact"))
    absorbed = case_service.create_case(
        org.session, CaseFields(name_cyrillic=PersonName(surname="Орлов"), unit="in/ch 12345")
    )
    org.session.close()
    _save(folder, kept=str(kept.id), absorbed=str(absorbed.id))


def _prepare_erasure(folder: Path, inputs: Path) -> None:
    org, ids = _org_with_cases(folder, 10)
    target = ids[3]
    for day in range(1, 6):
        case_service.add_timeline_event(org.session, target, dt.date(2026, 9, day), f"call {day}")
    evaluation_service.finalise_evaluation(org.session, _evaluation_draft(org, target))
    blob = random.Random(4).randbytes(256 * 1024)
    attachments.add_attachment(org.session, target, io.BytesIO(blob), "scan.jpg")
    org.session.close()
    _save(folder, target=target)


def _prepare_secret(folder: Path, inputs: Path) -> None:
    from casevault.services.vaults import KdfChoice, init_vault

    result = init_vault(folder / "vault", PASSPHRASE, "vault", kdf=KdfChoice(floor=True))
    for item in generate_cases(10, seed=6):
        case_service.create_case(result.session, item.fields)
    result.session.close()
    _save(folder, recovery_code=result.recovery_code)


def build_import_bundle(inputs: Path) -> Path:
    """Once per run: a bundle of IMPORT_CASES cases (one in ten with an attachment) from a
    sender verified by the receiver, whose template vault is kept in `inputs/receiver`."""
    bundle = inputs / "import.bundle"
    if bundle.exists():
        return bundle
    sender, receiver = make_org(inputs, "sender"), make_org(inputs, "receiver")
    introduce(sender, receiver)
    rng = random.Random(7)
    for number, item in enumerate(generate_cases(IMPORT_CASES, seed=8)):
        case = case_service.create_case(sender.session, item.fields)
        if number % IMPORT_ATTACHMENT_EVERY == 0:
            blob = io.BytesIO(rng.randbytes(IMPORT_ATTACHMENT_BYTES))
            attachments.add_attachment(sender.session, case.id, blob, f"scan-{number}.jpg")
    bundle.write_bytes(export_bytes(sender, [receiver]))
    sender.session.close()
    receiver.session.close()
    return bundle


def _prepare_import(folder: Path, inputs: Path) -> None:
    import shutil

    bundle = build_import_bundle(inputs)
    shutil.copytree(inputs / "receiver", folder / "vault")
    shutil.copyfile(bundle, folder / "import.bundle")
    _save(folder)


def _prepare_sync(folder: Path, inputs: Path) -> None:
    office, ids = _org_with_cases(folder, 30)
    evaluation_service.finalise_evaluation(office.session, _evaluation_draft(office, ids[0]))
    laptop = make_org(folder, "laptop")
    request = nodes.create_join_request(laptop.session)
    sink = io.BytesIO()
    result = nodes.enrol_node(office.session, request.card, request.code, sink)
    card = partner_service.export_identity(office.session).card
    nodes.accept_enrolment(laptop.session, io.BytesIO(sink.getvalue()), card, result.short_code)
    office.session.close()
    laptop.session.close()
    _save(folder)


# ---- steps (child) -------------------------------------------------------------------------


def _case_add(ctx: ChildContext) -> None:
    case_service.create_case(ctx.session(), _fields("Кузнецов", "n" * 2_000))


def _case_edit(ctx: ChildContext) -> None:
    changes = {"city": "Tbilisi", "notes": "e" * 3_000}
    case_service.edit_case(ctx.session(), ctx.state["cases"][2], changes)


def _timeline_event(ctx: ChildContext) -> None:
    case_id = ctx.state["cases"][4]
    case_service.add_timeline_event(ctx.session(), case_id, dt.date(2026, 10, 2), "crossed")


def _finalise(ctx: ChildContext) -> None:
    evaluation_service.finalise_evaluation(ctx.session(), ctx.state["draft"])


def _attachment_add(ctx: ChildContext) -> None:
    with (ctx.folder / "attachment.bin").open("rb") as source:
        attachments.add_attachment(ctx.session(), ctx.state["cases"][5], source, "passport.jpg")


def _import(ctx: ChildContext) -> None:
    session = ctx.session()
    with (ctx.folder / "import.bundle").open("rb") as source:
        staged = import_verify.verify_and_stage(session, source)
        imports.apply_import(session, staged)  # reads attachments from the open file


def _merge(ctx: ChildContext) -> None:
    case_merge.merge_cases(ctx.session(), ctx.state["kept"], ctx.state["absorbed"])


def _unmerge(ctx: ChildContext) -> None:
    case_merge.unmerge_cases(ctx.session(), ctx.state["absorbed"])


def _erase(ctx: ChildContext) -> None:
    target = ctx.state["target"]
    erasure.erase_case(ctx.session(), target, target)


def _change_passphrase(ctx: ChildContext) -> None:
    change_passphrase(ctx.session(), OTHER)


def _recover(ctx: ChildContext) -> None:
    ctx.sessions["vault"] = recover_vault(ctx.folder / "vault", ctx.state["recovery_code"], OTHER)


def _rekey(ctx: ChildContext) -> None:
    rekey_vault(ctx.session(), PASSPHRASE, OTHER)


def _sync_export(ctx: ChildContext) -> None:
    with (ctx.folder / "sync.bundle").open("wb") as sink:
        exports.export_bundle(ctx.session(), [], sink, to_own_nodes=True)


def _sync_import(ctx: ChildContext) -> None:
    session = ctx.session("laptop")
    with (ctx.folder / "sync.bundle").open("rb") as source:
        staged = import_verify.verify_and_stage(session, source)
        imports.apply_import(session, staged)  # reads attachments from the open file


WORKLOADS: tuple[Workload, ...] = (
    Workload("case add", _prepare_cases, (_case_add,)),
    Workload("case edit", _prepare_cases, (_case_edit,)),
    Workload("timeline event", _prepare_cases, (_timeline_event,)),
    Workload("evaluation finalise", _prepare_evaluation, (_finalise,)),
    Workload("attachment add (4 MiB)", _prepare_attachment, (_attachment_add,)),
    Workload(f"import of {IMPORT_CASES:,} cases", _prepare_import, (_import,)),
    Workload("merge, then unmerge", _prepare_merge, (_merge, _unmerge)),
    Workload("erasure", _prepare_erasure, (_erase,)),
    Workload("passphrase change", _prepare_secret, (_change_passphrase,), secret_change=True),
    Workload("recovery", _prepare_secret, (_recover,), secret_change=True, opens_before=()),
    Workload("re-key", _prepare_secret, (_rekey,), secret_change=True),
    Workload(
        "node sync (export, import)",
        _prepare_sync,
        (_sync_export, _sync_import),
        vaults=("vault", "laptop"),
        opens_before=("vault", "laptop"),
    ),
)


def by_name(name: str) -> Workload:
    """The workload called `name`. Raises KeyError."""
    for workload in WORKLOADS:
        if workload.name == name:
            return workload
    raise KeyError(name)
