"""The full-text index entries of cases (tables case_fts and case_fts_terms), one case or many.

A case's entry holds its names and aliases, its notes and the text of its timeline, under the
case's rowid; a deleted case has none. Entries are rewritten whole: FTS5 keeps no column that
could be updated in place.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from casevault.domain.case import CaseFields
from casevault.vault.connection import Connection
from casevault.vault.errors import RecordNotFound
from casevault.vault.repos import bulk, fulltext_terms

Entry = tuple[int, CaseFields | None, str]  # rowid, fields (None: no entry), timeline text


def index_text(fields: CaseFields) -> tuple[str, str]:
    """The (names, notes) columns of a case's entry."""
    names = " ".join(
        part
        for name in (fields.name_cyrillic, fields.name_latin)
        for part in (name.surname, name.given, name.patronymic)
        if part
    )
    return " ".join([names, *fields.aliases]), fields.notes


def timeline_texts(conn: Connection, case_ids: Sequence[str]) -> dict[str, str]:
    """case id -> the text of its timeline events, oldest first (cases without events absent)."""
    condition, parameters = bulk.one_of("case_id", case_ids)
    texts: dict[str, list[str]] = {}
    for case_id, text in conn.execute(
        f"SELECT case_id, text FROM timeline_events WHERE {condition}"  # noqa: S608 - our own names
        " ORDER BY case_id, date, rowid",
        parameters,
    ):
        texts.setdefault(str(case_id), []).append(str(text))
    return {case_id: "\n".join(lines) for case_id, lines in texts.items()}


def write_entries(conn: Connection, entries: Sequence[Entry], *, replace: bool = True) -> None:
    """Write the entries of cases, replacing what they had unless `replace` is False (cases
    just inserted have nothing to replace)."""
    if replace and entries:
        condition, parameters = bulk.one_of("rowid", [rowid for rowid, _, _ in entries])
        conn.execute(f"DELETE FROM case_fts WHERE {condition}", parameters)  # noqa: S608 - our own names
    rows = [
        (rowid, *index_text(fields), timeline)
        for rowid, fields, timeline in entries
        if fields is not None
    ]
    bulk.insert_rows(conn, "case_fts", ("rowid", "names", "notes", "timeline"), rows)
    fulltext_terms.add_terms(conn, (text for row in rows for text in row[1:]))


def reindex_timelines(conn: Connection, case_ids: Sequence[uuid.UUID]) -> None:
    """Refresh the entries of cases whose timeline changed. RecordNotFound for an unknown case."""
    wanted = sorted({str(case_id) for case_id in case_ids})
    if not wanted:
        return
    condition, parameters = bulk.one_of("id", wanted)
    rows = conn.execute(
        f"SELECT id, rowid, deleted, fields FROM cases WHERE {condition}",  # noqa: S608 - our own names
        parameters,
    ).fetchall()
    if len(rows) != len(wanted):
        found = {str(row[0]) for row in rows}
        raise RecordNotFound("case", next(i for i in wanted if i not in found))
    timelines = timeline_texts(conn, wanted)
    write_entries(
        conn,
        [
            (
                int(row[1]),
                None if row[2] else CaseFields.model_validate_json(row[3]),
                timelines.get(str(row[0]), ""),
            )
            for row in rows
        ],
    )
