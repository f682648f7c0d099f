"""Typed timeline events travel between organisations as the same `kind` string, and a kind
this version does not know (what a newer partner may send) imports as a free kind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from casevault.domain.case import CaseFields, PersonName
from casevault.domain.timeline_kinds import SummonsDetails, encode_kind, make_details
from casevault.exchange.content import TimelineRecord
from casevault.services import cases as case_service
from tests.support.orgs import export_bytes, import_bytes, introduce, make_org


def test_typed_and_unknown_kinds_travel_unchanged(tmp_path: Path) -> None:
    berlin, paris = make_org(tmp_path, "berlin"), make_org(tmp_path, "paris")
    try:
        introduce(berlin, paris)
        case = case_service.create_case(
            berlin.session, CaseFields(name_latin=PersonName(surname="Smirnov"))
        )
        summons = make_details("summons", channel="register", delivered=dt.date(2025, 3, 2))
        add = case_service.add_timeline_event
        add(berlin.session, case.id, dt.date(2025, 3, 1), "register", summons)
        add(berlin.session, case.id, dt.date(2025, 3, 5), "newer", "summons-v2;channel=post")
        import_bytes(paris, export_bytes(berlin, paris))
        received = case_service.list_timeline(paris.session, case.id)
        assert [e.kind for e in received] == [
            "summons;channel=register;delivered=2025-03-02",
            "summons-v2;channel=post",
        ]
        assert isinstance(received[0].details(), SummonsDetails)
        assert received[0].details() == summons
        assert received[1].details() is None  # shown as it is, treated like a note
    finally:
        berlin.session.close()
        paris.session.close()


def test_the_wire_schema_is_the_one_old_versions_accept() -> None:
    # Old versions validate `kind` as a string of at most 200 characters: every canonical
    # typed kind must fit, so nothing new is ever refused by an old partner.
    longest = make_details("crossing", from_country="RU", to_country="GE")
    summons = make_details("summons", channel="register", delivered=dt.date(2025, 3, 2))
    limit = TimelineRecord.model_fields["kind"].metadata[0].max_length
    assert limit == 200
    assert max(len(encode_kind(longest)), len(encode_kind(summons))) < 60
