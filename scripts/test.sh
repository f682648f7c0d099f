#!/usr/bin/env bash
# Set up .venv with the test tools and run the whole test suite (GUI tests offscreen).
# Extra arguments go to pytest, e.g. scripts/test.sh -k keyslots
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_qt_libraries
ensure_syncthing
make_venv
install_project dev
cd "$REPO_ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$VENV/bin/python" -m pytest -n "${CASEVAULT_TEST_WORKERS:-auto}" "$@"
