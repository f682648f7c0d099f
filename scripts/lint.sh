#!/usr/bin/env bash
# Static checks: ruff, mypy --strict (outside gui/), and the import-linter layer contracts.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
make_venv
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$REPO_ROOT" --group lint
cd "$REPO_ROOT"
"$VENV/bin/ruff" check src tests benchmarks
"$VENV/bin/lint-imports"
"$VENV/bin/mypy"
