"""Names inside a verified bundle, screened before anything is previewed or applied.

docs/spec/bundle-format.md, "Names from outside": a name that could disguise text on screen
or act as a path never reaches the vault as it arrived.

* An attachment's file name is not signed by anyone but the sender, and nothing depends on
  its exact spelling: an unsafe one is NEUTRALISED (reduced to a safe base name) and the
  import preview says so (RenamedAttachment).
* An evaluator's name and role are part of a signed statement: changing them would break the
  signature, and dropping the evaluation could hide a "not cleared" verdict. An unsafe one
  REFUSES the whole bundle (UnsafeNameInBundle), before the preview.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from casevault.domain.evaluation import EvaluationStatement
from casevault.domain.outside_names import (
    display_name_problem,
    file_name_problem,
    safe_file_name,
)
from casevault.exchange.content import AttachmentRecord
from casevault.exchange.errors import UnsafeNameInBundle


@dataclass(frozen=True)
class RenamedAttachment:
    """An attachment whose file name arrived unsafe and is stored under `stored_as` instead.

    The name as it arrived is deliberately not kept: showing it is what must not happen.
    """

    attachment_id: uuid.UUID
    case_id: uuid.UUID
    stored_as: str
    problem: str  # a domain.outside_names.NameProblem value


def screen_attachment_name(
    untrusted: AttachmentRecord,
) -> tuple[AttachmentRecord, RenamedAttachment | None]:
    """The record unchanged if its file name is safe; else a copy under a safe base name."""
    problem = file_name_problem(untrusted.filename)
    if problem is None:
        return untrusted, None
    safe = safe_file_name(untrusted.filename)
    renamed = RenamedAttachment(untrusted.id, untrusted.case_id, safe, problem.value)
    return untrusted.model_copy(update={"filename": safe}), renamed


def check_statement_names(statement: EvaluationStatement) -> None:
    """Raise UnsafeNameInBundle if the signed evaluator name or role is unsafe to show."""
    name_problem = display_name_problem(statement.evaluator.name)
    if name_problem is not None:
        raise UnsafeNameInBundle("evaluation", "evaluator.name", name_problem.value)
    if statement.evaluator.role:  # an empty role is allowed and shows nothing
        role_problem = display_name_problem(statement.evaluator.role)
        if role_problem is not None:
            raise UnsafeNameInBundle("evaluation", "evaluator.role", role_problem.value)
