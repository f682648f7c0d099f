"""Domain: pydantic models and workflow rules. Pure: no I/O, no storage, no Qt."""
