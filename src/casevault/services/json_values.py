"""Plain JSON values from the services' results (models, dataclasses, enums, dates, ids): one
rule for both front ends (the CLI's --json output, the subject-access copy of the app and the
CLI)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from typing import Any

from pydantic import BaseModel


def to_jsonable(value: Any) -> Any:
    """Turn models, dataclasses, enums, dates, ids and sets into plain JSON values."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, set | frozenset):  # e.g. a redaction profile's fields; sorted: stable
        return sorted((to_jsonable(v) for v in value), key=str)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value
