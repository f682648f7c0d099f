"""CaseVault: an offline-first, encrypted case tracker."""

__version__ = "0.1.0"
