"""The base of the services layer's errors (failures about a use case, not storage or rules).

The types themselves live in one module per concern (record_errors, partner_errors, ...);
casevault.services.errors gathers them for callers.
"""

from __future__ import annotations


class ServiceError(Exception):
    """Base of failures raised by casevault.services."""
