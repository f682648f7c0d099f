"""The dossier for an asylum application, as a typed document model (no Qt, no words).

One case, read through the services and cut down by a redaction profile: identity in both
scripts with every likely spelling, service, the chronology with its flags
(domain/chronology.py), the list of proofs (services/asylum_proofs.py), the screening
evaluations with who signed them and whether each signature verifies. The words, in the
dossier's own language, and the PDF are made by gui/reports/asylum_dossier_pdf.py; the
organisation's
signed attestation over the PDF by services/attestation.py.

Only fields the profile lets out are read into the model: a withheld field is absent here, so
no renderer can show it by mistake.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from casevault.domain.case import Case
from casevault.domain.chronology import Chronology, build_chronology
from casevault.domain.clearance import NoteKind
from casevault.domain.romanisations import romanisations
from casevault.services import case_clearance
from casevault.services import cases as case_service
from casevault.services import evaluations as eval_service
from casevault.services import profiles as profile_service
from casevault.services.asylum_proofs import ProofRow, proof_rows
from casevault.services.case_merge import merged_into
from casevault.services.organisation import show_organisation
from casevault.services.partners import list_partners
from casevault.services.session import Session

DOSSIER_LANGUAGES = ("en", "fr")
DEFAULT_PROFILE = "standard"


class SignatureState(StrEnum):
    """Where an evaluation's signature stands, as the dossier reports it."""

    VERIFIED = "verified"  # signed, both signatures verify, counts
    INVALID = "invalid"  # a signature or the stored copy does not verify: do not rely on it
    NOT_COUNTING = "not_counting"  # verifies, but the signer is not trusted to clear
    SUPERSEDED = "superseded"  # verifies, replaced by a later correction
    DRAFT = "draft"  # never signed


@dataclass(frozen=True)
class Identity:
    """Who he is, as far as the profile lets out ("" / None / () for withheld or unknown)."""

    name_cyrillic: str
    name_latin: str
    aliases: tuple[str, ...]
    spellings: tuple[tuple[str, str], ...]  # (system, spelling) for the Cyrillic name
    date_of_birth: dt.date | None
    place_of_birth: str
    service_type: str  # a ServiceType value, "" if withheld
    unit: str
    rank: str
    callup_proof: str


@dataclass(frozen=True)
class EvaluationRow:
    """One screening evaluation and its signature state."""

    evaluation_id: uuid.UUID
    date: dt.date
    evaluator: str  # the evaluator's name as we hold it; "" if unknown
    role: str
    organisation_id: str
    organisation: str  # the signing organisation by name when we know it, else its id
    verdict: str  # a Verdict value
    confidence: str
    methods: tuple[str, ...]
    state: SignatureState


@dataclass(frozen=True)
class AsylumDossier:
    """Everything the dossier shows, in the order it shows it."""

    case_id: uuid.UUID
    language: str
    profile: str
    organisation_id: str
    organisation_name: str
    organisation_fingerprint: str
    made_at: dt.datetime
    identity: Identity
    withheld: frozenset[str]
    chronology: Chronology
    proofs: tuple[ProofRow, ...]
    evaluations: tuple[EvaluationRow, ...]
    clearance: str  # a ClearanceState value


def _identity(case: Case, allowed: frozenset[str]) -> Identity:
    fields = case.fields

    def let(name: str, value: str) -> str:
        return value if name in allowed else ""

    cyrillic = let("name_cyrillic", fields.name_cyrillic.display())
    return Identity(
        name_cyrillic=cyrillic,
        name_latin=let("name_latin", fields.name_latin.display()),
        aliases=tuple(fields.aliases) if "aliases" in allowed else (),
        spellings=tuple(romanisations(cyrillic).items()),
        date_of_birth=fields.date_of_birth if "date_of_birth" in allowed else None,
        place_of_birth=let("place_of_birth", fields.place_of_birth),
        service_type=let("service_type", fields.service_type.value),
        unit=let("unit", fields.unit),
        rank=let("rank", fields.rank),
        callup_proof=let("callup_proof", fields.callup_proof),
    )


