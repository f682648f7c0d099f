"""How screening looks on the command line: evaluation views, the clearance explanation in plain
words, and the messages for screening errors. Every sentence is translatable; the services and
the domain return typed values only."""

from __future__ import annotations

import uuid
from typing import Any

import click

from casevault.cli import messages
from casevault.cli.formatting import show_day_of
from casevault.cli.i18n import N_, _
from casevault.cli.messages import EXIT_DAMAGED, EXIT_INVALID_INPUT, EXIT_NOT_FOUND
from casevault.domain.clearance import ClearanceNote, ClearanceState, NoteKind, SignerStanding
from casevault.domain.errors import EvaluationIncomplete, EvaluationPayloadInvalid, ThresholdTooLow
from casevault.services.case_clearance import ClearanceReport
from casevault.services.errors import (
    AlreadySuperseded,
    AmbiguousId,
    EvaluationFinalised,
    EvaluationNotFinalised,
    EvaluationNotFound,
    EvaluatorNotFound,
    EvaluatorNotOurs,
)
from casevault.services.evaluation_intake import EvaluationRefusal, RefusedEvaluation
from casevault.services.evaluations import (
    ProblemKind,
    StoredEvaluation,
    UncountedEvaluation,
    VerificationReport,
)
from casevault.services.signer_trust import SignerTrust
from casevault.vault.errors import RecordImmutable


def check_label(item: str) -> str:
    """A checklist item's name for people."""
    labels = {
        "deployment": _("Deployment places and dates"),
        "unit_record": _("Unit and its record"),
        "civilian_harm": _("Part in operations against civilians"),
        "callup_proof": _("Call-up proof"),
        "identity_documents": _("Identity documents"),
    }
    return labels.get(item, item)


def short(value: uuid.UUID | str) -> str:
    """The first eight characters of an id: enough to type, as the other commands accept."""
    return str(value)[:8]


def state_text(stored: StoredEvaluation) -> str:
    if not stored.finalised:
        return _("draft")
    if stored.superseded_by is not None:
        return _("superseded by {id}").format(id=short(stored.superseded_by))
    return _("final")


def evaluation_json(stored: StoredEvaluation) -> dict[str, Any]:
    seal = stored.seal
    return {
        "evaluation": stored.evaluation,
        "state": stored.state,
        "created_at": stored.created_at,
        "updated_at": stored.updated_at,
        "superseded_by": stored.superseded_by,
        "signature": None
        if seal is None
        else {
            "signer_org_id": seal.signer_org_id,
            "signer_key_fingerprint": seal.signer_key_fingerprint,
            "finalised_at": seal.finalised_at,
        },
    }


PROBLEM_TEXT = {
    ProblemKind.UNKNOWN_SIGNER: N_("signed by an organisation whose keys we do not hold"),
    ProblemKind.KEY_MISMATCH: N_("signed with a key that is not the signer's"),
    ProblemKind.SIGNATURE: N_("its stored bytes no longer match the signatures"),
    ProblemKind.PAYLOAD: N_("its signed content cannot be read"),
    ProblemKind.CONTENT_MISMATCH: N_("what is shown differs from what was signed"),
}


def untrusted_signer_text(standing: SignerStanding, signer: SignerTrust) -> str:
    """Why an evaluation signed by `signer` does not count, in words."""
    org = signer.name or short(signer.org_id)
    if standing is SignerStanding.REVOKED and signer.revoked_at is not None:
        return _("signed by {org}, whose keys were revoked on {date}").format(
            org=org, date=show_day_of(signer.revoked_at)
        )
    templates = {
        SignerStanding.REVOKED: _("signed by {org}, whose keys were revoked"),
        SignerStanding.UNVERIFIED: _("signed by {org}, not verified by short code or fingerprint"),
        SignerStanding.UNKNOWN: _("signed by an organisation we do not know ({org})"),
        SignerStanding.UNKNOWN_KEY: _("signed by {org} with a key that is not theirs"),
    }
    return templates.get(standing, _("signed by {org}")).format(org=org)


