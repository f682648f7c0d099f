"""Every error type of every layer, each instantiated with plausible arguments.

The five layer hierarchies (CryptoError, DomainError, VaultError, ExchangeError, ServiceError)
are walked through `__subclasses__()` after importing every module below casevault (the GUI
aside), so a type added anywhere is found without editing this file. Arguments come from the
constructor's signature: a parameter's annotation and name pick a sample value.

Not walked: exchange.hlc.ClockError and exchange.redaction.UnknownProfileField are ValueErrors
that their only callers turn into ContentInvalid / InvalidField before anything reaches a
person (services/imports.py, services/profiles.py); gui.export_job.ExportCancelled is control
flow inside the export worker.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil

import casevault
from casevault.crypto.errors import CryptoError
from casevault.domain.errors import DomainError
from casevault.exchange.errors import ExchangeError
from casevault.services.errors import ServiceError
from casevault.vault.errors import VaultError

LAYER_BASES: tuple[type[Exception], ...] = (
    CryptoError,
    DomainError,
    VaultError,
    ExchangeError,
    ServiceError,
)
_SAMPLE_ID = "3f2a9c1e-5b7d-4c8e-9f10-2a3b4c5d6e7f"
_SAMPLE_TIME = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)


def _import_everything() -> None:
    for module in pkgutil.walk_packages(casevault.__path__, "casevault."):
        if module.name.startswith("casevault.gui") or module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)


def _walk(klass: type[Exception]) -> list[type[Exception]]:
    found = [klass]
    for sub in klass.__subclasses__():
        found.extend(_walk(sub))
    return found


def all_error_types() -> list[type[Exception]]:
    """Every class of the five hierarchies, bases included, each once, in a stable order."""
    _import_everything()
    seen: dict[type[Exception], None] = {}
    for base in LAYER_BASES:
        for klass in _walk(base):
            seen.setdefault(klass, None)
    return sorted(seen, key=lambda k: f"{k.__module__}.{k.__qualname__}")


def _sample(name: str, annotation: str) -> object:
    if "tuple" in annotation or "list" in annotation:
        return (_SAMPLE_ID, "9e8d7c6b-0000-4000-8000-000000000002")
    if "datetime" in annotation:
        return _SAMPLE_TIME
    if annotation == "int":
        return 3
    if name.endswith(("_id", "_ref")) or name in {"ref", "bundle_id"}:
        return _SAMPLE_ID
    if name == "path":
        return "vault-folder"
    return "sample"


def instantiate(klass: type[Exception]) -> Exception:
    """An instance of `klass` with a plausible value for each constructor parameter."""
    signature = inspect.signature(klass.__init__)
    kwargs: dict[str, object] = {}
    for name, parameter in list(signature.parameters.items())[1:]:
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is not parameter.empty:
            continue
        kwargs[name] = _sample(name, str(parameter.annotation))
    return klass(**kwargs)
