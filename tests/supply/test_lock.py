"""Pinned, hashed dependencies and a lean install (docs/dependencies.md).

The lock (uv.lock, exported by scripts/lock.sh to requirements/*.txt) must pin every package
to one version with its hashes, agree with pyproject.toml, and keep the heavy Qt wheels out.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = ROOT / "requirements"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
LOCK = tomllib.loads((ROOT / "uv.lock").read_text())
# Which export holds what (scripts/lock.sh): name -> (extras, groups).
EXPORTS = {
    "runtime": ((), ("backend",)),
    "gui": (("gui",), ("backend",)),
    "dev": (("gui",), ("backend", "test", "lint")),
    "cli-test": ((), ("backend", "test-core")),
    "build": (("gui",), ("backend", "build")),
    "fuzz": (("gui",), ("backend", "test", "fuzz")),
}
# Qt wheels CaseVault must not pull in: the meta-package and everything it adds.
HEAVY_QT = {"pyside6", "pyside6-addons", "pyside6-webengine"}
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^ ;\\]+)")


def _pins(name: str) -> dict[str, tuple[str, int]]:
    """{package: (version, number of hashes)} of requirements/<name>.txt; fails on any line
    that is not an exact pin."""
    pins: dict[str, tuple[str, int]] = {}
    current = ""
    for line in (REQUIREMENTS / f"{name}.txt").read_text().splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("--hash=sha256:"):
            assert re.fullmatch(r"--hash=sha256:[0-9a-f]{64}( \\)?", stripped), line
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
            continue
        match = PIN.match(stripped)
        assert match, f"{name}.txt: not an exact pin: {line}"
        current = str(canonicalize_name(match.group(1)))
        assert current not in pins or "; " in line, f"{name}.txt: {current} twice"
        pins.setdefault(current, (match.group(2), 0))
    return pins


def _group(name: str) -> list[str]:
    requirements: list[str] = []
    for item in PYPROJECT["dependency-groups"][name]:
        if isinstance(item, dict):
            requirements += _group(item["include-group"])
        else:
            requirements.append(item)
    return requirements


def _direct(extras: tuple[str, ...], groups: tuple[str, ...]) -> list[Requirement]:
    texts = list(PYPROJECT["project"]["dependencies"])
    for extra in extras:
        texts += PYPROJECT["project"]["optional-dependencies"][extra]
    for group in groups:
        texts += _group(group)
    return [Requirement(text) for text in texts]


def _locked_versions() -> dict[str, set[str]]:
    versions: dict[str, set[str]] = {}
    for package in LOCK["package"]:
        versions.setdefault(package["name"], set()).add(package["version"])
    return versions


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_package_is_pinned_with_hashes(name: str) -> None:
    pins = _pins(name)
    assert pins
    assert {package for package, (_, hashes) in pins.items() if hashes == 0} == set()


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_the_exports_agree_with_uv_lock(name: str) -> None:
    locked = _locked_versions()
    for package, (version, _) in _pins(name).items():
        assert version in locked.get(package, set()), f"{name}.txt: {package}=={version}"


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_direct_dependency_is_locked_within_its_range(name: str) -> None:
    """A dependency added to pyproject.toml without running scripts/lock.sh fails here."""
    pins = _pins(name)
    for requirement in _direct(*EXPORTS[name]):
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        package = str(canonicalize_name(requirement.name))
        assert package in pins, f"{package} is not in requirements/{name}.txt"
        assert requirement.specifier.contains(Version(pins[package][0]), prereleases=True)


def test_the_lock_covers_every_supported_platform_and_python() -> None:
    """One binary wheel per supported platform for the packages that need compiling."""
    wheels = {
        package["name"]: " ".join(wheel["url"] for wheel in package.get("wheels", []))
        for package in LOCK["package"]
    }
    for package in ("sqlcipher3", "cryptography", "pydantic-core", "rapidfuzz"):
        for tag in ("manylinux", "aarch64", "macosx", "win_amd64"):
            assert tag in wheels[package], f"{package}: no {tag} wheel"
    for package in ("pyside6-essentials", "pyside6-pdf", "shiboken6"):
        for tag in ("x86_64", "aarch64", "macosx", "win_amd64"):
            assert tag in wheels[package], f"{package}: no {tag} wheel"
    assert LOCK["requires-python"] == PYPROJECT["project"]["requires-python"]


def test_no_heavy_qt_wheel_anywhere_and_no_qt_at_all_for_the_cli() -> None:
    for name in EXPORTS:
        assert HEAVY_QT.isdisjoint(_pins(name)), name
    for name in ("runtime", "cli-test"):
        assert not any(package.startswith(("pyside6", "shiboken")) for package in _pins(name))


def _qt_modules_imported_by_the_app() -> set[str]:
    modules: set[str] = set()
    for path in (ROOT / "src" / "casevault" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                modules.add(node.module.split(".")[1])  # type: ignore[union-attr]
            elif isinstance(node, ast.Import):
                modules.update(
                    alias.name.split(".")[1]
                    for alias in node.names
                    if alias.name.startswith("PySide6.")
                )
    return modules


def _qt_modules_shipped_by(distribution: str) -> set[str]:
    files = importlib.metadata.files(distribution) or []
    return {
        match.group(1)
        for file in files
        if (match := re.fullmatch(r"PySide6/(Qt\w+)\.(abi3\.so|pyd|pyi)", file.as_posix()))
    }


def test_the_app_imports_only_qt_modules_of_the_locked_wheels() -> None:
    """QtCharts (PySide6-Addons) is painted with QPainter instead (gui/kit/bar_chart.py)."""
    pytest.importorskip("PySide6")
    shipped = _qt_modules_shipped_by("PySide6_Essentials") | _qt_modules_shipped_by("PySide6_Pdf")
    used = _qt_modules_imported_by_the_app()
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf"} <= used
    assert used - shipped == set()


def test_the_install_scripts_use_the_lock_with_hashes() -> None:
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text()
    assert "--require-hashes --no-deps" in bootstrap
    assert "--no-build-isolation" in bootstrap
    for script in ("test.sh", "demo.sh", "lint.sh"):
        text = (ROOT / "scripts" / script).read_text()
        assert "install_project" in text
        assert "pip install" not in text
