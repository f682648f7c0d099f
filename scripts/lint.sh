#!/usr/bin/env bash
# Static checks: ruff, mypy --strict (everywhere, gui/ in its own run), and the import-linter
# layer contracts.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
make_venv
install_project dev
cd "$REPO_ROOT"
"$VENV/bin/ruff" check src tests benchmarks fuzz
"$VENV/bin/lint-imports"
"$VENV/bin/mypy"
# gui/ gets its own strict run: it is not below anything, so the main run (configured in
# pyproject.toml) does not reach it, and Qt's stubs need --ignore-missing-imports for shiboken6.
MYPYPATH="$REPO_ROOT/src" "$VENV/bin/mypy" --config-file= --python-version 3.11 --ignore-missing-imports \
    --strict --warn-unreachable --explicit-package-bases src/casevault/gui
