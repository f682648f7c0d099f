"""Erasure is final: nothing brings back a record of an erased case.

Every path that could write a case's records consults the erased-cases register (migration
0012, which also makes the database refuse an erased id in `cases`):

* import, from a partner or from another of our laptops: the import plan's first step
  (exchange/plan_records.py, `without_erased`, against the register as read by
  services/import_state.py, in the preview and again inside the apply transaction when the
  vault changed) drops case, timeline, evaluation and attachment records of an erased case
  before anything is planned or written; their case ids are listed in the preview
  (`ImportPreview.erased_here`), never any of their content;
* `case restore` and `case unmerge` (`refuse_if_erased`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from casevault.services.errors import CaseErased
from casevault.vault.connection import Connection
from casevault.vault.repos import erasure_register


def note_senders(conn: Connection, sender_org_id: str, case_ids: Iterable[uuid.UUID]) -> None:
    """Remember which organisation sent us each case (an erasure notice about it is accepted
    from an organisation that held it). Only cases whose record was admitted (services/admission)
    count: naming a case id in a refused record must not earn a say over its erasure. Call
    inside the apply transaction."""
    erasure_register.note_many_received_from(conn, (str(c) for c in case_ids), sender_org_id)


def refuse_if_erased(conn: Connection, case_id: uuid.UUID | str) -> None:
    """Raise CaseErased if this case was erased here."""
    if erasure_register.is_erased(conn, str(case_id)):
        raise CaseErased(str(case_id))


def refuse_ref_if_erased(conn: Connection, case_ref: str | uuid.UUID) -> None:
    """Raise CaseErased if `case_ref` is the full id of a case erased here (an erased case is
    no longer found by a prefix: its row is gone)."""
    try:
        case_id = case_ref if isinstance(case_ref, uuid.UUID) else uuid.UUID(case_ref.strip())
    except ValueError:
        return
    refuse_if_erased(conn, case_id)
