"""Build the demo vault: synthetic cases behind a published passphrase, KDF at its floor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from casevault.services import cases as case_service
from casevault.services.vaults import KdfChoice, init_vault
from casevault.synthetic.generator import generate_cases

# Printed by `casevault demo`; the demo vault holds only invented people.
DEMO_PASSPHRASE = "demo-passphrase"  # noqa: S105 - published on purpose; demo data only
DEMO_ORGANISATION = "Demo Transit Network"


def build_demo_vault(
    path: Path, count: int, seed: int, progress: Callable[[int], object] | None = None
) -> str:
    """Create a vault at `path` with `count` synthetic cases; return its recovery code."""
    result = init_vault(path, DEMO_PASSPHRASE, DEMO_ORGANISATION, kdf=KdfChoice(floor=True))
    with result.session as session:
        for synthetic in generate_cases(count, seed):
            case = case_service.create_case(session, synthetic.fields)
            for date, kind, text in synthetic.timeline:
                case_service.add_timeline_event(session, case.id, date, text, kind)
            if progress is not None:
                progress(1)
    return result.recovery_code