def note_text(
    note: ClearanceNote,
    names: dict[uuid.UUID, str],
    signers: dict[str, SignerTrust] | None = None,
) -> str:
    values = {
        "name": names.get(note.evaluator_id, short(note.evaluator_id)),
        "id": short(note.evaluation_id),
        "by": short(note.superseded_by) if note.superseded_by else "",
    }
    if note.kind is NoteKind.UNTRUSTED_SIGNER:
        org_id = note.organisation_id or ""
        signer = (signers or {}).get(org_id) or SignerTrust(
            org_id, None, SignerStanding.UNKNOWN, None, frozenset()
        )
        return _("The evaluation {id} does not count: {why}.").format(
            id=values["id"], why=untrusted_signer_text(note.signer or signer.standing, signer)
        )
    templates = {
        NoteKind.DRAFT: _("{name}'s evaluation ({id}) is a draft; it counts once finalised."),
        NoteKind.NOT_CLEARED: _(
            "{name}'s evaluation ({id}) says 'not cleared'. Only a correction by {name} can "
            "change that."
        ),
        NoteKind.INCONCLUSIVE: _(
            "{name}'s evaluation ({id}) is inconclusive; clearance waits for a correction."
        ),
        NoteKind.SUPERSEDED: _(
            "{name}'s evaluation ({id}) was corrected by {by}; it no longer counts."
        ),
        NoteKind.SAME_EVALUATOR: _(
            "{name}'s evaluation ({id}) is another by the same person; it does not count twice."
        ),
    }
    return templates[note.kind].format(**values)


def print_clearance(report: ClearanceReport) -> None:
    ex = report.explanation
    headline = {
        ClearanceState.CLEARED: _("Case {id} is cleared."),
        ClearanceState.BLOCKED: _("Case {id} is not cleared: an evaluator found against it."),
        ClearanceState.PENDING: _("Case {id} is not cleared yet."),
    }[ex.state]
    click.echo(headline.format(id=short(report.case_id)))
    click.echo(
        _("{have} of {need} independent evaluations say 'cleared'.").format(
            have=len(ex.clearing_evaluators), need=ex.threshold
        )
    )
    if len(ex.clearing_organisations) < ex.required_organisations:
        click.echo(
            _("Evaluators from at least {need} organisations are needed; so far {have}.").format(
                need=ex.required_organisations, have=len(ex.clearing_organisations)
            )
        )
    for note in ex.notes:
        click.echo("  - " + note_text(note, report.evaluator_names, report.signers))


def register_messages() -> None:
    messages.register(
        EvaluationNotFound,
        lambda e: _("No evaluation with id {id}.").format(id=e.ref),
        EXIT_NOT_FOUND,
    )
    messages.register(
        EvaluatorNotFound,
        lambda e: _("No evaluator with id {id}. See 'casevault evaluator list'.").format(id=e.ref),
        EXIT_NOT_FOUND,
    )
    messages.register(
        AmbiguousId,
        lambda e: _("{id} matches several records; type more of the id.").format(id=e.ref),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        EvaluationFinalised,
        lambda e: _(
            "Evaluation {id} is signed and final. Correct it with 'casevault evaluation "
            "supersede {id}'."
        ).format(id=e.evaluation_id),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        EvaluationNotFinalised,
        lambda e: _("Evaluation {id} is still a draft: edit it instead.").format(
            id=e.evaluation_id
        ),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        AlreadySuperseded,
        lambda e: _("Evaluation {id} already has a correction ({other}).").format(
            id=e.evaluation_id, other=e.successor_id
        ),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        EvaluatorNotOurs,
        lambda e: _("This evaluator belongs to another organisation; you can only sign for yours."),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        EvaluationIncomplete,
        lambda e: _("Not ready to sign: {what}.").format(
            what=_("name at least one method (--method)")
            if e.field == "methods"
            else _("a 'cleared' verdict needs the civilian-operations check marked as checked")
        ),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        ThresholdTooLow,
        lambda e: _("A case always needs at least {n} independent evaluations.").format(
            n=e.minimum
        ),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        RecordImmutable,
        lambda e: _("This record is signed and final; the vault refused to change it."),
        EXIT_INVALID_INPUT,
    )
    messages.register(
        EvaluationPayloadInvalid,
        lambda e: _("A signed evaluation cannot be read; the vault may have been altered."),
        EXIT_DAMAGED,
    )


