"""Two partner organisations whose transport folders two real Syncthing instances keep in step
on 127.0.0.1: cases created and edited on both sides converge with no manual step.

Each side: a real vault (Argon2id at its floor), an outbox that Syncthing carries to the other
side's inbox, automatic import and sending on every pass turned on. The only thing the test
does after setting up is what the app's timer does: a pick-up pass on each side, again and
again, until both vaults agree (polling with a generous deadline, never a fixed sleep).
Skipped with a reason where the `syncthing` program is not installed (scripts/bootstrap.sh
installs Debian's package: ensure_syncthing).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.transport import Outcome
from casevault.services import cases as case_service
from casevault.services import inbox, transport
from casevault.services.inbox import Sightings
from tests.support import syncthing
from tests.support.orgs import Org, grant_consent

pytestmark = pytest.mark.skipif(
    syncthing.SYNCTHING is None,
    reason="syncthing is not installed (Debian package `syncthing`; "
    "scripts/bootstrap.sh ensure_syncthing installs it where it can)",
)


def _case(org: Org, surname: str, city: str) -> str:
    fields = CaseFields(name_cyrillic=PersonName(surname=surname), city=city, unit="в/ч 00000")
    return str(case_service.create_case(org.session, fields).id)


def _view(org: Org) -> dict[str, tuple[str, str, str]]:
    """What both sides share of every case: surname, city, unit."""
    return {
        str(case.id): (case.fields.name_cyrillic.surname, case.fields.city, case.fields.unit)
        for case in (
            case_service.get_case(org.session, summary.id)
            for summary in case_service.list_cases(org.session, limit=100)
        )
    }


def test_cases_edited_on_both_sides_converge_through_syncthing(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, paris = orgs
    sites = tmp_path / "syncthing"
    a = syncthing.make_instance(sites, "a")
    b = syncthing.make_instance(sites, "b")
    # One folder per direction: Berlin's outbox is Paris's inbox, and the other way round.
    a_out, a_in = sites / "a-data" / "to-paris", sites / "a-data" / "from-paris"
    b_out, b_in = sites / "b-data" / "to-berlin", sites / "b-data" / "from-berlin"
    syncthing.configure(a, b, [("berlin-to-paris", a_out), ("paris-to-berlin", a_in)])
    syncthing.configure(b, a, [("berlin-to-paris", b_in), ("paris-to-berlin", b_out)])
    for org, other, outbox, folder in ((berlin, paris, a_out, a_in), (paris, berlin, b_out, b_in)):
        peer = transport.resolve_peer(org.session, other.org_id)
        transport.set_folders(
            org.session, peer, outbox=outbox, inbox=folder, auto_apply=True, send_on_pass=True
        )
    sightings = {berlin.name: Sightings(), paris.name: Sightings()}
    outcomes: list[Outcome] = []

    def tick() -> bool:
        """What the app's timer does on each side; True once both vaults agree."""
        for org in (berlin, paris):
            report = inbox.run_pass(org.session, sightings[org.name])
            outcomes.extend(f.outcome for f in report.files)
        return _view(berlin) == _view(paris)

    with syncthing.running(a, b):
        try:
            orlov = _case(berlin, "Орлов", "Berlin")
            sokolov = _case(paris, "Соколов", "Paris")
            grant_consent(berlin, paris)
            grant_consent(paris, berlin)
            syncthing.wait_until(tick, "both new cases to reach the other side")
            assert set(_view(berlin)) == {orlov, sokolov}
            # Each side edits a case of the other (fields it received); both edits travel.
            grant_consent(berlin, paris)
            grant_consent(paris, berlin)
            case_service.edit_case(berlin.session, sokolov, {"city": "Vilnius"})
            case_service.edit_case(paris.session, orlov, {"unit": "в/ч 11111"})
            syncthing.wait_until(tick, "both edits to converge")
        except AssertionError as failed:
            raise AssertionError(f"{failed}\n{syncthing.logs(a, b)}") from failed
    assert _view(berlin)[sokolov] == ("Соколов", "Vilnius", "в/ч 00000")
    assert _view(paris)[orlov] == ("Орлов", "Berlin", "в/ч 11111")
    assert _view(berlin) == _view(paris)
    assert outcomes.count(Outcome.APPLIED) >= 4  # two rounds, both directions
    for folder in (a_in, b_in):  # what arrived through Syncthing was applied, then set aside
        assert list((folder / "processed").glob("*.cvb"))
    assert Outcome.REFUSED not in outcomes
    assert Outcome.WAITING not in outcomes
    assert inbox.list_waiting(berlin.session) == inbox.list_waiting(paris.session) == []
