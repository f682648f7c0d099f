#!/usr/bin/env bash
# Static checks: ruff, mypy --strict (outside gui/), and the import-linter layer contracts.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
make_venv
install_project dev
cd "$REPO_ROOT"
"$VENV/bin/ruff" check src tests benchmarks fuzz
"$VENV/bin/lint-imports"
"$VENV/bin/mypy"
# gui/ is outside the strict run (nothing below it imports it); it gets the flags Dangerzone and
# securedrop-client use for their Qt code.
MYPYPATH="$REPO_ROOT/src" "$VENV/bin/mypy" --config-file= --python-version 3.11 --ignore-missing-imports \
    --disallow-untyped-defs --warn-unreachable --warn-unused-ignores \
    --explicit-package-bases src/casevault/gui