def _evaluation_rows(session: Session, case: Case) -> tuple[EvaluationRow, ...]:
    related = [case.id, *merged_into(session, case.id)]
    stored = [s for case_id in related for s in eval_service.list_evaluations(session, case_id)]
    report = eval_service.verify_evaluations(session, related)
    invalid = {uuid.UUID(str(p.evaluation_id)) for p in report.problems}
    clearance = case_clearance.explain_clearance(session, case.id)
    untrusted = {
        note.evaluation_id
        for note in clearance.explanation.notes
        if note.kind is NoteKind.UNTRUSTED_SIGNER
    }
    evaluators = {e.id: e for e in eval_service.list_evaluators(session)}
    own = show_organisation(session)
    org_names = {partner.id: partner.name for partner in list_partners(session)}
    org_names[own.id] = own.name
    rows = []
    for item in sorted(stored, key=lambda s: (s.evaluation.date, s.created_at)):
        evaluation = item.evaluation
        if not item.finalised:
            state = SignatureState.DRAFT
        elif evaluation.id in invalid:
            state = SignatureState.INVALID
        elif evaluation.id in untrusted:
            state = SignatureState.NOT_COUNTING
        elif item.superseded_by is not None:
            state = SignatureState.SUPERSEDED
        else:
            state = SignatureState.VERIFIED
        evaluator = evaluators.get(evaluation.evaluator_id)
        rows.append(
            EvaluationRow(
                evaluation_id=evaluation.id,
                date=evaluation.date,
                evaluator=evaluator.name if evaluator else "",
                role=evaluator.role if evaluator else "",
                organisation_id=evaluation.organisation_id,
                organisation=org_names.get(evaluation.organisation_id, evaluation.organisation_id),
                verdict=evaluation.verdict.value,
                confidence=evaluation.confidence.value,
                methods=tuple(m.value for m in evaluation.methods),
                state=state,
            )
        )
    return tuple(rows)


def collect_asylum_dossier(
    session: Session,
    case_ref: str | uuid.UUID,
    language: str = "en",
    profile: str = DEFAULT_PROFILE,
) -> AsylumDossier:
    """Read one case into the dossier model, cut down by the redaction profile `profile`.

    Slow on big vaults (every evaluation's signatures are checked): GUI callers run it in a
    worker. Raises ValueError for a language other than DOSSIER_LANGUAGES, and the services'
    errors (CaseNotFound, ProfileNotFound, ...).
    """
    if language not in DOSSIER_LANGUAGES:
        raise ValueError(f"dossier language must be one of {DOSSIER_LANGUAGES}")
    # Every read of the many below joins one snapshot: a consistent dossier, and the vault's
    # lock stays free for the caseworker's saves meanwhile (vault/snapshot.py).
    with session.vault.snapshot():
        return _collect(session, case_ref, language, profile)


def _collect(
    session: Session, case_ref: str | uuid.UUID, language: str, profile: str
) -> AsylumDossier:
    chosen = profile_service.get_profile(session, profile)
    case = case_service.get_case(session, case_ref)
    timeline = case_service.list_timeline(session, case.id)
    callup = case.fields.callup_date if "callup_date" in chosen.fields else None
    organisation = show_organisation(session)
    return AsylumDossier(
        case_id=case.id,
        language=language,
        profile=chosen.name,
        organisation_id=organisation.id,
        organisation_name=organisation.name,
        organisation_fingerprint=organisation.fingerprint,
        made_at=session.clock(),
        identity=_identity(case, chosen.fields),
        withheld=chosen.withheld(),
        chronology=build_chronology(timeline, callup),
        proofs=tuple(proof_rows(session, case.id)),
        evaluations=_evaluation_rows(session, case),
        clearance=case_clearance.explain_clearance(session, case.id).explanation.state.value,
    )
