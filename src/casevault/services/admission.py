"""Import: what a bundle's sender may change here. The rules are pure and live in exchange/:

* exchange/admission.py: the sender's rights over one case, and which origin a new record keeps;
* exchange/import_plan.py and exchange/plan_records.py: those rules applied to every record of
  a verified bundle against a snapshot of the vault (services/import_state.py reads it), as
  steps of the import plan that the preview shows and apply writes, so what the preview lists
  as refused is exactly what apply leaves out.

The decision types are re-exported here for the edges (cli/admission_text.py,
gui/exchange/admission_text.py, services/partner_closures.py).
"""

from __future__ import annotations

from casevault.exchange.local_state import BundleSender
from casevault.exchange.plan_types import ClosingNotice, Refusal

__all__ = ["BundleSender", "ClosingNotice", "Refusal"]