def clearance_json(report: ClearanceReport) -> dict[str, Any]:
    """The clearance report as plain JSON values."""
    ex = report.explanation
    return {
        "case_id": report.case_id,
        "state": ex.state,
        "cleared": ex.cleared,
        "threshold": ex.threshold,
        "clearing_evaluators": ex.clearing_evaluators,
        "required_organisations": ex.required_organisations,
        "clearing_organisations": ex.clearing_organisations,
        "notes": [
            {
                **vars(note),
                "evaluator_name": report.evaluator_names.get(note.evaluator_id),
                **_signer_json(note, report.signers),
            }
            for note in ex.notes
        ],
    }


def _signer_json(note: ClearanceNote, signers: dict[str, SignerTrust]) -> dict[str, Any]:
    """For a note about an untrusted signer: the signer's name and revocation time."""
    signer = signers.get(note.organisation_id or "")
    if note.kind is not NoteKind.UNTRUSTED_SIGNER or signer is None:
        return {}
    return {"signer_name": signer.name, "signer_revoked_at": signer.revoked_at}


REFUSAL_TEXT = {
    EvaluationRefusal.SUPERSEDES_OTHER_ORGANISATION: N_(
        "it claims to correct an evaluation signed by another organisation"
    ),
    EvaluationRefusal.EVALUATOR_OF_OTHER_ORGANISATION: N_(
        "it names as its evaluator a person of another organisation"
    ),
    EvaluationRefusal.SIGNER_REVOKED: N_("it is signed with keys you revoked"),
}


def import_evaluation_lines(refused: tuple[RefusedEvaluation, ...], uncounted: int) -> list[str]:
    """What an import preview says about evaluations it refuses or keeps without counting."""
    lines = [
        _("Evaluation {id} (case {case}) is refused: {why}.").format(
            id=short(r.evaluation_id), case=short(r.case_id), why=_(REFUSAL_TEXT[r.reason])
        )
        for r in refused
    ]
    if uncounted:
        lines.append(
            _(
                "{n} new evaluation(s) signed by organisations you have not verified: kept for "
                "reference, not counted towards clearance."
            ).format(n=uncounted)
        )
    return lines


def uncounted_json(uncounted: UncountedEvaluation) -> dict[str, Any]:
    """One evaluation that does not count, as plain JSON values."""
    return {
        "evaluation_id": uncounted.evaluation_id,
        "case_id": uncounted.case_id,
        "signature_valid": uncounted.signature_valid,
        "counted": False,
        "standing": uncounted.standing,
        "signer_org_id": uncounted.signer.org_id,
        "signer_name": uncounted.signer.name,
        "signer_revoked_at": uncounted.signer.revoked_at,
    }


def print_verification(report: VerificationReport) -> None:
    """`evaluation verify` in words: what does not count and why, then what failed."""
    for uncounted in report.not_counted:
        signature = _("signature valid") if uncounted.signature_valid else _("signature NOT valid")
        click.echo(
            _("Evaluation {id} (case {case}): {signature}; not counted: {why}.").format(
                id=uncounted.evaluation_id,
                case=short(uncounted.case_id),
                signature=signature,
                why=untrusted_signer_text(uncounted.standing, uncounted.signer),
            )
        )
    if report.intact:
        click.echo(_("All {n} signed evaluations check out.").format(n=report.checked))
        return
    for problem in report.problems:
        click.echo(
            _("Evaluation {id} (case {case}): {why}.").format(
                id=problem.evaluation_id,
                case=short(problem.case_id),
                why=_(PROBLEM_TEXT[problem.kind]),
            )
        )
    click.echo(
        _(
            "{bad} of {n} signed evaluations failed the check. Someone may have altered the vault."
        ).format(bad=len(report.problems), n=report.checked)
    )
