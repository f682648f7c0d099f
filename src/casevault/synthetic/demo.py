"""Build the demo vault: synthetic cases, screenings and a verified partner, behind a published
passphrase with the KDF at its floor. Every person and organisation in it is invented."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from casevault.crypto.keys import PrivateKeys
from casevault.domain.consent import ConsentMethod
from casevault.domain.organisation import VerificationMethod
from casevault.exchange.identity_card import build_card
from casevault.services import cases as case_service
from casevault.services import consent as consent_service
from casevault.services import evaluations as evaluation_service
from casevault.services import partners as partner_service
from casevault.services.errors import ServiceError
from casevault.services.organisation import show_organisation
from casevault.services.session import Session
from casevault.services.vaults import KdfChoice, init_vault, open_vault
from casevault.synthetic.generator import generate_cases
from casevault.vault.errors import VaultError
from casevault.vault.keyslots import DuressSlotOpened

# Printed by `casevault demo`; the demo vault holds only invented people.
DEMO_PASSPHRASE = "demo-passphrase"  # noqa: S105 - published on purpose; demo data only
DEMO_ORGANISATION = "Demo Transit Network"
DEMO_PARTNER = "Berlin Transit e.V. (demo)"


def _screen(session: Session, case_id: str, evaluator_id: str, rng: random.Random) -> None:
    draft = evaluation_service.create_draft(
        session,
        case_id,
        evaluator_id,
        {
            "date": (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))).isoformat(),
            "methods": ["interview", "documents"],
            "checklist": {
                "civilian_harm": {"state": "checked", "note": "No sign of it in his account."},
                "unit_record": {"state": "checked", "note": ""},
            },
            "verdict": "cleared",
            "confidence": rng.choice(["medium", "high"]),
        },
    )
    evaluation_service.finalise_evaluation(session, draft.evaluation.id)


def _add_partner(session: Session, seed: int) -> str:
    card = build_card(
        f"demo-partner-{seed}",
        DEMO_PARTNER,
        "transit_ngo",
        "DE",
        PrivateKeys.generate(),
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    details = partner_service.add_partner(session, card)
    partner_service.verify_partner(
        session, details.partner.id, VerificationMethod.SHORT_CODE, details.short_code
    )
    return details.partner.id


def build_demo_vault(
    path: Path, count: int, seed: int, progress: Callable[[int], object] | None = None
) -> str:
    """Create a vault at `path` with `count` synthetic cases; return its recovery code.

    About a third of the cases are screened once, half of those twice (so they count as
    cleared), and some have consented to go to the demo partner.
    """
    rng = random.Random(seed)
    result = init_vault(path, DEMO_PASSPHRASE, DEMO_ORGANISATION, kdf=KdfChoice(floor=True))
    with result.session as session:
        first = evaluation_service.add_evaluator(session, "Anna K.", "caseworker")
        second = evaluation_service.add_evaluator(session, "Oleg T.", "lawyer")
        partner_id = _add_partner(session, seed)
        for synthetic in generate_cases(count, seed):
            case = case_service.create_case(session, synthetic.fields)
            for date, kind, text in synthetic.timeline:
                case_service.add_timeline_event(session, case.id, date, text, kind)
            if rng.random() < 0.33:
                _screen(session, str(case.id), str(first.id), rng)
                if rng.random() < 0.5:
                    _screen(session, str(case.id), str(second.id), rng)
            if rng.random() < 0.25:
                consent_service.record_consent(
                    session,
                    case.id,
                    partner_ref=partner_id,
                    method=ConsentMethod.SIGNED_FORM,
                    note="Signed the consent form at intake.",
                )
            if progress is not None:
                progress(1)
    return result.recovery_code


def open_demo_session(path: Path) -> Session | None:
    """The demo vault at `path`, unlocked with the published demo passphrase, or None if `path`
    is not a demo vault (then the caller shows the ordinary unlock screen).

    This is what `casevault start --demo` (scripts/demo.sh) uses to open the app unlocked. It
    must never become a way to open a real vault without its passphrase, or to harm one:

    * it tries only the published DEMO_PASSPHRASE, never a passphrase from the environment, a
      file or an argument;
    * it unlocks with open_vault, which does not count a wrong passphrase towards the
      "destroy after N wrong passphrases" option, and a vault whose duress passphrase happens
      to be the demo one is left alone (DuressSlotOpened: nothing is destroyed, no decoy);
    * a vault that opens but is not the demo organisation is closed again at once.
    """
    try:
        session = open_vault(path, DEMO_PASSPHRASE)
    except (DuressSlotOpened, VaultError, ServiceError, OSError):
        return None
    try:
        is_demo = show_organisation(session).name == DEMO_ORGANISATION
    except (VaultError, ServiceError, OSError):
        is_demo = False
    if not is_demo:
        session.close()
        return None
    return session
