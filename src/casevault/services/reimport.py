"""A bundle imported again: when it was first applied, so the app can say so calmly.

Applying it again stays refused (services/errors.BundleReplayed, by the signed bundle id): this
only looks up the date for the notice "You already imported this file on …; nothing to do."
"""

from __future__ import annotations

import datetime as dt

from casevault.services.session import Session
from casevault.vault.repos import applied_bundles


def first_applied(session: Session, bundle_id: str) -> dt.datetime | None:
    """When the bundle `bundle_id` was applied in this vault (None: never, or erased since)."""
    with session.vault.reading() as conn:
        return applied_bundles.applied_at(conn, bundle_id)
